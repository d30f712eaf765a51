"""Refit a sentiment head so that its score follows graded valence, without losing its labels.

The sentiment score is P(positive) - P(negative). The classes a model is trained on (NewsMTSC's
negative / neutral / positive toward a person) do not teach how good or bad a headline is, and the
SemEval-2007 raters' valence is exactly that grade. Yet the tuned encoder already carries it: a ridge
regression on its pooled vectors, fitted on 200 SemEval-2007 trial headlines, predicts the other 50
with Pearson r 0.74, while the trained head's score reaches 0.64.

So, after fine-tuning, only the head (a linear layer, 3 x H) is refitted on frozen pooled vectors:

    loss = sum over anchor sets of mean cross-entropy(head(x), label)      # keep the labels
         + weight * mean (P(pos) - P(neg) - valence)^2 over scored items   # learn the grade
         + l2 * ||head - trained head||^2                                 # stay close

The anchors are labelled sets the head must keep classifying (NewsMTSC dev_mt and train); the
scored items are SemEval-2007 trial headlines with their valence in [-1, 1], the split the data
README names for calibrating the score. Because that split is then fitted on, its honest figure is
cross-fitted: fit on four fifths, predict the held-out fifth (see ``cross_fitted_probabilities``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

NEGATIVE, POSITIVE = 0, 2  # label order of service.types.SENTIMENT_LABELS


@dataclass(frozen=True)
class Head:
    """A linear head: logits = x @ weight.T + bias."""

    weight: np.ndarray  # (n_labels, H)
    bias: np.ndarray  # (n_labels,)

    def logits(self, x: np.ndarray) -> np.ndarray:
        return x @ self.weight.T + self.bias


@dataclass(frozen=True)
class Anchor:
    """Pooled vectors and gold label indices of one labelled set the refitted head must keep."""

    features: np.ndarray
    labels: np.ndarray


def refit_head(head: Head, anchors: Sequence[Anchor], features: np.ndarray, scores: np.ndarray,
               weight: float, l2: float, max_iter: int = 300) -> Head:
    """The head minimising the loss in the module docstring (L-BFGS from the trained head)."""
    w0 = torch.tensor(head.weight, dtype=torch.float32)
    b0 = torch.tensor(head.bias, dtype=torch.float32)
    w = w0.clone().requires_grad_(True)
    b = b0.clone().requires_grad_(True)
    x = torch.tensor(features, dtype=torch.float32)
    s = torch.tensor(scores, dtype=torch.float32)
    anchor_tensors = [(torch.tensor(a.features, dtype=torch.float32), torch.tensor(a.labels, dtype=torch.long))
                      for a in anchors]
    optimizer = torch.optim.LBFGS([w, b], max_iter=max_iter, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        p = torch.softmax(x @ w.T + b, dim=-1)
        loss = weight * ((p[:, POSITIVE] - p[:, NEGATIVE] - s) ** 2).mean()
        for ax, ay in anchor_tensors:
            loss = loss + torch.nn.functional.cross_entropy(ax @ w.T + b, ay)
        loss = loss + l2 * (((w - w0) ** 2).sum() + ((b - b0) ** 2).sum())
        loss.backward()
        return loss

    optimizer.step(closure)
    return Head(w.detach().numpy().copy(), b.detach().numpy().copy())


def score_of(probabilities: np.ndarray) -> np.ndarray:
    """The service's sentiment score, P(positive) - P(negative), per row."""
    return probabilities[:, POSITIVE] - probabilities[:, NEGATIVE]


def cross_fitted_probabilities(head: Head, anchors: Sequence[Anchor], features: np.ndarray, scores: np.ndarray,
                               weight: float, l2: float, to_probabilities: Callable[[Head, np.ndarray], np.ndarray],
                               folds: int = 5, seed: int = 0) -> np.ndarray:
    """Each scored item's probabilities from a head refitted without it (``folds``-fold, shuffled by ``seed``).

    ``to_probabilities(head, features)`` turns a refitted head's logits into calibrated
    probabilities, so that each fold's temperature is refitted as the shipped head's is.
    """
    order = np.random.default_rng(seed).permutation(len(scores))
    predicted = np.zeros((len(scores), head.weight.shape[0]), dtype=np.float64)
    for part in np.array_split(order, folds):
        kept = np.setdiff1d(order, part)
        fold_head = refit_head(head, anchors, features[kept], scores[kept], weight, l2)
        predicted[part] = to_probabilities(fold_head, features[part])
    return predicted


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])
