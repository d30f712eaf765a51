"""Run the segmenter over PolNeAR-format gold and write scorer-format predictions.

    python models/eval_attribution.py --data ../shared/data/attribution/polnear --split dev \
        --out /tmp/preds.jsonl --score
    python models/eval_attribution.py --gold path/to/dev.jsonl --out /tmp/preds.jsonl

Each output line is {"id", "turns": [{"speaker": canonical name or null, "start", "end"}]}.
The command prints the mean milliseconds per article and per 5,000 characters
(segmenter only, one process, after warm-up), and with --score the scorer's JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from service.segmenter import segment, warm_up  # noqa: E402

DEFAULT_SCORER = REPO_ROOT.parent / "shared" / "eval" / "score_attribution.py"


def gold_path(args: argparse.Namespace) -> Path:
    """The gold JSONL: --gold wins; otherwise DATA/SPLIT.jsonl (DATA may itself be a file)."""
    if args.gold:
        return Path(args.gold)
    data = Path(args.data)
    return data if data.is_file() else data / f"{args.split}.jsonl"


def predict(article: dict) -> tuple[dict, float]:
    """Prediction row for one article and the seconds the segmenter took."""
    text = article.get("text") or ""
    t0 = time.perf_counter()
    seg = segment(text)
    elapsed = time.perf_counter() - t0
    names = {s.id: s.name for s in seg.speakers}
    turns = [
        {
            "speaker": names.get(t.speaker_id) if t.speaker_id else None,
            "start": t.start,
            "end": t.end,
            "kind": t.kind,
        }
        for t in seg.turns
    ]
    return {"id": article.get("id"), "turns": turns}, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data",
        default=str(REPO_ROOT.parent / "shared/data/attribution/polnear"),
        help="PolNeAR folder (with SPLIT.jsonl) or a .jsonl file",
    )
    parser.add_argument("--split", default="dev", help="split name inside --data (train, dev)")
    parser.add_argument("--gold", help="a gold .jsonl file (overrides --data/--split)")
    parser.add_argument("--out", required=True, help="where to write predictions (.jsonl)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--score", action="store_true", help="run the scorer on the predictions")
    parser.add_argument("--scorer", default=str(DEFAULT_SCORER), help="path of score_attribution.py")
    args = parser.parse_args(argv)

    path = gold_path(args)
    if path.name.startswith("test") or "holdout" in str(path):
        print(f"warning: {path} looks like held-out data; do not tune on it", file=sys.stderr)
    with path.open(encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        articles = articles[: args.limit]

    warm_up()
    total_s, total_chars = 0.0, 0
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for article in articles:
            row, elapsed = predict(article)
            total_s += elapsed
            total_chars += len(article.get("text") or "")
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    n = max(1, len(articles))
    print(f"articles: {len(articles)}  chars: {total_chars}")
    print(
        f"segmenter: {1000 * total_s / n:.1f} ms per article, "
        f"{1000 * total_s * 5000 / max(1, total_chars):.1f} ms per 5,000 characters"
    )
    print(f"predictions: {out}")
    if args.score:
        scored_gold = path
        if args.limit:
            # The scorer counts every gold article; with --limit, score against the same subset.
            scored_gold = out.with_name(out.stem + ".gold.jsonl")
            with scored_gold.open("w", encoding="utf-8") as f:
                for article in articles:
                    f.write(json.dumps(article, ensure_ascii=False) + "\n")
        result = subprocess.run(
            [sys.executable, args.scorer, str(scored_gold), str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(result.stdout.strip())
        if result.returncode != 0:
            print(result.stderr.strip(), file=sys.stderr)
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
