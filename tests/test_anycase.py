"""The cheap stand-ins for case-insensitive (and other costly) regex searches answer exactly
what the patterns they stand in for answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._html import clean
from pressparse._html.anycase import _ASCII_LOOKALIKES, AnyWord
from pressparse._metadata import scan, visible
from pressparse._text import caption, dateline

# Text made of the letters of the words looked for, in both cases, and some that fold onto
# ASCII letters beyond ASCII ("ſ", "K", "ı", "İ"), so that matches are frequent.
_ALPHABET = "abcdefghilmnoprstuwyzABCDEHILNOPRSTUY  -_:./?&=()©…ſKıİéöà0123"
_texts = st.text(alphabet=_ALPHABET, max_size=60)


def _lowered_pattern_is_safe(pattern: str) -> bool:
    """Whether ``pattern`` matches lower-cased ASCII text case-sensitively where it matches
    the text itself with ``re.IGNORECASE``: no upper-case letter outside escapes and group
    names, and no other character with an ASCII case twin."""
    bare = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
    if any(char.isascii() and char.isupper() for char in bare):
        return False
    ascii_chars = [chr(code) for code in range(128)]
    return not any(
        re.fullmatch(re.escape(char), other, re.IGNORECASE)
        for char in {c for c in bare if not c.isascii()}
        for other in ascii_chars
    )


@pytest.mark.parametrize(
    ("lowered", "pattern"),
    [
        (caption._LABEL_LOWER, caption._LABEL),
        (clean._ANY_SHAPE_LOWER, clean._ANY_SHAPE),
    ],
)
def test_lowered_patterns_are_safe(lowered: re.Pattern[str], pattern: re.Pattern[str]) -> None:
    assert pattern.flags & re.IGNORECASE and not lowered.flags & re.IGNORECASE
    assert lowered.pattern == pattern.pattern
    assert _lowered_pattern_is_safe(pattern.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Jane Doe",
        "PHOTO BY JANE DOE",
        "A street. Foto: dpa",
        "Credit... Doug Mills/The New York Times",
        "Fot. Jan Kowalski",
        "Image copyright EPA Image caption Protesters",
        "© APA",
        "Photograph: ſam",
        "Фото: ТАСС",
    ],
)
def test_label_matches(text: str) -> None:
    expected = [m.span() for m in caption._LABEL.finditer(text)]
    assert [m.span() for m in caption._label_matches(text)] == expected


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_label_matches_property(text: str) -> None:
    expected = [m.span() for m in caption._LABEL.finditer(text)]
    assert [m.span() for m in caption._label_matches(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["View gallery", "1 of 12", "» Print this article «", "Share"]) | _texts)
def test_shape_lowered(text: str) -> None:
    match = clean._ANY_SHAPE.fullmatch(text)
    if text.isascii():
        lowered = clean._ANY_SHAPE_LOWER.fullmatch(text.lower())
        assert (lowered and lowered.lastgroup) == (match and match.lastgroup)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["display:none", "VISIBILITY : Hidden", "display: block", "diſplay:none"])
    | _texts
)
def test_hidden_by_style(style: str) -> None:
    assert clean._hidden_by_style(style) == (clean._HIDDEN_STYLE.search(style) is not None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["/Author/jane", "/news/by-jane", "?AUTHOR=3", "/Kolumnisten/x"]) | _texts)
def test_author_href(href: str) -> None:
    assert scan.is_author_href.__wrapped__(href) == (scan._AUTHOR_HREF.search(href) is not None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["Published: 3 May", "Veröffentlicht am 3.", "POSTED Mar. 3"]) | _texts)
def test_published_words(text: str) -> None:
    if visible._PUBLISHED_LABEL.search(text) is not None:
        assert visible._PUBLISHED_WORDS.search(text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=" \t\xa0\u2009-—–―‒.)(aB", max_size=40),
    st.integers(0, 12),
    st.integers(0, 45),
)
def test_search_sep(text: str, pos: int, endpos: int) -> None:
    expected = dateline._SEP.search(text, pos, endpos)
    found = dateline._search_sep(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(_texts, st.lists(st.text(alphabet="abcK-/é", min_size=1, max_size=4), min_size=1))
def test_any_word(text: str, words: list[str]) -> None:
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    assert AnyWord(*words).search(text) == (pattern.search(text) is not None)


def test_the_ascii_lookalikes_are_every_character_case_folding_matches_with_ascii() -> None:
    # re.IGNORECASE matches two characters when their simple lower cases agree, or through the
    # extra cases of ``re._casefix``; ``str.lower`` may map a character onto ASCII as well.
    sre = pytest.importorskip("_sre")
    casefix = pytest.importorskip("re._casefix")
    ascii_codes = set(range(128))
    found = {
        code
        for code in range(0x80, 0x110000)
        if sre.unicode_tolower(code) in ascii_codes
        or any(char.isascii() for char in chr(code).lower())
    }
    for code, others in casefix._EXTRA_CASES.items():
        if code in ascii_codes:
            found.update(other for other in others if other not in ascii_codes)
    assert "".join(map(chr, sorted(found))) == _ASCII_LOOKALIKES


@pytest.mark.parametrize("word", ["ſt", "\u212a", "ı"])
def test_any_word_refuses_ascii_twins(word: str) -> None:
    with pytest.raises(ValueError, match="ASCII"):
        AnyWord(word)
