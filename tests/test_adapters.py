"""Site adapters: selectors for every field, per-field fallback with warnings, hooks, pickling."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from datetime import date, datetime, timezone

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement, fromstring

import pressparse
from pressparse import Article, Block, Byline, SelectorError, SiteAdapter
from pressparse._adapters.apply import cut_dateline
from pressparse._adapters.base import CompiledSelector

URL = "https://www.harbor-news.example/2024/11/05/pier"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Generic title | Harbor News</title>
<meta property="og:title" content="Generic title">
<meta property="article:published_time" content="2024-11-04T09:00:00Z">
<meta name="author" content="Dana Whitfield">
</head><body>
<nav class="top"><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="page">
  <a class="kicker" href="/waterfront">Waterfront</a>
  <h1 class="headline">Pier reopens after storm repairs</h1>
  <p class="dek">Boats return to the east pier on Tuesday</p>
  <p class="byline">By <span class="name">Ana Ortiz</span> and <span class="name">Ben Cole</span></p>
  <time class="stamp" datetime="2024-11-05T08:30:00-05:00">Nov. 5</time>
  <span class="updated" data-timestamp="1730822400">later</span>
  <div class="story">
    <p class="lede"><span class="dl">EAST HARBOR —</span> The east pier reopened on Tuesday after six weeks of repairs to pilings damaged in the October storm, the port authority said.</p>
    <figure class="pic"><a href="/img/pier-full.jpg"><img src="/img/pier-small.jpg" alt="The east pier"></a>
      <figcaption><span class="cap">Workers finish the new deck.</span> <span class="who">Photo: Lee Park</span></figcaption>
    </figure>
    <p>Crews replaced forty pilings and the deck boards above them, a job the authority had planned for next spring before the storm made it urgent.</p>
    <div class="promo"><p>Subscribe to the Harbor Daily newsletter for the week's port news, every Friday.</p></div>
    <p>Fishing boats that moved to the west pier during the work will return over the coming week, the harbor master said on Monday evening.</p>
  </div>
  <ul class="topics"><li><a>Port</a></li><li><a>Storms</a></li><li><a>Port</a></li></ul>
</div>
</body></html>"""

FULL = {
    "title": "h1.headline",
    "subtitle": "p.dek",
    "kicker": "a.kicker",
    "bylines": "p.byline .name",
    "published": "time.stamp",
    "modified": "span.updated",
    "dateline": "span.dl",
    "body": "div.story",
    "figures": "figure.pic",
    "caption": ".cap",
    "credit": ".who",
    "tags": "ul.topics a",
    "remove": [".promo", ".does-not-exist"],
}


def make(selectors: dict[str, object], **kw: object) -> SiteAdapter:
    return SiteAdapter(name="harbor", domains=("harbor-news.example",), selectors=selectors, **kw)  # type: ignore[arg-type]


def parse(adapter: SiteAdapter | str | None = None, page: str = PAGE) -> Article:
    return pressparse.parse(page, URL, adapter=adapter)


# --- every field from a selector ---------------------------------------------------------------


def test_every_field_comes_from_its_selector_with_provenance() -> None:
    article = parse(make(FULL))
    assert article.title == "Pier reopens after storm repairs"
    assert article.subtitle == "Boats return to the east pier on Tuesday"
    assert article.kicker == "Waterfront"
    assert [b.name for b in article.bylines] == ["Ana Ortiz", "Ben Cole"]
    assert article.published is not None and article.published.value == datetime.fromisoformat(
        "2024-11-05T08:30:00-05:00"
    )
    assert article.modified is not None
    assert article.modified.value == datetime(2024, 11, 5, 16, 0, tzinfo=timezone.utc)
    assert article.dateline is not None and article.dateline.location == "EAST HARBOR"
    assert article.tags == ("Port", "Storms")
    assert article.figures == (
        pressparse.Figure(
            image_url="https://www.harbor-news.example/img/pier-full.jpg",
            alt="The east pier",
            caption="Workers finish the new deck.",
            credit="Lee Park",
        ),
    )
    assert article.warnings == ()
    for field in (
        "title",
        "subtitle",
        "kicker",
        "bylines",
        "published",
        "modified",
        "dateline",
        "tags",
        "body",
        "figures",
    ):
        assert article.provenance[field] == "adapter:harbor", field


