"""Quote extraction speed: documents per second on the dev texts, and linear time on long texts.

    PYTHONPATH=src python benchmarks/quotes.py [--size-kb 256] [--quick] [--shared ../shared]

1. ``extract_quotes`` over the dev quotes texts (``shared/dev/quotes/gold.jsonl``, 74 news
   articles): documents per second on one core (CPU time, the best of three passes), against the
   target of 500; ``split_quotes`` alone for comparison.
2. Long synthetic articles (paragraphs of quotes, attributions, titles and pronouns written for
   this script) at 1x, 2x and 4x size: µs per KB should stay flat.
3. Hostile inputs (runs of quote marks, apostrophes, unclosed quotes, "he said", capitals, ...)
   at half and full size: the ratio full/half stays near 2 for linear code; above 3 is flagged.

Exit status 1 when a hostile ratio is flagged or the dev throughput is below the target.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pressparse._text.quotes import extract_quotes, split_quotes

HERE = Path(__file__).resolve().parent
TARGET_DOCS_PER_SECOND = 500

PARAGRAPHS = [
    "“We will not back down,” Senator Jane Roe said on Tuesday. “Not now, not ever.”",
    "Roe, a Democrat from Oregon, told reporters that the bill was “dead on arrival” in the "
    "House. She said the vote would come “as soon as the votes are there.”",
    "According to a statement released by the committee, the hearing was “productive.”",
    "The governor’s office called the plan a “so-called reform” and declined to comment.",
    "“I have no idea,” said Tom Lake, a spokesman for the governor, who added that the office "
    "would “study it carefully.”",
    "She appeared on NBC’s “Meet the Press” on Sunday, where she warned that the deficit was "
    "“out of control.”",
    "The mayor wrote on Twitter:",
    "“This city deserves better. We will rebuild.",
    "“And we will do it together.”",
    "Critics said the O’Brien family’s rock ’n’ roll club from the ’90s would close.",
]

HOSTILE: dict[str, str] = {
    "straight_marks": '"',
    "curly_marks": "“”",
    "openers": "“",
    "closers": "”",
    "mixed_marks": "“”„«»\"' ",
    "apostrophes": "'’‘ ",
    "quoted_words": '"a" ',
    "sentences": "“A.” ",
    "he_said": "“Yes,” he said. ",
    "unclosed": "“open, ",
    "line_breaks": "“a\n",
    "paragraphs": "“a\n\n",
    "said_that": "He said that ",
    "capitals": "John Kerry Mr. A. ",
    "dashes": "— - – ",
    "parens": "((( ))) (D-Mo.) ",
    "by": "By By By ",
}


def _best_cpu(func: Callable[[], Any], repeat: int) -> float:
    """The best CPU time of ``repeat`` calls: wall time is too noisy on a shared machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def dev_throughput(shared: Path, repeat: int) -> bool:
    path = shared / "dev" / "quotes" / "gold.jsonl"
    if not path.exists():
        print(f"dev texts: {path} not found, skipped")
        return True
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    for text in texts:
        extract_quotes(text)  # warm up

    def run_extract() -> None:
        for text in texts:
            extract_quotes(text)

    def run_split() -> None:
        for text in texts:
            split_quotes(text)

    extract_seconds = _best_cpu(run_extract, repeat)
    split_seconds = _best_cpu(run_split, repeat)
    docs_per_second = len(texts) / extract_seconds
    kb = sum(len(t) for t in texts) / 1024 / len(texts)
    verdict = "ok" if docs_per_second >= TARGET_DOCS_PER_SECOND else "BELOW TARGET"
    print(f"dev texts: {len(texts)} documents, {kb:.1f} KB each on average")
    print(
        f"  extract_quotes  {1000 * extract_seconds / len(texts):6.3f} ms/doc"
        f"  {docs_per_second:7.0f} docs/s  (target {TARGET_DOCS_PER_SECOND}: {verdict})"
    )
    print(
        f"  split_quotes    {1000 * split_seconds / len(texts):6.3f} ms/doc"
        f"  {len(texts) / split_seconds:7.0f} docs/s"
    )
    return docs_per_second >= TARGET_DOCS_PER_SECOND


def long_articles(size_kb: int, repeat: int) -> None:
    print("long synthetic articles (extract_quotes):")
    article = "\n\n".join(PARAGRAPHS)
    for factor in (1, 2, 4):
        count = max(1, size_kb * 1024 * factor // 4 // len(article))
        text = "\n\n".join([article] * count)

        def call(text: str = text) -> None:
            extract_quotes(text)

        seconds = _best_cpu(call, repeat)
        print(
            f"  {len(text) / 1024:8.0f} KB  {len(extract_quotes(text)):6d} quotes"
            f"  {1000 * seconds:9.1f} ms  {1e6 * seconds / (len(text) / 1024):8.1f} µs/KB"
        )


def hostile(size_kb: int, repeat: int) -> bool:
    print(f"hostile inputs (extract_quotes, both quote styles), {size_kb} KB full size:")
    full = size_kb * 1024
    ok = True
    for name, unit in HOSTILE.items():
        times = []
        for size in (full // 2, full):
            text = unit * (size // len(unit))

            def call(text: str = text) -> None:
                extract_quotes(text)
                extract_quotes(text, single_quotes=True)

            times.append(_best_cpu(call, repeat))
        ratio = times[1] / times[0] if times[0] > 1e-4 else 2.0
        flag = "  <-- not linear" if ratio > 3 else ""
        ok = ok and ratio <= 3
        print(
            f"  {name:15s} {1000 * times[1]:9.1f} ms  {1e6 * times[1] / size_kb:8.1f} µs/KB"
            f"  ratio {ratio:4.2f}{flag}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=256, help="full size of the long inputs")
    parser.add_argument("--quick", action="store_true", help="one timing per case instead of three")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    fast = dev_throughput(args.shared, repeat)
    long_articles(args.size_kb, repeat)
    linear = hostile(args.size_kb, repeat)
    return 0 if fast and linear else 1


if __name__ == "__main__":
    raise SystemExit(main())
