"""``read_metadata``: scan the raw page once, gather every source's candidates, resolve fields."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._html.load import safe_http_url as _uncached_safe_http_url
from pressparse._html.text import raw_text
from pressparse._html.vocabulary import name_weight
from pressparse._metadata.authors import (
    completed_name,
    credit_from_name,
    credits_from_jsonld,
    dedupe_bylines,
    name_key,
    name_stubs,
    split_credits,
)
from pressparse._metadata.dates import (
    date_from_url,
    find_visible_date,
    parse_machine_date,
    plausible,
    same_day,
)
from pressparse._metadata.jsonld import JsonLdPage, node_types, read_jsonld_page, text_of
from pressparse._metadata.language import normalize_language
from pressparse._metadata.meta import MetaValue, meta_fields
from pressparse._metadata.microdata import MicrodataValue, read_microdata
from pressparse._metadata.resolve import (
    Candidate,
    choose_authors,
    choose_date,
    choose_title,
    corroborate,
    localize,
)
from pressparse._metadata.scan import _TIME_TAGS, PageScan, all_text, scan_elements, scan_head
from pressparse._metadata.title import split_title, strip_site_affixes, title_key
from pressparse._metadata.visible import (
    ContextFilter,
    Heading,
    article_container,
    blocks_after,
    bold_byline_paragraph,
    byline_line_after,
    element_roles,
    elements_around,
    find_article_byline_spots,
    find_article_date_spots,
    find_byline_spots,
    find_date_spots,
    find_dek,
    find_headings,
    find_kicker,
    labelled_date_texts,
    opens_line,
    pieces_after,
    text_before,
    text_inside_after_title,
    text_lines,
)
from pressparse._model import Byline, DateValue
from pressparse._text.names import looks_like_organization, looks_like_person_name
from pressparse._trace import Trace

__all__ = ["Metadata", "read_metadata"]

# Memoised: a page resolves the same image and page URLs from several sources, and urljoin is
# slow. The answer depends on the value and the base alone.
safe_http_url = functools.lru_cache(maxsize=1024)(_uncached_safe_http_url)


@attrs.frozen
class Metadata:
    """Resolved metadata fields, the source of each (``provenance``), and the page elements that
    gave visible fields (the extractor keeps them out of the body)."""

    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    published: DateValue | None = None
    modified: DateValue | None = None
    bylines: tuple[Byline, ...] = ()
    tags: tuple[str, ...] = ()
    provenance: dict[str, str] = attrs.field(factory=dict)
    elements: frozenset[HtmlElement] = frozenset()
    warnings: tuple[str, ...] = ()


# Trust of each date source, lower first.
(
    _TRUST_JSONLD,
    _TRUST_META,
    _TRUST_MICRODATA,
    _TRUST_TIME,
    _TRUST_PAGE,
    _TRUST_VISIBLE,
    _TRUST_URL,
) = (
    0,
    1,
    2,
    3,
    4,
    5,
    8,
)
# The regions read around the headline: elements before and after it.
_NEAR_BEFORE, _NEAR_AFTER = 10, 40
_REGION_BEFORE, _REGION_AFTER = 40, 200
_TRUST_UPDATED = 7
# Structured data may date an archived article long before the web; visible and URL dates that
# old are far more often something else (a founding year, a reference).
_EARLIEST_STATED = 1900
# Keys that many CMSs fill with the page's build or edit date rather than its publication date:
# a date shown next to the headline is trusted more.
_TRUST_GENERIC_META = 6
_GENERIC_DATE_KEYS = frozenset({"date", "dc.date", "dcterms.date"})
_TRUST_TEXT = 9
# Text right after the headline with no date element at all: what the reader sees first.
_TRUST_TEXT_CUED = 5


@attrs.define
class _Reader:
    """The state of one read: the scan, the parsed sources, and the fields chosen so far."""

    root: HtmlElement
    url: str | None
    base_url: str | None
    trace: Trace | None
    today: date
    scan: PageScan = attrs.field(init=False)
    jsonld: JsonLdPage = attrs.field(init=False)
    metas: dict[str, list[MetaValue]] = attrs.field(init=False)
    microdata: list[MicrodataValue] = attrs.field(init=False)
    context: ContextFilter = attrs.field(init=False)
    fields: dict[str, Any] = attrs.field(factory=dict)
    provenance: dict[str, str] = attrs.field(factory=dict)
    elements: dict[HtmlElement, str] = attrs.field(factory=dict)
    warnings: list[str] = attrs.field(factory=list)
    #: Every candidate offered, per field (kept for explanations and tests).
    offered: dict[str, list[Candidate[Any]]] = attrs.field(factory=dict)
    #: The date stated in the text next to a headline element (see ``_dates``).
    text_dates: dict[HtmlElement, DateValue | None] = attrs.field(factory=dict)

    def forget(self, *fields: str) -> None:
        """Drop what was chosen for ``fields`` (before reading them again from more of the page)."""
        for field in fields:
            self.fields.pop(field, None)
            self.provenance.pop(field, None)
        self.elements = {e: f for e, f in self.elements.items() if f not in fields}

    def set(self, field: str, value: Any, source: str, element: HtmlElement | None = None) -> None:
        if value is None or value == "" or value == ():
            return
        self.fields[field] = value
        self.provenance[field] = source
        if element is not None:
            self.elements[element] = field

    # --- sources ---------------------------------------------------------------------------------

    def meta(self, field: str) -> list[MetaValue]:
        return self.metas.get(field, [])

    def article(self) -> dict[str, Any]:
        node = self.jsonld.article
        return node.data if node is not None else {}

    def page_node(self) -> dict[str, Any]:
        node = self.jsonld.page
        return node.data if node is not None else {}

    def micro(self, *props: str) -> list[MicrodataValue]:
        return [m for m in self.microdata if m.prop in props]


def read_metadata(
    root: HtmlElement,
    *,
    url: str | None,
    base_url: str | None,
    trace: Trace | None = None,
    today: date | None = None,
) -> Metadata:
    """Collect the page's metadata. Reads the raw tree (scripts included); never mutates it.

    ``today`` bounds plausible dates (default: the current UTC date).

    Examples:
        >>> from lxml.html import document_fromstring
        >>> page = document_fromstring(
        ...     '<html lang="en_US"><head><title>Big News | Example Times</title>'
        ...     '<meta property="og:site_name" content="Example Times"></head>'
        ...     '<body><h1>Big News</h1><p class="byline">By Jane Doe</p></body></html>'
        ... )
        >>> meta = read_metadata(page, url="https://example.com/2016/09/28/big-news", base_url=None)
        >>> meta.title, meta.language, meta.published.isoformat(), [b.name for b in meta.bylines]
        ('Big News', 'en-US', '2016-09-28', ['Jane Doe'])
        >>> meta.provenance["title"], meta.provenance["published"]
        ('visible', 'url')
    """
    reader = _read(root, url=url, base_url=base_url, trace=trace, today=today)
    if trace is not None:
        for element, field in reader.elements.items():
            trace.record(element, "field", f"metadata:{field}", reader.provenance.get(field, ""))
    visible_fields = {"title", "kicker", "subtitle", "bylines", "published", "modified"}
    elements = frozenset(e for e, f in reader.elements.items() if f in visible_fields)
    return Metadata(
        **reader.fields,
        provenance=reader.provenance,
        elements=elements,
        warnings=tuple(reader.warnings),
    )


def _read(
    root: HtmlElement,
    *,
    url: str | None,
    base_url: str | None,
    trace: Trace | None,
    today: date | None,
) -> _Reader:
    reader = _Reader(root, url, base_url, trace, today or datetime.now(timezone.utc).date())
    reader.scan = scan_head(root)
    reader.context = ContextFilter(root)
    reader.metas = meta_fields(reader.scan.metas)
    canonical = _canonical(reader)
    reader.jsonld = read_jsonld_page(reader.scan.jsonld, urls=(url, canonical))
    if reader.jsonld.broken:
        reader.warnings.append(
            f"metadata: {reader.jsonld.broken} JSON-LD script(s) could not be read"
        )
    reader.microdata = read_microdata(reader.scan)

    site_names = _site_names(reader)
    title_sites = [*site_names, *_domain_label(reader.url or reader.fields.get("canonical_url"))]
    stated = _stated_titles(reader)
    first_pass = list(reader.scan.headings)
    headings = find_headings(reader.scan, reader.context, stated)
    heading = _title(reader, headings, title_sites)
    whole_page = False
    if heading is None:
        # No h1-h3 shows the title: look at every element (headlines in a styled <div>).
        scan_elements(reader.scan, enumerate(root.iter()), whole_page=True)
        whole_page = True
        reader.microdata = read_microdata(reader.scan)
        known: dict[HtmlElement, Heading | None] = {s.element: None for s in first_pass}
        known.update((h.element, h) for h in headings)
        headings = find_headings(reader.scan, reader.context, stated, known)
        heading = _title(reader, headings, title_sites)
    if heading is None:
        # Still none: the first <h1> marks where the article starts.
        heading = next((h for h in headings if h.rank == 0 and not h.excluded), None)
    if heading is not None:
        reader.context = reader.context.around(heading.element)
        if not whole_page:
            # The byline and the date almost always sit right around the headline: read a small
            # region first, a larger one only when that does not give them.
            region = elements_around(heading.element, before=_NEAR_BEFORE, after=_NEAR_AFTER)
            scan_elements(reader.scan, region, whole_page=False)
            reader.microdata = read_microdata(reader.scan)
            heading = attrs.evolve(heading, position=0)
    elif not whole_page:
        scan_elements(reader.scan, enumerate(root.iter()), whole_page=True)
        whole_page = True
        reader.microdata = read_microdata(reader.scan)
    _kicker_and_dek(reader, heading if reader.fields.get("title") else None)
    _dates(reader, heading)
    _authors(reader, heading, site_names)
    need_dates = not _has_dates(reader)
    need_authors = "bylines" not in reader.fields
    if heading is not None and not whole_page and (need_dates or need_authors):
        region = elements_around(heading.element, before=_REGION_BEFORE, after=_REGION_AFTER)
        farther = [(p, e) for p, e in region if p < -_NEAR_BEFORE or p > _NEAR_AFTER]
        scan_elements(reader.scan, farther, whole_page=False, extend=True)
        reader.microdata = read_microdata(reader.scan)
        if need_dates:
            reader.forget("published", "modified")
            _dates(reader, heading)
        if need_authors:
            reader.forget("bylines")
            _authors(reader, heading, site_names)
    if heading is not None and not any(b.name for b in reader.fields.get("bylines", ())):
        _article_credits(reader, heading, site_names)
    if heading is not None and reader.provenance.get("subtitle") != "visible":
        dek = _dek_before_byline(reader, heading)
        if dek is not None:
            reader.forget("subtitle")
            reader.set("subtitle", dek[1], "visible", dek[0])
    if heading is not None and _wants_day(reader):
        _article_date(reader, heading)
    if heading is not None and _wants_day(reader):
        _labelled_date(reader, heading)
    _simple_fields(reader, canonical, site_names)
    return reader


# --- fields --------------------------------------------------------------------------------------


def _canonical(reader: _Reader) -> str | None:
    for link in reader.scan.links:
        if "canonical" in link.rel and link.element.tag == "link":
            value = safe_http_url(link.href, reader.base_url)
            if value is not None:
                reader.set("canonical_url", value, "link-canonical")
                return value
    return None


# Memoised: read for the title and the authors of every page of a site.
@functools.lru_cache(maxsize=256)
def _domain_label(url: str | None) -> tuple[str, ...]:
    """The page's host without ``www.`` and its main label ("example" of "news.example.com")."""
    if not url:
        return ()
    # An archived or proxied page carries the original URL in its path.
    embedded = url.find("http", 8)
    if embedded > 0 and url[embedded:].startswith(("http://", "https://")):
        url = url[embedded:]
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ()
    host = host.removeprefix("www.")
    if not host:
        return ()
    labels = host.split(".")
    if len(labels) >= 2:
        main = labels[-2] if len(labels[-2]) > 3 or len(labels) < 3 else labels[-3]
        return (host, main)
    return (host,)


