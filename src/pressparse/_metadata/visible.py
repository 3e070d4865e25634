"""The page itself: the visible headline and, around it, the kicker, dek, byline and date.

Everything here works by general structural rules. Headline candidates are headings and elements
whose class names a headline; the kicker is a short section label just above the headline (or a
labelled part inside it); the dek is a summary element just below it; bylines are elements named
for authors (``byline``, ``author``, ``rel=author``, ...) and dates are ``<time>`` and date-named
elements, taken closest to the headline. Elements in navigation, sidebars, footers, comments and
related-article lists never give a field.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement

from pressparse._html.anycase import AnyWord
from pressparse._html.text import BLOCK_TAGS, normalize_space
from pressparse._metadata.scan import (
    _TIME_TAGS,
    PageScan,
    all_text,
    class_roles,
    is_author_href,
    letter_runs,
)
from pressparse._metadata.title import title_tokens
from pressparse._text.caption import opens_with_credit_label
from pressparse._text.names import looks_like_person_name

__all__ = [
    "ContextFilter",
    "Heading",
    "blocks_after",
    "element_roles",
    "find_dek",
    "find_headings",
    "find_kicker",
    "is_credit_line",
    "visible_text",
]

_EXCLUDED_TAGS = frozenset(
    {"nav", "aside", "footer", "form", "button", "select", "noscript", "template", "dialog"}
)
_EXCLUDED_PARTS = frozenset(
    """comment comments kommentar kommentare commentaires comentarios related recommended
    recommendations recommendation sidebar footer nav navbar navigation menu breadcrumb
    breadcrumbs crumbs popular trending mostread newsletter promo promotion advert
    advertisement ads ad cookie cookies outbrain taboola paywall subscribe signup login
    teaser teasers carousel ticker pagination pager disqus reply replies respond tags
    tagcloud""".split()  # noqa: SIM905 (a word list reads best as text)
)
_EXCLUDED_PAIRS = frozenset(
    {
        ("most", "read"),
        ("read", "more"),
        ("more", "from"),
        ("also", "read"),
        ("tag", "cloud"),
        ("tag", "list"),
    }
)
# A <noscript> with this much text is the page's content for readers without scripts.
_NOSCRIPT_CONTENT = 200
_STATE_WORDS = frozenset(
    {"has", "with", "without", "no", "show", "hide", "enable", "disable", "is", "js", "can"}
)
_SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "button", "svg"}
)
_HEADING_RANK = {"h1": 0, "h2": 2, "h3": 3}
_MAX_HEADLINE_CHARS = 400


def element_roles(element: HtmlElement) -> frozenset[str]:
    """The roles an element's class and id give it (see ``scan.roles_of``)."""
    names = element.get("class")
    roles = class_roles(names) if names else _NO_ROLES
    ident = element.get("id")
    if ident:
        more = class_roles(ident)
        if more:
            roles = roles | more
    return roles


_NO_ROLES: frozenset[str] = frozenset()
# Kinds of what ``ContextFilter`` keeps read per element.
_READ_BYLINE, _READ_BYLINE_TEXT, _READ_DATE = 0, 1, 2


@attrs.define
class ContextFilter:
    """Tells whether an element sits in page furniture (nav, sidebar, footer, comments, related
    lists). Answers are memoised per element for one page."""

    root: HtmlElement
    #: Elements known to hold the article (the headline's ancestors): never furniture.
    exempt: frozenset[HtmlElement] = frozenset()
    _memo: dict[HtmlElement, bool] = attrs.field(factory=dict)
    #: What was read from an element of the page (its byline texts, its date evidence), by
    #: element and kind: shared with the filters ``around`` makes, so that reading a wider
    #: region after the near one does not read the near elements again. (The tree is never
    #: changed while metadata is read.)
    _read: dict[tuple[HtmlElement, int], Any] = attrs.field(factory=dict)

    def around(self, element: HtmlElement) -> ContextFilter:
        """A filter for the same page that knows ``element`` is part of the article."""
        return ContextFilter(self.root, frozenset(element.iterancestors()), read=self._read)

    def byline_spot(
        self, element: HtmlElement, position: int, *, by_text_only: bool = False
    ) -> BylineSpot | None:
        """``byline_spot``, memoised for the page."""
        key = (element, _READ_BYLINE_TEXT if by_text_only else _READ_BYLINE)
        if key in self._read:
            found: BylineSpot | None = self._read[key]
            if found is not None and found.position != position:
                found = attrs.evolve(found, position=position)
            return found
        found = self._read[key] = byline_spot(element, position, by_text_only=by_text_only)
        return found

    def date_evidence(self, element: HtmlElement) -> tuple[tuple[str, ...], str]:
        """``_date_evidence``, memoised for the page."""
        key = (element, _READ_DATE)
        found: tuple[tuple[str, ...], str] | None = self._read.get(key)
        if found is None:
            found = self._read[key] = _date_evidence(element)
        return found

    def own(self, element: HtmlElement) -> bool:
        """Whether the element itself (not its ancestors) is page furniture."""
        return self._own(element)

    def _own(self, element: HtmlElement) -> bool:
        tag = element.tag
        if tag in _EXCLUDED_TAGS:
            # An article's own footer holds its byline and date, not page furniture, and so
            # may an aside inside the article (a meta column beside the text); either is
            # furniture still when its class names comments, related items, ...
            if tag in ("footer", "aside") and _inside_article(element):
                return _names_furniture(_names_of(element)) is not None
            if tag == "noscript":
                # Some blogs render the post from a script and give it again here, byline and
                # all, for readers without scripts (the cleaner keeps such a block as content).
                return len(element.text_content()) < _NOSCRIPT_CONTENT
            return True
        # One call lists the attribute names (each get() costs about as much): many elements
        # have none of the five read here, or none at all.
        keys = element.keys()
        if not keys:
            return False
        if "role" in keys and element.get("role") in _FURNITURE_ROLES:
            return True
        if "hidden" in keys or ("aria-hidden" in keys and element.get("aria-hidden") == "true"):
            return True
        names = (element.get("class") or "") if "class" in keys else ""
        ident = element.get("id") if "id" in keys else None
        if ident:
            names = f"{names} {ident}"
        if not names or not _names_furniture(names) or _is_shallow(element):
            # Page-wide wrappers ("navigation-container" around everything) name no furniture.
            return False
        return not (_names_furniture(names) == "footer" and _inside_article(element))

    def excluded(self, element: HtmlElement) -> bool:
        """Whether the element or one of its ancestors (up to ``<main>``) is page furniture."""
        chain: list[HtmlElement] = []
        node: HtmlElement | None = element
        result = False
        while node is not None and node is not self.root and node.tag not in ("body", "html"):
            if node in self.exempt:
                break
            known = self._memo.get(node)
            if known is not None:
                result = known
                break
            chain.append(node)
            if self._own(node):
                result = True
                break
            if node.tag == "main":
                break
            node = node.getparent()
        for item in chain:
            self._memo[item] = result
        return result


_FURNITURE_ROLES = ("navigation", "complementary", "contentinfo", "dialog")


