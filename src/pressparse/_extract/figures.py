"""Figures: images with their captions and credits, taken out of the body."""

from __future__ import annotations

import re

import attrs
from lxml.html import HtmlElement

from pressparse._html.load import safe_http_url
from pressparse._html.text import element_text
from pressparse._trace import Trace

__all__ = ["RawFigure", "extract_figures"]

_CAPTION_CLASS = re.compile(r"caption|legend|figcaption", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|photographer", re.IGNORECASE)
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|\?)", re.IGNORECASE)


@attrs.frozen
class RawFigure:
    """A figure as the page marks it: ``credit`` is None when the page has no separate credit
    element (the caption text may then still end with one: the text parsers split it later)."""

    image_url: str | None
    alt: str | None
    caption: str | None
    credit: str | None


def _classes(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _figure_image_url(container: HtmlElement, image: HtmlElement, base_url: str | None) -> str | None:
    link = image.getparent()
    while link is not None and link is not container.getparent():
        if link.tag == "a" and _IMAGE_LINK.search(link.get("href", "")):
            return safe_http_url(link.get("href"), base_url)
        link = link.getparent()
    for attribute in ("data-src", "data-original", "src"):
        url = safe_http_url(image.get(attribute), base_url)
        if url is not None:
            return url
    return None


def _figure_containers(root: HtmlElement) -> list[HtmlElement]:
    found: list[HtmlElement] = list(root.iter("figure"))
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == "figure":
            continue
        if element.find(".//img") is None:
            continue
        has_caption = any(
            isinstance(child.tag, str) and _CAPTION_CLASS.search(_classes(child)) for child in element
        )
        if has_caption and not any(f in element.iterancestors() or f is element for f in found):
            found.append(element)
    return found


def extract_figures(
    root: HtmlElement, *, base_url: str | None, trace: Trace | None = None
) -> tuple[tuple[RawFigure, ...], frozenset[HtmlElement]]:
    """The figures below ``root`` and the set of elements that belong to them."""
    figures: list[RawFigure] = []
    owned: set[HtmlElement] = set()
    for container in _figure_containers(root):
        image = container.find(".//img")
        caption_el = container.find(".//figcaption")
        credit_el = None
        for child in container.iter():
            if child is container or not isinstance(child.tag, str):
                continue
            names = _classes(child)
            if caption_el is None and _CAPTION_CLASS.search(names):
                caption_el = child
            elif credit_el is None and _CREDIT_CLASS.search(names):
                credit_el = child
        caption = element_text(caption_el, keep_breaks=False) if caption_el is not None else None
        credit = element_text(credit_el, keep_breaks=False) if credit_el is not None else None
        if credit_el is not None and caption_el is not None and credit_el in caption_el.iter():
            caption = caption.replace(credit, "").strip() if caption and credit else caption
        figures.append(
            RawFigure(
                image_url=_figure_image_url(container, image, base_url) if image is not None else None,
                alt=(image.get("alt") or None) if image is not None else None,
                caption=caption or None,
                credit=credit or None,
            )
        )
        owned.update(container.iter())
        if trace is not None:
            trace.record(container, "figure", "extract:figure")
    return tuple(figures), frozenset(owned)
