"""Speaker mentions: the noun phrase that names who speaks, and the full name it stands for.

``mention_before`` reads a subject backwards from its verb ("White House press secretary Josh
Earnest | said", "Brian Fallon, the campaign's press secretary, | noted"); ``mention_after`` reads
one forwards after an inverted verb ("said | Rep. G.K. Butterfield (D-N.C.)"). ``NameIndex`` knows
every name in the text, so that "Kerry" or "Mr. Trump" resolve to "John Kerry" or "Donald Trump"
and "he" or "the senator" to the nearest compatible person named before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from pressparse._text.quote_tokens import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TIME_WORDS,
    Token,
    is_possessive,
    strip_possessive,
    word_set,
)
from pressparse._text.speech_verbs import SpeechLexicon

__all__ = [
    "Mention",
    "NameIndex",
    "is_organization_word",
    "mention_after",
    "mention_before",
    "mention_text",
]

_QUESTION_WORDS = frozenset(("what", "why", "how", "whose", "whatever", "whoever"))
_STOP = (
    DETERMINERS
    | PREPOSITIONS
    | CONJUNCTIONS
    | AUXILIARIES
    | PRONOUNS
    | RELATIVES
    | ADVERBS
    | _QUESTION_WORDS
)
_PARTICLES = word_set(
    """
    de van von der den bin ibn al la le da di du del della dos das ter st. y
    """
)
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
# Lower-case words that may stand inside a title before a name ("press secretary Josh Earnest").
_ROLE_MODIFIERS = word_set(
    """
    former presidential press campaign police state senior top deputy acting retired interim
    then current outgoing vice executive assistant associate managing national foreign chief
    general district county city federal democratic republican minority majority party house
    senate white
    """
)
# Capitalized words that make a run of names an organization ("State Department", "Ministry").
_ORGANIZATION_WORDS = word_set(
    """
    department ministry office agency bureau committee commission council caucus party house
    senate congress court university college institute center centre association union
    administration campaign company corporation corp. inc. group foundation fund trust
    network news times post journal press service services organization organisation
    government board authority police army navy force forces church club league coalition
    alliance federation state states nations republic kingdom bank reserve exchange school
    hospital
    """
)
_NEAREST_WINDOW = 40  # how many names back a pronoun may reach
_PARTICIPLES = frozenset(("issued", "released", "filed", "published", "signed", "sent", "written"))


class Mention(NamedTuple):
    """A speaker mention: tokens ``first..last`` (inclusive); ``core`` the name proper inside it.

    ``kind`` is ``"name"`` (a proper name, ``org`` when it names an organization), ``"pronoun"``,
    ``"nominal"`` (a common noun phrase: "the senator", "the statement") or ``"relative"`` ("which"
    or "who", with ``core`` the tokens of the phrase it stands for).
    """

    first: int
    last: int
    kind: str
    core: tuple[int, int]
    org: bool = False


def _is_name_word(token: Token) -> bool:
    if token.kind != "w" or not token.cap:
        return False
    low = strip_possessive(token.low)
    return (low not in _STOP and low not in TIME_WORDS) or low in ("may", "will", "june")


def _is_initial(token: Token) -> bool:
    return token.kind == "w" and token.cap and token.text.endswith(".") and len(token.text) <= 5


def _is_role_word(token: Token, lexicon: SpeechLexicon) -> bool:
    if token.kind != "w":
        return False
    low = token.low
    return low in _ROLE_MODIFIERS or lexicon.is_title(low) or lexicon.is_person_noun(low)


def _is_org_word(token: Token) -> bool:
    return token.low in _ORGANIZATION_WORDS


def is_organization_word(word: str) -> bool:
    """Whether a word makes a name an organization's ("Department", "Ministry", "Party")."""
    return word.lower() in _ORGANIZATION_WORDS


def _possessor(token: Token) -> bool:
    return is_possessive(token.low)


def _core(
    tokens: Sequence[Token], first: int, last: int, lexicon: SpeechLexicon
) -> tuple[int, bool]:
    """Where the name proper starts in tokens ``first..last``, and whether they name an org."""
    after_of = first > 0 and tokens[first - 1].low == "of"
    cut, org = core_words([t.text for t in tokens[first : last + 1]], after_of, lexicon)
    return first + cut, org


