"""Figures: images with their captions and credits, taken out of the body.

A figure is a ``<figure>``, or an element marked as a caption (``caption``, ``wp-caption-text``,
``bildunterschrift``, ``itemprop="caption"``...) together with the nearby image it describes, a
box named as an image's (``article-image``, ``image-widget``) holding one photo and a few words
about it, or an image of the content standing alone. Its image URL is the full-size one when the
page gives it (a link to an image file around the ``<img>``, the largest ``srcset`` candidate,
lazy-loading attributes, a ``<noscript>`` fallback), resolved against the page URL; never a
``javascript:`` or ``data:`` URL.

Its credit is the element the page marks as one (``credit``, ``copyright``, ``photographer``,
``bildautor``, ``itemprop="copyrightHolder"``, a ``data-*credit*`` attribute, a ``<small>`` or
``<cite>`` inside the caption) with the words that follow it to the caption's end (``Photo by
Jane Doe / Agency``), or the caption's last element when it reads as a credit on its own
(``<span>Getty Images</span>``); the caption text never includes it.

Not figures: teasers (an image and its title inside one link to another page), author photos
(a caption holding the byline, an ``<address>`` or a ``rel="author"`` link), ``<figure>`` boxes
with nothing to see (a sponsor's logo drawn in SVG, a script's notice), icons and tracking
pixels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

import attrs
from lxml.html import HtmlElement

from pressparse._extract.stats import LINK, SIZE, Row, Stats
from pressparse._html.anycase import AnyWord
from pressparse._html.load import safe_http_url
from pressparse._html.text import BLOCK_TAGS, normalize_space, normalize_text
from pressparse._html.vocabulary import NameReader
from pressparse._text.caption import parse_caption

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
_CAPTION_PROPS = frozenset({"caption"})
_CREDIT_PROPS = frozenset({"copyrightHolder", "copyrightNotice", "creditText", "author", "creator"})
# Parts of class names, ids and data-* attribute names that mark a credit ("contentcredit",
# "image--author", "bildautor", "data-captionauthor", "c-article-caption__copyright").
_CREDIT_NAME = AnyWord(
    *_words(
        """credit copyright photographer fotograf autor author courtesy quelle source byline
        distributor agency rights nachweis"""
    )
)
# data-* attribute names that hold or mark a credit ("data-credit", "data-captionauthor").
_CREDIT_DATA = AnyWord("credit", "copyright", "photographer", "author")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:$|[?#])", re.IGNORECASE)
_PLACEHOLDER = AnyWord(
    *_words(
        """blank.gif spacer.gif pixel.gif transparent.gif transparent.png placeholder 1x1.
        /grey.gif"""
    )
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
_LOADING_ATTRIBUTES = frozenset(_LAZY_ATTRIBUTES + _SRCSET_ATTRIBUTES)
# A caption longer than this is an article paragraph with an unlucky class name.
_MAX_CAPTION = 1500
# A figure container may hold this much text besides its caption and credit.
_CONTAINER_SLACK = 80
# A credit is short: the words after a credit element join it up to this length.
_MAX_CREDIT = 200
_CHROME = re.compile(
    r"(?:view|see|show)\s+(?:full[\s-]*size|larger|original|gallery)|(?:click\s+to\s+)?enlarge"
    r"|\d{1,4}\s*(?:of|/|von|de|di|sur)\s*\d{1,4}|zoom"
    # a video's or a podcast's length: "8 Min", "01:43 min", "3:20"
    r"|(?:video|audio|podcast)?\s*\d{1,3}(?::\d{2}){0,2}\s*(?:min(?:\.|uten|utes?|s)?|sek|sec|s|h)?",
    re.IGNORECASE,
)
# What a caption's text may start or end with that belongs to neither caption nor credit.
_SEPARATORS = " \t\n|/-–—:;,·•"


@attrs.frozen
class RawFigure:
    """A figure as the page marks it: ``credit`` is None when the page has no separate credit
    element (the caption text may then still end with one: the text parsers split it later)."""

    image_url: str | None
    alt: str | None
    caption: str | None
    credit: str | None


# A quick test that names which may hold a caption word pass (most names fail).
_MAYBE_CAPTION_WORD = AnyWord(
    *_words("capt legend bild leyenda didasc podpis img image photo foto picture media figure")
)
# Words that name an image, and words that, next to one, name its caption: the
# "description" of a "detail-img" is a caption.
_IMAGE_WORDS = frozenset(
    _words("img image images photo photos foto fotos picture pic media figure bild gallery")
)
_DESCRIPTION_WORDS = frozenset(_words("description desc text txt info subtitle title beschreibung"))
_NAME_LETTERS = re.compile(r"[a-z]+")


def _names(element: HtmlElement) -> str:
    names = element.get("class") or ""
    ident = element.get("id")
    return f"{names} {ident}" if ident else names


class _Reader:
    """What one page's figure finder needs to know about names, memoized for the page."""

    __slots__ = ("_captions", "_credits", "_image_boxes", "names")

    def __init__(self, names: NameReader) -> None:
        self.names = names
        self._captions: dict[str, bool] = {}
        self._credits: dict[str, bool] = {}
        self._image_boxes: dict[str, bool] = {}

    def is_caption(self, element: HtmlElement) -> bool:
        tag = element.tag
        if tag == "figcaption":
            return True
        keys = element.keys()
        if not keys or not isinstance(tag, str):
            return False
        if "itemprop" in keys and element.get("itemprop") in _CAPTION_PROPS:
            return tag != "meta"
        if "class" not in keys and "id" not in keys:
            return False
        names = _names(element)
        found = self._captions.get(names)
        if found is None:
            found = self._captions[names] = self._caption_name(names)
        return found

    def _caption_name(self, names: str) -> bool:
        if not _MAYBE_CAPTION_WORD.search(names):
            return False
        if not self.names.words(names).isdisjoint(_CAPTION_WORDS):
            return True
        words = set(_NAME_LETTERS.findall(names.lower()))
        return not words.isdisjoint(_IMAGE_WORDS) and not words.isdisjoint(_DESCRIPTION_WORDS)

    def is_credit(self, element: HtmlElement) -> bool:
        keys = element.keys()
        if not keys:
            return False
        if "itemprop" in keys and (element.get("itemprop") or "") in _CREDIT_PROPS:
            return True
        for key in keys:
            if key.startswith("data-") and _CREDIT_DATA.search(key):
                return True
        if "class" not in keys and "id" not in keys:
            return False
        names = _names(element)
        found = self._credits.get(names)
        if found is None:
            found = self._credits[names] = _CREDIT_NAME.search(names)
        return found

    def is_image_box(self, element: HtmlElement) -> bool:
        """Whether an element is named as an image's box (``article--image``, ``photo``)."""
        if element.get("class") is None and element.get("id") is None:
            return False
        names = _names(element)
        found = self._image_boxes.get(names)
        if found is None:
            words = self.names.words(names) if _MAYBE_CAPTION_WORD.search(names) else frozenset()
            found = self._image_boxes[names] = not words.isdisjoint(_IMAGE_WORDS)
        return found


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
    # The image's few attributes are read at once, not each of the fifteen names asked for.
    attributes = dict(image.items())
    for source in sources:
        read = attributes.get if source is image else source.get
        for attribute in _SRCSET_ATTRIBUTES:
            value = read(attribute)
            if value:
                largest = _srcset_largest(value)
                if largest:
                    candidates.append(largest)
    for attribute in _LAZY_ATTRIBUTES:
        value = attributes.get(attribute)
        if value:
            candidates.append(value)
    candidates.append(attributes.get("src") or "")
    for candidate in candidates:
        # A data: URL (often kilobytes of an inline placeholder) never makes an http(s) URL:
        # passed over before the pattern scans it.
        if not candidate or candidate.startswith("data:") or _PLACEHOLDER.search(candidate):
            continue
        url = safe_http_url(candidate, base_url)
        if url is not None:
            return url
    return None


