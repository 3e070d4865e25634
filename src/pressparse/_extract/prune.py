"""Pruning inside the content: boxes that are not story text, and chrome around the story.

Two stages. While the blocks are walked, each block-level element is asked whether it is a box
to leave out (``box_reason``): a link list, a box named as boilerplate or metadata, an empty
wrapper. Then the block list is filtered (``filter_blocks``): the headline, the byline, date and
kicker lines before the first real paragraph, link lines ("Read more: ..."), labels
("Advertisement"), and the share, tag and copyright lines after the last real paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pressparse._extract.blocks import RawBlock
from pressparse._extract.stats import LINK, SIZE, Stats
from pressparse._html.anycase import AnyWord
from pressparse._html.text import normalize_space, raw_text
from pressparse._html.vocabulary import NameReader
from pressparse._text.locale import DEFAULT_DATE_LOCALE, DEFAULT_DATELINE_LOCALE

__all__ = ["box_reason", "filter_blocks"]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary written as one string."""
    return text.split()


# Tags that are boxes (containers) rather than text blocks.
_BOXES = frozenset(
    _words(
        """div section article aside header footer nav form ul ol dl table figure details center
        span font main fieldset menu dir"""
    )
)

_SUBSTANTIAL = 120
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…", '"', "”", "“", "»", "«", ")", "']")

_BYLINE = re.compile(
    r"(?:by|von|par|por|di|de|door|av|af|przez|tekst|autor|author|written\s+by|posted\s+by|"
    r"reported\s+by|text|fotos?|photos?)\s*:?\s+\S",
    re.IGNORECASE,
)
_CHROME_START = re.compile(
    r"(?:updated|published|posted|last\s+(?:updated|modified)|aktualisiert|veröffentlicht|"
    r"stand|erschienen|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|"
    r"opublikowano|\d+\s*(?:min(?:ute)?s?|minuten)\s+(?:read|lesezeit|lesedauer)|"
    r"(?:lesezeit|lesedauer|reading\s+time|temps\s+de\s+lecture)|share|teilen|partager|"
    r"tags?\s*:|schlagworte|themen\s*:|topics?\s*:|filed\s+under|categor(?:y|ies)\s*:|"
    r"image\s*:|photo\s*:|foto\s*:|bild\s*:|source\s*:|quelle\s*:|©|\(c\)|copyright)",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre)[a-zé]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre))",
    re.IGNORECASE,
)
_TRAILING_CHROME = re.compile(
    r"(?:share|teilen|partager|compartir|follow\s+us|folgen\s+sie|suivez|"
    r"all\s+rights\s+reserved|alle\s+rechte|tous\s+droits|©|copyright|"
    r"read\s+more|more\s+(?:on|from|about)|related|see\s+also|mehr\s+zum\s+thema|"
    r"lesen\s+sie\s+(?:auch|mehr)|weitere\s+artikel|à\s+lire\s+aussi|lire\s+aussi|"
    r"te\s+puede\s+interesar|leer\s+más|lee\s+también|tags?\s*:|topics?\s*:|"
    r"schlagworte|sign\s+up|subscribe|newsletter|abonn|comments?|kommentare|"
    r"advertisement|anzeige|werbung|click\s+here|print|drucken|"
    # the story's sources: "(Quelle: APA/dpa)", "Source: Reuters"; a broadcaster's airing note
    r"\(?(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fontes|källa|kilde|bron|"
    r"źródło|kaynak|sendung)\s*:|"
    # a prompt to report a mistake: "Fehler gefunden? Jetzt melden.", "Spotted an error?"
    r"(?:tipp)?fehler\s+gefunden|(?:found|spotted|see)\s+an?\s+(?:error|typo|mistake)|"
    r"report\s+an?\s+(?:error|typo|mistake)|signaler\s+une\s+erreur)",
    re.IGNORECASE,
)
_LINK_LINE_START = re.compile(
    r"(?:>>|»|→|▶|►|read\s+more|read\s+also|also\s+read|related|see\s+also|more\s*:|watch\s*:|"
    r"listen\s*:|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|"
    r"lire\s+aussi|à\s+lire|leer\s+más|lee\s+también|te\s+puede|leggi\s+anche|czytaj\s+też|"
    r"czytaj\s+także|recommended|empfohlen|zum\s+thema)",
    re.IGNORECASE,
)
_LABELS = re.compile(
    r"advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|"
    r"publicidade|advertentie|annons|annonse|annonce|mainos|reklam|реклама|διαφήμιση|"
    r"sponsored|story\s+continues\s+below(?:\s+advertisement)?|article\s+continues\s+below|"
    r"continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?|"
    r"view\s+(?:full\s+size|larger|gallery)|enlarge|\d{1,4}\s+of\s+\d{1,4}|"
    # a gallery's counter ("1/12"), an embed's placeholder
    r"\d{1,3}\s*/\s*\d{1,3}|embed|"
    # a "read more" prompt standing alone (the link to the rest of a teaser or an article)
    r"read\s+more|continue\s+reading|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|lire\s+plus|"
    r"leer\s+más|seguir\s+leyendo|leggi\s+(?:di\s+più|tutto)|continua\s+a\s+leggere|"
    r"czytaj\s+(?:więcej|dalej)|läs\s+mer|les\s+mer|læs\s+mere|lees\s+meer|lue\s+lisää|"
    r"devamını\s+oku|ler\s+mais|читать\s+далее|подробнее|"
    r"(?:empfohlener\s+)?(?:redaktioneller|externer)\s+inhalt|(?:recommended\s+)?external\s+content|"
    r"contenu\s+externe|contenido\s+externo|"
    # a share button's words: "Artikel teilen", "Share this story", "Partager"
    r"(?:(?:artikel|beitrag|seite|article|story|post|page)\s+)?"
    r"(?:share|teilen|partager|compartir|condividi|compartilhar|delen|dela|jaa|udostępnij|paylaş)"
    r"(?:\s+(?:this\s+)?(?:article|story|post|page))?",
    re.IGNORECASE,
)

