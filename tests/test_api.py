"""The HTTP contract, as a user meets it: requests, responses, offsets and every error case."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.settings import Settings
from tests.conftest import make_client

PRESS_REPORT = (
    "The mayor of Eastport faced questions on Tuesday about the missing flood-relief money.\n"
    "“We have seen the receipts, and this is corruption, plain and simple,” said Laura Mendes, "
    "a council member.\n"
    "“I deny every word of it. These claims are false,” Mayor Tom Hadley told reporters. "
    "He said the audit would clear him.\n"
)


def test_analyze_returns_turns_whose_text_matches_offsets(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": PRESS_REPORT, "topics": ["corruption"], "id": "doc-1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "doc-1"
    assert body["topics"] == [{"topic": "corruption", "source": "request"}]
    assert body["turns"], "a text always has at least one turn"
    for turn in body["turns"]:
        assert PRESS_REPORT[turn["start"] : turn["end"]] == turn["text"]
        assert turn["kind"] in {"direct", "indirect", "narration", "transcript"}
        assert [s["topic"] for s in turn["stances"]] == ["corruption"]
        assert -1 <= turn["sentiment"]["score"] <= 1
    ends = [(t["start"], t["end"]) for t in body["turns"]]
    assert ends == sorted(ends) and all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), "turns never overlap"
    assert {"segment", "sentiment", "stance", "total"} <= set(body["timing_ms"])
    assert {"segmenter", "sentiment", "stance"} <= set(body["models"])


def test_reported_speech_is_read_with_its_reporting_verb(client: TestClient) -> None:
    # The turn is the clause; sentiment also reads the verb that reports it ("said", "condemned").
    body = client.post("/v1/analyze", json={"text": PRESS_REPORT, "topics": []}).json()
    for turn in body["turns"]:
        ((a, b),) = turn["sentiment_read"]
        if turn["kind"] == "indirect":
            assert PRESS_REPORT[a:b] == "said the audit would clear him."
        else:
            assert (a, b) == (turn["start"], turn["end"])


def test_speakers_summarise_their_turns_and_stances(client: TestClient) -> None:
    body = client.post("/v1/analyze", json={"text": PRESS_REPORT, "topics": ["corruption"]}).json()
    by_name = {s["name"]: s for s in body["speakers"]}
    assert "Laura Mendes" in by_name and "Tom Hadley" in by_name
    hadley = by_name["Tom Hadley"]
    assert hadley["stances"][0]["label"] == "denial"
    assert hadley["stances"][0]["evidence"], "a polar stance always cites its evidence turns"
    for index in hadley["turns"]:
        assert body["turns"][index]["speaker"]["id"] == hadley["id"]


def test_topics_omitted_are_suggested_and_empty_list_means_no_stance(client: TestClient) -> None:
    suggested = client.post("/v1/analyze", json={"text": PRESS_REPORT + "They accused him of corruption."})
    assert suggested.status_code == 200
    assert {"topic": "corruption", "source": "suggested"} in suggested.json()["topics"]
    none = client.post("/v1/analyze", json={"text": PRESS_REPORT, "topics": []}).json()
    assert none["topics"] == [] and all(t["stances"] == [] for t in none["turns"])


def test_batch_reports_a_bad_document_in_place_and_analyses_the_rest(client: TestClient) -> None:
    docs = [{"text": PRESS_REPORT, "topics": ["corruption"], "id": "a"}, {"text": "   ", "id": "b"}, {"txt": "x"}]
    r = client.post("/v1/analyze/batch", json={"documents": docs})
    assert r.status_code == 200, r.text
    first, second, third = r.json()["results"]
    assert first["id"] == "a" and first["turns"]
    assert second == {"index": 1, "id": "b", "error": second["error"]}
    assert second["error"]["status"] == 422 and "whitespace" in second["error"]["detail"]
    assert third["error"]["status"] == 422 and third["error"]["errors"]


def test_classify_keeps_order_and_skips_segmentation(client: TestClient) -> None:
    texts = ["This is an outrageous lie.", "We welcome the decision.", "The meeting is at noon."]
    r = client.post("/v1/classify", json={"texts": texts, "topics": ["fraud"]})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["text"] for x in results] == texts
    assert [x["sentiment"]["label"] for x in results] == ["negative", "positive", "neutral"]
    assert all(len(x["stances"]) == 1 for x in results)


def test_classify_reads_what_was_said_without_its_frame(client: TestClient) -> None:
    # A turn sent with its attribution gets the sentiment of the quotation, as inside /v1/analyze;
    # sentiment_read shows which characters were read. Reported speech keeps its verb.
    texts = [
        "“We welcome the decision,” the union leader said.",
        "HARRIS: We welcome the decision.",
        "The union said it welcomed the decision.",
    ]
    results = client.post("/v1/classify", json={"texts": texts}).json()["results"]
    read = [[text[a:b] for a, b in x["sentiment_read"]] for text, x in zip(texts, results)]
    assert read == [["“We welcome the decision,”"], ["We welcome the decision."], [texts[2]]]
    assert [x["sentiment"]["label"] for x in results] == ["positive"] * 3


def test_long_turns_are_classified_whole_not_truncated(client: TestClient) -> None:
    # The only negative word sits at the very end of a long text: truncation would miss it.
    long_text = "The committee met again. " * 40 + "The result was unacceptable."
    r = client.post("/v1/classify", json={"texts": [long_text]})
    assert r.json()["results"][0]["sentiment"]["score"] < 0


@pytest.mark.parametrize(
    ("body", "status", "phrase"),
    [
        ({}, 422, "text"),
        ({"text": ""}, 422, "empty"),
        ({"text": " \n\t "}, 422, "whitespace"),
        ({"text": 42}, 422, "text"),
        ({"text": "x" * 5_001}, 413, "limit"),
        ({"text": "Hi.", "topics": ["a", "b", "c", "d"]}, 422, "at most 3"),
        ({"text": "Hi.", "topics": ["x" * 61]}, 422, "limit is 60"),
        ({"text": "Hi.", "topics": ["  "]}, 422, "topics[0]"),
        ({"text": "Hi.", "topics": ["fraud", "Fraud"]}, 422, "repeats"),
        ({"text": "Hi.", "format": "poem"}, 422, "format"),
        ({"text": "Hi.", "colour": "red"}, 422, "colour"),
    ],
)
def test_bad_requests_get_a_clear_problem(client: TestClient, body: dict, status: int, phrase: str) -> None:
    r = client.post("/v1/analyze", json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["status"] == status and phrase in problem["detail"]


def test_wrong_content_type_is_415(client: TestClient) -> None:
    r = client.post("/v1/analyze", content=b"text=hello", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "application/json" in r.json()["detail"]


def test_invalid_utf8_and_invalid_json_are_4xx(client: TestClient) -> None:
    bad_utf8 = client.post(
        "/v1/analyze", content=b'{"text": "caf\xe9"}', headers={"content-type": "application/json"}
    )
    assert bad_utf8.status_code == 400 and "UTF-8" in bad_utf8.json()["detail"]
    bad_json = client.post("/v1/analyze", content=b'{"text": ', headers={"content-type": "application/json"})
    assert bad_json.status_code == 422 and "JSON" in bad_json.json()["detail"]


def test_oversized_body_and_batch_are_413() -> None:
    with make_client(Settings(max_body_bytes=2_048, max_batch_documents=2)) as c:
        assert c.post("/v1/analyze", json={"text": "word " * 1_000}).status_code == 413
        docs = [{"text": "Hi."}] * 3
        r = c.post("/v1/analyze/batch", json={"documents": docs})
        assert r.status_code == 413 and "at most 2" in r.json()["detail"]


def test_classify_errors(client: TestClient) -> None:
    assert client.post("/v1/classify", json={"texts": []}).status_code == 422
    r = client.post("/v1/classify", json={"texts": ["a", "b"], "contexts": ["only one"]})
    assert r.status_code == 422 and "contexts" in r.json()["detail"]


def test_not_ready_is_503_everywhere_but_healthz(settings: Settings) -> None:
    with make_client(settings, ready=False) as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        ready = c.get("/readyz")
        assert ready.status_code == 503 and "loading" in ready.json()["detail"]
        assert c.post("/v1/analyze", json={"text": "Hi."}).status_code == 503
        c.app.state.runtime.state, c.app.state.runtime.error = "failed", "ModelLoadError: weights missing"
        failed = c.get("/readyz").json()
        assert "weights missing" in failed["detail"]
        assert "weights missing" in c.post("/v1/classify", json={"texts": ["x"]}).json()["detail"]


def test_operations_endpoints(client: TestClient) -> None:
    assert client.get("/readyz").status_code == 200
    client.post("/v1/analyze", json={"text": PRESS_REPORT, "topics": []})
    metrics = client.get("/metrics").text
    assert 'stance_http_requests_total{route="/v1/analyze",status="200"}' in metrics
    assert "stance_model_batch_items" in metrics
    models = client.get("/v1/models").json()
    assert models["ready"] and models["models"]["sentiment"]["name"] == "keyword-sentiment"
    assert "/v1/analyze" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200
