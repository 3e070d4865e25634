"""Quote attribution by rules: who said each quotation, with which verb, and whether it is speech.

For every quotation the rules below are tried in order; the first that matches attributes it.

1. ``after``: the attribution follows the quotation in its sentence: ``"...," Trump said``,
   ``"...," said Rep. Smith, head of ...``, ``"...," according to the readout``.
2. ``intro``: a verb introduces it right before: ``Trump said: "..."``, ``He says of Clinton,
   "..."``, ``Said Ellis: "..."``, ``..., saying, "..."``.
3. ``governed``: the nearest speech verb, speech noun or source phrase before it in the sentence:
   ``Trump says voter fraud "would be ..."``, ``Trump's claim that "..."``, ``According to X, ...``.
4. ``closing``: the sentence ends with the attribution: ``A cashier who "steals ..." is held
   accountable, Warren said.``
5. ``paragraph``: a quotation that opens its paragraph takes the speaker of an introduction that
   ends the paragraph before (``John Kerry warned that`` / ``The Times reports:``) or of one that
   opens the paragraph after (``according to the readout ...``, ``the statement concludes.``).
6. ``continued``: a quotation that opens a sentence without attribution continues the nearest
   attributed quotation of its paragraph (``"...," Warren said. "..."``), or of the paragraph
   before when it stands alone.

Titles and scare quotes (``MSNBC's "Morning Joe"``, ``the "sex tape" reference``) are left without
speaker and cue unless rule 1 or 2 attributes them. Speakers are then resolved: ``he`` / ``she`` to
the nearest person named before, a surname or ``Mr. Trump`` to the full name used in the text, and
``the statement`` to the source of the last statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from pressparse._text.mentions import (
    Mention,
    NameIndex,
    is_organization_word,
    mention_after,
    mention_before,
    mention_text,
)
from pressparse._text.quote_tokens import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TIME_WORDS,
    Token,
    Tokenized,
    ends_sentence,
    is_possessive,
    quote_ends_sentence,
    sentence_end_tokens,
    strip_possessive,
    word_set,
)
from pressparse._text.speech_verbs import SpeechLexicon

__all__ = ["Attributed", "attribute"]

_FRAME = 60  # the most tokens a rule looks at on either side of a quotation
_NEIGHBOURS = 12  # the most quotations a quotation looks past for one to continue
_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_NOUN_DETERMINERS = (
    DETERMINERS - {"that", "this", "all", "both", "each", "one"}
) | _POSSESSIVE_DETERMINERS
# Words that open a sentence with a phrase or clause ending at the first comma.
_INTRODUCERS = word_set(
    """
    in at on during after before when while as though although following with speaking
    earlier later since despite amid asked if because once until unless whereas
    """
)
# Of those, the ones that open a subordinate clause: its verbs are not the sentence's main verb.
_SUBORDINATORS = word_set(
    """
    when while as though although if because since once until unless whereas after before
    """
)
# A gerund after these words shares the sentence's subject: ", saying ...", "while arguing ...".
_GERUND_LINKS = frozenset(
    (",", "while", "by", "after", "before", "when", "in", "and", "then", "also", "before")
)
_NAMING_VERBS = word_set(
    """
    call dub name nickname label brand term describe refer liken compare deride denounce
    mock praise cite dismiss characterize characterise
    """
)
_DASHES = frozenset(("—", "–", "-", "--", "―"))
_INTRO_PUNCT = frozenset((":", ",", "—", "–", "―"))
_SCARE_MARKERS = frozenset(("so-called", "self-styled", "self-described"))
_TITLE_SMALL_WORDS = word_set(
    """
    a an the of with in on at to for and or but by from as nor vs
    """
)
_STOP_AFTER = (
    PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | PRONOUNS | DETERMINERS | RELATIVES | ADVERBS
)
_OBJECT_VERBS = frozenset(
    ("tell", "ask", "warn", "remind", "assure", "inform", "urge", "text", "email")
)
# Nouns that take a plural verb without ending in -s ("Police say", "People say").
_PLURAL_NOUNS = word_set("police people staff media personnel clergy")
_BASE_OK_BEFORE = (
    AUXILIARIES | ADVERBS | frozenset(("to", "i", "we", "you", "they", "who", "which", "that"))
)


class Attribution(NamedTuple):
    """The speaker mention and cue tokens that the rule ``rule`` found for one quotation."""

    speaker: Mention | None
    cue: tuple[int, int] | None
    rule: str


class Attributed(NamedTuple):
    """One quotation's result, in text offsets."""

    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None
    cue_span: tuple[int, int] | None
    direct: bool


_TITLE = Attribution(None, None, "title")


