"""parse_many: order, per-document errors, workers, time limits and crashed workers."""

from __future__ import annotations

import os
import signal
import time

import attrs
import pytest
from lxml.html import HtmlElement

from pressparse import PressparseError, SiteAdapter, parse_many

GOOD = b"<html><body><article><p>A paragraph that is long enough to be the body of a page.</p></article></body></html>"


def test_results_come_in_input_order_with_errors_in_place() -> None:
    items = [(GOOD, "https://a.example/1"), (b"", None), (GOOD, "https://a.example/3"), b"%PDF-1.4"]
    results = list(parse_many(items, workers=0))
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.ok for r in results] == [True, False, True, False]
    assert results[1].error_type == "EmptyDocumentError"
    assert results[0].article is not None and results[0].url == "https://a.example/1"


def test_process_pool_gives_the_same_results() -> None:
    items = [(GOOD, f"https://a.example/{i}") for i in range(30)] + [(b"", None)]
    serial = list(parse_many(items, workers=0))
    pooled = list(parse_many(items, workers=2))
    assert [(r.index, r.article, r.error_type) for r in serial] == [
        (r.index, r.article, r.error_type) for r in pooled
    ]


def test_input_is_consumed_lazily() -> None:
    pulled: list[int] = []

    def items():  # type: ignore[no-untyped-def]
        for i in range(1000):
            pulled.append(i)
            yield GOOD

    results = parse_many(items(), workers=2)
    next(results)
    assert len(pulled) < 50  # a bounded window, not the whole input
    results.close()


def test_error_policy_raise() -> None:
    with pytest.raises(PressparseError, match="EmptyDocumentError"):
        list(parse_many([GOOD, b""], workers=0, errors="raise"))


def test_charset_hint_per_item() -> None:
    page = "<p>Le café est très chaud, dit-il ce matin à la radio.</p>".encode("cp1252")
    (result,) = parse_many([(page, None, "windows-1252")], workers=0)
    assert result.article is not None and "café" in result.article.text


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"workers": -1}, "workers"), ({"timeout": 0}, "timeout")]
)
def test_bad_arguments(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(parse_many([GOOD], **kwargs))  # type: ignore[arg-type]


@attrs.frozen(eq=False)
class _Sleepy(SiteAdapter):
    """An adapter whose hook sleeps: a stand-in for a pathological page."""

    seconds: float = 30.0
    ignore_alarm: bool = False

    def process_tree(self, root: HtmlElement) -> HtmlElement:
        if root.findtext(".//title") == "slow":
            if self.ignore_alarm:  # as C code would: the soft limit cannot interrupt it
                signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(self.seconds)
        return root


@attrs.frozen(eq=False)
class _Crashing(SiteAdapter):
    def process_tree(self, root: HtmlElement) -> HtmlElement:
        if root.findtext(".//title") == "crash":
            os._exit(3)
        return root


SLOW = b"<title>slow</title><p>A paragraph that is long enough to be the body.</p>"
CRASH = b"<title>crash</title><p>A paragraph that is long enough to be the body.</p>"


def test_soft_time_limit_costs_one_document() -> None:
    adapter = _Sleepy(name="sleepy")
    results = list(parse_many([GOOD, SLOW, GOOD], workers=2, adapter=adapter, timeout=0.5))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error_type == "ParseTimeoutError"


def test_hard_time_limit_kills_a_stuck_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pressparse._batch._HARD_LIMIT_GRACE", 0.5)
    adapter = _Sleepy(name="stuck", seconds=60, ignore_alarm=True)
    started = time.monotonic()
    results = list(parse_many([SLOW, GOOD, GOOD, GOOD], workers=1, adapter=adapter, timeout=0.5))
    assert time.monotonic() - started < 20
    assert results[0].error_type == "ParseTimeoutError"
    assert all(r.ok for r in results[1:])


def test_a_crashed_worker_costs_one_document() -> None:
    results = list(
        parse_many([GOOD, CRASH, GOOD, GOOD], workers=2, adapter=_Crashing(name="crashing"))
    )
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error_type == "WorkerDied"
