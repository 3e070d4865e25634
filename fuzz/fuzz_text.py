"""Fuzz the string parsers with atheris: they must never raise, and offsets must index the text.

.venv-fuzz/bin/python fuzz/fuzz_text.py -max_len=4096 -timeout=10
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["pressparse"]):
    import pressparse


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, 5)
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    if choice == 0:
        pressparse.parse_date(text)
    elif choice == 1:
        dateline = pressparse.parse_dateline(text)
        if dateline is not None and not 0 <= dateline.start <= dateline.end <= len(text):
            raise AssertionError(f"dateline offsets out of range: {dateline!r}")
    elif choice == 2:
        pressparse.parse_byline(text)
    elif choice == 3:
        pressparse.parse_caption(text)
    elif choice == 4:
        spans = pressparse.split_quotes(text)
        if "".join(s.text for s in spans) != text:
            raise AssertionError("split_quotes does not cover the text")
        for span in spans:
            if text[span.start : span.end] != span.text:
                raise AssertionError(f"span offsets do not index the text: {span!r}")
    else:
        for quote in pressparse.extract_quotes(text):
            if text[quote.start : quote.end] != quote.text:
                raise AssertionError(f"quote offsets do not index the text: {quote!r}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
