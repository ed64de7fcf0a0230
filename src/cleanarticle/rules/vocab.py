"""Class/id/ARIA words grouped by concept, and the one guarded matcher that reads them.

A class or id attribute is split into tokens (whitespace) and words (``-``, ``_``, camelCase).
A concept matches when a token equals one of its ``tokens`` or a word starts with one of its
``prefixes`` (whole-word ``words`` for short, ambiguous stems such as "ad").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from .phrases import literal_alternation

# concept -> (whole words, word prefixes). Whole words match any word of a class/id token
# ("entry-share-buttons" has the word "share"); prefixes match the start of a word.
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "share": (
        ("a2a", "addtoany", "addthis", "shariff", "sharethis", "sharedaddy", "sociallinks"),
        ("share", "sharing", "social"),
    ),
    "related": (
        ("yarpp", "taboola", "outbrain", "upnext", "dontmiss", "mostread", "readnext",
         "morestories", "relatedposts", "recent", "latest"),
        ("related", "recommend", "trending"),
    ),
    "newsletter": (
        ("mc4wp", "optin", "paywall", "subscribe", "subscription"),
        ("newsletter", "subscri", "mailchimp"),
    ),
    # Not "cmp": Adobe Experience Manager prefixes every component with it (cmp-text, cmp-title).
    "cookie": (
        ("gdpr", "cmpbox", "cmpwrapper", "onetrust", "cookiebot", "usercentrics"),
        ("cookie", "consent"),
    ),
    "audio": (("trinity", "beyondwords", "speechify", "tts"), ("audioplayer",)),
    "accessibility": (
        ("skiplink", "screenreader", "userway", "a11y", "sronly"),
        ("accessib",),
    ),
    "ads": (
        # Not "adv": page builders abbreviate "advanced" ("kt-adv-heading").
        ("ad", "ads", "advert", "advertisement", "adsense", "adslot", "dfp", "adunit",
         "sponsored", "anzeige", "werbung"),
        ("advert", "adsbygoogle", "sponsor"),
    ),
    "comments": (("disqus", "respond", "replies"), ("comment", "kommentar", "commentaire")),
    "breadcrumbs": ((), ("breadcrumb",)),
    "pagination": (("pager", "pagenumbers", "prevnext"), ("pagination", "paginat")),
    "modal": (("modal", "popup", "lightbox", "tooltip"), ("modal", "popup")),
    # Forum chrome around each post: signatures, member stats, reaction bars.
    "post_meta": (("signature", "postsignature", "userinfo", "userextras", "userdetails",
                   "userstats", "memberstats", "reactionsbar"), ()),
    "tags": (("tags", "taglist", "taglinks", "catlinks", "keywords"), ()),
    "author_box": (("authorbox", "authorbio", "aboutauthor", "authorinfo", "abouttheauthor",
                    "authordescription", "authordetails", "authorcard", "authorprofile",
                    "autorenbox", "autorbox", "autorinfo", "biography"), ()),
    # A box named for the author ("author-section", "post-author", "entry-author"): the
    # writer's bio or card around an article. Judged on articles only: on forums and
    # listings each post or card names its author, and those lines are content.
    "author": (("author", "autor", "auteur", "autore"), ()),
}
#: Concepts judged on article pages only.
ARTICLE_CONCEPTS = frozenset({"author"})
# Concepts whose words only count as a whole class/id token ("widget", not
# "elementor-widget-wrap"; "sidebar", not "sidebar-first" on a main column).
TOKEN_CONCEPTS: dict[str, tuple[str, ...]] = {
    "navigation": ("nav", "navbar", "navigation", "mainnav", "sitenav", "navmenu", "menu",
                   "mainmenu", "primarymenu", "megamenu", "masthead", "navlinks", "postnavigation",
                   "toolbar", "topbar", "footer", "sitefooter", "prefooter", "siteheader", "offcanvas",
                   "drawer", "dropdown"),
    # Page builders call content blocks widgets too: judged inside the region only.
    "sidebar": ("sidebar", "widget", "widgets", "widgetarea"),
    "hidden": ("hidden", "hide", "dnone", "invisible", "visuallyhidden", "screenreadertext",
               "sronly"),
}
#: Concepts safe to prune on the whole tree; the others are judged inside the main region.
DOM_CONCEPTS = frozenset({
    "share", "newsletter", "cookie", "audio", "accessibility", "ads", "modal", "breadcrumbs",
    "pagination", "navigation", "hidden", "post_meta",
})

# Words that mark the main content; an element carrying them is never dropped by class words.
CONTENT_WORDS = (
    "articlebody", "articlecontent", "articletext", "entrycontent", "postcontent", "postbody",
    "storybody", "storycontent", "maincontent", "contentbody", "bodytext", "posttext",
    "entrybody", "articlebody", "richtext", "prose", "single-content", "blogpost",
)

# Words that mark an article's lead paragraph (standfirst), often set apart from the body.
LEAD_WORDS = frozenset({
    "lead", "intro", "introduction", "standfirst", "chapo", "chapeau", "excerpt", "summary",
    "subtitle", "subheadline", "dek", "deck", "abstract", "teasertext", "sapo", "entradilla",
    "bajada", "sommario", "vorspann", "einleitung", "articlelead", "leadtext", "entrysummary",
    "postexcerpt", "articleintro", "articlesummary", "articleteaser", "lede",
})

# Words that start like a widget stem but name content ("commentary" is an opinion piece).
_NOT_WIDGET_WORDS = frozenset({"commentary", "commentaries", "socialism", "sharepoint"})
_STATE_WORDS = frozenset({"has", "is", "with", "no", "without", "enable", "enabled", "hide",
                          "show", "disable", "disabled"})
# "paywall-on", "ads-enabled", "premium-active": the state of a container (a page that shows
# a paywall, ads), not a paywall or ad widget.
_STATE_STEMS = frozenset({"paywall", "subscription", "subscriber", "premium", "sponsored", "ad",
                          "ads"})
_STATE_SUFFIXES = frozenset({"on", "off", "active", "inactive", "enabled", "disabled", "open",
                             "closed", "true", "false", "yes", "no", "0", "1", "2", "3"})
# Plain `re` here: these run on every class attribute of every page and `re` is faster for them.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[-_:.\s]+")
_WORD = re.compile(r"[^-_:.\s]+")  # what _SPLIT leaves, the empty pieces left out


def words_of(attr: str) -> tuple[list[str], list[str]]:
    """Tokens (squashed, lowercase) and words of a class/id string."""
    tokens, words = [], []
    for token in attr.split():
        info = _token(token)
        words.extend(info.words)
        tokens.append(info.squashed)
    return tokens, words


def _split_token(token: str) -> tuple[str, tuple[str, ...]]:
    """One class/id token as (squashed, words)."""
    # A BEM modifier ("section--ads", "card--related") varies a block; the block names it.
    token = token.split("--", 1)[0] or token
    if not token.islower():
        token = _CAMEL.sub("-", token)
    if token.isascii():
        # (lowered once, then split: the same words as lowering each, for ASCII; outside it
        # a whole-string lower() reads a final sigma by what follows it)
        parts = _WORD.findall(token.lower())
    else:
        parts = [p.lower() for p in _SPLIT.split(token) if p]
    for k, part in enumerate(parts):
        if part in _STATE_WORDS and k < len(parts) - 1:
            # "has-ads", "is-paywall", "hide-read-more-ad": a state of a container, not a
            # widget. ("hide" alone is the hidden state of the element itself.)
            parts = parts[:k]
            break
    if len(parts) >= 2 and parts[-1] in _STATE_SUFFIXES and parts[-2] in _STATE_STEMS:
        parts = parts[:-2]
    return "".join(parts), tuple(parts)


def _compile() -> tuple[dict[str, str], tuple[tuple[str, str], ...], dict[str, str]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for concept, (whole, starts) in CONCEPTS.items():
        for w in whole:
            exact.setdefault(w.lower().replace("-", ""), concept)
        for p in starts:
            prefixes.append((p.lower().replace("-", ""), concept))
    tokens = {t: concept for concept, ts in TOKEN_CONCEPTS.items() for t in ts}
    return exact, tuple(prefixes), tokens


_EXACT, _PREFIXES, _TOKENS = _compile()
#: Multi-word keys (9+ letters) also match inside longer squashed tokens.
_COMPOUND = {k: c for k, c in _EXACT.items() if len(k) >= 9}
_COMPOUND_RE = re.compile("|".join(sorted(map(re.escape, _COMPOUND), key=len, reverse=True)))
_PREFIX_CONCEPT = dict(_PREFIXES)
_PREFIX_RE = re.compile("|".join(sorted(map(re.escape, _PREFIX_CONCEPT), key=len, reverse=True)))
# The first letters of every prefix: a word that starts with none of them starts with no
# prefix, and most words are told so by a set lookup instead of the pattern.
_PREFIX_HEAD = min(map(len, _PREFIX_CONCEPT))
_PREFIX_HEADS = frozenset(p[:_PREFIX_HEAD] for p in _PREFIX_CONCEPT)
# Responsive utility classes (md:block, d-lg-flex) show an element that "hidden" hides on phones.
_RESPONSIVE = regex.compile(r"(?:^|\s)(?:[a-z]{2,3}:(?:block|flex|grid|inline|table)|d-(?:sm|md|lg|xl)-)")
_CONTENT = frozenset(CONTENT_WORDS + ("hentry", "typepost", "typepage", "statuspublish"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def class_words(attrib) -> str:
    """An element's class and id attributes as one string, the input of the matchers here."""
    return f"{attrib.get('class', '')} {attrib.get('id', '')}".strip()