@functools.lru_cache(maxsize=4096)
def _names_furniture(names: str) -> str | None:
    """The furniture word a class/id string names ("comments", "sidebar", ...), or None.
    "has-sidebar", "with-comments" and "sidebar-parent" name containers, not furniture."""
    for token in names.lower().split():
        parts = letter_runs(token)
        if not parts or parts[0] in _STATE_WORDS or parts[-1] in ("parent", "parents"):
            continue
        previous = ""
        for part in parts:
            if part in _EXCLUDED_PARTS or (previous, part) in _EXCLUDED_PAIRS:
                return str(part)
            previous = part
    return None


def _names_of(element: HtmlElement) -> str:
    names = element.get("class") or ""
    ident = element.get("id")
    return f"{names} {ident}" if ident else names


def _inside_article(element: HtmlElement) -> bool:
    node = element.getparent()
    for _ in range(20):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag == "article":
            return True
        node = node.getparent()
    return False


def _is_shallow(element: HtmlElement) -> bool:
    """Whether the element sits at most two levels below ``<body>``."""
    parent = element.getparent()
    for _ in range(2):
        if parent is None or parent.tag in ("body", "html"):
            return True
        parent = parent.getparent()
    return False


def visible_text(element: HtmlElement, *, skip: Sequence[HtmlElement] = ()) -> str:
    """The element's text on one line, without the subtrees in ``skip`` and without scripts."""
    pieces: list[str] = []
    skipped = set(skip)
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node.tag in BLOCK_TAGS:
                pieces.append(" ")
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP_TEXT_TAGS or node in skipped:
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        if tag == "br" or tag in BLOCK_TAGS:
            pieces.append(" ")
        if node.text:
            pieces.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return normalize_space("".join(pieces).replace("\u00ad", "").replace("\u200b", ""))


def short_text(element: HtmlElement, limit: int = 1000) -> str:
    """The element's text on one line, read quickly: text pieces joined with spaces (fine for
    bylines and dates, where a word split by markup is rare); scripts and styles left out.
    A text longer than ``limit`` characters gives "" (no byline or date is that long), and
    reading stops there."""
    pieces: list[str] = []
    total = 0
    for piece in element.itertext():
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            return ""
    if not pieces:
        return ""  # no text at all, in scripts neither
    if next(element.iter("script", "style", "noscript", "template"), None) is not None:
        return visible_text(element)
    return normalize_space(" ".join(pieces).replace("\u00ad", "").replace("\u200b", ""))


def _descendants_with(element: HtmlElement, role: str, limit: int = 200) -> Iterator[HtmlElement]:
    for count, node in enumerate(element.iterdescendants()):
        if count >= limit:
            return
        if isinstance(node.tag, str) and role in element_roles(node):
            yield node


@attrs.frozen
class Heading:
    """A headline candidate: the element, its text (kicker/dek parts taken out), its rank
    (h1 = 0 first) and the kicker found inside it."""

    element: HtmlElement
    position: int
    text: str
    rank: int
    inner_kicker: HtmlElement | None = None
    inner_headline: HtmlElement | None = None
    #: In page furniture by its class names (taken only when nothing better shows the title).
    excluded: bool = False
    #: The heading as displayed, kicker included ("Kicker: Headline").
    full_text: str = ""


def _split_kicker(element: HtmlElement) -> HtmlElement | None:
    """The first part of a heading built as "short label, separator, headline" from child
    elements (``<h2><span>Label</span><span> – </span><span>Headline</span></h2>``)."""
    if element.text and element.text.strip():
        return None
    children = [c for c in element if isinstance(c.tag, str) and c.tag not in _SKIP_TEXT_TAGS]
    if len(children) < 2 or len(children) > 4:
        return None
    texts = [visible_text(c) for c in children]
    first, rest = texts[0], " ".join(t for t in texts[1:] if t.strip(" -–—|:·•"))
    if not first or not rest or len(first) > 80 or len(first) >= len(rest):
        return None
    if any(c.tail and c.tail.strip(" -–—|:·•") for c in children[:-1]):
        return None  # running text between the parts: one headline with markup in it
    separated = any(not t.strip(" -–—|:·•") for t in texts[1:]) or first.endswith((":", "|"))
    if separated or children[0].tag in ("div", "p", "small") or children[1].tag in ("div", "p"):
        return children[0]
    return None


def _looks_like_crumb(element: HtmlElement) -> bool:
    """A heading that ends a trail of links (the last item of a breadcrumb)."""
    links = 0
    for sibling in element.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag == "a" or (len(sibling) == 1 and sibling[0].tag == "a"):
            links += 1
            if links >= 2:
                return True
        elif sibling.tag not in ("span", "i", "svg", "img"):
            return False
    return False


def _heading_from(element: HtmlElement, position: int, rank: int) -> Heading | None:
    # One look at the heading's descendants: which of them are labelled, and how.
    labelled: list[tuple[HtmlElement, frozenset[str]]] = []
    if len(element):
        for count, node in enumerate(element.iterdescendants()):
            if count >= 50:
                break
            if isinstance(node.tag, str):
                roles = element_roles(node)
                if roles:
                    labelled.append((node, roles))
    inner_kicker = next((n for n, roles in labelled if "kicker" in roles), None)
    if inner_kicker is None and len(element) >= 2:
        inner_kicker = _split_kicker(element)
    inner_headline = None
    best_length = 2
    for node, roles in labelled:
        if "headline" not in roles or "kicker" in roles or node is inner_kicker:
            continue
        if inner_kicker is not None and _is_ancestor(inner_kicker, node):
            continue
        length = len(short_text(node).strip(" -–—|:·•"))
        if length > best_length:
            inner_headline, best_length = node, length
    skip = [n for n in (inner_kicker,) if n is not None]
    skip.extend(
        n
        for n, roles in labelled
        if roles & _NOT_HEADLINE_ROLES and n is not inner_headline and n is not inner_kicker
    )
    if inner_headline is not None and inner_kicker is not None:
        text = visible_text(inner_headline)
    elif not labelled and len(element) == 0:
        text = normalize_space(element.text or "")
    else:
        text = visible_text(element, skip=skip)
    text = text.strip(" -–—|:·•")
    if not text or len(text) > _MAX_HEADLINE_CHARS:
        return None
    full = text
    if inner_kicker is not None:
        full = visible_text(element, skip=skip[1:]).strip(" -–—|:·•") or text
    return Heading(element, position, text, rank, inner_kicker, inner_headline, full_text=full)


_NOT_HEADLINE_ROLES = frozenset({"dek", "date", "byline", "info"})


