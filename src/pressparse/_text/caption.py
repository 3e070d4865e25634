"""Caption parsing: a caption's descriptive text apart from its photo credit.

Credits are found in this order:

1. a bracketed credit at the end: ``(AP Photo/Evan Vucci)``, ``[File: Reuters]``;
2. a credit label: ``Credit: EPA``, ``Credit... Doug Mills/The New York Times``, ``Photo: X``,
   ``Photograph: X``, ``Photo by X``, ``Image copyright X``, ``© X``, ``Foto: dpa``, ``Bild: X``;
   after the caption, or before it (``Image copyright EPA Image caption ...``);
3. an unlabelled credit: ``REUTERS/Brendan McDermid`` or ``Jason Kempin/Getty Images`` at the
   end, ``Alex Wong | Getty Images`` in front, a known agency ending the text (``... Timothy
   Weeks AP``), ``Courtesy of X``, or a short capitalised line after the last sentence
   (``... for the immune system. RenderBurger for Quanta Magazine``);
4. a text that is all credit (``Shutterstock``, ``Patrick Semansky, ASSOCIATED PRESS``).

The credit is returned without its generic label and brackets (``Photo: Jane Doe/AFP`` ->
``Jane Doe/AFP``); words that say something about the picture stay (``File: Reuters``,
``Courtesy of Andrew Vaughan``). The caption is the rest, without the credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressparse._model import Caption

__all__ = [
    "CREDIT_LABELS",
    "CREDIT_SOURCES",
    "marked_credit",
    "opens_with_credit_label",
    "parse_caption",
    "split_credit_label",
]


def _split(words: str) -> list[str]:
    """The words of a space-separated list (tables are written that way to stay readable)."""
    return words.split()


#: a caption longer than this is read from its ends only
_MAX_CAPTION = 5000

#: Generic labels that introduce a credit, stripped from it (longest first when matching).
CREDIT_LABELS: tuple[str, ...] = (
    "image copyright", "image credit", "image credits", "image source", "image via",
    "photo credit", "photo credits", "photograph by",
    "photographs by", "photography by", "photograph", "photographs", "photography", "photos by",
    "photo by", "photo via", "photos", "photo", "pictures", "picture", "pics", "pic", "images",
    "image", "photo illustration by", "photo illustration", "photo-illustration by",
    "photo-illustration", "illustration by", "illustration", "graphic", "credits", "credit",
    "copyright", "source", "fotos", "foto", "bilder", "bild", "quelle", "fotografía",
    "fotografia", "imagen", "fuente", "crédits photo", "crédit photo", "crédits", "crédit",
    "credito", "fonte", "beeld", "bron", "foto di", "foto de", "©", "(c)",
    # Other languages: "Ảnh: ...", "Фото: ...", "[사진 출처 = 연합뉴스]", "写真：共同"...
    "ảnh", "nguồn", "фото", "источник", "джерело", "zdjęcie", "fot", "źródło", "fotoğraf",
    "kaynak", "kuva", "lähde", "zdroj", "fotó", "forrás", "sursa", "sursă", "φωτογραφία",
    "πηγή", "صورة", "المصدر", "picha", "isithombe", "사진 출처", "사진", "출처", "写真提供",
    "写真", "撮影", "图片来源", "图片", "摄影", "来源",
)  # fmt: skip

#: Agencies and picture sources that make a short trailing word a credit ("... Getty").
CREDIT_SOURCES: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "AP", "AP Photo", "Associated Press", "The Associated Press", "Reuters", "AFP",
        "AFP/Getty Images", "Getty", "Getty Images", "EPA", "EPA-EFE", "EFE", "Shutterstock",
        "iStock", "iStockphoto", "Alamy", "Alamy Stock Photo", "Bloomberg", "NASA", "ESA",
        "dpa", "picture alliance", "picture-alliance", "imago", "IMAGO", "Keystone", "APA",
        "ANP", "PA", "PA Images", "PA Wire", "PA Media", "Rex", "Rex Features", "Shutterstock",
        "Zuma", "ZUMA Press", "ZUMA Wire", "SIPA", "Sipa USA", "Polaris", "Redux", "Unsplash",
        "Pexels", "Pixabay", "Flickr", "Wikimedia Commons", "Wikimedia", "Handout", "Pool",
        "Supplied", "TASS", "Xinhua", "Anadolu", "Anadolu Agency", "NurPhoto", "SOPA Images",
        "LightRocket", "Corbis", "Magnum", "Magnum Photos", "Kyodo", "Yonhap", "AAP", "Newscom",
        "UPI", "Sputnik", "Imagn", "USA TODAY Sports", "Icon Sportswire", "WireImage",
        "FilmMagic", "Invision", "Press Association", "Splash News", "Backgrid", "Mirrorpix",
        "Camera Press", "Panos", "Ritzau Scanpix", "Scanpix", "NTB", "TT", "Belga", "KEYSTONE",
        "Archiv", "Archivo", "Archives",
    )
)  # fmt: skip

_SPACE = r"[ \t\xa0]"
_LABEL_WORDS = "|".join(
    re.escape(label).replace(r"\ ", rf"{_SPACE}{{1,3}}")
    for label in sorted(CREDIT_LABELS, key=len, reverse=True)
)
# a label and what ends it: ":", "=", "...", "…", "by", a full stop after "Fot", or (for
# "copyright", "via", "©") a space
_LABEL = re.compile(
    rf"(?<![^\W_])(?:{_LABEL_WORDS})(?:{_SPACE}{{0,3}}(?::|：|=|\.{{3}}|…|-(?={_SPACE}))|(?<=by)(?={_SPACE})|(?<=fot)\."
    rf"|(?<=copyright)(?={_SPACE})|(?<=via)(?={_SPACE})|(?<=courtesy)(?={_SPACE})|(?<=©)|(?<=\(c\))(?={_SPACE}))"
    rf"{_SPACE}{{0,3}}",
    re.IGNORECASE,
)
# The same pattern, case-sensitive, for ASCII text lower-cased: its letters are all lower case
# and none of its other characters has an ASCII case twin, so on such text it finds what
# _LABEL finds, at the same places, some 2.5 times cheaper (the case-insensitive search tries
# each of the labels at every character). Its matches are of the lower-cased text: only their
# positions may be read.
_LABEL_LOWER = re.compile(_LABEL.pattern)
_CAPTION_MARK = re.compile(
    rf"(?<![^\W_])(?:image{_SPACE}caption|caption)(?:{_SPACE}{{0,2}}:)?{_SPACE}{{0,3}}",
    re.IGNORECASE,
)
_BRACKETED_END = re.compile(r"[(\[]([^()\[\]]{1,200})[)\]]\W{0,2}$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]{0,2}\s{1,4}")
_POSITIONAL = re.compile(
    r"^(?:left|right|center|centre|top|bottom|above|below|inset|from left|l-r|r-l|pictured"
    r"|clockwise|front|back|far left|far right|file photo)\b",
    re.IGNORECASE,
)
_CONNECTORS = frozenset(_split("for via and of the de del di du von van le la y & / | - – —"))
# Lower-case words inside a credit: connectors and the particles of names ("Philipp von
# Ditfurth/dpa", "Jane Doe for Reuters").
_NAME_JOINERS = frozenset(
    _split("via for and / | von van der den de da di del du dos das le la zu ten ter bin al")
)
_FUNCTION_WORDS = frozenset(
    _split("the a an of to in on at by for with from and or as is are was were his her their its")
)


def parse_caption(text: str) -> Caption:
    """Split a caption into its text and its photo credit.

    Examples:
        >>> parse_caption("President Trump speaks at the White House. (AP Photo/Evan Vucci)")
        Caption(text='President Trump speaks at the White House.', credit='AP Photo/Evan Vucci')
        >>> parse_caption("Traders work on the floor. REUTERS/Brendan McDermid").credit
        'REUTERS/Brendan McDermid'
        >>> parse_caption("Die Kanzlerin in Berlin. Foto: dpa")
        Caption(text='Die Kanzlerin in Berlin.', credit='dpa')
        >>> parse_caption("Shutterstock")
        Caption(text=None, credit='Shutterstock')
        >>> parse_caption("A quiet street in Delhi.")
        Caption(text='A quiet street in Delhi.', credit=None)
    """
    if not isinstance(text, str):
        return Caption()
    body = " ".join(text[:_MAX_CAPTION].split())
    if not body:
        return Caption()
    for reader in (_bracketed, _labelled, _unlabelled, _credit_only):
        found = reader(body)
        if found is not None:
            caption, credit = found
            credit = credit.strip(" \t|-–—:,;")
            return Caption(text=_tidy(caption) or None, credit=credit or None)
    return Caption(text=_tidy(body) or None, credit=None)


def opens_with_credit_label(text: str) -> bool:
    """Whether a text opens with a picture-credit label ("Foto: ...", "Credit: ...", "© ...").

    Examples:
        >>> (
        ...     opens_with_credit_label("Credit: lili sams/mashable"),
        ...     opens_with_credit_label("Photos of May"),
        ... )
        (True, False)
    """
    return _LABEL.match(text.lstrip()) is not None


def split_credit_label(text: str) -> str:
    """A credit without its generic label and brackets.

    Examples:
        >>> split_credit_label("Photo: Jane Doe/AFP"), split_credit_label("(Credit: Getty Images)")
        ('Jane Doe/AFP', 'Getty Images')
        >>> split_credit_label("© APA/GEORG HOCHMUTH"), split_credit_label("Photograph by Jane Doe")
        ('APA/GEORG HOCHMUTH', 'Jane Doe')
        >>> split_credit_label("Jane Doe/Copyright 2024 The AP. All rights reserved.")
        'Jane Doe/The AP'
        >>> split_credit_label("© Jane Doe | Jane Doe")
        'Jane Doe'
    """
    if not isinstance(text, str):
        return ""
    credit = " ".join(text[:_MAX_CAPTION].split())
    for _ in range(3):
        before = credit
        credit = credit.strip()
        if credit[:1] in "([" and credit[-1:] in ")]":
            credit = credit[1:-1].strip()
        label = _LABEL.match(credit)
        if label is not None and label.end() < len(credit):
            credit = credit[label.end() :]
        if credit.startswith("©"):
            credit = credit[1:]
        credit = re.sub(r"^(?:19|20)\d\d\b\s{0,2}", "", credit.strip())  # "© 2019 Jane Doe"
        if credit == before:
            break
    return _once(_RIGHTS_NOTICE.sub("", credit)).strip(" \t:|-–—")


# The legal words a credit may carry besides the name: "All rights reserved." at its end, and
# "Copyright 2024" before the holder after a separator ("Jane Doe/Copyright 2024 The AP").
_RIGHTS_NOTICE = re.compile(
    r"[.,;]?[ \t]{0,3}(?:all[ \t]rights[ \t]reserved|alle[ \t]rechte[ \t]vorbehalten"
    r"|tous[ \t]droits[ \t]r[ée]serv[ée]s|todos[ \t]los[ \t]derechos[ \t]reservados)\.?[ \t]{0,3}$"
    r"|(?:(?<=[/|])|(?<=[/|][ \t]))(?:copyright|©)[ \t]{0,3}(?:(?:19|20)\d\d[ \t]{1,3})?",
    re.IGNORECASE,
)
# The separators between the parts of a credit ("Agency | Photographer").
_CREDIT_SEPARATORS = (" | ", "|", " / ", "/", ", ")


def _once(credit: str) -> str:
    """A credit that names the same source twice ("Jane Doe | Jane Doe") said once."""
    for separator in _CREDIT_SEPARATORS:
        first, found, second = credit.partition(separator)
        if found and first.strip() and first.strip().casefold() == second.strip().casefold():
            return first.strip()
    return credit


def marked_credit(text: str) -> str | None:
    """The credit of ``text`` when it is marked as one (in brackets at the end, or after a
    label), else None. Used on an image's alt text, which may carry the credit the visible
    caption leaves out.

    Examples:
        >>> marked_credit("Traders at the market. (Photo: Jane Doe / Agency)")
        'Jane Doe / Agency'
        >>> marked_credit("Traders at the market. Jane Doe") is None
        True
    """
    if not isinstance(text, str):
        return None
    body = " ".join(text[:_MAX_CAPTION].split())
    for reader in (_bracketed, _labelled):
        found = reader(body)
        if found is not None:
            return found[1].strip(" \t|-–—:,;") or None
    return None


# --- readers: each returns (caption, credit) or None --------------------------------------------


def _bracketed(body: str) -> tuple[str, str] | None:
    """A credit in brackets at the end: "(AP Photo/Evan Vucci)", "[File: Reuters]"."""
    match = _BRACKETED_END.search(body, max(0, len(body) - 210))
    if match is None:
        return None
    inner = match.group(1).strip()
    before = body[: match.start()]
    if match.start() == 0:
        # "(The Independent)": a caption that is all bracket is a credit
        return ("", split_credit_label(inner)) if _short_name_like(inner) else None
    if _label_before(before):
        return None  # "... Foto: Graeme Sloan (Getty)": the label starts the credit
    after_sentence = re.search(r"[.!?][\"”’']?\s{0,2}$", before) is not None
    if not _credit_like(inner) and not (after_sentence and _short_name_like(inner)):
        return None
    return before, split_credit_label(inner)


def _label_before(text: str) -> bool:
    """Whether a capitalised credit label stands in the last words of ``text`` with no
    sentence end after it ("... Foto: Graeme Sloan")."""
    tail = text[-60:]
    for match in _label_matches(tail):
        rest = tail[match.end() :]
        if not tail[match.start()].islower() and rest.strip() and not _SENTENCE_END.search(rest):
            return True
    return False


def _label_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LABEL`` in ``text``, of which only the positions may be read."""
    if text.isascii():
        return _LABEL_LOWER.finditer(text.lower())
    return _LABEL.finditer(text)


