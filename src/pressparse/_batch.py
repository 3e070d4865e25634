"""Batch parsing: many documents on a pool of processes, results in input order, errors per item."""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Literal

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._errors import ParseTimeoutError, PressparseError
from pressparse._model import Article
from pressparse._options import Options, coerce_options
from pressparse._pipeline import run
from pressparse._types import HtmlInput

__all__ = ["Result", "parse_many"]

ErrorPolicy = Literal["collect", "raise"]


@attrs.frozen
class Result:
    """The outcome for one input document: an ``article``, or the ``error`` that stopped it.

    ``index`` is the document's position in the input; ``error_type`` the exception's class name
    (``"NotHTMLError"``, ``"ParseTimeoutError"``, ...); ``seconds`` the time it took.
    """

    index: int
    url: str | None
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the document parsed."""
        return self.article is not None


def _item(entry: Any, options: Options) -> tuple[HtmlInput, str | None, Options]:
    """An input item as (html, url, options): html, (html, url) or (html, url, charset hint)."""
    if isinstance(entry, (str, bytes)):
        return entry, None, options
    if isinstance(entry, tuple) and len(entry) in (2, 3):
        hint = entry[2] if len(entry) == 3 else None
        return entry[0], entry[1], attrs.evolve(options, encoding=hint) if hint else options
    raise TypeError("parse_many items are html, (html, url) or (html, url, charset)")


class _Alarm:
    """Raises ParseTimeoutError in the current (main) thread after ``seconds``; a no-op when the
    platform or thread cannot deliver SIGALRM."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = False

    def _fire(self, signum: int, frame: object) -> None:
        raise ParseTimeoutError(f"document took longer than {self.seconds} s")

    def __enter__(self) -> _Alarm:
        if self.seconds and hasattr(signal, "setitimer"):
            try:
                signal.signal(signal.SIGALRM, self._fire)
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
                self.armed = True
            except ValueError:  # not the main thread
                self.armed = False
        return self

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _parse_one(
    index: int,
    html: HtmlInput,
    url: str | None,
    adapter: SiteAdapter | str | None,
    options: Options,
    timeout: float | None,
    in_worker: bool,
) -> Result:
    started = time.perf_counter()
    try:
        with _Alarm(timeout if in_worker else None):
            article = run(html, url, adapter=adapter, options=options)
    except Exception as exc:  # a batch reports every failure per document and goes on
        return Result(
            index,
            url,
            error=str(exc) or type(exc).__name__,
            error_type=type(exc).__name__,
            seconds=time.perf_counter() - started,
        )
    return Result(index, url, article=article, seconds=time.perf_counter() - started)


def parse_many(
    items: Iterable[
        HtmlInput | tuple[HtmlInput, str | None] | tuple[HtmlInput, str | None, str | None]
    ],
    *,
    workers: int | None = None,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
    timeout: float | None = 60.0,
    errors: ErrorPolicy = "collect",
) -> Iterator[Result]:
    """Parse many documents; yield one ``Result`` per input, in input order.

    ``items`` are ``html`` values, ``(html, url)`` pairs or ``(html, url, charset)`` triples (the
    charset is a hint such as an HTTP header gives), consumed lazily: at most a few
    documents per worker are in flight, so memory stays bounded however long the input is.
    ``workers`` is the number of processes (``None``: one per CPU; ``1``: in this process).
    ``timeout`` bounds each document's time in a worker process. With ``errors="collect"`` a
    failing document yields a Result with its error and the batch goes on; ``errors="raise"``
    re-raises the first failure as a ``PressparseError``.

    Examples:
        >>> [r.article.title for r in parse_many(["<title>A</title><p>x</p>"], workers=1)]
        ['A']
    """
    opts = coerce_options(options)
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 1:
        raise ValueError("workers must be at least 1")
    results = (
        _serial(items, adapter, opts)
        if count == 1
        else _pooled(items, count, adapter, opts, timeout)
    )
    for result in results:
        if errors == "raise" and not result.ok:
            raise PressparseError(
                f"document {result.index} failed: {result.error_type}: {result.error}"
            )
        yield result


def _serial(
    items: Iterable[Any], adapter: SiteAdapter | str | None, options: Options
) -> Iterator[Result]:
    for index, entry in enumerate(items):
        html, url, opts = _item(entry, options)
        yield _parse_one(index, html, url, adapter, opts, None, False)


def _pooled(
    items: Iterable[Any],
    workers: int,
    adapter: SiteAdapter | str | None,
    options: Options,
    timeout: float | None,
) -> Iterator[Result]:
    window = workers * 4
    pending: deque[Future[Result]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for index, entry in enumerate(items):
            html, url, opts = _item(entry, options)
            pending.append(pool.submit(_parse_one, index, html, url, adapter, opts, timeout, True))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
