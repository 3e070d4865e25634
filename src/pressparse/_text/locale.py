"""Word tables for reading dates: month and weekday names, joining words, labels and time zones.

``DateLocale`` plays the part of dateutil's ``parserinfo``: a small class whose class attributes
hold the words, and whose instances turn them into lookup tables. The default instance,
``DEFAULT_DATE_LOCALE``, reads English, German, French, Spanish, Italian, Portuguese and Dutch.
Add a language either by passing extra words to the constructor::

    Examples:
        >>> polish = DateLocale(months={"marca": 3, "marzec": 3}, day_month_joiners=("dnia",))
        >>> polish.month("Marca")
        3

    or by subclassing and replacing a class attribute (``MONTHS = {...}``), as with ``parserinfo``.
    Instances are immutable, so one can be shared between threads.

    Time zone abbreviations map to fixed UTC offsets in minutes. Abbreviations that name different
    zones in different places map to ``None``: a time written with one of them stays naive rather
    than being given a guessed offset. These are ``IST`` (India, Ireland, Israel), ``CST`` (US Central,
    China, Cuba), ``AST`` (Atlantic, Arabia), ``BST`` (British Summer, Bangladesh), ``ECT`` and
    ``SST``; the US forms without standard/daylight (``ET``, ``CT``, ``MT``, ``PT``) stay naive too,
    since which offset they mean depends on the date.

    ``DatelineLocale`` extends ``DateLocale`` with what a dateline reader needs besides dates: the
    news agencies and wire services it knows, the abbreviations of US states and other regions, and
    the capitalised lead words that are not places ("UPDATE", "EXCLUSIVE").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

__all__ = ["DEFAULT_DATELINE_LOCALE", "DEFAULT_DATE_LOCALE", "DateLocale", "DatelineLocale"]


def _table(groups: Iterable[tuple[int, str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for number, words in groups:
        for word in words.split():
            out[word.casefold()] = number
    return out


# One line per month: every spelling that names it, lower case. A word that ends in "." is only
# recognised with its period: "set." (Italian/Portuguese September) but never the English "set".
_MONTHS = _table(
    [
        (1, "january jan jan. janv janv. januar jänner jän jän. janvier enero ene ene. gennaio"),
        (1, "gen. janeiro januari"),
        (2, "february feb feb. febr febr. februar feber février fevrier févr févr. fevr fevr."),
        (2, "febrero febbraio fevereiro fev fev. februari"),
        (3, "march mar mar. märz maerz marz mrz mrz. mars marzo março marco maart mrt mrt."),
        (4, "april apr apr. avril avr avr. abril abr abr. aprile"),
        (5, "may mai mayo maggio mag. maio mei"),
        (6, "june jun jun. juni juin junio giugno giu giu. junho"),
        (7, "july jul jul. juli juillet juil juil. julio luglio lug lug. julho"),
        (8, "august aug aug. augusti août aout agosto ago. augustus"),
        (9, "september sep sep. sept sept. septembre septiembre setiembre settembre set. setembro"),
        (10, "october oct oct. oktober okt okt. octobre octubre ottobre ott ott. outubro out."),
        (11, "november nov nov. novembre noviembre novembro"),
        (12, "december dec dec. dezember dez dez. décembre decembre déc déc. diciembre dic dic."),
        (12, "dicembre dezembro"),
    ]
)

# Two-letter abbreviations ("Mo.", "Di.") are left out: "Mo." is also Missouri in a dateline.
_WEEKDAYS = _table(
    [
        (0, "monday mon mon. montag lundi lun. lunes lunedì lunedi segunda-feira segunda"),
        (0, "maandag"),
        (1, "tuesday tue tue. tues tues. dienstag mardi martes martedì martedi terça-feira"),
        (1, "terça terca-feira terca dinsdag"),
        (2, "wednesday wed wed. mittwoch mercredi mer. miércoles miercoles mercoledì"),
        (2, "mercoledi quarta-feira quarta woensdag"),
        (3, "thursday thu thu. thur thur. thurs thurs. donnerstag jeudi jeu. jueves giovedì"),
        (3, "giovedi quinta-feira quinta donderdag"),
        (4, "friday fri fri. freitag vendredi ven. viernes venerdì venerdi sexta-feira sexta"),
        (4, "vrijdag"),
        (5, "saturday sat sat. samstag sonnabend samedi sam. sábado sabado sabato zaterdag"),
        (6, "sunday sun sun. sonntag dimanche dim. domingo domenica zondag"),
    ]
)

# Fixed offsets in minutes east of UTC; None = the abbreviation is ambiguous, keep the time naive.
_ZONES: dict[str, int | None] = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "WEZ": 0,
    "WEST": 60,
    "CET": 60,
    "MEZ": 60,
    "CEST": 120,
    "MESZ": 120,
    "EET": 120,
    "OEZ": 120,
    "EEST": 180,
    "OESZ": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "NST": -210,
    "NDT": -150,
    "ADT": -180,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AWST": 480,
    "ACST": 570,
    "ACDT": 630,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "PKT": 300,
    "WIB": 420,
    "SAST": 120,
    "CAT": 120,
    "EAT": 180,
    "WAT": 60,
    "BRT": -180,
    "ART": -180,
    "IST": None,
    "CST": None,
    "AST": None,
    "BST": None,
    "ECT": None,
    "SST": None,
    "ET": None,
    "CT": None,
    "MT": None,
    "PT": None,
}


class DateLocale:
    """The words a date reader needs, in the manner of dateutil's ``parserinfo``.

    Class attributes hold the default words (English, German, French, Spanish, Italian,
    Portuguese, Dutch); constructor arguments add to them. Lookups ignore case and accents are
    kept as written (both ``"août"`` and ``"aout"`` are listed).

    Examples:
        >>> loc = DateLocale()
        >>> loc.month("Sept."), loc.month("März"), loc.month("set"), loc.month("set.")
        (9, 3, None, 9)
        >>> loc.zone("PST"), loc.zone("IST"), loc.zone("XYZ")
        (-480, None, None)
        >>> loc.knows_zone("IST"), loc.knows_zone("XYZ")
        (True, False)
    """

    #: month word -> month number (1-12); a word ending in "." needs its period in the text
    MONTHS: ClassVar[Mapping[str, int]] = MappingProxyType(_MONTHS)
    #: weekday word -> weekday number (Monday = 0)
    WEEKDAYS: ClassVar[Mapping[str, int]] = MappingProxyType(_WEEKDAYS)
    #: words allowed between a day and its month: "5 de marzo", "5th of March"
    DAY_MONTH_JOINERS: ClassVar[tuple[str, ...]] = ("de", "of", "di")
    #: words allowed between a month and its year: "marzo de 2024"
    MONTH_YEAR_JOINERS: ClassVar[tuple[str, ...]] = ("de", "del", "of")
    #: words allowed between a date and its time: "Nov 5 at 10:00", "5. März um 14:30"
    TIME_JOINERS: ClassVar[tuple[str, ...]] = (
        "at", "um", "à", "a", "las", "alle", "ore", "om", "às", "as", "le", "kl", "h",
    )  # fmt: skip
    #: words allowed before a day: "le 5 mars", "am 5. März", "the 5th of March", "el 5 de marzo"
    DAY_PREFIXES: ClassVar[tuple[str, ...]] = ("the", "le", "am", "den", "el", "il", "o", "de")
    #: words after a time that mark it as one: "14:30 Uhr", "14 h"
    TIME_SUFFIXES: ClassVar[tuple[str, ...]] = ("uhr", "h", "hrs", "hs", "horas", "heures", "ore")
    #: ordinal endings written after a day number: "1st", "1er", "1º"
    ORDINALS: ClassVar[tuple[str, ...]] = ("st", "nd", "rd", "th", "er", "re", "e", "o", "º", "ª")
    #: words that may surround a date in a date field: "Published: Nov 5, 2019"
    LABELS: ClassVar[tuple[str, ...]] = (
        "published", "updated", "posted", "modified", "last", "first", "created", "date", "dated",
        "on", "at", "as", "of", "originally", "pubdate", "am", "um", "veröffentlicht",
        "aktualisiert", "zuletzt", "erstellt", "stand", "datum", "publié", "publie", "mis", "à",
        "jour", "le", "modifié", "publicado", "actualizado", "el", "pubblicato", "aggiornato",
        "il", "atualizado", "em", "gepubliceerd", "bijgewerkt", "op", "laatst", "time", "the",
        "den", "vom", "de", "du", "del", "o",
    )  # fmt: skip
    #: time zone abbreviation (upper case) -> minutes east of UTC, or None when ambiguous
    ZONES: ClassVar[Mapping[str, int | None]] = MappingProxyType(_ZONES)
    #: morning/afternoon markers: word -> True for afternoon
    MERIDIEMS: ClassVar[Mapping[str, bool]] = MappingProxyType(
        {"am": False, "a.m.": False, "pm": True, "p.m.": True}
    )

    __slots__ = (
        "_day_month_joiners",
        "_day_prefixes",
        "_labels",
        "_meridiems",
        "_month_year_joiners",
        "_months",
        "_ordinals",
        "_time_joiners",
        "_time_suffixes",
        "_weekdays",
        "_zones",
    )

    def __init__(
        self,
        *,
        months: Mapping[str, int] | None = None,
        weekdays: Mapping[str, int] | None = None,
        zones: Mapping[str, int | None] | None = None,
        labels: Iterable[str] = (),
        day_month_joiners: Iterable[str] = (),
        month_year_joiners: Iterable[str] = (),
        time_joiners: Iterable[str] = (),
        day_prefixes: Iterable[str] = (),
    ) -> None:
        self._months = _merged(self.MONTHS, months, 1, 12)
        self._weekdays = _merged(self.WEEKDAYS, weekdays, 0, 6)
        zone_table = dict(self.ZONES)
        zone_table.update(zones or {})
        self._zones: Mapping[str, int | None] = MappingProxyType(
            {key.upper(): value for key, value in zone_table.items()}
        )
        self._labels = _words(self.LABELS, labels)
        self._day_month_joiners = _words(self.DAY_MONTH_JOINERS, day_month_joiners)
        self._month_year_joiners = _words(self.MONTH_YEAR_JOINERS, month_year_joiners)
        self._time_joiners = _words(self.TIME_JOINERS, time_joiners)
        self._day_prefixes = _words(self.DAY_PREFIXES, day_prefixes)
        self._time_suffixes = _words(self.TIME_SUFFIXES, ())
        self._ordinals = _words(self.ORDINALS, ())
        self._meridiems: Mapping[str, bool] = MappingProxyType(
            {key.casefold(): value for key, value in self.MERIDIEMS.items()}
        )

    def month(self, word: str, *, period: bool = False) -> int | None:
        """The month (1-12) that ``word`` names, or None; ``period``: a "." follows the word
        (a word may also carry its period itself: ``"Sept."``)."""
        return _lookup(self._months, word, period)

    def weekday(self, word: str, *, period: bool = False) -> int | None:
        """The weekday (Monday = 0) that ``word`` names, or None."""
        return _lookup(self._weekdays, word, period)

    def opens_date(self, word: str) -> bool:
        """Whether a date may start with ``word``: a month, a weekday or a day prefix ("le")."""
        key = word.casefold()
        return (
            key in self._months
            or key + "." in self._months
            or key in self._weekdays
            or key + "." in self._weekdays
            or key in self._day_prefixes
        )

    def knows_zone(self, word: str) -> bool:
        """Whether ``word`` (upper case, as written) is a time zone abbreviation of the table."""
        return word.isupper() and word in self._zones

    def zone(self, word: str) -> int | None:
        """Minutes east of UTC for a zone abbreviation; None if unknown or ambiguous."""
        return self._zones.get(word) if word.isupper() else None

    def meridiem(self, word: str) -> bool | None:
        """True for an afternoon marker ("pm"), False for a morning one ("am"), else None."""
        return self._meridiems.get(word.casefold())

    def is_label(self, word: str) -> bool:
        """Whether ``word`` may stand around a date in a date field ("Published", "Updated")."""
        return word.casefold() in self._labels

    def is_day_month_joiner(self, word: str) -> bool:
        """Whether ``word`` may join a day to its month ("de" in "5 de marzo")."""
        return word.casefold() in self._day_month_joiners

    def is_month_year_joiner(self, word: str) -> bool:
        """Whether ``word`` may join a month to its year ("de" in "marzo de 2024")."""
        return word.casefold() in self._month_year_joiners

    def is_time_joiner(self, word: str) -> bool:
        """Whether ``word`` may join a date to its time ("at", "um", "à")."""
        return word.casefold() in self._time_joiners

    def is_day_prefix(self, word: str) -> bool:
        """Whether ``word`` may stand before a day ("le" in "le 5 mars")."""
        return word.casefold() in self._day_prefixes

    def is_time_suffix(self, word: str) -> bool:
        """Whether ``word`` marks the number before it as a time ("Uhr", "h")."""
        return word.casefold() in self._time_suffixes

    def is_ordinal(self, word: str) -> bool:
        """Whether ``word`` is an ordinal ending written after a day number ("st", "er")."""
        return word.casefold() in self._ordinals


def _lookup(table: Mapping[str, int], word: str, period: bool) -> int | None:
    key = word.casefold()
    if key.endswith("."):
        key, period = key[:-1], True
    if period:
        found = table.get(key + ".")
        if found is not None:
            return found
    return table.get(key)


def _merged(
    base: Mapping[str, int], extra: Mapping[str, int] | None, low: int, high: int
) -> Mapping[str, int]:
    table = {key.casefold(): value for key, value in base.items()}
    for key, value in (extra or {}).items():
        if not low <= value <= high:
            raise ValueError(f"{key!r}: {value} is outside {low}..{high}")
        table[key.casefold()] = value
    return MappingProxyType(table)


def _words(base: Iterable[str], extra: Iterable[str]) -> frozenset[str]:
    return frozenset(word.casefold() for group in (base, extra) for word in group)


#: The locale used when a caller gives none: all the languages listed above.
DEFAULT_DATE_LOCALE = DateLocale()


# Agencies and wire services as they are printed in datelines, one per entry.
_AGENCIES = (
    "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Reuters",
    "Reuters Health", "Reuters Breakingviews", "UPI", "Bloomberg", "Bloomberg News", "CNN", "EIRNS",
    "PRNewswire", "PR Newswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire",
    "PRNewswire-Asia", "PRNewswire-AsiaNet", "PRNewswire-HISPANIC PR WIRE", "PRWeb", "PRWEB",
    "BUSINESS WIRE", "BUSINESSWIRE", "GLOBE NEWSWIRE", "GLOBENEWSWIRE", "CNW", "CNW Group",
    "Canada NewsWire", "Marketwired", "MARKETWIRE", "Marketwire", "ACCESSWIRE", "ACCESS Newswire",
    "EIN Presswire", "EINPresswire", "EINPresswire.com", "Newsfile Corp", "Newsfile Corp.",
    "Newsfile", "NEWMEDIAWIRE", "NewMediaWire",
    "Newswire", "ENEWSPF", "Xinhua", "dpa", "dpa-AFX", "AFX", "KNA", "epd", "APA", "SDA",
    "Keystone-SDA", "ANSA", "EFE", "Europa Press", "EUROPA PRESS", "TASS", "ITAR-TASS",
    "RIA Novosti", "Interfax", "Kyodo", "Kyodo News", "Jiji", "Jiji Press", "Yonhap", "PTI", "IANS",
    "ANI", "UNI", "Bernama", "Antara", "AAP", "CP", "The Canadian Press", "KUNA", "WAM", "SPA",
    "MENA", "Anadolu", "IPS", "Prensa Latina", "Notimex", "Lusa", "Belga", "ANP", "NTB", "TT",
    "STT", "Ritzau", "PAP", "CTK", "MTI", "ANA-MPA", "HINA", "Tanjug", "BTA", "Agerpres",
    "RTTNews", "Benzinga", "HealthDay", "MarketWatch", "CNBC", "BBC", "AHN", "CBC", "Sputnik",
    "IRNA", "Fars", "SANA", "NNA", "WENN", "Zenger", "SWNS", "PA", "PA Media",
    "Press Association", "NZPA", "AAP-RTR", "AP-Dow Jones", "Dow Jones", "DJ", "Platts", "Argus",
    "askanews", "Adnkronos", "AGI", "LaPresse", "Italpress", "ANSAmed", "Servimedia", "Colpisa",
    "Agência Brasil", "Estadão Conteúdo", "Folhapress", "ddp", "dts", "SID", "ATS",
    "Keystone-ATS", "CNA", "VNA", "PNA", "QNA", "WAFA", "ANTARA",
)  # fmt: skip

# US states (AP style and postal), Canadian provinces and other region abbreviations written
# after a city: "SELMA, N.C.", "KANSAS CITY, Mo.", "SALT LAKE CITY, UT", "SARNIA, Ont.".
_REGIONS = (
    "Ala. Ariz. Ark. Calif. Calif Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. "
    "Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. "
    "Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. W. Va. Wis. Wisc. Wyo. D.C. "
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR "
    "Alta. B.C. Man. N.B. Nfld. N.S. Ont. P.E.I. Que. Sask. Yuk. N.W.T. "
    "U.K. UK U.S. US USA U.S.A. UAE U.A.E."
)

# Capitalised words that open a lead like a dateline but are labels, not places.
_NOT_LOCATIONS = (
    "UPDATE UPDATED UPDATES BREAKING EXCLUSIVE WATCH ANALYSIS OPINION COMMENTARY EDITORIAL "
    "EDITOR'S EDITORS EDITOR NOTE CORRECTION CORRECTED CLARIFICATION PHOTOS PHOTO VIDEO VIDEOS "
    "LIVE DEVELOPING ALERT FLASH URGENT BULLETIN REVIEW INTERVIEW PODCAST LISTEN READ MORE "
    "SPONSORED ADVERTISEMENT ADVERTORIAL PROMOTED PAID PARTNER CONTENT SPOILER SPOILERS WARNING "
    "FACT CHECK FACT-CHECK Q&A FAQ RECAP PREVIEW REPORT REPORTS NEWS JUST IN TOP STORY STORIES "
    "HEADLINES OBITUARY OBITUARIES OBIT LETTERS LETTER ABSTRACT SUMMARY TL;DR NASA NATO FBI CIA "
    "GOP EU UN IMF WHO CEO NFL NBA MLB NHL FIFA UEFA OPEC DAL DALLA DALLO DAI DALLE NOSTRO NOSTRA "
    "VON VOM PAR POR BY DE FILE ARCHIVE ARCHIV HANDOUT POOL"
)


class DatelineLocale(DateLocale):
    """A ``DateLocale`` that also knows agencies, region abbreviations and non-place lead words.

    Examples:
        >>> loc = DatelineLocale(agencies=("Agenzia Nova",))
        >>> loc.agency("agenzia nova"), loc.agency("reuters"), loc.agency("Acme")
        ('Agenzia Nova', 'Reuters', None)
        >>> loc.agency_prefix("GLOBE"), loc.is_region("Calif."), loc.is_not_location("UPDATE")
        ('GLOBE NEWSWIRE', True, True)
    """

    #: news agencies and wire services, as printed
    AGENCIES: ClassVar[tuple[str, ...]] = _AGENCIES
    #: region abbreviations written after a city ("N.C.", "Calif.", "Ont.", "UT")
    REGIONS: ClassVar[tuple[str, ...]] = (*_REGIONS.split(), "W. Va.")
    #: capitalised lead words that are not places ("UPDATE", "EXCLUSIVE", "NASA")
    NOT_LOCATIONS: ClassVar[tuple[str, ...]] = tuple(_NOT_LOCATIONS.split())

    __slots__ = ("_agencies", "_not_locations", "_regions")

    def __init__(
        self,
        *,
        agencies: Iterable[str] = (),
        regions: Iterable[str] = (),
        not_locations: Iterable[str] = (),
        **date_words: Any,
    ) -> None:
        super().__init__(**date_words)
        table: dict[str, str] = {}
        for name in (*self.AGENCIES, *agencies):
            table.setdefault(name.casefold(), name)
        self._agencies: Mapping[str, str] = MappingProxyType(table)
        self._regions = frozenset(word.casefold() for word in (*self.REGIONS, *regions))
        self._not_locations = frozenset(
            word.casefold() for word in (*self.NOT_LOCATIONS, *not_locations)
        )

    def agency(self, name: str) -> str | None:
        """The agency ``name`` names, spelled as the table has it, or None if unknown.

        A combined credit such as ``"dpa/AFP"`` or ``"dpa/lhe"`` (an agency and its regional
        desk) is known when its first part is; it is returned as written.
        """
        key = " ".join(name.split()).casefold()
        found = self._agencies.get(key)
        if found is not None:
            return found
        parts = [part.strip() for part in key.replace(",", "/").split("/")]
        if len(parts) > 1 and all(parts) and parts[0] in self._agencies:
            return " ".join(name.split())
        return None

    def agency_prefix(self, prefix: str) -> str | None:
        """The one agency whose name starts with ``prefix`` (a truncated "GLOBE..."), or None."""
        key = " ".join(prefix.split()).casefold()
        if len(key) < 3:
            return None
        found = {name for folded, name in self._agencies.items() if folded.startswith(key)}
        longest = max(found, key=len, default=None)
        if longest is None:
            return None
        # "GLOBE" matches both "GLOBE NEWSWIRE" and "GLOBENEWSWIRE": the same service
        squeezed = {name.replace(" ", "").casefold() for name in found}
        return longest if len(squeezed) == 1 else None

    def is_region(self, text: str) -> bool:
        """Whether ``text`` is a region abbreviation written after a city ("Calif.", "N.Y.")."""
        return " ".join(text.split()).casefold() in self._regions

    def is_not_location(self, word: str) -> bool:
        """Whether a capitalised lead word is a label rather than a place ("UPDATE")."""
        return word.casefold() in self._not_locations


#: The dateline locale used when a caller gives none.
DEFAULT_DATELINE_LOCALE = DatelineLocale()
