"""Cleaners: plain functions that pick the elements of a tree that are not content.

A cleaner takes the root element and yields the elements it wants dropped; it never mutates the
tree. ``apply_cleaners`` removes what they chose (keeping each element's tail text, which belongs
to the parent) and, when tracing, records which cleaner dropped what.

The cleaners decide by tag, ARIA role, class/id vocabulary (``pressparse._html.vocabulary``) and
the shape of short texts ("View full size", "1 of 12"). None of them drops an element that holds
most of the page's text: a ``<div class="content with-sidebar">`` around the whole page, or an
ASP.NET ``<form>`` around everything, stays (``PROTECTED_SHARE``). Elements are visited once, in
document order, and a dropped element's subtree is not visited again; the built-in cleaners that
run one after the other share that single walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from lxml import etree
from lxml.html import HtmlElement, tostring

from pressparse._html.text import normalize_space
from pressparse._html.vocabulary import boilerplate_kind, name_weight
from pressparse._trace import Trace
from pressparse._types import Cleaner

__all__ = [
    "CLEANERS",
    "DEFAULT_CLEANERS",
    "PROTECTED_SHARE",
    "apply_cleaners",
    "drop_element",
    "resolve_cleaners",
    "serialize",
]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary written as one string."""
    return text.split()


#: An element holding at least this share of the page's text (and 200 characters) is never
#: dropped by a rule that reads names or roles: it is the page, not a part of it.
PROTECTED_SHARE = 0.5
_PROTECTED_MIN = 200
_STYLE_HIDDEN_SHARE = 0.8
_HIDDEN_BY_STYLE = "style display:none or visibility:hidden"

_CODE_TAGS = (
    "script",
    "style",
    "template",
    "iframe",
    "object",
    "embed",
    "applet",
    "svg",
    "canvas",
    "link",
    "meta",
    "video",
    "audio",
    "noscript",
)
_CONTROL_TAGS = frozenset({"input", "button", "select", "textarea", "datalist", "output", "keygen"})
_IMAGE_TAGS = ("img", "picture")
_NAV_ROLES = frozenset({"navigation", "menu", "menubar", "search", "banner", "contentinfo"})
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden_by_style(style: str) -> bool:
    """Whether a ``style`` attribute hides its element (``display: none``, ``visibility:
    hidden``). ASCII text without "none" or "hidden" in any case is answered without the
    pattern: its case-insensitive search costs some 300 instructions a character, and most
    styles hide nothing. (Other text goes to the pattern, whose case folding reaches beyond
    ASCII.)"""
    if style.isascii():
        lowered = style.lower()
        if "none" not in lowered and "hidden" not in lowered:
            return False
    return _HIDDEN_STYLE.search(style) is not None


# How far up to look for an <article>/<main> around a <header>: bounded work per element.
_ANCESTOR_LIMIT = 64

# Kinds whose elements are small by nature: a match on a big element is a misnamed container.
_MAX_TEXT = {"print_links": 80, "gallery_chrome": 200, "hidden": 400}

_SHAPE_MAX = 48
_SHAPE_RAW = 4 * _SHAPE_MAX
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "gallery_chrome",
        re.compile(
            r"(?:view|see|show|open)\s+(?:full[\s-]*size|larger(?:\s+image)?|large|original|"
            r"full\s+(?:image|picture|photo)|(?:the\s+)?gallery|all\s+(?:\d+\s+)?(?:photos|images)|"
            r"slide\s*show|image)"
            r"|(?:click\s+(?:here\s+)?to\s+)?(?:enlarge|zoom(?:\s+in)?|expand)"
            r"(?:\s+(?:image|photo|picture))?"
            r"|\d{1,4}\s*(?:of|/|von|de|di|sur|z|из|из)\s*\d{1,4}"
            r"|(?:next|previous|prev)\s+(?:image|photo|picture|slide)"
            r"|(?:open|close)\s+(?:gallery|lightbox)|full\s*screen"
        ),
    ),
    (
        "print_links",
        re.compile(
            r"print(?:\s+(?:this\s+)?(?:article|page|story|post))?|printer[\s-]friendly(?:\s+version)?"
            r"|e-?mail(?:\s+(?:this\s+)?(?:article|page|story|post|link))?|send\s+to\s+a\s+friend"
            r"|drucken|imprimer|imprimir|stampa"
        ),
    ),
    (
        "share_bars",
        re.compile(
            r"(?:share|tweet|pin)(?:\s+(?:this|it|on\s+\w+|via\s+\w+|(?:this\s+)?(?:article|story|post)))?"
            r"|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|xing|copy\s+link"
            r"|teilen|partager|compartir|condividi"
        ),
    ),
    (
        "ads",
        re.compile(
            r"advertisement|advertising|anzeige|werbung|publicit[eé]|publicidad|pubblicit[aà]"
            r"|reklama|sponsored(?:\s+content)?|(?:story|article)\s+continues\s+below(?:\s+advertisement)?"
            r"|continue\s+reading\s+below|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
        ),
    ),
)
_SHAPE_TAGS = frozenset(
    _words("""a button span div p li small strong em b i label dt dd h2 h3 h4 h5 h6 figcaption""")
)