def _site_names(reader: _Reader) -> list[str]:
    names: list[str] = []
    for value in reader.meta("site_name"):
        if value.key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
            names.append(value.value)
    publisher = reader.jsonld.resolve(reader.article().get("publisher"))
    name = text_of(publisher)
    if name and not (isinstance(publisher, dict) and "person" in node_types(publisher)):
        names.append(name)
    website = reader.jsonld.first_of_type(("website",))
    if website is not None:
        name = text_of(website.data.get("name"))
        if name:
            names.append(name)
    # "Schweizer Radio und Fernsehen (SRF)": the short name is the site's name as well.
    names.extend(m.group(1) for n in list(names) for m in [_SHORT_NAME.search(n)] if m)
    return list(dict.fromkeys(n for n in names if n))


_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z0-9.&-]{1,11})\)\s*$")


def _has_dates(reader: _Reader) -> bool:
    """Whether the page gave a publication date from a better source than its URL."""
    return reader.provenance.get("published") not in (None, "url")


def _stated_titles(reader: _Reader) -> list[str]:
    titles = [v.value for v in reader.meta("title")]
    titles.extend(v.value for v in reader.micro("headline"))
    for key in ("headline", "name", "alternativeHeadline"):
        text = text_of(reader.article().get(key))
        if text:
            titles.append(text)
    if reader.scan.title:
        titles.append(reader.scan.title)
    return titles


