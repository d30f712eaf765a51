"""Who is speaking: parsing speaker mentions and merging them into speakers.

A mention is the surface text next to a cue ("Kremlin spokesman Dmitry Peskov",
"Mr Peskov", "he", "the spokesman", "the State Department"). The registry turns
mentions into speakers, in text order, so that later mentions ("Peskov", "he",
"Petkov" misspelt) join the speaker they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from service.segmenter.lexicon import (
    DETERMINERS,
    EVIDENCE_HEADS,
    HONORIFICS,
    NOMINAL_HEADS,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    TITLES,
)
from service.types import Speaker

MentionKind = Literal["person", "org", "pronoun", "nominal"]

_WORD = re.compile(r"[^\s]+")
# A run of capitalised words, long enough for a title before a full name
# ("Defence Minister Pavel Novak", "Sen. Bob J. Corker").
_NAME_RUN = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s+)?"
    r"[A-Z][a-z]+(?:[-’'][A-Za-z]+)?(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-’'][A-Za-z]+)?){1,4}\b"
)


def _bare(token: str) -> str:
    """Lower-case token without trailing dots, commas or possessive 's."""
    t = token.lower().rstrip(".,")
    for suffix in ("’s", "'s"):
        t = t.removesuffix(suffix)
    return t


def _strip_possessive(word: str) -> str:
    """'Trump’s' -> 'Trump' (the scorer and the reader both want the bare name)."""
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _is_title(token: str) -> bool:
    """'Senator' or the plural 'Senators' (in 'Senators Bob Dunn and Lara Pike')."""
    bare = _bare(token)
    return bare in TITLES or (bare.endswith("s") and bare[:-1] in TITLES)


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


@dataclass(frozen=True)
class ParsedMention:
    """A mention split into canonical name and role."""

    kind: MentionKind
    name: str  # "Dmitry Peskov", "the Kremlin", "he", "the spokesman"
    role: str | None
    surface: str  # the text as written


def _coordinated(text: str) -> tuple[str, str | None] | None:
    """'Senators Bob Dunn and Lara Pike' -> ('Bob Dunn and Lara Pike', 'Senators').

    Two people named together speak as one group: the name keeps both (it is
    not a person, so their surnames do not merge with either one alone).
    """
    if " and " not in text:
        return None
    left, right = text.rsplit(" and ", 1)
    first = parse_mention(left)
    second = parse_mention(right)
    if first.kind != "person" or second.kind != "person":
        return None
    return f"{first.name} and {second.name}", first.role


_OF_PLACE = re.compile(
    r"(?P<head>.*\b[A-Z][\w.’'-]+)\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}$"
)


