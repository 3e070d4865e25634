"""Write small WARC files for tests, by hand (the format is simple; no temporary files)."""

from __future__ import annotations

import gzip as gzip_module
import uuid
from pathlib import Path


def _record(record_type: str, url: str, content_type: str, block: bytes) -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {record_type}",
        f"WARC-Target-URI: {url}",
        "WARC-Date: 2025-03-19T17:05:00Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, record_type + url)}>",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def write_warc(
    path: Path, records: list[tuple[str, int, str, bytes]], *, gzip: bool = True
) -> Path:
    """Write ``(url, status, content_type, body)`` responses, each after its request record."""
    with path.open("wb") as handle:
        for url, status, content_type, body in records:
            request = b"GET / HTTP/1.1\r\nHost: example\r\n\r\n"
            reason = "OK" if status == 200 else "Not Found"
            response = (
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            for record in (
                _record("request", url, "application/http; msgtype=request", request),
                _record("response", url, "application/http; msgtype=response", response),
            ):
                handle.write(gzip_module.compress(record) if gzip else record)
    return path
