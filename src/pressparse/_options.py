"""Options: the one frozen object of settings that travels through the pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from pressparse._types import Cleaner

__all__ = ["DEFAULT_MAX_BYTES", "Options", "coerce_options"]

DEFAULT_MAX_BYTES = 20_000_000


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value}")


def _cleaner_tuple(value: Any) -> tuple[str | Cleaner, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen(kw_only=True)
class Options:
    """Settings for ``parse()`` and friends. Every field has a sensible default.

    Examples:
        >>> Options(max_bytes=5_000_000).max_bytes
        5000000

    - ``max_bytes``: inputs larger than this raise ``DocumentTooLargeError`` (for ``str`` input,
      the number of characters is compared).
    - ``encoding``: the caller's charset hint (e.g. from an HTTP ``Content-Type``); a BOM still
      wins, and a hint that cannot decode the bytes is ignored with a warning.
    - ``cleaners``: the cleaners to run before extraction, by name (see ``pressparse.types.CLEANERS``)
      or as callables; ``None`` runs the default set.
    - ``quotes``: find quotations in the body (``Article.quotes``); turn off to save time.
    - ``figures``: take figures (images with captions and credits) out of the body.
    """

    max_bytes: int = attrs.field(default=DEFAULT_MAX_BYTES, validator=_positive)
    encoding: str | None = None
    cleaners: tuple[str | Cleaner, ...] | None = attrs.field(default=None, converter=_cleaner_tuple)
    quotes: bool = True
    figures: bool = True


DEFAULT_OPTIONS = Options()


def coerce_options(options: Options | Mapping[str, Any] | None) -> Options:
    """Accept an Options, a mapping of its fields, or None (the defaults)."""
    if options is None:
        return DEFAULT_OPTIONS
    if isinstance(options, Options):
        return options
    if isinstance(options, Mapping):
        unknown = set(options) - {a.name for a in attrs.fields(Options)}
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return Options(**options)
    raise TypeError(f"options must be Options, a mapping or None, not {type(options).__name__}")
