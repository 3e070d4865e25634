"""Authors read from whole pages: structured sources, owners' sites and visible credit lines."""

from __future__ import annotations

from datetime import date

import pytest
from lxml.html import document_fromstring

import pressparse
from pressparse._metadata import Metadata, read_metadata
from pressparse._metadata.authors import split_credits
from pressparse._metadata.scan import roles_of

TODAY = date(2024, 6, 1)


def read_html(html: str, url: str | None = None) -> Metadata:
    root = document_fromstring(html)
    return read_metadata(root, url=url, base_url=url, today=TODAY)


def names_of(meta: Metadata) -> list[str]:
    return [b.name for b in meta.bylines if b.name]


@pytest.mark.parametrize(
    ("key", "value", "names"),
    [
        ("article:author_name", "Tom Brasch, Ola Nyberg", ["Tom Brasch", "Ola Nyberg"]),
        ("og:author", "Carla Mendes", ["Carla Mendes"]),
        ("shareaholic:article_author_name", "Jens Rieder", ["Jens Rieder"]),
        ("sailthru.byline_name", "Dana Whitcombe", ["Dana Whitcombe"]),
        ("articleauthor", "Pia Kallio", ["Pia Kallio"]),
        ("article:byline", "Rolf Anders", ["Rolf Anders"]),
    ],
)
def test_author_meta_keys(key: str, value: str, names: list[str]) -> None:
    meta = read_html(
        f'<html><head><meta name="{key}" content="{value}"></head>'
        "<body><h1>Harbour dues rise again</h1><p>The port board voted on Monday.</p>"
        "</body></html>"
    )
    assert names_of(meta) == names


_GRAPH = (
    '{"@context":"https://schema.org","@graph":['
    '{"@type":"WebSite","@id":"https://plants.example/#website","name":"Plant Corner"},'
    '{"@type":"WebPage","@id":"https://plants.example/fig/#webpage","name":"Growing figs",'
    '"author":{"@id":"https://plants.example/#/person/1"}},'
    '{"@type":"Person","@id":"https://plants.example/#/person/1","name":"Irina Vasile"}]}'
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("", ["Irina Vasile"]),
        # The byline shown on the page comes before the account that posted it.
        ('<p class="byline">By Marek Olsen</p>', ["Marek Olsen"]),
    ],
)
def test_the_page_nodes_author_when_no_article_node_names_one(
    byline: str, names: list[str]
) -> None:
    meta = read_html(
        f'<html><head><script type="application/ld+json">{_GRAPH}</script></head>'
        f"<body><h1>Growing figs</h1>{byline}<p>Figs like a warm wall.</p></body></html>",
        url="https://plants.example/fig/",
    )
    assert names_of(meta) == names


@pytest.mark.parametrize(
    ("site_name", "url", "names"),
    [
        ("Dr. Ruth Kemper", "https://ruth-kemper.example/2019/essay/", ["Ruth Kemper"]),
        ("Prof. Jan Novak", "https://jannovak.example/notes/time/", ["Jan Novak"]),
        ("Ruth Kemper", "https://gardenpress.example/2019/essay/", []),
        ("Garden Press", "https://gardenpress.example/2019/essay/", []),
        ("Keller Institute", "https://kellerinstitute.example/press/2016/note.html", []),
        # A publication named like its host is no person.
        ("Human Resources Manager", "https://humanresourcesmanager.example/news/a/", []),
        ("Harbour Valley Wiki", "https://harbourvalleywiki.example/Penny", []),
        ("Anton Berg Berufsschule", "https://anton-berg-berufsschule.example/kurse", []),
    ],
)
def test_a_personal_site_names_its_owner(site_name: str, url: str, names: list[str]) -> None:
    meta = read_html(
        f'<html><head><meta property="og:site_name" content="{site_name}"></head>'
        "<body><h1>On time and clocks</h1><p>Some thoughts on clocks.</p></body></html>",
        url=url,
    )
    assert names_of(meta) == names


