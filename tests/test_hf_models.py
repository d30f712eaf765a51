"""Tests for the Hugging Face adapters (service.classifiers.hf), on tiny random-weight models.

No hub access: each test writes a small BERT classifier (hidden size 32, 2 layers, a WordPiece
vocabulary of a few dozen pieces) into tmp_path with save_pretrained(), then loads it through the
real entry points, load_sentiment_model / load_stance_model, exactly as a user's local folder would be.
Random weights make the outputs meaningless but deterministic, which is what the batching and
ordering checks need; where a test needs a known answer it sets the classifier head so that one
class dominates whatever the input.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import torch
from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

from service.classifiers import ModelLoadError, load_sentiment_model, load_stance_model
from service.classifiers.hf import (
    DEFAULT_STANCE_TEMPLATES,
    HFSentimentModel,
    ZeroShotNLIStanceModel,
    config_label_names,
    map_nli_labels,
    map_sentiment_labels,
)
from service.settings import Settings
from service.types import StanceQuery

WORDS = [
    "the",
    "a",
    "of",
    "this",
    "text",
    "accuses",
    "denies",
    "someone",
    "did",
    "not",
    "happen",
    "happened",
    "said",
    "he",
    "she",
    "it",
    "was",
    "war",
    "crimes",
]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# Letters as word starts and as continuations, so that any lower-case ASCII text tokenizes.
VOCAB = (
    SPECIAL
    + WORDS
    + list(string.ascii_lowercase + string.digits + ".,!?'\"-")
    + ["##" + c for c in string.ascii_lowercase + string.digits]
)

TEXTS = [
    "He said it.",
    "The war crimes happened, she said, and nobody denied it at all in the long hearing today.",
    "",
    "Quite a short one",
    "Denies everything!",
    "a " * 80,  # longer than the tiny model's 64 positions: must be truncated, not crash
    "It was not him.",
]


def make_model(
    folder: Path,
    id2label: dict[int, str] | None = None,
    num_labels: int = 3,
    dominant: int | None = None,
    seed: int = 0,
    label2id: dict[str, int] | None = None,
) -> Path:
    """Write a tiny random BERT sequence classifier (safetensors) with its tokenizer into folder.

    dominant: make that class index win for every input (zero head weights, a large bias).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer(vocab=str(folder / "vocab.txt"))
    labels = id2label or {i: f"LABEL_{i}" for i in range(num_labels)}
    config = BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        initializer_range=0.1,  # far from uniform outputs, so ordering and batching errors show
        num_labels=len(labels),
        id2label=labels,
        label2id=label2id if label2id is not None else {name: i for i, name in labels.items()},
    )
    torch.manual_seed(seed)
    model = BertForSequenceClassification(config)
    if dominant is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.zero_()
            model.classifier.bias[dominant] = 20.0
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return folder


def sentiment_from(folder: Path, **settings: object) -> HFSentimentModel:
    model = load_sentiment_model(Settings(sentiment_model=str(folder), **settings))
    assert isinstance(model, HFSentimentModel)
    return model


def stance_from(folder: Path, **settings: object) -> ZeroShotNLIStanceModel:
    model = load_stance_model(Settings(stance_model=str(folder), **settings))
    assert isinstance(model, ZeroShotNLIStanceModel)
    return model


# ---------------------------------------------------------------------------------------------
# Label mapping, without models
# ---------------------------------------------------------------------------------------------


def test_sentiment_label_names_map_case_insensitively_with_aliases() -> None:
    assert map_sentiment_labels(["NEGATIVE", "Neutral", "pos"]) == ["negative", "neutral", "positive"]
    assert map_sentiment_labels(["neg", "POSITIVE"]) == ["negative", "positive"]
    assert map_sentiment_labels(["LABEL_0", "LABEL_1", "LABEL_2"]) == ["negative", "neutral", "positive"]
    assert map_sentiment_labels(["LABEL_0", "LABEL_1"]) == ["negative", "positive"]
    five = "negative,negative,neutral,positive,positive"
    assert map_sentiment_labels([f"{n} stars" for n in range(1, 6)], five) == five.split(",")


