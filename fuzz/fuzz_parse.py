"""Fuzz parse() with atheris: any exception other than a PressparseError is a finding.

    python -m venv .venv-fuzz && .venv-fuzz/bin/pip install atheris -e .
    .venv-fuzz/bin/python -m tests.hostile.generate fuzz/corpus/parse   # seed corpus
    .venv-fuzz/bin/python fuzz/fuzz_parse.py fuzz/corpus/parse -max_len=200000 -timeout=20 -rss_limit_mb=4096

Crashing inputs are written as crash-<hash> files in the current directory; keep each as a
regression test in tests/hostile/ once it is fixed.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["pressparse"]):
    import pressparse


def test_one_input(data: bytes) -> None:
    try:
        article = pressparse.parse(data, "https://example.com/news/1")
    except pressparse.PressparseError:
        return
    text = article.text
    for quote in article.quotes:
        if text[quote.start : quote.end] != quote.text:
            raise AssertionError(f"quote offsets do not index the text: {quote!r}")
    for url in (article.image, article.canonical_url, *(f.image_url for f in article.figures)):
        if url is not None and not url.startswith(("http://", "https://")):
            raise AssertionError(f"unsafe URL reported: {url!r}")
    article.to_json()


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
