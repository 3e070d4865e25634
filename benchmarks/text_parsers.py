"""Time the string parsers on typical inputs and on hostile ones, and check they stay linear.

    PYTHONPATH=src python benchmarks/text_parsers.py [--size-kb 1024] [--quick]

For each parser and each hostile pattern (dashes, parentheses, "By ", quote marks, digits, ...)
the input is built at half size and at full size (1 MB by default); the script prints ms per call
and µs per KB (CPU time, the best of three calls), and the ratio full/half, which stays near 2
for a linear parser; a ratio above 3 is flagged. Typical inputs are timed too (ms per call).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from pressparse._text.byline import parse_byline
from pressparse._text.caption import parse_caption, split_credit_label
from pressparse._text.dateline import parse_dateline
from pressparse._text.dates import find_date, parse_date

PARSERS: dict[str, Callable[[str], Any]] = {
    "parse_date": parse_date,
    "find_date": find_date,
    "parse_dateline": parse_dateline,
    "parse_byline": parse_byline,
    "parse_caption": parse_caption,
    "split_credit_label": split_credit_label,
}

HOSTILE: dict[str, str] = {
    "dashes": "- -- — – ",
    "parens": "((( ))) (AP) ",
    "by": "By By By ",
    "quotes": "\"'“”‘’«» ",
    "digits": "12 2019 3:45 11/13/ ",
    "caps": "WASHINGTON, N.Y., ",
    "months": "Nov. 5, March ",
    "slashes": "REUTERS/ / | ",
    "labels": "Photo: Credit... © ",
    "spaces": " \t\xa0 ",
    "mixed": "NEW YORK (AP) — By Jane Doe, Reuters Nov. 5, 2024 /PRNewswire/ -- (Photo/X) ",
}

TYPICAL: dict[str, list[str]] = {
    "parse_date": [
        "Sept. 28, 2016",
        "2016-09-28T14:46:12+02:00",
        "Monday November 18, 2019 7:45 am PST",
    ],
    "find_date": ["By Umair Irfan Updated Nov 13, 2019, 10:28am EST"],
    "parse_dateline": [
        "WASHINGTON (Reuters) - The U.S. Federal Reserve raised interest rates on Wednesday.",
        "CHICAGO, Nov. 5, 2024 /PRNewswire/ -- Acme Corp. today announced a new product.",
    ],
    "parse_byline": ["By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press"],
    "parse_caption": ["President Biden speaks in the Rose Garden. (AP Photo/Evan Vucci)"],
    "split_credit_label": ["Photo: Jane Doe/AFP"],
}


def _time(func: Callable[[str], Any], text: str, repeat: int) -> float:
    """Best CPU time of ``repeat`` calls: on a shared machine wall time is too noisy to compare."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1024, help="full size of hostile inputs")
    parser.add_argument("--quick", action="store_true", help="one timing per case instead of three")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    full = args.size_kb * 1024
    flagged = 0
    print(f"{'parser':<20}{'input':<10}{'ms half':>10}{'ms full':>10}{'µs/KB':>9}{'ratio':>7}")
    for name, func in PARSERS.items():
        for label, unit in HOSTILE.items():
            half_text = (unit * (full // 2 // len(unit) + 1))[: full // 2]
            full_text = (unit * (full // len(unit) + 1))[:full]
            half = _time(func, half_text, repeat)
            whole = _time(func, full_text, repeat)
            ratio = whole / half if half > 0 else 0.0
            # below a millisecond the ratio is noise: the parser read a bounded prefix
            bad = ratio > 3 and whole > 0.005
            flagged += bad
            per_kb = whole * 1e6 / (full / 1024)
            print(
                f"{name:<20}{label:<10}{half * 1e3:>10.2f}{whole * 1e3:>10.2f}{per_kb:>9.2f}"
                f"{ratio:>7.2f}{'  <-- super-linear?' if bad else ''}"
            )
    print()
    print(f"{'parser':<20}{'typical input':<60}{'ms/call':>10}")
    for name, texts in TYPICAL.items():
        for text in texts:
            calls = 2000
            start = time.process_time()
            for _ in range(calls):
                PARSERS[name](text)
            elapsed = (time.process_time() - start) / calls
            print(f"{name:<20}{text[:58]:<60}{elapsed * 1e3:>10.4f}")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