# A line that records when the story was published or updated, or how long it takes to read
# ("Uppdaterad 15.59 | Publicerad 14.14", "15.04.2026 - 15:48 Uhr Lesedauer: 2 Min."): every word
# is a date's or one of these, and at least one is a label below.
_RECORD_MAX = 100
_RECORD_LABELS = frozenset(
    _words(
        """published updated posted modified aktualisiert veröffentlicht erstellt publié modifié
        publicado actualizado atualizado pubblicato aggiornato modificato modifica gepubliceerd
        bijgewerkt uppdaterad publicerad oppdatert publisert opdateret udgivet publiceret
        päivitetty julkaistu opublikowano zaktualizowano aktualizacja güncellenme güncelleme
        yayınlanma aktualizováno publikováno lesedauer lesezeit leestijd lästid lesetid læsetid
        lukuaika read reading lecture lectura lettura leitura"""
    )
)
# The other words such a line holds that are no date's (``_date_word`` knows those: month and
# weekday names, date labels and joiners, "Uhr", time zones).
_RECORD_WORDS = _RECORD_LABELS | frozenset(
    _words(
        """min mins minute minutes minuten minuti minutos minuter minutter minuutti temps tiempo
        tempo tid klo godz saat"""
    )
)
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_MERIDIEM = re.compile(r"\b[ap]\.m\.", re.IGNORECASE)
# A word glued to the next at a capital ("UhrLesedauer": two elements' texts without a space).
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")

# A label of up to six words before a link: "READ ALSO |", "Mehr dazu:", "Watch ›".
_LINK_LABEL = re.compile(r"[^\W\d_][^.!?:|›»–—]{0,50}?\s*[:|›»–—]", re.UNICODE)
# A copyright notice standing as a line of its own ("© The Financial Times Ltd. 2024").
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
# Repeated lines shorter than this are prompts and labels.
_REPEATED_MAX = 80
_WORD_CHAR = re.compile(r"[^\W_]")
# Not ``_SENTENCE_END``: a question may be a prompt ("Don't want to see this?"), and a closing
# bracket ends a table's repeated labels ("Preis (Größe L)").
_STATEMENT_END = (".", "!", "…", '"', "”", "»", "«", "'", "’")
# The fewest words a teaser's headline has.
_HEADLINE_WORDS = 4

