"""The public entry points: parse(), parse_file() and clean_html()."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pressparse._adapters.base import SiteAdapter
from pressparse._errors import DocumentTooLargeError, InputError
from pressparse._html.clean import apply_cleaners, resolve_cleaners, serialize
from pressparse._html.load import load_page
from pressparse._model import Article
from pressparse._options import Options, coerce_options
from pressparse._pipeline import run
from pressparse._types import Cleaner, HtmlInput, PathInput

__all__ = ["clean_html", "parse", "parse_file"]


def parse(
    html: HtmlInput,
    url: str | None = None,
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> Article:
    """Parse the HTML of a news article or press release into an ``Article``.

    ``html`` is the page as bytes (pressparse decodes it: BOM, ``options.encoding``, ``<meta
    charset>``, then UTF-8 / Windows-1252) or as text. ``url`` is the page's address: it resolves
    relative links and picks the site adapter. ``adapter`` forces a ``SiteAdapter`` (or the name of
    a registered one); ``options`` is an ``Options`` or a mapping of its fields.

    Raises an ``InputError`` subclass for input that is not an HTML page (empty, binary, too
    large); everything recoverable is reported in ``Article.warnings`` instead.

    Examples:
        >>> article = parse(
        ...     "<html><body><article><h1>Hello</h1>"
        ...     "<p>WASHINGTON (AP) — It works, officials said on Tuesday.</p>"
        ...     "</article></body></html>"
        ... )
        >>> article.title, article.dateline.location, article.text
        ('Hello', 'WASHINGTON', 'It works, officials said on Tuesday.')
    """
    return run(html, url, adapter=adapter, options=coerce_options(options))


_GZIP_MAGIC = b"\x1f\x8b"


def _read_bounded(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(2)
        if head != _GZIP_MAGIC:
            if size > limit:
                raise DocumentTooLargeError(
                    f"{path} is {size:,} bytes, over the limit of {limit:,} (Options.max_bytes)",
                    size=size,
                    limit=limit,
                )
            return head + handle.read()
        handle.seek(0)
        # Decompress in bounded steps so that a gzip bomb stops at the size limit.
        try:
            with gzip.GzipFile(fileobj=handle) as unzipped:
                data = unzipped.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{path} is not a valid gzip file: {exc}") from exc
    if len(data) > limit:
        raise DocumentTooLargeError(
            f"{path} decompresses to more than {limit:,} bytes (Options.max_bytes)",
            size=len(data),
            limit=limit,
        )
    return data


def parse_file(
    path: PathInput,
    url: str | None = None,
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> Article:
    """Parse a saved page. A ``.gz`` file (gzip bytes) is decompressed first.

    Raises ``OSError`` when the file cannot be read, and what ``parse()`` raises.
    """
    opts = coerce_options(options)
    data = _read_bounded(Path(os.fspath(path)), opts.max_bytes)
    return run(data, url, adapter=adapter, options=opts)


def clean_html(
    html: HtmlInput,
    *,
    cleaners: Iterable[str | Cleaner] | None = None,
    url: str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> str:
    """The page with the chosen cleaners applied, serialized back to HTML.

    ``cleaners`` are names of built-in cleaners (``pressparse.types.CLEANERS``) or callables that
    take the root element and yield the elements to drop; ``None`` runs the default set.

    Examples:
        >>> clean_html("<p>Text<script>track()</script></p>", cleaners=["scripts"])
        '<html><body><p>Text</p></body></html>'
    """
    opts = coerce_options(options)
    page = load_page(html, url=url, options=opts)
    chosen = resolve_cleaners(opts.cleaners if cleaners is None else cleaners)
    apply_cleaners(page.root, chosen)
    return serialize(page.root)