def is_hidden(attrib) -> bool:
    """Whether an element's attributes hide it: ``hidden``, ``aria-hidden="true"``, or a
    ``display:none`` / ``visibility:hidden`` style."""
    return ("hidden" in attrib or attrib.get("aria-hidden") == "true"
            or ("style" in attrib and _HIDDEN_STYLE.search(attrib["style"]) is not None))


_TAXONOMY = regex.compile(r"(?:^|\s)(?:tag|category|cat|post_tag|topic)-\S+")


class _Token(NamedTuple):
    """What the matchers read from one class/id token, worked out once per token."""

    squashed: str
    words: tuple[str, ...]
    content: bool  # the token marks the main content
    concept: str | None  # the concept the whole token names
    compound: str | None  # else, one a multi-word key inside it names
    word_concept: str | None  # the first concept one of its words names


@lru_cache(maxsize=8192)
def _token(token: str) -> _Token:
    """A token's words and concepts. Pure (the cache only saves time: tokens repeat from element
    to element and from page to page far more than whole class strings do)."""
    squashed, words = _split_token(token)
    concept = _EXACT.get(squashed) or _TOKENS.get(squashed)
    compound = None
    if concept is None and len(squashed) > 9:
        # "td-author-description" holds the key "authordescription"
        found = _COMPOUND_RE.search(squashed)
        compound = _COMPOUND[found.group(0)] if found else None
    word_concept = None
    for w in words:
        if w in _NOT_WIDGET_WORDS:
            continue
        word_concept = _EXACT.get(w)
        if word_concept:
            break
        found = _PREFIX_RE.match(w) if w[:_PREFIX_HEAD] in _PREFIX_HEADS else None
        if found:
            word_concept = _PREFIX_CONCEPT[found.group(0)]
            break
    return _Token(squashed, words, squashed in _CONTENT, concept, compound, word_concept)


