"""Tests for figures: images with captions and credits, the full-size URL, and what is not one."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

import pressparse
from pressparse._extract.content import ContentHints, extract_content
from pressparse._extract.figures import RawFigure, extract_figures, image_url

STORY = "".join(
    f"<p>Paragraph {n} of the story, long enough to be read as running text, with a comma.</p>"
    for n in range(1, 5)
)
BASE = "https://news.example/2024/03/story.html"


def figures_of(body: str, base: str | None = BASE) -> tuple[tuple[RawFigure, ...], str]:
    root = document_fromstring(f"<html><body>{body}</body></html>")
    content = extract_content(root, base_url=base, hints=ContentHints())
    return content.figures, "\n".join(block.text for block in content.blocks)


FIGURES = [
    (
        "<figure><img src='/img/a.jpg' alt='Alt'><figcaption>The quay at dawn."
        " <small>Photo: Jane Doe</small></figcaption></figure>",
        RawFigure("https://news.example/img/a.jpg", "Alt", "The quay at dawn.", "Photo: Jane Doe"),
    ),
    (
        "<figure><img src='/img/a.jpg'><figcaption><span itemprop='caption'>Boats.</span>"
        "<span itemprop='copyrightHolder'>AP</span></figcaption></figure>",
        RawFigure("https://news.example/img/a.jpg", None, "Boats.", "AP"),
    ),
    (
        "<figure><img src='/img/a.jpg'><figcaption>Boats in the harbour (Reuters)"
        "</figcaption></figure>",
        RawFigure("https://news.example/img/a.jpg", None, "Boats in the harbour (Reuters)", None),
    ),
    (
        "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Harbour at night.</p>"
        "<span class='photo-credit'>City archive</span></div>",
        RawFigure("https://news.example/2024/03/a.jpg", None, "Harbour at night.", "City archive"),
    ),
    (
        # a "show more" toggle the page keeps hidden is neither caption nor credit
        "<figure><img src='/img/c.jpg'><figcaption><span><span>Smoke over the city at night."
        "<span> Photo: Jane Doe/AP</span></span></span><span class='show-more' hidden>"
        "Show more</span></figcaption></figure>",
        RawFigure(
            "https://news.example/img/c.jpg",
            None,
            "Smoke over the city at night. Photo: Jane Doe/AP",
            None,
        ),
    ),
    (
        # ... but a long hidden part of the caption (revealed on demand) is caption text
        "<figure><img src='/img/d.jpg'><figcaption>The harbour at dawn.<span hidden> Fishing"
        " boats leave before the market opens.</span></figcaption></figure>",
        RawFigure(
            "https://news.example/img/d.jpg",
            None,
            "The harbour at dawn. Fishing boats leave before the market opens.",
            None,
        ),
    ),
    (
        "<div class='image'><a href='/full/b.jpg'><img src='/small/b.jpg'></a></div>"
        "<div class='caption'>The mayor after the vote.</div>",
        RawFigure("https://news.example/full/b.jpg", None, "The mayor after the vote.", None),
    ),
    (
        # WordPress's classic editor: the picture, a line break and the caption in one paragraph.
        "<p><img src='/img/e.jpg' alt=''><br>\n<em>The mayor after the vote (R)</em></p>",
        RawFigure("https://news.example/img/e.jpg", None, "The mayor after the vote (R)", None),
    ),
]


@pytest.mark.parametrize(("html", "expected"), FIGURES)
def test_figure_and_its_caption(html: str, expected: RawFigure) -> None:
    figures, body = figures_of(f"<div class='story'>{STORY[:200]}{html}{STORY[200:]}</div>")
    assert figures == (expected,)
    if expected.caption:
        assert expected.caption not in body
    if expected.credit:
        assert expected.credit not in body


URLS = [
    ("<img src='/s.jpg' srcset='/m.jpg 640w, /l.jpg 1600w, /xs.jpg 320w'>", "/l.jpg"),
    ("<img src='/s.jpg' srcset='/a.jpg 1x, /b.jpg 2x'>", "/b.jpg"),
    ("<img src='data:image/gif;base64,R0lGOD' data-src='/lazy.jpg'>", "/lazy.jpg"),
    ("<img src='/blank.gif' data-lazy-src='/real.jpg'>", "/real.jpg"),
    (
        "<picture><source srcset='/p-800.webp 800w, /p-1600.webp 1600w'>"
        "<img src='/p.jpg'></picture>",
        "/p-1600.webp",
    ),
    ("<a href='/big.png'><img src='/thumb.png'></a>", "/big.png"),
    ("<a href='javascript:zoom()'><img src='/thumb.png'></a>", "/thumb.png"),
]


@pytest.mark.parametrize(("html", "path"), URLS)
def test_full_size_url(html: str, path: str) -> None:
    root = document_fromstring(f"<html><body><figure>{html}</figure></body></html>")
    image = next(root.iter("img"))
    assert image_url(image, next(root.iter("figure")), BASE) == "https://news.example" + path


@pytest.mark.parametrize("src", ["javascript:alert(1)", "data:image/png;base64,AAAA", "", "   "])
def test_unsafe_urls_are_never_returned(src: str) -> None:
    root = document_fromstring(f"<html><body><img src='{src}'></body></html>")
    assert image_url(next(root.iter("img")), None, BASE) is None


def test_base_element_resolves_relative_urls() -> None:
    html = (
        "<html><head><base href='https://cdn.example/assets/'></head><body><div>"
        f"{STORY}<figure><img src='pic.jpg'><figcaption>Pic.</figcaption></figure></div>"
        "</body></html>"
    )
    article = pressparse.parse(html, url="https://news.example/a.html")
    assert [f.image_url for f in article.figures] == ["https://cdn.example/assets/pic.jpg"]


def test_lead_image_above_the_body_counts_and_sidebar_thumbnails_do_not() -> None:
    body = (
        "<div id='page'><article><h1>Title</h1>"
        "<figure><img src='/lead.jpg'><figcaption>Lead photo.</figcaption></figure>"
        f"<div class='body'>{STORY}</div></article>"
        "<div class='column'><a href='/other-story'><img src='/thumb.jpg'></a>"
        "<p>Another story teaser, with a comma, that is long enough to count as text.</p></div>"
        "</div>"
    )
    figures, _ = figures_of(body)
    assert [f.image_url for f in figures] == ["https://news.example/lead.jpg"]


def test_caption_without_image_still_leaves_the_body() -> None:
    _, body = figures_of(
        f"<div class='story'>{STORY}<p class='image-caption'>A lost photo's caption.</p></div>"
    )
    assert "lost photo" not in body


def test_icons_and_teaser_thumbnails_are_not_figures() -> None:
    figures, _ = figures_of(
        f"<div class='story'>{STORY}<img src='/icon.png' width='16' height='16'>"
        "<a href='/next-story.html'><img src='/teaser.jpg'></a></div>"
    )
    assert figures == ()


def test_noscript_fallback_is_not_a_second_figure() -> None:
    figures, _ = figures_of(
        f"<div class='story'>{STORY}<img data-src='/x.jpg' src='/blank.gif'>"
        "<noscript><img src='/x.jpg'></noscript></div>"
    )
    assert [f.image_url for f in figures] == ["https://news.example/x.jpg"]


def test_caption_wrapped_in_layout_boxes_after_a_header_image() -> None:
    # A theme's header: the lead photo, then its caption inside grid boxes that hold nothing
    # else, then the story.
    figures, body = figures_of(
        "<div class='reading-mode'><img class='header-image' src='/lead.jpg' alt='Lead'>"
        "<div class='container'><div class='row'><div class='col'><div class='image-caption'>"
        "Judges hear the case in The Hague on Monday. (Photo: Court Press Office)</div></div>"
        f"</div></div><div class='article'>{STORY}</div></div>"
    )
    assert [(f.image_url, f.caption) for f in figures] == [
        (
            "https://news.example/lead.jpg",
            "Judges hear the case in The Hague on Monday. (Photo: Court Press Office)",
        )
    ]
    assert "Judges hear the case" not in body


def test_box_after_an_image_holding_more_than_a_caption_is_not_its_caption() -> None:
    # (the story around them is too long for the image's box to be a figure of its own)
    figures, _ = figures_of(
        f"<div class='story'>{STORY * 3}<img src='/lead.jpg' alt='Lead'><div class='container'>"
        "<div class='image-caption'>The square at night.</div><p>Related: the mayor's plan for"
        f" the square, and what it costs.</p></div>{STORY * 3}</div>"
    )
    assert [(f.image_url, f.caption) for f in figures if f.image_url] == [
        ("https://news.example/lead.jpg", None)
    ]


def test_a_caption_printed_again_after_its_figure_stays_out_of_the_body() -> None:
    # A slideshow screen: the photo with its caption, then a text panel repeating the caption.
    screen = (
        "<div class='screen'><div class='asset'><figure><img src='/s1.jpg'><figcaption>"
        "<span class='caption'>Office towers await their first tenants.</span>"
        "<span class='credit'>Jane Doe for Example News</span></figcaption></figure></div>"
        "<div class='screen-text'><div>Office towers await their first tenants.</div></div></div>"
    )
    figures, body = figures_of(f"<div class='story'>{STORY[:200]}{screen}{STORY[200:]}</div>")
    assert [(f.caption, f.credit) for f in figures] == [
        ("Office towers await their first tenants.", "Jane Doe for Example News")
    ]
    assert "Office towers" not in body
    assert "Paragraph 4" in body


def test_gallery_chrome_is_not_caption_text() -> None:
    figures, _ = figures_of(
        f"<div class='story'>{STORY}<figure><img src='/g.jpg'><figcaption>1 of 12"
        "</figcaption></figure></div>"
    )
    assert [(f.image_url, f.caption) for f in figures] == [("https://news.example/g.jpg", None)]


def test_extract_figures_standalone() -> None:
    root = document_fromstring(
        "<html><body><figure><img src='https://x.example/a.jpg'><figcaption>A</figcaption>"
        "</figure></body></html>"
    )
    figures, owned = extract_figures(root, base_url=None)
    assert [f.caption for f in figures] == ["A"]
    assert next(root.iter("img")) in owned


def test_parse_splits_the_credit_off_the_caption() -> None:
    html = (
        f"<html><body><div>{STORY}<figure><img src='/a.jpg'><figcaption>The quay at dawn. "
        "(AP Photo/Jane Doe)</figcaption></figure></div></body></html>"
    )
    article = pressparse.parse(html, url=BASE)
    assert len(article.figures) == 1
    caption = article.figures[0].caption
    assert caption
    assert "quay" in caption
    assert "quay at dawn" not in article.text


def test_text_after_a_picture_and_a_line_break_stays_body_text() -> None:
    line = "The ferry leaves at dawn and returns after the market closes in the evening."
    figures, body = figures_of(
        f"<div class='story'>{STORY[:200]}<p><img src='/img/f.jpg'><br>{line}</p>{STORY[200:]}</div>"
    )
    assert line in body
    assert all(figure.caption != line for figure in figures)
