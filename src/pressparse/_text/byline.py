"""Byline parsing: person names, roles and organizations out of a byline string.

A byline is cleaned first (links, e-mail addresses, @handles, "Follow", "Email the author",
dates and times, relative times, bios), then cut into segments at commas, bars, slashes, dashes
and "and"; each segment is read as a person's name, an organization ("Reuters", "For Daily Mail
Australia", "The Water Coolest"), a role ("AP Auto Writer", "Staff Writer") or a credential
("PhD"). An organization or role applies to the people named before it that have none yet.
Names written in capitals are given normal case (``"LISA MASCARO"`` -> ``"Lisa Mascaro"``).
"""

from __future__ import annotations

import re

from pressparse._model import Byline
from pressparse._text.dates import find_date_parts
from pressparse._text.names import (
    CREDENTIALS,
    JUNK_WORDS,
    ORGANIZATION_WORDS,
    ORGANIZATIONS,
    WEAK_ORGANIZATION_WORDS,
    is_role_word,
    known_organization,
    looks_like_organization,
    looks_like_person_name,
    name_case,
    opens_with_title_article,
)

__all__ = ["ORGANIZATIONS", "parse_byline"]

#: a byline longer than this is not a byline; only its start is read
_MAX_BYLINE = 600

_LINK = re.compile(r"(?:https?://|www\.)\S{1,300}|\S{1,80}@\S{1,80}\.\w{2,10}|[@#][\w.]{1,40}")
_RELATIVE = re.compile(
    r"\b(?:\d{1,3}|an?|one|few)\s{1,3}(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?"
    r"|months?|years?)\s{1,3}ago\b|\b(?:updated|published|posted)\s{1,3}(?:yesterday|today)\b"
    r"|\bjust now\b|\b(?:vor|hace|il y a|há) \d{1,3} \w{1,12}|\b(?-i:yesterday|today)\b"
    r"|\b(?:reading time|read time|lesezeit|lesedauer|tiempo de lectura|temps de lecture)\b"
    r"\s{0,3}:?\s{0,3}(?:\d{1,3}\s{0,3}\w{1,10}\.?)?|\b\d{1,3}\s{0,3}min(?:ute)?s?\.?\s{1,3}read\b"
    r"|\b\d{1,6}\s{1,3}words\b",
    re.IGNORECASE,
)
_LOCATED = re.compile(
    r"\s(?:in|from|reporting from|aus|à|en)\s[A-Z][^\s,]{0,30}(?:\s[A-Z][^\s,]{0,30}){0,2}$"
)
_JUNK_PHRASE = re.compile(
    r"\b(?:email|e-mail|contact)\s{1,3}(?:the\s{1,3})?(?:author|reporter|writer|me)\b"
    r"|\bfollow(?:\s{1,3}(?:on|us|me)\s{1,3}\w{1,20})?\b"
    r"|\b(?:view|see)\s{1,3}all\s{1,3}(?:posts|articles|stories)(?:\s{1,3}by)?\b"
    r"|\bzeige\s{1,3}alle\s{1,3}beiträge(?:\s{1,3}von)?\b"
    r"|\b(?:more|latest)\s{1,3}(?:from|by|articles\s{1,3}by|stories\s{1,3}by|posts\s{1,3}by)\b"
    r"|\bread\s{1,3}more\b.*"
    r"|\b(?:twitter|facebook|instagram|linkedin|subscribe|bio|profile)\b"
    r"|\b(?:last\s{1,3})?(?:updated|published|posted|modified)(?:\s{1,3}on)?\b:?"
    r"|\b(?:photos?|photography|illustrations?|graphics?|video|images?)\s{1,3}by\b.*",
    re.IGNORECASE,
)
_BIO = re.compile(r"\s(?:is|was|has been)\s{1,3}(?:an?|the)\s", re.IGNORECASE)
_BY = re.compile(
    r"^[\W_]{0,5}(?:(?:written|reported|story|text|words|reporting|posted|published|compiled"
    r"|veröffentlicht|geschrieben|erstellt|verfasst|publié|écrit|publicado|escrito|scritto"
    r"|pubblicato|geplaatst|geschreven|submitted|created|added|uploaded|gespeichert|eingestellt"
    r"|eingetragen|hochgeladen|publiziert)\s{1,3})?"
    r"(?:by|from|von|par|por|door|di|av|af|przez|texto|text|autor(?:/in|in|en|innen)?|authors?"
    r"|auteurs?|autores?|autori|autore)\b\s{0,3}[:.\-–—]?\s{0,3}",
    re.IGNORECASE,
)
# A lead of up to four words before "by"/"von"/... ("Ein Gastbeitrag von", "A column by",
# "Blog Beitrag von"): every word is in lower case or a lead word, so a name ("Ursula von der
# Leyen") is never taken for one.
_LEAD_BY = re.compile(
    r"^[\W_]{0,5}((?:[^\W\d_][\w’'-]{0,24}\s{1,3}){1,4}?)(?:by|von|par|por|door|przez|di)"
    r"\s{0,3}:?\s{1,3}(?=[^\W\d_])",
    re.IGNORECASE,
)
_LEAD_WORDS = frozenset(
    """a an the ein eine einen der die das un une le la el una uno il lo blog beitrag
    gastbeitrag artikel text texte kolumne kommentar bericht reportage analyse interview
    rezension kritik essay meinung pressemitteilung wortlaut column story report reporting
    analysis review essay opinion commentary post posted article guest written words photos
    news entry entrada artículo crónica columna tribune chronique billet article
    recherche im in am fotos foto photos photo bilder bild video videos grafik
    grafiken illustration illustrations cura propos recueillis entretien réalisé intervista
    entrevista""".split()  # noqa: SIM905 (a word list reads best as text)
)
_ROLE_LABEL = re.compile(
    r"^[\W_]{0,5}(?:contributors?|reporters?|writers?|editors?|correspondents?|columnists?"
    r"|redaktion|interview|verfasser(?:in)?|reporter(?:in)?|redacción|rédaction|redazione)"
    r"\s{0,2}:\s{0,3}",
    re.IGNORECASE,
)
_LEADING_AND = re.compile(r"^(?:(?i:and|&|with)|und|Und|et|y|e|i|en|og|och|mit|avec|con)\s{1,3}")
_INNER_BY = re.compile(r"(?:^|\s)by\s{1,3}(?=[A-Z])")
_SEGMENT_SPLIT = re.compile(r"\s{0,3}(?:[,;|•·/\n]|\s[-–—]\s)\s{0,3}")
# "and" in the languages of bylines (the short ones only in lower case: "John E Smith" has an
# initial), "with", and the words of interview credits ("im Gespräch mit", "in conversation
# with"): each joins two credits.
_INTERVIEW = (
    r"(?i:im\s{1,3}gespräch\s{1,3}mit|im\s{1,3}interview\s{1,3}mit|in\s{1,3}conversation"
    r"\s{1,3}with|in\s{1,3}an\s{1,3}interview\s{1,3}with|interviewed\s{1,3}by|talks?\s{1,3}"
    r"(?:to|with)|spricht\s{1,3}mit|sprach\s{1,3}mit|en\s{1,3}conversation\s{1,3}avec"
    r"|entretien\s{1,3}avec|en\s{1,3}conversación\s{1,3}con|in\s{1,3}conversazione\s{1,3}con)"
)
_AND_SPLIT = re.compile(
    r"\s{1,3}(?:" + _INTERVIEW + r"|(?i:and|&|with)|und|Und|UND|et|ET|y|e|i|en|og|och|és|ve"
    r"|mit|avec|con|com|met|med)\s{1,3}"
)
# Connectors after which a lone word is a second surname ("José Ortega y Gasset"), not a
# second person.
_SURNAME_JOINERS = frozenset({"y", "e", "i"})
_FOR = re.compile(r"^(.{0,80}?)\s{0,3}\b(?:[Ff]or|FOR|für|pour|para|voor)\s{1,3}(\S.{0,120})$")