def find_headings(
    scan: PageScan,
    context: ContextFilter,
    titles: Sequence[str] = (),
    known: Mapping[HtmlElement, Heading | None] | None = None,
) -> list[Heading]:
    """Headline candidates in page order: h1-h3, headline-named elements, ``itemprop=headline``.

    Only ``<h1>`` elements and headings that share words with one of the stated ``titles`` are
    read in full: the other headings of a page (teasers, section titles) cannot be its headline.
    ``known`` gives the answers of an earlier call (``None`` for an element found wanting): they
    are reused, with the positions of this scan.
    """
    title_words = [_rough_words(t) for t in titles if t]
    spots: dict[HtmlElement, tuple[int, int]] = {}
    for spot in scan.headings:
        spots[spot.element] = (spot.position, _HEADING_RANK.get(spot.element.tag, 4))
    for spot, roles in scan.roles:
        if (
            "headline" in roles
            and not roles & {"site", "kicker", "dek"}
            and spot.element not in spots
        ):
            if spot.element.tag in ("meta", "link", "img", "a", "input", "body", "html"):
                continue
            spots[spot.element] = (spot.position, 1)
    for spot, prop in scan.itemprops:
        if prop.lower() == "headline" and spot.element.tag != "meta":
            position, rank = spots.get(spot.element, (spot.position, 1))
            spots[spot.element] = (position, min(rank, 1))
    out: list[Heading] = []
    for element, (position, rank) in sorted(spots.items(), key=lambda item: item[1][0]):
        if known is not None and element in known:
            earlier = known[element]
            if earlier is not None:
                out.append(attrs.evolve(earlier, position=position))
            continue
        if rank != 0 and not _shares_words(element, title_words):
            continue
        if _in_site_brand(element) or element.tag in ("nav",):
            continue
        excluded = context.excluded(element) or _looks_like_crumb(element)
        # A container of headings is not itself the headline.
        if rank == 1 and element.tag not in _HEADING_RANK and _has_heading_inside(element):
            continue
        heading = _heading_from(element, position, rank)
        if heading is not None:
            out.append(attrs.evolve(heading, excluded=excluded) if excluded else heading)
    return out


_PUNCTUATION_CHARS = "\"'.,;:!?()[]{}«»‹›„“”‘’|/\\-–—·•*#"
_PUNCTUATION_TO_SPACE = {ord(ch): " " for ch in _PUNCTUATION_CHARS}
# For non-ASCII text: str.translate with a table costs a caught KeyError per character it
# leaves alone there (ASCII text has a fast path), a character class does not.
_PUNCTUATION = re.compile("[" + re.escape(_PUNCTUATION_CHARS) + "]")


_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@functools.lru_cache(maxsize=1024)
def _rough_words(text: str) -> frozenset[str]:
    """The words of a text, cheaply (lower case, punctuation as spaces): a first filter.
    Chinese, Japanese and Korean text, written without spaces, is cut into characters."""
    if not text.isascii() and _CJK.search(text):
        return frozenset(title_tokens(text))
    if text.isascii():
        return frozenset(text.lower().translate(_PUNCTUATION_TO_SPACE).split())
    return frozenset(_PUNCTUATION.sub(" ", text.lower()).split())


def _shares_words(element: HtmlElement, title_words: Sequence[frozenset[str]]) -> bool:
    raw = all_text(element)
    if not raw or len(raw) > 2 * _MAX_HEADLINE_CHARS:
        return False
    words = _rough_words(raw)
    if not words:
        return False
    for other in title_words:
        if other and len(words & other) * 2 >= min(len(words), len(other)):
            return True
    return False


def _has_heading_inside(element: HtmlElement) -> bool:
    return any(
        isinstance(n.tag, str) and n.tag in ("h1", "h2", "h3") for n in element.iterdescendants()
    )


def _in_site_brand(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    for _ in range(4):
        if node is None:
            return False
        if "site" in element_roles(node):
            return True
        node = node.getparent()
    return False


# --- around the headline -----------------------------------------------------------------------


def _short_text(element: HtmlElement, limit: int) -> str | None:
    text = visible_text(element)
    return text if text and len(text) <= limit else None


def _previous_elements(
    element: HtmlElement, levels: int = 3, per_level: int = 3
) -> Iterator[HtmlElement]:
    """Elements just before ``element``: its previous siblings, then its parent's, ..."""
    return _neighbours(element, HtmlElement.getprevious, levels, per_level, _STOP_BEFORE)


def _next_elements(
    element: HtmlElement, levels: int = 3, per_level: int = 5
) -> Iterator[HtmlElement]:
    """Elements just after ``element``: its next siblings, then its parent's, ..."""
    return _neighbours(element, HtmlElement.getnext, levels, per_level, _STOP_AFTER)


# Looking back stops at the article's own element too: what comes before it is page furniture.
_STOP_BEFORE = frozenset({"body", "html", "article", "main"})
_STOP_AFTER = frozenset({"body", "html", "main"})


def _neighbours(
    element: HtmlElement,
    step: Callable[[HtmlElement], HtmlElement | None],
    levels: int,
    per_level: int,
    stop_tags: frozenset[str],
) -> Iterator[HtmlElement]:
    """Up to ``per_level`` text elements in one direction (``step``) from ``element``, then
    from its parent, for ``levels`` levels or until a ``stop_tags`` ancestor."""
    node: HtmlElement | None = element
    for _ in range(levels):
        if node is None:
            return
        sibling = step(node)
        seen = 0
        while sibling is not None and seen < per_level:
            if isinstance(sibling.tag, str) and sibling.tag not in _SKIP_TEXT_TAGS:
                yield sibling
                seen += 1
            sibling = step(sibling)
        node = node.getparent()
        if node is None or node.tag in stop_tags:
            return


def _with_role(element: HtmlElement, role: str) -> HtmlElement | None:
    if role in element_roles(element):
        return element
    return next(_descendants_with(element, role, 30), None)


_KICKER_MAX = 80


def find_kicker(heading: Heading, context: ContextFilter) -> tuple[HtmlElement, str] | None:
    """The kicker of a headline: a kicker part inside it, or a short kicker-named element just
    above it."""
    if heading.inner_kicker is not None:
        text = _short_text(heading.inner_kicker, _KICKER_MAX)
        if text:
            return heading.inner_kicker, text.strip(" -–—|:·•")
    for candidate in _previous_elements(heading.element):
        found = _with_role(candidate, "kicker")
        if found is None:
            # Text that is not a kicker sits between: stop looking further up.
            if candidate.tag not in ("figure", "picture", "img") and visible_text(candidate):
                break
            continue
        if context.excluded(found):
            continue
        text = _short_text(found, _KICKER_MAX)
        if text:
            return found, text.strip(" -–—|:·•")
    return None


_DEK_MIN, _DEK_MAX = 15, 800


def find_dek(heading: Heading, context: ContextFilter) -> tuple[HtmlElement, str] | None:
    """The dek (standfirst, summary) of a headline: a dek-named element just below it."""
    inner = next(_descendants_with(heading.element, "dek", 30), None)
    if inner is not None:
        text = visible_text(inner)
        if _DEK_MIN <= len(text) <= _DEK_MAX and not _no_dek(text):
            return inner, text
    for candidate in _next_elements(heading.element):
        found = _with_role(candidate, "dek")
        if found is None or context.excluded(found):
            continue
        roles = element_roles(found)
        if "byline" in roles or "date" in roles:
            continue
        if found.tag == "a" or _holds_picture(found):
            continue  # a link to another page, a lead picture ("lead-image"): no dek
        if sum(1 for _ in itertools.islice(found.iter("p"), 3)) == 3:
            continue  # the story's own text (Drupal's "text-with-summary" body field)
        text = visible_text(found)
        if not _DEK_MIN <= len(text) <= _DEK_MAX:
            continue
        if len(text.split()) <= 3 and looks_like_person_name(text):
            continue  # an author's name in a box named "intro" or "lead"
        if sum(len(all_text(a)) for a in found.iter("a")) >= 0.8 * len(text):
            continue  # a teaser linking to another story
        if opens_with_credit_label(text):
            continue  # "Credit: ...", "Foto: ...": a picture's credit
        if _no_dek(text):
            continue
        return found, text
    return None


def _no_dek(text: str) -> bool:
    """Whether a text in a dek's place is something else: a prompt that leads into a form or a
    list ("Aktiviere die Benachrichtigungen:"), a note in brackets, a link ("via Horizont
    https://…"), a rating ("Based on 40 reviews"), a picture's credit ("Birgit Kelle (Bild:
    Facebook)"), or a date line ("Hamburg, 2. November 2021", "Handball Schweiz • 02.02.2022")."""
    if text.endswith(":") or (text.startswith("(") and text.endswith(")")):
        return True
    if _NOT_DEK.search(text) is not None:
        return True
    return len(text.split()) <= _DATE_LINE_WORDS and _DATE_IN_LINE.search(text) is not None


_NOT_DEK = re.compile(
    r"https?://|\bwww\.|\d\s*(?:reviews?|ratings?|votes?|bewertungen|stimmen|avis|"
    r"valoraciones|recensioni)\b|\((?:bild|foto|photo|image|credit)s?\s*:",
    re.IGNORECASE,
)
# A date ("2. November 2021", "02.02.2022", "23.09.22") in a line of this many words or fewer
# makes it a date line. Only its shape counts: ``find_date`` rightly refuses a two-digit year
# ("23.09.22") as a value, but a dek never reads so.
_DATE_LINE_WORDS = 5
_DATE_IN_LINE = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}\b|\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}\b"
)


