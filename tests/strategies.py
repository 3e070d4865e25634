"""Hypothesis strategies for the model, shared by the property tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from pressparse import Article, Block, Byline, Dateline, DateValue, Figure, Quote

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
optional_text = st.none() | text

offsets = st.timedeltas(min_value=timedelta(hours=-14), max_value=timedelta(hours=14)).map(
    lambda d: timezone(timedelta(minutes=d // timedelta(minutes=1)))
)
datetimes = st.datetimes(
    min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.none() | offsets
)
date_values = st.one_of(
    st.builds(
        DateValue,
        st.dates(min_value=date(1800, 1, 1)),
        st.sampled_from(["year", "month", "day"]),
        text,
    ),
    st.builds(DateValue, datetimes, st.sampled_from(["minute", "second"]), text),
)
small_int = st.integers(min_value=0, max_value=10_000)
spans = st.none() | st.tuples(small_int, small_int)

bylines = st.builds(Byline, text, optional_text, optional_text, optional_text)
blocks = st.builds(
    Block,
    st.sampled_from(["paragraph", "heading", "blockquote", "list_item", "preformatted", "table"]),
    text,
    st.none() | st.integers(min_value=1, max_value=6),
)
figures = st.builds(Figure, optional_text, optional_text, optional_text, optional_text)
quotes = st.builds(
    Quote,
    text=text,
    start=small_int,
    end=small_int,
    kind=st.sampled_from(["direct", "partial", "block"]),
    speaker=optional_text,
    speaker_span=spans,
    cue=optional_text,
    cue_span=spans,
    paragraph=small_int,
)
datelines = st.builds(
    Dateline, text, optional_text, st.none() | date_values, optional_text, small_int, small_int
)

articles = st.builds(
    Article,
    url=optional_text,
    canonical_url=optional_text,
    title=optional_text,
    subtitle=optional_text,
    kicker=optional_text,
    site_name=optional_text,
    language=optional_text,
    description=optional_text,
    image=optional_text,
    published=st.none() | date_values,
    modified=st.none() | date_values,
    dateline=st.none() | datelines,
    bylines=st.lists(bylines, max_size=3),
    body=st.lists(blocks, max_size=4),
    figures=st.lists(figures, max_size=2),
    quotes=st.lists(quotes, max_size=3),
    tags=st.lists(text, max_size=3),
    provenance=st.dictionaries(text, text, max_size=3),
    warnings=st.lists(text, max_size=2),
)