def core_words(words: Sequence[str], after_of: bool, lexicon: SpeechLexicon) -> tuple[int, bool]:
    """Where the name proper starts in a run of words, and whether the run names an organization.

    The person's name follows the last title, role or organization word: "State Department
    spokesman John Kirby", "U.S. Secretary of State John Kerry".

    Examples:
        >>> core_words("White House press secretary Josh Earnest".split(), False, SpeechLexicon())
        (4, False)
        >>> core_words("the Foreign Ministry".split(), False, SpeechLexicon())
        (1, True)
    """
    last = len(words) - 1
    start = 0
    while start <= last and (words[start].lower() == "the" or not words[start][:1].isupper()):
        start += 1
    if start > last:
        return 0, False
    lows = [w.lower() for w in words]
    if lows[last] in _ORGANIZATION_WORDS:
        return start, True
    cut = start
    for k in range(start, last):
        low = lows[k]
        if (
            lexicon.is_title(low)
            or low in _ORGANIZATION_WORDS
            or is_possessive(low)
            or not words[k][:1].isupper()
        ):
            cut = k + 1
    if cut == start and last - start >= 2 and after_of:
        cut = start + 1  # "of State John Kerry": the first word belongs to the title
    return min(cut, last), False


def mention_before(
    tokens: Sequence[Token], j: int, lo: int, lexicon: SpeechLexicon, *, depth: int = 0
) -> Mention | None:
    """The mention that ends at token ``j`` (not before token ``lo``), read backwards."""
    if j < lo or j < 0:
        return None
    token = tokens[j]
    if token.kind == "p" and token.text == ")":
        k = j - 1
        while k >= max(lo, j - 12) and tokens[k].text != "(":
            k -= 1
        if k >= lo and tokens[k].text == "(":
            inner = mention_before(tokens, k - 1, lo, lexicon, depth=depth)
            if inner is not None and inner.kind == "name":
                return inner._replace(last=j)
        return None
    if token.kind not in ("w", "n"):
        return None
    low = token.low
    if low in PRONOUNS:
        return Mention(j, j, "pronoun", (j, j))
    if low in ("who", "which"):
        k = j - 1
        if k >= lo and tokens[k].text == ",":
            k -= 1
        antecedent = mention_before(tokens, k, lo, lexicon, depth=depth + 1) if depth < 2 else None
        if antecedent is None or antecedent.kind == "pronoun":
            return antecedent
        # the mention is the relative pronoun; its antecedent names the speaker
        return Mention(j, j, "relative", antecedent.core, antecedent.org)
    if _is_name_word(token) or _is_initial(token):
        first = j
        while first - 1 >= lo:
            prev = tokens[first - 1]
            if (
                _is_name_word(prev)
                or _is_initial(prev)
                or prev.low in _SUFFIXES
                or (prev.low in _PARTICLES and first - 2 >= lo and tokens[first - 2].cap)
                or (_is_role_word(prev, lexicon) and not _possessor(tokens[first]))
            ):
                first -= 1
            else:
                break
        if first - 1 >= lo and tokens[first - 1].low == "the":
            first -= 1
        core_first, org = _core(tokens, first, j, lexicon)
        mention = Mention(first, j, "name", (core_first, j), org)
        return _attach_head(tokens, mention, lo, lexicon, depth)
    if low in _STOP or low.endswith("ly") or token.kind == "n":
        return None
    first = j
    determined = False
    steps = 0
    while first - 1 >= lo and steps < 8:
        prev = tokens[first - 1]
        if prev.low in DETERMINERS:
            first -= 1
            determined = True
            break
        if prev.kind == "n":
            first -= 1
            determined = True  # "63 percent"
            break
        if prev.kind == "w" and prev.low not in _STOP:
            first -= 1
            steps += 1
            continue
        break
    if not determined and not _bare_noun_ok(tokens, first, j, lexicon):
        return None
    mention = Mention(first, j, "nominal", (first, j))
    return _attach_head(tokens, mention, lo, lexicon, depth)