def _first_image(container: HtmlElement) -> HtmlElement | None:
    if not len(container):
        # A leaf (most often the image itself) is its own only candidate: no iterator needed.
        return container if container.tag == "img" else None
    fallback = None
    for image in container.iter("img"):
        if _usable(image):
            return image
        fallback = fallback if fallback is not None else image
    return fallback


def _usable(image: HtmlElement) -> bool:
    src = image.get("src") or ""
    # The image's few attributes are read, not each of the fourteen names asked for.
    lazy = any(value for name, value in image.items() if name in _LOADING_ATTRIBUTES)
    return lazy or (bool(src) and not src.startswith("data:") and not _PLACEHOLDER.search(src))


_ICON_WORDS = AnyWord("icon", "logo", "sprite", "avatar")
_SVG_FILE = re.compile(r"\.svg(?:$|[?#])", re.IGNORECASE)


def _photo(image: HtmlElement) -> bool:
    """Whether an image is a photo rather than an icon, a logo or a drawing of the page's
    interface (by its declared size and its file's name)."""
    if _tiny(image):
        return False
    for name in ("src", *_LAZY_ATTRIBUTES):
        value = image.get(name)
        if value and not value.startswith("data:"):
            return not _ICON_WORDS.search(value) and _SVG_FILE.search(value) is None
    return True


