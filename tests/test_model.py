"""The model: immutability, the dict/JSON round trip, and the shipped JSON Schema."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timedelta, timezone

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from pressparse import Article, Block, Byline, DateValue, ModelError, Quote
from pressparse.types import article_schema

from .strategies import articles


@settings(max_examples=150, deadline=None)
@given(articles)
def test_dict_round_trip_is_exact(article: Article) -> None:
    data = article.to_dict()
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article


@settings(max_examples=100, deadline=None)
@given(articles)
def test_every_dict_matches_the_schema(article: Article) -> None:
    jsonschema.validate(article.to_dict(), article_schema())


@settings(max_examples=50, deadline=None)
@given(articles)
def test_articles_pickle_and_hash(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article
    assert hash(article) == hash(Article.from_dict(article.to_dict()))


def test_offsets_survive_json() -> None:
    when = datetime(2016, 9, 28, 14, 46, 12, tzinfo=timezone(timedelta(hours=2)))
    article = Article(published=DateValue(when, "second", "2016-09-28T14:46:12+02:00"))
    data = json.loads(article.to_json())
    assert data["published"]["value"] == "2016-09-28T14:46:12+02:00"
    restored = Article.from_dict(data).published
    assert restored is not None and restored.value.utcoffset() == timedelta(hours=2)


def test_dates_stay_dates() -> None:
    article = Article(published=DateValue(date(2016, 9, 1), "month", "September 2016"))
    restored = Article.from_dict(article.to_dict()).published
    assert restored == article.published
    assert type(restored.value) is date  # type: ignore[union-attr]


def test_article_is_frozen_and_sequences_are_tuples() -> None:
    article = Article(body=[Block("paragraph", "a")], tags=["x"], provenance={"title": "json-ld"})
    assert isinstance(article.body, tuple) and isinstance(article.tags, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        article.provenance["title"] = "x"  # type: ignore[index]


def test_text_joins_blocks_with_blank_lines() -> None:
    article = Article(body=[Block("heading", "H", 2), Block("paragraph", "One\nline")])
    assert article.text == "H\n\nOne\nline"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Block("chapter", "x"), "kind"),
        (lambda: DateValue(date(2020, 1, 1), "week"), "precision"),
        (lambda: Quote("x", 0, 1, "indirect"), "kind"),
    ],
)
def test_invalid_enumerations_are_rejected(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    "data",
    [
        {"title": 5},
        {"bylines": [{"name": "x"}]},
        {"published": {"value": "not a date", "precision": "day"}},
        {"body": [{"kind": "paragraph"}]},
        {"provenance": ["title"]},
        [],
    ],
)
def test_from_dict_rejects_bad_data_with_model_error(data: object) -> None:
    with pytest.raises(ModelError):
        Article.from_dict(data)  # type: ignore[arg-type]


def test_from_json_rejects_non_json() -> None:
    with pytest.raises(ModelError):
        Article.from_json("{")


def test_byline_fields() -> None:
    byline = Byline(
        raw="By Tom Krisher, AP Auto Writer",
        name="Tom Krisher",
        role="Auto Writer",
        organization="AP",
    )
    assert attrs.asdict(byline)["organization"] == "AP"
