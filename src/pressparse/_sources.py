"""Batch inputs: files, folders, globs and WARC archives as a stream of documents to parse."""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from pressparse._batch import Result

__all__ = ["Document", "SourceStats", "batch_record", "expand_inputs", "is_warc", "iter_documents"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")


@attrs.frozen
class Document:
    """One document to parse: its bytes, URL and charset hint, and a stable ``key`` naming its
    source (a path, or ``path#offset`` inside a WARC) used by ``--resume``."""

    key: str
    html: bytes
    url: str | None = None
    encoding: str | None = None


@attrs.define
class SourceStats:
    """What the inputs held besides documents: records skipped, and why."""

    skipped: int = 0
    reasons: dict[str, int] = attrs.field(factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.reasons[reason] = self.reasons.get(reason, 0) + 1


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(_WARC_SUFFIXES)


def _is_html_file(path: Path) -> bool:
    return path.name.lower().endswith(_HTML_SUFFIXES)


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path]:
    """Files as given; folders walked recursively (HTML and WARC files, sorted); globs expanded."""
    for item in inputs:
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else [item]
        if not matches:
            raise FileNotFoundError(f"no file matches {item!r}")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for folder, dirs, files in os.walk(path):
                    dirs.sort()
                    for name in sorted(files):
                        child = Path(folder) / name
                        if _is_html_file(child) or is_warc(child):
                            yield child
            elif path.exists():
                yield path
            else:
                raise FileNotFoundError(f"no such file: {item}")


def _read_file(path: Path, limit: int) -> bytes:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            return handle.read(limit + 1)
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _is_html_type(content_type: str | None) -> bool:
    if not content_type:
        return True  # unknown: let the parser decide (it rejects binary formats itself)
    kind = content_type.split(";")[0].strip().lower()
    return kind in (
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "application/xml",
        "text/xml",
    )


def _warc_documents(path: Path, limit: int, stats: SourceStats) -> Iterator[Document]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "reading WARC files needs the optional extra: pip install 'pressparse[warc]'"
        ) from exc
    with path.open("rb") as stream:
        records: Any = ArchiveIterator(stream)
        for record in records:
            if record.rec_type != "response":
                continue
            headers = record.http_headers
            status = headers.get_statuscode() if headers is not None else None
            content_type = headers.get_header("Content-Type") if headers is not None else None
            if status is not None and not str(status).startswith("2"):
                stats.skip(f"http {status}")
                continue
            if not _is_html_type(content_type):
                stats.skip("not html")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read(limit + 1)  # a longer one fails as too large
            # Asking for the offset finishes reading the record: only after the content is read.
            offset = records.get_record_offset()
            yield Document(
                key=f"{path}#{offset}", html=html, url=url, encoding=_charset(content_type)
            )


def iter_documents(paths: Iterable[Path], *, limit: int, stats: SourceStats) -> Iterator[Document]:
    """Every document in ``paths``; WARC records that are not HTML responses are counted in
    ``stats`` and skipped."""
    for path in paths:
        if is_warc(path):
            yield from _warc_documents(path, limit, stats)
        else:
            yield Document(key=str(path), html=_read_file(path, limit))


def batch_record(key: str | None, url: str | None, result: Result) -> dict[str, Any]:
    """One output record of a batch run: the source, the URL, and the article or the error."""
    record: dict[str, Any] = {"source": key, "url": url}
    if result.article is not None:
        record["article"] = result.article.to_dict()
    else:
        record["error"] = {"type": result.error_type, "message": result.error}
    return record