class _Engine:
    """The rules over one text's tokens."""

    def __init__(
        self, text: str, tokenized: Tokenized, lexicon: SpeechLexicon, names: NameIndex
    ) -> None:
        self.text = text
        self.tokens = tokens = tokenized.tokens
        self.lexicon = lexicon
        self.names = names
        self.n = n = len(tokens)
        self.cue_set = lexicon.cue_words
        self.phrase_heads = frozenset(phrase[0] for phrase in lexicon.source_phrases if phrase)
        self.titles: dict[int, tuple[list[str], bool]] = {}  # title_words of each quotation
        # Where a backward scan from each token stops (its sentence part's first token) and where
        # a forward scan stops: computed once, so that every rule costs the same however long the
        # text. Both change only at the few tokens that end a sentence, start a paragraph or are
        # a quotation, which the tokenizer noted: the arrays are filled a slice at a time from
        # those (a pass over every token would cost more than all the rules).
        ends = sentence_end_tokens(tokens, tokenized.candidates)
        stops = {i: i + 1 for i in ends}  # a forward scan stops after a sentence end ...
        for i in tokenized.para_starts:
            stops[i] = i  # ... and before a paragraph or a quotation
        for i in tokenized.quotes:
            stops[i] = i
        self.stop_at = stop_at = [n] * (n + 1)
        first = 0
        for i in sorted(stops):
            stop_at[first : i + 1] = [stops[i]] * (i + 1 - first)
            first = i + 1
        self.start_of = start_of = [0] * n
        bounds = sorted({0, *tokenized.para_starts, *(i + 1 for i in ends if i + 1 < n)})
        for first, following in zip(bounds, [*bounds[1:], n], strict=True):
            start_of[first:following] = [first] * (following - first)

    def cues_between(self, start: int, end: int) -> list[int]:
        """The indices of possible cue words in ``start..end-1``."""
        tokens, cue_set = self.tokens, self.cue_set
        return [v for v in range(start, end) if tokens[v].low in cue_set]

    def next_word(self, i: int) -> int:
        """The first word or number at or after token ``i`` (``n`` if none)."""
        tokens, n = self.tokens, self.n
        while i < n and tokens[i].kind not in ("w", "n"):
            i += 1
        return i

    # --- word tests ------------------------------------------------------------------------

    def is_cue_verb(self, v: int, sentence_start: int) -> bool:
        """Whether token ``v`` is a speech verb used as a verb (not "the report", "his claims")."""
        tokens = self.tokens
        token = tokens[v]
        if token.kind != "w":
            return False
        lemma = self.lexicon.verb_lemma(token.low)
        if lemma is None:
            return False
        if token.cap and v != sentence_start:
            return False
        if v == 0 or v == sentence_start:
            return True
        prev = tokens[v - 1]
        if prev.low in _NOUN_DETERMINERS or (is_possessive(prev.low) and prev.low not in PRONOUNS):
            return False
        if self.lexicon.is_bare(token.low):
            # a base form needs a plural subject, "to" or an auxiliary: "Obama and Clinton call",
            # "will say"; after a singular noun it is a noun ("an Office report released")
            if prev.low in _BASE_OK_BEFORE or prev.text == ",":
                return True
            if prev.kind == "w" and prev.low.endswith("s") and not prev.low.endswith("ss"):
                return True
            if prev.low in _PLURAL_NOUNS:
                return True
            return any(tokens[i].low == "and" for i in range(max(sentence_start, v - 4), v))
        return True

    def is_gerund_use(self, v: int) -> bool:
        token = self.tokens[v]
        return self.lexicon.is_gerund(token.low) or (v > 0 and self.tokens[v - 1].low == "to")

    def skip_back(self, j: int, lo: int) -> int:
        """Step back over adverbs and auxiliaries before a verb ("has also said")."""
        steps = 0
        while j >= lo and steps < 4:
            token = self.tokens[j]
            if token.kind == "w" and (
                token.low in ADVERBS
                or token.low in AUXILIARIES
                or (token.low.endswith("ly") and len(token.low) > 4)
            ):
                j -= 1
                steps += 1
                continue
            break
        return j

    def phrase_at(self, i: int, hi: int) -> int:
        """The length of the source phrase ("according to") starting at token ``i``, or 0."""
        tokens = self.tokens
        if i >= hi or tokens[i].low not in self.phrase_heads:
            return 0  # no phrase starts with this word: most tokens
        for phrase in self.lexicon.source_phrases:
            size = len(phrase)
            if i + size <= hi and all(tokens[i + k].low == phrase[k] for k in range(size)):
                return size
        return 0

    def after_preposition(self, mention: Mention, lo: int) -> bool:
        """Whether a mention is the object of a preposition ("In a Facebook message posted ...")."""
        if mention.first - 1 < lo:
            return False
        before = self.tokens[mention.first - 1].low
        return before in PREPOSITIONS and before != "of"

    # --- frames ------------------------------------------------------------------------------

    def left_start(self, k: int) -> int:
        """The first token of the sentence part before token ``k``."""
        return max(self.start_of[k], k - _FRAME, 0)

    def right_end(self, k: int) -> int:
        """One past the last token of the sentence part after token ``k`` (stops at a quotation)."""
        if k + 1 >= self.n:
            return k + 1
        return min(self.stop_at[k + 1], k + _FRAME)

    def sentence_end(self, i: int) -> int:
        """One past the end of the sentence that token ``i`` is in, quotations included."""
        tokens = self.tokens
        j = i
        hi = min(self.n, i + _FRAME)
        while j < hi:
            token = tokens[j]
            if j > i and token.nl_before:
                return j
            if token.kind != "q" and ends_sentence(tokens, j):
                return j + 1
            j += 1
        return j

    # --- subjects ----------------------------------------------------------------------------

    def subject_before(self, v: int, lo: int) -> Mention | None:
        """The subject of the verb at ``v``: "Trump | said", "Fallon, an aide, | noted"."""
        tokens = self.tokens
        j = self.skip_back(v - 1, lo)
        if j < lo:
            return None
        if tokens[j].text == ",":
            mention = self.appositive_subject(j, lo)
        else:
            mention = mention_before(tokens, j, lo, self.lexicon)
        if mention is None or self.after_preposition(mention, lo):
            return None
        return mention

    def appositive_subject(self, comma: int, lo: int) -> Mention | None:
        """The subject before one or more appositives closed by the comma at ``comma``."""
        tokens, lexicon = self.tokens, self.lexicon
        end = comma
        fallback: Mention | None = None
        for _ in range(3):
            c = end - 1
            while c >= lo and tokens[c].text != "," and tokens[c].kind != "q":
                c -= 1
            if c < lo or tokens[c].kind == "q":
                if fallback is None:
                    fallback = mention_before(tokens, end - 1, lo, lexicon)
                    if fallback is not None and fallback.first != lo and fallback.kind != "name":
                        fallback = None
                break
            inner = mention_before(tokens, end - 1, c + 1, lexicon)
            if (
                inner is not None
                and inner.first == c + 1
                and inner.kind == "name"
                and fallback is None
            ):
                fallback = inner  # "Another critic, Laurence H. Tribe, likened"
            head = mention_before(tokens, c - 1, lo, lexicon)
            if (
                head is not None
                and head.kind in ("name", "pronoun")
                and not self.after_preposition(head, lo)
            ):
                return head
            if head is not None and fallback is None and not self.after_preposition(head, lo):
                fallback = head
            end = c
        return fallback

    def clause_subject(self, start: int, v: int) -> Mention | None:
        """The subject of the sentence part ``start..v`` (for "..., saying" and "to say")."""
        tokens = self.tokens
        # '"...," the mayor said, adding': the sentence may open with a quotation
        i = start = self.next_word(start)
        if i < v and tokens[i].low in _INTRODUCERS:
            while i < v and tokens[i].text != ",":
                i += 1
            if i >= v:
                # "On September 27 they published ...": the first pronoun is the subject
                for p in range(start + 1, v):
                    if tokens[p].low in PRONOUNS and tokens[p].low not in ("it", "you"):
                        return Mention(p, p, "pronoun", (p, p))
                return None
            i += 1
        while i < v and (
            tokens[i].low in ("but", "and", "so", "yet", "then") or tokens[i].text in _DASHES
        ):
            i += 1
        if i >= v:
            return None
        mention = mention_after(tokens, i, v, self.lexicon)
        if mention is None:
            return None
        if mention.last + 1 < v and tokens[mention.last + 1].low in PREPOSITIONS - {"of"}:
            return mention
        return mention

    def verb_subject(self, v: int, lo: int) -> Mention | None:
        """The speaker of the cue verb at ``v``, by its grammar."""
        tokens = self.tokens
        if self.is_gerund_use(v):
            if v - 1 >= lo and tokens[v - 1].text not in (",", "to"):
                near = mention_before(tokens, self.skip_back(v - 1, lo), lo, self.lexicon)
                if near is not None and near.kind in ("name", "pronoun"):
                    return near
            subject = self.clause_subject(lo, v)
            if subject is None and v - lo <= 1:
                subject = self.subject_after_phrase(v)
            return subject if subject is not None and self.can_speak(subject) else None
        if v - 1 >= lo and tokens[v - 1].low in ("and", "or"):
            return self.clause_subject(lo, v)
        subject = self.subject_before(v, lo)
        passive = v - 1 >= lo and tokens[v - 1].low in ("was", "were", "been", "is")
        if subject is None and passive and v + 2 < self.n and tokens[v + 1].low == "by":
            return mention_after(tokens, v + 2, min(self.n, v + 14), self.lexicon)  # "written by"
        return subject

    def subject_after_phrase(self, v: int) -> Mention | None:
        """The subject after an opening participle: ``Bemoaning the "phony system," Trump``."""
        tokens = self.tokens
        end = self.sentence_end(v)
        for c in range(v + 1, end):
            token = tokens[c]
            if token.text == "," or (token.kind == "q" and token.text.endswith(",")):
                mention = mention_after(tokens, c + 1, end, self.lexicon)
                return (
                    mention if mention is not None and mention.kind in ("name", "pronoun") else None
                )
        return None

    # --- rules -------------------------------------------------------------------------------

    def rule_after(self, k: int, end: int) -> Attribution | None:
        """``"...," Trump said`` / ``"...," said Trump`` / ``"...," according to X``."""
        tokens, lexicon = self.tokens, self.lexicon
        i = k + 1
        if i >= end:
            return None
        quote = tokens[k].text.rstrip("’'\"”)]")
        dash = tokens[i].text in _DASHES
        if tokens[i].text == "," or dash:
            i += 1
        elif not quote.endswith((",", ".", "?", "!", "…", "—", "-")):
            return None  # `"..." suggests that ...`: the quotation is a subject, not an utterance
        if i >= end:
            return None
        final = quote.endswith((".", "?", "!", "…")) and tokens[i].cap
        size = self.phrase_at(i, end)
        if size:
            mention = mention_after(tokens, i + size, end, lexicon)
            if mention is not None:
                return Attribution(mention, (i, i + size - 1), "after")
        v = i
        while v < end and tokens[v].low in ADVERBS:
            v += 1
        if v < end and self.is_cue_verb(v, i) and not self.is_gerund_use(v):
            mention = mention_after(tokens, v + 1, end, lexicon)
            if mention is not None and (not final or self.tail_ok(mention.last + 1, end, v)):
                return Attribution(mention, (v, v), "after")
        if tokens[i].low == "as" and not final:
            i += 1  # "...," as a Homeland Security memo put it.
        mention = mention_after(tokens, i, end, lexicon)
        if mention is None:
            return None
        # after a full stop only "Trump said." or "Trump, an aide, said." may follow, not a new
        # sentence that happens to end with a speech verb ("That allows ..., she said.")
        v = self.find_verb_after(mention.last + 1, end, strict=final)
        if v < 0:
            if dash and mention.kind == "name" and self.signature_end(mention.last + 1, end):
                return Attribution(
                    mention, None, "after"
                )  # "..." — Donald J. Trump (@realDonaldTrump)
            return None
        if final and not self.tail_ok(v + 1, end, v):
            return None
        cue_end = v + 1 if tokens[v].low == "put" else v
        return Attribution(mention, (v, cue_end), "after")

    def signature_end(self, p: int, end: int) -> bool:
        """Whether nothing but a handle, a date or the end follows a signature name."""
        if p >= end:
            return True
        token = self.tokens[p]
        return token.kind in ("p", "n") or token.low in TIME_WORDS or token.nl_before

    def find_verb_after(self, p: int, end: int, *, strict: bool = False) -> int:
        """The cue verb that follows a subject ending before ``p``, past appositives; -1 if none.

        ``strict``: only right after the subject or after an appositive, not after a phrase.
        """
        tokens = self.tokens
        q = p
        while (
            q < end
            and tokens[q].kind == "w"
            and (tokens[q].low in ADVERBS or tokens[q].low in AUXILIARIES)
        ):
            q += 1
        if q < end and self.is_cue_verb(q, p) and not self.lexicon.is_gerund(tokens[q].low):
            return q
        if q + 1 < end and tokens[q].low == "put" and tokens[q + 1].low == "it":
            return q
        if p >= end or not (tokens[p].text in (",", "(") or tokens[p].low in PREPOSITIONS):
            return -1
        if strict and tokens[p].low in PREPOSITIONS:
            return -1
        limit = min(end, p + 40)
        for v in range(p + 1, limit):
            if tokens[v].kind == "q":
                return -1
            if self.is_cue_verb(v, p) and not self.lexicon.is_gerund(tokens[v].low):
                back = self.skip_back(v - 1, p)
                if tokens[back].text in (",", ")") or tokens[p].text != ",":
                    return v
                return -1
        return -1

    def tail_ok(self, p: int, end: int, v: int) -> bool:
        """After ``."`` only a short attribution may follow: ``"Stop." Trump said on Friday.``"""
        tokens = self.tokens
        if p >= end:
            return True
        token = tokens[p]
        if token.kind == "p":
            return True
        low = token.low
        if low in PREPOSITIONS or low in TIME_WORDS or low in ADVERBS:
            return True
        if self.lexicon.verb_lemma(tokens[v].low) in _OBJECT_VERBS:
            return end - p <= 8 and all(tokens[i].low != "that" for i in range(p, end))
        return False

    def rule_intro(self, k: int, start: int) -> Attribution | None:
        """``Trump said: "..."`` / ``He said, "..."`` / ``Said Ellis: "..."`` / ``saying, "..."``"""
        tokens = self.tokens
        j = k - 1
        if j < start:
            return None
        punct = tokens[j].text in _INTRO_PUNCT
        if punct:
            j -= 1
        elif not tokens[k].text[:1].isupper():
            return None
        lo = max(start, j - 8)
        for v in range(j, lo - 1, -1):
            if tokens[v].kind == "q":
                break
            if not self.is_cue_verb(v, start):
                continue
            if not punct and v < j and tokens[j].low != "that":
                return None
            subject = self.verb_subject(v, start)
            if subject is None and tokens[v].cap:
                subject = mention_after(tokens, v + 1, j + 1, self.lexicon)
            if subject is None:
                return None
            if self.embedded(subject, start):
                outer = self.rule_governed(v, start)
                if outer is not None:
                    return outer._replace(rule="intro")
            return Attribution(subject, (v, v), "intro")
        if tokens[k - 1].text == ":":
            return self.rule_subject(k, start, "intro")
        return None

    def embedded(self, subject: Mention, start: int) -> bool:
        """Whether a subject opens a clause another verb reports ("Lynch said | she recalled")."""
        tokens = self.tokens
        p = subject.first - 1
        if p >= start and tokens[p].low == "that":
            return True
        return p >= start and self.is_cue_verb(p, start)

    def rule_governed(self, k: int, start: int) -> Attribution | None:
        """The main speech verb, speech noun or source phrase before the quotation in its sentence.

        The first one of the main clause wins ("Trump said that Clinton once described ... as
        "..."" is Trump's), unless a later one opens a clause of its own (", and Clinton called");
        a later verb that shares the speaker ("..., saying", "and encouraged") gives the cue.
        """
        main_start = self.main_clause(start, k)
        candidates: list[tuple[int, Attribution, bool]] = []
        for v in self.cues_between(start, k):
            found = self.cue_at(v, start, k, main_start)
            if found is not None:
                candidates.append((v, found[0], found[1]))
        with_speaker = [c for c in candidates if c[1].speaker is not None]
        if not with_speaker:
            return None
        chosen = next((c for c in with_speaker if c[0] >= main_start), with_speaker[0])
        best = chosen[1]
        for v, attribution, own in candidates:
            if v <= chosen[0]:
                continue
            speaker = attribution.speaker
            if own and speaker is not None and self.opens_clause(speaker.first):
                best = attribution
            elif not own and self.shares_subject(v, best):
                best = best._replace(cue=attribution.cue)
        return best

    def main_clause(self, start: int, k: int) -> int:
        """Where the main clause starts, after an opening subordinate clause or participle."""
        tokens = self.tokens
        first = self.next_word(start)
        if first >= k:
            return start
        opener = tokens[first]
        participle = opener.cap and opener.low.endswith("ing") and not self.phrase_at(first, k)
        if opener.low in _SUBORDINATORS or participle:
            for c in range(first + 1, k - 1):
                if tokens[c].text == "," or (
                    tokens[c].kind == "q" and tokens[c].text.endswith(",")
                ):
                    after = tokens[c + 1]
                    if after.cap or after.low in PRONOUNS or after.low in DETERMINERS:
                        return c + 1  # the comma that a subject follows
        return start

    def shares_subject(self, v: int, main: Attribution) -> bool:
        """Whether the verb at ``v`` continues the main verb's clause (", saying", "and warned")."""
        tokens = self.tokens
        if main.cue is None or tokens[main.cue[0]].low in ("according", "as", "in", "quoting"):
            return False
        prev = tokens[v - 1].low
        if self.lexicon.is_gerund(tokens[v].low):
            return prev in _GERUND_LINKS or tokens[v - 1].text == ","
        if prev in ("and", "or"):
            form = tokens[v].low
            main_form = tokens[main.cue[1]].low
            if self.lexicon.is_bare(form):
                return self.lexicon.is_bare(main_form)  # "to accuse ... and encourage"
            if form.endswith("s"):
                return main_form.endswith("s")  # "says ... and adds", not "and protests demands"
            return True
        return False

    def cue_at(
        self, v: int, start: int, k: int, main_start: int
    ) -> tuple[Attribution, bool] | None:
        """The attribution a cue word at ``v`` gives, and whether its subject is its own.

        A gerund or a coordinated verb without a subject of its own still counts: it may give a
        better cue for the main verb's speaker ("..., adding that").
        """
        tokens, lexicon = self.tokens, self.lexicon
        token = tokens[v]
        if token.low in ("according", "quoting", "as", "in"):
            size = self.phrase_at(v, k)
            if size:
                mention = mention_after(tokens, v + size, k, lexicon)
                if mention is not None:
                    return Attribution(mention, (v, v + size - 1), "governed"), True
        if self.is_cue_verb(v, start):
            own = not self.is_gerund_use(v) and tokens[v - 1].low not in ("and", "or")
            subject = self.verb_subject(v, start if own or v < main_start else main_start)
            if subject is None and own:
                return None
            return Attribution(subject, (v, v), "governed"), own
        if lexicon.is_speech_noun(token.low) and v - 1 >= start:
            nxt = tokens[v + 1] if v + 1 < self.n else None
            if nxt is None or not (nxt.low == "that" or nxt.kind == "q" or nxt.text in (":", ",")):
                return None
            owner = tokens[v - 1]
            if owner.low in _POSSESSIVE_DETERMINERS:
                return Attribution(
                    Mention(v - 1, v - 1, "pronoun", (v - 1, v - 1)), (v, v), "governed"
                ), True
            if is_possessive(owner.low):
                mention = mention_before(tokens, v - 1, start, lexicon)
                if mention is not None:
                    return Attribution(mention, (v, v), "governed"), True
        return None

    def opens_clause(self, first: int) -> bool:
        """Whether a subject starting at ``first`` opens a new main clause (", and Clinton ...")."""
        tokens = self.tokens
        if first < 2:
            return False
        before, comma = tokens[first - 1], tokens[first - 2]
        after_comma = comma.text == "," or (comma.kind == "q" and comma.text.endswith(","))
        return (
            before.low in ("and", "but", "while", "whereas") and after_comma
        ) or before.text == ";"

    def rule_closing(self, k: int, end: int) -> Attribution | None:
        """``..., Warren said.`` / ``..., according to X.`` / ``..., as a memo put it.``"""
        tokens, lexicon = self.tokens, self.lexicon
        for c in range(k + 1, end):
            if tokens[c].text != ",":
                continue
            size = self.phrase_at(c + 1, end)
            if size:
                mention = mention_after(tokens, c + 1 + size, end, lexicon)
                if mention is not None:
                    return Attribution(mention, (c + 1, c + size), "closing")
            i = c + 2 if c + 1 < end and tokens[c + 1].low == "as" else c + 1
            mention = mention_after(tokens, i, end, lexicon)
            if mention is None:
                continue
            q = mention.last + 1
            while q < end and tokens[q].low in ADVERBS:
                q += 1
            if q >= end:
                continue
            if tokens[q].low == "put" and q + 1 < end and tokens[q + 1].low == "it":
                return Attribution(mention, (q, q + 1), "closing")
            verb = self.is_cue_verb(q, c + 1) and not self.lexicon.is_gerund(tokens[q].low)
            if verb and (
                self.tail_ok(q + 1, end, q) or (q + 1 < end and tokens[q + 1].text == ",")
            ):
                return Attribution(mention, (q, q), "closing")
        return None

    def rule_subject(self, k: int, start: int, rule: str = "subject") -> Attribution | None:
        """The sentence's subject and verb: ``Trump openly admires Putin as a "strong leader."``"""
        tokens = self.tokens
        mention = self.clause_subject(start, k)
        if mention is None or not self.can_speak(mention):
            return None
        q = mention.last + 1
        first = q
        while (
            q < k
            and tokens[q].kind == "w"
            and (
                tokens[q].low in ADVERBS
                or tokens[q].low in AUXILIARIES
                or (tokens[q].low.endswith("ly") and len(tokens[q].low) > 4)
            )
        ):
            q += 1
        if q >= k:
            return None
        verb = tokens[q]
        if verb.kind != "w" or verb.cap or verb.low in _STOP_AFTER:
            return None
        return Attribution(mention, (first, q), rule)

    def can_speak(self, mention: Mention) -> bool:
        """Whether a subject can be a speaker without a speech verb to say so: a person, an
        organization or a text, not "The deadly fumes" or "it"."""
        tokens, lexicon = self.tokens, self.lexicon
        first, last = tokens[mention.first], tokens[mention.last]
        if mention.kind == "pronoun":
            return first.low in ("he", "she", "they", "i", "we", "he’s", "she’s", "he's", "she's")
        if mention.kind == "name":
            if mention.first != mention.last or not self.opens_sentence(mention.first):
                return True
            # a lone capitalized word opening a sentence is a name only if the text names
            # someone by it ("Reid", from "Harry Reid") or it names people ("Protesters"), not
            # "Emergency alerts", "School districts" or "Registered"
            word = strip_possessive(first.text)
            known = self.names.full_name(word, first.start) != word
            plural = word.endswith("s") and not word.endswith("ss") and not lexicon.is_verb(word)
            return known or plural or lexicon.gender(word) is not None
        head = strip_possessive(last.low)
        return (
            lexicon.is_person_noun(head)
            or lexicon.is_person_noun(head.removesuffix("s"))
            or lexicon.is_document_noun(head)
            or lexicon.is_title(head)
            or is_organization_word(head)
            or is_organization_word(head.removesuffix("s"))
        )

    def opens_sentence(self, i: int) -> bool:
        """Whether token ``i`` is the first word of its sentence."""
        return self.start_of[i] == i or self.next_word(self.start_of[i]) == i

    # --- scare quotes and titles ---------------------------------------------------------------

    def title_words(self, k: int) -> tuple[list[str], bool]:
        """The quotation's words, and whether they read as a title (ten words at most, each
        content word capitalized). Past ten words only the count matters, so a long quotation
        is split no further than its eleventh word. Both title tests ask: worked out once."""
        known = self.titles.get(k)
        if known is not None:
            return known
        words = self.tokens[k].text.rstrip(",.;:!?’'\"”").split(maxsplit=10)
        titled = False
        if 0 < len(words) <= 10:
            content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS and w != "I"]
            titled = bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        self.titles[k] = words, titled
        return words, titled

    def named_as(self, k: int, start: int) -> bool:
        """Whether a naming word introduces the quotation ("called him "...", "as "...")."""
        if k - 1 < start:
            return False
        prev = self.tokens[k - 1]
        return self.lexicon.verb_lemma(prev.low) in _NAMING_VERBS or prev.low in (
            "as",
            "word",
            "words",
            "phrase",
            "term",
        )

    def is_strong_title(self, k: int, start: int) -> bool:
        """A title after a possessive or "of" (``MSNBC's "Morning Joe"``), or a so-called "word"."""
        if k - 1 >= start and self.tokens[k - 1].low in _SCARE_MARKERS:
            return True
        words, titled = self.title_words(k)
        if not titled or k - 1 < start or self.named_as(k, start):
            return False
        prev = self.tokens[k - 1]
        return (is_possessive(prev.low) and prev.cap) or (
            prev.low in ("of", "on", "in") and (len(words) > 1 or words[0][:1].isdigit())
        )

    def is_title_or_scare(self, k: int, start: int, end: int) -> bool:
        """A name of a work, a show or an event, or a word the writer holds at a distance."""
        tokens = self.tokens
        if self.named_as(k, start):
            return False
        words, titled = self.title_words(k)
        if titled and (len(words) > 1 or words[0][:1].isdigit()):
            return True
        prev = tokens[k - 1] if k - 1 >= start else None
        nxt = tokens[k + 1] if k + 1 < end else None
        if titled and prev is not None and (is_possessive(prev.low) or prev.low in PREPOSITIONS):
            return True
        if (
            0 < len(words) <= 3
            and prev is not None
            and nxt is not None
            and tokens[k].text[-1:].isalnum()
        ):
            modifier_before = prev.low in DETERMINERS or prev.cap
            noun_after = nxt.kind == "w" and not nxt.cap and nxt.low not in _STOP_AFTER
            return modifier_before and noun_after and not self.lexicon.is_verb(nxt.low)
        return False

    # --- drivers -----------------------------------------------------------------------------

    def direct_attribution(self, k: int) -> tuple[Attribution | None, int, int]:
        """Rules 1-4 and the title test for the quotation token ``k``; with its sentence bounds."""
        start, end = self.left_start(k), self.right_end(k)
        found = self.rule_after(k, end)
        if found is not None and found.cue is not None and self.phrase_at(found.cue[0], end):
            # 'The chief said the ban "will stay," according to two aides': the chief said it
            governed = self.rule_governed(k, start)
            if governed is not None and governed.cue and not self.phrase_at(governed.cue[0], k):
                found = governed
        found = found or self.rule_intro(k, start)
        if found is not None:
            return found, start, end
        if self.is_strong_title(k, start):
            return _TITLE, start, end
        found = self.rule_governed(k, start) or self.rule_closing(k, end)
        if found is not None:
            return found, start, end
        if self.is_title_or_scare(k, start, end):
            return _TITLE, start, end
        if start < k:
            found = self.rule_subject(k, start)
        return found, start, end

    def previous_sentence(self, k: int) -> Attribution | None:
        """The attribution of the sentence before ``k`` in its line: ``Schiff said. "..."``."""
        tokens = self.tokens
        if k < 1 or tokens[k].nl_before or not ends_sentence(tokens, k - 1):
            return None
        start = self.left_start(k - 1)
        if start >= k - 1:
            return None
        return (
            self.rule_governed(k - 1, start) or self.rule_closing(start - 1, k)
            if start > 0
            else self.rule_governed(k - 1, start)
        )

    def paragraph_attribution(self, k: int) -> Attribution | None:
        """Rule 5: an introduction ending the line before, or an attribution opening the next."""
        tokens = self.tokens
        if k > 0 and tokens[k].nl_before:
            last = tokens[k - 1]
            if last.kind != "q" and (
                last.text in (":", ",") or last.low == "that" or self.lexicon.is_verb(last.low)
            ):
                found = self.rule_intro_across(k, self.left_start(k - 1))
                if found is not None:
                    return found
        nxt = self.line_after(k)
        if nxt >= 0 and tokens[k].nl_before:
            token = tokens[nxt]
            if token.kind == "w" and (
                not token.cap or self.lexicon.is_verb(token.low) or self.phrase_at(nxt, self.n)
            ):
                found = self.rule_after(nxt - 1, self.right_end(nxt))
                if found is not None:
                    return found._replace(rule="paragraph")
        return None

    def rule_intro_across(self, k: int, start: int) -> Attribution | None:
        """``John Kerry warned that`` + line break + the quotation."""
        tokens = self.tokens
        j = k - 1
        if tokens[j].text in _INTRO_PUNCT:
            j -= 1
        for v in range(j, max(start, j - 40) - 1, -1):
            if tokens[v].kind == "q":
                return None
            if self.is_cue_verb(v, start):
                subject = self.verb_subject(v, start)
                if subject is None and tokens[v].cap:
                    subject = mention_after(tokens, v + 1, j + 1, self.lexicon)
                if subject is not None:
                    return Attribution(subject, (v, v), "paragraph")
                return None
        return None

    def line_after(self, k: int) -> int:
        """The first token of the next line when quotation ``k`` ends its line, else -1."""
        tokens = self.tokens
        j = k + 1
        while (
            j < self.n
            and tokens[j].kind == "p"
            and not tokens[j].nl_before
            and tokens[j].text in ".,;:"
        ):
            j += 1
        if j < self.n and tokens[j].nl_before:
            return j
        return -1

    def sentence_initial(self, k: int, start: int) -> bool:
        tokens = self.tokens
        return all(
            tokens[i].kind == "p" or tokens[i].low in ("and", "but") for i in range(start, k)
        )


