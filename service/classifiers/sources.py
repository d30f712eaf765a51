"""Resolve a model spec to a folder on disk, the same way for every origin.

A spec is "shipped:NAME", "package:MODULE[/DIR]", "hf:ORG/NAME[@REVISION]" or a
local folder. Whatever the origin, the result is a folder of safetensors and
JSON files that transformers can read with from_pretrained().
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from service.classifiers.base import ModelLoadError

# Only the files a safetensors model needs: never pickled weights, never code.
HUB_ALLOW_PATTERNS = ["*.json", "*.safetensors", "*.txt", "*.model", "tokenizer*", "spm*", "*.tiktoken"]


@dataclass(frozen=True)
class ModelSource:
    spec: str
    path: Path
    name: str
    revision: str | None


def resolve_model_source(spec: str, artifacts_dir: Path, offline: bool = True) -> ModelSource:
    """Turn a spec into a local folder, or raise ModelLoadError saying why not."""
    spec = spec.strip()
    if spec.startswith("shipped:"):
        name = spec.removeprefix("shipped:")
        path = artifacts_dir / name
        _require_dir(path, spec)
        return ModelSource(spec, path, name, _shipped_revision(path))
    if spec.startswith("package:"):
        module, _, sub = spec.removeprefix("package:").partition("/")
        found = importlib.util.find_spec(module)
        if found is None or not found.submodule_search_locations:
            raise ModelLoadError(f"{spec}: Python package {module!r} is not installed")
        path = Path(next(iter(found.submodule_search_locations))) / (sub or "model")
        _require_dir(path, spec)
        return ModelSource(spec, path, module, package_version(module))
    if spec.startswith("hf:"):
        repo_id, _, revision = spec.removeprefix("hf:").partition("@")
        return _resolve_hub(spec, repo_id, revision or None, offline)
    path = Path(spec).expanduser()
    _require_dir(path, spec)
    return ModelSource(spec, path.resolve(), path.name, None)


def require_safetensors(path: Path) -> None:
    """Refuse folders whose weights are pickles: loading them can run code."""
    if not any(path.glob("*.safetensors")):
        raise ModelLoadError(f"{path}: no *.safetensors weights (pickled .bin weights are refused)")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _require_dir(path: Path, spec: str) -> None:
    if not path.is_dir():
        raise ModelLoadError(f"{spec}: folder {path} does not exist")


def _shipped_revision(path: Path) -> str | None:
    weights = sorted(path.glob("*.safetensors"))
    return sha256_of(weights[0])[:12] if weights else None


def package_version(module: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, packages_distributions, version

    for dist in packages_distributions().get(module, []):
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return None


def _resolve_hub(spec: str, repo_id: str, revision: str | None, offline: bool) -> ModelSource:
    from huggingface_hub import snapshot_download

    try:
        folder = snapshot_download(
            repo_id,
            revision=revision,
            allow_patterns=HUB_ALLOW_PATTERNS,
            local_files_only=offline,
        )
    except Exception as exc:  # the hub client raises many types; all mean "not available"
        hint = " (offline: set STANCE_HF_OFFLINE=false or pre-download it into HF_HOME)" if offline else ""
        raise ModelLoadError(f"{spec}: cannot load from the Hugging Face hub{hint}: {exc}") from exc
    return ModelSource(spec, Path(folder), repo_id, revision or "main")
