"""The segmenter: text -> speaker turns.

    from service.segmenter import segment
    seg = segment(text, fmt="auto")   # Segmentation(format, turns, speakers)

Articles go through quote and reported-speech rules (article.py); transcripts
("NAME: text" lines) through transcript.py. Both end in layout.lay_out, which
enforces the output rules of service.types. segment() does not swallow errors:
a missing spaCy model raises SegmenterModelError (the service's /readyz reports
it) and an internal bug propagates (the API logs it and answers 500). Robustness
on odd input is what the never-crash tests guarantee, not a catch-all here.
"""

from __future__ import annotations

from typing import Literal

from service.segmenter.article import find_candidates, resolve
from service.segmenter.layout import lay_out
from service.segmenter.nlp import SegmenterModelError, warm_up
from service.segmenter.transcript import looks_like_transcript, segment_transcript
from service.types import DocumentFormat, Segmentation

__all__ = ["SegmenterModelError", "segment", "warm_up"]


def _segment(text: str, fmt: DocumentFormat) -> Segmentation:
    if fmt == "transcript":
        placed, registry = segment_transcript(text)
    else:
        candidates, quoted = find_candidates(text)
        placed, registry = resolve(text, candidates, quoted)
    placed = sorted(placed, key=lambda p: p.start)
    speakers, ids = registry.build([p.key for p in placed])
    return Segmentation(format=fmt, turns=lay_out(text, placed, ids), speakers=speakers)


def segment(text: str, fmt: Literal["auto", "article", "transcript"] = "auto") -> Segmentation:
    """Split text into speaker turns and narration (see service.types for the rules)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    chosen: DocumentFormat
    if fmt == "auto":
        chosen = "transcript" if looks_like_transcript(text) else "article"
    else:
        chosen = "transcript" if fmt == "transcript" else "article"
    return _segment(text, chosen)
