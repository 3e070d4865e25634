"""Quotations: the quote-mark scanner (split_quotes) and attribution (extract_quotes)."""

from __future__ import annotations

import pytest

from pressparse._text.quotes import extract_quotes, split_quotes
from pressparse._text.speech_verbs import SpeechLexicon


def quoted(text: str, *, single_quotes: bool = False) -> list[str]:
    return [s.text for s in split_quotes(text, single_quotes=single_quotes) if s.quoted]


# --- split_quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" twice.', ['"yes"']),
        ("“We will win,” she said.", ["“We will win,”"]),
        ("Il a dit « oui » hier.", ["« oui »"]),
        ("Er sagte „ja“ und ging.", ["„ja“"]),
        ("Er sagte ‚ja‘ nicht „nein“.", ["„nein“"]),
        ("Sie sagte »nein« und ging.", ["»nein«"]),
        ("Sie sagte «nein» und ging.", ["«nein»"]),
        ('Mixed “marks" happen.', ['“marks"']),
        ("“He called it ‘fake news,’ again,” she said.", ["“He called it ‘fake news,’ again,”"]),
        ("It's O'Brien's rock 'n' roll from the '90s.", []),
        ("The students’ union met at Jo’s.", []),
        ('He is 6\'2" tall and "fit."', ['"fit."']),
        ("“Roses are red,\nviolets are blue,” he wrote.", ["“Roses are red,\nviolets are blue,”"]),
        ('attr="value" and x="y"', ['"value"', '"y"']),
        ('""', []),
        ("", []),
    ],
)
def test_split_quotes_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘We will go,’ she said.", ["‘We will go,’"]),
        ("‘It’s the students’ union,’ she said.", ["‘It’s the students’ union,’"]),
        ("‘I love rock ’n’ roll,’ he said.", ["‘I love rock ’n’ roll,’"]),
        ("‘The ’90s were fun,’ he said.", ["‘The ’90s were fun,’"]),
        ("‘He said “never”,’ she recalled.", ["‘He said “never”,’"]),
        ("'Plain marks,' he said, 'work too.'", ["'Plain marks,'", "'work too.'"]),
        ("O'Brien's dog isn't here.", []),
    ],
)
def test_split_quotes_british_style(text: str, expected: list[str]) -> None:
    assert quoted(text, single_quotes=True) == expected


def test_single_marks_are_not_quotes_by_default() -> None:
    assert quoted("‘We will go,’ she said.") == []


def test_a_paragraph_reopened_with_a_mark_continues_the_quotation() -> None:
    text = "“The first part.\n\n“The second part,” he said."
    (span,) = [s for s in split_quotes(text) if s.quoted]
    assert span.text == text[: text.index(" he said")]


def test_an_unclosed_quotation_stops_at_its_paragraph() -> None:
    text = "He said “never closed.\n\nThe next paragraph is plain.\n\nShe said “yes.”"
    spans = [s for s in split_quotes(text) if s.quoted]
    assert [s.text for s in spans] == ["“never closed.", "“yes.”"]


def test_an_unclosed_straight_quote_restarts_at_the_next_opening_mark() -> None:
    text = 'He said "yes and left. She said "no."'
    assert quoted(text) == ['"yes and left.', '"no."']


def test_spans_cover_the_text_in_order() -> None:
    text = 'A "b" c “d” e «f» g'
    spans = split_quotes(text)
    assert "".join(s.text for s in spans) == text
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert [s.quoted for s in spans] == [False, True, False, True, False, True, False, False][
        : len(spans)
    ]


# --- extract_quotes: attribution ------------------------------------------------------------------