def _short_name_like(text: str) -> bool:
    """A short capitalised name in brackets after a sentence: "(Christie's)", "(Jean Levac,
    Postmedia News)", "(Government of Canada)"."""
    words = text.split()
    if not 1 <= len(words) <= 8 or _POSITIONAL.match(text) or not words[0][:1].isupper():
        return False
    return all(_capitalised(w) or w.casefold() in _CONNECTORS for w in words)


def _labelled(body: str) -> tuple[str, str] | None:
    """A credit after a label, at the end ("... Credit: EPA") or at the start ("Photo: X ...")."""
    label = None
    for match in _label_matches(body):
        # mid-text, only a capitalised label ("a photo: ..." is prose), or one in a script
        # without case ("写真：", "사진 =")
        if match.start() == 0 or not body[match.start()].islower():
            label = match
    if label is None:
        return None
    if label.start() == 0:
        rest = body[label.end() :]
        mark = _CAPTION_MARK.search(rest)
        if mark is not None:
            return rest[mark.end() :], split_credit_label(rest[: mark.start()])
        first = _credit_first(rest)
        if first is not None:
            credit, caption = first
            return caption, split_credit_label(credit)
        if len(rest.split()) > 10 or _SENTENCE_END.search(rest):
            return None  # "Image: a long description." is a caption with a label of its own
        return "", split_credit_label(rest)
    caption_part = body[: label.start()]
    credit = body[label.end() :]
    mark = _CAPTION_MARK.search(credit)
    if mark is not None:
        # "Breaking news. Image copyright EPA Image caption Protesters ...": text on both sides
        return caption_part + " " + credit[mark.end() :], split_credit_label(credit[: mark.start()])
    # a label in the middle of a sentence ("a photo: ...") is not a credit
    if not credit or len(credit.split()) > 12:
        return None
    return caption_part, split_credit_label(credit)


