"""Tokens for quote attribution: the words of a text, with each quotation as one token.

The attribution rules read the words around a quotation ("..., Trump said.", "said Rep. Smith,
head of ..."); this module cuts a text into those words (abbreviations such as "Mr." and "U.S."
keep their period), marks sentence ends, and gives each token its paragraph. It also holds the
English function-word classes the rules use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from pressparse._text.quotemarks import QuoteRegion

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "DETERMINERS",
    "PREPOSITIONS",
    "PRONOUNS",
    "RELATIVES",
    "TIME_WORDS",
    "Token",
    "Tokenized",
    "is_possessive",
    "sentence_end_tokens",
    "sentence_ends",
    "strip_possessive",
    "tokenize",
    "tokenize_quotes",
    "word_set",
]

# One piece per match: the blanks before a token (never a line break), then the token: a run of
# plain words, a word (with the period right after it, which is the word's only if it is an
# abbreviation), a number, a line break or a punctuation mark. Scanned with ``findall`` from a
# range whose end is not a blank, every match succeeds at once (no skipped text, no backtracking
# over blanks), so offsets follow from the lengths. A word's inner apostrophes and periods need a
# letter after them.
#
# The run is what makes the scan cheap: each match costs far more than its characters, and most
# words are plain ("the", "minister", "COVID-19") and one space apart. A run takes such words as
# long as the last one is followed by nothing that the word branch would read on (a letter,
# "&", "-", an apostrophe or a period): then each of its words is exactly the word that branch
# would have matched, with one space before the next. Where the lookahead fails the run backs
# off a word, or the word branch takes over.
_TOKEN = re.compile(
    r"([^\S\n]*)(?:"
    r"([^\W\d_][\w&\-]*(?: [^\W\d_][\w&\-]*)*)(?![\w&\-’'.])"
    r"|([^\W\d_][\w&\-]*(?:[’'.](?=[^\W\d_])[\w&\-]*)*(?:(?<=s)[’'](?!\w))?)(\.?)"
    r"|(\d(?:[\w&\-]|[.,:/](?=\d))*%?)"
    r"|(\n)"
    r"|(\S))"
)
# The end of a line that ends a sentence: ". ", "?”", ":"; a soft wrap ends in a word or comma.
_ENDS_LINE = re.compile(r"[.!?:;…][\"”’')\]]*[ \t\r\f\v\xa0]*$")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SOLID = re.compile(r"\S")
# The start of a line that may attribute the one before ("according to ...", "the statement ...").
_ATTRIBUTING_START = re.compile(r"[ \t]*(?:[a-z]|[A-Z][a-z]+ to\b|Said\b|Says\b|Wrote\b)")
_TAIL = 40  # how much of a paragraph's end after a quotation may still attribute it
_ENDERS = ".!?;…"  # the last characters of the tokens that may end a sentence
_SENTENCE_FINAL = re.compile(r"[.!?…]['’\"”)\]]*$")
# A piece of text that reaches past a character that may end a sentence and the word after it,
# ending after a space.
_SENTENCE_STEP = re.compile(r"[.!?;…][^ ]* +[^ ]+ ")


def is_possessive(word: str) -> bool:
    """Whether a word ends with a possessive: "Trump’s", "the Employers’"."""
    return word.endswith(("’s", "'s", "s’", "s'"))


def strip_possessive(word: str) -> str:
    """``word`` without its possessive ("Trump’s" -> "Trump", "Employers’" -> "Employers")."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("s’", "s'")):
        return word[:-1]
    return word


def word_set(block: str) -> frozenset[str]:
    """The words of a whitespace-separated block, as a set (the word lists below read as prose)."""
    return frozenset(block.split())


