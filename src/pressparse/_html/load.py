"""Loading: bytes or text to an lxml tree, with a written decoding precedence that never fails.

Decoding precedence for bytes (the first rule that applies wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a BOM, recognised by its pattern of NUL bytes around ASCII markup;
3. the caller's hint (``Options.encoding``, e.g. an HTTP charset), if it decodes the bytes cleanly;
4. valid UTF-8 that contains non-ASCII text (a ``<meta charset>`` that says otherwise is lying:
   a warning says so);
5. the ``<meta charset>`` / ``http-equiv`` declaration in the first 4 KB, if it names a known codec;
6. UTF-8, when it decodes cleanly, or when its valid multi-byte sequences clearly outnumber a few
   broken bytes (replaced by U+FFFD, with a warning);
7. Windows-1252 as browsers define it (every byte maps to a character: it cannot fail).

Encoding labels are read as the WHATWG Encoding Standard reads them (``iso-8859-1`` and ``ascii``
mean Windows-1252, ``gb2312`` means GB18030). The lxml HTML parser runs with network access off;
it does not load DTDs or expand entities declared in a DOCTYPE.
"""

from __future__ import annotations

import codecs
import functools
import re
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)

from pressparse._errors import DocumentTooLargeError, EmptyDocumentError, NotHTMLError
from pressparse._options import Options

__all__ = ["LoadedPage", "decode_html", "load_page", "safe_http_url"]


@attrs.frozen
class LoadedPage:
    """A parsed page: the tree, how it was decoded, and the URLs to resolve links against."""

    root: HtmlElement
    encoding: str
    url: str | None
    base_url: str | None
    warnings: tuple[str, ...] = ()


# Magic numbers of formats that are certainly not HTML.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
    (b"\x00asm", "wasm"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"fLaC", "flac"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_MAGIC_NUMBERS = tuple(magic for magic, _ in _SIGNATURES)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG label aliases that differ from Python's codec names.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "euc-kr",
    "x-sjis": "shift_jis",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    # A document that reached us as bytes and declares UTF-16 in ASCII cannot be UTF-16.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_NON_SPACE = re.compile(r"\S")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
# C0 controls other than tab, LF, CR, and the BOM/noncharacters lxml rejects.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ZERO_BYTE_NUL = frozenset({"utf-8", "cp1252"})
# The same characters one by one, NUL aside (removed before): a page almost never holds one,
# and a substring test per character (memchr in C) answers that several times faster than the
# character class.
_CONTROL_CHARS = tuple(
    chr(code) for code in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)
)
# In UTF-8 and Windows-1252 a C0 control is its own byte: the page's bytes answer for the text
# (a byte string has one byte per character, so each test is a plain memchr, twice as cheap as
# one over text with wide characters), and only the two noncharacters are looked for in the text.
_CONTROL_BYTES = tuple(char.encode("ascii") for char in _CONTROL_CHARS if char < " ")
_NONCHARACTERS = ("\ufffe", "\uffff")
# The control characters that mark binary data (all below a space but tab, newlines, form feed).
_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")

# Windows-1252 as the WHATWG defines it: bytes 0x80-0x9F that cp1252 leaves undefined map to the
# C1 control of the same number, so decoding never fails.
_CP1252_HIGH = {
    0x80 + i: ch
    for i, ch in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace"))
    if ch != "\ufffd"
}


def _decode_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_HIGH)


def normalize_encoding(label: str) -> str | None:
    """The Python codec for an encoding label, or None when the label is unknown."""
    key = label.strip().strip("\"'").lower()
    key = _LABEL_ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def _sniff_signature(data: bytes) -> str | None:
    head = data[:32].lstrip()
    if head.startswith(_MAGIC_NUMBERS):  # one test in C for the common case of none
        for magic, name in _SIGNATURES:
            if head.startswith(magic):
                # "MZ" and "II*" are short; demand no markup before claiming a binary format.
                return name
    if data[4:8] == b"ftyp":
        return "mp4"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return data[8:12].decode("ascii").strip().lower()
    return None


def _sniff_utf16(data: bytes) -> str | None:
    head = data[:512]
    if len(head) < 8:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if odd_nul > 0.7 * half and even_nul < 0.1 * half:
        return "utf-16-le"
    if even_nul > 0.7 * half and odd_nul < 0.1 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    return match.group(1).decode("ascii", errors="replace")