def _bare_noun_ok(tokens: Sequence[Token], first: int, last: int, lexicon: SpeechLexicon) -> bool:
    """A noun phrase without a determiner is a speaker only if it names people or a text."""
    head = tokens[last].low
    if lexicon.is_person_noun(head) or lexicon.is_document_noun(head):
        return True
    if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        return True  # officials, sources, lawmakers, Democrats
    return any(tokens[k].cap for k in range(first, last + 1))


def _attach_head(
    tokens: Sequence[Token], mention: Mention, lo: int, lexicon: SpeechLexicon, depth: int
) -> Mention:
    """Widen "X" in "the director of X" / "statement released by X" to the head it modifies."""
    k = mention.first - 1
    if depth >= 1 or k - 1 < lo or tokens[k].low not in ("of", "by", "at", "for", "from"):
        return mention
    k -= 1
    if tokens[k].low in _PARTICIPLES:
        k -= 1
    outer = mention_before(tokens, k, lo, lexicon, depth=depth + 1)
    if outer is None or outer.kind == "pronoun":
        return mention
    head = tokens[outer.last].low
    if outer.kind == "nominal" and not (
        lexicon.is_person_noun(head)
        or lexicon.is_title(head)
        or lexicon.is_document_noun(head)
        or head in _ORGANIZATION_WORDS
        or (head.endswith("s") and lexicon.is_person_noun(head[:-1]))
    ):
        return mention
    if outer.kind == "name" and not outer.org:
        if mention.kind == "name" and not mention.org:
            # "Secretary of State John Kerry" vs "Charles B. Rangel of New York": the longer name,
            # and never a title ("U.S. Secretary")
            inner_size = mention.core[1] - mention.core[0]
            title = lexicon.is_title(tokens[outer.last].low)
            if title or inner_size > outer.core[1] - outer.core[0]:
                return Mention(outer.first, mention.last, "name", mention.core)
        return Mention(outer.first, mention.last, "name", outer.core)
    if outer.kind == "name" and all(
        lexicon.is_title(tokens[i].low) for i in range(outer.first, outer.last + 1)
    ):
        return Mention(outer.first, mention.last, mention.kind, mention.core, mention.org)
    if (
        outer.kind == "nominal"
        and lexicon.is_document_noun(tokens[outer.last].low)
        and mention.kind == "name"
    ):
        # "the statement released by the Foreign Ministry": the ministry speaks through it
        return Mention(outer.first, mention.last, "name", mention.core, True)
    return Mention(outer.first, mention.last, outer.kind, outer.core, outer.org)


def mention_after(
    tokens: Sequence[Token], i: int, hi: int, lexicon: SpeechLexicon
) -> Mention | None:
    """The mention that starts at token ``i`` (and ends before token ``hi``), read forwards."""
    if i >= hi or i >= len(tokens):
        return None
    token = tokens[i]
    if token.kind != "w":
        return None
    low = token.low
    if low in PRONOUNS:
        return Mention(i, i, "pronoun", (i, i))
    if _is_name_word(token) or _is_initial(token) or _is_role_word(token, lexicon):
        last = i
        while last + 1 < hi and not _possessor(tokens[last]):
            nxt = tokens[last + 1]
            if (
                _is_name_word(nxt)
                or _is_initial(nxt)
                or nxt.low in _SUFFIXES
                or (nxt.low in _PARTICLES and last + 2 < hi and tokens[last + 2].cap)
                or (
                    _is_role_word(nxt, lexicon)
                    and last + 2 < hi
                    and (tokens[last + 2].cap or _is_role_word(tokens[last + 2], lexicon))
                )
            ):
                last += 1
            else:
                break
        if not any(tokens[k].cap for k in range(i, last + 1)):
            return _nominal_after(tokens, i, hi, lexicon)
        name_last = last
        if _possessor(tokens[last]) and last + 1 < hi:
            # "Obama's former campaign strategist": the possessor, then the head noun
            head = _nominal_after(tokens, last + 1, hi, lexicon, determined=True)
            if head is not None:
                return Mention(i, head.last, "nominal", (i, head.last))
        if last + 1 < hi and tokens[last + 1].text == "(":
            for k in range(last + 2, min(hi, last + 12)):
                if tokens[k].text == ")":
                    last = k
                    break
        core_first, org = _core(tokens, i, name_last, lexicon)
        return Mention(i, last, "name", (core_first, name_last), org)
    return _nominal_after(tokens, i, hi, lexicon)


