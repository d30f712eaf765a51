"""The analysis pipeline: text -> turns -> classified turns -> response.

Every model call of a request is made once, over all its inputs (the batcher
may merge them with other requests'). Long turns are split into sentence-aligned
parts before classification and pooled after, so no text is silently cut off
by a model's token limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Protocol

from service.context import sentences, stance_context
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
    contexts = [
        [stance_context(text, t.start, topic, settings.context_chars) for topic in topic_names]
        for t in segmentation.turns
    ]
    sentiments, stances, model_ms = await classify_texts(
        turn_texts, contexts, topic_names, classifiers, settings
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
    contexts: Sequence[Sequence[str]],
    topics: Sequence[str],
    classifiers: Classifiers,
    settings: Settings,
) -> tuple[list[SentimentOut], list[list[StanceOut]], dict[str, float]]:
    """Sentiment for every text and stance for every (text, topic), in two model calls.

    contexts[i][k] is what text i answers as read for topic k ("" for none).
    """
    parts = [split_for_classifier(t, settings.classify_chunk_chars) for t in texts]
    flat = [p for ps in parts for p in ps]
    queries = [
        StanceQuery(topic=topic, text=part, context=contexts[i][k])
        for i, ps in enumerate(parts)
        for part in ps
        for k, topic in enumerate(topics)
    ]
    t0 = time.perf_counter()
    flat_sentiments = await classifiers.sentiment(flat)
    t1 = time.perf_counter()
    flat_stances = await classifiers.stance(queries) if queries else []
    t2 = time.perf_counter()

    sentiments: list[SentimentOut] = []
    stances: list[list[StanceOut]] = []
    s_at = q_at = 0
    for ps in parts:
        sentiments.append(pool_sentiment(flat_sentiments[s_at : s_at + len(ps)], [len(p) for p in ps]))
        s_at += len(ps)
        per_topic = []
        for k, topic in enumerate(topics):
            mine = [flat_stances[q_at + j * len(topics) + k] for j in range(len(ps))]
            per_topic.append(pool_stance(topic, mine))
        q_at += len(ps) * len(topics)
        stances.append(per_topic)
    return sentiments, stances, {"sentiment": _ms(t1 - t0), "stance": _ms(t2 - t1)}


def split_for_classifier(text: str, max_chars: int) -> list[str]:
    """Split text into parts of at most max_chars, at sentence ends where possible.

    A part is cut mid-sentence only when one sentence is itself longer than
    max_chars; then at a space. Every character but separating whitespace is kept.
    """
    if len(text) <= max_chars:
        return [text]
    pieces = sentences(text)
    parts: list[str] = []
    current = ""
    for sentence in pieces:
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


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)
