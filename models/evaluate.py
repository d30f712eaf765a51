"""Score any configured sentiment or stance model on the public evaluation splits.

The point is comparison: the shipped default, a Hugging Face hub model, a local folder and the
classic lexicon baselines all go through the same readers (models/corpora.py), the same
prediction files and the same shared scorers, so their figures can be put side by side.

    python models/evaluate.py --data ../shared/data --task sentiment --model shipped:sentiment-minilm --out runs/eval/
    python models/evaluate.py --data ../shared/data --task stance --model shipped:stance-minilm --out runs/eval/
    python models/evaluate.py --data ../shared/data --task sentiment --baseline vader --out runs/eval/
    python models/evaluate.py --data ../shared/data --task stance --model shipped:stance-minilm \\
        --gold models/checks/news_stance.jsonl --sets none      # your own labelled turns only
    STANCE_NLI_LABELS=contradiction,neutral,entailment \\
        python models/evaluate.py --data ../shared/data --task stance --model /path/to/nli-model --out runs/eval/

Evaluation sets (dev ones are for development; report test figures as test figures):

    sentiment  newsmtsc dev_rw, dev_mt (dev; the NewsMTSC test splits are withheld),
               semeval2007_headlines trial (dev), test (test; Pearson r of the score is its main figure)
    stance     emergent test, rumoureval2019 dev and test, fnc1 test (related pairs only)

For each set the command writes the predictions in the scorers' formats (sentiment rows
{"id", "label", "score"}, stance rows {"id", "label"}) into OUT/<model>/<task>/, runs the shared
scorer scripts on them (as separate processes, exactly as a user would), prints a table and writes
every figure to OUT/<model>/<task>/results.json.

Scoring uses the dataset's own gold file, so every model is scored on the same rows. Rows that the
readers skip (RumourEval posts whose text was deleted) get no prediction and the scorer counts them
as "neutral", its rule for missing rows; the "missing" column shows how many there were.
With --limit the first N examples of each set are scored against a gold file cut to those rows,
which is only for a quick look: those figures are not comparable with full runs.

Sentiment models get the sentence alone, read as /v1/classify reads a turn: a leading transcript
label ('NAME: ') and the attribution around one speaker's quotation are left out
(service/segmenter/content.py); --raw-text gives them the text as it is. NewsMTSC labels sentiment
toward a target person; --with-targets passes (sentence, target) pairs to models that accept them
(the shipped model's predict_with_targets) to measure that use as well.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from models.corpora import SentimentExample, StanceExample, load_gold_file, load_sentiment, load_stance  # noqa: E402
from service.segmenter.content import said_text  # noqa: E402
from service.settings import Settings  # noqa: E402
from service.types import ModelInfo, Sentiment, StanceQuery  # noqa: E402

# How many examples go to one predict() call: large enough for the models to batch well, small
# enough to show progress on long sets.
CHUNK = 256


@dataclass(frozen=True)
class EvalSet:
    """One dataset split to score: where the readers find it and where the gold file is."""

    task: str  # "sentiment" or "stance"
    group: str  # folder under the data dir: "sentiment" or "stance"
    name: str
    split: str
    role: str  # "dev" or "test"
    gold_file: str  # file name of the gold JSONL in data/group/name/

    @property
    def key(self) -> str:
        return f"{self.name}-{self.split}"


EVAL_SETS: tuple[EvalSet, ...] = (
    EvalSet("sentiment", "sentiment", "newsmtsc", "dev_rw", "dev", "dev_rw.jsonl"),
    EvalSet("sentiment", "sentiment", "newsmtsc", "dev_mt", "dev", "dev_mt.jsonl"),
    EvalSet("sentiment", "sentiment", "semeval2007_headlines", "trial", "dev", "trial.jsonl"),
    EvalSet("sentiment", "sentiment", "semeval2007_headlines", "test", "test", "test.jsonl"),
    EvalSet("stance", "stance", "emergent", "test", "test", "test.jsonl"),
    EvalSet("stance", "stance", "rumoureval2019", "dev", "dev", "dev.jsonl"),
    EvalSet("stance", "stance", "rumoureval2019", "test", "test", "test.jsonl"),
    EvalSet("stance", "stance", "fnc1", "test", "test", "test.compact.jsonl"),
)


# ---------------------------------------------------------------------------------------------
# Lexicon baselines: the figures any learned model should beat
# ---------------------------------------------------------------------------------------------


class VaderBaseline:
    """VADER's compound score as the sentiment score; labels by VADER's documented +-0.05 cut-offs."""

    def __init__(self) -> None:
        try:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        except ImportError as exc:
            raise SystemExit(
                "--baseline vader needs the vaderSentiment package: pip install vaderSentiment"
            ) from exc
        self._analyzer = SentimentIntensityAnalyzer()
        self.info = ModelInfo(
            name="vader", revision=_version("vaderSentiment"), kind="lexicon", source="baseline:vader"
        )

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        results = []
        for text in texts:
            compound = float(self._analyzer.polarity_scores(text)["compound"])
            results.append(_lexicon_sentiment(compound, neutral_band=0.05))
        return results


class TextBlobBaseline:
    """TextBlob's pattern-lexicon polarity as the score; any non-zero polarity picks a side."""

    def __init__(self) -> None:
        try:
            from textblob import TextBlob
        except ImportError as exc:
            raise SystemExit("--baseline textblob needs the textblob package: pip install textblob") from exc
        self._blob = TextBlob
        self.info = ModelInfo(
            name="textblob", revision=_version("textblob"), kind="lexicon", source="baseline:textblob"
        )

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        return [
            _lexicon_sentiment(float(self._blob(text).sentiment.polarity), neutral_band=0.0) for text in texts
        ]


