"""SpeechLexicon: the speech verbs, cue phrases and nouns, and how users extend them."""

from __future__ import annotations

import pytest

from pressparse._text.speech_verbs import SpeechLexicon

LEXICON = SpeechLexicon()


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("warn", ("warn", "warns", "warned", "warning")),
        ("reply", ("reply", "replies", "replied", "replying")),
        ("argue", ("argue", "argues", "argued", "arguing")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("say", ("say", "says", "said", "saying")),
        ("write", ("write", "writes", "wrote", "written", "writing")),
        ("admit", ("admit", "admits", "admitted", "admitting")),
    ],
)
def test_inflections(verb: str, forms: tuple[str, ...]) -> None:
    assert LEXICON.inflect(verb) == forms


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("said", "say"),
        ("Says", "say"),
        ("told", "tell"),
        ("added", "add"),
        ("noted", "note"),
        ("warns", "warn"),
        ("argued", "argue"),
        ("claiming", "claim"),
        ("insisted", "insist"),
        ("wrote", "write"),
        ("tweeted", "tweet"),
        ("declared", "declare"),
        ("explains", "explain"),
        ("asked", "ask"),
        ("acknowledged", "acknowledge"),
        ("criticized", "criticize"),
        ("table", None),
        ("the", None),
    ],
)
def test_verb_lemmas(word: str, lemma: str | None) -> None:
    assert LEXICON.verb_lemma(word) == lemma


def test_the_default_lexicon_has_a_few_hundred_verbs() -> None:
    assert len(SpeechLexicon.VERBS) >= 200
    assert len(set(SpeechLexicon.VERBS)) == len(SpeechLexicon.VERBS)


def test_word_classes() -> None:
    assert LEXICON.is_gerund("saying")
    assert not LEXICON.is_gerund("said")
    assert LEXICON.is_bare("say")
    assert not LEXICON.is_bare("read")  # "read" is also a past tense
    assert ("according", "to") in LEXICON.source_phrases
    assert LEXICON.is_speech_noun("claim")
    assert LEXICON.is_document_noun("statement")
    assert LEXICON.is_person_noun("spokeswoman")
    assert LEXICON.is_title("Sen.")
    assert [LEXICON.gender(word) for word in ("she", "Mr.", "senator")] == ["f", "m", None]


def test_constructor_adds_words_to_the_defaults() -> None:
    lexicon = SpeechLexicon(
        verbs=["Opine", "harrumph"],
        source_phrases=["as told to"],
        speech_nouns=["screed"],
        document_nouns=["dossier"],
        person_nouns=["pundit"],
        titles=["Amb."],
    )
    assert lexicon.verb_lemma("harrumphed") == "harrumph"
    assert lexicon.verb_lemma("opines") == "opine"
    assert lexicon.verb_lemma("said") == "say"
    assert ("as", "told", "to") in lexicon.source_phrases
    assert lexicon.is_speech_noun("screed")
    assert lexicon.is_document_noun("dossier")
    assert lexicon.is_person_noun("pundit")
    assert lexicon.is_title("amb.")
    assert not LEXICON.is_verb("harrumph")  # the default lexicon is not changed


def test_subclass_replaces_the_defaults() -> None:
    class TinyLexicon(SpeechLexicon):
        VERBS = ("say",)
        SOURCE_PHRASES = ()

    tiny = TinyLexicon()
    assert tiny.is_verb("said")
    assert not tiny.is_verb("warned")
    assert tiny.source_phrases == ()