def _title(reader: _Reader, headings: list[Heading], site_names: list[str]) -> Heading | None:
    structured: list[Candidate[str]] = []
    article = reader.article()
    headline = text_of(article.get("headline"))
    if headline:
        structured.append(Candidate(headline, "json-ld", 0))
    for index, value in enumerate(reader.meta("title")):
        if value.key == "title":
            continue
        structured.append(Candidate(value.value, value.source, 1 + index))
    for micro in reader.micro("headline"):
        structured.append(Candidate(micro.value, "microdata", 2))
        break
    name = text_of(article.get("name"))
    if name and not headline:
        structured.append(Candidate(name, "json-ld", 5))
    title_tag = " ".join(reader.scan.title.split()) if reader.scan.title else None
    reader.offered["title_refs"] = list(structured) + (
        [Candidate(title_tag, "title", 9)] if title_tag else []
    )
    reader.offered["headings"] = [Candidate(h, "visible", h.rank) for h in headings]
    reader.offered["site_names"] = [Candidate(n, "site", 0) for n in site_names]
    choice = choose_title(structured, title_tag, headings, site_names)
    if choice is None:
        return None
    reader.set("title", choice.text, choice.source)
    if choice.heading is not None:
        reader.elements[choice.heading.element] = "title"
    return choice.heading


def _kicker_and_dek(reader: _Reader, heading: Heading | None) -> None:
    if heading is not None:
        kicker = find_kicker(heading, reader.context)
        if kicker is not None:
            reader.set("kicker", kicker[1], "visible", kicker[0])
        dek = (
            find_dek(heading, reader.context)
            or _described_dek(reader, heading)
            or _header_dek(reader, heading)
        )
        if dek is not None:
            reader.set("subtitle", dek[1], "visible", dek[0])
    article = reader.article()
    if "kicker" not in reader.fields:
        section = text_of(article.get("articleSection"))
        if section:
            reader.set("kicker", section, "json-ld")
    if "kicker" not in reader.fields:
        for micro_value in reader.micro("articlesection"):
            reader.set("kicker", micro_value.value, "microdata")
            break
    if "kicker" not in reader.fields:
        for meta_value in reader.meta("kicker"):
            reader.set("kicker", meta_value.value, meta_value.source)
            break
    if "subtitle" not in reader.fields:
        alternative = text_of(article.get("alternativeHeadline"))
        if alternative and title_key(alternative) != title_key(reader.fields.get("title", "")):
            reader.set("subtitle", alternative, "json-ld")


def _described_dek(reader: _Reader, heading: Heading) -> tuple[HtmlElement, str] | None:
    """A dek with no telling name: the first text block after the headline that shows the
    page's own summary (its meta or JSON-LD description, which may be cut short with "…"),
    unless it opens a run of paragraphs (then it is the story's first paragraph)."""
    summaries = [
        title_key(value.value)
        for value in reader.meta("description")
        if value.key in ("og:description", "description", "twitter:description")
    ]
    described = text_of(reader.article().get("description"))
    if described:
        summaries.append(title_key(described))
    summaries = [key.rstrip(".…") for key in summaries if len(key) >= 40]
    if not summaries:
        return None
    for index, (element, text) in enumerate(blocks_after(heading.element, limit=12)):
        if not _DEK_LENGTH[0] <= len(text) <= _DEK_LENGTH[1]:
            continue
        key = title_key(text).rstrip(".…")
        if not any(_shows_summary(key, summary) for summary in summaries):
            continue
        # The summary is no dek in a caption or as the story's first paragraph. Right under the
        # headline it is the dek whatever its box is named ("teaser" is a dek on many sites and
        # another story's summary on others); further down, a box named as furniture holds it.
        if (
            (index and reader.context.excluded(element))
            or _opens_paragraph_run(element)
            or _in_caption(element)
            or (_text_in_spans(element) and _in_story_text(element))
        ):
            return None
        return element, text
    return None


def _header_dek(reader: _Reader, heading: Heading) -> tuple[HtmlElement, str] | None:
    """A dek with no telling name inside the article's ``<header>``: the first text block
    after the headline, in the same header, a paragraph of a sentence or two whose box names
    nothing (a byline, a meta line or a notice has a name saying so)."""
    header = _header_of(heading.element)
    if header is None:
        return None
    found = _plain_block_after(reader, heading)
    if found is None:
        return None
    element, text = found
    if element.tag != "p":
        return None
    node: HtmlElement | None = element
    while node is not None and node is not header:
        if node.tag in ("aside", "figure", "figcaption", "a") or element_roles(node):
            return None
        names = node.get("class")
        if names and name_weight(names) < 0:
            return None
        node = node.getparent()
    if node is None:
        return None  # not in the headline's header
    return element, text


def _dek_before_byline(reader: _Reader, heading: Heading) -> tuple[HtmlElement, str] | None:
    """A dek with no telling name between the headline and the byline: the first text block
    after the headline, a sentence or two, when the element right after it holds the visible
    byline (the order of a story's head on most sites: headline, dek, byline)."""
    bylines = [element for element, field in reader.elements.items() if field == "bylines"]
    if not bylines:
        return None
    found = _plain_block_after(reader, heading)
    if found is None:
        return None
    element, text = found
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # a comment
    if following is None:
        return None
    if any(element is b or _is_inside(element, b) or _is_inside(b, element) for b in bylines):
        return None  # the block is (in) the byline
    if not any(following is b or _is_inside(b, following) for b in bylines):
        return None
    if element_roles(element) or _in_caption(element):
        return None
    return element, text


