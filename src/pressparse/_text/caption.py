"""Caption parsing: a caption's descriptive text apart from its photo credit."""

from __future__ import annotations

import re

from pressparse._model import Caption

__all__ = ["parse_caption", "split_credit_label"]

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


_LABEL = re.compile(r"^\s*(?:photo(?:graph)?|image|credit|foto|bild)s?\s*(?:by)?\s*[:.]*\s*|^\s*©\s*", re.IGNORECASE)


def split_credit_label(text: str) -> str:
    """A credit the page marks separately, without its generic label and brackets.

    >>> split_credit_label("Photo: Jane Doe/AFP")
    'Jane Doe/AFP'
    """
    credit = _LABEL.sub("", " ".join(text.split()))
    return credit.strip("()[] ")