def test_body_is_the_story_without_dateline_promo_figure_or_header() -> None:
    article = parse(make(FULL))
    assert article.body[0].text.startswith("The east pier reopened on Tuesday")
    text = article.text
    for chrome in ("EAST HARBOR", "Subscribe", "Workers finish", "Ana Ortiz", "Pier reopens"):
        assert chrome not in text
    assert len(article.body) == 3


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("//meta[@property='og:title']/@content", "Generic title"),
        ("string(//h1)", "Pier reopens after storm repairs"),
        ("//h1/text()", "Pier reopens after storm repairs"),
        ("h1.headline::text", "Pier reopens after storm repairs"),
        ("a.kicker::attr(href)", "/waterfront"),
        ("(//p[@class='dek'])[1]", "Boats return to the east pier on Tuesday"),
        ("./body//h1", "Pier reopens after storm repairs"),
    ],
)
def test_selectors_may_return_attribute_values_and_text(selector: str, expected: str) -> None:
    article = parse(make({"title": selector}))
    assert article.title == expected
    assert article.provenance["title"] == "adapter:harbor"


def test_a_list_of_selectors_is_tried_in_order() -> None:
    article = parse(make({"title": ["h1.redesigned", "h1.headline"]}))
    assert article.title == "Pier reopens after storm repairs"
    assert article.warnings == ()


def test_published_from_a_meta_content_attribute_via_xpath() -> None:
    adapter = make({"published": "//meta[@property='article:published_time']/@content"})
    article = parse(adapter)
    assert article.published is not None and article.published.raw == "2024-11-04T09:00:00Z"


# --- fallback per field -----------------------------------------------------------------------


def test_a_selector_that_matches_nothing_falls_back_with_a_warning() -> None:
    article = parse(make({"title": "h1.gone", "bylines": ".gone"}))
    assert article.title == parse("generic").title
    assert article.provenance["title"] != "adapter:harbor"
    assert [b.name for b in article.bylines] == ["Dana Whitfield"]
    title_warning = next(w for w in article.warnings if ": title:" in w)
    assert "adapter:harbor" in title_warning and "h1.gone" in title_warning
    assert any(": bylines:" in w and ".gone" in w for w in article.warnings)


def test_optional_fields_fall_back_silently() -> None:
    article = parse(make({"subtitle": "p.gone"}, optional=("subtitle",)))
    assert article.subtitle == parse("generic").subtitle
    assert article.warnings == ()


def test_remove_that_matches_nothing_is_silent() -> None:
    assert parse(make({"remove": ".nothing-here"})).warnings == ()


def test_an_unreadable_value_falls_back() -> None:
    article = parse(make({"published": "p.dek"}))  # text without a date
    assert article.published is not None and article.published.raw == "2024-11-04T09:00:00Z"
    assert any("published" in w and "gave no value" in w for w in article.warnings)


def test_a_selector_that_fails_at_evaluation_falls_back() -> None:
    article = parse(make({"title": "//x:h1"}))  # an undefined namespace prefix
    assert article.title == parse("generic").title
    assert any(": title:" in w for w in article.warnings)


def test_body_miss_falls_back_to_the_generic_body() -> None:
    generic = parse("generic")
    article = parse(make({"body": "div.story-v2"}))
    assert article.text == generic.text
    assert article.provenance["body"] == "heuristic"
    assert any(": body:" in w and "div.story-v2" in w for w in article.warnings)


