"""Tests for the cleaners: what each drops, what none of them may drop, and how they are applied."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement, document_fromstring

from pressparse._html.clean import (
    CLEANERS,
    DEFAULT_CLEANERS,
    apply_cleaners,
    drop_element,
    resolve_cleaners,
    serialize,
)
from pressparse._trace import Trace
from pressparse.types import CLEANERS as PUBLIC_CLEANERS

STORY = (
    "<p>The council voted on Tuesday to build the bridge, ending a debate that has lasted for"
    " more than a decade and divided the city.</p>"
    "<p>The bridge will connect the old quay with the new district and open in 2027, officials"
    " said after the vote.</p>"
)


def page(body: str) -> HtmlElement:
    return document_fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


def cleaned(body: str, cleaners: list[str] | None = None) -> str:
    root = page(body)
    apply_cleaners(root, resolve_cleaners(cleaners))
    return serialize(root)


# --- each cleaner drops its boilerplate ---------------------------------------------------------

DROPPED = [
    ("scripts", "<script>var x = 1;</script>", "var x"),
    ("scripts", "<style>p { color: red }</style>", "color"),
    ("scripts", "<noscript>Please enable JavaScript</noscript>", "enable JavaScript"),
    ("scripts", "<iframe src='https://video.example/1'>Your browser</iframe>", "Your browser"),
    ("comments", "<!-- build 1234 -->", "build 1234"),
    ("hidden", "<div hidden>Secret menu</div>", "Secret menu"),
    ("hidden", "<div aria-hidden='true'>Icon label</div>", "Icon label"),
    ("hidden", "<div style='display: none'>Invisible</div>", "Invisible"),
    ("hidden", "<div style='visibility:hidden'>Invisible</div>", "Invisible"),
    ("hidden", "<span class='sr-only'>Opens in a new window</span>", "Opens in a new"),
    ("forms", "<form action='/s'><input name='q'><button>Search</button></form>", "Search"),
    ("forms", "<p>Text</p><button>Load more</button>", "Load more"),
    # A reader poll's answers: labels that wrap or point at a radio button.
    (
        "forms",
        "<div class='poll'><p>Which remedy helps you most?</p><label><span><input type='radio'"
        " name='answer' id='a1'><label for='a1'>Hot soup.</label></span></label></div>",
        "Hot soup",
    ),
    ("forms", "<label for='email'>Your e-mail address</label>", "e-mail address"),
    # A poll: the question goes with its answers, however deep the radio buttons sit.
    (
        "forms",
        "<div class='poll'><div><p>Should the bridge be built?</p></div><div>"
        "<label><input type='radio' name='v'><span>Yes</span></label>"
        "<label><input type='radio' name='v'><span>No</span></label></div></div>",
        "Should the bridge",
    ),
    (
        "forms",
        "<div><p>Which remedy do you prefer?</p><input type='radio' name='r' id='a'>"
        "<label for='a'>Soup</label><input type='radio' name='r' id='b'><label for='b'>Tea</label>"
        "</div>",
        "remedy",
    ),
    ("navigation", "<nav><a href='/'>Home</a></nav>", "Home"),
    ("navigation", "<header><a href='/'>Site name</a></header>", "Site name"),
    ("navigation", "<footer>All rights reserved</footer>", "All rights"),
    ("navigation", "<div role='navigation'>Sections</div>", "Sections"),
    ("navigation", "<div class='breadcrumbs'><a href='/'>Home</a> › News</div>", "Home"),
    ("navigation", "<ul class='pagination'><li>1</li><li>2</li></ul>", "<li>1"),
    ("sidebars", "<aside>Most popular</aside>", "Most popular"),
    ("sidebars", "<div id='sidebar'>Latest posts</div>", "Latest posts"),
    ("share_bars", "<div class='share-buttons'><a>Facebook</a><a>X</a></div>", "Facebook"),
    ("share_bars", "<ul class='social-links'><li>Follow</li></ul>", "Follow"),
    ("share_bars", "<div><a href='https://twitter.com/share'>Tweet</a></div>", "Tweet"),
    ("related", "<div class='related-posts'><a href='/a'>Another story</a></div>", "Another"),
    ("related", "<section class='more-stories'><a href='/b'>Next one</a></section>", "Next one"),
    ("related", "<div id='outbrain_widget'>Promoted</div>", "Promoted"),
    ("newsletters", "<div class='newsletter-signup'>Get our newsletter</div>", "Get our"),
    ("newsletters", "<div class='subscribe-box'>Subscribe now</div>", "Subscribe"),
    # A newsletter box named for the mailing service that runs it.
    ("newsletters", "<div class='newsletter-cleverreach'><h3>Daily briefing</h3></div>", "Daily"),
    ("cookie_banners", "<div id='cookie-notice'>We use cookies</div>", "We use cookies"),
    ("cookie_banners", "<div class='gdpr-consent'>Your privacy</div>", "Your privacy"),
    ("cookie_banners", "<div role='dialog'>Sign in</div>", "Sign in"),
    ("cookie_banners", "<div id='usercentrics-cmp'>Privacy settings</div>", "Privacy settings"),
    ("cookie_banners", "<div class='cmplz-cookiebanner'>Manage consent</div>", "Manage consent"),
    # A styled component's class: its name, then a generated suffix.
    (
        "cookie_banners",
        "<div class='ConsentBannerWrapper-fjhTDA dnUhDa'><h4>Twitter content</h4></div>",
        "Twitter content",
    ),
    ("ads", "<div class='ad-slot ad-300x250'>Sponsored</div>", "Sponsored"),
    ("ads", "<div id='div-gpt-ad-123'></div><p>Advertisement</p>", "Advertisement"),
    ("ads", "<div class='headerAd'>Buy now</div>", "Buy now"),
    ("comment_sections", "<section id='comments'><p>First!</p></section>", "First!"),
    ("comment_sections", "<div class='comment-list'><p>Nice</p></div>", "Nice"),
    ("comment_sections", "<div id='disqus_thread'>Load comments</div>", "Load comments"),
    ("author_bios", "<div class='author-bio'>Jane writes about trains.</div>", "trains"),
    ("author_bios", "<div class='about-the-author'>Bio text</div>", "Bio text"),
    ("tag_lists", "<div class='post-tags'><a>infrastructure</a></div>", "infrastructure"),
    ("tag_lists", "<ul class='tag-list'><li>harbour</li></ul>", "harbour"),
    ("print_links", "<a class='print-link' href='#'>Print</a>", "Print"),
    ("print_links", "<p><a href='javascript:print()'>Print this article</a></p>", "Print this"),
    ("gallery_chrome", "<div class='gallery-counter'>1 of 12</div>", "1 of 12"),
    ("gallery_chrome", "<a href='/full.jpg'>View full size</a>", "View full"),
    ("gallery_chrome", "<span>Click to enlarge</span>", "enlarge"),
]


@pytest.mark.parametrize(("cleaner", "html", "gone"), DROPPED)
def test_cleaner_drops_its_boilerplate(cleaner: str, html: str, gone: str) -> None:
    out = cleaned(STORY + html, [cleaner])
    assert gone not in out
    assert "The council voted" in out


@pytest.mark.parametrize(("cleaner", "html", "gone"), DROPPED)
def test_default_set_drops_it_too(cleaner: str, html: str, gone: str) -> None:
    assert gone not in cleaned(STORY + html)


# --- what no cleaner may drop -------------------------------------------------------------------

KEPT = [
    # State flags are not names: the article has comments, it is not a comment section.
    "<div class='article-body has-comments'>{story}</div>",
    "<div class='content with-sidebar'>{story}</div>",
    # A token naming the story wins over a layout token naming a sidebar.
    "<div class='l-sidebar-fixed l-article-body-segment'>{story}</div>",
    # Taxonomy labels on a post say what it is about, not what it is.
    "<article class='post tag-comments category-social'>{story}</article>",
    # "commentary" is an opinion piece; "tagline" a standfirst; a live ticker is the story.
    "<div class='commentary'>{story}</div>",
    "<p class='tagline'>A bridge at last</p>{story}",
    "<div class='live-match-comment'>{story}</div>",
    # An ASP.NET page wraps everything in a form; a read-more box may hold the story's end.
    "<form id='aspnetForm'>{story}</form>",
    "<div id='read-more-content'>{story}{story}</div>",
    "<header class='masthead'><h1>Title</h1></header><div>{story}</div>",
    # Adobe Experience Manager names every component "cmp": no consent platform.
    "<div class='cmp cmp-text aem-GridColumn'>{story}</div>",
    # Radio buttons inside a story's box (a quiz under it) do not make the story a poll.
    "<div>{story}<p>Was it right?</p><input type='radio' name='q'><input type='radio' name='q'>"
    "</div>",
]


@pytest.mark.parametrize("html", KEPT)
def test_content_is_never_dropped(html: str) -> None:
    out = cleaned(html.format(story=STORY))
    assert "The council voted" in out
    assert "officials said" in out


def test_body_classes_never_drop_the_page() -> None:
    root = document_fromstring(
        f"<html><body class='page sidebar-left comments-open'>{STORY}</body></html>"
    )
    apply_cleaners(root, resolve_cleaners(None))
    assert "The council voted" in serialize(root)


def test_text_shapes_inside_sentences_stay() -> None:
    out = cleaned("<p>Add <b>1/2</b> cup of flour and <a href='/p'>print</a> the recipe.</p>")
    assert "1/2" in out
    assert ">print<" in out


def test_zoom_link_around_a_photo_stays() -> None:
    out = cleaned("<a class='zoom' href='/big.jpg'><img src='/small.jpg'></a>" + STORY)
    assert "small.jpg" in out


def _named_deep(levels: int, text: str) -> str:
    """A "related-links" span ``levels`` levels down (in plain spans)."""
    wrap = levels - 1
    return "<span>" * wrap + f"<span class='related-links'>{text}</span>" + "</span>" * wrap


def test_a_caption_keeps_its_named_parts_down_to_the_ancestor_limit() -> None:
    # Rules that spare captions leave what a <figcaption> holds to the figure finder, as far
    # as 64 levels down (the walk looks no further up); the same name outside it still goes.
    html = cleaned(
        STORY + "<figure><img src='/a.jpg'><figcaption>The quay.<div class='image-footer'>"
        "Credit</div>"
        + _named_deep(10, "Photo: AP")
        + _named_deep(64, "Deepest kept")
        + _named_deep(65, "Too deep")
        + "</figcaption></figure><div class='related-links'>More news</div>"
    )
    assert "Credit" in html and "Photo: AP" in html and "Deepest kept" in html
    assert "Too deep" not in html and "More news" not in html


def test_noscript_with_an_image_stays() -> None:
    out = cleaned("<noscript><img src='/real.jpg'></noscript>" + STORY, ["scripts"])
    assert "real.jpg" in out


# --- applying cleaners --------------------------------------------------------------------------


def test_tail_text_is_kept() -> None:
    out = cleaned("<p>Before <span hidden>x</span>after</p>", ["hidden"])
    assert "Before after" in out


def test_drop_element_without_parent_is_a_no_op() -> None:
    root = page("<p>a</p>")
    drop_element(root)
    assert "a" in serialize(root)


def test_trace_records_each_drop() -> None:
    root = page(STORY + "<nav>Menu</nav><div class='share-bar'>Share</div>")
    Trace.number(root)
    trace = Trace()
    apply_cleaners(root, resolve_cleaners(None), trace)
    rules = {event.rule for event in trace.events}
    assert {"cleaner:navigation", "cleaner:share_bars"} <= rules
    assert all(event.action == "drop" for event in trace.events)


def test_custom_cleaner_runs_between_built_ins() -> None:
    def drop_quotes(root: HtmlElement) -> list[HtmlElement]:
        return list(root.iter("blockquote"))

    root = page(STORY + "<blockquote>Quoted</blockquote><nav>Menu</nav>")
    dropped = apply_cleaners(root, resolve_cleaners(["scripts", drop_quotes, "navigation"]))
    out = serialize(root)
    assert dropped == 2
    assert "Quoted" not in out
    assert "Menu" not in out


def test_cleaners_alone_do_not_mutate() -> None:
    root = page(STORY + "<nav>Menu</nav>")
    before = serialize(root)
    found = list(CLEANERS["navigation"](root))
    assert [element.tag for element in found] == ["nav"]
    assert serialize(root) == before


def test_registry_is_public_and_documented() -> None:
    assert PUBLIC_CLEANERS is CLEANERS
    assert tuple(CLEANERS) == DEFAULT_CLEANERS
    for name, cleaner in CLEANERS.items():
        assert cleaner.__name__ == name
        assert cleaner.__doc__
        assert len(cleaner.__doc__) > 40


@pytest.mark.parametrize(("cleaners", "error"), [(["nope"], ValueError), ([42], TypeError)])
def test_resolve_rejects_unknown(cleaners: list[object], error: type[Exception]) -> None:
    with pytest.raises(error):
        resolve_cleaners(cleaners)  # type: ignore[arg-type]


# --- hostile input ------------------------------------------------------------------------------


def _nested(depth: int, opening: str, closing: str) -> HtmlElement:
    return document_fromstring(f"<body>{opening * depth}<p>deep</p>{closing * depth}</body>")


def test_deep_nesting_does_not_crash_or_go_quadratic() -> None:
    root = _nested(100_000, "<div class='share related'>", "</div>")
    start = time.perf_counter()
    apply_cleaners(root, resolve_cleaners(None))
    assert time.perf_counter() - start < 10


def test_deeply_nested_protected_boxes_stay_linear() -> None:
    root = _nested(20_000, "<div class='sidebar'>", "</div>")
    start = time.perf_counter()
    apply_cleaners(root, resolve_cleaners(None))
    assert time.perf_counter() - start < 10


def test_many_siblings() -> None:
    root = document_fromstring("<body>" + "<span class='ad'>x</span><p>y</p>" * 100_000 + "</body>")
    start = time.perf_counter()
    apply_cleaners(root, resolve_cleaners(None))
    assert time.perf_counter() - start < 15
    assert 'class="ad"' not in serialize(root)[:10_000]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="<>/ =\"'abcdiv pspanclassidhiddenstyle:nonesharead-", max_size=300))
def test_any_markup_is_cleaned_without_error(markup: str) -> None:
    try:
        root = document_fromstring(f"<html><body>{markup}x</body></html>")
    except Exception:  # lxml refuses some inputs outright; the loader handles those
        return
    apply_cleaners(root, resolve_cleaners(None))
    serialize(root)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='column factbox small-12'><h2>In short</h2><ul><li>Ferry fares rise.</li></ul>"
        "</div>",
        "<div class='art-ins mol-factbox floatRHS'><h3>Another story</h3><p>Text.</p></div>",
        "<section class='ai-summary'><p>Summary written by a machine.</p></section>",
    ],
)
def test_fact_boxes_and_machine_summaries_go_with_the_sidebars(box: str) -> None:
    out = cleaned(STORY + box, ["sidebars"])
    assert "<li>" not in out and "<h3>" not in out and "machine" not in out
    assert "The council voted" in out
