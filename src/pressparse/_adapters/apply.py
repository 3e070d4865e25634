"""Applying an adapter: its selectors override fields one by one, and fall back when they miss.

The rule throughout: an adapter never makes a page worse than no adapter. A selector that matches
nothing, a value that cannot be read, a hook that raises, a body root with clearly less text than
the generic extraction finds: each leaves the generic value in place and adds a warning that names
the adapter, the field and the selector.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from functools import partial
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._adapters.base import SiteAdapter
from pressparse._errors import ParseTimeoutError, SelectorError
from pressparse._extract.figures import RawFigure
from pressparse._html.clean import drop_element
from pressparse._html.load import safe_http_url
from pressparse._html.text import element_text, normalize_space
from pressparse._metadata import Metadata
from pressparse._model import Article, Block, Byline, Dateline, DateValue
from pressparse._trace import Trace

__all__ = [
    "AdapterPlan",
    "adapter_body_fallback",
    "cut_dateline",
    "plan_adapter",
    "run_article_hook",
    "run_tree_hook",
]

_TEXT_FIELDS = ("title", "subtitle", "kicker", "site_name", "description")
# Fields whose elements are page furniture around the story: they never count as body text.
_HEADER_FIELDS = frozenset(
    {"title", "subtitle", "kicker", "bylines", "published", "modified", "site_name", "tags"}
)
_DATE_ATTRIBUTES = ("datetime", "content", "data-datetime", "data-date", "value", "title")
_EPOCH_ATTRIBUTES = ("data-timestamp", "data-time", "data-epoch")
_IMAGE_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "src", "content", "href")
_IMAGE_LINK_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
# The body guard: an adapter's body root with less than this share of the generic extraction's
# text (when that has at least _BODY_GUARD_MIN characters) is taken for an empty shell.
_BODY_GUARD_RATIO = 0.2
_BODY_GUARD_MIN = 300
# An element longer than this is no headline, byline or date: it is not kept out of the body.
_HEADER_MAX_CHARS = 400
# How much text a wrapper may add around a header element and still count as part of it.
_WRAPPER_SLACK = 24
_SEPARATORS = " \t\n-—–:|,"
_TEXT_BLOCK_TAGS = ("p", "li", "blockquote", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6")


@attrs.frozen
class AdapterPlan:
    """What an adapter contributes before extraction.

    ``meta`` is the metadata with the adapter's fields in place (and their elements in
    ``meta.elements``, so extraction keeps them out of the body); ``body_root`` the content root
    (None: the generic choice); ``figures`` the adapter's figures (None: the generic ones) and
    ``figure_elements`` their containers; ``dateline`` with ``dateline_text``, the text it was read
    from up to where the story starts (cut from the body when the body repeats it).
    """

    adapter: SiteAdapter
    meta: Metadata
    body_root: HtmlElement | None = None
    body_selector: str | None = None
    figures: tuple[RawFigure, ...] | None = None
    figure_elements: frozenset[HtmlElement] = frozenset()
    dateline: Dateline | None = None
    dateline_text: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The provenance value of every field this adapter gave: ``"adapter:NAME"``."""
        return f"adapter:{self.adapter.name}"


def _prefix(adapter: SiteAdapter) -> str:
    return f"adapter:{adapter.name}"


def _miss(adapter: SiteAdapter, field: str, what: str = "matched nothing") -> str:
    selectors = " | ".join(adapter.selectors[field])
    return f"{_prefix(adapter)}: {field}: selector {selectors!r} {what}; generic value used"


def _text_of(item: HtmlElement | str) -> str:
    if isinstance(item, str):
        return normalize_space(item)
    return element_text(item, keep_breaks=False)


def _epoch(value: str) -> DateValue | None:
    digits = value.strip()
    if not digits.isdigit() or len(digits) not in (10, 13):
        return None
    seconds = int(digits) / (1000 if len(digits) == 13 else 1)
    try:
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return DateValue(moment, "second", digits)


