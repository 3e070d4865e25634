"""Main content: find the elements that hold the article and turn them into ordered Blocks.

The stage runs on the cleaned tree: one statistics pass (``stats``), the content located by a
vote of its paragraphs (``locate``), the figures around it taken out (``figures``), the content
walked into blocks while boxes that are not story text are pruned (``blocks``, ``prune``), and
the chrome around the story filtered off. Every decision is recorded when a trace is given.
"""

from __future__ import annotations

import functools

import attrs
from lxml.html import HtmlElement

from pressparse._extract.blocks import walk_blocks
from pressparse._extract.figures import RawFigure, find_figures
from pressparse._extract.locate import locate_content
from pressparse._extract.prune import box_reason, filter_blocks
from pressparse._extract.stats import SIZE, Stats, element_stats
from pressparse._html.text import normalize_space, raw_text
from pressparse._html.vocabulary import NameReader
from pressparse._model import Block
from pressparse._trace import Action, Trace

__all__ = ["Content", "ContentHints", "extract_content"]

_NO_CONTENT = "content: no article text found"


@attrs.frozen
class ContentHints:
    """What earlier stages know that helps extraction.

    ``title`` is the resolved headline (a heading equal to it is not body text); ``exclude`` are
    elements that earlier stages recognised as headline, kicker, byline or date (never body);
    ``root`` is a content root chosen by a site adapter (extraction then stays inside it).
    """

    title: str | None = None
    exclude: frozenset[HtmlElement] = frozenset()
    root: HtmlElement | None = None


@attrs.frozen
class Content:
    """The extracted body blocks, the figures taken out of it, and the content root."""

    blocks: tuple[Block, ...]
    figures: tuple[RawFigure, ...] = ()
    root: HtmlElement | None = None
    warnings: tuple[str, ...] = ()
    #: Texts left out before the story's third paragraph (byline and date lines, labels): the
    #: pipeline reads a byline there when the metadata found none.
    lead_drops: tuple[str, ...] = ()


def _figure_scope(
    top: HtmlElement, stats: Stats, content_size: int, body: HtmlElement
) -> HtmlElement:
    """The article around the content: ancestors that add little text (a headline, a byline,
    a lead image and its caption) still belong to it; the page around them does not."""
    scope = top
    limit = content_size * 1.25 + 600
    steps = 0
    while scope is not body and steps < 64:
        parent = scope.getparent()
        if parent is None:
            break
        row = stats.get(parent)
        if row is None or row[SIZE] > limit:
            break
        scope = parent
        steps += 1
        if scope.tag in ("article", "main"):
            break
    return scope


# The header around a headline holds at most this much text (kicker, standfirst, byline,
# the lead image's caption).
_HEADER_TEXT = 1500


def _header_boxes(
    anchor: HtmlElement | None, scope: HtmlElement, stats: Stats
) -> list[HtmlElement]:
    """The boxes between the page's headline and the figure scope, when the scope does not
    hold the headline: the header with the lead image, apart from the story's box. They are
    the children of the two's nearest common ancestor from the headline's branch up to the
    scope's, and hold little text together."""
    if anchor is None:
        return []
    ancestors: dict[HtmlElement, HtmlElement] = {}  # ancestor of the scope -> its child
    node: HtmlElement = scope
    for _ in range(64):
        parent = node.getparent()
        if parent is None:
            break
        ancestors[parent] = node
        node = parent
    branch = anchor
    for _ in range(64):
        if branch is scope:
            return []  # the headline is inside the scope
        parent = branch.getparent()
        if parent is None:
            return []
        if parent in ancestors:
            break
        branch = parent
    else:
        return []
    common = branch.getparent()
    if common is None:
        return []
    children = [child for child in common if isinstance(child.tag, str)]
    start, end = children.index(branch), children.index(ancestors[common])
    if start >= end:
        return []
    boxes = children[start:end]
    total = 0
    for box in boxes:
        row = stats.get(box)
        total += row[SIZE] if row is not None else 0
    if total > _HEADER_TEXT:
        row = stats.get(branch)
        return [branch] if row is not None and row[SIZE] <= _HEADER_TEXT else []
    return boxes


_HEADLINE_TAGS = ("h1", "h2")


def _headline(
    body: HtmlElement, exclude: frozenset[HtmlElement], title: str | None
) -> HtmlElement | None:
    """The page's headline element: one metadata recognised, else a heading reading the title."""
    for element in exclude:
        if element.tag in _HEADLINE_TAGS:
            return element
    if not title:
        return None
    key = normalize_space(title).casefold()
    for heading in body.iter(*_HEADLINE_TAGS):
        if normalize_space(raw_text(heading)).casefold() == key:
            return heading
    return None


