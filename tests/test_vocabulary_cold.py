"""The shortcuts that read class names which name nothing give the full reading's answers."""

from __future__ import annotations

from itertools import pairwise

import pytest

from pressparse._html import vocabulary as V


def test_no_name_begins_with_a_digit() -> None:
    # The letter-run tests (``_NAME_STARTS``) rely on it.
    assert not any(name[0].isdigit() for name in V._ALL_NAMES)


def test_the_vocabularies_keep_the_shapes_the_set_tests_rely_on() -> None:
    # ``_read_known`` counts a strong word only as a negative one, and a content word wherever it
    # stands: both hold while the strong words are negative ones and no word is both.
    assert V.STRONG_NEGATIVE_WORDS <= V.NEGATIVE_WORDS
    assert V.CONTENT_WORDS.isdisjoint(V.NEGATIVE_WORDS)


@pytest.mark.parametrize(
    "value",
    [
        "cmp2",
        "usercentrics-cmp",
        "ad3",
        "leftad3 x",
        "read-more",
        "readMore",
        "ReadMore-fjhTDA",
        "a-d",
        "c-global-header__social",
        "share__icon",
        "teaser--sponsored",
        "post tag-jobs category-news",
        "l-sidebar-fixed l-article-body-segment",
        "menu-item menu-item-type-post_type menu-item-9818643",
        "dark:[&>a]:text-gray-bd",
        "café-share",
        "sidebar-page",
        "news-feed",
        "js-dateline",
    ],
)
def test_readings_match_a_token_by_token_reading(value: str) -> None:
    # Reading each token on its own, with the trie prefilter every token once went through.
    readings = []
    for token in value.split():
        if V._ANY_NAME.search(V._letters(token)) is None:
            continue
        name = V._component_name(token)
        for words in V._split_token(name):
            reading = V._read_known(words) if words else V._NOTHING
            names = V._ALL_NAMES
            known = any(word in names for word in words) or any(
                a + b in names for a, b in pairwise(words)
            )
            if known or (len(words) > 2 and "".join(words) in names):
                readings.append(reading)
    expected = V._combine(readings)
    kind, weight = V._read_value.__wrapped__(value)
    if expected is V._NOTHING:
        assert (kind, weight) == (None, 0)
    else:
        story, hit, negative, strong, positive = expected
        assert kind == (None if story else hit)
        assert weight == (-50 if strong else -25 if negative else 25 if positive else 0)
