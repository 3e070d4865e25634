"""Names of people and organizations: what a person's name looks like, organization words, casing.

Shared by the byline parser and the metadata stage (which uses :func:`looks_like_person_name` to
reject junk author values from meta tags). The organization vocabulary is exported as tables so
that callers can extend it by passing their own sets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

__all__ = [
    "CREDENTIALS",
    "JUNK_WORDS",
    "ORGANIZATIONS",
    "ORGANIZATION_WORDS",
    "ROLE_WORDS",
    "WEAK_ORGANIZATION_WORDS",
    "is_role_word",
    "known_organization",
    "looks_like_organization",
    "looks_like_person_name",
    "name_case",
    "opens_with_title_article",
]


def _split(words: str) -> list[str]:
    """The words of a space-separated list (tables are written that way to stay readable)."""
    return words.split()


#: News agencies, wire services and common publication credits, as usually printed.
ORGANIZATIONS: frozenset[str] = frozenset(
    {
        "AP", "Associated Press", "The Associated Press", "Reuters", "AFP",
        "Agence France-Presse", "Agence France Presse", "UPI", "Bloomberg", "Bloomberg News",
        "CNN", "BBC", "BBC News", "NPR", "PA", "PA Media", "Press Association", "AAP", "dpa",
        "DPA", "KNA", "epd", "APA", "SDA", "Keystone-SDA", "ANSA", "EFE", "Europa Press", "Xinhua",
        "TASS", "Kyodo", "Kyodo News", "Yonhap", "PTI", "IANS", "ANI", "Bernama", "CP",
        "The Canadian Press", "Canadian Press", "Reuters Staff", "AP Staff", "AFP Staff",
        "Staff", "Staff Reports", "Staff Report", "News Desk",
        "Newsroom", "Editorial Board", "The Editorial Board", "Editorial Staff", "Editors",
        "The Editors", "Wire Services", "Wire Reports", "Wire", "Wires", "News Services",
        "News Service", "Tribune News Service", "McClatchy", "Gannett", "USA TODAY",
        "USA Today", "Kaiser Health News", "KHN", "HealthDay", "Benzinga", "Zacks",
        "MarketWatch", "Dow Jones", "Dow Jones Newswires", "Web Desk", "Online Desk",
        "Digital Desk", "Sports Desk", "Agencies", "Agencias", "Agenturen", "Redaktion",
        "Rédaction", "Redacción", "Redazione", "Redactie",
    }
)  # fmt: skip

#: Words that make a credit an organization rather than a person ("India Post News Weekly").
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    _split("""news newswire newswires times daily weekly monthly magazine journal gazette herald
    tribune telegraph chronicle guardian bulletin inquirer media network networks broadcasting
    radio tv television channel online digital desk staff team editors editorial board newsroom
    agency agencies service services group inc inc. ltd ltd. llc corp corp. company co.
    foundation institute university association council committee society department ministry
    office wire wires reports publishing publications publication studios productions blog
    wiki school college
    gmbh ag e.v. kg se plc magazin zeitung zeitschrift verlag nachrichten rundschau anzeiger
    kurier illustrierte redaktion rundfunk fernsehen union verband verein institut stiftung
    akademie kammer ministerium gesellschaft deutsche deutscher deutsches bayerische
    europäische österreichische schweizerische quotidien diario periódico revista agencia
    rédaction redacción giornale quotidiano rivista redazione""")
)

_ORGANIZATION_KEYS = frozenset(name.casefold() for name in ORGANIZATIONS)

# The endings of German compound words that name organizations ("Landesanstalt",
# "Volksblatt", "Caritasverband").
_ORGANIZATION_ENDINGS = (
    "zeitung", "blatt", "verlag", "verband", "verein", "institut", "zentrum", "ministerium",
    "gesellschaft", "stiftung", "anstalt", "akademie", "kammer", "redaktion", "magazin",
    "agentur", "universität", "nachrichten", "schule",
)  # fmt: skip
_ORGANIZATION_ENDING = re.compile(r"[^\W\d_]{3}(?:" + "|".join(_ORGANIZATION_ENDINGS) + r")$")
# A web address as a credit ("katholisch.at", "przepisy.pl").
_DOMAIN = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|biz|edu|gov|io|co|tv|fm|me|eu|de|at|ch|li|fr"
    r"|be|nl|lu|uk|ie|it|es|pt|pl|cz|sk|hu|ro|bg|gr|tr|ru|ua|se|no|dk|fi|is|ee|lv|lt|us|ca|mx"
    r"|br|ar|cl|uy|bo|pe|au|nz|jp|cn|kr|in|id|vn|za|online|news|media|blog|live)"
)

#: Words that are organization words only next to another sign of one ("The Sun", "Daily
#: Mail"): alone they are surnames too (Lena Sun, Susan Page, Louise Story, Jonathan Post).
WEAK_ORGANIZATION_WORDS: frozenset[str] = frozenset(
    _split("""post press sun star mail mirror express standard record register sentinel observer
    examiner courier dispatch review independent insider today tonight weekend
    reporter enquirer""")
)

#: Words that make a credit segment a role or title ("Staff Writer", "AP Auto Writer").
ROLE_WORDS: frozenset[str] = frozenset(
    _split("""writer writers reporter reporters correspondent correspondents editor editors
    columnist columnists contributor contributors contributing producer producers photographer
    photographers analyst analysts critic chief bureau anchor host author authors intern
    fellow freelance freelancer special correspondent senior associate managing executive
    deputy assistant political national international sports business science health
    technology tech entertainment culture food travel opinion investigative data video
    visual graphics designer illustrator researcher researchers strategist economist
    commentator blogger journalist journalists staffer stringer ceo cfo cto coo cmo cio founder
    co-founder cofounder president director manager chairman chairwoman professor lecturer
    korrespondent korrespondentin korrespondenten redakteur redakteurin redakteure redaktor
    redaktorin reporterin autorin journalistin fotograf fotografin volontär volontärin
    kolumnist kolumnistin moderator moderatorin mitarbeiter mitarbeiterin chefredakteur
    chefredakteurin ressortleiter ressortleiterin correspondant correspondante envoyé envoyée
    spécial spéciale journaliste rédacteur rédactrice chroniqueur chroniqueuse photographe
    corresponsal periodista redactor redactora enviado enviada especial fotógrafo fotógrafa
    columnista corrispondente giornalista inviato inviata redattore redattrice fotografo
    verslaggever redacteur fotograaf envoyés envoyées spéciaux spéciales correspondants
    correspondantes journalistes""")
)
# German compounds end in a role word ("Wirtschaftsredakteurin", "Sportreporter").
_ROLE_ENDINGS = (
    "korrespondent", "korrespondentin", "korrespondenten", "redakteur", "redakteurin",
    "reporter", "reporterin", "journalist", "journalistin", "kolumnist", "kolumnistin",
    "fotograf", "fotografin",
)  # fmt: skip


def is_role_word(word: str) -> bool:
    """Whether a word names a role or title: a ``ROLE_WORDS`` word, or a German compound ending
    in one.

    Examples:
        >>> (
        ...     is_role_word("Correspondent"),
        ...     is_role_word("Wirtschaftsredakteurin"),
        ...     is_role_word("Lee"),
        ... )
        (True, True, False)
    """
    folded = word.casefold().strip(".")
    if folded in ROLE_WORDS:
        return True
    return len(folded) >= 10 and folded.endswith(_ROLE_ENDINGS) and folded.isalpha()


#: Post-nominal credentials written after a name ("MS, RDN", "PhD", "Jr.").
CREDENTIALS: frozenset[str] = frozenset(
    _split("""ms ma mba md phd ph.d. ph.d dr rdn rd rn np pa-c cpa jd esq esq. jr jr. sr sr. ii
    iii iv     mph msc bsc ba bs dds dvm lcsw cfa cfp pe faan facp frcp obe mbe cbe""")
)

#: Words that never belong to a person's name in a credit: links, buttons, dates, labels.
JUNK_WORDS: frozenset[str] = frozenset(
    _split("""email e-mail follow following followers contact twitter facebook instagram linkedin
    tiktok youtube subscribe share tweet comments comment updated update published posted
    modified ago view all posts articles article stories author authors profile bio click
    here menu search login logout newsletter photo photos image images video videos credit
    credits copyright advertisement sponsored minute minutes hour hours days weeks months
    years yesterday today admin administrator webmaster user anonymous unknown none null
    undefined n/a""")
)

_PARTICLES = frozenset(
    _split(
        "de da di do dos das du del della degli van von der den ten ter la le el al bin ibn y e "
        "zu vom zum dem st. saint"
    )
)
# Particles that are German articles: in a name they follow another particle ("von der Leyen",
# "van der Berg"); after a plain word they open a genitive or dative ("Leiterin der HSS").
_ARTICLE_PARTICLES = frozenset({"der", "dem"})
_NAME_WORD = re.compile(
    r"(?:[^\W\d_]\.){1,3}"  # initials: "J.", "J.R."
    r"|[^\W\d_](?:[^\W\d_]|['’`-][^\W\d_])*\.?"  # "O'Brien", "Chou-Wiest", "Jr."
)
_LOWER_PREFIXES = ("mc", "mac")
# Articles that open a title, never a name ("The Editors", "Die Fragen stellten ...").
_LEADING_ARTICLES = frozenset({"the", "die", "das", "der", "het", "een", "ein", "eine"})


def known_organization(text: str, organizations: Collection[str] = ORGANIZATIONS) -> bool:
    """Whether ``text`` is an organization of the vocabulary (case and spacing ignored).

    Examples:
        >>> known_organization("ASSOCIATED PRESS"), known_organization("Jane Doe")
        (True, False)
    """
    key = " ".join(text.split()).casefold()
    if organizations is ORGANIZATIONS:
        return key in _ORGANIZATION_KEYS
    return any(key == name.casefold() for name in organizations)


_TITLE_ARTICLES = frozenset(
    "Der Die Das DER DIE DAS Het HET Les LES Los LOS Las LAS Il IL Lo LO Gli GLI El EL".split()  # noqa: SIM905 (a word list reads best as text)
)


def opens_with_title_article(text: str) -> bool:
    """Whether a credit of two words or more opens with an article, as a publication's title
    does and a person's name does not ("Le" and "La" stay out: "Le Minh", "La Toya" are names).

    Examples:
        >>> opens_with_title_article("El Colombiano"), opens_with_title_article("Der Spiegel")
        (True, True)
        >>> opens_with_title_article("Le Minh"), opens_with_title_article("El Hadji Diouf")
        (False, False)
    """
    words = text.split()
    if words[:1] in (["El"], ["EL"]):
        return len(words) == 2  # "El País"; "El Hadji Diouf" is a name
    return len(words) >= 2 and words[0] in _TITLE_ARTICLES


def looks_like_organization(text: str) -> bool:
    """Whether a credit names an organization: a known one, one with an organization word
    ("India Post News Weekly"), or one that starts with "The" ("The Water Coolest").

    Examples:
        >>> (
        ...     looks_like_organization("India Post News Weekly"),
        ...     looks_like_organization("Emily Stewart"),
        ... )
        (True, False)
    """
    words = text.split()
    if not words:
        return False
    if known_organization(text):
        return True
    if words[0].casefold() == "the" and len(words) >= 2:
        return True
    if opens_with_title_article(text):
        return True
    if "." in words[-1] and _DOMAIN.fullmatch(words[-1].rstrip(".,")):
        return True
    folded = [word.casefold().strip(",") for word in words]
    if any(word in ORGANIZATION_WORDS for word in folded):
        return True
    if any(_ORGANIZATION_ENDING.search(word) for word in folded):
        return True
    # a weak word counts with a second one ("Daily Mail" has a strong one already)
    return sum(word in WEAK_ORGANIZATION_WORDS for word in folded) >= 2


# Bylines ask about the same text several times (the credit line, then each of its names): a
# bounded cache of this pure test spares the repeats.
@functools.lru_cache(maxsize=4096)
def looks_like_person_name(text: str) -> bool:
    """Whether ``text`` reads as one person's name: two to five name words, no digits, links,
    handles, organization or junk words.

    Examples:
        >>> (
        ...     looks_like_person_name("Mary Clare Jalonick"),
        ...     looks_like_person_name("Jean-Loup Fievet"),
        ... )
        (True, True)
        >>> looks_like_person_name("TED D'AFFLISIO"), looks_like_person_name("Solange De Santis")
        (True, True)
        >>> looks_like_person_name("Email the author"), looks_like_person_name("Reuters Staff")
        (False, False)
        >>> looks_like_person_name("@janedoe"), looks_like_person_name("admin")
        (False, False)
        >>> (
        ...     looks_like_person_name("Ursula von der Leyen"),
        ...     looks_like_person_name("Leiterin der HSS"),
        ... )
        (True, False)
    """
    if not isinstance(text, str):
        return False
    name = " ".join(text.split())
    if not 4 <= len(name) <= 60 or any(c.isdigit() for c in name):
        return False
    if any(mark in name for mark in ("@", "://", "www.", "|", "/", "(", ")", ":", "#", "?", "!")):
        return False
    words = name.split()
    if (
        not 2 <= len(words) <= 5
        or words[0].casefold() in _LEADING_ARTICLES
        or known_organization(words[0])
    ):
        return False
    # "ERIC TUCKER Associated Press": a name does not end with an organization
    if any(known_organization(" ".join(words[cut:])) for cut in range(1, len(words))):
        return False
    capitalised = 0
    for index, word in enumerate(words):
        folded = word.casefold().rstrip(",")
        if folded in JUNK_WORDS or folded in ORGANIZATION_WORDS or folded in ROLE_WORDS:
            return False
        if _NAME_WORD.fullmatch(word.rstrip(",")) is None:
            return False
        if word[0].isupper():
            capitalised += 1
        elif folded not in _PARTICLES or index == 0 or index == len(words) - 1:
            return False
        elif folded in _ARTICLE_PARTICLES and words[index - 1].casefold() not in _PARTICLES:
            return False  # "Projektleiterin der HSS": an article, not "von der"
    if known_organization(name):
        return False
    return capitalised >= 2


def name_case(name: str) -> str:
    """A name written in capitals, in normal case; other names unchanged.

    Examples:
        >>> (
        ...     name_case("MARY CLARE JALONICK"),
        ...     name_case("TED D'AFFLISIO"),
        ...     name_case("NAILENE CHOU-WIEST"),
        ... )
        ('Mary Clare Jalonick', "Ted D'Afflisio", 'Nailene Chou-Wiest')
        >>> (
        ...     name_case("LUDWIG VAN BEETHOVEN"),
        ...     name_case("RONALD MCDONALD"),
        ...     name_case("Ian MacKenzie"),
        ... )
        ('Ludwig van Beethoven', 'Ronald McDonald', 'Ian MacKenzie')
    """
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return name
    words = name.split(" ")
    out: list[str] = []
    for index, word in enumerate(words):
        folded = word.casefold()
        if 0 < index < len(words) - 1 and folded in _PARTICLES:
            out.append(folded)
            continue
        out.append(_cap_word(word))
    return " ".join(out)


def _cap_word(word: str) -> str:
    pieces = re.split(r"(['’`-])", word)
    out: list[str] = []
    for piece in pieces:
        if not piece or piece in "'’`-":
            out.append(piece)
            continue
        low = piece.lower()
        capped = low[:1].upper() + low[1:]
        # "MCDONALD" -> "McDonald"; "MAC" alone and "MACK" stay as they are
        if low.startswith("mc") and len(low) > 3:
            capped = "Mc" + low[2:3].upper() + low[3:]
        out.append(capped)
    return "".join(out)
