"""Class and id vocabulary: what the names of an element say about it (boilerplate or content).

Class attributes are read token by token (``"article-body has-comments"`` is two tokens), each token
split into lower-case words at dashes, underscores, digits and camelCase humps (``shareBar`` gives
``share``, ``bar``). A word, or two adjacent words joined (``read-more`` gives ``readmore``), is
looked up in the vocabularies below. Tokens that only state a condition (``has-comments``,
``with-sidebar``, ``no-ads``, ``comments-open``) say nothing about the element and are skipped.

BEM names are read for what they name: in ``block__element--modifier`` the element counts (the
block too when the element is a small part of it, ``share__icon``), a modifier counts only when it
is one word or one name (``teaser--sponsored``, not ``field--label-visually_hidden``), and a CSS
module's hash (``Article_elementImage__A6J72``) is not an element.

The readings are pure functions of the value. Pages repeat values a lot: ``NameReader`` reads
each distinct value (and each distinct token) once per page, and is thrown away with the page.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

__all__ = [
    "BOILERPLATE_WORDS",
    "CONTENT_WORDS",
    "NEGATIVE_WORDS",
    "STRONG_NEGATIVE_WORDS",
    "NameReader",
    "boilerplate_kind",
    "class_tokens",
    "is_layout_token",
    "name_weight",
    "token_words",
]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary written as one string."""
    return text.split()


_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
# Leading or trailing words that make a token describe a state, not a part of the page.
_STATE_PREFIXES = frozenset(
    _words("""has with no without is show hide enable enabled disable disabled allow js can""")
)
_STATE_SUFFIXES = frozenset(
    _words("""enabled disabled open closed active inactive visible loaded on off allowed count""")
)

#: Words that name boilerplate, by the cleaner that drops it.
BOILERPLATE_WORDS: Mapping[str, frozenset[str]] = {
    "navigation": frozenset(
        _words(
            """nav navbar navigation navi menu menus megamenu submenu mainmenu breadcrumb
            breadcrumbs crumbs skiplink skiplinks skipnav skiptocontent pagination pager paging
            toolbar topbar masthead sitenav subnav sitefooter siteheader globalheader
            globalfooter footer offcanvas hamburger nextpost prevpost previouspost postnav
            nextarticle prevarticle postnavigation"""
        )
    ),
    # A fact box or a machine-written summary sits beside the story, apart from its text.
    "sidebars": frozenset(
        _words("""sidebar sidebars sidenav rightrail leftrail factbox factboxes aisummary""")
    ),
    "share_bars": frozenset(
        _words(
            """share shares sharing sharebar sharebox sharer sharetools social socials socialmedia
            sociallinks socialshare socialbar addthis sharethis shariff addtoany followus
            socialicons"""
        )
    ),
    "related": frozenset(
        _words(
            """related relatedposts relatedarticles relatedstories relatedcontent relatedlinks
            recommended recommendation recommendations recirculation recirc morestories
            morearticles morenews mostread mostpopular mostviewed popularposts trending outbrain
            taboola plista ligatus readmore alsoread seealso youmaylike readnext upnext moreon
            morefrom"""
        )
    ),
    "newsletters": frozenset(
        _words(
            """newsletter newsletters subscribe subscription subscriptions signup optin
            newslettersignup donate donation cleverreach mailchimp mailerlite sendinblue
            klaviyo"""
        )
    ),
    # Not "cmp" alone: Adobe Experience Manager names every component so ("cmp cmp-text");
    # it is a structural word, so that "usercentrics-cmp" still names the consent box.
    "cookie_banners": frozenset(
        _words(
            """cookie cookies cookiebanner cookiebar cookieconsent cookienotice consent gdpr ccpa
            cmpbox cmp2 cmplz onetrust cookiebot didomi usercentrics privacybanner
            privacynotice"""
        )
    ),
    "ads": frozenset(
        _words(
            """ad ads adv advert adverts advertisement advertisements advertising adslot adslots
            adunit adunits adsense adsbygoogle adbox adcontainer adwrapper adzone adspace
            adholder adplaceholder adbanner adlabel adtag dfp gpt googleads doubleclick sponsor
            sponsored sponsors promoted promo promos commercial billboard skyscraper leaderboard
            mpu anzeige anzeigen werbung publicite publicidad pubblicita reklama reklame"""
        )
    ),
    "comment_sections": frozenset(
        _words(
            """comment comments commentlist commentform commentbox commentsection comentarios
            comentario kommentar kommentare commentaires commentaire disqus respond"""
        )
    ),
    "author_bios": frozenset(
        _words(
            """bio bios biography authorbio authorbox authorinfo authorcard authorprofile
            authordetails authordescription aboutauthor abouttheauthor contributorbio"""
        )
    ),
    "tag_lists": frozenset(
        _words("""tag tags taglist tagcloud keywords categories schlagworte stichworte etiquetas""")
    ),
    "print_links": frozenset(
        _words("""print printer printlink email mail mailto emaillink sendtofriend""")
    ),
    "gallery_chrome": frozenset(
        _words(
            """counter slidecount slidecounter gallerynav gallerycontrols gallerycounter
            gallerycount gallerypagination galleryarrows gallerybuttons carouselnav
            carouselcontrols carouselarrows carouseldots carouselindicators slidernav
            slidercontrols sliderarrows enlarge zoom fullscreen viewfull photolinks imagelinks
            medialinks"""
        )
    ),
    "hidden": frozenset(
        _words(
            """sronly srtext visuallyhidden screenreadertext screenreader screenreaderonly
            offscreen elementinvisible"""
        )
    ),
}