def test_sentiment_labels_that_cannot_be_mapped_are_refused_with_a_hint() -> None:
    with pytest.raises(ModelLoadError, match=r"joy.*STANCE_SENTIMENT_LABELS"):
        map_sentiment_labels(["joy", "anger", "fear"])
    with pytest.raises(ModelLoadError, match="STANCE_SENTIMENT_LABELS"):
        map_sentiment_labels(["LABEL_0", "LABEL_1", "LABEL_2", "LABEL_3"])
    with pytest.raises(ModelLoadError, match="3 classes"):
        map_sentiment_labels(["a", "b", "c"], "negative,positive")
    with pytest.raises(ModelLoadError, match="unknown label"):
        map_sentiment_labels(["a", "b"], "negative,happy")
    with pytest.raises(ModelLoadError, match="negative and a positive"):
        map_sentiment_labels(["neutral", "positive"])


def test_nli_label_names_map_whatever_their_spelling() -> None:
    assert map_nli_labels(["ENTAILMENT", "NEUTRAL", "CONTRADICTION"]).index("entailment") == 0
    assert map_nli_labels(["contradiction", "entailment", "neutral"]).index("entailment") == 1
    assert map_nli_labels(["entailment", "not_entailment"]) == ["entailment", "not_entailment"]
    assert (
        map_nli_labels(["LABEL_0", "LABEL_1", "LABEL_2"], "contradiction,neutral,entailment")[2]
        == "entailment"
    )
    with pytest.raises(ModelLoadError, match="STANCE_NLI_LABELS"):
        map_nli_labels(["LABEL_0", "LABEL_1", "LABEL_2"])
    with pytest.raises(ModelLoadError, match="exactly one entailment"):
        map_nli_labels(["neutral", "contradiction"])


def test_placeholder_id2label_falls_back_to_label2id_names() -> None:
    config = BertConfig(num_labels=3)
    config.label2id = {"contradiction": 0, "neutral": 1, "entailment": 2}
    assert config_label_names(config) == ["contradiction", "neutral", "entailment"]


# ---------------------------------------------------------------------------------------------
# Sentiment models through load_sentiment_model
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id2label", "dominant", "expected"),
    [
        ({0: "negative", 1: "neutral", 2: "positive"}, 2, "positive"),
        ({0: "negative", 1: "neutral", 2: "positive"}, 0, "negative"),
        ({0: "positive", 1: "NEGATIVE", 2: "Neutral"}, 1, "negative"),
        ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, 1, "neutral"),
        ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, 2, "positive"),
        ({0: "NEG", 1: "POS"}, 1, "positive"),
    ],
)
def test_sentiment_class_is_mapped_to_the_right_label(
    tmp_path: Path, id2label: dict[int, str], dominant: int, expected: str
) -> None:
    model = sentiment_from(make_model(tmp_path / "m", id2label, dominant=dominant))
    for result in model.predict(TEXTS):
        assert result.label == expected
        assert result.confidence > 0.99
        assert result.score == pytest.approx(
            {"positive": 1.0, "negative": -1.0, "neutral": 0.0}[expected], abs=1e-3
        )
    assert model.info.kind == "hf-sequence-classification"
    assert model.info.source == str(tmp_path / "m")
    assert model.info.name == "m"


def test_two_class_sentiment_model_gives_neutral_probability_zero(tmp_path: Path) -> None:
    model = sentiment_from(make_model(tmp_path / "m", {0: "NEGATIVE", 1: "POSITIVE"}))
    probabilities = model.label_probabilities(TEXTS)
    assert torch.all(probabilities[:, 1] == 0)
    assert all(result.label != "neutral" for result in model.predict(TEXTS))


def test_sentiment_outputs_are_probabilities_and_scores_in_range(tmp_path: Path) -> None:
    model = sentiment_from(make_model(tmp_path / "m", {0: "negative", 1: "neutral", 2: "positive"}))
    probabilities = model.label_probabilities(TEXTS)
    assert probabilities.shape == (len(TEXTS), 3)
    assert torch.allclose(probabilities.sum(dim=1), torch.ones(len(TEXTS)), atol=1e-5)
    for result, row in zip(model.predict(TEXTS), probabilities.tolist(), strict=True):
        assert -1.0 <= result.score <= 1.0
        assert result.score == pytest.approx(row[2] - row[0], abs=1e-6)
        assert result.confidence == pytest.approx(max(row), abs=1e-6)


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_sentiment_batching_and_order_match_one_by_one(tmp_path: Path, batch_size: int) -> None:
    model = sentiment_from(
        make_model(tmp_path / "m", {0: "negative", 1: "neutral", 2: "positive"}), batch_size=batch_size
    )
    together = model.predict(TEXTS)
    alone = [model.predict([text])[0] for text in TEXTS]
    scores = [r.score for r in together]
    assert max(scores) - min(scores) > 1e-3  # inputs differ enough for a mix-up to show
    assert [r.label for r in together] == [r.label for r in alone]
    for a, b in zip(together, alone, strict=True):
        assert a.score == pytest.approx(b.score, abs=1e-5)
        assert a.confidence == pytest.approx(b.confidence, abs=1e-5)
    assert model.predict([]) == []