def _tiny(image: HtmlElement) -> bool:
    for attribute in ("width", "height"):
        value = (image.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 80:
            return True
    return False


def _text_without(
    element: HtmlElement, leave_out: frozenset[HtmlElement], with_tails: frozenset[HtmlElement]
) -> str:
    """The text of ``element`` without the subtrees ``leave_out`` (and without the tails of
    those in ``with_tails``, which belong to what was left out) and without gallery chrome."""
    pieces: list[str] = []
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            tag = ""
        if closing:
            if tag in BLOCK_TAGS:
                pieces.append(" ")
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        if (
            node in leave_out
            or not tag
            or tag in ("script", "style", "noscript", "button")
            or (node is not element and _hidden_control(node))
        ):
            if node is not element and node.tail and node not in with_tails:
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
        if len(node):  # (a leaf needs no iterator over its children)
            stack.extend((child, False) for child in reversed(node))
    return normalize_space(normalize_text("".join(pieces)))


# A hidden element of a caption holding at most this many words is a control's label (a "show
# more" toggle the page reveals when the caption overflows), not caption text.
_HIDDEN_CONTROL_WORDS = 3


def _hidden_control(node: HtmlElement) -> bool:
    """Whether ``node`` is hidden by the page (``hidden`` attribute) and holds only a few words:
    ``<span class="show-more" hidden>Show more</span>``. A longer hidden text (the rest of a
    long caption, revealed on demand) is caption text."""
    if node.get("hidden") is None:
        return False
    return len(node.text_content().split()) <= _HIDDEN_CONTROL_WORDS


def _clean_caption(text: str) -> str:
    text = text.strip(_SEPARATORS)
    if _CHROME.fullmatch(text.strip(" .:|-")):
        return ""
    return text


@attrs.frozen
class _Credit:
    """A credit element, the elements after it that continue it, and its text."""

    elements: frozenset[HtmlElement]
    tails: frozenset[HtmlElement]
    text: str


def _credit_run(element: HtmlElement, stop: HtmlElement | None) -> _Credit:
    """A credit element with the short inline words that follow it to the end of its parent
    ("Photo by Jane Doe" + " / " + "Agency"); a credit element holding only a label
    ("Copyright") takes the words after it."""
    elements = {element}
    tails: set[HtmlElement] = set()
    text = _text_without(element, frozenset(), frozenset())
    if element.tag in BLOCK_TAGS:  # a line of its own: what follows it is not the credit
        return _Credit(frozenset(elements), frozenset(tails), text)
    node = element
    pieces = [text]
    size = len(text)
    following = node.getnext()
    while following is not None and following is not stop:
        tag = following.tag
        if isinstance(tag, str) and (tag in BLOCK_TAGS or tag in ("img", "picture")):
            return _Credit(frozenset(elements), frozenset(tails), text)
        extra = (node.tail or "") + (
            _text_without(following, frozenset(), frozenset()) if isinstance(tag, str) else ""
        )
        size += len(extra)
        if size > _MAX_CREDIT:
            return _Credit(frozenset(elements), frozenset(tails), text)
        pieces.append(extra)
        tails.add(node)
        elements.add(following)
        node = following
        following = node.getnext()
    ending = node.tail or ""
    if ending.strip() and len(ending) + size <= _MAX_CREDIT and len(ending.split()) <= 6:
        pieces.append(ending)
        tails.add(node)
    return _Credit(frozenset(elements), frozenset(tails), normalize_space(" ".join(pieces)))


def _credit_in(
    container: HtmlElement, caption: HtmlElement | None, reader: _Reader
) -> _Credit | None:
    """The credit of a figure: an element named as one (not the caption itself, not a box
    holding the image), a ``<small>``/``<cite>`` after caption text, or the caption's last
    element when it reads as a credit on its own."""
    # The caption's own credit first: the box may hold another copy (a lightbox's).
    for scope in (caption, container):
        if scope is None or not len(scope):  # a leaf holds no credit element
            continue
        for element in scope.iter():
            if element is scope or not isinstance(element.tag, str) or element is caption:
                continue
            if element.tag in ("img", "picture", "source", "figure", "figcaption"):
                continue
            if reader.is_credit(element) and _holds_no_caption(element, reader):
                text = _text_without(element, frozenset(), frozenset())
                if text and len(text) <= _MAX_CREDIT:
                    return _credit_run(element, None)
    if caption is None or not len(caption):
        return None
    for element in caption.iter("small", "cite"):
        if (caption.text and caption.text.strip()) or element.getprevious() is not None:
            return _credit_run(element, None)
    return _last_credit(caption)


def _holds_no_caption(element: HtmlElement, reader: _Reader) -> bool:
    """Whether a credit candidate holds neither an image nor a caption (a wrapper named
    "caption-and-credit" is not the credit)."""
    for inner in element.iter():
        if inner.tag in ("img", "picture") or (inner is not element and reader.is_caption(inner)):
            return False
    return True


def _last_credit(caption: HtmlElement) -> _Credit | None:
    """The caption's last element when it stands apart and reads as a credit on its own:
    ``<span>Caption.</span><span>Unsplash/Kelly Sikkema</span>``."""
    children = [
        child for child in caption if isinstance(child.tag, str) and not _hidden_control(child)
    ]
    if len(children) < 2:
        return None
    last = children[-1]
    if (last.tail and last.tail.strip()) or last.tag == "br":
        return None
    text = _text_without(last, frozenset(), frozenset())
    if not text or len(text) > 80:
        return None
    split = parse_caption(text)
    if split.text is not None or split.credit is None:
        return None
    return _Credit(frozenset({last}), frozenset({last}), text)


def _attribute_credit(image: HtmlElement | None, container: HtmlElement) -> str:
    """A credit the page gives in an attribute (``data-credit``, ``data-copyright``) of the
    image or its figure."""
    # A lone image is its own container: its attributes are read once.
    for element in (image, container) if container is not image else (image,):
        if element is None:
            continue
        for key, value in element.items():
            if key.startswith("data-") and value and _CREDIT_DATA.search(key):
                text = normalize_space(value)
                if 0 < len(text) <= _MAX_CREDIT:
                    return text
    return ""


def _figure(
    image_scope: HtmlElement,
    caption_el: HtmlElement | None,
    base_url: str | None,
    reader: _Reader,
    credit_scope: HtmlElement | None = None,
) -> RawFigure:
    image = _first_image(image_scope)
    if image is None:
        for noscript in image_scope.iter("noscript"):
            image = _first_image(noscript)
            if image is not None:
                break
    scope = credit_scope if credit_scope is not None else image_scope
    credit = _credit_in(scope, caption_el, reader)
    caption = ""
    if caption_el is not None:
        if credit is not None:
            caption = _text_without(caption_el, credit.elements, credit.tails)
        else:
            caption = _text_without(caption_el, frozenset(), frozenset())
    credit_text = credit.text if credit is not None else _attribute_credit(image, scope)
    if credit_text and caption.endswith(credit_text):
        caption = caption[: -len(credit_text)]
    url = image_url(image, image_scope, base_url) if image is not None else None
    alt = normalize_space(image.get("alt") or "") if image is not None else ""
    return RawFigure(
        image_url=url,
        alt=alt or None,
        caption=_clean_caption(caption) or None,
        credit=credit_text.strip(_SEPARATORS) or None,
    )


def _caption_near(
    image: HtmlElement,
    stats: Stats,
    scope: HtmlElement,
    reader: _Reader,
    neighbours: _Neighbours,
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
        caption = (
            _wrapped_caption(following, stats, reader)
            if following is not None and _caption_sized(stats.get(following))
            else None
        )
        if caption is not None:
            row = stats.get(parent)
            caption_row = stats.get(caption)
            slack = (caption_row[SIZE] if caption_row else 0) + _CONTAINER_SLACK + 40
            # The box around image and caption, when it holds little else (a credit line).
            small = row is not None and row[SIZE] - image_size <= slack
            return (parent if small else node), caption
        row = stats.get(parent)
        if row is None or row[SIZE] - image_size > _MAX_CAPTION + _CONTAINER_SLACK:
            return None
        caption = neighbours.caption_beside(parent, node)
        if caption is not None:
            return parent, caption
        node = parent
    return None


class _Neighbours:
    """The captions in the boxes around images, memoized for one figure search: the images of a
    gallery or of an article climb to the same boxes and would read their children again for
    each image."""

    __slots__ = ("_first", "_reader", "_second", "_stats")

    def __init__(self, stats: Stats, reader: _Reader) -> None:
        self._stats = stats
        self._reader = reader
        # box -> its first (child, caption), and the next one after it, once looked for
        self._first: dict[HtmlElement, tuple[HtmlElement, HtmlElement] | None] = {}
        self._second: dict[HtmlElement, tuple[HtmlElement, HtmlElement] | None] = {}

    def caption_beside(self, box: HtmlElement, node: HtmlElement) -> HtmlElement | None:
        """The first caption among the first children of ``box`` (a child, or one of its own
        first children) that is not in ``node``, the image's own box."""
        if box in self._first:
            first = self._first[box]
        else:
            first = self._first[box] = self._scan(box, None)
        if first is None:
            return None
        if first[0] is not node:
            return first[1]
        if box in self._second:
            second = self._second[box]
        else:
            second = self._second[box] = self._scan(box, first[0])
        return second[1] if second is not None else None

    def _scan(
        self, box: HtmlElement, after: HtmlElement | None
    ) -> tuple[HtmlElement, HtmlElement] | None:
        """The first child of ``box`` (among its first twelve, after ``after`` if given) that
        is or holds a caption, with the caption."""
        passed = after is None
        for child in _first_children(box, 12):
            if not passed:
                passed = child is after
                continue
            caption = self._caption_in(child)
            if caption is not None:
                return child, caption
        return None

    def _caption_in(self, child: HtmlElement) -> HtmlElement | None:
        get_row = self._stats.get
        row = get_row(child)
        if row is not None and not row[SIZE]:
            # No text in it (an image's wrapper): no text below it either.
            return None
        is_caption = self._reader.is_caption
        if _caption_sized(row) and is_caption(child):
            return child
        for grandchild in _first_children(child, 6):
            if _caption_sized(get_row(grandchild)) and is_caption(grandchild):
                return grandchild
        return None


def _wrapped_caption(element: HtmlElement, stats: Stats, reader: _Reader) -> HtmlElement | None:
    """``element`` when it is a caption, or the caption it wraps in layout boxes that hold
    nothing else (``<div class="container"><div class="row"><div class="caption">``)."""
    node = element
    size = stats[element][SIZE]
    for _ in range(4):
        if reader.is_caption(node):
            return node
        if not len(node):
            return None
        inner = [child for child in node if isinstance(child.tag, str)]
        if len(inner) != 1 or (node.text and node.text.strip()) or stats.get(inner[0]) is None:
            return None
        node = inner[0]
        if stats[node][SIZE] != size or (node.tail and node.tail.strip()):
            return None
    return node if reader.is_caption(node) else None


# An image's box may hold this much text about the image (a caption and a credit).
_IMAGE_BOX_TEXT = 400


def _image_box(
    image: HtmlElement, stats: Stats, scope: HtmlElement, reader: _Reader
) -> HtmlElement | None:
    """The box named as the image's (``article--image``, ``image-widget``) that holds it, a
    few words about it and nothing else: the words are its caption."""
    node = image
    levels = 0
    while levels < 4:
        parent = node.getparent()
        if parent is None or node is scope:
            return None
        row = stats.get(parent)
        if row is None or row[SIZE] > _IMAGE_BOX_TEXT:
            return None
        node = parent
        if parent.tag in ("picture", "source", "a"):
            continue  # the image's own wrappers (lxml nests an <img> in unclosed <source>s)
        levels += 1
        if not row[SIZE] or not reader.is_image_box(parent):
            continue
        if row[SIZE] < 4 or stats[parent][1] > 0.25 * row[SIZE]:
            return None
        images = parent.iter("img")
        next(images, None)
        if next(images, None) is not None or _has_heading(parent):
            return None
        return parent
    return None


# Text leaves that may carry an unnamed caption and credit under an image.
_CAPTION_LEAVES = frozenset({"div", "span", "p", "small", "cite", "em", "i"})
_UNNAMED_BOX_TEXT = 300
_UNNAMED_CREDIT = 60


def _unnamed_box(
    image: HtmlElement, stats: Stats, scope: HtmlElement
) -> tuple[HtmlElement, HtmlElement, HtmlElement | None] | None:
    """A box without telling names that holds the image's wrapper first and then one or two
    short text leaves without links, and nothing else: ``(box, caption, credit)``, the
    second leaf being the credit (``<div><div><img></div><div>The square at night</div>
    <div>Getty Images</div></div>``, ``<p><img><br><em>The square at night</em></p>``)."""
    node = image
    levels = 0
    while levels < 3:
        parent = node.getparent()
        if parent is None or node is scope:
            return None
        node_was = node
        node = parent
        if parent.tag in ("picture", "source", "a"):
            continue
        levels += 1
        row = stats.get(parent)
        if row is None or row[SIZE] > _UNNAMED_BOX_TEXT:
            return None
        if not row[SIZE]:
            continue
        # A line break between the picture and its words is layout ("<p><img><br>
        # <em>Caption</em></p>", as WordPress's classic editor writes it).
        children = [child for child in parent if isinstance(child.tag, str) and child.tag != "br"]
        if len(children) < 2 or children[0] is not node_was or len(children) > 3:
            return None
        leaves = children[1:]
        for leaf in leaves:
            if leaf.tag not in _CAPTION_LEAVES or len(leaf) or stats[leaf][1]:
                return None
        if (parent.text and parent.text.strip()) or any(
            child.tail and child.tail.strip() for child in children
        ):
            return None
        images = parent.iter("img")
        next(images, None)
        if next(images, None) is not None:
            return None
        caption = leaves[0]
        if not stats[caption][SIZE]:
            return None
        credit = leaves[1] if len(leaves) == 2 else None
        if credit is not None:
            size = stats[credit][SIZE]
            if size > _UNNAMED_CREDIT or (credit.text or "").rstrip().endswith((".", "!", "?")):
                return None
        return parent, caption, credit
    return None


def _first_children(element: HtmlElement, limit: int) -> list[HtmlElement]:
    # "*" picks elements, not comments, in C; a leaf needs no iterator.
    return list(islice(element.iterchildren("*"), limit)) if len(element) else []


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _has_heading(element: HtmlElement) -> bool:
    return next(element.iter(*_HEADINGS), None) is not None


_MEDIA = ("img", "picture", "video", "iframe", "audio", "embed", "object", "canvas")


def _shows_nothing(figure: HtmlElement) -> bool:
    """A ``<figure>`` with no image or media player in it: a sponsor's SVG logo and its
    "Powered by", a script's notice."""
    if next(figure.iter(*_MEDIA), None) is not None:
        return False
    return not any("video" in key or "video" in value.lower() for key, value in figure.items())


def _teaser(holder: HtmlElement, caption: HtmlElement | None) -> bool:
    """Whether a figure is a teaser for another page: its image and caption inside one link
    to a page (not to an image file)."""
    node: HtmlElement | None = caption if caption is not None else holder
    steps = 0
    while node is not None and steps < 6:
        if node.tag == "a":
            href = node.get("href") or ""
            return bool(href) and not href.startswith("#") and not _IMAGE_FILE.search(href)
        node = node.getparent()
        steps += 1
    return False


_AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en)?|auteurs?|journalists?|staff)/", re.I)


