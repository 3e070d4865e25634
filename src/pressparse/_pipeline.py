"""The pipeline: load, adapter, metadata, clean, extract, text parsers, assemble — top to bottom."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Protocol

import attrs
from lxml.html import HtmlElement

from pressparse._adapters.apply import (
    AdapterPlan,
    adapter_body_fallback,
    cut_dateline,
    plan_adapter,
    run_article_hook,
    run_tree_hook,
)
from pressparse._adapters.base import GENERIC, SiteAdapter
from pressparse._adapters.registry import default_registry
from pressparse._extract.content import Content, ContentHints, extract_content
from pressparse._extract.figures import RawFigure
from pressparse._html.clean import apply_cleaners, resolve_cleaners
from pressparse._html.load import load_page
from pressparse._html.text import normalize_text
from pressparse._metadata import Metadata, read_metadata
from pressparse._metadata.authors import split_credits
from pressparse._metadata.visible import is_credit_line
from pressparse._model import Article, Block, Byline, Dateline, Figure
from pressparse._options import Options
from pressparse._text.caption import marked_credit, parse_caption, split_credit_label
from pressparse._text.dateline import parse_dateline
from pressparse._text.quotes import quotes_for_blocks
from pressparse._trace import Trace

__all__ = ["choose_adapter", "run"]


class _DatelineParser(Protocol):
    def __call__(self, text: str, *, reference: date | None = None) -> Dateline | None: ...


def choose_adapter(adapter: SiteAdapter | str | None, url: str | None) -> SiteAdapter | None:
    """The explicit adapter (an instance or a registered name; ``"generic"`` for none), else the
    registry's match for ``url``."""
    if isinstance(adapter, SiteAdapter):
        return adapter
    if adapter == GENERIC:
        return None
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


def _split_dateline(
    blocks: list[Block], meta: Metadata, parse: _DatelineParser = parse_dateline
) -> tuple[Dateline | None, list[Block]]:
    """Take the dateline off the first paragraph: it becomes ``Article.dateline``."""
    first = next((i for i, b in enumerate(blocks[:3]) if b.kind == "paragraph"), None)
    if first is None:
        return None, blocks
    text = blocks[first].text
    dateline = parse(text, reference=_reference_day(meta))
    if dateline is None:
        lone = _lone_dateline(blocks, first, meta, parse)
        if lone is not None:
            return lone, blocks[:first] + blocks[first + 1 :]
        place = _place_line(blocks)
        if place is None:
            return None, blocks
        index, dateline = place
        return dateline, blocks[:index] + blocks[index + 1 :]
    rest = text[dateline.end :].strip()
    kept = (
        blocks[:first]
        + ([attrs.evolve(blocks[first], text=rest)] if rest else [])
        + blocks[first + 1 :]
    )
    return dateline, kept


# A dateline set as a block of its own ("AUBURN, Wash. —") is a line, not a paragraph.
_LONE_DATELINE_MAX = 60


def _lone_dateline(
    blocks: list[Block], first: int, meta: Metadata, parse: _DatelineParser
) -> Dateline | None:
    """The dateline that stands as the first paragraph on its own, the story following in the
    next one (the page sets it in an element of its own): read from the two paragraphs joined,
    it must end where the first does."""
    text = blocks[first].text
    if len(text) > _LONE_DATELINE_MAX or first + 1 >= len(blocks):
        return None
    following = blocks[first + 1]
    if following.kind != "paragraph":
        return None
    dateline = parse(f"{text} {following.text}", reference=_reference_day(meta))
    if dateline is None or dateline.start != 0 or not len(text) <= dateline.end <= len(text) + 1:
        return None
    return dateline


# A place name set as a line of its own before the story, in the German regional papers' style
# ("Chemnitz.", "Berlin/Potsdam."): one to three capitalised words of three letters or more.
_PLACE_LINE = re.compile(
    r"(?P<place>[^\W\d_]{3,}(?:[ /-](?:[^\W\d_]{3,}|am|an|im|in|on|upon|sur|de))"
    r"{0,2})\.",
)
# Words such a line may hold that make it a label instead ("Update.", "Anzeige.").
_NOT_PLACES = frozenset(
    {
        "update",
        "updated",
        "correction",
        "anzeige",
        "advertisement",
        "werbung",
        "hinweis",
        "achtung",
        "fazit",
        "kommentar",
        "analyse",
        "meinung",
        "exklusiv",
        "eilmeldung",
        "breaking",
        "live",
        "video",
        "audio",
    }
)
# The story that follows the place line: a paragraph, not another label.
_PLACE_STORY_MIN = 80


