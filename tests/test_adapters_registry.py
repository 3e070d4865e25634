"""The adapter registry: precedence, conflicts, built-ins, entry-point discovery, the CLI listing."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from typing import Any

import pytest

import pressparse
from pressparse import AdapterConflictError, SiteAdapter
from pressparse._adapters.registry import AdapterRegistry, default_registry
from pressparse._cli import main as cli

PAGE = "<html><body><h1>Title</h1><div class='story'><p>A story long enough to be a body, with commas, words and more words.</p></div></body></html>"

# An entry point's value must be importable: these module-level objects are what they load.
EP_ADAPTER = SiteAdapter(name="ep-news", domains=("ep-news.example",), selectors={"title": "h1"})
EP_SECOND = SiteAdapter(name="ep-second", domains=("ep-second.example",))
EP_CLAIMING_PRN = SiteAdapter(name="my-prn", domains=("prnewswire.com",))
EP_CLASH = SiteAdapter(name="ep-clash", domains=("ep-news.example",))
EP_NOT_AN_ADAPTER = "just a string"


class EpClass(SiteAdapter):
    """An entry point may name a SiteAdapter subclass whose fields all have defaults."""

    def __init__(self) -> None:
        super().__init__(name="ep-class", domains=("ep-class.example",))


def _point(name: str, attribute: str) -> EntryPoint:
    return EntryPoint(name, f"{__name__}:{attribute}", "pressparse.adapters")


def fresh(*adapters: SiteAdapter) -> AdapterRegistry:
    registry = AdapterRegistry(builtins=False, discover=False)
    for adapter in adapters:
        registry.register(adapter)
    return registry


@pytest.fixture
def registered() -> Iterator[list[str]]:
    """Names registered in the default registry by a test are removed afterwards."""
    names: list[str] = []
    yield names
    for name in names:
        default_registry.unregister(name)


# --- precedence ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "winner"),
    [
        ("https://www.example.com/a", "site"),
        ("https://news.example.com/a", "news"),  # a longer domain is more specific
        ("https://news.example.com/2024/11/a", "dated"),  # a URL pattern beats a bare domain
        ("https://other.example.org/a", None),
        (None, None),
    ],
)
def test_the_most_specific_match_wins(url: str | None, winner: str | None) -> None:
    registry = fresh(
        SiteAdapter(name="site", domains=["example.com"]),
        SiteAdapter(name="news", domains=["news.example.com"]),
        SiteAdapter(name="dated", domains=["news.example.com"], patterns=[r"/\d{4}/\d\d/"]),
    )
    chosen = registry.match(url)
    assert (chosen.name if chosen else None) == winner


def test_priority_breaks_ties_and_allows_sharing_a_domain() -> None:
    low = SiteAdapter(name="low", domains=["example.com"])
    high = SiteAdapter(name="high", domains=["example.com"], priority=5)
    assert fresh(low, high).match("https://example.com/x") is high


def test_equal_patterned_adapters_tie_by_name() -> None:
    b = SiteAdapter(name="b", domains=["example.com"], patterns=["/x"])
    a = SiteAdapter(name="a", domains=["example.com"], patterns=["/x"])
    assert fresh(b, a).match("https://example.com/x").name == "a"  # type: ignore[union-attr]


def test_explicit_adapter_beats_the_registry(registered: list[str]) -> None:
    pressparse.register_adapter(
        SiteAdapter(name="reg-title", domains=["prec.example"], selectors={"title": "h1"})
    )
    registered.append("reg-title")
    explicit = SiteAdapter(name="explicit", selectors={"title": "p"})
    url = "https://prec.example/a"
    assert pressparse.parse(PAGE, url).provenance["title"] == "adapter:reg-title"
    assert pressparse.parse(PAGE, url, adapter=explicit).provenance["title"] == "adapter:explicit"
    by_name = pressparse.parse(PAGE, "https://elsewhere.example/", adapter="reg-title")
    assert by_name.provenance["title"] == "adapter:reg-title"
    generic = pressparse.parse(PAGE, url, adapter="generic")
    assert "adapter:reg-title" not in generic.provenance.values()


def test_an_unknown_adapter_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="no-such"):
        pressparse.parse(PAGE, "https://x.example/", adapter="no-such")


# --- conflicts ----------------------------------------------------------------------------------


def test_same_name_conflicts_unless_replaced() -> None:
    registry = fresh(SiteAdapter(name="a", domains=["a.example"]))
    with pytest.raises(AdapterConflictError, match="already registered"):
        registry.register(SiteAdapter(name="a", domains=["b.example"]))
    replacement = SiteAdapter(name="a", domains=["b.example"])
    registry.register(replacement, replace=True)
    assert registry.get("a") is replacement


def test_same_domain_same_priority_conflicts() -> None:
    registry = fresh(SiteAdapter(name="a", domains=["x.example", "y.example"]))
    with pytest.raises(AdapterConflictError, match=r"'b' and 'a'.*y\.example"):
        registry.register(SiteAdapter(name="b", domains=["y.example"]))
    registry.register(SiteAdapter(name="c", domains=["y.example"], priority=1))
    registry.register(SiteAdapter(name="d", domains=["y.example"], patterns=["/press/"]))
    registry.register(SiteAdapter(name="e", domains=["sub.y.example"]))


def test_registering_the_same_object_twice_is_a_no_op() -> None:
    adapter = SiteAdapter(name="once", domains=["once.example"])
    registry = fresh(adapter)
    registry.register(adapter)
    assert [e.adapter for e in registry.entries()] == [adapter]


def test_register_rejects_non_adapters() -> None:
    with pytest.raises(TypeError):
        fresh().register("not an adapter")  # type: ignore[arg-type]


# --- built-ins ----------------------------------------------------------------------------------


def test_builtins_are_registered_with_their_origin() -> None:
    origins = {e.adapter.name: e.origin for e in default_registry.entries()}
    for name in ("prnewswire", "businesswire", "globenewswire"):
        assert origins[name] == "built-in"
    assert {"prnewswire", "businesswire", "globenewswire"} <= {
        a.name for a in pressparse.adapters()
    }


def test_a_user_adapter_overrides_a_builtin_for_its_domain() -> None:
    registry = AdapterRegistry(discover=False)
    mine = SiteAdapter(name="my-prn", domains=["prnewswire.com"])  # no conflict with a built-in
    registry.register(mine)
    assert registry.match("https://www.prnewswire.com/news-releases/x.html") is mine
    assert registry.match("https://www.businesswire.com/news/home/x").name == "businesswire"  # type: ignore[union-attr]


def test_a_builtin_is_replaced_by_name_with_replace() -> None:
    registry = AdapterRegistry(discover=False)
    with pytest.raises(AdapterConflictError):
        registry.register(SiteAdapter(name="prnewswire", domains=["prnewswire.com"]))
    mine = SiteAdapter(name="prnewswire", domains=["prnewswire.com"], selectors={"title": "h1"})
    registry.register(mine, replace=True)
    assert registry.match("https://www.prnewswire.com/news-releases/x.html") is mine
    assert {e.origin for e in registry.entries() if e.adapter is mine} == {"registered"}


def test_a_lower_priority_user_adapter_leaves_the_builtin_in_charge() -> None:
    registry = AdapterRegistry(discover=False)
    registry.register(SiteAdapter(name="fallback-prn", domains=["prnewswire.com"], priority=-1))
    assert registry.match("https://www.prnewswire.com/x").name == "prnewswire"  # type: ignore[union-attr]


# --- entry points -------------------------------------------------------------------------------


def test_entry_points_load_lazily_once_and_record_their_origin() -> None:
    calls: list[int] = []

    def points() -> list[EntryPoint]:
        calls.append(1)
        return [
            _point("ep", "EP_ADAPTER"),
            _point("second", "EP_SECOND"),
            _point("class", "EpClass"),
        ]

    registry = AdapterRegistry(builtins=False, points=points)
    assert calls == []  # nothing happens until the registry is consulted
    assert registry.match("https://www.ep-news.example/story") is EP_ADAPTER
    registry.entries()
    registry.get("ep-news")
    assert calls == [1]
    entry = next(e for e in registry.entries() if e.adapter is EP_ADAPTER)
    assert entry.origin == "entry-point"
    assert entry.entry_point == f"ep = {__name__}:EP_ADAPTER"
    assert "entry point ep" in entry.describe()
    assert isinstance(registry.get("ep-class"), EpClass)


def test_concurrent_first_use_loads_entry_points_once() -> None:
    calls: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def points() -> list[EntryPoint]:
        with lock:
            calls.append(1)
        return [_point("ep", "EP_ADAPTER")]

    registry = AdapterRegistry(builtins=False, points=points)
    seen: list[Any] = []

    def use() -> None:
        start.wait()
        seen.append(registry.match("https://ep-news.example/a"))

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert seen == [EP_ADAPTER] * 8


def test_broken_entry_points_warn_and_the_rest_load() -> None:
    registry = AdapterRegistry(
        builtins=False,
        points=lambda: [
            _point("missing", "NO_SUCH_NAME"),
            _point("wrong", "EP_NOT_AN_ADAPTER"),
            _point("ok", "EP_ADAPTER"),
        ],
    )
    with pytest.warns(RuntimeWarning) as caught:
        names = [e.adapter.name for e in registry.entries()]
    assert names == ["ep-news"]
    messages = [str(w.message) for w in caught]
    assert any("missing" in m for m in messages) and any("not a SiteAdapter" in m for m in messages)
    assert len(registry.load_errors) == 2


def test_entry_point_conflicts_are_load_errors() -> None:
    registry = AdapterRegistry(
        builtins=False,
        points=lambda: [
            _point("a", "EP_ADAPTER"),
            _point("again", "EP_ADAPTER"),  # the same object twice: a no-op
            _point("clash", "EP_CLASH"),  # another adapter for the same domain and priority
        ],
    )
    with pytest.warns(RuntimeWarning, match="both claim ep-news.example"):
        registry.entries()
    assert [e.adapter.name for e in registry.entries()] == ["ep-news"]
    assert len(registry.load_errors) == 1
    assert isinstance(registry.load_errors[0], AdapterConflictError)


def test_an_entry_point_may_override_a_builtin() -> None:
    registry = AdapterRegistry(points=lambda: [_point("mine", "EP_CLAIMING_PRN")])
    assert registry.match("https://www.prnewswire.com/news-releases/a.html") is EP_CLAIMING_PRN


def test_strict_loading_raises() -> None:
    registry = AdapterRegistry(builtins=False, discover=False)
    with pytest.raises(pressparse.AdapterLoadError):
        registry.load_entry_points([_point("missing", "NO_SUCH_NAME")])


# --- the command line ---------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli(list(argv), out=out, err=err)
    return code, out.getvalue()


def test_cli_lists_adapters_with_their_origin(registered: list[str]) -> None:
    pressparse.register_adapter(
        SiteAdapter(name="cli-listed", domains=["cli.example"], patterns=["/news/"])
    )
    registered.append("cli-listed")
    code, out = _run("adapters")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "MATCHES", "PRIORITY", "FROM"]
    prn = next(line for line in lines if line.startswith("prnewswire "))
    assert "prnewswire.com" in prn and prn.endswith("built-in")
    mine = next(line for line in lines if line.startswith("cli-listed "))
    assert "cli.example (URL /news/)" in mine and mine.endswith("registered")


def test_cli_lists_adapters_as_json() -> None:
    code, out = _run("adapters", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    prn = next(r for r in records if r.get("name") == "prnewswire")
    assert prn["origin"] == "built-in" and "prnewswire.com" in prn["domains"]
    assert "body" in prn["fields"]