def _author_photo(holder: HtmlElement, caption: HtmlElement | None) -> bool:
    """Whether a figure is an author's portrait: an ``<address>`` or a ``<time>`` in its
    caption, or a link to the author (``rel="author"``, an author page) around its parts."""
    if caption is not None and (
        next(caption.iter("address", "time"), None) is not None
        if len(caption)
        else caption.tag in ("address", "time")  # a leaf caption (most): no iterator
    ):
        return True
    for link in holder.iter("a"):
        if "author" in (link.get("rel") or "").split():
            return True
        if _AUTHOR_PAGE.search(link.get("href") or "") is not None:
            return True
    return False


def find_figures(
    scope: HtmlElement,
    parts: Iterable[HtmlElement],
    stats: Stats,
    *,
    base_url: str | None,
    skip: frozenset[HtmlElement] = frozenset(),
    by_name: bool = True,
    names: NameReader | None = None,
) -> tuple[list[tuple[HtmlElement, RawFigure]], set[HtmlElement]]:
    """The figures in ``scope`` (the article around the content ``parts``), in document order,
    each with the element it was read from, and the set of elements that figures own.
    ``by_name`` also reads captions from class names outside ``<figure>`` elements.

    Only ``<figure>``, ``<figcaption>`` and ``<img>`` elements are visited (lxml filters them
    in C); captions named by class are looked for around each image."""
    found: list[tuple[HtmlElement, RawFigure]] = []
    owned: set[HtmlElement] = set()
    part_set = set(parts)
    reader = _Reader(names if names is not None else NameReader())
    neighbours = _Neighbours(stats, reader)

    def own(element: HtmlElement) -> None:
        if len(element):
            owned.update(element.iter())
        else:  # a leaf (an image): no iterator for one element
            owned.add(element)

    def not_a_figure(holder: HtmlElement, caption: HtmlElement | None) -> bool:
        return _teaser(holder, caption) or _author_photo(holder, caption)

    for element in scope.iter("figure", "figcaption", "img"):
        if element in owned:
            continue
        tag = element.tag
        if element in skip and tag != "figure":
            continue
        if tag == "figure":
            if any(inner is not element for inner in element.iter("figure")):
                continue  # a gallery or group of figures: each figure in it is one
            caption_el = next(element.iter("figcaption"), None)
            if caption_el is None and by_name:
                caption_el = next(
                    (e for e in element.iter() if e is not element and reader.is_caption(e)), None
                )
            holder = element
            credit_scope = None
            if caption_el is None and by_name:
                after = _caption_after(element, stats, reader)
                if after is not None:
                    holder, caption_el = after
                    credit_scope = caption_el
            if _shows_nothing(element) or not_a_figure(holder, caption_el):
                own(element)
                continue
            figure = _figure(element, caption_el, base_url, reader, credit_scope)
            if figure.image_url is None and figure.caption is None:
                continue
            row = stats.get(holder)
            caption_size = stats[caption_el][SIZE] if caption_el in stats else 0
            if row is not None and row[SIZE] > caption_size + _CONTAINER_SLACK + 400:
                # A <figure> wrapping running text: only the image and caption are the figure.
                for image in element.iter("img", "picture"):
                    own(image)
                if caption_el is not None:
                    own(caption_el)
            else:
                own(holder)
            found.append((holder, figure))
        elif tag == "figcaption":
            # A caption outside any <figure>: with the image box just before it, if any.
            previous = element.getprevious()
            holder = None
            if previous is not None and next(previous.iter("img"), None) is not None:
                holder = previous
            box = holder if holder is not None else element
            if not_a_figure(box, element):
                own(element)
                continue
            figure = _figure(box, element, base_url, reader, credit_scope=element)
            found = [item for item in found if item[0] is not holder]
            if holder is not None:
                own(holder)
            own(element)
            if figure.caption or figure.credit or figure.image_url:
                found.append((box, figure))
        else:  # an image
            near = _caption_near(element, stats, scope, reader, neighbours) if by_name else None
            if near is not None:
                holder, caption_el = near
                if holder in owned:
                    continue
                if not_a_figure(holder, caption_el):
                    own(element)
                    continue
                figure = _figure(holder, caption_el, base_url, reader)
                row = stats.get(holder)
                caption_size = stats[caption_el][SIZE] if caption_el in stats else 0
                if row is not None and row[SIZE] > caption_size + _CONTAINER_SLACK + 40:
                    own(element)
                    own(caption_el)
                    credit = _credit_in(holder, caption_el, reader)
                    if credit is not None:
                        for part in credit.elements:
                            if stats[part][SIZE] <= _CONTAINER_SLACK:
                                own(part)
                else:
                    own(holder)
                found.append((holder, figure))
                continue
            box = _image_box(element, stats, scope, reader) if by_name else None
            if box is not None and box not in owned:
                if not_a_figure(box, box):
                    own(element)
                    continue
                figure = _figure(box, box, base_url, reader)
                own(box)
                found.append((box, figure))
                continue
            unnamed = _unnamed_box(element, stats, scope) if by_name and _photo(element) else None
            if unnamed is not None and unnamed[0] not in owned:
                box, caption_el, credit_el = unnamed
                if not not_a_figure(box, caption_el):
                    figure = _figure(element, caption_el, base_url, reader, credit_scope=caption_el)
                    if credit_el is not None:
                        credit_text = _text_without(credit_el, frozenset(), frozenset())
                        figure = attrs.evolve(figure, credit=credit_text or None)
                    elif figure.caption and parse_caption(figure.caption).text is None:
                        figure = attrs.evolve(figure, caption=None, credit=figure.caption)
                    own(box)
                    found.append((box, figure))
                    continue
            if _tiny(element) or not _inside_parts(element, part_set, scope):
                continue
            if _fallback_copy(element) or _in_page_link(element):
                continue
            figure = _figure(element, None, base_url, reader)
            if figure.image_url is not None and not _beacon(element, figure.image_url):
                own(element)
                found.append((element, figure))
    for holder, figure in found:
        if figure.caption:
            copy = _caption_copy(holder, figure.caption, stats)
            if copy is not None and copy not in owned:
                own(copy)
    return found, owned


