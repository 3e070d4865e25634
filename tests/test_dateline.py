"""parse_dateline: wire, newspaper and press-release forms, hard negatives, offsets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import parse_dateline
from pressparse._text.dateline import YEAR_UNKNOWN
from pressparse._text.locale import DatelineLocale

# text, location, date as written, agency, raw
POSITIVES = [
    (
        "WASHINGTON (Reuters) - The U.S. said",
        "WASHINGTON",
        None,
        "Reuters",
        "WASHINGTON (Reuters) -",
    ),
    ("NEW YORK, March 3 - Stocks rose", "NEW YORK", "March 3", None, "NEW YORK, March 3 -"),
    ("Madrid, 3 mar (EFE).- El Gobierno", "Madrid", "3 mar", "EFE", "Madrid, 3 mar (EFE).-"),
    ("MADRID (EFE).- El Gobierno", "MADRID", None, "EFE", "MADRID (EFE).-"),
    (
        "Roma, 5 gen. (askanews) - Il governo",
        "Roma",
        "5 gen.",
        "askanews",
        "Roma, 5 gen. (askanews) -",
    ),
    ("Dec 29 (Reuters) - Oil prices fell", None, "Dec 29", "Reuters", "Dec 29 (Reuters) -"),
    ("SELMA, N.C.—The town council met", "SELMA, N.C.", None, None, "SELMA, N.C.—"),
    (
        "KANSAS CITY, Mo. - March 13 - Shr 10 cts",
        "KANSAS CITY, Mo.",
        "March 13",
        None,
        "KANSAS CITY, Mo. - March 13 -",
    ),
    (
        "ROCKVILLE, Md, - March 6 - Shr profit",
        "ROCKVILLE, Md",
        "March 6",
        None,
        "ROCKVILLE, Md, - March 6 -",
    ),
    (
        "Sept. 28, 2016 (EIRNS)—The Schiller Institute",
        None,
        "Sept. 28, 2016",
        "EIRNS",
        "Sept. 28, 2016 (EIRNS)—",
    ),
    (
        "CHICAGO, Nov. 5, 2024 /PRNewswire/ -- Acme Corp. today announced",
        "CHICAGO",
        "Nov. 5, 2024",
        "PRNewswire",
        "CHICAGO, Nov. 5, 2024 /PRNewswire/ --",
    ),
    (
        "BOSTON--(BUSINESS WIRE)--Acme Corp. today announced",
        "BOSTON",
        None,
        "BUSINESS WIRE",
        "BOSTON--(BUSINESS WIRE)--",
    ),
    (
        "OAKLAND, Calif.--(BUSINESS WIRE)--Acme",
        "OAKLAND, Calif.",
        None,
        "BUSINESS WIRE",
        "OAKLAND, Calif.--(BUSINESS WIRE)--",
    ),
    (
        "LEHI, Utah, Jan. 4, 2023 (GLOBE NEWSWIRE) -- Acme",
        "LEHI, Utah",
        "Jan. 4, 2023",
        "GLOBE NEWSWIRE",
        "LEHI, Utah, Jan. 4, 2023 (GLOBE NEWSWIRE) --",
    ),
    (
        "TORONTO, June 3, 2021 /CNW/ - Acme Inc. (TSX: ACM)",
        "TORONTO",
        "June 3, 2021",
        "CNW",
        "TORONTO, June 3, 2021 /CNW/ -",
    ),
    (
        "ARLINGTON, Texas and SANDUSKY, Ohio, Nov. 5, 2024 /PRNewswire/ -- Six Flags",
        "ARLINGTON, Texas and SANDUSKY, Ohio",
        "Nov. 5, 2024",
        "PRNewswire",
        None,
    ),
    (
        "Washington (AFP) – US President Barack Obama",
        "Washington",
        None,
        "AFP",
        "Washington (AFP) –",
    ),
    ("Hong Kong (AFP) – Asian stocks struggled", "Hong Kong", None, "AFP", "Hong Kong (AFP) –"),
    (
        "WASHINGTON, Aug. 19 (UPI) — Former President",
        "WASHINGTON",
        "Aug. 19",
        "UPI",
        "WASHINGTON, Aug. 19 (UPI) —",
    ),
    ("BEDFORD, N.H. (AP) — Marco Rubio", "BEDFORD, N.H.", None, "AP", "BEDFORD, N.H. (AP) —"),
    ("WASHINGTON ―\xa0After bragging", "WASHINGTON", None, None, "WASHINGTON ―"),
    ("WASHINGTON --  A six-year trend", "WASHINGTON", None, None, "WASHINGTON --"),
    (
        "MANCHESTER, N.H. - At a Capitol Hill social club",
        "MANCHESTER, N.H.",
        None,
        None,
        "MANCHESTER, N.H. -",
    ),
    (
        "Calgary, Alberta, March 19 - Shr not given",
        "Calgary, Alberta",
        "March 19",
        None,
        "Calgary, Alberta, March 19 -",
    ),
    (
        "St Joseph, April 7 - Hog prices opened",
        "St Joseph",
        "April 7",
        None,
        "St Joseph, April 7 -",
    ),
    (
        "LEBEC, Calif. March 24 - Shr five cts",
        "LEBEC, Calif.",
        "March 24",
        None,
        "LEBEC, Calif. March 24 -",
    ),
    (
        "KASSEL, West Germany, March 26- The former chief",
        "KASSEL, West Germany",
        "March 26",
        None,
        "KASSEL, West Germany, March 26-",
    ),
    ("SYDNEY, April - <The Australian Gas Light Co>", "SYDNEY", "April", None, "SYDNEY, April -"),
    (
        "L'Ange-Gardien, Que., Oct 19 - Groupe Macyro",
        "L'Ange-Gardien, Que.",
        "Oct 19",
        None,
        "L'Ange-Gardien, Que., Oct 19 -",
    ),
    (
        "DALLAS/FORT WORTH AIRPORT, Texas, March 9 - Singer Co",
        "DALLAS/FORT WORTH AIRPORT, Texas",
        "March 9",
        None,
        None,
    ),
    (
        "NEW YORK , Feb. 3, 2025 /PRNewswire/ -- Why: Rosen Law Firm",
        "NEW YORK",
        "Feb. 3, 2025",
        "PRNewswire",
        None,
    ),
    (
        "DUBAI, United Arab Emirates, June  01, 2026  (GLOBE NEWSWIRE) -- Acme",
        "DUBAI, United Arab Emirates",
        "June  01, 2026",
        "GLOBE NEWSWIRE",
        None,
    ),
    (
        "THIEF RIVER FALLS, Minn., Aug. 22, 2024 ( GLOBE NEWSWIRE ) -- DigiKey",
        "THIEF RIVER FALLS, Minn.",
        "Aug. 22, 2024",
        "GLOBE NEWSWIRE",
        None,
    ),
    ("(CNN) — The Senate voted", None, None, "CNN", "(CNN) —"),
    # a wire service alone before the dash is the source, not a place
    ("CNN — Winning the presidency changed nothing", None, None, "CNN", "CNN —"),
    ("BLOOMBERG — Stocks fell on Monday", None, None, "BLOOMBERG", "BLOOMBERG —"),
    ("SANA, Yemen — The rebels said on Monday", "SANA, Yemen", None, None, "SANA, Yemen —"),
    ("Berlin (dpa) - Die Bundesregierung", "Berlin", None, "dpa", "Berlin (dpa) -"),
    (
        "Frankfurt/Main (dpa/lhe) - Ein Zug",
        "Frankfurt/Main",
        None,
        "dpa/lhe",
        "Frankfurt/Main (dpa/lhe) -",
    ),
    (
        "PARIS, 5 mars (Reuters) - Le gouvernement",
        "PARIS",
        "5 mars",
        "Reuters",
        "PARIS, 5 mars (Reuters) -",
    ),
    (
        "BERLIN, 5. März (Reuters) - Die Regierung",
        "BERLIN",
        "5. März",
        "Reuters",
        "BERLIN, 5. März (Reuters) -",
    ),
    (
        "LOS ANGELES (CBSLA) — A man was arrested",
        "LOS ANGELES",
        None,
        "CBSLA",
        "LOS ANGELES (CBSLA) —",
    ),
    ("WASHINGTON, Tuesday, March 3 — The Senate", "WASHINGTON", "Tuesday, March 3", None, None),
    (
        "NEW YORK--(BUSINESS WIRE)--Nov. 5, 2024--Acme Corp.",
        "NEW YORK",
        "Nov. 5, 2024",
        "BUSINESS WIRE",
        "NEW YORK--(BUSINESS WIRE)--Nov. 5, 2024--",
    ),
    ("  MIAMI — Donald Trump is on the verge", "MIAMI", None, None, "MIAMI —"),
    (
        "TORONTO, ONTARIO--(Marketwired - Nov. 21, 2016) - Acme Corp. announced",
        "TORONTO, ONTARIO",
        "Nov. 21, 2016",
        "Marketwired",
        "TORONTO, ONTARIO--(Marketwired - Nov. 21, 2016) -",
    ),
    (
        "Vancouver, British Columbia--(Newsfile Corp. - November 21, 2022) - Acme Corp.",
        "Vancouver, British Columbia",
        "November 21, 2022",
        "Newsfile Corp.",
        None,
    ),
    (
        "NEW YORK, NY / ACCESSWIRE / November 21, 2022 / Acme Corp. announced today",
        "NEW YORK, NY",
        "November 21, 2022",
        "ACCESSWIRE",
        "NEW YORK, NY / ACCESSWIRE / November 21, 2022 /",
    ),
    (
        "WASHINGTON, DC, UNITED STATES, November 21, 2022 /EINPresswire.com/ -- Acme today",
        "WASHINGTON, DC, UNITED STATES",
        "November 21, 2022",
        "EINPresswire.com",
        None,
    ),
]


@pytest.mark.parametrize(("text", "location", "written", "agency", "raw"), POSITIVES)
def test_positive(
    text: str, location: str | None, written: str | None, agency: str | None, raw: str | None
) -> None:
    dl = parse_dateline(text)
    assert dl is not None, text
    assert dl.location == location
    assert (dl.date.raw if dl.date else None) == written
    assert dl.agency == agency
    if raw is not None:
        assert dl.raw == raw
    assert text[dl.start : dl.end].rstrip() == dl.raw
    assert not text[dl.end : dl.end + 1].isspace()


@pytest.mark.parametrize(
    ("text", "start", "location", "agency"),
    [
        (
            "Leading vendor selects Acme platform "
            "WINDSOR, Conn., Nov. 21, 2022 /PRNewswire/ -- SS&C",
            37,
            "WINDSOR, Conn.",
            "PRNewswire",
        ),
        (
            "Biometrics in play at all stadiums "
            "SAN FRANCISCO, Nov. 21, 2022 /PRNewswire/ -- Incode",
            35,
            "SAN FRANCISCO",
            "PRNewswire",
        ),
        (
            "Shares Begin Trading on Tuesday, November 22, 2022"
            "HANGZHOU, China, Nov. 21, 2022 (GLOBE...",
            50,
            "HANGZHOU, China",
            "GLOBE NEWSWIRE",
        ),
        (
            "Opens New Headquarters to Better Serve Clients "
            "SIERRA VISTA, Ariz.--(BUSINESS WIRE)-- Acme",
            47,
            "SIERRA VISTA, Ariz.",
            "BUSINESS WIRE",
        ),
        ("By Jane Doe, Associated Press WASHINGTON (AP) — The Senate", 30, "WASHINGTON", "AP"),
    ],
)
def test_sub_headline_before_dateline(text: str, start: int, location: str, agency: str) -> None:
    dl = parse_dateline(text)
    assert dl is not None
    assert (dl.start, dl.location, dl.agency) == (start, location, agency)
    assert text[dl.start : dl.end].rstrip() == dl.raw


def test_truncated_agency_runs_to_the_end() -> None:
    text = "Headline 2022HANGZHOU, China, Nov. 21, 2022 (GLOBE..."
    dl = parse_dateline(text)
    assert dl is not None
    assert dl.end == len(text)
    assert dl.raw.endswith("(GLOBE...")
    assert dl.date is not None
    assert dl.date.raw == "Nov. 21, 2022"


@pytest.mark.parametrize(
    "text",
    [
        "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called",
        "UPDATE: 5/12 — The company said",
        "UPDATE — The company said",
        "FILE - In this Jan. 5, 2024 photo, a man walks past the store",
        "ARCHIV - Ein Polizist steht vor dem Gericht",
        "EXCLUSIVE — Trump aides met",
        "EDITOR'S NOTE — This story",
        "SIEGEL--Jerome Arthur, 98, died peacefully",
        "SMITH—John Robert, 87, of Springfield",
        "Donald Trump — the candidate said",
        "The president said — again — that he would",
        "Rep. Trey Gowdy (R-S.C.): I have not heard",
        "Sen. Smith (R) — said on Monday",
        "ISIS — the group claimed",
        "Two crucial priorities -- defeating Donald Trump -- have been harmed",
        "In March 3 - the figures",
        "On Nov. 5 — voters went",
        "LE POINT SUR LA SITUATION - Nous avons",
        "Democratic presidential candidate Senator Bernie Sanders (I-VT) stated",
        "Teledermatology Market Trends (Products [Software and Hardware] and Services [Tele-...",
        "WOW! Internet, Cable & Phone (NYSE: WOW), a leading broadband provider",
        "LONDON -",
        "NEW DELHI: India's economy grew",
        "",
        "   ",
        "---",
        "()-",
    ],
)
def test_negative(text: str) -> None:
    assert parse_dateline(text) is None


def test_year_from_reference() -> None:
    dl = parse_dateline("NEW YORK, March 3 - Stocks rose", reference=date(1987, 3, 4))
    assert dl is not None
    assert dl.date is not None
    assert dl.date.value == date(1987, 3, 3)
    assert dl.date.raw == "March 3"


def test_year_unknown_without_reference() -> None:
    dl = parse_dateline("Feb. 29 (Reuters) - A leap day")
    assert dl is not None
    assert dl.date is not None
    assert dl.date.value == date(YEAR_UNKNOWN, 2, 29)
    assert dl.date.precision == "day"


def test_month_only_dateline_precision() -> None:
    dl = parse_dateline("SYDNEY, April - Shares fell", reference=date(1987, 4, 5))
    assert dl is not None
    assert dl.date is not None
    assert (dl.date.value, dl.date.precision) == (date(1987, 4, 1), "month")


def test_locale_extends_agencies_and_regions() -> None:
    locale = DatelineLocale(agencies=("Agenzia Nova",), regions=("Lomb.",))
    text = "Milano (Agenzia Nova) - Il governo"
    assert parse_dateline(text) is None
    dl = parse_dateline(text, locale=locale)
    assert dl is not None
    assert dl.agency == "Agenzia Nova"
    dl = parse_dateline("Cremona, Lomb. - Il sindaco", locale=locale)
    assert dl is not None
    assert dl.location == "Cremona, Lomb."


def test_non_string_input() -> None:
    assert parse_dateline(None) is None  # type: ignore[arg-type]


_PIECES = st.lists(
    st.sampled_from(
        [
            "WASHINGTON",
            "NEW YORK",
            ",",
            " ",
            "N.Y.",
            "Calif.",
            "(AP)",
            "(Reuters)",
            "/PRNewswire/",
            "--",
            "-",
            "—",
            "–",
            "Nov. 5",
            "2024",
            "March",
            "3",
            "(",
            ")",
            "/",
            "The",
            "said",
            "BY",
            "(BUSINESS WIRE)",
            "(GLOBE...",
            "\xa0",
            "\n",
            "Jane Doe",
            "98",
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_PIECES, st.text(max_size=80)))
def test_offsets_index_the_text(text: str) -> None:
    dl = parse_dateline(text)
    if dl is None:
        return
    assert 0 <= dl.start < dl.end <= len(text)
    # the invariant: raw is the slice start:end without its trailing spaces
    assert text[dl.start : dl.end].rstrip() == dl.raw
    assert dl.raw
    assert not dl.raw[0].isspace()
    assert dl.location or dl.date or dl.agency
    if dl.date is not None:
        assert dl.date.raw in dl.raw
