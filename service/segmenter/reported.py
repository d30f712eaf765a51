"""Reported (indirect) speech inside one sentence.

Forms handled:
  X said (on Monday) (that) CONTENT.      CONTENT, X said (on Monday).
  CONTENT, said X.                        According to X, CONTENT. / CONTENT, according to X.
  X told reporters (that) CONTENT.        X accused Y of CONTENT. / X denied CONTENT.
  ..., adding/saying/noting (that) CONTENT  (subject = the clause's speaker)
  X believes/found/shows that CONTENT     (belief and evidence verbs need "that")
Quoted words inside CONTENT stay in it (mixed quotes). Cue words inside a
quote are never cues.
"""

from __future__ import annotations

import re
from itertools import pairwise

from service.segmenter.candidates import Candidate
from service.segmenter.cues import (
    CUE_RE,
    HEADLINE_CUES,
    Span,
    clause_subject,
    cue_kind,
    may_invert,
    mention_after_inverted,
    subject_before,
)
from service.segmenter.lexicon import (
    EVIDENCE_HEADS,
    NOMINAL_HEADS,
    NP_OBJECT_VERBS,
    OBJECT_VERBS,
    PHRASAL_CUES,
    SPEECH_NOUNS,
)
from service.segmenter.quotes import Quote, word_count

_MIN_CONTENT_WORDS = 3
# Short phrases between a cue and its content: 'said on Monday', 'told CNN'.
# "that" a few words after the cue ("said on Monday that"), not across a clause
# break ("disputed both critiques, but says that"); ", however, that" is fine.
_THAT_AHEAD = re.compile(
    r"^(?:[^.;:!?“”\",]{0,60}?|\s*,[^,.;]{0,80},\s*"
    # 'said Sunday in Madison, Wisconsin, that': a place name with its state.
    r"|[^.;:!?“”\",]{0,50}\b(?:in|at|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s*)"
    r"\bthat\b",
    re.DOTALL,
)
_MODIFIERS = re.compile(
    r"(?:\s*,?\s*(?:on|of|last|this|earlier|late|early|in|during|at|to|with|via|after|before|from)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w’'-]+)(?:\s+(?:[A-Z][\w’'.-]*|interview|statement|speech|email|letter|post|tweet|night|morning|week|month|year))*"
    r"|\s*,?\s*for\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b"
    r"|\s*,?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|"
    r"previously|repeatedly|also|again|later|earlier|then|publicly|privately|bluntly|simply|flatly|\w+ly))*"
)
_OBJECT = re.compile(
    r"\s+(?:me|him|her|them|us|you|reporters|journalists|supporters|voters|listeners|viewers|"
    r"parents|students|members|lawmakers|legislators|senators|staff|employees|workers|investors|"
    r"colleagues|donors|attendees|followers|fans|delegates|guests|residents|officials|diplomats|"
    r"(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:crowd|audience|reporters|host|station|network|paper|newspaper|magazine|committee|"
    # addressees of courts, diplomacy and briefings: 'told the court', 'told a news conference'
    r"court|jury|judge|hearing|inquiry|tribunal|panel|parliament|assembly|council|commission|conference|"
    r"briefing|meeting|summit|rally|gathering|broadcaster|agency|chamber|senate|lawmakers|delegates)\b|"
    # a named addressee with its article: 'told the Security Council', 'told the BBC'
    r"(?:the|a|an)\s+(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:’s|'s)?(?:\s+[A-Z][\w.’'-]*)*)"
)
_TRAIL = " \t\n.,;:!?—–-"


def _content_after(text: str, cue: re.Match[str], s_end: int, needs_that: bool) -> tuple[int, int] | None:
    """Where the content after a cue starts and ends, or None if it has none."""
    pos = cue.end()
    particle = _PARTICLE.match(text, pos, s_end)
    word = cue.group().lower()
    if word in ("declined", "declines"):
        # 'declined to comment (on the report)': only a refusal to speak is content
        refusal = re.match(
            r"\s+(?=to\s+(?:comment|elaborate|respond|speculate|say|discuss)\b)", text[pos:s_end]
        )
        return _trimmed(text, pos + refusal.end(), s_end) if refusal else None
    if word in _ABOUT_VERBS:
        if not (particle and particle.group().endswith("about")):
            return None  # 'spoke at the rally', 'talks with Iran': no stated content
        pos = particle.end()
    elif particle and word in _PARTICLE_VERBS and not particle.group().endswith("about"):
        pos = particle.end()  # 'called for a ban', 'pointed out that'
    rest = text[pos:s_end]
    m = _THAT_AHEAD.match(rest)
    if m and (
        cue.group().lower() in NP_OBJECT_VERBS or word_count(text[pos + m.end() : s_end]) < _MIN_CONTENT_WORDS
    ):
        m = None  # 'called the assault that killed ...': a relative clause, not a that-clause
    if m and not _only_modifiers(text, pos, pos + m.end() - 4, cue.group()):
        m = None  # 'said officials have video that shows ...': "that" belongs to the content
    if m and word_count(rest[: m.start() + m.end()]) <= 10:
        start = pos + m.end()
    elif needs_that:
        return None
    else:
        if cue.group().lower() in OBJECT_VERBS:
            obj = _OBJECT.match(text, pos, s_end)
            if obj:
                pos = obj.end()
        mod = _MODIFIERS.match(text, pos, s_end)
        if mod:
            pos = mod.end()
        start = pos
        if text[pos:s_end].lstrip().startswith(","):
            return None  # 'said, looking out at the crowd': a side remark, not content
        while start < s_end and text[start] in " ,:\n\t—–-":
            start += 1
    end = s_end
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    content = text[start:end]
    short_but_stated = bool(
        (cue.group().lower() in _REJECTION_VERBS and _CHARGE_OBJECT.fullmatch(content))
        or _QUOTED_LABEL.fullmatch(content)
        or (cue.group().lower() in _STANCE_VERBS and _NAME_OBJECT.fullmatch(content))
        or (cue.group().lower() in _DECLINE_VERBS and _NO_COMMENT.fullmatch(content))
    )
    if word_count(content) < _MIN_CONTENT_WORDS and not short_but_stated:
        return None
    if cue.group()[0].isupper() and cue.group() in HEADLINE_CUES:
        return start, end  # headline content is capitalised: 'Vows To Eliminate Tax Breaks'
    if _NOT_CONTENT_START.match(content) and not (
        content.lower().startswith("as ") and cue.group().lower() in _AS_VERBS
    ):
        return None  # "responded by ...", "said when asked ...": not what was said
    if content[:1] in "“\"'‘" and word_count(content) < 6:
        return None  # a quoted title after the cue: 'said on "Meet the Press."'
    return start, end


