"""Locating the article: which elements of the cleaned tree hold the story's text.

Every stretch of running text (a ``<p>``, a ``<pre>``, text written straight into a ``<div>``)
votes for the elements around it: its container gets its full score, the next one up half, the
ones above a third of that per level. Containers start from a prior for their tag and their
class/id names and end scaled by how little of their text is link text. The best container wins;
when the story is split over several sibling containers (between ads, figures or "read more"
boxes), the siblings that carry text of their own join it, in document order.
"""

from __future__ import annotations

import functools
import re

import attrs
from lxml.html import HtmlElement

from pressparse._extract.stats import BLOCK, INLINE, LINK, MIN_VOTE, PROSE, SIZE, Row, Stats
from pressparse._html.text import BLOCK_TAGS, raw_text
from pressparse._html.vocabulary import NameReader, is_layout_token

__all__ = ["Located", "locate_content"]

# A stretch of text shorter than this does not vote.
_MIN_VOTE = MIN_VOTE
# How many levels of ancestors a stretch of text votes for, and what share each level gets:
# the container all of it, the next one up half, the ones above a third of that per level.
_VOTE_LEVELS = 5
_DIVIDERS = (1.0, 2.0, 6.0, 9.0, 12.0)

_TAG_PRIOR = {
    "div": 5.0,
    "article": 10.0,
    "main": 5.0,
    "section": 2.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "th": -5.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
}
# Text in these elements is not article text whatever its length.
_NO_VOTE = frozenset({"li", "dt", "dd", "th", "h1", "caption", "figcaption", "option", "label"})
_LEAF_VOTERS = BLOCK_TAGS - _NO_VOTE - {"table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl"}
# Commas that separate clauses (not the decimal comma of "551,88 €"); the ideographic commas
# are counted apart (``str.count``). One pattern per comma: a pattern that starts with a literal
# character is scanned for with a fast string search, one that starts with a character class
# (or an alternation) is tried at every position, several times slower.
_COMMA = re.compile(r",(?=\s)")
_ARABIC_COMMA = re.compile(r"،(?=\s)")


@attrs.frozen
class Located:
    """The content: its top element and the siblings joined to it, in document order."""

    top: HtmlElement
    parts: tuple[HtmlElement, ...]
    score: float


def _names(element: HtmlElement) -> str:
    names = element.get("class") or ""
    ident = element.get("id")
    return f"{names} {ident}" if ident else names


def _prior(tag: str) -> float:
    return _TAG_PRIOR.get(tag, 0.0)


def _name_bonus(element: HtmlElement, weight: int) -> float:
    """What class/id names (read as ``weight``) and ``itemprop`` say about an element, as
    points."""
    bonus = float(weight)
    itemprop = element.get("itemprop") or ""
    if "articleBody" in itemprop or itemprop == "text":
        bonus += 30
    return bonus


