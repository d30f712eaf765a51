"""The analysis pipeline: text -> turns -> classified turns -> response.

Every model call of a request is made once, over all its inputs (the batcher
may merge them with other requests'). Long turns are split into sentence-aligned
parts before classification and pooled after, so no text is silently cut off
by a model's token limit.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Sequence
from typing import Protocol

from service.schemas import (
    AnalyzeRequest,
    AnalyzeResponse,
    ModelOut,
    SentimentOut,
    StanceOut,
    TopicOut,
    TurnOut,
)
from service.segmenter import segment
from service.segmenter.content import turn_sentiment_span
from service.settings import Settings
from service.summary import speaker_ref, summarise_speakers
from service.topics import suggest_topics
from service.types import STANCE_LABELS, Sentiment, Stance, StanceQuery


class Classifiers(Protocol):
    """The two model calls the pipeline makes; async so the server can batch across requests."""

    async def sentiment(self, texts: Sequence[str]) -> list[Sentiment]: ...

    async def stance(self, queries: Sequence[StanceQuery]) -> list[Stance]: ...


async def analyze(
    request: AnalyzeRequest,
    classifiers: Classifiers,
    settings: Settings,
    models: dict[str, ModelOut],
) -> AnalyzeResponse:
    """Analyse one validated request."""
    started = time.perf_counter()
    text = request.text
    segmentation = await asyncio.to_thread(segment, text, request.format)
    segmented = time.perf_counter()

    if request.topics is None:
        topics = [TopicOut(topic=t, source="suggested") for t in suggest_topics(text, settings.suggested_topics)]
    else:
        topics = [TopicOut(topic=t, source="request") for t in request.topics]
    topic_names = [t.topic for t in topics]

    turn_texts = [text[t.start : t.end] for t in segmentation.turns]
    contexts = [context_before(text, t.start, settings.context_chars) for t in segmentation.turns]
    read = [turn_sentiment_span(text, t) for t in segmentation.turns]
    sentiments, stances, model_ms = await classify_texts(
        turn_texts, contexts, topic_names, classifiers, settings, [text[a:b] for a, b in read]
    )

    speakers = {s.id: s for s in segmentation.speakers}
    turns = [
        TurnOut(
            index=i,
            start=turn.start,
            end=turn.end,
            text=turn_texts[i],
            kind=turn.kind,
            speaker=speaker_ref(speakers.get(turn.speaker_id) if turn.speaker_id else None),
            sentiment=sentiments[i],
            sentiment_read=[read[i]],
            stances=stances[i],
        )
        for i, turn in enumerate(segmentation.turns)
    ]
    finished = time.perf_counter()
    return AnalyzeResponse(
        id=request.id,
        format=segmentation.format,
        topics=topics,
        turns=turns,
        speakers=summarise_speakers(segmentation.speakers, turns, topic_names),
        models=models,
        timing_ms={
            "segment": _ms(segmented - started),
            **model_ms,
            "total": _ms(finished - started),
        },
    )


async def classify_texts(
    texts: Sequence[str],
    contexts: Sequence[str],
    topics: Sequence[str],
    classifiers: Classifiers,
    settings: Settings,
    sentiment_texts: Sequence[str] | None = None,
) -> tuple[list[SentimentOut], list[list[StanceOut]], dict[str, float]]:
    """Sentiment for every text and stance for every (text, topic), in two model calls.

    sentiment_texts, when given, is what sentiment reads instead of texts (one per text):
    /v1/classify passes the speech without its attribution frame, while stance keeps the whole
    turn, frame included, since "X denied ..." is part of the stance.
    """
    parts = [split_for_classifier(t, settings.classify_chunk_chars) for t in texts]
    sentiment_parts = (
        parts
        if sentiment_texts is None
        else [split_for_classifier(t, settings.classify_chunk_chars) for t in sentiment_texts]
    )
    flat = [p for ps in sentiment_parts for p in ps]
    queries = [
        StanceQuery(topic=topic, text=part, context=contexts[i])
        for i, ps in enumerate(parts)
        for part in ps
        for topic in topics
    ]
    t0 = time.perf_counter()
    flat_sentiments = await classifiers.sentiment(flat)
    t1 = time.perf_counter()
    flat_stances = await classifiers.stance(queries) if queries else []
    t2 = time.perf_counter()

    sentiments: list[SentimentOut] = []
    stances: list[list[StanceOut]] = []
    s_at = q_at = 0
    for ps, sps in zip(parts, sentiment_parts, strict=True):
        sentiments.append(pool_sentiment(flat_sentiments[s_at : s_at + len(sps)], [len(p) for p in sps]))
        s_at += len(sps)
        per_topic = []
        for k, topic in enumerate(topics):
            mine = [flat_stances[q_at + j * len(topics) + k] for j in range(len(ps))]
            per_topic.append(pool_stance(topic, mine))
        q_at += len(ps) * len(topics)
        stances.append(per_topic)
    return sentiments, stances, {"sentiment": _ms(t1 - t0), "stance": _ms(t2 - t1)}


_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*(?=\s)|\n")


def _sentences(text: str) -> list[str]:
    """Sentence-ish pieces: cut after end punctuation (and any closing quote) or at a newline."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def split_for_classifier(text: str, max_chars: int) -> list[str]:
    """Split text into parts of at most max_chars, at sentence ends where possible.

    A part is cut mid-sentence only when one sentence is itself longer than
    max_chars; then at a space. Every character but separating whitespace is kept.
    """
    if len(text) <= max_chars:
        return [text]
    sentences = _sentences(text)
    parts: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > max_chars:
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            if current:
                parts.append(current)
                current = ""
            parts.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        candidate = f"{current} {sentence}" if current else sentence
        if len(candidate) <= max_chars:
            current = candidate
        else:
            parts.append(current)
            current = sentence
    if current:
        parts.append(current)
    return parts


