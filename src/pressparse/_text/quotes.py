"""Quotations: split a text into quoted and unquoted spans, and say who said each quotation.

``split_quotes`` cuts a text at its quote marks; ``extract_quotes`` returns every quotation with
its kind, speaker and cue; ``quotes_for_blocks`` does the same over an article body, where each
blockquote block is one quotation of kind ``"block"``. The scanner lives in ``quotemarks``, the
rules in ``attribution``, the words they use in ``speech_verbs`` (``SpeechLexicon``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressparse._model import Block, Quote, QuoteKind, Span
from pressparse._text.attribution import attribute
from pressparse._text.quote_tokens import tokenize_quotes
from pressparse._text.quotemarks import QuoteRegion, find_quote_regions
from pressparse._text.speech_verbs import DEFAULT_LEXICON, SpeechLexicon

__all__ = ["extract_quotes", "quotes_for_blocks", "split_quotes"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_OPENING = "\"“„«»‘‚'"
_CLOSING = "\"”“»«’‘'"
# A signature line under a quoted tweet or epigraph: "— Donald J. Trump (@realDonaldTrump) ...".
_SIGNATURE = re.compile(r"\s[—–―]\s?(?=[A-Z@])[^\n—–―]{2,200}$")


def split_quotes(text: str, *, single_quotes: bool = False) -> tuple[Span, ...]:
    """Cut ``text`` into quoted and unquoted spans that cover it end to end, in order.

    A quoted span includes its quote marks; a quotation that runs over several paragraphs (each
    reopened with a quote mark) is one span. ``single_quotes=True`` also takes ‘single’ marks as
    quotations (British style); apostrophes are never taken for quote marks.

    Examples:
        >>> [(s.text, s.quoted) for s in split_quotes('He said "yes" twice.')]
        [('He said ', False), ('"yes"', True), (' twice.', False)]
        >>> [
        ...     s.text
        ...     for s in split_quotes("‘It’s the students’ union,’ she said.", single_quotes=True)
        ... ]
        ['‘It’s the students’ union,’', ' she said.']
    """
    if not isinstance(text, str):
        return ()
    spans: list[Span] = []
    pos = 0
    for region in find_quote_regions(text, single_quotes=single_quotes):
        if region.open > pos:
            spans.append(Span(text[pos : region.open], pos, region.open, False))
        spans.append(Span(text[region.open : region.close], region.open, region.close, True))
        pos = region.close
    if pos < len(text):
        spans.append(Span(text[pos:], pos, len(text), False))
    return tuple(spans)


def extract_quotes(
    text: str, *, lexicon: SpeechLexicon | None = None, single_quotes: bool = False
) -> tuple[Quote, ...]:
    """The quotations of ``text``, each with its kind, speaker and cue where the text gives them.

    ``Quote.text`` is the quoted words without their marks (``text[start:end]``); ``speaker`` the
    resolved name and ``speaker_span`` the mention that attributes it (which may be "he");
    ``paragraph`` counts paragraphs separated by blank lines. Scare quotes and titles get neither
    speaker nor cue. ``lexicon`` adds speech verbs or another language (see ``SpeechLexicon``).

    Examples:
        >>> text = 'John Kerry spoke on Monday.\\n\\n"We will act," he said.'
        >>> [
        ...     (q.text, q.kind, q.speaker, text[slice(*q.speaker_span)], q.cue)
        ...     for q in extract_quotes(text)
        ... ]
        [('We will act,', 'direct', 'John Kerry', 'he', 'said')]
    """
    if not isinstance(text, str):
        return ()
    starts = [0] + [m.end() for m in _BLANK_LINE.finditer(text)]
    regions = find_quote_regions(text, single_quotes=single_quotes)
    return _quotes(text, regions, starts, frozenset(), lexicon or DEFAULT_LEXICON)


def quotes_for_blocks(
    blocks: Sequence[Block], *, lexicon: SpeechLexicon | None = None
) -> tuple[Quote, ...]:
    """The quotations of an article body, with offsets into ``"\\n\\n".join(block texts)``.

    Each blockquote block is one quotation of kind ``"block"`` (its own quote marks dropped); its
    speaker may come from the paragraph before ("Kerry warned that") or after ("according to the
    readout"). ``Quote.paragraph`` is the index of the block.

    Examples:
        >>> blocks = [
        ...     Block("paragraph", "The minister said:"),
        ...     Block("blockquote", "“We will not yield.”"),
        ... ]
        >>> [(q.text, q.kind, q.speaker) for q in quotes_for_blocks(blocks)]
        [('We will not yield.', 'block', 'The minister')]
    """
    texts = [block.text if isinstance(block.text, str) else "" for block in blocks]
    text = "\n\n".join(texts)
    starts: list[int] = []
    pos = 0
    for block_text in texts:
        starts.append(pos)
        pos += len(block_text) + 2
    block_spans = [
        (starts[i], starts[i] + len(texts[i]))
        for i, block in enumerate(blocks)
        if block.kind == "blockquote"
    ]
    regions = find_quote_regions(text)
    if block_spans:
        regions = _with_blockquotes(text, regions, block_spans)
    if not regions:
        return ()
    blockquote_paragraphs = frozenset(
        i for i, block in enumerate(blocks) if block.kind == "blockquote"
    )
    return _quotes(text, regions, starts, blockquote_paragraphs, lexicon or DEFAULT_LEXICON)


def _with_blockquotes(
    text: str, regions: list[QuoteRegion], block_spans: list[tuple[int, int]]
) -> list[QuoteRegion]:
    """Replace the quotations inside each blockquote with one quotation of the whole block."""
    out: list[QuoteRegion] = []
    index = 0
    for block_start, block_end in block_spans:
        inside: list[QuoteRegion] = []
        while index < len(regions) and regions[index].open < block_end:
            region = regions[index]
            if region.close <= block_start:
                out.append(region)
            elif region.open >= block_start and region.close <= block_end:
                inside.append(region)
            index += 1
        block = _block_region(text, block_start, block_end, inside)
        if block is not None:
            out.append(block)
    out.extend(regions[index:])
    out.sort(key=lambda r: r.open)
    return _drop_overlaps(out)


def _block_region(text: str, start: int, end: int, inside: list[QuoteRegion]) -> QuoteRegion | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    signature = _SIGNATURE.search(text, start, end)
    if signature is not None and signature.start() > start:
        end = signature.start()
    if len(inside) == 1 and inside[0].open == start and inside[0].end >= end - 3:
        region = inside[0]
        return QuoteRegion(start, region.start, region.end, region.close, region.closed)
    inner_start, inner_end = start, end
    if text[inner_start] in _OPENING and inner_end - inner_start > 2:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in _CLOSING:
        inner_end -= 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_end <= inner_start:
        return None
    return QuoteRegion(start, inner_start, inner_end, end, True)


def _drop_overlaps(regions: list[QuoteRegion]) -> list[QuoteRegion]:
    out: list[QuoteRegion] = []
    for region in regions:
        if out and region.open < out[-1].close:
            continue
        out.append(region)
    return out


def _quotes(
    text: str,
    regions: Sequence[QuoteRegion],
    paragraph_starts: Sequence[int],
    blockquotes: frozenset[int],
    lexicon: SpeechLexicon,
) -> tuple[Quote, ...]:
    if not regions:
        return ()
    tokenized = tokenize_quotes(text, regions, paragraph_starts)
    tokens, quote_tokens = tokenized.tokens, tokenized.quotes
    results = attribute(text, tokenized, lexicon)
    out: list[Quote] = []
    for k, result in zip(quote_tokens, results, strict=True):
        region = regions[tokens[k].quote]
        paragraph = tokens[k].para
        kind: QuoteKind = "direct" if result.direct else "partial"
        if paragraph in blockquotes:
            kind = "block"
        out.append(
            Quote(
                text=text[region.start : region.end],
                start=region.start,
                end=region.end,
                kind=kind,
                speaker=result.speaker,
                speaker_span=result.speaker_span,
                cue=result.cue,
                cue_span=result.cue_span,
                paragraph=paragraph,
            )
        )
    return tuple(out)