def _nominal_after(
    tokens: Sequence[Token], i: int, hi: int, lexicon: SpeechLexicon, *, determined: bool = False
) -> Mention | None:
    token = tokens[i]
    if token.kind not in ("w", "n") or (token.low in _STOP and token.low not in DETERMINERS):
        return None
    determined = determined or token.low in DETERMINERS or token.kind == "n"
    last = i
    seen_cap = False
    while last + 1 < hi and last - i < 8:
        nxt = tokens[last + 1]
        if nxt.kind == "n":
            last += 1
            continue
        if nxt.kind != "w" or nxt.low in _STOP:
            break
        if nxt.low == "put" and last + 2 < len(tokens) and tokens[last + 2].low == "it":
            break  # "as a Homeland Security memo put it"
        # "an Office report released": a base form after a singular noun is a noun, not a verb
        noun = lexicon.is_bare(nxt.low) and not tokens[last].low.endswith("s")
        verb = lexicon.is_verb(nxt.low) and last > i and tokens[last].low not in DETERMINERS
        if verb and not noun:
            break  # "the letter reads", but "the ruling", "the report"
        participle = nxt.low.endswith("ed") and not nxt.low.endswith("eed") and len(nxt.low) > 3
        after_noun = seen_cap or tokens[last].low not in DETERMINERS
        if not nxt.cap and participle and after_noun:
            break  # "the Security Council issued", "several groups granted"
        seen_cap = seen_cap or nxt.cap
        last += 1
    if last == i and token.low in DETERMINERS:
        return None
    if last + 1 < len(tokens) and tokens[last + 1].kind == "q" and last + 1 < hi + 1:
        return None  # 'the new "dot plot"': the phrase goes on inside the quotation
    if not determined and not _bare_noun_ok(tokens, i, last, lexicon):
        return None
    caps = [k for k in range(i, last + 1) if tokens[k].cap and tokens[k].low not in DETERMINERS]
    if caps and lexicon.is_document_noun(tokens[last].low) and not _possessor(tokens[caps[-1]]):
        # "the Russian Foreign Ministry account": the ministry speaks through its account
        return Mention(i, last, "name", (caps[0], caps[-1]), True)
    return Mention(i, last, "nominal", (i, last))


def mention_text(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    """The source text of tokens ``first..last``, without a trailing possessive or comma."""
    return strip_possessive(text[tokens[first].start : tokens[last].end].strip(" ,"))


class _Person(NamedTuple):
    position: int  # offset in the text
    name: str
    gender: str | None
    org: bool


# A run of two or more capitalized words (with initials and name particles): a candidate name.
# A period belongs to a name only after an initial or a short abbreviation ("G.", "Mr.", "Jr.").
# The first word is taken whole, never given back (``(?=(X))\1`` is an atomic group that Python
# 3.10 can read): a shorter word is followed by a word character, not the blank the next word
# needs, so giving back only costs time, at each of the many capitals that start no run.
_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'][A-Z])(?:[a-z]{0,3}\.|(?=([\w’'\-]*))\1)"
    r"(?:[ \t]+(?:(?:de|van|von|der|den|bin|ibn|al|la|le|da|di|du|del)[ \t]+)?"
    r"[A-Z](?:[a-z]{0,3}\.|[\w’'\-]*))+"
)


