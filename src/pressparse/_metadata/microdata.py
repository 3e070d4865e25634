"""Microdata: ``itemprop`` values of the page's article item (``itemscope itemtype=...Article``).

Each ``itemprop`` belongs to the nearest ``itemscope`` around it. Properties of the article's
scope are taken; so are properties outside any scope or in a web-page scope when the page has no
article scope. Properties inside other items (comments, reviews, listed teasers) are ignored.
"""

from __future__ import annotations

import attrs
from lxml.html import HtmlElement

from pressparse._html.text import element_text
from pressparse._metadata.jsonld import ARTICLE_TYPES, PAGE_TYPES
from pressparse._metadata.scan import PageScan, Spot

__all__ = ["MicrodataValue", "read_microdata"]

#: Properties read, lower case.
WANTED = frozenset(
    """headline name alternativeheadline description datepublished datecreated datemodified
    author creator publisher image thumbnailurl inlanguage keywords articlesection url""".split()  # noqa: SIM905 (a word list reads best as text)
)
#: Items that are the page's main work when it has no article item (a video, a recipe).
_WORK_TYPES = frozenset(
    """videoobject audioobject recipe podcastepisode episode howto musicrecording
    creativework""".split()  # noqa: SIM905 (a word list reads best as text)
)
_MAX_PROPS = 400
_MAX_DEPTH = 60
_URL_TAGS = frozenset({"a", "link", "area"})
_SRC_TAGS = frozenset({"img", "audio", "video", "source", "embed", "iframe", "track"})


@attrs.frozen
class MicrodataValue:
    """One property value: its name, text, element, and whether it sits in the article's scope."""

    prop: str
    value: str
    element: HtmlElement
    position: int
    in_article: bool
    nested_name: str | None = None
    nested_type: str | None = None


def _item_type(element: HtmlElement) -> str:
    value = (element.get("itemtype") or "").strip().rstrip("/")
    return value.rsplit("/", 1)[-1].lower()


def _scope_of(element: HtmlElement, *, include_self: bool) -> HtmlElement | None:
    node: HtmlElement | None = element if include_self else element.getparent()
    for _ in range(_MAX_DEPTH):
        if node is None:
            return None
        if node.get("itemscope") is not None:
            return node
        node = node.getparent()
    return None


def property_value(element: HtmlElement) -> str:
    """The value of an ``itemprop`` element as the microdata rules read it."""
    content = element.get("content")
    if content is not None:
        return " ".join(content.split())
    tag = element.tag
    if tag in _URL_TAGS:
        return (element.get("href") or "").strip()
    if tag in _SRC_TAGS:
        return (element.get("src") or "").strip()
    if tag == "time":
        return (element.get("datetime") or element_text(element, keep_breaks=False)).strip()
    if tag in ("data", "meter"):
        return (element.get("value") or "").strip()
    return element_text(element, keep_breaks=False)


def _nested_name(
    scope: HtmlElement, scan_props: dict[HtmlElement, list[tuple[str, HtmlElement]]]
) -> str | None:
    for prop, element in scan_props.get(scope, ()):
        if prop in ("name", "alternatename"):
            return property_value(element) or None
    given = family = None
    for prop, element in scan_props.get(scope, ()):
        if prop == "givenname":
            given = property_value(element)
        elif prop == "familyname":
            family = property_value(element)
    if given or family:
        return " ".join(part for part in (given, family) if part)
    return None


def _article_scope(
    by_scope: dict[HtmlElement, list[tuple[str, HtmlElement]]],
    props: list[tuple[Spot, str, HtmlElement | None]],
) -> HtmlElement | None:
    """The first item typed as an article, among the items that hold properties (else the
    first top-level creative work: a video, a recipe)."""
    seen: set[HtmlElement] = set()
    for _, _, scope in props:
        node = scope
        for _ in range(_MAX_DEPTH):
            if node is None or node in seen:
                break
            seen.add(node)
            if node.get("itemscope") is not None and _item_type(node) in ARTICLE_TYPES:
                return node
            node = _scope_of(node, include_self=False)
    # No article: the first top-level item that is a creative work (a video page's video).
    for _, _, scope in props:
        if (
            scope is not None
            and _item_type(scope) in _WORK_TYPES
            and _scope_of(scope, include_self=False) is None
        ):
            return scope
    return None


def read_microdata(scan: PageScan) -> list[MicrodataValue]:
    """The article's microdata properties, in page order."""
    if not scan.itemprops:
        return []
    props: list[tuple[Spot, str, HtmlElement | None]] = []
    by_scope: dict[HtmlElement, list[tuple[str, HtmlElement]]] = {}
    for spot, names in scan.itemprops[:_MAX_PROPS]:
        scope = _scope_of(spot.element, include_self=False)
        for name in names.lower().split():
            props.append((spot, name, scope))
            if scope is not None:
                by_scope.setdefault(scope, []).append((name, spot.element))
    article = _article_scope(by_scope, props)
    out: list[MicrodataValue] = []
    for spot, name, scope in props:
        if name not in WANTED:
            continue
        if article is not None:
            if scope is not article:
                continue
        elif scope is not None and _item_type(scope) not in PAGE_TYPES:
            continue
        element = spot.element
        nested_name = nested_type = None
        if element.get("itemscope") is not None:
            nested_name = _nested_name(element, by_scope)
            nested_type = _item_type(element)
            value = nested_name or ""
        else:
            value = property_value(element)
        if value:
            out.append(
                MicrodataValue(
                    name,
                    value,
                    element,
                    spot.position,
                    scope is not None and scope is article,
                    nested_name,
                    nested_type,
                )
            )
    return out
