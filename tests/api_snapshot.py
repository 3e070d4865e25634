"""The public API surface as data; ``python -m tests.api_snapshot`` rewrites the pinned copy.

Run it only for a deliberate change to the public API, and add a CHANGELOG entry with it.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import attrs

import pressparse
import pressparse.explain
import pressparse.testing
import pressparse.types

PINNED = Path(__file__).parent / "api_surface.json"


def _signature(obj: Any) -> str:
    return str(inspect.signature(obj))


def surface() -> dict[str, Any]:
    """Every public name with its kind and signature; every model class with its fields."""
    names: dict[str, Any] = {}
    for module in (pressparse, pressparse.types, pressparse.testing, pressparse.explain):
        for name in sorted(module.__all__):
            obj = getattr(module, name)
            key = f"{module.__name__}.{name}"
            if inspect.isfunction(obj):
                names[key] = {"kind": "function", "signature": _signature(obj)}
            elif inspect.isclass(obj) and attrs.has(obj):
                names[key] = {
                    "kind": "attrs class",
                    "fields": {f.name: str(f.type) for f in attrs.fields(obj) if f.init},
                    "frozen": obj.__setattr__ is not object.__setattr__,
                }
            elif inspect.isclass(obj):
                bases = [b.__name__ for b in obj.__mro__[1:] if b is not object]
                names[key] = {"kind": "class", "bases": bases}
            else:
                names[key] = {"kind": type(obj).__name__}
    return names


if __name__ == "__main__":
    PINNED.write_text(json.dumps(surface(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {PINNED}")
