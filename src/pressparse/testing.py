"""Golden-file tests for site adapters: parse a saved page, compare the Article field by field.

A golden file is the expected Article as JSON (``Article.to_dict()``, without the ignored
fields). ``assert_golden`` parses the page and raises an ``AssertionError`` that lists every
difference, one field per line; after a deliberate change, regenerate the file instead of
editing it by hand::

    PRESSPARSE_REGENERATE=1 python -m pytest tests/test_golden.py
    python -m pressparse.testing regenerate PAGE EXPECTED --url URL [--adapter NAME]

A golden file may also be written by hand with only the fields worth pinning (say ``title``,
``bylines`` and ``body``): fields it leaves out are not compared, and regenerating it keeps to
the same fields.

Examples:
    >>> from pressparse import Article, Block
    >>> expected = {
    ...     "title": "Harbor reopens",
    ...     "body": [{"kind": "paragraph", "text": "Ships are back."}],
    ... }
    >>> actual = Article(title="Harbour reopens", body=[Block("paragraph", "Ships are back.")])
    >>> compare_articles(expected, actual)
    ["title: expected 'Harbor reopens', got 'Harbour reopens'"]
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._api import parse_file
from pressparse._errors import PressparseError
from pressparse._model import Article
from pressparse._options import Options

__all__ = [
    "DEFAULT_IGNORE",
    "REGENERATE_ENV",
    "assert_golden",
    "compare_articles",
    "golden_data",
    "main",
    "write_golden",
]

#: The environment variable that makes ``assert_golden`` rewrite golden files instead of
#: comparing: ``PRESSPARSE_REGENERATE=1``.
REGENERATE_ENV = "PRESSPARSE_REGENERATE"

#: Fields left out by default: ``text`` repeats ``body``, and ``quotes`` (offsets, speakers) are
#: pressparse's own heuristics over the body rather than something an adapter decides.
DEFAULT_IGNORE: tuple[str, ...] = ("text", "quotes")

_CONTEXT = 30  # characters shown around the first difference of two long texts
_SHORT = 70  # texts up to this long are shown whole


def _as_data(article: Article | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(article, Article):
        return article.to_dict()
    if isinstance(article, Mapping):
        return dict(article)
    raise TypeError(f"expected an Article or its dict form, not {type(article).__name__}")


def _drop(data: Any, path: Sequence[str]) -> None:
    """Remove ``path`` (``["figures", "credit"]``) from ``data``, through lists of dicts."""
    if isinstance(data, list):
        for item in data:
            _drop(item, path)
    elif isinstance(data, dict) and path:
        if len(path) == 1:
            data.pop(path[0], None)
        elif path[0] in data:
            _drop(data[path[0]], path[1:])


def golden_data(
    article: Article | Mapping[str, Any], *, ignore: Iterable[str] = DEFAULT_IGNORE
) -> dict[str, Any]:
    """The dict form of ``article`` without the ``ignore``d fields: what a golden file holds.

    A field to ignore is a name (``"warnings"``) or a dotted path into it (``"published.raw"``,
    ``"figures.image_url"``: applied to every item of a list).

    Examples:
        >>> from pressparse import Article
        >>> sorted(golden_data(Article(title="A"), ignore=["text", "quotes", "provenance"]))[:4]
        ['body', 'bylines', 'canonical_url', 'dateline']
    """
    data = json.loads(json.dumps(_as_data(article)))  # a deep copy of plain JSON data
    for field in ignore:
        _drop(data, field.split("."))
    return data  # type: ignore[no-any-return]


def _show(value: Any) -> str:
    if isinstance(value, str) and len(value) > _SHORT:
        return repr(value[:_SHORT] + "…")
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= _SHORT else text[:_SHORT] + "…"
    return repr(value)


def _text_difference(path: str, expected: str, actual: str) -> str:
    at = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    start = max(0, at - _CONTEXT)

    def window(text: str) -> str:
        piece = text[start : at + _CONTEXT]
        return ("…" if start else "") + piece + ("…" if at + _CONTEXT < len(text) else "")

    return (
        f"{path}: texts differ at character {at}\n"
        f"    expected: {window(expected)!r}\n"
        f"    actual:   {window(actual)!r}"
    )


def _item_line(item: Any) -> str:
    if isinstance(item, dict) and "kind" in item and "text" in item:  # a body block
        level = f" {item['level']}" if item.get("level") is not None else ""
        return f"[{item['kind']}{level}] {item['text']}"
    return json.dumps(item, ensure_ascii=False)


def _list_difference(path: str, expected: list[Any], actual: list[Any]) -> str:
    lines = difflib.unified_diff(
        [_item_line(i) for i in expected],
        [_item_line(i) for i in actual],
        "expected",
        "actual",
        n=1,
        lineterm="",
    )
    # Hunk headers ("@@ -1,2 +1 @@") say nothing to a reader: a gap between hunks becomes "…".
    shown = ["    …" if line.startswith("@@") else "    " + line for line in list(lines)[2:]]
    detail = "\n".join(shown[1:] if shown[:1] == ["    …"] else shown)
    return f"{path}: expected {len(expected)} items, got {len(actual)}\n{detail}"


def _compare(path: str, expected: Any, actual: Any, out: list[str], *, partial: bool) -> None:
    """Append the differences; with ``partial``, keys that ``expected`` leaves out are skipped."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        extra = [] if partial else [k for k in actual if k not in expected]
        for key in [*expected, *extra]:
            where = f"{path}.{key}" if path else key
            if key not in actual:
                out.append(f"{where}: expected {_show(expected[key])}, got nothing")
            elif key not in expected:
                out.append(f"{where}: expected nothing, got {_show(actual[key])}")
            else:
                _compare(where, expected[key], actual[key], out, partial=partial)
    elif expected == actual:
        return
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            out.append(_list_difference(path, expected, actual))
        else:
            for index, (a, b) in enumerate(zip(expected, actual, strict=False)):
                _compare(f"{path}[{index}]", a, b, out, partial=partial)
    elif (
        isinstance(expected, str)
        and isinstance(actual, str)
        and max(len(expected), len(actual)) > _SHORT
    ):
        out.append(_text_difference(path, expected, actual))
    else:
        out.append(f"{path}: expected {_show(expected)}, got {_show(actual)}")


