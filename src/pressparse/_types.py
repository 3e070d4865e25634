"""Type aliases shared across the package (the public ones are re-exported by ``pressparse.types``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from os import PathLike

from lxml.html import HtmlElement

__all__ = ["Cleaner", "HtmlInput", "PathInput"]

#: What ``parse()`` accepts: decoded text, or raw bytes that pressparse decodes itself.
HtmlInput = str | bytes

#: A file system path.
PathInput = str | PathLike[str]

#: A cleaner looks at a tree and yields the elements it wants dropped; it never mutates the tree.
#: The pipeline removes them (keeping their tail text) and records which cleaner dropped each.
Cleaner = Callable[[HtmlElement], Iterable[HtmlElement]]