def test_a_visible_username_beats_a_site_named_like_a_person() -> None:
    meta = read_html(
        '<html><head><meta property="og:site_name" content="Paper Lane"></head>'
        '<body><h1>Chapter 4</h1><p class="author">delta77</p><p>The ship left.</p>'
        "</body></html>",
        url="https://paperlane.example/fiction/4/",
    )
    assert names_of(meta) == ["delta77"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Von Jana Beispiel", ["Jana Beispiel"]),
        ("Text von Lukas Feld und Mira Stein", ["Lukas Feld", "Mira Stein"]),
        ("Autorin: Hanna Roth", ["Hanna Roth"]),
        ("Auteur : Kofi Mensah", ["Kofi Mensah"]),
        ("By Alan Brooks", ["Alan Brooks"]),
        ("Blog Beitrag von Vera Lind", ["Vera Lind"]),
        ("<em>Written by: <a href='/x'>Julia Moss</a></em>", ["Julia Moss"]),
        ("By: Omar Haddad", ["Omar Haddad"]),
        # After a colon label, what the author does may follow the name.
        ("Autorin: Uta Beispiel, Projektleiterin der HSS in Tunis.", ["Uta Beispiel"]),
        # A sentence that opens with "Von" is no byline.
        ("Von Berlin aus fuhr der Zug weiter nach Osten.", []),
        ("By the way", []),
    ],
)
def test_a_credit_paragraph_in_the_article(paragraph: str, names: list[str]) -> None:
    meta = read_html(
        "<html><body><article><h1>Stolpersteine verlegt</h1>"
        f'<div class="text"><p>{paragraph}</p><p>Am Freitag wurden in der Altstadt neue '
        "Steine verlegt.</p><p>Die Feier dauerte eine Stunde.</p>"
        "<p>Danach gab es Musik.</p></div></article></body></html>"
    )
    assert names_of(meta) == names


def test_a_credit_paragraph_as_the_last_paragraph() -> None:
    meta = read_html(
        "<html><body><article><h1>Orchard report</h1><div class='text'>"
        "<p>The apples came early.</p><p>The pears came late.</p><p>Plums failed.</p>"
        "<p>Cherries were fine.</p><p><em>Text: Ines Moreau</em></p></div></article>"
        "</body></html>"
    )
    assert names_of(meta) == ["Ines Moreau"]


@pytest.mark.parametrize(
    "byline",
    [
        # A CMS field whose label is hidden is still the author field.
        '<div class="field field--name-field-author field--label-hidden">Ruth Okafor</div>',
        # A meta line: a section set off by a bar, then "By".
        '<div class="article_meta_info">Opinion | By Ruth Okafor | May 2, 2020</div>',
        # A glued "metaInfo" class and "Ein Artikel von".
        '<div class="metaInfo">Ein Artikel von Ruth Okafor | 27.01.2022 - 12:45</div>',
        '<div class="postmeta">A column by Ruth Okafor</div>',
        '<div class="wrote_by">By Ruth Okafor</div>',
        '<div class="artikelInfo">Von: Ruth Okafor</div>',
    ],
)
def test_byline_elements_near_the_headline(byline: str) -> None:
    meta = read_html(
        f"<html><body><main><h1>Flood defences tested</h1>{byline}"
        "<p>The river rose two metres overnight.</p></main></body></html>"
    )
    assert names_of(meta) == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "line",
    [
        '<div class="metaInfo">Opinion | Gardening | May 2, 2020</div>',
        '<div class="field field--name-field-author-title field--label-hidden">Editor</div>',
    ],
)
def test_meta_lines_without_a_credit_give_no_author(line: str) -> None:
    meta = read_html(
        f"<html><body><main><h1>Flood defences tested</h1>{line}"
        "<p>The river rose two metres overnight.</p></main></body></html>"
    )
    assert names_of(meta) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # The page shows a co-author the structured data leaves out.
        ('<p class="byline">By Eva Lind and Ola Berg</p>', ["Eva Lind", "Ola Berg"]),
        # A desk or an organization next to the author is no co-author.
        ('<p class="byline">By Ola Berg, Climate Desk</p>', ["Ola Berg"]),
        ('<p class="byline">By Ola Berg and ACME Labs</p>', ["Ola Berg"]),
        # Someone else entirely: the structured source stays.
        ('<p class="byline">By Eva Lind</p>', ["Ola Berg"]),
    ],
)
def test_the_visible_byline_completes_the_structured_authors(byline: str, names: list[str]) -> None:
    meta = read_html(
        '<html><head><meta name="author" content="Ola Berg"></head>'
        f"<body><h1>Ice melts early</h1>{byline}<p>The lake opened in March.</p></body></html>"
    )
    assert names_of(meta) == names


