"""Titles: comparing headline candidates and taking site names off ``<title>`` and og:title.

A page states its headline several times: JSON-LD ``headline``, og:title, twitter:title, the
``<title>`` (usually with `` | Site`` or ``Section – `` around it) and the visible heading. These
helpers compare such strings the way a reader would (case, quotes, dashes and spacing ignored) and
strip affixes that name the site.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "affix_match",
    "split_title",
    "strip_site_affixes",
    "title_key",
]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_EDGES = " \"'.:;,-|·•»›~/\\*#"
#: Separators between a headline and a site or section name in a <title>.
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»›~/\\:]{1,3}|::)\s+|\s*[|｜‖]\s*|\s*[»›]\s*|(?<=\S)\s*::\s*")
_SEPARATOR_CHARS = frozenset("|-–—·•»›~/\\:｜‖")


def title_key(text: str) -> str:
    """A comparison key: NFKC, case folded, quotes and dashes unified, spaces collapsed,
    surrounding punctuation stripped.

    >>> title_key("  “Hello”  —  World. ") == title_key('"hello" - world')
    True
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split()).strip(_EDGES)


def split_title(text: str) -> list[str]:
    """A title cut at its separators (`` | ``, `` - ``, `` – ``, `` :: ``, `` » ``, ...).

    >>> split_title("Rasende Polizisten - strafprozess.ch")
    ['Rasende Polizisten', 'strafprozess.ch']
    >>> split_title("Spider-Man returns")
    ['Spider-Man returns']
    """
    return [part.strip() for part in _SEPARATOR.split(text) if part and part.strip()]


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", title_key(text))


def _names_site(part: str, site_names: Sequence[str]) -> bool:
    folded = _folded(part)
    if not folded:
        return False
    for site in site_names:
        site_folded = _folded(site)
        if not site_folded:
            continue
        if folded == site_folded:
            return True
        shorter, longer = sorted((folded, site_folded), key=len)
        if len(shorter) >= 4 and shorter in longer and len(shorter) * 2 >= len(longer):
            return True
    return False


def strip_site_affixes(title: str, site_names: Sequence[str]) -> str:
    """``title`` without leading and trailing parts that name the site.

    >>> strip_site_affixes("Rasende Polizisten - strafprozess.ch", ["strafprozess"])
    'Rasende Polizisten'
    >>> strip_site_affixes("News | Example Times | Big story", ["Example Times"])
    'Big story'
    >>> strip_site_affixes("Example Times", ["Example Times"])
    'Example Times'
    """
    if not site_names:
        return title
    pieces = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    parts = [p.strip() for p in pieces]
    if len(parts) < 2 or len(parts) != len(separators) + 1:
        return _strip_glued_site(title, site_names)
    start, end = 0, len(parts)
    while end - start > 1 and (not parts[end - 1] or _names_site(parts[end - 1], site_names)):
        end -= 1
    while end - start > 1 and (not parts[start] or _names_site(parts[start], site_names)):
        start += 1
    if start == 0 and end == len(parts):
        return _strip_glued_site(title, site_names)
    kept = parts[start]
    for index in range(start + 1, end):
        kept += separators[index - 1] + parts[index]
    return kept.strip() or title


def _strip_glued_site(title: str, site_names: Sequence[str]) -> str:
    """A site name glued to the end with a separator but no spaces ("Headline:Site")."""
    key = title_key(title)
    for site in site_names:
        site_key = title_key(site)
        if len(site_key) < 3 or len(site_key) >= len(key):
            continue
        if key.endswith(site_key):
            head = title[: len(title) - len(site.strip())] if title.endswith(site.strip()) else None
            if head is not None and head.rstrip()[-1:] in _SEPARATOR_CHARS:
                return head.rstrip().rstrip("".join(_SEPARATOR_CHARS)).strip()
    return title


def affix_match(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with something added before or after it, cut off by a
    separator (``"Headline | Site"``, ``"Kicker: Headline"``).

    >>> affix_match("Big story", "Big story | Example Times")
    True
    >>> affix_match("Big", "Big story")
    False
    """
    short_key, long_key = title_key(short), title_key(long)
    if not short_key or len(short_key) >= len(long_key):
        return False
    if long_key.startswith(short_key):
        rest = long_key[len(short_key) :].lstrip()
        return rest[:1] in _SEPARATOR_CHARS or rest[:1] in "([" or rest.startswith("::")
    if long_key.endswith(short_key):
        rest = long_key[: len(long_key) - len(short_key)].rstrip()
        return rest[-1:] in _SEPARATOR_CHARS or rest[-1:] in ")]\"'"
    return False


def token_overlap(first: str, second: str) -> float:
    """Token F1 between two titles (letters/digits; each CJK character a token).

    >>> round(token_overlap("a b c d", "a b c e"), 2)
    0.75
    """
    a = _tokens(first)
    b = _tokens(second)
    if not a or not b:
        return 0.0
    common = 0
    remaining = list(b)
    for token in a:
        if token in remaining:
            remaining.remove(token)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(title_key(text)[:1000])
