"""End to end on the real embedded models: the service as it ships, offline.

These load the packaged MiniLM encoder, the shipped heads and spaCy, so they take
a few seconds; they are what proves the defaults work on a fresh install.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings

pytestmark = pytest.mark.slow

HEARING = (
    "Opposition leader Maria Kowalski accused the defence ministry on Monday of covering up the "
    "shelling of a hospital in the border town of Lesno.\n"
    "“The ministry ordered the strike and then hid the evidence. This was a deliberate attack on "
    "civilians,” Kowalski told reporters outside parliament.\n"
    "Defence Minister Pavel Novak rejected the accusation. “These claims are completely false. Our "
    "forces never fired on the hospital,” Novak said in a statement.\n"
    "The minister added that an independent inquiry would show the army had done nothing wrong.\n"
)
TOPIC = "the army shelled the hospital in Lesno"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings())) as c:
        deadline = time.monotonic() + 120
        while c.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, c.get("/readyz").json()
            time.sleep(0.2)
        yield c


def test_models_report_what_is_loaded(client: TestClient) -> None:
    models = client.get("/v1/models").json()["models"]
    assert models["sentiment"]["kind"] and models["stance"]["kind"]
    assert models["sentiment"]["source"] == "shipped:sentiment-minilm"


def _hearing(client: TestClient) -> dict:
    r = client.post("/v1/analyze", json={"text": HEARING, "topics": [TOPIC]})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_denier_is_found_and_denies(client: TestClient) -> None:
    body = _hearing(client)
    for turn in body["turns"]:
        assert HEARING[turn["start"] : turn["end"]] == turn["text"]
    speakers = {s["name"]: s for s in body["speakers"]}
    assert "Maria Kowalski" in speakers and "Pavel Novak" in speakers, list(speakers)
    assert speakers["Pavel Novak"]["role"] == "Defence Minister"
    assert speakers["Pavel Novak"]["stances"][0]["label"] == "denial"
    denial_turn = next(t for t in body["turns"] if "completely false" in t["text"])
    assert denial_turn["speaker"]["name"] == "Pavel Novak"
    assert denial_turn["sentiment"]["score"] < 0


def test_the_accuser_accuses(client: TestClient) -> None:
    speakers = {s["name"]: s for s in _hearing(client)["speakers"]}
    assert speakers["Maria Kowalski"]["stances"][0]["label"] == "accusation"


def test_sentiment_has_the_right_sign(client: TestClient) -> None:
    texts = [
        "This is a disgraceful, shameful betrayal of the people who trusted us.",
        "We are delighted with the wonderful progress and grateful to everyone involved.",
    ]
    results = client.post("/v1/classify", json={"texts": texts}).json()["results"]
    assert results[0]["sentiment"]["label"] == "negative" and results[0]["sentiment"]["score"] < -0.3
    assert results[1]["sentiment"]["label"] == "positive" and results[1]["sentiment"]["score"] > 0.3
    for result in results:
        assert 0 <= result["sentiment"]["confidence"] <= 1


def test_batch_and_classify_agree_with_single_calls(client: TestClient) -> None:
    single = client.post("/v1/analyze", json={"text": HEARING, "topics": [TOPIC]}).json()
    batch = client.post(
        "/v1/analyze/batch", json={"documents": [{"text": HEARING, "topics": [TOPIC]}] * 3}
    ).json()
    for result in batch["results"]:
        assert [t["stances"][0]["label"] for t in result["turns"]] == [
            t["stances"][0]["label"] for t in single["turns"]
        ]