def attribute(text: str, tokenized: Tokenized, lexicon: SpeechLexicon) -> list[Attributed]:
    """Attribute every quotation (the ``"q"`` tokens of ``tokenized``)."""
    tokens, quote_tokens = tokenized.tokens, tokenized.quotes
    names = NameIndex(text, lexicon)
    engine = _Engine(text, tokenized, lexicon, names)
    found: list[Attribution | None] = []
    shapes: list[tuple[int, int]] = []
    for k in quote_tokens:
        attribution, start, end = engine.direct_attribution(k)
        found.append(attribution)
        shapes.append((start, end))
    _fill_gaps(engine, quote_tokens, found, shapes)
    resolver = _Resolver(text, tokens, lexicon, names)
    out: list[Attributed] = []
    for index, k in enumerate(quote_tokens):
        attribution = found[index]
        start, end = shapes[index]
        direct = _is_direct(engine, k, start, end, attribution)
        if attribution is None or attribution.speaker is None:
            out.append(Attributed(None, None, None, None, direct))
            continue
        mention = attribution.speaker
        speaker = resolver.resolve(mention)
        span = (tokens[mention.first].start, tokens[mention.last].end)
        last_word = tokens[mention.last].text
        span = (span[0], span[1] - len(last_word) + len(strip_possessive(last_word)))
        cue = None
        cue_span = None
        if attribution.cue is not None:
            cue_span = (tokens[attribution.cue[0]].start, tokens[attribution.cue[1]].end)
            cue = text[cue_span[0] : cue_span[1]]
        out.append(Attributed(speaker, span, cue, cue_span, direct))
    return out