def test_explicit_sentiment_labels_setting_overrides_the_config(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", {0: "joy", 1: "anger", 2: "calm"}, dominant=0)
    with pytest.raises(ModelLoadError, match=r"joy.*STANCE_SENTIMENT_LABELS"):
        load_sentiment_model(Settings(sentiment_model=str(folder)))
    model = sentiment_from(folder, sentiment_labels="positive, negative, neutral")
    assert {result.label for result in model.predict(TEXTS)} == {"positive"}


# ---------------------------------------------------------------------------------------------
# Zero-shot NLI stance through load_stance_model
# ---------------------------------------------------------------------------------------------

NLI_VARIANTS = [
    ({0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}, 0, 2, ""),
    ({0: "contradiction", 1: "entailment", 2: "neutral"}, 1, 0, ""),
    ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, 2, 0, "contradiction,neutral,entailment"),
    ({0: "entailment", 1: "not_entailment"}, 0, 1, ""),
]

QUERIES = [
    StanceQuery(topic="war crimes", text="He said the war crimes happened."),
    StanceQuery(
        topic="war crimes", text="It did not happen.", context="She said he was accused of war crimes."
    ),
    StanceQuery(topic="theft", text="Such statements are unacceptable"),
    StanceQuery(topic="war crimes", text="x", context="the long context " * 40),
    StanceQuery(topic="a b c", text="Yes."),
    # A topic longer than the model's input (rumour topics are whole posts): the pair is cut, not refused.
    StanceQuery(topic="the war crimes " * 30, text="She said it was not so.", context="He said it was."),
]


@pytest.mark.parametrize(("id2label", "entailment", "other", "nli_labels"), NLI_VARIANTS)
def test_nli_entailment_class_is_found(
    tmp_path: Path, id2label: dict[int, str], entailment: int, other: int, nli_labels: str
) -> None:
    entailing = stance_from(make_model(tmp_path / "e", id2label, dominant=entailment), nli_labels=nli_labels)
    assert entailing.entailment_index == entailment
    assert entailing.info.kind == "zero-shot-nli"
    for result in entailing.predict(QUERIES):
        # Every hypothesis entailed: accusation and denial share everything, nothing is neutral.
        assert result.probabilities["neutral"] == pytest.approx(0.0, abs=1e-3)
        assert result.probabilities["accusation"] == pytest.approx(0.5, abs=1e-3)
    contradicting = stance_from(make_model(tmp_path / "c", id2label, dominant=other), nli_labels=nli_labels)
    for result in contradicting.predict(QUERIES):
        assert result.label == "neutral"
        assert result.confidence == pytest.approx(1.0, abs=1e-3)


def test_nli_model_with_placeholder_labels_needs_the_setting(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", num_labels=3)
    with pytest.raises(ModelLoadError, match=r"LABEL_0.*STANCE_NLI_LABELS"):
        load_stance_model(Settings(stance_model=str(folder)))


def test_nli_model_with_unknown_labels_is_refused(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", {0: "yes", 1: "no", 2: "maybe"})
    with pytest.raises(ModelLoadError, match=r"yes.*STANCE_NLI_LABELS"):
        load_stance_model(Settings(stance_model=str(folder)))


def test_stance_probabilities_sum_to_one(tmp_path: Path) -> None:
    model = stance_from(make_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}))
    results = model.predict(QUERIES)
    assert len(results) == len(QUERIES)
    for result in results:
        assert set(result.probabilities) == {"accusation", "denial", "neutral"}
        assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
        assert result.confidence == pytest.approx(result.probabilities[result.label])
        assert result.label == max(result.probabilities, key=lambda k: result.probabilities[k])
    assert model.predict([]) == []