def _caption_copy(holder: HtmlElement, caption: str, stats: Stats) -> HtmlElement | None:
    """The element right after a figure (or after a box holding only it) that repeats its
    caption word for word: a slideshow's text panel, a caption printed twice for small
    screens. It belongs to the figure, not to the story."""
    node = holder
    for _ in range(3):
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None:
            row = stats.get(following)
            if row is None or abs(row[SIZE] - len(caption)) > 8 or row[LINK]:
                return None
            text = _text_without(following, frozenset(), frozenset())
            return following if text and text == caption else None
        parent = node.getparent()
        if parent is None or (node.tail and node.tail.strip()):
            return None
        node = parent
    return None


def _caption_after(
    figure: HtmlElement, stats: Stats, reader: _Reader
) -> tuple[HtmlElement, HtmlElement] | None:
    """A caption right after a ``<figure>`` that has none, or after the box that holds only
    the figure: ``(holder, caption)``."""
    node = figure
    for _ in range(2):
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None:
            if _caption_sized(stats.get(following)) and reader.is_caption(following):
                parent = node.getparent()
                return (parent if parent is not None else node), following
            return None
        parent = node.getparent()
        if parent is None or len(parent) > 3:
            return None
        node = parent
    return None


def _beacon(image: HtmlElement, url: str) -> bool:
    """An uncaptioned image without alt text whose URL names no image file: a tracking pixel
    or beacon (``/newsroom/ti?nf=...``), not a figure."""
    return not (image.get("alt") or "").strip() and _IMAGE_FILE.search(url) is None


def _caption_sized(row: Row | None) -> bool:
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
