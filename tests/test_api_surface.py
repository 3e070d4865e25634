"""The public API is pinned: any change to it must be deliberate (and go in the CHANGELOG)."""

from __future__ import annotations

import json

import pressparse

from .api_snapshot import PINNED, surface

# The names of ../shared/DESIGN.md's public API: the contract read by the shared checks.
DESIGN_NAMES = {
    "parse",
    "parse_file",
    "parse_many",
    "clean_html",
    "parse_date",
    "parse_dateline",
    "parse_byline",
    "parse_caption",
    "split_quotes",
    "extract_quotes",
    "SiteAdapter",
    "register_adapter",
    "adapters",
    "Article",
    "Block",
    "Figure",
    "Caption",
    "Byline",
    "Dateline",
    "Quote",
    "Span",
    "DateValue",
}


def test_all_is_the_design_api_and_nothing_more() -> None:
    errors = {
        name
        for name in pressparse.__all__
        if isinstance(getattr(pressparse, name), type)
        and issubclass(getattr(pressparse, name), pressparse.PressparseError)
    }
    assert set(pressparse.__all__) == DESIGN_NAMES | errors
    assert "PressparseError" in errors


def test_every_public_error_subclasses_pressparse_error() -> None:
    for name in pressparse.__all__:
        obj = getattr(pressparse, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, pressparse.PressparseError)


def test_public_objects_say_pressparse_in_their_repr() -> None:
    assert pressparse.Article.__module__ == "pressparse"
    assert repr(pressparse.Block("paragraph", "x")).startswith("Block(")
    assert pressparse.parse.__module__ == "pressparse"


def test_surface_matches_the_pinned_copy() -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    current = surface()
    changed = {
        key: {"pinned": pinned.get(key), "now": current.get(key)}
        for key in pinned.keys() | current.keys()
        if pinned.get(key) != current.get(key)
    }
    assert not changed, (
        "the public API changed; if that is deliberate, run `python -m tests.api_snapshot` "
        f"and add a CHANGELOG entry. Differences: {json.dumps(changed, indent=2)}"
    )


def test_version_is_exposed() -> None:
    assert pressparse.__version__.startswith("0.")