# Posts embedded from social networks (their markup before the network's script renders them).
_SOCIAL_EMBED = AnyWord(
    "twitter-tweet",
    "twitter-timeline",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "fb-video",
    "reddit-embed",
    "bluesky-embed",
    "mastodon-embed",
    "threads-embed",
    "telegram-post",
)


@functools.lru_cache(maxsize=4096)
def _social_embed(names: str) -> bool:
    """Whether class/id names mark a post embedded from a social network (memoized: pages
    repeat their class strings)."""
    return _SOCIAL_EMBED.search(names)


def _names(element: HtmlElement) -> str:
    names = element.get("class") or ""
    ident = element.get("id")
    return f"{names} {ident}" if ident else names


def box_reason(
    element: HtmlElement,
    stats: Stats,
    content_size: int,
    *,
    strict: bool = True,
    names: NameReader | None = None,
) -> str | None:
    """Why a block-level element inside the content is not story text, or None to keep it.
    Only ``strict`` reading holds class names against it."""
    tag = element.tag
    if tag not in _BOXES and tag != "blockquote":
        return None
    element_names = _names(element) if strict else ""
    if strict and _social_embed(element_names):
        return "social media embed"
    if tag == "blockquote":
        return None
    row = stats.get(element)
    if row is None:
        return None
    size = row[SIZE]
    if size == 0:
        # (A leaf box holds no image: no iterator is made for it.)
        return None if len(element) and next(element.iter("img"), None) is not None else "empty"
    if names is None:
        names = NameReader()
    weight = names.weight(element_names) if strict else 0
    share = size / content_size if content_size else 1.0
    if weight < -25 or (weight < 0 and share < 0.3):
        return "names"
    if strict and share < 0.5 and size <= _LABELLED_MAX:
        labelled = _labelled_as(element, names)
        if labelled is not None:
            return f"aria-label: {labelled}"
    if strict and share < 0.5 and _titled_as_related(element):
        return "related heading"
    if strict and size <= _TEASER_MAX and share < 0.5 and _teaser_card(element):
        return "teaser card"
    if size <= _PERSON_BOX_MAX and share < 0.5 and _person_item(element):
        return "person box"
    density = row[LINK] / size
    if density > 0.5 and share < 0.5:
        return f"links {density:.2f}"
    if tag in ("ul", "ol", "dl") and density > 0.35 and size < 600:
        return f"link list {density:.2f}"
    if (
        weight <= 0
        and density > 0.3
        and size < 300
        and (not len(element) or next(element.iter("p"), None) is None)
    ):
        return f"link box {density:.2f}"
    return None


# What a box's ARIA label may name it: a screen reader hears "Newsletter Anmeldung" where the
# class names say nothing ("col-span-3 w-full border").
_LABELLED_KINDS = frozenset(
    {"newsletters", "related", "share_bars", "ads", "comment_sections", "cookie_banners"}
)


# A box so labelled holds a sign-up line or a few links, not a story's worth of text.
_LABELLED_MAX = 300


def _labelled_as(element: HtmlElement, names: NameReader) -> str | None:
    """The boilerplate kind a box's ``aria-label`` names (``<section aria-label="Newsletter
    Anmeldung">``), or None. The label must be a name of one or two words whose first word
    says it: "Related stories", not "Share price reaction" or "Stories related to the vote"."""
    label = element.get("aria-label")
    words = label.split() if label else []
    if not 1 <= len(words) <= 2:
        return None
    kind = names.kind(words[0])
    return kind[0] if kind is not None and kind[0] in _LABELLED_KINDS else None