def _holds_picture(element: HtmlElement) -> bool:
    if element.tag in ("figure", "figcaption", "picture", "img"):
        return True
    return next(element.iter("img", "figure", "figcaption", "picture", "video"), None) is not None


# --- bylines and dates near the headline -----------------------------------------------------

_NAME_PARTS = frozenset({"name", "fn", "nickname", "vcard"})
# Parts of a class that mark an author's picture, job title, bio or links, not the name.
_NOT_NAME_PARTS = frozenset(
    """title role job position bio biography description desc about avatar image img photo
    picture pic icon thumb follow social share twitter facebook mail email contact more
    count date time posts label""".split()  # noqa: SIM905 (a word list reads best as text)
)
_LABEL_STATES = frozenset({"hidden", "inline", "above", "visually"})
_BYLINE_MAX = 250
_BY_WORD = re.compile(
    # a date may come first ("05.02.2020 - Redaktion: Eberhard Fuhr"), or a short item set off
    # by a bar or a dot ("Opinion | By Jane Doe | May 2, 2020")
    r"^(?:[^|·•\n]{1,30}[|·•])?[\s\d./:,\-–—|]{0,30}"
    r"(?:(?:(?:posted|written|published|submitted|created|added|uploaded"
    r"|erstellt|verfasst|geschrieben|gespeichert|eingestellt|eingetragen|publiziert)\s+"
    r"|(?:an?|ein|eine)\s+[^\W\d_]{3,20}\s+)?"
    r"(?:by|von|par|por|door|av|af|di|przez)\s*:?|(?:text|autor(?:in|en)?|authors?|auteur"
    r"|redaktion|verfasser(?:in)?|reporter)\s*:)\s+\S",
    re.IGNORECASE,
)


@attrs.frozen
class BylineSpot:
    """A byline element: where it is, its name texts, and whether those come from links or
    name-marked elements (structured) or from the element's free text."""

    element: HtmlElement
    position: int
    texts: tuple[str, ...]
    structured: bool
    #: Found only by a link to an author's page (no byline class, no ``rel=author``).
    weak: bool = False


def _class_parts(element: HtmlElement) -> frozenset[str]:
    names = element.get("class") or ""
    ident = element.get("id")
    if ident:
        names = f"{names} {ident}"
    return _parts_of(names) if names else _NO_ROLES


@functools.lru_cache(maxsize=4096)
def _parts_of(names: str) -> frozenset[str]:
    return frozenset(letter_runs(names.lower()))


def _is_author_link(node: HtmlElement) -> bool:
    rel = (node.get("rel") or "").lower().split()
    return "author" in rel or is_author_href(node.get("href") or "")


def _name_elements(element: HtmlElement) -> list[HtmlElement]:
    names: list[HtmlElement] = []
    for count, node in enumerate(element.iterdescendants()):
        if count > 120:
            break
        if not isinstance(node.tag, str):
            continue
        if node.tag == "a" and _is_author_link(node):
            names.append(node)
            continue
        if node.get("itemprop") in ("name", "author"):
            if not _names_another_item(node, element):
                names.append(node)
            continue
        parts = _class_parts(node)
        if parts & _NAME_PARTS and not parts & _NOT_NAME_PARTS:
            names.append(node)
    # Keep the outermost of nested name elements.
    return [n for n in names if not any(o is not n and _is_ancestor(o, n) for o in names)]


def _names_another_item(node: HtmlElement, element: HtmlElement) -> bool:
    """Whether an ``itemprop`` inside a byline element belongs to an item that is no person
    or organization (a breadcrumb's ``ListItem`` in the author box names a section)."""
    parent = node.getparent()
    for _ in range(30):
        if parent is None or parent is element:
            return False
        kind = parent.get("itemtype")
        if kind is not None:
            kind = kind.lower()
            return "person" not in kind and "organization" not in kind
        parent = parent.getparent()
    return False


def _is_ancestor(ancestor: HtmlElement, node: HtmlElement) -> bool:
    parent = node.getparent()
    for _ in range(30):
        if parent is None:
            return False
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def byline_spot(
    element: HtmlElement, position: int, *, by_text_only: bool = False
) -> BylineSpot | None:
    """The name texts of one byline element (``None`` when it holds none).

    ``by_text_only`` takes the element only when its text opens with "By"/"Von"/... (for
    elements named for dates or meta data that may carry the byline).
    """
    tag = element.tag
    if tag in (
        "meta",
        "link",
        "img",
        "script",
        "style",
        "input",
        "textarea",
        "time",
        "svg",
        "button",
    ):
        return None
    if by_text_only:
        text = short_text(element, _BYLINE_MAX * 8)
        if 0 < len(text) <= _BYLINE_MAX and _BY_WORD.match(text):
            return BylineSpot(element, position, (text,), False)
        return None
    own_parts = _class_parts(element)
    if "label" in own_parts and own_parts & _LABEL_STATES:
        # "field--label-hidden": how a CMS field shows its label, not a label element.
        own_parts = own_parts - {"label"}
    if tag == "a":
        text = short_text(element)
        if own_parts & _NOT_NAME_PARTS and not _is_author_link(element):
            return None
        return BylineSpot(element, position, (text,), True) if 0 < len(text) <= 80 else None
    named = _name_elements(element)
    if named:
        texts = tuple(t for t in (short_text(n, 800) for n in named) if 0 < len(t) <= 80)
        if texts:
            return BylineSpot(element, position, texts, True)
    if own_parts & _NOT_NAME_PARTS and not own_parts & {"byline", "date", "time"}:
        return None  # an author's picture, bio or links; "author-date" is the byline line
    text = short_text(element, _BYLINE_MAX * 8)
    if 0 < len(text) <= _BYLINE_MAX:
        return BylineSpot(element, position, (text,), False)
    return None


