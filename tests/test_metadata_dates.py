"""Dates in metadata: machine formats, visible texts, URLs, plausibility and choosing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse._metadata.dates import (
    date_from_url,
    find_visible_date,
    parse_iso,
    parse_machine_date,
    plausible,
    same_day,
)
from pressparse._metadata.resolve import Candidate, choose_date, localize
from pressparse._model import DateValue

UTC = timezone.utc
PLUS2 = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2016-09-28", "2016-09-28", "day"),
        ("2016-09", "2016-09-01", "month"),
        ("2016", "2016-01-01", "year"),
        ("20160928", "2016-09-28", "day"),
        ("2016/09/28", "2016-09-28", "day"),
        ("2024-04-15T13:38:00+02:00", "2024-04-15T13:38:00+02:00", "second"),
        ("2024-04-15T13:38:00.000+0200", "2024-04-15T13:38:00+02:00", "second"),
        ("2024-04-15T11:38:00Z", "2024-04-15T11:38:00+00:00", "second"),
        ("2024-04-15T11:38Z", "2024-04-15T11:38:00+00:00", "minute"),
        ("2024-08-05 20:59:59.0", "2024-08-05T20:59:59", "second"),
        ("2016-09-28T10:00:00 GMT+2", "2016-09-28T10:00:00+02:00", "second"),
        ("2016-09-28T10:00:00 CEST", "2016-09-28T10:00:00+02:00", "second"),
        ("2016-09-28T10:00:00-05:00", "2016-09-28T10:00:00-05:00", "second"),
    ],
)
def test_iso_values_keep_precision_and_offset(text: str, iso: str, precision: str) -> None:
    value = parse_iso(text)
    assert value is not None
    assert value.isoformat() == iso
    assert value.precision == precision


@pytest.mark.parametrize(
    "text",
    ["", "Sept 28", "2016-13-01", "2016-02-30", "12345", "2016.5", "2016-09-28Tfoo", "x" * 100],
)
def test_iso_rejects_what_is_not_a_date(text: str) -> None:
    assert parse_iso(text) is None


def test_naive_value_stays_naive_and_offset_is_never_replaced() -> None:
    naive = parse_machine_date("2024-08-05 20:59:59")
    assert isinstance(naive.value, datetime)
    assert naive.value.tzinfo is None
    aware = parse_machine_date("2024-08-05T20:59:59+05:30")
    assert aware.value.utcoffset() == timedelta(hours=5, minutes=30)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wed, 28 Sep 2016 14:46:12 +0200", "2016-09-28T14:46:12+02:00"),
        ("28.09.2016", "2016-09-28"),
        ("September 28, 2016", "2016-09-28"),
    ],
)
def test_machine_fields_accept_other_formats(text: str, iso: str) -> None:
    assert parse_machine_date(text).isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr", "2024-08-05T20:59:00", "minute"),
        ("Published September 28, 2016 at 2:05 pm EDT", "2016-09-28T14:05:00-04:00", "minute"),
        ("28. September 2016", "2016-09-28", "day"),
        ("3 de mayo de 2022", "2022-05-03", "day"),
        ("Mis à jour le 7 juin 2021", "2021-06-07", "day"),
        ("Sept. 28th 2016", "2016-09-28", "day"),
        ("September 2016", "2016-09-01", "month"),
        ("Datum 28.01.2022", "2022-01-28", "day"),
        ("19.2.2020 klo 14.00", "2020-02-19T14:00:00", "minute"),
        ("2019年02月22日 14時30分 公開", "2019-02-22T14:30:00", "minute"),
        ("2019년 2월 22일", "2019-02-22", "day"),
        ("13/04/2021", "2021-04-13", "day"),
    ],
)
def test_visible_dates(text: str, iso: str, precision: str) -> None:
    value = find_visible_date(text)
    assert value is not None
    assert value.isoformat() == iso
    assert value.precision == precision


def test_slashed_dates_follow_the_page_order() -> None:
    assert find_visible_date("04/05/2021").isoformat() == "2021-05-04"
    assert find_visible_date("04/05/2021", month_first=True).isoformat() == "2021-04-05"


@pytest.mark.parametrize(
    "text", ["Updated 3 hours ago", "gestern", "Call 0800 123 4567", "no digits here", ""]
)
def test_visible_texts_without_a_date(text: str) -> None:
    assert find_visible_date(text) is None


@pytest.mark.parametrize(
    ("url", "iso", "precision"),
    [
        ("https://example.com/2016/09/28/story", "2016-09-28", "day"),
        ("https://example.com/press/2016/0928-russia.html", "2016-09-28", "day"),
        ("https://example.com/news/20160928/story", "2016-09-28", "day"),
        ("https://example.com/2016/sep/28/story", "2016-09-28", "day"),
        ("https://example.com/local/2020-02/19/c_11.htm", "2020-02-19", "day"),
        ("https://example.com/2019/04/story/", "2019-04-01", "month"),
    ],
)
def test_dates_in_urls(url: str, iso: str, precision: str) -> None:
    value = date_from_url(url)
    assert value is not None
    assert (value.isoformat(), value.precision) == (iso, precision)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.com/item/12345",
        "https://2016.example.com/a",
        "https://x.com/?d=2016/09/28",
    ],
)
def test_urls_without_a_date(url: str | None) -> None:
    assert date_from_url(url) is None


def test_plausible_rejects_future_and_prehistoric_dates() -> None:
    today = date(2024, 6, 1)
    assert plausible(DateValue(date(2024, 6, 2), "day"), today=today)
    assert not plausible(DateValue(date(2031, 1, 1), "day"), today=today)
    assert not plausible(DateValue(date(1970, 1, 1), "day"), today=today)
    assert plausible(DateValue(date(1975, 1, 1), "day"), today=today, earliest=1971)


def test_same_day_respects_the_coarser_precision() -> None:
    month = DateValue(date(2016, 9, 1), "month")
    assert same_day(month, DateValue(date(2016, 9, 28), "day"))
    assert not same_day(month, DateValue(date(2016, 10, 1), "day"))
    assert same_day(DateValue(date(2016, 1, 1), "year"), DateValue(date(2016, 12, 31), "day"))


def test_a_coarse_date_is_refined_by_an_agreeing_finer_one() -> None:
    month = Candidate(DateValue(date(2016, 9, 1), "month"), "visible", 5)
    day = Candidate(DateValue(date(2016, 9, 28), "day"), "url", 8)
    assert choose_date([month, day]).source == "url"


def test_a_day_is_not_replaced_by_a_less_trusted_disagreeing_date() -> None:
    stated = Candidate(DateValue(datetime(2021, 3, 5, 9, 30, tzinfo=UTC), "second"), "json-ld", 0)
    shown = Candidate(DateValue(date(2021, 3, 9), "day"), "visible", 5)
    assert choose_date([shown, stated]).source == "json-ld"


def test_localize_reads_the_offset_off_the_shown_local_time() -> None:
    utc = Candidate(DateValue(datetime(2023, 11, 9, 5, 30, 59, tzinfo=UTC), "second"), "json-ld", 0)
    shown = Candidate(DateValue(datetime(2023, 11, 8, 23, 30), "minute"), "visible", 5)
    local = localize(utc, [utc, shown])
    assert local.value.isoformat() == "2023-11-08T23:30:59-06:00"
    assert local.value.value == utc.value.value  # the same instant
    assert local.source == "json-ld"


def test_localize_leaves_a_stated_offset_and_a_same_day_alone() -> None:
    stated = Candidate(
        DateValue(datetime(2023, 11, 9, 5, 30, tzinfo=PLUS2), "second"), "json-ld", 0
    )
    shown = Candidate(DateValue(datetime(2023, 11, 8, 23, 30), "minute"), "visible", 5)
    assert localize(stated, [stated, shown]) is stated
    utc = Candidate(DateValue(datetime(2023, 11, 9, 10, 0, tzinfo=UTC), "second"), "json-ld", 0)
    same = Candidate(DateValue(datetime(2023, 11, 9, 12, 0), "minute"), "visible", 5)
    assert localize(utc, [utc, same]) is utc


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_readers_never_raise_and_raw_is_from_the_text(text: str) -> None:
    for value in (find_visible_date(text), find_visible_date(text, month_first=True)):
        if value is not None:
            assert value.raw
            assert value.raw in text
    parse_machine_date(text)
    date_from_url(text)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)))
def test_iso_dates_round_trip(day: date) -> None:
    assert parse_iso(day.isoformat()).value == day
    assert find_visible_date(f"Published {day.day:02d}.{day.month:02d}.{day.year}").value == day


def test_hostile_inputs_finish_quickly() -> None:
    for text in ("1" * 100_000, "-" * 100_000, "2016-" * 20_000, "By " * 30_000, "(" * 50_000):
        find_visible_date(text)
        parse_machine_date(text)
        date_from_url("https://example.com/" + text)
