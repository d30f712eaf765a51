"""A model soup: `models/average_weights.py` averages the weights of several runs, and the
training scripts package the average with a card that names every run it came from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from training import load_trained_weights, trained_by

from service.classifiers.quantize import pack_int8, unpack


def cpu_run(folder: Path, weight: torch.Tensor, seed: int) -> Path:
    """An artifact folder as a CPU run of train_sentiment.py leaves it: weights plus a manifest."""
    folder.mkdir()
    save_file(pack_int8({"layer.weight": weight, "head.bias": weight[0].clone()}), str(folder / "top.safetensors"))
    command = f"python models/train_sentiment.py --data ../shared/data --seed {seed} --out {folder}"
    training = {"seconds": 700 + seed, "best_step": 900, "steps": 952}
    (folder / "manifest.json").write_text(json.dumps({"command": command, "results": {"training": training}}))
    return folder / "top.safetensors"


def average(out: Path, *members: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO_ROOT / "models" / "average_weights.py"), "--out", str(out),
                           *map(str, members)], check=False, capture_output=True, text=True)


def test_the_soup_is_the_mean_of_its_runs_and_its_card_names_each_run(tmp_path: Path) -> None:
    first = cpu_run(tmp_path / "seed13", torch.full((4, 8), 1.0), seed=13)
    second = cpu_run(tmp_path / "seed14", torch.full((4, 8), 3.0), seed=14)
    soup = tmp_path / "soup.safetensors"

    assert average(soup, first, second).returncode == 0

    weights = unpack(load_file(str(soup)))
    assert torch.allclose(weights["layer.weight"], torch.full((4, 8), 2.0), atol=0.02)  # int8 rounding

    top = torch.nn.Module()
    top.layer = torch.nn.Linear(8, 4)
    top.head = torch.nn.Module()
    top.head.register_parameter("bias", torch.nn.Parameter(torch.zeros(8)))
    top.layer.register_parameter("bias", None)
    record = load_trained_weights(top, soup)
    card = trained_by({"training": record, "total_seconds": 95}, "python models/train_sentiment.py --weights soup",
                      "models/train_sentiment.py")
    assert "the mean of the weights of 2 runs" in card
    assert "--seed 13" in card and "--seed 14" in card
    assert "Fine-tuned on 2 CPU cores by `models/train_sentiment.py`" in card
    assert "--weights soup" in card


def test_runs_of_different_shapes_are_refused(tmp_path: Path) -> None:
    small = cpu_run(tmp_path / "small", torch.ones(4, 8), seed=1)
    large = cpu_run(tmp_path / "large", torch.ones(4, 16), seed=2)

    refused = average(tmp_path / "soup.safetensors", small, large)

    assert refused.returncode != 0
    assert "not the same architecture" in refused.stderr
    assert not (tmp_path / "soup.safetensors").exists()