# 'X rejected the accusation', 'X denied the charges': a short object, but a stated
# position (the denial) that PolNeAR annotates and a reader wants attributed.
_REJECTION_VERBS = frozenset("rejected rejects denied denies dismissed dismisses disputed disputes".split())
_CHARGE_OBJECT = re.compile(
    r"(?i:the|these|those|such|that|this|all|any|his|her|their|its)\s+(?:[\w’'-]+\s+)?"
    r"(?i:accusations?|charges?|claims?|allegations?|reports?|criticism|suggestions?|assertions?|characterization)"
)


# 'X endorsed Cruz', 'X is backing Hillary Clinton': a short object, but a stated stance.
_STANCE_VERBS = frozenset(
    "endorsed endorses endorse endorsing backed backs backing supported supports supporting "
    "opposed opposes opposing".split()
)
_NAME_OBJECT = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"(?:[’']s\s+(?:candidacy|campaign|bid|nomination))?(?:\s+(?:for\s+president|in\s+the\s+primary))?"
)
# 'X declined to comment': a refusal to speak that PolNeAR annotates as a stated position.
_DECLINE_VERBS = frozenset("declined declines refused refuses".split())
_NO_COMMENT = re.compile(r"to\s+(?:comment|elaborate|respond|speculate|say|discuss\s+\w+)")


def _short_stance(text: str, cue: re.Match[str], s_end: int) -> bool:
    """'X endorsed Cruz.', 'X declined to comment.': the short tail is the content."""
    tail = text[cue.end() : s_end].strip(_TRAIL)
    word = cue.group().lower()
    return bool(
        (word in _STANCE_VERBS and _NAME_OBJECT.fullmatch(tail))
        or (word in _DECLINE_VERBS and _NO_COMMENT.fullmatch(tail))
    )


# 'called Trump “unhinged”': an object and the quoted word the speaker chose for it.
_QUOTED_LABEL = re.compile(r"[\w’'.-]+(?:\s+[\w’'.-]+)?\s+[“\"‘][^“”\"]{2,80}[”\"’][.,!?]?")


_NOT_CONTENT_START = re.compile(
    r"(?i:by|with|for|about|at|from|as|after|before|during|while|when|in|on|"
    r"through|via|into|upon|over|under|amid|since|until|of|and|or|but)\b"
    # "to" starts content only before a verb ("vowed to remain"), not "to reporters".
    r"|(?i:to)\s+(?:(?i:the|a|an|his|her|their|its|reporters|me|him|them|us|you)\b|[A-Z])"
)


def _only_modifiers(text: str, start: int, end: int, cue_word: str) -> bool:
    """Is text[start:end] (between a cue and its "that") only an object and modifiers?"""
    pos = start
    if cue_word.lower() in OBJECT_VERBS:
        obj = _OBJECT.match(text, pos, end)
        if obj:
            pos = obj.end()
    mod = _MODIFIERS.match(text, pos, end)
    if mod:
        pos = mod.end()
    left = text[pos:end].strip(" ,")
    return word_count(left) <= 1 or bool(re.fullmatch(r"(?:also|however|again|repeatedly|flatly)", left))


def _content_before(text: str, s_start: int, subject_start: int) -> tuple[int, int] | None:
    """'CONTENT, X said.': the clause before the comma that precedes the subject."""
    j = subject_start
    while j > s_start and text[j - 1].isspace():
        j -= 1
    if j - 1 > s_start and text[j - 1] in "”\"’'" and text[j - 2] in ",?!":
        end = j - 1  # '"... growth," Dean said': the comma sits inside the closing quote
    elif j <= s_start or text[j - 1] not in ",—–":
        return None
    else:
        end = j - 1
    start = s_start
    while start < end and text[start] in " \t\n":
        start += 1
    if word_count(text[start:end]) < _MIN_CONTENT_WORDS:
        return None
    if (_ADVERBIAL_START.match(text, start) or re.match(r"[A-Z][a-z]+ing\b", text[start:end])) and word_count(
        text[start:end]
    ) <= 8:
        # 'Before dropping out, Cruz responded ...', 'Campaigning in Ohio, he mentioned ...':
        # an adverbial phrase, not content
        return None
    return start, end