def _lexicon_sentiment(score: float, neutral_band: float) -> Sentiment:
    """A lexicon score in [-1, 1] as a Sentiment. Lexicons have no probabilities: confidence = |score|."""
    if score > neutral_band:
        label = "positive"
    elif score < -neutral_band:
        label = "negative"
    else:
        label = "neutral"
    return Sentiment(label=label, score=max(-1.0, min(1.0, score)), confidence=abs(score))


def _version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


BASELINES: dict[str, Callable[[], Any]] = {"vader": VaderBaseline, "textblob": TextBlobBaseline}


# ---------------------------------------------------------------------------------------------
# Predictions
# ---------------------------------------------------------------------------------------------


def sentiment_rows(
    model: Any, examples: Sequence[SentimentExample], with_targets: bool, raw_text: bool = False
) -> list[dict]:
    """Prediction rows {"id", "label", "score"} in the sentiment scorer's format.

    Without targets a text is read as /v1/classify reads a turn (service.segmenter.content: what
    was said, without a transcript label or the attribution around a quotation) unless raw_text.
    """
    rows: list[dict] = []
    for start in range(0, len(examples), CHUNK):
        chunk = examples[start : start + CHUNK]
        if with_targets:
            results = model.predict_with_targets([(ex.text, ex.target) for ex in chunk])
        else:
            results = model.predict([ex.text if raw_text else said_text(ex.text) for ex in chunk])
        rows.extend(
            {"id": ex.id, "label": r.label, "score": round(r.score, 6)}
            for ex, r in zip(chunk, results, strict=True)
        )
    return rows


def stance_rows(model: Any, examples: Sequence[StanceExample]) -> list[dict]:
    """Prediction rows {"id", "label"} in the stance scorer's format (probabilities kept for analysis)."""
    rows: list[dict] = []
    for start in range(0, len(examples), CHUNK):
        chunk = examples[start : start + CHUNK]
        results = model.predict(
            [StanceQuery(topic=ex.topic, text=ex.text, context=ex.context) for ex in chunk]
        )
        rows.extend(
            {
                "id": ex.id,
                "label": r.label,
                "probabilities": {k: round(v, 6) for k, v in r.probabilities.items()},
            }
            for ex, r in zip(chunk, results, strict=True)
        )
    return rows