def parse_mention(surface: str) -> ParsedMention:
    """Split a speaker mention into name and role, and guess its kind.

    The name is the trailing run of capitalised words that are not titles;
    everything before it is the role ("Kremlin spokesman", "Secretary of State").
    A run containing an organisation word ("Department", "Times") is an org.
    """
    text = re.sub(r"\s*\([^)]*\)", "", surface)  # drop "(R-Texas)"
    text = re.sub(r",?\s+[RDI]-[A-Z][\w.]*,?", "", text).strip(" ,.;:—–-")  # and ", R-Ky.,"
    text = re.sub(r"\s+", " ", text)
    of_tail = _OF_PLACE.match(text)
    if of_tail is not None:
        # 'Sen. Ola Brin of Maryland': the person, without where they are from.
        head = parse_mention(of_tail.group("head"))
        if head.kind == "person" and len(head.name.split(" ")) >= 2:
            return ParsedMention("person", head.name, head.role, surface)
    coordinated = _coordinated(text)
    if coordinated is not None:
        return ParsedMention("org", coordinated[0], coordinated[1], surface)
    low = text.lower()
    for contraction in ("’s", "'s", "’d", "'d", "’ll", "'ll"):
        if low.removesuffix(contraction) in PRONOUNS:
            low = low.removesuffix(contraction)  # "he’s struggling": the pronoun "he"
    if low in PRONOUNS or low in {"him", "his", "her"}:
        return ParsedMention("pronoun", low, None, surface)
    words = text.split(" ")
    # Drop a sentence-initial connective ("But", "And") that the scan kept.
    while words and _bare(words[0]) in SENTENCE_STARTERS and _bare(words[0]) not in DETERMINERS:
        words = words[1:]
    if not words:
        return ParsedMention("nominal", low or "someone", None, surface)
    det = words[0].lower() if words[0].lower() in DETERMINERS else None
    body = words[1:] if det else words
    if not body:
        return ParsedMention("nominal", low, None, surface)
    # Trailing capitalised non-title run = the name, unless "in" or "at" opens it:
    # "the director of the museum in Lyon", "analysts at Goldman Sachs" end with a place.
    last_in = max((k for k, w in enumerate(body) if w in PLACE_PREPOSITIONS), default=-1)
    place = body[last_in + 1 :] if last_in >= 0 else []
    ends_with_place = (
        bool(place)
        and _is_cap(place[-1])
        and all(_is_cap(w) or w in {"and", "of", "the", "&"} for w in place)
        and not any(w.endswith(",") for w in place)  # "his friend at Lehigh, Bruce Turry": a name follows
    )
    if ends_with_place:
        # "Dan McLaughlin at the National Review": a full name before the place is the person.
        head = parse_mention(" ".join(body[:last_in]))
        if head.kind == "person" and len(head.name.split(" ")) >= 2:
            role = " ".join(filter(None, [head.role, " ".join(body[last_in:])]))
            return ParsedMention("person", head.name, role, surface)
    i = len(body)
    while i > 0 and not ends_with_place:
        w = body[i - 1]
        if not _is_cap(w) or _is_title(w) or _bare(w) in HONORIFICS:
            break
        if w.endswith(("’s", "'s")) and i < len(body):
            break  # "Breitbart’s Joel Pollak": the possessive is the role
        if w.endswith(",") and i < len(body) and _bare(body[i]) not in {"jr", "sr"}:
            break  # "his coach at Dunmore, Ivo Sarkis": the name follows the comma
        if i >= 2 and body[i - 2].lower() in {"of", "for"}:
            break  # "Secretary of State Antony Blinken": State belongs to the role
        i -= 1
    name_words = body[i:]
    role_words = [w for w in body[:i] if _bare(w) not in HONORIFICS]
    if not name_words and all(_is_cap(w) or w in {"of", "for", "and", "&"} for w in body):
        return ParsedMention("org", " ".join(([det] if det == "the" else []) + body), None, surface)
    if not name_words:
        head = _bare(body[-1])
        kind: MentionKind = "nominal"
        if head in NOMINAL_HEADS or head in EVIDENCE_HEADS:
            kind = "nominal"
        return ParsedMention(kind, " ".join(([det] if det else []) + body), None, surface)
    name_words = name_words[:-1] + [_strip_possessive(name_words[-1])]
    if det in {"a", "an"}:
        # "an Iowa Democrat": an unnamed person described, never merged with others.
        return ParsedMention("nominal", " ".join([det] + body), None, surface)
    name = " ".join(name_words)
    role = " ".join(role_words).strip(" ,") or None
    if any(_bare(w) in ORG_WORDS for w in name_words) or (len(name_words) == 1 and name.isupper()):
        if det == "the":
            name = "the " + name
        return ParsedMention("org", name, role, surface)
    return ParsedMention("person", name, role, surface)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for k in range(len(long_)):
        if long_[:k] + long_[k + 1 :] == short:
            return True
    return False


def _surname(name: str) -> str:
    return _bare(name.split(" ")[-1])


# Cue verbs that open a sentence before their speaker ('Said Jo Lee, ...').
_INVERTED_VERBS = frozenset("said says asked asks added adds wrote writes".split())


def _full_name(run: str) -> tuple[str, str | None] | None:
    """The person's full name and role in a run of capitalised words, if it holds one.

    Parsed like a speaker mention, so that titles go to the role:
    "Defence Minister Pavel Novak" -> ("Pavel Novak", "Defence Minister").
    """
    words = run.split()
    if _bare(words[0]) in _INVERTED_VERBS and len(words) > 2:
        return _full_name(" ".join(words[1:]))  # 'Said Jo Lee, ...': the cue opens the sentence
    if (
        _bare(words[0]) in SENTENCE_STARTERS
        or _bare(words[0]) in DETERMINERS
        or _bare(words[0]) in _INVERTED_VERBS
    ):
        return None
    if any(_bare(w) in ORG_WORDS for w in words):
        return None
    parsed = parse_mention(run)
    if parsed.kind != "person" or len(parsed.name.split(" ")) < 2:
        return None
    return parsed.name, parsed.role


