"""pressparse.testing: golden files, readable per-field differences, regeneration."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import pressparse.testing as testing
from pressparse import Article, Block, Byline, DateValue, Figure, SiteAdapter
from pressparse.testing import assert_golden, compare_articles, golden_data, write_golden

from .strategies import articles

PAGE = """<html lang="en"><head><title>Ferry resumes | Courier</title></head><body>
<h1 class="headline">Ferry resumes</h1><p class="by">By Rosa Quintero</p>
<div class="story"><p>The ferry made its first run in six weeks on Tuesday, islanders said.</p>
<p>Crews replaced eighteen pilings under the island pier, the county said.</p></div>
</body></html>"""
URL = "https://www.courier.example/2024/11/05/ferry"
ADAPTER = SiteAdapter(
    name="courier",
    domains=["courier.example"],
    selectors={"title": "h1.headline", "bylines": "p.by", "body": "div.story"},
)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, Path]:
    page = tmp_path / "pages" / "ferry.html"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    return page, tmp_path / "golden" / "ferry.json"


def test_regenerate_then_pass(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    assert_golden(page, golden, url=URL, adapter=ADAPTER, regenerate=True)
    data = json.loads(golden.read_text(encoding="utf-8"))
    assert data["title"] == "Ferry resumes" and data["url"] == URL
    assert "text" not in data and "quotes" not in data  # the default ignores
    article = assert_golden(page, golden, adapter=ADAPTER)  # the URL comes from the golden file
    assert article.url == URL and article.provenance["body"] == "adapter:courier"


def test_a_difference_is_reported_field_by_field(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    assert_golden(page, golden, url=URL, adapter=ADAPTER, regenerate=True)
    changed = page.read_text(encoding="utf-8").replace(
        "Ferry resumes</h1>", "Ferry service resumes</h1>"
    )
    changed = changed.replace("eighteen pilings", "nineteen pilings")
    page.write_text(changed, encoding="utf-8")
    with pytest.raises(AssertionError) as caught:
        assert_golden(page, golden, adapter=ADAPTER)
    message = str(caught.value)
    assert "(2 differences)" in message
    assert "  title: expected 'Ferry resumes', got 'Ferry service resumes'" in message
    assert "  body[1].text: texts differ at character 15\n" in message
    assert "expected: 'Crews replaced eighteen pilings under the isl…'" in message
    assert "actual:   'Crews replaced nineteen pilings under the isl…'" in message
    assert "PRESSPARSE_REGENERATE=1" in message
    assert f"python -m pressparse.testing regenerate {page} {golden} --url {URL}" in message


def test_the_environment_variable_regenerates(
    saved: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    page, golden = saved
    golden.parent.mkdir()
    golden.write_text('{"title": "Old title"}', encoding="utf-8")
    monkeypatch.setenv(testing.REGENERATE_ENV, "1")
    assert_golden(page, golden, url=URL, adapter=ADAPTER)
    monkeypatch.setenv(testing.REGENERATE_ENV, "0")
    assert_golden(page, golden, url=URL, adapter=ADAPTER)
    # A hand-written golden file with some fields keeps to those fields when regenerated.
    assert json.loads(golden.read_text(encoding="utf-8")) == {"title": "Ferry resumes"}


def test_a_missing_golden_file_says_how_to_create_it(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    with pytest.raises(AssertionError, match=r"(?s)no golden file.*Create it.*regenerate"):
        assert_golden(page, golden, url=URL, adapter="generic")


def test_an_invalid_golden_file_is_an_assertion_error(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    golden.parent.mkdir()
    golden.write_text("{not json", encoding="utf-8")
    with pytest.raises(AssertionError, match="not valid JSON"):
        assert_golden(page, golden, url=URL)
    golden.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(AssertionError, match="JSON object"):
        assert_golden(page, golden, url=URL)


# --- compare_articles ----------------------------------------------------------------------------

BASE = Article(
    url=URL,
    title="Ferry resumes",
    published=DateValue(__import__("datetime").date(2024, 11, 5), "day", "Nov. 5, 2024"),
    bylines=[Byline(raw="By Rosa Quintero", name="Rosa Quintero")],
    body=[Block("paragraph", "One."), Block("paragraph", "Two."), Block("heading", "Three", 2)],
    figures=[Figure(image_url="https://x.example/a.jpg", caption="A ferry.", credit="Mara")],
    tags=["Ferries"],
    provenance={"title": "adapter:courier"},
    warnings=["adapter:courier: subtitle: selector 'p.dek' matched nothing; generic value used"],
)


def test_equal_articles_have_no_differences() -> None:
    assert compare_articles(BASE, BASE) == []
    assert compare_articles(BASE.to_dict(), BASE) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"title": None}, ["title: expected 'Ferry resumes', got None"]),
        (
            {"tags": ["Ferries", "Islands"]},
            ['tags: expected 1 items, got 2\n     "Ferries"\n    +"Islands"'],
        ),
        (
            {
                "published": DateValue(
                    __import__("datetime").date(2024, 11, 6), "day", "Nov. 5, 2024"
                )
            },
            ["published.value: expected '2024-11-05', got '2024-11-06'"],
        ),
        (
            {"bylines": [Byline(raw="By Rosa Quintero", name="Rosa Quinter")]},
            ["bylines[0].name: expected 'Rosa Quintero', got 'Rosa Quinter'"],
        ),
        (
            {"figures": [Figure(image_url="https://x.example/a.jpg", caption="A ferry.")]},
            ["figures[0].credit: expected 'Mara', got None"],
        ),
        (
            {"body": [Block("paragraph", "One."), Block("heading", "Three", 2)]},
            [
                "body: expected 3 items, got 2\n     [paragraph] One.\n    -[paragraph] Two.\n     [heading 2] Three"
            ],
        ),
        (
            {"provenance": {"title": "json-ld"}},
            ["provenance.title: expected 'adapter:courier', got 'json-ld'"],
        ),
    ],
)
def test_differences_read_well(change: dict[str, object], expected: list[str]) -> None:
    import attrs

    assert compare_articles(BASE, attrs.evolve(BASE, **change)) == expected  # type: ignore[arg-type]


def test_long_texts_show_where_they_differ() -> None:
    import attrs

    long = "The county ferry made its first run to Halloway Island in six weeks on Tuesday morning."
    before = attrs.evolve(BASE, body=[Block("paragraph", long)])
    after = attrs.evolve(BASE, body=[Block("paragraph", long.replace("Tuesday", "Monday"))])
    (line,) = compare_articles(before, after)
    assert line.startswith("body[0].text: texts differ at character 71\n")
    assert "expected: '…lloway Island in six weeks on Tuesday morning.'" in line
    assert "actual:   '…lloway Island in six weeks on Monday morning.'" in line


def test_ignore_takes_fields_and_dotted_paths() -> None:
    import attrs

    other = attrs.evolve(
        BASE,
        warnings=[],
        figures=[Figure(image_url="https://cdn.example/a.jpg", caption="A ferry.", credit="Mara")],
    )
    assert len(compare_articles(BASE, other)) == 2
    assert compare_articles(BASE, other, ignore=["warnings", "figures.image_url"]) == []


def test_a_partial_expected_dict_compares_only_its_fields() -> None:
    expected = {
        "title": "Ferry resumes",
        "body": [{"text": "One."}, {"text": "Two."}, {"text": "Three"}],
    }
    assert compare_articles(expected, BASE) == []
    assert compare_articles({"headline": "x"}, BASE) == [
        "headline: not an Article field (in the expected data)"
    ]


def test_golden_data_is_json_without_ignored_fields() -> None:
    data = golden_data(BASE, ignore=["text", "published.raw", "figures.credit"])
    assert "text" not in data and "raw" not in data["published"]
    assert "credit" not in data["figures"][0]
    assert Article.from_dict(golden_data(BASE, ignore=[])) == BASE


def test_write_golden_creates_folders(tmp_path: Path) -> None:
    target = write_golden(tmp_path / "a" / "b" / "golden.json", BASE)
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Ferry resumes"


# --- python -m pressparse.testing ------------------------------------------------------------


def test_command_line_regenerate_and_check(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    out = io.StringIO()
    code = testing.main(
        ["regenerate", str(page), str(golden), "--url", URL, "--adapter", "generic"], out=out
    )
    assert code == 0 and "wrote" in out.getvalue()
    out = io.StringIO()
    assert testing.main(["check", str(page), str(golden), "--adapter", "generic"], out=out) == 0
    assert "matches" in out.getvalue()
    page.write_text(PAGE.replace("Ferry resumes", "Ferry stops"), encoding="utf-8")
    out = io.StringIO()
    assert testing.main(["check", str(page), str(golden), "--adapter", "generic"], out=out) == 1
    assert "title: expected 'Ferry resumes', got 'Ferry stops'" in out.getvalue()


def test_command_line_errors(saved: tuple[Path, Path]) -> None:
    page, golden = saved
    out = io.StringIO()
    missing = str(page.with_name("missing.html"))
    assert testing.main(["regenerate", missing, str(golden)], out=out) == 2
    assert testing.main(["check", str(page), str(golden), "--adapter", "no-such"], out=out) == 2


def test_public_names() -> None:
    assert testing.__all__ == [
        "DEFAULT_IGNORE",
        "REGENERATE_ENV",
        "assert_golden",
        "compare_articles",
        "golden_data",
        "main",
        "write_golden",
    ]


# --- properties ----------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(a=articles, b=articles)
def test_compare_articles_agrees_with_equality_and_never_raises(a: Article, b: Article) -> None:
    assert compare_articles(a, a) == []
    differences = compare_articles(a, b, ignore=())
    assert (differences == []) == (a.to_dict() == b.to_dict())
    assert all(isinstance(line, str) and line for line in differences)


@settings(max_examples=20, deadline=None)
@given(a=articles)
def test_golden_data_round_trips(a: Article) -> None:
    assert Article.from_dict(golden_data(a, ignore=())) == a
