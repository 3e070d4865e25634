"""parse_caption / split_credit_label: caption text apart from its photo credit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import Caption, parse_caption
from pressparse._text.caption import split_credit_label


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "President Biden speaks in the Rose Garden. (AP Photo/Evan Vucci)",
            "President Biden speaks in the Rose Garden.",
            "AP Photo/Evan Vucci",
        ),
        (
            "The first global map of Titan. ( NASA/JPL-Caltech/ASU )",
            "The first global map of Titan.",
            "NASA/JPL-Caltech/ASU",
        ),
        (
            "Mourners gather in Kyiv on Monday. (Photo by Jane Doe/Getty Images)",
            "Mourners gather in Kyiv on Monday.",
            "Jane Doe/Getty Images",
        ),
        (
            "Troops remain in the country [File: Reuters]",
            "Troops remain in the country",
            "File: Reuters",
        ),
        (
            "Officials tour the site. (Government of Canada)",
            "Officials tour the site.",
            "Government of Canada",
        ),
        (
            "Traders work on the floor of the NYSE. REUTERS/Brendan McDermid",
            "Traders work on the floor of the NYSE.",
            "REUTERS/Brendan McDermid",
        ),
        (
            "The band on stage in Nashville. Jason Kempin/Getty Images",
            "The band on stage in Nashville.",
            "Jason Kempin/Getty Images",
        ),
        ("Fans in the stadium. EPA-EFE/JOHN DOE", "Fans in the stadium.", "EPA-EFE/JOHN DOE"),
        (
            "President Obama. White House Photo/Pete Souza",
            "President Obama.",
            "White House Photo/Pete Souza",
        ),
        (
            "The president at a rally in Ohio. Credit... Doug Mills/The New York Times",
            "The president at a rally in Ohio.",
            "Doug Mills/The New York Times",
        ),
        ("A hospital in Beijing Credit: EPA", "A hospital in Beijing", "EPA"),
        (
            "A rabbit in the field Credit: Getty - Contributor",
            "A rabbit in the field",
            "Getty - Contributor",
        ),
        (
            "A firefighter battles the blaze. Photo: Jane Doe/Getty Images",
            "A firefighter battles the blaze.",
            "Jane Doe/Getty Images",
        ),
        (
            "Rescue teams in the rubble. Photograph: Jane Doe/AFP via Getty Images",
            "Rescue teams in the rubble.",
            "Jane Doe/AFP via Getty Images",
        ),
        (
            "The tour starts in May. Photo by Jane Roe/Getty Images",
            "The tour starts in May.",
            "Jane Roe/Getty Images",
        ),
        (
            "Researchers at work in the lab. Image credit: NASA/JPL",
            "Researchers at work in the lab.",
            "NASA/JPL",
        ),
        (
            "Image copyright EPA Image caption Protesters gather outside parliament",
            "Protesters gather outside parliament",
            "EPA",
        ),
        (
            "Image copyright Reuters Image caption The minister speaks",
            "The minister speaks",
            "Reuters",
        ),
        (
            "Alex Wong | Getty Images President Trump speaks to reporters at the White House.",
            "President Trump speaks to reporters at the White House.",
            "Alex Wong | Getty Images",
        ),
        (
            "The senator arrives for a vote on Capitol Hill Getty",
            "The senator arrives for a vote on Capitol Hill",
            "Getty",
        ),
        (
            "Kevin King and Timothy Weeks on the day of their release AP",
            "Kevin King and Timothy Weeks on the day of their release",
            "AP",
        ),
        (
            "Cells act as sentinels for the immune system. RenderBurger for Quanta Magazine",
            "Cells act as sentinels for the immune system.",
            "RenderBurger for Quanta Magazine",
        ),
        ("A talk at the 2016 conference. TEDMED", "A talk at the 2016 conference.", "TEDMED"),
        (
            "Smoke rises over the city. Jane Doe for The Washington Post",
            "Smoke rises over the city.",
            "Jane Doe for The Washington Post",
        ),
        (
            "A drone view of the flooded town on Monday. Handout via REUTERS",
            "A drone view of the flooded town on Monday.",
            "Handout via REUTERS",
        ),
        (
            "Tuft cells emerge after the infection. Courtesy of Andrew Vaughan",
            "Tuft cells emerge after the infection.",
            "Courtesy of Andrew Vaughan",
        ),
        (
            "The old mill at dawn. Photo illustration by Jane Doe; source images via Getty",
            "The old mill at dawn.",
            "Jane Doe; source images via Getty",
        ),
        (
            "The new plant opened on Monday. (Photo courtesy of Acme Corp.)",
            "The new plant opened on Monday.",
            "courtesy of Acme Corp.",
        ),
        (
            "Die Kanzlerin beim Gipfel in Brüssel. Foto: Michael Kappeler/dpa",
            "Die Kanzlerin beim Gipfel in Brüssel.",
            "Michael Kappeler/dpa",
        ),
        (
            "Der Bürgermeister räumte Versäumnisse ein Bild: SN/APA/KEYSTONE/CYRIL ZINGARO",
            "Der Bürgermeister räumte Versäumnisse ein",
            "SN/APA/KEYSTONE/CYRIL ZINGARO",
        ),
        (
            "Le président à Paris. Photo : Ludovic Marin / AFP",
            "Le président à Paris.",
            "Ludovic Marin / AFP",
        ),
        (
            "Ein Zug im Bahnhof. | Ammar Awad / Reuters",
            "Ein Zug im Bahnhof.",
            "Ammar Awad / Reuters",
        ),
        (
            "Smoke over the city. AFP PHOTO / JOHN DOE",
            "Smoke over the city.",
            "AFP PHOTO / JOHN DOE",
        ),
        ("Smoke over the city — Jane Doe/The Post", "Smoke over the city", "Jane Doe/The Post"),
        ("The bridge at dusk | Photo: Jane Doe", "The bridge at dusk", "Jane Doe"),
        (
            "A 50/50 split of the vote was expected by analysts",
            "A 50/50 split of the vote was expected by analysts",
            None,
        ),
        # credit only
        ("Photo by Jane Doe on Unsplash", None, "Jane Doe on Unsplash"),
        ("Shutterstock", None, "Shutterstock"),
        ("Getty Images", None, "Getty Images"),
        ("Photo : iFixit", None, "iFixit"),
        ("Foto: dpa", None, "dpa"),
        ("Bild: Keystone", None, "Keystone"),
        ("© Agency", None, "Agency"),
        ("© APA/GEORG HOCHMUTH", None, "APA/GEORG HOCHMUTH"),
        ("Patrick Semansky, ASSOCIATED PRESS", None, "Patrick Semansky, ASSOCIATED PRESS"),
        (
            "Image Source: Neil Godwin / Future Publishing/Shutterstock",
            None,
            "Neil Godwin / Future Publishing/Shutterstock",
        ),
        ("Jane Doe/AP", None, "Jane Doe/AP"),
        # no credit
        (
            "Air pollution in Delhi remains “unhealthy” this week.",
            "Air pollution in Delhi remains “unhealthy” this week.",
            None,
        ),
        (
            "A view of the city (left) and the river (right).",
            "A view of the city (left) and the river (right).",
            None,
        ),
        (
            "The crowd cheers in Berlin (Symbolfoto)",
            "The crowd cheers in Berlin (Symbolfoto)",
            None,
        ),
        ("Pictured: the new stadium at night.", "Pictured: the new stadium at night.", None),
        ("The photo shows a cat.", "The photo shows a cat.", None),
        (
            "Anna Smith, 34, poses for a portrait in her home in Denver, Colorado.",
            "Anna Smith, 34, poses for a portrait in her home in Denver, Colorado.",
            None,
        ),
        (
            "Mayor Pete Buttigieg speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las Vegas.",
            "Mayor Pete Buttigieg speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las Vegas.",
            None,
        ),
        (
            "Video: In this talk at the conference, she discusses scent detectors in the body.",
            "Video: In this talk at the conference, she discusses scent detectors in the body.",
            None,
        ),
        ("", None, None),
    ],
)
def test_captions(text: str, caption: str | None, credit: str | None) -> None:
    assert parse_caption(text) == Caption(text=caption, credit=credit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Jane Doe/AFP", "Jane Doe/AFP"),
        ("(Credit: Getty Images)", "Getty Images"),
        ("Photograph by Jane Doe", "Jane Doe"),
        ("Image copyright EPA", "EPA"),
        ("© 2019 Jane Doe", "Jane Doe"),
        ("Foto: picture alliance/dpa", "picture alliance/dpa"),
        ("Credit... Doug Mills/The New York Times", "Doug Mills/The New York Times"),
        ("[Photo by Jane Doe / Reuters]", "Jane Doe / Reuters"),
        ("Jane Doe/AFP", "Jane Doe/AFP"),
        ("Courtesy of NASA", "Courtesy of NASA"),
        ("", ""),
        # the legal notice is not the credit; the holder is
        ("Jane Doe/Copyright 2025 The AP. All rights reserved.", "Jane Doe/The AP"),
        ("Jan Kowalski / © 2023 Reuters", "Jan Kowalski / Reuters"),
        ("Max Muster, Alle Rechte vorbehalten", "Max Muster"),
        ("Tous droits réservés", ""),
        # a source named twice (agency and photographer fields holding the same name)
        ("© Jane Doe | Jane Doe", "Jane Doe"),
        ("dpa/dpa", "dpa"),
        ("dpa | Max Muster", "dpa | Max Muster"),
        ("Reuters, REUTERS", "Reuters"),
    ],
)
def test_split_credit_label(text: str, expected: str) -> None:
    assert split_credit_label(text) == expected


def test_non_string_input() -> None:
    assert parse_caption(None) == Caption()  # type: ignore[arg-type]
    assert split_credit_label(None) == ""  # type: ignore[arg-type]


_PIECES = st.lists(
    st.sampled_from(
        [
            "Photo:",
            "Credit...",
            "©",
            "(",
            ")",
            "[",
            "]",
            "/",
            "|",
            "AP",
            "Getty Images",
            "REUTERS",
            "Jane Doe",
            " ",
            ".",
            "The city",
            "Image caption",
            "Courtesy of",
            "for",
            "via",
            "—",
            "-",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_PIECES, st.text(max_size=80)))
def test_never_raises_and_keeps_words(text: str) -> None:
    found = parse_caption(text)
    for part in (found.text, found.credit):
        if part is not None:
            assert part
            assert part.strip() == part
            # nothing is invented: every word of the output stands in the input
            assert all(word in text for word in part.split())
    assert isinstance(split_credit_label(text), str)
