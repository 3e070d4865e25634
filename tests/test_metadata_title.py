"""Titles: comparison keys, site affixes, and the choice among stated and visible titles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import document_fromstring

from pressparse._metadata.language import normalize_language
from pressparse._metadata.resolve import Candidate, choose_title
from pressparse._metadata.title import (
    affix_relation,
    split_title,
    strip_site_affixes,
    title_key,
    token_overlap,
)
from pressparse._metadata.visible import Heading


def test_title_key_ignores_case_quotes_dashes_and_spacing() -> None:
    assert title_key("  “Hello”  —  World. ") == title_key('"hello" - world')
    assert title_key("Soft\u00adhyphen") == title_key("Softhyphen")


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Rasende Polizisten - strafprozess.ch", ["strafprozess"], "Rasende Polizisten"),
        ("Big story | Example Times", ["Example Times"], "Big story"),
        ("Example Times | Big story", ["Example Times"], "Big story"),
        ("Big story | Sport | BILD.de", ["BILD.de"], "Big story | Sport"),
        ("Laufen bei Nebel › Morgenrunde", ["Morgenrunde"], "Laufen bei Nebel"),
        ("Headline:phpspot開発日誌", ["phpspot開発日誌"], "Headline"),
        ("Example Times", ["Example Times"], "Example Times"),
        ("Spider-Man returns - Cinema Weekly", ["Cinema Weekly"], "Spider-Man returns"),
        ("No site here", [], "No site here"),
    ],
)
def test_site_affixes(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_affixes(title, sites) == expected


@pytest.mark.parametrize(
    ("short", "long", "relation"),
    [
        ("Big story", "Big story | Example Times", "site"),
        ("Big story", "Example Times - Big story", "site"),
        ("Big story", "Breaking: Big story", "kicker"),
        ("Breaking", "Breaking: Big story", None),
        ("Vanille", "Vanille-Hafer-Porridge", None),
        ("Big", "Big story", None),
        ("«Die Brücke bleibt»", "Verkehr: «Die Brücke bleibt»", "kicker"),
        ("»Haltet sauber!«", "»Haltet sauber!« - Der Blog", "site"),
        ("Same", "Same", None),
        ("A long headline about the budget", "A long headline about the budget : Politik", "site"),
        ("Short head", "Short head: a much longer headline after it", None),
        ("映画祭の受賞作が決まった", "映画祭の受賞作が決まった：東京新聞デジタル", "site"),
        ("映画祭の受賞作が決まった", "映画祭の受賞作が決まった-新聞网", "site"),
        ("新製品を発売", "新製品を発売。 | 株式会社サンプル", "site"),
    ],
)
def test_affix_relation(short: str, long: str, relation: str | None) -> None:
    assert affix_relation(short, long) == relation


def test_split_title() -> None:
    assert split_title("A | B - C") == ["A", "B", "C"]
    assert split_title("Spider-Man: Far From Home") == ["Spider-Man: Far From Home"]


def test_token_overlap_counts_cjk_characters() -> None:
    assert token_overlap("宇航员在太空", "宇航员在太空中") > 0.8
    assert token_overlap("", "x") == 0.0


def _heading(html: str, rank: int = 0, *, excluded: bool = False) -> Heading:
    element = document_fromstring(f"<html><body>{html}</body></html>").find(".//body")[0]
    text = element.text_content().strip()
    return Heading(element, 0, text, rank, excluded=excluded, full_text=text)


def test_visible_heading_wins_over_a_title_tag_with_site() -> None:
    choice = choose_title(
        [Candidate("Big story | Example Times", "opengraph", 1)],
        "Big story | Example Times",
        [_heading("<h1>Big story</h1>")],
        ["Example Times"],
    )
    assert (choice.text, choice.source) == ("Big story", "visible")


def test_stated_titles_that_agree_outvote_a_different_heading() -> None:
    choice = choose_title(
        [
            Candidate("Three agree", "json-ld", 0),
            Candidate("Three agree", "opengraph", 1),
            Candidate("Three agree", "twitter", 2),
        ],
        "A different headline - Site",
        [_heading("<h1>A different headline</h1>")],
        ["Site"],
    )
    assert (choice.text, choice.source) == ("Three agree", "json-ld")
    assert choice.heading is not None  # the page's headline element is still known


def test_a_heading_that_names_the_site_is_not_the_headline() -> None:
    choice = choose_title(
        [],
        "Was ist Virales Marketing? | DimidoBlog",
        [_heading("<h1>DimidoBlog</h1>"), _heading("<h2>Was ist Virales Marketing?</h2>", rank=2)],
        ["dimido.de", "dimido"],
    )
    assert choice.text == "Was ist Virales Marketing?"


def test_a_lone_h1_beats_a_social_title() -> None:
    choice = choose_title(
        [Candidate("Short social title", "opengraph", 1)],
        "Short social title",
        [_heading("<h1>The long visible headline of the article</h1>")],
        [],
    )
    assert choice.text == "The long visible headline of the article"


def test_furniture_headings_come_last() -> None:
    choice = choose_title(
        [Candidate("Story", "opengraph", 1)],
        None,
        [_heading("<h1>Story</h1>", excluded=True), _heading("<h2>Story</h2>", rank=2)],
        [],
    )
    assert choice.heading is not None
    assert choice.heading.element.tag == "h2"


def test_no_sources_no_title() -> None:
    assert choose_title([], None, [], []) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en_US", "en-US"),
        ("EN", "en"),
        ("de-ch", "de-CH"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("es-419", "es-419"),
        ("en-US, fr", "en-US"),
        ("fr;q=0.8", "fr"),
        ("und", None),
        ("{{lang}}", None),
        ("english", None),
        ("", None),
        (None, None),
    ],
)
def test_language_tags(value: str | None, expected: str | None) -> None:
    assert normalize_language(value) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=30), max_size=3))
def test_title_helpers_never_raise(text: str, sites: list[str]) -> None:
    strip_site_affixes(text, sites)
    split_title(text)
    affix_relation(text, text + " | x")
    token_overlap(text, text)
    normalize_language(text)


def test_hostile_titles_finish_quickly() -> None:
    # A long run of spaces between two words once cost time quadratic in its length.
    for text in ("a" + " " * 200_000 + "b", " |" * 50_000, "a" + "\u3000" * 100_000 + "| b"):
        split_title(text)
