"""The adapter registry: registration, entry-point discovery and choosing the adapter for a URL.

Precedence when parsing a page:

1. an explicit ``adapter=`` argument to ``parse()`` (a SiteAdapter, or a registered name);
2. else the registered adapter that matches the URL most specifically (a URL pattern beats a
   domain; a longer domain beats a shorter one; then the higher ``priority``);
3. else none: the generic path.

Two adapters may not share a name, nor claim the same domain with the same priority and no URL
pattern to tell them apart: ``AdapterConflictError``. Adapters declared by other packages under the
entry-point group ``pressparse.adapters`` are loaded the first time the registry is consulted.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable
from importlib.metadata import EntryPoint, entry_points
from typing import Literal

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._errors import AdapterConflictError, AdapterError, AdapterLoadError

__all__ = [
    "ENTRY_POINT_GROUP",
    "AdapterRegistry",
    "RegisteredAdapter",
    "adapters",
    "default_registry",
    "register_adapter",
]

ENTRY_POINT_GROUP = "pressparse.adapters"

Origin = Literal["built-in", "registered", "entry-point"]


@attrs.frozen
class RegisteredAdapter:
    """An adapter and where it came from (``package`` is set for entry points)."""

    adapter: SiteAdapter
    origin: Origin
    package: str | None = None


def _conflicts(a: SiteAdapter, b: SiteAdapter) -> set[str]:
    if a.priority != b.priority or a.patterns or b.patterns:
        return set()
    return set(a.domains) & set(b.domains)


class AdapterRegistry:
    """A thread-safe set of adapters keyed by name."""

    def __init__(self, *, discover: bool = True) -> None:
        self._entries: dict[str, RegisteredAdapter] = {}
        self._lock = threading.RLock()
        self._discovered = not discover
        self.load_errors: tuple[AdapterError, ...] = ()

    def register(
        self,
        adapter: SiteAdapter,
        *,
        replace: bool = False,
        origin: Origin = "registered",
        package: str | None = None,
    ) -> SiteAdapter:
        """Add ``adapter``; with ``replace=True`` an adapter of the same name is replaced."""
        if not isinstance(adapter, SiteAdapter):
            raise TypeError(f"expected a SiteAdapter, got {type(adapter).__name__}")
        with self._lock:
            existing = self._entries.get(adapter.name)
            if existing is not None and not replace:
                raise AdapterConflictError(
                    f"an adapter named {adapter.name!r} is already registered "
                    f"({existing.origin}{' from ' + existing.package if existing.package else ''}); "
                    "pass replace=True to replace it"
                )
            for name, entry in self._entries.items():
                if name == adapter.name:
                    continue
                shared = _conflicts(adapter, entry.adapter)
                if shared:
                    raise AdapterConflictError(
                        f"adapters {adapter.name!r} and {name!r} both claim "
                        f"{', '.join(sorted(shared))} at priority {adapter.priority}; "
                        "give one a higher priority or a URL pattern"
                    )
            self._entries[adapter.name] = RegisteredAdapter(adapter, origin, package)
        return adapter

    def unregister(self, name: str) -> None:
        """Remove the adapter called ``name`` (a KeyError if there is none)."""
        with self._lock:
            del self._entries[name]

    def entries(self) -> tuple[RegisteredAdapter, ...]:
        """Every registered adapter with its origin, entry points included, sorted by name."""
        self._discover()
        with self._lock:
            return tuple(self._entries[name] for name in sorted(self._entries))

    def get(self, name: str) -> SiteAdapter | None:
        self._discover()
        with self._lock:
            entry = self._entries.get(name)
        return None if entry is None else entry.adapter

    def match(self, url: str | None) -> SiteAdapter | None:
        """The adapter for ``url`` by the precedence in this module's docstring."""
        if not url:
            return None
        best: tuple[int, int, str] | None = None
        chosen: SiteAdapter | None = None
        for entry in self.entries():
            score = entry.adapter.match_score(url)
            if score is None:
                continue
            # Ties on score and priority go to the alphabetically first name: deterministic.
            key = (score, entry.adapter.priority, _reverse(entry.adapter.name))
            if best is None or key > best:
                best, chosen = key, entry.adapter
        return chosen

    def load_entry_points(
        self, points: Iterable[EntryPoint] | None = None, *, strict: bool = True
    ) -> tuple[AdapterError, ...]:
        """Load the adapters other packages declare (normally done once, lazily).

        With ``strict=True`` the first failure raises; otherwise failures are returned (and the
        registry's lazy discovery reports them with ``warnings.warn``) and the rest still load.
        """
        if points is None:
            points = entry_points(group=ENTRY_POINT_GROUP)
        failures: list[AdapterError] = []
        for point in points:
            try:
                self._load_one(point)
            except AdapterError as exc:
                if strict:
                    raise
                failures.append(exc)
        return tuple(failures)

    def _load_one(self, point: EntryPoint) -> None:
        try:
            loaded = point.load()
        except Exception as exc:  # any import-time failure of third-party code
            raise AdapterLoadError(
                f"entry point {point.name!r} ({point.value}) failed to load: {exc}"
            ) from exc
        for adapter in loaded if isinstance(loaded, (list, tuple)) else (loaded,):
            if not isinstance(adapter, SiteAdapter):
                raise AdapterLoadError(
                    f"entry point {point.name!r} ({point.value}) is not a SiteAdapter"
                )
            package = point.dist.name if point.dist is not None else point.module
            self.register(adapter, origin="entry-point", package=package)

    def _discover(self) -> None:
        if self._discovered:
            return
        with self._lock:
            if self._discovered:
                return
            self._discovered = True
            self.load_errors = self.load_entry_points(strict=False)
        for error in self.load_errors:
            warnings.warn(str(error), RuntimeWarning, stacklevel=3)


def _reverse(name: str) -> str:
    # Larger keys win in match(); invert the name so that "a" beats "b" on a tie.
    return "".join(chr(0x10FFFF - ord(ch)) for ch in name)


default_registry = AdapterRegistry()


def register_adapter(adapter: SiteAdapter, *, replace: bool = False) -> SiteAdapter:
    """Register ``adapter`` so that ``parse()`` uses it for the URLs it matches.

    Returns the adapter, so it can be used as ``adapter = register_adapter(SiteAdapter(...))``.
    Raises ``AdapterConflictError`` when the name is taken (unless ``replace=True``) or when
    another adapter claims the same domain at the same priority.
    """
    return default_registry.register(adapter, replace=replace)


def adapters() -> tuple[SiteAdapter, ...]:
    """Every registered adapter (built-in, registered, and found through entry points), by name."""
    return tuple(entry.adapter for entry in default_registry.entries())
