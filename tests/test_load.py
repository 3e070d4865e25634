"""Loading: decoding precedence, size limits, binary input, and entity / network safety."""

from __future__ import annotations

import socket
from typing import Any

import pytest

import pressparse
from pressparse import DocumentTooLargeError, EmptyDocumentError, NotHTMLError, parse
from pressparse._html.load import decode_html, load_page, safe_http_url
from pressparse.types import Options

PAGE = "<html><head><title>Café</title></head><body><article><p>{}</p></article></body></html>"
SENTENCE = "Le café est très chaud, dit-il à la télévision nationale ce matin."


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection during these tests fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("pressparse tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("data", "hint", "encoding"),
    [
        (b"\xef\xbb\xbf" + PAGE.format(SENTENCE).encode("utf-8"), None, "utf-8"),
        (b"\xff\xfe" + PAGE.format(SENTENCE).encode("utf-16-le"), None, "utf-16-le"),
        (b"\xfe\xff" + PAGE.format(SENTENCE).encode("utf-16-be"), None, "utf-16-be"),
        (PAGE.format(SENTENCE).encode("utf-16-le"), None, "utf-16-le"),
        (PAGE.format(SENTENCE).encode("utf-8"), None, "utf-8"),
        (PAGE.format(SENTENCE).encode("cp1252"), None, "cp1252"),
        (PAGE.format(SENTENCE).encode("cp1252"), "iso-8859-1", "cp1252"),
        (
            b'<meta charset="iso-8859-15">' + PAGE.format(SENTENCE + " €").encode("iso-8859-15"),
            None,
            "iso8859-15",
        ),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            + PAGE.format("Zażółć gęślą jaźń, powiedział minister w czwartek.").encode("cp1250"),
            None,
            "cp1250",
        ),
    ],
)
def test_decoding_precedence(data: bytes, hint: str | None, encoding: str) -> None:
    text, used, _ = decode_html(data, hint=hint)
    assert used == encoding
    assert "\ufffd" not in text


def test_lying_meta_charset_loses_to_valid_utf8() -> None:
    data = b'<meta charset="iso-8859-1">' + PAGE.format(SENTENCE).encode("utf-8")
    text, used, warnings = decode_html(data)
    assert used == "utf-8" and SENTENCE in text
    assert any("valid UTF-8" in w for w in warnings)


def test_invalid_utf8_gives_an_article_with_a_warning() -> None:
    data = ('<meta charset="utf-8">' + PAGE.format(SENTENCE)).encode("utf-8")
    broken = data.replace("très".encode(), b"tr\xe8s")
    article = parse(broken)
    assert "chaud" in article.text
    assert any(w.startswith("encoding:") for w in article.warnings)


def test_unknown_hint_is_ignored_with_a_warning() -> None:
    _, used, warnings = decode_html(b"<p>plain</p>", hint="x-no-such-charset")
    assert used == "utf-8" and warnings


def test_utf16_page_parses() -> None:
    article = parse(b"\xff\xfe" + PAGE.format(SENTENCE).encode("utf-16-le"))
    assert SENTENCE in article.text


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "", "  \n "])
def test_empty_input_is_an_empty_document_error(data: bytes | str) -> None:
    with pytest.raises(EmptyDocumentError):
        parse(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"GIF89a\x01\x00\x01\x00", "gif"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_input_is_not_html(data: bytes, kind: str) -> None:
    with pytest.raises(NotHTMLError) as info:
        parse(data)
    assert info.value.detected == kind
    assert isinstance(info.value, ValueError)  # callers may catch ValueError too


def test_size_limit() -> None:
    page = PAGE.format(SENTENCE * 200_000).encode()  # about 13 MB
    assert len(page) > 10_000_000
    with pytest.raises(DocumentTooLargeError) as info:
        parse(page, options=Options(max_bytes=10_000_000))
    assert info.value.limit == 10_000_000


def test_default_limit_rejects_a_25_mb_page() -> None:
    page = b"<p>" + b"a" * 25_000_000 + b"</p>"
    with pytest.raises(DocumentTooLargeError):
        parse(page)


def test_external_entity_is_never_loaded() -> None:
    page = b"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://example.com/x">]>
<html><body><article><p>Secret: &xxe; and &web; end of the paragraph that is long enough.</p></article></body></html>"""
    article = parse(page)
    assert "root:" not in article.text
    assert "end of the paragraph" in article.text


def test_entity_expansion_bomb_is_not_expanded() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    page = f"<!DOCTYPE html [{entities}]><html><body><p>Boom &lol9; boom, a paragraph of text.</p></body></html>"
    article = parse(page.encode())
    assert len(article.text) < 1000


def test_control_characters_are_removed_with_a_warning() -> None:
    article = parse("<p>Hello\x00 world\x07, this is a paragraph with enough text.</p>")
    assert "\x00" not in article.text
    assert any("control character" in w for w in article.warnings)


def test_base_href_resolves_links_but_never_to_unsafe_schemes() -> None:
    page = load_page(
        b'<base href="https://cdn.example.com/"><p>x</p>',
        url="https://example.com/a",
        options=Options(),
    )
    assert page.base_url == "https://cdn.example.com/"
    page = load_page(
        b'<base href="javascript:alert(1)"><p>x</p>', url="https://example.com/a", options=Options()
    )
    assert page.base_url == "https://example.com/a"


@pytest.mark.parametrize(
    ("value", "base", "expected"),
    [
        ("/img/a.jpg", "https://example.com/news/", "https://example.com/img/a.jpg"),
        ("//cdn.example.com/a.jpg", "https://example.com/", "https://cdn.example.com/a.jpg"),
        ("data:image/png;base64,AAAA", None, None),
        ("javascript:alert(1)", "https://example.com/", None),
        (" JAVASCRIPT:alert(1)", None, None),
        ("relative.jpg", None, None),
        ("", "https://example.com/", None),
    ],
)
def test_safe_http_url(value: str, base: str | None, expected: str | None) -> None:
    assert safe_http_url(value, base) == expected


def test_str_and_bytes_give_the_same_article(fixture_page: Any) -> None:
    data = fixture_page("news-article.html")
    assert parse(data) == parse(data.decode("utf-8"))


def test_xml_declaration_in_str_input_is_accepted() -> None:
    article = parse(
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Fine and long enough text.</p></body></html>'
    )
    assert "Fine" in article.text


def test_parse_rejects_wrong_types() -> None:
    with pytest.raises(TypeError):
        parse(12345)  # type: ignore[arg-type]
    assert pressparse.PressparseError not in TypeError.__mro__


@pytest.mark.parametrize("depth", [300, 3000, 100_000])
def test_deep_nesting_keeps_all_text(depth: int) -> None:
    page = (
        b"<p>before</p>" + b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth + b"<p>after</p>"
    )
    loaded = load_page(page, options=Options())
    assert loaded.root.text_content() == "beforedeepafter"
    assert bool(loaded.warnings) == (depth > 2000)


def test_unclosed_deep_nesting_keeps_all_text() -> None:
    page = b"<body>" + b"<span><b><i>" * 30_000 + b"<p>deep</p>"
    assert "deep" in load_page(page, options=Options()).root.text_content()


def test_a_10_mb_text_node_is_kept() -> None:
    page = b"<p>" + b"word " * 2_000_000 + b"</p>"
    assert len(load_page(page, options=Options()).root.text_content()) == 10_000_000