# Words that may follow a boilerplate word in a token and leave it the head of the name:
# ``share-bar``, ``comments-list``, ``ad-slot-top`` name boilerplate; ``tag-jobs`` (a WordPress
# post class: "tagged jobs") does not.
_STRUCTURAL = frozenset(
    _words(
        """list lists box boxes wrapper wrap wrappers container containers cont area areas section
        sections block blocks bar bars links link items item module modules mod widget widgets
        panel panels holder inner outer content contents text txt title titles label labels icon
        icons button buttons btn btns group groups cloud row rows col cols column columns top
        bottom left right inline mid middle header footer heading head main primary secondary
        desktop mobile tablet small large full wide sticky fixed slot slots unit units
        placeholder frame region zone space spot element el elem component comp body posts
        articles stories news feed carousel slider grid tiles tile cards card teaser teasers
        overlay modal popup banner form cta trigger toggle nav menu tab tabs view page layer
        container x wrapper tools tool bottom area sidebar rail count counter number num info
        details detail line lines thread threads embed root app loader cmp"""
    )
)

# Words inside boilerplate words that are content when they stand in these longer words.
# (a live ticker's "live-match-comment" is the story, not readers' comments).
_NOT_BOILERPLATE = frozenset(
    {"commentary", "commentator", "tagline", "advertorial", "live", "liveblog", "ticker"}
)

#: Words that name the article's text in class names and ids.
CONTENT_WORDS = frozenset(
    _words(
        """article articlebody body content entry entrycontent main post story text blog hentry
        prose richtext markdown copy bodycopy paragraph paragraphs storybody postbody
        postcontent articletext storytext artikel inhalt texto contenido contenu corpo testo
        tresc cuerpo"""
    )
)

#: Words that speak against an element being the article's text (besides the boilerplate ones).
NEGATIVE_WORDS = frozenset(
    _words(
        """meta byline bylines author authors date dateline timestamp time published kicker eyebrow
        overline caption captions credit credits footnote footnotes banner thumbnail thumb
        thumbs combx contact shoutbox shopping scroll hidden hide modal popup widget overlay
        interstitial dialog breaking ticker legend legends gallery galleries slideshow slides
        slider carousel lightbox figure"""
    )
)

