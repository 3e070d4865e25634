"""parse_byline: people, roles and organizations; junk never becomes a name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import parse_byline
from pressparse._text.names import looks_like_person_name, name_case

Credit = tuple[str | None, str | None, str | None]  # name, role, organization


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (
            "By John Smith and Jane Doe, Reuters",
            [("John Smith", None, "Reuters"), ("Jane Doe", None, "Reuters")],
        ),
        (
            "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press",
            [
                ("Lisa Mascaro", None, "Associated Press"),
                ("Mary Clare Jalonick", None, "Associated Press"),
                ("Eric Tucker", None, "Associated Press"),
            ],
        ),
        ("Tom Krisher, AP Auto Writer", [("Tom Krisher", "AP Auto Writer", "AP")]),
        (
            "Steve Peoples, Ap National Political Writer",
            [("Steve Peoples", "Ap National Political Writer", "Ap")],
        ),
        ("Levi Parsons For Daily Mail Australia", [("Levi Parsons", None, "Daily Mail Australia")]),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", [("Joe Rossignol", None, None)]),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", [("Umair Irfan", None, None)]),
        ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019", [("Victor Tangermann", None, "FUTURISM")]),
        ("Maren Estrada November 19th, 2019 at 8:40 AM", [("Maren Estrada", None, None)]),
        ("| BY: Ilana Muhlstein, MS, RDN", [("Ilana Muhlstein", "MS, RDN", None)]),
        ("BY CAL MANKOWSKI, REUTERS", [("Cal Mankowski", None, "REUTERS")]),
        ("by TED D'AFFLISIO, REUTERS", [("Ted D'Afflisio", None, "REUTERS")]),
        ("By NAILENE CHOU-WIEST, Reuters", [("Nailene Chou-Wiest", None, "Reuters")]),
        ("By Solange De Santis, Reuters", [("Solange De Santis", None, "Reuters")]),
        ("By keith grant, Reuters", [("keith grant", None, "Reuters")]),
        ("By Per Isaksson, Reuters", [("Per Isaksson", None, "Reuters")]),
        ("By Peter Read", [("Peter Read", None, None)]),
        ("Im Wortlaut von Katja Berger", [("Katja Berger", None, None)]),
        ("Text und Fotos von Hans Huber", [("Hans Huber", None, None)]),
        ("Eine Kolumne von Nils Hartmann", [("Nils Hartmann", None, None)]),
        ("Von Hans von Storch", [("Hans von Storch", None, None)]),
        ("From staff reports", [(None, "staff reports", None)]),
        ("Redaktion: Anna Berger", [("Anna Berger", None, None)]),
        ("Autorin: Anna Berger, Projektleiterin der HSS in Tunis.", [("Anna Berger", None, None)]),
        ("Von unserem Korrespondenten Peter Wagner", [("Peter Wagner", "Korrespondenten", None)]),
        (
            "Par nos envoyés spéciaux Jean Moreau et Claire Petit",
            [
                ("Jean Moreau", "envoyés spéciaux", None),
                ("Claire Petit", "envoyés spéciaux", None),
            ],
        ),
        ("By our correspondent Jane Roe", [("Jane Roe", "correspondent", None)]),
        ("Anna Berger, Wirtschaftsredakteurin", [("Anna Berger", "Wirtschaftsredakteurin", None)]),
        ("Propos recueillis par Jean Moreau", [("Jean Moreau", None, None)]),
        ("A cura di Mario Ferri", [("Mario Ferri", None, None)]),
        ("From Jane Smith", [("Jane Smith", None, None)]),
        ("By Lena H. Sun", [("Lena H. Sun", None, None)]),
        ("By Louise Story", [("Louise Story", None, None)]),
        ("By Susan Page, USA TODAY", [("Susan Page", None, "USA TODAY")]),
        ("By Jane Doe jane.doe@example.com", [("Jane Doe", None, None)]),
        ("By Jane Doe @janedoe Follow", [("Jane Doe", None, None)]),
        ("Jane Doe Email the author", [("Jane Doe", None, None)]),
        ("By Jane Doe Jane Doe is a senior reporter covering climate.", [("Jane Doe", None, None)]),
        ("By Jane Doe View all posts by Jane Doe", [("Jane Doe", None, None)]),
        (
            "By Jane Doe, Staff Writer and John Roe, Correspondent",
            [("Jane Doe", "Staff Writer", None), ("John Roe", "Correspondent", None)],
        ),
        (
            "By Jane Doe and John Roe, Staff Writers",
            [("Jane Doe", "Staff Writers", None), ("John Roe", "Staff Writers", None)],
        ),
        ("Jane Doe, Senior Correspondent, CNN", [("Jane Doe", "Senior Correspondent", "CNN")]),
        ("By Jane Doe, Special to The Times", [("Jane Doe", "Special to The Times", "The Times")]),
        ("By Jane Doe | CNN", [("Jane Doe", None, "CNN")]),
        ("Jane Doe / Reuters", [("Jane Doe", None, "Reuters")]),
        ("By Jane Doe — Bloomberg", [("Jane Doe", None, "Bloomberg")]),
        ("By Jane Doe, The Washington Post", [("Jane Doe", None, "The Washington Post")]),
        ("By Jane Doe and the Associated Press", [("Jane Doe", None, "the Associated Press")]),
        ("Jane Doe Contributor", [("Jane Doe", "Contributor", None)]),
        ("By Evan HalperStaff Writer", [("Evan Halper", "Staff Writer", None)]),
        ("By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT", [("Jon Porter", None, None)]),
        (
            "By Sarah McDonald | Published 5:00 PM EDT Nov 18, 2019",
            [("Sarah McDonald", None, None)],
        ),
        ("Written by Jane Doe on March 3, 2020", [("Jane Doe", None, None)]),
        ("Story by Jane Doe. Photos by John Roe", [("Jane Doe", None, None)]),
        (
            "By JEAN-PIERRE DE LA FONTAINE and PATRICK O'BRIEN, Associated Press",
            [
                ("Jean-Pierre de la Fontaine", None, "Associated Press"),
                ("Patrick O'Brien", None, "Associated Press"),
            ],
        ),
        ("Von Max Mustermann, dpa", [("Max Mustermann", None, "dpa")]),
        (
            "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr",
            [("Anja Schmoll-Trautmann", None, None)],
        ),
        ("Par Jean Dupont", [("Jean Dupont", None, None)]),
        ("Por Juan Pérez | EFE", [("Juan Pérez", None, "EFE")]),
        ("By Jane Doe in Washington", [("Jane Doe", None, None)]),
        (
            "By Benjamin Roe Seattle Times business reporter",
            [("Benjamin Roe", "Seattle Times business reporter", "Seattle Times")],
        ),
        ("von Limespacer · 22. Oktober 2019", [("Limespacer", None, None)]),
        (
            "By Jane Doe, John Roe, and Jim Poe",
            [("Jane Doe", None, None), ("John Roe", None, None), ("Jim Poe", None, None)],
        ),
        ("Contributor: Jane Doe", [("Jane Doe", None, None)]),
        (
            "By JANE DOE Associated Press Writer",
            [("Jane Doe", "Associated Press Writer", "Associated Press")],
        ),
        ("Jane Doe Senior Writer, Vox", [("Jane Doe", "Senior Writer", "Vox")]),
        ("BY JANE DOE AND JOHN ROE", [("Jane Doe", None, None), ("John Roe", None, None)]),
        # organization-only credits
        ("Reuters Staff", [(None, "Staff", "Reuters")]),
        ("Staff Reports", [(None, "Staff Reports", None)]),
        ("AP", [(None, None, "AP")]),
        ("By Associated Press", [(None, None, "Associated Press")]),
        ("REUTERS 19 NOV 2019", [(None, None, "REUTERS")]),
        ("By The Water Coolest", [(None, None, "The Water Coolest")]),
        ("by India Post News Weekly", [(None, None, "India Post News Weekly")]),
        ("By the Editorial Board", [(None, None, "the Editorial Board")]),
        # junk
        ("Email the author", []),
        ("Updated 3 hours ago", []),
        ("Share this article", []),
        ("https://example.com/author/jane", []),
        ("February 24, 2020 | 9:25pm", []),
        ("See full bio", []),
        ("", []),
    ],
)
def test_bylines(text: str, credits: list[Credit]) -> None:
    found = parse_byline(text)
    assert [(b.name, b.role, b.organization) for b in found] == credits
    assert all(b.raw == " ".join(text.split()) for b in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mary Clare Jalonick", True),
        ("Jean-Loup Fievet", True),
        ("TED D'AFFLISIO", True),
        ("Ludwig van Beethoven", True),
        ("J.R. Smith", True),
        ("Email the author", False),
        ("Reuters Staff", False),
        ("The Water Coolest", False),
        ("India Post News Weekly", False),
        ("@janedoe", False),
        ("admin", False),
        ("Jane", False),
        ("Updated 3 hours ago", False),
        ("https://example.com/jane", False),
        ("Jane Doe 2019", False),
        ("ERIC TUCKER Associated Press", False),
        ("AP Auto Writer", False),
        ("Follow on Twitter", False),
        ("Ursula von der Leyen", True),
        ("Jan van der Berg", True),
        ("Projektleiterin der HSS", False),
        ("Harbour Valley Wiki", False),
        ("Leiter dem Vorstand", False),
    ],
)
def test_looks_like_person_name(text: str, expected: bool) -> None:
    assert looks_like_person_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LISA MASCARO", "Lisa Mascaro"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
        ("JOSÉ DA SILVA", "José da Silva"),
        ("Ian MacKenzie", "Ian MacKenzie"),
        ("keith grant", "keith grant"),
    ],
)
def test_name_case(text: str, expected: str) -> None:
    assert name_case(text) == expected


def test_non_string_input() -> None:
    assert parse_byline(None) == ()  # type: ignore[arg-type]


_PIECES = st.lists(
    st.sampled_from(
        [
            "By ",
            "and ",
            ", ",
            "Jane Doe",
            "JOHN ROE",
            "Reuters",
            "AP",
            "Staff Writer",
            "@x",
            "|",
            "Nov 5, 2019",
            "10:28am",
            "EST",
            "Follow",
            "for ",
            "The ",
            "http://x.y",
            "—",
            " ",
            "is a",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_PIECES, st.text(max_size=80)))
def test_never_raises_and_names_are_names(text: str) -> None:
    for byline in parse_byline(text):
        assert byline.name or byline.organization or byline.role
        if byline.name:
            assert "@" not in byline.name
            assert "://" not in byline.name
            assert not any(c.isdigit() for c in byline.name)
