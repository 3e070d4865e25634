"""The built-in wire adapters (PR Newswire, Business Wire, GlobeNewswire) on pages built to their
structure: golden files, body versus chrome, datelines, and per-field fallback after a redesign."""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest

import pressparse
from pressparse._adapters.builtin import BUSINESS_WIRE, GLOBENEWSWIRE, PR_NEWSWIRE, WireAdapter
from pressparse.testing import assert_golden

HERE = Path(__file__).parent / "fixtures" / "adapters"

URLS = {
    "prnewswire": "https://www.prnewswire.com/news-releases/northwind-robotics-opens-harbor-logistics-center-in-baltimore-302400001.html",
    "businesswire": "https://www.businesswire.com/news/home/20241105000100/en/Larkspur-Health-Expands-Rural-Telehealth-Network-to-Four-More-States",
    "globenewswire": "https://www.globenewswire.com/news-release/2024/11/05/2990001/0/en/Copperline-Energy-Completes-First-Geothermal-Well-at-Red-Deer-Site.html",
}
WIRES = tuple(URLS)

# What each release page holds that is body, and the wire's chrome that must not be.
BODY = {
    "prnewswire": ["About Northwind Robotics", "Media Contact:", "Highlights of the facility"],
    "businesswire": ["About Larkspur Health", "Each participating clinic receives"],
    "globenewswire": ["About Copperline Energy Inc.", "Contact:", "Flow testing is planned"],
}
CHROME = {
    "prnewswire": [
        "/PRNewswire/",
        "View original content",
        "SOURCE Northwind",
        "Logo - http",
        "More news from this source",
        "Share this article",
        "The new harbor center seen from the pier",
    ],
    "businesswire": [
        "BUSINESS WIRE",
        "View source version",
        "More News From",
        "Contacts",
        "media@larkspur-health.example",
        "A nurse practitioner prepares",
    ],
    "globenewswire": [
        "GLOBE NEWSWIRE",
        "A photo accompanying this announcement",
        "Renewable Energy",
        "Attachments",
    ],
}


def page(wire: str) -> str:
    return (HERE / f"{wire}.html").read_text(encoding="utf-8")


def parse(wire: str, html: str | None = None, url: str | None = None) -> pressparse.Article:
    return pressparse.parse(html if html is not None else page(wire), url or URLS[wire])


@pytest.mark.parametrize("wire", WIRES)
def test_golden(wire: str) -> None:
    assert_golden(HERE / f"{wire}.html", HERE / "golden" / f"{wire}.json")


@pytest.mark.parametrize("wire", WIRES)
def test_release_text_is_body_and_wire_furniture_is_not(wire: str) -> None:
    article = parse(wire)
    assert article.provenance["body"] == f"adapter:{wire}"
    for text in BODY[wire]:
        assert text in article.text, text
    for text in CHROME[wire]:
        assert text not in article.text, text
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("wire", "location", "agency", "day"),
    [
        ("prnewswire", "BALTIMORE", "PRNewswire", "2024-11-05"),
        ("businesswire", "WINSTON-SALEM, N.C.", "BUSINESS WIRE", None),
        ("globenewswire", "CALGARY, Alberta", "GLOBE NEWSWIRE", "2024-11-05"),
    ],
)
def test_dateline_is_read_and_cut_from_the_body(
    wire: str, location: str, agency: str, day: str | None
) -> None:
    article = parse(wire)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (location, agency)
    assert (dateline.date.isoformat() if dateline.date else None) == day
    assert article.provenance["dateline"] == f"adapter:{wire}"
    assert not article.body[0].text.startswith(location)


@pytest.mark.parametrize("wire", WIRES)
def test_the_issuer_is_an_organization_byline(wire: str) -> None:
    bylines = parse(wire).bylines
    assert len(bylines) == 1 and bylines[0].name is None and bylines[0].organization


def test_business_wire_photo_is_a_figure_with_the_full_size_image() -> None:
    (figure,) = parse("businesswire").figures
    assert figure.image_url is not None and figure.image_url.endswith("larkspur_clinic_full.jpg")
    assert (
        figure.caption
        == "A nurse practitioner prepares a telehealth room at a partner clinic in Casper, Wyoming."
    )
    assert figure.credit is not None and "Business Wire" in figure.credit


# --- wire datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("adapter", "text", "location", "agency", "rest"),
    [
        (
            PR_NEWSWIRE,
            "NEW YORK, Nov. 5, 2024 /PRNewswire/ -- Acme said",
            "NEW YORK",
            "PRNewswire",
            "Acme said",
        ),
        (
            PR_NEWSWIRE,
            "LONDON and NEW YORK, Jan. 2, 2025 /PRNewswire/ -- Acme",
            "LONDON and NEW YORK",
            "PRNewswire",
            "Acme",
        ),
        (
            PR_NEWSWIRE,
            "MIAMI, March 3, 2024 /PRNewswire-HISPANIC PR WIRE/ -- Acme",
            "MIAMI",
            "PRNewswire-HISPANIC PR WIRE",
            "Acme",
        ),
        (PR_NEWSWIRE, "TORONTO, Feb 9 2024 /PRNewswire/ — Acme", "TORONTO", "PRNewswire", "Acme"),
        (
            BUSINESS_WIRE,
            "SAN DIEGO & BOSTON--(BUSINESS WIRE)--Acme",
            "SAN DIEGO & BOSTON",
            "BUSINESS WIRE",
            "Acme",
        ),
        (BUSINESS_WIRE, "PARIS-(BUSINESS WIRE)-Acme", "PARIS", "BUSINESS WIRE", "Acme"),
        (BUSINESS_WIRE, "TOKYO--( BUSINESS WIRE )--Acme", "TOKYO", "BUSINESS WIRE", "Acme"),
        (
            GLOBENEWSWIRE,
            "OSLO, Norway, Nov. 05, 2024 (GLOBE NEWSWIRE) -- Acme",
            "OSLO, Norway",
            "GLOBE NEWSWIRE",
            "Acme",
        ),
        (
            GLOBENEWSWIRE,
            "AUSTIN, Texas (GLOBE NEWSWIRE) -- Acme",
            "AUSTIN, Texas",
            "GLOBE NEWSWIRE",
            "Acme",
        ),
    ],
)
def test_wire_datelines(
    adapter: WireAdapter, text: str, location: str, agency: str, rest: str
) -> None:
    dateline = adapter.parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (location, agency)
    assert text[dateline.end :] == rest