def test_body_guard_rejects_an_empty_shell() -> None:
    page = PAGE.replace('<div class="page">', '<div class="page"><div class="story-shell"></div>')
    article = parse(make({"body": "div.story-shell"}), page)
    assert "forty pilings" in article.text
    assert article.provenance["body"] == "heuristic"
    assert any("body" in w and "generic body used" in w for w in article.warnings)


def test_body_guard_rejects_clearly_less_text() -> None:
    article = parse(make({"body": "span.dl"}))  # a real element, but a fraction of the story
    assert "forty pilings" in article.text
    assert any("characters of text" in w for w in article.warnings)


def test_body_guard_keeps_a_body_that_is_the_story() -> None:
    article = parse(make({"body": "div.story"}))
    assert article.provenance["body"] == "adapter:harbor"


def test_figures_miss_falls_back_to_generic_figures() -> None:
    generic = parse("generic")
    article = parse(make({"figures": "div.gallery"}))
    assert article.figures == generic.figures
    assert article.figures  # the generic path found the <figure>
    assert any(": figures:" in w for w in article.warnings)


def test_caption_selector_miss_uses_the_figcaption() -> None:
    article = parse(make({"figures": "figure.pic", "caption": ".nope"}))
    assert article.figures[0].caption is not None
    assert "Workers finish the new deck." in article.figures[0].caption
    assert any("caption" in w and "figcaption" in w for w in article.warnings)


def test_caption_and_credit_need_figures() -> None:
    with pytest.raises(SelectorError, match="figures"):
        make({"caption": ".cap"})


def test_dateline_selector_miss_falls_back_to_the_first_paragraph() -> None:
    article = parse(make({"dateline": "span.no-dateline"}))
    assert article.dateline is not None and article.dateline.location == "EAST HARBOR"
    assert article.provenance["dateline"] == "heuristic"
    assert any(": dateline:" in w for w in article.warnings)


def test_dateline_selector_on_the_whole_first_paragraph() -> None:
    article = parse(make({"dateline": "p.lede", "body": "div.story"}))
    assert article.dateline is not None and article.dateline.location == "EAST HARBOR"
    assert article.body[0].text.startswith("The east pier reopened")


def test_an_adapter_is_never_worse_than_none_when_everything_misses() -> None:
    missing = {field: ".missing-everywhere" for field in FULL if field not in ("caption", "credit")}
    missing["figures"] = ".missing-everywhere"
    article = parse(make(missing))
    generic = parse("generic")
    for field in ("title", "bylines", "published", "body", "figures", "dateline", "tags"):
        assert getattr(article, field) == getattr(generic, field), field


# --- hooks ------------------------------------------------------------------------------------


@attrs.frozen
class SignedOff(SiteAdapter):
    """A subclass with a field of its own and every hook overridden."""

    sign_off: str = "-30-"
    seen: tuple[str, ...] = ()

    def process_tree(self, root: HtmlElement) -> HtmlElement:
        for element in root.iter("p"):
            if element.get("class") == "dek":
                element.set("class", "dek standfirst")
        return root

    def parse_date(self, text: str) -> pressparse.DateValue | None:
        return pressparse.DateValue(date(2020, 1, 2), "day", text) if text == "Nov. 5" else None

    def parse_bylines(self, texts: object) -> tuple[Byline, ...]:
        return tuple(Byline(raw=t, name=t.upper()) for t in texts)  # type: ignore[attr-defined]

    def process_article(self, article: Article) -> Article:
        body = [b for b in article.body if b.text != self.sign_off]
        return attrs.evolve(article, body=body, tags=(*article.tags, self.sign_off))


SIGNED = SignedOff(
    name="signed",
    domains=["harbor-news.example"],
    selectors={
        "subtitle": "p.standfirst",
        "published": "time.stamp::text",
        "bylines": "p.byline .name",
        "body": "div.story",
    },
    sign_off="-30-",
)


