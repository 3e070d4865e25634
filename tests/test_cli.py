"""The command line: parse, batch and adapters, their output and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import Article
from pressparse._cli import main

from .conftest import EXAMPLES

PAGE = EXAMPLES / "news-article.html"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_parse_prints_the_article_as_json() -> None:
    code, out, err = run("parse", str(PAGE), "--url", "https://www.lakeside-ledger.example/a")
    assert code == 0, err
    article = Article.from_json(out)
    assert article.title == "City council approves river cleanup plan after long debate"
    assert article.url == "https://www.lakeside-ledger.example/a"


@pytest.mark.parametrize(
    ("fmt", "expected"), [("text", "City council"), ("markdown", "# City council")]
)
def test_parse_text_and_markdown(fmt: str, expected: str) -> None:
    code, out, _ = run("parse", str(PAGE), "--format", fmt)
    assert code == 0 and out.startswith(expected)


def test_parse_reads_gzip_files(tmp_path: Path) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(PAGE.read_bytes()))
    code, out, _ = run("parse", str(packed), "--indent", "0")
    assert code == 0 and out.count("\n") == 1


def test_unparseable_input_exits_1_with_a_message(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4 binary")
    code, out, err = run("parse", str(pdf))
    assert code == 1 and not out and "pdf" in err


def test_missing_file_exits_3() -> None:
    code, _, err = run("parse", "/no/such/file.html")
    assert code == 3 and "No such file" in err


def test_bad_usage_exits_2() -> None:
    assert run("parse")[0] == 2
    assert run("frobnicate")[0] == 2
    assert run()[0] == 2


def test_unknown_adapter_exits_2() -> None:
    code, _, err = run("parse", str(PAGE), "--adapter", "no-such-adapter")
    assert code == 2 and "no-such-adapter" in err


def test_help_documents_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressparse", "parse", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "exit status" in result.stdout


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressparse", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("pressparse 0.")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressparse", "parse", "-", "--format", "text"],
        input=PAGE.read_bytes(),
        capture_output=True,
        check=True,
    )
    assert b"Miller River" in result.stdout


def test_batch_writes_one_line_per_document_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(PAGE.read_bytes())
    (folder / "sub" / "b.html").write_bytes((EXAMPLES / "press-release.html").read_bytes())
    (folder / "sub" / "broken.html").write_bytes(b"%PDF-1.4")
    (folder / "notes.txt").write_text("not a page")
    output = tmp_path / "out.jsonl.gz"
    code, _, err = run("batch", str(folder), "-o", str(output), "--jobs", "0", "--no-progress")
    assert code == 0, err
    with gzip.open(output, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert [Path(r["source"]).name for r in records] == ["a.html", "b.html", "broken.html"]
    assert records[2]["error"]["type"] == "NotHTMLError"
    assert Article.from_dict(records[0]["article"]).title
    assert "documents: 3  parsed: 2  failed: 1" in err

    code, _, err = run("batch", str(folder), "-o", str(output), "--resume", "--no-progress")
    assert code == 0 and "documents: 0" in err and "resumed: 3" in err


def test_batch_exits_1_when_nothing_parses(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    code, _, _ = run("batch", str(bad), "-o", str(tmp_path / "o.jsonl"), "--no-progress")
    assert code == 1


def test_adapters_lists_registered_adapters() -> None:
    code, out, _ = run("adapters")
    assert code == 0 and out
