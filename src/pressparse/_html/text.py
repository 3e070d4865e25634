"""Element to text: inline text with correct spacing, line breaks kept, Unicode in NFC.

HTML whitespace (spaces, tabs, newlines in the source) collapses to one space; only ``<br>``
makes a line break. Block-level elements are separated by a space, inline elements by nothing
(``<b>Hello</b>world`` is one word, as a browser shows it). ``<pre>`` keeps its whitespace.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

__all__ = [
    "BLOCK_TAGS",
    "block_text",
    "element_text",
    "flat_spaces",
    "inline_pieces",
    "normalize_space",
    "normalize_text",
    "preformatted_text",
    "raw_text",
    "split_breaks",
]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary written as one string."""
    return text.split()


#: Tags that start a new line of text when they are rendered (so that words never glue).
BLOCK_TAGS = frozenset(
    _words(
        """address article aside blockquote body center dd details dialog dir div dl dt fieldset
        figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav
        ol p pre section summary table tbody td tfoot th thead tr ul caption legend option"""
    )
)
# A <noscript> that survives cleaning holds a page's fallback content (or, unclosed, the whole
# page): its text is read like any other.
_SKIP_TAGS = frozenset(
    {"script", "style", "template", "head", "title", "meta", "link", "svg", "math"}
)

_DOUBLE_BREAK = re.compile(r"\n[^\S\n]*\n")
# Zero-width and soft-hyphen characters that only steer rendering.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip.

    Examples:
        >>> normalize_space("  a\\n\\t b ")
        'a b'
    """
    stripped = text.strip()
    # Most text has only single plain spaces inside: it is its own answer, found without
    # splitting it into words. (A printable string holds no whitespace but the plain space.)
    if "  " not in stripped and stripped.isprintable():
        return stripped
    return " ".join(stripped.split())


def flat_spaces(text: str) -> str:
    """``text`` with the source whitespace other than the plain space (newlines, tabs) as
    spaces: only ``<br>`` makes a line break.

    ``str.replace``, run only for a character that is there, costs a fraction of
    ``str.translate`` with a table: that raises and catches a KeyError for each character it
    leaves alone (once per distinct character in ASCII text, at every character otherwise).

    Examples:
        >>> flat_spaces("a\\nb\\r\\n\\tc")
        'a b   c'
    """
    if "\n" in text:
        text = text.replace("\n", " ")
    if "\r" in text:
        text = text.replace("\r", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\f" in text:
        text = text.replace("\f", " ")
    if "\v" in text:
        text = text.replace("\v", " ")
    return text


def _drop_invisible(text: str) -> str:
    """``text`` without the invisible characters; the pattern runs only when one is there."""
    for char in _INVISIBLE_CHARS:
        if char in text:
            return _INVISIBLE.sub("", text)
    return text


def normalize_text(text: str) -> str:
    """NFC, invisible characters dropped, spaces collapsed, single newlines kept, stripped.

    Examples:
        >>> normalize_text("a  b \\n\\n\\n c\\u00ad")
        'a b\\nc'
    """
    text = unicodedata.normalize("NFC", _drop_invisible(text))
    if "\n" not in text and "\r" not in text:
        # Most text (only <br> makes a newline): every whitespace run collapses.
        return normalize_space(text)
    # Line by line, blank lines dropped: with string methods, not patterns that are tried at
    # every character (one that may match empty, `` *\n *``, has no literal to search for).
    lines = (normalize_space(line) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _pieces(element: HtmlElement, *, skip: frozenset[str] = _SKIP_TAGS) -> Iterator[str]:
    """The text of ``element`` in document order; block boundaries give a space, <br> a newline.

    Iterative, so that a document nested 100,000 deep cannot exhaust the stack. ``element``'s own
    tail is not included.
    """
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            tag = ""
        if closing:
            if tag in BLOCK_TAGS:
                yield " "
            if node is not element and node.tail:
                yield flat_spaces(node.tail)
            continue
        if not tag or tag in skip:  # comment, processing instruction, script: only the tail
            if node is not element and node.tail:
                yield flat_spaces(node.tail)
            continue
        if tag == "br":
            yield "\n"
            if node is not element and node.tail:
                yield flat_spaces(node.tail)
            continue
        if tag in BLOCK_TAGS:
            yield " "
        if node.text:
            yield flat_spaces(node.text)
        stack.append((node, True))
        if len(node):  # (a leaf needs no iterator over its children)
            stack.extend((child, False) for child in reversed(node))


def raw_text(element: HtmlElement) -> str:
    """All text below ``element`` as stored (not its tail, whitespace untouched); fast (C).

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> raw_text(fragment_fromstring("<p>a <b>b</b></p>"))
        'a b'
    """
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


# Elements whose text ``block_text`` cannot read in C: a line break, text never shown.
_SPECIAL_SET = _SKIP_TAGS | {"br"}


def block_text(element: HtmlElement) -> str:
    """``element_text`` of an element with no block-level descendants, faster when it has no
    ``<br>`` and nothing to skip (the text is then read in C and collapsed in one go).

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> block_text(fragment_fromstring("<p>One <b>two</b>   three</p>"))
        'One two three'
    """
    if element.tag in _SPECIAL_SET:
        return element_text(element)
    if not len(element):
        # No children (half of all paragraphs): the text is the element's own.
        text = normalize_space(element.text or "")
    else:
        # A few descendants: tested in Python, cheaper than ``iter()`` matching ten tag names.
        for node in element.iterdescendants():
            if node.tag in _SPECIAL_SET:
                return element_text(element)
        text = normalize_space(raw_text(element))
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _drop_invisible(text)).strip()


def inline_pieces(element: HtmlElement) -> Iterator[str]:
    """The text pieces of ``element`` (not its tail), for joining with other inline content."""
    return _pieces(element)


def element_text(element: HtmlElement, *, keep_breaks: bool = True) -> str:
    """The visible text of ``element``, normalized (see ``normalize_text``).

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> element_text(fragment_fromstring("<div><b>Hello</b>world<p>Next<br>line</p></div>"))
        'Helloworld Next\\nline'
        >>> element_text(fragment_fromstring("<p>Source\\nline   breaks</p>"))
        'Source line breaks'
    """
    text = normalize_text("".join(_pieces(element)))
    return text if keep_breaks else normalize_space(text)


def split_breaks(pieces: Iterable[str]) -> list[str]:
    """Joined pieces split at double line breaks (``<br><br>``), each part normalized.

    Examples:
        >>> split_breaks(["One", "\\n", " ", "\\n", "Two", "\\n", "lines"])
        ['One', 'Two\\nlines']
    """
    parts = _DOUBLE_BREAK.split("".join(pieces))
    return [text for text in (normalize_text(part) for part in parts) if text]


def preformatted_text(element: HtmlElement) -> str:
    """The text of a ``<pre>``: whitespace kept, trailing spaces and blank edge lines dropped.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> preformatted_text(fragment_fromstring("<pre>\\n  if x:\\n    y()<br>z\\n</pre>"))
        '  if x:\\n    y()\\nz'
    """
    pieces: list[str] = []
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            tag = ""
        if closing or not tag or tag in _SKIP_TAGS or tag == "br":
            if tag == "br" and not closing:
                pieces.append("\n")
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        if node.text:
            pieces.append(node.text)
        stack.append((node, True))
        if len(node):  # (a leaf needs no iterator over its children)
            stack.extend((child, False) for child in reversed(node))
    text = unicodedata.normalize("NFC", _drop_invisible("".join(pieces)))
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)