def _date_of(adapter: SiteAdapter, item: HtmlElement | str) -> DateValue | None:
    if isinstance(item, str):
        return _epoch(item) or adapter.parse_date(normalize_space(item))
    for attribute in _DATE_ATTRIBUTES:
        value = item.get(attribute)
        if value and value.strip():
            parsed = adapter.parse_date(normalize_space(value))
            if parsed is not None:
                return parsed
    for attribute in _EPOCH_ATTRIBUTES:
        value = item.get(attribute)
        if value:
            parsed = _epoch(value)
            if parsed is not None:
                return parsed
    text = _text_of(item)
    return adapter.parse_date(text) if text else None


def _image_of(item: HtmlElement | str, base_url: str | None) -> str | None:
    if isinstance(item, str):
        return safe_http_url(item.strip(), base_url)
    image = item if item.tag == "img" else next(item.iter("img"), None)
    if image is not None and item.tag != "meta":
        link = image.getparent()
        while link is not None and link is not item.getparent():
            href = (link.get("href") or "").lower().split("?", 1)[0]
            if link.tag == "a" and href.endswith(_IMAGE_LINK_SUFFIXES):
                return safe_http_url(link.get("href"), base_url)
            link = link.getparent()
        item = image
    for attribute in _IMAGE_ATTRIBUTES:
        url = safe_http_url(item.get(attribute), base_url)
        if url is not None:
            return url
    srcset = item.get("srcset") or item.get("data-srcset")
    if srcset:
        first = srcset.split(",", 1)[0].strip().split(" ", 1)[0]
        return safe_http_url(first, base_url)
    return None


def _reference_day(meta: Metadata) -> date | None:
    if meta.published is None:
        return None
    value = meta.published.value
    return value.date() if isinstance(value, datetime) else value


def _field_value(
    adapter: SiteAdapter, field: str, found: Sequence[HtmlElement | str], base_url: str | None
) -> Any:
    """The field's value from what its selector found, or None when it holds none."""
    if field in _TEXT_FIELDS:
        return next((t for t in map(_text_of, found) if t), None)
    if field in ("published", "modified"):
        dates = (_date_of(adapter, item) for item in found)
        return next((d for d in dates if isinstance(d, DateValue)), None)
    if field == "bylines":
        texts = [t for t in map(_text_of, found) if t]
        return (_bylines_value(adapter.parse_bylines(texts)) or None) if texts else None
    if field == "tags":
        return tuple(dict.fromkeys(t for t in map(_text_of, found) if t)) or None
    if field == "image":
        return next((u for u in (_image_of(item, base_url) for item in found) if u), None)
    return None


def _header_target(element: HtmlElement, stop: HtmlElement | None) -> HtmlElement | None:
    """The element to keep out of the body for a header field: the element itself, or the
    wrapper that holds little more than it (``<p>By <span>NAME</span></p>``). None when it is
    too long to be page furniture, or when it holds the content root."""
    own = len(normalize_space(element.text_content()))
    if own > _HEADER_MAX_CHARS:
        return None
    if stop is not None and (element is stop or element in stop.iterancestors()):
        return None
    target = element
    parent = element.getparent()
    while (
        parent is not None
        and parent.tag not in ("html", "body", "article", "main", "section")
        and parent is not stop
        and not (stop is not None and parent in stop.iterancestors())
        and len(normalize_space(parent.text_content())) <= own + _WRAPPER_SLACK
        and not any(_holds_blocks(child) for child in parent if child is not target)
    ):
        target = parent
        parent = parent.getparent()
    return target


def _holds_blocks(element: HtmlElement) -> bool:
    """Whether ``element`` is or holds a text block (a paragraph of a short story, say)."""
    if not isinstance(element.tag, str):
        return False
    return next(element.iter(*_TEXT_BLOCK_TAGS), None) is not None