def _is_title_word(word: str) -> bool:
    return is_role_word(word) or word.casefold().strip(".") == "staff"


# A short code in capitals after a name is an agency or service ("Peter Maahn/SP-X", "NDR").
_ORG_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}(?:[-&.][A-Z0-9]{1,6}){0,2}|[A-Z][-&.][A-Z0-9]{1,6}")
_SPECIAL_TO = re.compile(r"^special\s{1,3}to\s{1,3}(.{1,80})$", re.IGNORECASE)


class _Credit:
    __slots__ = ("name", "organization", "role")

    def __init__(self, name: str | None) -> None:
        self.name = name
        self.role: str | None = None
        self.organization: str | None = None


def parse_byline(text: str) -> tuple[Byline, ...]:
    """Split a byline into one Byline per credited person (or one for an organization-only credit).

    Examples:
        >>> [(b.name, b.organization) for b in parse_byline("By John Smith and Jane Doe, Reuters")]
        [('John Smith', 'Reuters'), ('Jane Doe', 'Reuters')]
        >>> b = parse_byline("Tom Krisher, AP Auto Writer")[0]
        >>> b.name, b.role, b.organization
        ('Tom Krisher', 'AP Auto Writer', 'AP')
        >>> [
        ...     b.name
        ...     for b in parse_byline(
        ...         "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press"
        ...     )
        ... ]
        ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker']
        >>> parse_byline("By Umair Irfan Updated Nov 13, 2019, 10:28am EST")[0].name
        'Umair Irfan'
        >>> parse_byline("Reuters Staff")
        (Byline(raw='Reuters Staff', name=None, role='Staff', organization='Reuters'),)
        >>> parse_byline("Email the author")
        ()
    """
    if not isinstance(text, str):
        return ()
    raw = " ".join(text[: _MAX_BYLINE * 4].split())[:_MAX_BYLINE].strip()
    if not raw:
        return ()
    cleaned, by = _clean(raw)
    credits, loose_orgs, loose_roles = _read(cleaned, by=by)
    people = [credit for credit in credits if credit.name]
    if people:
        if len(loose_orgs) == 1:
            for credit in people:
                credit.organization = credit.organization or loose_orgs[0]
        return tuple(
            Byline(raw=raw, name=c.name, role=c.role, organization=c.organization) for c in people
        )
    out: list[Byline] = []
    for org, role in _loose_credits(loose_orgs, loose_roles):
        out.append(Byline(raw=raw, name=None, role=role, organization=org))
    return tuple(out)


