"""The command line: ``pressparse parse``, ``batch``, ``explain`` and ``adapters``."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal, cast

from pressparse._adapters.registry import RegisteredAdapter, default_registry
from pressparse._api import parse, parse_file
from pressparse._batch import parse_many
from pressparse._errors import PressparseError
from pressparse._options import Options
from pressparse._render import to_markdown, to_text
from pressparse._sources import SourceStats, batch_record, expand_inputs, iter_documents
from pressparse._version import __version__

__all__ = ["main"]

EXIT_OK = 0
EXIT_UNPARSEABLE = 1
EXIT_USAGE = 2
EXIT_IO = 3

_EPILOG = """\
exit status:
  0  success
  1  the input is not a parseable HTML page (empty, binary, too large); for batch: nothing parsed
  2  the command line is wrong
  3  a file could not be read or written
"""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Turn the HTML of news articles and press releases into structured data.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    one = commands.add_parser(
        "parse",
        help="parse one page and print the Article",
        description="Parse one HTML page (a file, a .gz file, or - for standard input).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    one.add_argument("file", help="the page: a path, or - to read standard input")
    one.add_argument("--url", help="the page's URL (resolves links, picks the site adapter)")
    one.add_argument(
        "--format",
        choices=("json", "text", "markdown"),
        default="json",
        help="output format (default: json, the Article's to_dict() form)",
    )
    one.add_argument("--encoding", help="charset hint, e.g. from an HTTP header")
    one.add_argument("--adapter", help="use this registered site adapter")
    one.add_argument(
        "--indent", type=int, default=2, help="JSON indentation (default 2; 0: one line)"
    )

    many = commands.add_parser(
        "batch",
        help="parse files, folders and WARC archives to JSON Lines",
        description=(
            "Parse every HTML document in the inputs (files, folders searched recursively, "
            "globs, .warc/.warc.gz archives) and write one JSON object per line."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    many.add_argument("inputs", nargs="+", metavar="INPUT")
    many.add_argument("-o", "--output", required=True, help="OUT.jsonl or OUT.jsonl.gz")
    many.add_argument(
        "-j", "--jobs", type=int, default=None, help="worker processes (default: CPUs; 0: none)"
    )
    many.add_argument("--resume", action="store_true", help="skip documents already in OUTPUT")
    many.add_argument(
        "--timeout", type=float, default=60.0, help="seconds per document (default 60)"
    )
    many.add_argument("--adapter", help="use this registered site adapter for every document")
    many.add_argument("--no-progress", action="store_true", help="no progress bar")

    view = commands.add_parser(
        "explain",
        help="write an HTML view of what parse() kept, dropped, and why",
        description=(
            "Write one self-contained HTML file showing the page with every decision of the "
            "pipeline marked, and the Article's fields with their sources. Nothing in it runs "
            "or is fetched."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    view.add_argument("page", help="the page: a path, or - to read standard input")
    view.add_argument("--url", help="the page's URL")
    view.add_argument("-o", "--output", help="where to write the view (default: standard output)")
    view.add_argument("--adapter", help="use this registered site adapter")

    listing = commands.add_parser(
        "adapters",
        help="list the registered site adapters",
        description=(
            "List the site adapters: name, domains and URL patterns, priority, and where each "
            "comes from (built-in, registered, or an entry point and its package). Adapters "
            "that failed to load are listed after them."
        ),
    )
    listing.add_argument("--json", action="store_true", help="one JSON object per adapter")
    return parser


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _cmd_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    options = Options(encoding=args.encoding)
    try:
        if args.file == "-":
            article = parse(_read_input("-"), args.url, adapter=args.adapter, options=options)
        else:
            article = parse_file(args.file, args.url, adapter=args.adapter, options=options)
    except PressparseError as exc:
        print(f"pressparse: {args.file}: {exc}", file=err)
        return EXIT_UNPARSEABLE
    except OSError as exc:
        print(f"pressparse: {exc}", file=err)
        return EXIT_IO
    except ValueError as exc:  # e.g. an unknown adapter name
        print(f"pressparse: {exc}", file=err)
        return EXIT_USAGE
    if args.format == "json":
        out.write(article.to_json(indent=args.indent or None) + "\n")
    elif args.format == "text":
        out.write(to_text(article))
    else:
        out.write(to_markdown(article))
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from pressparse.explain import explain_page

    try:
        view = explain_page(_read_input(args.page), args.url, adapter=args.adapter)
    except PressparseError as exc:
        print(f"pressparse: {args.page}: {exc}", file=err)
        return EXIT_UNPARSEABLE
    except OSError as exc:
        print(f"pressparse: {exc}", file=err)
        return EXIT_IO
    except ValueError as exc:
        print(f"pressparse: {exc}", file=err)
        return EXIT_USAGE
    if args.output is None:
        out.write(view)
        return EXIT_OK
    try:
        Path(args.output).write_text(view, encoding="utf-8")
    except OSError as exc:
        print(f"pressparse: {exc}", file=err)
        return EXIT_IO
    print(f"wrote {args.output}", file=err)
    return EXIT_OK


def _adapter_record(entry: RegisteredAdapter) -> dict[str, Any]:
    adapter = entry.adapter
    return {
        "name": adapter.name,
        "domains": list(adapter.domains),
        "patterns": list(adapter.patterns),
        "priority": adapter.priority,
        "origin": entry.origin,
        "package": entry.package,
        "version": entry.version,
        "entry_point": entry.entry_point,
        "class": f"{type(adapter).__module__}.{type(adapter).__qualname__}",
        "fields": sorted(adapter.selectors),
    }


def _cmd_adapters(args: argparse.Namespace, out: IO[str]) -> int:
    entries = default_registry.entries()
    errors = default_registry.load_errors
    if args.json:
        for entry in entries:
            out.write(json.dumps(_adapter_record(entry), ensure_ascii=False) + "\n")
        for error in errors:
            out.write(json.dumps({"error": str(error)}, ensure_ascii=False) + "\n")
        return EXIT_OK
    if not entries:
        out.write("no site adapters registered\n")
    rows = [("NAME", "MATCHES", "PRIORITY", "FROM")]
    for entry in entries:
        adapter = entry.adapter
        targets = ", ".join(adapter.domains) or "any host"
        if adapter.patterns:
            targets += " (URL " + " or ".join(adapter.patterns) + ")"
        rows.append((adapter.name, targets, str(adapter.priority), entry.describe()))
    if entries:
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
            out.write("  ".join([*cells, row[3]]).rstrip() + "\n")
    for error in errors:
        out.write(f"error: {error}\n")
    return EXIT_OK


def _open_output(path: Path, append: bool) -> IO[str]:
    mode: Literal["at", "wt"] = "at" if append else "wt"
    if path.name.endswith(".gz"):
        return cast("IO[str]", gzip.open(path, mode, encoding="utf-8"))
    return path.open(mode, encoding="utf-8")


def _done_keys(path: Path) -> set[str]:
    if not path.exists():
        return set()
    keys: set[str] = set()
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            try:
                keys.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut off by an interrupted run is parsed again
    return keys


class _Progress:
    """A progress line on stderr (tqdm when it is installed), only when stderr is a terminal."""

    def __init__(self, enabled: bool, err: IO[str]) -> None:
        self.err = err
        self.bar: Any = None
        self.enabled = enabled and err.isatty()
        self.count = 0
        if self.enabled:
            try:
                from tqdm import tqdm

                self.bar = tqdm(unit="doc", file=err, dynamic_ncols=True)
            except ImportError:
                self.bar = None

    def step(self, failed: int) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(failed=failed, refresh=False)
        elif self.count % 50 == 0:
            self.err.write(f"\r{self.count} documents, {failed} failed")
            self.err.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.enabled and self.count:
            self.err.write("\n")


def _cmd_batch(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    output = Path(args.output)
    if args.jobs is not None and args.jobs < 0:
        print("pressparse: --jobs must be 0 or more", file=err)
        return EXIT_USAGE
    options = Options()
    stats = SourceStats()
    done = _done_keys(output) if args.resume else set()
    resumed = 0
    # Only the key and URL of documents in flight are kept here, never their bytes.
    in_flight: dict[int, tuple[str, str | None]] = {}

    def pending() -> Iterator[tuple[bytes, str | None, str | None]]:
        nonlocal resumed
        index = 0
        for document in iter_documents(
            expand_inputs(args.inputs), limit=options.max_bytes, stats=stats
        ):
            if document.key in done:
                resumed += 1
                continue
            in_flight[index] = (document.key, document.url)
            index += 1
            yield document.html, document.url, document.encoding

    parsed = failed = 0
    started = time.perf_counter()
    progress = _Progress(not args.no_progress, err)
    try:
        with _open_output(output, append=args.resume) as sink:
            for result in parse_many(
                pending(),
                workers=args.jobs,
                adapter=args.adapter,
                options=options,
                timeout=args.timeout,
            ):
                key, url = in_flight.pop(result.index)
                sink.write(json.dumps(batch_record(key, url, result), ensure_ascii=False) + "\n")
                if result.ok:
                    parsed += 1
                else:
                    failed += 1
                progress.step(failed)
    except (OSError, RuntimeError) as exc:
        progress.close()
        print(f"pressparse: {exc}", file=err)
        return EXIT_IO
    progress.close()
    seconds = time.perf_counter() - started
    total = parsed + failed
    rate = total / seconds if seconds > 0 else 0.0
    print(
        f"documents: {total}  parsed: {parsed}  failed: {failed}  skipped: {stats.skipped}"
        + (f"  resumed: {resumed}" if args.resume else "")
        + f"  docs/s: {rate:.1f}",
        file=err,
    )
    for reason, count in sorted(stats.reasons.items()):
        print(f"  skipped {count}: {reason}", file=err)
    if total and not parsed:
        return EXIT_UNPARSEABLE
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "parse":
        return _cmd_parse(args, out, err)
    if args.command == "batch":
        return _cmd_batch(args, out, err)
    if args.command == "explain":
        return _cmd_explain(args, out, err)
    if args.command == "adapters":
        return _cmd_adapters(args, out)
    parser.print_help(err)
    return EXIT_USAGE
