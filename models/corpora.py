"""Readers that turn the shared datasets into typed examples.

Every reader takes the data folder (``../shared/data``), a dataset name and a split
file name, and returns plain dataclasses, so training and evaluation commands see
all datasets the same way:

    load_sentiment(data_dir, "newsmtsc", "dev_rw")   -> list[SentimentExample]
    load_stance(data_dir, "emergent", "test")        -> list[StanceExample]

Labels are always the service's labels: negative / neutral / positive for
sentiment, accusation / denial / neutral for stance. Rows that cannot be mapped to
them are skipped (for example FNC-1 "unrelated", which the stance scorer ignores),
except RTE "not_entailment", which is kept with ``label=None`` and
``allowed=("denial", "neutral")`` because it rules accusation out without
choosing between the other two.

Nothing here copies data: the files are read from the shared folder each time.
Financial PhraseBank and ANLI are non-commercial and deliberately have no reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from service.types import SentimentLabel, StanceLabel

SENTIMENT_DATASETS = (
    "newsmtsc",
    "directed_sentiment_news",
    "semeval2007_headlines",
    "semeval2017_task5_headlines",
    "sst2",
    "sst5",
)
STANCE_DATASETS = (
    "emergent",
    "rumoureval2019",
    "fnc1",
    "vast",
    "semeval2016_task6",
    "pstance",
    "mnli",
    "snli",
    "sick",
    "rte",
    "wanli_sample",
)
NLI_DATASETS = ("mnli", "snli", "sick", "rte", "wanli_sample")
NON_COMMERCIAL = ("financial_phrasebank", "anli")


@dataclass(frozen=True)
class SentimentExample:
    id: str
    text: str
    label: SentimentLabel
    target: str = ""  # the entity the sentiment is about; "" = the text as a whole
    score: float | None = None  # gold score in [-1, 1] where the dataset has one
    source: str = ""


@dataclass(frozen=True)
class StanceExample:
    id: str
    topic: str  # the claim / allegation / hypothesis
    text: str  # the turn, headline, reply, body excerpt or premise
    label: StanceLabel | None
    context: str = ""  # what the text answers (a parent post), "" if none
    allowed: tuple[StanceLabel, ...] = ()  # for label=None: the labels the gold does not rule out
    source: str = ""


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _split_file(data_dir: Path, group: str, name: str, split: str) -> Path:
    if name in NON_COMMERCIAL:
        raise ValueError(f"{name} is non-commercial and must not be used for the shipped models")
    path = Path(data_dir) / group / name / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist (dataset {name!r}, split {split!r})")
    return path


# --------------------------------------------------------------------------- sentiment


def _polarity(score: float, neutral_band: float) -> SentimentLabel:
    if score > neutral_band:
        return "positive"
    if score < -neutral_band:
        return "negative"
    return "neutral"


def load_sentiment(data_dir: Path | str, name: str, split: str) -> list[SentimentExample]:
    """Sentiment examples of one dataset split, with the service's three labels.

    - newsmtsc (train, dev_rw, dev_mt): sentence + target person, labels as given.
    - directed_sentiment_news (train, dev, test): the plain sentence; any positive (negative)
      entity-to-entity sentiment makes it positive (negative); ``target`` is the entity the
      sentiment is directed at.
    - semeval2007_headlines (trial, test), semeval2017_task5_headlines (train): labels by the
      sign of the gold score, as in the files; ``score`` keeps the gold value.
    - sst5 (train, dev, test): very negative/negative -> negative, neutral, positive/very positive -> positive.
    - sst2 (train_sentences, dev_sentences, test_sentences): binary.
    """
    data_dir = Path(data_dir)
    rows = read_jsonl(_split_file(data_dir, "sentiment", name, split))
    out: list[SentimentExample] = []
    for i, r in enumerate(rows):
        rid = str(r.get("id", f"{name}-{split}-{i}"))
        if name == "newsmtsc":
            out.append(SentimentExample(rid, r["text"], r["label"], r["target"], float(r["score"]), name))
        elif name == "directed_sentiment_news":
            lab = str(r["label"])
            polarity: SentimentLabel = "neutral"
            target = ""
            if lab.startswith("positive") or lab.startswith("negative"):
                polarity = "positive" if lab.startswith("positive") else "negative"
                target = r["entity2"] if lab.endswith("e1_to_e2") else r["entity1"]
            out.append(SentimentExample(f"dsn-{split}-{i}", r["text_plain"], polarity, target, None, name))
        elif name in ("semeval2007_headlines", "semeval2017_task5_headlines"):
            out.append(
                SentimentExample(rid, r["text"], r["label"], r.get("target", "") or "", float(r["score"]), name)
            )
        elif name == "sst5":
            fine = str(r["label"])
            coarse: SentimentLabel = "neutral" if fine == "neutral" else ("positive" if "positive" in fine else "negative")
            out.append(SentimentExample(f"sst5-{split}-{i}", r["text"], coarse, "", float(r["score"]), name))
        elif name == "sst2":
            out.append(SentimentExample(f"sst2-{split}-{i}", r["text"], r["label"], "", float(r["score"]), name))
        else:
            raise ValueError(f"unknown sentiment dataset {name!r}; known: {SENTIMENT_DATASETS}")
    return out


# --------------------------------------------------------------------------- stance

_NLI_TO_STANCE: dict[str, StanceLabel] = {
    "entailment": "accusation",
    "contradiction": "denial",
    "neutral": "neutral",
}
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP = frozenset(
    "a an the of to in on for and or but is are was were be been has have had it its this that with as at by "
    "from he she they we you i his her their our not no will would said says say".split()
)


def relevant_sentences(body: str, headline: str, max_sentences: int = 3, max_chars: int = 600) -> str:
    """The body sentences sharing the most content words with the headline, in body order.

    FNC-1 bodies are whole articles; the stance toward the headline is usually stated
    in the few sentences that talk about the headline's claim, so those are kept.
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(body) if len(s.strip()) > 20]
    if not sentences:
        return body[:max_chars]
    head = {w for w in _WORD.findall(headline.lower()) if w not in _STOP}
    scored = []
    for idx, s in enumerate(sentences):
        words = {w for w in _WORD.findall(s.lower()) if w not in _STOP}
        scored.append((len(head & words), -idx, idx))
    best = sorted(scored, reverse=True)[:max_sentences]
    text = " ".join(sentences[idx] for _, _, idx in sorted(best, key=lambda t: t[2]))
    return text[:max_chars]


