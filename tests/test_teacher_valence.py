"""models/teacher_valence.py: a frozen encoder grades unrated headlines, and the sentiment trainer
turns those grades into soft targets (`train_sentiment.py --teacher-valence FILE`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch
from transformers import BertConfig, BertModel, BertTokenizer

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from teacher_valence import fit_ridge, mean_pooled, unrated_headlines
from train_sentiment import LABEL_INDEX, teacher_graded


def tiny_encoder(folder: Path) -> Path:
    """A random two-layer BERT with a word-level vocabulary, saved like a hub model."""
    folder.mkdir(parents=True)
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "mayor", "said", "flood", "was", "bad"]
    (folder / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    BertTokenizer(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    BertModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def stance_data(root: Path) -> Path:
    """A data folder with the two files the teacher grades, one headline repeated across them."""
    write_jsonl(root / "stance" / "emergent" / "train.jsonl", [
        {"text": "Mayor denies the bribery claim", "target": "The mayor took a bribe"},
        {"text": "Mayor denies the bribery claim", "target": "The mayor took a bribe"},
    ])
    write_jsonl(root / "stance" / "fnc1" / "train.compact.jsonl", [
        {"target": "The mayor took a bribe"}, {"target": "Flood waters reach the old town"},
    ])
    return root


def test_each_unrated_headline_is_graded_once_with_its_source(tmp_path: Path) -> None:
    assert unrated_headlines(stance_data(tmp_path)) == [
        ("emergent headline", "Mayor denies the bribery claim"),
        ("emergent claim", "The mayor took a bribe"),
        ("fnc1 headline", "Flood waters reach the old town"),
    ]


def test_ridge_recovers_a_linear_grade_and_shrinks_with_alpha() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 5))
    y = x @ np.array([0.5, -0.2, 0.0, 0.1, 0.3]) + 0.05
    w, b = fit_ridge(x, y, alpha=1e-6)
    assert np.allclose(w, [0.5, -0.2, 0.0, 0.1, 0.3], atol=1e-4) and abs(b - 0.05) < 1e-4
    w_big, _ = fit_ridge(x, y, alpha=1e4)
    assert np.linalg.norm(w_big) < 0.1 * np.linalg.norm(w)


def test_mean_pooling_ignores_padding(tmp_path: Path) -> None:
    encoder = tiny_encoder(tmp_path / "enc")
    alone = mean_pooled(encoder, ["the mayor"])
    padded = mean_pooled(encoder, ["the mayor", "the mayor said the flood was bad"])
    assert alone.shape == (1, 32)
    assert np.allclose(alone[0], padded[0], atol=1e-5)


def test_the_command_writes_graded_headlines_that_the_trainer_reads(tmp_path: Path) -> None:
    out = tmp_path / "teacher.jsonl"
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "models" / "teacher_valence.py"), "--data", str(stance_data(tmp_path / "d")),
         "--encoder", str(tiny_encoder(tmp_path / "enc")), "--out", str(out), "--threads", "1", "--other-encoder"],
        check=True, capture_output=True,
    )
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in rows] == ["emergent headline", "emergent claim", "fnc1 headline"]
    assert all(-1.0 <= r["valence"] <= 1.0 for r in rows)
    meta = json.loads(out.with_suffix(".meta.json").read_text())
    # Without --other-encoder the command grades only with the pinned all-mpnet-base-v2 weights.
    refused = subprocess.run(
        [sys.executable, str(REPO_ROOT / "models" / "teacher_valence.py"), "--data", str(tmp_path / "d"),
         "--encoder", str(tmp_path / "enc"), "--out", str(tmp_path / "x.jsonl")], capture_output=True, text=True)
    assert refused.returncode == 2 and "not the pinned all-mpnet-base-v2" in refused.stderr
    assert meta["graded"] == 3 and len(meta["encoder_sha256"]) == 64

    items = teacher_graded(out, weight=0.5)
    assert len(items) == 3 and all(it.weight == 0.5 and it.segments[1] == "" for it in items)
    for it, row in zip(items, rows):
        neg, _, pos = it.soft
        assert abs((pos - neg) - row["valence"]) < 1e-6
        polar = "negative" if row["valence"] < -0.1 else "positive" if row["valence"] > 0.1 else "neutral"
        assert it.allowed == (LABEL_INDEX[polar],)
