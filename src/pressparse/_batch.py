"""Batch parsing: many documents on a pool of processes, results in input order, errors per item.

The pool is pressparse's own rather than ``concurrent.futures``: it must be able to kill the one
worker that is stuck on a pathological page (a hard time limit) or that crashed, replace it, and
report that document's failure without losing the rest of the batch.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, Literal

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._adapters.registry import default_registry
from pressparse._errors import ParseTimeoutError, PressparseError
from pressparse._model import Article
from pressparse._options import Options, coerce_options
from pressparse._pipeline import run
from pressparse._types import HtmlInput

__all__ = ["Result", "parse_many"]

ErrorPolicy = Literal["collect", "raise"]

#: A worker that overruns its soft limit by this much more is killed.
_HARD_LIMIT_GRACE = 5.0


@attrs.frozen
class Result:
    """The outcome for one input document: an ``article``, or the ``error`` that stopped it.

    ``index`` is the document's position in the input; ``error_type`` the exception's class name
    (``"NotHTMLError"``, ``"ParseTimeoutError"``, ``"WorkerDied"``, ...); ``seconds`` the time
    it took.
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


@attrs.frozen
class _Task:
    index: int
    html: HtmlInput
    url: str | None
    adapter: SiteAdapter | str | None
    options: Options
    timeout: float | None


def _task(
    index: int,
    entry: Any,
    adapter: SiteAdapter | str | None,
    options: Options,
    timeout: float | None,
) -> _Task:
    """An input item as a task: html, (html, url) or (html, url, charset hint)."""
    if isinstance(entry, (str, bytes)):
        return _Task(index, entry, None, adapter, options, timeout)
    if isinstance(entry, tuple) and len(entry) in (2, 3):
        hint = entry[2] if len(entry) == 3 else None
        opts = attrs.evolve(options, encoding=hint) if hint else options
        return _Task(index, entry[0], entry[1], adapter, opts, timeout)
    raise TypeError("parse_many items are html, (html, url) or (html, url, charset)")


class _Alarm:
    """Raises ParseTimeoutError in the main thread after ``seconds`` (a soft limit: it fires
    between Python bytecodes). A no-op off the main thread or without SIGALRM."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.previous: Any = None
        self.armed = False

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        raise ParseTimeoutError(f"document took longer than {self.seconds:g} s")

    def __enter__(self) -> _Alarm:
        if self.seconds and hasattr(signal, "setitimer"):
            try:
                self.previous = signal.signal(signal.SIGALRM, self._fire)
            except ValueError:  # not the main thread
                return self
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _execute(task: _Task) -> Result:
    started = time.perf_counter()
    try:
        with _Alarm(task.timeout):
            article = run(task.html, task.url, adapter=task.adapter, options=task.options)
    except Exception as exc:  # a batch reports every failure per document and goes on
        return Result(
            task.index,
            task.url,
            error=str(exc) or type(exc).__name__,
            error_type=type(exc).__name__,
            seconds=time.perf_counter() - started,
        )
    return Result(task.index, task.url, article=article, seconds=time.perf_counter() - started)


def _worker_main(conn: Connection, adapters: tuple[SiteAdapter, ...]) -> None:
    """A worker process: parse the tasks the parent sends until it sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    for adapter in adapters:
        default_registry.register(adapter, replace=True)
    release_memory = _memory_releaser()
    for done in itertools.count(1):
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_execute(task))
        if done % _RELEASE_EVERY == 0:
            release_memory()


# How many documents a worker parses between handing freed heap pages back to the system.
_RELEASE_EVERY = 64


