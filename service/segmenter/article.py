"""News-article segmentation.

For each paragraph (one line of text):
  1. find the quoted passages (quotes.py) and the sentences (nlp.py; never split inside a quote);
  2. attribute each quote to a speaker mention, or to the quote it continues (direct.py);
  3. find reported speech in each sentence (reported.py), cut short of attributed quotes.
Then, over the whole article: resolve the mentions to speakers in text order, so that
"he" and "the spokesman" see who came before (speakers.py); drop overlapping spans and
join neighbouring spans of one speaker (merge_same_speaker).
"""

from __future__ import annotations

import bisect
import re

from service.segmenter.candidates import Candidate
from service.segmenter.cues import CUE_RE, Span, clause_subject, cue_kind, subject_before
from service.segmenter.direct import attribute_quote
from service.segmenter.layout import Placed, drop_overlaps
from service.segmenter.lexicon import DOT_TITLES
from service.segmenter.nlp import sentence_starts
from service.segmenter.quotes import Quote, find_quotes
from service.segmenter.reported import mixed_quote_sentence, reported_in_sentence
from service.segmenter.speakers import SpeakerRegistry
from service.segmenter.transcript import LABEL, is_label, label_lines

_PARAGRAPH = re.compile(r"[^\n]+")
# A closing author note: "Jack Doe is a British author and journalist ...".
_AUTHOR_BIO = re.compile(
    r"\s*(?:[A-Z][\w.’'-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\b[^.]{0,120}?"
    r"\b(?:author|writer|journalist|reporter|correspondent|columnist|contributor|editor|researcher|freelance)"
)
# A headline that quotes its speaker: "Senator Vance: Tariffs Will Hurt Farmers".
_HEADLINE_SPEAKER = re.compile(
    r"[^\S\n]*(?P<who>[A-Z][\w.’'&-]*(?:[^\S\n]+(?:[A-Z][\w.’'&-]*|camp|campaign)){0,4})"
    r"[^\S\n]*:[^\S\n]+(?P<content>\S[^\n]*)"
)
# Headline labels that are not speakers.
_HEADLINE_LABELS = frozenset(
    "breaking update updated exclusive watch video opinion analysis live photos editorial review "
    "interview transcript latest daily email newsletter notice briefing recap name age city job pay location "
    "date title tags caption credit image contributing contributors".split()
)
# Capitalised function words: 'CNN President On Trump:', 'Big Win For Bernie:' are not speakers.
_HEADLINE_FUNCTION_WORDS = frozenset("the on for in at to with is of as by and a an".split())
# Most non-space characters between a cue-less quote and the quote it continues.
_CONTINUE_GAP = 60
# Longest stretch (characters, no line break) between two spans of one speaker joined into one turn.
_MERGE_GAP = 250


