"""The structured result: Article and its parts, as frozen, slotted attrs classes.

Every class here is immutable and hashable. ``Article.to_dict()`` gives plain JSON data (dates as
ISO 8601 strings that keep their UTC offset) and ``Article.from_dict()`` reads it back to an equal
Article. The JSON Schema of that dict form ships in the package (see ``pressparse.types.article_schema``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Literal, cast, get_args

import attrs

from pressparse._errors import ModelError
from pressparse._frozenmap import FrozenMap

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "DateValue",
    "Dateline",
    "Figure",
    "Precision",
    "Quote",
    "QuoteKind",
    "Span",
]

BlockKind = Literal["paragraph", "heading", "blockquote", "list_item", "preformatted", "table"]
Precision = Literal["year", "month", "day", "minute", "second"]
QuoteKind = Literal["direct", "partial", "block"]

BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)
PRECISIONS: tuple[str, ...] = get_args(Precision)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)


# --- converters: accept any iterable / mapping, store tuples and FrozenMaps ---------------------


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _frozen_map(values: Mapping[str, str]) -> FrozenMap:
    return values if isinstance(values, FrozenMap) else FrozenMap(values)


def _span_pair(value: Iterable[int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return (start, end)


# --- the parts ------------------------------------------------------------------------------------


@attrs.frozen
class DateValue:
    """A date or datetime as the source gave it.

    ``value`` is a ``datetime`` (timezone-aware when the source states a zone or offset, naive
    otherwise: no zone is ever invented) or a ``date`` when the source has no time of day.
    ``precision`` says how much of it the source really stated: ``"September 2016"`` is
    ``DateValue(date(2016, 9, 1), "month", "September 2016")``. ``raw`` is the text it came from.
    """

    value: datetime | date
    precision: Precision = attrs.field(validator=attrs.validators.in_(PRECISIONS))
    raw: str = ""

    def isoformat(self) -> str:
        """The value in ISO 8601 (``YYYY-MM-DD`` for a date; a datetime keeps its offset)."""
        return self.value.isoformat()


@attrs.frozen
class Dateline:
    """The dateline that opens a story: ``"WASHINGTON (Reuters) -"``, ``"Sept. 28, 2016 (EIRNS)—"``.

    ``raw`` is the dateline as printed, separator included; ``location``, ``date`` and ``agency``
    are its parts (``None`` where absent; ``agency`` as printed, e.g. ``"PRNewswire"``); ``start``
    and ``end`` are offsets into the text it was read from: ``start`` > 0 when a sub-headline is
    glued in front, ``end`` is where the story itself begins.
    """

    raw: str
    location: str | None = None
    date: DateValue | None = None
    agency: str | None = None
    end: int = 0
    start: int = 0


@attrs.frozen
class Byline:
    """One author credit. ``name`` is a person (``None`` for an organization-only credit such as
    ``"Reuters Staff"``); ``role`` a title (``"AP Auto Writer"``); ``organization`` the agency or
    publication. ``raw`` is the byline text this credit was read from."""

    raw: str
    name: str | None = None
    role: str | None = None
    organization: str | None = None


@attrs.frozen
class Caption:
    """A caption split into its descriptive ``text`` and its photo ``credit`` (without a generic
    label such as ``"Photo:"`` and without brackets), either of which may be absent."""

    text: str | None = None
    credit: str | None = None


@attrs.frozen
class Figure:
    """An image taken out of the body: the (full-size, absolute) ``image_url``, its ``alt`` text,
    and its ``caption`` and ``credit`` as separate strings."""

    image_url: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@attrs.frozen
class Block:
    """One block of body text in reading order.

    ``kind`` is ``"paragraph"``, ``"heading"`` (with ``level`` 1-6), ``"blockquote"``,
    ``"list_item"`` (``level`` = nesting depth, 1 for a top-level item), ``"preformatted"`` or
    ``"table"`` (rows on lines, cells separated by tabs). Line breaks (``<br>``) are kept as ``"\\n"``.
    """

    kind: BlockKind = attrs.field(validator=attrs.validators.in_(BLOCK_KINDS))
    text: str
    level: int | None = None


@attrs.frozen
class Span:
    """A piece of a text, quoted or not: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    quoted: bool


