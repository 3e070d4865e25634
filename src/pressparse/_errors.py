"""The exception hierarchy: every error pressparse raises on purpose is a PressparseError.

    PressparseError(Exception)
    ├── InputError(PressparseError, ValueError)          the input cannot be read as an HTML page
    │   ├── EmptyDocumentError                            nothing but whitespace (or nothing at all)
    │   ├── NotHTMLError                                  PDF, image, archive or other binary bytes
    │   └── DocumentTooLargeError                         more bytes than Options.max_bytes
    ├── ModelError(PressparseError, ValueError)           from_dict() got data that is not an Article
    ├── AdapterError(PressparseError)                     a site adapter is broken or misused
    │   ├── SelectorError(AdapterError, ValueError)       a CSS / XPath selector does not compile
    │   ├── AdapterConflictError(AdapterError, ValueError) two adapters claim the same name or domain
    │   └── AdapterLoadError(AdapterError, ImportError)   an entry point could not be loaded
    └── ParseTimeoutError(PressparseError, TimeoutError)  a document exceeded its time budget (batch)

Recoverable oddities (a lying charset, a selector that matched nothing, a page without an
article) are not errors: they land in ``Article.warnings`` and the parse goes on.
"""

from __future__ import annotations

__all__ = [
    "AdapterConflictError",
    "AdapterError",
    "AdapterLoadError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "InputError",
    "ModelError",
    "NotHTMLError",
    "ParseTimeoutError",
    "PressparseError",
    "SelectorError",
]


class PressparseError(Exception):
    """Base class of every error that pressparse raises on purpose."""


class InputError(PressparseError, ValueError):
    """The input cannot be read as an HTML page."""


class EmptyDocumentError(InputError):
    """The input holds no bytes, or only whitespace."""


class NotHTMLError(InputError):
    """The input is a binary format (PDF, image, archive, ...) rather than HTML.

    ``detected`` names the format that was recognised, e.g. ``"pdf"`` or ``"png"``.
    """

    def __init__(self, message: str, *, detected: str | None = None) -> None:
        super().__init__(message)
        self.detected = detected


class DocumentTooLargeError(InputError):
    """The input is larger than the configured limit (``Options.max_bytes``)."""

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit


class ModelError(PressparseError, ValueError):
    """``Article.from_dict`` (or another model reader) was given data of the wrong shape."""


class AdapterError(PressparseError):
    """A site adapter is broken or used in a way the registry cannot honour."""


class SelectorError(AdapterError, ValueError):
    """An adapter's CSS or XPath selector does not compile."""


class AdapterConflictError(AdapterError, ValueError):
    """Two adapters were registered under one name, or claim the same domain at equal priority."""


class AdapterLoadError(AdapterError, ImportError):
    """An adapter declared under the ``pressparse.adapters`` entry-point group failed to load."""


class ParseTimeoutError(PressparseError, TimeoutError):
    """A document took longer than its time budget (used by batch parsing)."""
