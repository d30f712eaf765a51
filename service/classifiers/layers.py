"""The tuned part of a shipped model: ``JointTop`` and how its input is assembled.

Kept apart from ``shipped.py`` and free of the service's settings so that a training
script can load this file on its own (for instance on a GPU machine that has torch and
transformers but not the service's other dependencies) and train exactly the module the
service later runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn


def attention_bias(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """(batch, seq) 1/0 mask -> additive (batch, 1, 1, seq) bias: 0 where kept, very negative on padding."""
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class JointTop(nn.Module):
    """Tuned top layers over the concatenated lower-layer states of an input's segments.

    Segment i's tokens get ``segment_embeddings[i]`` added, then the joined
    sequence goes through ``n_top`` BERT layers. Pooling "first": the first token
    feeds the head. Pooling "first+second": the first tokens of segment 0 and of
    segment 1 and their product feed the head, which hands the classifier an explicit
    "how well do these two match" signal (useful for topic vs. turn).
    """

    def __init__(
        self, config, n_top: int, n_segments: int, n_labels: int, pooling: str = "first", dropout: float = 0.1
    ) -> None:
        super().__init__()
        from transformers.models.bert.modeling_bert import BertLayer

        config._attn_implementation = "sdpa"
        self.pooling = pooling
        self.segment_embeddings = nn.Parameter(torch.zeros(n_segments, config.hidden_size))
        self.layers = nn.ModuleList([BertLayer(config) for _ in range(n_top)])
        self.dropout = nn.Dropout(dropout)
        width = config.hidden_size * (3 if pooling == "first+second" else 1)
        self.head = nn.Linear(width, n_labels)

    def forward(self, hidden: torch.Tensor, segment_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """hidden (B, L, H), segment_ids (B, L) long, mask (B, L) 1/0 -> logits (B, n_labels)."""
        return self.head(self.dropout(self.pool(hidden, segment_ids, mask)))

    def pool(self, hidden: torch.Tensor, segment_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The vector the head reads: (B, H), or (B, 3H) for "first+second" pooling.

        Separate from forward() so that training can refit the head alone on these vectors.
        """
        hidden = hidden + self.segment_embeddings[segment_ids]
        bias = attention_bias(mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, attention_mask=bias)
            hidden = hidden[0] if isinstance(hidden, tuple) else hidden
        pooled = hidden[:, 0]
        if self.pooling == "first+second":
            # First token of segment 1 (argmax finds the first True; 0 if the segment is absent).
            start = (segment_ids == 1).long().argmax(dim=1)
            second = hidden[torch.arange(hidden.shape[0]), start]
            pooled = torch.cat([pooled, second, pooled * second], dim=-1)
        return pooled


def budget_batches(sizes: Sequence[int], max_items: int, max_tokens: int) -> list[list[int]]:
    """Indices grouped for padded forward passes, shortest first.

    A batch grows while it has at most ``max_items`` sequences and ``items x longest`` padded
    tokens stay within ``max_tokens``. On a CPU every padded position costs as much as a real
    one, and sorted batches of 32 turns pad the short ones to the longest: small batches of
    long texts and large batches of short ones do the same work with less padding.
    """
    batches: list[list[int]] = []
    current: list[int] = []
    for i in sorted(range(len(sizes)), key=lambda i: sizes[i]):
        if current and (len(current) >= max_items or (len(current) + 1) * sizes[i] > max_tokens):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def join_segments(
    examples: Sequence[Sequence[torch.Tensor | None]], keep: Sequence[int]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Pad a batch of inputs, each a list of per-segment lower states (None = segment absent).

    Segment j keeps at most ``keep[j]`` tokens (from its start). Returns (hidden, segment_ids, mask).
    """
    pieces: list[tuple[torch.Tensor, torch.Tensor]] = []
    for segs in examples:
        hs, ids = [], []
        for j, h in enumerate(segs):
            if h is None or h.shape[0] == 0:
                continue
            h = h[: keep[j]]
            hs.append(h)
            ids.append(torch.full((h.shape[0],), j, dtype=torch.long))
        pieces.append((torch.cat(hs), torch.cat(ids)))
    length = max(p[0].shape[0] for p in pieces)
    dim = pieces[0][0].shape[1]
    hidden = torch.zeros(len(pieces), length, dim, dtype=torch.float32)
    seg = torch.zeros(len(pieces), length, dtype=torch.long)
    mask = torch.zeros(len(pieces), length, dtype=torch.long)
    for i, (h, s) in enumerate(pieces):
        n = h.shape[0]
        hidden[i, :n] = h.float()
        seg[i, :n] = s
        mask[i, :n] = 1
    return hidden, seg, mask
