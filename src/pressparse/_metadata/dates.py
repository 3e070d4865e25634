"""Dates from metadata: ISO 8601 and other machine formats, URL paths, short visible date texts.

Every reader keeps what the source stated and nothing more: the precision it gave (``2016-09``
is month precision) and its UTC offset (``+02:00`` stays ``+02:00``; a value without a zone stays
naive; ``Z`` is UTC because the source says so). ``plausible`` rejects values that cannot be a
publication date (before the web, or in the future).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Literal

from pressparse._model import DateValue, Precision
from pressparse._text.dates import parse_date

__all__ = [
    "date_from_url",
    "find_visible_date",
    "parse_machine_date",
    "plausible",
    "same_day",
]

# Zone abbreviations with one meaning; ambiguous ones (IST, BST in some places) are left out
# except BST, which on news pages is British Summer Time.
_ZONES = {
    "z": 0,
    "utc": 0,
    "gmt": 0,
    "ut": 0,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "cet": 60,
    "cest": 120,
    "mez": 60,
    "mesz": 120,
    "bst": 60,
    "eet": 120,
    "eest": 180,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
}

_ISO = re.compile(
    r"""\s*(?P<y>\d{4})
    (?:(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?|(?P<m2>\d{2})(?P<d2>\d{2}))?
    (?:(?:[T\s]|,\s)\s*(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d{1,9}|:\d{3})?)?)?
    \s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*""",
    re.VERBOSE,
)
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_EPOCH_LIKE = re.compile(r"\d{10}(?:\d{3})?")


def _offset(zone: str | None) -> timezone | Literal[False] | None:
    """The zone of a suffix: a timezone, None (no zone stated), or False (not a zone at all)."""
    if not zone:
        return None
    lowered = zone.lower()
    if lowered in _ZONES:
        return timezone(timedelta(minutes=_ZONES[lowered]))
    sign_at = max(lowered.rfind("+"), lowered.rfind("-"))
    name, numeric = (lowered[:sign_at], lowered[sign_at:]) if sign_at >= 0 else (lowered, "")
    if name and name not in ("utc", "gmt"):
        return False
    if not numeric:
        return False
    digits = numeric[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:
        return False
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if numeric[0] == "-" else delta)


def parse_iso(text: str) -> DateValue | None:
    """An ISO 8601-like value (``2016-09-28``, ``2016-09-28T14:46:12+0200``, ``20160928``, ...).

    Examples:
        >>> parse_iso("2016-09-28T14:46:12.000+0200").value.isoformat()
        '2016-09-28T14:46:12+02:00'
        >>> parse_iso("2016-09").precision
        'month'
        >>> parse_iso("2024-08-05 20:59:59.0").value.isoformat()
        '2024-08-05T20:59:59'
        >>> parse_iso("Sept 28") is None
        True
    """
    if len(text) > 64:
        return None
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    raw = text.strip()
    groups = match.groupdict()
    month_text = groups["m"] or groups["m2"]
    day_text = groups["d"] or groups["d2"]
    if groups["sep"] == "." and day_text is None:
        return None  # "2016.5" is a number, not a month
    try:
        year = int(groups["y"])
        month = int(month_text) if month_text else 1
        day = int(day_text) if day_text else 1
        day_value = date(year, month, day)
    except ValueError:
        return None
    if groups["H"] is None:
        if groups["tz"] and _offset(groups["tz"]) is False:
            return None
        if month_text is None:
            if not raw.isdigit():
                return None
            return DateValue(day_value, "year", raw)
        return DateValue(day_value, "day" if day_text else "month", raw)
    if day_text is None:
        return None
    minute_text = groups["M"]
    second_text = groups["S"]
    zone = _offset(groups["tz"])
    if zone is False or minute_text is None:
        return None
    try:
        value = datetime(
            year,
            month,
            day,
            int(groups["H"]),
            int(minute_text),
            int(second_text) if second_text else 0,
            tzinfo=zone,
        )
    except ValueError:
        return None
    precision: Precision = "second" if second_text else "minute"
    return DateValue(value, precision, raw)


@functools.lru_cache(maxsize=4096)
def parse_machine_date(text: str | None) -> DateValue | None:
    """A date from a machine-readable field (a ``<meta>`` content, JSON-LD, ``datetime``).

    ISO 8601 first, then RFC 2822, then the visible-date readers for sites that put a human
    date into their metadata.

    Examples:
        >>> parse_machine_date("Wed, 28 Sep 2016 14:46:12 +0200").value.isoformat()
        '2016-09-28T14:46:12+02:00'
        >>> parse_machine_date("28.09.2016").value.isoformat()
        '2016-09-28'
        >>> parse_machine_date("") is None
        True
    """
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > 80:
        return None
    iso = parse_iso(text)
    if iso is not None:
        return iso
    if _EPOCH_LIKE.fullmatch(text):
        return None
    if _RFC2822.match(text):
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            value = None
        if value is not None:
            return DateValue(value, "second" if text.count(":") >= 2 else "minute", text)
    return find_visible_date(text)


# --- visible dates ---------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero gennaio janeiro januari stycznia styczeń tammikuuta",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego",
        "march mar märz maerz mars marzo março maart marca marts",
        "april apr avril abril aprile kwietnia",
        "may mai mayo maggio maio mei maja",
        "june jun juni juin junio giugno junho czerwca",
        "july jul juli juillet julio luglio julho lipca",
        "august aug août aout agosto augustus sierpnia",
        "september sep sept septembre septiembre settembre setembro septembre września",
        "october oct oktober octobre octubre ottobre outubro okt października",
        "november nov novembre noviembre novembro listopada",
        "december dec dezember décembre decembre diciembre dicembre dezembro dez grudnia",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_MONTH_WORD = r"(?P<mon>[A-Za-zÀ-ÿęłńśźżŁŚŻŹ]{3,11})\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)"
_VISIBLE_FORMS = (
    # 2016-09-28, 2016/09/28
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?![\d])"),
    # 28.09.2016, 28. 9. 2016
    re.compile(
        r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d])"
    ),
    # 09/28/2016 or 28/09/2016, 28-09-2016
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)[/-](?P<b>[0-3]?\d)[/-](?P<y>(?:19|20)\d\d)(?![\d])"),
    # September 28, 2016 / Sept. 28th 2016
    re.compile(_MONTH_WORD + r"\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR),
    # 28 September 2016 / 28. September 2016 / 28 de septiembre de 2016
    re.compile(
        _DAY + r"(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?" + _MONTH_WORD + r"\s+(?:de\s+)?" + _YEAR
    ),
    # 2016年9月28日, 2016년 9월 28일
    re.compile(
        r"(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)\s?[日일]"
    ),
    # September 2016
    re.compile(_MONTH_WORD + r"\s+(?:de\s+)?" + _YEAR),
)
_TIME_AFTER = re.compile(
    r"\s*(?:,|\||-|–|—|·|/|um|at|à|a las|alle|om|klo|kl\.?|o|\([月火水木金土日]\))?\s*"
    r"(?P<H>[0-2]?\d)(?:[:.h]|時|시\s?)(?P<M>[0-5]\d)(?!\d)(?:분|分)?(?::(?P<S>[0-5]\d))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h))?"
    r"(?:\s*\(?(?P<tz>[A-Z]{2,5}|[A-Z]{3}[+-]\d{1,2})\)?(?![A-Za-z]))?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:ago|yesterday|today|vor\s+\d|gestern|heute|hier|aujourd|ayer|hoy|ieri|oggi)\b",
    re.IGNORECASE,
)


_ZONE_WORD = re.compile(r"\b[A-Z]{2,5}\b")
_ANY_DIGIT = re.compile(r"\d")
_YEAR_SOMEWHERE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d\b")


def _two_digit_year(text: str) -> int:
    year = int(text)
    return year if year >= 100 else 2000 + year


@functools.lru_cache(maxsize=1024)
def find_visible_date(
    text: str, *, month_first: bool = False, allow_month: bool = True
) -> DateValue | None:
    """The first date in a short visible text (a byline line, a date element).

    Numeric dates with dots are day first; with slashes they are day first unless
    ``month_first`` (American pages) or the day part is above 12. A time of day right after the
    date is kept (without a zone unless one is printed).

    Examples:
        >>> find_visible_date("Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr").value.isoformat()
        '2024-08-05T20:59:00'
        >>> find_visible_date("Published September 28, 2016 at 2:05 pm EDT").value.isoformat()
        '2016-09-28T14:05:00-04:00'
        >>> find_visible_date("28. September 2016").precision
        'day'
        >>> find_visible_date("Updated 3 hours ago") is None
        True
    """
    if not text:
        return None
    text = text[:400]
    if not _ANY_DIGIT.search(text):
        return None
    for index, form in enumerate(_VISIBLE_FORMS):
        if index == len(_VISIBLE_FORMS) - 1 and not allow_month:
            break
        for match in form.finditer(text):
            found = _visible_match(match, index, month_first)
            if found is not None:
                day_value, precision = found
                if precision == "day":
                    return _with_time(text, match.end(), day_value, match.group(0))
                return DateValue(day_value, precision, match.group(0).strip())
    if _RELATIVE.search(text) or len(text) > 60 or not any(ch.isdigit() for ch in text):
        return None
    if not _YEAR_SOMEWHERE.search(text):
        return None  # without a year the shared parser would only guess
    # Zone names the shared parser cannot place would only make it warn.
    text = _ZONE_WORD.sub(" ", text)
    try:
        parsed = parse_date(text)
    except Exception:  # a parser on hostile text must not stop metadata reading
        return None
    return parsed


def _visible_match(
    match: re.Match[str], index: int, month_first: bool
) -> tuple[date, Precision] | None:
    groups = match.groupdict()
    try:
        year = _two_digit_year(groups["y"])
        if groups.get("mon") is not None:
            month = _MONTHS.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
            if groups.get("d") is None:
                return date(year, month, 1), "month"
            return date(year, month, int(groups["d"])), "day"
        if groups.get("a") is not None:
            first, second = int(groups["a"]), int(groups["b"])
            if first > 12 or (not month_first and second <= 12):
                day, month = first, second
            else:
                month, day = first, second
            return date(year, month, day), "day"
        return date(year, int(groups["m"]), int(groups["d"])), "day"
    except ValueError:
        return None


def _with_time(text: str, end: int, day_value: date, raw: str) -> DateValue:
    match = _TIME_AFTER.match(text, end, min(len(text), end + 40))
    if match is None:
        return DateValue(day_value, "day", raw.strip())
    hour, minute = int(match.group("H")), int(match.group("M"))
    ampm = (match.group("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return DateValue(day_value, "day", raw.strip())
    zone = _offset(match.group("tz")) if match.group("tz") else None
    tzinfo = zone if isinstance(zone, timezone) else None
    second = int(match.group("S")) if match.group("S") else 0
    value = datetime(
        day_value.year, day_value.month, day_value.day, hour, minute, second, tzinfo=tzinfo
    )
    full = (raw + text[end : match.end()]).strip()
    return DateValue(value, "second" if match.group("S") else "minute", full)


# --- URL dates -------------------------------------------------------------------------------

_URL_DAY = re.compile(
    r"(?<![0-9])(?P<y>(?:199|20[0-3])\d)[/_-](?P<m>0?[1-9]|1[0-2])[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?![0-9])"
)
_URL_YEAR_MMDD = re.compile(r"/(?P<y>(?:199|20[0-3])\d)/(?P<a>\d\d)(?P<b>\d\d)(?=[-_./])")
_URL_COMPACT = re.compile(
    r"(?<![0-9])(?P<y>20[0-3]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
)
_URL_NAMED = re.compile(
    r"/(?P<y>(?:199|20[0-3])\d)/(?P<mon>[a-z]{3,9})/(?P<d>0?[1-9]|[12]\d|3[01])/"
)
# "29-10-2021" (day first) or "10-29-2021" (month first): only read when the order is certain.
_URL_DAY_LAST_YEAR = re.compile(
    r"(?<![0-9])(?P<a>0[1-9]|[12]\d|3[01])[-_.](?P<b>0[1-9]|[12]\d|3[01])[-_.]"
    r"(?P<y>(?:199|20[0-3])\d)(?![0-9])"
)
_URL_MONTH = re.compile(r"/(?P<y>(?:199|20[0-3])\d)[/_-](?P<m>0[1-9]|1[0-2])/")


def date_from_url(url: str | None) -> DateValue | None:
    """A date written into a URL's path (``/2016/09/28/``, ``/2016/0928-``, ``/20160928/``).

    Examples:
        >>> date_from_url("https://example.com/press/2016/0928-russia.html").value.isoformat()
        '2016-09-28'
        >>> date_from_url("https://example.com/2019/04/story/").precision
        'month'
        >>> date_from_url("https://example.com/item/12345") is None
        True
        >>> date_from_url("https://example.com/news/29-10-2021-flood").value.isoformat()
        '2021-10-29'
    """
    if not url or len(url) > 2048:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    scheme_end = path.find("//")
    if scheme_end >= 0:
        slash = path.find("/", scheme_end + 2)
        path = path[slash:] if slash >= 0 else ""
    for pattern in (_URL_DAY, _URL_NAMED, _URL_YEAR_MMDD, _URL_COMPACT):
        match = pattern.search(path)
        if match is None:
            continue
        groups = match.groupdict()
        try:
            year = int(groups["y"])
            if groups.get("mon") is not None:
                month = _MONTHS.get(groups["mon"])
                if month is None:
                    continue
                day = int(groups["d"])
            elif groups.get("a") is not None:
                first, second = int(groups["a"]), int(groups["b"])
                month, day = (first, second) if first <= 12 else (second, first)
            else:
                month, day = int(groups["m"]), int(groups["d"])
            return DateValue(date(year, month, day), "day", match.group(0).strip("/"))
        except ValueError:
            continue
    match = _URL_DAY_LAST_YEAR.search(path)
    if match is not None:
        first, second = int(match.group("a")), int(match.group("b"))
        if (first > 12) != (second > 12):
            month, day = (second, first) if first > 12 else (first, second)
            try:
                return DateValue(date(int(match.group("y")), month, day), "day", match.group(0))
            except ValueError:
                pass
    match = _URL_MONTH.search(path)
    if match is not None:
        return DateValue(
            date(int(match.group("y")), int(match.group("m")), 1),
            "month",
            match.group(0).strip("/"),
        )
    return None


# --- checks ----------------------------------------------------------------------------------


def _day(value: DateValue) -> date:
    return value.value.date() if isinstance(value.value, datetime) else value.value


def plausible(value: DateValue, *, today: date, earliest: int = 1991) -> bool:
    """Whether ``value`` can be a web page's publication date: from ``earliest`` to tomorrow.

    Examples:
        >>> plausible(DateValue(date(2016, 9, 28), "day"), today=date(2020, 1, 1))
        True
        >>> plausible(DateValue(date(2031, 1, 1), "day"), today=date(2020, 1, 1))
        False
        >>> plausible(DateValue(date(1970, 1, 1), "day"), today=date(2020, 1, 1), earliest=1900)
        False
    """
    day = _day(value)
    if day in _PLACEHOLDER_DAYS:
        return False
    return day.year >= earliest and day <= today + timedelta(days=1)


# Days that content systems write when they have no date.
_PLACEHOLDER_DAYS = frozenset({date(1970, 1, 1), date(1900, 1, 1), date(1, 1, 1)})


def same_day(first: DateValue, second: DateValue) -> bool:
    """Whether two values agree as far as the coarser of them goes (``2016-09`` agrees with
    ``2016-09-28``; two datetimes with offsets are compared as instants' local days).

    Examples:
        >>> same_day(DateValue(date(2016, 9, 1), "month"), DateValue(date(2016, 9, 28), "day"))
        True
    """
    a, b = _day(first), _day(second)
    if "year" in (first.precision, second.precision):
        return a.year == b.year
    if "month" in (first.precision, second.precision):
        return (a.year, a.month) == (b.year, b.month)
    if isinstance(first.value, datetime) and isinstance(second.value, datetime):
        fa, sb = first.value, second.value
        if fa.tzinfo is not None and sb.tzinfo is not None:
            return abs((fa - sb).total_seconds()) < 86400 and (a == b or abs((a - b).days) <= 1)
    return a == b