_CLAUSE_BREAK = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|;|\s(?:while|whereas|but))\s+(?=\S+(?:\s+\S+){0,6}\s*$)"
)

# 'While Trump said A, Rubio said B': after a subordinate opener a comma is enough.
_SUBORDINATE = re.compile(r"\s*(?:While|Although|Though|Whereas|As|When|If|Because|Since)\b")
_SUBORDINATE_BREAK = re.compile(r",\s+(?=\S+(?:\s+\S+){0,6}\s*$)")

_PARTICLE = re.compile(
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:for|on|out|to|about)\b"
)
_PARTICLE_VERBS = frozenset(
    "call calls called calling point points pointed pointing refer refers referred referring".split()
)
# 'spoke about the ruling': the topic after "about" is what was said.
_ABOUT_VERBS = frozenset("spoke talked talks talking".split())

_PLACE_TAIL = re.compile(
    r"\s*,?\s*(?:at|in|on|during|before|after|while|from|via|of|when|with)\s+[^,;:“”\"]{0,60}[.!?]?\s*$"
)


def _tail_is_short(text: str, pos: int, s_end: int) -> bool:
    """After 'X said' only modifiers remain: 'on Monday', 'in a statement.'"""
    rest = re.sub(r"\([^)]*\)", "", text[pos:s_end])  # '(a view echoed by others)'
    if _THAT_AHEAD.match(rest):
        return False
    if _PLACE_TAIL.match(rest):
        return True  # 'said at a recent Reuters event in New York.
    mod = _MODIFIERS.match(rest)
    left = rest[mod.end() :] if mod else rest
    return word_count(left) <= 2 and not re.search(r"[“\"]", left)


def _inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def reported_in_sentence(
    text: str, sentence: tuple[int, int], quotes: list[Quote], clause_speaker: Span | None
) -> list[Candidate]:
    """Reported-speech candidates in one sentence (at most one per cue, left to right)."""
    s_start, s_end = sentence
    found: list[Candidate] = []
    last_subject = clause_speaker
    scan_from = s_start
    for m in CUE_RE.finditer(text, s_start, s_end):
        if m.start() < scan_from or _inside(m.start(), quotes):
            continue
        word = m.group()
        cue = Span(m.start(), m.end())
        kind = cue_kind(word)
        if kind == "quote":
            continue
        if word.lower().startswith("according"):
            cand = _according(text, m, sentence)
        elif (
            kind == "participle"
            and not text[s_start : m.start()].rstrip().endswith(",")  # ', telling X': the clause's subject
            and _person_like(text, subject_before(text, m.start(), s_start))
        ):
            # 'Trump is telling a crowd that ...', 'with Cruz promising to ...'
            cand = _finite(text, m, sentence, needs_that=False)
        elif kind == "participle":
            cand = None
            before = text[s_start : m.start()].rstrip().rstrip("”\"'’")
            if last_subject is None:
                last_subject = clause_subject(text, s_start, m.start())
            # ', adding that ...' or 'began by saying he would ...'
            if last_subject is not None and (
                before.endswith(",") or re.search(r"\b(?:by|while|after|before)$", before)
            ):
                span = _content_after(text, m, s_end, needs_that=False)
                if span:
                    cand = Candidate(span[0], span[1], "indirect", last_subject, cue)
        else:
            cand = _finite(text, m, sentence, needs_that=(kind == "that"))
        if (
            cand is not None
            and found
            and word.lower().startswith("according")
            and cand.start <= found[-1].start < m.start()
            and cand.end <= m.start()
        ):
            # 'Most voters say they want X, according to a new poll': the poll is the source
            # of the whole finding, the inner "say" part of what it reports.
            found[-1] = cand
            last_subject = cand.mention
            scan_from = m.end()
            continue
        if cand is not None and found and found[-1].start <= m.start() < found[-1].end:
            # A second cue inside the first one's content: keep it only when it opens
            # a new clause with its own subject ('A said X, while B said Y').
            prev = found[-1]
            breaks = _SUBORDINATE_BREAK if _SUBORDINATE.match(text, s_start) else _CLAUSE_BREAK
            cut = breaks.search(text, prev.start, cand.mention.start) if cand.mention else None
            if cut is None or cand.mention.start < prev.start or cut.end() != cand.mention.start:
                continue
            end = cut.start()
            while end > prev.start and text[end - 1] in _TRAIL:
                end -= 1
            if word_count(text[prev.start : end]) < _MIN_CONTENT_WORDS:
                continue
            found[-1] = Candidate(prev.start, end, prev.kind, prev.mention, prev.cue)
        if cand is not None:
            found.append(cand)
            last_subject = cand.mention
            scan_from = m.end()
    found = found + _phrasal_in_sentence(text, sentence, quotes, found)
    opener = _evidence_opener(text, sentence)
    if opener is not None:
        # 'In a new poll, 52 percent of voters said ...': the poll is the source of it all.
        inner = [c for c in found if not (c.start >= opener.end or c.end <= opener.start)]
        if not any(
            c.mention
            and text[c.mention.start].isupper()
            and not _quantity_subject(text, s_start, c.cue.start if c.cue else c.mention.end)
            for c in inner
        ):
            found = [opener] + [c for c in found if c not in inner]
    return found


