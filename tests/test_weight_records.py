"""What a packaged model's card says about the run that trained it (models/training.py member_record)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from training import member_record


def test_a_cpu_run_is_named_by_its_artifact_folder_and_command(tmp_path: Path) -> None:
    run = tmp_path / "stK"
    run.mkdir()
    (run / "top.safetensors").write_bytes(b"")
    manifest = {"command": "python models/train_stance.py --seed 19",
                "results": {"training": {"seconds": 618, "best_step": 400, "steps": 563}}}
    (run / "manifest.json").write_text(json.dumps(manifest))
    assert member_record(run / "top.safetensors") == {
        "config": "stK", "command": "python models/train_stance.py --seed 19",
        "seconds": 618, "best_step": 400, "steps": 563}


def test_a_gpu_run_keeps_its_record_without_the_dev_history(tmp_path: Path) -> None:
    weights = tmp_path / "stance-3L.safetensors"
    weights.write_bytes(b"")
    weights.with_suffix(".json").write_text(json.dumps({"config": "stance-3L", "epochs": 3, "history": [1, 2]}))
    assert member_record(weights) == {"config": "stance-3L", "epochs": 3}


def test_weights_with_no_record_are_named_by_their_file(tmp_path: Path) -> None:
    assert member_record(tmp_path / "mystery.safetensors") == {"config": "mystery"}