def _sentences(starts: list[int], p_start: int, p_end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentences of one paragraph; a boundary inside a quote is not a boundary."""
    lo = bisect.bisect_right(starts, p_start)
    hi = bisect.bisect_left(starts, p_end)
    # spaCy leaves an opening quote mark at the end of the previous sentence.
    moved = [_before_open_mark(b, p_start, quotes) for b in starts[lo:hi]]
    cuts = [p_start] + sorted(
        {b for b in moved if b > p_start and not any(q.start < b < q.end for q in quotes)}
    )
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [p_end]) if b > a]


def _before_open_mark(b: int, floor: int, quotes: list[Quote]) -> int:
    """Move a sentence start that falls just after a quote's opening mark onto the mark."""
    for q in quotes:
        if q.start < b <= q.start + 2:
            return max(floor, q.start)
    return b


def _before_quotes(text: str, cand: Candidate, direct: list[Candidate]) -> Candidate | None:
    """Cut reported content short of an attributed quote it runs into.

    'Gore insisted it was "premature" ..., adding, "I don't have any doubt ..."':
    the quote is its own turn; the reported part keeps what comes before it.
    """
    end = cand.end
    for d in direct:
        if d.start <= cand.start < d.end:
            return None
        if cand.start < d.start < end:
            end = d.start
    if end == cand.end:
        return cand
    while end > cand.start and text[end - 1] in " \t,;:—–-":
        end -= 1
    if end - cand.start < 12:
        return None  # too little left before the quote to be content
    return Candidate(cand.start, end, cand.kind, cand.mention, cand.cue)


def _colon_speaker(text: str, sentence: tuple[int, int], quotes: list[Quote]) -> Span | None:
    """'The New York Times reports:' at a paragraph end introduces the next paragraph."""
    s_start, s_end = sentence
    if not text[s_start:s_end].rstrip().endswith(":"):
        return None
    for m in reversed(list(CUE_RE.finditer(text, s_start, s_end))):
        if any(q.start <= m.start() < q.end for q in quotes) or cue_kind(m.group()) == "that":
            continue
        return subject_before(text, m.start(), s_start)
    # 'Trump issued the following statement:' has no cue word; its subject speaks.
    return clause_subject(text, s_start, s_end)


def _headline_speaker(text: str, para: re.Match[str]) -> Candidate | None:
    """'Graham: Trump’s Rhetoric Is Destroying the Party' as the article's first line.

    Headlines put the speaker before a colon and the (paraphrased) claim after
    it; PolNeAR annotates the claim as that speaker's. Only the first line, only
    a short capitalised speaker, and not a label like "Update:" or a dateline.
    """
    m = _HEADLINE_SPEAKER.fullmatch(text, para.start(), para.end())
    if m is None or len(para.group()) > 200:
        return None
    who = m.group("who")
    words = [w.lower() for w in who.split()]
    if (
        not who[:1].isupper()
        or who.isupper()  # 'WASHINGTON:', 'FIX IS IN:'
        or words[-1] in _HEADLINE_LABELS
        or _HEADLINE_FUNCTION_WORDS & set(words)
        or re.search(r"[’']s\b", who)  # 'Monday’s Morning Email:'
    ):
        return None
    if re.search(r"[.!?][”\"’']?\s+\S", m.group("content")):
        return None  # more than one sentence: a paragraph of prose, not a headline
    content_end = m.end("content")
    while content_end > m.start("content") and text[content_end - 1].isspace():
        content_end -= 1
    return Candidate(m.start("content"), content_end, "indirect", Span(m.start("who"), m.end("who")))


def _label_line(text: str, para: re.Match[str]) -> Candidate | None:
    """'SMITH: Well, look, ...' inside an article: an interview passage quoted as a
    transcript. The label's speaker says the rest of the line. Only in articles
    with at least two such lines (find_candidates checks), and not 'Update:'.
    """
    m = LABEL.match(text, para.start(), para.end())
    if m is None:
        return None
    label = m.group("label").strip()
    words = label.lower().split()
    if not is_label(label) or words[-1] in _HEADLINE_LABELS:
        return None
    end = para.end()
    while end > m.end() and text[end - 1].isspace():
        end -= 1
    content = text[m.end() : end]
    if len(content.split()) < 2:
        return None
    items = content.split(",")
    if len(items) >= 4 and sum(
        bool(re.fullmatch(r"\s*(?:[A-Z][\w.’'-]*\s*){1,4}\.?\s*", i)) for i in items
    ) >= 0.7 * len(items):
        return None  # 'Iowa: Ann Lee, Bo Diaz, Cy Ward, ...': a list of names under a heading
    return Candidate(m.end(), end, "direct", Span(m.start("label"), m.end("label")))


def find_candidates(text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """All speaker candidates of an article, and the quoted regions (for the registry)."""
    starts = sentence_starts(text)
    candidates: list[Candidate] = []
    quoted: list[tuple[int, int]] = []
    colon_speaker: Span | None = None
    paragraphs = [p for p in _PARAGRAPH.finditer(text) if p.group().strip()]
    labelled = label_lines(text) >= 2
    for index, para in enumerate(paragraphs):
        p_start, p_end = para.start(), para.end()
        if index >= len(paragraphs) - 2 and _AUTHOR_BIO.match(para.group()):
            continue  # "Jane Roe is a journalist based in ...": the byline note is narration
        if index == 0:
            headline = _headline_speaker(text, para)
            if headline is not None:
                candidates.append(headline)
                continue
        label = _label_line(text, para) if labelled else None
        if label is not None:
            candidates.append(label)
            colon_speaker = None
            continue
        quotes = find_quotes(text, p_start, p_end)
        quoted.extend((q.start, q.end) for q in quotes)
        sentences = _sentences(starts, p_start, p_end, quotes)
        direct: list[Candidate] = []
        for i, q in enumerate(quotes):
            sent = next((s for s in sentences if s[0] <= q.start < s[1]), (p_start, p_end))
            # '"...!" Mr. Trump wrote.': the splitter may put the cue in the next sentence.
            # Look past the spaces after the closing mark: the next sentence may start there.
            visible = len(text[q.end : p_end]) - len(text[q.end : p_end].lstrip()) + q.end
            after = next((s for s in sentences if s[0] <= visible < s[1]), sent)
            next_start = min(quotes[i + 1].start if i + 1 < len(quotes) else p_end, max(sent[1], after[1]))
            previous = direct[-1] if direct else None
            cand = attribute_quote(
                text, q, sent, next_start, quotes, colon_speaker if i == 0 else None, previous
            )
            if cand is not None:
                direct.append(cand)
        candidates.extend(direct)
        for sent in sentences:
            in_sentence = [d for d in direct if sent[0] <= d.start < sent[1] and d.mention is not None]
            clause_speaker = in_sentence[-1].mention if in_sentence else None
            firm = [d for d in direct if not d.inherit]
            found = reported_in_sentence(text, sent, quotes, clause_speaker)
            if not found and not any(sent[0] <= d.start < sent[1] for d in direct):
                mixed = mixed_quote_sentence(text, sent, quotes)
                found = [mixed] if mixed is not None else []
            for cand in found:
                cand = _before_quotes(text, cand, firm)
                if cand is not None:
                    candidates.append(cand)
        colon_speaker = _colon_speaker(text, sentences[-1], quotes) if sentences else None
    candidates.sort(key=lambda c: c.start)
    return candidates, quoted


def resolve(
    text: str, candidates: list[Candidate], quoted: list[tuple[int, int]]
) -> tuple[list[Placed], SpeakerRegistry]:
    """Give every candidate a speaker key, in text order (so 'he' sees who came before)."""
    registry = SpeakerRegistry(text, quoted)
    placed: list[Placed] = []
    last_quoted: tuple[int, int, int] | None = None  # (key, end, cue start) of the latest direct quote
    for cand in candidates:
        cue = (cand.cue.start, cand.cue.end) if cand.cue else None
        if cand.mention is not None:
            surface = text[cand.mention.start : cand.mention.end]
            key = registry.resolve(surface, cand.mention.start)
        elif cand.inherit and last_quoted and _continues(text, last_quoted, cand.start):
            key = last_quoted[0]
        else:
            continue
        placed.append(Placed(cand.start, cand.end, cand.kind, key, cue, continues=cand.mention is None))
        if cand.kind == "direct" or re.search(r"[“”\"]|''", text[cand.start : cand.end]):
            # A quote inside reported speech ('"A" of the plans, Mr. X said.') may go on too.
            last_quoted = (key, cand.end, cue[0] if cue else -1)
    return merge_same_speaker(text, drop_overlaps(placed)), registry


def _continues(text: str, last_quoted: tuple[int, int, int], start: int) -> bool:
    """May a cue-less quote at start continue the latest attributed quote?

    Only when nothing but that quote's own cue clause (' said X, the role.') or
    a paragraph break separates them: other narration usually changes the subject.
    """
    _, prev_end, cue_start = last_quoted
    gap = text[prev_end:start]
    if prev_end <= cue_start < start and len(gap) <= _MERGE_GAP + 150:
        # The gap is the previous quote's cue clause, then maybe a paragraph break.
        last_line = gap.rsplit("\n", 1)[-1] if "\n" in gap else ""
        if gap.count("\n") == 0 and len(gap) <= _MERGE_GAP or gap.count("\n") <= 2 and not last_line.strip():
            return True
    return len(gap.strip()) <= _CONTINUE_GAP and gap.count("\n") <= 2


# Abbreviation dots that do not end a sentence ('Mr. Hedge said').
_ABBREVIATION = re.compile(r"\b(?:" + "|".join((*DOT_TITLES, "Jr", "Sr", "[A-Z]")) + r")\.")


def merge_same_speaker(text: str, spans: list[Placed]) -> list[Placed]:
    """Join neighbouring spans of one speaker in one paragraph into one turn.

    '"A," he said. "B."' is one turn of one speaker with the cue inside it; a
    reader (and PolNeAR's gold, which spans A to B) sees one stretch of speech.
    A quote and reported speech join only within one sentence ('X said A,
    adding "B"'): across a sentence end, 'X told reporters that A. "B," X said.
    X rejected C.' is three turns, not one long quote that swallows the cue.
    """
    merged: list[Placed] = []
    for span in spans:
        prev = merged[-1] if merged else None
        same_paragraph = "\n" not in text[prev.end : span.start] if prev else False
        gap = _ABBREVIATION.sub("", text[prev.end : span.start]) if prev else ""
        if (
            prev is not None
            and prev.key == span.key
            and (
                prev.kind == span.kind
                or not re.search(r"[.!?]", gap)
                # a cue-less quote right after its speaker's reported clause: '..., referring to Y. "B."'
                or (span.continues and not gap.strip(" \t.,;:!?”’\"'"))
            )
            and prev.kind != "transcript"
            and (same_paragraph or span.continues)
            and span.start - prev.end <= _MERGE_GAP + 150
        ):
            kind = prev.kind if prev.kind == span.kind else "direct"
            merged[-1] = Placed(prev.start, span.end, kind, prev.key, prev.cue or span.cue)
        else:
            merged.append(span)
    return merged