class NameIndex:
    """The full names of a text (two words or more), to resolve short forms and pronouns.

    The text is scanned once, on first use; a surname's full names are worked out when it is first
    asked for, so a text pays only for the names its quotations need.

    Examples:
        >>> index = NameIndex(
        ...     "Secretary of State John Kerry met Sergei Lavrov. Kerry left.", SpeechLexicon()
        ... )
        >>> index.full_name("Kerry", 50), index.full_name("Mr. Lavrov", 50)
        ('John Kerry', 'Sergei Lavrov')
    """

    def __init__(self, text: str, lexicon: SpeechLexicon) -> None:
        self._text = text
        self._lexicon = lexicon
        self._runs: dict[str, list[tuple[int, list[str]]]] | None = None
        self._full: dict[str, list[tuple[int, str]]] = {}
        self._people: list[_Person] | None = None
        self._positions: list[int] = []

    def _scan(self) -> dict[str, list[tuple[int, list[str]]]]:
        """Every run of capitalized words, by its last word; a possessive ends a run."""
        runs: dict[str, list[tuple[int, list[str]]]] = {}
        text = self._text
        for match in _NAME_RUN.finditer(text):
            run = match.group()
            start = match.start()
            words = run.split()
            if "’" not in run and "'" not in run:
                # most runs: one name, and no possessive to strip from its last word
                runs.setdefault(words[-1].lower(), []).append((start, words))
                continue
            # "Hillary Clinton’s Campaign Chairman John Podesta" holds two names
            pieces: list[list[str]] = [[]]
            for word in words:
                pieces[-1].append(word)
                if is_possessive(word):
                    pieces.append([])
            offset = start
            for piece in pieces:
                if not piece:
                    continue
                key = strip_possessive(piece[-1]).lower()
                runs.setdefault(key, []).append((offset, piece))
                offset = text.find(piece[-1], offset) + len(piece[-1])
        self._runs = runs
        return runs

    def _name(self, start: int, words: list[str]) -> _Person | None:
        """The person or organization a run of capitalized words names, if any."""
        lexicon = self._lexicon
        skip = 0
        while skip < len(words) and (words[skip].lower() in _STOP or lexicon.is_verb(words[skip])):
            skip += 1
        if skip >= len(words):
            return None
        words = words[skip:]
        text = self._text
        after_of = text[max(0, start - 3) : start] == "of " and skip == 0
        cut, org = core_words(words, after_of, lexicon)
        gender = None
        for word in words[: cut + 1]:
            gender = gender or lexicon.gender(word)
        name_words = [strip_possessive(w) for w in words[cut:]]
        if not name_words or lexicon.is_title(name_words[-1].lower()):
            return None
        return _Person(start, " ".join(name_words), gender, org)

    def _full_names(self, surname: str) -> list[tuple[int, str]]:
        found = self._full.get(surname)
        if found is None:
            runs = self._runs if self._runs is not None else self._scan()
            found = []
            for start, words in runs.get(surname, ()):
                person = self._name(start, words)
                if person is not None and not person.org and " " in person.name:
                    found.append((start, person.name))
            self._full[surname] = found
        return found

    def full_name(self, name: str, position: int) -> str:
        """``name`` with a title dropped and a lone surname expanded to the full name used nearby.

        The nearest full name before offset ``position`` wins, else the first one after it.
        """
        words = [w for w in name.split() if not self._lexicon.is_title(w.lower())]
        if not words:
            return name
        if len(words) > 1:
            return " ".join(words)
        candidates = self._full_names(strip_possessive(words[0]).lower())
        if not candidates:
            return words[0]
        best = None
        for at, full in candidates:
            if at <= position:
                best = full
            elif best is None:
                best = full
                break
        return best or words[0]

    def _all_people(self) -> list[_Person]:
        if self._people is None:
            runs = self._runs if self._runs is not None else self._scan()
            people = [
                person
                for entries in runs.values()
                for start, words in entries
                if (person := self._name(start, words)) is not None
            ]
            people.sort(key=lambda person: person.position)
            self._people = people
            self._positions = [person.position for person in people]
        return self._people

    def nearest_person(
        self, position: int, gender: str | None, *, org: bool = False, since: int = -1
    ) -> str | None:
        """The nearest name before offset ``position`` of a person (or of an organization).

        With ``since`` >= 0 only names from that offset on count.
        """
        people = self._all_people()
        at = bisect.bisect_left(self._positions, position) - 1
        for index in range(at, max(-1, at - _NEAREST_WINDOW), -1):
            person = people[index]
            if person.position < since:
                return None
            if person.org != org:
                continue
            if gender and person.gender and person.gender != gender:
                continue
            return self.full_name(person.name, person.position)
        return None