PRONOUNS = word_set(
    """
    he she they it i we you he’s she’s it’s they’re he's she's it's they're
    """
)
RELATIVES = frozenset(("who", "which", "that", "whom"))
DETERMINERS = word_set(
    """
    the a an this that these those his her their its our my your another one some many
    several each every both all no any most few two three four five six seven eight nine ten
    dozens other such
    """
)
PREPOSITIONS = word_set(
    """
    of in on at by for with from to about during after before since over under via through
    into onto against among between without within as like than per upon toward towards
    despite amid across behind near outside inside around throughout following regarding
    """
)
CONJUNCTIONS = word_set(
    """
    and or but nor so yet because although though while whereas if unless when whether where
    once until then
    """
)
AUXILIARIES = word_set(
    """
    is was were are am be been being has have had having do does did will would shall should
    can could may might must ’s 's ’d 'd ’ll 'll ’ve 've not n’t n't never
    """
)
ADVERBS = word_set(
    """
    also then later previously again once often still further repeatedly recently earlier
    first finally even just already ultimately simply openly publicly privately flatly
    quickly immediately now subsequently separately similarly likewise too since however
    instead initially originally reportedly allegedly apparently angrily bluntly calmly
    curtly defiantly emphatically firmly frankly gently jokingly loudly proudly quietly
    sarcastically sharply softly tersely wryly forcefully cynically steadily
    """
)
TIME_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow last this next earlier later recently morning afternoon evening night week
    weekend month year january february march april may june july august september october
    november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sept
    sept. sep sep. oct oct. nov nov. dec dec. ago
    """
)
_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof rev fr sen rep gov lt gen col maj capt sgt adm cmdr st jr sr pres jan
    feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd no vs etc dept univ ave
    blvd mt ft messrs
    """
)
# Words that may start a sentence right after an abbreviation's period ("... in the U.S. He said").
_SENTENCE_STARTERS = word_set(
    """
    the he she it they we i but and this that there in on at a an his her their its our
    after before when while if as so yet for however
    """
)


class Token:
    """One word, number, punctuation mark or whole quotation, with its offsets.

    Made only by ``tokenize``, which works out every field itself: building thousands of tokens
    per text is the hot loop of this stage, so ``__init__`` just stores what it is given (and
    ``_tokenize_gap`` inlines it for the words of a run: keep the two in step).
    """

    __slots__ = ("cap", "end", "kind", "low", "nl_before", "para", "quote", "start", "text")

    def __init__(
        self,
        kind: str,
        text: str,
        low: str,
        cap: bool,
        start: int,
        end: int,
        nl_before: bool,
        para: int = 0,
        quote: int = -1,
    ) -> None:
        self.kind = kind  # "w" word, "n" number, "p" punctuation, "q" quotation
        self.text = text
        self.low = low  # the lower-cased word; other kinds keep their text
        self.cap = cap  # a word that starts with a capital
        self.start = start
        self.end = end
        self.nl_before = nl_before  # a paragraph break (blank line) comes before this token
        self.quote = quote  # index of the quotation for "q" tokens
        self.para = para  # index of the paragraph (of ``paragraph_starts``) the token starts in

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start})"

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


def _is_abbreviation(word: str) -> bool:
    low = word.lower()
    if low in _ABBREVIATIONS:
        return True
    if "." in word:
        return True  # U.S, D-N.C, J.F.K
    return len(word) == 1 and word.isupper()  # an initial


class Tokenized(NamedTuple):
    """The tokens of a text, and the few indices the attribution rules need, noted as the tokens
    are made (which spares the rules a pass over every token to find them)."""

    tokens: list[Token]
    quotes: list[int]  # the "q" tokens
    para_starts: list[int]  # the tokens with ``nl_before`` set
    candidates: list[int]  # the tokens that may end a sentence (see ``sentence_end_tokens``)


