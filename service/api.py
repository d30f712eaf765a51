"""The HTTP API. create_app() builds a FastAPI app with its own runtime and metrics.

Every error leaves as application/problem+json (RFC 9457) with a detail that
says what to change; a 500 means a bug, and is logged with its traceback.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service import __version__
from service.errors import ProblemError
from service.metrics import Metrics
from service.pipeline import analyze, classify_texts
from service.runtime import Runtime
from service.schemas import (
    AnalyzeRequest,
    AnalyzeResponse,
    BatchItemError,
    BatchRequest,
    BatchResponse,
    ClassifyRequest,
    ClassifyResponse,
    ClassifyResult,
    ModelsResponse,
    Problem,
)
from service.segmenter.content import said_spans, text_of
from service.settings import Settings, get_settings
from service.validation import check_analyze_request, check_text, check_topics, parse_batch_item

log = logging.getLogger("stance_service")
PROBLEM_JSON = "application/problem+json"
ERROR_RESPONSES: dict[int | str, dict] = {
    code: {"model": Problem, "content": {PROBLEM_JSON: {}}} for code in (413, 415, 422, 503)
}


def create_app(settings: Settings | None = None, load_models: bool = True) -> FastAPI:
    """Build the app. load_models=False is for tests of the HTTP layer alone."""
    settings = settings or get_settings()
    metrics = Metrics()
    runtime = Runtime(settings, metrics)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loader = asyncio.create_task(_load(runtime)) if load_models else None
        yield
        if loader is not None:
            loader.cancel()
        await runtime.close()

    app = FastAPI(
        title="Stance and sentiment service",
        version=__version__,
        description="Speaker turns, stance toward topics (accusation / denial / neutral) and "
        "sentiment for news text and transcripts.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.runtime = runtime
    app.state.metrics = metrics
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes)
    _add_error_handlers(app)
    _add_metrics_middleware(app, metrics)

    def require_ready() -> Runtime:
        if runtime.state == "failed":
            raise ProblemError(503, f"models failed to load: {runtime.error}")
        if not runtime.ready:
            raise ProblemError(503, "models are still loading; retry shortly (GET /readyz says when).")
        return runtime

    @app.get("/healthz", tags=["operations"])
    async def healthz() -> dict:
        """The process is alive (models may still be loading)."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], responses={503: ERROR_RESPONSES[503]})
    async def readyz() -> Response:
        """200 once every model is loaded and warmed; 503 with the reason before that or on failure."""
        if runtime.ready:
            return JSONResponse({"status": "ready", "load_seconds": runtime.load_seconds})
        detail = (
            f"models failed to load: {runtime.error}" if runtime.state == "failed" else "models are loading"
        )
        return _problem(ProblemError(503, detail))

    @app.get("/metrics", tags=["operations"], include_in_schema=True)
    async def prometheus_metrics() -> Response:
        """Prometheus text format."""
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/models", tags=["models"], response_model=ModelsResponse)
    async def list_models() -> ModelsResponse:
        """What is loaded in each model slot."""
        return ModelsResponse(ready=runtime.ready, models=runtime.models_info(), error=runtime.error)

    @app.post("/v1/analyze", tags=["analysis"], response_model=AnalyzeResponse, responses=ERROR_RESPONSES)
    async def analyze_one(request: AnalyzeRequest) -> AnalyzeResponse:
        """Split a text into speaker turns and classify each turn's sentiment and stance."""
        ready = require_ready()
        request = check_analyze_request(request, settings)
        metrics.text_chars.observe(len(request.text))
        result = await analyze(request, ready, settings, ready.models_info())
        metrics.turns.inc(len(result.turns))
        return result

    @app.post("/v1/analyze/batch", tags=["analysis"], response_model=BatchResponse, responses=ERROR_RESPONSES)
    async def analyze_batch(body: BatchRequest) -> BatchResponse:
        """Analyse several documents concurrently; a failing document gets an error object in its place."""
        ready = require_ready()
        if len(body.documents) > settings.max_batch_documents:
            raise ProblemError(
                413,
                f"{len(body.documents)} documents; at most {settings.max_batch_documents} per batch "
                "(STANCE_MAX_BATCH_DOCUMENTS).",
            )
        models = ready.models_info()

        async def one(index: int, raw: object) -> AnalyzeResponse | BatchItemError:
            item_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
            try:
                request = parse_batch_item(raw, settings)
                metrics.text_chars.observe(len(request.text))
                return await analyze(request, ready, settings, models)
            except ProblemError as exc:
                return BatchItemError(index=index, id=item_id, error=Problem(**exc.to_dict()))

        results = await asyncio.gather(*(one(i, raw) for i, raw in enumerate(body.documents)))
        return BatchResponse(results=list(results))

    @app.post("/v1/classify", tags=["analysis"], response_model=ClassifyResponse, responses=ERROR_RESPONSES)
    async def classify(body: ClassifyRequest) -> ClassifyResponse:
        """Sentiment and stance for texts that are already speaker turns (no segmentation)."""
        ready = require_ready()
        if not body.texts:
            raise ProblemError(422, "texts is empty; send at least one text.")
        if len(body.texts) > settings.max_classify_texts:
            raise ProblemError(
                413, f"{len(body.texts)} texts; at most {settings.max_classify_texts} (STANCE_MAX_CLASSIFY_TEXTS)."
            )
        for i, text in enumerate(body.texts):
            check_text(text, settings, field=f"texts[{i}]")
        if body.contexts is not None and len(body.contexts) != len(body.texts):
            raise ProblemError(
                422, f"contexts has {len(body.contexts)} items; it must match texts ({len(body.texts)})."
            )
        topics = check_topics(body.topics, settings) or []
        contexts = body.contexts or [""] * len(body.texts)
        read = await asyncio.to_thread(lambda: [said_spans(t) for t in body.texts])
        said = [text_of(t, spans) for t, spans in zip(body.texts, read)]
        sentiments, stances, _ = await classify_texts(body.texts, contexts, topics, ready, settings, said)
        return ClassifyResponse(
            results=[
                ClassifyResult(text=t, sentiment=s, sentiment_read=r, stances=st)
                for t, s, r, st in zip(body.texts, sentiments, read, stances)
            ],
            models={k: v for k, v in ready.models_info().items() if k != "segmenter"},
        )

    return app