_Found = tuple[HtmlElement, str, str]


class _TextSizes:
    """Text and link-text lengths of elements, measured on demand, and the page's total.

    Measuring is linear in the element's size; if the measured total grows past a few times the
    page (hostile nesting), every size is computed once, bottom up, and looked up after that.
    """

    def __init__(self, root: HtmlElement) -> None:
        self._root = root
        self._total: int | None = None
        self._spent = 0
        self._table: dict[HtmlElement, tuple[int, int]] | None = None

    def total(self) -> int:
        if self._total is None:
            body = self._root.find("body")
            self._total = _measure(body if body is not None else self._root)
        return self._total

    def _charge(self, size: int) -> None:
        self._spent += size
        # The page's total is measured only once the spending could exceed the bound: on many
        # pages no protection check needs it at all.
        if self._spent > 100_000 and self._spent > 8 * self.total() + 100_000:
            self._table = _bottom_up_sizes(self._root)

    def of(self, element: HtmlElement) -> int:
        if self._table is not None:
            return self._table.get(element, (0, 0))[0]
        size = _measure(element)
        self._charge(size)
        return size

    def links(self, element: HtmlElement) -> int:
        if self._table is not None:
            return self._table.get(element, (0, 0))[1]
        size = 0
        for link in element.iter("a"):
            # Most links hold only text: read it without serializing.
            size += len(link.text or "") if not len(link) else _measure(link)
        self._charge(size + 1)
        return size

    def protected(self, element: HtmlElement, rule: str, detail: str = "") -> bool:
        """Whether ``element`` is the page (most of its text) or, for rules other than comment
        sections and banners, a stretch of prose (a "read more" box that holds the rest of the
        story; a paywalled story the page ships hidden). A hidden element named as a banner,
        dialog or other boilerplate is never prose worth keeping."""
        size = self.of(element)
        if size < _PROTECTED_MIN:
            return False
        # Inline display:none is the page's own word: only a page hidden whole (shown by a
        # script) is kept.
        share = _STYLE_HIDDEN_SHARE if detail == _HIDDEN_BY_STYLE else PROTECTED_SHARE
        if size >= share * self.total():
            return True
        if detail == _HIDDEN_BY_STYLE:
            return False
        prose = _PROSE.get(rule)
        if prose is None or size < prose:
            return False
        if rule == "hidden" and _named_furniture(element):
            return False
        return self.links(element) < _PROSE_LINKS * size


# Rules whose matches may still be prose worth keeping, from this many characters on (with
# little link text): a misnamed wrapper, not a box.
_PROSE = {
    "navigation": 500,
    "sidebars": 500,
    "share_bars": 500,
    "related": 500,
    "newsletters": 800,
    "ads": 500,
    "author_bios": 1200,
    "tag_lists": 500,
    "hidden": 1000,
}


