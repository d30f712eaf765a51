"""The GPU training path computes the same function as the service.

models/train_gpu.py trains from a bundle (tokenized segments, no service imports) and pads each
segment in its own region instead of packing them as the service does. These tests run it on the
CPU with a handful of sentences written for them and check that its model, with the same weights,
gives the service's logits, and that the weights it writes load into the service's JointTop.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

import train_gpu
from training import Item, SegmentStore, TrainConfig, base_encoder_dir, export_bundle, predict_logits

from service.classifiers.quantize import unpack
from service.classifiers.shipped import LowerEncoder

ITEMS = [
    Item(("fraud at the bank", "The auditors found that the bank had faked its loan book for years.", ""), (0,)),
    Item(("fraud at the bank", "There was no fraud; every account was checked twice.", "The bank answered critics."), (1,)),
    Item(("fraud at the bank", "The harbour festival starts on Friday.", "Local news in brief."), (2,)),
    Item(("the mayor lied", "not true", "The mayor's office replied to the claim that he lied to voters"), (1, 2)),
]


@pytest.fixture(scope="module")
def bundle_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LowerEncoder, TrainConfig]:
    out = tmp_path_factory.mktemp("bundle")
    cfg = TrainConfig(labels=("accusation", "denial", "neutral"), segments={"topic": 24, "text": 80, "context": 32},
                      n_lower=4, n_top=2, pooling="first+second")
    lower = LowerEncoder(base_encoder_dir(), cfg.n_lower, cfg.segment_max_length)
    export_bundle(out, "stance", lower, cfg, {"train": ITEMS, "dev": ITEMS}, {"select": [["dev", "macro_f1"]]})
    return out, lower, cfg


def test_bundle_model_matches_the_service_computation(bundle_dir) -> None:
    out, lower, cfg = bundle_dir
    bundle = train_gpu.Bundle(out / "stance.npz")
    assert len(bundle.splits["dev"]["segs"]) == len(ITEMS)
    model = train_gpu.Model(out / "base", cfg.n_top, 3, 3, "first+second").eval()
    bundle_logits = train_gpu.predict(model, bundle, "dev", "cpu")

    store = SegmentStore(lower)
    store.add(ITEMS)
    service_logits = predict_logits(model.top, store, ITEMS, list(cfg.segments.values()))
    # Only rounding differs: int8 word embeddings in the bundle, fp16 segment states in the store.
    np.testing.assert_allclose(bundle_logits, service_logits, atol=0.01)


def test_trained_weights_load_into_the_service_top(bundle_dir, tmp_path: Path) -> None:
    out, lower, cfg = bundle_dir
    bundle = train_gpu.Bundle(out / "stance.npz")
    record = train_gpu.train(bundle, "stance-test", {"mix": "train", "n_top": 2, "epochs": 2, "lr": 1e-4, "lr_head": 1e-3},
                             out / "base", tmp_path, "cpu", seed=1, max_seconds=600, eval_every=1, batch_size=2)
    assert record["steps_done"] == 4 and len(record["history"]) == 4
    assert (tmp_path / "stance-test.json").is_file()
    from safetensors.torch import load_file

    from service.classifiers.layers import JointTop

    top = JointTop(lower.config, cfg.n_top, 3, 3, "first+second")
    missing, unexpected = top.load_state_dict(unpack(load_file(str(tmp_path / "stance-test.safetensors"))), strict=False)
    assert not missing and not unexpected
    assert all(torch.isfinite(p).all() for p in top.parameters())