def test_subclass_hooks_run() -> None:
    page = PAGE.replace("</div>\n  <ul", "<p>-30-</p></div>\n  <ul")
    article = parse(SIGNED, page)
    assert article.subtitle == "Boats return to the east pier on Tuesday"  # process_tree
    assert article.published is not None and article.published.value == date(2020, 1, 2)
    assert [b.name for b in article.bylines] == ["ANA ORTIZ", "BEN COLE"]
    assert "-30-" not in [b.text for b in article.body]
    assert article.tags[-1] == "-30-"


def test_subclass_pickles_and_compares_by_value() -> None:
    copy = pickle.loads(pickle.dumps(SIGNED))
    assert copy == SIGNED and hash(copy) == hash(SIGNED)
    assert type(copy) is SignedOff and copy.sign_off == "-30-"
    assert parse(copy).title == parse(SIGNED).title


def test_subclass_evolves_with_recompiled_selectors() -> None:
    changed = attrs.evolve(SIGNED, selectors={"title": "p.dek"})
    assert parse(changed).title == "Boats return to the east pier on Tuesday"


@attrs.frozen
class Declared(SiteAdapter):
    """A subclass that declares everything at class level (its fields all have defaults)."""

    name: str = "declared"
    domains: tuple[str, ...] = ("WWW.Declared.example",)
    selectors: Mapping[str, tuple[str, ...]] = attrs.field(factory=lambda: {"title": "p.dek"})


def test_a_subclass_may_declare_its_fields_with_defaults() -> None:
    adapter = Declared()
    assert adapter.domains == ("declared.example",)
    assert adapter.selectors == {"title": ("p.dek",)}
    assert pickle.loads(pickle.dumps(adapter)) == adapter
    assert parse(adapter).title == "Boats return to the east pier on Tuesday"
    with pytest.raises(SelectorError):
        Declared(selectors={"headline": "h1"})


def test_subclass_registers() -> None:
    registry = pressparse._adapters.registry.AdapterRegistry(builtins=False, discover=False)
    registry.register(SIGNED)
    assert registry.match(URL) is SIGNED


class Broken(SiteAdapter):
    def process_tree(self, root: HtmlElement) -> HtmlElement:
        raise RuntimeError("tree hook bug")

    def process_article(self, article: Article) -> Article:
        raise RuntimeError("article hook bug")


def test_failing_hooks_leave_the_generic_result_and_warn() -> None:
    article = parse(Broken(name="broken", selectors={"title": "h1.headline"}))
    assert article.title == "Pier reopens after storm repairs"
    assert any("process_tree failed" in w and "tree hook bug" in w for w in article.warnings)
    assert any("process_article failed" in w for w in article.warnings)


class WrongReturn(SiteAdapter):
    def process_article(self, article: Article) -> Article:
        return None  # type: ignore[return-value]


def test_a_hook_that_returns_the_wrong_type_is_ignored() -> None:
    article = parse(WrongReturn(name="wrong"))
    assert article.title == parse("generic").title
    assert any("returned NoneType" in w for w in article.warnings)


# --- declaration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": ""},
        {"name": "has space"},
        {"name": "generic"},
        {"name": "ok", "selectors": {"headline": "h1"}},
        {"name": "ok", "selectors": {"title": ""}},
        {"name": "ok", "selectors": {"title": "h1[["}},
        {"name": "ok", "selectors": {"title": "//h1[["}},
        {"name": "ok", "patterns": ["(unclosed"]},
        {"name": "ok", "optional": ["headline"]},
        {"name": "ok", "priority": "high"},
    ],
)
def test_bad_declarations_raise_selector_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(SelectorError):
        SiteAdapter(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("domains", "url", "score"),
    [
        (("example.com",), "https://example.com/a", 2),
        (("example.com",), "https://www.example.com/a", 2),
        (("news.example.com",), "https://news.example.com/a", 3),
        (("example.com",), "https://notexample.com/a", None),
        (("example.com",), "https://example.com.evil.net/a", None),
        (("https://www.example.com/news/",), "https://www.example.com/x", 2),
        (("www.example.com",), "https://example.com/x", 2),
        (("www.com",), "https://www.com/x", 2),
        (("EXAMPLE.com.",), "https://Example.COM/x", 2),
        (("example.com",), None, None),
        (("example.com",), "not a url", None),
        (("example.com",), "http://[::1/", None),
    ],
)
def test_domain_matching(domains: tuple[str, ...], url: str | None, score: int | None) -> None:
    assert SiteAdapter(name="d", domains=domains).match_score(url) == score