# 'In a CNN poll released Monday, CONTENT': evidence named in a sentence opener.
_EVIDENCE_OPENER = re.compile(
    r"\s*(?:But\s+|And\s+)?(?P<cue>In|Among)\s+(?P<src>(?:a|an|the)\s+"
    r"(?:(?!(?:as|when|while|after|before|wake|of|that|which|who)\b)[\w’'./-]+\s+){0,5}"
    r"(?:poll|polls|survey|surveys|study|analysis|report)\b[^,;:“”\"]{0,40}?),\s+"
)


def _evidence_opener(text: str, sentence: tuple[int, int]) -> Candidate | None:
    s_start, s_end = sentence
    m = _EVIDENCE_OPENER.match(text, s_start, s_end)
    if m is None:
        return None
    start, end = _trimmed(text, m.end(), s_end)
    if word_count(text[start:end]) < _MIN_CONTENT_WORDS:
        return None
    return Candidate(
        start, end, "indirect", Span(m.start("src"), m.end("src")), Span(m.start("cue"), m.end("cue"))
    )


# Verbs of opinion that a poll reports for a share of people ('most voters support ...').
_POLL_VERB_RE = re.compile(
    r"\b(?:support|supported|oppose|opposed|see|saw|view|favor|favour|favored|back|backed|prefer|preferred|"
    r"approve|approved|disapprove|disapproved|trust|trusted)\b"
)


def _title_case(sentence: str) -> bool:
    """A headline line: 'Mayor Pell Calls For A New Ferry' (most longer words capitalised)."""
    words = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and "\n" not in sentence


_PHRASAL_RE = re.compile(r"\b(?:" + "|".join(PHRASAL_CUES) + r")\b", re.IGNORECASE)
_NOUN_CUE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\s+(?:about|on|against|for|of|over)\b"
)
# Between a clause subject and its speech noun: a verb and a few modifiers, no clause break.
_TO_SPEECH_NOUN = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){1,6}$")


def _noun_cue_subject(text: str, s_start: int, m: re.Match[str]) -> Span | None:
    """The speaker of 'X voiced strong support for Y': the clause subject, a few words before."""
    who = clause_subject(text, s_start, m.start())
    if who is None or not _TO_SPEECH_NOUN.fullmatch(text, who.end, m.start()):
        return None
    mention = text[who.start : who.end]
    if not (mention[0].isupper() or mention.lower() in ("he", "she", "they", "we")):
        return None
    if _bare_last(mention) in EVIDENCE_HEADS or mention.split()[0].lower() in _NOT_SPEAKER_START:
        return None
    between = text[who.end : m.start()].lower().split()
    if not _NOUN_CUE_VERBS & set(between) or CUE_RE.search(text, who.end, m.start()):
        return None  # 'Obama faced criticism over': taking it, not giving it
    return who


# Verbs by which a subject gives (not receives) the speech noun: 'made comments about'.
_NOUN_CUE_VERBS = frozenset(
    """
    made make makes voiced voices voice expressed expresses unleashed launched launches
    offered offers raised raises delivered delivers issued issues took taken takes
    leveled levelled sounded shared gave posed avoided dodged stepped ramped kept keeps
    """.split()
)


def _phrasal_in_sentence(
    text: str, sentence: tuple[int, int], quotes: list[Quote], found: list[Candidate]
) -> list[Candidate]:
    """'X called for a ban', 'X railed against the deal': a phrasal cue with no speech
    verb, its subject right before it; the object after the preposition is the content.

    Only where no cue-verb candidate already covers the sentence from that point.
    """
    s_start, s_end = sentence
    out: list[Candidate] = []
    taken = [(min(c.start, c.mention.start if c.mention else c.start), c.end) for c in found]
    for m in _POLL_VERB_RE.finditer(text, s_start, s_end):
        # 'About three-quarters support a ban', 'Four in 10 voters see him as unfair'
        if _inside(m.start(), quotes) or any(a <= m.start() < b for a, b in taken):
            continue
        who = _quantity_subject(text, s_start, m.start())
        start, end = _trimmed(text, m.end(), s_end)
        if (
            who is not None
            and word_count(text[start:end]) >= 1
            and not _NOT_CONTENT_START.match(text, start, end)
        ):
            out.append(Candidate(start, end, "indirect", who, Span(m.start(), m.end())))
            taken.append((who.start, end))
    matches = sorted(
        [(m, False) for m in _PHRASAL_RE.finditer(text, s_start, s_end)]
        + [(m, True) for m in _NOUN_CUE_RE.finditer(text, s_start, s_end)],
        key=lambda x: x[0].start(),
    )
    for m, nominal in matches:
        if _inside(m.start(), quotes) or any(a <= m.start() < b for a, b in taken):
            continue
        if not (m.group()[0].islower() or m.start() == s_start or _title_case(text[s_start:s_end])):
            continue  # 'Talk About ...' inside a sentence is a title, not a verb phrase
        if text[s_start : m.start()].rstrip().endswith(","):
            continue  # ', referring to ...': a side remark of the clause's speaker
        who = _noun_cue_subject(text, s_start, m) if nominal else subject_before(text, m.start(), s_start)
        if who is None or re.search(r"[’']s?$", text[who.start : who.end]):
            continue  # "Zucker's comments on": a noun phrase, not a clause
        if text[who.start : who.end].lower() == "you" or CUE_RE.search(text, who.start, who.end):
            continue  # 'would you vote for her?'; 'the data shows the campaign is worried about'
        lead = text[max(s_start, who.start - 40) : who.start]
        if re.search(r"(?:\bthat|\b[a-z]+s)\s*$", lead) and CUE_RE.search(
            lead.rsplit(None, 2)[-1] if lead.strip() else ""
        ):
            continue  # 'the transcript shows (that) Clinton talked about ...': the outer source's claim
        if text[who.start : who.end].split()[0].lower() in _NOT_SPEAKER_START | {"much", "more"}:
            continue  # 'More people voted for', 'much of his campaign railing against'
        if text[s_start:s_end].rstrip().endswith("?"):
            continue  # 'What should we talk about next?': a question, not a stated position
        start, end = _trimmed(text, m.end(), s_end)
        if (
            word_count(text[start:end]) < 1
            or text[start] in '“"'
            or _NOT_CONTENT_START.match(text, start, end)
        ):
            continue  # 'the change the party warned about in its report': no object
        out.append(Candidate(start, end, "indirect", who, Span(m.start(), m.end())))
        taken.append((who.start, end))
    return out


