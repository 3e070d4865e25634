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
    "INLINE",
    "LINK",
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
PROSE = 4  # text of paragraph-like blocks (25 characters or more) inside, less their link text

#: Element to its row ``[SIZE, LINK, INLINE, BLOCK, PROSE]``.
Stats = dict[HtmlElement, list[int]]

_PROSE_MIN = 25
_NO_TEXT = frozenset({"script", "style", "template", "head", "title"})


def element_stats(root: HtmlElement) -> Stats:
    """Statistics of ``root`` and every element below it.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> root = fragment_fromstring("<div>Hi <a>there</a><p>Para <b>one</b></p><img></div>")
        >>> stats = element_stats(root)
        >>> stats[root][SIZE], stats[root][LINK], stats[root][INLINE], stats[root][BLOCK]
        (18, 6, 9, 1)
        >>> stats[root][PROSE]
        0
    """
    stats: Stats = {}
    frames: list[list[int]] = [[0, 0, 0, 0, 0]]
    push = frames.append
    pop = frames.pop
    in_link = 0
    block_tags = BLOCK_TAGS
    no_text = _NO_TEXT
    prose_min = _PROSE_MIN
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if tag == "a":
                in_link += 1
            elif tag in no_text:
                walker.skip_subtree()
                push([0, 0, 0, 0, 0])
                continue
            text = element.text
            if text:
                size = len(text.strip())
                if size:
                    size += 1
                    push([size, size if in_link else 0, size, 0, 0])
                    continue
            push([0, 0, 0, 0, 0])
        elif event == "end":
            row = pop()
            stats[element] = row
            tag = element.tag
            if tag == "a":
                in_link -= 1
            parent = frames[-1]
            tail = element.tail
            extra = 0
            if tail:
                extra = len(tail.strip())
                if extra:
                    extra += 1
            parent[0] += row[0] + extra
            if in_link:
                parent[1] += row[1] + extra
            elif row[1]:
                parent[1] += row[1]
            if row[3] or tag in block_tags:
                parent[3] = 1
                parent[2] += extra
                if row[2] >= prose_min:
                    row[4] += row[2] - (0 if row[3] else row[1])
            else:
                parent[2] += row[2] + extra
            if row[4]:
                parent[4] += row[4]
        else:  # a comment or processing instruction: only its tail is text
            tail = element.tail
            if tail:
                extra = len(tail.strip())
                if extra:
                    parent = frames[-1]
                    parent[0] += extra + 1
                    parent[2] += extra + 1
                    if in_link:
                        parent[1] += extra + 1
    return stats
