"""Hostile input: every family gives an Article or a PressparseError, in bounded time, the same
way in every process, and never reports an unsafe URL or an expanded entity."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pressparse
from pressparse import Article, parse_many

from .hostile.generate import FAMILIES

ROOT = Path(__file__).resolve().parents[1]
ERRORS = {name for name in pressparse.__all__ if name.endswith("Error")}


def _check_article(article: Article) -> None:
    text = article.text
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_span is not None:
            start, end = quote.speaker_span
            assert 0 <= start <= end <= len(text)
    urls = [article.image, article.canonical_url, *(f.image_url for f in article.figures)]
    for url in urls:
        assert url is None or url.startswith(("http://", "https://")), url
    assert "root:" not in text  # no /etc/passwd from an external entity
    assert "lollollol" not in text  # no expanded entity bomb
    article.to_dict()  # validated against the JSON Schema by conftest


@pytest.fixture(scope="module")
def results() -> dict[str, pressparse.types.Result]:
    """Every family once, through worker processes with a time limit: a hang fails its family."""
    names = list(FAMILIES)
    items = [FAMILIES[name](1.0) for name in names]
    out = {}
    for name, result in zip(names, parse_many(items, workers=2, timeout=120), strict=True):
        out[name] = result
    return out


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_gives_an_article_or_a_pressparse_error(
    family: str, results: dict[str, pressparse.types.Result]
) -> None:
    result = results[family]
    assert result.error_type not in ("ParseTimeoutError", "WorkerDied"), result.error
    if result.article is None:
        assert result.error_type in ERRORS, f"{result.error_type}: {result.error}"
    else:
        _check_article(result.article)


@pytest.mark.parametrize(
    ("family", "error"),
    [
        ("empty", "EmptyDocumentError"),
        ("whitespace", "EmptyDocumentError"),
        ("pdf", "NotHTMLError"),
        ("png", "NotHTMLError"),
        ("zip_archive", "NotHTMLError"),
        ("gzip_page", "NotHTMLError"),
        ("random_binary", "NotHTMLError"),
        ("over_size_limit", "DocumentTooLargeError"),
    ],
)
def test_non_pages_get_a_clear_error(
    family: str, error: str, results: dict[str, pressparse.types.Result]
) -> None:
    assert results[family].error_type == error


@pytest.mark.parametrize(
    "family",
    ["nul_bytes", "invalid_utf8", "utf16_bom", "utf16_no_bom", "lying_charset", "control_and_bidi"],
)
def test_damaged_pages_still_give_their_text(
    family: str, results: dict[str, pressparse.types.Result]
) -> None:
    article = results[family].article
    assert article is not None
    assert article.text or article.warnings


def test_unsafe_urls_are_never_reported(results: dict[str, pressparse.types.Result]) -> None:
    article = results["unsafe_urls"].article
    assert article is not None
    assert article.image is None and article.canonical_url is None
    assert all(f.image_url is None for f in article.figures)


_DETERMINISM = r"""
import hashlib, json, sys
sys.path.insert(0, {root!r})
import pressparse
from tests.hostile.generate import FAMILIES
digests = {{}}
pages = {{name: FAMILIES[name](0.05) for name in FAMILIES if name != "over_size_limit"}}
for path in sorted((__import__("pathlib").Path({root!r}) / "tests" / "fixtures").rglob("*.html")):
    pages[path.name] = path.read_bytes()
for name, data in pages.items():
    try:
        out = pressparse.parse(data, "https://example.com/a").to_json()
    except pressparse.PressparseError as error:
        out = type(error).__name__ + str(error)
    digests[name] = hashlib.sha256(out.encode()).hexdigest()
print(json.dumps(digests))
"""


def test_output_is_identical_across_processes() -> None:
    code = _DETERMINISM.format(root=str(ROOT))
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        completed = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(completed.stdout))
    assert runs[0] == runs[1]
    assert len(runs[0]) > 25


FUZZ_FINDINGS = sorted((Path(__file__).parent / "fixtures" / "fuzz").glob("*.bin"))


@pytest.mark.parametrize("finding", FUZZ_FINDINGS, ids=lambda p: p.stem)
def test_fuzz_findings_stay_fixed(finding: Path) -> None:
    """Inputs the fuzzers once crashed on (``fuzz/README.md``) parse to an Article or a clean error."""
    try:
        article = pressparse.parse(finding.read_bytes(), "https://example.com/news/1")
    except pressparse.PressparseError:
        return
    assert isinstance(article, Article)
