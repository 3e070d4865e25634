"""parse_date / find_date: date shapes, languages, zones, precision, references, rejections."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import DateValue, parse_date
from pressparse._text.dates import find_date
from pressparse._text.locale import DateLocale

REF = date(2024, 6, 15)


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # English, with and without periods
        ("Sept. 28, 2016", date(2016, 9, 28), "day"),
        ("Sept 28, 2016", date(2016, 9, 28), "day"),
        ("Sep 28 2016", date(2016, 9, 28), "day"),
        ("September 28th, 2016", date(2016, 9, 28), "day"),
        ("28 September 2016", date(2016, 9, 28), "day"),
        ("the 28th of September 2016", date(2016, 9, 28), "day"),
        ("Wednesday, September 28, 2016", date(2016, 9, 28), "day"),
        ("Wed, 28 Sep 2016", date(2016, 9, 28), "day"),
        ("18 NOV 2019", date(2019, 11, 18), "day"),
        ("September 2016", date(2016, 9, 1), "month"),
        ("Sept. 2016", date(2016, 9, 1), "month"),
        ("2016", date(2016, 1, 1), "year"),
        ("Published: Nov 5, 2019", date(2019, 11, 5), "day"),
        # numeric
        ("2016-09-28", date(2016, 9, 28), "day"),
        ("2016/09/28", date(2016, 9, 28), "day"),
        ("28.09.2016", date(2016, 9, 28), "day"),
        ("11/13/2019", date(2019, 11, 13), "day"),
        ("13/11/2019", date(2019, 11, 13), "day"),
        # German, French, Spanish, Italian, Portuguese, Dutch
        ("5. März 2024", date(2024, 3, 5), "day"),
        ("am 5. Maerz 2024", date(2024, 3, 5), "day"),
        ("Dienstag, 5. März 2024", date(2024, 3, 5), "day"),
        ("le 5 mars 2024", date(2024, 3, 5), "day"),
        ("1er mars 2024", date(2024, 3, 1), "day"),
        ("mardi 5 mars 2024", date(2024, 3, 5), "day"),
        ("5 de marzo de 2024", date(2024, 3, 5), "day"),
        ("marzo de 2024", date(2024, 3, 1), "month"),
        ("5 marzo 2024", date(2024, 3, 5), "day"),
        ("5 settembre 2023", date(2023, 9, 5), "day"),
        ("5 de setembro de 2023", date(2023, 9, 5), "day"),
        ("31 de dezembro de 2023", date(2023, 12, 31), "day"),
        ("5 maart 2024", date(2024, 3, 5), "day"),
        ("12 mei 2023", date(2023, 5, 12), "day"),
        ("3 ago. 2020", date(2020, 8, 3), "day"),
        ("5 août 2020", date(2020, 8, 5), "day"),
        ("Jänner 2021", date(2021, 1, 1), "month"),
        ("2019年11月18日", date(2019, 11, 18), "day"),
        ("2019년 11월 18일", date(2019, 11, 18), "day"),
        ("Dec. 2019", date(2019, 12, 1), "month"),
    ],
)
def test_calendar_dates(text: str, value: date, precision: str) -> None:
    found = parse_date(text)
    assert found is not None, text
    assert found.value == value
    assert type(found.value) is date
    assert found.precision == precision


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        (
            "2016-09-28T14:46:12+02:00",
            datetime(2016, 9, 28, 14, 46, 12, tzinfo=tz(2)),
            "second",
        ),
        ("2016-09-28T14:46:12Z", datetime(2016, 9, 28, 14, 46, 12, tzinfo=timezone.utc), "second"),
        (
            "2016-09-28T14:46:12.250-05:00",
            datetime(2016, 9, 28, 14, 46, 12, 250000, tzinfo=tz(-5)),
            "second",
        ),
        ("2016-09-28 14:46", datetime(2016, 9, 28, 14, 46), "minute"),
        ("2019-11-18 07:45:00 +01:00", datetime(2019, 11, 18, 7, 45, tzinfo=tz(1)), "second"),
        ("Mon, 18 Nov 2019 07:45:00 +0000", datetime(2019, 11, 18, 7, 45, tzinfo=tz(0)), "second"),
        (
            "Updated 7:45 AM EST Nov 18, 2019",
            datetime(2019, 11, 18, 7, 45, tzinfo=tz(-5)),
            "minute",
        ),
        ("2016-09-28T14:46+0530", datetime(2016, 9, 28, 14, 46, tzinfo=tz(5.5)), "minute"),
        (
            "Monday November 18, 2019 7:45 am PST",
            datetime(2019, 11, 18, 7, 45, tzinfo=tz(-8)),
            "minute",
        ),
        ("Nov 13, 2019, 10:28am EST", datetime(2019, 11, 13, 10, 28, tzinfo=tz(-5)), "minute"),
        ("Nov. 5, 2019 10:00 a.m. EDT", datetime(2019, 11, 5, 10, 0, tzinfo=tz(-4)), "minute"),
        ("November 19th, 2019 at 8:40 AM", datetime(2019, 11, 19, 8, 40), "minute"),
        ("Jan. 1, 2000, 12 pm", datetime(2000, 1, 1, 12, 0), "minute"),
        ("Jan. 1, 2000, 12 am", datetime(2000, 1, 1, 0, 0), "minute"),
        (
            "7:45 pm CET Monday, Nov. 18, 2019",
            datetime(2019, 11, 18, 19, 45, tzinfo=tz(1)),
            "minute",
        ),
        (
            "Tuesday, 28 September 2016 14:46:12 GMT+2",
            datetime(2016, 9, 28, 14, 46, 12, tzinfo=tz(2)),
            "second",
        ),
        ("28 Sep 2016 14:46 UTC", datetime(2016, 9, 28, 14, 46, tzinfo=timezone.utc), "minute"),
        ("Freitag, 5. April 2024, 14:30 Uhr", datetime(2024, 4, 5, 14, 30), "minute"),
        ("5. April 2024 um 14:30 Uhr MESZ", datetime(2024, 4, 5, 14, 30, tzinfo=tz(2)), "minute"),
        ("le 5 mars 2024 à 14h30", datetime(2024, 3, 5, 14, 30), "minute"),
        ("5 de marzo de 2024 a las 09:01 hrs.", datetime(2024, 3, 5, 9, 1), "minute"),
        ("28.09.2016, 07:45", datetime(2016, 9, 28, 7, 45), "minute"),
        ("11/13/2019 7:45 PM", datetime(2019, 11, 13, 19, 45), "minute"),
        # ambiguous abbreviations stay naive
        ("5 May 2019 14:30 IST", datetime(2019, 5, 5, 14, 30), "minute"),
        ("May 5, 2019 2:30 pm CST", datetime(2019, 5, 5, 14, 30), "minute"),
        ("May 5, 2019 2:30 pm ET", datetime(2019, 5, 5, 14, 30), "minute"),
    ],
)
def test_times_and_zones(text: str, value: datetime, precision: str) -> None:
    found = parse_date(text)
    assert found is not None, text
    assert found.value == value
    assert found.value.utcoffset() == value.utcoffset()
    assert (found.value.tzinfo is None) == (value.tzinfo is None)
    assert found.precision == precision


def test_offset_is_kept_not_converted() -> None:
    found = parse_date("2016-09-28T14:46:12+02:00")
    assert found is not None
    assert found.isoformat() == "2016-09-28T14:46:12+02:00"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Nov. 5", date(2024, 11, 6), date(2024, 11, 5)),
        ("Nov. 5", date(2024, 11, 5), date(2024, 11, 5)),
        ("Nov. 5", date(2024, 11, 4), date(2023, 11, 5)),
        ("Dec 29", date(2025, 1, 2), date(2024, 12, 29)),
        ("March 3", datetime(1987, 3, 4, 9, 0), date(1987, 3, 3)),
        ("Feb. 29", date(2023, 6, 1), date(2020, 2, 29)),
        ("1er mars", date(2024, 3, 2), date(2024, 3, 1)),
        ("5. März", date(2024, 1, 1), date(2023, 3, 5)),
    ],
)
def test_year_from_reference(text: str, reference: date, value: date) -> None:
    found = parse_date(text, reference=reference)
    assert found is not None
    assert found.value == value
    assert found.raw == text


@pytest.mark.parametrize(
    "text",
    [
        "Nov. 5",  # no year and no reference
        "yesterday",
        "3 hours ago",
        "Updated 3 hours ago",
        "today at 10:30 am",
        "10:30 am",
        "© 2016",
        "Copyright 2016 Acme Inc.",
        "1474980000",  # a Unix timestamp
        "555-123-4567",
        "+1 212-555-0100",
        "UPDATE: 5/12",
        "Feb 30, 2019",
        "2019-13-01",
        "Nov 5, 3016",
        "1799-12-31",
        "2201",
        "Sept. 28, 2016 by John Smith",  # a date inside a longer text: use find_date
        "March",
        "",
        "   ",
        "version 1.2.3",
        "25:61",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "Nov 13, 2019, 10:28am EST"),
        ("Veröffentlicht am 5. März 2024, 14:30 Uhr", "5. März 2024, 14:30 Uhr"),
        ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019", "18 NOV 2019"),
        ("Maren Estrada November 19th, 2019 at 8:40 AM", "November 19th, 2019 at 8:40 AM"),
        ("Publié le 5 mars 2024 à 14h30, mis à jour le 6 mars", "5 mars 2024 à 14h30"),
        ("Posted on 2024-03-05T14:30:00+01:00 by admin", "2024-03-05T14:30:00+01:00"),
        ("Call 555-1234, then on Monday, March 4, 2024 we meet", "Monday, March 4, 2024"),
    ],
)
def test_find_date_offsets(text: str, raw: str) -> None:
    found = find_date(text)
    assert found is not None
    value, start, end = found
    assert text[start:end] == raw == value.raw


def test_find_date_skips_yearless_without_reference() -> None:
    text = "On Nov. 5 the vote; results came on Dec. 1, 2024."
    found = find_date(text)
    assert found is not None
    assert found[0].value == date(2024, 12, 1)
    with_ref = find_date(text, reference=date(2024, 12, 2))
    assert with_ref is not None
    assert with_ref[0].value == date(2024, 11, 5)


def test_find_date_none() -> None:
    assert find_date("Call 555-1234 or write to us in 2019.") is None
    assert find_date("") is None


def test_locale_extension() -> None:
    polish = DateLocale(months={"marca": 3, "marzec": 3}, day_month_joiners=("dnia",))
    found = parse_date("5 marca 2024", locale=polish)
    assert found == DateValue(date(2024, 3, 5), "day", "5 marca 2024")
    assert parse_date("5 marca 2024") is None


def test_locale_subclass_zone_table() -> None:
    class IndiaLocale(DateLocale):
        ZONES: ClassVar[Mapping[str, int | None]] = {**DateLocale.ZONES, "IST": 330}

    found = parse_date("5 May 2019 14:30 IST", locale=IndiaLocale())
    assert found is not None
    assert found.value.utcoffset() == timedelta(hours=5, minutes=30)


def test_locale_rejects_bad_month_number() -> None:
    with pytest.raises(ValueError, match="outside"):
        DateLocale(months={"foo": 13})


def test_non_string_input() -> None:
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert find_date(12) is None  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parse_date_never_raises(text: str) -> None:
    found = parse_date(text, reference=REF)
    if found is not None:
        assert found.raw in text
        assert 1800 <= found.value.year <= 2200


_DATEISH = st.lists(
    st.sampled_from(
        [
            "Nov.",
            "5",
            "2019",
            ",",
            " ",
            "March",
            "12:30",
            "pm",
            "EST",
            "-",
            "/",
            "28",
            "de",
            "le",
            "1er",
            "T",
            "+02:00",
            "(",
            ")",
            "Z",
            "Uhr",
            "am",
            "at",
            "Monday",
            "13",
            "a.m.",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_DATEISH, st.text(max_size=60)))
def test_find_date_offsets_index_text(text: str) -> None:
    found = find_date(text, reference=REF)
    if found is not None:
        value, start, end = found
        assert 0 <= start < end <= len(text)
        assert text[start:end] == value.raw
        assert value.precision in ("year", "month", "day", "minute", "second")
        if value.precision in ("minute", "second"):
            assert isinstance(value.value, datetime)
        else:
            assert type(value.value) is date
