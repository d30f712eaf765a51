"""Finding cue verbs and the speaker mention next to them.

We do not parse. A speaker mention is the run of words right before the cue
("Kremlin spokesman Dmitry Peskov said") or right after an inverted cue
('"...," said Peskov'). Allowed in the run: capitalised words, role words
("spokesman", "former"), joiners ("of", "the"), a parenthesis like "(R-Texas)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.segmenter.lexicon import (
    CONNECTORS,
    DETERMINERS,
    EVIDENCE_HEADS,
    INVERTED_VERBS,
    NOMINAL_HEADS,
    PARTICIPLES,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    QUOTE_ONLY_VERBS,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    THAT_VERBS,
)

# A word: letters, digits, inner dots/apostrophes/hyphens ("U.S.", "Clinton’s", "R-Texas").
_TOKEN = re.compile(r"\(?[A-Za-z0-9][\w.’'&/-]*\)?")
ALL_CUES = SPEECH_VERBS | THAT_VERBS | PARTICIPLES | QUOTE_ONLY_VERBS
# Headlines capitalise their verbs: "Lindsey Graham Says", "Sanders Vows To ...".
HEADLINE_CUES = frozenset(
    "Says Said Tells Told Vows Warns Urges Admits Denies Slams Blasts Rips Reveals Explains "
    "Insists Argues Asks Praises Defends Accuses Suggests Predicts Promises Pledges Claims".split()
)
# Phrasal cues that take a that-clause: 'made it clear that', 'made the case that'.
_PHRASAL_CUES = (
    r"(?:made|makes|make|making)\s+(?:it\s+clear|clear|the\s+(?:point|case|argument))(?=\s+that\b)"
)
CUE_RE = re.compile(
    r"\b(?:[Aa]ccording to|"
    + _PHRASAL_CUES
    + "|"
    + "|".join(sorted(ALL_CUES | HEADLINE_CUES, key=len, reverse=True))
    + r")\b"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _bare(word: str) -> str:
    w = word.lower().strip("().,")
    for suffix in ("’s", "'s"):
        w = w.removesuffix(suffix)
    return w


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _gap_is_space(text: str, a: int, b: int) -> bool:
    """Only whitespace between two tokens (no comma, quote or dash)."""
    return text[a:b].strip() == ""


def _can_be_in_name(word: str) -> bool:
    w = _bare(word)
    if word.startswith("(") and word.endswith(")"):
        return True  # "(R-Texas)"
    if word[0].isupper() or word[0].isdigit():
        return True
    if word.endswith(("s'", "s’")) and word[:-1].isalpha():
        return True  # "flight attendants' union": a plural possessive describing the head
    return w in ROLE_WORDS or w in CONNECTORS or w in DETERMINERS


_NOT_MODIFIERS = frozenset(
    """
    to by from with about into over than as not no nor whose whom which who what there
    he she they we i you it his her its their our my your that this these those some any
    said says say told also has have had is was were are be been will would can could
    should may might must do does did when while where after before because if so but
    and or yet then in on at for of up out off down new
    """.split()
)


def _modifier_ok(word: str) -> bool:
    """A plain lower-case word that may describe a nominal speaker ('tax', 'rights')."""
    w = word.lower()
    return (
        word[0].islower()
        and len(w) > 2
        and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
        and w not in _NOT_MODIFIERS
        and w not in SENTENCE_STARTERS
        and not w.endswith("ly")
    )


def _head_ok(word: str) -> bool:
    """May this word end a speaker mention?"""
    w = _bare(word)
    if w in EVIDENCE_HEADS:
        return True  # 'polling'
    if w.endswith("ing") and len(w) > 5:
        return False  # "Reporting on ...": a gerund opening the sentence, not a name
    if word[0].isupper():
        return w not in SENTENCE_STARTERS and w not in DETERMINERS or w in {"it"}
    singular = w.removesuffix("s")  # 'unions', 'judges'
    # 'operative' when only 'operatives' is listed
    return w in NOMINAL_HEADS or w in EVIDENCE_HEADS or singular in NOMINAL_HEADS or w + "s" in NOMINAL_HEADS


def _ing_surname(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """'Tom Ebeling', 'Chelsea Manning': a capitalised -ing word after a first name is a surname."""
    word = text[toks[i][0] : toks[i][1]]
    if i == 0 or not word[0].isupper() or not word.lower().endswith("ing"):
        return False
    prev = text[toks[i - 1][0] : toks[i - 1][1]]
    return (
        _gap_is_space(text, toks[i - 1][1], toks[i][0])
        and prev[0].isupper()
        and prev.isalpha()
        and _bare(prev) not in SENTENCE_STARTERS
        and _bare(prev) not in DETERMINERS
    )


_SAY_LIKE = frozenset(
    "say said says argue argued argues warn warned warns believe believes claim claims "
    "report reported reports "
    "contend contends insist insists fear fears think thinks predict predicted".split()
)


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_BEFORE_CUE = re.compile(
    r"(?:\s+(?:on\s+)?" + _DAY + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\s+(?:last|this|earlier this|later that)\s+(?:week|month|year|night|spring|summer|fall|winter|"
    + _DAY[3:-1]
    + r")"
    r"|\s+(?:less|more)\s+than\s+\w+\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|\s+\w+\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|\s+in\s+(?:a|an|his|her|their)\s+(?:statement|interview|letter|tweet|email)"
    r"|\s+(?:continue[sd]?|went\s+on|began|begun|started|tried|seemed|appeared|used)\s+to"
    r"|\s+(?:released|published|conducted|issued|taken|out)(?=\s+(?:on\s+)?" + _DAY + r"|\s+(?:last|this)\s)"
    r"|\s+(?:released|published|conducted|issued|taken)\s+(?:in\s+)?(?:(?:late|early|mid)[- ])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?"
    r"|\s+at\s+the\s+time|\s+(?:later|earlier|then)\s+(?:that|this)\s+(?:day|week|month|year))+\s*$"
)

# Lower-case words ending in -ly that are nouns or adjectives, not adverbs.
_LY_NOUNS = frozenset(
    "family assembly anomaly monopoly supply rally ally italy early only lonely friendly".split()
)


def _is_filler(word: str) -> bool:
    """'also', 'has', or an adverb ('basically', 'openly') between a subject and its verb."""
    w = _bare(word)
    if w in SUBJECT_VERB_FILLERS:
        return True
    return word[0].islower() and len(w) > 5 and w.endswith("ly") and w.isalpha() and w not in _LY_NOUNS


_BE_FORMS = frozenset("is was were are been be being".split())


def _plural_noun(word: str) -> bool:
    """A lower-case plural like 'advocates' or 'foes' (not 'has', 'was', 'this')."""
    w = word.lower()
    return len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and w.isalpha()


def subject_before(text: str, cue_start: int, floor: int, say_like: bool | None = None) -> Span | None:
    """The speaker mention that ends right before a cue verb, if any.

    floor: do not look before this offset (the sentence or clause start).
    A lower-case plural ('advocates say') counts only before say-like verbs; say_like
    tells a nested call what the verb was.
    """
    cue_word = re.match(r"\w+", text[cue_start : cue_start + 20])
    plural_ok = (bool(cue_word) and cue_word.group().lower() in _SAY_LIKE) if say_like is None else say_like
    time = _TIME_BEFORE_CUE.search(text, floor, cue_start)
    if time and time.start() > floor:
        cue_start = time.start()  # 'The State Department less than two weeks ago said'
    toks = _tokens(text, floor, cue_start)
    if not toks:
        return None
    i = len(toks) - 1
    # Skip "also", "has", "later" between the subject and the verb.
    right_edge = cue_start
    skipped: set[str] = set()
    while (
        i >= 0
        and _is_filler(text[toks[i][0] : toks[i][1]])
        and _gap_is_space(text, toks[i][1], right_edge)
        # an adverb right after a comma ('..., possibly calling') does not follow a subject
        and (
            _bare(text[toks[i][0] : toks[i][1]]) in SUBJECT_VERB_FILLERS
            or (i > 0 and _gap_is_space(text, toks[i - 1][1], toks[i][0]))
        )
    ):
        skipped.add(_bare(text[toks[i][0] : toks[i][1]]))
        right_edge = toks[i][0]
        i -= 1
    if skipped & _BE_FORMS and not (cue_word and cue_word.group().lower().endswith("ing")):
        return None  # passive: "Sanders was declared the winner" is not Sanders speaking
    if i < 0:
        return None
    party_tag = text[toks[i][0]] == "(" and text[toks[i][1] - 1] == ")"
    if not _gap_is_space(text, toks[i][1], right_edge) and not (
        # 'Gov. Jane Roe (R-Ohio), said': a comma after the party tag opens no appositive.
        party_tag and text[toks[i][1] : right_edge].strip() == ","
    ):
        # "Peskov, the Kremlin spokesman, said": skip one appositive between commas
        # (or dashes: "The justice -- who ... -- said").
        between = text[toks[i][1] : right_edge].strip()
        if between in (",", "--", "—", "–"):
            return _subject_before_appositive(text, toks, i, floor, between)
        return None
    span_end = toks[i][1]
    # A trailing "(R-Texas)" belongs to the mention but is not its head.
    while i > 0 and text[toks[i][0]] == "(" and _gap_is_space(text, toks[i - 1][1], toks[i][0]):
        i -= 1
    word = text[toks[i][0] : toks[i][1]]
    if _bare(word) in PRONOUNS:
        if _bare(word) == "who":
            # "Trump, who spoke on Monday, said" is handled above; "Trump, who said" here.
            comma = text.rfind(",", floor, toks[i][0])
            if comma > floor and text[comma : toks[i][0]].strip() == ",":
                return _who_referent(text, comma, floor) or Span(*toks[i])
        return Span(*toks[i])
    if not _head_ok(word) and not (plural_ok and _plural_noun(word)) and not _ing_surname(text, toks, i):
        return _head_before_phrase(text, toks, i, floor, span_end)
    j = i
    while (
        j - 1 >= 0
        and _gap_is_space(text, toks[j - 1][1], toks[j][0])
        and (
            _can_be_in_name(text[toks[j - 1][0] : toks[j - 1][1]])
            or (
                plural_ok
                and j == i
                and not _head_ok(word)
                and text[toks[j - 1][0] : toks[j - 1][1]].isalpha()
                and text[toks[j - 1][0] : toks[j - 1][1]].lower() not in SUBJECT_VERB_FILLERS
            )
            # 'Connecticut's tax commissioner', 'civil rights activists': plain words
            # describing a lower-case head.
            or (word[0].islower() and i - j < 3 and _modifier_ok(text[toks[j - 1][0] : toks[j - 1][1]]))
        )
    ):
        j -= 1
    # Trim leading joiners and sentence connectives ("But", "and", "of").
    while j < i:
        w = text[toks[j][0] : toks[j][1]]
        b = _bare(w)
        if (
            b in CONNECTORS
            and b not in DETERMINERS
            or (w[0].isupper() and b in SENTENCE_STARTERS and b not in DETERMINERS)
        ):
            j += 1
        else:
            break
    start = toks[j][0]
    before = text[toks[j - 1][0] : toks[j - 1][1]] if j > 0 else ""
    if before in PLACE_PREPOSITIONS and text[start].isupper() and _gap_is_space(text, toks[j - 1][1], start):
        # 'Officials in Kyiv said', 'the director of the museum in Lyon said': the capitalised
        # words are a place, and the speaker is the description before it.
        head = subject_before(text, toks[j - 1][0], floor, say_like=plural_ok)
        if head is not None:
            return Span(head.start, span_end)
    if text[start].isupper():
        start = _coordinated_start(text, start, floor)
    return Span(start, span_end)



_PHRASE_PREPOSITIONS = frozenset("of for at from in on to with".split())
_PHRASE_TIME_WORDS = frozenset(
    "last next this past week weeks month months year years day days night morning evening afternoon "
    "winter summer spring autumn fall weekend today yesterday tonight earlier later ago".split()
)


def _head_before_phrase(
    text: str, toks: list[tuple[int, int]], i: int, floor: int, span_end: int
) -> Span | None:
    """'The UN envoy for the region said': a speaker head followed by a short prepositional phrase.

    The phrase (at most four words, no punctuation, no time words such as 'last week') must start
    with a preposition right after a word that may end a speaker mention; the mention then runs from
    that head's words to the verb.
    """
    for k in range(i - 1, max(-1, i - 5), -1):
        if not _gap_is_space(text, toks[k][1], toks[k + 1][0]):
            return None
        word = text[toks[k][0] : toks[k][1]]
        if _bare(word) in _PHRASE_PREPOSITIONS and word.islower():
            if k == 0 or not _gap_is_space(text, toks[k - 1][1], toks[k][0]):
                return None
            if not _head_ok(text[toks[k - 1][0] : toks[k - 1][1]]):
                return None
            inner = [text[a:b] for a, b in toks[k + 1 : i + 1]]
            plain = (w[0].isupper() or _bare(w) in DETERMINERS or _modifier_ok(w) for w in inner)
            if not all(plain) or any(_bare(w) in _PHRASE_TIME_WORDS for w in inner):
                return None
            head = subject_before(text, toks[k][0], floor)
            return Span(head.start, span_end) if head is not None else None
    return None


# ', 24, from ' or ' of ' before a place that ends the words a relative 'who' follows.
_PLACE_LEAD = re.compile(r"(?:,\s*\d{1,3}\s*,)?\s*\b(?:from|of|in|at|near)\s+$")


def _who_referent(text: str, comma: int, floor: int) -> Span | None:
    """What ', who said' refers to: 'Ann Roe, 24, from Dover, who said' is Ann Roe, not Dover."""
    span = subject_before(text, comma, floor)
    for _ in range(3):
        if span is None or not text[span.start].isupper():
            return span
        lead = _PLACE_LEAD.search(text, floor, span.start)
        if lead is None:
            return span
        person = subject_before(text, lead.start(), floor)
        if person is None:
            return span
        span = person
    return span


# 'Bob Dunn, R-Ore., and ' or 'Bob Dunn and ' right before a second name.
_FIRST_CONJUNCT = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+(?:,\s*[RDI]-[A-Z][\w.]*,)?\s+and\s+$")


def _coordinated_start(text: str, start: int, floor: int) -> int:
    """Start of 'Bob Dunn, R-Ore., and Lara Pike' when the mention found is 'Lara Pike'.

    Two named people speaking together are one speaker turn; without this the
    first name would be lost (or read as the second one's role).
    """
    m = _FIRST_CONJUNCT.search(text, max(floor, start - 80), start)
    if m is None or m.end() != start:
        return start
    first = m.group().split()[0]
    if _bare(first) in SENTENCE_STARTERS or _bare(first) in DETERMINERS:
        return start
    return m.start()


def _subject_before_appositive(
    text: str, toks: list[tuple[int, int]], i: int, floor: int, mark: str = ","
) -> Span | None:
    """Subject in 'NAME, appositive, said': look for the comma opening the appositive.

    A comma inside a place name ('in Columbus, Ohio,') does not open the
    appositive; and when the appositive is itself a name after a role
    ("Florida's attorney general, Pam Bondi, vowed") the two together are the mention.
    """
    close = toks[i][1]
    open_comma = text.rfind(mark, floor, toks[i][0])
    age = re.search(r",\s*\d{1,3}\s*$", text[floor:open_comma]) if open_comma > floor else None
    if age and mark == ",":
        open_comma = floor + age.start()  # 'Marley Ander, 21, a student from Reno, said'

    while open_comma > floor and _is_place_tag(text, open_comma, close, mark):
        open_comma = text.rfind(mark, floor, open_comma)
    if open_comma < 0:
        return None
    appositive = text[open_comma + len(mark) : close]
    limit = 35 if appositive.split()[:1] == ["who"] else 25
    if len(appositive.split()) > limit or re.search(r"[“”\"]", appositive):
        return None
    span = subject_before(text, open_comma, floor)
    if re.fullmatch(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*", appositive):
        # The appositive is a name: the mention runs from the words before it
        # ("Florida's attorney general, Pam Bondi") to its end.
        start = span.start if span is not None else open_comma + len(mark)
        while text[start].isspace():
            start += 1
        return Span(start, close)
    if (span is None or not text[span.start].isupper()) and text[:open_comma].rstrip()[-1:].islower():
        # Two appositives: 'Angelique Brunner, a developer ..., which is made up of ..., said'.
        outer = text.rfind(mark, floor, open_comma)
        between = text[outer:open_comma]
        if outer > 0 and len(between.split()) <= 25 and not re.search(r"[“”\"]", between):
            first = subject_before(text, outer, floor)
            if first is not None and text[first.start].isupper():
                return first
    if span is None or not text[span.start].isupper():
        return None  # lower-case words before an appositive are rarely the speaker
    return span


def _is_place_tag(text: str, comma: int, close: int, mark: str) -> bool:
    """Is the comma at `comma` the one in 'Columbus, Ohio' (a capitalised word on both sides)?"""
    after = text[comma + len(mark) : close].split()
    before = text[:comma].split()
    return (
        mark == ","
        and 1 <= len(after) <= 2
        and all(w[0].isupper() for w in after)
        and bool(before)
        and before[-1][0].isupper()
        and len(before) >= 2
        and before[-2].lower() in {"in", "of", "from", "at", "near"}
    )


def cue_kind(word: str) -> str:
    """'speech', 'that' (belief/evidence: needs a that-clause), 'participle' or 'quote' (direct only)."""
    w = word.lower()
    if w in QUOTE_ONLY_VERBS:
        return "quote"
    if w in PARTICIPLES:
        return "participle"
    if w in SPEECH_VERBS:
        return "speech"
    return "that"


def may_invert(word: str) -> bool:
    return word.lower() in INVERTED_VERBS


# Sentence openers skipped when looking for a clause's subject: "On Sunday, Trump ...".
_INTRO = re.compile(
    # dateline: "WASHINGTON — ", "PHILADELPHIA, July 25 (UPI) — ", "Washington (AFP) – "
    r"\s*(?:[A-Z][A-Z .,'-]{2,40}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"
    r"|[A-Z][\w .,'-]{2,40}\s*\([A-Z][A-Za-z ]{1,20}\)\s*[—–-]+\s*)?"
    r"(?:(?:But|And|So|Yet|Then|Still|Meanwhile|However|Instead|Later|Earlier|Also)\b,?\s*)?"
    r"(?:(?:On|In|At|After|Before|During|Last|This|Earlier|Later|When|While|Since|As|Asked|Speaking|Appearing)\b[^,;:“”\"]{0,80},\s*)?"
)


# More of a sentence opener after a place: ', on Sunday,' in 'in Ames, Iowa, on Sunday, X said'.
_MORE_INTRO = re.compile(r",\s*(?:on|in|at|last|this|earlier|later)\b[^,;:“”\"]{0,40},")
# Words that open a time phrase, never a speaker: 'Hours later', 'One month after'.
_TIME_WORDS = frozenset(
    "hours days weeks months years minutes moments one two three four five six seven eight nine ten".split()
)


_TIME_UNITS = frozenset(
    "hour hours day days week weeks month months year years minute minutes moment moments".split()
)


def _time_phrase(mention: str) -> bool:
    """'Hours later', 'One month after': but not 'One operative' or 'Two senators'."""
    words = [_bare(w) for w in mention.split()]
    if words[0] not in _TIME_WORDS:
        return False
    return words[0] in _TIME_UNITS or (len(words) > 1 and words[1] in _TIME_UNITS) or len(words) == 1


# An opener ending in a place name: 'Speaking at a rally in Salem, '.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s*$")


def _time_or_place_tail(mention: str) -> bool:
    """One or two capitalised words: a state or country after a city ('New Hampshire')."""
    words = mention.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words)


def clause_subject(text: str, s_start: int, limit: int) -> Span | None:
    """The subject at the start of a sentence ('On Sunday, Trump went on the attack').

    When the sentence opens with some other phrase ('But a few days later,'),
    the subject is looked for after its first comma.
    """
    found = _subject_at(text, s_start, limit)
    if (
        found is not None
        and re.match(r",\s", text[found.end : limit])
        and _PLACE_BEFORE.search(text, s_start, found.start)
        and _time_or_place_tail(text[found.start : found.end])
    ):
        # 'Speaking at a rally in Salem, New Hampshire, Trump said': the state ends the opener.
        found = _subject_at(text, found.end + 1, limit) or found
    if found is not None:
        more = _MORE_INTRO.match(text, found.end, limit)
        if more:
            # 'At an event in Ames, Iowa, on Sunday, Mrs. Clinton said': "Iowa" ends the intro.
            found = _subject_at(text, more.end(), limit)
    if found is not None and _time_phrase(text[found.start : found.end]):
        found = None  # 'Hours later, Trump ...': a time phrase, not the subject
    if found is None:
        comma = text.find(",", s_start, min(limit, s_start + 80))
        if comma > 0:
            found = _subject_at(text, comma + 1, limit)
            # A subject is followed by its verb, not by more of a list ('the U.K., Europe, and').
            if found is not None and not re.match(r"\s+(?!and\b|or\b)[a-z]", text[found.end : limit]):
                found = None
    return found


def _subject_at(text: str, s_start: int, limit: int) -> Span | None:
    """A subject mention starting at s_start (after an optional opener)."""
    while s_start < limit and text[s_start].isspace():
        s_start += 1
    intro = _INTRO.match(text, s_start, limit)
    pos = intro.end() if intro else s_start
    toks = _tokens(text, pos, limit)
    if not toks or toks[0][0] != pos:
        return None
    first = text[toks[0][0] : toks[0][1]]
    if _bare(first) in {"he", "she", "they", "we", "i"}:
        return Span(*toks[0])
    if not (first[0].isupper() or _bare(first) in DETERMINERS):
        return None
    j = 0
    while (
        j + 1 < len(toks)
        and _gap_is_space(text, toks[j][1], toks[j + 1][0])
        and _can_be_in_name(text[toks[j + 1][0] : toks[j + 1][1]])
    ):
        j += 1
    while j > 0 and not _head_ok(text[toks[j][0] : toks[j][1]]):
        j -= 1  # 'The Sanders campaign Monday': end on the last word that can be a head
    if not _head_ok(text[toks[j][0] : toks[j][1]]):
        return None
    return Span(toks[0][0], toks[j][1])


# Words up to the next comma or stop; abbreviations like "Dr." and "Sen." do not stop it.
_INVERTED_MENTION = re.compile(
    # [^\S\n]: a no-break space ('the school’s\xa0Facebook post') is a space too.
    r"(?:[^\S\n]*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|[A-Z])\.|[^\s,.;:!?“”\"—]+)){1,12}"
)


# ', Farid Benali.' closing an inverted cue's role: one to four capitalised words, then the end.
_NAME_AFTER_ROLE = re.compile(r",[^\S\n]*([A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})[^\S\n]*(?=[.,;!?]|$)")


def mention_after_inverted(text: str, cue_end: int, limit: int, keep_of: bool = False) -> Span | None:
    """After '"...," said': everything up to the next comma or stop, if it holds a name.

    Generous on purpose: 'said conservative activist Bob Klaus, who ...' and
    'said an Iowa Democrat.' are both speakers; the registry splits name and role.
    """
    m = _INVERTED_MENTION.match(text, cue_end, limit)
    if not m:
        return None
    words = m.group().split()
    if not words:
        return None
    if len(words) > 9:
        # 'said Jo Lee of the University of Texas School of Law': cut the long tail.
        tail = r"last|this|on|in|at|after|before|during|following|who|which|that" + ("" if keep_of else "|of")
        cut_at = re.search(r"\s[-–]\s|\s+(?:" + tail + r")\s", m.group())
        if not cut_at or len(m.group()[: cut_at.start()].split()) > 9:
            return None
        words = m.group()[: cut_at.start()].split()
        if not words:
            return None
    if _bare(words[0]) in PRONOUNS and len(words) == 1:
        start = cue_end + len(m.group()) - len(m.group().lstrip())
        return Span(start, start + len(words[0]))
    if (
        not any(w[0].isupper() for w in words)
        and _bare(words[-1]) not in NOMINAL_HEADS
        and _bare(words[0]) not in DETERMINERS
    ):
        return None
    start = cue_end + len(m.group()) - len(m.group().lstrip())
    end = (
        start + len(" ".join(words))
        if len(words) < len(m.group().split())
        else cue_end + len(m.group().rstrip())
    )
    # Cut a trailing "in a statement", "on Monday" off the mention.
    # keep_of: 'according to a press release from Judicial Watch' keeps its source.
    cutters = (
        r"(?:in|on|at|during|to|after|before|via|when|while|who)"
        if keep_of
        else r"(?:in|on|at|during|to|after|before|from|via|when|while|who|of)"
    )
    cut = re.search(r"\s+" + cutters + r"\s", text[start:end])
    if cut:
        end = start + cut.start()
    named = _NAME_AFTER_ROLE.match(text, m.end(), limit)
    if named is not None and not any(w[0].isupper() for w in text[start:end].split()[1:]):
        # 'said the head of the competition authority, Farid Benali.': the name after the role.
        return Span(start, named.end(1))
    if any(w in _FINITE_VERBS for w in text[start:end].split()):
        return None  # 'said Trump was always competitive': a clause, not a speaker
    return Span(start, end) if end > start else None


# Lower-case verb forms that make the words after an inverted cue a clause ("Trump was ...").
_FINITE_VERBS = frozenset("is was were are has had have will would could should did does can".split())
