"""Figures: images with their captions and credits, taken out of the body.

A figure is a ``<figure>``, or an element marked as a caption (``caption``, ``wp-caption-text``,
``bildunterschrift``, ``itemprop="caption"``...) together with the nearby image it describes, or
an image of the content standing alone. Its image URL is the full-size one when the page gives it
(a link to an image file around the ``<img>``, the largest ``srcset`` candidate, lazy-loading
attributes, a ``<noscript>`` fallback), resolved against the page URL; never a ``javascript:`` or
``data:`` URL. Its credit is the element the page marks as one (``credit``, ``copyright``,
``itemprop="copyrightHolder"``, a ``<small>`` or ``<cite>`` inside the caption); the caption text
never includes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs
from lxml.html import HtmlElement

from pressparse._extract.stats import SIZE, Stats
from pressparse._html.load import safe_http_url
from pressparse._html.text import BLOCK_TAGS, normalize_space, normalize_text
from pressparse._html.vocabulary import token_words

__all__ = ["RawFigure", "extract_figures", "find_figures", "image_url"]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary written as one string."""
    return text.split()


_CAPTION_WORDS = frozenset(
    _words(
        """caption captions figcaption imagecaption photocaption mediacaption imgcaption legend
        legende bildunterschrift bildtext leyenda didascalia podpis caption"""
    )
)
_CREDIT_WORDS = frozenset(
    _words(
        """credit credits copyright photographer fotograf photocredit imagecredit courtesy quelle
        bildquelle fotocredit source byline author"""
    )
)
_CAPTION_PROPS = frozenset({"caption"})
_CREDIT_PROPS = frozenset({"copyrightHolder", "copyrightNotice", "creditText", "author", "creator"})
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:$|[?#])", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"blank\.gif|spacer\.gif|pixel\.gif|transparent\.(?:gif|png)|placeholder|1x1\.|/grey\.gif",
    re.IGNORECASE,
)
_LAZY_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-image",
    "data-img-src",
    "data-original-src",
)
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset", "data-original-set")
# A caption longer than this is an article paragraph with an unlucky class name.
_MAX_CAPTION = 1500
# A figure container may hold this much text besides its caption and credit.
_CONTAINER_SLACK = 80
_CHROME = re.compile(
    r"(?:view|see|show)\s+(?:full[\s-]*size|larger|original|gallery)|(?:click\s+to\s+)?enlarge"
    r"|\d{1,4}\s*(?:of|/|von|de|di|sur)\s*\d{1,4}|zoom",
    re.IGNORECASE,
)


@attrs.frozen
class RawFigure:
    """A figure as the page marks it: ``credit`` is None when the page has no separate credit
    element (the caption text may then still end with one: the text parsers split it later)."""

    image_url: str | None
    alt: str | None
    caption: str | None
    credit: str | None


def _name_words(element: HtmlElement) -> frozenset[str]:
    names = element.get("class") or ""
    ident = element.get("id")
    if ident:
        names = f"{names} {ident}"
    return token_words(names) if names else frozenset()


# A quick test that names which may hold a caption or credit word pass (most names fail).
_MAYBE_FIGURE_WORD = re.compile(
    r"capt|legend|bild|leyenda|didasc|podpis|credit|copyright|photog|fotog|courtesy|quelle|"
    r"source|byline|author|img|image|photo|foto|picture|media|figure",
    re.IGNORECASE,
)
# Words that name an image, and words that, next to one, name its caption: the
# "description" of a "detail-img" is a caption.
_IMAGE_WORDS = frozenset(
    _words("img image images photo photos foto fotos picture pic media figure bild gallery")
)
_DESCRIPTION_WORDS = frozenset(_words("description desc text txt info subtitle title beschreibung"))
_NAME_LETTERS = re.compile(r"[a-z]+")


def _is_caption(element: HtmlElement) -> bool:
    if element.tag == "figcaption":
        return True
    keys = element.keys()
    if not keys:
        return False
    if "itemprop" in keys and element.get("itemprop") in _CAPTION_PROPS:
        return bool(element.tag != "meta")
    names = " ".join(element.get(key) or "" for key in ("class", "id") if key in keys)
    if not names or _MAYBE_FIGURE_WORD.search(names) is None:
        return False
    if _name_words(element) & _CAPTION_WORDS:
        return True
    words = set(_NAME_LETTERS.findall(names.lower()))
    return bool(words & _IMAGE_WORDS and words & _DESCRIPTION_WORDS)