def _credit_first(rest: str) -> tuple[str, str] | None:
    """After a label at the start: the credit that ends at a known source or a slash chunk."""
    match = re.match(r"((?:\S+\s){0,4}?\S*/\S+(?:\s(?=[A-Z])\S+){0,2}?)\s(?=[A-Z])", rest)
    if match is not None and len(rest) > match.end() + 15:
        return match.group(1), rest[match.end() :]
    words = rest.split(" ")
    for count in range(min(5, len(words) - 1), 0, -1):
        head = " ".join(words[:count])
        if head.casefold() in CREDIT_SOURCES and len(words) - count >= 3:
            return head, " ".join(words[count:])
    return None


def _unlabelled(body: str) -> tuple[str, str] | None:
    for reader in (
        _courtesy,
        _piped_first,
        _piped_tail,
        _slash_tail,
        _spaced_slash_tail,
        _contact_tail,
        _sentence_tail,
        _source_tail,
    ):
        found = reader(body)
        if found is not None:
            return found
    return None


def _courtesy(body: str) -> tuple[str, str] | None:
    """ "... Courtesy of Andrew Vaughan": the credit keeps its words."""
    match = re.search(
        r"(?<![^\W_])(?:(?:Photos?|Images?|Pictures?)\s{1,2})?([Cc]ourtesy(?:\s{1,2}of)?\s{1,2}\S)",
        body,
    )
    if match is None or not body[match.start()].isupper():
        return None
    caption, credit = body[: match.start()], body[match.start(1) :].strip()
    if caption.rstrip().endswith("(") and credit.endswith(")"):
        # "... (Photo courtesy of Acme Corp.)": the brackets go with the credit
        caption, credit = caption.rstrip()[:-1], credit[:-1].strip()
    if len(credit.split()) > 10 or _SENTENCE_END.search(credit):
        return None
    return caption, credit


