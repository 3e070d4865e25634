"""Dateline parsing: the place, date and agency that open a story, and where the story begins."""

from __future__ import annotations

import re
from datetime import date

from pressparse._model import Dateline
from pressparse._text.dates import parse_date

__all__ = ["parse_dateline"]

_DATELINE = re.compile(
    r"""^\s*
    (?P<location>[A-Z][A-Z .'-]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,14})?)?
    (?:,?\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)))?
    \s*(?:\((?P<agency>[A-Za-z ]{2,20})\)|/(?P<slash>[A-Za-z ]{2,20})/)?
    \s*(?P<sep>--|[-—–])\s*""",
    re.VERBOSE,
)


def parse_dateline(text: str, *, reference: date | None = None) -> Dateline | None:
    """Read the dateline that opens ``text``; ``None`` when it does not open with one.

    >>> parse_dateline("WASHINGTON (Reuters) - The U.S. said").location
    'WASHINGTON'
    """
    match = _DATELINE.match(text[:300])
    if match is None or not (match.group("location") or match.group("date") or match.group("agency")):
        return None
    date_text = match.group("date")
    return Dateline(
        raw=match.group(0).strip(),
        location=(match.group("location") or "").strip() or None,
        date=parse_date(date_text, reference=reference) if date_text else None,
        agency=match.group("agency") or match.group("slash"),
        end=match.end(),
    )
