"""Pieces of the training recipes in models/ that the figures depend on."""

from __future__ import annotations

import sys

import pytest
import torch

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from train_sentiment import soft_target
from training import Item, allowed_nll, export_bundle


@pytest.mark.parametrize("score", [-1.0, -0.5, -0.1, 0.0, 0.3, 1.0])
def test_soft_target_is_a_distribution_whose_score_is_the_gold_score(score: float) -> None:
    neg, neu, pos = soft_target(score)
    assert min(neg, neu, pos) >= 0 and neg + neu + pos == pytest.approx(1.0)
    assert pos - neg == pytest.approx(score)


def test_loss_uses_the_soft_target_where_there_is_one() -> None:
    logits = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 1.0], [0.5, 0.5, 3.0]])
    items = [
        Item(("a",), (0,)),  # hard label
        Item(("b",), (2,), soft=(0.0, 0.5, 0.5)),  # graded: half neutral, half positive
        Item(("c",), (1, 2)),  # partial: neutral or positive
    ]
    logp = torch.log_softmax(logits, dim=-1)
    expected = torch.stack([
        -logp[0, 0],
        -(0.5 * logp[1, 1] + 0.5 * logp[1, 2]),
        -torch.logsumexp(logp[2, 1:], dim=0),
    ]).mean()
    assert allowed_nll(logits, items, None) == pytest.approx(expected.item())
    # Class weights apply to hard labels only.
    weighted = allowed_nll(logits, items, torch.tensor([3.0, 1.0, 1.0]))
    hard = -logp[0, 0]
    assert weighted == pytest.approx(((3 * expected + 2 * hard) / 5).item(), rel=1e-5)


def test_the_gpu_bundle_refuses_soft_targets(tmp_path) -> None:
    with pytest.raises(ValueError, match="soft targets"):
        export_bundle(tmp_path, "sentiment", None, None, {"train": [Item(("x",), (0,), soft=(1.0, 0.0, 0.0))]}, {})


def test_attributed_speech_frames_keep_the_text_and_the_label() -> None:
    from train_sentiment import attributed, with_attribution

    items = [Item((f"The plan number {i} is a disaster for rural families.", ""), (0,), 1.0, f"id-{i}") for i in range(200)]
    framed = with_attribution(items, 0.3)
    changed = [(a, b) for a, b in zip(items, framed) if a.segments != b.segments]
    assert 30 <= len(changed) <= 90  # about 30%, chosen by id: the same items on every run
    assert framed == with_attribution(items, 0.3)
    for before, after in changed:
        assert after.allowed == before.allowed and after.id == before.id
        assert "is a disaster for rural families" in after.segments[0]
        assert after.segments[0] != before.segments[0]
    assert attributed("Prices rose.", "k") == attributed("Prices rose.", "k")
