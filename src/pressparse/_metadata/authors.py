"""Authors: person and organization credits from metadata values and byline texts, junk removed.

A credit becomes a ``Byline``: a person goes to ``name``; an agency, a publication or a desk
("Reuters", "dpa", "Staff", the site itself) goes to ``organization`` (or ``role`` for a desk
word such as "Staff"), never to ``name``. Texts that are not credits at all ("Email the author",
"Updated 3 hours ago", handles, URLs, "Facebook") are dropped.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from pressparse._html.anycase import AnyWord
from pressparse._model import Byline
from pressparse._text.byline import parse_byline
from pressparse._text.names import (
    ORGANIZATION_WORDS,
    looks_like_organization,
    looks_like_person_name,
    name_case,
    opens_with_title_article,
)

__all__ = [
    "clean_byline_text",
    "completed_name",
    "credit_from_name",
    "dedupe_bylines",
    "is_junk_name",
    "name_key",
    "split_credits",
]

#: News agencies and services, matched as whole words, case-sensitively for the short ones.
AGENCIES = frozenset(
    """Reuters AP AFP dpa DPA Bloomberg ANSA EFE KNA epd SID sid APA SDA Keystone-SDA
    Keystone-ATS ATS Xinhua TASS Kyodo Yonhap UPI Belga ANP NTB TT Ritzau STT ČTK CTK PAP
    MTI AAP dts AFX Interfax IANS PTI ANI Lusa Anadolu AA""".split()  # noqa: SIM905 (a word list reads best as text)
)
_AGENCY_PHRASES = (
    "associated press",
    "agence france-presse",
    "agence france presse",
    "press association",
    "pa media",
    "canadian press",
    "europa press",
    "deutsche presse-agentur",
    "news service",
    "news agency",
    "wire service",
    "wire services",
    "agencies",
    "agenturen",
    "agences",
    "agencias",
    "agenzie",
)
#: Words that make a credit a desk or staff credit (a role, not a person).
_DESK_WORDS = frozenset(
    """staff redaktion red ressort newsroom editors editorial desk team redaction rédaction redacción
    redazione redactie redakcja toimitus""".split()  # noqa: SIM905 (a word list reads best as text)
)
_JUNK_WORDS = frozenset(
    [
        "email",
        "e-mail",
        "mail",
        "contact",
        "follow",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "youtube",
        "tiktok",
        "share",
        "print",
        "comments",
        "comment",
        "updated",
        "update",
        "published",
        "posted",
        "read",
        "more",
        "subscribe",
        "newsletter",
        "view",
        "profile",
        "posts",
        "articles",
        "biography",
        "bio",
        "about",
        "login",
        "sign",
        "home",
        "menu",
        "search",
        "click",
        "here",
        "website",
        "homepage",
        "rss",
        "feed",
        "copyright",
        "reserved",
        "rights",
        "photo",
        "photos",
        "foto",
        "fotos",
        "image",
        "video",
        "advertisement",
        "anzeige",
        "written",
        "publiziert",
        "veröffentlicht",
        "aktualisiert",
        "datum",
        "quelle",
        "stand",
        "mehr",
        "nachricht",
        "kommentar",
        "kommentare",
        "teilen",
        "drucken",
        "artikel",
        "beiträge",
        "http",
        "https",
        "no",
        "unknown",
        "anonymous",
        "bearbeiten",
        "themen",
        "zurück",
        "weiter",
        "source",
        "über",
        "autorenseite",
        "registrieren",
        "anmelden",
        "contributors",
        "artikelübersicht",
        "übersicht",
        "edition",
        "cc",
        "cc-by",
        "cc-by-sa",
        "license",
        "licence",
        "lizenz",
        "theme",
        "designed",
        "powered",
        "commons",
    ]
)
# Credits for pictures or a translation, not for the text.
_PICTURE_CREDIT = re.compile(
    r"^\s*(?:photo(?:graph)?s?|pictures?|images?|illustrations?|fotos?|bild(?:er)?|grafik|"
    r"video|kamera|camera|theme|design(?:ed)?|powered|hosted|translated|translation|übersetzt|"
    r"übersetzung|traduit|traduction|traducido|traducción|tradotto|traduzione)\b\s*"
    r"(?:by|von|par|por|da|:)",
    re.IGNORECASE,
)
_LEAD_PHRASES = (
    r"(?:view|see|read|show)\s+(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+by",
    r"(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+by",
    r"(?:zeige\s+)?(?:alle\s+)?(?:beiträge|artikel|texte)\s+von",
    r"(?:zum\s+)?profil\s+von",
    r"more\s+(?:from|by)",
    r"mehr\s+von",
    r"(?:erstellt|verfasst|geschrieben|redigiert|zusammengestellt|gespeichert|eingestellt|"
    r"eingetragen|hochgeladen|publiziert)\s+von",
    r"(?:submitted|created|added|uploaded|shared)\s+by",
    r"(?:ein|eine)\s+\w{3,20}\s+von",
    r"about\s+(?:the\s+)?authors?|über\s+(?:den\s+|die\s+)?autor(?:in|en)?",
    r"(?:written|posted|published|reported|story|words|interview|text)\s+by",
    r"by|von|vom|par|por|przez|autor(?:in)?|author|auteur|autore|texto|testo|tekst",
    r"(?-i:di|da|door|av|af|de)",
)
_BY_PREFIX = re.compile(r"^\s*(?:" + "|".join(_LEAD_PHRASES) + r")\b\s*[:\-–—]?\s*", re.IGNORECASE)
# A credit cue after a date or a "Posted in Politics" lead: "Posted on May 2, 2020 by Jane Doe",
# "Datum: 03.11.2021 Autor: Max Muster".
_LATER_CUE = re.compile(
    r"\b(?:by|von|par|por|door|(?:autor(?:in)?|author|auteur|verfasser(?:in)?|redaktion|text)"
    r"\s*:)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_NOISY_LEAD = re.compile(
    r"^\s*(?:posted|submitted|published|eingestellt|erstellt|veröffentlicht|geschrieben|written|"
    r"publié|publicado|pubblicato|datum|date|stand|updated|aktualisiert)\b",
    re.IGNORECASE,
)
# "By" glued to the name by markup: "ByJane Doe", "AuthorJane Doe".
_GLUED_PREFIX = re.compile(r"^(?:By|BY|Von|VON|Par|Por|Author|Autor|Autorin)(?=[A-ZÀ-ÝŁŚŻ])")
# A short label and a colon: "Text: ", "Interview: ", "Autorin: ".
_LABEL_PREFIX = re.compile(r"^\s*[^\W\d_][\w.-]{0,24}(?:\s+[\w.-]{1,24}){0,2}\s*(?::\s+|：\s*)")
# URLs, e-mail addresses and handles: never part of a name.
_LINKS = re.compile(r"(?:https?://|www\.)\S{1,300}|\S{1,100}@\S{1,100}\.\w{2,10}|(?<!\w)@\w{1,50}")
_PARENTHESES = re.compile(r"\s*(?:\([^()]{0,80}\)|\[[^\[\]]{0,80}\]|\([^()]{0,80}$)")
# Where a byline text stops naming people: a date, a time, a separator bar, "Updated", ...
_TAIL = re.compile(
    r"\s*(?:[|•·◆●]|\b(?:(?:last|first|zuerst|zuletzt|erstmals|dernière)\s{1,3})?"
    r"(?:updated|published|posted|veröffentlicht|aktualisiert|publiziert|geändert|"
    r"erstellt\s{1,3}(?:am|um)|"
    r"erschienen|stand|mis à jour|publié|publicado|actualizado|pubblicato|aggiornato|"
    r"edited by|reviewed by|fact[- ]checked by|illustrated by|photographs? by|photos? by)\b|"
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}\b|"
    r"\b\d{1,2}\.?\s{1,3}(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zäé]{0,6}\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.?,?\s{1,3}\d|"
    r"\b\d{1,4}\s{1,3}(?:min|minutes?|hours?|hrs?|days?|stunden?|minuten?|tagen?)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
# A digit, or one of these words, stands in every match of _TAIL: most names hold none, and this
# test answers them for a fraction of the case-insensitive search, which tries every
# alternative at each character.
_TAIL_DIGIT = re.compile(r"\d")
_TAIL_WORDS = AnyWord(
    *"|•·◆●",
    "updated",
    "publi",
    "posted",
    "veröffentlicht",
    "aktualisiert",
    "geändert",
    "erstellt",
    "erschienen",
    "stand",
    "jour",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "edited",
    "reviewed",
    "checked",
    "illustrated",
    "photo",
)
# "Quelle: dpa" after the names, or glued to the last one ("Fritz MusterQuelle: Livenet").
_SOURCE_TAIL = re.compile(
    r"(?:(?<=[a-zà-ÿ])(?:Quelle|Source|Fotos?|Bilder?)\b|\b(?i:quelle|source)\s*:).*$", re.DOTALL
)
# Where the byline block goes on to file the story: "in Rubrik: Autos", "Filed under",
# "Tags: ..." (cut before labels are read: "Jane Doe Tags:" is no label of a name).
_FILING_TAIL = re.compile(
    r"\s*\b(?:filed\s{1,3}under|in\s{1,3}(?:rubrik|kategorie|category|section)\b|"
    r"(?:rubrik|kategorie|category|categories|tags|schlagwörter)\s*:).*$",
    re.IGNORECASE | re.DOTALL,
)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|&copy;)\s*", re.IGNORECASE)
_TRAILING_CONNECTOR = re.compile(
    r"(?:\s+(?:on|am|um|le|el|il|op|em|den|at|de|du|the|vom|seit|,))+\s*$", re.IGNORECASE
)
# Words that can follow a name glued to it by markup ("Andrew HusbandTwitter").
_GLUED_TAIL = re.compile(
    r"(?<=[a-zà-ÿ])(?:Twitter|Follow|Facebook|Email|E-Mail|Instagram|LinkedIn|Staff|Senior|"
    r"Writer|Editor|Reporter|Contributor|Correspondent|More|Read|View|Autor|Redakteur)\b.*$"
)
# A person's job title after the name: it is a role.
_ROLE_WORDS = frozenset(
    """editor editors writer writers reporter reporters correspondent correspondents columnist
    contributor contributing staff senior chief deputy managing executive associate
    assistant redakteur redakteurin chefredakteur chefredakteurin korrespondent
    korrespondentin autor autorin volontär volontärin freelance freier freie journalist
    journalistin rédacteur rédactrice envoyé envoyée spécial spéciale correspondant
    correspondante redactor redactora corresponsal giornalista inviato inviata
    기자 특파원 앵커 記者 特派員""".split()  # noqa: SIM905 (a word list reads best as text)
)
_WEEKDAY_ABBREVIATIONS = frozenset(
    """mo di mi do fr sa so mon tue wed thu fri sat sun monday tuesday wednesday thursday
    friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag""".split()  # noqa: SIM905 (a word list reads best as text)
)
# Lower-case words that belong to names ("Ursula von der Leyen", "Ibn Battuta", "Maria da Silva").
_NAME_PARTICLES = frozenset(
    """von van der den de da di du del della des la le bin ibn al el y e zu zur dos das do ten
    ter af av st mc mac""".split()  # noqa: SIM905 (a word list reads best as text)
)
# Academic and professional degrees after a name ("Jane Doe, MD").
_DEGREES = frozenset(
    """ma md phd ms msc ba bsc mba mph rn dds dr mdiv jd llm""".split()  # noqa: SIM905 (a word list reads best as text)
)
_ATTACHED_ORG = re.compile(r"\s+(?:in|at|for|für|bei|pour|para|per|of)\s+(?=[A-ZÀ-Ý])")
_URLISH = re.compile(r"https?:|www\.|\.(?:com|org|net|de|fr|uk|html?)\b|@\w|/", re.IGNORECASE)
_HAS_LETTER = re.compile(r"[^\W\d_]")
_SPLIT_NAMES = re.compile(
    r"\s*(?:,|;|\||&|/|\bund\b|\band\b|(?-i:\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b)|\bwith\b|"
    r"\bmit\b|\bavec\b|\bcon\b|\bim gespräch mit\b|\bin conversation with\b)\s*",
    re.IGNORECASE,
)
_EDGE_PUNCT = " \t\n.,;:|/-–—•·*()[]{}\"'“”„«»‹›"


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A comparison key for a name: accents, case, punctuation and word order of initials gone.

    Examples:
        >>> name_key("José  Álvarez-Díaz") == name_key("jose alvarez diaz")
        True
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", plain.casefold()))


def clean_byline_text(text: str) -> str:
    """A byline text without its "By"/"Von"/... lead, without parentheses, and without what
    follows the names (dates, "Updated ...", separators).

    Examples:
        >>> clean_byline_text("Von Seb Dumitru, Lille")
        'Seb Dumitru, Lille'
        >>> clean_byline_text("By Jane Doe | Updated 3 hours ago")
        'Jane Doe'
        >>> clean_byline_text("Autor: Max Muster 05.08.2024, 20:59 Uhr")
        'Max Muster'
        >>> clean_byline_text("ByTravis Haney")
        'Travis Haney'
        >>> clean_byline_text("Zeige alle Beiträge von Petra Ruland")
        'Petra Ruland'
        >>> clean_byline_text("Elena Oberholzer (obe), Oliver Maksan (oma)")
        'Elena Oberholzer, Oliver Maksan'
        >>> clean_byline_text("Posted on September 21, 2020 by Jane Doe")
        'Jane Doe'
        >>> clean_byline_text("Max Muster Stand: 05. Februar 2020")
        'Max Muster'
        >>> clean_byline_text("von Jana Beispiel in Rubrik: Autos > Tests")
        'Jana Beispiel'
        >>> clean_byline_text("By Jane Doe Tags: cars, tests")
        'Jane Doe'
    """
    if "&" in text:
        text = html.unescape(text)
    text = " ".join(text.split())[:600]
    if _PICTURE_CREDIT.match(text):
        return ""
    text = _SOURCE_TAIL.sub("", _PARENTHESES.sub("", _LINKS.sub(" ", text)))
    text = _FILING_TAIL.sub("", text)
    later = _LATER_CUE.search(text, 1)
    if later is not None:
        lead = text[: later.start()]
        if any(ch.isdigit() for ch in lead) or _NOISY_LEAD.match(lead) or lead.islower():
            text = text[later.end() :]
    text = _COPYRIGHT.sub("", text, count=1)
    cleaned = _strip_leads(text, labels=True)
    if not cleaned:
        # "Jane Doe Stand: 5. Mai 2020": what looked like a label was the name.
        cleaned = _strip_leads(text, labels=False)
    words = cleaned.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        cleaned = " ".join(words[:half])  # a name given twice by markup (image alt and text)
    return cleaned


def _strip_leads(text: str, *, labels: bool) -> str:
    for _ in range(3):
        stripped = _GLUED_PREFIX.sub("", text, count=1)
        stripped = _BY_PREFIX.sub("", stripped, count=1)
        if labels:
            stripped = _LABEL_PREFIX.sub("", stripped, count=1)
        if stripped == text:
            break
        text = stripped
    if _TAIL_DIGIT.search(text) is not None or _TAIL_WORDS.search(text):
        text = _TAIL.sub("", text)
    text = _TRAILING_CONNECTOR.sub("", text)
    return text.strip(_EDGE_PUNCT)


def polish_name(name: str) -> tuple[str, str | None, str | None]:
    """One name without what clings to it: ``(name, role, organization)``.

    Examples:
        >>> polish_name("Andrew HusbandTwitter")
        ('Andrew Husband', None, None)
        >>> polish_name("Christoph Hein Chefredakteur")
        ('Christoph Hein', 'Chefredakteur', None)
        >>> polish_name("Meg Wagner NEW YORK DAILY NEWS")
        ('Meg Wagner', None, 'NEW YORK DAILY NEWS')
        >>> polish_name("Paul Warren for Amika")
        ('Paul Warren', None, 'Amika')
    """
    name = _GLUED_TAIL.sub("", " ".join(name.split())).strip(_EDGE_PUNCT)
    role = organization = None
    attached = _ATTACHED_ORG.search(name)
    if attached is not None and attached.start() > 0:
        name, organization = (
            name[: attached.start()],
            name[attached.end() :].strip(_EDGE_PUNCT) or None,
        )
    words = name.split()
    # Job titles before or after the name.
    tail: list[str] = []
    while len(words) > 1 and (
        words[-1].casefold() in _ROLE_WORDS
        or words[-1].casefold().rstrip(".") in _WEEKDAY_ABBREVIATIONS
    ):
        word = words.pop()
        if word.casefold().rstrip(".") not in _WEEKDAY_ABBREVIATIONS:
            tail.insert(0, word)
    head: list[str] = []
    while len(words) > 2 and words[0].casefold().split("-")[-1] in _ROLE_WORDS | {
        "experte",
        "expertin",
        "expert",
    }:
        head.append(words.pop(0))
    if tail or head:
        role = " ".join(head + tail)
    # An all-capitals publication after a mixed-case name.
    caps = 0
    while (
        caps < len(words) - 2
        and words[len(words) - 1 - caps].isupper()
        and len(words[len(words) - 1 - caps]) > 1
    ):
        caps += 1
    if caps >= 2 and not any(w.isupper() for w in words[: len(words) - caps]):
        organization = " ".join(words[len(words) - caps :])
        words = words[: len(words) - caps]
    return " ".join(words).strip(_EDGE_PUNCT), role, organization


def _fold(text: str) -> str:
    return name_key(text).replace(" ", "")


def is_agency(name: str) -> bool:
    """Whether a credit names a news agency or service.

    Examples:
        >>> is_agency("Reuters"), is_agency("dpa/AFP"), is_agency("Jane Doe")
        (True, True, False)
    """
    words = re.findall(r"[\w-]+", name)
    if words and all(w in AGENCIES or w.lower() in ("staff", "with", "and") for w in words):
        return True
    lowered = name.casefold()
    return any(phrase in lowered for phrase in _AGENCY_PHRASES)


def is_junk_name(name: str) -> bool:
    """Whether a would-be name is not a name at all.

    Examples:
        >>> is_junk_name("Email the author"), is_junk_name("@janedoe"), is_junk_name("Jane Doe")
        (True, True, False)
        >>> is_junk_name("Updated 3 hours ago"), is_junk_name("https://example.com/jane")
        (True, True)
    """
    stripped = name.strip(_EDGE_PUNCT)
    if not stripped or len(stripped) > 60 or len(stripped) < 2:
        return True
    if _URLISH.search(stripped) or not _HAS_LETTER.search(stripped):
        return True
    words = stripped.split()
    if len(words) > 6:
        return True
    lowered = {w.strip(_EDGE_PUNCT).casefold() for w in words}
    if lowered & _JUNK_WORDS:
        return True
    if len(words) > 1 and _lower_word_in_name(words):
        return True
    digits = sum(ch.isdigit() for ch in stripped)
    return digits > 0 and (len(words) > 1 or digits * 2 > len(stripped))


def _lower_word_in_name(words: Sequence[str]) -> bool:
    """Whether a capitalised name holds, before its last word, a lower-case word that is no
    name particle: a phrase ("donation to Planned Parenthood"), not a name. All-lower-case
    names ("bell hooks"), a lower-case last name and brand-like words ("revamp-it") pass."""
    capitalised = lower = False
    last = len(words) - 1
    for index, word in enumerate(words):
        first = word[:1]
        if not first.isalpha() or first.lower() == first.upper() or word in AGENCIES:
            continue  # no case (CJK, digits, punctuation), or an agency ("dpa")
        if first.isupper():
            capitalised = True
        elif (
            index < last
            and word.isalpha()
            and word.strip(_EDGE_PUNCT).casefold() not in _NAME_PARTICLES
        ):
            lower = True
    return capitalised and lower


def _is_same_as_site(name: str, site_names: Sequence[str]) -> bool:
    """Whether the name is the site's own name (``"n-tv NACHRICHTEN"`` on n-tv.de), also when
    the site is named by its host ("El Colombiano" on ``www.elcolombiano.com``).

    Examples:
        >>> _is_same_as_site("El Colombiano", ["www.elcolombiano.com"])
        True
        >>> _is_same_as_site("Jane Doe", ["www.elcolombiano.com", "El Colombiano"])
        False
        >>> (
        ...     _is_same_as_site("Jane Doe", ["janedoe.com"]),
        ...     _is_same_as_site("La República", ["larepublica.pe"]),
        ... )
        (False, True)
    """
    folded = _fold(name)
    if not folded:
        return False
    if any(folded == _fold(site) for site in site_names):
        return True
    # The host first: most site names are no host, and the name test costs far more.
    if not any(folded == _host_letters(site) for site in site_names):
        return False
    # A host names a publication only when the name is not a person's: "Jane Doe" on
    # janedoe.com is the blog's owner; "La República" on larepublica.pe opens with an article.
    words = name.split()
    return not (
        looks_like_person_name(name)
        and not opens_with_title_article(name)
        and words[0].casefold() not in _HOST_TITLE_ARTICLES
    )


# Articles that open a publication's title and a few names ("La Toya"): next to a host that
# spells the whole name, the title is the likelier reading.
_HOST_TITLE_ARTICLES = frozenset({"la", "le", "les", "il", "lo", "los", "las", "o", "a", "os"})


def _host_letters(site: str) -> str:
    """The letters of a site name written as a host, without ``www`` and the top-level
    domain ("www.elcolombiano.com" gives "elcolombiano"); "" for other names."""
    if " " in site or "." not in site:
        return ""
    labels = site.casefold().removeprefix("www.").split(".")[:-1]
    return _fold(" ".join(labels)) if labels else ""


def _split_desk_compound(word: str) -> list[str]:
    head, _, tail = word.rpartition("-")
    return [head, tail] if head and tail.casefold() in _DESK_WORDS else [word]


def credit_from_name(
    name: str, *, raw: str | None = None, site_names: Sequence[str] = (), organization: bool = False
) -> Byline | None:
    """One credit from a single name: a person, or an organization / desk credit, or None (junk).

    Examples:
        >>> credit_from_name("Reuters")
        Byline(raw='Reuters', name=None, role=None, organization='Reuters')
        >>> credit_from_name("Reuters Staff")
        Byline(raw='Reuters Staff', name=None, role='Staff', organization='Reuters')
        >>> credit_from_name("Jane Doe")
        Byline(raw='Jane Doe', name='Jane Doe', role=None, organization=None)
        >>> credit = credit_from_name("Christoph Hein Chefredakteur")
        >>> credit.name, credit.role
        ('Christoph Hein', 'Chefredakteur')
    """
    name = " ".join(name.split()).strip(_EDGE_PUNCT)
    raw = raw if raw is not None else name
    words = name.split()
    # "NZZ-Redaktion": the desk word glued to the publication's name.
    words = [p for w in words for p in _split_desk_compound(w)]
    desk = [w for w in words if w.casefold() in _DESK_WORDS]
    if desk:
        if is_junk_name(name):
            return None
        rest = " ".join(w for w in words if w.casefold() not in _DESK_WORDS).strip(_EDGE_PUNCT)
        return Byline(raw=raw, name=None, role=" ".join(desk), organization=rest or None)
    # A lone short all-capitals word is an agency or desk code ("SP-X", "NDR"), not a person.
    lone_code = len(words) == 1 and name.isupper() and len(name) <= 6
    if organization or lone_code or is_agency(name) or _is_same_as_site(name, site_names):
        # "dpa/AFP": a slash between agencies is no path.
        junk = is_junk_name(name.replace("/", " ")) or name.startswith(("http", "www."))
        return None if junk else Byline(raw=raw, name=None, organization=name)
    if name.replace(".", "").casefold() in _DEGREES:
        return None
    person, role, attached = polish_name(name)
    if is_junk_name(person):
        return None
    if attached is not None and (is_agency(attached) or _is_same_as_site(attached, site_names)):
        pass
    elif attached is not None and is_junk_name(attached):
        attached = None
    if person.isupper() and len(person) > 4:
        person = person.title()
    return Byline(raw=raw, name=person, role=role, organization=attached)


def split_credits(text: str, *, site_names: Sequence[str] = (), lone: bool = False) -> list[Byline]:
    """The credits in a byline text ("By Jane Doe and John Roe, Reuters").

    The shared ``parse_byline`` reads the names; each is then checked here (junk dropped,
    organizations moved out of ``name``). ``lone``: the text is all of a name element or a
    name value (an author link, ``<meta name=author>``), so one word alone is a name too (a
    first name, a handle, a name in a script written without spaces).

    Examples:
        >>> [(b.name, b.organization) for b in split_credits("By Jane Doe and John Roe, Reuters")]
        [('Jane Doe', 'Reuters'), ('John Roe', 'Reuters')]
        >>> split_credits("Email the author")
        []
        >>> [b.name for b in split_credits("Heiko", lone=True)], split_credits("Heiko")
        (['Heiko'], [])
    """
    if len(text) > 2000:
        return list(_split_credits.__wrapped__(text, tuple(site_names), lone))
    return list(_split_credits(text, tuple(site_names), lone))


@functools.lru_cache(maxsize=2048)
def _split_credits(text: str, site_names: tuple[str, ...], lone: bool) -> tuple[Byline, ...]:
    raw = " ".join(text.split())
    out: list[Byline] = []
    rest = text
    for _ in range(4):
        # A separator ends the byline ("Jane Doe | Updated 3 hours ago") unless what is before
        # it names no one ("Politik · Jochen Bittner, Tina Hildebrandt").
        found = _piece_credits(rest, raw=raw, site_names=site_names, lone=lone)
        if any(c.name for c in found):
            return (*out, *found)
        out.extend(found)
        parts = _SEPARATOR.split(rest, maxsplit=1)
        if len(parts) < 2 or not parts[1].strip():
            break
        rest = parts[1]
    return tuple(out)


_SEPARATOR = re.compile(r"\s*[|•·◆●]\s*")


def _piece_credits(text: str, *, raw: str, site_names: Sequence[str], lone: bool) -> list[Byline]:
    cleaned = clean_byline_text(text)
    if not cleaned or len(cleaned) > 250:
        return []
    if _is_same_as_site(cleaned, site_names) or is_agency(cleaned):
        whole = credit_from_name(cleaned, raw=raw, site_names=site_names, organization=True)
        return [whole] if whole is not None else []
    alone_in_text = _SEPARATOR.search(text) is None and _ends_with(cleaned, text)
    if ((lone and alone_in_text) or _credited(cleaned, text)) and _LONE_NAME.fullmatch(cleaned):
        # One word as the page shows it: "HansEhrlich" is a handle, not two glued words.
        alone = _lone_credit(cleaned, raw=raw, site_names=site_names)
        return [alone] if alone is not None else []
    try:
        parsed = parse_byline(cleaned)
    except Exception:  # a parser on hostile text must not stop metadata reading
        parsed = ()
    out: list[Byline] = []
    for credit in parsed:
        if credit.name is None:
            if credit.organization and not is_junk_name(credit.organization):
                out.append(
                    Byline(raw=raw, name=None, role=credit.role, organization=credit.organization)
                )
            continue
        checked = credit_from_name(credit.name, raw=raw, site_names=site_names)
        if checked is None:
            continue
        if checked.name is not None and (credit.role or credit.organization):
            checked = Byline(
                raw=checked.raw,
                name=checked.name,
                role=checked.role or credit.role,
                organization=checked.organization or credit.organization,
            )
        out.append(checked)
    return out


def _credited(word: str, text: str) -> bool:
    """Whether ``word`` comes right after "by"/"von"/... in ``text`` ("Submitted by rasos on
    Fri, 07/12/2019"): after a credit cue one word is a name."""
    at = text.find(word)
    return at > 0 and _CUE_BEFORE.search(text[max(0, at - 12) : at]) is not None


_CUE_BEFORE = re.compile(r"\b(?:by|von|par|por|door|av|af|przez)\s{0,2}:?\s{1,3}$", re.IGNORECASE)


def _ends_with(word: str, text: str) -> bool:
    """Whether ``text`` ends with ``word`` (only a lead such as "By" or a label before it):
    nothing after the name was cut off ("ca. 8 Min.", "Views (2391)")."""
    return text.rstrip(_EDGE_PUNCT).endswith(word)


# One word: letters, digits, dots, dashes and underscores ("Heiko", "freeman1984", "fri.juli",
# "Herr_Rein"), or a name in a script written without spaces ("肖春芳").
_LONE_NAME = re.compile(r"[^\W_][\w.'’-]{0,40}")


def _lone_credit(word: str, *, raw: str, site_names: Sequence[str]) -> Byline | None:
    """A name element that holds one word: a person (by first name or handle), a desk or title
    ("Redaktion", "Editor"), an agency or the site itself; None for junk."""
    folded = word.casefold()
    if folded in _JUNK_WORDS or folded in _LONE_JUNK or is_junk_name(word):
        return None
    if folded in _DESK_WORDS or folded in _ROLE_WORDS or folded in _LONE_ROLES:
        return Byline(raw=raw, name=None, role=word)
    if folded in ORGANIZATION_WORDS:
        return None  # "News", "Online": a section, not a credit
    if looks_like_organization(word):
        return Byline(raw=raw, name=None, organization=word)  # "katholisch.at", "Volksblatt"
    if not any(ch.isalpha() for ch in word) or sum(ch.isdigit() for ch in word) * 2 > len(word):
        return None
    if (word.islower() and len(word) < 3) or (word.isupper() and len(word) > 5):
        return None  # "ca", "AUTHORING": an abbreviation or a label in capitals
    if _is_same_as_site(word, site_names):
        return Byline(raw=raw, name=None, organization=word)
    credit = credit_from_name(word, raw=raw, site_names=site_names)
    if credit is not None and credit.name is None and credit.organization == word:
        credit = Byline(raw=raw, name=word)  # "LD", "IWB": initials in an author element
    if credit is None and not is_junk_name(word):
        # "freeman1984": a handle with digits is a name the site knows its author by
        credit = Byline(raw=raw, name=word)
    return credit


# Words a name element may hold that name no one.
_LONE_JUNK = frozenset(
    """admin administrator webmaster user guest anonymous unknown none null undefined
    n/a na author autor auteur autore by von par por xxx xx test tbd todo lorem""".split()  # noqa: SIM905 (a word list reads best as text)
)
_LONE_ROLES = frozenset(
    """editor redakteur redakteurin reporter writer contributor correspondent columnist""".split()  # noqa: SIM905 (a word list reads best as text)
)


def credits_from_jsonld(
    value: Any, *, resolve: Any, site_names: Sequence[str] = (), organizations: Sequence[str] = ()
) -> list[Byline]:
    """Credits from a JSON-LD ``author``/``creator`` value: strings, Person and Organization
    nodes (``name``, or ``givenName`` + ``familyName``), ``@id`` references, lists of these.

    A node typed Person is a person even when the site carries the same name (a personal
    site), unless ``organizations`` (the publisher's name) names it."""
    items = value if isinstance(value, list) else [value]
    out: list[Byline] = []
    for item in items[:50]:
        item = resolve(item)
        if isinstance(item, str):
            out.extend(split_credits(item, site_names=site_names))
            continue
        if not isinstance(item, dict):
            continue
        types = item.get("@type")
        type_names = {
            t.rsplit("/", 1)[-1].lower()
            for t in (types if isinstance(types, list) else [types])
            if isinstance(t, str)
        }
        name = item.get("name")
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        if isinstance(name, str) and "&" in name:
            name = html.unescape(name)
        if not isinstance(name, str) or not name.strip():
            given, family = item.get("givenName"), item.get("familyName")
            parts = [p for p in (given, family) if isinstance(p, str) and p.strip()]
            name = " ".join(parts) if parts else None
        if not name:
            continue
        organization = bool(type_names & {"organization", "newsmediaorganization", "corporation"})
        if organization:
            credit = credit_from_name(name, site_names=site_names, organization=True)
            if credit is not None:
                out.append(credit)
        elif _SPLIT_NAMES.search(name) and len(name.split()) > 3:
            out.extend(split_credits(name, site_names=site_names))
        else:
            credit = credit_from_name(
                clean_byline_text(name) or name, raw=name, site_names=organizations
            )
            if credit is not None:
                out.append(credit)
    return out


def dedupe_bylines(bylines: Iterable[Byline]) -> tuple[Byline, ...]:
    """The credits with repeats removed (same person or same organization), first one kept.

    A person given once in full and once by first name only ("Jane Doe", "Jane") counts once.

    Examples:
        >>> [b.name for b in dedupe_bylines([Byline("a", "Jane Doe"), Byline("b", "JANE DOE")])]
        ['Jane Doe']
    """
    kept: list[Byline] = []
    keys: list[str] = []
    for credit in bylines:
        key = name_key(credit.name or credit.organization or credit.role or "")
        if not key:
            continue
        duplicate = False
        for index, seen in enumerate(keys):
            if key == seen or (credit.name and f" {key} " in f" {seen} "):
                duplicate = True
                break
            if credit.name and kept[index].name and f" {seen} " in f" {key} ":
                kept[index] = credit  # the fuller form of the same name wins
                keys[index] = key
                duplicate = True
                break
        if not duplicate:
            kept.append(credit)
            keys.append(key)
    return tuple(kept)


_USERNAME = re.compile(r"[^\W\d_]*[\d._-]|[a-z]+", re.UNICODE)


def looks_like_username(name: str) -> bool:
    """A handle rather than a name: one token in lower case or with digits, dots, dashes.

    Examples:
        >>> looks_like_username("arianschlichenmayer"), looks_like_username("Arian Schlichenmayer")
        (True, False)
    """
    return " " not in name.strip() and (
        name.islower() or any(ch.isdigit() or ch in "._-" for ch in name)
    )


# A name shown as a first name only ("Nils") or as an account's handle ("christian.stadtfeld").
_GIVEN_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]{2,30}", re.UNICODE)
_HANDLE_PARTS = re.compile(r"([^\W\d_]{2,30})[._-]([^\W\d_]{2,30})", re.UNICODE)
_SURNAME = r"(?:\s{1,3}[A-Z]\.)?\s{1,3}([^\W\d_][\w'’-]{1,30})"
_BY_BEFORE = r"(?i:\b(?:by|von|par|por|door|di|de)\s{1,3})"


