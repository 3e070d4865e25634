"""Element to text: inline text with correct spacing, line breaks kept, Unicode in NFC."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lxml.html import HtmlElement

__all__ = ["BLOCK_TAGS", "element_text", "normalize_space", "normalize_text"]

#: Tags that start a new line of text when they are rendered (so that words never glue).
BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p
    pre section summary table tbody td tfoot th thead tr ul caption legend option""".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})

_SPACES = re.compile(r"[^\S\n]+")
_AROUND_NEWLINE = re.compile(r" *\n *")
_MANY_NEWLINES = re.compile(r"\n{2,}")
# Zero-width and soft-hyphen characters that only steer rendering.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip.

    >>> normalize_space("  a\\n\\t b ")
    'a b'
    """
    return " ".join(text.split())


def normalize_text(text: str) -> str:
    """NFC, invisible characters dropped, spaces collapsed, single newlines kept, stripped.

    >>> normalize_text("a  b \\n\\n\\n c\\u00ad")
    'a b\\nc'
    """
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _SPACES.sub(" ", text.replace("\r", "\n"))
    text = _AROUND_NEWLINE.sub("\n", text)
    return _MANY_NEWLINES.sub("\n", text).strip()


def _pieces(element: HtmlElement) -> Iterator[str]:
    """The text of ``element`` in document order; block boundaries give a space, <br> a newline.

    Iterative, so that a document nested 100,000 deep cannot exhaust the stack.
    """
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                yield " "
            if node is not element and node.tail:
                yield node.tail
            continue
        if not tag:  # comment or processing instruction: only its tail is text
            if node is not element and node.tail:
                yield node.tail
            continue
        if tag in _SKIP_TAGS:
            if node is not element and node.tail:
                yield node.tail
            continue
        if tag == "br":
            yield "\n"
            if node is not element and node.tail:
                yield node.tail
            continue
        if tag in BLOCK_TAGS:
            yield " "
        if node.text:
            yield node.text
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def element_text(element: HtmlElement, *, keep_breaks: bool = True) -> str:
    """The visible text of ``element``, normalized (see ``normalize_text``).

    >>> from lxml.html import fragment_fromstring
    >>> element_text(fragment_fromstring("<div><b>Hello</b>world<p>Next<br>line</p></div>"))
    'Helloworld Next\\nline'
    """
    text = normalize_text("".join(_pieces(element)))
    return text if keep_breaks else normalize_space(text)
