"""The intermediate record every rule produces: a span and who said it."""

from __future__ import annotations

from dataclasses import dataclass

from service.segmenter.cues import Span
from service.types import TurnKind


@dataclass(frozen=True)
class Candidate:
    """A span attributed to a speaker mention, before mentions are resolved.

    mention is the speaker's surface span; when it is None and inherit is True
    the span continues the previous quoted speaker (a quote paragraph with no
    cue of its own).
    """

    start: int
    end: int
    kind: TurnKind
    mention: Span | None
    cue: Span | None = None
    inherit: bool = False
