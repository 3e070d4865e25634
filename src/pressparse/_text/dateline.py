"""Dateline parsing: the place, date and agency that open a story, and where the story begins.

Forms read (``SEP`` is ``-``, ``--``, ``—``, ``–`` or ``―``)::

    LOCATION [, REGION...] [, DATE] [(AGENCY)] SEP       WASHINGTON (Reuters) -
                                                          NEW YORK, March 3 -
    LOCATION [, REGION...], DATE /AGENCY/ --              CHICAGO, Nov. 5, 2024 /PRNewswire/ --
    LOCATION [, REGION...]--(AGENCY)--                    BOSTON--(BUSINESS WIRE)--
    LOCATION [, REGION...] SEP DATE SEP                   KANSAS CITY, Mo. - March 13 -
    DATE (AGENCY) SEP                                     Dec 29 (Reuters) -
    (AGENCY) SEP                                          (CNN) —

A dateline opens the text, or, when a wire service marks it (``/PRNewswire/``, ``(BUSINESS WIRE)``,
``(AP)``...), follows a sub-headline glued in front of it: then ``Dateline.start`` > 0 and the
location is the run of upper-case words before the date. Without an agency or a date the place
must be written in capitals (``MIAMI —``) or carry a known region abbreviation (``Selma, N.C. —``),
so that a sentence opening with a name and a dash (``Mehmet Oz — ...``) is not a dateline.

Offsets: ``dl.raw == text[dl.start:dl.end].rstrip()``; ``dl.end`` is where the story begins
(after the separator and the spaces that follow it).
"""

from __future__ import annotations

import re
from datetime import date

from pressparse._model import Dateline, DateValue
from pressparse._text.dates import DateParts, find_date_parts
from pressparse._text.locale import DEFAULT_DATELINE_LOCALE, DatelineLocale, DateLocale

__all__ = ["YEAR_UNKNOWN", "parse_dateline"]


def _split(words: str) -> list[str]:
    """The words of a space-separated list (tables are written that way to stay readable)."""
    return words.split()


#: The year given to a dateline date that has no year when no ``reference`` says which: the
#: first leap year of the calendar (so that 29 February exists), which no news item carries.
YEAR_UNKNOWN = 4

#: how far into the text a dateline may start (after a sub-headline) and how long it may be
_MAX_START = 320
_MAX_HEAD = 160

_SPACE = r"[ \t\xa0\u2009\u202f]"
_SEP = re.compile(
    # ").-" closes a Spanish wire dateline: "MADRID, 3 mar (EFE).- El Gobierno"
    rf"{_SPACE}{{0,4}}(?:-{{2,3}}|[—–―‒]{{1,2}}|(?<=[\s)]){_SPACE}{{0,3}}-|-(?={_SPACE})|(?<=\))\.[-—–])"
    rf"{_SPACE}{{0,6}}"
)
# Every separator holds one of these dashes, with at most _SEP_LEAD characters of it before
# the first (four spaces and three more, or four and the "." after a bracket).
_DASHES = "-—–―‒"
_SEP_LEAD = 7
_PAREN_AGENCY = re.compile(r"\(\s{0,2}([^()\n]{1,40}?)\s{0,2}\)")
_SLASH_AGENCY = re.compile(r"/\s{0,2}([A-Za-z][\w .&-]{1,40}?)\s{0,2}/")
_TRUNCATED_AGENCY = re.compile(r"\(\s{0,2}([A-Za-z][A-Za-z ]{1,30}?)\s{0,2}(?:\.\.\.|…)\s{0,4}$")
_WORD = re.compile(r"\S+")
_SLASH_WIRE = re.compile(
    r"(?P<location>[^/\n]{2,80}?)\s{1,2}/\s{1,2}(?P<agency>[A-Za-z][\w .-]{1,30}?)\s{1,2}/"
    r"(?P<date>\s{1,2}[^/\n]{4,40}?)\s{1,2}/\s{1,4}"
)
_OBITUARY = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]*){0,4}, \d{1,3}\b")
_STORY_START = re.compile(r"[\W_]{0,3}[^\W_]")
_PARTICLES = frozenset(
    _split(
        "of de la le du des del della di da do dos das am an der den im bei upon on sur sous les "
        "y e en van von aan the and st ste saint"
    )
)
_LEADING_FUNCTION_WORDS = frozenset(
    _split(
        "on in at by since until before after from through during last next this that these those "
        "early late mid updated published posted when while if for with"
    )
)


