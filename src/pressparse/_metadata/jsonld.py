"""JSON-LD: read ``application/ld+json`` scripts leniently and find the article's node in them.

Pages ship JSON-LD in every shape: one object, an array, an ``@graph`` (at any depth), ``@type``
lists, references by ``@id``, and broken JSON (trailing commas, raw control characters inside
strings, HTML comment or CDATA wrappers, several objects written one after the other). This module
turns a script's text into the JSON values it holds, walks them into a flat list of nodes, and
picks the node that describes the article.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = [
    "JsonLdNode",
    "JsonLdPage",
    "load_jsonld",
    "node_types",
    "read_jsonld_page",
    "text_of",
]

#: JSON-LD scripts larger than this are skipped (no page needs megabytes of structured data).
MAX_SCRIPT_CHARS = 2_000_000
#: At most this many nodes are looked at per page.
MAX_NODES = 5_000

_DECODER = json.JSONDecoder(strict=False)
_WRAPPERS = re.compile(r"<!--|-->|<!\[CDATA\[|\]\]>|^\s*//|//\s*$", re.MULTILINE)
_TRAILING_COMMA = re.compile(r",[ \t\r\n]*(?=[}\]])")
_BETWEEN_VALUES = re.compile(r"[\s,;]*")

#: Types (lower-cased, without a vocabulary prefix) that describe an article or a post.
ARTICLE_TYPES = frozenset(
    """article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle
    reviewnewsarticle backgroundnewsarticle askpublicnewsarticle blogposting liveblogposting
    socialmediaposting discussionforumposting pressrelease report scholarlyarticle
    techarticle medicalscholarlyarticle satiricalarticle advertisercontentarticle posting""".split()  # noqa: SIM905 (a word list reads best as text)
)
#: Types of the page as a whole: a weaker source than an article node.
PAGE_TYPES = frozenset(
    """webpage itempage aboutpage profilepage qapage faqpage collectionpage medicalwebpage
    realestatelisting searchresultspage""".split()  # noqa: SIM905 (a word list reads best as text)
)
# Keys under which an article node is somebody else's (a list of teasers, a citation, ...).
_FOREIGN_KEYS = frozenset(
    """itemlistelement haspart relatedlink citation isbasedon review reviews comment mentions
    about subjectof workexample significantlink""".split()  # noqa: SIM905 (a word list reads best as text)
)


def load_jsonld(text: str) -> list[Any]:
    """The JSON values in one script's text, read strictly first and leniently when that fails.

    Examples:
        >>> load_jsonld('{"@type": "NewsArticle", "headline": "A",}')
        [{'@type': 'NewsArticle', 'headline': 'A'}]
        >>> load_jsonld('<!-- {"a": 1} {"b": 2} -->')
        [{'a': 1}, {'b': 2}]
        >>> load_jsonld("not json")
        []
    """
    if not text or len(text) > MAX_SCRIPT_CHARS:
        return []
    try:
        return [_DECODER.decode(text.strip())]
    except (ValueError, RecursionError):
        pass
    cleaned = _TRAILING_COMMA.sub("", _WRAPPERS.sub(" ", text))
    values: list[Any] = []
    position = 0
    while True:
        position = _BETWEEN_VALUES.match(cleaned, position).end()  # type: ignore[union-attr]
        if position >= len(cleaned):
            break
        try:
            value, position = _DECODER.raw_decode(cleaned, position)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values


def node_types(node: dict[str, Any]) -> frozenset[str]:
    """The node's ``@type`` values, lower-cased and without a vocabulary prefix.

    Examples:
        >>> sorted(node_types({"@type": ["NewsArticle", "http://schema.org/Article"]}))
        ['article', 'newsarticle']
    """
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return frozenset(
        v.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
        for v in values
        if isinstance(v, str)
    )


def text_of(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, the first of a list, or a node's name.

    Examples:
        >>> text_of([{"@type": "Person", "name": " Ann  Lee "}])
        'Ann Lee'
    """
    if value is None:
        return None  # most look-ups: the key is not there
    for _ in range(4):
        if isinstance(value, list):
            value = value[0] if value else None
        elif isinstance(value, dict):
            value = value.get("name") if "name" in value else value.get("@value")
        else:
            break
    if isinstance(value, str):
        if "&" in value:
            value = html.unescape(value)  # pages escape their JSON-LD strings as HTML
        return " ".join(value.split()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


@attrs.frozen
class JsonLdNode:
    """One object found in a page's JSON-LD, with how deep it sat and whether it is a foreign
    item (an entry of a list, a citation, a review: another page's article)."""

    data: dict[str, Any]
    types: frozenset[str]
    depth: int
    foreign: bool
    order: int


@attrs.frozen
class JsonLdPage:
    """Every JSON-LD node of a page, nodes by ``@id``, and the article node (if any)."""

    nodes: tuple[JsonLdNode, ...]
    by_id: dict[str, dict[str, Any]]
    article: JsonLdNode | None
    page: JsonLdNode | None
    broken: int = 0
    #: With no article node: the page's main creative work (a how-to, a recipe, a video) that
    #: states a date or an author, a weaker source than an article node.
    work: JsonLdNode | None = None

    def resolve(self, value: Any) -> Any:
        """A ``{"@id": ...}`` reference replaced by the node it names (if the page has it)."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2:
            target = self.by_id.get(str(value["@id"]))
            if target is not None:
                return target
        return value

    def first_of_type(self, types: Iterable[str]) -> JsonLdNode | None:
        """The first node with one of ``types`` (lower-case names)."""
        wanted = frozenset(types)
        return next((n for n in self.nodes if n.types & wanted), None)


def _walk(values: Iterable[Any]) -> Iterator[tuple[dict[str, Any], int, bool]]:
    """Every dict in the values, depth first in document order, with its depth and foreignness."""
    stack: list[tuple[Any, int, bool]] = [(v, 0, False) for v in reversed(list(values))]
    seen = 0
    while stack and seen < MAX_NODES:
        value, depth, foreign = stack.pop()
        if isinstance(value, list):
            stack.extend((v, depth, foreign) for v in reversed(value))
            continue
        if not isinstance(value, dict):
            continue
        seen += 1
        yield value, depth, foreign
        children: list[tuple[Any, int, bool]] = []
        for key, child in value.items():
            if not isinstance(child, (dict, list)):
                continue
            lowered = key.lower()
            # @graph members are top-level nodes; everything else nests one level deeper.
            child_depth = depth if lowered == "@graph" else depth + 1
            children.append((child, child_depth, foreign or lowered in _FOREIGN_KEYS))
        stack.extend(reversed(children))


def _article_rank(node: JsonLdNode, urls: frozenset[str]) -> tuple[int, ...]:
    data = node.data
    own_url = 0
    for key in ("url", "mainEntityOfPage", "@id"):
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and _bare_url(value) in urls:
            own_url = 1
            break
    return (
        0 if node.foreign else 1,
        own_url,
        1 if isinstance(data.get("headline"), str) else 0,
        -node.depth,
        1 if "datePublished" in data else 0,
        -node.order,
    )


def _bare_url(url: str) -> str:
    return (
        url.split("#", 1)[0]
        .split("?", 1)[0]
        .rstrip("/")
        .lower()
        .removeprefix("https:")
        .removeprefix("http:")
    )


def read_jsonld_page(texts: Iterable[str], *, urls: Iterable[str | None] = ()) -> JsonLdPage:
    """All nodes of the page's JSON-LD scripts and the node that describes the article.

    ``urls`` (the page's URL, its canonical URL) break ties between several article nodes.

    Examples:
        >>> page = read_jsonld_page(
        ...     [
        ...         '{"@graph": [{"@type": "WebSite", "name": "S"},'
        ...         ' {"@type": ["NewsArticle"], "headline": "H"}]}'
        ...     ]
        ... )
        >>> page.article.data["headline"], len(page.nodes)
        ('H', 3)
    """
    nodes: list[JsonLdNode] = []
    broken = 0
    for text in texts:
        values = load_jsonld(text)
        if not values and text.strip():
            broken += 1
        for data, depth, foreign in _walk(values):
            nodes.append(JsonLdNode(data, node_types(data), depth, foreign, len(nodes)))
    by_id: dict[str, dict[str, Any]] = {}
    for node in nodes:
        node_id = node.data.get("@id")
        if isinstance(node_id, str) and len(node.data) > 1:
            by_id.setdefault(node_id, node.data)
    wanted = frozenset(_bare_url(u) for u in urls if u)
    articles = [n for n in nodes if n.types & ARTICLE_TYPES]
    article = max(articles, key=lambda n: _article_rank(n, wanted)) if articles else None
    pages = [n for n in nodes if n.types & PAGE_TYPES and not n.foreign]
    page = max(pages, key=lambda n: _article_rank(n, wanted)) if pages else None
    work = None
    if article is None:
        works = [
            n
            for n in nodes
            if n.depth == 0
            and not n.foreign
            and n.types
            and not n.types & _NOT_WORKS
            and ("datePublished" in n.data or "author" in n.data)
        ]
        work = max(works, key=lambda n: _article_rank(n, wanted)) if works else None
    return JsonLdPage(tuple(nodes), by_id, article, page, broken, work)


# Top-level nodes that are not the page's content.
_NOT_WORKS = PAGE_TYPES | frozenset(
    """website organization newsmediaorganization corporation person breadcrumblist
    itemlist sitenavigationelement searchaction imageobject localbusiness place
    postaladdress contactpoint wpheader wpfooter""".split()  # noqa: SIM905 (a word list reads best as text)
)