@pytest.mark.parametrize(
    "text",
    ["Übersetzt von: Lena Hart", "Translated by Lena Hart", "Traduit par Lena Hart"],
)
def test_a_translator_is_no_author(text: str) -> None:
    assert [c.name for c in split_credits(text)] == []


def test_a_ressort_is_a_desk() -> None:
    assert [c.name for c in split_credits("Motorrad Ressort") if c.name] == []


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        ("wrote_by", {"byline"}),
        ("artikelInfo-Detail", {"info"}),
        ("postinfo", {"info"}),
        ("metaInfo", {"info"}),
        ("entry-meta", {"info"}),
    ],
)
def test_class_names_of_meta_lines(names: str, roles: set[str]) -> None:
    assert roles_of(names) == roles


@pytest.mark.parametrize(
    ("text", "names", "organizations"),
    [
        ("Der Kurier", [], ["Der Kurier"]),
        ("Die Woche und Jan Koch", ["Jan Koch"], ["Die Woche"]),
        # "Le" and "La" open names as well ("Le Minh").
        ("Le Minh", ["Le Minh"], []),
        ("Mohamed El Tayeb", ["Mohamed El Tayeb"], []),
        ("El Hadji Diouf", ["El Hadji Diouf"], []),
        ("El Cronista", [], ["El Cronista"]),
        ("By Ann Lee, El Mundo", ["Ann Lee"], ["El Mundo"]),
    ],
)
def test_a_title_that_opens_with_an_article_is_an_organization(
    text: str, names: list[str], organizations: list[str]
) -> None:
    credits = split_credits(text)
    assert [c.name for c in credits if c.name] == names
    assert [c.organization for c in credits if c.organization] == organizations


@pytest.mark.parametrize(
    ("paragraph", "published"),
    [
        ("Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde", "2019-08-16"),
        ("Erschienen am: 01.11.2023", "2023-11-01"),
        ("Published on March 4, 2021", "2021-03-04"),
        ("Publié le 3 mai 2022", "2022-05-03"),
        ("Mis en ligne le 23 mai 2019", "2019-05-23"),
        # The label alone, its date in the next element.
        ("Mise en ligne</p><p>23 mai 2019", "2019-05-23"),
        ("<dl><dt>Published:</dt><dd>May 2, 2020</dd></dl>", "2020-05-02"),
        # A label with no date after it: no date.
        ("Published by the town council.", None),
        ("Published</p><p>by the town council", None),
    ],
)
def test_a_labelled_date_in_the_article(paragraph: str, published: str | None) -> None:
    meta = read_html(
        "<html><body><article><h1>Podcast 158: Sternfusion</h1>"
        "<p>Wir sprechen über Teilchenbeschleuniger.</p>"
        f"<p>{paragraph}</p><p>Die Folge hat zwei Teile.</p></article></body></html>"
    )
    shown = meta.published.value.isoformat()[:10] if meta.published else None
    assert shown == published