@attrs.frozen
class Quote:
    """A quotation and who said it.

    ``text == source[start:end]`` is the quoted content without its quote marks. ``kind`` is
    ``"direct"`` (a sentence or more), ``"partial"`` (a fragment inside the writer's sentence) or
    ``"block"`` (a blockquote element). ``speaker`` is the resolved name (``"John Kerry"`` even
    where the text says ``"he"``), ``speaker_span`` the offsets of the mention that attributes it;
    ``cue`` the attributing verb or phrase (``"said"``, ``"according to"``) and ``cue_span`` its
    offsets. A quote without attribution (scare quotes, titles) has neither speaker nor cue.
    ``paragraph`` is the index of the body block the quote starts in.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = attrs.field(default=None, converter=_span_pair)
    cue: str | None = None
    cue_span: tuple[int, int] | None = attrs.field(default=None, converter=_span_pair)
    paragraph: int = 0


def _bylines(values: Iterable[Byline]) -> tuple[Byline, ...]:
    return tuple(values)


def _blocks(values: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(values)


def _figures(values: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(values)


def _quotes(values: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """Everything pressparse read from one page. See ``docs/model.md`` for each field's meaning.

    Text fields are ``None`` when the page does not give them (never ``""``), sequences are
    tuples in page order, and ``provenance`` maps each field that has a value to the source
    that gave it (``"json-ld"``, ``"opengraph"``, ``"meta:article:published_time"``, ``"visible"``,
    ``"dateline"``, ``"adapter:NAME"``, ``"heuristic"``, ...).
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    published: DateValue | None = None
    modified: DateValue | None = None
    dateline: Dateline | None = None
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=_bylines)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    provenance: FrozenMap = attrs.field(factory=FrozenMap, converter=_frozen_map)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    @property
    def text(self) -> str:
        """The body's blocks joined by blank lines: the text that ``quotes`` offsets index."""
        return "\n\n".join(block.text for block in self.body)

    def to_dict(self) -> dict[str, Any]:
        """The Article as JSON-compatible data (``text`` included for convenience)."""
        return _article_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read back what ``to_dict()`` wrote. Raises ``ModelError`` on data of the wrong shape."""
        try:
            return _article_from_dict(data)
        except ModelError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"not an Article dict: {exc}") from exc

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Read back what ``to_json()`` wrote."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ModelError(f"not JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise ModelError("an Article's JSON form is an object")
        return cls.from_dict(data)


# --- dict form ------------------------------------------------------------------------------------

_STR_FIELDS = (
    "url",
    "canonical_url",
    "title",
    "subtitle",
    "kicker",
    "site_name",
    "language",
    "description",
    "image",
)


def _date_to_dict(value: DateValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"value": value.value.isoformat(), "precision": value.precision, "raw": value.raw}


def _date_from_dict(data: Any) -> DateValue | None:
    if data is None:
        return None
    text = _expect(data["value"], str, "date value")
    parsed: date | datetime = (
        datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    )
    return DateValue(parsed, data["precision"], _expect(data.get("raw", ""), str, "date raw"))


def _pair(value: tuple[int, int] | None) -> list[int] | None:
    return None if value is None else [value[0], value[1]]


def _article_to_dict(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(article, name) for name in _STR_FIELDS}
    out["published"] = _date_to_dict(article.published)
    out["modified"] = _date_to_dict(article.modified)
    dl = article.dateline
    out["dateline"] = (
        None
        if dl is None
        else {
            "raw": dl.raw,
            "location": dl.location,
            "date": _date_to_dict(dl.date),
            "agency": dl.agency,
            "start": dl.start,
            "end": dl.end,
        }
    )
    out["bylines"] = [attrs.asdict(b) for b in article.bylines]
    out["body"] = [attrs.asdict(b) for b in article.body]
    out["figures"] = [attrs.asdict(f) for f in article.figures]
    out["quotes"] = [
        {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_span": _pair(q.speaker_span),
            "cue": q.cue,
            "cue_span": _pair(q.cue_span),
            "paragraph": q.paragraph,
        }
        for q in article.quotes
    ]
    out["tags"] = list(article.tags)
    out["provenance"] = dict(article.provenance)
    out["warnings"] = list(article.warnings)
    out["text"] = article.text
    return out


def _expect(value: Any, kind: type, what: str) -> Any:
    if not isinstance(value, kind):
        raise ModelError(f"{what}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else cast("str", _expect(value, str, key))


def _article_from_dict(data: Mapping[str, Any]) -> Article:
    _expect(data, Mapping, "article")
    dl_data = data.get("dateline")
    dateline = (
        None
        if dl_data is None
        else Dateline(
            raw=_expect(dl_data["raw"], str, "dateline.raw"),
            location=_opt_str(dl_data, "location"),
            date=_date_from_dict(dl_data.get("date")),
            agency=_opt_str(dl_data, "agency"),
            end=int(dl_data.get("end", 0)),
            start=int(dl_data.get("start", 0)),
        )
    )
    return Article(
        **{name: _opt_str(data, name) for name in _STR_FIELDS},
        published=_date_from_dict(data.get("published")),
        modified=_date_from_dict(data.get("modified")),
        dateline=dateline,
        bylines=[
            Byline(
                raw=_expect(b["raw"], str, "byline.raw"),
                name=_opt_str(b, "name"),
                role=_opt_str(b, "role"),
                organization=_opt_str(b, "organization"),
            )
            for b in data.get("bylines", ())
        ],
        body=[
            Block(kind=b["kind"], text=_expect(b["text"], str, "block.text"), level=b.get("level"))
            for b in data.get("body", ())
        ],
        figures=[
            Figure(
                image_url=_opt_str(f, "image_url"),
                alt=_opt_str(f, "alt"),
                caption=_opt_str(f, "caption"),
                credit=_opt_str(f, "credit"),
            )
            for f in data.get("figures", ())
        ],
        quotes=[
            Quote(
                text=_expect(q["text"], str, "quote.text"),
                start=int(q["start"]),
                end=int(q["end"]),
                kind=q["kind"],
                speaker=_opt_str(q, "speaker"),
                speaker_span=q.get("speaker_span"),
                cue=_opt_str(q, "cue"),
                cue_span=q.get("cue_span"),
                paragraph=int(q.get("paragraph", 0)),
            )
            for q in data.get("quotes", ())
        ],
        tags=[_expect(t, str, "tag") for t in data.get("tags", ())],
        provenance={
            _expect(k, str, "provenance key"): _expect(v, str, "provenance value")
            for k, v in _expect(data.get("provenance", {}), Mapping, "provenance").items()
        },
        warnings=[_expect(w, str, "warning") for w in data.get("warnings", ())],
    )
