"""Shared fixtures: an app whose HTTP layer is real but whose models are small test doubles,
so API contract tests run in milliseconds. tests/test_real_models.py uses the real ones."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings
from service.types import ModelInfo, Sentiment, Stance, StanceQuery

NEGATIVE_WORDS = ("unacceptable", "outrageous", "lie", "crime")
POSITIVE_WORDS = ("welcome", "great", "proud")


class KeywordSentiment:
    """Test double: negative if a negative keyword appears, positive likewise."""

    info = ModelInfo(name="keyword-sentiment", revision="test", kind="test-double", source="tests")

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        out = []
        for text in texts:
            low = text.lower()
            if any(w in low for w in NEGATIVE_WORDS):
                out.append(Sentiment("negative", -0.8, 0.9))
            elif any(w in low for w in POSITIVE_WORDS):
                out.append(Sentiment("positive", 0.7, 0.85))
            else:
                out.append(Sentiment("neutral", 0.0, 0.6))
        return out


class KeywordStance:
    """Test double: denial on "deny"/"false", accusation when the topic's words appear."""

    info = ModelInfo(name="keyword-stance", revision="test", kind="test-double", source="tests")

    def predict(self, queries: Sequence[StanceQuery]) -> list[Stance]:
        out = []
        for q in queries:
            low = q.text.lower()
            if "deny" in low or "denie" in low or "false" in low:
                out.append(Stance("denial", 0.8, {"accusation": 0.1, "denial": 0.8, "neutral": 0.1}))
            elif q.topic.split()[0].lower() in low:
                out.append(Stance("accusation", 0.7, {"accusation": 0.7, "denial": 0.1, "neutral": 0.2}))
            else:
                out.append(Stance("neutral", 0.6, {"accusation": 0.2, "denial": 0.2, "neutral": 0.6}))
        return out


def make_client(settings: Settings, ready: bool = True) -> TestClient:
    app = create_app(settings, load_models=False)
    runtime = app.state.runtime
    if ready:
        runtime.sentiment_model = KeywordSentiment()
        runtime.stance_model = KeywordStance()
        runtime.state = "ready"
        runtime.start_batching()
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def settings() -> Settings:
    return Settings(max_text_chars=5_000, max_topics=3, max_topic_chars=60, max_batch_documents=3)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with make_client(settings) as c:
        yield c
