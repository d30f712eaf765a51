"""Micro-batching: concurrent requests share forward passes.

Each model gets one MicroBatcher. A request submits all its inputs at once; the
batcher waits up to max_wait for other requests' inputs, then runs a single
predict() over everything in a worker thread and hands each request its slice.
All models share one worker thread, so torch never runs two passes at once and
never oversubscribes the CPU cores.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass
class _Job(Generic[In, Out]):
    items: Sequence[In]
    future: asyncio.Future[list[Out]] = field(repr=False)


class MicroBatcher(Generic[In, Out]):
    def __init__(
        self,
        predict: Callable[[Sequence[In]], list[Out]],
        executor: Executor,
        max_items: int,
        max_wait_s: float,
        on_batch: Callable[[int, int], None] | None = None,
    ) -> None:
        self._predict = predict
        self._executor = executor
        self._max_items = max_items
        self._max_wait_s = max_wait_s
        self._on_batch = on_batch  # (requests, items) -> None, for metrics
        self._queue: asyncio.Queue[_Job[In, Out]] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._worker is None:
            self._worker = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
            self._worker = None

    async def submit(self, items: Sequence[In]) -> list[Out]:
        """Predict for items, possibly together with other requests' items."""
        if not items:
            return []
        self.start()
        future: asyncio.Future[list[Out]] = asyncio.get_running_loop().create_future()
        await self._queue.put(_Job(items, future))
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            deadline = loop.time() + self._max_wait_s
            while sum(len(j.items) for j in jobs) < self._max_items:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                try:
                    jobs.append(await asyncio.wait_for(self._queue.get(), remaining))
                except TimeoutError:
                    break
            await self._run_jobs(loop, jobs)

    async def _run_jobs(self, loop: asyncio.AbstractEventLoop, jobs: list[_Job[In, Out]]) -> None:
        flat = [item for job in jobs for item in job.items]
        if self._on_batch:
            self._on_batch(len(jobs), len(flat))
        try:
            results = await loop.run_in_executor(self._executor, self._predict, flat)
        except Exception as exc:  # every waiting request must hear about the failure
            for job in jobs:
                if not job.future.done():
                    job.future.set_exception(exc)
            return
        offset = 0
        for job in jobs:
            part = results[offset : offset + len(job.items)]
            offset += len(job.items)
            if not job.future.done():
                job.future.set_result(part)
