"""quotes_for_blocks: an article body where blockquote blocks are quotations of their own."""

from __future__ import annotations

import pytest

from pressparse._model import Block
from pressparse._text.quotes import quotes_for_blocks

# A press release laid out like the seed page: introductions that end one paragraph ("... warned
# that"), blockquotes, and attributions that open the next paragraph ("according to the readout",
# "reports the ... account", "the statement concludes."). The wording is ours.
SEED_LIKE = [
    Block(
        "paragraph",
        "Sept. 30, 2016 (EIRNS)—The offensive near the city has alarmed Washington. In a call "
        "with Russian Foreign Minister Sergei Lavrov this morning, U.S. Secretary of State "
        "John Kerry warned that",
    ),
    Block(
        "blockquote",
        "“the United States is preparing to suspend its talks with Russia on the ceasefire "
        "unless Russia acts at once to halt the assault,”",
    ),
    Block("paragraph", "according to the readout issued by State Department spokesman John Kirby."),
    Block("paragraph", "The Russians answered Kerry’s outburst with advice of their own."),
    Block(
        "blockquote",
        "“Mr Lavrov stressed that several armed groups that Washington calls ’moderate’ have "
        "refused to honour the agreement and fight alongside the militants,”",
    ),
    Block("paragraph", "reports the Russian Foreign Ministry account of the same call."),
    Block(
        "paragraph",
        "The day before, the ministry published the text of the agreement. The English-language "
        "statement released by the Foreign Ministry reports that throughout the negotiations,",
    ),
    Block(
        "blockquote",
        "“Russia has always insisted on separating the so-called ’moderate’ groups from the "
        "militants. We never hid that we consider this tactic destructive.”",
    ),
    Block(
        "paragraph",
        "The statement notes that Russia supported publishing the agreement, but that the US "
        "objected, “which raised doubts about their sincerity,” until one document leaked. "
        "In publishing the texts,",
    ),
    Block(
        "blockquote",
        "“we urge Washington to show the public the whole package of agreements...”",
    ),
    Block(
        "blockquote",
        "“We also hope that the United States will finally keep its promise to separate the "
        "groups it calls ’moderate’ from the militants,”",
    ),
    Block(
        "paragraph",
        "the statement concludes. “Once more: no good has ever come from cozying up to "
        "terrorists.”",
    ),
]


def test_seed_like_page_gives_seven_quotes_with_kinds_and_speakers() -> None:
    text = "\n\n".join(block.text for block in SEED_LIKE)
    quotes = quotes_for_blocks(SEED_LIKE)
    assert len(quotes) == 7
    starts = [
        "the United States is preparing",
        "Mr Lavrov stressed",
        "Russia has always insisted",
        "which raised doubts about their sincerity",
        "we urge Washington",
        "We also hope",
        "Once more",
    ]
    for quote, start in zip(quotes, starts, strict=True):
        assert quote.text.startswith(start)
        assert text[quote.start : quote.end] == quote.text
    assert [q.kind for q in quotes] == ["block"] * 3 + ["partial"] + ["block"] * 2 + ["direct"]
    assert [q.paragraph for q in quotes] == [1, 4, 7, 8, 9, 10, 11]
    speakers = [q.speaker for q in quotes]
    assert speakers[0] == "John Kerry"
    assert speakers[1] == "Russian Foreign Ministry"
    for speaker in speakers[2:]:
        assert speaker is not None
        assert "Foreign Ministry" in speaker or "statement" in speaker
    mentions = [text[q.speaker_span[0] : q.speaker_span[1]] for q in quotes if q.speaker_span]
    assert mentions[0].endswith("John Kerry")
    assert mentions[3] == "The statement"
    assert mentions[6] == "the statement"
    assert [q.cue for q in quotes] == [
        "warned",
        "reports",
        "reports",
        "notes",
        "notes",
        "concludes",
        "concludes",
    ]


def test_blockquote_marks_are_not_part_of_the_quotation() -> None:
    blocks = [Block("paragraph", "She wrote:"), Block("blockquote", "“Enough is enough.”")]
    (quote,) = quotes_for_blocks(blocks)
    assert (quote.text, quote.kind, quote.speaker, quote.cue) == (
        "Enough is enough.",
        "block",
        "She",
        "wrote",
    )


def test_blockquote_without_marks_is_a_quotation() -> None:
    blocks = [
        Block("paragraph", "Mayor Ana Ruiz said in a statement:"),
        Block("blockquote", "The bridge will reopen on Monday."),
    ]
    (quote,) = quotes_for_blocks(blocks)
    assert (quote.text, quote.kind, quote.speaker) == (
        "The bridge will reopen on Monday.",
        "block",
        "Ana Ruiz",
    )


def test_tweet_signature_names_the_speaker() -> None:
    blocks = [
        Block("paragraph", "The senator took to Twitter."),
        Block("blockquote", "“We will win big in November.” — Jane Roe (@janeroe) May 3, 2016"),
    ]
    (quote,) = quotes_for_blocks(blocks)
    assert (quote.text, quote.kind, quote.speaker, quote.cue) == (
        "We will win big in November.",
        "block",
        "Jane Roe",
        None,
    )


def test_quotes_inside_ordinary_blocks_keep_their_kind() -> None:
    blocks = [
        Block("heading", "Reactions"),
        Block("paragraph", "“It is a scandal,” Ms. Lane said."),
        Block("list_item", "Mr. Cole called it “a good start.”"),
    ]
    quotes = quotes_for_blocks(blocks)
    assert [(q.kind, q.speaker, q.paragraph) for q in quotes] == [
        ("direct", "Lane", 1),
        ("partial", "Cole", 2),
    ]


@pytest.mark.parametrize(
    "blocks",
    [
        [],
        [Block("blockquote", "")],
        [Block("blockquote", "   ")],
        [Block("blockquote", "“")],
        [Block("blockquote", "“a"), Block("paragraph", "b”")],
        [Block("paragraph", "“open"), Block("blockquote", "x”"), Block("paragraph", "”")],
        [Block("blockquote", " — ")],
        [Block("preformatted", "a\n\n“b\n\nc”")],
    ],
)
def test_odd_bodies_never_raise(blocks: list[Block]) -> None:
    text = "\n\n".join(block.text for block in blocks)
    for quote in quotes_for_blocks(blocks):
        assert text[quote.start : quote.end] == quote.text
        assert 0 <= quote.paragraph < len(blocks)
