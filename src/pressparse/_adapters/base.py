"""SiteAdapter: what a site adapter declares (domains, URL patterns, selectors) and its hooks.

An adapter is a frozen attrs class. Its selectors are compiled once, when it is made, into
``CompiledSelector`` objects that pickle as their source text (so adapters travel to worker
processes) and that any number of threads may use at once (lxml serialises evaluation of one
compiled XPath object internally).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._errors import SelectorError
from pressparse._model import Article, Byline, Dateline, DateValue
from pressparse._text.byline import parse_byline
from pressparse._text.dateline import parse_dateline
from pressparse._text.dates import parse_date

__all__ = [
    "GENERIC",
    "SELECTOR_FIELDS",
    "CompiledSelector",
    "SelectorMap",
    "SiteAdapter",
    "compile_selector",
]

#: The fields a selector may be given for, and what each selects.
SELECTOR_FIELDS: Mapping[str, str] = {
    "title": "the headline element",
    "subtitle": "the dek / standfirst under the headline",
    "kicker": "the section label or overline above the headline",
    "published": "the publication date (its datetime/content attribute, or its text)",
    "modified": "the last-modified date (its datetime/content attribute, or its text)",
    "bylines": "every byline element (their texts go to SiteAdapter.parse_bylines)",
    "dateline": "the dateline element (its text goes to SiteAdapter.parse_dateline)",
    "site_name": "the site or publisher name",
    "description": "the summary / description",
    "image": "the lead image (an <img>, or an attribute value such as og:image's content)",
    "tags": "every tag or keyword element",
    "body": "the content root: extraction stays inside it",
    "remove": "elements dropped before extraction (matching nothing is normal)",
    "figures": "every figure container (each becomes one Figure)",
    "caption": "the caption inside a figure container (needs 'figures')",
    "credit": "the photo credit inside a figure container (needs 'figures')",
}

#: The reserved adapter name that means "no adapter": ``parse(html, url, adapter="generic")``.
GENERIC = "generic"

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
# A CSS selector may end with a parsel-style pseudo-element that selects text or an attribute.
_PSEUDO = re.compile(r"::(?:(?P<text>text)|attr\(\s*(?P<attr>[A-Za-z_:][-\w:.]{0,60})\s*\))\s*$")
_MAX_URL = 4096


# An XPath function call at the start ("string(//h1)"): CSS never opens with "name(".
_XPATH_CALL = re.compile(r"[a-z][a-z-]{0,30}\(")


def _is_xpath(selector: str) -> bool:
    text = selector.lstrip()
    return text.startswith(("/", "./", "(", "../")) or _XPATH_CALL.match(text) is not None


class CompiledSelector:
    """One compiled CSS selector or XPath expression; calling it gives elements and strings.

    XPath is recognised by its start (``/``, ``./``, ``../``, ``(``, or a function call such as
    ``string(``); anything else is CSS (through cssselect, with HTML's case rules). XPath may return attribute values or text
    (``//meta[@property='og:title']/@content``); CSS may end with ``::text`` or ``::attr(NAME)``
    for the same. Results keep document order; comments and processing instructions are
    dropped, and strings come back as plain ``str`` (no reference to the tree).

    Examples:
        >>> from lxml.html import fromstring
        >>> page = fromstring('<div><p class="x" data-id="7">a</p><p class="x">b</p></div>')
        >>> [p.text for p in CompiledSelector("p.x")(page)]
        ['a', 'b']
        >>> CompiledSelector("p.x::attr(data-id)")(page)
        ['7']
        >>> CompiledSelector("//p/text()")(page)
        ['a', 'b']
    """

    __slots__ = ("_attribute", "_text", "_xpath", "source")

    def __init__(self, source: str) -> None:
        if not isinstance(source, str) or not source.strip():
            raise SelectorError(f"a selector is a non-empty string, not {source!r}")
        self.source = source
        self._text = False
        self._attribute: str | None = None
        try:
            if _is_xpath(source):
                self._xpath = etree.XPath(source.strip())
                return
            from lxml.cssselect import CSSSelector

            css = source
            pseudo = _PSEUDO.search(source)
            if pseudo is not None:
                css = source[: pseudo.start()]
                self._text = pseudo.group("text") is not None
                self._attribute = pseudo.group("attr")
            self._xpath = CSSSelector(css, translator="html")
        except (etree.XPathSyntaxError, etree.XPathEvalError) as exc:
            raise SelectorError(f"bad XPath {source!r}: {exc}") from exc
        except Exception as exc:  # cssselect raises its own SelectorSyntaxError / ExpressionError
            raise SelectorError(f"bad CSS selector {source!r}: {exc}") from exc

    def __call__(self, root: HtmlElement) -> list[HtmlElement | str]:
        """Everything the selector selects below (and including) ``root``.

        Raises ``SelectorError`` when an XPath expression fails at evaluation time (an unknown
        function or namespace prefix, for instance).
        """
        try:
            found: Any = self._xpath(root)
        except etree.XPathError as exc:
            raise SelectorError(f"selector {self.source!r} failed: {exc}") from exc
        return list(self._results(found))

    def _results(self, found: Any) -> Iterator[HtmlElement | str]:
        if isinstance(found, str):
            if found.strip():
                yield str(found)
            return
        if not isinstance(found, list):
            return  # a number or a boolean from an XPath function: nothing to select
        for item in found:
            if isinstance(item, str):
                yield str(item)
            elif isinstance(item, etree._Element) and isinstance(item.tag, str):
                if self._attribute is not None:
                    value = item.get(self._attribute)
                    if value is not None:
                        yield value
                elif self._text:
                    yield "".join(str(piece) for piece in item.itertext())
                else:
                    yield item

    def __reduce__(self) -> tuple[Any, ...]:
        return (CompiledSelector, (self.source,))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompiledSelector):
            return self.source == other.source
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"CompiledSelector({self.source!r})"


def compile_selector(selector: str) -> CompiledSelector:
    """Compile a CSS selector or XPath expression (see ``CompiledSelector``).

    Raises ``SelectorError`` when it does not compile.

    Examples:
        >>> from lxml.html import fromstring
        >>> compile_selector("p.x")(fromstring("<div><p class=x>a</p></div>"))[0].text
        'a'
    """
    return CompiledSelector(selector)


class SelectorMap(Mapping[str, tuple[str, ...]]):
    """An immutable, hashable mapping of field name to the selectors tried for it, in order."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, tuple[str, ...]]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (SelectorMap, (self._data,))


def _selector_map(value: Mapping[str, str | Iterable[str]] | None) -> SelectorMap:
    if isinstance(value, SelectorMap):
        return value
    if value is None:
        return SelectorMap({})
    if not isinstance(value, Mapping):
        raise SelectorError(f"selectors must be a mapping of field to selector(s), not {value!r}")
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
    for field in ("caption", "credit"):
        if field in out and "figures" not in out:
            raise SelectorError(
                f"a {field!r} selector is read inside each figure container: "
                "give a 'figures' selector too"
            )
    return SelectorMap(out)


def _domain(value: str) -> str:
    text = value.strip().lower()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    text = text.split("/", 1)[0].split(":", 1)[0].strip(".")
    # "www.example.com" means the site: its bare host and other subdomains belong to it too.
    return text[4:] if text.startswith("www.") and text.count(".") >= 2 else text


def _domains(value: str | Iterable[str]) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)
    return tuple(dict.fromkeys(d for d in map(_domain, items) if d))


def _patterns(value: str | Iterable[str]) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)
    for pattern in items:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise SelectorError(f"bad URL pattern {pattern!r}: {exc}") from exc
    return items


def _fields(value: str | Iterable[str]) -> frozenset[str]:
    items = frozenset((value,) if isinstance(value, str) else value)
    unknown = items - set(SELECTOR_FIELDS)
    if unknown:
        raise SelectorError(f"unknown optional field(s): {', '.join(sorted(unknown))}")
    return items


def _compile_all(
    selectors: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[CompiledSelector, ...]]:
    return {field: tuple(map(CompiledSelector, items)) for field, items in selectors.items()}


@attrs.frozen
class SiteAdapter:
    """Teaches pressparse one site (or a family of sites).

    Examples:
        >>> adapter = SiteAdapter(
        ...     name="example-news",
        ...     domains=("news.example.com",),
        ...     selectors={"title": "h1.headline", "body": "div.story", "remove": [".promo"]},
        ... )
        >>> adapter.match_score("https://www.news.example.com/a/1") is not None
        True
        >>> adapter.match_score("https://example.com/a/1") is None
        True

    Attributes:
        name: A unique name, 1-64 letters, digits, ``.``, ``_`` or ``-`` (``"generic"`` is
            reserved). It appears in ``Article.provenance`` as ``"adapter:NAME"``.
        domains: Hosts the adapter matches, each with its subdomains (``"example.com"`` matches
            ``www.example.com`` and ``news.example.com``). A URL may be given; its host is used.
        patterns: Regular expressions searched in the full URL. With domains, a URL must match
            a domain *and* a pattern; without domains, a pattern alone matches.
        selectors: Field name (see ``SELECTOR_FIELDS``) to a CSS selector, an XPath expression
            (starting with ``/``, ``./``, ``../``, ``(`` or a function such as ``string(``), or a
            list of them tried in order until
            one matches (``remove`` is the exception: all of its selectors apply). A field whose
            selectors all match nothing comes from the generic path, with a warning that names
            the adapter, the field and the selectors.
        optional: Fields that a page may legitimately lack (a subtitle on some stories only):
            they still fall back to the generic path, but without a warning.
        priority: Breaks ties between adapters that match a URL equally specifically (higher
            wins), and lets two adapters claim one domain without a conflict.

    Subclass it (``@attrs.frozen``, adding fields of your own if you need them) and override the
    hooks for what selectors cannot say: ``process_tree`` (before anything is read),
    ``parse_date``, ``parse_bylines`` and ``parse_dateline`` (how selected text is read), and
    ``process_article`` (after the Article is built).
    """

    name: str = attrs.field()
    domains: tuple[str, ...] = attrs.field(default=(), converter=_domains)
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_patterns)
    selectors: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=lambda: SelectorMap({}), converter=_selector_map
    )
    optional: frozenset[str] = attrs.field(default=frozenset(), converter=_fields)
    priority: int = attrs.field(default=0)
    _compiled: Mapping[str, tuple[CompiledSelector, ...]] | None = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False
    )
    _url_patterns: tuple[re.Pattern[str], ...] | None = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False
    )

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _NAME.fullmatch(value):
            raise SelectorError(
                f"adapter name must be 1-64 letters, digits, '.', '_' or '-': {value!r}"
            )
        if value == GENERIC:
            raise SelectorError(f"{GENERIC!r} is reserved: it means no adapter")

    @priority.validator
    def _check_priority(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise SelectorError(f"priority must be an int, not {value!r}")

    def __attrs_post_init__(self) -> None:
        # A subclass that redeclares a field without the converter still gets normalized values.
        object.__setattr__(self, "selectors", _selector_map(self.selectors))
        object.__setattr__(self, "domains", _domains(self.domains))
        object.__setattr__(self, "patterns", _patterns(self.patterns))
        object.__setattr__(self, "optional", _fields(self.optional))
        self._ensure_compiled()

    def _ensure_compiled(self) -> Mapping[str, tuple[CompiledSelector, ...]]:
        compiled = self._compiled
        if compiled is None:
            # Normally done by __attrs_post_init__; lazily here for a subclass that overrides it
            # without calling super(). Compiling twice in a race gives equal values: harmless.
            compiled = _compile_all(_selector_map(self.selectors))
            object.__setattr__(self, "_compiled", compiled)
            object.__setattr__(
                self, "_url_patterns", tuple(re.compile(p) for p in _patterns(self.patterns))
            )
        return compiled

    # --- matching -----------------------------------------------------------------------------

    def match_score(self, url: str | None) -> int | None:
        """How specifically this adapter matches ``url`` (higher is more specific), or None.

        A domain match scores the number of labels in the matched domain (``news.example.com``
        beats ``example.com``); a URL pattern match adds 100, so a pattern-restricted adapter
        beats a domain-only one for the same site.

        Examples:
            >>> a = SiteAdapter(name="a", domains=["example.com"], patterns=[r"/news/"])
            >>> (
            ...     a.match_score("https://www.example.com/news/1"),
            ...     a.match_score("https://example.com/"),
            ... )
            (102, None)
        """
        if not url or not isinstance(url, str):
            return None
        self._ensure_compiled()
        try:
            host = (urlsplit(url).hostname or "").lower().rstrip(".")
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
            head = url[:_MAX_URL]
            if not any(p.search(head) for p in self._url_patterns or ()):
                return None
            score = (score or 0) + 100
        return score

    def matches(self, url: str | None) -> bool:
        """True when this adapter matches ``url`` at all."""
        return self.match_score(url) is not None

    # --- selecting ----------------------------------------------------------------------------

    def selected(self, field: str, root: HtmlElement) -> tuple[str | None, list[HtmlElement | str]]:
        """The first of the field's selectors that selects something, and what it selects.

        ``(None, [])`` when the field has no selector or none of them matches. Raises
        ``SelectorError`` when a selector fails to evaluate.
        """
        for selector in self._ensure_compiled().get(field, ()):
            found = selector(root)
            if found:
                return selector.source, found
        return None, []

    def select(self, field: str, root: HtmlElement) -> list[HtmlElement | str]:
        """Everything the field's first matching selector selects (empty when none matches).

        ``remove`` is the exception: every one of its selectors applies (see ``select_all``).
        """
        if field == "remove":
            return self.select_all(field, root)
        return self.selected(field, root)[1]

    def select_all(self, field: str, root: HtmlElement) -> list[HtmlElement | str]:
        """What all of the field's selectors select, in selector order, without repeats."""
        out: dict[tuple[str, object], HtmlElement | str] = {}
        for selector in self._ensure_compiled().get(field, ()):
            for item in selector(root):
                out.setdefault(("s", item) if isinstance(item, str) else ("e", id(item)), item)
        return list(out.values())

    # --- hooks --------------------------------------------------------------------------------

    def process_tree(self, root: HtmlElement) -> HtmlElement:
        """Hook: change the tree before anything is read from it. Return the tree to use.

        The tree is this parse's own copy: changing it in place is fine.
        """
        return root

    def parse_date(self, text: str) -> DateValue | None:
        """Hook: read a date from the text or attribute value the ``published``/``modified``
        selectors gave. The default is ``pressparse.parse_date``."""
        return parse_date(text)

    def parse_bylines(self, texts: Sequence[str]) -> tuple[Byline, ...]:
        """Hook: turn the texts of the ``bylines`` selector's elements into Bylines.

        The default runs ``pressparse.parse_byline`` on each and drops repeated names.
        """
        out: dict[tuple[str | None, str | None], Byline] = {}
        for text in texts:
            for byline in parse_byline(text):
                out.setdefault((byline.name, byline.organization), byline)
        return tuple(out.values())

    def parse_dateline(
        self, text: str, *, reference: date | None = None, standalone: bool = False
    ) -> Dateline | None:
        """Hook: read the dateline that opens ``text``: the ``dateline`` selector's text (then
        ``standalone`` is True: nothing needs to follow the dateline), or the first paragraph when
        the adapter has no dateline selector. The default is ``pressparse.parse_dateline``."""
        return parse_dateline(text, reference=reference, standalone=standalone)

    def process_article(self, article: Article) -> Article:
        """Hook: change the finished Article (``attrs.evolve`` it). Return the Article to use."""
        return article
