"""Prometheus metrics, kept in a registry per app so tests and workers do not share state."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.requests = Counter(
            "stance_http_requests", "HTTP requests by route and status.", ["route", "status"], registry=r
        )
        self.latency = Histogram(
            "stance_http_request_seconds",
            "HTTP request latency.",
            ["route"],
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.text_chars = Histogram(
            "stance_text_chars",
            "Characters per analysed text.",
            buckets=(100, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000),
            registry=r,
        )
        self.turns = Counter("stance_turns", "Speaker turns produced.", registry=r)
        self.batch_items = Histogram(
            "stance_model_batch_items",
            "Inputs per forward-pass batch.",
            ["model"],
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
            registry=r,
        )
        self.batch_requests = Histogram(
            "stance_model_batch_requests",
            "Requests merged into one batch.",
            ["model"],
            buckets=(1, 2, 3, 4, 6, 8, 16),
            registry=r,
        )
        self.ready = Gauge("stance_models_ready", "1 when every model is loaded and warmed.", registry=r)
