"""The pipeline: load, adapter, metadata, clean, extract, text parsers, assemble — top to bottom."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from pressparse._adapters.apply import adapter_body_root, adapter_metadata, adapter_remove
from pressparse._adapters.base import SiteAdapter
from pressparse._adapters.registry import default_registry
from pressparse._extract.content import ContentHints, extract_content
from pressparse._extract.figures import RawFigure
from pressparse._html.clean import apply_cleaners, resolve_cleaners
from pressparse._html.load import load_page
from pressparse._metadata import Metadata, read_metadata
from pressparse._model import Article, Block, Dateline, Figure
from pressparse._options import Options
from pressparse._text.caption import parse_caption, split_credit_label
from pressparse._text.dateline import parse_dateline
from pressparse._text.quotes import quotes_for_blocks
from pressparse._trace import Trace

__all__ = ["choose_adapter", "run"]


def choose_adapter(adapter: SiteAdapter | str | None, url: str | None) -> SiteAdapter | None:
    """The explicit adapter (an instance or a registered name), else the registry's match."""
    if isinstance(adapter, SiteAdapter):
        return adapter
    if isinstance(adapter, str):
        found = default_registry.get(adapter)
        if found is None:
            known = ", ".join(e.adapter.name for e in default_registry.entries()) or "none"
            raise ValueError(f"no adapter named {adapter!r} is registered (registered: {known})")
        return found
    if adapter is not None:
        raise TypeError(
            f"adapter must be a SiteAdapter, a name or None, not {type(adapter).__name__}"
        )
    return default_registry.match(url)


def _reference_day(meta: Metadata) -> date | None:
    if meta.published is None:
        return None
    value = meta.published.value
    return value.date() if isinstance(value, datetime) else value


def _split_dateline(blocks: list[Block], meta: Metadata) -> tuple[Dateline | None, list[Block]]:
    """Take the dateline off the first paragraph: it becomes ``Article.dateline``."""
    first = next((i for i, b in enumerate(blocks[:3]) if b.kind == "paragraph"), None)
    if first is None:
        return None, blocks
    dateline = parse_dateline(blocks[first].text, reference=_reference_day(meta))
    if dateline is None:
        return None, blocks
    rest = blocks[first].text[dateline.end :].strip()
    kept = (
        blocks[:first]
        + ([attrs.evolve(blocks[first], text=rest)] if rest else [])
        + blocks[first + 1 :]
    )
    return dateline, kept


def _finish_figure(raw: RawFigure) -> Figure:
    caption, credit = raw.caption, raw.credit
    if credit:
        credit = split_credit_label(credit)
    elif caption:
        split = parse_caption(caption)
        caption, credit = split.text, split.credit
    return Figure(
        image_url=raw.image_url, alt=raw.alt, caption=caption or None, credit=credit or None
    )


def run(
    html: str | bytes,
    url: str | None,
    *,
    adapter: SiteAdapter | str | None,
    options: Options,
    trace: Trace | None = None,
) -> Article:
    """Parse one page into an Article. ``trace`` records every decision when explain asks."""
    page = load_page(html, url=url, options=options)
    warnings = list(page.warnings)
    root = page.root
    if trace is not None:
        Trace.number(root)
    site = choose_adapter(adapter, url)
    if site is not None:
        root = site.process_tree(root)

    meta = read_metadata(root, url=url, base_url=page.base_url, trace=trace)
    warnings.extend(meta.warnings)
    body_root = None
    if site is not None:
        meta, notes = adapter_metadata(site, root, meta, trace=trace)
        warnings.extend(notes)
        warnings.extend(adapter_remove(site, root, trace=trace))
        body_root, notes = adapter_body_root(site, root)
        warnings.extend(notes)

    apply_cleaners(root, resolve_cleaners(options.cleaners), trace)
    content = extract_content(
        root,
        base_url=page.base_url,
        hints=ContentHints(title=meta.title, exclude=meta.elements, root=body_root),
        trace=trace,
    )
    warnings.extend(content.warnings)

    provenance = dict(meta.provenance)
    dateline, blocks = _split_dateline(list(content.blocks), meta)
    published = meta.published
    if dateline is not None:
        provenance["dateline"] = "heuristic"
        if published is None and dateline.date is not None:
            published = dateline.date
            provenance["published"] = "dateline"
    if blocks:
        provenance["body"] = (
            f"adapter:{site.name}" if body_root is not None and site else "heuristic"
        )
    figures = tuple(_finish_figure(f) for f in content.figures) if options.figures else ()
    if figures:
        provenance["figures"] = "heuristic"
    quotes = quotes_for_blocks(blocks) if options.quotes else ()
    if quotes:
        provenance["quotes"] = "heuristic"

    article = Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        subtitle=meta.subtitle,
        kicker=meta.kicker,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        image=meta.image,
        published=published,
        modified=meta.modified,
        dateline=dateline,
        bylines=meta.bylines,
        body=blocks,
        figures=figures,
        quotes=quotes,
        tags=meta.tags,
        provenance=provenance,
        warnings=tuple(dict.fromkeys(warnings)),
    )
    if site is not None:
        article = site.process_article(article)
    return article
