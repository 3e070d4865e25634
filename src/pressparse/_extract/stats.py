"""Per-element text statistics, computed in one bottom-up pass over the tree.

Extraction reads text lengths, link text, block structure and image counts of many elements;
computing them once here (linear in the size of the tree, iterative, no XPath) keeps it from
calling ``text_content()`` on every ancestor, which is quadratic.

Rows are stored for the elements that are asked about often: every element with element
children, every stretch of running text long enough to vote for the story, and everything inside
a link. A short leaf (``<p>x</p>``, a ``<span>`` of a few words) is described by its own text
alone, so its row is computed when asked for; a page of a million short paragraphs holds no
million rows.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from pressparse._html.text import BLOCK_TAGS

__all__ = [
    "BLOCK",
    "INLINE",
    "LINK",
    "MIN_VOTE",
    "PROSE",
    "SIZE",
    "Row",
    "Stats",
    "element_stats",
]

#: Indexes into a statistics row.
SIZE = 0  # text length: each text chunk stripped, plus one separator
LINK = 1  # the part of SIZE inside <a> elements
INLINE = 2  # the part of SIZE that is not inside a block-level descendant
BLOCK = 3  # 1 when the element has a block-level descendant, else 0
PROSE = 4  # text of paragraph-like blocks (25 characters or more) inside, less their link text

#: A statistics row ``(SIZE, LINK, INLINE, BLOCK, PROSE)`` (a tuple: cheaper to build than a list).
Row = tuple[int, int, int, int, int]

_EMPTY: Row = (0, 0, 0, 0, 0)

#: Elements with at least this much text of their own (INLINE) vote for the story's container.
MIN_VOTE = 25

_PROSE_MIN = 25
_NO_TEXT = frozenset({"script", "style", "template", "head", "title"})
# The tags of the nodes whose text the walk never reads: the names above, and the factories
# that comments, processing instructions and entities give as their tag. One set lookup tells
# them from the elements, without an ``isinstance`` call for each.
_PASSED_OVER = _NO_TEXT | {etree.Comment, etree.ProcessingInstruction, etree.Entity}


def _text_size(text: str | None) -> int:
    """The SIZE a text chunk adds: its stripped length plus one separator, 0 for blank text.
    (The walk in ``element_stats`` inlines this for every element and tail.)"""
    size = len(text.strip()) if text else 0
    return size + 1 if size else 0


def _leaf_row(element: HtmlElement) -> Row:
    """The row of an element without element children, outside any link."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _NO_TEXT:
        return _EMPTY
    size = _text_size(element.text)
    return (size, 0, size, 0, 0)


def _lone_root(root: HtmlElement) -> Stats:
    """The statistics of a root without children: its own text."""
    size = _leaf_row(root)[SIZE]
    link = size if root.tag == "a" else 0
    prose = size - link if root.tag in BLOCK_TAGS and size >= _PROSE_MIN else 0
    return Stats({root: (size, link, size, 0, prose)}, [root] if size >= MIN_VOTE else [])