_RELATED_TITLE = re.compile(
    r"(?:more\s+(?:from|on|about|stories|news|articles|in)|related|recommended|read\s+more|"
    r"read\s+next|up\s+next|you\s+(?:may|might)\s+(?:also\s+)?like|most\s+(?:read|popular|viewed)|"
    r"popular|trending|further\s+reading|also\s+read|see\s+also|latest\s+(?:news|stories)|"
    r"mehr\s+(?:zum\s+thema|aus|von|news)|weitere\s+(?:artikel|nachrichten|themen)|"
    r"das\s+könnte\s+sie\s+auch\s+interessieren|lesen\s+sie\s+auch|meistgelesen|"
    r"à\s+lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|te\s+puede\s+interesar|"
    r"noticias\s+relacionadas|lo\s+más\s+leído|leggi\s+anche|potrebbe\s+interessarti|"
    r"czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|leia\s+também|relacionad[ao]s)",
    re.IGNORECASE,
)
_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "header", "strong", "p", "span", "div"})


def _titled_as_related(element: HtmlElement) -> bool:
    """Whether the first thing in a box is a title announcing links to other stories."""
    node = element
    for _ in range(3):
        # "*": the first element, picked in C (a leaf has none: no iterator is made for it).
        first = next(node.iterchildren("*"), None) if len(node) else None
        if first is None:
            return False
        if first.tag in _HEADING_TAGS or (first.tag in _TITLE_TAGS and len(first) == 0):
            raw = raw_text(first) if len(first) else first.text or ""
            # The pattern parts its words with ``\s+``: it matches the raw text as it matches
            # the normalized one. Most first lines (a paragraph) fail it at once, and are not
            # normalized to be measured.
            if _RELATED_TITLE.match(raw.lstrip()) is None:
                return False
            return 0 < len(normalize_space(raw)) <= 60
        node = first
    return False


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# A box that describes a person (schema.org ``Person`` microdata: a name, a job title, a line
# of biography) inside the story is a fact box about someone the story quotes, or an author
# box: a portrait, not the story's text.
_PERSON_BOX_MAX = 600


def _person_item(element: HtmlElement) -> bool:
    """Whether ``element`` is a schema.org ``Person`` item (``itemscope`` with that type)."""
    kind = element.get("itemtype")
    return (
        kind is not None
        and element.get("itemscope") is not None
        and kind.rstrip("/").rsplit("/", 1)[-1].casefold() == "person"
    )


# A teaser card holds a headline and a line or two of summary, never a story's worth of text.
_TEASER_MAX = 600


def _teaser_card(element: HtmlElement) -> bool:
    """Whether a box is a card pointing at another page: its heading is a link, and either the
    same address is linked again in the box (from the picture or a "more" link) or a sibling of
    the same tag and class is such a card too (a row of cards)."""
    href = _heading_link(element)
    if href is None:
        return False
    if sum(1 for a in element.iter("a") if a.get("href") == href) >= 2:
        return True
    return _has_twin_card(element, href)


def _heading_link(element: HtmlElement) -> str | None:
    """The address that the box's first heading links to, when the link is (nearly) the whole
    heading."""
    if not len(element):
        return None  # a leaf holds no link (even a leaf heading): no iterator is made for it
    heading = next(element.iter(*_HEADING_TAGS), None)
    if heading is None:
        return None
    link = next(heading.iter("a"), None)
    href: str | None = link.get("href") if link is not None else None
    if not href or href.startswith("#"):
        return None
    if len(normalize_space(raw_text(link))) < 0.8 * len(normalize_space(raw_text(heading))):
        return None
    return href


def _has_twin_card(element: HtmlElement, href: str) -> bool:
    """Whether the box stands in a row of like boxes pointing into one site: a neighbour with
    the same tag and class whose heading links to another page of the same host (or both
    relative). A story's sections rarely share one class and each head with a link; a teaser
    list always does. A listicle's entries ("the five best restaurants") link to the places
    they review, each on its own host, and stay. Without a class nothing is compared."""
    names = element.get("class")
    if not names:
        return False
    for sibling in (element.getprevious(), element.getnext()):
        if sibling is None or sibling.tag != element.tag or sibling.get("class") != names:
            continue
        other = _heading_link(sibling)
        if other is not None and other != href and _host(other) == _host(href):
            return True
    return False