def _fill_gaps(
    engine: _Engine,
    quote_tokens: Sequence[int],
    found: list[Attribution | None],
    shapes: Sequence[tuple[int, int]],
) -> None:
    """Rules 5 and 6 for the quotations that rules 1-4 left without a speaker."""
    tokens = engine.tokens
    count = len(quote_tokens)
    for index in range(count):
        if found[index] is not None:
            continue
        k = quote_tokens[index]
        start, _end = shapes[index]
        if not engine.sentence_initial(k, start):
            continue
        para = tokens[k].para
        found[index] = (
            _neighbour(tokens, quote_tokens, found, index, para, -1)
            or engine.previous_sentence(k)
            or _neighbour(tokens, quote_tokens, found, index, para, 1)
            or engine.paragraph_attribution(k)
            or _previous_paragraph(tokens, quote_tokens, found, index, para)
        )


def _neighbour(
    tokens: Sequence[Token],
    quote_tokens: Sequence[int],
    found: Sequence[Attribution | None],
    index: int,
    para: int,
    step: int,
) -> Attribution | None:
    """The attribution of the nearest attributed quotation of the paragraph (before or after)."""
    other = index + step
    limit = index + step * _NEIGHBOURS
    while (
        0 <= other < len(quote_tokens)
        and other != limit
        and tokens[quote_tokens[other]].para == para
    ):
        att = found[other]
        if att is not None and att.speaker is not None:
            if step > 0 and att.rule not in ("after", "intro"):
                return None
            return Attribution(att.speaker, att.cue, "continued")
        if att is not None and step > 0:
            return None
        other += step
    return None