def compare_articles(
    expected: Article | Mapping[str, Any],
    actual: Article | Mapping[str, Any],
    *,
    ignore: Iterable[str] = DEFAULT_IGNORE,
) -> list[str]:
    """Every difference between two Articles (or their dict forms), one readable line each.

    When ``expected`` is a dict (a golden file) only the fields it holds are compared, at every
    level (a hand-written block may leave out ``level``); an empty list means they agree. ``ignore`` names fields (or dotted paths, see ``golden_data``) to
    leave out on both sides.

    Examples:
        >>> from pressparse import Article
        >>> compare_articles(Article(title="A"), Article(title="A"))
        []
        >>> print(*compare_articles({"tags": ["a", "b"]}, Article(tags=["a"])), sep="\\n")
        tags: expected 2 items, got 1
             "a"
            -"b"
    """
    ignored = tuple(ignore)
    want = golden_data(expected, ignore=ignored)
    got = golden_data(actual, ignore=ignored)
    partial = not isinstance(expected, Article)
    known = {field.name for field in attrs.fields(Article)} | {"text"}
    out = [
        f"{key}: not an Article field (in the expected data)" for key in want if key not in known
    ]
    want = {key: value for key, value in want.items() if key in known}
    _compare("", want, got, out, partial=partial)
    return out


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() not in ("", "0", "false", "no", "off")


