"""Date parsing: free-text and ISO dates to DateValue, keeping precision and the source's zone."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as _dateutil

from pressparse._model import DateValue

__all__ = ["parse_date"]

_RELATIVE = re.compile(r"\b(ago|yesterday|today|tomorrow|now)\b", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_DAY = re.compile(r"\b\d{1,2}\b(?!:)")
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def parse_date(text: str, *, reference: date | None = None) -> DateValue | None:
    """Read a date from ``text``; ``None`` when it holds none.

    >>> parse_date("2016-09-28T14:46:12+02:00").value.isoformat()
    '2016-09-28T14:46:12+02:00'
    >>> parse_date("September 2016").precision
    'month'
    """
    raw = text.strip()
    if not raw or len(raw) > 200 or _RELATIVE.search(raw) or not re.search(r"\d", raw):
        return None
    try:
        value = _dateutil.parse(raw, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    if value.year == 1:
        if reference is None:
            return None
        value = value.replace(year=reference.year)
    if _HAS_TIME.search(raw):
        precision = "second" if re.search(r"\d:\d\d:\d\d", raw) else "minute"
        return DateValue(value, precision, raw)
    day = value.date()
    if not _HAS_YEAR.search(raw) and reference is None:
        return None
    stripped = _HAS_YEAR.sub(" ", raw)
    if not _HAS_DAY.search(stripped):
        return DateValue(day.replace(day=1), "month" if re.search(r"[A-Za-z]", raw) else "year", raw)
    return DateValue(day, "day", raw)