def _loose_credits(orgs: list[str], roles: list[str]) -> list[tuple[str | None, str | None]]:
    """Organization-only credits: one per organization, the first carrying the role if any."""
    if not orgs:
        return [(None, role) for role in roles[:1]]
    return [(org, roles[0] if roles and index == 0 else None) for index, org in enumerate(orgs)]


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "Evan HalperStaff Writer", "KhalifehPublished": words run together when a page's elements are
# joined without spaces. "McDonald", "MacKenzie", "DeSantis", "LaToya" keep their inner capital.
_GLUED = re.compile(r"(?<![^\W\d_])((?!Mac)[^\W\d_]{3,}[a-zà-ÿ])(?=[A-Z][a-zà-ÿ])")


def _clean(text: str) -> tuple[str, bool]:
    """The byline without links, handles, junk phrases, dates, relative times and bios, and
    whether it opened with "By" (or its like)."""
    if not text.isascii():
        # A pattern, not str.translate: a translate table costs a caught KeyError for every
        # character of non-ASCII text that it leaves alone.
        text = _INVISIBLE.sub("", text)
    text = _GLUED.sub(r"\1 ", text)
    text = _LINK.sub(" ", text)
    text = _drop_dates(text)
    text = _RELATIVE.sub(" ", text)
    text = _JUNK_PHRASE.sub(" ", text)
    bio = _BIO.search(text)
    if bio is not None:
        text = text[: bio.start()]
    text = " ".join(text.split())
    # The longest opening wins: "Text und Fotos von Jane Doe" opens with "Text", but all of
    # "Text und Fotos von" is the lead.
    openings = [m for m in (_BY.match(text), _ROLE_LABEL.match(text), _lead_by(text)) if m]
    by = max(openings, key=lambda m: m.end()) if openings else None
    if by is not None:
        text = text[by.end() :]
        text = _our_role_after(text)
    else:
        inner = _INNER_BY.search(text)
        if inner is not None and not re.search(r"[^\W\d_]", text[: inner.start()]):
            text = text[inner.end() :]
            by = inner
    return text.strip(" \t,;:|-–—•·"), by is not None