def _squashed(attr: str) -> str:
    """A class/id string lowercased without the separators _split_token splits words at (white
    space kept): every squashed token and every word of a token is a substring of it."""
    return attr.lower().replace("-", "").replace("_", "").replace(":", "").replace(".", "")


# Every key the token matchers read, squashed: whole tokens, words, prefixes, content words.
# (A key that holds another is left out: a string holding it holds the shorter one too.)
_KEYS = {_squashed(k) for k in (*_EXACT, *_TOKENS, *_PREFIX_CONCEPT, *_CONTENT)}
_ANY_KEY = re.compile(literal_alternation(
    k for k in _KEYS if not any(other != k and other in k for other in _KEYS)))


@lru_cache(maxsize=4096)
def _may_name(attr: str) -> bool:
    """False when no token of the class/id string can name a concept or mark content, told
    by one search (most strings on a page are layout classes: "row", "col-md-6", "wrapper").

    Exact: a token names a concept or content only when its squashed form equals a key, holds
    a compound key, or one of its words equals a key or starts with a prefix; each of those is
    a substring of :func:`_squashed` of the string. (Lowering the whole string and each word
    apart differ only in the final sigma, and no key holds a sigma; the state-word cut, the
    BEM modifier cut and the taxonomy tokens taken out only shorten what is read.)
    """
    return _ANY_KEY.search(_squashed(attr)) is not None


@lru_cache(maxsize=4096)
def concept_of(attr: str) -> str | None:
    """The boilerplate concept a class/id string names, or None.

    Pure function of its argument (the cache only saves time). Content words win: an element
    marked as article body is never boilerplate by its class. Whole tokens are read first,
    then their words, each in the order of the string.
    """
    return _concept_of_tokens(attr) if _may_name(attr) else None


def _concept_of_tokens(attr: str) -> str | None:
    """concept_of, token by token (without the gate in front)."""
    # (every match holds "tag-", "cat" or "topic-": most strings are not searched)
    if ("tag-" in attr or "cat" in attr or "topic-" in attr) and _TAXONOMY.search(attr):
        # WordPress post_class(): the post's tags and categories ("tag-cookies",
        # "category-advertising") on the article itself name its topics, not widgets.
        attr = _TAXONOMY.sub(" ", attr)
    tokens = [_token(t) for t in attr.split()]
    if any(t.content for t in tokens):
        return None
    for t in tokens:
        if t.concept == "hidden" and _RESPONSIVE.search(attr):
            continue
        if t.concept:
            return t.concept
        if t.compound:
            return t.compound
    for t in tokens:
        if t.word_concept:
            return t.word_concept
    return None


@lru_cache(maxsize=4096)
def is_content_attr(attr: str) -> bool:
    """True when a class/id string marks the main content (entry-content, article-body, …)."""
    return _may_name(attr) and _is_content_tokens(attr)


def _is_content_tokens(attr: str) -> bool:
    """is_content_attr, token by token (without the gate in front)."""
    return any(_token(t).content for t in attr.split())


def is_caption_attr(attr: str) -> bool:
    """True when a class/id string marks a figure's caption ("wp-caption-text",
    "media__caption", "image-caption")."""
    return "caption" in words_of(attr)[1]


@lru_cache(maxsize=4096)
def is_lead_attr(attr: str) -> bool:
    """True when a class/id string marks an article's lead paragraph (standfirst, chapô, …)."""
    tokens, words = words_of(attr)
    return any(t in LEAD_WORDS for t in tokens) or any(w in LEAD_WORDS for w in words)
