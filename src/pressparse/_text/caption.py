"""Caption parsing: a caption's descriptive text apart from its photo credit."""

from __future__ import annotations

import re

from pressparse._model import Caption

__all__ = ["parse_caption"]

_TRAILING_CREDIT = re.compile(r"\s*\((?P<credit>[^()]*(?:Photo|Getty|Reuters|AP|AFP)[^()]*)\)\s*$")


def parse_caption(text: str) -> Caption:
    """Split a caption into text and credit.

    >>> parse_caption("President speaks. (AP Photo/Evan Vucci)").credit
    'AP Photo/Evan Vucci'
    """
    raw = " ".join(text.split())
    match = _TRAILING_CREDIT.search(raw)
    if match is None:
        return Caption(text=raw or None, credit=None)
    return Caption(text=raw[: match.start()].strip() or None, credit=match.group("credit").strip())