def _previous_paragraph(
    tokens: Sequence[Token],
    quote_tokens: Sequence[int],
    found: Sequence[Attribution | None],
    index: int,
    para: int,
) -> Attribution | None:
    """A quotation that opens its paragraph continues the last quotation of the paragraph before."""
    k = quote_tokens[index]
    if index == 0 or not tokens[k].nl_before:
        return None
    prev = index - 1
    if tokens[quote_tokens[prev]].para != para - 1:
        return None
    att = found[prev]
    if att is None or att.speaker is None:
        return None
    return Attribution(att.speaker, att.cue, "continued")


def _is_direct(
    engine: _Engine, k: int, start: int, end: int, attribution: Attribution | None
) -> bool:
    """Whether the quotation is a whole utterance (a sentence or more) rather than a fragment."""
    tokens = engine.tokens
    quote = tokens[k]
    upper = quote.text[:1].isupper() or not quote.text[:1].isalpha()
    rule = attribution.rule if attribution is not None else ""
    left_empty = start == k or all(tokens[i].kind == "p" for i in range(start, k))
    if not left_empty:
        previous_quote = any(tokens[i].kind == "q" for i in range(start, k))
        if rule == "intro" or (rule == "continued" and tokens[k - 1].text in _INTRO_PUNCT):
            left_empty = upper or previous_quote
        elif tokens[k - 1].text == ":":
            left_empty = upper
    if not left_empty:
        return False
    if rule in ("after", "paragraph"):
        return True
    if quote_ends_sentence(quote) and k + 1 < end and tokens[k + 1].cap:
        return True  # the next sentence begins after the quotation
    if rule == "intro" and k + 1 < end and tokens[k + 1].text == ",":
        return True  # 'Peabody said: "...," adding that ...'
    return all(tokens[i].kind == "p" for i in range(k + 1, end))