def _place_line(blocks: list[Block]) -> tuple[int, Dateline] | None:
    """A dateline that is only a place, set as a paragraph of its own among the first three
    blocks ("Chemnitz."), the story's first paragraph right after it; its index and dateline."""
    for index, block in enumerate(blocks[:3]):
        if block.kind != "paragraph" or index + 1 >= len(blocks):
            continue
        match = _PLACE_LINE.fullmatch(block.text)
        if match is None:
            continue
        place = match.group("place")
        words = re.split(r"[ /-]", place)
        if not all(w[0].isupper() or len(w) < 3 for w in words) or not place[0].isupper():
            continue
        if any(w.casefold() in _NOT_PLACES for w in words):
            continue
        story = blocks[index + 1]
        if story.kind != "paragraph" or len(story.text) < _PLACE_STORY_MIN:
            continue
        if not story.text[0].isupper():
            continue
        text = block.text
        return index, Dateline(raw=text, location=place, end=len(text) + 1)
    return None


def _take_dateline(
    blocks: list[Block], meta: Metadata, site: SiteAdapter | None, plan: AdapterPlan | None
) -> tuple[Dateline | None, list[Block], str | None]:
    """The story's dateline, the blocks without it, and its source: the adapter's dateline
    selector, else the first paragraph read by the adapter's parser hook or the generic one."""
    if plan is not None and plan.dateline is not None:
        return plan.dateline, cut_dateline(blocks, plan.dateline_text or ""), plan.source
    if site is None:
        dateline, blocks = _split_dateline(blocks, meta)
        return dateline, blocks, "heuristic"
    dateline, blocks = _split_dateline(blocks, meta, site.parse_dateline)
    own_parser = type(site).parse_dateline is not SiteAdapter.parse_dateline
    return dateline, blocks, f"adapter:{site.name}" if own_parser else "heuristic"


def _body_byline(
    blocks: list[Block], lead_drops: tuple[str, ...]
) -> tuple[tuple[Byline, ...], list[Block]]:
    """A byline set as a line of its own at the top of the story ("von Klaus Stanjek"), for a
    page whose metadata found none: the credits, and the blocks without that line. The line is
    looked for among the texts extraction left out above the story, then among its first three
    paragraphs."""
    for text in lead_drops:
        credits = _credit_line(text)
        if credits:
            return credits, blocks
    paragraphs = 0
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        credits = _credit_line(block.text)
        if credits:
            return credits, blocks[:index] + blocks[index + 1 :]
        paragraphs += 1
        if paragraphs == 3:
            break
    return (), blocks


# The blocks at each end of the body where the authors' names may stand as a line of their own.
_AUTHOR_LINE_EDGE = 2
_AUTHOR_LINE_MAX = 200
# Words that introduce or join the names of a credit line ("By A and B", "Von A und B").
_CREDIT_JOINERS = frozenset(
    "by von par por di da door av af and und et y e og och en i text texte".split()  # noqa: SIM905
)
_WORD_RUN = re.compile(r"\w+")


def _without_author_lines(blocks: list[Block], bylines: tuple[Byline, ...]) -> list[Block]:
    """The body without a line that only names the article's authors ("Duncan Walker" above
    the story, "A, B, C" under it): the names are ``Article.bylines`` already. Only the first
    and last paragraphs are looked at; a name inside the story stays."""
    names = sorted({b.name.casefold() for b in bylines if b.name}, key=len, reverse=True)
    if not names or not blocks:
        return blocks
    count = len(blocks)
    edges = {
        *range(min(_AUTHOR_LINE_EDGE, count)),
        *range(max(0, count - _AUTHOR_LINE_EDGE), count),
    }
    drop = {
        i for i in edges if blocks[i].kind == "paragraph" and _names_only(blocks[i].text, names)
    }
    if not drop or len(drop) == count:
        return blocks
    return [block for i, block in enumerate(blocks) if i not in drop]


def _names_only(text: str, names: list[str]) -> bool:
    """Whether ``text`` holds one or more of ``names`` (casefolded, longest first) and nothing
    else but the words that join them."""
    if len(text) > _AUTHOR_LINE_MAX:
        return False
    rest = text.casefold()
    for name in names:
        rest = rest.replace(name, " ")
    if len(rest) == len(text):
        return False  # no name
    return all(word in _CREDIT_JOINERS for word in _WORD_RUN.findall(rest))


# A dek that opens the body is a sentence or two, not a short label.
_DEK_WORDS = 6


def _with_dek(blocks: list[Block], meta: Metadata, captions: list[str]) -> list[Block]:
    """The body opened by the dek (standfirst) the page shows under its headline: on the page
    and in print it is the story's first paragraph. It stays ``Article.subtitle`` as well. A dek
    read only from structured data (JSON-LD ``alternativeHeadline``) is not shown text and
    stays out; so does one the body already holds, and a caption (captions never enter the
    body)."""
    dek = meta.subtitle
    source = meta.provenance.get("subtitle", "")
    if not dek or not (source == "visible" or source.startswith("adapter:")):
        return blocks
    if len(dek.split()) < _DEK_WORDS:
        return blocks  # a label, a rating, a name: too short to be the story's opening
    if any(_same_words(dek, text) for text in captions):
        return blocks
    folded = _words_of(dek)
    if any(folded in _words_of(block.text) for block in blocks[:3]):
        return blocks  # the story's first paragraph opens with it (a bold lead)
    # Body text is NFC with collapsed spaces, as extraction writes every block.
    return [Block("paragraph", normalize_text(dek)), *blocks]


