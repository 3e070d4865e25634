"""The passes over the raw tree that collect what metadata is read from.

A cheap first pass (``scan_head``) takes the head tags and the headings; once the headline is
known, a second pass (``scan_elements``) reads class names, ``itemprop`` and author links of the
region around it, with positions relative to the headline that later steps use to measure how
close a byline or a date is. Pages where no headline is found get the second pass over the
whole page. No element is visited twice by the same pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._html.anycase import AnyWord
from pressparse._metadata.meta import KEY_FIELDS, MetaTag, normalize_key

__all__ = [
    "ROLES",
    "LinkTag",
    "MetaTag",
    "PageScan",
    "Spot",
    "all_text",
    "class_roles",
    "is_author_href",
    "letter_runs",
    "roles_of",
    "scan_elements",
    "scan_head",
    "scan_page",
]

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
        "excerpt abstract sapo chapo chapeau description synopsis underline preface sommario "
        "sumario entradilla vorspann ingress",
    ),
    (
        "byline",
        "byline author authors writer autor autoren auteur autore verfasser contributor "
        "reporter journalist creator signature postedby",
    ),
    ("date", "date time published publish pubdate posted datum fecha timestamp updated"),
    ("headline", "headline title"),
    (
        "info",
        "meta info infos information details dateline submitted metainfo metainfos metaline "
        "metabar metadata postmeta entrymeta articlemeta storymeta",
    ),
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
    ("wrote", "by"): "byline",
}
# Stems found inside glued words ("postauthor", "pubdate", "entrytitle"), in priority order.
_STEMS = (
    ("subtitle", "dek"),
    ("kicker", "kicker"),
    ("byline", "byline"),
    ("author", "byline"),
    ("autor", "byline"),
    ("headline", "headline"),
    ("title", "headline"),
    ("date", "date"),
    ("publish", "date"),
    ("time", "date"),
    # a meta line in a glued word ("artikelInfo", "postinfo")
    ("info", "info"),
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
    _trie_pattern(
        sorted({*_EXACT, *(a for a, _ in _PAIRS), *(b for _, b in _PAIRS), *(s for s, _ in _STEMS)})
    )
)
_PARTS = re.compile(r"[a-z]+")
_NONE: frozenset[str] = frozenset()
# For ASCII text the same test is cheaper in two steps: is a letter run a word of the
# vocabulary, else does a stem sit anywhere (``_ANY_WORD`` tries its many branches at each
# position). Nine tokens in ten pass neither.
_VOCABULARY = frozenset({*_EXACT, *(a for a, _ in _PAIRS), *(b for _, b in _PAIRS)})
# Any stem, anywhere: one search of their trie costs less than looking for each with ``in``
# (some 800 instructions a stem, most of it the call).
_STEM_WORDS = tuple(stem for stem, _ in _STEMS)
_ANY_STEM = re.compile(_trie_pattern(sorted(_STEM_WORDS)))
_LETTERS_ONLY = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))
# The same with ``A``-``Z`` lowered.
_LOWER_LETTERS_ONLY = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else 32 for byte in range(256)
)


def letter_runs(lowered: str) -> list[str]:
    """The runs of letters ``a``-``z`` in a lower-case text (what ``[a-z]+`` finds); for ASCII
    text (nearly all class names) with bytes methods, several times cheaper than the regex.

    Examples:
        >>> letter_runs("post-author_name2x")
        ['post', 'author', 'name', 'x']
    """
    if lowered.isascii():
        return lowered.encode().translate(_LETTERS_ONLY).decode().split()
    return _PARTS.findall(lowered)


@functools.lru_cache(maxsize=4096)
def roles_of(names: str) -> frozenset[str]:
    """The roles that a class/id string names: its words (split at ``-``, ``_`` and spaces, case
    ignored) looked up in a small vocabulary, with stems found inside glued words.

    Examples:
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
    if lowered.isascii():
        parts = letter_runs(lowered)
        if _VOCABULARY.isdisjoint(parts) and _ANY_STEM.search(lowered) is None:
            return _NONE
    elif _ANY_WORD.search(lowered) is None:
        return _NONE
    else:
        parts = _PARTS.findall(lowered)
    found: set[str] | None = None
    previous = ""
    for part in parts:
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


# Named tuples rather than attrs classes: a page makes hundreds of these, and tuples are the
# cheapest immutable records Python has.
class Spot(NamedTuple):
    """A page element and its position (document order, numbered by the pass that saw it)."""

    position: int
    element: HtmlElement


class LinkTag(NamedTuple):
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
    #: Filled by the second pass (``scan_elements``), in its numbering.
    roles: list[tuple[Spot, frozenset[str]]] = attrs.field(factory=list)
    itemprops: list[tuple[Spot, str]] = attrs.field(factory=list)
    times: list[Spot] = attrs.field(factory=list)
    anchor_links: list[LinkTag] = attrs.field(factory=list)
    meta_itemprops: list[tuple[Spot, str]] = attrs.field(factory=list)