def _figure_of(
    adapter: SiteAdapter, container: HtmlElement, base_url: str | None, hits: dict[str, bool]
) -> RawFigure | None:
    image = container if container.tag == "img" else next(container.iter("img"), None)
    caption_el: HtmlElement | str | None = None
    credit_el: HtmlElement | str | None = None
    for field in ("caption", "credit"):
        if field not in adapter.selectors:
            continue
        found = adapter.select(field, container)
        if found:
            hits[field] = True
            if field == "caption":
                caption_el = found[0]
            else:
                credit_el = found[0]
    if caption_el is None:
        caption_el = next(container.iter("figcaption"), None)
    caption = _text_of(caption_el) if caption_el is not None else None
    credit = _text_of(credit_el) if credit_el is not None else None
    if (
        caption
        and credit
        and isinstance(caption_el, HtmlElement)
        and isinstance(credit_el, HtmlElement)
        and credit_el in caption_el.iter()
    ):
        caption = normalize_space(caption.replace(credit, "")) or None
    url = _image_of(container, base_url) if image is not None else None
    if url is None and not caption:
        return None
    alt = image.get("alt") if image is not None else None
    return RawFigure(
        image_url=url,
        alt=(normalize_space(alt) or None) if alt else None,
        caption=caption or None,
        credit=credit or None,
    )


def _select(
    adapter: SiteAdapter, field: str, root: HtmlElement, warnings: list[str]
) -> list[HtmlElement | str] | None:
    """What the field's selectors select; None (and a warning) when one fails to evaluate."""
    try:
        return adapter.select(field, root)
    except SelectorError as exc:
        warnings.append(f"{_prefix(adapter)}: {field}: {exc}; generic value used")
        return None


def _warn_miss(adapter: SiteAdapter, field: str, warnings: list[str], what: str = "") -> None:
    if field not in adapter.optional:
        warnings.append(_miss(adapter, field, what) if what else _miss(adapter, field))


def _selectors(adapter: SiteAdapter, field: str) -> str:
    """The field's selectors, for the explain view."""
    return "selector: " + " | ".join(adapter.selectors.get(field, ()))


def _call_hook(
    adapter: SiteAdapter, field: str, warnings: list[str], read: Callable[[], Any]
) -> Any:
    try:
        return read()
    except ParseTimeoutError:
        raise  # the batch time limit is not the hook's failure
    except Exception as exc:  # third-party hook code: its failure must not fail the parse
        warnings.append(
            f"{_prefix(adapter)}: {field}: reading the selected value failed "
            f"({type(exc).__name__}: {exc}); generic value used"
        )
        return None


def plan_adapter(
    adapter: SiteAdapter,
    root: HtmlElement,
    meta: Metadata,
    *,
    base_url: str | None,
    trace: Trace | None = None,
) -> AdapterPlan:
    """Read the adapter's fields, figures and dateline from the raw tree, drop what its
    ``remove`` selectors match, and pick its content root.

    ``meta`` is the generic metadata: every field the adapter gives replaces its value there.
    """
    source = _prefix(adapter)
    warnings: list[str] = []
    changes: dict[str, Any] = {}
    provenance = dict(meta.provenance)
    header_elements: list[HtmlElement] = []

    for field in adapter.selectors:
        if field in ("body", "remove", "figures", "caption", "credit", "dateline"):
            continue
        found = _select(adapter, field, root, warnings)
        if not found:
            if found is not None:
                _warn_miss(adapter, field, warnings)
            continue
        value = _call_hook(
            adapter, field, warnings, partial(_field_value, adapter, field, found, base_url)
        )
        if value is None:
            _warn_miss(adapter, field, warnings, "matched but gave no value")
            continue
        changes[field] = value
        provenance[field] = source
        for item in found:
            if isinstance(item, HtmlElement):
                if field in _HEADER_FIELDS:
                    header_elements.append(item)
                if trace is not None:
                    trace.record(item, "field", f"{source}:{field}", _selectors(adapter, field))

    merged = attrs.evolve(meta, **changes, provenance=provenance) if changes else meta

    dateline: Dateline | None = None
    dateline_text: str | None = None
    if "dateline" in adapter.selectors:
        dateline, dateline_text = _plan_dateline(adapter, root, merged, warnings, trace)

    figures: tuple[RawFigure, ...] | None = None
    containers: list[HtmlElement] = []
    if "figures" in adapter.selectors:
        figures, containers = _plan_figures(adapter, root, base_url, warnings, trace)

    if "remove" in adapter.selectors:
        for element in _select(adapter, "remove", root, warnings) or ():
            if not isinstance(element, HtmlElement) or element.getparent() is None:
                continue
            if trace is not None:
                trace.record(element, "drop", f"{source}:remove", _selectors(adapter, "remove"))
            drop_element(element)

    body_root: HtmlElement | None = None
    body_selector: str | None = None
    if "body" in adapter.selectors:
        picked: list[HtmlElement | str] | None
        try:
            body_selector, picked = adapter.selected("body", root)
        except SelectorError as exc:
            warnings.append(f"{source}: body: {exc}; generic value used")
            picked = None
        elements = [el for el in picked or () if isinstance(el, HtmlElement)]
        if elements:
            body_root = elements[0]
        elif picked:
            _warn_miss(adapter, "body", warnings, "selected text, not an element")
        elif picked is not None:
            _warn_miss(adapter, "body", warnings)

    excluded = set(merged.elements)
    for element in header_elements:
        target = _header_target(element, body_root)
        if target is not None:
            excluded.add(target)
    figure_elements = frozenset(
        c
        for c in containers
        if body_root is None or not (c is body_root or c in body_root.iterancestors())
    )
    if excluded != set(merged.elements):
        merged = attrs.evolve(merged, elements=frozenset(excluded))
    return AdapterPlan(
        adapter=adapter,
        meta=merged,
        body_root=body_root,
        body_selector=body_selector,
        figures=figures,
        figure_elements=figure_elements,
        dateline=dateline,
        dateline_text=dateline_text,
        warnings=tuple(warnings),
    )