class Stats:
    """The statistics of the elements below one root (see the module docstring).

    ``voters`` are the elements with ``MIN_VOTE`` characters or more of their own text, in the
    order their subtrees end (the stretches of running text that locate the story).
    """

    __slots__ = ("_rows", "stored", "voters")

    def __init__(self, rows: dict[HtmlElement, Row], voters: list[HtmlElement]) -> None:
        self._rows = rows
        self.voters = voters
        #: ``stored(element)``: the row stored for ``element``, else None (one dict lookup). A
        #: leaf without a stored row holds no link text and no block (only a short text outside
        #: links): a caller that reads no more than LINK and BLOCK may take None for it, and
        #: skip reading its text. (The dict's own ``get``: the walks call it for every element,
        #: and a method around it would cost a Python call each time.)
        self.stored: Callable[[HtmlElement], Row | None] = rows.get

    def get(self, element: HtmlElement) -> Row | None:
        """The row of ``element``; None for an element with children outside the root."""
        row = self._rows.get(element)
        if row is not None:
            return row
        if len(element):
            return None
        return _leaf_row(element)

    def __getitem__(self, element: HtmlElement) -> Row:
        row = self.get(element)
        if row is None:
            raise KeyError(element)
        return row

    def __contains__(self, element: object) -> bool:
        return isinstance(element, HtmlElement) and self.get(element) is not None


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
    rows: dict[HtmlElement, Row] = {}
    voters: list[HtmlElement] = []
    if root.tag in _NO_TEXT:
        rows[root] = _EMPTY
        return Stats(rows, voters)
    if not len(root):
        return _lone_root(root)
    block_tags = BLOCK_TAGS
    passed_over = _PASSED_OVER
    prose_min = _PROSE_MIN
    min_vote = MIN_VOTE
    # The walk is ``iterdescendants()`` in document order (filtered in C, one proxy per element)
    # rather than ``iterwalk`` start and end events: an element ends when the last of its
    # ``len()`` children has ended, so each open element keeps a count of children left.
    # The innermost open element (``current``, its tag, ``left`` its children left) keeps its
    # row in local variables (``size``/``link``/``inline``/``block``/``prose``, the row's five
    # fields): the walk adds to them for every child, and locals cost several times less than
    # list items. ``opened`` holds the open elements around it, the same nine values each; the
    # row becomes a list when its element ends.
    current: HtmlElement = root
    current_tag: str = root.tag
    in_link = 1 if current_tag == "a" else 0
    size = _text_size(root.text)
    link = size if in_link else 0
    inline = size
    block = prose = 0
    left = len(root)
    opened: list[tuple[HtmlElement, str, int, int, int, int, int, int]] = []
    push = opened.append
    pop = opened.pop
    skip = 0  # descendants of a skipped element (script, style...) still to pass over
    for element in root.iterdescendants():
        if skip:
            skip -= 1
            continue
        tag = element.tag
        if tag in passed_over:
            if isinstance(tag, str):
                # Text never read: an empty row, its subtree passed over.
                rows[element] = _EMPTY
                if len(element):
                    skip = sum(1 for _ in element.iterdescendants())
            # Only its tail is text (a comment or processing instruction has no other).
            tail = element.tail
            if tail:
                extra = len(tail.strip())
                if extra:
                    size += extra + 1
                    inline += extra + 1
                    if in_link:
                        link += extra + 1
        else:
            text = element.text
            own = 0
            if text:
                own = len(text.strip())
                if own:
                    own += 1
            count = len(element)
            if count:
                # It opens: its row is complete once its last child has ended.
                if tag == "a":
                    in_link += 1
                push((current, current_tag, size, link, inline, block, prose, left))
                current = element
                current_tag = tag
                size = inline = own
                link = own if in_link else 0
                block = prose = 0
                left = count
                continue
            # A leaf: its row is its own text.
            tail = element.tail
            extra = 0
            if tail:
                extra = len(tail.strip())
                if extra:
                    extra += 1
            size += own + extra
            own_link = 0
            if in_link:
                own_link = own
                link += own + extra
            elif tag == "a":
                own_link = own
                link += own
            if tag in block_tags:
                block = 1
                inline += extra
                if own >= prose_min:
                    prose += own - own_link
                    rows[element] = (own, own_link, own, 0, own - own_link)
                    if own >= min_vote:
                        voters.append(element)
                elif own_link:
                    rows[element] = (own, own_link, own, 0, 0)
            else:
                inline += own + extra
                if own >= min_vote or own_link:
                    rows[element] = (own, own_link, own, 0, 0)
                    if own >= min_vote:
                        voters.append(element)
        # The node has ended: so have the open elements it was the last child of.
        left -= 1
        while not left:
            ended = current
            blockish = block or current_tag in block_tags
            if current_tag == "a":
                in_link -= 1
            if inline >= min_vote:
                voters.append(ended)
            if blockish and inline >= prose_min:
                prose += inline - (0 if block else link)
            rows[ended] = (size, link, inline, block, prose)
            if not opened:
                break  # the root
            child_size, child_link, child_inline, child_prose = size, link, inline, prose
            current, current_tag, size, link, inline, block, prose, left = pop()
            left -= 1
            tail = ended.tail
            extra = 0
            if tail:
                extra = len(tail.strip())
                if extra:
                    extra += 1
            size += child_size + extra
            if in_link:
                link += child_link + extra
            elif child_link:
                link += child_link
            if blockish:
                block = 1
                inline += extra
            else:
                inline += child_inline + extra
            prose += child_prose
    return Stats(rows, voters)