def find_byline_spots(
    scan: PageScan, context: ContextFilter, anchor: int | None, heading: HtmlElement | None = None
) -> Iterator[BylineSpot]:
    """Byline elements, nearest to the headline first (after it before before it), lazily: elements
    named for authors, ``rel=author`` links, ``itemprop=author``, links to author pages right
    after the headline, and date or meta elements whose text opens with "By"."""
    seen: set[HtmlElement] = set()
    candidates: list[tuple[int, HtmlElement, bool]] = []
    for spot, roles in scan.roles:
        if "byline" in roles:
            candidates.append((spot.position, spot.element, False))
        elif anchor is not None and roles & {"info", "date"} and abs(spot.position - anchor) < 60:
            candidates.append((spot.position, spot.element, True))
    named = {element for _, element, _ in candidates}
    weak: set[HtmlElement] = set()
    for link in scan.anchor_links:
        if "author" in link.rel or "author-page" in link.rel:
            candidates.append((link.position, link.element, False))
            if "author" not in link.rel:
                weak.add(link.element)
    for spot, prop in scan.itemprops:
        if prop.lower() in ("author", "creator") and spot.element.tag != "meta":
            candidates.append((spot.position, spot.element, False))
            weak.discard(spot.element)
    weak -= named
    # An element that is both a meta line and an author link is read as the author link.
    strict = {element for _, element, by_text_only in candidates if not by_text_only}
    candidates = [c for c in candidates if not c[2] or c[1] not in strict]
    candidates.sort(key=lambda item: _distance(item[0], anchor))
    for position, element, by_text_only in candidates[:30]:
        if element in seen:
            continue
        seen.add(element)
        if context.excluded(element):
            continue
        if element in weak and _in_prose(element):
            continue  # a person the text links to, not a byline
        found = context.byline_spot(element, position, by_text_only=by_text_only)
        if found is not None:
            yield attrs.evolve(found, weak=True) if element in weak else found


def _in_prose(element: HtmlElement) -> bool:
    """Whether an element sits inside a paragraph of running text (a sentence that links a
    name), not in a short line of its own.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> paragraph = fragment_fromstring(
        ...     '<p>The singer <a href="/people/ann-lee/">Ann Lee</a> was married when she died '
        ...     "and wanted all of her money to go to her husband, a court in Dover heard on Monday.</p>"
        ... )
        >>> _in_prose(paragraph[0])
        True
        >>> _in_prose(fragment_fromstring('<p>By <a href="/people/ann-lee/">Ann Lee</a></p>')[0])
        False
    """
    node = element.getparent()
    for _ in range(3):
        if node is None:
            return False
        if node.tag == "p":
            return len(short_text(node, 400)) > 120
        node = node.getparent()
    return False


# Author elements anywhere in an article are looked for only when the region around the
# headline gave no byline (an author box after the text, a post footer).
_ARTICLE_TYPES = ("Article", "BlogPosting", "Posting", "Report")
_ARTICLE_CLASSES = frozenset({"hentry", "post", "article", "entry", "blogpost", "story", "node"})


def article_container(heading: HtmlElement) -> HtmlElement | None:
    """The element that holds the whole article the headline opens: the nearest ``<article>``,
    Article-typed microdata item or post/entry element around it (``None`` when there is none
    below ``<body>``)."""
    for node in heading.iterancestors():
        tag = node.tag
        if tag in ("body", "html"):
            return None
        if tag in ("article", "main"):
            return node
        itemtype = node.get("itemtype")
        if itemtype and any(kind in itemtype for kind in _ARTICLE_TYPES):
            return node
        names = node.get("class")
        if names and not _is_shallow(node) and set(names.lower().split()) & _ARTICLE_CLASSES:
            return node
    return None


def find_article_byline_spots(
    container: HtmlElement, heading: HtmlElement, context: ContextFilter
) -> Iterator[BylineSpot]:
    """Byline elements anywhere in the article container, in page order, not in its furniture
    (comments, related lists): an author box after the text, a byline in the post footer.
    The article's own footer counts as part of it."""
    seen: list[HtmlElement] = []
    for count, element in enumerate(_author_named(container)):
        if count > 60:
            break
        if element is heading:
            continue
        if any(_is_ancestor(kept, element) for kept in seen):
            continue
        is_author = (
            element.get("itemprop") == "author"
            or "author" in (element.get("rel") or "").lower().split()
        )
        if not is_author and "byline" not in element_roles(element):
            continue
        if _furniture_within(element, container, context):
            continue
        found = context.byline_spot(element, count)
        if found is not None:
            seen.append(element)
            yield found


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


# A credit label that opens a paragraph of its own: "Von Jane Doe", "Written by: Jane Doe",
# "Autorin: Jane Doe".
_CREDIT_LABEL = re.compile(
    r"^\W{0,6}(?:(?:(?:text\s+)?(?:by|von|par|por|door|przez)|written\s+by|geschrieben\s+von|"
    r"(?:blog\s+)?beitrag\s+von)\s*:?|(?:autor(?:in|en)?|authors?|auteure?s?|autore|"
    r"verfasser(?:in)?|text)\s*:)\s+",
    re.IGNORECASE,
)


def bold_byline_paragraph(container: HtmlElement) -> tuple[HtmlElement, str] | None:
    """A byline set as a paragraph of its own among the article's first three paragraphs or
    as its last one (a signature under the text): all one bold run naming people
    (``<p><strong>Jane Doe</strong></p>``), or a credit label and names ("Von Jane Doe",
    "Autorin: Jane Doe").

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> article = fragment_fromstring(
        ...     "<div><p>Von Jana Beispiel</p><p>Der Text beginnt hier.</p></div>"
        ... )
        >>> bold_byline_paragraph(article)[1]
        'Von Jana Beispiel'
    """
    paragraphs: list[tuple[HtmlElement, str]] = []
    last: HtmlElement | None = None
    for paragraph in container.iter("p"):
        if len(paragraphs) < 3:
            text = short_text(paragraph, 400)
            if text:
                paragraphs.append((paragraph, text))
            continue
        last = paragraph
    if last is not None:
        # The last paragraph with text: walk back over empty ones.
        for paragraph in (last, *last.itersiblings("p", preceding=True)):
            if all_text(paragraph).strip():
                paragraphs.append((paragraph, short_text(paragraph, 400)))
                break
    for paragraph, text in paragraphs:
        if is_credit_line(text):
            return paragraph, text
        if len(text) > 80:
            continue
        if len(paragraph) != 1 or paragraph[0].tag not in ("strong", "b"):
            continue
        if (paragraph.text or "").strip() or (paragraph[0].tail or "").strip():
            continue
        if _names_only(text):
            return paragraph, text
    return None


