"""read_metadata end to end: fixture pages, provenance, page elements, trace, hostile input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from pressparse._html.load import load_page
from pressparse._metadata import Metadata, read_metadata
from pressparse._options import Options
from pressparse._trace import Trace

PAGES = Path(__file__).parent / "fixtures" / "metadata"
TODAY = date(2024, 6, 1)


def read(name: str, url: str | None = None, *, trace: Trace | None = None) -> Metadata:
    page = load_page((PAGES / name).read_bytes(), url=url, options=Options())
    if trace is not None:
        Trace.number(page.root)
    return read_metadata(page.root, url=url, base_url=page.base_url, trace=trace, today=TODAY)


def read_html(html: str, url: str | None = None) -> Metadata:
    root = document_fromstring(html)
    return read_metadata(root, url=url, base_url=url, today=TODAY)


def tags_of(meta: Metadata) -> set[tuple[str, str | None]]:
    return {(e.tag, e.get("class")) for e in meta.elements}


# --- fixture pages ---------------------------------------------------------------------------


def test_news_page_with_a_json_ld_graph() -> None:
    meta = read(
        "news_graph.html", "https://ledger.example.com/local/2021/03/05/harbour-cranes-return?utm=x"
    )
    assert meta.title == "Harbour cranes return to the old docks"
    assert meta.kicker == "Local news"
    assert meta.subtitle == "Three cranes restored by volunteers will be lit again on Saturday."
    assert meta.site_name == "The Coastal Ledger"
    assert meta.language == "en-GB"
    assert meta.image == "https://ledger.example.com/media/2021/cranes-1200.jpg"
    assert meta.canonical_url == "https://ledger.example.com/local/2021/03/05/harbour-cranes-return"
    assert meta.published.isoformat() == "2021-03-05T09:30:00+00:00"
    assert meta.modified.isoformat() == "2021-03-06T11:02:00+00:00"
    # The person from the @id reference, the agency as an organization; the site's own name
    # in <meta name="author"> is not a person; the comment author is not an author.
    assert [(b.name, b.organization) for b in meta.bylines] == [
        ("Maya Okafor", None),
        (None, "Reuters"),
    ]
    assert meta.tags == ("Harbour", "Heritage")
    assert meta.provenance["title"] == "visible"
    assert meta.provenance["published"] == "json-ld"
    assert meta.provenance["bylines"] == "json-ld"
    assert meta.provenance["tags"] == "meta:article:tag"
    assert meta.provenance["canonical_url"] == "link-canonical"
    assert meta.provenance["language"] == "html-lang"
    assert {
        ("h1", "story-headline"),
        ("div", "story-kicker"),
        ("p", "story-standfirst"),
        ("div", "byline"),
        ("time", "published"),
    } <= tags_of(meta)
    assert not any(e.get("class") in ("comment-author", "comments") for e in meta.elements)


def test_press_release_with_a_section_label_and_a_dated_line() -> None:
    meta = read(
        "press_release.html", "https://www.stadtwerke-talheim.example/presse/2022/wasserwerk.html"
    )
    assert meta.title == "Neues Wasserwerk geht in Betrieb"
    assert meta.kicker == "Pressemitteilung"
    assert meta.language == "de"
    # The date shown under the headline, not the generic <meta name="date">, not the sidebar.
    assert meta.published == meta.published.__class__(date(2022, 1, 28), "day", "28.01.2022")
    assert meta.provenance["published"] == "visible"
    assert meta.bylines == ()
    assert ("div", "section-label") in tags_of(meta)


def test_wordpress_blog_post() -> None:
    meta = read("blog_wordpress.html", "https://morgenrunde.example.org/2019/02/10/nebel/")
    assert meta.title == "Laufen bei Nebel: fünf Tipps"  # not the site title in the <h1>
    assert meta.provenance["title"] == "visible"
    assert meta.published.isoformat() == "2019-02-10T09:30:10+01:00"
    assert meta.modified.isoformat() == "2019-02-12T20:00:55+01:00"
    assert meta.provenance["published"] == "time"
    assert [b.name for b in meta.bylines] == ["Jonas"]  # the commenter Mia is not
    assert meta.tags == ("Laufen", "Winter")
    assert meta.provenance["tags"] == "rel-tag"
    assert meta.language == "de-DE"


def test_kicker_inside_the_heading_and_a_breadcrumb_h1() -> None:
    meta = read("kicker_heading.html", "https://www.stadtradio.example/news/bruecke-gesperrt")
    assert meta.title == "«Die Brücke bleibt bis Juni gesperrt»"
    assert meta.kicker == "Sanierung verzögert"
    assert meta.language == "de-CH"
    assert meta.site_name == "Stadtradio"
    # JSON-LD in an HTML comment, with a raw tab inside a string, is still read.
    assert meta.description == "Die Sanierung dauert länger. Ein Tab im Text."
    assert meta.published.isoformat() == "2024-04-15T11:38:00+00:00"
    assert [b.name for b in meta.bylines] == ["Lea Brunner"]
    assert ("h2", "article-title") in tags_of(meta)
    assert ("h1", "seo-title") not in tags_of(meta)


def test_page_without_any_metadata() -> None:
    meta = read("no_structure.html")
    assert meta.title == "Minutes of the spring meeting"
    assert meta.published == meta.published.__class__(date(2014, 4, 3), "day", "3 April 2014")
    assert [b.name for b in meta.bylines] == ["Arthur Pendle"]
    assert meta.language is None
    assert meta.site_name is None
    assert meta.image is None


def test_trace_records_the_elements_that_gave_fields() -> None:
    trace = Trace()
    meta = read("news_graph.html", trace=trace)
    rules = {event.rule for event in trace.events}
    assert {"metadata:title", "metadata:kicker", "metadata:subtitle", "metadata:bylines"} <= rules
    assert all(event.action == "field" and event.element_id for event in trace.events)
    assert len(trace.events) >= len(meta.elements)


def test_the_tree_is_not_changed() -> None:
    for name in (
        "news_graph.html",
        "press_release.html",
        "blog_wordpress.html",
        "kicker_heading.html",
    ):
        page = load_page((PAGES / name).read_bytes(), url=None, options=Options())
        before = etree.tostring(page.root)
        read_metadata(page.root, url=None, base_url=None, today=TODAY)
        assert etree.tostring(page.root) == before


# --- rules on small pages --------------------------------------------------------------------


def test_title_tag_affixes_are_stripped_when_nothing_else_is_stated() -> None:
    meta = read_html(
        "<html><head><title>Section - Big story | Example Times</title>"
        '<meta property="og:site_name" content="Example Times"></head><body><p>x</p></body></html>'
    )
    assert meta.title == "Section - Big story"
    assert meta.provenance["title"] == "title"


@pytest.mark.parametrize(
    ("value", "provenance"),
    [
        (
            '<meta property="article:published_time" content="2016-09-28T14:46:12+02:00">',
            "meta:article:published_time",
        ),
        ('<meta name="dc.date.issued" content="2016-09-28T14:46:12+02:00">', "meta:dc.date.issued"),
        (
            '<meta name="parsely-pub-date" content="2016-09-28T14:46:12+02:00">',
            "meta:parsely-pub-date",
        ),
        ('<meta name="sailthru.date" content="2016-09-28T14:46:12+02:00">', "meta:sailthru.date"),
        (
            '<meta itemprop="datePublished" content="2016-09-28T14:46:12+02:00">',
            "meta:datepublished",
        ),
        (
            '<meta name="citation_publication_date" content="2016/09/28">',
            "meta:citation_publication_date",
        ),
    ],
)
def test_published_date_meta_keys(value: str, provenance: str) -> None:
    meta = read_html(f"<html><head>{value}</head><body><h1>Story</h1></body></html>")
    assert meta.published.value.isoformat().startswith("2016-09-28")
    assert meta.provenance["published"] == provenance


def test_offsets_are_kept_and_modified_stays_apart() -> None:
    meta = read_html(
        "<html><head>"
        '<meta property="article:published_time" content="2016-09-28T14:46:12+05:30">'
        '<meta property="article:modified_time" content="2016-09-29T08:00:00-04:00">'
        "</head><body><h1>Story</h1></body></html>"
    )
    assert meta.published.value.utcoffset() == timedelta(hours=5, minutes=30)
    assert meta.modified.value.utcoffset() == timedelta(hours=-4)


def test_date_in_the_post_footer_when_none_is_near_the_headline() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the story, long enough.</p>" for i in range(260))
    meta = read_html(
        '<html><body><article class="post"><h1>A walk in May</h1>'
        f'<div class="post-body">{paragraphs}</div>'
        '<div class="post-footer"><span class="post-date">Posted 12 May 2023</span></div>'
        '<div class="comments"><span class="comment-date">14 May 2023</span></div>'
        "</article></body></html>"
    )
    assert meta.published is not None
    assert meta.published.value == date(2023, 5, 12)
    assert meta.provenance["published"] == "visible"


def test_day_first_date_in_the_url() -> None:
    meta = read_html("<html><body><h1>Flood</h1></body></html>", url="https://e.example/29-10-2021")
    assert meta.published is not None
    assert (meta.published.value, meta.provenance["published"]) == (date(2021, 10, 29), "url")
    meta = read_html("<html><body><h1>Flood</h1></body></html>", url="https://e.example/05-10-2021")
    assert meta.published is None  # 5 October or 10 May: not certain


def test_future_and_epoch_dates_are_rejected() -> None:
    meta = read_html(
        "<html><head>"
        '<meta property="article:published_time" content="2099-01-01T00:00:00Z">'
        '<meta name="date" content="1970-01-01">'
        "</head><body><h1>Story</h1></body></html>",
        url="https://example.com/2016/09/28/story",
    )
    assert meta.published.isoformat() == "2016-09-28"
    assert meta.provenance["published"] == "url"


def test_utc_metadata_is_shown_in_the_page_offset() -> None:
    meta = read_html(
        "<html><head>"
        '<meta property="article:published_time" content="2023-11-09T05:30:59Z">'
        '</head><body><h1>Mayor wins</h1><div class="date">Nov 8, 2023, 11:30 pm</div>'
        "<p>Text.</p></body></html>"
    )
    assert meta.published.value == datetime(2023, 11, 9, 5, 30, 59, tzinfo=timezone.utc)
    assert meta.published.isoformat() == "2023-11-08T23:30:59-06:00"


def test_microdata_article() -> None:
    meta = read_html(
        '<html><body><div itemscope itemtype="http://schema.org/BlogPosting">'
        '<h1 itemprop="headline">Micro story</h1>'
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Ann Lee</span></span>'
        '<time itemprop="datePublished" datetime="2020-02-02">2 Feb</time>'
        '<meta itemprop="image" content="/i.jpg">'
        "</div>"
        '<div itemscope itemtype="http://schema.org/Comment">'
        '<span itemprop="author">Troll</span></div>'
        "</body></html>",
        url="https://example.com/a/b",
    )
    assert meta.title == "Micro story"
    assert [b.name for b in meta.bylines] == ["Ann Lee"]
    assert meta.provenance["bylines"] == "microdata"
    assert meta.published.isoformat() == "2020-02-02"
    assert meta.image == "https://example.com/i.jpg"


def test_agency_and_staff_bylines() -> None:
    meta = read_html(
        "<html><body><h1>Quake hits coast</h1>"
        '<p class="byline">By Reuters Staff</p><p>Text.</p></body></html>'
    )
    assert [(b.name, b.role, b.organization) for b in meta.bylines] == [(None, "Staff", "Reuters")]


def test_junk_never_becomes_a_name() -> None:
    meta = read_html(
        "<html><body><h1>Story</h1>"
        '<div class="author-box">'
        '<a class="author-twitter" href="https://twitter.com/x">Follow on Twitter</a>'
        '<a class="author-email" href="mailto:a@b.c">Email the author</a></div>'
        '<div class="byline">By <a href="/author/ann-lee/">Ann Lee</a> Updated 3 hours ago</div>'
        "</body></html>"
    )
    assert [b.name for b in meta.bylines] == ["Ann Lee"]


def test_author_box_after_the_text_and_post_footer() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story, long enough to read.</p>" for i in range(260)
    )
    meta = read_html(
        '<html><body><div class="post hentry"><h2 class="post-title">A walk in May</h2>'
        f'<div class="post-body">{paragraphs}</div>'
        '<div class="post-footer"><span class="post-author vcard">Posted by '
        '<span class="fn">Ann Lee</span></span></div>'
        '<div class="comments"><div class="comment-author">Bo Ek</div></div>'
        "</div></body></html>"
    )
    assert [b.name for b in meta.bylines] == ["Ann Lee"]
    assert meta.provenance["bylines"] == "visible"


def test_bold_first_paragraph_byline() -> None:
    meta = read_html(
        "<html><body><article><h1>Mining blasts shatter homes</h1>"
        '<div class="entry-content"><p><strong>Mara Sebu/Moha Phak</strong></p>'
        "<p>A mine near the village has cracked the walls of forty houses.</p>"
        "</div></article></body></html>"
    )
    assert [b.name for b in meta.bylines] == ["Mara Sebu", "Moha Phak"]


def test_a_personal_site_named_for_its_owner() -> None:
    meta = read_html(
        '<html><head><meta property="og:site_name" content="Wolf Schmal">'
        '<meta name="author" content="Wolf Schmal"></head>'
        "<body><h1>A new study</h1><p>Text.</p></body></html>",
        url="https://wolfschmal.example/2020/01/study/",
    )
    assert [b.name for b in meta.bylines] == ["Wolf Schmal"]
    meta = read_html(
        '<html><head><meta property="og:site_name" content="Le Figaro">'
        '<meta name="author" content="Le Figaro"></head>'
        "<body><h1>A new study</h1><p>Text.</p></body></html>",
        url="https://lefigaro.example/2020/01/study/",
    )
    assert [(b.name, b.organization) for b in meta.bylines] == [(None, "Le Figaro")]


def test_von_colon_in_an_information_line_and_the_site_short_name() -> None:
    meta = read_html(
        '<html><head><meta property="og:site_name" content="Radio Beispiel (RBX)"></head>'
        "<body><h1>Talks resume in Geneva</h1>"
        '<ul><li class="information-item">Von: <span class="person-link"><a href="/ann-lee">'
        "Ann  LEE</a>,</span> <span>rbx/kesm</span></li></ul><p>Text.</p></body></html>"
    )
    names = [b.name for b in meta.bylines if b.name]
    assert names[0] == "Ann LEE"
    assert "rbx" not in names


def test_same_person_from_two_sources_once() -> None:
    meta = read_html(
        '<html><head><meta name="author" content="Ann Lee"></head>'
        '<body><h1>Story</h1><div class="byline">By ANN LEE and Bo Ek</div></body></html>'
    )
    # The visible byline adds a co-author; the person both sources name comes once.
    assert [b.name for b in meta.bylines] == ["Ann Lee", "Bo Ek"]
    meta = read_html(
        '<html><body><h1>Story</h1><div class="byline">By Ann Lee and ann lee</div></body></html>'
    )
    assert [b.name for b in meta.bylines] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("head", "language", "source"),
    [
        ('<meta property="og:locale" content="pt_BR">', "pt-BR", "opengraph"),
        ('<meta http-equiv="content-language" content="fr-ca">', "fr-CA", "meta:content-language"),
    ],
)
def test_language_from_meta(head: str, language: str, source: str) -> None:
    meta = read_html(f"<html><head>{head}</head><body><h1>T</h1></body></html>")
    assert (meta.language, meta.provenance["language"]) == (language, source)


def test_tags_from_keywords_and_json_ld() -> None:
    meta = read_html(
        '<html><head><meta name="news_keywords" content="a, b; c"></head><body></body></html>'
    )
    assert meta.tags == ("a", "b", "c")
    meta = read_html(
        '<html><head><script type="application/ld+json">'
        '{"@type": "Article", "headline": "T", "keywords": ["x", "y"]}'
        "</script></head><body></body></html>"
    )
    assert meta.tags == ("x", "y")
    assert meta.provenance["tags"] == "json-ld"


def test_unsafe_urls_are_dropped() -> None:
    meta = read_html(
        '<html><head><meta property="og:image" content="javascript:alert(1)">'
        '<link rel="canonical" href="data:text/html,x"></head><body></body></html>',
        url="https://example.com/a",
    )
    assert meta.image is None
    assert meta.canonical_url is None


def test_broken_json_ld_gives_a_warning() -> None:
    meta = read_html(
        '<html><head><script type="application/ld+json">{"a": </script></head><body></body></html>'
    )
    assert any("JSON-LD" in w for w in meta.warnings)


# --- hostile input -----------------------------------------------------------------------------

_TAGS = ["div", "span", "p", "h1", "h2", "time", "a", "meta", "article", "header", "nav", "script"]
_CLASSES = ["byline", "author", "date", "kicker", "headline", "comments", "entry-title", "", "dek"]


@st.composite
def pages(draw: st.DrawFn) -> str:
    parts = ["<html><head>"]
    for _ in range(draw(st.integers(0, 4))):
        key = draw(
            st.sampled_from(
                ["og:title", "author", "article:published_time", "og:locale", "keywords"]
            )
        )
        parts.append(f'<meta property="{key}" content="{draw(st.text(max_size=30))}">')
    if draw(st.booleans()):
        parts.append(f'<script type="application/ld+json">{draw(st.text(max_size=60))}</script>')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(_TAGS))
        cls = draw(st.sampled_from(_CLASSES))
        text = draw(st.text(max_size=40)).replace("<", " ").replace("&", " ")
        parts.append(f'<{tag} class="{cls}" datetime="{text}">{text}</{tag}>')
    parts.append("</body></html>")
    return "".join(parts)


@settings(max_examples=80, deadline=None)
@given(pages(), st.sampled_from([None, "https://example.com/2016/09/28/x", "not a url"]))
def test_any_page_reads_without_raising(html: str, url: str | None) -> None:
    root = document_fromstring(html)
    meta = read_metadata(root, url=url, base_url=None, today=TODAY)
    assert isinstance(meta, Metadata)
    assert all(isinstance(e, HtmlElement) for e in meta.elements)
    for value in (meta.title, meta.kicker, meta.subtitle, meta.site_name, meta.description):
        assert value is None or (isinstance(value, str) and value)
    assert set(meta.provenance) <= {
        "title",
        "subtitle",
        "kicker",
        "site_name",
        "language",
        "description",
        "image",
        "canonical_url",
        "published",
        "modified",
        "bylines",
        "tags",
    }


def test_deep_and_wide_pages_finish() -> None:
    deep = "<div class='byline'>" * 3000 + "By Ann Lee" + "</div>" * 3000
    wide = "<p class='date'>1.1.2020</p>" * 5000
    for body in (deep, wide, "<h1>" + "x" * 100_000 + "</h1>", "<h2>T</h2>" * 3000):
        read_html(f"<html><body>{body}</body></html>")
