"""Byline parsing: person names, roles and organizations out of a byline string."""

from __future__ import annotations

import re

from pressparse._model import Byline

__all__ = ["parse_byline"]

_BY = re.compile(r"^\s*(?:written\s+)?by\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def parse_byline(text: str) -> tuple[Byline, ...]:
    """Split a byline into one Byline per credited person.

    >>> [b.name for b in parse_byline("By John Smith and Jane Doe")]
    ['John Smith', 'Jane Doe']
    """
    raw = text.strip()
    body = _BY.sub("", raw)
    names = [part.strip() for part in _SPLIT.split(body) if part.strip()]
    return tuple(Byline(raw=raw, name=name.title() if name.isupper() else name) for name in names)
