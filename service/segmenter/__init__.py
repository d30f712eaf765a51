"""The segmenter: text -> speaker turns.

    from service.segmenter import segment
    seg = segment(text, fmt="auto")   # Segmentation(format, turns, speakers)

Articles go through quote and reported-speech rules (article.py); transcripts
("NAME: text" lines) through transcript.py. Both end in layout.lay_out, which
enforces the output rules of service.types. segment() never raises: on an
unexpected internal error it returns the whole text as narration.
"""

from __future__ import annotations

import logging
from typing import Literal

from service.segmenter.article import find_candidates, resolve
from service.segmenter.layout import lay_out, narration
from service.segmenter.nlp import warm_up
from service.segmenter.transcript import looks_like_transcript, segment_transcript
from service.types import DocumentFormat, Segmentation

__all__ = ["segment", "warm_up"]

log = logging.getLogger(__name__)


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
    try:
        return _segment(text, chosen)
    except Exception:
        log.exception("segmenter failed; returning the text as narration")
        return Segmentation(format=chosen, turns=narration(text, 0, len(text)), speakers=[])
