"""Batch throughput and memory: parse_many with 1 and 2 workers over the dev pages, repeated.

    python benchmarks/batch.py [--docs 5000] [--growth-docs 10000] [--growth-only] [--shared ../shared]

Prints documents per second for each worker count, the scaling efficiency
(throughput(2) / throughput(1) / 2), the peak resident memory of the parent (which holds the
pages) and the peak private memory of each worker (forked workers share the parent's pages
copy-on-write, so their RSS would count the parent's), and the memory growth of parent +
workers between the first 10 % of a long run and its end.
Linux only (it reads /proc for the workers' memory).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import resource
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from pressparse import parse_many

HERE = Path(__file__).resolve().parent
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def load_pages(shared: Path) -> list[tuple[bytes, str | None]]:
    pages: list[tuple[bytes, str | None]] = []
    for folder in (shared / "dev" / "pages" / "html", shared / "dev" / "fundus" / "html"):
        for path in sorted(folder.rglob("*.html.gz")):
            pages.append((gzip.decompress(path.read_bytes()), None))
    return pages


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE / 1e6
    except OSError:
        return 0.0


def private_mb(pid: int) -> float:
    """Memory a forked worker does not share with its parent (copy-on-write pages excluded)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii")
    except OSError:
        return 0.0
    kb = sum(int(line.split()[1]) for line in text.splitlines() if line.startswith("Private_"))
    return kb / 1000


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


class Sampler:
    """Samples this process's RSS and its workers' private memory every ``interval`` seconds.

    Reading a worker's ``smaps_rollup`` makes the kernel walk its page tables, which slows the
    worker down: the throughput runs sample twice a second, not twenty times."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.parent_peak = 0.0
        self.worker_peak = 0.0
        self.total_now = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            parent = rss_mb(me)
            workers = [private_mb(c) for c in children(me)]
            self.parent_peak = max(self.parent_peak, parent)
            self.worker_peak = max([self.worker_peak, *workers])
            self.total_now = parent + sum(workers)
            time.sleep(self.interval)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def items(pages: list[tuple[bytes, str | None]], count: int) -> Iterator[tuple[bytes, str | None]]:
    return itertools.islice(itertools.cycle(pages), count)


def throughput(
    pages: list[tuple[bytes, str | None]], count: int, workers: int
) -> tuple[float, Sampler, int]:
    failed = 0
    with Sampler(interval=0.5) as sampler:
        started = time.perf_counter()
        for result in parse_many(items(pages, count), workers=workers):
            failed += not result.ok
        seconds = time.perf_counter() - started
    return count / seconds, sampler, failed


def growth(pages: list[tuple[bytes, str | None]], count: int, workers: int) -> dict[int, float]:
    """Parent + workers memory after 10 %, 50 % and 100 % of ``count`` documents."""
    marks = {count // 10: 10, count // 2: 50, count: 100}
    readings: dict[int, float] = {}
    with Sampler() as sampler:
        for done, _ in enumerate(parse_many(items(pages, count), workers=workers), start=1):
            # Every reading while the pool is alive: once parse_many returns, its workers are
            # gone and the total would drop to the parent alone.
            if done in marks:
                time.sleep(0.1)
                readings[marks[done]] = sampler.total_now
    return readings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--growth-docs", type=int, default=10000)
    parser.add_argument("--growth-only", action="store_true", help="skip the throughput runs")
    args = parser.parse_args()
    pages = load_pages(args.shared)
    print(
        f"{len(pages)} distinct dev pages, repeated to {args.docs} documents; {os.cpu_count()} CPUs"
    )
    rates: dict[int, float] = {}
    for workers in () if args.growth_only else (1, 2):
        rate, sampler, failed = throughput(pages, args.docs, workers)
        rates[workers] = rate
        print(
            f"workers={workers}: {rate:7.1f} docs/s  failed={failed}  "
            f"peak RSS parent {sampler.parent_peak:6.1f} MB, largest worker (private) {sampler.worker_peak:6.1f} MB"
        )
    if rates:
        print(f"scaling efficiency 1 -> 2 workers: {rates[2] / rates[1] / 2:.2f}")
    readings = growth(pages, args.growth_docs, 2)
    print(
        f"memory over {args.growth_docs} documents (parent + workers): "
        f"{readings[10]:.1f} MB after 10 %, {readings[50]:.1f} MB after 50 %, "
        f"{readings[100]:.1f} MB at the end; growth {readings[100] - readings[10]:+.1f} MB "
        f"(second half {readings[100] - readings[50]:+.1f} MB)"
    )
    print(
        f"max RSS of this process (getrusage): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB"
    )


if __name__ == "__main__":
    main()