def _is_credit(element: HtmlElement) -> bool:
    if (element.get("itemprop") or "") in _CREDIT_PROPS:
        return True
    return bool(_name_words(element) & _CREDIT_WORDS)


def _srcset_largest(value: str) -> str | None:
    """The URL of the largest candidate of a ``srcset`` value.

    Examples:
        >>> _srcset_largest("a.jpg 320w, b.jpg 1024w, c.jpg 640w")
        'b.jpg'
        >>> _srcset_largest("x.jpg 1x,y.jpg 2x")
        'y.jpg'
    """
    best: str | None = None
    best_size = -1.0
    tokens = value.split()
    index = 0
    while index < len(tokens):
        url = tokens[index]
        index += 1
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        elif index < len(tokens):
            descriptor = tokens[index]
            index += 1
            if "," in descriptor and not descriptor.endswith(","):
                descriptor, _, rest = descriptor.partition(",")
                tokens.insert(index, rest)
            descriptor = descriptor.rstrip(",")
        size = 1.0
        if descriptor[-1:] in ("w", "x"):
            try:
                size = float(descriptor[:-1]) * (1.0 if descriptor[-1] == "w" else 1000.0)
            except ValueError:
                size = 1.0
        if url and size > best_size:
            best, best_size = url, size
    return best


def image_url(
    image: HtmlElement, container: HtmlElement | None, base_url: str | None
) -> str | None:
    """The best URL for ``image``: a linked full-size file, the largest srcset candidate, a
    lazy-loading attribute, a ``<noscript>`` fallback, then ``src``; absolute, http(s) only."""
    node = image.getparent()
    steps = 0
    while node is not None and steps < 4:
        if node.tag == "a":
            href = node.get("href") or ""
            if _IMAGE_FILE.search(href):
                url = safe_http_url(href, base_url)
                if url is not None:
                    return url
        if node is container:
            break
        node = node.getparent()
        steps += 1
    candidates: list[str] = []
    sources: list[HtmlElement] = [image]
    picture = image.getparent()
    # lxml's parser may nest the <img> inside an unclosed <source>: look two levels up.
    if picture is not None and picture.tag != "picture":
        picture = picture.getparent()
    if picture is not None and picture.tag == "picture":
        sources = [*picture.iter("source"), image]
    for source in sources:
        for attribute in _SRCSET_ATTRIBUTES:
            value = source.get(attribute)
            if value:
                largest = _srcset_largest(value)
                if largest:
                    candidates.append(largest)
    for attribute in _LAZY_ATTRIBUTES:
        value = image.get(attribute)
        if value:
            candidates.append(value)
    candidates.append(image.get("src") or "")
    for candidate in candidates:
        if not candidate or _PLACEHOLDER.search(candidate):
            continue
        url = safe_http_url(candidate, base_url)
        if url is not None:
            return url
    return None


def _first_image(container: HtmlElement) -> HtmlElement | None:
    fallback = None
    for image in container.iter("img"):
        if _usable(image):
            return image
        fallback = fallback if fallback is not None else image
    return fallback


def _usable(image: HtmlElement) -> bool:
    src = image.get("src") or ""
    lazy = any(image.get(name) for name in _LAZY_ATTRIBUTES + _SRCSET_ATTRIBUTES)
    return lazy or (bool(src) and not src.startswith("data:") and not _PLACEHOLDER.search(src))


