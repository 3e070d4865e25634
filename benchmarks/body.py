"""Body extraction benchmark: pressparse and trafilatura side by side on pages with a gold body.

    python benchmarks/body.py                                   # ../shared/dev/pages (full bodies)
    python benchmarks/body.py --data ../shared/dev/fundus       # the fundus pages
    python benchmarks/body.py --limit 30 --rounds 3

For each system it prints the body F1 (with P and R), the median milliseconds per page, the peak
memory of one call (tracemalloc), and the bare ``lxml.html.document_fromstring`` time on the same
pages as the floor. Pages are timed in rounds over the whole set (``--rounds``), a page's fastest
round counting, so that no call finds its caches warm from the same page. trafilatura is a benchmark-only dependency (``pip install trafilatura``); it
is skipped with a note when it is not installed.

The F1 is the article-extraction-benchmark's metric, as ``../shared/eval/score.py`` computes it:
tokens are ``\\w+`` runs, each page is the multiset of its 4-token shingles (a text of 1-3 tokens
is one shingle); page precision and recall from the shared shingles, precision averaged over pages
with a non-empty prediction, recall over all pages, F1 = 2PR / (P + R) of the two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from lxml.html import document_fromstring

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import pressparse  # noqa: E402

DEFAULT_DATA = HERE.parent.parent / "shared" / "dev" / "pages"
SHINGLE = 4
_WORD = re.compile(r"\w+")

Page = tuple[str, bytes, "str | None", str]  # id, raw bytes, url, gold text
Extractor = Callable[[bytes, "str | None"], str]


def read_pages(data: Path, limit: int | None) -> list[Page]:
    """Pages whose gold has a full body text, from a gold.jsonl file or a folder holding one."""
    gold = data / "gold.jsonl" if data.is_dir() else data
    pages: list[Page] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("text") or record.get("text_is_prefix"):
            continue
        raw = gzip.decompress((gold.parent / record["html_path"]).read_bytes())
        pages.append((record["id"], raw, record.get("url"), record["text"]))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    if 0 < len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def body_f1(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """(F1, P, R) over (gold, prediction) pairs, as the body scorer computes them."""
    precisions: list[float] = []
    recalls: list[float] = []
    for gold, prediction in pairs:
        true, pred = shingles(gold), shingles(prediction)
        tp = sum((true & pred).values())
        fp = sum(pred.values()) - tp
        fn = sum(true.values()) - tp
        if pred:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if true:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def decode(raw: bytes) -> str:
    """Bytes to text as the scorer hands them to comparison systems (UTF-8, else cp1252)."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def pressparse_body(raw: bytes, url: str | None) -> str:
    return pressparse.parse(raw, url).text


def trafilatura_body() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(raw: bytes, url: str | None) -> str:
        return trafilatura.extract(decode(raw)) or ""

    return extract


def once(fn: Callable[[], object]) -> float:
    """Milliseconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def peak_kib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def run(pages: list[Page], rounds: int) -> None:
    systems: dict[str, Extractor] = {"pressparse": pressparse_body}
    other = trafilatura_body()
    if other is not None:
        systems["trafilatura"] = other
    for extract in systems.values():  # warm up imports
        extract(pages[0][1], pages[0][2])

    # Each round visits every page once, and a page's time is its fastest round: no page is
    # timed right after a call on itself, so no system finds its caches (its own memoized
    # readings, the CPU's) warm from the same page, as on a crawl over many sites.
    floor: list[float] = [float("inf")] * len(pages)
    results: dict[str, dict[str, list[float]]] = {
        name: {"ms": [float("inf")] * len(pages), "kib": []} for name in systems
    }
    predictions: dict[str, list[tuple[str, str]]] = {name: [] for name in systems}
    for round_index in range(rounds):
        for index, (_, raw, url, gold) in enumerate(pages):
            floor[index] = min(floor[index], once(partial(document_fromstring, raw)))
            for name, extract in systems.items():
                times = results[name]["ms"]
                if round_index == 0:
                    start = time.perf_counter()
                    predictions[name].append((gold, extract(raw, url)))
                    times[index] = (time.perf_counter() - start) * 1000
                else:
                    times[index] = min(times[index], once(partial(extract, raw, url)))
    for _, raw, url, _ in pages:
        for name, extract in systems.items():
            results[name]["kib"].append(peak_kib(partial(extract, raw, url)))

    floor_ms = statistics.median(floor)
    print(f"{len(pages)} pages; lxml parse floor: median {floor_ms:.2f} ms/page")
    print(
        f"{'system':<12} {'F1':>6} {'P':>6} {'R':>6} {'ms/page':>8} {'x floor':>8} "
        f"{'peak KiB':>9} {'max KiB':>8}"
    )
    medians: dict[str, float] = {}
    for name in systems:
        f1, p, r = body_f1(predictions[name])
        ms = statistics.median(results[name]["ms"])
        medians[name] = ms
        kib = results[name]["kib"]
        print(
            f"{name:<12} {f1:6.3f} {p:6.3f} {r:6.3f} {ms:8.2f} {ms / floor_ms:8.1f} "
            f"{statistics.median(kib):9.0f} {max(kib):8.0f}"
        )
    if "trafilatura" in medians:
        ratio = medians["pressparse"] / medians["trafilatura"]
        print(f"pressparse / trafilatura median time: {ratio:.2f}")
    else:
        print("trafilatura is not installed: pip install trafilatura to compare")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="gold.jsonl or its folder")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="timed passes over all pages (a page's fastest counts)",
    )
    args = parser.parse_args(argv)
    pages = read_pages(args.data, args.limit)
    if not pages:
        print(f"no pages with a full gold body in {args.data}", file=sys.stderr)
        return 2
    run(pages, max(1, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
