"""JSON-LD: lenient reading, graph walking and the choice of the article node."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._metadata.jsonld import load_jsonld, node_types, read_jsonld_page, text_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"headline": "A"}', [{"headline": "A"}]),
        ('{"headline": "A",}', [{"headline": "A"}]),
        ('{"keywords": ["a", "b",],}', [{"keywords": ["a", "b"]}]),
        ('{"headline": "line one\nline two\tend"}', [{"headline": "line one\nline two\tend"}]),
        ('<!-- {"a": 1} -->', [{"a": 1}]),
        ('//<![CDATA[\n{"a": 1}\n//]]>', [{"a": 1}]),
        ('{"a": 1}\n{"b": 2}', [{"a": 1}, {"b": 2}]),
        ('{"a": 1};{"b": 2}', [{"a": 1}, {"b": 2}]),
        ('[{"a": 1}, {"b": 2}]', [[{"a": 1}, {"b": 2}]]),
        ("not json at all", []),
        ("", []),
        ('{"a": 1} trailing words', [{"a": 1}]),
    ],
)
def test_lenient_reading(text: str, expected: list[object]) -> None:
    assert load_jsonld(text) == expected


def test_types_are_normalised() -> None:
    assert node_types({"@type": "http://schema.org/NewsArticle"}) == {"newsarticle"}
    assert node_types({"@type": ["BlogPosting", "schema:Article"]}) == {"blogposting", "article"}
    assert node_types({"@type": 3}) == frozenset()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Ann   Lee ", "Ann Lee"),
        ({"@type": "Person", "name": "Ann Lee"}, "Ann Lee"),
        ([{"name": "First"}, {"name": "Second"}], "First"),
        ({"@value": "Text"}, "Text"),
        ("Caf&eacute; &amp; Bar", "Café & Bar"),
        (2016, "2016"),
        (None, None),
        (True, None),
        ([], None),
    ],
)
def test_text_of(value: object, expected: str | None) -> None:
    assert text_of(value) == expected


def _page(*objects: object) -> list[str]:
    return [json.dumps(o) for o in objects]


def test_article_found_at_any_graph_depth_and_references_resolve() -> None:
    page = read_jsonld_page(
        _page(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "Site"},
                    {
                        "@type": "WebPage",
                        "mainEntity": {
                            "@type": ["ReportageNewsArticle"],
                            "headline": "Deep",
                            "author": {"@id": "#p1"},
                        },
                    },
                    {"@type": "Person", "@id": "#p1", "name": "Ann Lee"},
                ],
            }
        )
    )
    assert page.article is not None
    assert page.article.data["headline"] == "Deep"
    assert page.resolve(page.article.data["author"])["name"] == "Ann Lee"
    assert page.page is not None
    assert "webpage" in page.page.types


def test_listed_articles_are_not_the_page_article() -> None:
    page = read_jsonld_page(
        _page(
            {
                "@type": "ItemList",
                "itemListElement": [
                    {
                        "@type": "NewsArticle",
                        "headline": "Teaser one",
                        "datePublished": "2020-01-01",
                    },
                    {"@type": "NewsArticle", "headline": "Teaser two"},
                ],
            },
            {"@type": "BlogPosting", "headline": "The post"},
        )
    )
    assert page.article.data["headline"] == "The post"


def test_the_article_whose_url_is_the_page_wins() -> None:
    page = read_jsonld_page(
        _page(
            {"@type": "NewsArticle", "headline": "Other", "url": "https://example.com/other"},
            {"@type": "NewsArticle", "headline": "Mine", "url": "https://example.com/mine/"},
        ),
        urls=["https://example.com/mine?ref=rss"],
    )
    assert page.article.data["headline"] == "Mine"


def test_broken_scripts_are_counted() -> None:
    page = read_jsonld_page(["{broken", '{"@type": "Article", "headline": "Fine"}'])
    assert page.broken == 1
    assert page.article.data["headline"] == "Fine"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_script_text_reads_without_raising(text: str) -> None:
    read_jsonld_page([text, "{" + text, text + "}"])


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    deep = "[" * 50_000 + "]" * 50_000
    read_jsonld_page([deep, '{"a":' * 20_000 + "1" + "}" * 20_000])
