"""Finding quoted passages in one paragraph.

News text mixes curly quotes, straight quotes, doubled single quotes ('' as in
some wire copy) and single quotes, and is often unbalanced. We pair marks
within a paragraph only: an opening mark with no closing mark runs to the end
of the paragraph (the usual way a quote continues into the next paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double-quote marks, tried first; longest alternatives first so '' beats '.
_DOUBLE = re.compile(r"''|``|[“”„\"«»]")
_SINGLE = re.compile(r"[‘’']")
_OPENERS = {"“", "„", "«", "``"}
_MISSING_CLOSE = re.compile(
    r"[,?!](?=\s+(?:said|says|added|asked|wrote|told)\s+[A-Z]"
    r"|\s+(?:he|she|they)\s+(?:said|says|added|asked|wrote|told)\b"
    r"|\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:said|says|added|asked|wrote|told)\b)"
)
_CLOSERS = {"”", "»"}


@dataclass(frozen=True)
class Quote:
    """A quoted passage: [start, end) includes the quote marks."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark

    def inner(self, text: str) -> str:
        return text[self.start : self.end]


def _opens(text: str, pos: int, mark: str) -> bool:
    """Does an ambiguous mark at pos open a quote? Yes after space or start."""
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    before = text[pos - 1] if pos > 0 else " "
    return before.isspace() or before in "([{—–-/:"


def _double_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Pair double-quote marks in text[start:end] (one paragraph)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for m in _DOUBLE.finditer(text, start, end):
        mark, pos = m.group(), m.start()
        if open_at is None:
            if mark in _CLOSERS:
                # A closing-only mark with nothing open is stray, unless it starts
                # a paragraph or word the way an opener would ('”Fear. I am ...').
                if (pos == start or text[pos - 1].isspace()) and pos + 1 < end and text[pos + 1].isalnum():
                    open_at = pos
            elif _opens(text, pos, mark) or mark == '"' or mark == "''":
                open_at = pos
        else:
            if mark == "“" and text[pos - 1] in ",.?!" and (pos + 1 >= end or text[pos + 1].isspace()):
                # A mistyped closer ('win,“ said'): an opener right after punctuation, before a space.
                quotes.append(Quote(open_at, m.end(), closed=True))
                open_at = None
            elif mark in _OPENERS or (
                mark not in _CLOSERS
                and _opens(text, pos, mark)
                and pos + 1 < end
                and not text[pos + 1].isspace()
                and mark != "''"
                and text[pos - 1].isspace()
            ):
                # A second opener: the first one was never closed. Restart here.
                quotes.append(Quote(open_at, pos, closed=False))
                open_at = pos
            else:
                quotes.append(Quote(open_at, m.end(), closed=True))
                open_at = None
    if open_at is not None:
        # '"There was no plan, said Kessel.' : the writer forgot the closing mark;
        # close the quote at the cue rather than run on to the paragraph end.
        missing = _MISSING_CLOSE.search(text, open_at, end)
        if missing:
            quotes.append(Quote(open_at, missing.start() + 1, closed=True))
        else:
            quotes.append(Quote(open_at, end, closed=False))
    return quotes


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Pair single quotes used as quotation marks, ignoring apostrophes.

    An opener follows a space (or the paragraph start) and precedes a letter;
    a closer follows a non-space and is not followed by a letter (so "don't" and
    "Clinton's" never close anything).
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        pos = m.start()
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if open_at is None:
            if (before.isspace() or before in "([—–") and after.isalnum():
                open_at = pos
        elif not before.isspace() and not after.isalnum():
            if pos - open_at > 2:
                quotes.append(Quote(open_at, pos + 1, closed=True))
            open_at = None
    # An unclosed single quote is far more often an apostrophe ('90s): drop it.
    return quotes


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages of the paragraph text[start:end], sorted, non-overlapping.

    Single quotes count only outside double quotes (inside, they are nested
    quotes and belong to the outer one).
    """
    doubles = _double_quotes(text, start, end)
    singles = [
        q
        for q in _single_quotes(text, start, end)
        if not any(d.start <= q.start < d.end or q.start <= d.start < q.end for d in doubles)
    ]
    return sorted(doubles + singles, key=lambda q: q.start)


def word_count(s: str) -> int:
    return len(re.findall(r"\w+", s))