# A share of people as the subject of a poll finding: 'About 4 in 10 Republican voters
# in each state say', 'Less than a third agreed', '52 percent of registered voters think'.
_QUANTITY_SUBJECT = re.compile(
    r"(?i:(?:about|nearly|only|roughly|almost|just|at\s+least|more\s+than|less\s+than|fewer\s+than|over|under)\s+)*"
    r"(?:\d+(?:\.\d+)?\s*(?:percent|%)|\w+\s+in\s+(?:10|ten|\d+)|(?i:half|a\s+third|a\s+quarter|two-thirds|"
    r"three-quarters|a\s+majority|majorities|most))"
    r"(?:\s+(?!(?:say|says|said|think|thinks|believe|believes|want|wants|agree|agreed|feel|feels)\b)[\w’'.-]+){0,9}\s+$"
)


def _quantity_subject(text: str, s_start: int, cue_start: int) -> Span | None:
    """'About 4 in 10 voters in each state say': the whole share, from the clause start."""
    clause_start = s_start
    comma = text.rfind(",", s_start, cue_start)
    if comma >= 0:
        clause_start = comma + 1
    while clause_start < cue_start and text[clause_start].isspace():
        clause_start += 1
    m = _QUANTITY_SUBJECT.match(text, clause_start, cue_start)
    if m is None or m.end() != cue_start:
        return None
    return Span(clause_start, cue_start - (len(m.group()) - len(m.group().rstrip())))