def _direct_text(element: HtmlElement, stats: Stats) -> str:
    """The text of ``element`` outside its block-level children (commas are counted in it)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            # A leaf's row never has BLOCK set: only a parent's row needs reading.
            if not len(child):
                parts.append(child.text or "")
            else:
                row = stats.get(child)
                if row is not None and not row[BLOCK]:
                    parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts)


def _commas(text: str) -> int:
    """The commas that separate clauses in ``text``.

    Examples:
        >>> _commas("One, two,three 551,88 €، and 一，二、三")
        4
    """
    # ASCII text (``isascii`` reads a flag) holds none of the other commas.
    if text.isascii():
        return len(_COMMA.findall(text)) if "," in text else 0
    count = text.count("，") + text.count("、")
    if "," in text:
        count += len(_COMMA.findall(text))
    if "،" in text:
        count += len(_ARABIC_COMMA.findall(text))
    return count


def _vote(text_len: int, commas: int, link_density: float) -> float:
    return (1.0 + min(commas, 20) + min(text_len / 100.0, 3.0)) * (1.0 - link_density)


def locate_content(
    body: HtmlElement,
    stats: Stats,
    exclude: frozenset[HtmlElement],
    anchor: HtmlElement | None = None,
    *,
    strict: bool = True,
    names: NameReader | None = None,
) -> Located | None:
    """The content of the page below ``body``, or None when no stretch of text votes.

    ``anchor`` is the page's headline element, when known: with several stories on the page,
    the content is the one in the ``<article>`` around it. Only a ``strict`` reading weighs
    class names.
    """
    if names is None:
        names = NameReader()
    # Per scored element: [score, points voted, 1.0 when its names damp the votes through it]
    # (one lookup per vote and level instead of three).
    table: dict[HtmlElement, list[float]] = {}
    weights: dict[HtmlElement, int] = {}  # class/id weights of the scored elements
    # Per holder of votes: its entries and their dividers up the levels. The paragraphs of a
    # story share their holder: the climb (and its look-ups) is made once for all of them.
    paths: dict[HtmlElement | None, list[tuple[list[float], float]]] = {}
    stored = stats.stored  # voters and the elements around them all have a stored row
    for element in stats.voters:
        row = stored(element)
        if row is None:  # pragma: no cover - every voter has a row
            continue
        inline = row[INLINE]
        tag = element.tag
        if not isinstance(tag, str) or tag in _NO_VOTE or element in exclude:
            continue
        if row[BLOCK]:
            # Text written straight into a container: an anonymous paragraph inside it.
            text = _direct_text(element, stats)
            link_density = 0.0
            holder: HtmlElement | None = element
        elif tag in _LEAF_VOTERS:
            # A leaf's text is its whole text: no need to serialize it.
            text = "" if tag == "pre" else raw_text(element) if len(element) else element.text or ""
            link_density = row[LINK] / row[SIZE] if row[SIZE] else 0.0
            holder = element.getparent()
        else:
            continue
        points = _vote(inline, _commas(text), link_density)
        path = paths.get(holder)
        if path is None:
            # The entries this holder's votes go to, level by level, made on its first vote
            # (in the order the levels are visited: the table keeps that order for ties).
            path = paths[holder] = []
            node = holder
            for level in range(_VOTE_LEVELS):
                if node is None:
                    break
                entry = table.get(node)
                if entry is None:
                    node_tag = node.tag
                    entry = table[node] = [_prior(node_tag), 0.0, 0.0]
                    if strict:
                        # Read once: the weight both damps votes here and gives a bonus below.
                        weight = weights[node] = names.weight(_names(node))
                        if weight < -25 and node_tag not in ("body", "html"):
                            entry[2] = 1.0
                path.append((entry, _DIVIDERS[level]))
                if node is body:
                    break
                node = node.getparent()
        for entry, divider in path:
            if entry[2]:
                # Text inside a box named as furniture (a gallery's legends, a byline block)
                # hardly speaks for the boxes around it.
                points *= 0.25
            share = points / divider
            entry[0] += share
            entry[1] += share
    if not table:
        return None
    if strict:
        # Names count in proportion to the text that voted (up to 10 points of it): a box
        # named "list-articles" that holds one short teaser does not win on its name.
        for element, entry in table.items():
            bonus = _name_bonus(element, weights[element])
            if bonus:
                entry[0] = entry[0] + bonus * min(1.0, max(entry[1], 0.0) / 10.0)
    final = {
        element: entry[0] * (1.0 - _stored_link_density(stored(element)))
        for element, entry in table.items()
    }
    top = max(final, key=final.__getitem__)
    limit = body
    article = _headline_article(anchor, body)
    if article is not None and not _contains(article, top):
        # The page holds more than one story (a preloaded next article, teasers marked up as
        # articles): the one under the page's headline is the story, if it has text of its own.
        inside = [e for e in final if e is article or _contains(article, e)]
        if inside:
            best = max(inside, key=final.__getitem__)
            if final[best] >= _HEADLINE_SHARE * final[top]:
                top = best
                limit = article.getparent() if article.getparent() is not None else body
                final = {e: final[e] for e in inside}
    top = _common_ancestor(top, final, limit)
    top = _climb(top, final, limit)
    pieces = _similar_pieces(top, stats, limit)
    if pieces is not None:
        top, parts = pieces
    else:
        parts = _join_siblings(top, final, stats)
    return Located(top=top, parts=parts, score=final.get(top, 0.0))


_HEADLINE_SHARE = 0.2


def _headline_article(anchor: HtmlElement | None, body: HtmlElement) -> HtmlElement | None:
    node = anchor
    steps = 0
    while node is not None and node is not body and steps < 32:
        if node.tag == "article":
            return node
        node = node.getparent()
        steps += 1
    return None


def _contains(ancestor: HtmlElement, element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    steps = 0
    while node is not None and steps < 256:
        if node is ancestor:
            return True
        node = node.getparent()
        steps += 1
    return False


def _stored_link_density(row: Row | None) -> float:
    if row is None or not row[SIZE]:
        return 0.0
    return row[LINK] / row[SIZE]


# Readability's observation: when several candidates score close to the best, the story is
# split into pieces (a listicle's steps, paragraphs in wrappers): their common ancestor is it.
_RIVALS = 5
_RIVAL_SHARE = 0.75
_RIVALS_NEEDED = 3


def _common_ancestor(
    top: HtmlElement, final: dict[HtmlElement, float], body: HtmlElement
) -> HtmlElement:
    best = final[top]
    if best <= 0:
        return top
    ranked = sorted(final, key=final.__getitem__, reverse=True)[1:_RIVALS]
    rivals = [e for e in ranked if final[e] >= _RIVAL_SHARE * best]
    if len(rivals) < _RIVALS_NEEDED:
        return top
    top_ancestors = _ancestors(top, body)
    # Rivals inside the best or around it are the same stretch of text, not other pieces.
    ancestor_sets = [
        ancestors
        for rival, ancestors in ((rival, _ancestors(rival, body)) for rival in rivals)
        if top not in ancestors and rival not in top_ancestors
    ]
    if len(ancestor_sets) < _RIVALS_NEEDED:
        return top
    node = top.getparent()
    steps = 0
    while node is not None and node is not body and steps < 64:
        if sum(node in ancestors for ancestors in ancestor_sets) >= _RIVALS_NEEDED:
            return node
        node = node.getparent()
        steps += 1
    return top


def _ancestors(element: HtmlElement, body: HtmlElement) -> set[HtmlElement]:
    found: set[HtmlElement] = set()
    node = element.getparent()
    while node is not None and node is not body and len(found) < 64:
        found.add(node)
        node = node.getparent()
    return found


def _climb(top: HtmlElement, final: dict[HtmlElement, float], body: HtmlElement) -> HtmlElement:
    """Move up to a parent that scores about as well (the story's real container)."""
    best = final.get(top, 0.0)
    threshold = best / 3.0
    last = best
    parent = top.getparent()
    steps = 0
    while parent is not None and parent is not body and steps < 32:
        steps += 1
        score = final.get(parent)
        if score is None:
            parent = parent.getparent()
            continue
        if score < threshold:
            break
        if score > last:
            top = parent
            break
        last = score
        parent = parent.getparent()
    # A lone child says nothing its parent does not.
    while top is not body:
        parent = top.getparent()
        if parent is None or parent is body or len(parent) != 1:
            break
        top = parent
    return top


# How far up to look for the other pieces of a story split into like containers.
_PIECE_LEVELS = 4
_PIECE_MIN = 80
_PIECE_SHARE = 0.2
_PIECE_LINKS = 0.2


def _similar_pieces(
    top: HtmlElement, stats: Stats, limit: HtmlElement
) -> tuple[HtmlElement, tuple[HtmlElement, ...]] | None:
    """The story's pieces when it is split over containers like the best one (the same tag and
    class, with prose of their own), at the best one's level or a few levels up: the run of
    siblings from the first piece to the last, and their parent."""
    node = top
    levels = steps = 0
    while levels < _PIECE_LEVELS and steps < 32:
        steps += 1
        parent = node.getparent()
        if parent is None or node is limit or parent is limit:
            return None
        if len(parent) == 1:
            node = parent  # a lone child: the same container, one tag further out
            continue
        levels += 1
        row = stats.get(node)
        own = row[PROSE] if row is not None else 0
        tag, names = node.tag, node.get("class")
        tokens = _distinctive(names)
        siblings = [child for child in parent if isinstance(child.tag, str)]
        extra = 0
        span: list[int] = []
        for index, sibling in enumerate(siblings):
            if sibling is node:
                span.append(index)
                continue
            if not _alike(sibling, tag, names, tokens):
                continue
            sibling_row = stats.get(sibling)
            if sibling_row is None or sibling_row[PROSE] < _PIECE_MIN:
                continue
            if sibling_row[LINK] > _PIECE_LINKS * sibling_row[SIZE]:
                continue
            extra += sibling_row[PROSE]
            span.append(index)
        if len(span) > 1 and extra >= _PIECE_SHARE * own:
            return parent, tuple(siblings[span[0] : span[-1] + 1])
        node = parent
    return None


def _alike(element: HtmlElement, tag: object, names: str | None, tokens: frozenset[str]) -> bool:
    """Whether ``element``, or the element it wraps alone (a few levels in), has this tag and
    this class, or a class sharing a distinctive token with it: ``<span><span><div
    class="step">`` is alike ``<div class="step">``, ``m-text m-text--right`` alike ``m-text``."""
    node = element
    for _ in range(4):
        if node.tag == tag:
            other = node.get("class")
            if other == names or (tokens and tokens & _distinctive(other)):
                return True
        if not len(node):
            return False
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) != 1:
            return False
        node = children[0]
    return False


