"""Tests for main-content extraction: locating the story, typed blocks, text, chrome around it."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement, document_fromstring, fragment_fromstring

import pressparse
from pressparse._extract.content import ContentHints, extract_content
from pressparse._extract.stats import LINK, PROSE, SIZE, element_stats
from pressparse._html.clean import apply_cleaners, resolve_cleaners
from pressparse._html.text import BLOCK_TAGS, element_text, normalize_space, normalize_text
from pressparse._model import Block
from pressparse._trace import Trace

P1 = (
    "The council voted on Tuesday to build the bridge, ending a debate that has lasted for more"
    " than a decade and divided the city."
)
P2 = (
    "The bridge will connect the old quay with the new district and open in 2027, officials said"
    " after the vote."
)
P3 = (
    "Opponents said the money would be better spent on the ferry, which carries nine thousand"
    " passengers a day, and on the roads."
)


def extract(body: str, *, title: str | None = None, clean: bool = True) -> tuple[Block, ...]:
    root = document_fromstring(f"<html><body>{body}</body></html>")
    if clean:
        apply_cleaners(root, resolve_cleaners(None))
    return extract_content(root, base_url=None, hints=ContentHints(title=title)).blocks


def texts(blocks: tuple[Block, ...]) -> list[str]:
    return [block.text for block in blocks]


def story_with(line: str, *, at: int) -> tuple[Block, ...]:
    """The blocks of a story of P1, P2 and P3 with ``line`` (HTML) as a paragraph at ``at``."""
    paragraphs = [P1, P2, P3]
    paragraphs.insert(at, line)
    return extract("<div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>")


# --- typed blocks -------------------------------------------------------------------------------

BLOCKS = [
    (
        f"<div><h2>Section</h2><p>{P1}</p></div>",
        [("heading", "Section", 2), ("paragraph", P1, None)],
    ),
    (
        f"<div><p>{P1}</p><h3>Sub <em>head</em></h3><p>{P2}</p></div>",
        [("paragraph", P1, None), ("heading", "Sub head", 3), ("paragraph", P2, None)],
    ),
    (
        f"<div><p>{P1}</p><blockquote><p>{P2}</p><p>{P3}</p></blockquote></div>",
        [("paragraph", P1, None), ("blockquote", P2, None), ("blockquote", P3, None)],
    ),
    (
        f"<div><p>{P1}</p><ul><li>One item</li><li>Two<ul><li>Nested</li></ul></li></ul></div>",
        [
            ("paragraph", P1, None),
            ("list_item", "One item", 1),
            ("list_item", "Two", 1),
            ("list_item", "Nested", 2),
        ],
    ),
    (
        f"<div><p>{P1}</p><pre>def f():\n    return 1\n</pre></div>",
        [("paragraph", P1, None), ("preformatted", "def f():\n    return 1", None)],
    ),
    (
        f"<div><p>{P1}</p><table><tr><th>City</th><th>Votes</th></tr>"
        "<tr><td>North</td><td>31</td></tr></table></div>",
        [("paragraph", P1, None), ("table", "City\tVotes\nNorth\t31", None)],
    ),
]


@pytest.mark.parametrize(("html", "expected"), BLOCKS)
def test_typed_blocks(html: str, expected: list[tuple[str, str, int | None]]) -> None:
    blocks = extract(html)
    assert [(b.kind, b.text, b.level) for b in blocks] == expected


def test_text_written_into_divs_becomes_paragraphs() -> None:
    blocks = extract(f"<div class='text'>{P1}<br><br>{P2}<br>{P3}</div>")
    assert texts(blocks) == [P1, f"{P2}\n{P3}"]


def test_layout_table_is_walked_as_a_container() -> None:
    blocks = extract(
        f"<table><tr><td><a href='/'>Home</a></td><td><p>{P1}</p><p>{P2}</p></td></tr></table>"
    )
    assert texts(blocks) == [P1, P2]


INLINE = [
    ("<p>Hello <b>world</b>, again</p>", "Hello world, again"),
    ("<p><span>Glued</span><span>Together</span></p>", "GluedTogether"),
    ("<p>Line one<br>line two</p>", "Line one\nline two"),
    ("<p>Source\n   newlines\tcollapse</p>", "Source newlines collapse"),
    ("<p>Soft\u00adhy\u200bphen</p>", "Softhyphen"),
    ("<p>Cafe\u0301</p>", "Café"),
    ("<p>nbsp\u00a0\u00a0here</p>", "nbsp here"),
]


@pytest.mark.parametrize(("html", "expected"), INLINE)
def test_inline_text(html: str, expected: str) -> None:
    assert element_text(fragment_fromstring(html)) == expected


def test_normalize_helpers() -> None:
    assert normalize_space(" a \n b ") == "a b"
    assert normalize_text("a \n\n b") == "a\nb"


# --- the story, not the page --------------------------------------------------------------------


def test_headline_byline_and_date_above_the_story_are_not_body() -> None:
    blocks = extract(
        "<article><p class='kicker'>Politics</p><h1>Bridge approved</h1>"
        "<div class='byline'>By Jane Doe</div><p class='date'>March 5, 2024</p>"
        f"<p>{P1}</p><p>{P2}</p></article>",
        title="Bridge approved",
    )
    assert texts(blocks) == [P1, P2]


def test_links_list_and_labels_inside_the_story_are_dropped() -> None:
    blocks = extract(
        f"<div class='story'><p>{P1}</p><p>Advertisement</p>"
        "<div><h3>Related</h3><ul><li><a href='/a'>Another story about bridges</a></li>"
        "<li><a href='/b'>Yet another one about the ferry</a></li></ul></div>"
        f"<p>{P2}</p><p>Read more: <a href='/c'>The ferry's last summer in the harbour</a></p>"
        f"<p>{P3}</p></div>"
    )
    assert texts(blocks) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "<strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href='/x'>Kuboshwe abahlanu besolwa"
        " ngokugwaza umfundi</a>",
        "<b>Mehr dazu:</b> <a href='/y'>Warum die Fähre im Winter nicht mehr fährt</a>",
    ],
)
def test_a_labelled_teaser_link_in_any_language_is_dropped(line: str) -> None:
    blocks = story_with(line, at=1)
    assert texts(blocks) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        # The link is the label's subject, not a headline after it.
        "<a href='https://ft.com'>Financial Times</a> reported:",
        # A link list after a label: files, not a teaser.
        "Source files: <a href='/a.js'>blanket.js</a>, <a href='/b.js'>mocha-blanket.js</a>",
    ],
)
def test_a_line_that_names_a_link_is_kept(line: str) -> None:
    blocks = story_with(line, at=1)
    assert len(blocks) == 4


def test_a_prompt_repeated_at_every_ad_slot_is_dropped() -> None:
    slot = "<p>Don't want to see this? <a href='javascript:void(0)'>Remove ads</a></p>"
    blocks = extract(
        f"<div class='story'><p>{P1}</p>{slot}<p>{P2}</p>{slot}<p>{P3}</p>{slot}<p>{P1}</p></div>"
    )
    assert "Don't want to see this?" not in [b.text for b in blocks]
    assert texts(blocks) == [P1, P2, P3, P1]


@pytest.mark.parametrize(
    "line",
    [
        "“I would prefer not to.”",  # dialogue
        "Pros:",  # a label over what follows
        "Level: 82",  # a field of a record
        "* * *",  # a section break
    ],
)
def test_a_refrain_of_the_story_is_kept(line: str) -> None:
    blocks = extract(
        f"<div class='story'><p>{P1}</p><p>{line}</p><p>{P2}</p><p>{line}</p><p>{P3}</p>"
        f"<p>{line}</p><p>{P1}</p></div>"
    )
    assert texts(blocks).count(line) == 3


@pytest.mark.parametrize(
    "line", ["© The Financial Times Ltd. 2024", "Copyright 2024 The Associated Press."]
)
def test_a_copyright_line_inside_the_story_is_dropped(line: str) -> None:
    blocks = extract(
        f"<div class='story'><p>{P1}</p><p>{P2}</p><p><em>{line}</em></p><p>{P3}</p></div>"
    )
    assert texts(blocks) == [P1, P2, P3]


def test_a_sentence_about_copyright_is_kept() -> None:
    line = "Copyright holders objected to the ruling."
    blocks = story_with(line, at=1)
    assert texts(blocks) == [P1, line, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Uppdaterad 15.59 | Publicerad 14.14",
        # two elements' texts glued together, as the page's markup has them
        "15.04.2026 - 15:48 UhrLesedauer: 2 Min.",
        "5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)",
        "Published: Tuesday, Nov. 5, 2024 at 3:00 p.m. EST",
        "5 min read",
    ],
)
def test_a_line_that_dates_the_story_is_dropped_anywhere(line: str) -> None:
    blocks = story_with(line, at=1)
    assert texts(blocks) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "The law was updated in 2024 and published in March.",  # a sentence with other words
        "Updated the plan: 3 steps",
        "Published 1997 by Penguin",
    ],
)
def test_a_line_that_only_mentions_dates_is_kept(line: str) -> None:
    blocks = story_with(line, at=1)
    assert texts(blocks) == [P1, line, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Artikel teilen",
        "Share this story",
        "Partager",
        # ad labels, "read more" prompts, a gallery's counter, an embed's placeholder
        "Реклама:",
        "Annons",
        "Czytaj więcej",
        "Read more",
        "Weiterlesen:",
        "1/12",
        "Embed",
    ],
)
def test_a_label_standing_alone_is_dropped(line: str) -> None:
    blocks = story_with(line, at=1)
    assert texts(blocks) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "mit dpa",
        "(dpa)",
        "SDA/sep",
        "AFP/Reuters",
        "(Quelle: APA/sda/dpa)",
        "Source: Reuters",
        # a broadcaster's airing note, a prompt to report a mistake
        "Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr",
        "Fehler gefunden?Jetzt melden.",
        "Spotted an error? Let us know.",
    ],
)
def test_the_agencies_credited_after_the_story_are_dropped(line: str) -> None:
    blocks = story_with(line, at=3)
    assert texts(blocks) == [P1, P2, P3]


@pytest.mark.parametrize("line", ["Thanks to AP", "Reuters reported it first."])
def test_a_last_line_that_names_an_agency_in_a_sentence_is_kept(line: str) -> None:
    blocks = story_with(line, at=3)
    assert texts(blocks) == [P1, P2, P3, line]


@pytest.mark.parametrize(
    "line", ["Dieses Thema im Programm:", "Siehe auch:", "Read more from the series:"]
)
def test_a_label_introducing_nothing_at_the_end_is_dropped(line: str) -> None:
    blocks = story_with(line, at=3)
    assert texts(blocks) == [P1, P2, P3]


def test_a_sentence_introducing_a_video_at_the_end_is_kept() -> None:
    line = "To see the bridge in action, check out the footage below:"
    blocks = story_with(line, at=3)
    assert texts(blocks) == [P1, P2, P3, line]


def test_a_label_introducing_the_next_paragraph_is_kept() -> None:
    blocks = extract(f"<div class='story'><p>{P1}</p><p>Update:</p><p>{P2}</p><p>{P3}</p></div>")
    assert texts(blocks) == [P1, "Update:", P2, P3]


def test_story_split_over_sibling_containers_is_collected() -> None:
    pieces = "".join(
        f"<div class='text-block'><p>{text}</p></div><div class='ad'>Ad</div>"
        for text in (P1, P2, P3)
    )
    blocks = extract(f"<div id='page'><nav>Home</nav><main>{pieces}</main></div>")
    assert texts(blocks) == [P1, P2, P3]


def test_sidebar_text_is_not_body() -> None:
    blocks = extract(
        f"<div class='main'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div class='column'><p>Short note, with a comma, about something else entirely.</p></div>"
    )
    assert texts(blocks) == [P1, P2, P3]


def test_story_under_the_headline_wins_over_a_longer_next_story() -> None:
    first = f"<article><h1>Bridge approved</h1><p>{P1}</p><p>{P2}</p></article>"
    second = "<article><h2>Next story</h2>" + f"<p>{P3}</p>" * 6 + "</article>"
    root = document_fromstring(f"<html><body><main>{first}{second}</main></body></html>")
    headline = next(root.iter("h1"))
    content = extract_content(
        root,
        base_url=None,
        hints=ContentHints(title="Bridge approved", exclude=frozenset({headline})),
    )
    assert texts(content.blocks) == [P1, P2]


def test_adapter_root_is_used() -> None:
    root = document_fromstring(
        f"<html><body><div id='a'><p>{P1}</p></div><div id='b'><p>{P2}</p></div></body></html>"
    )
    chosen = root.get_element_by_id("b")
    content = extract_content(root, base_url=None, hints=ContentHints(root=chosen))
    assert texts(content.blocks) == [P2]
    assert content.root is chosen


def test_no_article_gives_an_empty_body_and_a_warning() -> None:
    root = document_fromstring("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    content = extract_content(root, base_url=None, hints=ContentHints())
    assert content.blocks == ()
    assert content.warnings
    assert content.warnings[0].startswith("content:")


def test_parse_of_an_empty_page_warns() -> None:
    article = pressparse.parse("<html><body><p>Hi</p></body></html>")
    assert any(w.startswith("content:") for w in article.warnings) or article.body


def test_trace_records_keeps_and_drops() -> None:
    root = document_fromstring(
        f"<html><body><div><p>{P1}</p><p>Advertisement</p><p>{P2}</p></div></body></html>"
    )
    Trace.number(root)
    trace = Trace()
    extract_content(root, base_url=None, hints=ContentHints(), trace=trace)
    actions = [(event.action, event.rule) for event in trace.events]
    assert ("keep", "extract:paragraph") in actions
    assert ("drop", "extract:label") in actions
    assert all(event.element_id for event in trace.events)


# --- statistics ---------------------------------------------------------------------------------


def test_statistics_count_text_links_and_prose() -> None:
    root = fragment_fromstring(f"<div><p>{P1} <a href='/x'>link text</a></p><p>short</p></div>")
    stats = element_stats(root)
    assert stats[root][SIZE] > len(P1)
    assert stats[root][LINK] == len("link text") + 1
    assert stats[root][PROSE] == stats[root][SIZE] - stats[root][LINK] - len("short") - 1


def _chunk(text: str | None) -> int:
    size = len(text.strip()) if text else 0
    return size + 1 if size else 0


def _reference_stats(
    root: HtmlElement,
) -> tuple[dict[HtmlElement, list[int]], list[HtmlElement]]:
    """The statistics by their recursive definition (the module computes them in one pass)."""
    rows: dict[HtmlElement, list[int]] = {}
    voters: list[HtmlElement] = []

    def visit(element: HtmlElement, in_link: bool) -> list[int]:
        tag = element.tag
        if tag in ("script", "style", "template", "head", "title"):
            rows[element] = [0, 0, 0, 0, 0]
            return rows[element]
        linked = in_link or tag == "a"
        size = _chunk(element.text)
        row = [size, size if linked else 0, size, 0, 0]
        for child in element:
            extra = _chunk(child.tail)
            if not isinstance(child.tag, str):
                row[0] += extra
                row[1] += extra if linked else 0
                row[2] += extra
                continue
            inner = visit(child, linked)
            row[0] += inner[0] + extra
            row[1] += inner[1] + (extra if linked else 0)
            if inner[3] or child.tag in BLOCK_TAGS:
                row[3] = 1
                row[2] += extra
            else:
                row[2] += inner[2] + extra
            row[4] += inner[4]
        if (row[3] or tag in BLOCK_TAGS) and row[2] >= 25:
            row[4] += row[2] - (0 if row[3] else row[1])
        rows[element] = row
        if row[2] >= 25:
            voters.append(element)
        return row

    visit(root, False)
    return rows, voters


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<span>",
                "</span>",
                "<a href='x'>",
                "</a>",
                "<a href='y'><b>linked</b> words</a>",
                "<li>",
                "<br>",
                "<img src='a.jpg'>",
                "<script>var a = 1;</script>",
                "<!-- note -->",
                P1,
                "word, ",
                "  \n ",
                "\u00a0",
            ]
        ),
        max_size=40,
    )
)
def test_statistics_agree_with_their_recursive_definition(parts: list[str]) -> None:
    body = document_fromstring("<html><body>" + "".join(parts) + "</body></html>").find("body")
    assert body is not None
    stats = element_stats(body)
    rows, voters = _reference_stats(body)
    for element, row in rows.items():
        assert stats.get(element) == tuple(row)
    assert stats.voters == voters


# --- robustness ---------------------------------------------------------------------------------


def _deep(depth: int) -> HtmlElement:
    return document_fromstring(
        "<html><body>" + "<div>" * depth + f"<p>{P1}</p>" + "</div>" * depth + "</body></html>"
    )


def test_deep_nesting_is_handled() -> None:
    root = _deep(100_000)
    start = time.perf_counter()
    content = extract_content(root, base_url=None, hints=ContentHints())
    assert time.perf_counter() - start < 20
    assert isinstance(content.blocks, tuple)


def test_many_siblings_stay_linear() -> None:
    # 200,000 here to keep the suite fast; 1,000,000 takes about five times as long.
    root = document_fromstring(
        "<html><body><div>" + "<span>w</span> " * 200_000 + "</div></body></html>"
    )
    start = time.perf_counter()
    content = extract_content(root, base_url=None, hints=ContentHints())
    assert time.perf_counter() - start < 15
    assert len(content.blocks) <= 1


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<br>",
                "<ul><li>",
                "</li></ul>",
                "<h2>",
                "</h2>",
                "<table><tr><td>",
                "</td></tr></table>",
                "<figure><img src='a.jpg'>",
                "<figcaption>Cap</figcaption></figure>",
                "<a href='x'>",
                "</a>",
                "<pre>",
                "</pre>",
                P1,
                "word, ",
                " ",
                "\u00ad",
                "e\u0301",
            ]
        ),
        max_size=40,
    )
)
def test_any_structure_extracts_without_error(parts: list[str]) -> None:
    root = document_fromstring("<html><body>" + "".join(parts) + ".</body></html>")
    content = extract_content(root, base_url="https://example.com/a", hints=ContentHints())
    for block in content.blocks:
        assert block.text.strip()
        if block.kind != "preformatted":
            assert block.text == block.text.strip()
            assert "  " not in block.text


def test_social_media_embeds_are_not_body() -> None:
    blocks = extract(
        f"<div class='story'><p>{P1}</p><blockquote class='twitter-tweet'><p>Big news today"
        " from the council, a bridge at last!</p>— Someone (@someone)</blockquote>"
        f"<p>{P2}</p><blockquote><p>{P3}</p></blockquote></div>"
    )
    assert texts(blocks) == [P1, P2, P3]
    assert blocks[2].kind == "blockquote"


TEASER = "<p>The ferry company plans three new boats by 2030, its director told the council.</p>"
TEASER_CARDS = [
    # Picture and headline link the same page: a card for another story.
    (
        "<div class='card'><a href='/ferry'><img src='/f.jpg' alt=''></a>"
        f"<h2><a href='/ferry'>Ferry to get new boats</a></h2>{TEASER}</div>",
        [P1, P2, P3],
    ),
    # Headline and a trailing "more" link point at the same page.
    (
        f"<div><h3><a href='/ferry'>Ferry to get new boats</a></h3>"
        f"<div>{TEASER[:-4]} <a href='/ferry'>more</a></p></div></div>",
        [P1, P2, P3],
    ),
    # A heading that links once does not make a card: the paragraph under it stays.
    (
        f"<div><h3><a href='/ferry'>Ferry to get new boats</a></h3>{TEASER}</div>",
        [P1, P2, TEASER[3:-4], P3],
    ),
    # A row of boxes of one class, each headed by a link to another story: teaser cards.
    (
        "<div class='list'>"
        f"<div class='teaser'><h2><a href='/ferry'>Ferry to get new boats</a></h2>{TEASER}</div>"
        "<div class='teaser'><h2><a href='/bridge'>Bridge opens in May</a></h2>"
        "<p>The council says the new bridge will open to traffic in the first week of May.</p>"
        "</div></div>",
        [P1, P2, P3],
    ),
    # A listicle's entries link to the places they review, each on its own host: story text.
    (
        "<div class='entry'><h2><a href='https://ferries.example/'>Ferry Co</a></h2>"
        f"{TEASER}</div>"
        "<div class='entry'><h2><a href='https://bridges.example/'>Bridge Works</a></h2>"
        f"{TEASER}</div>",
        [P1, P2, TEASER[3:-4], TEASER[3:-4], P3],
    ),
    # Two boxes of one class whose headings are plain text are sections of the story.
    (
        f"<div class='part'><h3>Ferry to get new boats</h3>{TEASER}</div>"
        f"<div class='part'><h3>Bridge opens in May</h3>{TEASER}</div>",
        [P1, P2, "Ferry to get new boats", TEASER[3:-4], "Bridge opens in May", TEASER[3:-4], P3],
    ),
]


@pytest.mark.parametrize(("card", "expected"), TEASER_CARDS)
def test_teaser_cards_inside_the_story_are_not_body(card: str, expected: list[str]) -> None:
    blocks = extract(f"<div class='story'><p>{P1}</p><p>{P2}</p>{card}<p>{P3}</p></div>")
    assert texts(blocks) == expected


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("Newsletter Anmeldung", False),
        ("Related stories", False),
        # Only the label's first word names the box: this one holds the story's text.
        ("Share price reaction", True),
        ("Article", True),
    ],
)
def test_a_box_named_by_its_aria_label(label: str, kept: bool) -> None:
    box = "<p>Ferry operator shares fell four percent after the council's vote on Tuesday.</p>"
    blocks = extract(
        f"<div class='story'><p>{P1}</p><p>{P2}</p><section aria-label='{label}'>{box}"
        f"</section><p>{P3}</p></div>"
    )
    assert ("Ferry operator shares fell" in " ".join(texts(blocks))) is kept


@pytest.mark.parametrize(
    ("itemtype", "kept"),
    [
        ("http://schema.org/Person", False),
        ("https://schema.org/Person/", False),
        ("https://schema.org/Place", True),
    ],
)
def test_a_box_describing_a_person_is_not_body(itemtype: str, kept: bool) -> None:
    box = (
        f"<div class='expandable-box' itemscope itemtype='{itemtype}'>"
        "<p itemprop='name'>Thomas Jäger</p><p itemprop='jobTitle'>Politikwissenschaftler</p>"
        "<p>Der Politologe ist Professor für Internationale Politik an der Universität Köln.</p>"
        "</div>"
    )
    blocks = extract(f"<div class='story'><p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p></div>")
    assert ("Der Politologe ist Professor" in " ".join(texts(blocks))) is kept
    assert texts(blocks)[0] == P1 and texts(blocks)[-1] == P3


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Want more updates? Sign up for our newsletter.", False),
        ("NTV uygulamasını indirin, gelişmelerden haberdar olun", False),
        ("Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst die News aufs Handy.", False),
        ("Cek berita lain di Google News dan ikuti WhatsApp channel kami", False),
        # A story's own last line about an app or a channel is no prompt.
        ("The app is available for download on iOS and Android from next week.", True),
        ("Officials said they would sign up more volunteers before winter.", True),
    ],
)
def test_a_call_to_action_that_closes_the_story_is_not_body(line: str, kept: bool) -> None:
    blocks = story_with(line, at=3)
    assert (line in texts(blocks)) is kept
    assert texts(blocks)[:3] == [P1, P2, P3]


def test_a_call_to_action_inside_the_story_stays() -> None:
    line = "Want more updates? Sign up for our newsletter."
    assert line in texts(story_with(line, at=1))


def test_a_list_of_calls_to_action_inside_the_story_is_not_body() -> None:
    promo = (
        "<ul><li>Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen News-App.</li>"
        "<li>Die Zeitung auch bei Social Media – ob WhatsApp, Instagram oder Facebook.</li>"
        "<li>Den Tag kompakt? Dann abonnieren Sie unseren Newsletter.</li></ul>"
    )
    blocks = extract(f"<div class='story'><p>{P1}</p><p>{P2}</p>{promo}<p>{P3}</p></div>")
    assert texts(blocks) == [P1, P2, P3]


def test_a_list_with_one_call_to_action_stays() -> None:
    items = (
        "<ul><li>The bridge opens in 2027.</li><li>Tolls start a year later.</li>"
        "<li>Sign up for our newsletter to follow the works.</li></ul>"
    )
    blocks = extract(f"<div class='story'><p>{P1}</p><p>{P2}</p>{items}<p>{P3}</p></div>")
    assert "Tolls start a year later." in texts(blocks)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können "
            "sich hier alle externen Inhalte mit einem Klick anzeigen lassen oder wieder ausblenden.",
            False,
        ),
        ("To view this external content, please accept cookies.", False),
        ("The platform hired moderators to review external content from partner sites.", True),
    ],
)
def test_the_placeholder_of_a_blocked_embed_is_not_body(line: str, kept: bool) -> None:
    assert (line in texts(story_with(line, at=1))) is kept