def _host(href: str) -> str:
    """The host an address names, "" for a relative one (or one too broken to read)."""
    if "//" not in href:
        return ""
    try:
        return urlsplit(href).netloc.lower()
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        return ""


def _key(text: str) -> str:
    return normalize_space(text).casefold().strip(" .:!?\"'“”‘’«»")


def _same_title(text: str, title: str) -> bool:
    if not title:
        return False
    key = _key(text)
    if not key:
        return False
    return key == title or (len(key) > 20 and (title.startswith(key) or key.startswith(title)))


def _substantial(block: RawBlock) -> bool:
    if block.kind not in ("paragraph", "blockquote", "list_item", "preformatted", "table"):
        return False
    text = block.text
    if len(text) >= _SUBSTANTIAL and block.link_chars < 0.5 * len(text):
        return True
    return len(text) >= 60 and text.rstrip().endswith(_SENTENCE_END) and not block.link_chars


def _label_like(block: RawBlock) -> bool:
    """A short heading that titles a section, not one that carries a sentence of the story
    (listicles put their text in headings)."""
    text = block.text
    return len(text) < 80 and not text.rstrip().endswith((".", "!", "?", "。", '"', "”"))


def _density(block: RawBlock) -> float:
    return min(1.0, block.link_chars / max(len(block.text), 1))


def _leading_chrome(
    block: RawBlock, title: str, roots: frozenset[HtmlElement], names: NameReader
) -> str | None:
    text = block.text
    if block.kind == "heading" and _same_title(text, title):
        return "headline"
    if len(text) > 250:
        return None
    if _negative(block, roots, names):
        return "names"
    # ``iterdescendants`` matches the tag in C; ``find(".//time")`` would parse its path in Python.
    if len(text) < 150 and next(block.element.iterdescendants("time"), None) is not None:
        return "time"
    if len(text) < 120 and (_BYLINE.match(text) or _CHROME_START.match(text)):
        return "byline or date"
    if len(text) < 60 and _DATE_LIKE.search(text) and not text.rstrip().endswith("."):
        return "date"
    if _density(block) > 0.6 and len(text) < 120:
        return "links"
    return None


def _trailing_chrome(
    block: RawBlock, roots: frozenset[HtmlElement], names: NameReader
) -> str | None:
    text = block.text
    if len(text) > 300:
        return None
    if _density(block) > 0.5:
        return "links"
    if _negative(block, roots, names):
        return "names"
    if len(text) < 100 and _TRAILING_CHROME.match(text):
        return "chrome"
    if _agency_signoff(text):
        return "agencies"
    if block.kind == "heading" and _label_like(block):
        return "heading"
    return None