def _read_golden(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise AssertionError(f"golden file {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise AssertionError(f"golden file {path} does not hold a JSON object")
    return data


def write_golden(
    path: str | os.PathLike[str],
    article: Article,
    *,
    ignore: Iterable[str] = DEFAULT_IGNORE,
) -> Path:
    """Write ``article`` as a golden file (indented JSON, UTF-8), creating its folder.

    An existing golden file that holds only some fields keeps to those fields.
    """
    target = Path(path)
    data = golden_data(article, ignore=ignore)
    previous = _read_golden(target) if target.exists() else None
    if previous is not None:
        data = {key: value for key, value in data.items() if key in previous} or data
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def _regenerate_hint(
    page: Path,
    expected: Path,
    url: str | None,
    adapter: SiteAdapter | str | None,
    lead: str = "If the change is deliberate, regenerate the golden file",
) -> str:
    command = f"python -m pressparse.testing regenerate {page} {expected}"
    if url:
        command += f" --url {url}"
    if isinstance(adapter, str):
        command += f" --adapter {adapter}"
    return f"{lead}: run the test with {REGENERATE_ENV}=1, or\n  {command}"


def assert_golden(
    page: str | os.PathLike[str],
    expected: str | os.PathLike[str],
    *,
    url: str | None = None,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
    ignore: Iterable[str] = DEFAULT_IGNORE,
    regenerate: bool | None = None,
) -> Article:
    """Parse ``page`` and check the result against the golden file ``expected``.

    ``url`` defaults to the ``url`` the golden file records; ``adapter`` and ``options`` go to
    ``parse_file`` (no ``adapter``: the registry picks one for the URL, as in production).
    With ``regenerate=True``, or the environment variable ``PRESSPARSE_REGENERATE=1``, the
    golden file is (re)written from the result instead. Returns the parsed Article.

    Raises:
        AssertionError: the result differs from the golden file (the message lists every
            difference and how to regenerate the file), or the golden file is missing.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "page.html").write_text(
        ...     "<h1>Ferry resumes</h1><p>The ferry runs again.</p>"
        ... )
        >>> _ = assert_golden(folder / "page.html", folder / "page.json", regenerate=True)
        >>> assert_golden(folder / "page.html", folder / "page.json").title
        'Ferry resumes'
    """
    page_path, golden_path = Path(page), Path(expected)
    ignored = tuple(ignore)
    golden = _read_golden(golden_path)
    if url is None and golden is not None and isinstance(golden.get("url"), str):
        url = golden["url"]
    article = parse_file(page_path, url, adapter=adapter, options=options)
    if regenerate if regenerate is not None else _truthy(os.environ.get(REGENERATE_ENV)):
        write_golden(golden_path, article, ignore=ignored)
        return article
    if golden is None:
        hint = _regenerate_hint(page_path, golden_path, url, adapter, lead="Create it")
        raise AssertionError(f"no golden file at {golden_path}.\n{hint}")
    differences = compare_articles(golden, article, ignore=ignored)
    if differences:
        listing = "\n".join("  " + line for line in differences)
        raise AssertionError(
            f"{page_path} does not match {golden_path} "
            f"({len(differences)} difference{'s' if len(differences) != 1 else ''}):\n"
            f"{listing}\n{_regenerate_hint(page_path, golden_path, url, adapter)}"
        )
    return article


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pressparse.testing",
        description="Write or check golden files: a saved page and the Article expected from it.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, text in (
        ("regenerate", "parse PAGE and (re)write the golden file EXPECTED"),
        ("check", "parse PAGE and list its differences from EXPECTED (exit 1 if any)"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("page", metavar="PAGE")
        command.add_argument("expected", metavar="EXPECTED")
        command.add_argument("--url", help="the page's URL (default: the one EXPECTED records)")
        command.add_argument("--adapter", help="a registered adapter's name, or 'generic'")
        command.add_argument(
            "--ignore",
            action="append",
            metavar="FIELD",
            help=f"a field to leave out (repeatable; default: {', '.join(DEFAULT_IGNORE)})",
        )
    return parser


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """``python -m pressparse.testing``: 0 on success, 1 on differences, 2 on errors."""
    out = sys.stdout if out is None else out
    args = _build_parser().parse_args(argv)
    ignore = tuple(args.ignore) if args.ignore else DEFAULT_IGNORE
    try:
        article = assert_golden(
            args.page,
            args.expected,
            url=args.url,
            adapter=args.adapter,
            ignore=ignore,
            regenerate=args.command == "regenerate",
        )
    except AssertionError as exc:
        out.write(f"{exc}\n")
        return 1
    except (PressparseError, OSError, ValueError) as exc:
        out.write(f"error: {exc}\n")
        return 2
    if args.command == "regenerate":
        out.write(f"wrote {args.expected} ({article.title or 'untitled'})\n")
    else:
        out.write(f"{args.page} matches {args.expected}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