def _piped_first(body: str) -> tuple[str, str] | None:
    """ "Alex Wong | Getty Images President Trump ...": a credit in front, set off by a bar."""
    match = re.match(r"((?:[A-Z][\w.'’-]*\s){1,3})\|\s(.{2,80}?)(?:\s(?=[A-Z])|$)", body)
    if match is None:
        return None
    rest = body[match.end(1) + 2 :]
    words = rest.split(" ")
    for count in range(min(4, len(words)), 0, -1):
        source = " ".join(words[:count])
        if source.casefold() in CREDIT_SOURCES:
            credit = match.group(1).strip() + " | " + source
            return " ".join(words[count:]), credit
    return None


def _piped_tail(body: str) -> tuple[str, str] | None:
    """ "... repariert werden. | Ammar Awad / Reuters": a credit after a bar at the end."""
    bar = body.rfind(" | ", max(0, len(body) - 100))
    if bar <= 0:
        return None
    credit = body[bar + 3 :].strip()
    words = credit.split()
    if not 1 <= len(words) <= 8 or (_SENTENCE_END.search(credit + " ") and credit[-1:] in ".!?"):
        return None
    if not words[0][:1].isupper() or _POSITIONAL.match(credit):
        return None
    return body[:bar], credit


def _slash_tail(body: str) -> tuple[str, str] | None:
    """ "... supporters REUTERS/Brendan McDermid", "... Jason Kempin/Getty Images" at the end."""
    slash = body.rfind("/", max(0, len(body) - 120))
    if slash <= 0 or not body[:slash].rstrip()[-1:].isalnum():
        return None
    after = body[slash + 1 :].lstrip()  # "AFP PHOTO / JOHN DOE" has spaces around its slash
    if not after or (
        _SENTENCE_END.search(after + " ")
        and after.rstrip()[-1:] in ".!?"
        and len(after.split()) > 6
    ):
        return None
    if len(after.split()) > 6 or not after[:1].isalnum():
        return None
    # walk back from the slash over capitalised words (at most four) to the credit's start
    head = body[:slash]
    words = list(re.finditer(r"\S+", head))
    start = None
    taken = 0
    pending: int | None = (
        None  # a connector ("via") is taken only with a capitalised word before it
    )
    for word in reversed(words):
        token = word.group()
        if taken and token[-1] in ".,;:!?":
            break
        if taken and token.casefold() in _NAME_JOINERS:
            pending = pending if pending is not None else word.start()
            continue
        if not _capitalised(token) and "/" not in token:
            if taken:
                break
            return None
        start = word.start()
        pending = None
        taken += 1
        if taken == 6:
            break
    if start is None:
        return None
    credit = body[start:].strip()
    if not _credit_like(credit):
        return None
    return body[:start], credit