def pool_sentiment(parts: Sequence[Sentiment], lengths: Sequence[int]) -> SentimentOut:
    """Length-weighted mean score; label by length- and confidence-weighted vote."""
    total = sum(lengths)
    score = sum(s.score * n for s, n in zip(parts, lengths)) / total
    votes: dict[str, float] = {}
    for s, n in zip(parts, lengths):
        votes[s.label] = votes.get(s.label, 0.0) + s.confidence * n
    label = max(votes, key=lambda k: votes[k])
    mine = [(s.confidence, n) for s, n in zip(parts, lengths) if s.label == label]
    confidence = sum(c * n for c, n in mine) / sum(n for _, n in mine)
    return SentimentOut(label=label, score=round(score, 4), confidence=round(confidence, 4))  # type: ignore[arg-type]


def pool_stance(topic: str, parts: Sequence[Stance]) -> StanceOut:
    """A turn takes the strongest non-neutral stance among its parts; if every part
    is neutral, the mean of their probabilities."""
    polar = [p for p in parts if p.label != "neutral"]
    if polar:
        best = max(polar, key=lambda p: p.confidence)
        probabilities = dict(best.probabilities)
        label, confidence = best.label, best.confidence
    else:
        probabilities = {
            lab: sum(p.probabilities.get(lab, 0.0) for p in parts) / len(parts) for lab in STANCE_LABELS
        }
        label, confidence = "neutral", probabilities["neutral"]
    return StanceOut(
        topic=topic,
        label=label,
        confidence=round(confidence, 4),
        probabilities={k: round(v, 4) for k, v in probabilities.items()},
    )


def context_before(text: str, start: int, max_chars: int) -> str:
    """Up to max_chars of the text before a turn, starting at a sentence or word boundary.

    This is what the turn answers: "Such statements are unacceptable" is a denial
    only next to the charge it rejects.
    """
    if max_chars <= 0 or start <= 0:
        return ""
    window = text[max(0, start - max_chars) : start]
    if start > max_chars:  # the window starts mid-text: drop the cut sentence, keep the rest
        found = [i for i in (window.find(". "), window.find("\n")) if i >= 0]
        window = window[min(found) + 1 :] if found else window[window.find(" ") + 1 :]
    return " ".join(window.split())


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)