# "our correspondent" between "by" and the name ("Von unserem Korrespondenten Peter Schmidt").
_OUR = re.compile(
    r"(?:unser(?:em|er|en)?|our|notre|nos|nuestro|nuestra|nuestros|il nostro|la nostra|onze)"
    r"\s{1,3}",
    re.IGNORECASE,
)


def _our_role_after(text: str) -> str:
    """ "unserem Korrespondenten Peter Schmidt" as "Peter Schmidt, Korrespondenten": the role
    words after "our" go after the name, where the role reader finds them.

    Examples:
        >>> _our_role_after("notre envoyé spécial Jean Dupont"), _our_role_after("our reporter")
        ('Jean Dupont, envoyé spécial', 'reporter')
        >>> _our_role_after("Jane Doe")
        'Jane Doe'
    """
    ours = _OUR.match(text)
    if ours is None:
        return text
    words = text[ours.end() :].split()
    if 1 <= len(words) <= 4 and _is_title_word(words[-1]):
        return " ".join(words)  # "By Our Foreign Staff", "our Washington correspondent"
    count = 0
    while count < min(3, len(words)) and is_role_word(words[count]):
        count += 1
    if count == 0:
        return text
    role, name = " ".join(words[:count]), " ".join(words[count:])
    return f"{name}, {role}" if name else role


def _lead_by(text: str) -> re.Match[str] | None:
    """ "Ein Gastbeitrag von Jane Doe": a lead of lead words before "by"/"von"/..."""
    lead = _LEAD_BY.match(text)
    if lead is None:
        return None
    if all(w.casefold() in _LEAD_WORDS or w.islower() for w in lead.group(1).split()):
        return lead
    return None


