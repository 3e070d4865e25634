"""Cleaners: plain functions that pick the elements of a tree that are not content.

A cleaner takes the root element and yields the elements it wants dropped; it never mutates the
tree. ``apply_cleaners`` removes what they chose (keeping each element's tail text, which belongs
to the parent) and, when tracing, records which cleaner dropped what.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from lxml import etree
from lxml.html import HtmlElement, tostring

from pressparse._trace import Trace
from pressparse._types import Cleaner

__all__ = ["CLEANERS", "DEFAULT_CLEANERS", "apply_cleaners", "drop_element", "resolve_cleaners"]

_CODE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "link", "meta"}
)


def scripts(root: HtmlElement) -> Iterator[HtmlElement]:
    """Scripts, styles, templates, embedded objects, SVG drawings and <noscript> fallbacks."""
    for element in root.iter(*_CODE_TAGS):
        yield element


def comments(root: HtmlElement) -> Iterator[HtmlElement]:
    """HTML comments and processing instructions."""
    yield from root.iter(etree.Comment, etree.ProcessingInstruction)


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hidden(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements a reader never sees: ``hidden``, ``aria-hidden="true"``, inline ``display:none``."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            yield element
            continue
        style = element.get("style")
        if style and _HIDDEN_STYLE.search(style):
            yield element


def forms(root: HtmlElement) -> Iterator[HtmlElement]:
    """Forms and their controls (search boxes, sign-up forms, buttons)."""
    yield from root.iter("form", "input", "button", "select", "textarea")


_LANDMARK_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar"})


def navigation(root: HtmlElement) -> Iterator[HtmlElement]:
    """Navigation, site headers and footers: <nav>, ARIA landmarks, the page-level header/footer."""
    for element in root.iter("nav", "header", "footer", "aside", "menu"):
        if element.tag in ("header", "footer") and _inside(element, ("article", "main")):
            continue
        yield element
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("role") in _LANDMARK_ROLES:
            yield element


def _inside(element: HtmlElement, tags: Sequence[str]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


_BOILERPLATE_WORDS = re.compile(
    r"""(?:^|[\s_-])(
        share|sharing|social|sociallinks|related|recommended|read-?more|more-?stories|newsletter|
        subscribe|subscription|signup|cookie|consent|gdpr|advert|advertisement|ads?|adslot|sponsor|
        promo|comments?|disqus|breadcrumbs?|pagination|pager|tags?|tag-?list|author-?bio|
        print|email-?link|sidebar|widget|outbrain|taboola|paywall|skip-?link|photo-?links|
        gallery-?(?:nav|controls|counter)
    )(?:$|[\s_-])""",
    re.IGNORECASE | re.VERBOSE,
)


def boilerplate(root: HtmlElement) -> Iterator[HtmlElement]:
    """Share bars, related links, newsletter and cookie boxes, ads, comments, tag lists, bios:
    elements whose class or id names one of those, unless they hold most of the page's text."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if names.strip() and _BOILERPLATE_WORDS.search(names):
            yield element


#: Every built-in cleaner by name, in the order the default pipeline runs them.
CLEANERS: Mapping[str, Cleaner] = {
    "scripts": scripts,
    "comments": comments,
    "hidden": hidden,
    "forms": forms,
    "navigation": navigation,
    "boilerplate": boilerplate,
}

DEFAULT_CLEANERS: tuple[str, ...] = tuple(CLEANERS)


def resolve_cleaners(cleaners: Iterable[str | Cleaner] | None) -> tuple[tuple[str, Cleaner], ...]:
    """Names or callables to ``(name, cleaner)`` pairs; ``None`` gives the default set."""
    chosen: list[tuple[str, Cleaner]] = []
    for item in DEFAULT_CLEANERS if cleaners is None else cleaners:
        if isinstance(item, str):
            try:
                chosen.append((item, CLEANERS[item]))
            except KeyError:
                known = ", ".join(CLEANERS)
                raise ValueError(f"unknown cleaner {item!r}; built-in cleaners: {known}") from None
        elif callable(item):
            chosen.append((getattr(item, "__name__", repr(item)), item))
        else:
            raise TypeError(f"a cleaner is a name or a callable, not {type(item).__name__}")
    return tuple(chosen)


def drop_element(element: HtmlElement) -> None:
    """Remove ``element`` from its tree, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def apply_cleaners(
    root: HtmlElement, cleaners: Sequence[tuple[str, Cleaner]], trace: Trace | None = None
) -> int:
    """Run each cleaner and drop what it chose; returns how many elements were dropped."""
    dropped = 0
    for name, cleaner in cleaners:
        chosen = [el for el in cleaner(root) if el is not root]
        for element in chosen:
            if element.getparent() is None or element.getroottree().getroot() is not root:
                continue  # already gone with an ancestor
            if trace is not None:
                trace.record(element, "drop", f"cleaner:{name}")
            drop_element(element)
            dropped += 1
    return dropped


def serialize(root: HtmlElement) -> str:
    """The tree as an HTML string."""
    return tostring(root, encoding="unicode", method="html")
