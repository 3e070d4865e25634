"""The region read around the headline (``elements_around``) against a plain definition."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement, document_fromstring, fragment_fromstring

from pressparse._metadata.visible import elements_around


def _expected(element: HtmlElement, before: int, after: int) -> list[tuple[int, HtmlElement]]:
    """The region by definition: the element's subtree at 0, then the elements before and after
    it in document order (its ancestors and its subtree left out), inside its nearest ``<body>``
    or ``<html>``, the nearest ``before`` and ``after`` of them numbered from it."""
    ancestors = list(element.iterancestors())
    boundary = next((n for n in [element, *ancestors] if n.tag in ("body", "html")), None)
    top = boundary if boundary is not None else (ancestors[-1] if ancestors else element)
    inside = [n for n in top.iter(etree.Element) if n is not boundary]
    own = list(element.iter(etree.Element))
    start = next((i for i, n in enumerate(inside) if n is element), None)
    if start is None:  # the element is the boundary itself
        return [(0, n) for n in own]
    earlier = [n for n in inside[:start] if n not in ancestors][-before:] if before else []
    later = inside[start + len(own) :][:after]
    return (
        [(i - len(earlier), n) for i, n in enumerate(earlier)]
        + [(0, n) for n in own]
        + [(i, n) for i, n in enumerate(later, 1)]
    )


PAGE = """<html><head><title>T</title></head><body>
<nav><a href="/">Home</a><!-- menu --><a href="/news">News</a></nav>
<article><header><p class="kicker">Politics</p><!-- a comment -->
<h1 id="headline">The headline <em>itself</em></h1>
<p class="byline">By <a href="/author/jane">Jane Doe</a></p><time>3 May 2024</time></header>
<div class="body"><p>One</p><!-- c --><p>Two <b>bold</b></p><ul><li>a</li><li>b</li></ul></div>
</article><footer><p>Footer</p></footer></body></html>"""


def _headline() -> HtmlElement:
    heading = next(document_fromstring(PAGE).iter("h1"))
    assert isinstance(heading, HtmlElement)
    return heading


@pytest.mark.parametrize(("before", "after"), [(0, 0), (1, 1), (2, 3), (10, 40), (40, 200)])
def test_region_around_a_headline(before: int, after: int) -> None:
    heading = _headline()
    assert elements_around(heading, before=before, after=after) == _expected(heading, before, after)


def test_region_order_and_positions() -> None:
    heading = _headline()
    region = elements_around(heading, before=3, after=3)
    assert [(p, e.tag, e.get("class")) for p, e in region] == [
        (-3, "a", None),  # the nearest three before; the ancestors (header, article) left out
        (-2, "a", None),
        (-1, "p", "kicker"),
        (0, "h1", None),
        (0, "em", None),
        (1, "p", "byline"),
        (2, "a", None),
        (3, "time", None),
    ]


_TAGS = ("div", "p", "span", "section")


@st.composite
def _trees(draw: st.DrawFn) -> str:
    def node(depth: int) -> str:
        if depth > 3 or draw(st.integers(0, 3)) == 0:
            return draw(st.sampled_from(["", "text", "<!-- c -->", "<br>"]))
        tag = draw(st.sampled_from(_TAGS))
        children = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 4))))
        return f"<{tag}>{children}</{tag}>tail"

    return "<div>" + "".join(node(0) for _ in range(draw(st.integers(1, 5)))) + "</div>"


@settings(max_examples=80, deadline=None)
@given(_trees(), st.integers(0, 12), st.integers(0, 12), st.integers(0, 200))
def test_region_matches_the_definition(markup: str, before: int, after: int, pick: int) -> None:
    root = fragment_fromstring(markup)
    elements = list(root.iter(etree.Element))
    element = elements[pick % len(elements)]
    assert elements_around(element, before=before, after=after) == _expected(element, before, after)