def _drop_dates(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    for parts in find_date_parts(text):
        pieces.append(text[pos : parts.start])
        pieces.append(" , ")
        pos = parts.end
    pieces.append(text[pos:])
    dropped = "".join(pieces)
    # a lone time left behind ("at 10:28 am") and the words that led to the date
    dropped = re.sub(
        r"\b\d{1,2}(?::\d{2}){1,2}\s{0,2}(?:[ap]\.?m\.?)?(?:\s{0,2}[A-Z]{2,4}\b)?",
        " ",
        dropped,
        flags=re.IGNORECASE,
    )
    return re.sub(r"\b(?:on|at|um|am|le)\s{1,3}(?=,)", " ", dropped)


class _Collector:
    """Gathers the credits of one byline as its segments are read, left to right."""

    __slots__ = ("credits", "loose_orgs", "loose_roles", "open_from")

    def __init__(self) -> None:
        self.credits: list[_Credit] = []
        self.loose_orgs: list[str] = []
        self.loose_roles: list[str] = []
        self.open_from = 0  # the people from this index on have no organization yet

    def add(self, kind: str, value: str, extra: str | None) -> None:
        if kind == "credential" and self.credits:
            self.give_role(value)
        elif kind == "role":
            self.give_role(value)
            if extra:
                self.give_org(extra)
        elif kind == "org":
            self.give_org(value)
            if extra:
                self.give_role(extra)
        elif kind == "people":
            self.credits.extend(_Credit(name_case(name)) for name in value.split("\n"))
            if extra:
                self.give_org(extra)
        elif kind == "person_role":
            self.credits.append(_Credit(name_case(value)))
            if extra:
                self.give_role(extra)
                role = _role(extra)
                if role is not None and role[2]:
                    self.give_org(role[2])

    def give_org(self, org: str) -> None:
        takers = [c for c in self.credits[self.open_from :] if c.organization is None]
        if not takers and org not in self.loose_orgs:
            self.loose_orgs.append(org)
        for credit in takers:
            credit.organization = org
        self.open_from = len(self.credits)

    def give_role(self, role: str) -> None:
        takers = [c for c in self.credits[self.open_from :] if c.role is None] or self.credits[-1:]
        if not takers:
            self.loose_roles.append(role)
        for credit in takers:
            credit.role = role if credit.role is None else f"{credit.role}, {role}"


def _read(text: str, *, by: bool) -> tuple[list[_Credit], list[str], list[str]]:
    """People (with their roles and organizations), and organizations and roles naming no one.

    ``by``: the byline said "By", so a lone word ("By Limespacer") or a name in lower case
    ("by keith grant") is taken as a name too.
    """
    found = _Collector()
    segments = _segments(text)
    if by and len(segments) >= 1 and _lone_name(segments[0]):
        found.add("people", segments[0], None)
        segments = segments[1:]
    for segment in segments:
        whole = _classify(segment, after_person=bool(found.credits))
        if whole[0] != "people" and _AND_SPLIT.search(segment) and not known_organization(segment):
            # "Staff Writer and John Roe": read each side on its own when one names a person
            sides = [
                _classify(part.strip(), after_person=True) for part in _AND_SPLIT.split(segment)
            ]
            if any(side[0] in ("people", "person_role") for side in sides):
                for side in sides:
                    found.add(*side)
                continue
        found.add(*whole)
    if (
        not found.credits
        and not found.loose_orgs
        and len(segments) == 1
        and _lower_surname(segments[0])
    ):
        found.add("people", segments[0], None)  # "Mobasir hassan": the byline is the name
    return found.credits, found.loose_orgs, found.loose_roles


# Small words that end phrases, not names: a lower-case last word must not be one of them.
_COMMON_WORDS = frozenset(
    """a an the and or of to in on at for by from with about more here now this that these
    those it its is are was were be been has have had not all any our your my his her their
    news post posts says said team und oder der die das den dem des ein eine von zu im am mit
    für auf aus bei nach über le la les et de du des un une pour par sur dans el los las y en
    con para por il lo gli e di da per che see full view show read click go back next home
    page top""".split()  # noqa: SIM905 (a word list reads best as text)
)


def _lower_surname(segment: str) -> bool:
    """A name with a surname written in lower case ("Mobasir hassan"): two or three words,
    the first capitalised, the last in lower case and no common word, nothing that is not a
    name word in between. Taken only when it is the whole byline."""
    words = segment.split()
    if not 2 <= len(words) <= 3:
        return False
    first, last = words[0], words[-1]
    if not (first[0].isupper() and not first.isupper() and first.replace("-", "").isalpha()):
        return False
    if not (last.islower() and last.isalpha() and len(last) >= 3):
        return False
    if any(
        w.casefold() in _COMMON_WORDS
        or w.casefold() in JUNK_WORDS
        or is_role_word(w)
        or w.casefold() in ORGANIZATION_WORDS
        or w.casefold() in WEAK_ORGANIZATION_WORDS
        for w in words
    ):
        return False
    return len(words) == 2 or (words[1][:1].isupper() and words[1].replace(".", "").isalpha())


def _segments(text: str) -> list[str]:
    out: list[str] = []
    for piece in _SEGMENT_SPLIT.split(text):
        piece = _LEADING_AND.sub("", piece.strip(" .:-–—"))  # "..., and Jim Poe"
        if piece:
            out.append(piece)
    return out


def _classify(segment: str, *, after_person: bool) -> tuple[str, str, str | None]:
    """("people" | "org" | "role" | "credential" | "junk", value, extra)."""
    words = segment.split()
    folded = [word.casefold().strip(".,") for word in words]
    if after_person and all(
        word in CREDENTIALS or word.replace(".", "") in CREDENTIALS for word in folded
    ):
        return "credential", segment, None
    special = _SPECIAL_TO.match(segment)
    if special is not None:
        return "role", segment, special.group(1).strip()
    if known_organization(segment):
        return _org_or_role(segment)
    for_match = _FOR.match(segment)
    if for_match is not None and for_match.group(2)[0].isupper():
        people = _people(for_match.group(1)) if for_match.group(1) else None
        if people is not None:
            return "people", people, for_match.group(2).strip()
        if not for_match.group(1) and segment[:3].casefold() == "for":
            return "org", for_match.group(2).strip(), None
    if len(words) >= 4 and words[-1].casefold() in WEAK_ORGANIZATION_WORDS:
        paper = _person_then_org(words)  # "Joe Davidson Washington Post"
        if paper is not None:
            return paper
    if opens_with_title_article(segment):
        return "org", segment, None  # "El Colombiano", "Die Zeit"
    people = _people(segment)
    if people is not None:
        return "people", people, None
    split = _person_then_org(words) or _person_then_role(words)
    if split is not None:
        return split
    role = _role(segment)
    if role is not None:
        return role
    if looks_like_organization(segment) or (
        after_person and (_single_name_word(segment) or _ORG_CODE.fullmatch(segment))
    ):
        return "org", segment, None
    return "junk", segment, None


def _org_or_role(segment: str) -> tuple[str, str, str | None]:
    """A known credit: "Reuters" is an organization, "Staff Reports" a role, "Reuters Staff"
    both."""
    words = segment.split()
    if words[0].casefold() == "staff" or all(is_role_word(w) for w in words):
        return "role", segment, None
    if len(words) > 1 and words[-1].casefold() in ("staff", "desk"):
        head = " ".join(words[:-1])
        if known_organization(head):
            return "org", head, words[-1]
    return "org", segment, None


def _role(segment: str) -> tuple[str, str, str | None] | None:
    """A title: "AP Auto Writer" (role, with organization "AP"), "Senior Correspondent"."""
    words = segment.split()
    if not 1 <= len(words) <= 7:
        return None
    if not is_role_word(words[-1]):
        return None
    # the words before the title word: an organization, then more title words
    for cut in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:cut])
        if (
            known_organization(head)
            and _org_or_role(head)[0] == "org"
            and all(is_role_word(w) or w[0].isupper() for w in words[cut:])
        ):
            return "role", segment, head
    if all(_is_title_word(w) or w.casefold() in ("of", "and", "the", "at") for w in words):
        return "role", segment, None
    # "HERALD STAFF WRITER": an organization, then title words
    cut = len(words)
    while cut > 0 and _is_title_word(words[cut - 1]):
        cut -= 1
    if 0 < cut < len(words):
        head = " ".join(words[:cut])
        if looks_like_organization(head) and not looks_like_person_name(head):
            return "role", segment, head
    if sum(is_role_word(w) for w in words) >= 2 and not looks_like_person_name(segment):
        return "role", segment, None
    return None


