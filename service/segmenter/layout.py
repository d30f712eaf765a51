"""Turning attributed spans into the final list of turns.

The output rules (see service.types): turns sorted, never overlapping, trimmed
of whitespace, and every non-whitespace character in exactly one turn. Speaker
turns are placed first; narration fills the gaps, one turn per line so that a
narration turn never crosses a paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.types import Turn, TurnKind

# When two candidate spans overlap, the stronger evidence wins.
_PRIORITY: dict[str, int] = {"transcript": 0, "direct": 1, "indirect": 2}
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Placed:
    """A speaker span ready for layout: the speaker is a registry key."""

    start: int
    end: int
    kind: TurnKind
    key: int
    cue: tuple[int, int] | None = None
    continues: bool = False  # a cue-less quote carrying on the previous quote


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def drop_overlaps(spans: list[Placed]) -> list[Placed]:
    """Keep the strongest spans that do not overlap one another."""
    kept: list[Placed] = []
    # A cue-less quote that only continues an earlier one yields to everything else.
    for span in sorted(spans, key=lambda s: (3 if s.continues else _PRIORITY[s.kind], s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def narration(text: str, start: int, end: int) -> list[Turn]:
    """Narration turns for text[start:end], one per non-blank line piece."""
    turns: list[Turn] = []
    for m in _LINE.finditer(text, start, end):
        s, e = trim(text, m.start(), m.end())
        if s < e:
            turns.append(Turn(start=s, end=e, kind="narration", speaker_id=None))
    return turns


def lay_out(text: str, spans: list[Placed], ids: dict[int, str]) -> list[Turn]:
    """All turns of the document: the speaker spans plus narration around them."""
    turns: list[Turn] = []
    pos = 0
    for span in spans:
        s, e = trim(text, span.start, span.end)
        if s >= e:
            continue
        turns.extend(narration(text, pos, s))
        turns.append(Turn(start=s, end=e, kind=span.kind, speaker_id=ids[span.key], cue=span.cue))
        pos = e
    turns.extend(narration(text, pos, len(text)))
    return _attach_lone_punctuation(text, turns)


# Stops and closing marks that end the sentence of the turn before them.
_CLOSING_PUNCTUATION = re.compile(r"[.,;:!?…”’\"')\]]+(?=\s|$)")


def _attach_lone_punctuation(text: str, turns: list[Turn]) -> list[Turn]:
    """Give the stop after a speaker turn to that turn, not to the narration after it.

    Speaker spans are trimmed of their sentence-final stop ('... by budget cuts'),
    which would otherwise leave a narration turn "." (or one starting ". Among
    ...") that no reader wants: the stop belongs to the speaker's sentence. A
    punctuation-only piece with no speaker turn beside it on its line ("***")
    stays narration.
    """
    out: list[Turn] = []
    for turn in turns:
        prev = out[-1] if out else None
        if turn.kind == "narration" and prev is not None and prev.kind != "narration":
            m = _CLOSING_PUNCTUATION.match(text, turn.start, turn.end)
            if m and "\n" not in text[prev.end : turn.start]:
                out[-1] = Turn(prev.start, m.end(), prev.kind, prev.speaker_id, prev.cue)
                rest_start, rest_end = trim(text, m.end(), turn.end)
                if rest_start < rest_end:
                    out.append(Turn(rest_start, rest_end, "narration", None))
                continue
        out.append(turn)
    return out
