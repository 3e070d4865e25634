"""Per-element text statistics, computed in one bottom-up pass over the tree.

Extraction reads text lengths, link text, block structure and image counts of many elements;
computing them once here (linear in the size of the tree, iterative, no XPath) keeps it from
calling ``text_content()`` on every ancestor, which is quadratic.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from pressparse._html.text import BLOCK_TAGS

__all__ = [
    "BLOCK",
    "IMAGES",
    "INLINE",
    "LINK",
    "PARAGRAPHS",
    "PROSE",
    "SIZE",
    "Stats",
    "element_stats",
]

#: Indexes into a statistics row.
SIZE = 0  # text length: each text chunk stripped, plus one separator
LINK = 1  # the part of SIZE inside <a> elements
INLINE = 2  # the part of SIZE that is not inside a block-level descendant
BLOCK = 3  # 1 when the element has a block-level descendant, else 0
IMAGES = 4  # <img> descendants
PARAGRAPHS = 5  # <p> descendants
PROSE = 6  # text of paragraph-like blocks (25 characters or more) inside, less their link text

#: Element to its row ``[SIZE, LINK, INLINE, BLOCK, IMAGES, PARAGRAPHS, PROSE]``.
Stats = dict[HtmlElement, list[int]]

_PROSE_MIN = 25
_NO_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _length(text: str | None) -> int:
    if not text:
        return 0
    size = len(text.strip())
    return size + 1 if size else 0


def element_stats(root: HtmlElement) -> Stats:
    """Statistics of ``root`` and every element below it.

    >>> from lxml.html import fragment_fromstring
    >>> root = fragment_fromstring("<div>Hi <a>there</a><p>Para <b>one</b></p><img></div>")
    >>> stats = element_stats(root)
    >>> stats[root][SIZE], stats[root][LINK], stats[root][INLINE], stats[root][BLOCK]
    (18, 6, 9, 1)
    >>> stats[root][IMAGES], stats[root][PARAGRAPHS], stats[root][PROSE]
    (1, 1, 0)
    """
    stats: Stats = {}
    frames: list[list[int]] = [[0, 0, 0, 0, 0, 0, 0]]
    in_link = 0
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if tag == "a":
                in_link += 1
            if tag in _NO_TEXT:
                walker.skip_subtree()
                frames.append([0, 0, 0, 0, 0, 0, 0])
                continue
            size = _length(element.text)
            frames.append([size, size if in_link else 0, size, 0, 0, 0, 0])
        elif event == "end":
            row = frames.pop()
            stats[element] = row
            tag = element.tag
            if tag == "a":
                in_link -= 1
            parent = frames[-1]
            tail = _length(element.tail)
            parent[SIZE] += row[SIZE] + tail
            parent[LINK] += row[LINK] + (tail if in_link else 0)
            if tag in BLOCK_TAGS or row[BLOCK]:
                parent[BLOCK] = 1
                parent[INLINE] += tail
                if row[INLINE] >= _PROSE_MIN:
                    row[PROSE] += row[INLINE] - (0 if row[BLOCK] else row[LINK])
            else:
                parent[INLINE] += row[INLINE] + tail
            parent[PROSE] += row[PROSE]
            parent[IMAGES] += row[IMAGES] + (tag == "img")
            parent[PARAGRAPHS] += row[PARAGRAPHS] + (tag == "p")
        else:  # a comment or processing instruction: only its tail is text
            tail = _length(element.tail)
            parent = frames[-1]
            parent[SIZE] += tail
            parent[INLINE] += tail
            if in_link:
                parent[LINK] += tail
    return stats
