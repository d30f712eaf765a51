"""Command line: `stance-service serve` runs the API; `stance-service analyze` runs the
same pipeline in-process on a file, standard input or a JSONL batch."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from service.errors import ProblemError
from service.pipeline import analyze as run_pipeline
from service.runtime import Runtime
from service.schemas import AnalyzeRequest, AnalyzeResponse
from service.settings import get_settings
from service.validation import check_analyze_request, parse_batch_item

app = typer.Typer(add_completion=False, help="Speaker turns, stance and sentiment for news text.")
err = Console(stderr=True)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default: STANCE_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: STANCE_PORT).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: STANCE_WORKERS).")] = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "service.api:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers or settings.workers,
        log_level=settings.log_level,
        timeout_graceful_shutdown=30,
    )


@app.command()
def analyze(
    source: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    topic: Annotated[list[str] | None, typer.Option("--topic", "-t", help="A topic; repeat for more.")] = None,
    no_topics: Annotated[bool, typer.Option(help="No stance at all (no suggested topics either).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="auto, article or transcript.")] = "auto",
    output: Annotated[str, typer.Option(help="json or table.")] = "json",
    jsonl: Annotated[
        bool, typer.Option(help="SOURCE is JSONL: one analyze request per line; writes one result per line.")
    ] = False,
) -> None:
    """Analyse a text in-process (no server needed) and print JSON or a readable table."""
    if fmt not in ("auto", "article", "transcript") or output not in ("json", "table"):
        raise typer.BadParameter("--format is auto|article|transcript and --output is json|table")
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    runtime = _load_runtime()
    if jsonl:
        _analyze_jsonl(raw, runtime)
        return
    topics = [] if no_topics else (topic or None)
    try:
        request = check_analyze_request(
            AnalyzeRequest(text=raw, topics=topics, format=fmt), runtime.settings  # type: ignore[arg-type]
        )
    except ProblemError as exc:
        err.print(f"[red]error:[/red] {exc.detail}")
        raise typer.Exit(2) from exc
    result = asyncio.run(_analyze(request, runtime))
    if output == "json":
        sys.stdout.write(orjson.dumps(result.model_dump(), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _print_table(result)


@app.command()
def bench(
    source: Annotated[Path, typer.Argument(help="A text file to analyse repeatedly.")],
    topic: Annotated[list[str] | None, typer.Option("--topic", "-t", help="A topic; repeat for more.")] = None,
    repeat: Annotated[int, typer.Option(min=1, help="Timed runs of each kind.")] = 10,
) -> None:
    """Print each pipeline stage's latency on one text, in-process, after loading and warming the models.

    "new text" runs forget every encoded segment first, as for an article the service has not seen:
    that is the latency to quote. "repeated text" runs keep the encoder caches, as when the same
    text comes back (for example with other topics)."""
    import statistics

    text = source.read_text(encoding="utf-8")
    runtime = _load_runtime()
    request = check_analyze_request(AnalyzeRequest(text=text, topics=topic or None), runtime.settings)

    def clear_caches() -> None:
        for model in (runtime.sentiment_model, runtime.stance_model):
            getattr(model, "clear_cache", lambda: None)()  # hub models keep no cache

    async def timed_runs() -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        new, repeated = [], []
        for _ in range(repeat):
            clear_caches()
            result = await run_pipeline(request, runtime, runtime.settings, runtime.models_info())
            new.append(result.timing_ms | {"turns": float(len(result.turns))})
        for _ in range(repeat):
            result = await run_pipeline(request, runtime, runtime.settings, runtime.models_info())
            repeated.append(result.timing_ms)
        await runtime.close()
        return new, repeated

    new, repeated = asyncio.run(timed_runs())
    table = Table(title=f"{source.name}: {len(text):,} chars, {int(new[0]['turns'])} turns, {repeat} runs of each kind")
    for column in ("stage", "new text: median ms", "min ms", "max ms", "first ms", "repeated text: median ms"):
        table.add_column(column)
    for stage in ("segment", "sentiment", "stance", "total"):
        values = [r[stage] for r in new]
        table.add_row(
            stage,
            f"{statistics.median(values):.1f}",
            f"{min(values):.1f}",
            f"{max(values):.1f}",
            f"{values[0]:.1f}",
            f"{statistics.median(r[stage] for r in repeated):.1f}",
        )
    Console().print(table)


def _load_runtime() -> Runtime:
    runtime = Runtime(get_settings())
    with err.status("loading models..."):
        runtime.load()
    if not runtime.ready:
        err.print(f"[red]models failed to load:[/red] {runtime.error}")
        raise typer.Exit(1)
    return runtime


async def _analyze(request: AnalyzeRequest, runtime: Runtime) -> AnalyzeResponse:
    try:
        return await run_pipeline(request, runtime, runtime.settings, runtime.models_info())
    finally:
        await runtime.close()


def _analyze_jsonl(raw: str, runtime: Runtime) -> None:
    """One request per line; a bad line yields an error object on its own line, never a stop."""
    lines = [line for line in raw.splitlines() if line.strip()]

    async def run_all() -> None:
        with Progress(console=err) as progress:
            task = progress.add_task("analysing", total=len(lines))
            for number, line in enumerate(lines, start=1):
                try:
                    request = parse_batch_item(orjson.loads(line), runtime.settings)
                    row = (await run_pipeline(request, runtime, runtime.settings, runtime.models_info())).model_dump()
                except orjson.JSONDecodeError as exc:
                    row = {"line": number, "error": {"status": 400, "detail": f"invalid JSON: {exc}"}}
                except ProblemError as exc:
                    row = {"line": number, "error": exc.to_dict()}
                sys.stdout.write(orjson.dumps(row).decode() + "\n")
                progress.advance(task)
        await runtime.close()

    asyncio.run(run_all())


def _print_table(result: AnalyzeResponse) -> None:
    console = Console()
    table = Table(title="Speaker turns", show_lines=True)
    for column in ("#", "speaker", "kind", "sentiment", *[t.topic for t in result.topics]):
        table.add_column(column, max_width=18)
    table.add_column("text", min_width=40, ratio=1)
    for turn in result.turns:
        table.add_row(
            str(turn.index),
            turn.speaker.name if turn.speaker else "-",
            turn.kind,
            f"{turn.sentiment.label} {turn.sentiment.score:+.2f}",
            *[f"{s.label} {s.confidence:.2f}" for s in turn.stances],
            turn.text if len(turn.text) < 160 else turn.text[:157] + "...",
        )
    console.print(table)
    speakers = Table(title="Speakers")
    for column in ("speaker", "role", "turns", "sentiment", *[t.topic for t in result.topics]):
        speakers.add_column(column)
    for s in result.speakers:
        speakers.add_row(
            s.name,
            s.role or "-",
            str(len(s.turns)),
            f"{s.sentiment.label} {s.sentiment.score:+.2f}",
            *[f"{st.label} {st.confidence:.2f} {st.evidence}" for st in s.stances],
        )
    console.print(speakers)



if __name__ == "__main__":
    app()
