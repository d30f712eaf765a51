"""Typed values passed between the pipeline stages.

These are plain frozen dataclasses, not pydantic models: they are the internal
contract between the segmenter, the classifiers and the response builder. The
HTTP schemas in service.schemas are built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TurnKind = Literal["direct", "indirect", "narration", "transcript"]
DocumentFormat = Literal["article", "transcript"]
SentimentLabel = Literal["negative", "neutral", "positive"]
StanceLabel = Literal["accusation", "denial", "neutral"]

SENTIMENT_LABELS: tuple[SentimentLabel, ...] = ("negative", "neutral", "positive")
STANCE_LABELS: tuple[StanceLabel, ...] = ("accusation", "denial", "neutral")


@dataclass(frozen=True)
class Speaker:
    """One speaker of a document, after all its mentions have been merged."""

    id: str  # "s1", "s2", ... in order of first appearance
    name: str  # canonical name: "Dmitry Peskov", "the Kremlin"
    role: str | None = None  # "Kremlin spokesman"
    aliases: tuple[str, ...] = ()  # other surface forms seen: "Peskov", "Mr Peskov"


@dataclass(frozen=True)
class Turn:
    """A maximal span of the text attributed to one speaker (or to the narrator).

    Offsets are Python str indices: the turn's text is text[start:end].
    """

    start: int
    end: int
    kind: TurnKind
    speaker_id: str | None  # None for narration
    # The span of the attribution cue ("said", "according to"), when there is one.
    cue: tuple[int, int] | None = None


@dataclass(frozen=True)
class Segmentation:
    """What the segmenter returns for one document."""

    format: DocumentFormat
    turns: list[Turn]
    speakers: list[Speaker] = field(default_factory=list)


@dataclass(frozen=True)
class Sentiment:
    label: SentimentLabel
    score: float  # P(positive) - P(negative), in [-1, 1]
    confidence: float  # probability of the chosen label, calibrated


@dataclass(frozen=True)
class StanceQuery:
    """One (topic, turn) pair to classify. Context is the text the turn answers
    or is introduced by; it lets "Such statements are unacceptable" read as a denial."""

    topic: str
    text: str
    context: str = ""


@dataclass(frozen=True)
class Stance:
    label: StanceLabel
    confidence: float
    probabilities: dict[str, float]  # accusation / denial / neutral, summing to 1


@dataclass(frozen=True)
class ModelInfo:
    """What /v1/models and every response report about a loaded model."""

    name: str
    revision: str | None
    kind: str  # "encoder-head", "hf-sequence-classification", "zero-shot-nli", ...
    source: str  # the spec it was loaded from