@pytest.mark.parametrize("batch_size", [1, 5, 64])
def test_stance_batching_and_order_match_one_by_one(tmp_path: Path, batch_size: int) -> None:
    model = stance_from(
        make_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}), batch_size=batch_size
    )
    together = model.entailment_matrix(QUERIES)
    templates = sum(len(t) for t in DEFAULT_STANCE_TEMPLATES.values())
    assert together.shape == (len(QUERIES), templates)
    alone = torch.cat([model.entailment_matrix([query]) for query in QUERIES])
    assert float(together.max() - together.min()) > 1e-3  # inputs differ enough for a mix-up to show
    assert torch.allclose(together, alone, atol=1e-5)


def test_long_context_is_cut_from_the_left_and_the_turn_is_kept(tmp_path: Path) -> None:
    model = stance_from(make_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}))
    context = " ".join(f"w{i}" for i in range(200))
    query = StanceQuery(topic="war crimes", text="It did not happen.", context=context)
    hypotheses = [t.replace("{topic}", "war crimes") for ts in DEFAULT_STANCE_TEMPLATES.values() for t in ts]
    premise = model.build_premise(query, hypotheses)
    assert premise.endswith(" It did not happen.")
    kept = premise.removesuffix(" It did not happen.")
    assert kept and context.endswith(kept)  # the context's end survives, its start went
    tokenizer = BertTokenizer.from_pretrained(tmp_path / "m")
    for hypothesis in hypotheses:
        assert len(tokenizer(premise, hypothesis)["input_ids"]) <= 64
    # ... and it keeps as much context as fits: one more word would not.
    words = context.split()
    one_more = " ".join(words[len(words) - len(kept.split()) - 1 :]) + " It did not happen."
    assert max(len(tokenizer(one_more, h)["input_ids"]) for h in hypotheses) > 64
    # A short context is kept whole.
    short = StanceQuery(topic="war crimes", text="No.", context="He was accused.")
    assert model.build_premise(short, hypotheses) == "He was accused. No."


# ---------------------------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------------------------


