"""Case-insensitive word look-ups answered with ``str`` methods instead of a regex search."""

from __future__ import annotations

import re

__all__ = ["AnyWord"]

_ASCII = "".join(map(chr, range(128)))
# The characters beyond ASCII that ``re.IGNORECASE`` matches with an ASCII letter ("İ", "ı",
# "ſ", the Kelvin sign): text without them matches ASCII words exactly where its lower-cased
# form holds them (tests/test_anycase.py derives the set from the ``re`` module's own tables).
_ASCII_LOOKALIKES = "\u0130\u0131\u017f\u212a"


class AnyWord:
    """Whether a text holds one of some words, case aside: the ``re.IGNORECASE`` search of
    their alternation, answered with ``str`` methods for ASCII text, and for ASCII words in any
    text without one of the four characters beyond ASCII that the pattern's case folding
    matches with an ASCII letter. (Python's case-insensitive search tries every word at every
    character: some 700 instructions per character of a URL, many times the cost of lowering
    it and looking for each word.) Other text is searched with the pattern (``ſ`` for ``s``,
    ``K`` for ``k``). A word may not hold such a character itself (``ſ``): the constructor
    refuses it.

    Also a cheap exact pre-test for a case-insensitive pattern every match of which holds one
    of the words: text without any of them cannot match it.

    Examples:
        >>> embed = AnyWord("twitter-tweet", "fb-post")
        >>> embed.search("Twitter-Tweet tw-align"), embed.search("fb-video"), embed.search("ſt")
        (True, False, False)
    """

    __slots__ = ("_ascii", "_pattern", "_words")

    def __init__(self, *words: str) -> None:
        # A word with a character beyond ASCII that folds onto an ASCII letter ("ſ") would be
        # missed in ASCII text by ``in``.
        for char in {char for word in words for char in word if not char.isascii()}:
            if re.search(re.escape(char), _ASCII, re.IGNORECASE):
                raise ValueError(f"{char!r} matches an ASCII character, case aside")
        self._words = tuple(word.lower() for word in words)
        self._ascii = all(word.isascii() for word in words)
        self._pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)

    def search(self, text: str) -> bool:
        if text.isascii() or (self._ascii and not _has_lookalike(text)):
            folded = text.lower()
            # A plain loop: ``any()`` over a generator builds a frame per call.
            for word in self._words:  # noqa: SIM110 (see above)
                if word in folded:
                    return True
            return False
        return self._pattern.search(text) is not None


def _has_lookalike(text: str) -> bool:
    for char in _ASCII_LOOKALIKES:  # noqa: SIM110 (four ``in`` tests in C, no generator frame)
        if char in text:
            return True
    return False
