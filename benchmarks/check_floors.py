"""Accuracy gate: run ../shared/eval/score.py on the dev sets and fail if a score is below its floor.

The floors live in ``benchmarks/floors.json``: one entry per scorer run, with the minimum each
metric may reach and the maximum number of documents that may raise. Raise a floor when a change
improves a score for good; lower one only with a reason in the CHANGELOG.

    python benchmarks/check_floors.py --shared ../shared [--only body]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"
_METRIC = re.compile(r"(\w+)=([0-9.]+|-)")


def _summary_metrics(summary: str) -> dict[str, float]:
    return {k: float(v) for k, v in _METRIC.findall(summary) if v != "-"}


def _run(shared: Path, entry: dict[str, Any]) -> tuple[dict[str, float], int, str]:
    args = [a.replace("{shared}", str(shared)) for a in entry.get("args", [])]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        command = [
            sys.executable,
            str(shared / "eval" / "score.py"),
            entry["task"],
            *args,
            "--json",
            str(out),
        ]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode != 0 or not out.exists():
            raise SystemExit(
                f"score.py failed ({completed.returncode}):\n{completed.stdout}\n{completed.stderr}"
            )
        data = json.loads(out.read_text(encoding="utf-8"))
    return _summary_metrics(data["summary"]), int(data["errors"]), data["summary"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--only", help="run only the entries of this task")
    args = parser.parse_args()
    shared = args.shared.resolve()
    if not (shared / "eval" / "score.py").exists():
        print(
            f"check_floors: no scorer at {shared}/eval/score.py; nothing checked", file=sys.stderr
        )
        return 1
    config = json.loads(FLOORS.read_text(encoding="utf-8"))
    failures: list[str] = []
    for entry in config["runs"]:
        if args.only and entry["task"] != args.only:
            continue
        metrics, errors, summary = _run(shared, entry)
        name = entry.get("name", entry["task"])
        print(f"{name}: {summary}")
        if errors > entry.get("max_errors", 0):
            failures.append(
                f"{name}: {errors} documents raised (allowed {entry.get('max_errors', 0)})"
            )
        for metric, floor in entry.get("floors", {}).items():
            value = metrics.get(metric)
            if value is None:
                failures.append(f"{name}: metric {metric} missing from the scorer output")
            elif value + 1e-9 < floor:
                failures.append(f"{name}: {metric} = {value:.3f} is below its floor {floor:.3f}")
    for failure in failures:
        print(f"FLOOR BROKEN  {failure}", file=sys.stderr)
    print("floors: " + ("all hold" if not failures else f"{len(failures)} broken"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
