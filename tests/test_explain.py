"""The explain view: built from the real pipeline, defanged, and checked in headless Chromium."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pressparse import parse
from pressparse.explain import explain, explain_page

from .conftest import EXAMPLES, SHARED

SEED = SHARED / "fixtures" / "seed" / "seed.html"
SEED_URL = "https://www.schillerinstitute.org/press/2016/0928-russia_tells_us_stop_cozying.html"
ARTIFACTS = Path(
    os.environ.get(
        "PRESSPARSE_ARTIFACTS", Path(__file__).resolve().parents[1] / "build" / "artifacts"
    )
)

HOSTILE = b"""<html><head><base href="https://evil.example/"><link rel=stylesheet href="https://evil.example/a.css">
<style>body{background:url(https://evil.example/bg.png)}</style>
<script>fetch("https://evil.example/x")</script></head>
<body onload="fetch('https://evil.example/onload')">
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/post"><input name=q><button formaction="https://evil.example/b">Go</button></form>
<article><h1>A story</h1><img src="https://evil.example/pixel.gif" onerror="alert(1)" alt="pixel">
<p style="background-image:url(https://evil.example/p.png)">The council met on Tuesday to talk about the
river, and "nothing was decided," the mayor said afterwards.</p>
<a href="javascript:alert(1)">click</a><svg><image href="https://evil.example/svg.png"/></svg>
<object data="https://evil.example/obj"></object><video poster="https://evil.example/poster.jpg"></video>
</article></body></html>"""


def test_explain_reports_the_same_article_as_parse(fixture_page) -> None:  # type: ignore[no-untyped-def]
    for name in ("press-release.html", "news-article.html"):
        page = fixture_page(name)
        explanation = explain(page, "https://example.com/a")
        assert explanation.article == parse(page, "https://example.com/a")
        actions = {e.action for e in explanation.events}
        assert {"drop", "keep"} <= actions


def test_view_has_no_scripts_handlers_or_live_urls() -> None:
    view = explain_page(HOSTILE, "https://example.com/story")
    tree = lxml_html.document_fromstring(view)
    assert not tree.xpath(
        "//script | //iframe | //object | //embed | //link | //base | //form | //input | //img"
    )
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), name
            if name in ("href", "src", "srcset", "action", "formaction", "poster", "data", "style"):
                raise AssertionError(f"{element.tag} keeps a live {name}={value!r}")
    assert "evil.example/bg.png" not in view
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp


def _flags(tmp_path: Path, netlog: Path) -> list[str]:
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        # Name lookups fail at once: the page's attempts still show in the net log, without waits.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        # Stop loading after 15 s whatever the page waits for (the raw hostile page may hang).
        "--timeout=15000",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--log-net-log={netlog}",
        "--window-size=1400,1000",
    ]


def _chromium() -> str | None:
    return (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )


def _pages() -> list[tuple[str, bytes, str]]:
    pages = [
        (
            "press-release",
            (EXAMPLES / "press-release.html").read_bytes(),
            "https://news.northwind-rail.example/r/1",
        ),
        (
            "news-article",
            (EXAMPLES / "news-article.html").read_bytes(),
            "https://www.lakeside-ledger.example/a/1",
        ),
        ("hostile", HOSTILE, "https://example.com/story"),
    ]
    if SEED.exists():
        pages.insert(0, ("seed", SEED.read_bytes(), SEED_URL))
    return pages


@pytest.mark.parametrize(("name", "page", "url"), _pages(), ids=[p[0] for p in _pages()])
def test_view_in_headless_chromium(name: str, page: bytes, url: str, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("PRESSPARSE_REQUIRE_BROWSER"):
            pytest.fail(
                "chromium is required (PRESSPARSE_REQUIRE_BROWSER is set) but not installed"
            )
        pytest.skip("chromium is not installed")
    view_path = tmp_path / f"{name}.html"
    view_path.write_text(explain_page(page, url), encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / f"explain-{name}.png"
    netlog = tmp_path / "netlog.json"
    flags = _flags(tmp_path, netlog)
    subprocess.run(
        [browser, *flags, f"--screenshot={screenshot}", view_path.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 10_000
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", view_path.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
        text=True,
    ).stdout
    tree = lxml_html.document_fromstring(dom)
    assert tree.xpath("//*[@id='pp-page']//*[contains(@class, 'pp-kept')]"), "no kept markers"
    assert tree.xpath("//*[@id='pp-page']//*[contains(@class, 'pp-dropped')]"), "no dropped markers"
    assert tree.xpath("//*[@id='pp-page']//*[@data-pp-why]")
    assert tree.xpath("//table[@id='pp-fields']//tr[@data-pp-field='title']"), "no title field"
    assert tree.xpath("//*[@id='pp-body']/*[contains(@class, 'pp-block')]")
    if name != "hostile":
        assert tree.xpath("//mark[contains(@class, 'pp-quote')]"), "no quote markers"
    if name in ("seed", "press-release", "news-article"):
        assert tree.xpath("//*[@id='pp-page']//*[contains(@class, 'pp-figure')]"), (
            "no figure marker"
        )
        assert tree.xpath("//ul[@id='pp-figures']/li"), "no figure in the panel"
    # The page must not have asked for anything (the browser's own background requests, which
    # have no origin, are not the page's doing).
    assert _page_requests(netlog) == []


def _page_requests(netlog: Path) -> list[str]:
    """URLs that a page asked the network stack for, from Chromium's net log.

    The log holds one JSON object per line (the constants first, then one event per line); a
    browser that exits early may cut the last line short, so lines are read one by one."""
    constants: dict[str, dict[str, int]] = {}
    urls: list[str] = []
    for line in netlog.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip().rstrip(",")
        if line.startswith('{"constants":'):
            constants = json.loads(line + "}")["constants"]
            continue
        if not line.startswith("{"):
            continue
        try:
            event = json.loads(line)
        except ValueError:
            continue  # the last line of a log cut short
        params = event.get("params") or {}
        if (
            event.get("type") == constants["logEventTypes"]["URL_REQUEST_START_JOB"]
            and params.get("initiator", "not an origin") != "not an origin"
        ):
            urls.append(params["url"])
    return urls


def test_the_network_check_sees_a_live_page_fetching(tmp_path: Path) -> None:
    """The control for the assertion above: the raw hostile page does try to fetch."""
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed")
    raw = tmp_path / "raw.html"
    raw.write_bytes(HOSTILE)
    netlog = tmp_path / "netlog.json"
    # A live hostile page may keep a loaded machine's browser busy past its own --timeout; its
    # requests are logged in its first seconds, and the log is read line by line.
    with contextlib.suppress(subprocess.TimeoutExpired):
        subprocess.run(
            [browser, *_flags(tmp_path, netlog), "--dump-dom", raw.as_uri()],
            capture_output=True,
            timeout=60,
            check=False,
        )
    assert any("evil.example" in url for url in _page_requests(netlog))


def test_adapter_selectors_show_in_the_view() -> None:
    from pressparse import SiteAdapter

    adapter = SiteAdapter(
        name="ledger",
        domains=("lakeside-ledger.example",),
        selectors={"title": "div.story h1", "remove": ".ad-slot"},
    )
    view = explain_page(
        (EXAMPLES / "news-article.html").read_bytes(),
        "https://www.lakeside-ledger.example/a",
        adapter=adapter,
    )
    tree = lxml_html.document_fromstring(view)
    why = " ".join(tree.xpath("//*[@id='pp-page']//@data-pp-why"))
    assert "field: adapter:ledger:title (selector: div.story h1)" in why
    assert "drop: adapter:ledger:remove (selector: .ad-slot)" in why
