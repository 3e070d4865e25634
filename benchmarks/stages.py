"""Where ``parse()`` spends its time: each stage of the pipeline, per page, on the dev pages.

    python benchmarks/stages.py                                 # ../shared/dev/pages
    python benchmarks/stages.py --data ../shared/dev/fundus --rounds 3
    python benchmarks/stages.py --options '{"quotes": false}'   # what a switched-off stage saves

The stages are the five steps ``pressparse._pipeline.run`` calls in order (load and parse the
page, read the metadata, run the cleaners, extract the content, find the quotations), timed by
wrapping them where the pipeline looks them up; "assembly" is the rest of ``parse()`` (choosing
the adapter, the dateline and the dek, building the Article). The bare
``lxml.html.document_fromstring`` time of each page is the floor the load stage includes.

Pages are timed in rounds over the whole set, as ``../shared/eval/score.py`` times them. The first
round is reported on its own ("cold": every page is new to the memoized readings of class names,
names and dates, as on a crawl over many sites); later rounds give the "warm" figure (a page's
fastest round, its site's readings cached). A benchmark, never a test: times depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml.html import document_fromstring

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from body import DEFAULT_DATA, read_pages  # noqa: E402

import pressparse  # noqa: E402
from pressparse import _pipeline  # noqa: E402

STAGES = ("load_page", "read_metadata", "apply_cleaners", "extract_content", "quotes_for_blocks")
LABELS = {
    "load_page": "load + parse",
    "read_metadata": "metadata",
    "apply_cleaners": "cleaners",
    "extract_content": "extraction",
    "quotes_for_blocks": "quotes",
}


class StageClock:
    """Seconds spent in each stage during the current ``parse()`` call."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, name: str) -> None:
        original = getattr(_pipeline, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - start

        setattr(_pipeline, name, timed)


def time_page(
    clock: StageClock, raw: bytes, url: str | None, options: dict[str, Any]
) -> dict[str, float]:
    """Milliseconds of each stage, of "assembly" and of the whole call, for one ``parse()``."""
    clock.spent = {}
    start = time.perf_counter()
    pressparse.parse(raw, url, options=options)
    total = time.perf_counter() - start
    row = {name: clock.spent.get(name, 0.0) * 1000 for name in STAGES}
    row["assembly"] = total * 1000 - sum(row.values())
    row["total"] = total * 1000
    return row


def report(title: str, rows: list[dict[str, float]], floor_ms: float) -> None:
    mean_total = statistics.fmean(row["total"] for row in rows)
    print(f"\n{title}")
    print(f"{'stage':<14} {'median ms':>10} {'mean ms':>9} {'share':>7}")
    for name in (*STAGES, "assembly", "total"):
        values = [row[name] for row in rows]
        mean = statistics.fmean(values)
        print(
            f"{LABELS.get(name, name):<14} {statistics.median(values):10.3f} {mean:9.3f} "
            f"{100 * mean / mean_total:6.1f}%"
        )
    median_total = statistics.median(row["total"] for row in rows)
    print(f"whole parse(): median {median_total / floor_ms:.1f} x the lxml floor")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="gold.jsonl or its folder")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--rounds", type=int, default=3, help="passes over all pages (first: cold)")
    parser.add_argument("--options", default="{}", help="parse() options as JSON")
    args = parser.parse_args(argv)
    pages = read_pages(args.data, args.limit)
    if not pages:
        print(f"no pages with a full gold body in {args.data}", file=sys.stderr)
        return 2
    options: dict[str, Any] = json.loads(args.options)
    clock = StageClock()
    for name in STAGES:
        clock.wrap(name)
    pressparse.parse(pages[0][1], pages[0][2], options=options)  # imports and lazy tables

    floor = [float("inf")] * len(pages)
    cold: list[dict[str, float]] = []
    warm: list[dict[str, float] | None] = [None] * len(pages)
    parse_floor: Callable[[bytes], object] = document_fromstring
    for round_index in range(max(1, args.rounds)):
        for index, (_, raw, url, _) in enumerate(pages):
            start = time.perf_counter()
            parse_floor(raw)
            floor[index] = min(floor[index], (time.perf_counter() - start) * 1000)
            row = time_page(clock, raw, url, options)
            if round_index == 0:
                cold.append(row)
            else:
                best = warm[index]
                if best is None or row["total"] < best["total"]:
                    warm[index] = row
    floor_ms = statistics.median(floor)
    print(f"{len(pages)} pages from {args.data}; lxml parse floor: median {floor_ms:.3f} ms/page")
    if args.options != "{}":
        print(f"options: {args.options}")
    report("cold (first round)", cold, floor_ms)
    warm_rows = [row for row in warm if row is not None]
    if warm_rows:
        report(f"warm (fastest of rounds 2-{args.rounds})", warm_rows, floor_ms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