@pytest.mark.parametrize(
    ("after", "published"),
    [
        (
            "<p>Karlsruhe, (12.11.2021). Traditionell gedenken die Christen der Toten.</p>",
            "2021-11-12",
        ),
        ("<p>Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST</p>", "2019-10-09"),
        ("<p>8.<a href='/date/2010/12/'>Dezember 2010</a> um 09:43</p>", "2010-12-08"),
        ("<p>Publicado el 3 de mayo de 2022</p>", "2022-05-03"),
        ("<p>Actualizado el martes 3 de mayo de 2022</p>", "2022-05-03"),
        ("<p>Publicado em 3 de maio de 2022</p>", "2022-05-03"),
        ("<p>mis en ligne le 23 mai 2019 à 10h12</p>", "2019-05-23"),
        # A date inside a sentence is what the story is about, not when it was published.
        ("<p>Im Beisein vieler Gäste wurde das Zentrum am 18. Oktober 2021 eröffnet.</p>", None),
        (
            "<p>Nun ist es offiziell: Laut einer Mitteilung des Instituts vom 15.4.2020 sank der Wert.</p>",
            None,
        ),
    ],
)
def test_a_date_line_after_the_headline(after: str, published: str | None) -> None:
    meta = read_html(
        f"<html><body><div><h1>Ein Bericht aus der Stadt</h1>{after}</div></body></html>"
    )
    shown = meta.published.value.isoformat()[:10] if meta.published else None
    assert shown == published


def test_a_date_line_inside_the_headline_beats_a_date_in_the_text() -> None:
    meta = read_html(
        "<html><body><div class='article'><h1>Zuschauer kehren zurück<br><small>"
        "<span class='glyphicon-calendar'></span> 02.02.2022 • Presse</small></h1>"
        "<p>Laut der am 28.01.2022 in Kraft getretenen Verordnung dürfen wieder mehr "
        "Zuschauer kommen.</p></div></body></html>"
    )
    assert meta.published is not None
    assert meta.published.value.isoformat() == "2022-02-02"


@pytest.mark.parametrize(
    ("footer", "published", "source"),
    [
        # The URL gives the month; the post's footer gives the day in that month.
        (
            "This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm.",
            "2010-05-19",
            "visible",
        ),
        ("Der Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet.", "2010-05-19", "visible"),
        ("<time datetime='2010-05-19T23:03:00+02:00'>19. Mai 2010</time>", "2010-05-19", "time"),
        # A day in another month does not refine the URL's month.
        ("This entry was posted on Thursday, June 3rd, 2010 at 9:00 am.", "2010-05-01", "url"),
    ],
)
def test_a_day_further_on_refines_the_month_of_the_url(
    footer: str, published: str, source: str
) -> None:
    meta = read_html(
        "<html><body><article><h1>Literatur und Typografie</h1>"
        + "<p>Ein Film über bewegte Buchstaben, die über die Leinwand tanzen.</p>" * 12
        + f"<p class='postmetadata'><small>{footer}</small></p></article></body></html>",
        url="https://blog.example/2010/05/literatur-und-typografie/",
    )
    assert meta.published is not None
    assert meta.published.value.isoformat()[:10] == published
    assert meta.provenance["published"] == source


@pytest.mark.parametrize(
    ("item", "names", "published"),
    [
        # A video page without an article item: the video's own properties.
        (
            '<div itemscope itemtype="http://schema.org/VideoObject">'
            '<meta itemprop="datePublished" content="2016-09-27">'
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<link itemprop="url" href="/user/ridgeconf"><meta itemprop="name" content="Lena Park">'
            "</span></div>",
            ["Lena Park"],
            "2016-09-27",
        ),
        # A nested work inside some other item is no page's main work.
        (
            '<div itemscope itemtype="http://schema.org/ItemList">'
            '<div itemprop="itemListElement" itemscope itemtype="http://schema.org/VideoObject">'
            '<meta itemprop="datePublished" content="2015-01-02"></div></div>',
            [],
            None,
        ),
    ],
)
def test_microdata_of_a_creative_work_without_an_article(
    item: str, names: list[str], published: str | None
) -> None:
    meta = read_html(f"<html><body><h1>Keynote talk</h1>{item}<p>A talk.</p></body></html>")
    assert names_of(meta) == names
    shown = meta.published.value.isoformat()[:10] if meta.published else None
    assert shown == published


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # A person the story links to is no author.
        (
            '<p>The singer <a href="/people/ann-lee/">Ann Lee</a> was married when she died and '
            "wanted her estate to go to her husband, his lawyer told the court on Monday.</p>",
            [],
        ),
        # A short credit line linking the author's page is a byline.
        ('<p>By <a href="/people/ola-berg/">Ola Berg</a></p><p>The court met.</p>', ["Ola Berg"]),
    ],
)
def test_links_to_people_in_running_text(body: str, names: list[str]) -> None:
    meta = read_html(f"<html><body><article><h1>Estate dispute</h1>{body}</article></body></html>")
    assert names_of(meta) == names


