"""Applying an adapter: its selectors override fields one by one, and fall back when they miss."""

from __future__ import annotations

from typing import Any

import attrs
from lxml.html import HtmlElement

from pressparse._adapters.base import SiteAdapter
from pressparse._html.clean import drop_element
from pressparse._html.text import element_text
from pressparse._metadata import Metadata
from pressparse._model import Byline
from pressparse._text.byline import parse_byline
from pressparse._text.dates import parse_date
from pressparse._trace import Trace

__all__ = ["adapter_body_root", "adapter_metadata", "adapter_remove"]

_TEXT_FIELDS = ("title", "subtitle", "kicker", "site_name", "description")
_DATE_ATTRIBUTES = ("datetime", "content", "data-timestamp", "title")


def _miss(adapter: SiteAdapter, field: str) -> str:
    selectors = " | ".join(adapter.selectors[field])
    return f"adapter:{adapter.name}: selector for {field!r} ({selectors}) matched nothing; generic value used"


def _text_of(item: HtmlElement | str) -> str:
    if isinstance(item, str):
        return " ".join(item.split())
    return element_text(item, keep_breaks=False)


def _date_of(item: HtmlElement | str) -> Any:
    if isinstance(item, str):
        return parse_date(item)
    for attribute in _DATE_ATTRIBUTES:
        value = item.get(attribute)
        if value:
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return parse_date(_text_of(item))


def adapter_metadata(
    adapter: SiteAdapter, root: HtmlElement, meta: Metadata, *, trace: Trace | None = None
) -> tuple[Metadata, list[str]]:
    """``meta`` with every field the adapter's selectors give replaced, and the misses reported."""
    source = f"adapter:{adapter.name}"
    changes: dict[str, Any] = {}
    provenance = dict(meta.provenance)
    warnings: list[str] = []
    elements = set(meta.elements)
    for field in adapter.selectors:
        if field in ("body", "remove", "figures", "caption", "credit", "dateline"):
            continue
        found = adapter.select(field, root)
        value: Any = None
        if field in _TEXT_FIELDS:
            value = next((t for t in map(_text_of, found) if t), None)
        elif field in ("published", "modified"):
            value = next((d for d in map(_date_of, found) if d is not None), None)
        elif field == "bylines":
            bylines: list[Byline] = []
            for item in found:
                bylines.extend(parse_byline(_text_of(item)))
            value = tuple(bylines) or None
        elif field == "tags":
            value = tuple(dict.fromkeys(t for t in map(_text_of, found) if t)) or None
        if value is None:
            warnings.append(_miss(adapter, field))
            continue
        changes[field] = value
        provenance[field] = source
        for item in found:
            if isinstance(item, HtmlElement):
                elements.add(item)
                if trace is not None:
                    trace.record(item, "field", f"{source}:{field}")
    if not changes:
        return meta, warnings
    return (
        attrs.evolve(meta, **changes, provenance=provenance, elements=frozenset(elements)),
        warnings,
    )


def adapter_remove(
    adapter: SiteAdapter, root: HtmlElement, *, trace: Trace | None = None
) -> list[str]:
    """Drop the elements the adapter's ``remove`` selectors match."""
    if "remove" not in adapter.selectors:
        return []
    found = [el for el in adapter.select("remove", root) if isinstance(el, HtmlElement)]
    if not found:
        return [_miss(adapter, "remove")]
    for element in found:
        if trace is not None:
            trace.record(element, "drop", f"adapter:{adapter.name}:remove")
        drop_element(element)
    return []


def adapter_body_root(
    adapter: SiteAdapter, root: HtmlElement
) -> tuple[HtmlElement | None, list[str]]:
    """The content root the adapter's ``body`` selector picks, or None (with a warning on a miss)."""
    if "body" not in adapter.selectors:
        return None, []
    found = [el for el in adapter.select("body", root) if isinstance(el, HtmlElement)]
    if not found:
        return None, [_miss(adapter, "body")]
    return found[0], []