def _plain_block_after(reader: _Reader, heading: Heading) -> tuple[HtmlElement, str] | None:
    """The first text block after the headline when it may be a dek with no telling name: a
    sentence or two, shown, and not a link's text."""
    found = next(iter(blocks_after(heading.element, limit=1)), None)
    if found is None:
        return None
    element, text = found
    if not _HEADER_DEK_LENGTH[0] <= len(text) <= _HEADER_DEK_LENGTH[1]:
        return None
    if not text.endswith(_SENTENCE_ENDS) or reader.context.excluded(element):
        return None
    if sum(len(all_text(a)) for a in element.iter("a")) > 0.3 * len(text):
        return None
    return found


def _header_of(heading: HtmlElement) -> HtmlElement | None:
    """The ``<header>`` a few levels around the headline, if any."""
    for node in itertools.islice(heading.iterancestors(), 4):
        if node.tag == "header":
            return node
        if node.tag in ("article", "main", "body"):
            return None
    return None


# A dek with no telling name must look like one on its own: a sentence or two (longer than a
# named dek may be short), ending as a sentence does.
_HEADER_DEK_LENGTH = (60, 300)
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "“", "«", "»")


def _shows_summary(key: str, summary: str) -> bool:
    """Whether a block's text (``title_key``) shows the page's summary: the same words, the
    summary's start when it is cut short, or the summary after a place ("Berlin. In Berlin
    ...": the dek opens with the story's dateline)."""
    if key == summary or (len(summary) >= _CUT_SUMMARY and key.startswith(summary)):
        return True
    place = key[: len(key) - len(summary)]
    return 0 < len(place) <= _PLACE_MAX and key.endswith(summary) and place.rstrip().endswith(".")


# A summary cut short ("...") is matched by its start from this length on.
_CUT_SUMMARY = 60
# The longest place a dek may open with before the summary ("Frankfurt am Main. ").
_PLACE_MAX = 30

# A dek is a sentence or two; a longer text matching the summary is the story's first paragraph.
_DEK_LENGTH = (40, 300)


def _opens_paragraph_run(element: HtmlElement) -> bool:
    """Whether a paragraph is followed by two more paragraph siblings: running text. A
    paragraph that only holds a date (the byline and its ``<time>``) is not running text. Of
    a ``<div>`` that holds its text in spans, the paragraphs that follow are divs of its class."""
    following = list(itertools.islice(element.itersiblings(), 4))
    if element.tag == "p":
        paragraphs = [s for s in following if s.tag == "p" and not _date_line(s)]
    elif element.tag == "div":
        names = element.get("class")
        paragraphs = [s for s in following if s.tag == "div" and s.get("class") == names]
    else:
        return False
    return len(paragraphs) >= 2


def _in_caption(element: HtmlElement) -> bool:
    """Whether ``element`` is (inside) a picture's caption: a page may give its photo's caption
    as its summary."""
    return any(
        node.tag in ("figcaption", "figure")
        for node in itertools.chain((element,), itertools.islice(element.iterancestors(), 4))
    )


def _text_in_spans(element: HtmlElement) -> bool:
    """Whether a div holds its text in its children (spans) rather than written into it."""
    return element.tag == "div" and not (element.text or "").strip()


def _in_story_text(element: HtmlElement) -> bool:
    """Whether a box a few levels up is named as the story's text ("article__body"): a div of
    spans there is the story's first paragraph, not a dek above it."""
    return any(
        name_weight(names) > 0
        for node in itertools.islice(element.iterancestors(), 4)
        if (names := node.get("class"))
    )


# A date line is short: a paragraph of the story that mentions a <time> is a sentence or more.
_DATE_LINE_MAX = 80


def _date_line(element: HtmlElement) -> bool:
    return (
        next(element.iter("time"), None) is not None
        and len(raw_text(element).strip()) < _DATE_LINE_MAX
    )


def _month_first(reader: _Reader) -> bool:
    language = normalize_language(reader.scan.lang) or ""
    return language in ("en-US", "en")


def _mark_shown(
    reader: _Reader, chosen: Candidate[DateValue], offered: list[Candidate[DateValue]], field: str
) -> None:
    """The date elements that show the chosen date are the page's date line, whatever source
    the value came from: the body extractor keeps them out of the body."""
    for candidate in offered:
        element = candidate.element
        if (
            element is None
            or element in reader.elements
            or candidate.source not in ("visible", "time")
        ):
            continue
        if same_day(candidate.value, chosen.value):
            reader.elements[element] = field


def _utc_day_differs(machine: DateValue, shown: DateValue) -> bool:
    value = machine.value
    if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        return False
    if shown.precision in ("year", "month"):
        return False
    shown_day = shown.value.date() if isinstance(shown.value, datetime) else shown.value
    return abs((shown_day - value.date()).days) == 1