#: Negative words that name what is never running text (metadata, captions, galleries): an
#: element so named is left out of the content whatever its size.
STRONG_NEGATIVE_WORDS = frozenset(
    _words(
        """meta byline bylines author authors date dateline timestamp kicker eyebrow overline
        caption captions credit credits legend legends gallery galleries slideshow slides
        carousel"""
    )
)

_ALL_BOILERPLATE = {word: kind for kind, words in BOILERPLATE_WORDS.items() for word in words}


_LOWER_WORD = re.compile(r"[a-z]+|[0-9]+")


def _token_words(token: str) -> list[str]:
    if token.lower() == token:
        return _LOWER_WORD.findall(token)
    return [word.lower() for word in _WORD.findall(token)]


# BEM element names that only place an element in its block's layout: ``sidebar-grid__content``
# is the content column of a grid that has a sidebar, not a sidebar.
_LAYOUT = frozenset(
    _words(
        """container containers wrapper wrappers wrap inner outer grid row rows col cols column
        columns main body content contents section sections area areas holder frame region zone
        layout"""
    )
)
# Blocks that arrange columns: ``sidebar-grid__header`` is the header of a grid with a sidebar.
_LAYOUT_BLOCKS = frozenset(_words("""grid grids layout columns cols"""))
# A CSS module's generated suffix (``Teaser_image-info__ug7wj``): 5 to 8 characters with a digit
# or two capitals, after a ``File_local`` name.
_HASHED = re.compile(r"[A-Za-z0-9-]{5,8}")


def _is_hash(part: str) -> bool:
    return _HASHED.fullmatch(part) is not None and (
        any(c.isdigit() for c in part) or sum(c.isupper() for c in part) >= 2
    )


# A styled component's class (``ConsentBannerWrapper-fjhTDA``, ``BaseWrap-sc-UABmB``): a
# PascalCase name, then a generated suffix of 5 to 8 letters and digits.
_STYLED = re.compile(r"([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)-(?:sc-)?([A-Za-z0-9]{5,8})")


def _component_name(token: str) -> str:
    """A styled component's name without its generated suffix; any other token as it is.

    Examples:
        >>> _component_name("ConsentBannerWrapper-fjhTDA"), _component_name("ShareBar-Button")
        ('ConsentBannerWrapper', 'ShareBar-Button')
    """
    styled = _STYLED.fullmatch(token)
    if styled is None:
        return token
    suffix = styled.group(2)
    # Mixed case that is no capitalized word ("fjhTDA", not "Button"), or digits: generated.
    if any(c.isdigit() for c in suffix) or not (
        suffix.islower() or suffix.isupper() or (suffix[0].isupper() and suffix[1:].islower())
    ):
        return styled.group(1)
    return token


def _bem_words(token: str) -> list[str]:
    """The words that name a BEM token (``block__element--modifier``): the element's, or the
    block's too when the element is a small part of it (``share__icon``) or the block is a
    layout (``sidebar-grid__header`` is the header of a grid, not a sidebar)."""
    token = token.split("--", 1)[0]
    block, _, element = token.rpartition("__")
    if "_" in block and _is_hash(element):
        return _token_words(block)  # a CSS module: "Article_elementImage__A6J72"
    element_words = _token_words(element)
    if any(word in _LAYOUT or word in CONTENT_WORDS for word in element_words):
        return element_words
    block_words = _token_words(block)
    if block_words and block_words[-1] in _LAYOUT_BLOCKS:
        return element_words
    if all(word in _STRUCTURAL or word.isdigit() for word in element_words):
        return block_words + element_words
    return element_words


def _modifier_words(modifier: str) -> list[str]:
    """A BEM modifier's words, unless it speaks about a part of the element
    (``--label-visually_hidden``: its label is hidden; ``--title-large``)."""
    words = _token_words(modifier)
    if len(words) > 1 and words[0] in _STRUCTURAL and "".join(words) not in _ALL_NAMES:
        return []
    return words