def test_a_labelled_date_paragraph_stays_in_the_text() -> None:
    article = pressparse.parse(
        "<html><body><article><h1>Podcast 158: Sternfusion</h1>"
        "<p>Wir sprechen heute lange über Teilchenbeschleuniger und darüber, wie man sie baut, "
        "wer sie bezahlt und was sie finden sollen.</p>"
        "<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde 4 Minuten</p>"
        "<p>Die Folge hat zwei Teile, und beide sind für Neulinge gut zu verstehen.</p>"
        "</article></body></html>"
    )
    assert article.published is not None
    assert article.published.value.isoformat()[:10] == "2019-08-16"
    assert "Dauer: 1 Stunde 4 Minuten" in article.text


def test_a_byline_in_the_noscript_copy_of_a_script_rendered_post() -> None:
    # Some blogs render the post from a <script type="text/template"> and give it again in a
    # <noscript> for readers without scripts: that copy is the article, byline included.
    story = "The river rose two metres overnight and the old bridge closed at dawn. " * 4
    article = pressparse.parse(
        "<html><body><div class='post'><h1>Flood warning for the valley</h1>"
        f"<script type='text/template'><p>{story}</p></script>"
        "<noscript><span class='byline-author'>Posted by Lena Ortiz and Tom Becker - "
        f"River desk</span><p>{story}</p></noscript></div>"
        "<noscript><p>Please enable scripts.</p><span class='author'>Web Team</span></noscript>"
        "</body></html>"
    )
    assert [b.name for b in article.bylines] == ["Lena Ortiz", "Tom Becker"]
    assert article.text.startswith("The river rose")


@pytest.mark.parametrize(
    "credit",
    [
        "<p> von <em>Klaus Ostner</em></p>",  # kept by extraction: a paragraph of the story
        "<p>By Mara Quist</p>",  # left out by extraction as a byline line
    ],
)
def test_a_byline_line_at_the_top_of_the_story_when_the_metadata_has_none(credit: str) -> None:
    story = "<p>The harbour reopened on Monday after three weeks of repairs to the old quay.</p>"
    article = pressparse.parse(
        "<html><body><div class='post'><p>Why the town waited so long for its harbour.</p>"
        f"<h2>Harbour repairs</h2>{credit}{story * 3}</div></body></html>"
    )
    names = [b.name for b in article.bylines]
    assert len(names) == 1 and names[0] in ("Klaus Ostner", "Mara Quist")
    assert article.provenance["bylines"] == "body"
    assert names[0] not in article.text


def test_a_credit_like_sentence_in_the_story_is_no_byline() -> None:
    article = pressparse.parse(
        "<html><body><div class='post'><h1>Night train</h1>"
        "<p>Von Berlin aus fuhr der Zug weiter nach Osten, langsam und fast leer.</p>"
        "<p>Die Fahrgäste schliefen bis zur Grenze, dann kam die Kontrolle.</p>"
        "<p>Am Morgen erreichte er Warschau mit einer Stunde Verspätung.</p></div></body></html>"
    )
    assert article.bylines == ()
    assert article.text.startswith("Von Berlin aus")