def _tokenize_gap(
    text: str, start: int, end: int, breaks: int, paragraph_starts: Sequence[int], out: Tokenized
) -> int:
    """Append the tokens of ``text[start:end]`` to ``out``.

    ``breaks`` counts the line breaks seen since the last token: a blank line, or one line break
    after the end of a sentence, makes the next token start a paragraph; a line break inside a
    sentence is a soft wrap. Returns the count at the end of the stretch.
    """
    # trailing blanks hold no token, and without them every ``_TOKEN`` match succeeds at once
    while end > start and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    pos = start
    tokens = out.tokens
    append = tokens.append
    candidates = out.candidates
    new_token = object.__new__
    # a paragraph of ``paragraph_starts`` opens only at the stretch's start or after a line break
    para = max(0, bisect.bisect_right(paragraph_starts, start) - 1)
    for blank, run, word, period, number, newline, mark in _TOKEN.findall(text, start, end):
        if blank:
            pos += len(blank)
        if newline:
            if breaks == 0 and _ENDS_LINE.search(text, max(0, pos - 8), pos):
                breaks = 1  # a line that ends a sentence ends its paragraph
            breaks += 1
            pos += 1
            continue
        nl_before = False
        if breaks:
            para = max(0, bisect.bisect_right(paragraph_starts, pos) - 1)
            if breaks >= 2:
                nl_before = True
                out.para_starts.append(len(tokens))
            breaks = 0
        if run:
            # plain words one space apart: a token each, only the first may start a paragraph.
            # Seven tokens in ten are made here, so ``Token.__init__`` is inlined: a class call
            # costs more than the object it builds.
            for word in run.split(" "):
                token = new_token(Token)
                token.kind = "w"
                token.text = word
                token.low = word.lower()
                token.cap = word[0].isupper()
                token.start = pos
                pos += len(word)
                token.end = pos
                token.nl_before = nl_before
                token.para = para
                token.quote = -1
                append(token)
                nl_before = False
                pos += 1
            pos -= 1
            continue
        if word:
            stop = pos + len(word)
            if not period:
                append(
                    Token("w", word, word.lower(), word[0].isupper(), pos, stop, nl_before, para)
                )
            elif _is_abbreviation(word):
                word += "."
                stop += 1
                candidates.append(len(tokens))
                append(
                    Token("w", word, word.lower(), word[0].isupper(), pos, stop, nl_before, para)
                )
            else:
                append(
                    Token("w", word, word.lower(), word[0].isupper(), pos, stop, nl_before, para)
                )
                candidates.append(len(tokens))
                append(Token("p", ".", ".", False, stop, stop + 1, False, para))
                stop += 1
        elif number:
            stop = pos + len(number)
            append(Token("n", number, number, False, pos, stop, nl_before, para))
        else:
            stop = pos + 1
            if mark in _ENDERS:
                candidates.append(len(tokens))
            append(Token("p", mark, mark, False, pos, stop, nl_before, para))
        pos = stop
    return breaks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (separated by blank lines), without their outer whitespace."""
    spans: list[tuple[int, int]] = []
    position = 0
    gaps = [match.span() for match in _BLANK_LINE.finditer(text)]
    gaps.append((len(text), len(text)))
    for gap_start, gap_end in gaps:
        if position < gap_start:
            # a gap takes all the blanks after it, so a paragraph opens right where the gap
            # ends; only the text's own start may be blank
            begin = position
            if text[begin].isspace():
                solid = _SOLID.search(text, begin, gap_start)
                begin = gap_start if solid is None else solid.start()
            finish = gap_start
            while finish > begin and text[finish - 1].isspace():
                finish -= 1
            if finish > begin:
                spans.append((begin, finish))
        position = gap_end
    return spans


def _open_end(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` ends as a line that introduces the next one may:
    with a colon, a comma or a lower-case word ("... warned that", "The Times reports:").

    (This was the search ``(?:[:,]|\bthat|[a-z]{3,})[ \t]*$`` over the paragraph's last 40
    characters; a paragraph ends in a solid character, so only its last three count.)
    """
    if text[end - 1] in ":,":
        return True
    tail = text[end - 3 : end]
    return end - start >= 3 and tail.isascii() and tail.isalpha() and tail.islower()


def _windows(text: str, regions: Sequence[QuoteRegion]) -> list[tuple[int, int]]:
    """The stretches of text worth tokenizing: the paragraphs that hold quotations, and the
    paragraph before or after one when it may introduce or attribute it."""
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return []
    starts = [paragraph[0] for paragraph in paragraphs]
    windows: list[tuple[int, int]] = []
    for region in regions:
        first = max(0, bisect.bisect_right(starts, region.open) - 1)
        last = max(first, bisect.bisect_right(starts, max(region.open, region.close - 1)) - 1)
        if first > 0 and paragraphs[first][0] == region.open:
            before_start, before_end = paragraphs[first - 1]
            if _open_end(text, before_start, before_end):
                first -= 1
        rest = paragraphs[last][1] - region.close
        ends = rest <= _TAIL and not text[region.close : paragraphs[last][1]].strip(" \t.,;:")
        after = paragraphs[last + 1] if last + 1 < len(paragraphs) else None
        if ends and after is not None and _ATTRIBUTING_START.match(text, *after):
            last += 1
        begin, finish = paragraphs[first][0], paragraphs[last][1]
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], finish))
        else:
            windows.append((begin, finish))
    return windows