def _split_token(token: str) -> list[list[str]]:
    """The word lists a class token stands for (a BEM token with modifiers gives several)."""
    token = _component_name(token)
    if "__" in token:
        return [_bem_words(token)]
    if "--" not in token:
        return [_token_words(token)]
    block, *modifiers = token.split("--")
    found = [_token_words(block)]
    if len(found[0]) == 1 and found[0][0] in _STATE_PREFIXES:
        return [found[0] + [w for modifier in modifiers for w in _token_words(modifier)]]
    for modifier in modifiers:
        words = _modifier_words(modifier)
        if words:
            found.append(words)
    return found


@functools.lru_cache(maxsize=8192)
def token_words(value: str) -> frozenset[str]:
    """Every word of a class or id value, and each pair of neighbouring words joined.

    Examples:
        >>> sorted(token_words("wp-caption-text"))
        ['caption', 'captiontext', 'text', 'wp', 'wpcaption']
    """
    found: set[str] = set()
    for words in class_tokens(value):
        found.update(words)
        found.update(a + b for a, b in pairwise(words))
    return frozenset(found)


def class_tokens(value: str) -> list[list[str]]:
    """The tokens of a class or id value, each as its lower-case words.

    Examples:
        >>> class_tokens("article-body shareBar c2")
        [['article', 'body'], ['share', 'bar'], ['c', '2']]
        >>> class_tokens("sidebar-grid__content share__icon post__meta--big")
        [['content'], ['share', 'icon'], ['meta']]
        >>> class_tokens("teaser--sponsored field--label-visually_hidden Caption_root__QGjx5")
        [['teaser'], ['sponsored'], ['field'], ['caption', 'root']]
    """
    found: list[list[str]] = []
    for token in value.split():
        found.extend(_split_token(token))
    return found


# Heads and tails of tokens that name the story's text itself ("article-body", "entry-content"):
# an element so named is never boilerplate, whatever its other tokens say.
_STORY_HEADS = frozenset(_words("""article story post entry news blog main"""))
_STORY_TAILS = frozenset(_words("""body content text copy"""))
_STORY_WORDS = frozenset(_words("""articlebody storybody postbody entrycontent articletext"""))
# First words of tokens that label the page with a taxonomy term (WordPress's "category-news",
# "tag-jobs"): "category-comments" is a post filed under comments, not a comment section.
_LABEL_PREFIXES = frozenset(
    _words("""category categories cat tag tags format status type term topic rubrik ressort""")
)


# Every word the readings look for: a token with none of them says nothing.
_ALL_NAMES = frozenset(
    set(_ALL_BOILERPLATE)
    | CONTENT_WORDS
    | NEGATIVE_WORDS
    | _STORY_HEADS
    | _STORY_TAILS
    | _STORY_WORDS
)


_UTILITY_WORDS = frozenset(
    _words(
        """cf clearfix clear fix group js is has u l c o g h w p m mb mt ml mr pt pb pl pr px py mx
        my d flex block inline hidden visible float pull push offset xs sm md lg xl xxl space
        spacing margin padding align center text left right start end row col grid span size
        width height full half auto relative absolute fixed sticky bg color dark light"""
    )
)


def is_layout_token(token: str) -> bool:
    """Whether a class token only lays an element out (``col-md-8``, ``clearfix``, ``mb-4``,
    ``l-main``) rather than saying what it is.

    Examples:
        >>> is_layout_token("col-md-8"), is_layout_token("m-basic-text"), is_layout_token("subbuzz")
        (True, False, False)
    """
    words = _token_words(token.split("--", 1)[0])
    return all(
        word in _UTILITY_WORDS or word in _STRUCTURAL or word in _LAYOUT or word.isdigit()
        for word in words
    )


_PAGE_WORDS = frozenset({"page", "site"})


# What one token says: (names the story, the boilerplate kind it heads or None, names
# boilerplate or furniture, names what is never running text, names article text).
_Reading = tuple[bool, "tuple[str, str] | None", bool, bool, bool]
_NOTHING: _Reading = (False, None, False, False, False)


