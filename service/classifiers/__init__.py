"""Classifiers: turn texts into sentiment, and (topic, turn) pairs into stance.

load_sentiment_model / load_stance_model pick the implementation from what the
resolved folder holds, so a shipped artifact, a package folder and a hub id are
all configured the same way: by a spec string in the settings.
"""

from __future__ import annotations

from service.classifiers.base import ModelLoadError, SentimentModel, StanceModel
from service.classifiers.sources import ModelSource, require_safetensors, resolve_model_source
from service.settings import Settings

MANIFEST = "manifest.json"  # marks a shipped artifact (a head on a packaged encoder)


def load_sentiment_model(settings: Settings) -> SentimentModel:
    source = resolve_model_source(settings.sentiment_model, settings.artifacts_dir, settings.hf_offline)
    require_safetensors(source.path)
    if (source.path / MANIFEST).is_file():
        from service.classifiers.shipped import ShippedSentimentModel

        return ShippedSentimentModel.load(source, settings)
    from service.classifiers.hf import HFSentimentModel

    return HFSentimentModel.load(source, settings)


def load_stance_model(settings: Settings) -> StanceModel:
    source = resolve_model_source(settings.stance_model, settings.artifacts_dir, settings.hf_offline)
    require_safetensors(source.path)
    if (source.path / MANIFEST).is_file():
        from service.classifiers.shipped import ShippedStanceModel

        return ShippedStanceModel.load(source, settings)
    from service.classifiers.hf import ZeroShotNLIStanceModel

    return ZeroShotNLIStanceModel.load(source, settings)


__all__ = [
    "ModelLoadError",
    "ModelSource",
    "SentimentModel",
    "StanceModel",
    "load_sentiment_model",
    "load_stance_model",
]