def _tiny(image: HtmlElement) -> bool:
    for attribute in ("width", "height"):
        value = (image.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 80:
            return True
    return False


def _text_without(element: HtmlElement, leave_out: HtmlElement | None) -> str:
    """The text of ``element`` without the subtree ``leave_out`` and without gallery chrome."""
    pieces: list[str] = []
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                pieces.append(" ")
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        if node is leave_out or not tag or tag in ("script", "style", "noscript", "button"):
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        if tag == "br":
            pieces.append("\n")
            if node.tail:
                pieces.append(node.tail)
            continue
        if tag in BLOCK_TAGS:
            pieces.append(" ")
        if node.text:
            pieces.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return normalize_space(normalize_text("".join(pieces)))


def _clean_caption(text: str) -> str:
    if _CHROME.fullmatch(text.strip(" .:|-")):
        return ""
    return text


def _credit_in(container: HtmlElement, caption: HtmlElement | None) -> HtmlElement | None:
    for element in container.iter():
        if element is container or not isinstance(element.tag, str) or element is caption:
            continue
        if element.tag in ("img", "picture", "source"):
            continue
        if _is_credit(element):
            return element
    if caption is not None and len(caption):
        for element in caption.iter("small", "cite"):
            if (caption.text and caption.text.strip()) or element.getprevious() is not None:
                return element
    return None


def _figure(
    image_scope: HtmlElement,
    caption_el: HtmlElement | None,
    base_url: str | None,
    credit_scope: HtmlElement | None = None,
) -> RawFigure:
    image = _first_image(image_scope)
    if image is None:
        for noscript in image_scope.iter("noscript"):
            image = _first_image(noscript)
            if image is not None:
                break
    credit_el = _credit_in(credit_scope if credit_scope is not None else image_scope, caption_el)
    caption = _text_without(caption_el, credit_el) if caption_el is not None else ""
    credit = _text_without(credit_el, None) if credit_el is not None else ""
    if credit and caption.endswith(credit):
        caption = caption[: -len(credit)].rstrip()
    url = image_url(image, image_scope, base_url) if image is not None else None
    alt = normalize_space(image.get("alt") or "") if image is not None else ""
    return RawFigure(
        image_url=url,
        alt=alt or None,
        caption=_clean_caption(caption) or None,
        credit=credit or None,
    )


def _caption_near(
    image: HtmlElement, stats: Stats, scope: HtmlElement
) -> tuple[HtmlElement, HtmlElement] | None:
    """A caption next to an image: ``(holder, caption)`` where ``holder`` is the small element
    around both (the image's box and the caption as siblings, or a caption right after the
    image's box). Looks at most three levels up and a few children per level."""
    node = image
    image_row = stats.get(image)
    image_size = image_row[SIZE] if image_row is not None else 0
    for _ in range(3):
        parent = node.getparent()
        if parent is None or node is scope:
            return None
        following = node.getnext()
        # A caption right after the image's own box (a <figure> without <figcaption>, an
        # image wrapper followed by a caption paragraph).
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if (
            following is not None
            and _caption_sized(stats.get(following))
            and _is_caption(following)
        ):
            row = stats.get(parent)
            caption_row = stats.get(following)
            slack = (caption_row[SIZE] if caption_row else 0) + _CONTAINER_SLACK + 40
            # The box around image and caption, when it holds little else (a credit line).
            small = row is not None and row[SIZE] - image_size <= slack
            return (parent if small else node), following
        row = stats.get(parent)
        if row is None or row[SIZE] - image_size > _MAX_CAPTION + _CONTAINER_SLACK:
            return None
        for child in _first_children(parent, 12):
            if child is node:
                continue
            if _caption_sized(stats.get(child)) and _is_caption(child):
                return parent, child
            for grandchild in _first_children(child, 6):
                if _caption_sized(stats.get(grandchild)) and _is_caption(grandchild):
                    return parent, grandchild
        node = parent
    return None


def _first_children(element: HtmlElement, limit: int) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    for child in element:
        if isinstance(child.tag, str):
            found.append(child)
            if len(found) >= limit:
                break
    return found


def find_figures(
    scope: HtmlElement,
    parts: Iterable[HtmlElement],
    stats: Stats,
    *,
    base_url: str | None,
    skip: frozenset[HtmlElement] = frozenset(),
    by_name: bool = True,
) -> tuple[list[tuple[HtmlElement, RawFigure]], set[HtmlElement]]:
    """The figures in ``scope`` (the article around the content ``parts``), in document order,
    each with the element it was read from, and the set of elements that figures own.
    ``by_name`` also reads captions from class names outside ``<figure>`` elements.

    Only ``<figure>``, ``<figcaption>`` and ``<img>`` elements are visited (lxml filters them
    in C); captions named by class are looked for around each image."""
    found: list[tuple[HtmlElement, RawFigure]] = []
    owned: set[HtmlElement] = set()
    part_set = set(parts)

    def own(element: HtmlElement) -> None:
        owned.update(element.iter())

    for element in scope.iter("figure", "figcaption", "img"):
        if element in owned or element in skip:
            continue
        tag = element.tag
        if tag == "figure":
            caption_el = next(element.iter("figcaption"), None)
            if caption_el is None and by_name:
                caption_el = next(
                    (e for e in element.iter() if e is not element and _is_caption(e)), None
                )
            figure = _figure(element, caption_el, base_url)
            if figure.image_url is None and figure.caption is None:
                continue
            row = stats.get(element)
            caption_size = stats[caption_el][SIZE] if caption_el in stats else 0
            if row is not None and row[SIZE] > caption_size + _CONTAINER_SLACK + 400:
                # A <figure> wrapping running text: only the image and caption are the figure.
                for image in element.iter("img", "picture"):
                    own(image)
                if caption_el is not None:
                    own(caption_el)
            else:
                own(element)
            found.append((element, figure))
        elif tag == "figcaption":
            # A caption outside any <figure>: with the image box just before it, if any.
            previous = element.getprevious()
            holder = None
            if previous is not None and next(previous.iter("img"), None) is not None:
                holder = previous
            figure = _figure(
                holder if holder is not None else element, element, base_url, credit_scope=element
            )
            found = [item for item in found if item[0] is not holder]
            if holder is not None:
                own(holder)
            own(element)
            if figure.caption or figure.credit or figure.image_url:
                found.append((holder if holder is not None else element, figure))
        else:  # an image
            near = _caption_near(element, stats, scope) if by_name else None
            if near is not None:
                holder, caption_el = near
                if holder in owned:
                    continue
                figure = _figure(holder, caption_el, base_url)
                row = stats.get(holder)
                caption_size = stats[caption_el][SIZE] if caption_el in stats else 0
                if row is not None and row[SIZE] > caption_size + _CONTAINER_SLACK + 40:
                    own(element)
                    own(caption_el)
                    credit = _credit_in(holder, caption_el)
                    if credit is not None and stats.get(credit, [0])[0] <= _CONTAINER_SLACK:
                        own(credit)
                else:
                    own(holder)
                found.append((holder, figure))
                continue
            if _tiny(element) or not _inside_parts(element, part_set, scope):
                continue
            if _fallback_copy(element) or _in_page_link(element):
                continue
            figure = _figure(element, None, base_url)
            if figure.image_url is not None and not _beacon(element, figure.image_url):
                own(element)
                found.append((element, figure))
    return found, owned


def _beacon(image: HtmlElement, url: str) -> bool:
    """An uncaptioned image without alt text whose URL names no image file: a tracking pixel
    or beacon (``/newsroom/ti?nf=...``), not a figure."""
    return not (image.get("alt") or "").strip() and _IMAGE_FILE.search(url) is None


def _caption_sized(row: list[int] | None) -> bool:
    return row is not None and 0 < row[SIZE] <= _MAX_CAPTION


def _walk_elements(scope: HtmlElement) -> Iterator[HtmlElement]:
    for element in scope.iter():
        if isinstance(element.tag, str):
            yield element


def _inside_parts(element: HtmlElement, parts: set[HtmlElement], scope: HtmlElement) -> bool:
    node: HtmlElement | None = element
    steps = 0
    while node is not None and steps < 200:
        if node in parts:
            return True
        if node is scope:
            return False
        node = node.getparent()
        steps += 1
    return False


def _fallback_copy(image: HtmlElement) -> bool:
    """An image in a ``<noscript>`` next to the lazy-loading image it stands in for."""
    parent = image.getparent()
    if parent is None or parent.tag != "noscript":
        return False
    holder = parent.getparent()
    if holder is None:
        return False
    return any(
        other is not image and other.getparent() is not parent for other in holder.iter("img")
    )


def _in_page_link(image: HtmlElement) -> bool:
    """An image inside a link to another page (a teaser thumbnail), not to an image file."""
    node = image.getparent()
    steps = 0
    while node is not None and steps < 3:
        if node.tag == "a":
            href = node.get("href") or ""
            return bool(href) and not _IMAGE_FILE.search(href) and not href.startswith("#")
        node = node.getparent()
        steps += 1
    return False


def extract_figures(
    root: HtmlElement, *, base_url: str | None, stats: Stats | None = None
) -> tuple[tuple[RawFigure, ...], frozenset[HtmlElement]]:
    """The figures below ``root`` and the set of elements that belong to them."""
    from pressparse._extract.stats import element_stats

    table = stats if stats is not None else element_stats(root)
    found, owned = find_figures(root, (root,), table, base_url=base_url)
    return tuple(figure for _, figure in found), frozenset(owned)
