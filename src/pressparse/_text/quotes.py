"""Quotations: split a text into quoted and unquoted spans, and attribute quotes to speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressparse._model import Block, Quote, Span

__all__ = ["extract_quotes", "quotes_for_blocks", "split_quotes"]

_QUOTED = re.compile(r"[\"“„«]([^\"”“«»]{1,5000}?)[\"”»“]")
_SAID = re.compile(r"\b(?P<speaker>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?P<cue>said|says|told|wrote)\b")


def split_quotes(text: str) -> tuple[Span, ...]:
    """Cut ``text`` into quoted and unquoted spans that cover it end to end.

    >>> [s.quoted for s in split_quotes('He said "yes" twice.')]
    [False, True, False]
    """
    spans: list[Span] = []
    pos = 0
    for match in _QUOTED.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos : match.start()], pos, match.start(), False))
        spans.append(Span(match.group(0), match.start(), match.end(), True))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:], pos, len(text), False))
    return tuple(spans)


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Find the quotations in ``text`` with their speaker and cue where the text gives them.

    >>> q = extract_quotes('"We will win," Smith said.')[0]
    >>> (q.text, q.speaker, q.cue)
    ('We will win,', 'Smith', 'said')
    """
    quotes: list[Quote] = []
    for match in _QUOTED.finditer(text):
        after = _SAID.search(text, match.end(), min(len(text), match.end() + 80))
        inner_start, inner_end = match.start(1), match.end(1)
        kind = "direct" if text[inner_start : inner_start + 1].isupper() else "partial"
        quotes.append(
            Quote(
                text=text[inner_start:inner_end],
                start=inner_start,
                end=inner_end,
                kind=kind,
                speaker=after.group("speaker") if after else None,
                speaker_span=after.span("speaker") if after else None,
                cue=after.group("cue") if after else None,
                cue_span=after.span("cue") if after else None,
                paragraph=text.count("\n\n", 0, inner_start),
            )
        )
    return tuple(quotes)


def quotes_for_blocks(blocks: Sequence[Block]) -> tuple[Quote, ...]:
    """The quotes of an article body, with offsets into ``"\\n\\n".join(block texts)``.

    Blockquote blocks give ``kind="block"`` quotes.
    """
    text = "\n\n".join(block.text for block in blocks)
    found = list(extract_quotes(text))
    starts: list[int] = []
    pos = 0
    for block in blocks:
        starts.append(pos)
        pos += len(block.text) + 2
    out: list[Quote] = []
    for quote in found:
        index = quote.paragraph
        if 0 <= index < len(blocks) and blocks[index].kind == "blockquote":
            quote = Quote(
                text=quote.text,
                start=quote.start,
                end=quote.end,
                kind="block",
                speaker=quote.speaker,
                speaker_span=quote.speaker_span,
                cue=quote.cue,
                cue_span=quote.cue_span,
                paragraph=index,
            )
        out.append(quote)
    return tuple(out)