def extract_content(
    root: HtmlElement,
    *,
    base_url: str | None,
    hints: ContentHints,
    trace: Trace | None = None,
) -> Content:
    """Find the main content below ``root`` and return its blocks and figures.

    Examples:
        >>> from lxml.html import document_fromstring
        >>> page = document_fromstring(
        ...     "<body><nav><a href='/'>Home</a></nav><div class='story'><h1>Title</h1>"
        ...     "<p>First paragraph of the story, long enough to count as text.</p>"
        ...     "<p>Second paragraph, with a comma, and more words.</p></div></body>"
        ... )
        >>> content = extract_content(page, base_url=None, hints=ContentHints(title="Title"))
        >>> [block.text[:25] for block in content.blocks]
        ['First paragraph of the st', 'Second paragraph, with a ']
    """
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    start = hints.root if hints.root is not None else body
    stats = element_stats(start)
    names = NameReader()
    record = trace is not None
    attempt = _attempt(start, body, stats, hints, base_url, names, strict=True, record=record)
    if attempt is not None and attempt.size < _SHORT and hints.root is None:
        # Little text: the strict reading may have pruned the story (a page whose text sits in
        # a box named like a caption). Read it again trusting names less; keep the longer.
        relaxed = _attempt(start, body, stats, hints, base_url, names, strict=False, record=record)
        if relaxed is not None and relaxed.size > 2 * attempt.size + 100:
            attempt = relaxed
    if attempt is None:
        return Content(blocks=(), warnings=(_NO_CONTENT,))
    if trace is not None:
        for element, action, rule, detail in attempt.events:
            trace.record(element, action, rule, detail)
    warnings = () if attempt.blocks else (_NO_CONTENT,)
    return Content(
        blocks=attempt.blocks,
        figures=attempt.figures,
        root=attempt.top,
        warnings=warnings,
        lead_drops=attempt.lead_drops,
    )


# Below this many characters of body text, a relaxed second reading is tried.
_SHORT = 250

_Event = tuple[HtmlElement, Action, str, str]


@attrs.frozen
class _Attempt:
    blocks: tuple[Block, ...]
    figures: tuple[RawFigure, ...]
    top: HtmlElement
    events: tuple[_Event, ...]
    size: int
    lead_drops: tuple[str, ...]


def _attempt(
    start: HtmlElement,
    body: HtmlElement,
    stats: Stats,
    hints: ContentHints,
    base_url: str | None,
    names: NameReader,
    *,
    strict: bool,
    record: bool,
) -> _Attempt | None:
    """One reading of the page: locate, figures, blocks, filters. ``strict`` trusts class
    names (boxes named as bylines or captions are left out); the relaxed reading does not.
    Its decisions are listed in ``events`` when ``record`` is set (for a trace), else not
    made up at all."""
    exclude = hints.exclude
    anchor = None
    if hints.root is not None:
        top, parts = hints.root, (hints.root,)
    else:
        anchor = _headline(body, exclude, hints.title)
        located = locate_content(body, stats, exclude, anchor, strict=strict, names=names)
        if located is None:
            return None
        top, parts = located.top, located.parts
    content_size = sum(stats[part][SIZE] for part in parts if part in stats) or 1
    events: list[_Event] = []

    scope = _figure_scope(top, stats, content_size, start) if hints.root is None else top
    found, owned = find_figures(
        scope, parts, stats, base_url=base_url, skip=exclude, by_name=strict, names=names
    )
    if hints.root is None:
        lead: list[tuple[HtmlElement, RawFigure]] = []
        for box in _header_boxes(anchor, scope, stats):
            # The lead image shown with the headline, in a header apart from the story.
            more, more_owned = find_figures(
                box, parts, stats, base_url=base_url, skip=exclude, by_name=strict, names=names
            )
            lead.extend(item for item in more if item[1].caption)
            owned |= more_owned
        found = lead + found
    if record:
        for element, figure in found:
            events.append(
                (element, "figure", "extract:figure", figure.caption or figure.image_url or "")
            )

    pruned_after: set[int] = set()

    def on_prune(element: HtmlElement, reason: str, count: int) -> None:
        if count:
            pruned_after.add(count - 1)
        if record:
            events.append((element, "drop", "extract:box", reason))

    # The figures' elements and the ones metadata took are left out alike: one set, asked with
    # its own ``__contains__``, and a partial of ``box_reason`` (no Python call of ours between
    # the walk and either, for every element of the content).
    owned |= exclude
    prune = functools.partial(
        box_reason, stats=stats, content_size=content_size, strict=strict, names=names
    )
    raw = walk_blocks(parts, stats, skip=owned.__contains__, prune=prune, on_prune=on_prune)
    blocks: list[Block] = []
    lead_drops: list[str] = []
    kept_paragraphs = 0
    size = 0
    for block, reason in filter_blocks(
        raw,
        title=hints.title,
        pruned_after=frozenset(pruned_after),
        roots=frozenset(parts),
        strict=strict,
        names=names,
    ):
        if reason is not None:
            if record:
                events.append((block.element, "drop", f"extract:{reason}", block.text[:80]))
            if kept_paragraphs < 3:
                lead_drops.append(block.text)
            continue
        if block.kind == "paragraph":
            kept_paragraphs += 1
        if record:
            events.append((block.element, "keep", f"extract:{block.kind}", ""))
        blocks.append(Block(kind=block.kind, text=block.text, level=block.level))
        size += len(block.text)
    figures = tuple(figure for _, figure in found)
    return _Attempt(tuple(blocks), figures, top, tuple(events), size, tuple(lead_drops))
