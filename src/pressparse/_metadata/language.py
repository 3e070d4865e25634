"""Language tags: page language declarations normalised to BCP 47 (``en_US`` → ``en-US``)."""

from __future__ import annotations

import functools
import re

__all__ = ["normalize_language"]

_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")
# Values that say "no language" or name a language badly enough to drop.
_NOT_LANGUAGES = frozenset({"und", "mul", "zxx", "xx", "na", "none", "null", "default", "all"})


# Memoised: a page asks for its declared language several times, and the answer depends on the
# value alone.
@functools.lru_cache(maxsize=256)
def normalize_language(value: str | None) -> str | None:
    """A BCP 47 tag from a declared language, or ``None`` when it is not one.

    The language is lower case, a script subtag title case, a region upper case; ``_`` becomes
    ``-``; only the first of a comma-separated list counts.

    Examples:
        >>> normalize_language("en_US")
        'en-US'
        >>> normalize_language("DE-ch")
        'de-CH'
        >>> normalize_language("zh-hans-cn")
        'zh-Hans-CN'
        >>> normalize_language("en-US, fr")
        'en-US'
        >>> normalize_language("{{lang}}") is None
        True
    """
    if not value:
        return None
    first = value.strip().split(",", 1)[0].split(";", 1)[0].strip()
    match = _TAG.fullmatch(first)
    if match is None:
        return None
    parts = first.replace("_", "-").split("-")
    language = parts[0].lower()
    if language in _NOT_LANGUAGES:
        return None
    out = [language]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)