def _people(segment: str) -> str | None:
    """Names joined by "and" ("Lia Eustachewich and Yaron Steinbuch"), newline-separated.

    A first name alone before a full name is a person of its own ("Juan y Maria Lopez"); a
    lone word after "y"/"e"/"i" ends the name before it ("José Ortega y Gasset")."""
    names: list[str] = []
    joiner = ""
    position = 0
    for match in [*_AND_SPLIT.finditer(segment), None]:
        end = match.start() if match is not None else len(segment)
        name = _dedupe(_LOCATED.sub("", segment[position:end]).strip())
        if name:
            if (
                names
                and joiner in _SURNAME_JOINERS
                and _first_name(name)
                and looks_like_person_name(names[-1])
            ):
                names[-1] = f"{names[-1]} {joiner} {name}"
            else:
                names.append(name)
        if match is not None:
            joiner = match.group().strip()
            position = match.end()
    if not names:
        return None
    full = [looks_like_person_name(name) for name in names]
    if all(full):
        return "\n".join(names)
    last_full = max((index for index, ok in enumerate(full) if ok), default=-1)
    if last_full > 0 and all(
        ok or (index < last_full and _first_name(name))
        for index, (name, ok) in enumerate(zip(names, full, strict=True))
    ):
        return "\n".join(names)
    return None