def _finite(text: str, m: re.Match[str], sentence: tuple[int, int], needs_that: bool) -> Candidate | None:
    """'X said ...' or '..., X said.' or '..., said X.'"""
    s_start, s_end = sentence
    cue = Span(m.start(), m.end())
    who = _quantity_subject(text, s_start, m.start()) or subject_before(text, m.start(), s_start)
    if who is None:
        who = _subject_of_infinitive(text, s_start, m)
    elif re.search(r",\s*$", text[s_start : m.start()]):
        # 'Sandy Vale, who lost her home in Aurora, Colorado, in July, said': the mention
        # found before the cue is inside the appositive; the speaker opens the sentence.
        opener = _subject_of_long_appositive(text, s_start, m.start())
        if (
            opener is not None
            and opener.end < who.start
            and word_count(text[opener.end : who.start]) >= 3
            and re.match(r"\s*,\s*(?:who|whose|a|an|the|[a-z]+ing)\b", text[opener.end : who.start])
        ):
            who = opener
    if who is not None and needs_that and _evidence_mention(text[who.start : who.end]):
        needs_that = False  # 'a new poll shows Trump ahead'
    if needs_that and _tail_is_short(text, m.end(), s_end):
        # '..., campaign finance records compiled by the center show.': the evidence
        # phrase runs from the comma to the cue.
        tail = re.search(r",\s*([^,;:“”\"]{3,150}?)\s*$", text[s_start : m.start()])
        if tail and word_count(tail.group(1)) <= 15 and _evidence_mention(tail.group(1), anywhere=True):
            who = Span(s_start + tail.start(1), s_start + tail.end(1))
            needs_that = False
    if (
        who is not None
        and needs_that
        and m.group().lower() in _BELIEF_VERBS
        and text[who.start : who.end].lower() != "you"  # 'would you think ...?': rhetorical
        and _BARE_CLAUSE.match(text, m.end(), s_end)
    ):
        needs_that = False  # 'Fisher believes Trump will do well': a clause without "that"
    if (
        who is None
        and re.search(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$", text[s_start : m.start()])
        and not re.search(r"\b(?:who|which|that)\b", text[s_start : m.start()])
    ):
        # 'Sanders cast her as unqualified and accused her of ...': the clause's subject.
        who = clause_subject(text, s_start, m.start())
    if who is None and re.search(r"(?:,|—|–|--)\s*$", text[s_start : m.start()]):
        who = _subject_of_long_appositive(text, s_start, m.start())
    if who is None and re.match(r"\s+that\b", text[m.end() : s_end]):
        who = _subject_of_long_noun_phrase(text, s_start, m.start())
        if who is not None:
            needs_that = False
    if (
        who is not None
        and m.group().lower() in _NAMING_VERBS
        and not _named_or_pronoun(text[who.start : who.end])
    ):
        return None  # 'a Facebook group called Occupy DNC': naming, not speech
    if who is not None:
        if not needs_that and _parenthetical(text, who.start, m.end(), s_start, s_end):
            # 'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.': the
            # speech is on both sides of the cue clause, so the turn is the sentence.
            comma = text.find(",", m.end(), s_end)
            after = _trimmed(text, comma + 1, s_end)
            if re.match(r"\w+ing\b", text[after[0] : after[1]]):
                # '..., Twitter announced, gaining 22,000 followers': content is before.
                span = _content_before(text, s_start, who.start)
                return Candidate(span[0], span[1], "indirect", who, cue) if span else None
            span = _trimmed(text, s_start, s_end)
            if word_count(text[after[0] : after[1]]) >= _MIN_CONTENT_WORDS:
                return Candidate(span[0], span[1], "indirect", who, cue)
            return None
        if m.group().lower() in _REJECTION_VERBS:
            span = _content_after(text, m, s_end, needs_that)
            if span:
                return Candidate(span[0], span[1], "indirect", who, cue)
        if not needs_that and _tail_is_short(text, m.end(), s_end) and not _short_stance(text, m, s_end):
            extra = re.search(r",\s*((?:[\w’'.-]+\s+){1,4})$", text[s_start : who.start])
            if extra and not _content_before(text, s_start, who.start):
                # '..., the engineer Priya Dunmore said.': role words the lexicon lacks.
                who = Span(s_start + extra.start(1), who.end)
            span = _content_before(text, s_start, who.start)
            if span:
                return Candidate(span[0], span[1], "indirect", who, cue)
            return None
        relative = _relative_label(text, s_start, who.start, m, s_end)
        if relative:
            return Candidate(relative[0], relative[1], "indirect", who, cue)
        span = _content_after(text, m, s_end, needs_that)
        if span:
            return Candidate(span[0], span[1], "indirect", who, cue)
        if not needs_that:
            # 'Guns are "a crisis," Dean proclaimed to a cheering crowd on Tuesday.'
            span = _content_before(text, s_start, who.start)
            if span:
                return Candidate(span[0], span[1], "indirect", who, cue)
        return None
    if may_invert(m.group()):
        who = mention_after_inverted(text, m.end(), s_end)
        if who is not None and (
            _tail_is_short(text, who.end, s_end) or text[who.end : s_end].lstrip().startswith(",")
        ):
            span = _content_before(text, s_start, m.start())
            if span:
                return Candidate(span[0], span[1], "indirect", who, cue)
    return None


# The longest stretch (words) between a subject and its cue that may be an appositive.
_MAX_APPOSITIVE_WORDS = 40


def _subject_of_long_appositive(text: str, s_start: int, cue_start: int) -> Span | None:
    """'Ana Ruiz, a lawyer who ... and is now ..., said': a named subject at the sentence
    start, then an appositive (commas or dashes) too long or too nested for subject_before.

    Only a capitalised subject, followed at once by the comma or dash that opens the
    appositive, with no quote mark in between.
    """
    who = clause_subject(text, s_start, cue_start)
    if who is None or not text[who.start].isupper():
        return None
    between = text[who.end : cue_start]
    if not re.match(r"\s*(?:,|—|–|--)", between) or re.search(r"[“”\"]", between):
        return None
    if word_count(between) > _MAX_APPOSITIVE_WORDS:
        return None
    return who


# 'X took to Twitter to say', 'X was quick to tell reporters', 'X would not say': the
# clause subject, then a short verb phrase ending in "to" (or a negated modal).
_TO_CUE = re.compile(
    r"\s+(?:(?!(?:who|which|that|and|but|or|because|if|when)\b)[\w’'-]+\s+){0,7}?"
    r"(?:to|(?:would|will|could|did|does|do)(?:\s+not|n[’']t)|won[’']t|can[’']t|cannot)\s+$"
)
_INFINITIVE_CUES = frozenset("say tell explain argue insist warn suggest claim predict deny".split())


def _subject_of_infinitive(text: str, s_start: int, m: re.Match[str]) -> Span | None:
    """The speaker of 'Clinton took to Twitter to say ...': the clause's subject."""
    if m.group().lower() not in _INFINITIVE_CUES:
        return None
    who = clause_subject(text, s_start, m.start())
    if who is None or not _TO_CUE.fullmatch(text, who.end, m.start()):
        return None
    mention = text[who.start : who.end]
    if re.search(r"[,;:“”\"]", text[who.end : m.start()]) or mention.lower() in ("you", "i", "we"):
        return None
    if not text[who.end : m.start()].rstrip().endswith(" to") and m.group().lower() != "say":
        return None  # 'would not say when' is a stated refusal; 'would not tell the IRS' is not
    if not (mention[0].isupper() or mention.lower() in ("he", "she", "they")):
        return None
    if re.search(
        r"\b(?:asked|urged|invited|allow|allows|allowed|allowing|enabling|forced|expected|pressed|pressured)\b",
        text[who.end : m.start()],
    ):
        return None  # 'X asked Y to explain': Y would speak, not X
    return who


def _subject_of_long_noun_phrase(text: str, s_start: int, cue_start: int) -> Span | None:
    """'A survey of voters taken as they left the polls showed that ...': the sentence's
    subject, kept apart from its verb by modifiers that subject_before cannot cross.

    Only before an explicit "that", with no comma and no other cue in between.
    """
    who = clause_subject(text, s_start, cue_start)
    if who is None:
        return None
    between = text[who.end : cue_start]
    if not re.match(
        r"\s+(?:of|from|by|in|at|for|with|on|who|which|that|taken|conducted|released|published)\b", between
    ):
        return None
    if re.search(r"[,;:“”\"—–]", between) or word_count(between) > 15 or CUE_RE.search(between):
        return None
    head = _bare_last(text[who.start : who.end])
    if not (text[who.start].isupper() or head in EVIDENCE_HEADS or head in NOMINAL_HEADS):
        return None
    return who


# 'which X described as “...”', 'a plan that X called “reckless”': the relative pronoun
# before the subject, then the quoted label right after the verb.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|what|that)\s+$")
_LABEL_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?\w+(?:ly|day))?\s+(?:as\s+)?(?:(?:a|an|the)\s+)?[“\"][^“”\"]{1,120}[”\"]"
)
_LABEL_VERBS = frozenset(
    "called calls described describes labeled labelled branded dubbed deemed declared".split()
)