def _memory_releaser() -> Callable[[], object]:
    """glibc's ``malloc_trim``, or a no-op elsewhere.

    A long-lived worker's resident memory otherwise stays at the high-water mark of the largest
    page it has met: libxml2 and Python free their memory, but glibc keeps the freed pages."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0)


@attrs.define
class _Worker:
    process: BaseProcess
    conn: Connection
    task: _Task | None = None
    deadline: float | None = None


class _Pool:
    """Worker processes that each parse one task at a time; a stuck or dead one is replaced."""

    def __init__(self, size: int) -> None:
        self.context = multiprocessing.get_context()
        # Adapters registered at run time travel to the workers, whatever the start method.
        self.adapters = tuple(
            e.adapter for e in default_registry.entries() if e.origin == "registered"
        )
        self.workers = [self._spawn() for _ in range(size)]

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.adapters), daemon=True, name="pressparse-worker"
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def idle(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is None]

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def submit(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        limit = task.timeout
        worker.deadline = None if limit is None else time.monotonic() + limit + _HARD_LIMIT_GRACE
        worker.conn.send(task)

    def _replace(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join(1.0)
            if worker.process.is_alive():
                worker.process.kill()
        worker.process.join(1.0)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()

    def collect(self) -> list[Result]:
        """Wait until some worker finishes, dies or overruns; return what became of their tasks."""
        busy = self.busy()
        if not busy:
            return []
        deadlines = [w.deadline for w in busy if w.deadline is not None]
        wait_for = None if not deadlines else max(0.0, min(deadlines) - time.monotonic())
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
        results: list[Result] = []
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.conn in ready:
                try:
                    results.append(worker.conn.recv())
                    worker.task = worker.deadline = None
                    continue
                except (EOFError, OSError):
                    pass  # the worker died while sending: reported below
            if worker.conn in ready or worker.process.sentinel in ready:
                code = worker.process.exitcode
                results.append(
                    Result(
                        task.index,
                        task.url,
                        error=f"worker process died (exit code {code})",
                        error_type="WorkerDied",
                    )
                )
                self._replace(worker)
            elif worker.deadline is not None and time.monotonic() >= worker.deadline:
                results.append(
                    Result(
                        task.index,
                        task.url,
                        error=f"document took longer than {task.timeout:g} s; its worker was stopped",
                        error_type="ParseTimeoutError",
                        seconds=(task.timeout or 0.0) + _HARD_LIMIT_GRACE,
                    )
                )
                self._replace(worker)
        return results

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is None and worker.process.is_alive():
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(1.0 if worker.task is None else 0)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join(1.0)
            worker.conn.close()


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
    charset is a hint such as an HTTP header gives). They are consumed lazily: at most a few
    documents per worker are read ahead, so memory stays bounded however long the input is.

    ``workers`` is the number of worker processes (``None``: one per CPU); ``0`` parses in the
    calling process. ``timeout`` bounds each document's time: a worker past it is stopped and
    replaced, and that document alone fails with ``ParseTimeoutError`` (in the calling process
    only a soft limit applies, and only on the main thread). A worker that crashes costs its
    document alone (``error_type="WorkerDied"``).

    With ``errors="collect"`` a failing document yields a Result with its error and the batch
    goes on; ``errors="raise"`` raises a ``PressparseError`` at the first failure.

    Examples:
        >>> [r.article.title for r in parse_many(["<title>A</title><p>x</p>"], workers=0)]
        ['A']
    """
    opts = coerce_options(options)
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 0:
        raise ValueError("workers must be 0 (in this process) or more")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive or None")
    tasks = (_task(i, entry, adapter, opts, timeout) for i, entry in enumerate(items))
    results = (_execute(t) for t in tasks) if count == 0 else _pooled(tasks, count)
    for result in results:
        if errors == "raise" and not result.ok:
            raise PressparseError(
                f"document {result.index} failed: {result.error_type}: {result.error}"
            )
        yield result


def _pooled(tasks: Iterator[_Task], size: int) -> Iterator[Result]:
    window = size * 4 + 4  # documents dispatched but not yet yielded, at most
    pool = _Pool(size)
    finished: dict[int, Result] = {}
    next_out = dispatched = 0
    exhausted = False
    try:
        while True:
            for worker in pool.idle():
                if exhausted or dispatched - next_out >= window:
                    break
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                pool.submit(worker, task)
                dispatched += 1
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
            if exhausted and not pool.busy() and not finished:
                return
            for result in pool.collect():
                finished[result.index] = result
    finally:
        pool.close()
