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

import functools
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Generic, TypeVar

import attrs
from lxml.html import HtmlElement

from pressparse._metadata.authors import looks_like_username, name_key
from pressparse._metadata.dates import same_day
from pressparse._metadata.title import (
    affix_relation,
    names_site,
    strip_site_affixes,
    title_key,
    token_overlap,
)
from pressparse._metadata.visible import Heading
from pressparse._model import Byline, DateValue

__all__ = [
    "Candidate",
    "TitleChoice",
    "choose_authors",
    "choose_date",
    "choose_title",
    "corroborate",
]

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
    """The chosen title, its source, and the visible headline element (if one was found; its
    words may differ from the chosen title's)."""

    text: str
    source: str
    heading: Heading | None = None


@functools.lru_cache(maxsize=2048)
def _match_level(heading: str, reference: str) -> float:
    """How well a visible heading matches a stated title: 3 equal, 2 the title is the heading
    with a site or section name around it, 1.5 the title puts a kicker before it ("Kicker:
    Heading"), 1 nearly the same words, 0 no match. Memoised: each heading is matched against
    every stated title, and the answer depends on the two texts alone."""
    key, ref_key = title_key(heading), title_key(reference)
    if not key or not ref_key:
        return 0.0
    if key == ref_key:
        return 3.0
    relation = affix_relation(heading, reference)
    if relation == "site":
        return 2.0
    if relation == "kicker":
        return 1.5
    if token_overlap(heading, reference) >= 0.8:
        return 1.0
    return 0.0


#: How much each source's title counts when sources disagree.
_TITLE_WEIGHTS = {"json-ld": 3.0, "opengraph": 3.0, "title": 2.0, "microdata": 2.0, "twitter": 1.0}
_VISIBLE_WEIGHT = 3.0


def _weight(candidate: Candidate[str]) -> float:
    if candidate.source == "json-ld" and candidate.trust > 0:
        return 1.0  # a node's "name" rather than its "headline"
    return _TITLE_WEIGHTS.get(candidate.source, 1.0)


def choose_title(
    structured: Sequence[Candidate[str]],
    title_tag: str | None,
    headings: Sequence[Heading],
    site_names: Sequence[str],
) -> TitleChoice | None:
    """The article's headline among the structured titles, ``<title>`` and visible headings.

    1. The visible heading is the heading that best matches a stated title (an equal text
       first, then the title with a site name or a kicker around it), outside page furniture,
       not naming the site itself; among equally good ones the longer, then the h1, the first.
    2. Every source votes, weighted by trust, for the text it states; a stated title that is
       the visible heading with a site name or kicker around it votes for the visible heading.
       With no heading matching, a lone ``<h1>`` of several words still gets a strong vote.
    3. The text with most votes wins; site-name affixes are taken off stated titles.
    """
    references = [c for c in structured if c.value]
    if title_tag:
        references.append(Candidate(title_tag, "title", 9))
    matched: list[tuple[Heading, float]] = []
    for heading in headings:
        if names_site(heading.text, site_names):
            continue
        level = max((_match_level(heading.text, ref.value) for ref in references), default=0.0)
        if heading.full_text != heading.text:
            full_level = max(
                (_match_level(heading.full_text, ref.value) for ref in references), default=0.0
            )
            level = max(level, full_level)
        if level >= 1.0:
            matched.append((heading, level))
    # "Headline" and "Headline | Site" both shown: the first is the headline.
    keys = {title_key(h.text) for h, _ in matched}
    matched = [
        (h, level)
        for h, level in matched
        if title_key(strip_site_affixes(h.text, site_names)) in (title_key(h.text), "")
        or title_key(strip_site_affixes(h.text, site_names)) not in keys
    ]
    chosen: Heading | None = None
    best: tuple[int, float, int, int, int] | None = None
    for heading, level in matched:
        order = (
            0 if heading.excluded else 1,
            level,
            len(heading.text) if level == 2.0 else 0,
            -heading.rank,
            -heading.position,
        )
        if best is None or order > best:
            best, chosen = order, heading
    votes: dict[str, float] = {}
    texts: dict[str, TitleChoice] = {}

    def vote(text: str, weight: float, choice: TitleChoice) -> None:
        key = title_key(text)
        if key:
            votes[key] = votes.get(key, 0.0) + weight
            texts.setdefault(key, choice)

    if chosen is None:
        lone = [
            h
            for h in headings
            if h.rank == 0 and not h.excluded and not names_site(h.text, site_names)
        ]
        if len(lone) == 1 and len(lone[0].text.split()) >= _LONE_MIN_WORDS:
            vote(lone[0].text, _LONE_WEIGHT, TitleChoice(lone[0].text, "visible", lone[0]))
    visible_text = chosen.text if chosen is not None else ""
    if chosen is not None:
        if chosen.full_text != chosen.text:
            # The kicker belongs to the headline when the stated titles show it that way.
            with_kicker = sum(
                _weight(r) for r in references if _match_level(chosen.full_text, r.value) >= 2.0
            )
            without = _VISIBLE_WEIGHT + sum(
                _weight(r)
                for r in references
                if _match_level(chosen.text, r.value) >= 1.5
                and _match_level(chosen.full_text, r.value) < 2.0
            )
            if with_kicker > without:
                visible_text = chosen.full_text
        vote(visible_text, _VISIBLE_WEIGHT, TitleChoice(visible_text, "visible", chosen))
    for ref in references:
        if chosen is not None and (
            _match_level(chosen.text, ref.value) >= 1.5
            or _match_level(chosen.full_text, ref.value) >= 2.0
        ):
            vote(visible_text, _weight(ref), TitleChoice(visible_text, "visible", chosen))
            continue
        text = strip_site_affixes(ref.value, site_names)
        vote(text, _weight(ref), TitleChoice(text, ref.source))
    if votes:
        order_of = {key: index for index, key in enumerate(texts)}
        winner = texts[max(votes, key=lambda key: (votes[key], -order_of[key]))]
        if winner.heading is None and chosen is not None:
            # The page shows its headline in other words: it is still the headline element.
            winner = attrs.evolve(winner, heading=chosen)
        return winner
    first_h1 = next((h for h in headings if h.rank == 0 and not h.excluded), None)
    if first_h1 is not None:
        return TitleChoice(first_h1.text, "visible", first_h1)
    return None


