"""parse() end to end on fixture pages: the pipeline wires every stage into the Article."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path
from typing import Any

import pytest

from pressparse import Article, parse, parse_file
from pressparse.types import Options

from .conftest import EXAMPLES

URL = "https://news.northwind-rail.example/releases/2024/11/hydrogen-depot-ohio"


@pytest.fixture(scope="module")
def release() -> Article:
    return parse_file(EXAMPLES / "press-release.html", URL)


def test_release_fields(release: Article) -> None:
    assert release.title == "Northwind Rail Opens Its First Hydrogen Depot in Ohio"
    assert release.language == "en-US"
    assert release.canonical_url == URL
    assert (
        release.published is not None
        and release.published.isoformat() == "2024-11-05T08:30:00-05:00"
    )


def test_release_dateline_leaves_the_body(release: Article) -> None:
    assert release.dateline is not None
    assert release.dateline.agency == "PRNewswire"
    # The dek opens the body; the story's first paragraph follows without its dateline.
    assert release.body[0].text == release.subtitle
    assert release.body[1].text.startswith("Northwind Rail today opened")
    assert "/PRNewswire/" not in release.text


def test_a_dateline_set_as_a_line_of_its_own_leaves_the_body() -> None:
    story = (
        "<p>After a series of lower-paying jobs, the secretary finally landed one she loved at "
        "the school district, where she worked for eleven years.</p>"
        "<p>Then the district cut its budget, and her job was one of the first to go.</p>"
        "<p>She now drives for a delivery service and studies at night.</p>"
    )
    article = parse(
        "<html><body><article><h1>The jobs that vanished</h1>"
        f"<div class='story'><p><span class='dateline'>AUBURN, Wash. —</span></p>{story}</div>"
        "</article></body></html>"
    )
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.raw) == ("AUBURN, Wash.", "AUBURN, Wash. —")
    assert article.body[0].text.startswith("After a series")
    assert "AUBURN" not in article.text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Chemnitz.", "Chemnitz"),
        ("Berlin/Potsdam.", "Berlin/Potsdam"),
        ("Frankfurt am Main.", None),
    ],
)
def test_a_place_set_as_a_line_of_its_own_is_the_dateline(line: str, place: str | None) -> None:
    lead = "<p class='lead'>Das Hutfestival ist eines der großen Feste der Stadt.</p>"
    story = (
        "<p>Am letzten Maiwochenende wird es so weit sein: Das Hutfestival verwandelt die "
        "Innenstadt wieder in ein Zentrum der Straßenkunst.</p>"
        "<p>Zu den bekanntesten Namen gehört in diesem Jahr eine Artistengruppe aus Kanada.</p>"
    )
    article = parse(
        "<html><body><article><h1>Hutfestival</h1>"
        f"<div class='story'>{lead}<span>{line}</span>{story}</div></article></body></html>"
    )
    assert article.dateline is not None
    assert article.dateline.location == (place or line[:-1])
    assert line not in article.text
    assert article.body[1].text.startswith("Am letzten Maiwochenende")


@pytest.mark.parametrize(
    ("line", "following"),
    [
        (
            "Update.",
            "The council voted on Tuesday to build the bridge, ending a debate that lasted.",
        ),
        ("I.", "In June 1948 an adviser to the military government travelled to the city of Bonn."),
        ("Berlin.", "short line"),  # no story follows
        (
            "berlin.",
            "The council voted on Tuesday to build the bridge, ending a debate that lasted.",
        ),
    ],
)
def test_a_short_line_that_is_no_place_stays(line: str, following: str) -> None:
    article = parse(
        "<html><body><article><h1>Bridge</h1>"
        f"<div class='story'><p>{line}</p><p>{following}</p>"
        "<p>Work starts in spring, officials said, and will take two years to finish.</p>"
        "</div></article></body></html>"
    )
    assert article.dateline is None
    assert article.body[0].text == line


def test_a_short_first_paragraph_that_is_no_dateline_stays() -> None:
    story = (
        "<p>Breaking news.</p><p>The council voted on Tuesday to build the bridge, ending a debate "
        "that has lasted for more than a decade.</p><p>Work starts in spring, officials said.</p>"
    )
    article = parse(f"<html><body><article><h1>Bridge</h1>{story}</article></body></html>")
    assert article.dateline is None
    assert article.body[0].text == "Breaking news."


_STORY = (
    "<p>The council voted on Tuesday to build the bridge, ending a debate that has lasted for "
    "more than a decade.</p><p>Work starts in spring, officials said.</p>"
    "<p>Residents who opposed the plan said they would keep an eye on the costs.</p>"
)
_AUTHORS = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge", '
    '"author": [{"@type": "Person", "name": "Duncan Walker"}, '
    '{"@type": "Person", "name": "Ana Ruiz"}]}</script>'
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<p>Duncan Walker</p>", ""),
        ("", "<p>Duncan Walker, Ana Ruiz</p>"),
        ("<p>By Duncan Walker and Ana Ruiz</p>", ""),
        ("", "<p>Text: ana ruiz</p>"),
    ],
)
def test_a_line_that_only_names_the_authors_leaves_the_body(before: str, after: str) -> None:
    article = parse(
        f"<html><head>{_AUTHORS}</head><body><article><h1>Bridge</h1>"
        f"<div class='story'>{before}{_STORY}{after}</div></article></body></html>"
    )
    assert [b.name for b in article.bylines] == ["Duncan Walker", "Ana Ruiz"]
    assert article.body[0].text.startswith("The council voted")
    assert article.body[-1].text.startswith("Residents who opposed")


@pytest.mark.parametrize(
    "line",
    [
        "<p>Duncan Walker, BBC News, Washington</p>",  # more than the names: a credit line
        "<p>Duncan Walker said the plan was sound.</p>",
    ],
)
def test_a_line_with_more_than_the_authors_names_stays(line: str) -> None:
    article = parse(
        f"<html><head>{_AUTHORS}</head><body><article><h1>Bridge</h1>"
        f"<div class='story'>{line}{_STORY}</div></article></body></html>"
    )
    assert article.body[0].text == line[3:-4]


def test_a_short_story_opened_by_a_by_line_keeps_its_text() -> None:
    # The story's container holds less text than a byline may: the line is its first paragraph,
    # not the container (which would take the whole story out of the body).
    article = parse(
        "<html><body><article><h1>Bridge</h1><div class='story'>"
        f"<p>By Duncan Walker and Ana Ruiz</p>{_STORY}</div></article></body></html>"
    )
    assert [b.name for b in article.bylines] == ["Duncan Walker", "Ana Ruiz"]
    assert len(article.body) == 3
    assert article.body[0].text.startswith("The council voted")


def test_the_authors_name_inside_the_story_stays() -> None:
    story = _STORY.replace("</p><p>Work", "</p><p>Ana Ruiz</p><p>Work", 1)
    article = parse(
        f"<html><head>{_AUTHORS}</head><body><article><h1>Bridge</h1>"
        f"<div class='story'><p>Duncan Walker</p>{story}</div></article></body></html>"
    )
    assert [b.text for b in article.body][:3] == [
        "The council voted on Tuesday to build the bridge, ending a debate that has lasted for "
        "more than a decade.",
        "Ana Ruiz",
        "Work starts in spring, officials said.",
    ]


def test_release_body_has_no_chrome(release: Article) -> None:
    for chrome in (
        "cookies",
        "Share on X",
        "Related releases",
        "Subscribe",
        "All rights reserved",
        "Media kit",
    ):
        assert chrome not in release.text


def test_release_has_quotes_with_offsets_into_text(release: Article) -> None:
    assert release.quotes
    for quote in release.quotes:
        assert release.text[quote.start : quote.end] == quote.text


def test_provenance_names_a_source_for_every_value(release: Article) -> None:
    for field in ("title", "published", "canonical_url", "body", "dateline"):
        assert field in release.provenance


def test_parse_file_and_parse_agree_and_gzip_is_read(tmp_path: Path) -> None:
    raw = (EXAMPLES / "press-release.html").read_bytes()
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(raw))
    assert parse_file(packed, URL) == parse(raw, URL)


def test_options_as_mapping_and_switches() -> None:
    raw = (EXAMPLES / "press-release.html").read_bytes()
    article = parse(raw, URL, options={"quotes": False, "figures": False})
    assert article.quotes == () and article.figures == ()
    with pytest.raises(TypeError):
        parse(raw, options={"no_such_option": 1})
    with pytest.raises(ValueError, match="max_bytes"):
        Options(max_bytes=0)


def test_page_without_article_gives_empty_body_and_warning() -> None:
    article = parse(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert article.body == ()
    assert any(w.startswith("content:") for w in article.warnings)


def test_parse_is_deterministic_and_thread_safe(fixture_page: Any) -> None:
    pages = [fixture_page("press-release.html"), fixture_page("news-article.html")]
    expected = [parse(p) for p in pages]
    results: list[list[Article]] = []

    def work() -> None:
        results.append([parse(p) for p in pages * 3])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got in results:
        assert got == expected * 3


def test_a_caption_that_only_repeats_the_credit_is_no_caption() -> None:
    paragraph = (
        "<p>" + "The theatre group played in the empty hotel for three nights. " * 4 + "</p>"
    )
    page = (
        "<html><body><article><h1>Hotel Lunik</h1>"
        + paragraph
        + '<figure><img src="https://example.org/a.jpg" alt="The hall (Source: imago images/Pemax)">'
        "<figcaption>imago images/Pemax</figcaption></figure>"
        + paragraph
        + "</article></body></html>"
    )
    figure = parse(page, "https://example.org/story").figures[0]
    assert (figure.caption, figure.credit) == (None, "imago images/Pemax")


STORY_PARAGRAPHS = (
    "<p>The council voted on Tuesday to build a bridge across the harbour, ending a long "
    "debate.</p><p>Work starts in spring and should take two years, officials said at the "
    "meeting.</p><p>Ferries will keep running until the bridge opens to walkers and cyclists.</p>"
)


def test_the_dek_opens_the_body_and_stays_the_subtitle() -> None:
    article = parse(
        "<html><body><article><h1>Harbour bridge approved</h1>"
        "<p class='dek'>A decade of debate ends with a vote of 31 to 12.</p>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == "A decade of debate ends with a vote of 31 to 12."
    assert article.body[0].text == article.subtitle
    assert article.body[1].text.startswith("The council voted")
    assert article.text.count("A decade of debate") == 1


def test_a_lead_picture_caption_is_no_dek_and_stays_out_of_the_body() -> None:
    article = parse(
        "<html><body><article><h1>Harbour bridge approved</h1>"
        "<figure class='lead-image'><img src='/b.jpg' alt=''><figcaption>The planned bridge "
        "seen from the old quay.</figcaption></figure>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle is None
    assert "old quay" not in article.text
    assert article.body[0].text.startswith("The council voted")


def test_a_page_without_a_story_gets_no_body_from_its_dek() -> None:
    article = parse(
        "<html><body><h1>Harbour bridge approved</h1>"
        "<p class='dek'>A decade of debate ends with a vote of 31 to 12.</p></body></html>"
    )
    assert article.body == ()


def test_a_body_field_named_with_summary_is_no_dek() -> None:
    # Drupal's body field is "field--type-text-with-summary"; an ad label may open it.
    article = parse(
        "<html><body><article><h1>Harbour bridge approved</h1>"
        "<div class='field field--type-text-with-summary'><h3 class='ad-label'>Advertisement "
        f"300x250</h3>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle is None
    assert article.body[0].text.startswith("The council voted")


@pytest.mark.parametrize("name", ["article-preface", "sommario", "ingress"])
def test_dek_names_in_other_languages(name: str) -> None:
    article = parse(
        "<html><body><article><h1>Harbour bridge approved</h1>"
        f"<div class='{name}'>A decade of debate ends with a vote of 31 to 12.</div>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == "A decade of debate ends with a vote of 31 to 12."


@pytest.mark.parametrize(
    ("below_headline", "subtitle"),
    [
        # An author's name in a box named for the lead is a byline, not a dek.
        ("<div class='intro'>Christian Unger</div>", None),
        # A link to another story is no dek.
        (
            "<div class='intro'><a href='/other'>Another story about the harbour and its boats</a></div>",
            None,
        ),
        # A prompt, a rating, a picture credit, a link, a date line, a note in brackets.
        ("<div class='subtitle'>Turn on notifications for this story:</div>", None),
        ("<div class='subtitle'>Average: 4.6 (7 ratings)</div>", None),
        ("<div class='subtitle'>Birgit Kelle (Bild: Facebook)</div>", None),
        ("<div class='subtitle'>via Horizont https://ift.tt/2loCdek</div>", None),
        ("<div class='subtitle'>Hamburg, 2. November 2021</div>", None),
        ("<div class='subtitle'>Handball Schweiz • 02.02.2022</div>", None),
        ("<div class='subtitle'>(Share of the daily need in percent)</div>", None),
    ],
)
def test_what_is_no_dek(below_headline: str, subtitle: str | None) -> None:
    article = parse(
        f"<html><body><article><h1>Harbour bridge approved</h1>{below_headline}"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == subtitle
    assert article.body[0].text.startswith("The council voted")


@pytest.mark.parametrize(
    ("below_headline", "subtitle"),
    [
        # A plain paragraph in the article's header, after the headline: the dek.
        (
            "<p>A decade of debate ends with a vote of 31 to 12 in the city council.</p>",
            "A decade of debate ends with a vote of 31 to 12 in the city council.",
        ),
        # The header's meta line, a notice box, a short label: no dek.
        ("<p class='entry-meta'>By Ela on 31 October 2023 | 18 comments on this post.</p>", None),
        (
            "<aside><p>This report was taken over from a news agency without editing.</p></aside>",
            None,
        ),
        ("<p>Harbour news and more.</p>", None),
    ],
)
def test_a_plain_paragraph_in_the_header_is_the_dek(
    below_headline: str, subtitle: str | None
) -> None:
    article = parse(
        f"<html><body><article><header><h1>Harbour bridge approved</h1>{below_headline}"
        f"</header><div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == subtitle
    if subtitle is not None:
        assert article.body[0].text == subtitle
    assert article.text.count("The council voted") == 1


@pytest.mark.parametrize("between", [True, False])
def test_a_paragraph_between_the_headline_and_the_byline_is_the_dek(between: bool) -> None:
    dek = (
        "<div>Drei uralte Städte tauchen im Regenwald auf. Was offenbaren sie über die Maya?</div>"
    )
    byline = "<div><address>Von <a href='/autor/paulina'>Paulina Cwiartka</a></address></div>"
    head = f"{dek}{byline}" if between else f"{byline}{dek}"
    article = parse(
        "<html><head><title>Maya-Städte entdeckt | Zeitung</title></head><body><article><div>"
        "<hgroup><h2>Maya-Städte entdeckt</h2></hgroup>"
        f"{head}</div><div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    if between:
        assert article.subtitle is not None and article.subtitle.startswith("Drei uralte Städte")
        assert article.body[0].text == article.subtitle
    else:
        assert article.subtitle is None
    assert [b.name for b in article.bylines] == ["Paulina Cwiartka"]


def test_a_short_dek_stays_the_subtitle_but_not_the_body() -> None:
    article = parse(
        "<html><body><article><h1>Harbour bridge approved</h1>"
        "<p class='dek'>Historic vote tonight</p>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == "Historic vote tonight"
    assert article.body[0].text.startswith("The council voted")


def test_a_block_showing_the_page_summary_under_the_headline_is_the_dek() -> None:
    summary = "A decade of debate ends as the council backs a bridge across the harbour."
    article = parse(
        f"<html><head><meta property='og:description' content='{summary}'></head><body>"
        f"<article><h1>Harbour bridge approved</h1><div class='x1'>{summary}</div>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle == summary
    assert article.body[0].text == summary


@pytest.mark.parametrize(
    "dek",
    [
        # named "teaser", which elsewhere names another story's summary
        "<p class='teaser'>{summary}</p>",
        # opening with a link to a topic page
        "<p><a href='/topics/bridges'>A decade</a> {rest}</p>",
        # followed by date lines, which are no running text
        "<p>{summary}</p><p class='info'>Jane Doe <time datetime='2024-04-24'>24.04.2024</time>"
        "</p><p class='info'>Updated <time datetime='2024-04-25'>25.04.2024</time></p>",
        # its text in spans, opening with the story's place
        "<div class='copy-lg'><span class='muted'>Hamburg.</span> <span>{summary}</span></div>",
    ],
)
def test_the_page_summary_right_under_the_headline_is_the_dek(dek: str) -> None:
    summary = "A decade of debate ends as the council backs a bridge across the harbour."
    shown = dek.format(summary=summary, rest=summary.removeprefix("A decade "))
    article = parse(
        f"<html><head><meta property='og:description' content='{summary}'></head><body>"
        f"<article><header><h1>Harbour bridge approved</h1>{shown}</header>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle is not None and article.subtitle.endswith(summary)
    assert article.body[0].text.endswith(summary)
    assert article.body[1].text.startswith("The council voted")


def test_a_photo_caption_given_as_the_summary_is_no_dek() -> None:
    caption = "Ready for the fight of the century: the two boxers at the weigh-in on Friday."
    article = parse(
        f"<html><head><meta name='description' content='{caption}'></head><body>"
        "<article><h1>Two boxers meet for the crown</h1><figure><img src='/a.jpg'>"
        f"<figcaption><div><span>{caption}</span></div></figcaption></figure>"
        f"<div class='article-body'>{STORY_PARAGRAPHS}</div></article></body></html>"
    )
    assert article.subtitle is None
    assert caption not in article.text


def test_the_story_first_paragraph_in_spans_is_no_dek() -> None:
    first = "For two decades, the council debated a bridge across the harbour and never voted."
    article = parse(
        f"<html><head><meta name='description' content='{first}'></head><body>"
        "<article><h1>Harbour bridge approved</h1><div class='article__body'>"
        f"<div class='block'><div class='c1'><span>{first}</span></div></div>"
        f"<div class='block'>{STORY_PARAGRAPHS}</div></div></article></body></html>"
    )
    assert article.subtitle is None
    assert article.body[0].text == first


def test_a_first_paragraph_matching_the_summary_stays_the_first_paragraph() -> None:
    summary = (
        "The council voted on Tuesday to build a bridge across the harbour, ending a long debate."
    )
    article = parse(
        f"<html><head><meta name='description' content='{summary}'></head><body>"
        f"<article><h1>Harbour bridge approved</h1><div class='article-body'>{STORY_PARAGRAPHS}"
        "</div></article></body></html>"
    )
    assert article.subtitle is None
    assert article.body[0].text == summary