# Every beginning of a known name (no name begins with a digit). A word that is none of them
# starts no name, alone or joined with the words after it.
_NAME_STARTS = frozenset(name[:end] for name in _ALL_NAMES for end in range(1, len(name) + 1))


def _read_words(words: list[str]) -> _Reading:
    """What a token's words say (see ``_Reading``)."""
    # Most tokens name nothing the vocabularies know: their words, neighbour pairs and the
    # whole (the only names the reading looks up) are tested against sets in C, first all at
    # once (two tokens in three start no name at all).
    if _NAME_STARTS.isdisjoint(words):
        return _NOTHING
    names = _ALL_NAMES
    if names.isdisjoint(words):
        count = len(words)
        if count < 2:
            return _NOTHING
        if count == 2:
            if words[0] + words[1] not in names:
                return _NOTHING
        elif names.isdisjoint(map(operator.add, words, words[1:])) and "".join(words) not in names:
            return _NOTHING
    elif len(words) == 1:
        return _ONE_WORD[words[0]]
    return _read_known(words)


# The words that may make a token name the story's text (alone, or a head before a tail).
_STORY_MARKS = _STORY_WORDS | _STORY_HEADS
# Words that may follow a token's head word and leave it the head: ``share-bar-2``, ``ad-x``
# (``page`` is structural but ``sidebar-page`` is a page with a sidebar, not a sidebar).
_TRAILING = _STRUCTURAL - _PAGE_WORDS


def _read_known(words: list[str]) -> _Reading:
    """What the words of a token that holds a known name say."""
    count = len(words)
    story = False
    if not _STORY_MARKS.isdisjoint(words):  # one test in C for most tokens
        story = not _STORY_WORDS.isdisjoint(words) or any(
            a in _STORY_HEADS and b in _STORY_TAILS for a, b in pairwise(words)
        )
    if count > 1 and (words[0] in _STATE_PREFIXES or words[-1] in _STATE_SUFFIXES):
        return story, None, False, False, False
    if not _NOT_BOILERPLATE.isdisjoint(words):
        return story, None, False, False, False
    # head: the last word that is followed only by words saying what sort of element it is
    # (structural words, numbers, single letters); only a name there or after it counts.
    head = count - 1
    while head > 0:
        word = words[head]
        if not (word in _TRAILING or word.isdigit() or len(word) == 1):
            break
        head -= 1
    hit: tuple[str, str] | None = None
    # A name before the head word may still count joined with it (``read-more-box``).
    index = head - 1 if head else 0
    while index < count:
        word = words[index]
        if index >= head:
            kind = _ALL_BOILERPLATE.get(word)
            if kind is not None:
                hit = kind, word
                break
        index += 1
        if index < count and (len(word) > 1 or len(words[index]) > 1):
            pair = word + words[index]
            kind = _ALL_BOILERPLATE.get(pair)
            if kind is not None:
                hit = kind, pair
                break
    if hit is None and count > 2:
        joined = "".join(words)
        kind = _ALL_BOILERPLATE.get(joined)
        if kind is not None:
            hit = kind, joined
    # A negative word counts at the head or after it; a content word anywhere (the two
    # vocabularies share no word).
    tail = words[head:] if head else words
    strong = False
    if NEGATIVE_WORDS.isdisjoint(tail):
        negative = hit is not None
    else:
        negative = True
        strong = not STRONG_NEGATIVE_WORDS.isdisjoint(tail)
    positive = not CONTENT_WORDS.isdisjoint(words)
    label = count > 1 and words[0] in _LABEL_PREFIXES and not _STRUCTURAL.issuperset(words[1:])
    return story, None if label else hit, negative, strong, positive