def _dates(reader: _Reader, heading: Heading | None) -> None:
    anchor = heading.position if heading is not None else None
    published: list[Candidate[DateValue]] = []
    modified: list[Candidate[DateValue]] = []
    today = reader.today

    def offer(
        target: list[Candidate[DateValue]],
        value: DateValue | None,
        source: str,
        trust: int,
        element: HtmlElement | None = None,
        earliest: int = 1991,
    ) -> None:
        if value is not None and plausible(value, today=today, earliest=earliest):
            target.append(Candidate(value, source, trust, element))

    def stated(
        target: list[Candidate[DateValue]],
        text: str | None,
        source: str,
        trust: int,
        element: HtmlElement | None = None,
    ) -> None:
        offer(target, parse_machine_date(text), source, trust, element, _EARLIEST_STATED)

    article = reader.article()
    stated(published, text_of(article.get("datePublished")), "json-ld", _TRUST_JSONLD)
    stated(published, text_of(article.get("dateCreated")), "json-ld", _TRUST_TIME)
    stated(modified, text_of(article.get("dateModified")), "json-ld", _TRUST_JSONLD)
    page = reader.page_node()
    stated(published, text_of(page.get("datePublished")), "json-ld", _TRUST_PAGE)
    work = reader.jsonld.work
    if work is not None:
        stated(published, text_of(work.data.get("datePublished")), "json-ld", _TRUST_PAGE)
    stated(modified, text_of(page.get("dateModified")), "json-ld", _TRUST_PAGE)
    for meta_value in reader.meta("published"):
        trust = _TRUST_GENERIC_META if meta_value.key in _GENERIC_DATE_KEYS else _TRUST_META
        stated(published, meta_value.value, meta_value.source, trust)
    for meta_value in reader.meta("modified"):
        stated(modified, meta_value.value, meta_value.source, _TRUST_META)
    for micro in reader.micro("datepublished", "datecreated"):
        stated(published, micro.value, "microdata", _TRUST_MICRODATA, micro.element)
    for micro in reader.micro("datemodified"):
        stated(modified, micro.value, "microdata", _TRUST_MICRODATA, micro.element)

    month_first = _month_first(reader)
    found_published = found_modified = False
    class_updated: list[tuple[DateValue, str, HtmlElement]] = []
    looked_after_published = 0
    for spot in find_date_spots(reader.scan, reader.context, anchor):
        if found_published:
            looked_after_published += 1
            if looked_after_published > 8:
                break  # an updated date, if any, sits right next to the published one
        value: DateValue | None = None
        for machine in spot.machine:
            value = parse_machine_date(machine)
            if value is not None:
                break
        source = "time" if spot.element.tag in _TIME_TAGS else "visible"
        shown = find_visible_date(spot.text, month_first=month_first) if spot.text else None
        if value is None:
            value = shown
        elif shown is not None and _utc_day_differs(value, shown):
            # The machine value is in UTC; the page shows the local day.
            value, source = shown, "visible"
        if value is None:
            continue
        if spot.modified_by_class:
            class_updated.append((value, source, spot.element))
        if spot.modified:
            if not found_modified:
                offer(modified, value, source, _TRUST_VISIBLE, spot.element)
                found_modified = True
        elif not found_published:
            offer(
                published,
                value,
                source,
                _TRUST_TIME if source == "time" else _TRUST_VISIBLE,
                spot.element,
            )
            found_published = True
        if found_published and found_modified:
            break
    if not found_published and class_updated:
        updated, updated_source, updated_element = class_updated[0]
        offer(published, updated, updated_source, _TRUST_UPDATED, updated_element)
    offer(
        published,
        date_from_url(reader.url or reader.fields.get("canonical_url")),
        "url",
        _TRUST_URL,
    )
    # The text next to the headline ("Datum 28.01.2022") is read when nothing better than a
    # generic meta date or the URL gives the day.
    needs_text = all(
        c.trust >= _TRUST_GENERIC_META or c.value.precision in ("year", "month") for c in published
    )
    if not found_published and heading is not None and needs_text:
        # Read once per page: a wider region read again finds the same text.
        if heading.element in reader.text_dates:
            in_text = reader.text_dates[heading.element]
        else:
            inside = text_inside_after_title(heading.element)
            in_text = find_visible_date(inside, month_first=month_first) if inside else None
            if in_text is None:
                in_text = _date_line_after(heading.element, month_first)
            if in_text is None:
                text = text_before(heading.element)
                in_text = find_visible_date(text, month_first=month_first) if text else None
            reader.text_dates[heading.element] = in_text
        offer(published, in_text, "visible", _TRUST_TEXT if found_published else _TRUST_TEXT_CUED)

    reader.offered["published"] = list(published)
    reader.offered["modified"] = list(modified)
    chosen = choose_date(published)
    if chosen is not None:
        chosen = localize(corroborate(chosen, published), published)
        reader.set("published", chosen.value, chosen.source, chosen.element)
        _mark_shown(reader, chosen, published, "published")
    chosen_modified = choose_date(modified)
    if chosen_modified is not None:
        reader.set(
            "modified", chosen_modified.value, chosen_modified.source, chosen_modified.element
        )


def _authors(reader: _Reader, heading: Heading | None, site_names: list[str]) -> None:
    anchor = heading.position if heading is not None else None
    groups: list[Candidate[tuple[Byline, ...]]] = []
    article = reader.article()
    publisher = reader.jsonld.resolve(article.get("publisher"))
    owner = _site_owner(reader.url or reader.fields.get("canonical_url"), site_names)
    if owner is not None and not looks_like_person_name(owner):
        # "Human Resources Manager" on humanresourcesmanager.de: a publication, not a person.
        # (A JSON-LD publisher typed Organization says nothing here: blog templates declare
        # one for personal sites too.)
        owner = None
    owner_named = owner is not None
    personal = owner_named or (isinstance(publisher, dict) and "person" in node_types(publisher))
    # On a personal site the person who publishes it is a person, whatever the site is called.
    organizations = [] if personal else [n for n in (text_of(publisher), *site_names) if n]
    if owner_named:
        site_names = []

    def from_jsonld(value: Any) -> list[Byline]:
        return credits_from_jsonld(
            value,
            resolve=reader.jsonld.resolve,
            site_names=site_names,
            organizations=organizations,
        )

    for key in ("author", "creator"):
        value = article.get(key)
        if value:
            credits = from_jsonld(value)
            if credits:
                groups.append(Candidate(tuple(credits), "json-ld", 0))
                break
    meta_credits: dict[str, list[Byline]] = {}
    for value in reader.meta("authors"):
        if value.key == "twitter:creator" or value.value.startswith(("http://", "https://", "@")):
            continue
        meta_credits.setdefault(value.source, []).extend(
            split_credits(value.value, site_names=site_names, lone=True)
        )
    for rank, (source, credits) in enumerate(meta_credits.items()):
        if credits:
            groups.append(Candidate(tuple(credits), source, 1 + rank))
    work = reader.jsonld.work
    if work is not None and work.data.get("author"):
        credits = from_jsonld(work.data["author"])
        if credits:
            groups.append(Candidate(tuple(credits), "json-ld", 5))
    page_author = reader.page_node().get("author")
    if page_author and not any(group.source == "json-ld" for group in groups):
        # A page node's author (an SEO plugin's ``WebPage``) when no article node names one:
        # the account that posted, so the byline shown on the page comes first.
        credits = from_jsonld(page_author)
        if credits:
            groups.append(Candidate(tuple(credits), "json-ld", 7))
    micro_credits: list[Byline] = []
    for micro in reader.micro("author", "creator"):
        organization = micro.nested_type in ("organization", "newsmediaorganization")
        if organization:
            credit = credit_from_name(micro.value, site_names=site_names, organization=True)
            micro_credits.extend([credit] if credit is not None else [])
        else:
            micro_credits.extend(split_credits(micro.value, site_names=site_names, lone=True))
    if micro_credits:
        groups.append(Candidate(tuple(micro_credits), "microdata", 5))
    visible, visible_elements = _visible_credits(reader, heading, anchor, site_names)
    if visible:
        groups.append(Candidate(tuple(visible), "visible", 6))
    written_by = _labelled_author(reader)
    if written_by is not None:
        # A CMS's "Written by" label names the account that posted, which may be an editor's:
        # the byline shown on the page comes first.
        credits = split_credits(written_by[1], site_names=site_names, lone=True)
        if credits:
            groups.append(Candidate(tuple(credits), written_by[0], 7))
    if personal:
        # A personal site: the person who publishes it wrote it.
        credits = credits_from_jsonld(publisher, resolve=reader.jsonld.resolve)
        if credits:
            groups.append(Candidate(tuple(credits), "json-ld", 9))
        elif (
            owner is not None
            and not looks_like_organization(owner)
            and not any(b.name for group in groups for b in group.value)
        ):
            groups.append(Candidate((Byline(raw=owner, name=owner),), "site", 9))
    groups = _organizations_named_elsewhere(groups)
    reader.offered["bylines"] = list(groups)
    chosen = choose_authors(groups)
    if chosen is None:
        return
    bylines = dedupe_bylines(_written_out(reader, chosen.value, groups))
    reader.set("bylines", bylines, chosen.source)
    if chosen.source == "visible":
        for element in visible_elements:
            reader.elements[element] = "bylines"
    else:
        # The visible byline shows the same people: keep it out of the body as well.
        chosen_keys = {title_key(b.name or "") for b in chosen.value if b.name}
        if visible and chosen_keys & {title_key(b.name or "") for b in visible if b.name}:
            for element in visible_elements:
                reader.elements[element] = "bylines"


