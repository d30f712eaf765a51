"""Suggest the allegations a text discusses, for requests that name no topics.

Allegations are named in a few fixed ways in news prose: "accused X of Y",
"allegations of Y", "denied Y", "Y accusations", or a short scare-quoted label
(“war crimes”). We collect those noun phrases and rank them by how often the
text mentions them, so the suggestion is the charge the article is about.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = r"[A-Za-z][A-Za-z'\-]*"
# Words that end an allegation phrase ("war crimes *in* Ukraine" -> "war crimes").
_STOP = {
    "in", "on", "at", "after", "before", "by", "during", "to", "for", "that", "which", "who", "while",
    "when", "and", "or", "but", "with", "from", "as", "than", "because", "since", "over", "is", "are",
    "was", "were", "has", "have", "had", "be", "been", "it", "they", "he", "she", "this", "these",
}  # fmt: skip
# Phrase starts that are not allegations ("accused them of having no authority").
_BAD_START = {"having", "being", "making", "doing", "trying", "the", "a", "an", "his", "her", "their", "its"}
_CUE_OF = re.compile(
    r"\b(?:accus(?:ation|ations|ed|es|ing|e)|allegations?|alleged|charges?|charged|guilty|suspected|"
    r"convicted|evidence)\s+(?:[\w.'\-]+\s+){0,4}?of\s+"
    rf"((?:{_WORD}\s+){{0,4}}{_WORD})",
    re.I,
)
_CUE_DENY = re.compile(rf"\b(?:denied|denies|deny|denying)\s+((?:{_WORD}\s+){{0,3}}{_WORD})", re.I)
# Nouns that name the act of alleging, not the allegation itself.
_NOT_A_CHARGE = {"allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim",
                 "claims", "report", "reports", "it", "that", "this", "any", "all", "everything"}
_CUE_AFTER = re.compile(rf"((?:{_WORD}\s+){{0,3}}{_WORD})\s+(?:accusations|allegations|charges)\b", re.I)
_SCARE_QUOTED = re.compile(r"[“\"‘']([a-z][a-z\- ]{3,40})[”\"’'](?!\w)")


def suggest_topics(text: str, limit: int = 3) -> list[str]:
    """Up to `limit` allegation phrases, most discussed first."""
    if limit <= 0:
        return []
    candidates: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = {}
    for phrase in _candidate_phrases(text):
        key = _key(phrase)
        candidates[key] += 1
        surface.setdefault(key, Counter())[phrase] += 1
    lowered = text.lower()
    ranked = sorted(
        candidates,
        key=lambda k: (candidates[k] * 2 + lowered.count(k.rstrip("s")), len(k)),
        reverse=True,
    )
    return [surface[k].most_common(1)[0][0] for k in ranked[:limit]]


def _candidate_phrases(text: str) -> list[str]:
    phrases: list[str] = []
    for pattern in (_CUE_OF, _CUE_DENY):
        for match in pattern.finditer(text):
            phrases.append(_trim(match.group(1).split()))
    for match in _CUE_AFTER.finditer(text):
        words = match.group(1).split()
        # keep the words right before the cue: "Kremlin Hits Back Over War Crime" -> "War Crime"
        tail: list[str] = []
        for word in reversed(words):
            if word.lower() in _STOP or word.lower() in {"back", "over", "hits", "denies", "new"}:
                break
            tail.insert(0, word)
        phrases.append(_trim(tail))
    for match in _SCARE_QUOTED.finditer(text):
        words = match.group(1).split()
        if 1 < len(words) <= 4:
            phrases.append(_trim(words))
    return [p for p in phrases if p]


def _trim(words: list[str]) -> str:
    """Cut at the first stop word and drop phrases that cannot name a charge."""
    kept: list[str] = []
    for word in words:
        if word.lower() in _STOP:
            break
        kept.append(word)
    if not kept or kept[0].lower() in _BAD_START or kept[0].lower() in _NOT_A_CHARGE:
        return ""
    if sum(len(w) for w in kept) < 5:
        return ""
    return " ".join(kept).lower()


def _key(phrase: str) -> str:
    """Merge "war crime" and "war crimes"."""
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in phrase.split())
