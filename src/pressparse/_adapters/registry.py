"""The adapter registry: registration, entry-point discovery and choosing the adapter for a URL.

Precedence when parsing a page:

1. an explicit ``adapter=`` argument to ``parse()``: a SiteAdapter, the name of a registered one,
   or ``"generic"`` for none at all;
2. else the registered adapter that matches the URL most specifically: a URL pattern beats a bare
   domain, a longer domain beats a shorter one (``news.example.com`` beats ``example.com``); at
   equal specificity the higher ``priority`` wins, then an adapter of yours (registered or from
   an entry point) beats a built-in one, then the alphabetically first name;
3. else none: the generic path.

Conflicts (``AdapterConflictError``): two adapters may not share a name (``replace=True``
replaces the one registered under that name, built-in ones included), nor claim the same domain
at the same priority when neither has a URL pattern to tell them apart. Built-in adapters never
conflict: yours override them by the precedence above.

Built-in adapters, and adapters that other packages declare under the entry-point group
``pressparse.adapters``, are loaded the first time the registry is consulted: once, under a lock.
An entry point that fails to load is skipped with a ``RuntimeWarning`` and recorded in
``load_errors`` (``pressparse adapters`` lists them).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points
from typing import Literal

import attrs

from pressparse._adapters.base import SiteAdapter
from pressparse._errors import AdapterConflictError, AdapterError, AdapterLoadError

__all__ = [
    "ENTRY_POINT_GROUP",
    "AdapterRegistry",
    "Origin",
    "RegisteredAdapter",
    "adapters",
    "default_registry",
    "register_adapter",
]

ENTRY_POINT_GROUP = "pressparse.adapters"

Origin = Literal["built-in", "registered", "entry-point"]

_ORIGIN_RANK = {"built-in": 0, "registered": 1, "entry-point": 1}


@attrs.frozen
class RegisteredAdapter:
    """An adapter and where it came from.

    ``package`` and ``version`` name the distribution that declared an entry-point adapter, and
    ``entry_point`` the declaration itself (``"name = module:attribute"``).
    """

    adapter: SiteAdapter
    origin: Origin
    package: str | None = None
    version: str | None = None
    entry_point: str | None = None

    def describe(self) -> str:
        """Where the adapter comes from, in words.

        Examples:
            >>> entry = RegisteredAdapter(
            ...     SiteAdapter(name="x"), "entry-point", "x-pkg", "1.0", "x = x_pkg:adapter"
            ... )
            >>> entry.describe()
            'entry point x = x_pkg:adapter (x-pkg 1.0)'
        """
        if self.origin != "entry-point":
            return self.origin
        where = f"entry point {self.entry_point}" if self.entry_point else "entry point"
        if self.package:
            where += f" ({self.package}{' ' + self.version if self.version else ''})"
        return where


def _conflicts(new: RegisteredAdapter, old: RegisteredAdapter) -> set[str]:
    if "built-in" in (new.origin, old.origin):
        return set()
    a, b = new.adapter, old.adapter
    if a.priority != b.priority or a.patterns or b.patterns:
        return set()
    return set(a.domains) & set(b.domains)


def _reverse(name: str) -> str:
    # Larger keys win in match(); invert the name so that "a" beats "b" on a tie.
    return "".join(chr(0x10FFFF - ord(ch)) for ch in name)


def _default_points() -> Iterable[EntryPoint]:
    return entry_points(group=ENTRY_POINT_GROUP)


def _builtin_adapters() -> tuple[SiteAdapter, ...]:
    from pressparse._adapters.builtin import BUILTIN_ADAPTERS

    return BUILTIN_ADAPTERS


class AdapterRegistry:
    """A thread-safe set of adapters keyed by name.

    ``builtins`` adds pressparse's own adapters and ``discover`` the entry points, both lazily on
    first use; ``points`` replaces the entry-point lookup (tests use it).

    Examples:
        >>> registry = AdapterRegistry(builtins=False, discover=False)
        >>> _ = registry.register(SiteAdapter(name="a", domains=["example.com"]))
        >>> registry.match("https://www.example.com/story").name
        'a'
    """

    def __init__(
        self,
        *,
        builtins: bool = True,
        discover: bool = True,
        points: Callable[[], Iterable[EntryPoint]] | None = None,
    ) -> None:
        self._entries: dict[str, RegisteredAdapter] = {}
        self._lock = threading.RLock()
        self._builtins = builtins
        self._discover_points = discover
        self._points = points or _default_points
        self._loaded = False
        self._load_errors: tuple[AdapterError, ...] = ()

    @property
    def load_errors(self) -> tuple[AdapterError, ...]:
        """The entry points that failed to load when the registry was first consulted."""
        self._load_lazily()
        return self._load_errors

    def register(
        self,
        adapter: SiteAdapter,
        *,
        replace: bool = False,
        origin: Origin = "registered",
        package: str | None = None,
        version: str | None = None,
        entry_point: str | None = None,
    ) -> SiteAdapter:
        """Add ``adapter``; with ``replace=True`` an adapter of the same name is replaced.

        Raises ``AdapterConflictError`` (see the module docstring) and ``TypeError`` for
        anything but a SiteAdapter. Registering the very same adapter object again is a no-op.
        """
        if not isinstance(adapter, SiteAdapter):
            raise TypeError(f"expected a SiteAdapter, got {type(adapter).__name__}")
        self._load_lazily()
        new = RegisteredAdapter(adapter, origin, package, version, entry_point)
        with self._lock:
            self._add(new, replace=replace)
        return adapter

    def _add(self, new: RegisteredAdapter, *, replace: bool) -> None:
        name = new.adapter.name
        existing = self._entries.get(name)
        if existing is not None and existing.adapter is new.adapter:
            if new.origin == "entry-point":  # the module registered it at import: say where from
                self._entries[name] = new
            return
        if existing is not None and not replace:
            raise AdapterConflictError(
                f"an adapter named {name!r} is already registered ({existing.describe()}); "
                "pass replace=True to replace it"
            )
        for other, entry in self._entries.items():
            if other == name:
                continue
            shared = _conflicts(new, entry)
            if shared:
                raise AdapterConflictError(
                    f"adapters {name!r} and {other!r} ({entry.describe()}) both claim "
                    f"{', '.join(sorted(shared))} at priority {new.adapter.priority}; "
                    "give one a higher priority or a URL pattern"
                )
        self._entries[name] = new

    def unregister(self, name: str) -> None:
        """Remove the adapter called ``name`` (a KeyError if there is none)."""
        self._load_lazily()
        with self._lock:
            del self._entries[name]

    def entries(self) -> tuple[RegisteredAdapter, ...]:
        """Every adapter with its origin (built-in and entry points included), sorted by name."""
        self._load_lazily()
        with self._lock:
            return tuple(self._entries[name] for name in sorted(self._entries))

    def get(self, name: str) -> SiteAdapter | None:
        """The adapter registered as ``name``, or None."""
        self._load_lazily()
        with self._lock:
            entry = self._entries.get(name)
        return None if entry is None else entry.adapter

    def match(self, url: str | None) -> SiteAdapter | None:
        """The adapter for ``url`` by the precedence in this module's docstring, or None."""
        if not url:
            return None
        best: tuple[int, int, int, str] | None = None
        chosen: SiteAdapter | None = None
        for entry in self.entries():
            score = entry.adapter.match_score(url)
            if score is None:
                continue
            key = (
                score,
                entry.adapter.priority,
                _ORIGIN_RANK[entry.origin],
                _reverse(entry.adapter.name),
            )
            if best is None or key > best:
                best, chosen = key, entry.adapter
        return chosen

    def load_entry_points(
        self, points: Iterable[EntryPoint] | None = None, *, strict: bool = True
    ) -> tuple[AdapterError, ...]:
        """Load the adapters other packages declare (normally done once, lazily).

        With ``strict=True`` the first failure raises; otherwise failures are returned and the
        rest still load.
        """
        failures: list[AdapterError] = []
        for point in self._points() if points is None else points:
            try:
                self._load_one(point)
            except AdapterError as exc:
                if strict:
                    raise
                failures.append(exc)
        return tuple(failures)

    def _load_one(self, point: EntryPoint) -> None:
        declared = f"{point.name} = {point.value}"
        try:
            loaded = point.load()
            if isinstance(loaded, type) and issubclass(loaded, SiteAdapter):
                make: Callable[[], object] = loaded  # a subclass whose fields all have defaults
                loaded = make()
        except Exception as exc:  # any import-time failure of third-party code
            raise AdapterLoadError(f"entry point {declared!r} failed to load: {exc}") from exc
        items = loaded if isinstance(loaded, (list, tuple)) else (loaded,)
        if not items or not all(isinstance(item, SiteAdapter) for item in items):
            raise AdapterLoadError(
                f"entry point {declared!r} gives {type(loaded).__name__}, not a SiteAdapter"
            )
        dist = getattr(point, "dist", None)
        package = dist.name if dist is not None else point.module
        version = dist.version if dist is not None else None
        for adapter in items:
            new = RegisteredAdapter(adapter, "entry-point", package, version, declared)
            with self._lock:
                self._add(new, replace=False)

    def _load_lazily(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            # Set first: an entry point's module that consults the registry while it is being
            # imported sees what is loaded so far instead of recursing.
            self._loaded = True
            if self._builtins:
                for adapter in _builtin_adapters():
                    self._add(RegisteredAdapter(adapter, "built-in"), replace=False)
            if self._discover_points:
                self._load_errors = self.load_entry_points(strict=False)
        for error in self._load_errors:
            warnings.warn(str(error), RuntimeWarning, stacklevel=3)


default_registry = AdapterRegistry()


def register_adapter(adapter: SiteAdapter, *, replace: bool = False) -> SiteAdapter:
    """Register ``adapter`` so that ``parse()`` uses it for the URLs it matches.

    Returns the adapter, so that ``adapter = register_adapter(SiteAdapter(...))`` works.

    Raises:
        AdapterConflictError: the name is taken (pass ``replace=True`` to replace that adapter,
            a built-in one included), or another adapter claims one of the same domains at the
            same priority without a URL pattern. Built-in adapters never conflict on domains:
            yours take precedence over them.
    """
    return default_registry.register(adapter, replace=replace)


def adapters() -> tuple[SiteAdapter, ...]:
    """Every registered adapter (built-in, registered, and found through entry points), by name."""
    return tuple(entry.adapter for entry in default_registry.entries())