def decode_html(data: bytes, *, hint: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes by the precedence in this module's docstring.

    Returns ``(text, encoding, warnings)``. It never raises.

    Examples:
        >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9')[:2]
        ('<meta charset="iso-8859-1"><p>café', 'cp1252')
    """
    warnings: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name, warnings
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16, warnings
    if hint:
        hinted = normalize_encoding(hint)
        if hinted is None:
            warnings.append(f"encoding: unknown encoding hint {hint!r} ignored")
        else:
            try:
                return data.decode(hinted), hinted, warnings
            except UnicodeDecodeError:
                warnings.append(f"encoding: the bytes are not valid {hinted}; hint ignored")
    declared_label = _declared_charset(data)
    declared = normalize_encoding(declared_label) if declared_label else None
    if declared_label and declared is None:
        warnings.append(f"encoding: unknown <meta charset> {declared_label!r} ignored")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and not text.isascii():
        if declared not in (None, "utf-8"):
            warnings.append(f"encoding: page declares {declared_label} but is valid UTF-8")
        return text, "utf-8", warnings
    if declared is not None and declared != "utf-8":
        if declared == "cp1252":
            return _decode_cp1252(data), "cp1252", warnings
        try:
            return data.decode(declared), declared, warnings
        except UnicodeDecodeError:
            warnings.append(f"encoding: invalid {declared} bytes replaced")
            return data.decode(declared, errors="replace"), declared, warnings
    if text is not None:
        return text, "utf-8", warnings
    # UTF-8 with some broken bytes: keep UTF-8 when the valid multi-byte sequences outnumber the
    # broken ones (a few corrupt bytes in a UTF-8 page), else it is a legacy single-byte page.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 0x7F) - bad
    if good >= bad if declared == "utf-8" else good > bad:
        warnings.append(f"encoding: {bad} invalid UTF-8 byte sequence(s) replaced")
        return replaced, "utf-8", warnings
    if declared == "utf-8":
        warnings.append("encoding: page declares UTF-8 but is not; read as windows-1252")
    return _decode_cp1252(data), "cp1252", warnings


# Figures and links resolve the same few addresses against the same base over and over: a bounded
# cache of this pure function spares the URL parsing.
@functools.lru_cache(maxsize=4096)
def safe_http_url(value: str | None, base: str | None = None) -> str | None:
    """``value`` resolved against ``base`` when the result is an http(s) URL, else None.

    ``javascript:``, ``data:`` and other schemes never come out of here.

    Examples:
        >>> safe_http_url("/a.jpg", "https://example.com/news/1.html")
        'https://example.com/a.jpg'
        >>> safe_http_url("javascript:alert(1)") is None
        True
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 4096 or any(ch in value for ch in "\x00\r\n\t<>"):
        return None
    try:
        resolved = urljoin(base, value) if base else value
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return resolved


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise DocumentTooLargeError(
            f"document is {size:,} bytes, over the limit of {limit:,} (Options.max_bytes)",
            size=size,
            limit=limit,
        )


def _parser() -> HTMLParser:
    # A new parser per call: lxml parsers are not thread-safe to share while parsing.
    # huge_tree lifts libxml2's 10 MB text-node and 256-deep limits, which would silently drop
    # the rest of the page; the input size is bounded by Options.max_bytes instead.
    parser = HTMLParser(
        encoding="utf-8",
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=True,
        no_network=True,
        recover=True,
        collect_ids=False,
        huge_tree=True,
    )
    # lxml.html picks an element class per tag in Python (forms, inputs, labels, ...); one class
    # for every element, chosen in C, makes building the tree's proxies several times cheaper.
    parser.set_element_class_lookup(_LOOKUP)
    return parser


_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)


#: Elements nested deeper than this are unwrapped before parsing (their text is kept).
MAX_DEPTH = 512

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^>]{0,4096}>|<!--.*?-->", re.DOTALL)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"})


def flatten_deep_nesting(text: str, limit: int = MAX_DEPTH) -> tuple[str, int]:
    """Drop the tags that would nest deeper than ``limit``, keeping all text; linear time.

    libxml2 stops reading a document at its nesting limit and loses the rest of it; browsers
    do not. Returns the new text and the number of tags dropped.

    Examples:
        >>> flatten_deep_nesting("<div><div><div><p>x</p></div></div></div>", limit=2)
        ('<div><div>x</div></div>', 4)
    """
    out: list[str] = []
    stack: list[str] = []
    skipped: dict[str, int] = {}
    dropped = 0
    position = 0
    raw_until: str | None = None
    for match in _TAG.finditer(text):
        closing, name = match.group(1), (match.group(2) or "").lower()
        if raw_until is not None:
            if closing and name == raw_until:
                raw_until = None
                stack.pop()
            continue
        if not name:  # a comment
            continue
        if closing:
            if skipped.get(name):
                skipped[name] -= 1
                out.append(text[position : match.start()])
                position = match.end()
                dropped += 1
            elif name in stack:
                while stack and stack.pop() != name:
                    pass
            continue
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if len(stack) >= limit:
            skipped[name] = skipped.get(name, 0) + 1
            out.append(text[position : match.start()])
            position = match.end()
            dropped += 1
            continue
        stack.append(name)
        if name in _RAW_TEXT:
            raw_until = name
    out.append(text[position:])
    return "".join(out), dropped


