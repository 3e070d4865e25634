"""WireAdapter: what the press-release wires share — their datelines, issuers and chrome lines.

A wire publishes a release as the issuer wrote it and adds its own furniture around it. What is
body and what is chrome (the same decision for every wire, see ``docs/adapters.md``):

- body: the release text from the dateline on — paragraphs, lists, tables, quotes, the
  "About X" boilerplate, forward-looking statements, and the contact lines where the wire prints
  them inside the release text;
- chrome: the wire's own lines and boxes — "View original content ...", "View source version
  on ...", "SOURCE X", "Logo - https://..." media links, "A photo accompanying this announcement
  is available at ...", logos, multimedia galleries, share bars, "More news from", tag and
  attachment lists, and sidebars (Business Wire's separate contacts box is one).

The dateline becomes ``Article.dateline`` (never body text) and, as in any release, the issuer is
an organization, not a person: a wire adapter's ``bylines`` are organization-only Bylines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._html.text import normalize_space
from pressparse._model import Byline, Dateline
from pressparse._text.dates import parse_date

__all__ = ["WireAdapter", "starts_with"]

# The place and date before a wire's marker end with the date: "Nov. 5, 2024", "Nov 05 2024".
_TRAILING_DATE = re.compile(
    r"[,\s]+(?P<date>[A-Z][A-Za-z]{2,8}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4})\s*$"
)
# Labels a wire prints before the issuer's name.
_ISSUER_LABEL = re.compile(r"^\s*(?:news\s+provided\s+by|source|provided\s+by)\s*[:|]?\s*", re.I)
_MAX_DATELINE_WINDOW = 400


def starts_with(prefix: str, *, tag: str = "p", max_chars: int | None = None) -> str:
    """An XPath selecting ``tag`` elements whose text starts with ``prefix`` (``max_chars``: and
    is at most that long).

    Examples:
        >>> starts_with("SOURCE ", max_chars=160)
        ".//p[starts-with(normalize-space(.), 'SOURCE ')][string-length(normalize-space(.)) <= 160]"
    """
    if "'" in prefix:
        raise ValueError("the prefix may not contain an apostrophe")
    xpath = f".//{tag}[starts-with(normalize-space(.), '{prefix}')]"
    if max_chars is not None:
        xpath += f"[string-length(normalize-space(.)) <= {max_chars}]"
    return xpath


def _compile_dateline(adapter: WireAdapter) -> re.Pattern[str]:
    return re.compile(adapter.dateline_pattern)


@attrs.frozen
class WireAdapter(SiteAdapter):
    """A SiteAdapter for a press-release wire.

    ``dateline_pattern`` is a regular expression for the wire's own dateline, matched at the start
    of the text, with the groups ``head`` (place and date before the marker) and ``agency`` (the
    wire's name as printed); the generic dateline parser reads anything it does not match.
    """

    dateline_pattern: str = attrs.field(kw_only=True)
    _dateline_re: re.Pattern[str] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        hash=False,
        default=attrs.Factory(_compile_dateline, takes_self=True),
    )

    def parse_dateline(
        self, text: str, *, reference: date | None = None, standalone: bool = False
    ) -> Dateline | None:
        """The wire's dateline (``"BOSTON--(BUSINESS WIRE)--"``), else the generic reading."""
        found = self.wire_dateline(text, reference=reference)
        if found is not None:
            return found
        return super().parse_dateline(text, reference=reference, standalone=standalone)

    def wire_dateline(self, text: str, *, reference: date | None = None) -> Dateline | None:
        """The wire's own dateline at the start of ``text``, or None."""
        match = self._dateline_re.match(text[:_MAX_DATELINE_WINDOW])
        if match is None:
            return None
        head = normalize_space(match.group("head")).strip(" ,")
        dated = _TRAILING_DATE.search(head)
        date_value = None
        if dated is not None:
            date_value = parse_date(dated.group("date"), reference=reference)
            head = head[: dated.start()].strip(" ,")
        return Dateline(
            raw=normalize_space(match.group(0)),
            location=head or None,
            date=date_value,
            agency=normalize_space(match.group("agency")),
            end=match.end(),
        )

    def parse_bylines(self, texts: Sequence[str]) -> tuple[Byline, ...]:
        """The issuer of a release: organization-only Bylines, without a "Source:" label."""
        issuers = dict.fromkeys(
            name for name in (_ISSUER_LABEL.sub("", normalize_space(t)) for t in texts) if name
        )
        return tuple(Byline(raw=name, organization=name) for name in issuers)