def _spaced_slash_tail(body: str) -> tuple[str, str] | None:
    """ "... beim ersten Einsatz in La Soledat / Lorenzo Marina": a name set off by a spaced
    slash at the end of a longer caption."""
    slash = body.rfind(" / ", max(0, len(body) - 60))
    if slash <= 0 or len(body[:slash].split()) < 4:
        return None
    credit = body[slash + 3 :].strip()
    words = credit.split()
    if not 1 <= len(words) <= 5 or credit[-1:] in ".!?:;,":
        return None
    if not words[0][:1].isupper() or not all(
        _capitalised(w) or w.casefold() in _NAME_JOINERS for w in words
    ):
        return None
    return body[:slash], credit


_CONTACT = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}|www\.\S+", re.IGNORECASE)


def _contact_tail(body: str) -> tuple[str, str] | None:
    """ "... a major restoration project. Fairmont Jasper Park Lodge: Jacob Sjöman,
    jacob@example.com": a short line after the last sentence that gives a contact."""
    last = None
    for match in _SENTENCE_END.finditer(body, max(0, len(body) - 160)):
        last = match
    if last is None:
        return None
    tail = body[last.end() :].strip()
    if not tail or len(tail.split()) > 12 or _CONTACT.search(tail) is None:
        return None
    if not tail[:1].isupper():
        return None
    return body[: last.end()], tail