# Titles and roles that name the same office: "Sen. Jane Doe" is "the senator".
_ROLES = {
    "sen": "senator",
    "sen.": "senator",
    "senator": "senator",
    "rep": "representative",
    "rep.": "representative",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "gov.": "governor",
    "governor": "governor",
    "pres": "president",
    "pres.": "president",
    "president": "president",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chair": "chair",
    "justice": "judge",
}


def _role(word: str) -> str:
    return _ROLES.get(word, word)


class _Speaker(NamedTuple):
    name: str
    gender: str | None
    org: bool
    roles: frozenset[str]


class _Resolver:
    """Turns speaker mentions into names, in text order (it remembers who spoke last)."""

    def __init__(
        self, text: str, tokens: Sequence[Token], lexicon: SpeechLexicon, names: NameIndex
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lexicon = lexicon
        self.names = names
        self.by_document: dict[str, str] = {}  # "statement" -> who issued the last statement
        self.speakers: list[_Speaker] = []

    def gender_of(self, mention: Mention, name: str) -> str | None:
        """A person's gender from the mention's honorifics and roles, or the first name."""
        lexicon = self.lexicon
        for k in range(mention.first, mention.core[0] + 1):
            gender = lexicon.gender(self.tokens[k].low)
            if gender is not None:
                return gender
        first = name.split(" ", 1)[0]
        return lexicon.gender(first) if " " in name else None

    def resolve(self, mention: Mention) -> str:
        tokens, lexicon = self.tokens, self.lexicon
        text = mention_text(self.text, tokens, mention.first, mention.last)
        if mention.kind == "pronoun":
            return self.resolve_pronoun(mention.first) or text
        if mention.kind == "relative":
            core = mention_text(self.text, tokens, mention.core[0], mention.core[1])
            if mention.org or not tokens[mention.core[0]].cap:
                return core
            return self.names.full_name(core, tokens[mention.first].start)
        if mention.kind == "name":
            core = mention_text(self.text, tokens, mention.core[0], mention.core[1])
            name = core if mention.org else self.names.full_name(core, tokens[mention.first].start)
            gender = None if mention.org else self.gender_of(mention, name)
            self.remember(mention, name, gender, mention.org)
            return name
        head = tokens[mention.last].low
        if lexicon.is_document_noun(head) and head in self.by_document:
            return self.by_document[head]
        if tokens[mention.first].low == "the":
            role = _role(head)
            for speaker in reversed(self.speakers[-8:]):
                if role in speaker.roles:
                    return speaker.name  # "the senator": the last senator quoted
        self.remember(mention, text, lexicon.gender(head), False)
        return text

    def remember(self, mention: Mention, name: str, gender: str | None, org: bool) -> None:
        tokens = self.tokens
        roles = frozenset(_role(tokens[k].low) for k in range(mention.first, mention.last + 1))
        for role in roles:
            if self.lexicon.is_document_noun(role):
                self.by_document[role] = name
        self.speakers.append(_Speaker(name, gender, org, roles))

    def resolve_pronoun(self, k: int) -> str | None:
        low = self.tokens[k].low
        if low.startswith(("he", "she")):
            gender = "m" if low.startswith("he") else "f"
            nearby = self.people_in_paragraph(k)
            recent = [(s.name, s.gender) for s in reversed(self.speakers[-8:]) if not s.org]
            # a name of the right gender first, in the paragraph and then among the last
            # speakers; then names whose gender is unknown, in the same order
            for wanted in (gender, None):
                for name, known in (*nearby, *recent):
                    if known == wanted:
                        return name
            return self.names.nearest_person(self.tokens[k].start, gender)
        if low.startswith(("it", "they")):
            for speaker in reversed(self.speakers[-3:]):
                if speaker.org:
                    return speaker.name
            return self.names.nearest_person(self.tokens[k].start, None, org=True)
        return None

    def people_in_paragraph(self, k: int) -> list[tuple[str, str | None]]:
        """The people named as subjects before token ``k`` in its paragraph, nearest first."""
        tokens, lexicon = self.tokens, self.lexicon
        para = tokens[k].para
        found: list[tuple[str, str | None]] = []
        j = k - 1
        lo = max(0, k - 120)
        while j >= lo and tokens[j].para == para and len(found) < 3:
            token = tokens[j]
            if not (token.cap and token.kind == "w"):
                j -= 1
                continue
            mention = mention_before(tokens, j, lo, lexicon)
            if mention is None:
                j -= 1
                continue
            if mention.kind == "name" and not mention.org and self.subject_like(mention):
                core = mention_text(self.text, tokens, mention.core[0], mention.core[1])
                name = self.names.full_name(core, token.start)
                found.append((name, self.gender_of(mention, name)))
            j = mention.first - 1
        return found

    def subject_like(self, mention: Mention) -> bool:
        """Whether a name stands where a subject stands (not "Trump’s", not "of Clinton")."""
        tokens = self.tokens
        if is_possessive(tokens[mention.last].low):
            return False
        if mention.first == 0 or tokens[mention.first].nl_before:
            return True
        prev = tokens[mention.first - 1]
        if prev.kind != "w":
            return True
        return prev.cap or prev.low in CONJUNCTIONS or prev.low in ("that", "who")
