"""Benchmark: ``read_metadata`` alone against one ``lxml.html.document_fromstring`` per page.

The target is that reading a page's metadata costs at most one lxml parse of the same page on
average. The tree read is built as the pipeline's loader builds it (``--lxml-html-tree`` reads
lxml.html's own tree instead); the floor is always ``lxml.html.document_fromstring``.

Every page is parsed and read ``--rounds`` times, alternating which goes first, and each page
keeps its fastest time of each (the machine's noise only ever adds time). The ratio printed is
total metadata time over total parse time, i.e. the mean cost in parses per page.

    PYTHONPATH=src python benchmarks/metadata.py [--pages DIR ...] [--rounds 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)

from pressparse._metadata import read_metadata

DEFAULT_PAGES = (
    Path(__file__).resolve().parents[2] / "shared" / "dev" / "pages" / "html",
    Path(__file__).resolve().parents[2] / "shared" / "dev" / "fundus",
)


def _pages(folders: list[Path], limit: int | None) -> list[bytes]:
    files: list[Path] = []
    for folder in folders:
        files.extend(sorted(folder.rglob("*.html.gz")))
        files.extend(sorted(folder.rglob("*.html")))
    if limit:
        files = files[:limit]
    return [gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes() for f in files]


def _time_parse(data: bytes) -> float:
    start = time.perf_counter()
    document_fromstring(data)
    return time.perf_counter() - start


def _pipeline_parser() -> HTMLParser:
    """A parser set up as the loader's (``pressparse._html.load``): one element class for every
    tag, chosen in C, so that the tree read_metadata walks is the tree the pipeline gives it."""
    parser = HTMLParser(
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=True,
        no_network=True,
        recover=True,
        collect_ids=False,
        huge_tree=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser


def _time_metadata(data: bytes, *, lxml_html_tree: bool) -> float:
    if lxml_html_tree:
        root = document_fromstring(data)
    else:
        root = document_fromstring(data, parser=_pipeline_parser())
    start = time.perf_counter()
    read_metadata(root, url=None, base_url=None)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=list(DEFAULT_PAGES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--lxml-html-tree",
        action="store_true",
        help="read metadata from lxml.html's own tree (its per-tag element classes, looked up in "
        "Python, make every element visit slower) instead of the pipeline's tree",
    )
    args = parser.parse_args(argv)
    pages = _pages([p for p in args.pages if p.exists()], args.limit)
    if not pages:
        print("no pages found", file=sys.stderr)
        return 2
    parse_times: list[float] = []
    meta_times: list[float] = []
    for data in pages:
        best_parse = best_meta = float("inf")
        for round_number in range(args.rounds):
            if round_number % 2:
                best_meta = min(best_meta, _time_metadata(data, lxml_html_tree=args.lxml_html_tree))
                best_parse = min(best_parse, _time_parse(data))
            else:
                best_parse = min(best_parse, _time_parse(data))
                best_meta = min(best_meta, _time_metadata(data, lxml_html_tree=args.lxml_html_tree))
        parse_times.append(best_parse)
        meta_times.append(best_meta)
    ratios = [m / p for m, p in zip(meta_times, parse_times, strict=True) if p > 0]
    mean_parse = 1000 * sum(parse_times) / len(pages)
    mean_meta = 1000 * sum(meta_times) / len(pages)
    print(f"pages: {len(pages)}  rounds: {args.rounds}")
    print(f"lxml parse:    mean {mean_parse:.3f} ms/page")
    print(f"read_metadata: mean {mean_meta:.3f} ms/page")
    p90 = sorted(ratios)[int(0.9 * len(ratios))]
    print(f"per-page ratio: median {statistics.median(ratios):.2f}, p90 {p90:.2f}")
    mean_ratio = sum(meta_times) / sum(parse_times)
    print(f"metadata: x_parse={mean_ratio:.2f} (mean cost in lxml parses per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