_LONE_WEIGHT = 6.5
_LONE_MIN_WORDS = 3


# --- dates ---------------------------------------------------------------------------------------


def choose_date(candidates: Sequence[Candidate[DateValue]]) -> Candidate[DateValue] | None:
    """The most trusted date, made more precise by a less trusted source that agrees with it.

    Examples:
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
        # Only a coarse value (a year, a month) is refined, by a finer one that agrees with it.
        coarse = _precision_rank(best.value) <= 2
        finer = _precision_rank(other.value) > _precision_rank(best.value)
        if coarse and finer and same_day(best.value, other.value):
            best = other
    return best


def _family(source: str) -> str:
    """The kind of source a date came from: JSON-LD, meta tags (any key), microdata, the page."""
    if source.startswith(("meta:", "opengraph", "twitter")):
        return "meta"
    return source


def corroborate(
    chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]]
) -> Candidate[DateValue]:
    """The date the page shows next to its headline when the JSON-LD ``datePublished`` alone
    says otherwise and a publication-date meta tag (``article:published_time``) agrees with the
    page: the most trusted of the sources that give the shown day.

    Examples:
        >>> from datetime import date
        >>> ld = Candidate(DateValue(date(2022, 1, 4), "day"), "json-ld", 0)
        >>> meta = Candidate(DateValue(date(2022, 1, 6), "day"), "meta:article:published_time", 1)
        >>> shown = Candidate(DateValue(date(2022, 1, 6), "day"), "visible", 5)
        >>> corroborate(ld, [ld, meta, shown]).source
        'meta:article:published_time'
    """
    shown = next(
        (
            c
            for c in candidates
            if c.source in ("visible", "time") and _precision_rank(c.value) >= 3
        ),
        None,
    )
    if shown is None or same_day(shown.value, chosen.value):
        return chosen
    against = {_family(c.source) for c in candidates if same_day(c.value, chosen.value)}
    against.discard("url")
    agreeing = [c for c in candidates if same_day(c.value, shown.value) and c.source != "url"]
    backed = any(_family(c.source) == "meta" and c.trust <= 1 for c in agreeing)
    if against != {"json-ld"} or not backed:
        return chosen
    return min(agreeing, key=lambda c: c.trust)


def localize(
    chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]]
) -> Candidate[DateValue]:
    """A UTC instant re-expressed in the page's own offset, when the page shows the same moment
    as a local date and time (``2023-11-09T05:30Z`` shown as "Nov 8, 11:30 pm" is
    ``2023-11-08T23:30-06:00``). The offset is read off the two, never assumed.

    Examples:
        >>> from datetime import datetime, timezone
        >>> utc = Candidate(
        ...     DateValue(datetime(2023, 11, 9, 5, 30, tzinfo=timezone.utc), "second"), "json-ld", 0
        ... )
        >>> shown = Candidate(DateValue(datetime(2023, 11, 8, 23, 30), "minute"), "visible", 5)
        >>> localize(utc, [utc, shown]).value.isoformat()
        '2023-11-08T23:30:00-06:00'
    """
    value = chosen.value.value
    if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        return chosen
    midnight = _local_midnight(value, candidates)
    if midnight is not None:
        return Candidate(
            attrs.evolve(chosen.value, value=midnight), chosen.source, chosen.trust, chosen.element
        )
    for other in candidates:
        shown = other.value.value
        if (
            other.source not in ("visible", "time")
            or not isinstance(shown, datetime)
            or shown.tzinfo is not None
        ):
            continue
        if shown.date() == value.date():
            return chosen
        minutes = (shown - value.replace(tzinfo=None)).total_seconds() / 60
        quarter = round(minutes / 15) * 15
        if abs(minutes - quarter) > 2 or not -12 * 60 <= quarter <= 14 * 60:
            continue
        local = value.astimezone(timezone(timedelta(minutes=quarter)))
        return Candidate(
            attrs.evolve(chosen.value, value=local), chosen.source, chosen.trust, other.element
        )
    return chosen


def _local_midnight(value: datetime, candidates: Sequence[Candidate[DateValue]]) -> datetime | None:
    """A UTC instant on the full hour in the evening that the page shows as the next day's date
    (``2021-11-04T23:00Z`` shown as "5. November 2021"): a local date stored as its midnight,
    given in the offset that makes it midnight (``2021-11-05T00:00+01:00``)."""
    if value.minute or value.second or value.microsecond or value.hour < 12:
        return None
    for other in candidates:
        shown = other.value
        if other.source != "visible" or shown.precision != "day":
            continue
        shown_day = shown.value.date() if isinstance(shown.value, datetime) else shown.value
        if shown_day - value.date() == timedelta(days=1):
            return value.astimezone(timezone(timedelta(hours=24 - value.hour)))
    return None


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3, "minute": 4, "second": 5}


def _precision_rank(value: DateValue) -> int:
    return _PRECISION_RANK[value.precision]


# --- authors -------------------------------------------------------------------------------------


def choose_authors(
    groups: Sequence[Candidate[tuple[Byline, ...]]],
) -> Candidate[tuple[Byline, ...]] | None:
    """The credits of the most trusted source that names a person; a source naming only
    organizations is used when no source names a person. A source naming people only by
    handle ("jdoe") gives way to a less trusted one that names them properly, and a first name
    alone is completed from another source that gives the full name."""
    ordered = sorted((g for g in groups if g.value), key=lambda g: g.trust)
    people = [g for g in ordered if any(b.name for b in g.value)]
    if not people:
        return ordered[0] if ordered else None
    chosen = _outvoted(people) or people[0]
    names = [b.name for b in chosen.value if b.name]
    if all(looks_like_username(n) for n in names):
        proper = next(
            (
                g
                for g in people[1:]
                if any(b.name and not looks_like_username(b.name) for b in g.value)
            ),
            None,
        )
        if proper is not None:
            return proper
    fuller = _fuller_visible(chosen, people)
    if fuller is not None:
        return fuller
    others = [g for g in people if g is not chosen]
    return Candidate(tuple(_complete_names(chosen.value, others)), chosen.source, chosen.trust)


def _fuller_visible(
    chosen: Candidate[tuple[Byline, ...]], people: Sequence[Candidate[tuple[Byline, ...]]]
) -> Candidate[tuple[Byline, ...]] | None:
    """The visible byline when it names every person the chosen source names and a co-author
    or two more (structured data that lists only the first author)."""
    if chosen.source == "visible":
        return None
    wanted = {name_key(b.name) for b in chosen.value if b.name}
    for group in people:
        if group.source != "visible":
            continue
        shown = {name_key(b.name) for b in group.value if b.name}
        extra = [b.name for b in group.value if b.name and name_key(b.name) not in wanted]
        if wanted < shown and len(extra) <= 2 and all(map(_full_name, extra)):
            return group
    return None


def _full_name(name: str) -> bool:
    """Whether a name reads as a person's full name: two to four capitalised words
    ("Ann Lee", not "ACLU Speech", "Community" or initials)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and (len(w) < 2 or w[1:2].islower() or w[1:2] in ".'’") for w in words
    )


def _outvoted(
    people: Sequence[Candidate[tuple[Byline, ...]]],
) -> Candidate[tuple[Byline, ...]] | None:
    """The most trusted source that others confirm, when the most trusted one names one person
    no other source names while two others agree (a publisher's ``<meta name=author>`` against
    the article's own credits)."""
    keys = [{name_key(b.name) for b in g.value if b.name} for g in people]
    if len(people) < 3 or len(keys[0]) != 1 or any(keys[0] & other for other in keys[1:]):
        return None
    for index in range(1, len(people)):
        if any(keys[index] & keys[other] for other in range(1, len(people)) if other != index):
            return people[index]
    return None


def _complete_names(
    credits: Sequence[Byline], others: Sequence[Candidate[tuple[Byline, ...]]]
) -> list[Byline]:
    fuller = [b.name for g in others for b in g.value if b.name and " " in b.name.strip()]
    out: list[Byline] = []
    for credit in credits:
        name = credit.name
        if name and " " not in name.strip():
            key = name_key(name)
            match = next((f for f in fuller if name_key(f).split()[:1] == [key]), None)
            if match is not None:
                credit = attrs.evolve(credit, name=match)
        out.append(credit)
    return out