def test_a_text_without_the_wire_marker_gets_the_generic_reading() -> None:
    text = "WASHINGTON (Reuters) - The agency said"
    assert PR_NEWSWIRE.parse_dateline(text) == pressparse.parse_dateline(text)
    assert BUSINESS_WIRE.parse_dateline("The company said today") is None


@pytest.mark.parametrize("wire", [PR_NEWSWIRE, BUSINESS_WIRE, GLOBENEWSWIRE])
@pytest.mark.parametrize("unit", ["-", "(", ")", "/", "--(", " ", "BUSINESS WIRE", "/PRNewswire"])
def test_wire_datelines_are_linear_on_hostile_input(wire: WireAdapter, unit: str) -> None:
    started = time.perf_counter()
    wire.wire_dateline(unit * (1_000_000 // len(unit)))
    assert time.perf_counter() - started < 0.1


# --- fallback after a redesign -----------------------------------------------------------------

REDESIGNS = {
    # The wire renames its classes: every selector misses, every field falls back.
    "prnewswire": [
        ("release-body", "rb-2025"),
        ("detail-headline", "dh-2025"),
        ("release-header", "rh-2025"),
    ],
    "businesswire": [("bw-release", "bwr-2025")],
    "globenewswire": [
        ("main-body-container", "mbc-2025"),
        ("main-header-container", "mhc-2025"),
        ("article-headline", "ah-2025"),
    ],
}


@pytest.mark.parametrize("wire", WIRES)
def test_a_redesign_falls_back_per_field_and_is_no_worse_than_no_adapter(wire: str) -> None:
    html = page(wire)
    for old, new in REDESIGNS[wire]:
        html = html.replace(old, new)
    article = parse(wire, html)
    generic = pressparse.parse(html, URLS[wire], adapter="generic")
    assert article.title == generic.title
    assert article.provenance["body"] == "heuristic"
    assert any(w.startswith(f"adapter:{wire}: body: selector") for w in article.warnings)
    assert any(f"adapter:{wire}: title:" in w for w in article.warnings)
    for text in BODY[wire]:
        assert text in article.text, text
    # Every paragraph the generic path finds is still there (the remove lines may take chrome out).
    kept = set(article.text.split("\n\n"))
    lost = [b.text for b in generic.body if b.text not in kept and not _is_chrome(wire, b.text)]
    assert lost == []


def _is_chrome(wire: str, text: str) -> bool:
    return any(piece in text for piece in CHROME[wire]) or text.startswith(
        "Northwind Robotics, a maker"
    )


def test_an_empty_release_body_shell_falls_back_to_the_generic_body() -> None:
    html = page("prnewswire").replace(
        '<section class="release-body container">',
        '<section class="release-body container"></section><section class="release-text-2025">',
    )
    article = parse("prnewswire", html)
    assert "Northwind Robotics designs and operates" in article.text
    assert article.provenance["body"] == "heuristic"
    assert any("section.release-body" in w and "generic body used" in w for w in article.warnings)


# --- the wires stay on their own domains ---------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reuters.com/business/acme-opens-plant-2024-11-05/",
        "https://apnews.com/article/prnewswire-acme",
        "https://notprnewswire.com/news-releases/a.html",
        "https://prnewswire.com.example.net/news-releases/a.html",
        "https://www.example.com/?ref=businesswire.com",
        "https://globenewswire.example/news-release/a.html",
    ],
)
def test_builtins_do_not_match_other_domains(url: str) -> None:
    assert pressparse._adapters.registry.default_registry.match(url) is None


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.prnewswire.com/news-releases/a-302400001.html", "prnewswire"),
        ("https://www.prnewswire.co.uk/news-releases/a.html", "prnewswire"),
        ("https://www.businesswire.com/news/home/20241105000100/en/", "businesswire"),
        ("https://www.globenewswire.com/news-release/2024/11/05/1/0/en/a.html", "globenewswire"),
        ("https://www.globenewswire.com/fr/news-release/2024/11/05/1/0/fr/a.html", "globenewswire"),
    ],
)
def test_builtins_match_their_own_domains(url: str, name: str) -> None:
    chosen = pressparse._adapters.registry.default_registry.match(url)
    assert chosen is not None and chosen.name == name


def test_a_wire_page_at_another_url_gets_no_adapter() -> None:
    article = parse("prnewswire", url="https://www.example.com/copied-release.html")
    assert not any(value.startswith("adapter:") for value in article.provenance.values())


@pytest.mark.parametrize("adapter", [PR_NEWSWIRE, BUSINESS_WIRE, GLOBENEWSWIRE])
def test_wire_adapters_pickle(adapter: WireAdapter) -> None:
    copy = pickle.loads(pickle.dumps(adapter))
    assert copy == adapter and type(copy) is WireAdapter
    assert copy.parse_dateline("X, Nov. 5, 2024 /PRNewswire/ -- y") == adapter.parse_dateline(
        "X, Nov. 5, 2024 /PRNewswire/ -- y"
    )