# (text, [(quote text, kind, speaker, the mention as written, cue)])
ATTRIBUTED = [
    ("“We will win,” Smith said.", [("We will win,", "direct", "Smith", "Smith", "said")]),
    (
        "“We will win,” said Sen. Jane Doe (D-Ore.), the committee chair.",
        [("We will win,", "direct", "Jane Doe", "Sen. Jane Doe (D-Ore.)", "said")],
    ),
    (
        "“It is over,” the spokesman told reporters on Monday.",
        [("It is over,", "direct", "the spokesman", "the spokesman", "told")],
    ),
    (
        "Mary Ames, the mayor of Springfield, said: “We are ready.”",
        [("We are ready.", "direct", "Mary Ames", "Mary Ames", "said")],
    ),
    (
        "The governor warned that the budget was “dead on arrival.”",
        [("dead on arrival.", "partial", "The governor", "The governor", "warned")],
    ),
    (
        "According to the report, the agency had “failed at every level.”",
        [("failed at every level.", "partial", "the report", "the report", "According to")],
    ),
    (
        "Jones’s claim that there were “thousands of cases” was false.",
        [("thousands of cases", "partial", "Jones", "Jones", "claim")],
    ),
    (
        "Paul Smith tweeted that the ruling was “a joke.”",
        [("a joke.", "partial", "Paul Smith", "Paul Smith", "tweeted")],
    ),
    (
        "Anna Berg left early. “Are you serious?” she asked.",
        [("Are you serious?", "direct", "Anna Berg", "she", "asked")],
    ),
    (
        "Secretary of State John Kerry spoke first.\n\n“We must act,” Kerry said.",
        [("We must act,", "direct", "John Kerry", "Kerry", "said")],
    ),
    (
        "Donald Trump arrived late.\n\n“Nobody knew,” Mr. Trump said.",
        [("Nobody knew,", "direct", "Donald Trump", "Mr. Trump", "said")],
    ),
    (
        "“First,” Warren said. “Second.”",
        [
            ("First,", "direct", "Warren", "Warren", "said"),
            ("Second.", "direct", "Warren", "Warren", "said"),
        ],
    ),
    (
        "“You know, I like him,” he said, “but not his plan.”",
        [
            ("You know, I like him,", "direct", "he", "he", "said"),
            ("but not his plan.", "direct", "he", "he", "said"),
        ],
    ),
    (
        "Lisa Ray said:\n\n“Paragraph one.\n\n“Paragraph two.”",
        [("Paragraph one.\n\n“Paragraph two.", "direct", "Lisa Ray", "Lisa Ray", "said")],
    ),
    (
        "“We reject it.”\n\nthe ministry said in a statement.",
        [("We reject it.", "direct", "the ministry", "the ministry", "said")],
    ),
    (
        "Rival Ann Lee mocked the plan, saying it was “not serious.”",
        [("not serious.", "partial", "Rival Ann Lee", "Rival Ann Lee", "saying")],
    ),
    (
        "“We need change,” the businessman said, adding that he would bring “common sense.”",
        [
            ("We need change,", "direct", "the businessman", "the businessman", "said"),
            ("common sense.", "partial", "the businessman", "the businessman", "adding"),
        ],
    ),
    (
        "The song “Blue Sky” was written by Tom Hale in 1990.",
        [("Blue Sky", "partial", None, None, None)],
    ),
    (
        "“It was fine,” said Joe Park, who runs a bakery. “Now it is not.”",
        [
            ("It was fine,", "direct", "Joe Park", "Joe Park", "said"),
            ("Now it is not.", "direct", "Joe Park", "Joe Park", "said"),
        ],
    ),
    (
        "Bemoaning the “rigged system,” Trump attacked the moderator.",
        [("rigged system,", "partial", "Trump", "Trump", "Bemoaning")],
    ),
    (
        "The chief said the ban “will stay,” according to two aides.",
        [("will stay,", "partial", "The chief", "The chief", "said")],
    ),
    (
        "“Our goal is simple,” Jan Roe, a lawyer for the tenants, said in an interview.",
        [("Our goal is simple,", "direct", "Jan Roe", "Jan Roe", "said")],
    ),
    (
        "The court’s lawyers added, “This case is closed.”",
        [("This case is closed.", "direct", "The court’s lawyers", "The court’s lawyers", "added")],
    ),
    (
        "Said Ellis: “I do not see it.”",
        [("I do not see it.", "direct", "Ellis", "Ellis", "Said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_extract_quotes_attribution(
    text: str, expected: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    got = []
    for q in extract_quotes(text):
        mention = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        got.append((q.text, q.kind, q.speaker, mention, q.cue))
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on NBC’s “Meet the Press” on Sunday.",
        "The film “Gone With the Wind” returns to theaters.",
        "The so-called “reform” package passed the House.",
        "The “sex tape” story spread fast.",
        "Tea Party “super PACs” spent millions.",
        "His 1994 “Contract with America” set the agenda.",
    ],
)
def test_titles_and_scare_quotes_have_no_speaker(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is None
    assert quote.speaker_span is None
    assert quote.cue is None
    assert quote.cue_span is None
    assert quote.kind == "partial"


def test_quote_fields_index_the_text() -> None:
    text = "Kim Lo spoke.\n\n“It works,” Lo said.\n\nThen “it broke,” she wrote."
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        assert q.speaker_span is not None
        assert q.cue_span is not None
        assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
    assert [q.paragraph for q in extract_quotes(text)] == [1, 2]


def test_quotation_without_attribution_is_reported_plainly() -> None:
    (quote,) = extract_quotes("“Nothing to add.”")
    assert (quote.text, quote.kind) == ("Nothing to add.", "direct")
    assert (quote.speaker, quote.cue) == (None, None)


def test_pronoun_prefers_a_person_named_in_the_same_paragraph() -> None:
    text = "Ann Wu met reporters.\n\nBen Ortiz left the room. “Enough,” he said."
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ben Ortiz"
    assert quote.speaker_span is not None
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == "he"


def test_the_statement_resolves_to_who_issued_it() -> None:
    text = (
        "A statement released by the Foreign Ministry says that “the talks failed.”\n\n"
        "The statement adds that “more talks are needed.”"
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Foreign Ministry", "Foreign Ministry"]


# --- the lexicon ----------------------------------------------------------------------------------


def test_a_lexicon_with_more_verbs_attributes_more() -> None:
    text = "“Nonsense,” harrumphed the minister."
    assert extract_quotes(text)[0].speaker is None
    lexicon = SpeechLexicon(verbs=["harrumph"])
    quote = extract_quotes(text, lexicon=lexicon)[0]
    assert (quote.speaker, quote.cue) == ("the minister", "harrumphed")


def test_a_lexicon_subclass_can_teach_another_language() -> None:
    class GermanLexicon(SpeechLexicon):
        VERBS = ("sagen", "erklären")
        IRREGULAR = {  # noqa: RUF012 - class data, as in SpeechLexicon
            "sagen": ("sagen", "sagt", "sagte", "sagten", "gesagt"),
            "erklären": ("erklärt", "erklärte", "erklärten"),
        }

        def inflect(self, verb: str) -> tuple[str, ...]:
            return self.IRREGULAR.get(verb, (verb,))

    text = "„Wir schaffen das“, sagte Merkel."
    quote = extract_quotes(text, lexicon=GermanLexicon())[0]
    assert (quote.text, quote.speaker, quote.cue) == ("Wir schaffen das", "Merkel", "sagte")


# --- never raises ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“",
        "”",
        '"',
        "'",
        "“”",
        "„“",
        "«»",
        "\n\n\n",
        "“a\n\n“b\n\n“c",
        "he said" * 50,
        "“" * 5000,
        "”" * 5000,
        '"' * 5001,
        "“a” " * 2000,
        "said “ ” said " * 500,
        "(" * 5000 + "“x”",
        "By " * 3000 + "“x,” he said.",
        "—" * 5000 + "“x”",
        "‘’'‚‹›" * 1000,
        "Mr. " * 2000 + "“x,” Mr. said.",
        "\x00“\ud7ff”\x00",
    ],
)
def test_never_raises_and_offsets_hold(text: str) -> None:
    for single in (False, True):
        spans = split_quotes(text, single_quotes=single)
        assert "".join(s.text for s in spans) == text
        for q in extract_quotes(text, single_quotes=single):
            assert text[q.start : q.end] == q.text
            assert q.text


def test_not_a_string_gives_nothing() -> None:
    assert split_quotes(None) == ()  # type: ignore[arg-type]
    assert extract_quotes(b"bytes") == ()  # type: ignore[arg-type]


def test_a_new_sentence_after_a_quotation_is_not_its_attribution() -> None:
    text = "“We act locally,” Ms. Ruiz said. “We decide fast.” That avoids delays, she said."
    quotes = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Ruiz", "said"), ("Ruiz", "said")]


def test_a_soft_line_wrap_does_not_end_a_sentence() -> None:
    text = "Campaign chairman John Podesta wrote an op-ed in\nthe Post with the headline “Enough.”"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("John Podesta", "wrote")


def test_the_sentences_after_a_paragraphs_last_quotation_are_left_untokenized() -> None:
    """The rules read a quotation's sentence and the first word after it, and the last tokens of
    a paragraph before the next one; the sentences in between are not tokenized, and the
    attribution is what it was with them."""
    from pressparse._text.quote_tokens import tokenize
    from pressparse._text.quotemarks import find_quote_regions

    text = (
        "“We will act,” the minister said on Monday. Talks resumed in Geneva with the U.S. team."
        " Mr. Smith arrived late.\n\n“They will not yield,” she said, and left."
    )
    starts = [0, text.index("“They")]
    words = [t.text for t in tokenize(text, find_quote_regions(text), starts)]
    first = ["We will act,", "the", "minister", "said", "on", "Monday", ".", "Talks"]
    assert words[:11] == [*first, "arrived", "late", "."]  # 28 tokens when whole
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("the minister", "said"),
        ("the minister", "said"),  # "she": the last speaker, whose gender is unknown
    ]
