"""Date parsing: dates written in free text and ISO 8601 to DateValue, with precision and zone.

The reader recognises explicit date *shapes* over a stream of tokens (month names, day and year
numbers, times, zones, ISO 8601) instead of letting ``dateutil`` guess in fuzzy mode, which finds a
date in almost any string. ISO 8601 strings are handed to ``dateutil.parser.isoparse``; the other
shapes are built directly.

Rules (see ``docs/text-parsers.md``):

- ``value`` is a ``date`` when the text gives no time of day, a naive ``datetime`` when it gives a
  time without a zone, an aware ``datetime`` when it gives an offset or a known zone abbreviation
  (the offset is kept as written, never converted to UTC; ambiguous abbreviations such as ``IST``
  or ``CST`` leave the time naive, see ``pressparse._text.locale``).
- ``precision`` is ``"year"``, ``"month"``, ``"day"``, ``"minute"`` or ``"second"``.
- A date without a year ("Nov. 5") takes its year from ``reference`` (the year that puts it
  nearest before or at the reference); without a reference it is not a date (``None``): the
  parsers never look at today's date.
- Years outside 1800..2200, impossible days, relative words ("yesterday", "3 hours ago"), bare
  numbers and Unix timestamps are not dates.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

import attrs
from dateutil.parser import isoparse

from pressparse._model import DateValue, Precision
from pressparse._text.locale import DEFAULT_DATE_LOCALE, DateLocale

__all__ = ["DateParts", "find_date", "find_date_parts", "parse_date"]

MIN_YEAR = 1800
MAX_YEAR = 2200
#: longest string parse_date reads; a date field is never longer than this
MAX_DATE_TEXT = 200

_TOKEN = re.compile(r"(?P<num>\d+)|(?P<word>[^\W\d_]+)|(?P<punct>[^\w\s])")

#: the tokens that may stand between the parts of a date field and mean nothing
_FIELD_PUNCT = frozenset(":,.|-–—·•/()[]")


class _Tok(NamedTuple):
    kind: str  # "num" | "word" | "punct"
    text: str
    start: int
    end: int


@attrs.frozen
class DateParts:
    """A date expression found in a text, before its year is settled.

    ``year`` is None when the text gives none ("Nov. 5"); ``start``/``end`` index the text.
    """

    start: int
    end: int
    precision: Precision
    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    microsecond: int = 0
    offset: int | None = None  # minutes east of UTC when the text gives a zone
    iso: bool = False

    def resolve(self, text: str, reference: date | None) -> DateValue | None:
        """The DateValue, the year taken from ``reference`` when the text has none."""
        year = self.year
        if year is None:
            if reference is None or self.month is None:
                return None
            year = _year_before(reference, self.month, self.day or 1)
            if year is None:
                return None
        return self.build(text, year)

    def build(self, text: str, year: int) -> DateValue | None:
        """The DateValue in ``year`` (the caller settles a missing year), or None if impossible."""
        raw = text[self.start : self.end]
        if self.iso:
            return _from_iso(raw)
        month = self.month or 1
        day = self.day or 1
        try:
            if self.hour is None:
                return DateValue(date(year, month, day), self.precision, raw)
            zone = None if self.offset is None else timezone(timedelta(minutes=self.offset))
            value = datetime(
                year,
                month,
                day,
                self.hour,
                self.minute or 0,
                self.second or 0,
                self.microsecond,
                tzinfo=zone,
            )
        except ValueError:
            return None
        return DateValue(value, self.precision, raw)


def parse_date(
    text: str, *, reference: date | None = None, locale: DateLocale | None = None
) -> DateValue | None:
    """Read the date that ``text`` holds; None when it is not a date.

    The text may carry field labels around the date ("Published:", "Updated", "am", "le"), but
    nothing else: use :func:`find_date` to find a date inside a sentence.

    Examples:
        >>> parse_date("Sept. 28, 2016")
        DateValue(value=datetime.date(2016, 9, 28), precision='day', raw='Sept. 28, 2016')
        >>> parse_date("September 2016").precision
        'month'
        >>> parse_date("2016-09-28T14:46:12+02:00").value.isoformat()
        '2016-09-28T14:46:12+02:00'
        >>> parse_date("Monday November 18, 2019 7:45 am PST").value.isoformat()
        '2019-11-18T07:45:00-08:00'
        >>> parse_date("5 de marzo de 2024").value, parse_date("le 1er mars 2024").value
        (datetime.date(2024, 3, 5), datetime.date(2024, 3, 1))
        >>> from datetime import date
        >>> parse_date("Nov. 5", reference=date(2024, 2, 1)).value
        datetime.date(2023, 11, 5)
        >>> parse_date("Nov. 5") is None, parse_date("3 hours ago") is None
        (True, True)
    """
    if not isinstance(text, str) or len(text) > MAX_DATE_TEXT * 4:
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_DATE_TEXT:
        return None
    loc = locale or DEFAULT_DATE_LOCALE
    tokens = list(_tokens(stripped))
    found = _first_parts(stripped, tokens, loc, 0)
    if found is None:
        return _bare_year(stripped, tokens, loc)
    parts, first, last = found
    if not _only_labels(tokens[:first], loc) or not _only_labels(tokens[last:], loc):
        return None
    return parts.resolve(stripped, reference)


def find_date(
    text: str, *, reference: date | None = None, locale: DateLocale | None = None
) -> tuple[DateValue, int, int] | None:
    """The first date expression inside ``text``, with its start and end offsets.

    Examples:
        >>> value, start, end = find_date("By Umair Irfan Updated Nov 13, 2019, 10:28am EST")
        >>> value.value.isoformat(), value.precision, value.raw
        ('2019-11-13T10:28:00-05:00', 'minute', 'Nov 13, 2019, 10:28am EST')
        >>> find_date("Veröffentlicht am 5. März 2024, 14:30 Uhr")[0].value
        datetime.datetime(2024, 3, 5, 14, 30)
        >>> find_date("Call 555-1234 or write to us in 2019.") is None
        True
    """
    if not isinstance(text, str):
        return None
    loc = locale or DEFAULT_DATE_LOCALE
    for parts in find_date_parts(text, loc):
        value = parts.resolve(text, reference)
        if value is not None:
            return value, parts.start, parts.end
    return None


def find_date_parts(
    text: str, locale: DateLocale | None = None, start: int = 0
) -> Iterator[DateParts]:
    """Every date expression in ``text`` from ``start`` on, left to right, without overlaps.

    Year-less dates come with ``year=None``; the caller settles them (see ``DateParts.resolve``).
    """
    loc = locale or DEFAULT_DATE_LOCALE
    # window[0] is the token before the one tried (the glue checks look back one token)
    window: deque[_Tok] = deque([_BEFORE_TEXT])
    stream = _tokens(text, start)
    exhausted = False
    next_digit = -1
    # Every date shape holds a digit at most _REACH characters after its start, so stretches
    # without digits are skipped, and only tokens that can open a date are tried: long inputs
    # stay linear and fast. A date spans few tokens: the look-ahead window is bounded.
    while True:
        while not exhausted and len(window) < _LOOKAHEAD:
            tok = next(stream, None)
            if tok is None:
                exhausted = True
            else:
                window.append(tok)
        if len(window) < 2:
            return
        first = window[1]
        if first.start > next_digit:
            digit = _DIGIT.search(text, first.start)
            if digit is None:
                return
            next_digit = digit.start()
            if next_digit - first.start > _REACH:
                jump = text.rfind(" ", first.start, next_digit - _REACH)
                stream = _tokens(text, jump if jump > first.start else next_digit - _REACH)
                window = deque([_BEFORE_TEXT])
                exhausted = False
                continue
        if first.kind == "num" or (first.kind == "word" and loc.opens_date(first.text)):
            found = _parts_at(text, list(window), 1, loc)
            if found is not None:
                parts, last = found
                yield parts
                for _ in range(last - 1):
                    window.popleft()
                continue
        window.popleft()


# --- the grammar ------------------------------------------------------------------------------

_LOOKAHEAD = 40
_REACH = 48
_DIGIT = re.compile(r"\d")
_BEFORE_TEXT = _Tok("punct", "", -2, -2)


def _tokens(text: str, start: int = 0) -> Iterator[_Tok]:
    for match in _TOKEN.finditer(text, start):
        kind = match.lastgroup or "punct"
        yield _Tok(kind, match.group(), match.start(), match.end())


def _first_parts(
    text: str, tokens: Sequence[_Tok], loc: DateLocale, begin: int
) -> tuple[DateParts, int, int] | None:
    for index in range(begin, len(tokens)):
        found = _parts_at(text, tokens, index, loc)
        if found is not None:
            return found[0], index, found[1]
    return None


def _parts_at(
    text: str, toks: Sequence[_Tok], i: int, loc: DateLocale
) -> tuple[DateParts, int] | None:
    """A date expression starting at token ``i``: its parts and the index after its last token."""
    tok = toks[i]
    if tok.kind == "punct":
        return None
    if tok.kind == "num" and i > 0 and _glued(toks[i - 1], tok) and toks[i - 1].kind == "num":
        return None
    if tok.kind == "num" and i > 0 and _glued(toks[i - 1], tok) and toks[i - 1].text in "+-/.:":
        return None
    # a time written before its date: "7:45 am PST Monday, Nov. 18, 2019"
    clock = _clock_at(toks, i, loc)
    if clock is not None:
        time_parts, after = clock
        j = _skip(toks, after, loc, joiners=True)
        found = _calendar_at(text, toks, j, loc)
        if found is None or found[0].hour is not None:
            return None
        day_parts, end = found
        return _with_time(day_parts, time_parts, toks[i].start), end
    found = _calendar_at(text, toks, i, loc)
    if found is None:
        return None
    parts, j = found
    if parts.hour is not None or parts.precision not in ("day",):
        return parts, j
    k = _skip(toks, j, loc, joiners=True)
    clock = _clock_at(toks, k, loc)
    if clock is not None and _near(toks, j, k):
        time_parts, end = clock
        return _with_time(parts, time_parts, parts.start, toks[end - 1].end), end
    return parts, j


def _near(toks: Sequence[_Tok], j: int, k: int) -> bool:
    """Whether the tokens from j to k (joiners between a date and its time) are close together."""
    if j >= len(toks) or k >= len(toks):
        return False
    return toks[k].start - toks[j - 1].end <= 12


def _skip(toks: Sequence[_Tok], j: int, loc: DateLocale, *, joiners: bool) -> int:
    """Skip the commas, dashes and joining words that may stand between a date and its time."""
    steps = 0
    while j < len(toks) and steps < 4:
        tok = toks[j]
        if (tok.kind == "punct" and tok.text in ",-–—|·•@/(") or (
            joiners and tok.kind == "word" and loc.is_time_joiner(tok.text)
        ):
            j += 1
        else:
            break
        steps += 1
    return j


class _Clock(NamedTuple):
    hour: int
    minute: int | None
    second: int | None
    microsecond: int
    offset: int | None
    end: int  # text offset after the time (and zone)


def _clock_at(toks: Sequence[_Tok], i: int, loc: DateLocale) -> tuple[_Clock, int] | None:
    """A time of day at token i: "10:28am", "7:45 am PST", "14:30 Uhr", "14h30", "7 pm"."""
    n = len(toks)
    if i >= n or toks[i].kind != "num" or len(toks[i].text) > 2:
        return None
    hour = int(toks[i].text)
    minute: int | None = None
    second: int | None = None
    micro = 0
    j = i + 1
    explicit = False
    if j + 1 < n and toks[j].text in ":h" and _glued(toks[j - 1], toks[j]):
        nxt = toks[j + 1]
        if nxt.kind == "num" and len(nxt.text) == 2 and _glued(toks[j], nxt):
            minute = int(nxt.text)
            explicit = toks[j].text == ":" or toks[j].text == "h"
            j += 2
            if j + 1 < n and toks[j].text == ":" and _glued(toks[j - 1], toks[j]):
                sec = toks[j + 1]
                if sec.kind == "num" and len(sec.text) == 2 and _glued(toks[j], sec):
                    second = int(sec.text)
                    j += 2
                    fraction = j + 1 < n and toks[j].text in ".," and toks[j + 1].kind == "num"
                    if fraction and _glued(toks[j - 1], toks[j]) and _glued(toks[j], toks[j + 1]):
                        micro = int((toks[j + 1].text + "000000")[:6])
                        j += 2
    elif j + 1 < n and toks[j].text == "." and _glued(toks[j - 1], toks[j]):
        # "5.30pm", "14.30 Uhr": a period only counts when a marker follows
        nxt = toks[j + 1]
        if nxt.kind == "num" and len(nxt.text) == 2 and _glued(toks[j], nxt):
            after = j + 2
            if after < n and (
                _meridiem_at(toks, after, loc) or loc.is_time_suffix(toks[after].text)
            ):
                minute = int(nxt.text)
                j = after
    meridiem = _meridiem_at(toks, j, loc)
    if meridiem is not None:
        is_pm, j = meridiem
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if is_pm else 0)
        explicit = True
    elif j < n and toks[j].kind == "word" and loc.is_time_suffix(toks[j].text):
        spaced_h = toks[j].text == "h" and minute is None and j + 1 < n
        if spaced_h and toks[j + 1].kind == "num" and len(toks[j + 1].text) == 2:
            minute = int(toks[j + 1].text)  # "14 h 30"
            j += 1
        j += 1
        explicit = True
    if not explicit:
        return None
    if hour > 23 or (minute is not None and minute > 59) or (second is not None and second > 59):
        return None
    offset, end_index = _zone_at(toks, j, loc)
    end = toks[end_index - 1].end
    return _Clock(hour, minute, second, micro, offset, end), end_index


def _meridiem_at(toks: Sequence[_Tok], j: int, loc: DateLocale) -> tuple[bool, int] | None:
    n = len(toks)
    if j >= n or toks[j].kind != "word":
        return None
    word = toks[j].text
    if toks[j].start - toks[j - 1].end > 1:
        return None
    low = word.casefold()
    if (
        low in ("a", "p")
        and j + 2 < n
        and toks[j + 1].text == "."
        and toks[j + 2].text.casefold() == "m"
    ):
        end = j + 3
        if end < n and toks[end].text == "." and _glued(toks[end - 1], toks[end]):
            end += 1
        return low == "p", end
    value = loc.meridiem(word)
    if value is None:
        return None
    return value, j + 1


def _zone_at(toks: Sequence[_Tok], j: int, loc: DateLocale) -> tuple[int | None, int]:
    """The zone after a time ("Z", "+02:00", "GMT+2", "UTC", "PST", "(EST)"): (offset, end)."""
    n = len(toks)
    if j >= n or toks[j].start - toks[j - 1].end > 2:
        return None, j
    tok = toks[j]
    paren = tok.text == "(" and j + 2 < n and toks[j + 2].text == ")"
    if paren:
        inner = toks[j + 1]
        if inner.kind == "word" and loc.knows_zone(inner.text):
            return loc.zone(inner.text), j + 3
        return None, j
    base: int | None = None
    k = j
    if tok.kind == "word" and loc.knows_zone(tok.text):
        base = loc.zone(tok.text)
        k = j + 1
        if tok.text not in ("UTC", "GMT", "UT", "Z") or k >= n or toks[k].text not in "+-":
            return base, k
    if k < n and toks[k].text in "+-" and k + 1 < n and toks[k + 1].kind == "num":
        if toks[k + 1].start != toks[k].end:
            return base, k
        sign = -1 if toks[k].text == "-" else 1
        digits = toks[k + 1].text
        end = k + 2
        if len(digits) == 4:
            hours, minutes = int(digits[:2]), int(digits[2:])
        elif len(digits) <= 2:
            hours, minutes = int(digits), 0
            colon = end + 1 < n and toks[end].text == ":" and toks[end + 1].kind == "num"
            if colon and len(toks[end + 1].text) == 2 and _glued(toks[end], toks[end + 1]):
                minutes = int(toks[end + 1].text)
                end += 2
        else:
            return base, k
        if hours > 14 or minutes > 59:
            return base, k
        return sign * (hours * 60 + minutes), end
    return base, k


def _with_time(day: DateParts, clock: _Clock, start: int, end: int | None = None) -> DateParts:
    precision: Precision = "second" if clock.second is not None else "minute"
    return attrs.evolve(
        day,
        start=min(start, day.start),
        end=max(end if end is not None else day.end, day.end),
        precision=precision,
        hour=clock.hour,
        minute=clock.minute or 0,
        second=clock.second,
        microsecond=clock.microsecond,
        offset=clock.offset,
    )


def _calendar_at(
    text: str, toks: Sequence[_Tok], i: int, loc: DateLocale
) -> tuple[DateParts, int] | None:
    """A calendar date at token i (optionally after a weekday)."""
    n = len(toks)
    if i >= n:
        return None
    start = toks[i].start
    weekday = _weekday_at(toks, i, loc)
    if weekday is not None:
        found = _calendar_after(text, toks, weekday, loc, start)
        if found is not None:
            return found
    return _calendar_after(text, toks, i, loc, None)


def _calendar_after(
    text: str, toks: Sequence[_Tok], j: int, loc: DateLocale, weekday_start: int | None
) -> tuple[DateParts, int] | None:
    """A calendar date at token j; ``weekday_start`` is where a weekday before it starts."""
    n = len(toks)
    if j >= n:
        return None
    weekday = weekday_start is not None
    start = toks[j].start if weekday_start is None else weekday_start
    tok = toks[j]
    if tok.kind == "num":
        found = _numeric_at(text, toks, j, loc) or _east_asian_at(toks, j)
        if found is not None:
            parts, end = found
            return attrs.evolve(parts, start=start), end
        return _day_first_at(toks, j, loc, start)
    if tok.kind == "word":
        if loc.is_day_prefix(tok.text) and j + 1 < n and toks[j + 1].kind == "num":
            # the prefix word ("le", "am") is not part of the date as written
            found = _day_first_at(toks, j + 1, loc, start if weekday else toks[j + 1].start)
            if found is not None:
                return found
        return _month_first_at(toks, j, loc, start)
    return None


def _weekday_at(toks: Sequence[_Tok], j: int, loc: DateLocale) -> int | None:
    """The index after a weekday name and its period/comma, or None."""
    n = len(toks)
    tok = toks[j]
    if tok.kind != "word":
        return None
    k = j + 1
    period = k < n and toks[k].text == "." and _glued(tok, toks[k])
    if loc.weekday(tok.text, period=period) is None:
        return None
    if (period and loc.weekday(tok.text, period=False) is None) or period:
        k += 1
    if k < n and toks[k].text == ",":
        k += 1
    if k < n and toks[k].kind == "word" and toks[k].text.casefold() in ("the", "le", "den", "el"):
        k += 1
    return k if k < n else None


def _month_word(toks: Sequence[_Tok], j: int, loc: DateLocale) -> tuple[int, int] | None:
    """(month, index after the month word and its period) at token j, or None."""
    n = len(toks)
    tok = toks[j]
    if tok.kind != "word" or len(tok.text) < 3:
        return None
    period = j + 1 < n and toks[j + 1].text == "." and _glued(tok, toks[j + 1])
    month = loc.month(tok.text, period=period)
    if month is None:
        return None
    return month, j + 2 if period else j + 1


def _year_at(toks: Sequence[_Tok], j: int) -> int | None:
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.kind != "num" or len(tok.text) != 4:
        return None
    if j + 1 < len(toks) and _glued(tok, toks[j + 1]):
        nxt = toks[j + 1]
        if nxt.kind == "num" or (
            nxt.text in "-/.:"
            and j + 2 < len(toks)
            and toks[j + 2].kind == "num"
            and _glued(nxt, toks[j + 2])
        ):
            return None
    year = int(tok.text)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _day_number(toks: Sequence[_Tok], j: int, loc: DateLocale) -> tuple[int, int] | None:
    """(day, index after it and its ordinal ending) at token j, or None."""
    n = len(toks)
    if j >= n:
        return None
    tok = toks[j]
    if tok.kind != "num" or len(tok.text) > 2:
        return None
    day = int(tok.text)
    if not 1 <= day <= 31:
        return None
    k = j + 1
    if k < n and _glued(tok, toks[k]):
        nxt = toks[k]
        if (nxt.kind == "word" and loc.is_ordinal(nxt.text)) or nxt.text in "ºª°":
            k += 1
        elif nxt.kind == "num" or nxt.kind == "word":
            return None
    return day, k


def _month_first_at(
    toks: Sequence[_Tok], j: int, loc: DateLocale, start: int
) -> tuple[DateParts, int] | None:
    """ "Nov. 5", "November 5th, 2019", "Nov 13, 2019", "September 2016", "Sept. 2016"."""
    n = len(toks)
    found = _month_word(toks, j, loc)
    if found is None:
        return None
    month, k = found
    if k < n and toks[k].text == "," and k + 1 < n and _year_at(toks, k + 1) is not None:
        year = _year_at(toks, k + 1)
        return DateParts(start, toks[k + 1].end, "month", year, month), k + 2
    if k < n and toks[k].kind == "word" and loc.is_month_year_joiner(toks[k].text):
        year = _year_at(toks, k + 1)
        if year is not None:
            return DateParts(start, toks[k + 1].end, "month", year, month), k + 2
    if k < n and toks[k].start - toks[k - 1].end > 4:
        return None
    year = _year_at(toks, k)
    if year is not None:
        return DateParts(start, toks[k].end, "month", year, month), k + 1
    day_found = _day_number(toks, k, loc)
    if day_found is None:
        return None
    day, m = day_found
    if m < n and toks[m].text == ":" and _glued(toks[m - 1], toks[m]):
        return None  # "Nov 10:30": an hour, not a day
    end = toks[m - 1].end
    year_index = m
    if (m < n and toks[m].text in ",." and _glued(toks[m - 1], toks[m])) or (
        m < n and toks[m].kind == "word" and toks[m].text.casefold() in ("of", "de")
    ):
        year_index = m + 1
    year = _year_at(toks, year_index) if year_index < n else None
    if year is not None and toks[year_index].start - toks[year_index - 1].end <= 4:
        return DateParts(start, toks[year_index].end, "day", year, month, day), year_index + 1
    return DateParts(start, end, "day", None, month, day), m


def _day_first_at(
    toks: Sequence[_Tok], j: int, loc: DateLocale, start: int
) -> tuple[DateParts, int] | None:
    """ "28 September 2016", "5. März 2024", "1er mars", "5 de marzo de 2024", "18 NOV 2019"."""
    n = len(toks)
    found = _day_number(toks, j, loc)
    if found is None:
        return None
    day, k = found
    if k < n and toks[k].text == "." and _glued(toks[k - 1], toks[k]):
        k += 1
    if k < n and toks[k].kind == "word" and loc.is_day_month_joiner(toks[k].text):
        k += 1
    if k >= n or toks[k].start - toks[k - 1].end > 3:
        return None
    month_found = _month_word(toks, k, loc)
    if month_found is None:
        return None
    month, m = month_found
    end = toks[m - 1].end
    year_index = m
    if (m < n and toks[m].text == ",") or (
        m < n and toks[m].kind == "word" and loc.is_month_year_joiner(toks[m].text)
    ):
        year_index = m + 1
    year = _year_at(toks, year_index) if year_index < n else None
    if year is not None and toks[year_index].start - toks[year_index - 1].end <= 4:
        return DateParts(start, toks[year_index].end, "day", year, month, day), year_index + 1
    return DateParts(start, end, "day", None, month, day), m


_ISO_SHAPE = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?"
)


def _numeric_at(
    text: str, toks: Sequence[_Tok], j: int, loc: DateLocale
) -> tuple[DateParts, int] | None:
    """ISO 8601 "2016-09-28T14:46:12+02:00", "2016/09/28", "28.09.2016", "09/28/2016"."""
    n = len(toks)
    if j + 4 >= n:
        return None
    a, s1, b, s2, c = toks[j : j + 5]
    if not (s1.text == s2.text and s1.text in "-/." and a.kind == b.kind == c.kind == "num"):
        return None
    if not (_glued(a, s1) and _glued(s1, b) and _glued(b, s2) and _glued(s2, c)):
        return None
    after = j + 5
    if after < n and _glued(c, toks[after]):
        nxt = toks[after]
        if nxt.kind == "num" or (
            nxt.text in "-/."
            and after + 1 < n
            and toks[after + 1].kind == "num"
            and _glued(nxt, toks[after + 1])
        ):
            return None  # part of a longer number: a phone number, a version, an IP address
    if len(a.text) == 4 and len(b.text) <= 2 and len(c.text) <= 2:
        year, month, day = int(a.text), int(b.text), int(c.text)
        if s1.text == "-" and len(b.text) == 2 and len(c.text) == 2:
            iso = _ISO_SHAPE.match(text, a.start)
            if iso is not None and iso.end() > c.end:
                end_offset = iso.end()
                end_index = after
                while end_index < n and toks[end_index].end <= end_offset:
                    end_index += 1
                if not _valid(year, month, day):
                    return None
                raw = text[a.start : end_offset]
                precision: Precision = "second" if raw.count(":") >= 2 else "minute"
                return DateParts(
                    a.start, end_offset, precision, year, month, day, iso=True
                ), end_index
    elif len(c.text) == 4 and len(a.text) <= 2 and len(b.text) <= 2:
        year = int(c.text)
        first, second = int(a.text), int(b.text)
        if s1.text == "/" and first <= 12 < second:
            month, day = first, second  # "11/13/2019"
        elif s1.text == "/" and first <= 12 and second <= 12:
            month, day = first, second  # US order when both would do
        else:
            day, month = first, second  # "28.09.2016", "28/09/2016", "28-09-2016"
    else:
        return None
    if not _valid(year, month, day):
        return None
    return DateParts(a.start, c.end, "day", year, month, day), after


_EAST_ASIAN_MARKS = (("年", "년"), ("月", "월"), ("日", "일"))


def _east_asian_at(toks: Sequence[_Tok], j: int) -> tuple[DateParts, int] | None:
    """ "2019年11月18日", "2019년 11월 18일": year, month and day, each with its mark."""
    numbers: list[int] = []
    k = j
    for marks in _EAST_ASIAN_MARKS:
        if k + 1 >= len(toks) or toks[k].kind != "num" or toks[k + 1].text not in marks:
            break
        if k > j and toks[k].start - toks[k - 1].end > 1:
            break
        numbers.append(int(toks[k].text))
        k += 2
    if len(numbers) < 2 or len(toks[j].text) != 4:
        return None
    year, month = numbers[0], numbers[1]
    day = numbers[2] if len(numbers) == 3 else 1
    if not _valid(year, month, day):
        return None
    precision: Precision = "day" if len(numbers) == 3 else "month"
    day_or_none = day if len(numbers) == 3 else None
    return DateParts(toks[j].start, toks[k - 1].end, precision, year, month, day_or_none), k


def _valid(year: int, month: int, day: int) -> bool:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _glued(left: _Tok, right: _Tok) -> bool:
    return left.end == right.start


def _from_iso(raw: str) -> DateValue | None:
    compact = raw[:10] + "T" + raw[11:] if len(raw) > 10 else raw
    try:
        value = isoparse(compact.replace(" ", ""))
    except (ValueError, OverflowError):
        return None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    if len(raw) == 10:
        return DateValue(value.date(), "day", raw)
    offset = value.utcoffset()
    if offset is not None:
        value = value.replace(tzinfo=timezone(offset))
    precision: Precision = "second" if raw.count(":") >= 2 else "minute"
    return DateValue(value, precision, raw)


def _year_before(reference: date, month: int, day: int) -> int | None:
    """The year that puts month/day nearest before or at the reference date."""
    ref_day = reference.date() if isinstance(reference, datetime) else reference
    for year in range(ref_day.year, ref_day.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref_day:
            return year if MIN_YEAR <= year <= MAX_YEAR else None
    return None


def _only_labels(tokens: Sequence[_Tok], loc: DateLocale) -> bool:
    for tok in tokens:
        if tok.kind == "punct":
            if tok.text not in _FIELD_PUNCT:
                return False
        elif tok.kind == "word":
            if not loc.is_label(tok.text):
                return False
        else:
            return False
    return True


def _bare_year(text: str, tokens: Sequence[_Tok], loc: DateLocale) -> DateValue | None:
    """A text that is only a year ("2016", "Published 2016") gives year precision."""
    years = [index for index, tok in enumerate(tokens) if tok.kind == "num"]
    if len(years) != 1:
        return None
    index = years[0]
    year = _year_at(tokens, index)
    if year is None:
        return None
    if not _only_labels(tokens[:index], loc) or not _only_labels(tokens[index + 1 :], loc):
        return None
    tok = tokens[index]
    return DateValue(date(year, 1, 1), "year", text[tok.start : tok.end])