def tokenize(
    text: str, regions: Sequence[QuoteRegion], paragraph_starts: Sequence[int]
) -> list[Token]:
    """Tokens around the quotations of ``text``, with one ``"q"`` token per quotation region.

    Only the paragraphs that hold a quotation, and the paragraph before or after one where it may
    matter, are tokenized, and of a paragraph's rest after its last quotation only what the rules
    read (see ``_tokenize_tail``); a token that starts a paragraph (after a blank line) has
    ``nl_before`` set: a single line break is just a space to the rules.
    ``paragraph_starts`` are the sorted offsets where paragraphs begin; each token gets the index
    of its paragraph.

    Examples:
        >>> from pressparse._text.quotemarks import find_quote_regions
        >>> text = '"Yes," Mr. Smith said.'
        >>> [t.text for t in tokenize(text, find_quote_regions(text), [0])]
        ['Yes,', 'Mr.', 'Smith', 'said', '.']
    """
    return tokenize_quotes(text, regions, paragraph_starts).tokens


def tokenize_quotes(
    text: str, regions: Sequence[QuoteRegion], paragraph_starts: Sequence[int]
) -> Tokenized:
    """``tokenize``, with the indices of the ``"q"`` tokens and the others the rules need.

    Examples:
        >>> from pressparse._text.quotemarks import find_quote_regions
        >>> text = 'He said "yes" and "no."'
        >>> tokenized = tokenize_quotes(text, find_quote_regions(text), [0])
        >>> [tokenized.tokens[i].text for i in tokenized.quotes]
        ['yes', 'no.']
    """
    out = Tokenized([], [], [], [])
    tokens, quotes = out.tokens, out.quotes
    index = 0
    for begin, finish in _windows(text, regions):
        pos = begin
        breaks = 2  # a window starts a paragraph
        while index < len(regions) and regions[index].open < finish:
            region = regions[index]
            if pos < region.open:  # most quotations open their paragraph: nothing before them
                breaks = _tokenize_gap(text, pos, region.open, breaks, paragraph_starts, out)
            words = text[region.start : region.end]
            para = max(0, bisect.bisect_right(paragraph_starts, region.open) - 1)
            if breaks >= 2:
                out.para_starts.append(len(tokens))
            quotes.append(len(tokens))
            out.candidates.append(len(tokens))
            tokens.append(
                Token("q", words, words, False, region.open, region.close, breaks >= 2, para, index)
            )
            breaks = 0
            pos = region.close
            index += 1
        _tokenize_tail(text, pos, finish, breaks, paragraph_starts, out)
    return out


def _tokenize_tail(
    text: str,
    start: int,
    end: int,
    breaks: int,
    paragraph_starts: Sequence[int],
    out: Tokenized,
) -> None:
    """Append the tokens of ``text[start:end]``, the rest of a window after its last quotation,
    leaving out those no rule reads: the sentences after the one that holds the quotation, but
    for the tokens of the window's last two words when the last token is a full stop, a question
    or an exclamation mark.

    Read forwards, a quotation's rules stop at the end of its sentence (``right_end``,
    ``sentence_end``), and ``next_word`` at the first word after it; a name read forwards that
    would run past it ("was written by ...", ``_Engine.verb_subject``) stops at the quotation
    unless its words could be a name's particle or suffix ("de", "iii": five characters at most,
    see ``mentions``), where the whole rest is tokenized. Read backwards, the rules of
    the next window's quotations stop at a full stop: they look at most two tokens past it
    (``opens_clause``), and at the line before only when it ends with ":", "," or a word
    (``paragraph_attribution``); the names before a pronoun (``people_in_paragraph``) stop where
    their paragraph does. Token indices are relative everywhere else, so the tokens in between may
    go. A stretch holding a line break (a paragraph or a soft wrap) is tokenized whole.

    The text is tokenized in pieces that start after a space: a token never holds a space (the
    words of a run are those the word branch reads one by one), so each piece gives the tokens
    that the whole stretch would give there.
    """
    tokens, candidates = out.tokens, out.candidates
    if breaks or len(tokens[-1].text) <= 5 or text.find("\n", start, end) >= 0:
        _tokenize_gap(text, start, end, breaks, paragraph_starts, out)
        return
    first = len(tokens)
    pos = start
    while pos < end:
        step = _SENTENCE_STEP.search(text, pos, end)
        stop = end if step is None else step.end()
        _tokenize_gap(text, pos, stop, 0, paragraph_starts, out)
        pos = stop
        if _read_to(tokens, candidates, first) >= 0:
            break
    if pos >= end:
        return
    # the last two tokens, from the second-last space on
    last_space = text.rfind(" ", pos, end)
    space = text.rfind(" ", pos, last_space) if last_space > pos else -1
    last = Tokenized([], [], [], [])
    if space >= 0:
        _tokenize_gap(text, space + 1, end, 0, paragraph_starts, last)
    if len(last.tokens) < 2 or last.tokens[-1].kind != "p" or last.tokens[-1].text not in ".!?…":
        _tokenize_gap(text, pos, end, 0, paragraph_starts, out)
        return
    offset = len(tokens)
    tokens.extend(last.tokens)
    candidates.extend(offset + i for i in last.candidates)


