"""pressparse: news articles and press releases from HTML to a typed, structured Article."""

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
    "Span",
    "extract_quotes",
    "parse_byline",
    "parse_caption",
    "parse_date",
    "parse_dateline",
    "split_quotes",
]

__version__ = __version__