async def _load(runtime: Runtime) -> None:
    await asyncio.to_thread(runtime.load)
    if runtime.ready:
        runtime.start_batching()
    if runtime.metrics is not None:
        runtime.metrics.ready.set(1 if runtime.ready else 0)


def _problem(exc: ProblemError) -> JSONResponse:
    return JSONResponse(exc.to_dict(), status_code=exc.status, media_type=PROBLEM_JSON)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def on_problem(_: Request, exc: ProblemError) -> JSONResponse:
        return _problem(exc)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:5])
        return _problem(ProblemError(422, f"invalid request body: {summary}", errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _problem(ProblemError(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        body = {"type": "about:blank", "title": "Internal Server Error", "status": 500,
                "detail": f"unexpected {type(exc).__name__}; this is a bug, please report it."}  # fmt: skip
        return JSONResponse(body, status_code=500, media_type=PROBLEM_JSON)


def _add_metrics_middleware(app: FastAPI, metrics: Metrics) -> None:
    @app.middleware("http")
    async def measure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        metrics.requests.labels(path, str(response.status_code)).inc()
        metrics.latency.labels(path).observe(time.perf_counter() - started)
        return response


class RequestGuard:
    """Checks a POST body before any JSON parsing: JSON content type (415),
    size (413) and valid UTF-8 (400). Pure ASGI, so it can refuse a body
    early and replay an accepted one to the app unchanged."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if not (media_type == "application/json" or media_type.endswith("+json")):
            shown = media_type or "none"
            await _send_problem(send, ProblemError(415, f"content type {shown}; send application/json."))
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await _send_problem(send, self._too_large())
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await _send_problem(send, self._too_large())
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            detail = f"the body is not valid UTF-8 (byte {exc.start}); send UTF-8 encoded JSON."
            await _send_problem(send, ProblemError(400, detail))
            return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    def _too_large(self) -> ProblemError:
        return ProblemError(
            413, f"the request body is over {self.max_body_bytes:,} bytes (STANCE_MAX_BODY_BYTES)."
        )


async def _send_problem(send: Send, exc: ProblemError) -> None:
    await _problem(exc)({"type": "http"}, _never_receive, send)


async def _never_receive() -> Message:
    return {"type": "http.disconnect"}