def name_stubs(name: str) -> tuple[str, ...]:
    """The words a one-word name or handle gives to look for its full form ("" when the name
    is already written out).

    Examples:
        >>> name_stubs("Nils"), name_stubs("christian.stadtfeld"), name_stubs("Jane Doe")
        (('Nils',), ('christian', 'stadtfeld'), ())
    """
    name = name.strip()
    handle = _HANDLE_PARTS.fullmatch(name)
    if handle is not None:
        return handle.group(1), handle.group(2)
    if _GIVEN_NAME.fullmatch(name) and name[0].isupper() and not name.isupper():
        return (name,)
    return ()


def completed_name(name: str, shown: Iterable[str], described: Iterable[str] = ()) -> str | None:
    """The full form of a first-name-only or handle credit, when the page writes it out in one
    way only: a text that is just the full name (an author box), "by"/"von" before it, or a
    description that opens with it (a JSON-LD person's ``description``). ``None`` when there is
    no such text, or when the page names two different people that way.

    Examples:
        >>> completed_name("Nils", ["Eine Kolumne von Nils Pickert"])
        'Nils Pickert'
        >>> completed_name("Todd", ["Todd Bates"])
        'Todd Bates'
        >>> completed_name(
        ...     "henry", ["MEHR VON HENRY STEINHAU"]
        ... ) is None  # a handle must be two words
        True
        >>> completed_name("Henry", ["MEHR VON HENRY STEINHAU"])
        'Henry Steinhau'
        >>> completed_name("christian.stadtfeld", ["Chefredakteur Christian P. Stadtfeld sagt"])
        'Christian P. Stadtfeld'
        >>> completed_name("Todd", ["Todd Bates", "by Todd Lee"]) is None  # two different people
        True
        >>> completed_name("Todd", ["Todd went home"]) is None
        True
    """
    stubs = name_stubs(name)
    if not stubs:
        return None
    found: dict[str, str] = {}
    if len(stubs) == 2:
        pattern = re.compile(
            rf"(?<![\w.])(?i:{re.escape(stubs[0])})(?:\s{{1,3}}[A-Z]\.)?\s{{1,3}}"
            rf"(?i:{re.escape(stubs[1])})(?![\w])"
        )
        for text in shown:
            for match in pattern.finditer(text):
                full = " ".join(match.group(0).split())
                found.setdefault(full.casefold(), full)
    else:
        given = rf"(?i:{re.escape(stubs[0])})"
        whole = re.compile(rf"\s{{0,3}}{given}{_SURNAME}\s{{0,3}}")
        after_by = re.compile(rf"{_BY_BEFORE}({given}{_SURNAME})(?![\w])")
        opening = re.compile(rf"\s{{0,3}}({given}{_SURNAME})(?![\w])")
        for text in shown:
            shown_whole = whole.fullmatch(text)
            if shown_whole is not None:
                _add_full(found, shown_whole.group(0))
            for by_match in after_by.finditer(text):
                _add_full(found, by_match.group(1))
        for text in described:
            described_opening = opening.match(text)
            if described_opening is not None:
                _add_full(found, described_opening.group(1))
    if len(found) != 1:
        return None
    return name_case(next(iter(found.values())))


def _add_full(found: dict[str, str], text: str) -> None:
    words = text.split()
    surname = words[-1]
    if not surname[0].isupper() or surname.casefold() in _NOT_SURNAMES:
        return
    full = " ".join(words)
    found.setdefault(full.casefold(), full)


# Capitalised words that follow a first name without being a surname.
_NOT_SURNAMES = frozenset(
    """and und et the der die das is ist was war und says sagt said sagte""".split()  # noqa: SIM905
)
