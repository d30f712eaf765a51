"""Hugging Face sequence-classification models as alternatives to the shipped classifiers.

Users with network access (or a warm HF_HOME cache) can point the service at a hub model or a
local Hugging Face folder instead of the small shipped artifacts:

    STANCE_SENTIMENT_MODEL=hf:cardiffnlp/twitter-roberta-base-sentiment-latest@<revision>
    STANCE_STANCE_MODEL=hf:facebook/bart-large-mnli@<revision>

Two adapters live here:

* HFSentimentModel: any 2-, 3- (or more-) class sentiment classifier. Each class index is mapped to
  negative / neutral / positive, from the config's label names or from STANCE_SENTIMENT_LABELS.
* ZeroShotNLIStanceModel: any NLI (entailment) classifier, used zero-shot: the turn is the premise,
  and sentences such as "This text accuses someone of {topic}." are the hypotheses. How the
  entailment scores become accusation / denial / neutral probabilities is described on the class.

Loading is deliberately strict: safetensors weights only, no remote code, and a model whose
classification head is missing from the checkpoint is refused rather than run with random weights.
Everything that can go wrong at load time raises ModelLoadError with a message that says what to fix.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import torch
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from service.classifiers.base import ModelLoadError
from service.classifiers.sources import ModelSource
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

LOG = logging.getLogger(__name__)

# Longest input we ever build, in tokens. Most hub encoders were trained with 512 positions; the
# tokenizer's and the config's own limits lower it further when they are smaller.
MAX_TOKENS = 512

NLILabel = Literal["entailment", "neutral", "contradiction", "not_entailment"]
NLI_LABELS: tuple[NLILabel, ...] = ("entailment", "neutral", "contradiction", "not_entailment")

# Label names seen in hub configs, lower-cased, mapped to ours. Anything else needs an explicit
# STANCE_SENTIMENT_LABELS / STANCE_NLI_LABELS setting.
SENTIMENT_ALIASES: dict[str, SentimentLabel] = {
    "negative": "negative",
    "neg": "negative",
    "very negative": "negative",
    "very_negative": "negative",
    "neutral": "neutral",
    "neu": "neutral",
    "positive": "positive",
    "pos": "positive",
    "very positive": "positive",
    "very_positive": "positive",
}
NLI_ALIASES: dict[str, NLILabel] = {
    "entailment": "entailment",
    "entailed": "entailment",
    "entails": "entailment",
    "entail": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction",
    "contradicts": "contradiction",
    "contradict": "contradiction",
    "not_entailment": "not_entailment",
    "not entailment": "not_entailment",
    "not-entailment": "not_entailment",
    "non_entailment": "not_entailment",
    "non-entailment": "not_entailment",
}

# The label names transformers invents when a config has none: LABEL_0, LABEL_1, ...
_GENERIC_LABEL = re.compile(r"label_?\d+", re.IGNORECASE)

# Hypothesis templates for zero-shot stance; "{topic}" is replaced by the query's topic.
DEFAULT_STANCE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "accusation": ("This text accuses someone of {topic}.", "{topic} happened."),
    "denial": ("This text denies {topic}.", "{topic} did not happen."),
}


# --------------------------------------------------------------------------------------------
# Label mapping
# --------------------------------------------------------------------------------------------


def config_label_names(config: Any) -> list[str]:
    """The class names of a model, by class index, as its config states them.

    id2label is the authority. Some configs keep transformers' placeholder names (LABEL_0...) in
    id2label but real names in label2id; in that case the label2id names are used.
    """
    num_labels = int(config.num_labels)
    id2label = {int(k): str(v) for k, v in (config.id2label or {}).items()}
    names = [id2label.get(i, f"LABEL_{i}") for i in range(num_labels)]
    if all(_GENERIC_LABEL.fullmatch(name) for name in names):
        from_label2id = {int(v): str(k) for k, v in (config.label2id or {}).items()}
        alternative = [from_label2id.get(i, names[i]) for i in range(num_labels)]
        if not all(_GENERIC_LABEL.fullmatch(name) for name in alternative):
            return alternative
    return names


def parse_label_setting(value: str, allowed: Sequence[str], num_labels: int, setting: str) -> list[str]:
    """Parse an explicit 'label,label,...' setting: one of `allowed` per class index, in index order."""
    labels = [part.strip().lower() for part in value.split(",")]
    if len(labels) != num_labels:
        raise ModelLoadError(
            f"{setting}={value!r} names {len(labels)} labels but the model has {num_labels} classes;"
            f" give one label per class index, in index order"
        )
    unknown = sorted({label for label in labels if label not in allowed})
    if unknown:
        raise ModelLoadError(f"{setting}={value!r}: unknown label(s) {unknown}; use {', '.join(allowed)}")
    return labels


def map_sentiment_labels(names: Sequence[str], explicit: str = "") -> list[SentimentLabel]:
    """Our sentiment label for each class index of a model.

    Order of precedence: the explicit setting (STANCE_SENTIMENT_LABELS), then the config's names
    (case-insensitive, with the aliases above), then, for placeholder names LABEL_0..LABEL_n only,
    the near-universal convention that sentiment classes are ordered by valence: 2 classes are
    negative, positive and 3 classes are negative, neutral, positive (SST-2, TweetEval, cardiffnlp).
    Several classes may share a label (e.g. a 5-star model: negative,negative,neutral,positive,positive);
    their probabilities are added. Both negative and positive must be present.
    """
    setting = "STANCE_SENTIMENT_LABELS"
    mapped: list[SentimentLabel]
    if explicit.strip():
        mapped = parse_label_setting(explicit, SENTIMENT_LABELS, len(names), setting)  # type: ignore[assignment]
    elif all(name.strip().lower() in SENTIMENT_ALIASES for name in names):
        mapped = [SENTIMENT_ALIASES[name.strip().lower()] for name in names]
    elif all(_GENERIC_LABEL.fullmatch(name) for name in names) and len(names) in (2, 3):
        mapped = ["negative", "positive"] if len(names) == 2 else ["negative", "neutral", "positive"]
        LOG.warning(
            "sentiment model has placeholder labels %s; assuming %s (set %s to override)",
            list(names),
            ",".join(mapped),
            setting,
        )
    else:
        raise ModelLoadError(
            f"cannot map the sentiment model's labels {list(names)} to negative / neutral / positive;"
            f" set {setting} to one label per class index, e.g. {setting}="
            + ",".join(_example_labels(len(names), SENTIMENT_LABELS))
        )
    if "negative" not in mapped or "positive" not in mapped:
        raise ModelLoadError(
            f"sentiment labels {mapped} (from {list(names)}) need both a negative and a positive class;"
            f" check {setting}"
        )
    return mapped


def map_nli_labels(names: Sequence[str], explicit: str = "") -> list[NLILabel]:
    """Our NLI label for each class index of a model.

    Order of precedence: the explicit setting (STANCE_NLI_LABELS), then the config's names
    (ENTAILMENT / entailment / not_entailment ..., case-insensitive). Unlike sentiment there is no
    safe convention for placeholder names: roberta-large-mnli and bart-large-mnli put entailment
    last, many DeBERTa NLI models put it first. So LABEL_n models need the setting.
    Exactly one class must be entailment; the others may be neutral, contradiction or not_entailment.
    """
    setting = "STANCE_NLI_LABELS"
    mapped: list[NLILabel]
    if explicit.strip():
        mapped = parse_label_setting(explicit, NLI_LABELS, len(names), setting)  # type: ignore[assignment]
    elif all(name.strip().lower() in NLI_ALIASES for name in names):
        mapped = [NLI_ALIASES[name.strip().lower()] for name in names]
    else:
        raise ModelLoadError(
            f"cannot tell which of the NLI model's labels {list(names)} is entailment;"
            f" set {setting} to one label per class index (entailment / neutral / contradiction /"
            f" not_entailment), e.g. {setting}=" + ",".join(_example_labels(len(names), NLI_LABELS[:3]))
        )
    if mapped.count("entailment") != 1 or len(mapped) < 2:
        raise ModelLoadError(
            f"NLI labels {mapped} (from {list(names)}) must have exactly one entailment class"
            f" and at least one other; check {setting}"
        )
    return mapped


def _example_labels(count: int, labels: Sequence[str]) -> list[str]:
    return [labels[i % len(labels)] for i in range(count)]


# --------------------------------------------------------------------------------------------
# Loading and batched inference shared by both adapters
# --------------------------------------------------------------------------------------------


@dataclass
class _LoadedModel:
    tokenizer: PreTrainedTokenizerBase
    model: PreTrainedModel
    max_length: int


def _load_classifier(source: ModelSource) -> _LoadedModel:
    """Load tokenizer and classifier from a resolved folder, refusing anything unsafe or incomplete."""
    if not any(source.path.glob("*.safetensors")):
        raise ModelLoadError(
            f"{source.spec}: no *.safetensors weights in {source.path} (pickled weights are refused)"
        )
    try:
        tokenizer = AutoTokenizer.from_pretrained(source.path, trust_remote_code=False)
        model, info = AutoModelForSequenceClassification.from_pretrained(
            source.path,
            use_safetensors=True,
            trust_remote_code=False,
            dtype=torch.float32,
            output_loading_info=True,
        )
    except ModelLoadError:
        raise
    except Exception as exc:  # transformers raises OSError, ValueError, KeyError... all mean "cannot load"
        raise ModelLoadError(
            f"{source.spec}: cannot load a sequence-classification model from {source.path}: {exc}"
        ) from exc
    missing = sorted(info.get("missing_keys") or [])
    if missing:
        # A base encoder loads "fine" with a freshly initialised head: its predictions would be noise.
        raise ModelLoadError(
            f"{source.spec}: the checkpoint lacks weights {missing[:5]}{'...' if len(missing) > 5 else ''};"
            f" it is not a fine-tuned sequence-classification model"
        )
    if tokenizer.pad_token is None:
        # Decoder-style classifiers (GPT-2 family) ship without a padding token; batching needs one.
        if tokenizer.eos_token is None:
            raise ModelLoadError(
                f"{source.spec}: the tokenizer has neither a padding nor an end-of-text token"
            )
        tokenizer.pad_token = tokenizer.eos_token
        model.config.pad_token_id = tokenizer.pad_token_id
    model.eval()
    return _LoadedModel(tokenizer, model, _max_length(tokenizer, model))


def _max_length(tokenizer: PreTrainedTokenizerBase, model: PreTrainedModel) -> int:
    """The longest sequence we feed: MAX_TOKENS, lowered by the tokenizer's and the model's limits."""
    limits = [MAX_TOKENS, int(min(tokenizer.model_max_length, 10**9))]
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limits.append(positions)
    return min(limits)


def _apply_thread_setting(settings: Settings) -> None:
    if settings.torch_threads > 0:
        torch.set_num_threads(settings.torch_threads)


def _batched_probabilities(
    loaded: _LoadedModel,
    encode: Callable[[list[int]], dict[str, list[list[int]]]],
    count: int,
    batch_size: int,
) -> torch.Tensor:
    """Softmax class probabilities for `count` inputs, shape (count, num_labels), in input order.

    `encode(indices)` tokenizes the inputs with those indices (without padding). All inputs are
    tokenized once to learn their lengths, then run longest first in batches of similar length,
    so that little compute goes to padding; results are put back in input order.
    """
    if count == 0:
        return torch.zeros((0, int(loaded.model.config.num_labels)))
    encodings = encode(list(range(count)))
    lengths = [len(ids) for ids in encodings["input_ids"]]
    order = sorted(range(count), key=lambda i: -lengths[i])
    probabilities = torch.empty((count, int(loaded.model.config.num_labels)))
    with torch.inference_mode():
        for start in range(0, count, batch_size):
            batch = order[start : start + batch_size]
            features = [{key: values[i] for key, values in encodings.items()} for i in batch]
            inputs = loaded.tokenizer.pad(features, padding=True, return_tensors="pt")
            logits = loaded.model(**inputs).logits.float()
            probabilities[batch] = torch.softmax(logits, dim=-1)
    return probabilities


# --------------------------------------------------------------------------------------------
# Sentiment
# --------------------------------------------------------------------------------------------


class HFSentimentModel:
    """Sentiment from any hub sequence classifier whose classes map to negative / neutral / positive.

    The model's class probabilities are summed per mapped label (a 2-class model gives neutral 0).
    label = the most probable of the three, confidence = its probability (the model's own softmax,
    not recalibrated), score = P(positive) - P(negative), which lies in [-1, 1].
    """

    def __init__(
        self,
        loaded: _LoadedModel,
        class_labels: Sequence[SentimentLabel],
        info: ModelInfo,
        batch_size: int = 32,
    ) -> None:
        self._loaded = loaded
        self.info = info
        self.batch_size = batch_size
        self.class_labels: tuple[SentimentLabel, ...] = tuple(class_labels)
        # (num_classes, 3) 0/1 matrix: class probabilities @ matrix = negative/neutral/positive probabilities.
        self._to_labels = torch.zeros((len(class_labels), len(SENTIMENT_LABELS)))
        for index, label in enumerate(class_labels):
            self._to_labels[index, SENTIMENT_LABELS.index(label)] = 1.0

    @classmethod
    def load(cls, source: ModelSource, settings: Settings) -> HFSentimentModel:
        _apply_thread_setting(settings)
        loaded = _load_classifier(source)
        names = config_label_names(loaded.model.config)
        try:
            class_labels = map_sentiment_labels(names, settings.sentiment_labels)
        except ModelLoadError as exc:
            raise ModelLoadError(f"{source.spec}: {exc}") from None
        info = ModelInfo(
            name=source.name, revision=source.revision, kind="hf-sequence-classification", source=source.spec
        )
        LOG.info("sentiment model %s: classes %s -> %s", source.spec, names, list(class_labels))
        return cls(loaded, class_labels, info, settings.batch_size)

    def label_probabilities(self, texts: Sequence[str]) -> torch.Tensor:
        """P(negative), P(neutral), P(positive) for each text: shape (len(texts), 3), in order."""
        texts = list(texts)
        tokenizer, max_length = self._loaded.tokenizer, self._loaded.max_length

        def encode(indices: list[int]) -> dict[str, list[list[int]]]:
            return dict(tokenizer([texts[i] for i in indices], truncation=True, max_length=max_length))

        class_probabilities = _batched_probabilities(self._loaded, encode, len(texts), self.batch_size)
        return class_probabilities @ self._to_labels

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        results: list[Sentiment] = []
        for row in self.label_probabilities(texts).tolist():
            best = max(range(len(SENTIMENT_LABELS)), key=lambda i: row[i])
            score = max(-1.0, min(1.0, row[2] - row[0]))
            results.append(Sentiment(label=SENTIMENT_LABELS[best], score=score, confidence=row[best]))
        return results


# --------------------------------------------------------------------------------------------
# Zero-shot stance
# --------------------------------------------------------------------------------------------


class ZeroShotNLIStanceModel:
    """Stance toward a topic from any NLI model, used zero-shot.

    Method, for each query (topic, turn, context):

    1. Premise: the turn, with its context before it ("context turn"). When the pair would be too
       long for the model, the context is cut from the left (its start goes first, since its end is
       what the turn answers); the turn itself is never shortened for the context's sake. Only a turn
       that alone exceeds the model's limit loses its end.
    2. Hypotheses: every template of DEFAULT_STANCE_TEMPLATES with the topic filled in, e.g.
       accusation: "This text accuses someone of {topic}." / "{topic} happened."
       denial: "This text denies {topic}." / "{topic} did not happen."
    3. All (premise, hypothesis) pairs of all queries go through the model together, longest first,
       in batches of settings.batch_size. From each pair we keep P(entailment), taken from the
       softmax over all the model's classes (so a model unsure between neutral and entailment
       does not read as a confident entailment; this also works for 2-class entailment /
       not_entailment models).
    4. a = mean P(entailment) over the accusation templates, d = the same over the denial templates.
       Treating "the turn accuses" and "the turn denies" as two yes/no events, "neither" has weight
       (1 - a)(1 - d). The three weights a, d and (1 - a)(1 - d) are normalised to sum to 1:
       P(accusation), P(denial), P(neutral). label = the most probable, confidence = its probability.
    """

    def __init__(
        self,
        loaded: _LoadedModel,
        entailment_index: int,
        info: ModelInfo,
        batch_size: int = 32,
        templates: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._loaded = loaded
        self.entailment_index = entailment_index
        self.info = info
        self.batch_size = batch_size
        self.templates = dict(templates or DEFAULT_STANCE_TEMPLATES)
        if set(self.templates) != {"accusation", "denial"} or not all(self.templates.values()):
            raise ValueError("templates need at least one 'accusation' and one 'denial' hypothesis")
        # Flat list of (stance, template): one model input per query and entry.
        self._flat_templates: list[tuple[str, str]] = [
            (stance, template) for stance in ("accusation", "denial") for template in self.templates[stance]
        ]

    @classmethod
    def load(cls, source: ModelSource, settings: Settings) -> ZeroShotNLIStanceModel:
        _apply_thread_setting(settings)
        loaded = _load_classifier(source)
        names = config_label_names(loaded.model.config)
        try:
            class_labels = map_nli_labels(names, settings.nli_labels)
        except ModelLoadError as exc:
            raise ModelLoadError(f"{source.spec}: {exc}") from None
        info = ModelInfo(name=source.name, revision=source.revision, kind="zero-shot-nli", source=source.spec)
        LOG.info("NLI stance model %s: classes %s -> %s", source.spec, names, class_labels)
        return cls(loaded, class_labels.index("entailment"), info, settings.batch_size)

    # -- premise construction ----------------------------------------------------------------

    def build_premise(self, query: StanceQuery, hypotheses: Sequence[str]) -> str:
        """'context turn', keeping as many of the context's last words as fit beside every hypothesis.

        The cut is found by binary search over the number of context words kept, checking the real
        tokenized length of the pair, so it works with any tokenizer (WordPiece, BPE, SentencePiece)
        and always starts the premise at a word boundary.
        """
        text, context = query.text.strip(), query.context.strip()
        if not context:
            return text
        tokenizer, max_length = self._loaded.tokenizer, self._loaded.max_length
        # The pair length grows with the hypothesis' length: checking the longest one is enough.
        longest = max(hypotheses, key=lambda h: len(tokenizer(h, add_special_tokens=False)["input_ids"]))

        def fits(premise: str) -> bool:
            return len(tokenizer(premise, longest, truncation=False)["input_ids"]) <= max_length

        if fits(context + " " + text):
            return context + " " + text
        word_starts = [match.start() for match in re.finditer(r"\S+", context)]
        low, high = 0, len(word_starts) - 1  # keeping `low` words fits (0: the turn alone); all words do not
        while low < high:
            middle = (low + high + 1) // 2
            if fits(context[word_starts[-middle] :] + " " + text):
                low = middle
            else:
                high = middle - 1
        return text if low == 0 else context[word_starts[-low] :] + " " + text

    # -- inference ---------------------------------------------------------------------------

    def entailment_matrix(self, queries: Sequence[StanceQuery]) -> torch.Tensor:
        """P(entailment) of each query x template: shape (len(queries), number of templates).

        Columns follow the accusation templates, then the denial templates.
        """
        premises: list[str] = []
        hypotheses: list[str] = []
        for query in queries:
            topic = query.topic.strip()
            filled = [_fill(template, topic) for _, template in self._flat_templates]
            premise = self.build_premise(query, filled)
            premises.extend([premise] * len(filled))
            hypotheses.extend(filled)
        tokenizer, max_length = self._loaded.tokenizer, self._loaded.max_length

        def encode(indices: list[int]) -> dict[str, list[list[int]]]:
            return dict(
                tokenizer(
                    [premises[i] for i in indices],
                    [hypotheses[i] for i in indices],
                    truncation="longest_first",
                    max_length=max_length,
                )
            )

        probabilities = _batched_probabilities(self._loaded, encode, len(premises), self.batch_size)
        return probabilities[:, self.entailment_index].reshape(len(queries), len(self._flat_templates))

    def predict(self, queries: Sequence[StanceQuery]) -> list[Stance]:
        matrix = self.entailment_matrix(queries)
        is_accusation = torch.tensor([stance == "accusation" for stance, _ in self._flat_templates])
        results: list[Stance] = []
        for row in matrix:
            a = float(row[is_accusation].mean())
            d = float(row[~is_accusation].mean())
            weights = {"accusation": a, "denial": d, "neutral": (1.0 - a) * (1.0 - d)}
            total = sum(weights.values()) or 1.0
            probabilities = {label: weights[label] / total for label in STANCE_LABELS}
            label: StanceLabel = max(STANCE_LABELS, key=lambda name: probabilities[name])
            results.append(Stance(label=label, confidence=probabilities[label], probabilities=probabilities))
        return results


def _fill(template: str, topic: str) -> str:
    """Put the topic into a template; a sentence that starts with the topic gets a capital letter."""
    sentence = template.replace("{topic}", topic)
    return sentence[:1].upper() + sentence[1:] if template.startswith("{topic}") else sentence
