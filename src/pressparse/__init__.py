"""pressparse: news articles and press releases from HTML to a typed, structured Article.

Examples:
    >>> import pressparse
    >>> article = pressparse.parse(b"<title>A | Site</title><h1>A</h1><p>Body text here.</p>")
    >>> article.title
    'A'

The names below are the whole public API (see ``docs/api-policy.md``); public types that are not
needed for everyday use live in ``pressparse.types``.
"""

from pressparse._adapters.base import SiteAdapter
from pressparse._adapters.registry import adapters, register_adapter
from pressparse._api import clean_html, parse, parse_file
from pressparse._batch import parse_many
from pressparse._errors import (
    AdapterConflictError,
    AdapterError,
    AdapterLoadError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    ModelError,
    NotHTMLError,
    ParseTimeoutError,
    PressparseError,
    SelectorError,
)
from pressparse._model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Figure,
    Quote,
    Span,
)
from pressparse._text.byline import parse_byline
from pressparse._text.caption import parse_caption
from pressparse._text.dateline import parse_dateline
from pressparse._text.dates import parse_date
from pressparse._text.quotes import extract_quotes, split_quotes
from pressparse._version import __version__

__all__ = [
    "AdapterConflictError",
    "AdapterError",
    "AdapterLoadError",
    "Article",
    "Block",
    "Byline",
    "Caption",
    "DateValue",
    "Dateline",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "Figure",
    "InputError",
    "ModelError",
    "NotHTMLError",
    "ParseTimeoutError",
    "PressparseError",
    "Quote",
    "SelectorError",
    "SiteAdapter",
    "Span",
    "adapters",
    "clean_html",
    "extract_quotes",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_date",
    "parse_dateline",
    "parse_file",
    "parse_many",
    "register_adapter",
    "split_quotes",
]

# Reprs, tracebacks and docs say pressparse.Article, not pressparse._model.Article.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("pressparse."):
        _obj.__module__ = __name__
del _name, _obj

__version__ = __version__
