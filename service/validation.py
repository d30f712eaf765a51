"""Request limits, checked after JSON parsing so each gets its own clear message.

Nothing is ever truncated: a text over the limit is refused with 413, and the
caller decides how to split it.
"""

from __future__ import annotations

from pydantic import ValidationError

from service.errors import ProblemError
from service.schemas import AnalyzeRequest
from service.settings import Settings


def check_text(text: str, settings: Settings, field: str = "text") -> None:
    if not text.strip():
        raise ProblemError(422, f"{field} is empty or whitespace only; send the text to analyse.")
    if len(text) > settings.max_text_chars:
        raise ProblemError(
            413,
            f"{field} has {len(text):,} characters; the limit is {settings.max_text_chars:,} "
            "(STANCE_MAX_TEXT_CHARS). Split the text and send the parts.",
        )


def check_topics(topics: list[str] | None, settings: Settings) -> list[str] | None:
    """Strip topics and refuse empty, over-long, duplicate or too many topics."""
    if topics is None:
        return None
    if len(topics) > settings.max_topics:
        raise ProblemError(422, f"{len(topics)} topics given; at most {settings.max_topics} are allowed.")
    cleaned: list[str] = []
    for i, topic in enumerate(topics):
        topic = " ".join(topic.split())
        if not topic:
            raise ProblemError(422, f"topics[{i}] is empty or whitespace only.")
        if len(topic) > settings.max_topic_chars:
            raise ProblemError(
                422, f"topics[{i}] has {len(topic)} characters; the limit is {settings.max_topic_chars}."
            )
        if topic.casefold() in (t.casefold() for t in cleaned):
            raise ProblemError(422, f"topics[{i}] ({topic!r}) repeats an earlier topic.")
        cleaned.append(topic)
    return cleaned


def check_analyze_request(request: AnalyzeRequest, settings: Settings) -> AnalyzeRequest:
    check_text(request.text, settings)
    return request.model_copy(update={"topics": check_topics(request.topics, settings)})


def parse_batch_item(raw: object, settings: Settings) -> AnalyzeRequest:
    """Validate one document of a batch, turning pydantic errors into a 422 problem."""
    try:
        request = AnalyzeRequest.model_validate(raw)
    except ValidationError as exc:
        errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise ProblemError(422, "the document is not a valid analyze request.", errors) from exc
    return check_analyze_request(request, settings)