def _written_out(
    reader: _Reader, bylines: tuple[Byline, ...], groups: list[Candidate[tuple[Byline, ...]]]
) -> tuple[Byline, ...]:
    """The credits with a first-name-only or handle name ("Nils", "christian.stadtfeld")
    replaced by the full name the page writes out elsewhere (see ``completed_name``)."""
    if not any(b.name and name_stubs(b.name) for b in bylines):
        return bylines
    others = [b.name for group in groups for b in group.value if b.name]
    described = [
        str(node.data["description"])
        for node in reader.jsonld.nodes
        if "person" in node.types and isinstance(node.data.get("description"), str)
    ]
    out: list[Byline] = []
    for credit in bylines:
        stubs = name_stubs(credit.name) if credit.name else ()
        if not stubs or credit.name is None:
            out.append(credit)
            continue
        # The other sources and the JSON-LD first; the page's text only when they do not tell.
        full = completed_name(credit.name, others, described) or completed_name(
            credit.name, [*others, *_texts_naming(reader.root, stubs)], described
        )
        out.append(credit if full is None else attrs.evolve(credit, name=full))
    return tuple(out)


# contains() runs in C; translate() to lower case would run over every text of the page.
# One query per number of distinct forms of the word: each contains() copies every text of
# the page, so a form written twice ("Nils" as written and capitalised) is tested once.
_TEXTS_CONTAINING = tuple(
    etree.XPath(
        "//body//text()["
        + " or ".join(f"contains(., $form{index})" for index in range(count))
        + "][not(ancestor::script) and not(ancestor::style)]"
    )
    for count in (1, 2, 3)
)


def _texts_naming(root: HtmlElement, stubs: tuple[str, ...]) -> list[str]:
    """The page's visible text pieces that hold the last of ``stubs`` (as written, capitalised
    or in capitals)."""
    word = stubs[-1]
    # Only the forms that the page's text holds at all are looked for (often one of the
    # three): that text, serialized in C, costs a fraction of one contains() over every text
    # node, and it holds each of them (scripts' text as well: it can only say "maybe").
    page_text = all_text(root)
    forms = [
        form for form in dict.fromkeys((word, word.capitalize(), word.upper())) if form in page_text
    ]
    if not forms:
        return []
    query = _TEXTS_CONTAINING[len(forms) - 1]
    found = query(root, **{f"form{index}": form for index, form in enumerate(forms)})
    if not isinstance(found, list):
        return []
    return [" ".join(str(text).split()) for text in found[:200]]


def _organizations_named_elsewhere(
    groups: list[Candidate[tuple[Byline, ...]]],
) -> list[Candidate[tuple[Byline, ...]]]:
    """The credits with a one-word "person" that another source names as an organization (a
    site's name in ``<meta name=author>`` that its JSON-LD types as an ``Organization``) made
    that organization."""
    organizations = {
        name_key(b.organization)
        for group in groups
        for b in group.value
        if b.organization and not b.name and " " not in b.organization.strip()
    }
    if not organizations:
        return groups
    out: list[Candidate[tuple[Byline, ...]]] = []
    for group in groups:
        if any(b.name and name_key(b.name) in organizations for b in group.value):
            credits = tuple(
                Byline(raw=b.raw, name=None, role=b.role, organization=b.name)
                if b.name and name_key(b.name) in organizations
                else b
                for b in group.value
            )
            group = Candidate(credits, group.source, group.trust, group.element)
        out.append(group)
    return out


_AUTHOR_LABEL = re.compile(
    r"^(?:written by|author|authors|autor|autorin|autoren|verfasst von|geschrieben von|"
    r"écrit par|auteur|escrito por|scritto da|geschreven door|skrevet av|napisane przez)\s*:?$",
    re.IGNORECASE,
)


def _labelled_author(reader: _Reader) -> tuple[str, str] | None:
    """The author a site states in a label and value pair of meta tags (``twitter:label1``
    "Written by", ``twitter:data1`` "Jane Doe"): its source and value."""
    labels: dict[str, str] = {}
    data: dict[str, str] = {}
    for tag in reader.scan.metas:
        key = tag.key
        if key.startswith("twitter:label"):
            labels[key[len("twitter:label") :]] = tag.content.strip()
        elif key.startswith("twitter:data"):
            data[key[len("twitter:data") :]] = tag.content.strip()
    for number, label in labels.items():
        value = data.get(number)
        if value and _AUTHOR_LABEL.match(label):
            return f"meta:twitter:data{number}", value
    return None


_PERSON_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+")
# Words that make a site name a publication's, not a person's ("Presse Augsburg").
# A name that opens with an article is a title ("Le Figaro", "The Verge").
_ARTICLES = frozenset(
    "the a an le la les l el los las il lo gli i der die das den de het een ein eine".split()  # noqa: SIM905 (a word list reads best as text)
)
_PUBLICATION_WORDS = frozenset(
    """press presse news nachrichten media medien magazin magazine zeitung journal blog online
    verlag times post daily weekly today heute aktuell live world herald tribune gazette
    courier observer review report digest tv radio team foundation stiftung group gruppe club
    verein""".split()  # noqa: SIM905 (a word list reads best as text)
)


