"""Class/id/ARIA words grouped by concept, and the one guarded matcher that reads them.

A class or id attribute is split into tokens (whitespace) and words (``-``, ``_``, camelCase).
A concept matches when a token equals one of its ``tokens`` or a word starts with one of its
``prefixes`` (whole-word ``words`` for short, ambiguous stems such as "ad").
"""

from __future__ import annotations

from functools import lru_cache

import regex

# concept -> (whole words, word prefixes)
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "share": (
        ("a2a", "addtoany", "addthis", "shariff", "sharethis", "sharedaddy", "sociallinks"),
        ("share", "sharing", "social", "socials"),
    ),
    "related": (
        ("yarpp", "taboola", "outbrain", "upnext", "dontmiss", "mostread", "readnext",
         "morestories", "relatedposts", "jp"),
        ("related", "recommend", "trending", "popular", "teaser"),
    ),
    "newsletter": (
        ("mc4wp", "optin", "signup", "paywall", "subscribe", "subscription"),
        ("newsletter", "subscri", "mailchimp", "signup"),
    ),
    "cookie": (("gdpr", "cmp", "onetrust", "cookiebot", "usercentrics"), ("cookie", "consent")),
    "audio": (("trinity", "beyondwords", "speechify", "tts"), ("audioplayer", "podcast-player")),
    "accessibility": (
        ("skip", "skiplink", "screenreader", "userway", "a11y", "sronly"),
        ("skip-link", "accessib"),
    ),
    "ads": (
        ("ad", "ads", "adv", "advert", "advertisement", "adsense", "adslot", "dfp", "gpt", "adunit",
         "sponsored", "sponsor", "promo", "affiliate", "anzeige", "werbung"),
        ("advert", "adsbygoogle", "sponsor", "banner-ad"),
    ),
    "comments": (("disqus", "respond", "replies"), ("comment", "kommentar", "commentaire")),
    "breadcrumbs": ((), ("breadcrumb",)),
    "pagination": (("pager", "pagenumbers", "prevnext"), ("pagination", "paginat")),
    "navigation": (
        ("nav", "navbar", "menu", "megamenu", "masthead", "toolbar", "topbar", "footer",
         "sidebar", "widget", "widgets", "offcanvas", "drawer", "dropdown"),
        ("navigation", "sidebar", "footer", "menu"),
    ),
    "modal": (("modal", "popup", "overlay", "lightbox", "tooltip"), ("modal", "popup")),
    "hidden": (("hidden", "hide", "dnone", "invisible", "visuallyhidden", "srOnly"), ()),
    "tags": (("tags", "taglist", "taglinks", "catlinks", "categories", "keywords"), ()),
    "author_box": (("authorbox", "authorbio", "aboutauthor", "authorinfo"), ()),
}

# Words that mark the main content; an element carrying them is never dropped by class words.
CONTENT_WORDS = (
    "articlebody", "articlecontent", "articletext", "entrycontent", "postcontent", "postbody",
    "storybody", "storycontent", "maincontent", "contentbody", "bodytext", "posttext",
    "entrybody", "articlebody", "richtext", "prose", "single-content", "blogpost",
)

_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = regex.compile(r"[-_:.\s]+")


def words_of(attr: str) -> tuple[list[str], list[str]]:
    """Tokens (squashed, lowercase) and words of a class/id string."""
    tokens, words = [], []
    for token in attr.split():
        parts = [p.lower() for p in _SPLIT.split(_CAMEL.sub("-", token)) if p]
        words.extend(parts)
        tokens.append("".join(parts))
        # pairs such as "related-posts" → "relatedposts" also count as squashed tokens
        tokens.extend(a + b for a, b in zip(parts, parts[1:]))
    return tokens, words


def _compile() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for concept, (whole, starts) in CONCEPTS.items():
        for w in whole:
            exact.setdefault(w.lower().replace("-", ""), concept)
        for p in starts:
            prefixes.append((p.lower().replace("-", ""), concept))
    return exact, tuple(prefixes)


_EXACT, _PREFIXES = _compile()
_CONTENT = frozenset(CONTENT_WORDS)


@lru_cache(maxsize=4096)
def concept_of(attr: str) -> str | None:
    """The boilerplate concept a class/id string names, or None.

    Pure function of its argument (the cache only saves time). Content words win: an element
    marked as article body is never boilerplate by its class.
    """
    tokens, words = words_of(attr)
    if any(t in _CONTENT for t in tokens):
        return None
    for t in tokens:
        concept = _EXACT.get(t)
        if concept:
            return concept
    for w in words:
        concept = _EXACT.get(w)
        if concept:
            return concept
        for prefix, concept in _PREFIXES:
            if w.startswith(prefix):
                return concept
    return None


@lru_cache(maxsize=4096)
def is_content_attr(attr: str) -> bool:
    """True when a class/id string marks the main content (entry-content, article-body, …)."""
    tokens, _ = words_of(attr)
    return any(t in _CONTENT for t in tokens)
