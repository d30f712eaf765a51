"""Direct quotes: which quoted passages are speech, and whose.

Forms handled, all within one sentence of the quote:
  "...," X said.        "...," said X, the role.      "...?" asked X.
  X said: "..."         X told reporters, "..."        According to X, "..."
A quote with no cue that fills its sentence continues the previous quoted
speaker ("...," he said. "..." and the next paragraph "..."). Short quotes
inside a sentence with no cue are scare quotes or titles: left to narration or
to the reported-speech rules.
"""

from __future__ import annotations

import re

from service.segmenter.candidates import Candidate
from service.segmenter.cues import (
    CUE_RE,
    Span,
    clause_subject,
    cue_kind,
    may_invert,
    mention_after_inverted,
    subject_before,
)
from service.segmenter.quotes import Quote, word_count

# What may sit between a cue and the quote it introduces: 'said in a statement:'.
_LEAD_IN = re.compile(r"^(?!.*\bthat\b)(?:\s*[\w’'.-]+){0,6}\s*[:,]\s*$|^\s*(?:that\s*)?$|^\s*[:,—–-]\s*$")
# Words after the quote before its cue: '," he said', '— said'.
_AFTER_PUNCT = re.compile(r"[\s,—–-]*")


# '"..." ― Sonya Herridge': a quote signed with a dash and a name (pull quotes, vox pops).
_DASH_SIGNATURE = re.compile(
    r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+(?:[A-Z][\w.’'-]*|de|del|la|van|von|bin)){0,4})"
    r"(?=[^\S\n]*(?:[.,]|$|\n|[“\"]))"
)

# '"..."' then a line '- Bernie Sanders.': the signature on a line of its own.
_DASH_LINE = re.compile(
    r"[^\S\n]*\n\s*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3}?)"
    r"[^\S\n]*\.?[^\S\n]*(?=\n|$)"
)

# A name of two or more capitalised words (or two names joined by "and") before a colon.
_NAME_BEFORE_COLON = re.compile(
    r"(?<![\w’'])([A-Z][\w.’'-]+(?:\s+(?:[A-Z][\w.’'-]+|and|de|van|von)){1,6})\s*:\s*$"
)

# 'As Jo Lee put it: "..."' (the quote may come later in the sentence: 'as X put it, ...').
_AS_PUT_IT = re.compile(
    r"(?P<as>\b[Aa]s\s)[^;:“”\"]{2,120}?\s(?P<verb>(?:once\s+|has\s+|had\s+)?(?:put|puts)\s+it)\b[^“”\"]{0,40}[,:]\s*$"
)

_FUNCTION_WORDS = frozenset("but and or so yet then while as because although if when that which who".split())


def _dash_signature(text: str, q: Quote) -> Candidate | None:
    """A quote followed by a dash and a name, at the end of its sentence or line."""
    m = _DASH_SIGNATURE.match(text, q.end) or _DASH_LINE.match(text, q.end)
    if not m:
        return None
    return Candidate(q.start, q.end, "direct", Span(m.start("name"), m.end("name")))


def _opens_sentence(text: str, q: Quote) -> bool:
    """Does q start its sentence (after a stop, a line break or the text start)?"""
    before = text[max(0, q.start - 40) : q.start].rstrip(" \t\u00a0\u202a")
    return not before or before[-1] in '.!?\n”"'


# '"...," Lee said, according to CNN.' / '..., the Times reported.': the outer source.
_ACCORDING_TAIL = re.compile(r",\s*according\s+to\s+")
_REPORTED_TAIL = re.compile(
    r",\s*(?P<src>(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+(?:reported|reports)\s*\.(?:\s|$)"
)


def _outer_source(text: str, start: int, limit: int) -> Span | None:
    """The 'according to' (or '..., X reported.') source that closes the cue's sentence."""
    stop = re.compile(r"[.!?](?:\s|$)|[“”\"]|\n")
    m = stop.search(text, start, limit)
    end = m.end() if m else limit
    tail = text[start:end]
    if re.search(r"[“”\"]", tail):
        return None
    acc = _ACCORDING_TAIL.search(text, start, end)
    if acc is not None:
        return mention_after_inverted(text, acc.end(), end, keep_of=True)
    rep = _REPORTED_TAIL.search(text, start, end)
    if rep is not None:
        return Span(rep.start("src"), rep.end("src"))
    return None


def _cue_after(text: str, q: Quote, limit: int) -> Candidate | None:
    """'"...," X said' or '"...," said X' right after the quote."""
    lead = _AFTER_PUNCT.match(text, q.end, limit)
    pos = lead.end() if lead else q.end
    inner_end = text[max(q.start, q.end - 3) : q.end]
    # '"... missing." Trump said.' or a closing comma the writer left out ('niches" Grubbs
    # said'): only a cue right after the quote counts, and only for a quote of a few words.
    strict = not (re.search(r"[,?!—–…-]", inner_end) or "," in text[q.end : pos] or "—" in text[q.end : pos])
    if strict and (word_count(q.inner(text)) < 4 or not _opens_sentence(text, q)):
        return None
    window_end = min(limit, pos + 250)  # room for a long appositive before the verb
    for m in CUE_RE.finditer(text, pos, window_end):
        if cue_kind(m.group()) == "that" or m.group().lower().startswith("according"):
            continue
        cue = Span(m.start(), m.end())
        if m.start() == pos and may_invert(m.group()):
            who = mention_after_inverted(text, m.end(), limit)
            if who:
                return Candidate(q.start, q.end, "direct", who, cue)
        who = subject_before(text, m.start(), pos)
        if (
            who
            and who.start != pos
            and re.fullmatch(r"(?:\s*[\w.’'-]+){1,5}\s*", text[pos : who.start])
            and not _FUNCTION_WORDS & set(text[pos : who.start].lower().split())
        ):
            # 'DoubleLine Capital portfolio manager Bonnie Baha said': the words before
            # the mention's start are more of its role.
            who = Span(pos, who.end)
        if strict and (
            m.start() - (who.end if who else pos) > 1 or text[m.end() : m.end() + 2].strip()[:1] == ":"
        ):
            return None  # 'Mr. Lee said: "..."' introduces the next quote, not this one
        if who and who.start == pos:
            return Candidate(q.start, q.end, "direct", who, cue)
        return None  # the first cue decides
    return None


def _cue_before(text: str, q: Quote, floor: int, quotes: list[Quote]) -> Candidate | None:
    """'X said: "..."' with the cue earlier in the same sentence."""
    best: Candidate | None = None
    for m in CUE_RE.finditer(text, floor, q.start):
        if any(o.start <= m.start() < o.end for o in quotes):
            continue
        word = m.group()
        cue = Span(m.start(), m.end())
        lead_in = text[m.end() : q.start]
        if (
            not text[floor : m.start()].strip()
            and may_invert(word)
            and re.fullmatch(r"[^,;:“”\"]+(?:,[^;:“”\"]*)?[,:]\s*", lead_in)
            and len(lead_in.split()) <= 20
        ):
            # 'Said Jo Lee, who grew up nearby, "..."': the cue opens the sentence.
            who = mention_after_inverted(text, m.end(), q.start)
            if who is not None:
                return Candidate(q.start, q.end, "direct", who, cue)
        if not _LEAD_IN.match(lead_in):
            continue
        if word.lower().startswith("according"):
            who = mention_after_inverted(text, m.end(), q.start)
        else:
            after_comma = text[floor : m.start()].rstrip().endswith(",")
            # ', telling Reuters, "..."': the participle's subject is the clause's, not the
            # words before the comma ('Hours later, Trump returned the compliment, telling').
            who = (
                None
                if after_comma and cue_kind(word) == "participle"
                else subject_before(text, m.start(), floor)
            )
            if who is None and cue_kind(word) == "participle":
                # 'Spicer said, adding, "..."': the subject of the cue before it.
                who = _earlier_subject(text, floor, m.start(), quotes) or clause_subject(
                    text, floor, m.start()
                )
        between = text[m.end() : q.start]
        if who and not re.search(r"[:,]", between) and word_count(q.inner(text)) < 4:
            continue  # 'told "Fox and Friends"': a title, not a quotation
        if (
            who
            and not re.search(r"[:,]", between)
            and word_count(text[q.end : _sentence_rest_end(text, q)]) >= 2
        ):
            continue  # 'said "it gets me mad" every time ...': a mixed quote, left to reported speech
        if who:
            best = Candidate(q.start, q.end, "direct", who, cue)
    return best


def _sentence_rest_end(text: str, q: Quote) -> int:
    """Where the text after q stops: the next sentence stop, line break or quote mark."""
    m = re.search(r"[.!?](?:\s|$)|\n|[“\"]", text[q.end :])
    return q.end + (m.start() if m else len(text) - q.end)


def _earlier_subject(text: str, floor: int, limit: int, quotes: list[Quote]) -> Span | None:
    """The subject of the last cue between floor and limit, outside quotes."""
    found: Span | None = None
    for m in CUE_RE.finditer(text, floor, limit):
        if any(o.start <= m.start() < o.end for o in quotes):
            continue
        who = subject_before(text, m.start(), floor)
        if who is not None:
            found = who
    return found


def attribute_quote(
    text: str,
    q: Quote,
    sentence: tuple[int, int],
    next_quote_start: int,
    quotes: list[Quote],
    after_colon: Span | None,
    previous: Candidate | None = None,
) -> Candidate | None:
    """A direct-quote candidate for q, or None when q is not attributable speech."""
    s_start = sentence[0]
    limit = next_quote_start  # already capped at the end of the sentence after the quote
    found = (_cue_after(text, q, limit) or _dash_signature(text, q)) if q.closed else None
    if found is not None and found.cue is not None:
        outer = _outer_source(text, found.cue.end, limit)
        if (
            outer is not None
            and outer.start > found.mention.end
            and re.search(r"\b[A-Z]", text[outer.start : outer.end])
        ):
            found = Candidate(found.start, found.end, "direct", outer, found.cue)
        lead = text[s_start : q.start]
        if (
            found.mention.start > q.end
            and word_count(lead) >= 3
            and not re.search(r"[“”\"]", lead)
            and CUE_RE.search(lead) is None
            and not lead.rstrip().endswith((":", ","))
        ):
            # 'The plan will create jobs "for everyone," Lee said.': the words before the
            # quote are the speaker's too (a mixed quote closing with its cue).
            start = s_start + len(lead) - len(lead.lstrip())
            found = Candidate(start, found.end, "direct", found.mention, found.cue)
    if found is None:
        found = _cue_before(text, q, s_start, quotes)
    if found is not None:
        return found
    as_put = _AS_PUT_IT.search(text, s_start, q.start)
    if as_put is not None:
        # 'As the senator put it, "..."': the clause names the speaker.
        who = subject_before(text, as_put.start("verb"), as_put.end("as"))
        if who is not None:
            return Candidate(q.start, q.end, "direct", who, Span(as_put.start("verb"), as_put.end("verb")))
    before = text[s_start : q.start].strip()
    named = _NAME_BEFORE_COLON.search(text, s_start, q.start) if before.endswith(":") else None
    if named is not None:
        # 'POLLS WERE EARLY - Ann Reyes: "..."': a name right before the colon speaks.
        return Candidate(q.start, q.end, "direct", Span(named.start(1), named.end(1)))
    if before.endswith(":") and len(before.split()) <= 12:
        # 'Hannity interjected: "..."': any verb before a colon introduces the quote.
        who = clause_subject(text, s_start, q.start)
        if who is not None:
            return Candidate(q.start, q.end, "direct", who)
    if after_colon is not None and not before:
        return Candidate(q.start, q.end, "direct", after_colon)
    if not before and word_count(q.inner(text)) >= 4:
        return Candidate(q.start, q.end, "direct", None, inherit=True)
    if not before and previous is not None and previous.mention is not None and q.start - previous.end <= 80:
        # '"There was chaos," Lee said. "Total chaos."': a short quote right after an
        # attributed one and its cue continues it.
        return Candidate(q.start, q.end, "direct", None, inherit=True)
    if previous is not None and previous.start >= s_start and q.start - previous.end <= 150:
        # '"A," said X, "and B."': the second half of a quote split by its cue.
        return Candidate(q.start, q.end, "direct", None, inherit=True)
    return None