def _meta_key(element: HtmlElement) -> str | None:
    for attribute in ("property", "name", "itemprop", "http-equiv"):
        value: str | None = element.get(attribute)
        if value:
            return value.strip().lower()
    return None


_HEAD_TAGS = ("meta", "link", "script", "title", "html", "h1", "h2", "h3")
_AUTHOR_HREF = re.compile(
    r"/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|writer|writers|profile|"
    r"profiles|people|person|staff|journalist|journalisten|redaktion|reporter|team|user|users|"
    r"members?|contributors?|columnists?|kolumnisten|editors?|by)(?:/|\?|$|-)|[?&]author=",
    re.IGNORECASE,
)
# Words one of which every match of _AUTHOR_HREF holds: most links hold none, and this test
# answers them with ``str`` methods (the case-insensitive search costs ~300 instructions a
# character of a URL).
_AUTHOR_HREF_WORDS = AnyWord(
    "author",
    "autor",
    "auteur",
    "writer",
    "profile",
    "people",
    "person",
    "staff",
    "journalist",
    "redaktion",
    "reporter",
    "team",
    "user",
    "member",
    "contributor",
    "columnist",
    "kolumnist",
    "editor",
    "/by",
)
_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=4096)
def is_author_href(href: str) -> bool:
    """Whether a link points at an author's page ("/author/jane-doe", "?author=3"), memoised:
    a site links the same authors on every page, and the regex tries every position.

    Examples:
        >>> is_author_href("https://example.com/autoren/jane-doe/"), is_author_href("/news/1")
        (True, False)
    """
    return _AUTHOR_HREF_WORDS.search(href) and _AUTHOR_HREF.search(href) is not None


@functools.lru_cache(maxsize=4096)
def class_roles(names: str) -> frozenset[str]:
    """``roles_of`` for a whole class (or id) attribute, memoised: the same attribute values
    recur on every page of a site, and the answer depends on the value alone."""
    # Digits are dropped first ("col2title" reads "coltitle"): for ASCII text (nearly every
    # value) a bytes method does it several times faster than the regex.
    if names.isascii():
        # Nine values in ten name no role: the test ``roles_of`` makes of each token, made
        # once for all of them (their letter runs in lower case; a stem, all letters, cannot
        # reach across the separators that become spaces here).
        letters = names.encode().translate(_LOWER_LETTERS_ONLY, b"0123456789").decode()
        if _VOCABULARY.isdisjoint(letters.split()) and _ANY_STEM.search(letters) is None:
            return _NONE
        names = names.encode().translate(None, b"0123456789").decode()
    else:
        names = _DIGITS.sub("", names)
    roles = _NONE
    for token in names.split():
        found = roles_of(token)
        if found:
            roles = roles | found
    return roles