# ', a lawyer for the family,' or ', the director of the museum in Lyon.' right after a full name.
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+([A-Za-z][^,.;:!?()“”\"]{1,80}?)\s*(?=[,.;])")


def _appositive_role(text: str, end: int) -> str | None:
    """The role an appositive gives the name that ends at ``end``, if it names one.

    Only descriptions with a role word count ("a lawyer for the family"), so that a list
    ("Jo Lee, the mayor and ...") or a place ("Paris, the capital") gives no role.
    """
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return None
    words = {_bare(w) for w in m.group(1).split()}
    return m.group(1) if words & _ROLE_VOCABULARY else None


# Titles that name the same post: "the judge" may be "Supreme Court Justice Frank Nervo".
_SAME_POST = (
    frozenset({"judge", "justice"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chair", "chairman", "chairwoman"}),
    frozenset({"attorney", "prosecutor", "lawyer", "counsel"}),
    frozenset({"representative", "congressman", "congresswoman"}),
    frozenset({"councillor", "councilor", "councilman", "councilwoman"}),
    frozenset({"adviser", "advisor", "aide"}),
)


# Title words that qualify a post rather than name one ("former", "vice", "press").
_NOT_POSTS = frozenset("former vice press prime chief deputy".split())
# Occupations that are not titles but still say who someone is ("a lawyer for the family").
_PROFESSIONS = frozenset(
    "lawyer economist executive founder pollster editor columnist historian scientist researcher activist "
    "investigator prosecutor counsel coach teacher doctor nurse student owner farmer engineer".split()
)
_POSTS = (TITLES | _PROFESSIONS) - _NOT_POSTS
_ROLE_VOCABULARY = TITLES | ROLE_WORDS | _PROFESSIONS


def _other_role(role: str | None, titles: list[str]) -> bool:
    """Does a known role name a post other than all of these titles ("lawyer" for "the judge")?

    A role with no title or role word in it ("Republican from Ohio") says nothing either way.
    """
    words = {_bare(w) for w in _expand_abbreviations(role or "").split()}
    posts = words & _POSTS
    if not posts:
        return False
    same = set(titles).union(*(group for group in _SAME_POST if group & set(titles)))
    return not posts & same


# How far back (characters) a pronoun may look for a person named in the text.
_PRONOUN_REACH = 1500
# How far back (characters) "the senator" may look for the person it refers to.
_NOMINAL_REACH = 2000
_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "pres": "president",
    "sec": "secretary",
    "amb": "ambassador",
}


def _expand_abbreviations(role: str) -> str:
    """'Sen.' -> 'senator', so that "the senator" finds a speaker introduced as "Sen. X"."""
    return " ".join(_ABBREVIATIONS.get(_bare(w), w.lower()) for w in role.split())


@dataclass
class _Entry:
    """A speaker being built: canonical name, role, aliases, kind."""

    name: str
    kind: MentionKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    last_pos: int = -1


class SpeakerRegistry:
    """Merges mentions into speakers for one document, in text order."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        self._entries: list[_Entry] = []
        # Full names written anywhere outside quotes: lets "Clinton" become
        # "Hillary Clinton" and lets "he" find a person who has not spoken yet.
        self._names: list[tuple[int, str]] = []
        self._full_by_surname: dict[str, tuple[str, str | None]] = {}
        # Roles written as appositives: "Jonas Berg, a lawyer for the family, said".
        self._appositive_roles: dict[str, str] = {}
        for m in _NAME_RUN.finditer(text):
            if any(s <= m.start() < e for s, e in quoted):
                continue
            found = _full_name(m.group())
            if found is None:
                continue
            name, role = found
            self._names.append((m.start(), name))
            self._full_by_surname.setdefault(_surname(name), (name, role))
            described = _appositive_role(text, m.end())
            if described is not None:
                self._appositive_roles.setdefault(name, described)

    # -- lookups ---------------------------------------------------------------

    def _find_person(self, name: str) -> int | None:
        """An existing person with this name, surname, or a one-letter misspelt surname."""
        sur = _surname(name)
        first = _bare(name.split(" ")[0]) if " " in name else None
        exact = [k for k, e in enumerate(self._entries) if e.kind == "person" and _surname(e.name) == sur]
        for k in exact:
            e_first = _bare(self._entries[k].name.split(" ")[0]) if " " in self._entries[k].name else None
            if first is None or e_first is None or e_first == first:
                return k
        if len(sur) >= 5:
            for k, e in enumerate(self._entries):
                es = _surname(e.name)
                if (
                    e.kind == "person"
                    and es[:1] == sur[:1]
                    and len(es) >= 5
                    and _edit_distance_at_most_one(es, sur)
                ):
                    return k
        return None

    def _find_by_name(self, name: str) -> int | None:
        key = name.lower().removeprefix("the ")
        for k, e in enumerate(self._entries):
            if e.name.lower().removeprefix("the ") == key:
                return k
        return None

    def _add(self, name: str, kind: MentionKind, role: str | None) -> int:
        self._entries.append(_Entry(name=name, kind=kind, role=role))
        return len(self._entries) - 1

    def _recent_person(self, pos: int) -> int | None:
        """The person most recently mentioned before pos: a speaker or a named person.

        "He" usually means the last person who spoke; a full name written more
        recently (outside quotes, within _PRONOUN_REACH characters) wins over it.
        """
        best_key, best_pos = None, -1
        for k, e in enumerate(self._entries):
            if e.kind == "person" and best_pos < e.last_pos <= pos:
                best_key, best_pos = k, e.last_pos
        named: str | None = None
        for npos, name in self._names:
            if best_pos < npos < pos - 1 and pos - npos < _PRONOUN_REACH:
                best_pos, named = npos, name
        if named is None:
            return best_key
        key = self._find_person(named)
        if key is None:
            full, role = self._full_by_surname.get(_surname(named), (named, None))
            key = self._add(full, "person", role)
        return key

    def _recent_group(self, pos: int) -> int | None:
        """The organisation or group that spoke most recently before pos."""
        best_key, best_pos = None, -1
        for k, e in enumerate(self._entries):
            if e.kind in ("org", "nominal") and best_pos < e.last_pos <= pos:
                best_key, best_pos = k, e.last_pos
        return best_key

    def _nominal(self, parsed: ParsedMention, pos: int) -> int | None:
        """'the spokesman', 'the former secretary of state': the latest speaker with that role.

        With no speaker of that role, a person title ("the senator", "the candidate")
        still points back to the person who spoke last, as it does in news prose.
        """
        words = [_bare(w) for w in parsed.name.split(" ")]
        if words[0] not in {"the", "this"}:
            return None  # "a spokesman" introduces someone new
        titles = [w for w in words if w in TITLES and w not in {"former", "the", "vice"}]
        if not titles:
            return None
        # 'the Florida senator': a capitalised qualifier must be known of the speaker
        # (in a role or an alias like "Florida Sen. Marco Rubio"), not just the title.
        qualifiers = [
            _bare(w) for w in parsed.name.split(" ")[1:] if w[:1].isupper() and _bare(w) not in TITLES
        ]
        best_key, best_pos = None, -1
        for k, e in enumerate(self._entries):
            role = _expand_abbreviations(e.role or "")
            known = " ".join([e.name, role, *e.aliases]).lower()
            if qualifiers and not all(q in known for q in qualifiers):
                continue
            if "former" in role.split() and "former" not in words:
                continue  # "the governor" is not "the former New Jersey governor"
            if any(t in role for t in titles) and best_pos < e.last_pos <= pos:
                best_key, best_pos = k, e.last_pos
        if best_key is None and not any(w[:1].isupper() for w in parsed.name.split(" ")[1:]):
            # Only plain descriptions: "the Florida senator" may be someone not yet met.
            for k, e in enumerate(self._entries):
                if e.kind == "person" and best_pos < e.last_pos <= pos and pos - e.last_pos < _NOMINAL_REACH:
                    best_key, best_pos = k, e.last_pos
            if best_key is not None and _other_role(self._entries[best_key].role, titles):
                best_key = None  # "the judge" after "Jonas Berg, a lawyer for the family" is someone else
        return best_key

    # -- the one public operation --------------------------------------------

    def resolve(self, surface: str, pos: int) -> int:
        """The speaker key for a mention at text position pos (creating one if new)."""
        parsed = parse_mention(surface)
        key: int | None = None
        if parsed.kind == "person":
            key = self._find_person(parsed.name)
            if key is None:
                full, role = parsed.name, parsed.role
                if " " not in full and _surname(full) in self._full_by_surname:
                    # "Novak said" after "Defence Minister Pavel Novak rejected ...".
                    full, seen_role = self._full_by_surname[_surname(full)]
                    role = role or seen_role
                key = self._add(full, "person", role)
            else:
                entry = self._entries[key]
                if " " not in entry.name and " " in parsed.name:
                    entry.aliases.append(entry.name)
                    entry.name = parsed.name  # upgrade "Trump" to "Donald Trump"
        elif parsed.kind == "org":
            key = self._find_by_name(parsed.name)
            if key is None:
                key = self._add(parsed.name, "org", parsed.role)
        elif parsed.kind == "pronoun":
            if parsed.name in PERSON_PRONOUNS or parsed.name in {"him", "his", "her", "who"}:
                key = self._recent_person(pos)
            elif parsed.name in {"they", "it"}:
                key = self._recent_group(pos)
            elif parsed.name in {"i", "we"}:
                key = self._find_by_name("the author")
                if key is None:
                    key = self._add("the author", "nominal", None)
            if key is None:
                key = self._add(parsed.name, "nominal", None)
        else:
            key = self._nominal(parsed, pos)
            if key is None and parsed.name.split(" ")[0] not in {"a", "an"}:
                key = self._find_by_name(parsed.name)
            if key is None:
                key = self._add(parsed.name, "nominal", None)
        entry = self._entries[key]
        if parsed.role and not entry.role:
            entry.role = parsed.role
        if entry.kind == "person" and not entry.role:
            entry.role = self._appositive_roles.get(entry.name)
        alias = surface.strip()
        if alias and alias != entry.name and alias not in entry.aliases:
            entry.aliases.append(alias)
        entry.last_pos = max(entry.last_pos, pos)
        return key

    def resolve_label(self, label: str, role: str | None, pos: int) -> int:
        """The speaker of a transcript label ("DONALD TRUMP", "Q", "HOLT (moderator)")."""
        inner = re.search(r"\(([^)]*)\)", label)
        outer = re.sub(r"\s*\([^)]*\)", "", label).strip()
        if inner and inner.group(1)[:1].isupper() and outer.lower() in {"moderator", "host", "interviewer"}:
            role, outer = outer.lower(), inner.group(1).strip()
        if outer.isupper() and len(outer) > 1:
            outer = " ".join(w.capitalize() for w in outer.split())
        if len(outer) <= 1 or outer.lower() in {"moderator", "host", "interviewer", "question", "answer"}:
            key = self._find_by_name(outer)
            if key is None:
                key = self._add(outer, "nominal", role)
        else:
            key = self.resolve(outer, pos)
        entry = self._entries[key]
        if role and not entry.role:
            entry.role = role
        if label != entry.name and label not in entry.aliases:
            entry.aliases.append(label)
        entry.last_pos = max(entry.last_pos, pos)
        return key

    def build(self, keys_in_order: list[int]) -> tuple[list[Speaker], dict[int, str]]:
        """Speakers numbered s1, s2, ... in the order given (first appearance)."""
        speakers: list[Speaker] = []
        ids: dict[int, str] = {}
        for key in keys_in_order:
            if key in ids:
                continue
            ids[key] = f"s{len(ids) + 1}"
            e = self._entries[key]
            aliases = tuple(a for a in dict.fromkeys(e.aliases) if a != e.name)
            speakers.append(Speaker(id=ids[key], name=e.name, role=e.role, aliases=aliases))
        return speakers, ids