# The reading of each known name standing alone in a token (a third of the tokens that name
# something are one word), read once when the module loads.
_ONE_WORD: dict[str, _Reading] = {word: _read_known([word]) for word in _ALL_NAMES}


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that finds any of ``words`` in a text, written as a trie so that
    the engine tries one branch per letter instead of every word."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    stack: list[tuple[dict[str, Any], list[str], int]] = [(trie, [], 0)]
    # Iterative emission: each frame is a trie node, the branch patterns built so far, and the
    # index of the next letter to emit.
    built: list[str] = []
    while stack:
        node, branches, index = stack[-1]
        letters = sorted(letter for letter in node if letter)
        if "" in node:
            letters = []  # a word ends here: the shorter word already answers "found"
        if index < len(letters):
            stack[-1] = (node, branches, index + 1)
            stack.append((node[letters[index]], [], 0))
            continue
        stack.pop()
        if not letters:
            pattern = ""
        elif len(branches) == 1:
            pattern = branches[0]
        else:
            pattern = "(?:" + "|".join(branches) + ")"
        if stack:
            parent, parent_branches, parent_index = stack[-1]
            parent_letters = sorted(letter for letter in parent if letter)
            parent_branches.append(re.escape(parent_letters[parent_index - 1]) + pattern)
        else:
            built.append(pattern)
    return built[0]


# Finds a known name in a token's letters and digits run together (every word, joined pair and
# whole token that the readings look up is a run of them).
_ANY_NAME = re.compile(_trie_pattern(_ALL_NAMES))
_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")


def _letters(token: str) -> str:
    """The lower-case letters and digits of ``token`` run together.

    Examples:
        >>> _letters("Article_body--Big"), _letters("café-2")
        ('articlebodybig', 'caf2')
    """
    letters = token.lower().replace("-", "").replace("_", "")
    # Most tokens are ASCII words joined by dashes and underscores: two replacements and two
    # character-class tests in C cost a fraction of the regular expression's substitution.
    if letters.isascii() and letters.isalnum():
        return letters
    return _NOT_LETTER_OR_DIGIT.sub("", letters)


@functools.lru_cache(maxsize=8192)
def _read_token(token: str) -> _Reading:
    """What a class token says: its readings (one for each part of a BEM token) combined."""
    if token.islower() and token.isascii():
        # Most tokens: lower-case words, read at once (``_read_words`` first tests, in C,
        # whether any of them may begin a known name; only capitals make a styled component).
        if "__" in token or "--" in token:
            return _combine([_read_words(words) for words in _split_token(token)])
        if token.isalpha():
            return _read_words([token])
        words = token.replace("-", " ").replace("_", " ").split()
        # Dashes and underscores are the only separators in most tokens: three calls in C
        # cost half of the regular expression's.
        if not "".join(words).isalpha():
            words = _LOWER_WORD.findall(token)
        return _read_words(words)
    if _ANY_NAME.search(_letters(token)) is None:
        return _NOTHING
    token = _component_name(token)
    if "__" in token or "--" in token:
        return _combine([_read_words(words) for words in _split_token(token)])
    if token.islower():
        return _read_words(_LOWER_WORD.findall(token))
    return _read_words([word.lower() for word in _WORD.findall(token)])


def _combine(readings: list[_Reading]) -> _Reading:
    """The readings of the tokens of a value (or the parts of a token), in order, as one: the
    first boilerplate kind named, and what any of them says."""
    found = [reading for reading in readings if reading is not _NOTHING]
    if len(found) < 2:
        return found[0] if found else _NOTHING
    kind: tuple[str, str] | None = None
    story = negative = strong = positive = False
    for reading in found:
        story = story or reading[0]
        if kind is None:
            kind = reading[1]
        negative = negative or reading[2]
        strong = strong or reading[3]
        positive = positive or reading[4]
    return story, kind, negative, strong, positive


# The ASCII letters of a text, with every other byte a space.
_LETTERS_ONLY = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))
# ``_NAME_STARTS`` encoded, to test the letter runs of an encoded value without decoding them.
_NAME_STARTS_ASCII = frozenset(start.encode() for start in _NAME_STARTS)