def _first_name(word: str) -> bool:
    """One capitalised word that can be a given name or a surname ("Juan", "Gasset")."""
    return (
        " " not in word
        and len(word) >= 2
        and word[0].isupper()
        and not word.isupper()
        and word.replace("-", "").isalpha()
        and word.casefold() not in JUNK_WORDS
        and not is_role_word(word)
        and not known_organization(word)
        and not looks_like_organization(word)
    )


def _person_then_org(words: list[str]) -> tuple[str, str, str | None] | None:
    """A segment that is names and then an organization: "ERIC TUCKER Associated Press".

    The organization is a known one, or one that the change from capitals to normal case sets
    apart ("JANE DOE Springfield Daily News"); "India Post News Weekly" stays whole.
    """
    for cut in range(len(words) - 1, 1, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        known = known_organization(tail)
        case_break = (
            _upper(words[cut - 1]) != _upper(words[cut])
            and _upper(head) != _upper(tail)
            and looks_like_organization(tail)
        ) or _place_and_paper(words[:cut], words[cut:])
        if known or case_break:
            people = _people(head)
            if people is not None:
                if known and _org_or_role(tail)[0] == "role" and "\n" not in people:
                    return "person_role", people, tail  # "Evan Halper Staff Writer"
                return "people", people, tail
    return None


def _upper(text: str) -> bool:
    """All capitals, at least two letters ("NEWS", "NEW YORK"): a case of its own."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def _place_and_paper(head: list[str], tail: list[str]) -> bool:
    """A full name and then a two- or three-word paper named for a place, its last word one
    that names papers only next to another word ("Joe Davidson Washington Post")."""
    return (
        len(head) >= 2
        and 2 <= len(tail) <= 3
        and tail[-1].casefold() in WEAK_ORGANIZATION_WORDS
        and all(w[:1].isupper() for w in tail)
        and len(head[-1].rstrip(".")) > 1
    )


def _person_then_role(words: list[str]) -> tuple[str, str, str | None] | None:
    """A name and then a title without a comma: "Jane Doe Contributor", "Leah Stokes Assistant
    professor of political science", "Ben Romano Seattle Times business reporter"."""
    for cut in range(2, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        titled = (_is_title_word(words[cut]) and words[cut][0].isupper()) or _is_title_word(
            words[-1]
        )
        if titled and looks_like_person_name(head):
            return "person_role", head, tail
    return None


def _lone_name(segment: str) -> bool:
    """After "By": one capitalised word that is no organization ("Limespacer"), or a name in
    lower case ("keith grant")."""
    words = segment.split()
    if known_organization(segment) or looks_like_organization(segment):
        return False
    if len(words) == 1:
        return _single_name_word(segment) and len(segment) >= 3
    lowered = segment.islower() and 2 <= len(words) <= 4
    return lowered and all(w.isalpha() and w not in JUNK_WORDS for w in words)


def _single_name_word(segment: str) -> bool:
    """One capitalised word after a person: a publication ("VICTOR TANGERMANN, FUTURISM")."""
    words = segment.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0].casefold() not in JUNK_WORDS
        and words[0].isalpha()
    )


def _dedupe(name: str) -> str:
    """A name written twice (a byline followed by a bio that repeats it) once."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name