def _named_furniture(element: HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return boilerplate_kind(names) is not None or name_weight(names) < 0


_PROSE_LINKS = 0.25


def _measure(element: HtmlElement) -> int:
    """The length of an element's text, whitespace included (a ratio of two such lengths is
    about the ratio of their visible texts, and no string has to be collapsed)."""
    return len(_raw_text(element))


def _raw_text(element: HtmlElement) -> str:
    """All text below ``element`` (not its tail), serialized in C: no XPath context, no proxies."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _bottom_up_sizes(root: HtmlElement) -> dict[HtmlElement, tuple[int, int]]:
    """Every element's text and link-text length (whitespace runs counted once), in one pass."""
    sizes: dict[HtmlElement, tuple[int, int]] = {}
    stack: list[list[int]] = [[0, 0]]
    in_link = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if element.tag == "a":
                in_link += 1
            text = element.text if isinstance(element.tag, str) else None
            size = len(text.strip()) + 1 if text else 0
            stack.append([size, size if in_link else 0])
        else:
            size, link = stack.pop()
            sizes[element] = (size, link)
            if element.tag == "a":
                in_link -= 1
            tail = element.tail
            extra = len(tail.strip()) + 1 if tail else 0
            stack[-1][0] += size + extra
            stack[-1][1] += link + (extra if in_link else 0)
    return sizes


def _inside(element: HtmlElement, tags: frozenset[str]) -> bool:
    parent = element.getparent()
    steps = 0
    while parent is not None and steps < _ANCESTOR_LIMIT:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
        steps += 1
    return False


def _labels_control(element: HtmlElement) -> bool:
    """Whether a ``<label>`` names a form control (a poll's answer, a sign-up box's field): it
    points at one with ``for`` or wraps one."""
    if element.get("for"):
        return True
    return any(True for _ in element.iter("input", "select", "textarea"))


def _has_image(element: HtmlElement) -> bool:
    return next(element.iter(*_IMAGE_TAGS), None) is not None


def _short_text(element: HtmlElement) -> str | None:
    """The text of a small element (a leaf, or a link or button with at most two childless
    children, such as an icon), or None when it is not small."""
    count = len(element)
    text = element.text
    if count:
        if count > 2 or element.tag not in ("a", "button"):
            return None
        parts = [text or ""]
        for child in element:
            if len(child):
                return None
            if isinstance(child.tag, str) and child.tag not in _CODE_TAGS and child.text:
                parts.append(child.text)
            if child.tail:
                parts.append(child.tail)
        text = "".join(parts)
    if not text or len(text) > _SHAPE_RAW:
        return None
    text = normalize_space(text)
    return text if 0 < len(text) <= _SHAPE_MAX else None


def _stands_alone(element: HtmlElement) -> bool:
    """True when no running text touches ``element`` (it is not a word inside a sentence)."""
    if element.tail and element.tail.strip():
        return False
    previous = element.getprevious()
    if previous is not None:
        return not (previous.tail and previous.tail.strip())
    parent = element.getparent()
    return parent is None or not (parent.text and parent.text.strip())


_ARTICLE_TAGS = frozenset({"article", "main"})


# Tags that name their own cleaner (a <header> only outside <article>/<main>).
_TAG_RULES = {
    "form": "forms",
    "fieldset": "forms",
    "nav": "navigation",
    "menu": "navigation",
    "footer": "navigation",
    "header": "navigation",
    "aside": "sidebars",
}
_ROLE_RULES = {
    **dict.fromkeys(_NAV_ROLES, "navigation"),
    "complementary": "sidebars",
    **dict.fromkeys(_DIALOG_ROLES, "cookie_banners"),
}
_NEVER = frozenset({"html", "body", "head"})


def _checked(
    element: HtmlElement, found: tuple[str, str], sizes: _TextSizes
) -> tuple[str, str] | None:
    """A match on names, unless the element is too big for its kind or wraps a photo."""
    rule = found[0]
    limit = _MAX_TEXT.get(rule)
    if limit is not None and sizes.of(element) > limit:
        return None
    if rule in _IMAGE_SAFE and _has_photo(element):
        return None
    return rule, f"name: {found[1]}"


# Kinds whose names also sit on the link or button around a photo ("enlarge", "zoom").
_IMAGE_SAFE = frozenset({"gallery_chrome"})


def _has_photo(element: HtmlElement) -> bool:
    """Whether ``element`` holds an image that is not an icon (by its declared size)."""
    for image in element.iter("img"):
        small = False
        for attribute in ("width", "height"):
            value = (image.get(attribute) or "").strip().removesuffix("px")
            if value.isdigit() and int(value) < 80:
                small = True
        if not small:
            return True
    return False


_SHAPE_EDGE = r"[\s.:!|·•\-–—»›>«‹<()\[\]]*"
# Every text shape, around the punctuation that may frame it, in either case: one C-level
# match tells most short texts apart before any Python work is done on them.
_ANY_SHAPE = re.compile(
    _SHAPE_EDGE
    + "(?:"
    + "|".join(f"(?P<{kind}>{shape.pattern})" for kind, shape in _SHAPES)
    + ")"
    + _SHAPE_EDGE,
    re.IGNORECASE,
)
# The same pattern, case-sensitive, for ASCII text lower-cased: its letters are all lower case
# and none of its other characters has an ASCII case twin, so on such text it matches where
# ``_ANY_SHAPE`` does, with the same group, some 2.5 times cheaper.
_ANY_SHAPE_LOWER = re.compile(_ANY_SHAPE.pattern)


# The words a text shape can start with (after its framing punctuation), lower case; a shape
# that starts with a digit ("1 of 12") is always tried. Most short texts fail this set test
# and never reach the regular expression.
_SHAPE_STARTS = frozenset(
    _words(
        """view see show open click enlarge zoom expand next previous prev close full fullscreen
        print printer e email mail send drucken imprimer imprimir stampa share tweet pin facebook
        twitter linkedin whatsapp reddit pinterest telegram xing copy teilen partager compartir
        condividi advertisement advertising anzeige werbung publicite publicité publicidad
        pubblicita pubblicità reklama sponsored story article continue scroll"""
    )
)
_EDGE_CHARS = " \t\n\r\f\v\xa0\u2009\u202f\u3000.:!|·•-–—»›>«‹<()[]"
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")


def _may_have_shape(text: str) -> bool:
    """A quick test that every text with a shape passes (most short texts fail it)."""
    text = text.lstrip(_EDGE_CHARS)
    if not text:
        return False
    if text[0].isdigit():
        return True
    # A first word of letters only, up to a space, is the run of letters the start words are
    # looked up by: read without the regular expression (most texts start so).
    word = text.partition(" ")[0]
    if not word.isalpha():
        first = _FIRST_LETTERS.match(text)
        if first is None:
            return False
        word = first.group()
    return word.lower() in _SHAPE_STARTS


def _by_shape(element: HtmlElement, wanted: frozenset[str]) -> _Found | None:
    """The cleaner whose text shape (a whole short text) ``element`` has, if any."""
    text = _short_text(element)
    if text is None or not _may_have_shape(text):
        return None
    if text.isascii():
        match = _ANY_SHAPE_LOWER.fullmatch(text.lower())  # only its group is read
    else:
        match = _ANY_SHAPE.fullmatch(text)
    if match is None or match.lastgroup not in wanted:
        return None
    if _stands_alone(element) and not _has_image(element):
        return element, match.lastgroup, f"text: {text}"
    return None


# Rules that do not reach into a caption: a figure's caption may be named "image-footer", or be
# hidden from screen readers (``aria-hidden``: the image's alt text says the same) or from the
# eye until a reader opens it; the figure finder reads it and keeps it out of the body.
_SPARES_CAPTIONS = frozenset(
    {
        "hidden",
        "navigation",
        "sidebars",
        "related",
        "newsletters",
        "cookie_banners",
        "ads",
        "comment_sections",
        "author_bios",
        "tag_lists",
    }
)
# An <aside> that holds a photo and no more text than a caption is the photo's box.
_ASIDE_FIGURE_TEXT = 400


def _caption_contents(root: HtmlElement) -> set[HtmlElement]:
    """Every element ``_inside`` a ``<figcaption>``, for the walk below ``root``: the elements at
    most ``_ANCESTOR_LIMIT`` levels under one, wherever in ``root``'s tree the caption is.

    One pass over the (small) captions instead of a climb to the top of the tree from every
    element a rule matched; the walk holds the set, so each element keeps its one proxy and is
    found by identity.
    """
    top = root
    parent = top.getparent()
    while parent is not None:
        top, parent = parent, parent.getparent()
    inside: set[HtmlElement] = set()
    for caption in top.iter("figcaption"):
        level = list(caption)
        for _ in range(_ANCESTOR_LIMIT):
            if not level:
                break
            inside.update(level)
            level = [child for element in level for child in element]
    return inside


def _photo_box(element: HtmlElement, sizes: _TextSizes) -> bool:
    """Whether an ``<aside>`` is a photo with its caption (not a sidebar)."""
    if not _has_photo(element) or sizes.of(element) > _ASIDE_FIGURE_TEXT:
        return False
    size = sizes.of(element)
    return sizes.links(element) <= 0.25 * size


def _after_subtree(element: HtmlElement, root: HtmlElement) -> HtmlElement | None:
    """The first element after ``element``'s subtree in document order, inside ``root``; None
    when the subtree runs to the end of ``root``."""
    node = element
    while node is not root:
        sibling = node.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()  # a comment or processing instruction
        if sibling is not None:
            return sibling
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    return None


# What a tag asks of the walk before its attributes are read (most tags ask nothing).
_SKIP, _CONTROL, _LABEL, _BY_TAG = 1, 2, 3, 4


def _walk(root: HtmlElement, wanted: frozenset[str]) -> Iterator[_Found]:
    """One document-order walk that yields what the ``wanted`` cleaners drop, skipping the
    subtrees of dropped elements. Every rule but the protection check is constant work."""
    sizes = _TextSizes(root)
    # The kind each class or id value names, read once per walk (pages repeat their values).
    kinds: dict[str, tuple[str, str] | None] = {}
    hidden = "hidden" in wanted
    forms = "forms" in wanted
    roles = {role: rule for role, rule in _ROLE_RULES.items() if rule in wanted}
    tag_rules = {tag: rule for tag, rule in _TAG_RULES.items() if rule in wanted}
    shapes = any(kind in wanted for kind, _ in _SHAPES)
    shape_tags = _SHAPE_TAGS if shapes else frozenset()
    hidden_style, read = _hidden_by_style, boilerplate_kind
    spares_captions, shape_raw, may_have_shape = _SPARES_CAPTIONS, _SHAPE_RAW, _may_have_shape
    # One dictionary lookup per element tells the few tags with a rule of their own apart, and
    # one set test the few elements with an attribute the hidden and role rules read.
    steps = dict.fromkeys(tag_rules, _BY_TAG)
    if forms:
        steps["label"] = _LABEL
    steps.update(dict.fromkeys(_NEVER, _SKIP))
    steps.update(dict.fromkeys(_CONTROL_TAGS, _CONTROL))
    flagged = frozenset(
        (("style", "hidden", "aria-hidden") if hidden else ()) + (("role",) if roles else ())
    )
    # The elements come from lxml's C iterator (cheaper than iterwalk's events); a dropped
    # element's subtree is passed over up to the first element after it.
    resume_at: HtmlElement | None = None
    # The elements inside a caption, gathered the first time a rule that spares captions matches.
    captions: set[HtmlElement] | None = None
    # The boxes around radio buttons already read as polls or not (see ``_poll_box``).
    polls: dict[HtmlElement, int] = {}
    for element in root.iter(etree.Element):
        if resume_at is not None:
            if element is not resume_at:
                continue
            resume_at = None
        tag = element.tag
        found: tuple[str, str] | None = None
        step = steps.get(tag)
        if step is None:
            pass  # most elements: one test, not four
        elif step == _CONTROL:
            if forms and not _has_image(element):
                poll = _poll_box(element, polls) if tag == "input" else None
                if poll is None:
                    found = "forms", tag
                else:
                    # The question goes with its answers (the walk has passed it already).
                    element, found = poll, ("forms", "poll")
            else:
                continue
        elif step == _SKIP:
            continue
        elif step == _LABEL and _labels_control(element):
            poll = _poll_box(element, polls)
            if poll is None:
                found = "forms", "label"
            else:
                element, found = poll, ("forms", "poll")
        if found is None:
            if step is not None and step == _BY_TAG:
                if (tag == "header" and _inside(element, _ARTICLE_TAGS)) or (
                    tag == "aside" and _photo_box(element, sizes)
                ):
                    pass
                else:
                    found = tag_rules[tag], tag
            if found is None:
                keys = element.keys()
                if keys:
                    if not flagged.isdisjoint(keys):
                        if hidden:
                            if "style" in keys and hidden_style(element.get("style") or ""):
                                found = "hidden", _HIDDEN_BY_STYLE
                            elif "hidden" in keys or (
                                "aria-hidden" in keys
                                and element.get("aria-hidden") == "true"
                                # aria-hidden hides from screen readers, not from the eye: a
                                # photo and its caption so marked are still on the page.
                                and not _photo_box(element, sizes)
                            ):
                                found = "hidden", "hidden attribute"
                        if found is None and roles and "role" in keys:
                            role = element.get("role") or ""
                            rule = roles.get(role)
                            if rule is not None:
                                found = rule, f"role={role}"
                    if found is None:
                        kind = None
                        if "class" in keys:
                            value = element.get("class") or ""
                            if value in kinds:
                                kind = kinds[value]
                            else:
                                kind = kinds[value] = read(value)
                        if kind is None and "id" in keys:
                            value = element.get("id") or ""
                            if value in kinds:
                                kind = kinds[value]
                            else:
                                kind = kinds[value] = read(value)
                        if kind is not None and kind[0] in wanted:
                            found = _checked(element, kind, sizes)
            if found is not None:
                if found[0] in spares_captions:
                    if captions is None:
                        captions = _caption_contents(root)
                    if tag == "figcaption" or element in captions:
                        found = None
                if found is not None and sizes.protected(element, found[0], found[1]):
                    found = None
            elif tag in shape_tags:
                # Only a short leaf, or a link or button around an icon, can have a text shape.
                count = len(element)
                if count == 0:
                    text = element.text
                    if text is None or len(text) > shape_raw or not may_have_shape(text):
                        continue
                elif count > 2 or tag not in ("a", "button"):
                    continue
                shaped = _by_shape(element, wanted)
                if shaped is not None:
                    found = shaped[1], shaped[2]
        if found is not None:
            yield element, found[0], found[1]
            resume_at = _after_subtree(element, root)
            if resume_at is None:
                return


# A poll holds a question and its answers: a line or two, a few options.
_POLL_TEXT_MAX = 800
_POLL_QUESTION_MAX = 200
_POLL_LEVELS = 5


def _is_radio(element: HtmlElement) -> bool:
    return (element.get("type") or "").strip().lower() == "radio"


def _poll_box(control: HtmlElement, seen: dict[HtmlElement, int]) -> HtmlElement | None:
    """The box of a poll that ``control`` (an ``<input>``, or a ``<label>`` around one)
    answers: the nearest ancestor, at most ``_POLL_LEVELS`` up, with two radio buttons or more
    and a question ("Sollten Plattformen strenger reguliert werden?"), and no more text than a
    poll has. None for any other control.

    ``seen`` holds the walk's reading of each ancestor already looked at, so that a page of
    many radio buttons in one big box measures that box once, not once per button.
    """
    if control.tag == "label":
        control = next((field for field in control.iter("input") if _is_radio(field)), control)
    if control.tag != "input" or not _is_radio(control):
        return None
    node = control.getparent()
    for _ in range(_POLL_LEVELS):
        if node is None or node.tag in _NEVER or node.tag == "form":
            return None
        reading = seen.get(node)
        if reading is None:
            reading = seen[node] = _poll_reading(node, control)
        if reading == _POLL:
            return node
        if reading == _NO_POLL:
            return None
        node = node.getparent()  # answers alone: the question may sit in the box around them
    return None


# What a box around a radio button is: the poll, too big to be one, or not yet (climb on).
_POLL, _NO_POLL, _CLIMB = 1, 2, 3


def _poll_reading(node: HtmlElement, control: HtmlElement) -> int:
    radios = 0
    for field in node.iter("input"):
        if _is_radio(field):
            radios += 1
            if radios == 2:
                break
    if radios < 2:
        return _CLIMB
    text = _raw_text(node)
    if len(text) > _POLL_TEXT_MAX * 4:
        return _NO_POLL
    text = normalize_space(text)
    if len(text) > _POLL_TEXT_MAX:
        return _NO_POLL
    return _POLL if "?" in text and _asks_first(node, control) else _CLIMB


def _asks_first(box: HtmlElement, control: HtmlElement) -> bool:
    """Whether the text of ``box`` before ``control`` is a question of a line or two (not a
    story that a quiz follows)."""
    pieces: list[str] = []
    size = 0
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if element is control:
            break
        if event == "start":
            piece = element.text if isinstance(element.tag, str) else None  # not a comment's
        else:
            piece = element.tail if element is not box else None
        if piece:
            pieces.append(piece)
            size += len(piece)
            if size > _POLL_QUESTION_MAX * 4:
                return False
    question = normalize_space(" ".join(pieces))
    return 0 < len(question) <= _POLL_QUESTION_MAX and "?" in question


def _walker(name: str) -> Cleaner:
    def cleaner(root: HtmlElement) -> Iterator[HtmlElement]:
        for element, _, _ in _walk(root, frozenset({name})):
            yield element

    return cleaner


# A <noscript> with this much text is the page's content for readers without scripts.
_NOSCRIPT_CONTENT = 200


def scripts(root: HtmlElement) -> Iterator[HtmlElement]:
    """Scripts, styles, templates, frames, embedded objects, media players, SVG drawings, and
    ``<noscript>`` fallbacks, except those that carry an image (lazy-loading pages put the real
    ``<img>`` there, and the figure finder reads it) or real text (some blogs render the post in
    a script and give it again in ``<noscript>``)."""
    for element in root.iter(*_CODE_TAGS):
        if element.tag == "noscript" and (
            _has_image(element) or len(_raw_text(element)) >= _NOSCRIPT_CONTENT
        ):
            continue
        yield element


def comments(root: HtmlElement) -> Iterator[HtmlElement]:
    """HTML comments and processing instructions."""
    yield from root.iter(etree.Comment, etree.ProcessingInstruction)


def _documented(name: str, doc: str) -> Cleaner:
    function = _walker(name)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = doc
    return function


hidden = _documented(
    "hidden",
    """Elements a reader never sees: the ``hidden`` attribute, ``aria-hidden="true"``, inline
    ``display:none`` / ``visibility:hidden``, and screen-reader-only text (``sr-only``,
    ``visually-hidden``, ``screen-reader-text``).""",
)
forms = _documented(
    "forms",
    """Forms, fieldsets and their controls (search boxes, sign-up forms, buttons, selects), and
    polls: a question with its radio-button answers goes as one box. A control that wraps an
    image (a zoom button around a photo) stays for the figure finder.""",
)
navigation = _documented(
    "navigation",
    """Navigation and site chrome: ``<nav>``, ``<menu>``, ``<footer>``, a ``<header>`` outside
    any ``<article>``/``<main>``, the ARIA roles navigation, menu, menubar, search, banner and
    contentinfo, and names such as ``breadcrumb``, ``pagination``, ``skip-link``, ``masthead``,
    ``site-footer``, ``next-post``.""",
)
sidebars = _documented(
    "sidebars",
    """Sidebars: ``<aside>``, ``role="complementary"``, and names such as ``sidebar``,
    ``sidenav``, ``right-rail``.""",
)
share_bars = _documented(
    "share_bars",
    """Share and social bars: names such as ``share``, ``social``, ``addthis``, ``shariff``,
    ``follow-us``, and small elements whose whole text is "Share", "Tweet", "Facebook", "Teilen",
    "Partager"...""",
)
related = _documented(
    "related",
    """Related, recommended and "read more" lists: names such as ``related``, ``recommended``,
    ``more-stories``, ``most-read``, ``trending``, ``read-more``, ``outbrain``, ``taboola``.""",
)
newsletters = _documented(
    "newsletters",
    """Newsletter, subscription and donation boxes: names such as ``newsletter``,
    ``subscribe``, ``signup``, ``opt-in``, ``donate``.""",
)
cookie_banners = _documented(
    "cookie_banners",
    """Cookie and consent banners and other dialogs: names such as ``cookie``, ``consent``,
    ``gdpr``, ``onetrust``, ``didomi``, and ``role="dialog"``.""",
)
ads = _documented(
    "ads",
    """Advertising: names such as ``ad``, ``ads``, ``advert``, ``adslot``, ``dfp``,
    ``sponsored``, ``promo``, ``werbung``, ``anzeige``, and labels whose whole text is
    "Advertisement", "Anzeige", "Story continues below advertisement"...""",
)
comment_sections = _documented(
    "comment_sections",
    """Reader comment sections: names such as ``comments``, ``comment-list``, ``disqus``,
    ``respond``, ``kommentare`` (but not ``commentary``, nor state flags like
    ``has-comments``).""",
)
author_bios = _documented(
    "author_bios",
    """Author biography boxes: names such as ``author-bio``, ``about-the-author``,
    ``author-box``, ``author-card``, ``bio``.""",
)
tag_lists = _documented(
    "tag_lists",
    """Tag and keyword lists: names such as ``tags``, ``tag-list``, ``tag-cloud``,
    ``keywords``, ``categories``, ``schlagworte`` (not ``tagline``).""",
)
print_links = _documented(
    "print_links",
    """Print and e-mail links: small elements named ``print``, ``email``, ``send-to-friend``, or
    whose whole text is "Print", "E-mail this article", "Drucken"...""",
)
gallery_chrome = _documented(
    "gallery_chrome",
    """Gallery and image chrome: counters and controls (``gallery-nav``, ``slide-counter``,
    ``enlarge``, ``zoom``, ``photo-links``) and small elements whose whole text is "View full
    size", "Enlarge", "Click to enlarge", "1 of 12", "Next photo"...""",
)

#: Every built-in cleaner by name, in the order the default pipeline runs them.
CLEANERS: Mapping[str, Cleaner] = {
    "scripts": scripts,
    "comments": comments,
    "hidden": hidden,
    "forms": forms,
    "navigation": navigation,
    "sidebars": sidebars,
    "share_bars": share_bars,
    "related": related,
    "newsletters": newsletters,
    "cookie_banners": cookie_banners,
    "ads": ads,
    "comment_sections": comment_sections,
    "author_bios": author_bios,
    "tag_lists": tag_lists,
    "print_links": print_links,
    "gallery_chrome": gallery_chrome,
}

DEFAULT_CLEANERS: tuple[str, ...] = tuple(CLEANERS)

# The cleaners that share one walk when they run one after the other.
_WALKERS = frozenset(CLEANERS) - {"scripts", "comments"}


def resolve_cleaners(cleaners: Iterable[str | Cleaner] | None) -> tuple[tuple[str, Cleaner], ...]:
    """Names or callables to ``(name, cleaner)`` pairs; ``None`` gives the default set.

    Examples:
        >>> [name for name, _ in resolve_cleaners(["scripts", "ads"])]
        ['scripts', 'ads']
    """
    chosen: list[tuple[str, Cleaner]] = []
    for item in DEFAULT_CLEANERS if cleaners is None else cleaners:
        if isinstance(item, str):
            try:
                chosen.append((item, CLEANERS[item]))
            except KeyError:
                known = ", ".join(CLEANERS)
                raise ValueError(f"unknown cleaner {item!r}; built-in cleaners: {known}") from None
        elif callable(item):
            chosen.append((getattr(item, "__name__", repr(item)), item))
        else:
            raise TypeError(f"a cleaner is a name or a callable, not {type(item).__name__}")
    return tuple(chosen)


def drop_element(element: HtmlElement) -> None:
    """Remove ``element`` from its tree, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _batches(
    cleaners: Sequence[tuple[str, Cleaner]],
) -> Iterator[tuple[frozenset[str] | None, str, Cleaner]]:
    """The cleaners in runs: consecutive built-in walkers share one walk (their names as a set)."""
    index = 0
    while index < len(cleaners):
        name, cleaner = cleaners[index]
        group: set[str] = set()
        while index < len(cleaners):
            name, cleaner = cleaners[index]
            if name not in _WALKERS or CLEANERS.get(name) is not cleaner:
                break
            group.add(name)
            index += 1
        if group:
            yield frozenset(group), "", cleaner
        else:
            yield None, name, cleaner
            index += 1


def apply_cleaners(
    root: HtmlElement, cleaners: Sequence[tuple[str, Cleaner]], trace: Trace | None = None
) -> int:
    """Run each cleaner and drop what it chose; returns how many elements were dropped.

    Examples:
        >>> from lxml.html import document_fromstring
        >>> root = document_fromstring("<div><p>Text</p><script>x()</script><nav>Home</nav></div>")
        >>> apply_cleaners(root, resolve_cleaners(None)), serialize(root)
        (2, '<html><body><div><p>Text</p></div></body></html>')
    """
    dropped = 0
    for wanted, name, cleaner in _batches(cleaners):
        chosen: list[_Found]
        if trace is None and wanted is None and CLEANERS.get(name) is cleaner:
            fast = _strip(root, name)
            if fast is not None:
                dropped += fast
                continue
        if wanted is not None:
            chosen = list(_walk(root, wanted))
        else:
            chosen = [(element, name, "") for element in cleaner(root) if element is not root]
        for element, rule, detail in chosen:
            if element.getparent() is None:
                continue  # already removed
            if trace is not None:
                trace.record(element, "drop", f"cleaner:{rule}", detail)
            drop_element(element)
            dropped += 1
    return dropped


_STRIPPED_TAGS = tuple(tag for tag in _CODE_TAGS if tag != "noscript")


def _strip(root: HtmlElement, name: str) -> int | None:
    """What the ``scripts`` or ``comments`` cleaner drops, removed in C (tails kept), and how
    many elements that was; None for other cleaners. Only without a trace: a trace records
    every dropped element, which this does not visit."""
    if name == "scripts":
        count = len(list(root.iter(*_STRIPPED_TAGS)))
        if count:
            etree.strip_elements(root, *_STRIPPED_TAGS, with_tail=False)
        for element in list(root.iter("noscript")):
            if _has_image(element) or len(_raw_text(element)) >= _NOSCRIPT_CONTENT:
                continue
            drop_element(element)
            count += 1
        return count
    if name == "comments":
        count = len(list(root.iter(etree.Comment, etree.ProcessingInstruction)))
        if count:
            etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        return count
    return None


def serialize(root: HtmlElement) -> str:
    """The tree as an HTML string."""
    return str(tostring(root, encoding="unicode", method="html"))