def is_credit_line(text: str) -> bool:
    """Whether a short text is a credit label and one to three names, nothing more ("Von Jana
    Beispiel", "Written by: Jane Doe and John Roe").

    After a label with a colon, the names may be followed by what the author does ("Autorin:
    Uta Beispiel, Projektleiterin in Tunis").

    Examples:
        >>> is_credit_line("von Klaus Stanjek"), is_credit_line("Von Berlin aus fuhr der Zug.")
        (True, False)
        >>> is_credit_line("Author: Jane Doe, Professor of History.")
        True
        >>> is_credit_line("Von Jane Doe, der Zug fuhr ab."), is_credit_line("Text: Jane Doe, 2019")
        (False, False)
    """
    if len(text) > 80:
        return False
    label = _CREDIT_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :].strip()
    if _names_only(rest):
        return True
    if not label.group().rstrip().endswith(":") or "," not in rest:
        return False
    names, description = rest.split(",", 1)
    description = description.strip()
    return (
        _names_only(names)
        and description[:1].isupper()
        and not any(char.isdigit() for char in description)
    )


def _names_only(text: str) -> bool:
    """Whether a text is one to three capitalised names ("Jane Doe/John Roe")."""
    names = [n for n in re.split(r"\s*(?:/|,|&|\band\b|\bund\b)\s*", text) if n]
    if not 1 <= len(names) <= 3:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4:
            return False
        if not all(_NAME_WORD.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in words):
            return False
    return True


def _author_named(container: HtmlElement) -> Iterator[HtmlElement]:
    """The elements in ``container`` whose class names an author or a byline ("author",
    "Autor", "byline", ...), ``itemprop=author`` elements and ``rel=author`` links."""
    for element in container.iterdescendants(_ELEMENT):
        names = element.get("class")
        if (
            (names and ("uthor" in names or "utor" in names or "yline" in names))
            or element.get("itemprop") == "author"
            or (element.tag == "a" and "author" in (element.get("rel") or ""))
        ):
            yield element


def _furniture_within(element: HtmlElement, container: HtmlElement, context: ContextFilter) -> bool:
    """Whether the element sits in furniture inside the article (its comments, a related
    list); the article's own footer is not furniture."""
    node: HtmlElement | None = element
    for _ in range(40):
        if node is None or node is container:
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        furniture = _names_furniture(names) if names.strip() else None
        if node.tag == "footer" or furniture == "footer":
            node = node.getparent()
            continue
        if context.own(node):
            return True
        node = node.getparent()
    return False


_ELEMENT = etree.Element  # as an iter() filter: elements only, no comments


def _elements_before(element: HtmlElement, limit: int) -> list[HtmlElement]:
    """Up to ``limit`` elements before ``element`` in document order (its ancestors left
    out), found walking backwards so that a large block before it is not read in full."""
    backwards: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None and len(backwards) < limit and node.tag not in ("body", "html"):
        sibling = node.getprevious()
        while sibling is not None and len(backwards) < limit:
            if isinstance(sibling.tag, str):
                _add_backwards(sibling, backwards, limit)
            sibling = sibling.getprevious()
        node = node.getparent()
    backwards.reverse()
    return backwards


def _add_backwards(top: HtmlElement, backwards: list[HtmlElement], limit: int) -> None:
    """Add the elements of ``top``'s subtree in reverse document order (its last, deepest
    element first, ``top`` itself last) to ``backwards`` until it holds ``limit``. Steps from
    node to node (no stack of children): only the elements added are ever touched."""
    node = _last_leaf(top)
    while True:
        backwards.append(node)
        if node is top or len(backwards) >= limit:
            return
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        # Before a node in reverse order: its previous sibling's last leaf, else its parent.
        parent = node.getparent()
        if previous is not None:
            node = _last_leaf(previous)
        elif parent is not None:
            node = parent
        else:
            return


def _last_leaf(node: HtmlElement) -> HtmlElement:
    """The last element of ``node``'s subtree in document order (comments skipped)."""
    while len(node):
        child: HtmlElement | None = node[-1]
        while child is not None and not isinstance(child.tag, str):
            child = child.getprevious()
        if child is None:
            return node
        node = child
    return node


def elements_around(
    element: HtmlElement, *, before: int, after: int
) -> list[tuple[int, HtmlElement]]:
    """The elements around ``element`` in document order, numbered from it (0; negative
    before it): up to ``before`` elements before (previous siblings' subtrees, then the
    parent's, ...) and up to ``after`` after, the element's own subtree included.
    Its ancestors are not included."""
    out: list[tuple[int, HtmlElement]] = [(0, node) for node in element.iter(_ELEMENT)]
    count = 0
    node: HtmlElement | None = element
    while node is not None and count < after and node.tag not in ("body", "html"):
        sibling = node.getnext()
        while sibling is not None and count < after:
            for child in sibling.iter(_ELEMENT):
                count += 1
                out.append((count, child))
                if count >= after:
                    break
            sibling = sibling.getnext()
        node = node.getparent()
    earlier = _elements_before(element, before)
    return [(index - len(earlier), child) for index, child in enumerate(earlier)] + out


def _distance(position: int, anchor: int | None) -> int:
    if anchor is None:
        return position
    if position >= anchor:
        return position - anchor
    return (anchor - position) * 3


_DATE_ATTRIBUTE = re.compile(r"date|time|publish", re.IGNORECASE)
_UPDATED = re.compile(
    r"\b(?:updated?|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"\b(?:published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|erschienen)\b",
    re.IGNORECASE,
)


def _date_evidence(element: HtmlElement) -> tuple[tuple[str, ...], str]:
    """What an element says of a date: its machine-readable attribute values (``datetime``,
    a date-named ``content`` or ``data-*``) and its text when short enough to be a date line."""
    machine = tuple(
        value.strip()
        for key, value in element.items()
        if key == "datetime"
        or ((key == "content" or key.startswith("data-")) and _DATE_ATTRIBUTE.search(key))
    )
    text = short_text(element, 1600)
    return machine, text if len(text) <= 200 else ""


# "Veröffentlicht am 16.08.2019", "Erschienen am: 1.11.2023", "Published on May 2, 2020",
# "Mis en ligne le 23 mai 2019".
_LABEL_WORDS = (
    r"(?:veröffentlicht|erschienen|publiziert|published|posted|publié|publicado|pubblicato|"
    r"gepubliceerd|mise?\s+en\s+ligne)(?:\s{1,3}(?:am|on|le|el|il|op))?\s{0,3}:?\s{0,3}"
)
_PUBLISHED_LABEL = re.compile(
    r"\b" + _LABEL_WORDS + r"(?=\d|(?:[^\W\d_]{3,12},?\s{1,3})?[^\W\d_]{3,12}\.?\s{1,3}\d)",
    re.IGNORECASE,
)
# The label after the date: "... wurde am 19. Mai 2010 um 23:03 Uhr gepostet" (the German
# of WordPress's "This entry was posted on ...").
_DATE_THEN_LABEL = re.compile(
    r"\bwurde\s{1,3}am\s{1,3}(?=\d[^<>]{0,60}?\b(?:gepostet|veröffentlicht|publiziert)\b)",
    re.IGNORECASE,
)
# The label alone, its date in the next element ("<dt>Published</dt><dd>May 2, 2020</dd>").
_BARE_PUBLISHED_LABEL = re.compile(_LABEL_WORDS, re.IGNORECASE)
# Words one of which every match of _PUBLISHED_LABEL holds ("publi" stands for four labels):
# most paragraphs hold none, and this test answers them without the case-insensitive search.
_PUBLISHED_WORDS = AnyWord(
    "veröffentlicht", "erschienen", "publi", "pubblicato", "posted", "ligne", "gepostet"
)


