"""Titles: comparing headline candidates and taking site names off ``<title>`` and og:title.

A page states its headline several times: JSON-LD ``headline``, og:title, twitter:title, the
``<title>`` (usually with `` | Site`` or ``Section – `` around it) and the visible heading. These
helpers compare such strings the way a reader would (case, quotes, dashes and spacing ignored) and
strip affixes that name the site.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

__all__ = [
    "affix_relation",
    "names_site",
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
# The characters _QUOTES replaces, found with one character class: str.translate with a table
# costs a caught KeyError for every character of non-ASCII text that it leaves alone.
_QUOTE_CHARS = re.compile("[" + re.escape("".join(map(chr, _QUOTES))) + "]")


def _unify_quotes(text: str, table: dict[int, str | None]) -> str:
    if text.isascii():
        return text.translate(table)  # ASCII text has translate's fast path
    return _QUOTE_CHARS.sub(lambda match: table.get(ord(match.group()), match.group()) or "", text)


# The same, keeping angle quotes: in titles they are often separators ("Headline › Site").
_QUOTES_KEEP_ANGLES = {k: v for k, v in _QUOTES.items() if k not in (0xAB, 0xBB, 0x2039, 0x203A)}
#: Separators between a headline and a site or section name in a <title>. Each one is optional
#: spaces then one of the separator characters: the look-ahead rejects most positions in one
#: step instead of trying every alternative (the same matches, about twice as fast).
# "(?!(?<=\s)\s)": a separator never starts inside a run of spaces (it starts where the run
# starts), so that a long run of spaces is scanned once, not once per space.
_SEPARATOR = re.compile(
    r"(?!(?<=\s)\s)(?=\s*[|\-–—·•»›~/\\:｜‖])"
    r"(?:\s+(?:[|\-–—·•»›~/\\:]{1,3}|::)\s+|\s*[|｜‖]\s*|(?<=\S)\s*::\s*)"
)
_SEPARATOR_CHARS = frozenset("|-–—·•»›~/\\:｜‖")


@functools.lru_cache(maxsize=1024)
def title_key(text: str) -> str:
    """A comparison key: NFKC, case folded, quotes and dashes unified, spaces collapsed,
    surrounding punctuation stripped.

    Examples:
        >>> title_key("  “Hello”  —  World. ") == title_key('"hello" - world')
        True
    """
    text = _unify_quotes(unicodedata.normalize("NFKC", text), _QUOTES).casefold()
    return " ".join(text.split()).strip(_EDGES)


@functools.lru_cache(maxsize=1024)
def _affix_key(text: str) -> str:
    text = _unify_quotes(unicodedata.normalize("NFKC", text), _QUOTES_KEEP_ANGLES).casefold()
    return " ".join(text.split()).strip(" \"'.:;,-|·•~/\\*#")


def split_title(text: str) -> list[str]:
    """A title cut at its separators (`` | ``, `` - ``, `` – ``, `` :: ``, `` » ``, ...).

    Examples:
        >>> split_title("Rasende Polizisten - strafprozess.ch")
        ['Rasende Polizisten', 'strafprozess.ch']
        >>> split_title("Spider-Man returns")
        ['Spider-Man returns']
    """
    return [part.strip() for part in _SEPARATOR.split(text) if part and part.strip()]


_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    """``title_key`` without spaces and punctuation, memoised: a page compares the same title
    parts and site names many times."""
    return _NOT_WORD.sub("", title_key(text))


def names_site(part: str, site_names: Sequence[str]) -> bool:
    """Whether a text is one of the site's names (or one contains the other closely)."""
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

    Examples:
        >>> strip_site_affixes("Rasende Polizisten - strafprozess.ch", ["strafprozess"])
        'Rasende Polizisten'
        >>> strip_site_affixes("Example Times | Big story", ["Example Times"])
        'Big story'
        >>> strip_site_affixes("Example Times", ["Example Times"])
        'Example Times'
    """
    if not site_names:
        return title
    return _stripped(title, tuple(site_names))


@functools.lru_cache(maxsize=1024)
def _stripped(title: str, site_names: tuple[str, ...]) -> str:
    """``strip_site_affixes`` memoised: the title chooser strips the same headings and stated
    titles again for every comparison."""
    pieces = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    parts = [p.strip() for p in pieces]
    if len(parts) < 2 or len(parts) != len(separators) + 1:
        return _strip_glued_site(title, site_names)
    start, end = 0, len(parts)
    while end - start > 1 and (not parts[end - 1] or names_site(parts[end - 1], site_names)):
        end -= 1
    while end - start > 1 and (not parts[start] or names_site(parts[start], site_names)):
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

    Examples:
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


def affix_relation(short: str, long: str) -> str | None:
    """How ``long`` extends ``short``: ``"site"`` when a site or section name is added after it
    or before it with a bar or dash (``"Headline | Site"``, ``"Section - Headline"``),
    ``"kicker"`` when a label is put before it with a colon (``"Kicker: Headline"``), else None.

    Examples:
        >>> affix_relation("Big story", "Big story | Example Times")
        'site'
        >>> affix_relation("Big story", "Breaking: Big story")
        'kicker'
        >>> affix_relation("Breaking", "Breaking: Big story") is None
        True
        >>> affix_relation(
        ...     "A long headline about the budget", "A long headline about the budget: Politics"
        ... )
        'site'
    """
    quotes = "«»‹›\"'"
    short_key, long_key = _affix_key(short).strip(quotes), _affix_key(long)
    if not short_key or len(short_key) >= len(long_key):
        return None
    head = long_key.lstrip(quotes)
    if head.startswith(short_key):
        rest = head[len(short_key) :]
        glued_dash = rest[:1] in "-–—" and rest[1:2] != " "
        if rest[:1].isalnum() or (glued_dash and not _is_cjk(rest[1:2] or short_key[-1:])):
            return None  # the word goes on ("Vanille-Hafer"); CJK titles have no spaces
        if not rest.startswith(" "):
            rest = rest.lstrip(".!?。！？" + quotes)  # closing quotes and punctuation
        rest = rest.lstrip(" ")
        if not rest:
            return None  # the same headline with its quotes
        if rest[:1] == ":" and not rest.startswith("::"):
            # "Headline: Site" with a short name after the colon; else the short text is
            # the kicker of a longer headline ("Breaking: Big story").
            after = rest[1:].strip()
            short_name = 0 < len(after) < len(short_key) and len(after) <= 40
            return "site" if short_name and len(after.split()) <= 4 else None
        if rest[:1] in _SEPARATOR_CHARS or rest[:1] in "([" or rest.startswith("::"):
            return "site"
        return None
    tail = long_key.rstrip(quotes)
    if tail.endswith(short_key):
        rest = tail[: len(tail) - len(short_key)]
        if rest[-1:].isalnum() or (rest[-1:] in "-–—" and rest[-2:-1] != " "):
            return None
        if not rest.endswith(" "):
            rest = rest.rstrip(quotes)  # opening quotes of the headline
        rest = rest.rstrip(" ")
        if not rest:
            return None
        if rest[-1:] == ":" and not rest.endswith("::"):
            return "kicker"
        if rest[-1:] in _SEPARATOR_CHARS or rest[-1:] in ")]":
            return "site"
    return None


def _is_cjk(char: str) -> bool:
    return bool(char) and ("\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")


def token_overlap(first: str, second: str) -> float:
    """Token F1 between two titles (letters/digits; each CJK character a token).

    Examples:
        >>> round(token_overlap("a b c d", "a b c e"), 2)
        0.75
    """
    a, b = title_tokens(first), title_tokens(second)
    if not a or not b:
        return 0.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    size_a, size_b = sum(a.values()), sum(b.values())
    return 2 * common / (size_a + size_b)


_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")


@functools.lru_cache(maxsize=1024)
def title_tokens(text: str) -> Counter[str]:
    """The multiset of a title's tokens (see ``token_overlap``)."""
    return Counter(_TOKEN.findall(title_key(text)[:1000]))