def _source_tail(body: str) -> tuple[str, str] | None:
    """A known source ending the text: "... colleague Timothy Weeks AP", "Name, ASSOCIATED
    PRESS"."""
    words = body.split(" ")
    for count in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-count:])
        if tail.casefold().strip(".") not in CREDIT_SOURCES:
            continue
        before = " ".join(words[:-count])
        previous = before.split(" ")[-1] if before else ""
        if previous.casefold() in _FUNCTION_WORDS:
            return None
        # "Patrick Semansky, ASSOCIATED PRESS": a photographer's name before the source
        named = re.search(r"(?:^|[.!?]\s)((?:[A-Z][\w'’.-]*\s){1,3}?[A-Z][\w'’.-]*,)\s?$", before)
        if named is not None and (named.start(1) == 0):
            return "", body.strip()
        return before, tail.strip()
    return None


def _sentence_tail(body: str) -> tuple[str, str] | None:
    """A short capitalised line after the last sentence: "... system. RenderBurger for Quanta
    Magazine", "... the body. TEDMED"."""
    last = None
    for match in _SENTENCE_END.finditer(body, max(0, len(body) - 80)):
        last = match
    if last is None:
        return None
    tail = body[last.end() :].strip()
    words = tail.split()
    if not 1 <= len(words) <= 6 or len(tail) > 60 or tail[-1:] in ".!?:;,\"”'’)":
        return None
    if _POSITIONAL.match(tail):
        return None
    capitalised = [w for w in words if w.casefold() not in _CONNECTORS]
    if not capitalised or not all(_capitalised(w) for w in capitalised):
        return None
    if len(words) == 1 and not (words[0].isupper() or words[0].casefold() in CREDIT_SOURCES):
        return None  # "... in the end. Yes" stays in the caption
    return body[: last.end()], tail


def _credit_only(body: str) -> tuple[str, str] | None:
    """A text that is all credit: a known source, "Name, SOURCE", "Name/SOURCE"."""
    if body.casefold().strip(".") in CREDIT_SOURCES:
        return "", body
    words = body.split()
    if (
        len(words) <= 8
        and "/" in body
        and _credit_like(body)
        and not _SENTENCE_END.search(body)
        and all(_capitalised(w) or w.casefold() in _CONNECTORS for w in words)
    ):
        return "", body
    return None


# --- helpers ----------------------------------------------------------------------------------


def _credit_like(text: str) -> bool:
    """Whether a short text reads as a credit: a label, a source, a slash between names."""
    if not text or len(text) > 200 or _POSITIONAL.match(text):
        return False
    if _LABEL.match(text) or text.startswith(
        ("©", "Courtesy", "courtesy", "File", "Pool", "Handout", "Dok.", "Dok ", "Dokumentasi")
    ):
        return True
    parts = re.split(r"\s{0,2}[/|,]\s{0,2}|\s-\s", text)
    if any(part.strip().casefold() in CREDIT_SOURCES for part in parts):
        return True
    if any(word.casefold().strip(".,") in CREDIT_SOURCES for word in text.split()):
        return len(text.split()) <= 8
    if re.search(r"[^\W_]/[^\W_]", text):
        return all(
            _capitalised(w) or w.casefold() in _CONNECTORS for w in re.split(r"[\s/]", text) if w
        )
    return False


def _capitalised(word: str) -> bool:
    core = word.strip("()[],;:\"'“”‘’")
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core.startswith("©"))


def _tidy(caption: str) -> str:
    """The caption without the separators left at its ends and a leading "Image caption"."""
    caption = caption.strip(" \t|-–—:,;")
    mark = _CAPTION_MARK.match(caption)
    if mark is not None:
        caption = caption[mark.end() :]
    return caption.strip(" \t|-–—:,;")