def parse_dateline(
    text: str,
    *,
    reference: date | None = None,
    locale: DateLocale | None = None,
    standalone: bool = False,
) -> Dateline | None:
    """Read the dateline that opens ``text``; None when it does not open with one.

    ``reference`` (the article's date) gives the year of a dateline date written without one;
    without it such a date gets the placeholder year ``YEAR_UNKNOWN`` (4). ``locale`` may be a
    ``DatelineLocale`` with more agencies and regions (a plain ``DateLocale`` only adds date words).
    ``standalone=True`` says that ``text`` is a dateline element on its own (as a site adapter
    selects it), so no story text has to follow the separator.

    Examples:
        >>> dl = parse_dateline("WASHINGTON (Reuters) - The U.S. said on Monday")
        >>> dl.location, dl.agency, dl.date, dl.raw, dl.end
        ('WASHINGTON', 'Reuters', None, 'WASHINGTON (Reuters) -', 23)
        >>> dl = parse_dateline("CHICAGO, Nov. 5, 2024 /PRNewswire/ -- Acme Corp. today announced")
        >>> dl.location, dl.date.raw, dl.date.value, dl.agency
        ('CHICAGO', 'Nov. 5, 2024', datetime.date(2024, 11, 5), 'PRNewswire')
        >>> from datetime import date
        >>> parse_dateline("NEW YORK, March 3 - Stocks rose", reference=date(1987, 3, 4)).date.value
        datetime.date(1987, 3, 3)
        >>> parse_dateline("Mehmet Oz — Ivy League-trained surgeon") is None
        True
    """
    if not isinstance(text, str) or not text:
        return None
    loc = locale if isinstance(locale, DatelineLocale) else DEFAULT_DATELINE_LOCALE
    date_loc = locale or loc
    window = text[: _MAX_START + _MAX_HEAD + 200]
    start = len(window) - len(window.lstrip())
    if start >= _MAX_START:
        return None
    found = _leading(window, start, loc, date_loc, standalone) or _slash_wire(
        window, start, loc, date_loc
    )
    if found is None:
        found = _anchored(window, start, loc, date_loc)
    if found is None:
        return None
    # "CNN —", "BLOOMBERG —": a wire service alone before the dash is the source, no place
    # ("SANA, Yemen" is a place: ``agency`` would read it as a desk's credit).
    location = found.location
    if (
        found.agency is None
        and location is not None
        and not any(char in location for char in ",/")
        and loc.agency(location) is not None
    ):
        found.location, found.agency = None, location
    return found.build(window, reference)


