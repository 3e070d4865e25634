"""Hostile inputs, by family: attacks and accidents a crawl brings. Deterministic and sized.

Each family is a function ``(scale) -> bytes``; ``scale=1.0`` is the size the test suite uses,
larger values feed ``benchmarks/worst_case.py``. ``python -m tests.hostile.generate OUTDIR``
writes every family to files (for the fuzzer's seed corpus or for a look by hand).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

Family = Callable[[float], bytes]

_STORY = (
    "<p>The council met on Tuesday. \u201cWe will decide next week,\u201d the mayor said, "
    "according to minutes published by the city.</p>"
)


def _page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><title>Hostile</title>{head}</head><body>{body}</body></html>".encode()


def _n(base: int, scale: float) -> int:
    return max(1, int(base * scale))


def empty(scale: float) -> bytes:
    return b""


def whitespace(scale: float) -> bytes:
    return b" \t\r\n" * _n(1000, scale)


def nul_bytes(scale: float) -> bytes:
    return b"<p>Null\x00bytes\x00in\x00text</p>" * _n(200, scale) + b"\x00" * _n(1000, scale)


def random_binary(scale: float) -> bytes:
    state = 12345
    out = bytearray()
    for _ in range(_n(100_000, scale)):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state >> 16 & 0xFF)
    return bytes(out)


def pdf(scale: float) -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * _n(100, scale)


def png(scale: float) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * _n(1000, scale)


def zip_archive(scale: float) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", _page(_STORY * _n(10, scale)))
    return buffer.getvalue()


def gzip_page(scale: float) -> bytes:
    return gzip.compress(_page(_STORY * _n(10, scale)), mtime=0)


def invalid_utf8(scale: float) -> bytes:
    return b'<meta charset="utf-8">' + (
        b"<p>caf\xe9 \xff\xfe broken \xc3\x28 bytes \xed\xa0\x80</p>" * _n(500, scale)
    )


def utf16_bom(scale: float) -> bytes:
    return b"\xff\xfe" + _page(_STORY * _n(50, scale)).decode().encode("utf-16-le")


def utf16_no_bom(scale: float) -> bytes:
    return _page(_STORY * _n(50, scale)).decode().encode("utf-16-be")


def lying_charset(scale: float) -> bytes:
    text = "<p>Zażółć gęślą jaźń — \u201cquoted\u201d text, said the minister.</p>" * _n(200, scale)
    return b'<meta charset="shift_jis">' + text.encode("utf-8")


def over_size_limit(scale: float) -> bytes:
    return b"<p>" + b"x" * (20_000_001 + _n(1, scale)) + b"</p>"


def deep_nesting(scale: float) -> bytes:
    depth = _n(100_000, scale)
    return _page("<div>" * depth + _STORY + "</div>" * depth)


def deep_nesting_unclosed(scale: float) -> bytes:
    return _page("<span><b><i>" * _n(30_000, scale) + _STORY)


def many_siblings(scale: float) -> bytes:
    return _page("<p>x</p>" * _n(1_000_000, scale))


def huge_text_node(scale: float) -> bytes:
    return _page("<p>" + "word " * _n(1_000_000, scale) + "</p>")  # 5 MB


def quote_storm(scale: float) -> bytes:
    return _page("<p>" + '"\u201c\u201d\u00ab\u00bb\u201e' * _n(100_000, scale) + "</p>")


def dash_storm(scale: float) -> bytes:
    return _page("<p>WASHINGTON " + "-\u2014\u2013-- " * _n(100_000, scale) + "</p>")


def paren_storm(scale: float) -> bytes:
    return _page("<p>" + "(AP) (" * _n(100_000, scale) + "</p>")


def by_storm(scale: float) -> bytes:
    n = _n(50_000, scale)
    return _page('<div class="byline">' + "By By and , " * n + "</div><p>" + "By " * n + "</p>")


def radio_storm(scale: float) -> bytes:
    # Many radio buttons in one box with a story: each button asks whether its box is a poll.
    n = _n(50_000, scale)
    options = "<label><input type='radio' name='a'>Option</label>" * n
    return _page(f"<div><p>Which option?</p>{options}{_STORY * 50}</div>")


def broken_jsonld(scale: float) -> bytes:
    blobs = [
        '{"@type": "NewsArticle", "headline": "Broken", "author": {"name": "A", }',
        '{"@type": ["NewsArticle"], "datePublished": "2024-13-45T99:99:99", "author": [1, null, {}, []]}',
        "[[[[[[[[[[",
        '{"@graph": {"@graph": {"@graph": "x"}}}',
        '<!-- {"headline": "in a comment"} -->',
    ]
    scripts = "".join(
        f'<script type="application/ld+json">{b}</script>' for b in blobs * _n(20, scale)
    )
    return _page(_STORY, head=scripts)


def huge_jsonld(scale: float) -> bytes:
    authors = [{"@type": "Person", "name": f"Author {i}"} for i in range(_n(100_000, scale))]
    data = json.dumps({"@type": "NewsArticle", "headline": "Many authors", "author": authors})
    return _page(_STORY, head=f'<script type="application/ld+json">{data}</script>')


def deep_jsonld(scale: float) -> bytes:
    depth = _n(50_000, scale)
    data = '{"@type": "NewsArticle", "author": ' + '{"author": ' * depth + '"x"' + "}" * depth + "}"
    return _page(_STORY, head=f'<script type="application/ld+json">{data}</script>')


def entity_bomb(scale: float) -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return f"<!DOCTYPE html [{entities}]><html><body><p>&a9;</p>{_STORY}</body></html>".encode()


def external_entity(scale: float) -> bytes:
    return (
        b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">'
        b'<!ENTITY y SYSTEM "http://127.0.0.1:9/xxe">]><html><body><p>&x;&y;</p>'
        + _STORY.encode()
        + b"</body></html>"
    )


def unsafe_urls(scale: float) -> bytes:
    figure = (
        '<figure><a href="javascript:alert(1)"><img src="javascript:alert(2)" srcset="data:image/png;base64,AAAA 2x"'
        ' data-src="vbscript:x"></a><figcaption>A caption (AP Photo/Jane Doe)</figcaption></figure>'
    )
    head = (
        '<meta property="og:image" content="javascript:alert(3)">'
        '<link rel="canonical" href="data:text/html,evil">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": "data:image/gif;base64,R0lG"}</script>'
    )
    return _page(figure * _n(10, scale) + _STORY, head=head)


def base_tricks(scale: float) -> bytes:
    head = '<base href="javascript:alert(1)//"><base href="https://attacker.example/">'
    return _page(
        '<img src="/x.jpg"><a href="//evil.example/">x</a>' + _STORY * _n(5, scale), head=head
    )


def control_and_bidi(scale: float) -> bytes:
    text = (
        "Safe\u202etxet desrever\u202c text\x07\x1b[31m with\u200bzero\ufeffwidth \u0000 and \uffff"
    )
    return _page(f"<p>{text} lone surrogate: @@</p>" * _n(200, scale)).replace(
        b"@@", b"\xed\xa0\x80"
    )


FAMILIES: dict[str, Family] = {
    f.__name__: f
    for f in (
        empty,
        whitespace,
        nul_bytes,
        random_binary,
        pdf,
        png,
        zip_archive,
        gzip_page,
        invalid_utf8,
        utf16_bom,
        utf16_no_bom,
        lying_charset,
        over_size_limit,
        deep_nesting,
        deep_nesting_unclosed,
        many_siblings,
        huge_text_node,
        quote_storm,
        dash_storm,
        paren_storm,
        by_storm,
        radio_storm,
        broken_jsonld,
        huge_jsonld,
        deep_jsonld,
        entity_bomb,
        external_entity,
        unsafe_urls,
        base_tricks,
        control_and_bidi,
    )
}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    out.mkdir(parents=True, exist_ok=True)
    for name, family in FAMILIES.items():
        if name != "over_size_limit":
            (out / f"{name}.html").write_bytes(family(0.05))
    print(f"wrote {len(FAMILIES) - 1} files to {out}")
