"""The protocols every classifier implements, whatever its weights' origin.

The pipeline only ever calls predict() with a whole request's (or several
requests') inputs at once, so implementations batch internally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from service.types import ModelInfo, Sentiment, Stance, StanceQuery


class ModelLoadError(RuntimeError):
    """A model could not be found, verified or loaded. The message says what to fix."""


@runtime_checkable
class SentimentModel(Protocol):
    info: ModelInfo

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        """One Sentiment per text, in order."""
        ...


@runtime_checkable
class StanceModel(Protocol):
    info: ModelInfo

    def predict(self, queries: Sequence[StanceQuery]) -> list[Stance]:
        """One Stance per query, in order."""
        ...
