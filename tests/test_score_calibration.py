"""Score calibration (models/score_calibration.py): refit a head so that P(pos) - P(neg) follows a
graded valence while the labels it was trained for stay, and measure that honestly."""

from __future__ import annotations

import sys

import numpy as np
import torch
from transformers import BertConfig

from service.classifiers.layers import JointTop
from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from score_calibration import Anchor, Head, cross_fitted_probabilities, pearson, refit_head, score_of


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def toy_problem(seed: int = 0):
    """Labels follow feature 0; valence follows features 0 and 1. The trained head reads only
    feature 0, so its score misses part of the valence."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(600, 6))
    labels = np.digitize(x[:, 0], [-0.5, 0.5])  # 0 negative, 1 neutral, 2 positive
    valence = np.clip(0.4 * x[:, 0] + 0.3 * x[:, 1], -1, 1)
    trained = Head(np.array([[-4.0, 0, 0, 0, 0, 0], [0.0] * 6, [4.0, 0, 0, 0, 0, 0]]), np.array([-2.0, 0.0, -2.0]))
    return x, labels, valence, trained


def test_refitted_head_follows_the_valence_and_keeps_the_labels() -> None:
    x, labels, valence, trained = toy_problem()
    anchors = [Anchor(x[:400], labels[:400])]
    refitted = refit_head(trained, anchors, x[400:500], valence[400:500], weight=1.0, l2=0.01)

    held_out = x[500:]
    before = pearson(score_of(softmax(trained.logits(held_out))), valence[500:])
    after = pearson(score_of(softmax(refitted.logits(held_out))), valence[500:])
    assert after > before + 0.04
    kept = (refitted.logits(held_out).argmax(1) == labels[500:]).mean()
    assert kept >= 0.9


def test_a_strong_pull_leaves_the_trained_head_as_it_was() -> None:
    x, labels, valence, trained = toy_problem()
    refitted = refit_head(trained, [Anchor(x[:400], labels[:400])], x[400:], valence[400:], weight=10.0, l2=1e6)
    assert np.allclose(refitted.weight, trained.weight, atol=1e-3)
    assert np.allclose(refitted.bias, trained.bias, atol=1e-3)


def test_cross_fitting_does_not_credit_a_head_with_what_it_was_fitted_on() -> None:
    # Valence that is pure noise: a head fitted on it matches it in-sample, but cannot predict it.
    x, labels, _, trained = toy_problem()
    noise = np.random.default_rng(1).uniform(-1, 1, size=200)
    anchors = [Anchor(x[:400], labels[:400])]
    scored = x[400:]
    in_sample = refit_head(trained, anchors, scored, noise, weight=30.0, l2=0.001)
    assert pearson(score_of(softmax(in_sample.logits(scored))), noise) > 0.2

    cross = cross_fitted_probabilities(trained, anchors, scored, noise, 30.0, 0.001,
                                       lambda head, f: softmax(head.logits(f)), folds=5, seed=0)
    assert cross.shape == (200, 3)
    assert np.allclose(cross.sum(1), 1.0)
    assert abs(pearson(score_of(cross), noise)) < 0.2


def test_the_head_reads_exactly_what_pool_returns() -> None:
    config = BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
    top = JointTop(config, n_top=1, n_segments=2, n_labels=3).eval()
    hidden = torch.randn(2, 5, 32)
    segments = torch.tensor([[0, 0, 0, 1, 1], [0, 0, 1, 1, 1]])
    mask = torch.ones(2, 5)
    with torch.no_grad():
        assert torch.allclose(top(hidden, segments, mask), top.head(top.pool(hidden, segments, mask)))
