"""What a turn answers: the context sentence the stance model reads next to a turn.

"Such statements are unacceptable" is a denial only beside the charge it rejects, and
in news that charge is often a sentence or two back ("X hit back over accusations of
T. ... 'Such statements are unacceptable,' he said."). So the context of a turn for a
topic is the nearby preceding sentence that talks most about the topic, and the
sentence (or cue clause) right before the turn when none does.
"""

from __future__ import annotations

import re

# Sentence ends: end punctuation (plus closing quotes or brackets) before whitespace, or a newline.
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*(?=\s)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOP = frozenset(
    "the and for with from that this these those into over about against their there were was are has have "
    "had its his her our they them you your not any all but who what when where which will would could should "
    "been being than then also such".split()
)
SEARCH_SENTENCES = 6  # how far back a topic sentence may be, in sentences


def sentences(text: str) -> list[str]:
    """Sentence-ish pieces: cut after end punctuation (and any closing quote) or at a newline."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def topic_keys(topic: str) -> set[str]:
    """The topic's content words, lower-cased and cut to 5 letters (a crude stem: crime/crimes)."""
    return {_key(w) for w in _WORD.findall(topic.lower()) if len(w) >= 3 and w not in _STOP}


def _key(word: str) -> str:
    return word[:5]


def topic_overlap(sentence: str, keys: set[str]) -> int:
    """How many of the topic's content words the sentence uses."""
    return len(keys & {_key(w) for w in _WORD.findall(sentence.lower()) if len(w) >= 3})


def stance_context(text: str, start: int, topic: str, max_chars: int) -> str:
    """The context for the turn at ``start`` and one topic (at most max_chars, "" at the text's start).

    Candidates are the last SEARCH_SENTENCES sentences before the turn, the clause that
    introduces it (the cue of reported speech) included. The one sharing the most topic
    words wins, the nearest on a tie; with no overlap anywhere, the nearest.
    """
    if max_chars <= 0 or start <= 0:
        return ""
    window = text[max(0, start - max_chars * SEARCH_SENTENCES) : start]
    candidates = sentences(window)
    if start > max_chars * SEARCH_SENTENCES and len(candidates) > 1:
        candidates = candidates[1:]  # the first piece is probably cut mid-sentence
    candidates = [" ".join(c.split()) for c in candidates[-SEARCH_SENTENCES:]]
    if not candidates:
        return ""
    keys = topic_keys(topic)
    best = max(range(len(candidates)), key=lambda i: (topic_overlap(candidates[i], keys), i))
    return _cut(candidates[best], max_chars)


def _cut(sentence: str, max_chars: int) -> str:
    """The sentence's start, cut at a word boundary, when it is longer than max_chars."""
    if len(sentence) <= max_chars:
        return sentence
    cut = sentence.rfind(" ", 0, max_chars)
    return sentence[: cut if cut > 0 else max_chars]
