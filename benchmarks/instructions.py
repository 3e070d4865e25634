"""Instructions per page of ``parse()``, counted by valgrind's cachegrind: a steady speed measure.

    python benchmarks/instructions.py                              # ../shared/dev/pages
    python benchmarks/instructions.py --data ../shared/dev/fundus

Wall-clock times on a shared machine move by tens of percent between identical runs; the number
of instructions a run executes moves by about 0.1 %. This script runs itself twice under
``valgrind --tool=cachegrind``: once loading the pages only, once loading them and calling
``pressparse.parse`` on each page once, in turn (so that no page finds its caches warm from
itself). The difference, divided by the number of pages, is what one ``parse()`` costs. The bare
``lxml.html.document_fromstring`` of the same pages is counted the same way, as the floor.

It needs valgrind (``apt-get install valgrind``); it is a tool for comparing two versions of
the code on one machine, not a replacement for ``benchmarks/body.py``'s times.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "dev" / "pages"
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def read_pages(data: Path) -> list[tuple[bytes, str | None]]:
    """The pages with a full gold body, from a gold.jsonl file or a folder holding one."""
    gold = data / "gold.jsonl" if data.is_dir() else data
    pages: list[tuple[bytes, str | None]] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("text") or record.get("text_is_prefix"):
            continue
        pages.append(
            (gzip.decompress((gold.parent / record["html_path"]).read_bytes()), record.get("url"))
        )
    return pages


def work(data: Path, mode: str) -> None:
    """What one counted run does: load the pages, then parse them (or only lxml-parse them)."""
    sys.path.insert(0, str(HERE.parent / "src"))
    from lxml.html import document_fromstring

    import pressparse

    pages = read_pages(data)
    if mode == "parse":
        for raw, url in pages:
            pressparse.parse(raw, url)
    elif mode == "floor":
        for raw, _ in pages:
            document_fromstring(raw)


def count(data: Path, mode: str) -> int:
    """Instructions of one run of ``work(data, mode)`` in a child process under cachegrind."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--data",
        str(data),
        "--work",
        mode,
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="gold.jsonl or its folder")
    parser.add_argument("--work", choices=("setup", "parse", "floor"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.work:
        work(args.data, args.work)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    pages = len(read_pages(args.data))
    if not pages:
        print(f"no pages with a full gold body in {args.data}", file=sys.stderr)
        return 2
    work(args.data, "setup")  # compile the bytecode once, outside the counted runs
    setup = count(args.data, "setup")
    parse = (count(args.data, "parse") - setup) / pages
    floor = (count(args.data, "floor") - setup) / pages
    print(f"{pages} pages: parse() {parse / 1e6:.2f} M instructions/page")
    print(
        f"lxml parse floor {floor / 1e6:.2f} M instructions/page; parse() = {parse / floor:.1f} x floor"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