def _fnc_bodies(data_dir: Path) -> dict[str, str]:
    path = data_dir / "stance" / "fnc1" / "bodies.jsonl"
    return {r["body_key"]: r["text"] for r in read_jsonl(path)}


def load_stance(data_dir: Path | str, name: str, split: str) -> list[StanceExample]:
    """Stance examples of one dataset split, labelled accusation / denial / neutral.

    Stance datasets use their ``label_mapped`` field (rows where it is null are skipped).
    - emergent (train, test): topic = claim, text = headline.
    - rumoureval2019 (train, dev, test): topic = source post, text = reply, context = the post
      replied to when that is not the source post itself. Posts without text are skipped.
    - fnc1 (train, test; or "train:train" / "train:holdout" for Cisco's body-disjoint parts):
      topic = headline, text = the body sentences most relevant to it (``relevant_sentences``).
      Unrelated pairs are skipped.
    - vast (dev, test), semeval2016_task6 (train, test, test_taskB_trump), pstance (train, dev, test):
      weak mappings documented in their PROVENANCE files.
    NLI datasets (mnli dev_matched, snli dev/test, sick train/dev/test, rte train/dev,
    wanli_sample train_sample): topic = hypothesis, text = premise; entailment -> accusation,
    contradiction -> denial, neutral -> neutral.
    """
    data_dir = Path(data_dir)
    if name in NLI_DATASETS:
        return _load_nli(data_dir, name, split)
    part = None
    if name == "fnc1" and ":" in split:
        split, part = split.split(":", 1)
    file_split = f"{split}.compact" if name == "fnc1" else split
    rows = read_jsonl(_split_file(data_dir, "stance", name, file_split))
    bodies = _fnc_bodies(data_dir) if name == "fnc1" else {}
    out: list[StanceExample] = []
    for r in rows:
        label = r.get("label_mapped")
        if not label:
            continue
        rid = str(r["id"])
        if name == "fnc1":
            if part is not None and r.get("cisco_talos_split") != part:
                continue
            body = bodies[r["body_key"]]
            out.append(StanceExample(rid, r["target"], relevant_sentences(body, r["target"]), label, source=name))
        elif name == "rumoureval2019":
            if not r.get("text"):
                continue
            parent = r.get("parent_text") or ""
            context = "" if parent.strip() == (r.get("target") or "").strip() else parent
            out.append(StanceExample(rid, r["target"], r["text"], label, context, source=name))
        elif name in ("emergent", "vast", "semeval2016_task6", "pstance"):
            out.append(StanceExample(rid, r["target"], r["text"], label, source=name))
        else:
            raise ValueError(f"unknown stance dataset {name!r}; known: {STANCE_DATASETS}")
    return out


def _load_nli(data_dir: Path, name: str, split: str) -> list[StanceExample]:
    out: list[StanceExample] = []
    for i, r in enumerate(read_jsonl(_split_file(data_dir, "nli", name, split))):
        rid = f"{name}-{split}-{i}"
        gold = str(r["label"])
        if gold == "not_entailment":  # RTE is 2-way
            out.append(StanceExample(rid, r["hypothesis"], r["premise"], None, allowed=("denial", "neutral"), source=name))
        elif gold in _NLI_TO_STANCE:
            out.append(StanceExample(rid, r["hypothesis"], r["premise"], _NLI_TO_STANCE[gold], source=name))
    return out


def load_gold_file(path: Path | str, task: str) -> tuple[list, list[dict]]:
    """Examples from any labelled JSONL, and its rows in the shared scorers' gold format.

    For users' own evaluation sets (speaker turns from their news, our hand-written checks).
    Stance rows: {"id"?, "text", "topic" or "target", "context"?, "label" or "label_mapped"}.
    Sentiment rows: {"id"?, "text", "label", "score"?, "target"?}. A row without an id gets its line
    number. Labels are accusation / denial / neutral and negative / neutral / positive.
    """
    examples: list = []
    gold: list[dict] = []
    for i, r in enumerate(read_jsonl(Path(path))):
        rid = str(r.get("id", i))
        if task == "stance":
            label = r.get("label_mapped", r.get("label"))
            topic = r.get("topic", r.get("target"))
            if label not in ("accusation", "denial", "neutral") or not topic:
                raise ValueError(f"{path}, row {i + 1}: needs a topic (or target) and a stance label, got {r}")
            examples.append(StanceExample(rid, topic, r["text"], label, r.get("context") or "", source="gold"))
            gold.append({"id": rid, "label_mapped": label})
        else:
            label = r.get("label")
            if label not in ("negative", "neutral", "positive"):
                raise ValueError(f"{path}, row {i + 1}: needs a sentiment label, got {r}")
            score = r.get("score")
            examples.append(SentimentExample(rid, r["text"], label, r.get("target") or "", score, source="gold"))
            gold.append({"id": rid, "text": r["text"], "label": label, "score": score})
    return examples, gold