def _plan_dateline(
    adapter: SiteAdapter,
    root: HtmlElement,
    meta: Metadata,
    warnings: list[str],
    trace: Trace | None,
) -> tuple[Dateline | None, str | None]:
    found = _select(adapter, "dateline", root, warnings)
    if not found:
        if found is not None:
            _warn_miss(adapter, "dateline", warnings)
        return None, None
    reference = _reference_day(meta)
    for item in found:
        text = _text_of(item)
        if not text:
            continue
        parsed = _call_hook(
            adapter,
            "dateline",
            warnings,
            partial(adapter.parse_dateline, text, reference=reference, standalone=True),
        )
        if isinstance(parsed, Dateline):
            if trace is not None and isinstance(item, HtmlElement):
                trace.record(
                    item, "field", f"{_prefix(adapter)}:dateline", _selectors(adapter, "dateline")
                )
            end = parsed.end if 0 < parsed.end <= len(text) else len(text)
            return parsed, text[:end]
    _warn_miss(adapter, "dateline", warnings, "matched text that holds no dateline")
    return None, None


def _plan_figures(
    adapter: SiteAdapter,
    root: HtmlElement,
    base_url: str | None,
    warnings: list[str],
    trace: Trace | None,
) -> tuple[tuple[RawFigure, ...] | None, list[HtmlElement]]:
    found = _select(adapter, "figures", root, warnings)
    containers = [el for el in found or () if isinstance(el, HtmlElement)]
    if not containers:
        if found is not None:
            _warn_miss(adapter, "figures", warnings)
        return None, []
    hits: dict[str, bool] = {}
    figures: list[RawFigure] = []
    for container in containers:
        figure = _call_hook(
            adapter, "figures", warnings, partial(_figure_of, adapter, container, base_url, hits)
        )
        if figure is not None:
            figures.append(figure)
            if trace is not None:
                trace.record(
                    container,
                    "figure",
                    f"{_prefix(adapter)}:figures",
                    _selectors(adapter, "figures"),
                )
    for field in ("caption", "credit"):
        if field in adapter.selectors and not hits.get(field) and field not in adapter.optional:
            selectors = " | ".join(adapter.selectors[field])
            fallback = "the figcaption used" if field == "caption" else "no separate credit"
            warnings.append(
                f"{_prefix(adapter)}: {field}: selector {selectors!r} matched nothing in any "
                f"figure; {fallback}"
            )
    if not figures:
        _warn_miss(adapter, "figures", warnings, "matched containers without image or caption")
        return None, containers
    return tuple(figures), containers


