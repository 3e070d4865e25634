"""Resolution: one value per field from the candidates every source offered, and its source.

Each field has a written precedence (see ``docs/metadata.md``); where sources disagree the rules
here decide and ``provenance`` names the winner:

- title: the visible headline when it agrees with a structured title (JSON-LD headline,
  og:title, twitter:title, ``<title>``); else the structured title most sources agree on, with
  site-name affixes taken off; else ``<title>``; else the first ``<h1>``.
- dates: the most trusted source, unless a less trusted one agrees with it and says more (a
  ``September 2016`` page date and a ``/2016/09/28/`` URL give 2016-09-28 from the URL).
- authors: JSON-LD persons, then meta tags, microdata and the visible byline; a source that only
  names organizations gives way to one that names people.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Generic, TypeVar

import attrs
from lxml.html import HtmlElement

from pressparse._metadata.dates import same_day
from pressparse._metadata.title import affix_match, strip_site_affixes, title_key, token_overlap
from pressparse._metadata.visible import Heading
from pressparse._model import Byline, DateValue

__all__ = ["Candidate", "TitleChoice", "choose_authors", "choose_date", "choose_title"]

T = TypeVar("T")


@attrs.frozen
class Candidate(Generic[T]):
    """A value offered for a field by one source; ``trust`` orders sources (0 is most trusted)."""

    value: T
    source: str
    trust: int = 0
    element: HtmlElement | None = None


# --- title ---------------------------------------------------------------------------------------


@attrs.frozen
class TitleChoice:
    """The chosen title, its source, and the heading element that showed it (if any)."""

    text: str
    source: str
    heading: Heading | None = None


def _heading_score(heading: Heading, references: Sequence[Candidate[str]]) -> tuple[float, Candidate[str] | None]:
    best, best_ref = 0.0, None
    key = title_key(heading.text)
    if not key:
        return 0.0, None
    for ref in references:
        ref_key = title_key(ref.value)
        if not ref_key:
            continue
        if key == ref_key:
            score = 3.0
        elif affix_match(heading.text, ref.value):
            score = 2.0
        elif ref.source != "title" and affix_match(ref.value, heading.text):
            score = 1.5
        elif token_overlap(heading.text, ref.value) >= 0.8:
            score = 1.0
        else:
            continue
        if score > best:
            best, best_ref = score, ref
    return best, best_ref


def choose_title(
    structured: Sequence[Candidate[str]],
    title_tag: str | None,
    headings: Sequence[Heading],
    site_names: Sequence[str],
) -> TitleChoice | None:
    """The article's headline among the structured titles, ``<title>`` and visible headings."""
    references = list(structured)
    if title_tag:
        references.append(Candidate(title_tag, "title", 9))
    best: tuple[int, float, int, int] | None = None
    chosen: tuple[Heading, Candidate[str] | None, float] | None = None
    for heading in headings:
        score, ref = _heading_score(heading, references)
        if score < 1.0:
            continue
        order = (0 if heading.excluded else 1, score, -heading.rank, -heading.position)
        if best is None or order > best:
            best, chosen = order, (heading, ref, score)
    if chosen is not None:
        heading, ref, score = chosen
        if score == 1.5 and ref is not None:
            # The heading carries a kicker the structured title leaves out.
            return TitleChoice(ref.value, ref.source, heading)
        return TitleChoice(heading.text, "visible", heading)
    stripped = [
        Candidate(strip_site_affixes(c.value, site_names), c.source, c.trust) for c in structured if c.value
    ]
    if stripped:
        def agreement(candidate: Candidate[str]) -> tuple[int, int]:
            key = title_key(candidate.value)
            votes = sum(1 for other in stripped if title_key(other.value) == key)
            if title_tag and (key == title_key(title_tag) or affix_match(candidate.value, title_tag)):
                votes += 1
            return votes, -candidate.trust

        winner = max(stripped, key=agreement)
        return TitleChoice(winner.value, winner.source)
    if title_tag:
        text = strip_site_affixes(title_tag, site_names)
        if text:
            return TitleChoice(text, "title")
    first_h1 = next((h for h in headings if h.rank == 0 and not h.excluded), None)
    if first_h1 is not None:
        return TitleChoice(first_h1.text, "visible", first_h1)
    return None


# --- dates ---------------------------------------------------------------------------------------


def choose_date(candidates: Sequence[Candidate[DateValue]]) -> Candidate[DateValue] | None:
    """The most trusted date, made more precise by a less trusted source that agrees with it.

    >>> from datetime import date
    >>> month = Candidate(DateValue(date(2016, 9, 1), "month"), "visible", 5)
    >>> day = Candidate(DateValue(date(2016, 9, 28), "day"), "url", 8)
    >>> choose_date([month, day]).source
    'url'
    """
    if not candidates:
        return None
    ordered = sorted(candidates, key=lambda c: c.trust)
    best = ordered[0]
    for other in ordered[1:]:
        if _precision_rank(other.value) > _precision_rank(best.value) and same_day(best.value, other.value):
            if _precision_rank(best.value) <= 2:  # only coarse values (year, month) are refined
                best = other
    return best


def localize(chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]]) -> Candidate[DateValue]:
    """A UTC instant re-expressed in the page's own offset, when the page shows the same moment
    as a local date and time (``2023-11-09T05:30Z`` shown as "Nov 8, 11:30 pm" is
    ``2023-11-08T23:30-06:00``). The offset is read off the two, never assumed.

    >>> from datetime import datetime, timezone
    >>> utc = Candidate(DateValue(datetime(2023, 11, 9, 5, 30, tzinfo=timezone.utc), "second"), "json-ld", 0)
    >>> shown = Candidate(DateValue(datetime(2023, 11, 8, 23, 30), "minute"), "visible", 5)
    >>> localize(utc, [utc, shown]).value.isoformat()
    '2023-11-08T23:30:00-06:00'
    """
    value = chosen.value.value
    if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        return chosen
    for other in candidates:
        shown = other.value.value
        if other.source not in ("visible", "time") or not isinstance(shown, datetime) or shown.tzinfo is not None:
            continue
        if shown.date() == value.date():
            return chosen
        minutes = (shown - value.replace(tzinfo=None)).total_seconds() / 60
        quarter = round(minutes / 15) * 15
        if abs(minutes - quarter) > 2 or not -12 * 60 <= quarter <= 14 * 60:
            continue
        local = value.astimezone(timezone(timedelta(minutes=quarter)))
        return Candidate(attrs.evolve(chosen.value, value=local), chosen.source, chosen.trust, other.element)
    return chosen


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3, "minute": 4, "second": 5}


def _precision_rank(value: DateValue) -> int:
    return _PRECISION_RANK[value.precision]


# --- authors -------------------------------------------------------------------------------------


def choose_authors(groups: Sequence[Candidate[tuple[Byline, ...]]]) -> Candidate[tuple[Byline, ...]] | None:
    """The credits of the most trusted source that names a person; a source naming only
    organizations is used when no source names a person."""
    ordered = sorted((g for g in groups if g.value), key=lambda g: g.trust)
    for group in ordered:
        if any(b.name for b in group.value):
            return group
    return ordered[0] if ordered else None