_HONORIFICS = frozenset("dr prof mag ing dipl mr mrs ms".split())  # noqa: SIM905 (a word list reads best as text)


def _site_owner(url: str | None, site_names: list[str]) -> str | None:
    """The person whose own site this is: a site named like a person ("Dr. Jane Doe") whose
    host is that name (janedoe.net, jane-doe.de); the name without its title."""
    hosts = _domain_label(url)
    if not hosts:
        return None
    host = hosts[0].replace("-", "").replace(".", "")
    for name in site_names:
        words = name.split()
        while words and words[0].casefold().rstrip(".") in _HONORIFICS:
            words = words[1:]
        name = " ".join(words)
        if (
            2 <= len(words) <= 3
            and all(_PERSON_WORD.fullmatch(w) for w in words)
            and not any(w.casefold() in _PUBLICATION_WORDS for w in words)
            and words[0].casefold() not in _ARTICLES
        ) and name_key(name).replace(" ", "") in host:
            return name
    return None


def _date_line_after(heading: HtmlElement, month_first: bool) -> DateValue | None:
    """The date of a date line in the first 400 characters after the headline: the first that
    gives the day, else the first that gives only a month ("Januar 2022" heading a monthly
    report, "01.02.2022" on the report's own line)."""
    month_only: DateValue | None = None
    for line in text_lines(pieces_after(heading, limit=700), reach=400):
        found = find_visible_date(line, month_first=month_first)
        if found is None or not opens_line(line, found.raw):
            continue
        if found.precision not in ("year", "month"):
            return found
        month_only = month_only or found
    return month_only


def _wants_day(reader: _Reader) -> bool:
    """Whether the article's publication date is still unknown, or known only to the month or
    year (from the URL, say), so that a day shown further on in the article may give it."""
    published = reader.fields.get("published")
    return published is None or published.precision in ("year", "month")


def _set_day(
    reader: _Reader, value: DateValue, source: str, element: HtmlElement | None = None
) -> bool:
    """Take a date found further on in the article as the publication date: when none is
    known, or when it refines the known year or month (a ``/2010/05/`` URL and "19. Mai 2010"
    under the post). A day that disagrees with the known month is not taken."""
    known: DateValue | None = reader.fields.get("published")
    if known is not None:
        if value.precision in ("year", "month") or not _within(value, known):
            return False
        reader.forget("published")
    reader.set("published", value, source, element)
    return True


def _within(value: DateValue, coarse: DateValue) -> bool:
    """Whether a date falls in the year (or month) a coarser date gives."""
    day, period = value.value, coarse.value
    if day.year != period.year:
        return False
    return coarse.precision == "year" or day.month == period.month


def _article_date(reader: _Reader, heading: Heading) -> None:
    """The date of an article that shows none near its headline: the first date element
    further on in the article (a post footer, a meta line after the text)."""
    container = article_container(heading.element)
    if container is None:
        return
    month_first = _month_first(reader)
    updated: Candidate[DateValue] | None = None
    for spot in find_article_date_spots(container, heading.element, reader.context):
        value: DateValue | None = None
        for machine in spot.machine:
            value = parse_machine_date(machine)
            if value is not None:
                break
        source = "time" if spot.element.tag == "time" and value is not None else "visible"
        if value is None and spot.text:
            value = find_visible_date(spot.text, month_first=month_first)
        if value is None or not plausible(value, today=reader.today):
            continue
        if spot.modified:
            updated = updated or Candidate(value, source, _TRUST_UPDATED, spot.element)
            continue
        # The first publication date decides: taken, or (in another month than the URL's)
        # not, but a later date element is an event in the story, not the post's date.
        _set_day(reader, value, source, spot.element)
        return
    if updated is not None and "published" not in reader.fields:
        reader.set("published", updated.value, updated.source, updated.element)


def _labelled_date(reader: _Reader, heading: Heading) -> None:
    """The date of an article that shows no date element: a paragraph of the article that
    states it with a label ("Veröffentlicht am 16.08.2019", "Published on May 2, 2020")."""
    container = article_container(heading.element)
    if container is None:
        container = _text_block(heading.element)
    if container is None:
        return
    month_first = _month_first(reader)
    for element, text in labelled_date_texts(container):
        if reader.context.excluded(element):
            continue
        value = find_visible_date(text[:60], month_first=month_first, allow_month=False)
        if (
            value is not None
            and plausible(value, today=reader.today)
            # The paragraph may say more than the date (a duration, a licence): it stays in
            # the text.
            and _set_day(reader, value, "visible")
        ):
            return


def _article_credits(reader: _Reader, heading: Heading, site_names: list[str]) -> None:
    """The byline of an article that shows none near its headline: the first author element
    further on in the article (an author box after the text, a byline in the post footer)."""
    container = article_container(heading.element)
    if container is None:
        text_block = _text_block(heading.element)
        bold = bold_byline_paragraph(text_block) if text_block is not None else None
        if bold is not None:
            credits = split_credits(bold[1], site_names=site_names)
            if any(c.name for c in credits):
                reader.forget("bylines")
                reader.set("bylines", dedupe_bylines(credits), "visible", bold[0])
        return
    for spot in find_article_byline_spots(container, heading.element, reader.context):
        credits = [
            c for text in spot.texts for c in split_credits(text, site_names=site_names, lone=True)
        ]
        if any(c.name for c in credits):
            reader.forget("bylines")
            reader.set("bylines", dedupe_bylines(credits), "visible", spot.element)
            return
    bold = bold_byline_paragraph(container)
    if bold is not None:
        credits = split_credits(bold[1], site_names=site_names)
        if any(c.name for c in credits):
            reader.forget("bylines")
            reader.set("bylines", dedupe_bylines(credits), "visible", bold[0])


def _text_block(heading: HtmlElement) -> HtmlElement | None:
    """Without an article element: the nearest ancestor of the headline that holds the text
    (three paragraphs or more), at most four levels up."""
    node = heading.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "html"):
            return None
        if sum(1 for _ in itertools.islice(node.iter("p"), 3)) >= 3:
            return node
        node = node.getparent()
    return None


