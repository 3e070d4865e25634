"""The speech lexicon: the words that attribute a quotation (verbs, cue phrases, speech nouns).

``SpeechLexicon`` is locale data in the manner of dateutil's ``parserinfo``: the class attributes
hold English defaults, an instance freezes them (with any extra words given to the constructor)
into lookup tables, and a subclass can replace or extend any list, or override ``inflect()`` to
teach the lexicon another language's verb forms.

Examples:
    >>> lexicon = SpeechLexicon(verbs=["harrumph"])
    >>> lexicon.verb_lemma("harrumphed"), lexicon.verb_lemma("said"), lexicon.verb_lemma("table")
    ('harrumph', 'say', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import ClassVar

__all__ = ["SpeechLexicon"]

# Verbs that report speech or writing, or frame a quoted word as someone's ("called it ...").
_SPEECH_VERBS = """
accuse acknowledge add address admit advise affirm agree allege announce answer apologize
applaud argue ask assert assure attest aver backtrack badger bark beg bellow bemoan berate blame
blast blog blurt boast brag brand broadcast call caution challenge champion chant characterise
characterize charge chastise cheer chide chime chirp cite claim clarify comment compare complain
concede conclude condemn confess confide confirm congratulate contend continue contradict
counsel counter criticise criticize cry declare decry deem defend demand denounce deny deride
describe detail disagree disclose dismiss dispute dub e-mail echo elaborate email emphasise
emphasize encourage endorse estimate exclaim explain express forecast fume gloat grouse grumble
guarantee guess gush hail highlight hint hiss holler hypothesize implore imply indicate inform
insist instruct interject interrupt joke label lambaste lament laud laugh lecture liken maintain
mention message mimic moan mock mourn mumble murmur muse mutter nag nickname note notice object
observe opine outline plead pledge point portray posit post praise preach predict proclaim prod
profess promise pronounce propose protest query question quip quote rage rail ramble rant read
reason reassure rebut recall reckon recommend recount reference reflect reiterate reject rejoin
relate remark remember remind repeat reply report reprimand request respond retort reveal
ridicule rip roar rule say scoff scold scream scribble shout shriek sigh sing slam snap snarl
sneer sniff speak speculate spell spit stammer state stipulate stress suggest summarise
summarize surmise swear talk tease telegraph tell term testify text theorize threaten thunder
tout tweet underline underscore urge venture voice vow wail warn whine whisper wonder worry
write yell
"""

# Forms that the English rules in ``inflect()`` would get wrong (a past spelled like the base
# form is listed twice, so that "read" is known to be more than a base form).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("read", "reads", "read", "reading"),  # the past is spelled like the base
    "hold": ("hold", "holds", "held", "holding"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "sing": ("sing", "sings", "sang", "sung", "singing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "spit": ("spit", "spits", "spat", "spitting"),
    "broadcast": ("broadcast", "broadcasts", "broadcast", "broadcasting"),
    "forecast": ("forecast", "forecasts", "forecast", "forecasting"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "aver": ("aver", "avers", "averred", "averring"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "rip": ("rip", "rips", "ripped", "ripping"),
    "nag": ("nag", "nags", "nagged", "nagging"),
    "beg": ("beg", "begs", "begged", "begging"),
    "blog": ("blog", "blogs", "blogged", "blogging"),
    "prod": ("prod", "prods", "prodded", "prodding"),
    "chat": ("chat", "chats", "chatted", "chatting"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "spell": ("spell", "spells", "spelled", "spelt", "spelling"),
    "e-mail": ("e-mail", "e-mails", "e-mailed", "e-mailing"),
    "echo": ("echo", "echoes", "echoed", "echoing"),
}

# Phrases that introduce the source after them: "according to the readout", "quoting Reuters".
_SOURCE_PHRASES = """
according to
as reported by
in the words of
as quoted by
quoting
"""

# Nouns that carry someone's words: "Trump's claim that ...", "in a statement", "what he called".
_SPEECH_NOUNS = """
account accusation acknowledgment acknowledgement address admission allegation announcement answer
argument assertion assessment boast charge claim comment comments complaint conclusion confession
contention declaration denial description explanation interview joke lament message note
observation op-ed pledge post prediction promise proclamation pronouncement quip readout reference
references remark remarks reply report response retort speech statement suggestion testimony
tweet vow warning words
"""

# Nouns for a text that can "say" something itself: "the statement concludes", "the letter reads".
_DOCUMENT_NOUNS = """
account ad advertisement affidavit announcement article bill blog book brief complaint
communique communiqué decision editorial email e-mail filing indictment lawsuit letter memo
memorandum message motion note op-ed order petition platform poll post readout release report
resolution ruling statement study suit survey transcript tweet video website
"""

# Titles and honorifics that may precede a name ("Sen.", "Rep.", "President").
_TITLES = """
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend fr fr. sen sen.
senator rep rep. representative gov gov. governor lt lt. gen gen. col col. maj maj. capt capt.
sgt sgt. adm adm. cmdr cmdr. gen. president vice pres pres. secretary minister prime chancellor
chairman chairwoman chair speaker mayor judge justice attorney general sheriff chief director
commissioner ambassador congressman congresswoman councilman councilwoman councilmember delegate
king queen prince princess pope bishop cardinal rabbi imam pastor father sister brother
spokesman spokeswoman spokesperson rabbi coach professor officer detective deputy leader st st.
"""

# Person roles, which resolve to a person speaker ("the senator" -> the last senator quoted).
_PERSON_NOUNS = """
activist actor adviser advisor advocate aide ambassador analyst anchor announcer attorney author
banker bishop boss candidate ceo chair chairman chairwoman champion chancellor chief citizen
coach commander commentator commissioner congressman congresswoman consultant councilman
councilwoman critic defendant delegate democrat demonstrator deputy detective developer diplomat
director doctor donor economist editor employee executive expert fan father founder general
governor historian host incumbent insider inspector investigator journalist judge justice
lawmaker lawyer leader legislator manager mayor member minister mother neighbor neighbour
nominee observer officer official operative opponent organizer owner parent partner pastor
physician pollster president professor prosecutor protester rabbi regulator representative
republican researcher resident secretary senator sheriff source speaker spokesman spokesperson
spokeswoman strategist student supporter surrogate teacher treasurer veteran victim voter warden
witness worker writer
"""

# Common first names, so that "she" can find Hillary Clinton rather than Donald Trump.
_MALE_NAMES = """
aaron adam alan albert alexander andrew anthony arthur austin barack benjamin bernie bill billy
bob bobby boris brad bradley brandon brian bruce bryan carl charles chris christopher chuck dan
daniel david dennis dick donald doug douglas dylan edward emmanuel eric ethan eugene frank gary
george gerald gregory harold harry henry jack jacob james jason jeb jeff jeffrey jeremy jerry
jesse jim jimmy joe joel john jonathan jordan jose joseph joshua juan justin keith kenneth kevin
kyle larry lawrence logan marco mark matt matthew michael mike mitch mitt nathan nicholas noah
patrick paul peter philip ralph rand randy raymond richard rick robert roger ron ronald roy rudy
russell ryan sam samuel scott sean stephen steve steven ted terry thomas tim timothy todd tom
tony tyler vincent vladimir walter wayne william willie xi zachary
"""
_FEMALE_NAMES = """
abigail alexis alice amanda amber amy andrea angela ann anna ashley barbara betty beverly brenda
brittany carol carolyn catherine charlotte cheryl christina christine cynthia danielle debbie
deborah debra denise diana diane donna doris dorothy elizabeth emily emma evelyn frances gloria
grace hannah heather helen hillary isabella ivanka jacinda jacqueline janet janice jean jennifer
jessica joan joyce judith judy julia julie kamala karen katherine kathleen kathryn kayla kelly
kimberly laura lauren linda lisa lori madison margaret maria marie marilyn martha mary megan
melania melissa michelle nancy natalie nicole nikki olivia pamela patricia rachel rebecca ruth
samantha sandra sara sarah sharon shirley sophia stephanie susan teresa theresa ursula victoria
virginia
"""

_MALE = (
    "he him his himself mr mr. sir lord king prince father brother "
    "spokesman chairman congressman councilman"
)
_FEMALE = (
    "she her hers herself mrs mrs. ms ms. miss dame lady queen princess mother sister "
    "spokeswoman chairwoman congresswoman councilwoman"
)


def _words(block: str) -> tuple[str, ...]:
    return tuple(word for word in block.split() if word)


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


class SpeechLexicon:
    """The words that attribute quotations, with English defaults; extend it for verbs or languages.

    The class attributes are the default word lists (lower case): ``VERBS`` (base forms of speech
    and reporting verbs, inflected by ``inflect()``), ``SOURCE_PHRASES`` (phrases followed by the
    source: ``"according to"``), ``SPEECH_NOUNS`` (``"Trump's claim that ..."``),
    ``DOCUMENT_NOUNS`` (texts that speak for someone: ``"the statement concludes"``),
    ``PERSON_NOUNS`` (roles that stand for a person: ``"the senator said"``), ``TITLES``
    (honorifics and offices before a name) and ``MALE_WORDS`` / ``FEMALE_WORDS`` (words that give
    a mention's gender, used to resolve "he" and "she": pronouns, honorifics, gendered roles and
    common first names).

    Add words per instance:

    Examples:
        >>> lexicon = SpeechLexicon(verbs=["opine", "harrumph"], source_phrases=["as told to"])
        >>> lexicon.is_verb("harrumphs"), lexicon.is_verb("harrumphing")
        (True, True)

        or subclass to change the defaults (German verb forms, say):

        >>> class GermanLexicon(SpeechLexicon):
        ...     VERBS = ("sagen", "erklären")
        ...     IRREGULAR = {"sagen": ("sagt", "sagte", "sagten", "gesagt")}
        ...
        ...     def inflect(self, verb):
        ...         return self.IRREGULAR.get(verb, (verb,))
        >>> GermanLexicon().verb_lemma("sagte")
        'sagen'

        An instance is immutable after construction and safe to share between threads.
    """

    VERBS: ClassVar[tuple[str, ...]] = _words(_SPEECH_VERBS)
    IRREGULAR: ClassVar[Mapping[str, tuple[str, ...]]] = MappingProxyType(_IRREGULAR)
    SOURCE_PHRASES: ClassVar[tuple[str, ...]] = _lines(_SOURCE_PHRASES)
    SPEECH_NOUNS: ClassVar[tuple[str, ...]] = _words(_SPEECH_NOUNS)
    DOCUMENT_NOUNS: ClassVar[tuple[str, ...]] = _words(_DOCUMENT_NOUNS)
    PERSON_NOUNS: ClassVar[tuple[str, ...]] = _words(_PERSON_NOUNS)
    TITLES: ClassVar[tuple[str, ...]] = _words(_TITLES)
    MALE_WORDS: ClassVar[tuple[str, ...]] = _words(_MALE) + _words(_MALE_NAMES)
    FEMALE_WORDS: ClassVar[tuple[str, ...]] = _words(_FEMALE) + _words(_FEMALE_NAMES)

    def __init__(
        self,
        *,
        verbs: Iterable[str] = (),
        source_phrases: Iterable[str] = (),
        speech_nouns: Iterable[str] = (),
        document_nouns: Iterable[str] = (),
        person_nouns: Iterable[str] = (),
        titles: Iterable[str] = (),
    ) -> None:
        lemmas: dict[str, str] = {}
        participles: set[str] = set()
        bare: set[str] = set()
        for verb in (*self.VERBS, *verbs):
            base = verb.strip().lower()
            if not base:
                continue
            forms = [form.lower() for form in self.inflect(base)]
            for form in forms:
                lemmas.setdefault(form, base)
                if form.endswith("ing"):
                    participles.add(form)
            if forms.count(base) == 1 and base not in forms[1:]:
                bare.add(base)
        self._lemmas: Mapping[str, str] = MappingProxyType(lemmas)
        self._gerunds = frozenset(participles)
        self._bare = frozenset(bare)
        phrases = {" ".join(p.lower().split()) for p in (*self.SOURCE_PHRASES, *source_phrases)}
        self._phrases: tuple[tuple[str, ...], ...] = tuple(
            sorted((tuple(p.split()) for p in phrases if p), key=len, reverse=True)
        )
        self._speech_nouns = _lower_set(self.SPEECH_NOUNS, speech_nouns)
        self._document_nouns = _lower_set(self.DOCUMENT_NOUNS, document_nouns)
        self._person_nouns = _lower_set(self.PERSON_NOUNS, person_nouns)
        self._titles = _lower_set(self.TITLES, titles)
        self._male = _lower_set(self.MALE_WORDS, ())
        self._female = _lower_set(self.FEMALE_WORDS, ())
        self._cue_words = frozenset(
            (*self._lemmas, *self._speech_nouns, *(phrase[0] for phrase in self._phrases))
        )

    def inflect(self, verb: str) -> tuple[str, ...]:
        """All the forms of a base verb: ``"warn"`` gives warn, warns, warned, warning.

        English rules with ``IRREGULAR`` exceptions; override for another language.

        Examples:
            >>> SpeechLexicon().inflect("reply")
            ('reply', 'replies', 'replied', 'replying')
        """
        if verb in self.IRREGULAR:
            return self.IRREGULAR[verb]
        if " " in verb:
            return (verb,)
        if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
            third = verb + "es"
        elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
            third = verb[:-1] + "ies"
        else:
            third = verb + "s"
        if verb.endswith("e"):
            past = verb + "d"
            gerund = verb + "ing" if verb.endswith(("ee", "ye", "oe")) else verb[:-1] + "ing"
        elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
            past, gerund = verb[:-1] + "ied", verb + "ing"
        else:
            past, gerund = verb + "ed", verb + "ing"
        return (verb, third, past, gerund)

    # --- lookups ----------------------------------------------------------------------------

    def verb_lemma(self, word: str) -> str | None:
        """The base form of a speech verb form (``"told"`` -> ``"tell"``), or None."""
        return self._lemmas.get(word.lower())

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` is a form of a speech verb."""
        return word.lower() in self._lemmas

    def is_bare(self, word: str) -> bool:
        """Whether ``word`` is only the base form of a speech verb ("say", not "said" or "read")."""
        return word.lower() in self._bare

    def is_gerund(self, word: str) -> bool:
        """Whether ``word`` is the -ing form of a speech verb (``"saying"``)."""
        return word.lower() in self._gerunds

    @property
    def cue_words(self) -> frozenset[str]:
        """Every word that may be or begin a cue: verb forms, speech nouns, phrase openings."""
        return self._cue_words

    @property
    def source_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The source phrases as word tuples, longest first."""
        return self._phrases

    def is_speech_noun(self, word: str) -> bool:
        """Whether ``word`` names an utterance (``"claim"``, ``"remarks"``)."""
        return word.lower() in self._speech_nouns

    def is_document_noun(self, word: str) -> bool:
        """Whether ``word`` names a text that can speak (``"statement"``, ``"letter"``)."""
        return word.lower() in self._document_nouns

    def is_person_noun(self, word: str) -> bool:
        """Whether ``word`` names a person's role (``"senator"``, ``"spokesman"``)."""
        return word.lower() in self._person_nouns

    def is_title(self, word: str) -> bool:
        """Whether ``word`` is a title or honorific that can precede a name."""
        return word.lower() in self._titles

    def gender(self, word: str) -> str | None:
        """``"m"`` or ``"f"`` for a gendered pronoun, honorific, role or first name, else None."""
        lower = word.lower()
        if lower in self._male:
            return "m"
        if lower in self._female:
            return "f"
        return None


def _lower_set(defaults: Iterable[str], extra: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in (*defaults, *extra) if w.strip())


DEFAULT_LEXICON = SpeechLexicon()