def load_page(html: str | bytes, *, url: str | None = None, options: Options) -> LoadedPage:
    """Decode and parse a page. Raises ``InputError`` subclasses for input that is not HTML.

    Examples:
        >>> page = load_page(b"<p>Hello</p>", url="https://example.com/a", options=Options())
        >>> page.root.tag, page.encoding
        ('html', 'utf-8')
    """
    warnings: list[str] = []
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        _check_size(len(data), options.max_bytes)
        if not data or data.isspace():
            raise EmptyDocumentError("document is empty")
        kind = _sniff_signature(data)
        if kind is not None:
            raise NotHTMLError(f"input is {kind} data, not HTML", detected=kind)
        text, encoding, notes = decode_html(data, hint=options.encoding)
        warnings.extend(notes)
        # In these encodings only a zero byte decodes to NUL, and a control byte to its
        # control: the bytes answer in C (memchr).
        single = encoding in _ZERO_BYTE_NUL
        may_hold_nul = not single or b"\x00" in data
        may_hold_control = not single or any(byte in data for byte in _CONTROL_BYTES)
    elif isinstance(html, str):
        _check_size(len(html), options.max_bytes)
        text, encoding = html, "unicode"
        may_hold_nul = may_hold_control = True
        if text.startswith("\ufeff"):
            text = text[1:]
    else:
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if _NON_SPACE.search(text) is None:
        raise EmptyDocumentError("document is empty")
    # NUL bytes are a common accident inside real pages; other control characters in bulk
    # mean binary data that decoded by chance.
    nuls = text.count("\x00") if may_hold_nul else 0
    if nuls:
        text = text.replace("\x00", "")
    if _looks_binary(text):
        raise NotHTMLError("input is binary data, not HTML", detected="binary")
    declaration = _XML_DECL.match(text)
    if declaration is not None:
        text = text[declaration.end() :]
    removed = 0
    if (
        any(char in text for char in _CONTROL_CHARS)
        if may_hold_control
        else any(char in text for char in _NONCHARACTERS)
    ):
        text, removed = _CONTROL.subn("", text)
    if removed + nuls:
        warnings.append(f"input: {removed + nuls} control character(s) removed")
    if _NON_SPACE.search(text) is None:
        raise EmptyDocumentError("document holds only control characters")
    # Hand lxml the original bytes when they are the UTF-8 of the text: no second encoding.
    source = None
    if isinstance(html, bytes) and encoding == "utf-8" and not (nuls or removed or declaration):
        source = html[3:] if html.startswith(codecs.BOM_UTF8) else html
    root = _parse_tree(text, warnings, source)
    base_url = url
    for base in root.iterfind(".//base[@href]"):
        candidate = safe_http_url(base.get("href"), url)
        if candidate is not None:
            base_url = candidate
        break
    return LoadedPage(
        root=root, encoding=encoding, url=url, base_url=base_url, warnings=tuple(warnings)
    )


def _parse_tree(text: str, warnings: list[str], source: bytes | None = None) -> HtmlElement:
    data = source if source is not None else text.encode("utf-8", errors="replace")
    parser = _parser()
    try:
        root = document_fromstring(data, parser=parser)
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            flat, dropped = flatten_deep_nesting(text)
            warnings.append(
                f"input: nesting deeper than {MAX_DEPTH} levels flattened ({dropped} tags)"
            )
            root = document_fromstring(flat.encode("utf-8", errors="replace"), parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        # lxml gives up on documents with no element at all (e.g. only a comment).
        raise EmptyDocumentError(f"no HTML content: {exc}") from exc
    _move_content_out_of_head(root)
    return root


_HEAD_TAGS = frozenset({"title", "meta", "link", "script", "style", "base", "noscript", "template"})


def _move_content_out_of_head(root: HtmlElement) -> None:
    """libxml2 leaves HTML5 elements (``<article>``, ``<main>``, ...) that follow ``<title>`` in
    a page without ``<body>`` inside ``<head>``; a browser renders them as body content."""
    head = root.find("head")
    if head is None:
        return
    stray = next(
        (i for i, el in enumerate(head) if isinstance(el.tag, str) and el.tag not in _HEAD_TAGS),
        None,
    )
    if stray is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for offset, element in enumerate(list(head)[stray:]):
        body.insert(offset, element)


def _looks_binary(text: str) -> bool:
    """Text with many control characters in its first KB is binary data decoded by accident."""
    head = text[:1024]
    controls = len(_BINARY_CHARS.findall(head))
    return controls > max(8, len(head) // 10)
