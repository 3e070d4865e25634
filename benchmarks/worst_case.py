"""Worst cases: time and memory per MB for each hostile-input family, next to normal pages.

    python benchmarks/worst_case.py [--scale 1.0] [--families deep_nesting,quote_storm]

Each (family, size) runs in a fresh process: the best of three parse() times, and the peak
resident memory the parse added. The table shows ms per MB against the normal pages' ms per MB
(the target: every family within 5x), and the time ratio between the input at twice the size
and at the base size (the target: about 2, i.e. linear; a quadratic pattern shows as about 4).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
import pressparse
from tests.hostile.generate import FAMILIES
family, scale = sys.argv[1], float(sys.argv[2])
if family.startswith("file:"):
    data = open(family[5:], "rb").read()
else:
    data = FAMILIES[family](scale)
def rss():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096 / 1e6
before = rss()
best = float("inf")
outcome = "ok"
for _ in range(3):
    started = time.perf_counter()
    try:
        pressparse.parse(data)
    except pressparse.PressparseError as error:
        outcome = type(error).__name__
    best = min(best, time.perf_counter() - started)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"bytes": len(data), "seconds": best, "added_mb": max(0.0, peak - before), "outcome": outcome}}))
"""


def measure(family: str, scale: float) -> dict[str, float | str]:
    code = _CHILD.format(root=str(ROOT))
    completed = subprocess.run(
        [sys.executable, "-c", code, family, str(scale)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        return {
            "bytes": 0,
            "seconds": float("nan"),
            "added_mb": float("nan"),
            "outcome": "CRASH " + completed.stderr[-200:],
        }
    result: dict[str, float | str] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.hostile.generate import FAMILIES

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--families", help="comma-separated subset")
    args = parser.parse_args()
    names = args.families.split(",") if args.families else list(FAMILIES)

    normal = [
        p for p in sorted((ROOT / "tests" / "fixtures").rglob("*.html")) if p.stat().st_size > 2000
    ]
    normal_rates = []
    for page in normal:
        row = measure(f"file:{page}", 1.0)
        normal_rates.append(float(row["seconds"]) * 1000 / (float(row["bytes"]) / 1e6))
    base = statistics.median(normal_rates)
    print(f"normal pages ({len(normal)} fixtures): median {base:.1f} ms/MB\n")
    print(
        f"{'family':24s} {'MB':>7s} {'ms':>9s} {'ms/MB':>9s} {'x normal':>8s} {'2x size':>8s} {'+MB mem':>8s}  outcome"
    )
    for name in names:
        one = measure(name, args.scale)
        two = measure(name, args.scale * 2)
        size = float(one["bytes"]) / 1e6
        seconds = float(one["seconds"])
        rate = seconds * 1000 / size if size else float("nan")
        growth = float(two["seconds"]) / seconds if seconds > 1e-4 else float("nan")
        print(
            f"{name:24s} {size:7.2f} {seconds * 1000:9.1f} {rate:9.1f} {rate / base:8.2f} "
            f"{growth:8.2f} {float(one['added_mb']):8.1f}  {one['outcome']}"
        )


if __name__ == "__main__":
    main()