class _Everything(frozenset[HtmlElement]):
    """A set that holds every element: names are held against no block."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()


def _negative(block: RawBlock, roots: frozenset[HtmlElement], names: NameReader) -> bool:
    return block.element not in roots and names.weight(_names(block.element)) < 0


def _middle_noise(
    block: RawBlock, title: str, roots: frozenset[HtmlElement], names: NameReader
) -> str | None:
    text = block.text
    if len(text) > 300:
        return None
    if block.kind == "heading" and _same_title(text, title):
        return "headline"
    if _LABELS.fullmatch(text.strip(" .:-–—|")):
        return "label"
    density = _density(block)
    if density >= 0.7 and len(text) < 200:
        return "link line"
    if density >= 0.3 and _LINK_LINE_START.match(text):
        return "link line"
    if density >= 0.4 and _labelled_link(text, block.link_chars):
        return "link line"
    if len(text) < 100 and _COPYRIGHT.match(text):
        return "copyright"
    if _publication_record(text):
        return "date line"
    if _embed_placeholder(text):
        return "embed placeholder"
    if block.kind != "heading" and len(text) < 200 and _negative(block, roots, names):
        return "names"
    return None


# What a blocked embed leaves in its place: a note that external content (a social post, a
# chart, a video from another site) would show here once the reader allows it.
_EXTERNAL_CONTENT = re.compile(
    r"extern(?:e[nrs]?)?\s+inhalt|inhalte?\s+(?:von\s+)?drittanbieter|external\s+content|"
    r"third[- ]party\s+content|content\s+from\s+(?:a\s+)?third[- ]part(?:y|ies)|"
    r"contenu\s+externe|contenido\s+externo|contenuto\s+esterno",
    re.IGNORECASE,
)
_SHOW_ON_CONSENT = re.compile(
    r"anzeigen|einblenden|ausblenden|aktivier|zustimm|einwillig|laden\b|akzeptier|"
    r"\b(?:show|display|load|enable|accept|allow)\b|consent|cookies|afficher|mostrar|visualizza",
    re.IGNORECASE,
)


def _embed_placeholder(text: str) -> bool:
    """Whether a short block stands in for an embed the reader has not allowed.

    Examples:
        >>> _embed_placeholder(
        ...     "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können "
        ...     "sich hier alle externen Inhalte mit einem Klick anzeigen lassen."
        ... )
        True
        >>> _embed_placeholder("The ministry said external content moderators were hired.")
        False
    """
    if not _EXTERNAL_WORDS.search(text):
        return False
    return _EXTERNAL_CONTENT.search(text) is not None and _SHOW_ON_CONSENT.search(text) is not None


# Every match of ``_EXTERNAL_CONTENT`` holds one of these words.
_EXTERNAL_WORDS = AnyWord("extern", "drittanbieter", "third", "estern")


def _publication_record(text: str) -> bool:
    """Whether a short line only records when the story was published or updated, or how long
    it reads: a digit, a label of ``_RECORD_LABELS``, and no word that is not a date's."""
    if len(text) > _RECORD_MAX or _DIGIT.search(text) is None:
        return False
    labelled = False
    for word in _LETTERS.findall(_GLUED.sub(" ", _MERIDIEM.sub(" ", text))):
        folded = word.casefold()
        if folded in _RECORD_LABELS:
            labelled = True
        elif folded not in _RECORD_WORDS and not _date_word(word):
            return False
    return labelled


def _date_word(word: str) -> bool:
    """Whether ``word`` belongs to a written date or time ("März", "Tuesday", "um", "Uhr", "GMT")."""
    locale = DEFAULT_DATE_LOCALE
    return (
        locale.month(word, period=True) is not None
        or locale.weekday(word, period=True) is not None
        or locale.is_label(word)
        or locale.is_day_month_joiner(word)
        or locale.is_month_year_joiner(word)
        or locale.is_time_joiner(word)
        or locale.is_day_prefix(word)
        or locale.is_time_suffix(word)
        or locale.is_ordinal(word)
        or locale.knows_zone(word)
        or locale.meridiem(word) is not None
    )


# The words that may join an agency to a story's last line: "mit dpa", "with AP".
_SIGNOFF_JOINERS = frozenset(_words("mit with avec con com med"))
# A desk's or editor's initials after an agency: "SDA/sep", "dpa/lhe".
_INITIALS = re.compile(r"[^\W\d_]{1,4}")
_CREDIT_SEPARATOR = re.compile(r"[/,;]")


def _agency_signoff(text: str) -> bool:
    """Whether a line only credits the news agencies the story draws on, as a story's last line
    does: "mit dpa", "(dpa)", "SDA/sep", "AFP/Reuters"."""
    words = text.strip(" ()[].").split(maxsplit=1)
    if not words or len(text) > 40:
        return False
    if len(words) == 2 and words[0].casefold() in _SIGNOFF_JOINERS:
        words = words[1:]
    parts = [part.strip() for part in _CREDIT_SEPARATOR.split(" ".join(words))]
    known = [DEFAULT_DATELINE_LOCALE.agency(part) is not None for part in parts]
    return any(known) and all(
        agency or _INITIALS.fullmatch(part) for agency, part in zip(known, parts, strict=True)
    )