def _credit_line(text: str) -> tuple[Byline, ...]:
    if not is_credit_line(text):
        return ()
    return tuple(c for c in split_credits(text) if c.name)


def _finish_figure(raw: RawFigure) -> Figure:
    """The Figure of a RawFigure: the credit without its label, or split off the caption's
    text; when neither gives one, a credit the image's alt text marks ("(Photo: ...)")."""
    caption, credit = raw.caption, raw.credit
    if credit:
        credit = split_credit_label(credit)
    elif caption:
        split = parse_caption(caption)
        caption, credit = split.text, split.credit
    if not credit and raw.alt and raw.alt != raw.caption:
        credit = marked_credit(raw.alt)
    if caption and credit and _same_words(caption, credit):
        caption = None  # the caption element holds only the credit ("imago images/Pemax")
    return Figure(
        image_url=raw.image_url, alt=raw.alt, caption=caption or None, credit=credit or None
    )


def _same_words(one: str, other: str) -> bool:
    """Whether two texts have the same words (case, spacing and punctuation aside)."""
    return _words_of(one) == _words_of(other)


def _words_of(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


# What ``str.isalnum`` rejects: ``\W`` is its complement plus the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


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
        root, notes = run_tree_hook(site, root)
        warnings.extend(notes)

    meta = read_metadata(root, url=url, base_url=page.base_url, trace=trace)
    warnings.extend(meta.warnings)
    plan: AdapterPlan | None = None
    if site is not None:
        plan = plan_adapter(site, root, meta, base_url=page.base_url, trace=trace)
        meta = plan.meta
        warnings.extend(plan.warnings)

    apply_cleaners(root, resolve_cleaners(options.cleaners), trace)
    content, body_by_adapter, notes = _extract(root, page.base_url, meta, plan, trace)
    warnings.extend(content.warnings)
    warnings.extend(notes)

    provenance = dict(meta.provenance)
    dateline, blocks, source = _take_dateline(list(content.blocks), meta, site, plan)
    if dateline is not None and source is not None:
        provenance["dateline"] = source
    bylines = meta.bylines
    if not bylines:
        bylines, blocks = _body_byline(blocks, content.lead_drops)
        if bylines:
            provenance["bylines"] = "body"
    else:
        blocks = _without_author_lines(blocks, bylines)
    published = meta.published
    if dateline is not None and published is None and dateline.date is not None:
        published = dateline.date
        provenance["published"] = "dateline"
    if blocks and not body_by_adapter:
        blocks = _with_dek(blocks, meta, [f.caption for f in content.figures if f.caption])
    if blocks:
        provenance["body"] = plan.source if plan is not None and body_by_adapter else "heuristic"
    raw_figures = content.figures
    figures_source = "heuristic"
    if plan is not None and plan.figures is not None:
        raw_figures, figures_source = plan.figures, plan.source
    figures = tuple(_finish_figure(f) for f in raw_figures) if options.figures else ()
    if figures:
        provenance["figures"] = figures_source
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
        bylines=bylines,
        body=blocks,
        figures=figures,
        quotes=quotes,
        tags=meta.tags,
        provenance=provenance,
        warnings=tuple(dict.fromkeys(warnings)),
    )
    if site is not None:
        article = run_article_hook(site, article)
    return article


def _extract(
    root: HtmlElement,
    base_url: str | None,
    meta: Metadata,
    plan: AdapterPlan | None,
    trace: Trace | None,
) -> tuple[Content, bool, list[str]]:
    """The content, whether it came from the adapter's content root, and the guard's warnings.

    With an adapter's content root the generic extraction runs too, and wins when the adapter's
    root holds clearly less text (an empty shell after a redesign): see
    ``adapter_body_fallback``.
    """
    exclude = meta.elements | (plan.figure_elements if plan is not None else frozenset())
    generic_hints = ContentHints(title=meta.title, exclude=exclude)
    if plan is None or plan.body_root is None:
        return extract_content(root, base_url=base_url, hints=generic_hints, trace=trace), False, []
    adapter_hints = attrs.evolve(generic_hints, root=plan.body_root)
    mine = extract_content(root, base_url=base_url, hints=adapter_hints)
    generic = extract_content(root, base_url=base_url, hints=generic_hints)
    reason = adapter_body_fallback(plan, mine.blocks, generic.blocks)
    chosen_hints, chosen = (generic_hints, generic) if reason else (adapter_hints, mine)
    if trace is not None:  # extraction is deterministic: run the winner again to record it
        chosen = extract_content(root, base_url=base_url, hints=chosen_hints, trace=trace)
    if reason:
        return chosen, False, [reason]
    # The adapter's root has text: the generic "no article text" note does not apply.
    return chosen, True, []