def _text_length(blocks: Sequence[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def adapter_body_fallback(
    plan: AdapterPlan, adapter_blocks: Sequence[Block], generic_blocks: Sequence[Block]
) -> str | None:
    """Why the adapter's body must give way to the generic one, or None when it may stand.

    The adapter's content root loses when it yields no text while the generic extraction finds
    some, or less than a fifth of the generic text (at least 300 characters of it): an empty
    shell left behind by a redesign.
    """
    mine, generic = _text_length(adapter_blocks), _text_length(generic_blocks)
    where = f"{_prefix(plan.adapter)}: body: selector {plan.body_selector!r}"
    if mine == 0 and generic > 0:
        return f"{where} matched an element without text; generic body used"
    if generic >= _BODY_GUARD_MIN and mine < generic * _BODY_GUARD_RATIO:
        return (
            f"{where} matched an element with {mine} characters of text where the generic "
            f"extraction found {generic}; generic body used"
        )
    return None


def _strip_prefix(text: str, prefix: str) -> str | None:
    """``text`` after ``prefix`` when it starts with it, whitespace differences aside."""
    i = 0
    for ch in prefix:
        if ch.isspace():
            continue
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text) or text[i] != ch:
            return None
        i += 1
    return text[i:]


def cut_dateline(blocks: Sequence[Block], consumed: str, *, window: int = 5) -> list[Block]:
    """The blocks without the dateline text the adapter read, where one of the first ``window``
    blocks starts with it (a block that held only the dateline goes away).

    Examples:
        >>> blocks = [Block("paragraph", "PARIS — The show opened.")]
        >>> cut_dateline(blocks, "PARIS —")[0].text
        'The show opened.'
    """
    prefix = consumed.strip()
    if not prefix:
        return list(blocks)
    out = list(blocks)
    for index, block in enumerate(out[:window]):
        rest = _strip_prefix(block.text, prefix)
        if rest is None:
            continue
        rest = rest.lstrip(_SEPARATORS)
        if rest:
            out[index] = attrs.evolve(block, text=rest)
        else:
            del out[index]
        break
    return out


def run_tree_hook(adapter: SiteAdapter, root: HtmlElement) -> tuple[HtmlElement, list[str]]:
    """``adapter.process_tree(root)``; on failure the tree as it is, and a warning."""
    try:
        changed = adapter.process_tree(root)
    except ParseTimeoutError:
        raise  # the batch time limit is not the hook's failure
    except Exception as exc:  # third-party hook code: its failure must not fail the parse
        return root, [
            f"{_prefix(adapter)}: process_tree failed ({type(exc).__name__}: {exc}); "
            "tree used as it is"
        ]
    if not isinstance(changed, etree._Element) or not isinstance(changed.tag, str):
        return root, [
            f"{_prefix(adapter)}: process_tree returned {type(changed).__name__}, "
            "not an element; tree used as it is"
        ]
    return changed, []


def run_article_hook(adapter: SiteAdapter, article: Article) -> Article:
    """``adapter.process_article(article)``; on failure the Article unchanged, with a warning."""
    try:
        changed = adapter.process_article(article)
    except ParseTimeoutError:
        raise  # the batch time limit is not the hook's failure
    except Exception as exc:  # third-party hook code: its failure must not fail the parse
        note = f"process_article failed ({type(exc).__name__}: {exc})"
    else:
        if isinstance(changed, Article):
            return changed
        note = f"process_article returned {type(changed).__name__}, not an Article"
    return attrs.evolve(
        article, warnings=(*article.warnings, f"{_prefix(adapter)}: {note}; Article used as it was")
    )


def _bylines_value(value: Any) -> tuple[Byline, ...]:
    """A hook's bylines as a tuple of Bylines (anything else gives none)."""
    if isinstance(value, Byline):
        return (value,)
    if isinstance(value, (list, tuple)):
        return tuple(b for b in value if isinstance(b, Byline))
    return ()
