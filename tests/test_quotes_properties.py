"""Properties of the quote functions on arbitrary text: they never raise and their offsets hold."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse._model import Block
from pressparse._text.quotes import extract_quotes, quotes_for_blocks, split_quotes

# Pieces that exercise the scanner and the rules far more often than random characters do.
PIECES = st.sampled_from(
    [
        *"\"“”„«»‘’‚'‹›\n .,:;—-()",
        "\n\n",
        " said",
        " says",
        " told",
        " according to",
        " that",
        " the statement",
        " he",
        " she",
        " Trump",
        " John Kerry",
        " Mr.",
        " U.S.",
        "’s",
        ", ",
        ": ",
        " rock 'n' roll",
        " '90s",
        "“We won,” he said.",
    ]
)
TEXTS = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=200),
    st.lists(PIECES, max_size=60).map("".join),
)
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")  # what separates paragraphs
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS, st.booleans())
def test_split_quotes_covers_the_text(text: str, single_quotes: bool) -> None:
    spans = split_quotes(text, single_quotes=single_quotes)
    assert "".join(span.text for span in spans) == text
    position = 0
    for span in spans:
        assert span.start == position
        assert text[span.start : span.end] == span.text
        assert span.text
        position = span.end


@SETTINGS
@given(TEXTS, st.booleans())
def test_extract_quotes_offsets_index_the_text(text: str, single_quotes: bool) -> None:
    quoted = [s for s in split_quotes(text, single_quotes=single_quotes) if s.quoted]
    quotes = extract_quotes(text, single_quotes=single_quotes)
    assert len(quotes) <= len(quoted)
    previous_end = 0
    for quote in quotes:
        assert quote.text
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous_end
        previous_end = quote.end
        assert quote.kind in ("direct", "partial")
        assert (quote.speaker is None) == (quote.speaker_span is None)
        if quote.speaker_span is not None:
            start, end = quote.speaker_span
            assert 0 <= start < end <= len(text)
        if quote.cue_span is not None:
            assert text[quote.cue_span[0] : quote.cue_span[1]] == quote.cue
        assert quote.paragraph == sum(1 for m in BLANK_LINE.finditer(text, 0, quote.start))


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(["paragraph", "blockquote", "heading"]), TEXTS), max_size=5)
)
def test_quotes_for_blocks_offsets_index_the_joined_text(parts: list[tuple[str, str]]) -> None:
    blocks = [Block(kind, text) for kind, text in parts]  # type: ignore[arg-type]
    joined = "\n\n".join(block.text for block in blocks)
    starts = []
    position = 0
    for block in blocks:
        starts.append(position)
        position += len(block.text) + 2
    for quote in quotes_for_blocks(blocks):
        assert quote.text
        assert joined[quote.start : quote.end] == quote.text
        assert 0 <= quote.paragraph < len(blocks)
        assert starts[quote.paragraph] <= quote.start
        if quote.kind == "block":
            assert blocks[quote.paragraph].kind == "blockquote"


# The token pattern before runs of plain words were taken in one match: one token per match.
_ONE_TOKEN = re.compile(
    r"([^\S\n]*)(?:"
    r"([^\W\d_][\w&\-]*(?:[’'.](?=[^\W\d_])[\w&\-]*)*(?:(?<=s)[’'](?!\w))?)(\.?)"
    r"|(\d(?:[\w&\-]|[.,:/](?=\d))*%?)"
    r"|(\n)"
    r"|(\S))"
)


@SETTINGS
@given(TEXTS)
def test_word_runs_cut_as_single_words(text: str) -> None:
    """A run of plain words gives the words the one-token-per-match pattern gives."""
    from pressparse._text.quote_tokens import _TOKEN

    text = text.rstrip()
    expected = []
    for blank, word, period, number, newline, mark in _ONE_TOKEN.findall(text):
        expected.append((blank, word or number or newline or mark))
        if period:
            expected.append(("", period))
    got = []
    for blank, run, word, period, number, newline, mark in _TOKEN.findall(text):
        if run:
            got.extend((blank if i == 0 else " ", w) for i, w in enumerate(run.split(" ")))
            continue
        got.append((blank, word or number or newline or mark))
        if period:
            got.append(("", period))
    assert got == expected
