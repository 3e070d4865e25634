"""``<meta>`` tags: OpenGraph, Twitter cards, Dublin Core, parsely, sailthru, citation_*, ...

``meta_fields`` maps each known key to the metadata field it gives, and names the source the way
``provenance`` reports it: ``"opengraph"`` for ``og:*``, ``"twitter"`` for ``twitter:*`` and
``"meta:KEY"`` for everything else (``"meta:article:published_time"``, ``"meta:author"``).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable
from typing import NamedTuple

import attrs
from lxml.html import HtmlElement

__all__ = ["KEY_FIELDS", "MetaTag", "MetaValue", "meta_fields", "meta_source", "normalize_key"]

_FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": (
        "og:title",
        "twitter:title",
        "dc.title",
        "dcterms.title",
        "citation_title",
        "parsely-title",
        "sailthru.title",
        "title",
        "headline",
    ),
    "description": (
        "og:description",
        "description",
        "twitter:description",
        "dc.description",
        "dcterms.description",
        "dcterms.abstract",
        "sailthru.description",
        "citation_abstract",
    ),
    "site_name": (
        "og:site_name",
        "application-name",
        "apple-mobile-web-app-title",
        "dc.publisher",
        "dcterms.publisher",
        "citation_publisher",
        "citation_journal_title",
        "publisher",
    ),
    "image": (
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
        "sailthru.image.full",
        "parsely-image-url",
        "thumbnail",
        "thumbnailurl",
    ),
    "published": (
        "article:published_time",
        "og:article:published_time",
        "article:published",
        "published_time",
        "og:published_time",
        "datepublished",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date.created",
        "dcterms.created",
        "dc.date",
        "dcterms.date",
        "citation_publication_date",
        "citation_date",
        "citation_online_date",
        "publishdate",
        "publish-date",
        "publish_date",
        "pubdate",
        "pub_date",
        "article.published",
        "article_date_original",
        "original-publish-date",
        "cxenseparse:recs:publishtime",
        "date",
        "created",
        "release_date",
        "og:pubdate",
    ),
    "modified": (
        "article:modified_time",
        "og:updated_time",
        "article:updated_time",
        "og:article:modified_time",
        "datemodified",
        "dc.date.modified",
        "dcterms.modified",
        "article.updated",
        "modified",
        "last-modified",
        "lastmod",
    ),
    "authors": (
        "author",
        "article:author",
        "og:article:author",
        "byl",
        "dc.creator",
        "dcterms.creator",
        "sailthru.author",
        "parsely-author",
        "citation_author",
        "book:author",
        "cxenseparse:author",
        "article:author_name",
        "og:author",
        "article:byline",
        "articleauthor",
        "article_author",
        "sailthru.byline_name",
        "shareaholic:article_author_name",
        "twitter:creator",
    ),
    "language": (
        "og:locale",
        "content-language",
        "dc.language",
        "dcterms.language",
        "language",
        "inlanguage",
    ),
    "canonical_url": ("og:url",),
    "tags": (
        "article:tag",
        "news_keywords",
        "keywords",
        "parsely-tags",
        "sailthru.tags",
        "dc.subject",
    ),
    "kicker": ("article:section", "parsely-section", "section"),
}

#: Each known key and the field it gives.
KEY_FIELDS: dict[str, str] = {key: field for field, keys in _FIELD_KEYS.items() for key in keys}
#: Rank of a key within its field (lower is trusted more).
KEY_RANK: dict[str, int] = {
    key: rank for keys in _FIELD_KEYS.values() for rank, key in enumerate(keys)
}


@functools.lru_cache(maxsize=2048)
def normalize_key(key: str) -> str:
    """The lookup form of a meta key: lower case, Dublin Core prefixes with a dot.

    Examples:
        >>> normalize_key("DC:Date.Issued")
        'dc.date.issued'
        >>> normalize_key("og:title")
        'og:title'
    """
    key = key.strip().lower()
    for prefix in ("dc:", "dcterms:", "dct:", "dcterm:"):
        if key.startswith(prefix):
            return ("dcterms." if prefix != "dc:" else "dc.") + key[len(prefix) :]
    if key.startswith(("dcterm.", "dct.")):
        return "dcterms." + key.split(".", 1)[1]
    return key


def meta_source(key: str) -> str:
    """The provenance name of a meta key.

    Examples:
        >>> meta_source("og:title"), meta_source("twitter:title"), meta_source("byl")
        ('opengraph', 'twitter', 'meta:byl')
    """
    if key.startswith("og:"):
        return "opengraph"
    if key.startswith("twitter:"):
        return "twitter"
    return f"meta:{key}"


class MetaTag(NamedTuple):
    """A ``<meta>``: its key (name/property/itemprop/http-equiv, lower case) and content."""

    key: str
    content: str
    element: HtmlElement
    position: int
    in_head: bool


@attrs.frozen
class MetaValue:
    """One meta tag's value for a field, with its key and rank among that field's keys."""

    field: str
    key: str
    value: str
    rank: int

    @property
    def source(self) -> str:
        return meta_source(self.key)


def meta_fields(metas: Iterable[MetaTag]) -> dict[str, list[MetaValue]]:
    """The meta tags that give a metadata field, per field, sorted by trust then page order.

    Values are unescaped once more when a page escaped them twice (``&amp;mdash;``), and
    whitespace is collapsed. ``itemprop`` metas inside ``<body>`` belong to microdata and are
    skipped here.
    """
    found: dict[str, list[MetaValue]] = {}
    for meta in metas:
        if not meta.in_head and meta.element.get("itemprop") and not meta.element.get("name"):
            continue
        key = normalize_key(meta.key)
        field = KEY_FIELDS.get(key)
        if field is None:
            continue
        value = meta.content
        if "&" in value:
            value = html.unescape(value)
        value = " ".join(value.split())
        if value:
            found.setdefault(field, []).append(MetaValue(field, key, value, KEY_RANK[key]))
    for values in found.values():
        values.sort(key=lambda v: v.rank)
    return found