@functools.lru_cache(maxsize=4096)
def _distinctive(names: str | None) -> frozenset[str]:
    """The class tokens that say what an element is, not how it is laid out (``col-md-8``,
    ``clearfix``, ``h-space-m`` say nothing)."""
    if not names:
        return frozenset()
    return frozenset(token for token in names.split() if not is_layout_token(token))


def _join_siblings(
    top: HtmlElement, final: dict[HtmlElement, float], stats: Stats
) -> tuple[HtmlElement, ...]:
    parent = top.getparent()
    if parent is None:
        return (top,)
    best = final.get(top, 0.0)
    threshold = max(10.0, best * 0.2)
    top_class = top.get("class") or ""
    parts: list[HtmlElement] = []
    for sibling in parent:
        if sibling is top:
            parts.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        bonus = best * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        score = final.get(sibling)
        if score is not None and score + bonus >= threshold:
            parts.append(sibling)
            continue
        row = stats.get(sibling)
        if row is None or sibling.tag != "p" or not row[SIZE]:
            continue
        density = row[LINK] / row[SIZE]
        if row[SIZE] > 80 and density < 0.25:
            parts.append(sibling)
        elif 0 < row[SIZE] <= 80 and density == 0:
            text = sibling.text_content().rstrip()
            if text.endswith((".", "!", "?", "。", "！", "？", ":")):
                parts.append(sibling)
    return tuple(parts)
