"""SiteAdapter: what a site adapter declares (domains, URL patterns, selectors) and its hooks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast
from urllib.parse import urlsplit

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._errors import SelectorError
from pressparse._model import Article

__all__ = ["SELECTOR_FIELDS", "CompiledSelector", "SiteAdapter", "compile_selector"]

#: The fields a selector may be given for, and what each selects.
SELECTOR_FIELDS: Mapping[str, str] = {
    "title": "the headline element",
    "subtitle": "the dek / standfirst under the headline",
    "kicker": "the section label or overline above the headline",
    "published": "the publication date (its datetime/content attribute or its text)",
    "modified": "the last-modified date",
    "bylines": "every byline element (each parsed with parse_byline)",
    "dateline": "the dateline element (parsed with parse_dateline)",
    "site_name": "the site or publisher name",
    "description": "the summary / description",
    "tags": "every tag or keyword element",
    "body": "the content root: extraction stays inside it",
    "remove": "elements dropped before extraction",
    "figures": "every figure container",
    "caption": "the caption inside a figure container",
    "credit": "the credit inside a figure container",
}

CompiledSelector = Callable[[HtmlElement], Any]


def compile_selector(selector: str) -> CompiledSelector:
    """A CSS selector, or an XPath expression when it starts with ``/``, ``./`` or ``(``.

    Examples:
        >>> from lxml.html import fromstring
        >>> compile_selector("p.x")(fromstring("<div><p class=x>a</p></div>"))[0].text
        'a'
    """
    try:
        if selector.startswith(("/", "./", "(")):
            return cast("CompiledSelector", etree.XPath(selector))
        from lxml.cssselect import CSSSelector

        return cast("CompiledSelector", CSSSelector(selector, translator="html"))
    except (etree.XPathSyntaxError, etree.XPathEvalError) as exc:
        raise SelectorError(f"bad XPath {selector!r}: {exc}") from exc
    except Exception as exc:  # cssselect raises its own SelectorSyntaxError / ExpressionError
        raise SelectorError(f"bad CSS selector {selector!r}: {exc}") from exc


def _selector_map(value: Mapping[str, str | Iterable[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for field, selectors in value.items():
        if field not in SELECTOR_FIELDS:
            raise SelectorError(
                f"unknown selector field {field!r}; known fields: {', '.join(SELECTOR_FIELDS)}"
            )
        items = (selectors,) if isinstance(selectors, str) else tuple(selectors)
        if not items or not all(isinstance(s, str) and s.strip() for s in items):
            raise SelectorError(f"selector for {field!r} must be a non-empty string or strings")
        out[field] = items
    return out


def _domains(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    return tuple(d.strip().lower().lstrip(".") for d in value if d.strip())


def _patterns(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    items = tuple(value)
    for pattern in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SelectorError(f"bad URL pattern {pattern!r}: {exc}") from exc
    return items


@attrs.frozen(eq=False, getstate_setstate=False)
class SiteAdapter:
    """Teaches pressparse one site (or family of sites).

    Examples:
        >>> adapter = SiteAdapter(
        ...     name="example-news",
        ...     domains=("news.example.com",),
        ...     selectors={"title": "h1.headline", "body": "div.story", "remove": [".promo"]},
        ... )
        >>> adapter.match_score("https://www.news.example.com/a/1") is not None
        True

    ``domains`` match the host and its subdomains; ``patterns`` are regular expressions searched
    in the full URL (an adapter with only patterns matches any host whose URL fits one).
    ``selectors`` maps fields (see ``SELECTOR_FIELDS``) to a CSS selector, an XPath expression
    (starting with ``/``, ``./`` or ``(``), or a list of them tried in order. A field whose
    selectors match nothing falls back to the generic path, with a warning.

    Subclass and override ``process_tree`` or ``process_article`` for what selectors cannot say.
    """

    name: str = attrs.field()
    domains: tuple[str, ...] = attrs.field(default=(), converter=_domains)
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_patterns)
    selectors: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_selector_map)
    priority: int = 0
    _compiled: dict[str, tuple[CompiledSelector, ...]] = attrs.field(init=False, repr=False)

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not re.fullmatch(
            r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", value
        ):
            raise ValueError(
                f"adapter name must be 1-64 letters, digits, '.', '_' or '-': {value!r}"
            )

    def __attrs_post_init__(self) -> None:
        compiled = {
            field: tuple(compile_selector(s) for s in selectors)
            for field, selectors in self.selectors.items()
        }
        object.__setattr__(self, "_compiled", compiled)

    def __getstate__(self) -> dict[str, Any]:
        # Compiled selectors do not pickle; they are rebuilt from the selector strings.
        return {
            a.name: getattr(self, a.name) for a in attrs.fields(type(self)) if a.name != "_compiled"
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        self.__attrs_post_init__()

    def match_score(self, url: str | None) -> int | None:
        """How specifically this adapter matches ``url`` (higher is more specific), or None.

        A domain match scores by the number of labels in the matched domain; a URL pattern match
        adds 100, so a pattern-restricted adapter beats a domain-only one for the same site.
        """
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return None
        score: int | None = None
        for domain in self.domains:
            if host == domain or host.endswith("." + domain):
                labels = domain.count(".") + 1
                score = labels if score is None else max(score, labels)
        if self.domains and score is None:
            return None
        if self.patterns:
            if not any(re.search(p, url) for p in self.patterns):
                return None
            score = (score or 0) + 100
        return score

    def select(self, field: str, root: HtmlElement) -> list[HtmlElement | str]:
        """Everything the field's first matching selector selects (empty when none matches)."""
        for selector in self._compiled.get(field, ()):
            found = selector(root)
            if isinstance(found, list) and found:
                return found
        return []

    def process_tree(self, root: HtmlElement) -> HtmlElement:
        """Hook: change the tree before anything is read from it. Return the tree to use."""
        return root

    def process_article(self, article: Article) -> Article:
        """Hook: change the finished Article (``attrs.evolve`` it). Return the Article to use."""
        return article