def _labelled_link(text: str, link_chars: int) -> bool:
    """Whether a line is a short label and a link, the label ending in a separator: "READ ALSO |
    <a>Headline</a>", "Mehr dazu: <a>...</a>" (a teaser for another story, whatever language the
    label is in)."""
    label = _LINK_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    # The link is a headline after the label: every character outside it belongs to the label
    # (give or take the spaces around), and it runs to a few words.
    return (
        link_chars <= len(rest)
        and len(text) - link_chars <= label.end() + 2
        and len(rest.split()) >= _HEADLINE_WORDS
    )


def _repeated(blocks: Sequence[RawBlock]) -> frozenset[str]:
    """The short texts that stand as a block of their own three times or more: a prompt or
    label repeated at every ad slot ("Don't want to see this?"), not the story's text."""
    counts: dict[str, int] = {}
    for block in blocks:
        text = block.text
        if (
            len(text) < _REPEATED_MAX
            and block.kind != "heading"
            # A line that ends a sentence, or goes on from one, may be a refrain of the story's
            # own (dialogue, a poem, steps of a how-to); one with a colon labels what follows
            # ("Pros:") or is a field of a record ("Level: 82"); a line of signs ("* * *",
            # "======") breaks the story into sections.
            and not text.endswith(_STATEMENT_END)
            and not text[:1].islower()
            and ":" not in text
            and _WORD_CHAR.search(text) is not None
        ):
            counts[text] = counts.get(text, 0) + 1
    return frozenset(text for text, count in counts.items() if count >= 3)


def filter_blocks(
    blocks: Sequence[RawBlock],
    *,
    title: str | None,
    pruned_after: frozenset[int] = frozenset(),
    roots: frozenset[HtmlElement] = frozenset(),
    strict: bool = True,
    names: NameReader | None = None,
) -> list[tuple[RawBlock, str | None]]:
    """Each block with the reason it is left out (None: it is kept).

    ``pruned_after`` holds the indexes of blocks right after which a box was pruned: a heading
    followed only by a pruned box ("Related stories" over a dropped list) goes with it.
    ``roots`` are the content elements themselves: their names are not held against text
    written straight into them. A reading that is not ``strict`` holds no names against any
    block.
    """
    title_key = _key(title or "")
    if names is None:
        names = NameReader()
    if not strict:
        roots = _EVERYTHING
    verdicts: list[str | None] = [_middle_noise(block, title_key, roots, names) for block in blocks]
    repeated = _repeated(blocks)
    if repeated:
        for index, block in enumerate(blocks):
            if verdicts[index] is None and block.text in repeated:
                verdicts[index] = "repeated"
    substantial = [
        i for i, block in enumerate(blocks) if verdicts[i] is None and _substantial(block)
    ]
    if substantial:
        first, last = substantial[0], substantial[-1]
        for index in range(first):
            if verdicts[index] is None:
                verdicts[index] = _leading_chrome(blocks[index], title_key, roots, names)
        for index in range(last + 1, len(blocks)):
            if verdicts[index] is None:
                verdicts[index] = _trailing_chrome(blocks[index], roots, names)
    # A list of such prompts, wherever it stands ("Die WAZ auch bei Social Media" among them).
    for group in _lists(blocks):
        if sum(_call_to_action(blocks[i].text) for i in group) * 2 >= len(group):
            for index in group:
                if verdicts[index] is None:
                    verdicts[index] = "call to action"
    # The prompts that close many stories: follow us, get the app, sign up for the newsletter.
    for index in range(len(blocks) - 1, -1, -1):
        if verdicts[index] is not None:
            continue
        if not _call_to_action(blocks[index].text):
            break
        verdicts[index] = "call to action"
    # A heading whose section is empty (its content was pruned, or it ends the body).
    next_kept: RawBlock | None = None
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if verdicts[index] is not None:
            continue
        if (
            block.kind == "heading"
            and _label_like(block)
            and (
                next_kept is None
                or (
                    index in pruned_after
                    and next_kept.kind == "heading"
                    and (next_kept.level or 0) <= (block.level or 0)
                )
            )
        ):
            verdicts[index] = "empty section"
            continue
        if next_kept is None and _lead_in(block):
            verdicts[index] = "lead-in to nothing"
            continue
        next_kept = block
    return list(zip(blocks, verdicts, strict=True))