# Pages of one site (one CMS) repeat the same class values: a bounded cache of pure readings
# spares reading them again on the next page.
@functools.lru_cache(maxsize=8192)
def _read_value(value: str) -> tuple[tuple[str, str] | None, int]:
    if value.isascii():
        # Most values name nothing. In lower case, each word a reading looks up (alone, joined
        # with its neighbours, or a whole token) begins with a run of letters: when no run
        # begins a known name, no token names anything (one pass in C over the whole value).
        # (Capitals would hide where camelCase words begin; ``bytes.islower`` reads ASCII
        # only, much cheaper than ``str.islower``.)
        encoded = value.encode()
        if encoded.islower() and _NAME_STARTS_ASCII.isdisjoint(
            encoded.translate(_LETTERS_ONLY).split()
        ):
            return _SAYS_NOTHING
    tokens = value.split()
    if len(tokens) == 1:  # most values: read without building a list
        reading = _read_token(tokens[0])
    else:
        reading = _combine([_read_token(token) for token in tokens])
    if reading is _NOTHING:
        return _SAYS_NOTHING
    story, kind, negative, strong, positive = reading
    weight = -50 if strong else -25 if negative else 25 if positive else 0
    return (None if story else kind), weight


_SAYS_NOTHING: tuple[tuple[str, str] | None, int] = (None, 0)


def boilerplate_kind(value: str) -> tuple[str, str] | None:
    """The boilerplate kind (a cleaner name) that a class/id value names, and the word that says so.

    Examples:
        >>> boilerplate_kind("social-share-bar")
        ('share_bars', 'socialshare')
        >>> boilerplate_kind("article-body has-comments") is None
        True
        >>> boilerplate_kind("read-more")
        ('related', 'readmore')
        >>> boilerplate_kind("headerAd")
        ('ads', 'ad')
        >>> boilerplate_kind("post tag-jobs category-news") is None
        True
        >>> boilerplate_kind("post category-kommentare"), boilerplate_kind("tag-list")
        (None, ('tag_lists', 'tag'))
        >>> boilerplate_kind("l-sidebar-fixed l-article-body-segment") is None
        True
        >>> boilerplate_kind("v-a v-a--d-b"), boilerplate_kind("teaser teaser--sponsored")
        (None, ('ads', 'sponsored'))
    """
    return _read_value(value)[0]


def name_weight(value: str) -> int:
    """A weight for class/id names: 25 when they name article text, -25 when they name
    boilerplate or page furniture, -50 when they name what is never running text (a caption, a
    byline, a gallery), 0 when they say nothing. Negative names count only as the head of a
    token (``post-meta``, not ``meta-analysis``).

    Examples:
        >>> name_weight("entry-content"), name_weight("post-meta"), name_weight("x")
        (25, -50, 0)
        >>> name_weight("section sharing-with-a-single-developer"), name_weight("sidebar")
        (0, -25)
    """
    return _read_value(value)[1]


class NameReader:
    """The readings of class/id values for one page, each distinct value and token read once.

    Not shared between pages or threads: make one per page and drop it with the page.

    Examples:
        >>> names = NameReader()
        >>> names.kind("share-bar"), names.weight("entry-content"), sorted(names.words("a-b"))
        (('share_bars', 'share'), 25, ['a', 'ab', 'b'])
    """

    __slots__ = ("_values", "_words")

    def __init__(self) -> None:
        self._values: dict[str, tuple[tuple[str, str] | None, int]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def read(self, value: str) -> tuple[tuple[str, str] | None, int]:
        """``(boilerplate_kind(value), name_weight(value))``, memoized."""
        found = self._values.get(value)
        if found is None:
            found = self._values[value] = _read_value(value)
        return found

    def kind(self, value: str) -> tuple[str, str] | None:
        """``boilerplate_kind(value)``, memoized."""
        return self.read(value)[0]

    def weight(self, value: str) -> int:
        """``name_weight(value)``, memoized."""
        return self.read(value)[1]

    def words(self, value: str) -> frozenset[str]:
        """``token_words(value)``, memoized."""
        found = self._words.get(value)
        if found is None:
            found = self._words[value] = token_words(value)
        return found