def test_patterns_narrow_a_domain_and_stand_alone() -> None:
    narrowed = SiteAdapter(name="n", domains=["example.com"], patterns=[r"/\d{4}/\d\d/"])
    assert narrowed.matches("https://example.com/2024/11/story")
    assert not narrowed.matches("https://example.com/about")
    alone = SiteAdapter(name="p", patterns=[r"^https://[^/]+/press-release/"])
    assert alone.matches("https://any.example.org/press-release/1")
    assert not alone.matches("https://any.example.org/news/1")


def test_compiled_selectors_pickle_as_their_source() -> None:
    selector = CompiledSelector("p.x::attr(data-id)")
    copy = pickle.loads(pickle.dumps(selector))
    assert copy == selector
    assert copy(fromstring('<div><p class="x" data-id="3">a</p></div>')) == ["3"]


def test_xpath_numbers_and_comments_select_nothing() -> None:
    root = fromstring("<div><!-- note --><p>a</p></div>")
    assert CompiledSelector("count(//p)")(root) == []
    assert CompiledSelector("//comment()")(root) == []


# --- dateline cutting and hostile input --------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "consumed", "first"),
    [
        (["PARIS — The show opened."], "PARIS —", "The show opened."),
        (["PARIS —", "The show opened."], "PARIS —", "The show opened."),
        (["PARIS  —\nThe show opened."], "PARIS —", "The show opened."),
        (["LONDON — Something else."], "PARIS —", "LONDON — Something else."),
        (["Intro.", "PARIS: It opened."], "PARIS:", "Intro."),
    ],
)
def test_cut_dateline(blocks: list[str], consumed: str, first: str) -> None:
    result = cut_dateline([Block("paragraph", t) for t in blocks], consumed)
    assert result[0].text == first


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("<>/ pdivclas=\"'—-()ABC\n"), max_size=300),
    selector=st.sampled_from(["p", "div.a", "//p", "(//div)[1]", "p::text", "a::attr(href)"]),
)
def test_parsing_with_an_adapter_never_raises(text: str, selector: str) -> None:
    adapter = make(dict.fromkeys(("title", "body", "bylines", "dateline", "published"), selector))
    try:
        article = pressparse.parse(
            "<html><body>" + text + "<p>x</p></body></html>", URL, adapter=adapter
        )
    except pressparse.InputError:
        return
    assert all(isinstance(w, str) for w in article.warnings)


def test_hostile_selector_text_is_linear() -> None:
    page = "<html><body><div class='story'>" + "<p>" + "-" * 200_000 + "</p></div></body></html>"
    article = parse(make({"dateline": "div.story p", "body": "div.story"}), page)
    assert article.body


def test_a_trace_records_the_adapters_decisions() -> None:
    from pressparse._options import Options
    from pressparse._pipeline import run
    from pressparse._trace import Trace

    trace = Trace()
    article = run(PAGE, URL, adapter=make(FULL), options=Options(), trace=trace)
    assert article.provenance["body"] == "adapter:harbor"
    rules = {event.rule for event in trace.events}
    assert {"adapter:harbor:title", "adapter:harbor:remove", "adapter:harbor:figures"} <= rules
    assert "extract:paragraph" in rules


def test_an_adapter_instance_travels_to_worker_processes() -> None:
    results = list(pressparse.parse_many([(PAGE, URL), (PAGE, URL)], workers=2, adapter=SIGNED))
    assert [r.error for r in results] == [None, None]
    assert all(r.article is not None and r.article.tags[-1] == "-30-" for r in results)