def labelled_date_texts(
    container: HtmlElement, limit: int = 120
) -> Iterator[tuple[HtmlElement, str]]:
    """Short paragraphs in ``container`` that state the publication date with a label
    ("Veröffentlicht am 16.08.2019"), in page order: each with the text from its label on.

    A paragraph (or ``<dt>``) that is the label alone gives the text of the element after it.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> article = fragment_fromstring(
        ...     "<div><p>Dauer: 1 Stunde</p><p>Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>"
        ... )
        >>> [text for _, text in labelled_date_texts(article)]
        ['01.11.2023 Lesungen: 61']
        >>> credits = fragment_fromstring(
        ...     "<ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li>"
        ...     "<li><dl><dt>Published:</dt><dd>May 2, 2020</dd></dl></li></ul>"
        ... )
        >>> [text for _, text in labelled_date_texts(credits)]
        ['23 mai 2019', 'May 2, 2020']
        >>> footer = fragment_fromstring(
        ...     "<div><p>This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm.</p>"
        ...     "<p>Er wurde am 19. Mai 2010 um 23:03 Uhr gepostet.</p></div>"
        ... )
        >>> [text[:20] for _, text in labelled_date_texts(footer)]
        ['Wednesday, May 19th,', '19. Mai 2010 um 23:0']
    """
    for count, paragraph in enumerate(container.iter("p", "small", "em", "dt")):
        if count >= limit:
            break
        text = short_text(paragraph, 400)
        if not text or len(text) > 300:
            continue
        if not _PUBLISHED_WORDS.search(text):
            continue
        label = _PUBLISHED_LABEL.search(text) or _DATE_THEN_LABEL.search(text)
        if label is not None:
            yield paragraph, text[label.end() :]
        elif len(text) <= 40 and _BARE_PUBLISHED_LABEL.fullmatch(text):
            following = paragraph.getnext()
            if following is not None and isinstance(following.tag, str):
                value = short_text(following, 400)
                if value and len(value) <= 60:
                    yield following, value


@attrs.frozen
class DateSpot:
    """A date-bearing element near the headline: its texts and machine values."""

    element: HtmlElement
    position: int
    machine: tuple[str, ...]
    text: str
    modified: bool
    #: Only the class says "updated" (WordPress themes mark their only date that way).
    modified_by_class: bool = False


def find_date_spots(
    scan: PageScan, context: ContextFilter, anchor: int | None, *, window: int = 400
) -> Iterator[DateSpot]:
    """``<time>`` and date-named elements, nearest to the headline first (lazily: the reader
    stops once it has its dates).

    Without a headline only ``<time>`` elements and date-named elements that say they give the
    publication date are taken.
    """
    candidates: list[tuple[int, HtmlElement]] = [(s.position, s.element) for s in scan.times]
    for spot, roles in scan.roles:
        if roles & _DATE_ROLES:
            candidates.append((spot.position, spot.element))
    for spot, prop in scan.itemprops:
        if (
            prop.lower() in ("datepublished", "datecreated", "datemodified")
            and spot.element.tag != "meta"
        ):
            candidates.append((spot.position, spot.element))
    if anchor is not None:
        candidates = [c for c in candidates if -window // 4 <= c[0] - anchor <= window]
    candidates.sort(key=lambda item: _distance(item[0], anchor))
    seen: set[HtmlElement] = set()
    for position, element in candidates[:40]:
        if element in seen or element.tag in ("meta", "link", "script", "style", "img", "input"):
            continue
        seen.add(element)
        names = ((element.get("class") or "") + " " + (element.get("itemprop") or "")).lower()
        if (
            anchor is None
            and element.tag not in _TIME_TAGS
            and not ("publish" in names or "date" in names)
        ):
            continue
        machine, text = context.date_evidence(element)
        if not machine and not text:
            continue
        if context.excluded(element):
            continue
        said_updated = bool(_UPDATED.search(text[:40]) and not _PUBLISHED.search(text))
        class_updated = ("updated" in names or "modified" in names) and "publish" not in names
        modified = said_updated or class_updated
        yield DateSpot(
            element, position, machine, text, modified, class_updated and not said_updated
        )


_DATE_ROLES = frozenset({"date", "info", "byline"})


def _date_named(container: HtmlElement) -> Iterator[HtmlElement]:
    """The ``<time>`` elements in ``container`` and those whose class names a date, a time or
    a meta line ("post-date", "Datum", "entry-meta", "submitted", ...)."""
    for element in container.iterdescendants(_ELEMENT):
        if element.tag == "time":
            yield element
            continue
        names = element.get("class")
        if names and (
            "ate" in names
            or "ime" in names
            or "meta" in names
            or "atum" in names
            or "publish" in names
            or "posted" in names
            or "submitted" in names
        ):
            yield element


def find_article_date_spots(
    container: HtmlElement, heading: HtmlElement, context: ContextFilter
) -> Iterator[DateSpot]:
    """``<time>`` and date-named elements anywhere in the article container, in page order,
    outside its furniture (comments, related lists)."""
    for count, element in enumerate(_date_named(container)):
        if count > 80:
            break
        if element is heading:
            continue
        roles = element_roles(element) | class_roles(element.get("class") or "")
        if element.tag != "time" and not roles & {"date", "info"}:
            continue
        if element.tag in ("meta", "link", "script", "style", "img", "input"):
            continue
        machine, text = context.date_evidence(element)
        if not machine and not text:
            continue
        if _furniture_within(element, container, context):
            continue
        names = (element.get("class") or "").lower()
        said_updated = bool(_UPDATED.search(text[:40]) and not _PUBLISHED.search(text))
        class_updated = ("updated" in names or "modified" in names) and "publish" not in names
        yield DateSpot(element, count, machine, text, said_updated or class_updated)


_TEXT_AFTER_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "button", "select", "form", "nav", "aside"}
)


def text_inside_after_title(heading: HtmlElement, limit: int = 200) -> str:
    """The text a headline element carries after a line break or in a ``<small>`` below its
    title (``<h1>Title<br><small>02.02.2022 • Presse</small></h1>``): a date line set inside
    the headline.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> text_inside_after_title(
        ...     fragment_fromstring("<h1>Zuschauer kehren zurück<br><small>02.02.2022</small></h1>")
        ... )
        '02.02.2022'
        >>> text_inside_after_title(
        ...     fragment_fromstring("<h1>Titel<br><span>02.02.2022</span></h1>")
        ... )
        '02.02.2022'
        >>> text_inside_after_title(fragment_fromstring("<h1>Nur ein Titel</h1>"))
        ''
    """
    pieces: list[str] = []
    started = False
    for child in heading.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag == "small":
            pieces.append(all_text(child))
            break
        if child.tag == "br":
            started = True
        elif started:
            pieces.append(child.text or "")
        if started:
            pieces.append(child.tail or "")
    return normalize_space(" ".join(pieces))[:limit]


def blocks_after(element: HtmlElement, limit: int = 12) -> Iterator[tuple[HtmlElement, str]]:
    """The first ``limit`` text blocks (paragraphs, divs and headings that hold text of their
    own, before or after their children: "<p><a>Samsung</a> hat ...</p>") after ``element``
    in page order, with their visible text."""
    count = 0
    for candidate in _next_elements(element, levels=3, per_level=6):
        for block in candidate.iter("p", "div", "h2", "h3", "h4", "strong"):
            if count >= limit:
                return
            if _has_own_text(block):
                count += 1
                yield block, visible_text(block)