def _relative_label(
    text: str, s_start: int, who_start: int, cue: re.Match[str], s_end: int
) -> tuple[int, int] | None:
    """The span from the relative pronoun to the quoted label: the speaker's words
    wrap around the relative clause ('an act that the mayor called “cowardly”')."""
    if cue.group().lower() not in _LABEL_VERBS:
        return None
    rel = _RELATIVE_BEFORE.search(text, s_start, who_start)
    label = _LABEL_AFTER.match(text, cue.end(), s_end)
    if rel is None or label is None:
        return None
    return rel.start(), label.end()


# Belief verbs whose that-clause often drops "that" ('she thinks he is wrong').
_BELIEF_VERBS = frozenset(
    "believes believe believed thinks think thought fears fear feared expects expect expected "
    "feels feel felt hopes hope hoped knows knew".split()
)
# A clause opening: a subject, then an auxiliary or copula ('Trump will', 'the plan is').
_BARE_CLAUSE = re.compile(
    r"\s+(?:he|she|they|it|we|i|you|(?:the|this|that|his|her|their|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"\s+(?:will|would|can|could|should|shall|must|may|might|is|was|are|were|has|have|had|does|did|"
    r"won’t|won't|can’t|can't|isn’t|isn't|doesn’t|doesn't)\b"
)


# Verbs whose content may start with "as": 'is describing as "unhinged" a tweet'.
_AS_VERBS = frozenset("described describes describing dismissed portrayed portrays labeled labelled".split())
_NAMING_VERBS = frozenset("called calls calling named dubbed".split())
# Openers of an adverbial phrase: "Before dropping out", "In a press release earlier this month".
_ADVERBIAL_START = re.compile(
    r"(?i:in|on|at|after|before|during|then|when|while|shortly|earlier|later|last|since|until|as|with|"
    r"without|for|from|by|following|despite|unlike|like|among|amid|under|over|through)\b"
)


def _person_like(text: str, who: Span | None) -> bool:
    """A subject that can speak: not 'a statement' (in 'a statement announcing the pick')."""
    if who is None:
        return False
    first = text[who.start : who.end].split()[0].lower()
    return first not in ("a", "an")


def _named_or_pronoun(mention: str) -> bool:
    words = mention.split()
    return bool(words) and (
        any(w[0].isupper() for w in words) or words[-1].lower() in ("he", "she", "they", "we", "i")
    )


def _evidence_mention(mention: str, anywhere: bool = False) -> bool:
    """'a new poll', 'a CNN poll of the state' (or, with anywhere, 'records compiled by X')."""
    if _bare_last(mention) in EVIDENCE_HEADS:
        return True
    words = [w.lower().strip(".,") for w in mention.split()]
    if anywhere:
        return any(w in EVIDENCE_HEADS for w in words)
    return any(w in EVIDENCE_HEADS and nxt in ("of", "by", "from", "for") for w, nxt in pairwise(words))


def _bare_last(mention: str) -> str:
    """The last word, lower case, without punctuation or a possessive ('survey', 'records')."""
    words = mention.lower().split()
    if not words:
        return ""
    return words[-1].strip(".,").removesuffix("’s").removesuffix("'s").strip("’'")


def _parenthetical(text: str, who_start: int, cue_end: int, s_start: int, s_end: int) -> bool:
    """', X said, CONTENT': the cue clause sits between commas inside the sentence."""
    before = text[s_start:who_start].rstrip()
    after = text[cue_end:s_end]
    mod = _MODIFIERS.match(after)
    rest = after[mod.end() :] if mod else after
    return (
        before.endswith(",") and rest.lstrip().startswith(",") and word_count(rest) >= _MIN_CONTENT_WORDS + 1
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


# 'according to early results of exit polls conducted by X for Y, ...': a long source
# phrase up to the comma or stop, kept whole when it names evidence.
_LONG_SOURCE = re.compile(r"[^\S\n]+((?:[^\s,.;:!?“”\"]+[^\S\n]+){2,24}[^\s,.;:!?“”\"]+)(?=,|\.(?:\s|$)|$)")


def _long_source(text: str, start: int, s_end: int) -> Span | None:
    """A source too long for a speaker mention that still says where the claim is from."""
    m = _LONG_SOURCE.match(text, start, s_end)
    if m is None:
        return None
    words = [_bare_last(w) for w in m.group(1).split()]
    if not EVIDENCE_HEADS & set(words) and not any(w[:1].isupper() for w in m.group(1).split()):
        return None
    return Span(m.start(1), m.end(1))


# What may open a sentence before 'according to X, CONTENT': 'But', 'And yet,'.
_SHORT_INTRO = re.compile(
    r"(?:But|And|So|Yet|Still|Now|Also|However|Indeed|Instead|Moreover)(?:\s+(?:yet|so|also|now))?,?"
)


def _according(text: str, m: re.Match[str], sentence: tuple[int, int]) -> Candidate | None:
    """'According to X, CONTENT.' or 'CONTENT, according to X.'"""
    s_start, s_end = sentence
    cue = Span(m.start(), m.end())
    who = mention_after_inverted(text, m.end(), s_end, keep_of=True) or _long_source(text, m.end(), s_end)
    if who is None:
        return None
    intro = text[s_start : m.start()].strip()
    if not intro or _SHORT_INTRO.fullmatch(intro):
        comma = text.find(",", who.end, s_end)
        if comma < 0:
            return None
        start, end = comma + 1, s_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        if word_count(text[start:end]) >= _MIN_CONTENT_WORDS:
            return Candidate(start, end, "indirect", who, cue)
        return None
    span = _content_before(text, s_start, m.start())
    if span:
        return Candidate(span[0], span[1], "indirect", who, cue)
    return None


# Irregular past forms of verbs that often carry a quoted label ('took aim at the “elites”').
_IRREGULAR = (
    "(?:went|gone|took|made|gave|put|threw|drew|hit|cast|brought|sought|fought|held|struck|swore|wrote|spoke)"
)
# The verb after a subject in 'Trump likened the refugees to a “vicious snake”':
# an optional auxiliary or adverb, then a past or present-tense verb (not a passive).
_ANY_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|again|repeatedly|openly|once|even|\w+ly)\s+)*"
    # 'has been pounding', 'is calling': a progressive; 'went', 'took': a common irregular past.
    r"(?P<verb>(?:(?:is|are|was|were|been)\s+(?:\w+ly\s+)?)?"
    r"(?:[a-z]{3,}(?:ed|es|s|ing)|" + _IRREGULAR + r"))\b"
    # 'U.S. companies are ...': a plural noun before an auxiliary is not the verb.
    r"(?!\s+(?:are|is|was|were|have|has|had|will|would|can|could|may|might)\b)"
)
# Subjects that are quantities or groups of anything, not a speaker: 'Several waved ...'.
_NOT_SPEAKER_START = frozenset("several both one two three four many some most all few people it".split())
# Verbs of doing, not of saying, that often precede a quoted title or name.
_ACTION_VERBS = frozenset(
    """
    stars starred edits edited defeated defeats received receives looked looks seemed seems appears
    appeared depended depends opened opens waved raised raises invited invites seized tries tried
    takes took wins won lost loses plays played hosts hosted joined visited visits attended attends
    wears wore owns owned runs ran directed produced published released aired included includes
    """.split()
)
# How many words may sit between the verb and the quote ('likened the refugees to a “...”').
_MAX_WORDS_TO_QUOTE = 25


