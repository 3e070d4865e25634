"""Blocks: the content elements turned into typed blocks of text, in reading order.

The walk is iterative. Inline content (text, links, emphasis, ``<br>``) accumulates into the
current paragraph; a block-level element ends it. Text written straight into a ``<div>`` becomes
paragraphs too, split at ``<br><br>``. Lists give one ``list_item`` per item (``level`` is the
nesting depth), block quotes give ``blockquote`` blocks, ``<pre>`` keeps its whitespace, and a
data table becomes one ``table`` block (rows on lines, cells separated by tabs); a layout table is
walked like any other container.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._extract.stats import BLOCK, LINK, SIZE, Row, Stats
from pressparse._html.text import (
    BLOCK_TAGS,
    block_text,
    element_text,
    flat_spaces,
    inline_pieces,
    normalize_space,
    preformatted_text,
    split_breaks,
)
from pressparse._model import BlockKind

__all__ = ["RawBlock", "is_data_table", "table_text", "walk_blocks"]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"ul", "ol", "dir", "menu"})
_SILENT = frozenset(
    {
        "script",
        "style",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "img",
        "picture",
        "video",
        "audio",
        "iframe",
        "object",
        "embed",
        "canvas",
        "input",
        "button",
        "select",
        "textarea",
        "map",
    }
)
# What the walk reads only the tail of: the silent elements, and comments, processing
# instructions and entities (whose tags are these factories): one set lookup per child.
_TAIL_ONLY = _SILENT | {etree.Comment, etree.ProcessingInstruction, etree.Entity}
_TABLE_PARTS = frozenset(
    {"thead", "tbody", "tfoot", "tr", "td", "th", "caption", "col", "colgroup"}
)

#: Decides whether a block-level element (and everything in it) is left out; returns a reason.
Pruner = Callable[[HtmlElement], "str | None"]


class RawBlock(NamedTuple):
    """A block before filtering: its text, kind and level, the element it came from (the
    container, for text written straight into one), and how much of its text is link text.

    A named tuple rather than a frozen attrs class: one is made per block of every page, and a
    tuple is built in one step where a frozen class sets each of its five fields in turn."""

    kind: BlockKind
    text: str
    level: int | None
    element: HtmlElement
    link_chars: int = 0


@attrs.define
class _Frame:
    element: HtmlElement
    children: Iterator[HtmlElement]
    kind: BlockKind
    depth: int  # list nesting depth
    pieces: list[str] = attrs.Factory(list)
    link_chars: int = 0


def is_data_table(table: HtmlElement, stats: Stats) -> bool:
    """Whether ``table`` holds data (rows and columns) rather than laying out a page.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> is_data_table(fragment_fromstring("<table><tr><th>A</th></tr></table>"), {})
        True
    """
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return False
    if table.get("datatable") == "0":
        return False
    rows = 0
    columns = 0
    for element in table.iter():
        tag = element.tag
        if element is table or not isinstance(tag, str):
            continue
        if tag == "table":
            return False
        if tag in ("th", "thead", "tfoot", "caption", "col", "colgroup"):
            return True
        if tag == "tr":
            rows += 1
            columns = max(columns, sum(1 for cell in element if cell.tag in ("td", "th")))
        elif tag in BLOCK_TAGS and tag not in _TABLE_PARTS:
            row = stats.get(element)
            if row is not None and row[SIZE] > 200:
                return False
    if table.get("summary"):
        return True
    return rows >= 10 or columns > 4 or rows * columns > 10


def table_text(table: HtmlElement) -> str:
    """A data table as text: its caption, then one line per row, cells separated by tabs.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> table_text(
        ...     fragment_fromstring(
        ...         "<table><tr><th>City</th><th>Pop.</th></tr>"
        ...         "<tr><td>Oslo</td><td>700k</td></tr></table>"
        ...     )
        ... )
        'City\\tPop.\\nOslo\\t700k'
    """
    lines: list[str] = []
    for element in table.iter("caption", "tr"):
        if element.tag == "caption":
            text = element_text(element, keep_breaks=False)
            if text:
                lines.append(text)
            continue
        cells = [
            element_text(cell, keep_breaks=False) for cell in element if cell.tag in ("td", "th")
        ]
        if any(cells):
            lines.append("\t".join(cells))
    return "\n".join(lines)


def walk_blocks(
    parts: tuple[HtmlElement, ...],
    stats: Stats,
    *,
    skip: Callable[[HtmlElement], bool],
    prune: Pruner,
    on_prune: Callable[[HtmlElement, str, int], None],
) -> list[RawBlock]:
    """The blocks of the content ``parts``, in document order.

    ``skip(element)`` leaves an element out silently (figures, the headline); ``prune(element)``
    is asked about each block-level element and may give a reason to leave it out, which is
    passed to ``on_prune`` with the number of blocks found before it.
    """
    blocks: list[RawBlock] = []
    for part in parts:
        if skip(part):
            continue
        _walk_part(part, stats, skip, prune, on_prune, blocks)
    return blocks


def _flush(frame: _Frame, blocks: list[RawBlock]) -> None:
    if not frame.pieces:
        return
    joined = "".join(frame.pieces)
    if joined.isspace():  # only the whitespace between tags: nothing to say
        frame.pieces = []
        frame.link_chars = 0
        return
    texts = split_breaks((joined,))
    if len(texts) == 1:
        blocks.append(
            RawBlock(_kind(frame), texts[0], _level(frame), frame.element, frame.link_chars)
        )
    else:
        # The link text cannot be placed in one part: spread it by length.
        total = sum(len(text) for text in texts) or 1
        for text in texts:
            share = frame.link_chars * len(text) // total
            blocks.append(RawBlock(_kind(frame), text, _level(frame), frame.element, share))
    frame.pieces = []
    frame.link_chars = 0


def _kind(frame: _Frame) -> BlockKind:
    return frame.kind


def _level(frame: _Frame) -> int | None:
    return max(frame.depth, 1) if frame.kind == "list_item" else None


def _leaf_block(
    element: HtmlElement, tag: str, kind: BlockKind, depth: int, row: Row | None
) -> list[RawBlock]:
    """The block(s) of a block-level element that has no block-level descendants, whose
    statistics are ``row``."""
    link = row[LINK] if row is not None else 0
    if tag in _HEADINGS:
        text = block_text(element) if not row or not row[BLOCK] else element_text(element)
        return [RawBlock("heading", text, int(tag[1]), element, link)] if text else []
    if tag == "pre":
        text = preformatted_text(element)
        return [RawBlock("preformatted", text, None, element, link)] if text else []
    level = max(depth, 1) if kind == "list_item" else None
    if tag == "li":
        kind, level = "list_item", max(depth, 1)
    elif tag == "blockquote":
        kind = "blockquote"
    if tag in ("p", "li", "dt", "dd", "blockquote", "caption", "address"):
        text = block_text(element)
        return [RawBlock(kind, text, level, element, link)] if text else []
    texts = split_breaks(inline_pieces(element))
    if len(texts) == 1:
        return [RawBlock(kind, texts[0], level, element, link)]
    total = sum(len(text) for text in texts) or 1
    return [RawBlock(kind, text, level, element, link * len(text) // total) for text in texts]


def _walk_part(
    part: HtmlElement,
    stats: Stats,
    skip: Callable[[HtmlElement], bool],
    prune: Pruner,
    on_prune: Callable[[HtmlElement, str, int], None],
    blocks: list[RawBlock],
) -> None:
    tag = part.tag if isinstance(part.tag, str) else ""
    row = stats.get(part)
    if (row is not None and not row[BLOCK]) or tag in _HEADINGS or tag == "pre":
        kind: BlockKind = "list_item" if tag == "li" else "paragraph"
        if tag == "table":
            text = table_text(part)
            if text:
                blocks.append(RawBlock("table", text, None, part, row[LINK] if row else 0))
            return
        blocks.extend(_leaf_block(part, tag, kind, 1 if tag == "li" else 0, row))
        return
    stack = [_open(part, tag, "paragraph", 0, stats)]
    if stack[0].pieces is None:  # pragma: no cover - _open always gives a frame
        return
    # Only LINK and BLOCK of a child are read below: its stored row serves (see Stats.stored).
    stored = stats.stored
    while stack:
        frame = stack[-1]
        child = next(frame.children, None)
        if child is None:
            _flush(frame, blocks)
            stack.pop()
            tail = frame.element.tail
            if stack and tail and frame.element is not part:
                stack[-1].pieces.append(_flat(tail))
            continue
        child_tag = child.tag
        if child_tag not in _TAIL_ONLY:
            # The row is read once here and serves every test below (reading it is pure).
            child_row = stored(child)
            is_block = child_tag in BLOCK_TAGS or (child_row is not None and bool(child_row[BLOCK]))
            if skip(child):
                if is_block:
                    _flush(frame, blocks)
            elif child_tag == "br":
                frame.pieces.append("\n")
            elif not is_block:
                if len(child):
                    frame.pieces.extend(inline_pieces(child))
                else:
                    # An inline leaf (not a <br>, nothing silent): its pieces are its own text.
                    text = child.text
                    if text:
                        frame.pieces.append(flat_spaces(text))
                if child_row is not None:
                    frame.link_chars += child_row[SIZE] if child_tag == "a" else child_row[LINK]
            else:
                _flush(frame, blocks)
                reason = prune(child)
                if reason is not None:
                    on_prune(child, reason, len(blocks))
                elif child_tag == "table" and is_data_table(child, stats):
                    text = table_text(child)
                    if text:
                        link = child_row[LINK] if child_row else 0
                        blocks.append(RawBlock("table", text, None, child, link))
                elif (
                    child_row is None
                    or not child_row[BLOCK]
                    or child_tag in _HEADINGS
                    or child_tag == "pre"
                ):
                    blocks.extend(_leaf_block(child, child_tag, frame.kind, frame.depth, child_row))
                else:
                    stack.append(_open(child, child_tag, frame.kind, frame.depth, stats))
                    continue  # the tail follows once the child's frame closes
        tail = child.tail
        if tail:
            # ``_flat(tail)``, inlined: it runs for nearly every child.
            frame.pieces.append(" " if tail.isspace() else flat_spaces(tail))


def _flat(text: str) -> str:
    """``flat_spaces(text)``, or one space for blank text (most tails and texts of containers:
    the source's line breaks and indentation between tags). The block's text collapses every
    run of whitespace to one space, so the run may be one space already."""
    return " " if text.isspace() else flat_spaces(text)


def _open(element: HtmlElement, tag: str, kind: BlockKind, depth: int, stats: Stats) -> _Frame:
    """A frame for a block-level element with block-level children."""
    if tag in _LISTS:
        depth += 1
        kind = "list_item"
    elif tag == "li":
        kind = "list_item"
    elif tag == "blockquote":
        kind = "blockquote"
    frame = _Frame(element, iter(element), kind, depth)
    text = element.text
    if text:
        frame.pieces.append(_flat(text))
    return frame


def block_text_size(text: str) -> int:
    """The length of a block's text as the statistics count it (whitespace runs as one)."""
    return len(normalize_space(text))