def _read_to(tokens: Sequence[Token], candidates: Sequence[int], first: int) -> int:
    """The first word or number after the first sentence end at or after token ``first`` (-1 if
    the tokens do not reach it yet): the last token a rule reads forwards from a quotation
    before ``first``. A candidate's end is known once the token after it is."""
    count = len(tokens)
    at = bisect.bisect_left(candidates, first)
    for i in candidates[at:]:
        if i + 1 >= count:
            return -1
        if sentence_end_tokens(tokens, (i,)):
            for j in range(i + 1, count):
                if tokens[j].kind in ("w", "n"):
                    return j
            return -1
    return -1


def ends_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` ends a sentence (a quotation is judged by its caller)."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.kind == "p":
        continued = nxt is not None and (
            nxt.text in (")", ",", ";") or (nxt.kind == "w" and not nxt.cap)
        )
        if token.text == "." and continued:
            return False  # "(D-Mo.)", "McConnell, R-Ky., said"
        return token.text in ".!?;…"
    if token.kind == "w" and token.text.endswith(".") and nxt is not None:
        return nxt.kind == "q" or (nxt.low in _SENTENCE_STARTERS and nxt.cap)
    return False


def sentence_ends(tokens: Sequence[Token]) -> list[bool]:
    """For every token, whether it ends a sentence: ``ends_sentence`` for words, numbers and
    punctuation, ``quote_ends_sentence`` for quotations.

    Examples:
        >>> from pressparse._text.quotemarks import find_quote_regions
        >>> text = 'He left. "Yes." Mr. Smith said so.'
        >>> tokens = tokenize(text, find_quote_regions(text), [0])
        >>> [t.text for t, end in zip(tokens, sentence_ends(tokens)) if end]
        ['.', 'Yes.', '.']
    """
    ends = [False] * len(tokens)
    candidates = [
        i for i, token in enumerate(tokens) if token.text[-1] in _ENDERS or token.kind == "q"
    ]
    for i in sentence_end_tokens(tokens, candidates):
        ends[i] = True
    return ends


def sentence_end_tokens(tokens: Sequence[Token], candidates: Sequence[int]) -> list[int]:
    """The tokens that end a sentence (as ``sentence_ends`` says), in order, of ``candidates``:
    the quotations and the tokens whose last character is one of ``.!?;…`` (which ``tokenize``
    notes as it makes them: no other token can end a sentence)."""
    count = len(tokens)
    starters = _SENTENCE_STARTERS
    ends: list[int] = []
    for i in candidates:
        token = tokens[i]
        kind = token.kind
        if kind == "p":
            text = token.text
            if text in _ENDERS:
                if text == "." and i + 1 < count:
                    nxt = tokens[i + 1]
                    # "(D-Mo.)", "McConnell, R-Ky., said": the sentence goes on
                    if not (nxt.text in (")", ",", ";") or (nxt.kind == "w" and not nxt.cap)):
                        ends.append(i)
                else:
                    ends.append(i)
        elif kind == "w":
            if i + 1 < count and token.text.endswith("."):
                nxt = tokens[i + 1]
                if nxt.kind == "q" or (nxt.low in starters and nxt.cap):
                    ends.append(i)
        elif kind == "q" and quote_ends_sentence(token):
            ends.append(i)
    return ends


def quote_ends_sentence(token: Token) -> bool:
    """Whether a quotation token's words end with a full stop, question or exclamation mark."""
    text = token.text
    return bool(_SENTENCE_FINAL.search(text, max(0, len(text) - 12)))