class _Found:
    """The pieces of a dateline found in a text, as offsets."""

    __slots__ = ("agency", "date", "end", "location", "start")

    def __init__(
        self,
        start: int,
        end: int,
        location: str | None,
        date_parts: DateParts | None,
        agency: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.location = location
        self.date = date_parts
        self.agency = agency

    def build(self, text: str, reference: date | None) -> Dateline | None:
        value: DateValue | None = None
        if self.date is not None:
            value = self.date.resolve(text, reference)
            if value is None and self.date.year is None and reference is None:
                value = self.date.build(text, YEAR_UNKNOWN)
        raw = text[self.start : self.end].rstrip()
        if not raw:
            return None
        return Dateline(
            raw=raw,
            location=self.location,
            date=value,
            agency=self.agency,
            end=self.end,
            start=self.start,
        )


def _search_sep(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_SEP.search(text, pos, endpos)``, begun a few characters before the window's first dash:
    no separator starts earlier, and the search would try its spaces and branches at every
    character before it (some 800 instructions a character)."""
    window = text[pos:endpos]
    first = min((at for dash in _DASHES if (at := window.find(dash)) >= 0), default=-1)
    if first < 0:
        return None
    return _SEP.search(text, pos + max(0, first - _SEP_LEAD), endpos)


# --- a dateline at the start of the text ----------------------------------------------------------


def _leading(
    text: str, start: int, loc: DatelineLocale, date_loc: DateLocale, standalone: bool = False
) -> _Found | None:
    sep = _search_sep(text, start, start + _MAX_HEAD)
    if sep is None:
        return None
    head = _Head.read(text, start, sep.start(), loc, date_loc)
    if head is None:
        return None
    end = sep.end()
    spaced = sep.group().strip() != sep.group()
    date_parts, agency = head.date, head.agency
    # "BOSTON--(BUSINESS WIRE)--", "KANSAS CITY, Mo. - March 13 -": a second part after the first
    # separator
    if agency is None and date_parts is None:
        paren = _PAREN_AGENCY.match(text, end)
        if paren is not None:
            named = loc.agency(paren.group(1))
            with_date = None if named else _agency_with_date(paren.group(1), date_loc, loc)
            after = _SEP.match(text, paren.end())
            if (named is not None or with_date is not None) and after is not None:
                agency, end, spaced = paren.group(1).strip(), after.end(), True
                if with_date is not None:
                    # "--(Marketwired - Nov. 21, 2016) -"
                    agency, date_parts = with_date[0], _shifted(with_date[1], paren.start(1))
                else:
                    dated = _date_then_sep(text, end, date_loc)
                    if dated is not None:
                        date_parts, end = dated
        elif head.location is not None:
            dated = _date_then_sep(text, end, date_loc)
            if dated is not None:
                date_parts, end = dated
                spaced = True
    if not _acceptable(head.location, date_parts, agency, head.known_agency, loc):
        return None
    alone = standalone and end >= len(text.rstrip())
    if agency is None and date_parts is None and not alone:
        if not spaced and "--" in sep.group() and not head.has_region:
            return None  # "SIEGEL--Jerome Arthur, 98": a paid death notice
        if _OBITUARY.match(text, end):
            return None
        story = _STORY_START.match(text, end)
        if story is None or story.group()[-1].islower():
            return None  # "ISIS — the group ...": a dateline is followed by a sentence
    if end >= len(text.rstrip()) and agency is None and not standalone:
        return None
    return _Found(start, end, head.location, date_parts, agency)


def _agency_with_date(
    inner: str, date_loc: DateLocale, loc: DatelineLocale
) -> tuple[str, DateParts] | None:
    """An agency and a date in one pair of brackets: "Marketwired - Nov. 21, 2016"."""
    name, dash, when = inner.partition(" - ")
    if not dash or loc.agency(name.strip()) is None:
        return None
    parts = _date_filling(" " * (len(name) + 3) + when, date_loc)
    return (name.strip(), parts) if parts is not None else None


def _slash_wire(text: str, start: int, loc: DatelineLocale, date_loc: DateLocale) -> _Found | None:
    """ "NEW YORK, NY / ACCESSWIRE / November 21, 2022 / Acme Corp. announced ..."."""
    match = _SLASH_WIRE.match(text, start)
    if match is None or loc.agency(match.group("agency")) is None:
        return None
    location = match.group("location").strip()
    if not _location_shape(location, loc):
        return None
    parts = _date_filling(match.group("date"), date_loc)
    if parts is None:
        return None
    date_parts = _shifted(parts, match.start("date"))
    return _Found(start, match.end(), location, date_parts, match.group("agency"))


def _date_then_sep(text: str, pos: int, date_loc: DateLocale) -> tuple[DateParts, int] | None:
    """A date that runs from ``pos`` to a separator: the "- March 13 -" of a Reuters dateline."""
    sep = _search_sep(text, pos, pos + 40)
    if sep is None:
        return None
    segment = text[pos : sep.start()]
    parts = _date_filling(segment, date_loc)
    if parts is None:
        return None
    return _shifted(parts, pos), sep.end()


class _Head:
    """The part of a dateline before its separator: location, date and agency."""

    __slots__ = ("agency", "date", "has_region", "known_agency", "location")

    def __init__(
        self,
        location: str | None,
        date_parts: DateParts | None,
        agency: str | None,
        known_agency: bool,
        has_region: bool,
    ) -> None:
        self.location = location
        self.date = date_parts
        self.agency = agency
        self.known_agency = known_agency
        self.has_region = has_region

    @classmethod
    def read(
        cls, text: str, start: int, stop: int, loc: DatelineLocale, date_loc: DateLocale
    ) -> _Head | None:
        head = text[start:stop]
        if not head.strip() or "\n" in head.strip() or len(head) > _MAX_HEAD:
            return None
        agency: str | None = None
        known = False
        rest_end = len(head.rstrip())
        tail = head[:rest_end]
        inner_date: DateParts | None = None
        if tail.endswith(")"):
            paren = _last_match(_PAREN_AGENCY, tail)
            if paren is None or paren.end() != len(tail):
                return None
            agency = paren.group(1).strip()
            known = loc.agency(agency) is not None
            rest_end = paren.start()
            dated = _agency_with_date(paren.group(1), date_loc, loc)
            if dated is not None:
                # "(Marketwired - Nov. 21, 2016)", "(Newsfile Corp. - November 21, 2022)"
                agency, inner_date = dated[0], _shifted(dated[1], paren.start(1))
                known = True
        elif tail.endswith("/"):
            slash = _last_match(_SLASH_AGENCY, tail)
            if slash is None or slash.end() != len(tail) or loc.agency(slash.group(1)) is None:
                return None
            agency = slash.group(1).strip()
            known = True
            rest_end = slash.start()
        rest = head[:rest_end].rstrip(" \t\xa0,-–—")
        date_parts: DateParts | None = inner_date
        if rest and date_parts is None:
            date_parts = _trailing_date(rest, date_loc)
            if date_parts is not None:
                rest = rest[: date_parts.start].rstrip(" \t\xa0,")
        location = rest.strip() or None
        if location is not None and not _location_shape(location, loc):
            return None
        has_region = location is not None and _has_region(location, loc)
        shifted = None if date_parts is None else _shifted(date_parts, start)
        return cls(location, shifted, agency, known, has_region)


def _acceptable(
    location: str | None,
    date_parts: DateParts | None,
    agency: str | None,
    known_agency: bool,
    loc: DatelineLocale,
) -> bool:
    if location is None:
        # "(CNN) —", "Dec 29 (Reuters) -", "Sept. 28, 2016 (EIRNS)—"
        return agency is not None and (known_agency or _agency_shape(agency))
    capitals = _is_capitals(_city(location))
    if agency is not None:
        if known_agency:
            return True
        return _agency_shape(agency) and (capitals or date_parts is not None)
    if date_parts is not None:
        first = location.split()[0].casefold()
        return "," in location or first not in _LEADING_FUNCTION_WORDS
    if _has_region(location, loc):
        return True
    # a bare place in capitals: "MIAMI —", "SALT LAKE CITY —", not "LE POINT SUR LA SITUATION -"
    return capitals and len(_city(location).split()) <= 4


def _agency_shape(agency: str) -> bool:
    """An agency name the table does not know: short, capitalised, not a party tag like "R-Fla."."""
    words = agency.split()
    if not 1 <= len(words) <= 4 or len(agency) < 2 or any(c.isdigit() for c in agency):
        return False
    if not agency[0].isupper() or re.fullmatch(r"[A-Z](?:-[A-Z][\w.]*)?\.?", agency):
        return False
    return all(word[0].isupper() or word.casefold() in _PARTICLES for word in words)


def _location_shape(location: str, loc: DatelineLocale) -> bool:
    """Whether ``location`` reads as places: "KANSAS CITY, Mo.", "ARLINGTON, Texas and SANDUSKY,
    Ohio"."""
    if len(location) > 90 or any(c.isdigit() for c in location):
        return False
    places = re.split(r"\s(?:and|&)\s|;\s?", location)
    if len(places) > 4:
        return False
    for place in places:
        parts = [part.strip() for part in place.split(",")]
        if not parts[0] or len(parts) > 4:
            return False
        city_words = parts[0].split()
        if not 1 <= len(city_words) <= 6 or not _place_words(city_words, city=True):
            return False
        if loc.is_not_location(city_words[0].strip(".:")) or loc.is_not_location(parts[0]):
            return False
        for region in parts[1:]:
            if region.strip(".") and not (
                loc.is_region(region)
                or (len(region.split()) <= 4 and _place_words(region.split(), city=False))
            ):
                return False
    return True


def _place_words(words: list[str], *, city: bool) -> bool:
    for index, word in enumerate(words):
        core = word.strip("()\"'“”‘’")
        if not core:
            return False
        if core.casefold() in _PARTICLES and (index > 0 or not city or core[0].isupper()):
            continue
        if not core[0].isupper():
            return False
        if any(c in ':;!?@#%*=+<>[]{}|\\"“”' for c in core.replace("}", "")):
            return False
    return True


def _city(location: str) -> str:
    return location.split(",")[0]


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _has_region(location: str, loc: DatelineLocale) -> bool:
    return any(loc.is_region(part.strip()) for part in location.split(",")[1:])


# --- a dateline after a sub-headline, marked by an agency ---------------------------------------


def _anchored(text: str, start: int, loc: DatelineLocale, date_loc: DateLocale) -> _Found | None:
    limit = min(len(text), _MAX_START + _MAX_HEAD)
    for marker in _agency_markers(text, start, limit, loc):
        agency, mark_start, mark_end, truncated = marker
        if truncated:
            end = mark_end
        else:
            sep = _SEP.match(text, mark_end)
            if sep is None:
                continue
            end = sep.end()
        before = text[max(start, mark_start - _MAX_HEAD) : mark_start]
        offset = mark_start - len(before)
        found = _location_before(before, offset, start, loc, date_loc)
        if found is None:
            continue
        dl_start, location, date_parts = found
        if dl_start - start > _MAX_START or location is None:
            continue
        return _Found(dl_start, end, location, date_parts, agency)
    return None


def _agency_markers(
    text: str, start: int, limit: int, loc: DatelineLocale
) -> list[tuple[str, int, int, bool]]:
    """Known agencies in parentheses or slashes: (agency as printed, start, end, truncated)."""
    markers: list[tuple[str, int, int, bool]] = []
    for pattern in (_PAREN_AGENCY, _SLASH_AGENCY):
        for match in pattern.finditer(text, start, limit):
            name = match.group(1).strip()
            if loc.agency(name) is not None:
                markers.append((name, match.start(), match.end(), False))
    truncated = _TRUNCATED_AGENCY.search(text, max(start, len(text) - 60))
    if truncated is not None and truncated.start() < limit + 60:
        full = loc.agency_prefix(truncated.group(1))
        if full is not None:
            markers.append((full, truncated.start(), len(text), True))
    markers.sort(key=lambda marker: marker[1])
    return markers


def _location_before(
    before: str, offset: int, text_start: int, loc: DatelineLocale, date_loc: DateLocale
) -> tuple[int, str | None, DateParts | None] | None:
    """The location (and date) that end ``before``: where the dateline starts, its place and
    its date."""
    rest = before.rstrip(" \t\xa0,-–—")  # "SIERRA VISTA, Ariz.--(BUSINESS WIRE)"
    date_parts = _trailing_date(rest, date_loc) if rest else None
    if date_parts is not None:
        rest = rest[: date_parts.start].rstrip(" \t\xa0,")
    if not rest:
        return None
    parts = rest.split(",")
    # The city is the run of capitals that ends the leftmost part after which every part is a
    # region: "... to Serve Clients SIERRA VISTA, Ariz.", "By Jane Doe, Associated Press
    # WASHINGTON".
    for index, part in enumerate(parts):
        if not all(_region_like(later) for later in parts[index + 1 :]):
            continue
        city_start = _capitals_run_start(part)
        at_text_start = index == 0 and offset == text_start
        if city_start is None and at_text_start and _place_words(part.split(), city=True):
            city_start = len(part) - len(part.lstrip())
        if city_start is None:
            continue
        location = (
            part[city_start:] + "".join("," + later for later in parts[index + 1 :])
        ).strip()
        if not _location_shape(location, loc):
            continue
        base = offset + sum(len(earlier) + 1 for earlier in parts[:index])
        shifted = None if date_parts is None else _shifted(date_parts, offset)
        return base + city_start, location, shifted
    return None


def _region_like(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and _place_words(words, city=False)


def _capitals_run_start(part: str) -> int | None:
    """Where the run of upper-case words that ends ``part`` starts ("2022HANGZHOU" ->
    "HANGZHOU")."""
    start: int | None = None
    for word in reversed(list(_WORD.finditer(part))):
        token = word.group()
        letters = re.search(r"[^\W\d_][\w'’.&/}-]*$", token)
        if letters is None or not _is_capitals(letters.group()):
            break
        start = word.start() + letters.start()
        if letters.start() > 0:
            break  # a headline glued on without a space
    return start


# --- dates inside a dateline ---------------------------------------------------------------------


def _trailing_date(text: str, date_loc: DateLocale) -> DateParts | None:
    """The date that ends ``text`` ("..., Nov. 5, 2024", "... March 13", "SYDNEY, April")."""
    window_start = max(0, len(text) - 60)
    last: DateParts | None = None
    for parts in find_date_parts(text, date_loc, window_start):
        last = parts
    if last is not None and not text[last.end :].strip(" \t\xa0,"):
        return last
    return _trailing_month(text, date_loc)


def _trailing_month(text: str, date_loc: DateLocale) -> DateParts | None:
    """A month alone at the end ("SYDNEY, April"): month precision, year unknown."""
    match = re.search(r"(?:^|[\s,])([^\W\d_]{3,12})(\.?)$", text)
    if match is None:
        return None
    month = date_loc.month(match.group(1), period=bool(match.group(2)))
    if month is None or not match.group(1)[0].isupper():
        return None
    return DateParts(match.start(1), match.end(), "month", None, month)


def _date_filling(segment: str, date_loc: DateLocale) -> DateParts | None:
    """A date that is the whole of ``segment`` (spaces aside)."""
    stripped = segment.strip()
    if not stripped or len(stripped) > 40:
        return None
    lead = len(segment) - len(segment.lstrip())
    for parts in find_date_parts(segment, date_loc, lead):
        if parts.start == lead and not segment[parts.end :].strip():
            return parts
        return None
    return None


def _shifted(parts: DateParts, offset: int) -> DateParts:
    return DateParts(
        parts.start + offset,
        parts.end + offset,
        parts.precision,
        parts.year,
        parts.month,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
        parts.microsecond,
        parts.offset,
        parts.iso,
    )


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for match in pattern.finditer(text, max(0, len(text) - 50)):
        last = match
    return last
