"""Main content: find the element that holds the article and turn it into ordered Blocks."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from lxml.html import HtmlElement

from pressparse._extract.figures import RawFigure, extract_figures
from pressparse._html.text import element_text, normalize_space
from pressparse._model import Block, BlockKind
from pressparse._trace import Trace

__all__ = ["Content", "ContentHints", "extract_content"]


@attrs.frozen
class ContentHints:
    """What earlier stages know that helps extraction.

    ``title`` is the resolved headline (a heading equal to it is not body text); ``exclude`` are
    elements that earlier stages recognised as headline, kicker, byline or date (never body);
    ``root`` is a content root chosen by a site adapter (extraction then stays inside it).
    """

    title: str | None = None
    exclude: frozenset[HtmlElement] = frozenset()
    root: HtmlElement | None = None


@attrs.frozen
class Content:
    """The extracted body blocks, the figures taken out of it, and the content root."""

    blocks: tuple[Block, ...]
    figures: tuple[RawFigure, ...] = ()
    root: HtmlElement | None = None
    warnings: tuple[str, ...] = ()


_BLOCK_KINDS: dict[str, BlockKind] = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "blockquote",
    "li": "list_item",
    "pre": "preformatted",
    "table": "table",
}


def _score_candidates(root: HtmlElement) -> HtmlElement | None:
    """The ancestor that collects the most paragraph text (a readability-style vote)."""
    scores: dict[HtmlElement, float] = {}
    for paragraph in root.iter("p", "pre", "blockquote"):
        length = len(normalize_space(paragraph.text_content()))
        if length < 25:
            continue
        points = 1 + min(length / 100, 3) + paragraph.text_content().count(",")
        parent = paragraph.getparent()
        weight = 1.0
        while parent is not None and weight > 0.2:
            scores[parent] = scores.get(parent, 0.0) + points * weight
            parent = parent.getparent()
            weight /= 2
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def _iter_blocks(container: HtmlElement, exclude: frozenset[HtmlElement]) -> Iterator[tuple[HtmlElement, BlockKind]]:
    stack: list[HtmlElement] = [container]
    while stack:
        element = stack.pop()
        if element in exclude:
            continue
        kind = _BLOCK_KINDS.get(element.tag) if isinstance(element.tag, str) else None
        if kind is not None:
            yield element, kind
            continue
        stack.extend(child for child in reversed(element) if isinstance(child.tag, str))


def extract_content(
    root: HtmlElement,
    *,
    base_url: str | None,
    hints: ContentHints,
    trace: Trace | None = None,
) -> Content:
    """Find the main content below ``root`` and return its blocks and figures."""
    container = hints.root if hints.root is not None else _score_candidates(root)
    if container is None:
        return Content(blocks=(), warnings=("content: no article text found",))
    figures, figure_elements = extract_figures(container, base_url=base_url, trace=trace)
    exclude = hints.exclude | figure_elements
    title = normalize_space(hints.title or "").casefold()
    blocks: list[Block] = []
    for element, kind in _iter_blocks(container, exclude):
        text = element_text(element)
        if not text:
            continue
        level = int(element.tag[1]) if kind == "heading" else None
        if kind == "heading" and normalize_space(text).casefold() == title:
            if trace is not None:
                trace.record(element, "drop", "extract:headline")
            continue
        if trace is not None:
            trace.record(element, "keep", f"extract:{kind}")
        blocks.append(Block(kind=kind, text=text, level=level))
    warnings = () if blocks else ("content: no article text found",)
    return Content(blocks=tuple(blocks), figures=figures, root=container, warnings=warnings)
