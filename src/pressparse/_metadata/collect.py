"""Metadata collection: structured sources first (JSON-LD, OpenGraph, <meta>), then the page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
from lxml.html import HtmlElement

from pressparse._html.load import safe_http_url
from pressparse._html.text import element_text, normalize_space
from pressparse._model import Byline, DateValue
from pressparse._text.byline import parse_byline
from pressparse._text.dates import parse_date
from pressparse._trace import Trace

__all__ = ["Metadata", "read_metadata"]


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


_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "pressrelease",
    "report",
    "webpage",
    "scholarlyarticle",
}


def _jsonld_objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _text_value(value: Any) -> str | None:
    if isinstance(value, str):
        return normalize_space(value) or None
    if isinstance(value, dict):
        return _text_value(value.get("name") or value.get("url") or value.get("@id"))
    if isinstance(value, list) and value:
        return _text_value(value[0])
    return None


def _meta_values(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = meta.get("content")
        if key and value and key not in found:
            found[key] = normalize_space(value)
    return found


def read_metadata(
    root: HtmlElement, *, url: str | None, base_url: str | None, trace: Trace | None = None
) -> Metadata:
    """Collect the page's metadata. Reads the raw tree (scripts included); never mutates it."""
    provenance: dict[str, str] = {}
    fields: dict[str, Any] = {}

    def offer(field: str, value: Any, source: str) -> None:
        if value and field not in fields:
            fields[field] = value
            provenance[field] = source

    article = next((o for o in _jsonld_objects(root) if _types(o) & _ARTICLE_TYPES), None)
    if article is not None:
        offer("title", _text_value(article.get("headline") or article.get("name")), "json-ld")
        offer("description", _text_value(article.get("description")), "json-ld")
        for key in ("datePublished", "dateCreated"):
            text = _text_value(article.get(key))
            offer("published", parse_date(text) if text else None, "json-ld")
        text = _text_value(article.get("dateModified"))
        offer("modified", parse_date(text) if text else None, "json-ld")
        authors = article.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [n for n in (_text_value(a) for a in authors) if n]
        offer("bylines", tuple(Byline(raw=n, name=n) for n in names), "json-ld")
        offer("image", safe_http_url(_text_value(article.get("image")), base_url), "json-ld")
        publisher = article.get("publisher")
        offer("site_name", _text_value(publisher), "json-ld")

    meta = _meta_values(root)
    for field, keys in (
        ("title", ("og:title", "twitter:title")),
        ("description", ("og:description", "description", "twitter:description")),
        ("site_name", ("og:site_name", "application-name")),
        ("image", ("og:image", "twitter:image")),
        ("published", ("article:published_time", "datepublished", "date", "dc.date")),
        ("modified", ("article:modified_time", "og:updated_time")),
    ):
        for key in keys:
            value: Any = meta.get(key)
            if value and field in ("published", "modified"):
                value = parse_date(value)
            elif value and field == "image":
                value = safe_http_url(value, base_url)
            source = "opengraph" if key.startswith("og:") else f"meta:{key}"
            offer(field, value, source)
    author = meta.get("author")
    if author:
        offer("bylines", parse_byline(author), "meta:author")

    elements: set[HtmlElement] = set()
    heading = next(iter(root.iter("h1")), None)
    if heading is not None:
        text = element_text(heading, keep_breaks=False)
        if text and "title" not in fields:
            offer("title", text, "visible")
        if text and normalize_space(text).casefold() == normalize_space(fields.get("title", "")).casefold():
            elements.add(heading)
            if trace is not None:
                trace.record(heading, "field", "metadata:title")
    title_el = root.find(".//title")
    if title_el is not None:
        offer("title", normalize_space(title_el.text_content()), "title")

    html_lang = root.get("lang") or root.get("xml:lang")
    offer("language", normalize_space(html_lang) if html_lang else None, "html-lang")
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            offer("canonical_url", safe_http_url(link.get("href"), base_url), "link-canonical")
    offer("canonical_url", safe_http_url(meta.get("og:url"), base_url), "opengraph")

    return Metadata(**fields, provenance=provenance, elements=frozenset(elements))
