"""HTTP request and response bodies, as pydantic models (they are the OpenAPI schema at /docs).

Request-size limits (text length, topic count) are checked in service.validation
rather than here, so that each limit gets its own status code and message.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from service.types import SentimentLabel, StanceLabel, TurnKind


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AnalyzeRequest(_Strict):
    text: str = Field(description="The article or transcript, as plain text.")
    topics: list[str] | None = Field(
        None,
        description="Topics to score stance toward, best phrased as allegations "
        '("war crimes in Ukraine"). Omit to get up to 3 suggested from the text; '
        "an empty list means no stance at all.",
    )
    format: Literal["auto", "article", "transcript"] = Field(
        "auto", description='"transcript" means "NAME: text" lines; "auto" detects it.'
    )
    id: str | None = Field(None, max_length=256, description="Echoed back in the response.")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "“We did nothing wrong,” the minister said on Monday.",
                    "topics": ["corruption in the ministry"],
                }
            ]
        },
    )


class BatchRequest(_Strict):
    documents: list[dict] = Field(
        description="AnalyzeRequest objects. Each is validated on its own: a bad one "
        "gets an error object in its place and the others still succeed."
    )


class ClassifyRequest(_Strict):
    texts: list[str] = Field(description="Texts that are already speaker turns; no segmentation is done.")
    topics: list[str] | None = Field(None, description="Topics for stance; omit or [] for sentiment only.")
    contexts: list[str] | None = Field(
        None, description="Optional context per text (what it answers), same length as texts."
    )


class SentimentOut(BaseModel):
    label: SentimentLabel
    score: float = Field(description="P(positive) - P(negative), in [-1, 1].")
    confidence: float = Field(description="Calibrated probability of the label.")


class StanceOut(BaseModel):
    topic: str
    label: StanceLabel
    confidence: float
    probabilities: dict[str, float] = Field(description="accusation / denial / neutral, summing to 1.")


class SpeakerRef(BaseModel):
    id: str
    name: str
    role: str | None


class TurnOut(BaseModel):
    index: int
    start: int = Field(description="Python str index into the request text.")
    end: int = Field(description="text == request.text[start:end].")
    text: str
    kind: TurnKind
    speaker: SpeakerRef | None
    sentiment: SentimentOut
    sentiment_read: list[tuple[int, int]] = Field(
        description="[start, end) spans of the request text that sentiment read: the turn, and for reported "
        "speech its reporting verb too ('condemned the ruling as a travesty')."
    )
    stances: list[StanceOut]


class SpeakerStance(BaseModel):
    topic: str
    label: StanceLabel
    confidence: float
    evidence: list[int] = Field(description="Indices of the turns that carry this stance, strongest first.")


class SpeakerSentiment(BaseModel):
    label: SentimentLabel
    score: float = Field(description="Mean of the speaker's turn scores.")


class SpeakerOut(BaseModel):
    id: str
    name: str
    role: str | None
    aliases: list[str]
    turns: list[int]
    sentiment: SpeakerSentiment
    stances: list[SpeakerStance]


class TopicOut(BaseModel):
    topic: str
    source: Literal["request", "suggested"]


class ModelOut(BaseModel):
    name: str
    revision: str | None
    kind: str
    source: str


class AnalyzeResponse(BaseModel):
    id: str | None
    format: Literal["article", "transcript"]
    topics: list[TopicOut]
    turns: list[TurnOut]
    speakers: list[SpeakerOut]
    models: dict[str, ModelOut]
    timing_ms: dict[str, float]


class Problem(BaseModel):
    """RFC 9457 problem details, also used for a failed item of a batch."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict] | None = None


class BatchItemError(BaseModel):
    index: int
    id: str | None
    error: Problem


class BatchResponse(BaseModel):
    results: list[AnalyzeResponse | BatchItemError]


class ClassifyResult(BaseModel):
    text: str
    sentiment: SentimentOut
    sentiment_read: list[tuple[int, int]] = Field(
        description="[start, end) character spans of text that sentiment read: what was said, without a "
        "transcript label or the attribution around one speaker's quotation; the whole text when it has none."
    )
    stances: list[StanceOut]


class ClassifyResponse(BaseModel):
    results: list[ClassifyResult]
    models: dict[str, ModelOut]


class ModelsResponse(BaseModel):
    ready: bool
    models: dict[str, ModelOut]
    error: str | None = None