def all_text(element: HtmlElement) -> str:
    """All text below ``element`` (not its tail), as ``text_content()`` gives it, serialized
    in C: no XPath context to set up, several times cheaper."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def scan_head(root: HtmlElement) -> PageScan:
    """The cheap first pass: ``<meta>``, ``<link>``, JSON-LD scripts, ``<title>``, the
    language and the ``h1``-``h3`` headings (lxml finds the tags in C, so the rest of the page
    costs almost nothing here). Never mutates the tree."""
    scan = PageScan()
    head = root.find("head")
    scan.lang = root.get("lang") or root.get("xml:lang")
    # One walk that lxml filters in C; positions count each tag group on its own.
    metas = links = headings = 0
    title: HtmlElement | None = None
    for element in root.iter("meta", "script", "link", "title", "h1", "h2", "h3"):
        tag = element.tag
        if tag == "meta":
            _scan_meta(scan, element, metas, element.getparent() is head)
            metas += 1
        elif tag == "script":
            # The type first: reading a script's text copies it (often many kilobytes).
            kind = element.get("type")
            if kind and kind.strip().lower() in _JSONLD_TYPES:
                text = element.text
                if text:
                    scan.jsonld.append(text)
        elif tag == "link":
            rel = element.get("rel")
            href = element.get("href")
            if rel and href is not None:
                tokens = rel.lower().split()
                if _LINK_RELS.intersection(tokens):
                    scan.links.append(LinkTag(frozenset(tokens), href, element, links))
            links += 1
        elif tag == "title":
            # The head's title, else the first one anywhere.
            parent = element.getparent()
            if parent is not None and parent.tag in _SVG_TAGS:
                continue  # an icon's tooltip
            if title is None or (parent is head and title.getparent() is not head):
                title = element
        else:
            scan.headings.append(Spot(headings, element))
            headings += 1
    if title is not None:
        scan.title = all_text(title)
    return scan


def scan_elements(
    scan: PageScan,
    elements: Iterable[tuple[int, HtmlElement]],
    *,
    whole_page: bool,
    extend: bool = False,
) -> None:
    """The second pass, over the elements given (the region around the headline, or the whole
    page): the roles their class and id names give, ``itemprop`` values, ``<time>`` elements and
    author links, with the positions given. Over the whole page it also collects the headings
    again in the same numbering."""
    roles_found: list[tuple[Spot, frozenset[str]]] = []
    itemprops: list[tuple[Spot, str]] = []
    times: list[Spot] = []
    links: list[LinkTag] = []
    headings: list[Spot] = []
    for position, element in elements:
        # One call lists the element's attribute names: most elements lack those read here
        # (each get() costs about as much as the list), and half of them have none at all.
        keys = element.keys()
        tag = element.tag
        if tag in _SCANNED_TAGS:
            if tag == "meta":
                continue
            if tag == "a":
                rel = element.get("rel") if "rel" in keys else None
                href = element.get("href") or ""
                if rel:
                    tokens = rel.lower().split()
                    if _LINK_RELS.intersection(tokens):
                        links.append(LinkTag(frozenset(tokens), href, element, position))
                # Links to an author's page count next to the headline only (a byline).
                if (
                    -_AUTHOR_LINK_BEFORE <= position <= _AUTHOR_LINK_AFTER
                    and href
                    and is_author_href(href)
                ):
                    links.append(LinkTag(_AUTHOR_PAGE, href, element, position))
            elif tag in _TIME_TAGS:
                times.append(Spot(position, element))
            elif whole_page:
                headings.append(Spot(position, element))
        if not keys:
            # Comments land here too (their tag is a function, in no table).
            if tag in _TAG_ROLES:
                roles_found.append((Spot(position, element), _TAG_ROLES[tag]))
            continue
        names = element.get("class") if "class" in keys else None
        roles = class_roles(names) if names else None
        ident = element.get("id") if "id" in keys else None
        if ident:
            more = class_roles(ident)
            if more:
                roles = roles | more if roles else more
        if tag in _TAG_ROLES:
            roles = roles | _TAG_ROLES[tag] if roles else _TAG_ROLES[tag]
        if roles:
            roles_found.append((Spot(position, element), roles))
        itemprop = element.get("itemprop") if "itemprop" in keys else None
        if itemprop:
            itemprops.append((Spot(position, element), itemprop))
    if extend:
        scan.roles = sorted(scan.roles + roles_found, key=_by_position)
        scan.itemprops = sorted(scan.itemprops + itemprops, key=_by_position)
        scan.times = sorted(scan.times + times, key=lambda spot: spot.position)
        scan.anchor_links = sorted(scan.anchor_links + links, key=lambda link: link.position)
        return
    scan.roles = roles_found
    scan.itemprops = scan.meta_itemprops + itemprops
    scan.times = times
    scan.anchor_links = links
    if whole_page:
        scan.headings = headings


# ``<time>`` and the custom elements that scripts render as one (GitHub's ``<relative-time>``).
_TIME_TAGS = frozenset({"time", "relative-time", "local-time", "time-ago"})
# The tags that ``scan_elements`` reads for themselves.
_SCANNED_TAGS = frozenset({"a", "meta", *_TIME_TAGS, *_HEADING_TAGS})
# Elements whose tag names a byline: ``<address>`` (HTML's element for the author's contact
# information) and custom tags ("<byline>").
_TAG_ROLES = {
    "byline": frozenset({"byline"}),
    "address": frozenset({"byline"}),
    "author": frozenset({"byline"}),
}


def _by_position(item: tuple[Spot, Any]) -> int:
    return item[0].position


_AUTHOR_LINK_BEFORE, _AUTHOR_LINK_AFTER = 20, 80
#: The rel tokens given to links that point at an author's page.
_AUTHOR_PAGE = frozenset({"author-page"})


def scan_page(root: HtmlElement) -> PageScan:
    """Both passes over the whole page."""
    scan = scan_head(root)
    scan_elements(scan, enumerate(root.iter()), whole_page=True)
    return scan


_JSONLD_TYPES = frozenset({"application/ld+json", "application/json+ld"})
_SVG_TAGS = frozenset({"svg", "g", "symbol", "use", "path", "defs"})


def _scan_meta(scan: PageScan, element: HtmlElement, position: int, in_head: bool) -> None:
    get = element.get
    content = get("content")
    if content is None:
        content = get("value")
        if content is None:
            return
    itemprop = get("itemprop")
    if itemprop and not in_head:
        scan.meta_itemprops.append((Spot(position, element), itemprop))
    key = get("property") or get("name") or itemprop or get("http-equiv")
    if key:
        kept = _kept_key(key)
        if kept is not None:
            scan.metas.append(MetaTag(kept, content, element, position, in_head))


@functools.lru_cache(maxsize=2048)
def _kept_key(key: str) -> str | None:
    """A meta key in lower case when some field is read from it (only those are kept)."""
    key = key.strip().lower()
    if (
        key in KEY_FIELDS
        or normalize_key(key) in KEY_FIELDS
        or key.startswith(("twitter:label", "twitter:data"))
    ):
        return key
    return None