def _visible_credits(
    reader: _Reader, heading: Heading | None, anchor: int | None, site_names: list[str]
) -> tuple[list[Byline], list[HtmlElement]]:
    """The credits of the byline nearest to the headline (and of byline elements right next
    to it: several authors each in their own element)."""
    visible: list[Byline] = []
    elements: list[HtmlElement] = []
    first_position: int | None = None
    spots = find_byline_spots(
        reader.scan, reader.context, anchor, heading.element if heading is not None else None
    )
    first_distance = 0
    for spot in spots:
        if first_position is not None:
            if _spot_distance(spot.position, anchor) > first_distance + 40:
                break  # spots come nearest first: the rest are further away
            if abs(spot.position - first_position) > 25 or not _share_parent(
                spot.element, elements[0], levels=2 if spot.weak else 4
            ):
                # The byline of another article (a teaser list) is no co-author, nor is a
                # person the text links to.
                continue
        if any(_is_inside(spot.element, kept) for kept in elements):
            continue
        credits: list[Byline] = []
        for text in spot.texts:
            credits.extend(split_credits(text, site_names=site_names, lone=True))
        if credits:
            if first_position is None:
                first_position = spot.position
                first_distance = _spot_distance(spot.position, anchor)
            visible.extend(credits)
            elements.append(spot.element)
    if not visible and heading is not None:
        line = byline_line_after(heading)
        if line is not None:
            credits = split_credits(line[1], site_names=site_names)
            if credits:
                visible.extend(credits)
                elements.append(line[0])
    return visible, elements


def _share_parent(element: HtmlElement, other: HtmlElement, levels: int = 4) -> bool:
    """Whether two elements sit in one small container: an ancestor of both at most
    ``levels`` above each."""
    ancestors: set[HtmlElement] = set()
    node = element.getparent()
    for _ in range(levels):
        if node is None:
            break
        ancestors.add(node)
        node = node.getparent()
    node = other.getparent()
    for _ in range(levels):
        if node is None:
            return False
        if node in ancestors:
            return True
        node = node.getparent()
    return False


def _spot_distance(position: int, anchor: int | None) -> int:
    if anchor is None:
        return position
    return position - anchor if position >= anchor else (anchor - position) * 3


def _is_inside(element: HtmlElement, container: HtmlElement) -> bool:
    node = element.getparent()
    for _ in range(30):
        if node is None:
            return False
        if node is container:
            return True
        node = node.getparent()
    return False


def _first_url(values: Iterable[str | None], base: str | None) -> str | None:
    for value in values:
        url = safe_http_url(value, base)
        if url is not None:
            return url
    return None


def _image_of(value: Any) -> str | None:
    for _ in range(4):
        if isinstance(value, list):
            value = value[0] if value else None
        elif isinstance(value, dict):
            value = value.get("url") or value.get("contentUrl") or value.get("@id")
        else:
            break
    return value if isinstance(value, str) else None


def _simple_fields(reader: _Reader, canonical: str | None, site_names: list[str]) -> None:
    article = reader.article()
    base = reader.base_url

    # site name
    for value in reader.meta("site_name"):
        if value.key == "og:site_name":
            reader.set("site_name", value.value, value.source)
            break
    if "site_name" not in reader.fields:
        publisher = text_of(reader.jsonld.resolve(article.get("publisher")))
        website = reader.jsonld.first_of_type(("website",))
        if publisher:
            reader.set("site_name", publisher, "json-ld")
        elif website is not None and text_of(website.data.get("name")):
            reader.set("site_name", text_of(website.data.get("name")), "json-ld")
    if "site_name" not in reader.fields:
        for value in reader.meta("site_name"):
            reader.set("site_name", value.value, value.source)
            break

    # description
    for value in reader.meta("description"):
        if value.key in ("og:description", "description"):
            reader.set("description", value.value, value.source)
            break
    if "description" not in reader.fields:
        text = text_of(article.get("description"))
        if text:
            reader.set("description", text, "json-ld")
    if "description" not in reader.fields:
        for value in reader.meta("description"):
            reader.set("description", value.value, value.source)
            break
    if "description" not in reader.fields:
        for micro in reader.micro("description"):
            reader.set("description", micro.value, "microdata")
            break

    # image
    for value in reader.meta("image"):
        image = safe_http_url(value.value, base)
        if image is not None:
            reader.set("image", image, value.source)
            break
    if "image" not in reader.fields:
        image = safe_http_url(_image_of(article.get("image") or article.get("thumbnailUrl")), base)
        if image is not None:
            reader.set("image", image, "json-ld")
    if "image" not in reader.fields:
        for link in reader.scan.links:
            if "image_src" in link.rel:
                image = safe_http_url(link.href, base)
                if image is not None:
                    reader.set("image", image, "link-image_src")
                    break
    if "image" not in reader.fields:
        for micro in reader.micro("image", "thumbnailurl"):
            image = safe_http_url(micro.value, base)
            if image is not None:
                reader.set("image", image, "microdata")
                break

    # canonical URL
    if canonical is None:
        for value in reader.meta("canonical_url"):
            url = safe_http_url(value.value, base)
            if url is not None:
                reader.set("canonical_url", url, value.source)
                break
    if "canonical_url" not in reader.fields:
        url = safe_http_url(_image_of(article.get("url") or article.get("mainEntityOfPage")), base)
        if url is not None:
            reader.set("canonical_url", url, "json-ld")

    # language
    language = normalize_language(reader.scan.lang)
    if language is not None:
        reader.set("language", language, "html-lang")
    else:
        for value in reader.meta("language"):
            language = normalize_language(value.value)
            if language is not None:
                reader.set("language", language, value.source)
                break
    if "language" not in reader.fields:
        language = normalize_language(text_of(article.get("inLanguage")))
        if language is not None:
            reader.set("language", language, "json-ld")

    # tags
    tags: list[str] = []
    source = None
    for value in reader.meta("tags"):
        if source is not None and value.source != source and tags:
            break
        pieces = (
            [value.value] if value.key == "article:tag" else re.split(r"\s*[,;]\s*", value.value)
        )
        tags.extend(p for p in pieces if p)
        source = value.source
    if not tags:
        keywords = article.get("keywords")
        if isinstance(keywords, str):
            tags = re.split(r"\s*[,;]\s*", keywords)
        elif isinstance(keywords, list):
            tags = [k for k in keywords if isinstance(k, str)]
        source = "json-ld"
    if not tags:
        tags = [
            " ".join(all_text(link.element).split())
            for link in reader.scan.anchor_links
            if "tag" in link.rel
        ]
        source = "rel-tag"
    cleaned = list(
        dict.fromkeys(t.strip() for t in tags if t and t.strip() and len(t.strip()) <= 100)
    )
    if cleaned and source is not None:
        reader.set("tags", tuple(cleaned[:50]), source)
    _ = (split_title, strip_site_affixes, site_names)
