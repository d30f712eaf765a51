"""Transcripts: 'NAME: text' lines (interviews, debates, Q/A).

A line that starts with a short speaker label and a colon is a turn of that
speaker. Lines with no label continue the previous speaker (long answers run
over several paragraphs); bracketed stage notes ("[applause]") are narration.
"""

from __future__ import annotations

import re

from service.segmenter.layout import Placed
from service.segmenter.speakers import SpeakerRegistry

# "DONALD TRUMP:", "Sen. Smith:", "Q:", "MODERATOR (Lester Holt):" at a line start.
LABEL = re.compile(
    r"^[ \t]*(?P<label>(?:[A-Z][A-Za-z.'’-]*|Q|A)(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}(?:[ \t]*\([^)\n]{1,40}\))?)[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)
_STAGE = re.compile(r"^\s*[\[(].*[\])]\s*$")
_LABEL_ROLES = {
    "q": "interviewer",
    "a": "interviewee",
    "moderator": "moderator",
    "interviewer": "interviewer",
    "host": "host",
    "question": "interviewer",
    "answer": "interviewee",
}
# Labels that look like "NAME:" but are not speakers.
_NOT_SPEAKERS = {
    "note",
    "update",
    "editor's note",
    "editor’s note",
    "source",
    "photo",
    "video",
    "read more",
    "related",
    "warning",
    "correction",
    "disclaimer",
    "http",
    "https",
    "subscribe",
    "watch",
}


def is_label(label: str) -> bool:
    return label.strip().lower() not in _NOT_SPEAKERS


def label_lines(text: str) -> int:
    """How many lines start with a speaker label."""
    return sum(1 for m in LABEL.finditer(text) if is_label(m.group("label")))


def looks_like_transcript(text: str) -> bool:
    """At least three labelled lines, and they make up a good share of all lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    labelled = label_lines(text)
    return labelled >= 3 and labelled >= 0.4 * len(lines)


def segment_transcript(text: str) -> tuple[list[Placed], SpeakerRegistry]:
    """One turn per labelled line (plus unlabelled lines continuing it)."""
    registry = SpeakerRegistry(text, [])
    placed: list[Placed] = []
    current: int | None = None
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        if not body.strip() or _STAGE.match(body):
            continue
        m = LABEL.match(text, line.start(), line.end())
        if m and is_label(m.group("label")):
            label = m.group("label").strip()
            current = registry.resolve_label(label, _LABEL_ROLES.get(label.lower()), line.start())
            placed.append(Placed(m.end(), line.end(), "transcript", current, (m.start("label"), m.end())))
        elif current is not None:
            placed.append(Placed(line.start(), line.end(), "transcript", current))
    return placed, registry