def test_pickled_only_folder_is_refused(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", {0: "negative", 1: "neutral", 2: "positive"})
    state = {
        k: v.clone() for k, v in BertForSequenceClassification.from_pretrained(folder).state_dict().items()
    }
    for weights in folder.glob("*.safetensors"):
        weights.unlink()
    torch.save(state, folder / "pytorch_model.bin")
    with pytest.raises(ModelLoadError, match="safetensors"):
        load_sentiment_model(Settings(sentiment_model=str(folder)))
    with pytest.raises(ModelLoadError, match="safetensors"):
        load_stance_model(Settings(stance_model=str(folder), nli_labels="entailment,neutral,contradiction"))


def test_base_encoder_without_a_trained_head_is_refused(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", {0: "negative", 1: "neutral", 2: "positive"})
    model = BertForSequenceClassification.from_pretrained(folder)
    model.bert.save_pretrained(folder, safe_serialization=True)  # overwrite with the encoder alone
    with pytest.raises(ModelLoadError, match="not a fine-tuned"):
        load_sentiment_model(Settings(sentiment_model=str(folder)))


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_sentiment_model(Settings(sentiment_model=str(tmp_path / "nowhere")))


def test_hub_model_offline_with_an_empty_cache_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import huggingface_hub.constants

    home = tmp_path / "hf-home"
    monkeypatch.setenv("HF_HOME", str(home))
    # huggingface_hub read HF_HOME when it was imported; point its cache at the empty folder too.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(home / "hub"))
    settings = Settings(sentiment_model="hf:example-org/some-sentiment-model", hf_offline=True)
    with pytest.raises(
        ModelLoadError, match=r"hf:example-org/some-sentiment-model.*offline.*STANCE_HF_OFFLINE"
    ):
        load_sentiment_model(settings)
    settings = Settings(stance_model="hf:example-org/some-nli-model@abc123", hf_offline=True)
    with pytest.raises(ModelLoadError, match="cannot load from the Hugging Face hub"):
        load_stance_model(settings)


# ---------------------------------------------------------------------------------------------
# models/evaluate.py, end to end on a tiny data folder
# ---------------------------------------------------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parent.parent
SCORERS = REPO_ROOT.parent / "shared" / "eval"


def write_jsonl(path: Path, rows: list[dict]) -> None:
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.mark.skipif(not (SCORERS / "score_sentiment.py").is_file(), reason="needs ../shared/eval scorers")
def test_evaluate_scores_a_local_model_with_the_shared_scorers(tmp_path: Path) -> None:
    import json
    import sys

    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from models.evaluate import main

    data = tmp_path / "data"
    headlines = [
        {"id": i, "text": text, "label": label, "score": score}
        for i, (text, label, score) in enumerate(
            [
                ("Peace deal signed", "positive", 0.6),
                ("War crimes denied", "negative", -0.5),
                ("It was a day", "neutral", 0.0),
            ]
        )
    ]
    for split in ("trial", "test"):
        write_jsonl(data / "sentiment" / "semeval2007_headlines" / f"{split}.jsonl", headlines)
    claims = [
        {"id": str(i), "text": text, "target": "war crimes happened", "label_mapped": label}
        for i, (text, label) in enumerate(
            [("He said the war crimes happened", "accusation"), ("It did not happen", "denial")]
        )
    ]
    write_jsonl(data / "stance" / "emergent" / "test.jsonl", claims)
    out = tmp_path / "out"

    sentiment = make_model(tmp_path / "sent", {0: "negative", 1: "neutral", 2: "positive"}, dominant=2)
    args = ["--data", str(data), "--out", str(out), "--scorers", str(SCORERS), "--name", "tiny"]
    assert (
        main([*args, "--task", "sentiment", "--model", str(sentiment), "--sets", "semeval2007_headlines"])
        == 0
    )
    report = json.loads((out / "tiny" / "sentiment" / "results.json").read_text())
    assert set(report["results"]) == {"semeval2007_headlines-trial", "semeval2007_headlines-test"}
    test_figures = report["results"]["semeval2007_headlines-test"]
    assert test_figures["n"] == 3 and test_figures["missing"] == 0
    assert test_figures["accuracy"] == pytest.approx(1 / 3, abs=1e-3)  # always "positive"
    rows = [
        json.loads(line)
        for line in (out / "tiny" / "sentiment" / "semeval2007_headlines-test.predictions.jsonl").open()
    ]
    assert [row["id"] for row in rows] == ["0", "1", "2"]
    assert all(row["label"] == "positive" and -1 <= row["score"] <= 1 for row in rows)

    nli = make_model(tmp_path / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"}, dominant=2)
    assert main([*args, "--task", "stance", "--model", str(nli), "--sets", "emergent"]) == 0
    report = json.loads((out / "tiny" / "stance" / "results.json").read_text())
    figures = report["results"]["emergent-test"]
    assert figures["n"] == 2 and figures["accuracy"] == 0.0  # always "neutral"
    assert report["model"]["kind"] == "zero-shot-nli"


@pytest.mark.skipif(not (SCORERS / "score_stance.py").is_file(), reason="needs ../shared/eval scorers")
def test_evaluate_scores_your_own_labelled_turns_with_gold(tmp_path: Path) -> None:
    """`--gold FILE --sets none`: a user's own JSONL of turns, scored by the shared scorer alone."""
    import json
    import sys

    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from models.evaluate import main

    turns = tmp_path / "my_turns.jsonl"
    write_jsonl(
        turns,
        [
            {
                "topic": "vote rigging",
                "context": "The challenger spoke first.",
                "text": "They rigged it.",
                "label": "accusation",
            },
            {"topic": "vote rigging", "text": "Nothing was rigged.", "label": "denial"},
            {"id": "q3", "topic": "vote rigging", "text": "Polls close at eight.", "label": "neutral"},
        ],
    )
    nli = make_model(tmp_path / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"}, dominant=1)
    args = ["--data", str(tmp_path / "no-data"), "--out", str(tmp_path / "out"), "--scorers", str(SCORERS)]
    assert (
        main(
            [
                *args,
                "--name",
                "mine",
                "--task",
                "stance",
                "--model",
                str(nli),
                "--gold",
                str(turns),
                "--sets",
                "none",
            ]
        )
        == 0
    )
    report = json.loads((tmp_path / "out" / "mine" / "stance" / "results.json").read_text())
    assert list(report["results"]) == ["gold-my_turns"]
    figures = report["results"]["gold-my_turns"]
    assert figures["n"] == 3 and figures["missing"] == 0 and figures["role"] == "user"
    assert figures["accuracy"] == pytest.approx(1 / 3, abs=1e-3)  # always "neutral"

    bad = tmp_path / "bad.jsonl"
    write_jsonl(bad, [{"text": "No topic here.", "label": "denial"}])
    with pytest.raises(ValueError, match="row 1"):
        main([*args, "--task", "stance", "--model", str(nli), "--gold", str(bad), "--sets", "none"])