# A call to action names where to follow the publication (an app, a newsletter, a messenger
# channel, a social network) and asks the reader to go there ("sign up", "Abonniere",
# "ikuti", "indirin"); both, in a line of a few sentences at the end of the body.
_CTA_CHANNEL = re.compile(
    r"newsletter|\bapps?\b|whats\s?app|telegram|google\s+news|instagram|facebook|tiktok|"
    r"youtube|podcast|push|social\s+media|e-paper|homepage|uygulama|aplikasi|\bkanal|channel",
    re.IGNORECASE,
)
_CTA_ASK = re.compile(
    r"sign\s+up|subscribe\s+(?:to|now|here)|follow\s+(?:us|@)|download\s+(?:the|our)|"
    r"bookmark\s+(?:our|this)|join\s+(?:us|our)|make\s+sure\s+to|"
    r"abonnier|folgst\s+du|folge\s+(?:uns|jetzt)|folgen\s+sie|hier\s+(?:geht\s+es|entlang|"
    r"anmelden|herunterladen)|laden\s+sie|melden\s+sie\s+sich|jetzt\s+(?:abonnieren|"
    r"anmelden|herunterladen|folgen)|abonnez-vous|inscrivez-vous|suivez-nous|téléchargez|"
    r"suscríbete|síguenos|descarga|iscriviti|seguici|scarica|indirin|takip\s+edin|abone\s+olun|"
    r"ikuti|unduh",
    re.IGNORECASE,
)
_CTA_MAX = 300


def _lists(blocks: Sequence[RawBlock]) -> Iterator[list[int]]:
    """The indexes of each run of two or more list items of one list."""
    run: list[int] = []
    parent: HtmlElement | None = None
    for index, block in enumerate(blocks):
        if block.kind == "list_item":
            owner = block.element.getparent()
            if run and owner is parent:
                run.append(index)
                continue
            if len(run) >= 2:
                yield run
            run, parent = [index], owner
        else:
            if len(run) >= 2:
                yield run
            run, parent = [], None
    if len(run) >= 2:
        yield run


def _call_to_action(text: str) -> bool:
    """Whether a block asks the reader to follow the publication somewhere.

    Examples:
        >>> _call_to_action("NTV uygulamasını indirin, gelişmelerden haberdar olun")
        True
        >>> _call_to_action("The app is available for download on iOS and Android.")
        False
    """
    if len(text) > _CTA_MAX or not _CTA_WORDS.search(text):
        return False
    return _CTA_CHANNEL.search(text) is not None and _CTA_ASK.search(text) is not None


# Every match of ``_CTA_CHANNEL`` holds one of these words: most blocks hold none, and
# ``AnyWord`` answers them for a fraction of a case-insensitive search.
_CTA_WORDS = AnyWord(
    "newsletter", "app", "whats", "telegram", "google", "instagram", "facebook", "tiktok",
    "youtube", "podcast", "push", "social", "e-paper", "homepage", "uygulama", "aplikasi", "kanal",
    "channel",
)  # fmt: skip


# A label of a few words ending in a colon introduces what follows it ("Dieses Thema im
# Programm:", "Siehe auch:"); as the body's last line it introduces a box that was left out. A
# longer line is a sentence of the story ("To see it in action, check out the footage below:").
_LEAD_IN_WORDS = 6


def _lead_in(block: RawBlock) -> bool:
    text = block.text
    return text.endswith(":") and "\n" not in text and len(text.split()) <= _LEAD_IN_WORDS
