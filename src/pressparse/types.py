"""Public types that are not in the top-level namespace: options, batch results, extension points.

Everything here is part of the stable public API (see ``docs/api-policy.md``)::

    from pressparse.types import Options, Result, CLEANERS, DateLocale
"""

from __future__ import annotations

from pressparse._adapters.base import SELECTOR_FIELDS
from pressparse._adapters.registry import ENTRY_POINT_GROUP
from pressparse._batch import Result
from pressparse._html.clean import CLEANERS, DEFAULT_CLEANERS
from pressparse._model import BlockKind, Precision, QuoteKind
from pressparse._options import Options
from pressparse._schema import article_schema
from pressparse._text.locale import DatelineLocale, DateLocale
from pressparse._text.speech_verbs import SpeechLexicon
from pressparse._types import Cleaner, HtmlInput, PathInput

__all__ = [
    "CLEANERS",
    "DEFAULT_CLEANERS",
    "ENTRY_POINT_GROUP",
    "SELECTOR_FIELDS",
    "BlockKind",
    "Cleaner",
    "DateLocale",
    "DatelineLocale",
    "HtmlInput",
    "Options",
    "PathInput",
    "Precision",
    "QuoteKind",
    "Result",
    "SpeechLexicon",
    "article_schema",
]

for _name in ("Options", "Result", "DateLocale", "DatelineLocale", "SpeechLexicon"):
    globals()[_name].__module__ = __name__
del _name