def write_jsonl(path: Path, rows: Sequence[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def limited_gold(gold: Path, ids: set[str], out: Path) -> Path:
    """A copy of the gold file cut to the given ids (only for --limit runs)."""
    with gold.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    write_jsonl(out, [row for row in rows if str(row["id"]) in ids])
    return out


def run_scorer(scorers: Path, task: str, gold: Path, predictions: Path) -> dict:
    """Run shared/eval/score_<task>.py as its own process and return its JSON figures."""
    script = scorers / f"score_{task}.py"
    if not script.is_file():
        raise SystemExit(f"scorer {script} not found; pass --scorers")
    done = subprocess.run(
        [sys.executable, str(script), str(gold), str(predictions)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{script.name} failed on {predictions}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# Command
# ---------------------------------------------------------------------------------------------


def load_model(args: argparse.Namespace) -> Any:
    if args.baseline:
        if args.task != "sentiment":
            raise SystemExit("--baseline is for --task sentiment only")
        return BASELINES[args.baseline]()
    from service.classifiers import ModelLoadError, load_sentiment_model, load_stance_model

    # Settings also reads STANCE_* from the environment (e.g. STANCE_NLI_LABELS, STANCE_TORCH_THREADS).
    overrides: dict[str, Any] = {"batch_size": args.batch_size, "hf_offline": not args.allow_download}
    if args.threads:
        overrides["torch_threads"] = args.threads
    try:
        if args.task == "sentiment":
            return load_sentiment_model(Settings(sentiment_model=args.model, **overrides))
        return load_stance_model(Settings(stance_model=args.model, **overrides))
    except ModelLoadError as exc:
        raise SystemExit(f"cannot load {args.model}: {exc}") from None


def slug(text: str) -> str:
    """A folder name for a model spec: 'hf:org/name@rev' -> 'hf-org-name-rev'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "model"


def predict_and_score(
    model: Any, examples: Sequence[Any], gold: Path, key: str, out: Path, scorers: Path, args: argparse.Namespace
) -> dict:
    """Predict every example, write OUT/<key>.predictions.jsonl and return the shared scorer's figures."""
    t0 = time.perf_counter()
    if args.task == "sentiment":
        rows = sentiment_rows(model, examples, args.with_targets, args.raw_text)
    else:
        rows = stance_rows(model, examples)
    seconds = time.perf_counter() - t0
    predictions = out / f"{key}.predictions.jsonl"
    write_jsonl(predictions, rows)
    figures = run_scorer(scorers, args.task, gold, predictions)
    figures.update(
        predicted=len(rows),
        seconds=round(seconds, 2),
        examples_per_s=round(len(rows) / seconds, 1) if seconds > 0 else None,
    )
    return figures


def evaluate(args: argparse.Namespace) -> dict:
    data = Path(args.data).resolve()
    scorers = Path(args.scorers).resolve()
    roles = {role.strip() for role in args.splits.split(",")}
    sets = [s for s in EVAL_SETS if s.task == args.task and s.role in roles]
    if args.sets:
        wanted = {name.strip() for name in args.sets.split(",")}
        sets = [s for s in sets if s.name in wanted or s.key in wanted]
    if not sets and not args.gold:
        raise SystemExit("no evaluation set selected; check --splits, --sets and --gold")

    # Piped output (a log file, CI) gets a wide table instead of rich's default 80 columns.
    console = Console() if sys.stdout.isatty() else Console(width=160)
    started = time.perf_counter()
    model = load_model(args)
    load_s = time.perf_counter() - started
    info: ModelInfo = model.info
    if args.with_targets and not hasattr(model, "predict_with_targets"):
        raise SystemExit(f"--with-targets: {info.source} ({info.kind}) takes no targets")
    suffix = ("-targets" if args.with_targets else "") + ("-raw" if args.raw_text else "")
    run_name = args.name or slug(info.source) + suffix
    out = Path(args.out) / run_name / args.task
    console.print(f"[bold]{info.source}[/] ({info.kind}, revision {info.revision}) loaded in {load_s:.1f} s")

    results: dict[str, Any] = {}
    for eval_set in sets:
        if args.task == "sentiment":
            examples: Sequence[Any] = load_sentiment(data, eval_set.name, eval_set.split)
        else:
            examples = load_stance(data, eval_set.name, eval_set.split)
        examples = [ex for ex in examples if ex.label is not None]
        if args.limit:
            examples = examples[: args.limit]
        gold = data / eval_set.group / eval_set.name / eval_set.gold_file
        if args.limit:
            gold = limited_gold(gold, {ex.id for ex in examples}, out / f"{eval_set.key}.gold-limited.jsonl")
        results[eval_set.key] = predict_and_score(model, examples, gold, eval_set.key, out, scorers, args)
        results[eval_set.key]["role"] = eval_set.role
        console.print(f"  {eval_set.key}: {len(examples)} predictions in {results[eval_set.key]['seconds']:.1f} s")

    for gold_path in args.gold:
        examples, gold_rows = load_gold_file(gold_path, args.task)
        key = "gold-" + slug(Path(gold_path).stem)
        gold = out / f"{key}.gold.jsonl"
        write_jsonl(gold, gold_rows)
        results[key] = predict_and_score(model, examples, gold, key, out, scorers, args)
        results[key].update(role="user", file=str(gold_path))
        console.print(f"  {key}: {len(examples)} predictions in {results[key]['seconds']:.1f} s")

    report = {
        "task": args.task,
        "model": asdict(info),
        "with_targets": bool(args.with_targets),
        "raw_text": bool(args.raw_text),
        "limit": args.limit,
        "data": str(data),
        "scorers": str(scorers),
        "load_seconds": round(load_s, 2),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "results": results,
    }
    (out / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(results_table(report))
    console.print(f"predictions and results.json in {out}")
    return report


def results_table(report: dict) -> Table:
    stance = report["task"] == "stance"
    title = f"{report['task']}: {report['model']['source']}" + (
        " (with targets)" if report["with_targets"] else ""
    )
    if report["limit"]:
        title += f" [first {report['limit']} per set: not comparable]"
    table = Table(title=title)
    columns = ["set", "role", "n", "missing", "accuracy", "macro-F1"]
    columns += ["F1 accusation", "F1 denial", "F1 neutral"] if stance else ["Pearson r"]
    columns += ["ex/s"]
    for column in columns:
        table.add_column(column, justify="left" if column in ("set", "role") else "right")
    for key, fig in report["results"].items():
        cells = [
            key,
            fig["role"],
            str(fig["n"]),
            str(fig["missing"]),
            f"{fig['accuracy']:.4f}",
            f"{fig['macro_f1']:.4f}",
        ]
        if stance:
            cells += [f"{fig[label]['f1']:.4f}" for label in ("accusation", "denial", "neutral")]
        else:
            cells += [f"{fig['pearson_r']:.4f}" if "pearson_r" in fig else "-"]
        cells += [str(fig["examples_per_s"] or "-")]
        table.add_row(*cells)
    return table


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="the shared data folder, e.g. ../shared/data")
    parser.add_argument("--task", required=True, choices=("sentiment", "stance"))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--model", help="a model spec: shipped:NAME, package:MODULE, hf:ORG/NAME@REV or a folder"
    )
    which.add_argument("--baseline", choices=sorted(BASELINES), help="a lexicon baseline (sentiment only)")
    parser.add_argument("--out", default="runs/eval", help="output folder (default runs/eval)")
    parser.add_argument(
        "--scorers",
        default=str(REPO_ROOT.parent / "shared" / "eval"),
        help="folder with score_sentiment.py and score_stance.py (default ../shared/eval beside the repo)",
    )
    parser.add_argument("--splits", default="dev,test", help="which roles to run: dev, test or dev,test")
    parser.add_argument(
        "--sets", default="", help="only these datasets or set keys, comma-separated (e.g. emergent)"
    )
    parser.add_argument(
        "--gold",
        action="append",
        default=[],
        help="also score this labelled JSONL (repeatable): stance rows {id?, text, topic, context?, label}, "
        "sentiment rows {id?, text, label, score?}; --sets none scores only these",
    )
    parser.add_argument(
        "--limit", type=int, default=0, help="score only the first N examples per set (a quick look)"
    )
    parser.add_argument(
        "--with-targets", action="store_true", help="give NewsMTSC targets to models that take them"
    )
    parser.add_argument(
        "--raw-text", action="store_true",
        help="sentiment reads each text as it is, frame included (default: as /v1/classify reads a turn)",
    )
    parser.add_argument("--batch-size", type=int, default=32, help="sequences per forward pass")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument(
        "--name", default="", help="run folder name under --out (default: from the model spec)"
    )
    parser.add_argument(
        "--allow-download", action="store_true", help="let hf: specs download (default: offline)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    evaluate(parse_args(argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
