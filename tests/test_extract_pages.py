"""Whole pages written for these tests (modelled on real news and press-release layouts)."""

from __future__ import annotations

from pathlib import Path

import pressparse

PAGES = Path(__file__).parent / "fixtures" / "pages"


def parse(name: str, url: str) -> pressparse.Article:
    return pressparse.parse((PAGES / name).read_bytes(), url=url)


def test_news_article_body_is_the_story_only() -> None:
    article = parse("news_article.html", "https://gazette.example/news/2024/03/bridge.html")
    kinds = [block.kind for block in article.body]
    assert kinds == [
        "paragraph",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "blockquote",
        "paragraph",
        "list_item",
        "list_item",
    ]
    text = article.text
    assert text.startswith("The city council voted 31 to 12")
    assert text.endswith("with separate lanes for bicycles")
    for chrome in (
        "cookies",
        "Sport",
        "Home",
        "Local politics",
        "Jane Doe",
        "March 5",
        "Tweet",
        "Advertisement",
        "Related",
        "Ferry fares rise",
        "Tags",
        "two cats",
        "comments",
        "Finally!",
        "Newsletter",
        "Most read",
        "All rights reserved",
        "rendering",
        "Studio Arkitekt",
    ):
        assert chrome not in text, chrome
    assert article.body[3].level == 2
    assert article.dateline is not None
    assert article.dateline.location == "HARBOURTON"


def test_news_article_lead_figure() -> None:
    article = parse("news_article.html", "https://gazette.example/news/2024/03/bridge.html")
    assert len(article.figures) == 1
    figure = article.figures[0]
    assert figure.image_url == "https://gazette.example/media/2024/03/bridge-rendering-full.jpg"
    assert figure.caption == "An artist's rendering of the planned bridge seen from the old quay."
    assert figure.credit == "Studio Arkitekt"
    assert figure.alt == "A rendering of the bridge"


def test_press_release_text_in_a_div_with_line_breaks() -> None:
    article = parse("press_release_br.html", "https://press.northwind.example/r/1")
    texts = [block.text for block in article.body]
    assert all(block.kind == "paragraph" for block in article.body)
    assert texts[0].startswith("Northwind Energy today opened its largest solar park")
    assert texts[2].endswith('before the end of next year."')
    assert "\n" in texts[2]  # a single <br> stays a line break inside the paragraph
    assert texts[-1].startswith("About Northwind Energy\nNorthwind Energy develops")
    for chrome in ("Home", "Investors", "Print", "12 April 2023", "Box 123", "Panels at"):
        assert chrome not in article.text, chrome
    assert article.dateline is not None
    assert article.dateline.location == "VALDERA, Spain"


def test_press_release_figure_uses_the_lazy_full_image_and_base() -> None:
    article = parse("press_release_br.html", "https://press.northwind.example/r/1")
    assert [(f.image_url, f.caption, f.credit) for f in article.figures] == [
        (
            "https://press.northwind.example/releases/img/valdera-park-large.jpg",
            "Panels at the new Valdera park.",
            "Northwind Energy",
        )
    ]
