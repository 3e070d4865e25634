"""parse_many: order, per-document errors, workers."""

from __future__ import annotations

import pytest

from pressparse import PressparseError, parse_many

GOOD = b"<html><body><article><p>A paragraph that is long enough to be the body of a page.</p></article></body></html>"


def test_results_come_in_input_order_with_errors_in_place() -> None:
    items = [(GOOD, "https://a.example/1"), (b"", None), (GOOD, "https://a.example/3"), b"%PDF-1.4"]
    results = list(parse_many(items, workers=1))
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.ok for r in results] == [True, False, True, False]
    assert results[1].error_type == "EmptyDocumentError"
    assert results[0].article is not None and results[0].url == "https://a.example/1"


def test_process_pool_gives_the_same_results() -> None:
    items = [(GOOD, f"https://a.example/{i}") for i in range(12)] + [(b"", None)]
    serial = list(parse_many(items, workers=1))
    pooled = list(parse_many(items, workers=2))
    assert [(r.index, r.article, r.error_type) for r in serial] == [
        (r.index, r.article, r.error_type) for r in pooled
    ]


def test_error_policy_raise() -> None:
    with pytest.raises(PressparseError, match="EmptyDocumentError"):
        list(parse_many([GOOD, b""], workers=1, errors="raise"))


def test_charset_hint_per_item() -> None:
    page = "<p>Le café est très chaud, dit-il ce matin à la radio.</p>".encode("cp1252")
    (result,) = parse_many([(page, None, "windows-1252")], workers=1)
    assert result.article is not None and "café" in result.article.text


def test_bad_workers() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(parse_many([GOOD], workers=0))