def mixed_quote_sentence(text: str, sentence: tuple[int, int], quotes: list[Quote]) -> Candidate | None:
    """'Trump likened the refugees to a “vicious snake”': words quoted close after the
    verb of a sentence whose subject is a named speaker are that speaker's words,
    whatever the verb (PolNeAR annotates them as a mixed quote).

    Only for sentences that no cue rule took, with a capitalised subject (a name,
    not 'the plan' or 'Several'), an active verb that is not a plain action
    ('stars in “...”'), and the quote not far after the verb.
    """
    s_start, s_end = sentence
    inner = [q for q in quotes if s_start <= q.start and q.end <= s_end and q.closed]
    if not inner:
        return None
    who = clause_subject(text, s_start, inner[0].start)
    if who is None:
        return None
    mention = text[who.start : who.end]
    if not (mention[0].isupper() or mention.lower() in ("he", "she")):
        return None
    if _bare_last(mention) in EVIDENCE_HEADS or mention.split()[0].lower() in _NOT_SPEAKER_START:
        return None
    verb = _ANY_VERB.match(text, who.end, inner[0].start)
    if verb is None or verb.group("verb").split()[-1] in _ACTION_VERBS:
        return None
    words = verb.group("verb").split()
    if (len(words) > 1) != words[-1].endswith("ing"):
        return None  # 'was called “...”' (a passive) or a bare '-ing' word (not a verb)
    first = next((q for q in inner if q.start >= verb.end()), None)
    if first is None or word_count(text[verb.end() : first.start]) > _MAX_WORDS_TO_QUOTE:
        return None
    start, end = _trimmed(text, verb.end(), s_end)
    if word_count(text[start:end]) < _MIN_CONTENT_WORDS:
        return None
    return Candidate(start, end, "indirect", who, Span(verb.start("verb"), verb.end("verb")))