def _has_own_text(element: HtmlElement) -> bool:
    text = element.text
    if text and not text.isspace():
        return True
    # A paragraph may open with a link to a topic page ("<a>Samsung</a> hat ..."), and a div may
    # hold its text in spans ("<span>Berlin.</span> <span>In Berlin ...</span>"); text after a
    # bold label, or a div's text between its children, is a container's or a record's.
    if not len(element):
        return False
    if element.tag == "div":
        return all(child.tag == "span" and not len(child) for child in element) and any(
            (text := child.text) and not text.isspace() for child in element
        )
    first = element[0]
    tail = first.tail
    return element.tag == "p" and first.tag == "a" and tail is not None and not tail.isspace()


def pieces_after(element: HtmlElement, limit: int = 400) -> list[tuple[str, HtmlElement]]:
    """The text nodes that follow ``element`` in page order (its tail, its next siblings, then
    its ancestors' next siblings), up to about ``limit`` characters, each with the element
    whose text or tail it is."""
    pieces: list[tuple[str, HtmlElement]] = []
    total = 0

    def add(text: str | None, owner: HtmlElement | None) -> bool:
        nonlocal total
        if text and not text.isspace() and owner is not None:
            pieces.append((text, owner))
            total += len(text)
        return total >= limit

    node: HtmlElement | None = element
    steps = 0
    while node is not None and node.tag not in ("body", "html"):
        if add(node.tail, node.getparent()):
            break
        sibling = node.getnext()
        while sibling is not None and steps < 200:
            steps += 1
            if isinstance(sibling.tag, str) and sibling.tag not in _TEXT_AFTER_SKIP:
                for child in sibling.iter():
                    if not isinstance(child.tag, str) or child.tag in _TEXT_AFTER_SKIP:
                        continue
                    if add(child.text, child) or (
                        child is not sibling and add(child.tail, child.getparent())
                    ):
                        return pieces
            if add(sibling.tail, sibling.getparent()):
                return pieces
            sibling = sibling.getnext()
        node = node.getparent()
    return pieces


# A date line names its date before any sentence gets going ("Karlsruhe, (12.11.2021).
# Traditionell ...", "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST", "Publicado el
# 3 de mayo de 2022"); a date after several lower-case words is inside a sentence, and what the
# story is about ("Im Beisein zahlreicher Gäste wurde das Zentrum am 18. Oktober 2021
# eröffnet"). Nouns are capitalised in German, so lower-case words are verbs, articles and
# prepositions; the short ones ("el", "de", "le", "am") also stand in labels ("mis en ligne le")
# and do not count.
_SENTENCE_WORDS = 3


def text_lines(pieces: Sequence[tuple[str, HtmlElement]], reach: int = 400) -> list[str]:
    """The text after an element as lines: text nodes joined up to their nearest block element
    ("8.<a>Dezember 2010</a> um 09:43" is one line). Lines that start ``reach`` characters or
    more into the text are left out.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> div = fragment_fromstring(
        ...     "<div><h2>Rinderleber</h2><p>8.<a>Dezember 2010</a> um 09:43</p><p>Zutaten</p></div>"
        ... )
        >>> text_lines(pieces_after(div[0]))
        ['8. Dezember 2010 um 09:43', 'Zutaten']
    """
    lines: list[list[str]] = []
    block: HtmlElement | None = None
    for text, owner in pieces:
        holder = _block_of(owner)
        if holder is not block or not lines:
            lines.append([])
            block = holder
        lines[-1].append(text)
    out: list[str] = []
    start = 0  # where the line starts in the page's text, spaces collapsed
    for line in lines:
        if start >= reach:
            break
        text = " ".join(" ".join(line).split())
        start += len(text) + 1
        if text:
            out.append(text)
    return out


def opens_line(line: str, found: str) -> bool:
    """Whether ``found`` (a date's text) stands in ``line`` before a sentence gets going: fewer
    than three lower-case words of three letters or more come before it.

    Examples:
        >>> opens_line("Publicado el 3 de mayo de 2022", "3 de mayo de 2022")
        True
        >>> opens_line("mis en ligne le 23 mai 2019 à 10h12", "23 mai 2019")
        True
        >>> opens_line(
        ...     "Im Beisein zahlreicher Gäste wurde das Zentrum am 18. Oktober 2021",
        ...     "18. Oktober 2021",
        ... )
        False
    """
    at = line.find(found)
    before = line[:at] if at >= 0 else line
    return (
        sum(1 for word in before.split() if word[:1].islower() and len(word) > 2) < _SENTENCE_WORDS
    )


def _block_of(element: HtmlElement) -> HtmlElement:
    node = element
    for _ in range(20):
        if node.tag in BLOCK_TAGS:
            return node
        parent = node.getparent()
        if parent is None:
            return node
        node = parent
    return node


def byline_line_after(heading: Heading) -> tuple[HtmlElement, str] | None:
    """A line right below the headline that credits someone without any markup saying so
    ("Posted by Ann Lee on 3 April 2014"): the first short text element after it, if it opens
    with "By"/"Von"/"Posted by"/..."""
    for candidate in _next_elements(heading.element, levels=2, per_level=3):
        candidate = _first_line(candidate)
        text = short_text(candidate, _BYLINE_MAX * 8)
        if not text:
            continue
        if len(text) <= _BYLINE_MAX and _BY_WORD.match(text):
            return candidate, text
        return None
    return None


def _first_line(element: HtmlElement) -> HtmlElement:
    """``element``, or for a container of several blocks (a short story's text, its first
    paragraph a "By" line), the first of them that holds text: the line is that block alone.

    Examples:
        >>> from lxml.html import fragment_fromstring
        >>> story = fragment_fromstring("<div><p></p><p>By Ann Lee</p><p>The text.</p></div>")
        >>> _first_line(story).text, _first_line(story[1]).text
        ('By Ann Lee', 'By Ann Lee')
    """
    node = element
    for _ in range(4):
        if (node.text or "").strip():
            return node  # text before the blocks: the line starts in the container itself
        # Lazily: a container may hold a million blocks, and two tell it is one.
        if next(itertools.islice(_blocks_of(node), 1, None), None) is None:
            return node
        first = next((block for block in _blocks_of(node) if _has_text(block)), None)
        if first is None:
            return node
        node = first
    return node


def _blocks_of(element: HtmlElement) -> Iterator[HtmlElement]:
    return (child for child in element if child.tag in BLOCK_TAGS)


def _has_text(element: HtmlElement) -> bool:
    return any(piece.strip() for piece in element.itertext())


def text_before(element: HtmlElement, limit: int = 150) -> str:
    """The text of the elements just before ``element`` (previous siblings, then the parent's),
    nearest first, up to about ``limit`` characters."""
    pieces: list[str] = []
    total = 0
    for sibling in _previous_elements(element, levels=2, per_level=3):
        text = visible_text(sibling)
        if text:
            pieces.append(text)
            total += len(text)
            if total >= limit:
                break
    return " ".join(pieces)[: limit * 2]
