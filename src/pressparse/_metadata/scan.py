"""One pass over the raw tree: the head tags and page elements that metadata is read from.

Every metadata reader works from the ``PageScan`` this module builds, so the tree is walked once.
Elements keep their position in document order, which later steps use to measure how close a
byline or a date is to the headline.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement

__all__ = ["ROLES", "LinkTag", "MetaTag", "PageScan", "Spot", "roles_of", "scan_page"]

#: Role names an element's class or id can give it (see ``roles_of``).
ROLES = ("kicker", "dek", "byline", "date", "headline", "info", "site")

_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_LINK_RELS = frozenset({"canonical", "author", "tag", "image_src", "category", "publisher"})

_EXACT: dict[str, str] = {}
for _role, _words in (
    ("site", "logo brand masthead sitename sitetitle blogname blogtitle sitebranding"),
    (
        "kicker",
        "kicker eyebrow overline topline dachzeile roofline supertitle pretitle preheadline "
        "surtitre surtitle occhiello antetitulo spitzmarke rubric rubrik flag",
    ),
    (
        "dek",
        "subtitle subheadline subhead standfirst strapline dek deck summary lead lede intro "
        "excerpt abstract sapo chapo chapeau description synopsis underline",
    ),
    (
        "byline",
        "byline author authors writer autor autoren auteur autore verfasser contributor "
        "reporter journalist creator signature postedby",
    ),
    ("date", "date time published publish pubdate posted datum fecha timestamp updated"),
    ("headline", "headline title"),
    ("info", "meta info infos details dateline"),
):
    for _word in _words.split():
        _EXACT[_word] = _role
_PAIRS = {
    ("site", "title"): "site",
    ("site", "name"): "site",
    ("blog", "title"): "site",
    ("blog", "name"): "site",
    ("section", "label"): "kicker",
    ("section", "name"): "kicker",
    ("category", "label"): "kicker",
    ("top", "line"): "kicker",
    ("pre", "title"): "kicker",
    ("super", "title"): "kicker",
    ("sub", "title"): "dek",
    ("sub", "headline"): "dek",
    ("sub", "head"): "dek",
    ("by", "line"): "byline",
    ("posted", "by"): "byline",
    ("written", "by"): "byline",
}
# Stems found inside glued words ("postauthor", "pubdate", "entrytitle"), in priority order.
_STEMS = (
    ("subtitle", "dek"),
    ("kicker", "kicker"),
    ("byline", "byline"),
    ("author", "byline"),
    ("headline", "headline"),
    ("title", "headline"),
    ("date", "date"),
    ("publish", "date"),
    ("time", "date"),
)
_PAIR_SECONDS = frozenset(second for _, second in _PAIRS)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie (one branch per first letter: fast to reject)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Any word or stem of the vocabulary: a token without one has no role.
_ANY_WORD = re.compile(
    _trie_pattern(sorted({*_EXACT, *(a for a, _ in _PAIRS), *(b for _, b in _PAIRS), *(s for s, _ in _STEMS)}))
)
_PARTS = re.compile(r"[a-z]+")
_NONE: frozenset[str] = frozenset()


def roles_of(names: str) -> frozenset[str]:
    """The roles that a class/id string names: its words (split at ``-``, ``_`` and spaces, case
    ignored) looked up in a small vocabulary, with stems found inside glued words.

    >>> sorted(roles_of("article__kicker"))
    ['kicker']
    >>> sorted(roles_of("entry-title"))
    ['headline']
    >>> sorted(roles_of("byline-date"))
    ['byline', 'date']
    >>> sorted(roles_of("sub-title"))
    ['dek']
    >>> sorted(roles_of("postAuthorName"))
    ['byline']
    """
    lowered = names.lower()
    if _ANY_WORD.search(lowered) is None:
        return _NONE
    found: set[str] | None = None
    previous = ""
    for part in _PARTS.findall(lowered):
        role = _EXACT.get(part)
        if part in _PAIR_SECONDS:
            pair = _PAIRS.get((previous, part))
            if pair is not None:
                if found is None:
                    found = set()
                found.discard(_EXACT.get(previous, ""))
                role = pair
        if role is None and len(part) > 5:
            for stem, stem_role in _STEMS:
                if stem in part:
                    role = stem_role
                    break
        if role is not None:
            if found is None:
                found = set()
            found.add(role)
        previous = part
    return _NONE if found is None else frozenset(found)


@attrs.frozen
class Spot:
    """A page element and its index in document order."""

    position: int
    element: HtmlElement


@attrs.frozen
class MetaTag:
    """A ``<meta>``: its key (name/property/itemprop/http-equiv, lower case) and content."""

    key: str
    content: str
    element: HtmlElement
    position: int
    in_head: bool


@attrs.frozen
class LinkTag:
    """A ``<link>`` or ``<a>`` with a ``rel``: its rel tokens and href."""

    rel: frozenset[str]
    href: str
    element: HtmlElement
    position: int


@attrs.define
class PageScan:
    """What one pass over a page collected, in document order."""

    metas: list[MetaTag] = attrs.field(factory=list)
    links: list[LinkTag] = attrs.field(factory=list)
    jsonld: list[str] = attrs.field(factory=list)
    title: str | None = None
    lang: str | None = None
    headings: list[Spot] = attrs.field(factory=list)
    roles: list[tuple[Spot, frozenset[str]]] = attrs.field(factory=list)
    itemprops: list[tuple[Spot, str]] = attrs.field(factory=list)
    itemscopes: list[Spot] = attrs.field(factory=list)
    times: list[Spot] = attrs.field(factory=list)
    count: int = 0


def _meta_key(element: HtmlElement) -> str | None:
    for attribute in ("property", "name", "itemprop", "http-equiv"):
        value = element.get(attribute)
        if value:
            return value.strip().lower()
    return None


_SPECIAL = {
    "meta": 1,
    "head": 2,
    "script": 3,
    "link": 4,
    "a": 4,
    "title": 5,
    "h1": 6,
    "h2": 6,
    "h3": 6,
    "time": 7,
    "html": 8,
}
_DIGITS = re.compile(r"\d+")
# The tags looked at. Others (list items, table cells, images, inline formatting, SVG, form
# controls) never carry a metadata field on their own, and skipping them keeps the pass cheap.
_SCANNED_TAGS = tuple(
    """html head meta link script title body div span p a h1 h2 h3 h4 time header section
    article main aside footer nav address small strong em b figure figcaption dl dt dd ul
    blockquote cite abbr font center""".split()
)
_ITEMSCOPES = etree.XPath("//*[@itemscope]")


def scan_page(root: HtmlElement) -> PageScan:
    """Walk the tree once and collect everything the metadata readers use. Never mutates it."""
    scan = PageScan()
    class_roles: dict[str, frozenset[str]] = {}
    id_roles: dict[str, frozenset[str]] = {}
    token_cache: dict[str, frozenset[str]] = {}
    head_end = -1
    position = -1
    metas, links, headings, times = scan.metas, scan.links, scan.headings, scan.times
    roles_found, itemprops = scan.roles, scan.itemprops
    for position, element in enumerate(root.iter(_SCANNED_TAGS)):
        tag = element.tag
        kind = _SPECIAL.get(tag)
        if kind is not None:
            if kind == 1:
                _scan_meta(scan, element, position, head_end)
                continue
            if kind == 3:
                if element.text and (element.get("type") or "").strip().lower() in _JSONLD_TYPES:
                    scan.jsonld.append(element.text)
                continue
            if kind == 4:
                rel = element.get("rel")
                if rel:
                    tokens = rel.lower().split()
                    href = element.get("href")
                    if href is not None and _LINK_RELS.intersection(tokens):
                        links.append(LinkTag(frozenset(tokens), href, element, position))
            elif kind == 5:
                parent = element.getparent()
                if scan.title is None and parent is not None and parent.tag in ("head", "html"):
                    scan.title = element.text_content()
                continue
            elif kind == 6:
                headings.append(Spot(position, element))
            elif kind == 7:
                times.append(Spot(position, element))
            elif kind == 2:
                if head_end < 0:
                    head_end = position + sum(1 for _ in element.iter())
            elif kind == 8:
                scan.lang = element.get("lang") or element.get("xml:lang")
        get = element.get
        names = get("class")
        roles = None
        if names:
            roles = class_roles.get(names)
            if roles is None:
                roles = _NONE
                for token in names.split():
                    token_roles = token_cache.get(token)
                    if token_roles is None:
                        token_roles = token_cache[token] = roles_of(token)
                    if token_roles:
                        roles = roles | token_roles
                class_roles[names] = roles
        ident = get("id")
        if ident:
            key = _DIGITS.sub("", ident)
            more = id_roles.get(key)
            if more is None:
                more = id_roles[key] = roles_of(key)
            if more:
                roles = roles | more if roles else more
        if roles:
            roles_found.append((Spot(position, element), roles))
        itemprop = get("itemprop")
        if itemprop:
            itemprops.append((Spot(position, element), itemprop))
    scan.count = position + 1
    scan.itemscopes.extend(Spot(-1, element) for element in _ITEMSCOPES(root))
    return scan


_JSONLD_TYPES = frozenset({"application/ld+json", "application/json+ld"})


def _scan_meta(scan: PageScan, element: HtmlElement, position: int, head_end: int) -> None:
    content = element.get("content")
    if content is None:
        content = element.get("value")
    key = _meta_key(element)
    if key and content is not None:
        in_head = head_end < 0 or position <= head_end
        scan.metas.append(MetaTag(key, content, element, position, in_head))
        itemprop = element.get("itemprop")
        if not in_head and itemprop:
            scan.itemprops.append((Spot(position, element), itemprop))
