"""What kind of page this is, decided from the evidence a reader would use.

An article stays an article however short it is: a 150-word wire story is told apart from a
section front by what the page says of itself (a declared Article/NewsArticle, an article URL),
by its markup (a headline inside an <article>, a byline and a date under it), not by how much
prose it holds. Every type gathers points from its evidence; the type with the most wins, and
the evidence is kept so that ``explain`` can show why. Both front ends ask it: the HTML one
with the page's markup, the text one with what a dump keeps (URL, metadata, prose).

Types: article, listing (listings, categories, collections, home pages), forum, product,
documentation, service, other. The region rule of each type is in :mod:`.html.region`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import regex

from .model import Metadata, PageType
from .rules.prose import ARTICLE_PROSE

ARTICLE, LISTING, FORUM, PRODUCT, DOCUMENTATION, SERVICE, OTHER = (
    "article", "listing", "forum", "product", "documentation", "service", "other")
PAGE_TYPES = (ARTICLE, LISTING, FORUM, PRODUCT, DOCUMENTATION, SERVICE, OTHER)

# Declared types (JSON-LD @type, og:type), lowercased, and the page type each one names.
_DECLARED = {
    **dict.fromkeys((
        "article", "newsarticle", "blogposting", "report", "scholarlyarticle", "liveblogposting",
        "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
        "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle", "recipe", "howto",
        "review", "criticreview", "medicalscholarlyarticle"), ARTICLE),
    **dict.fromkeys(("collectionpage", "itemlist", "searchresultspage", "product.group",
                     "productgroup", "product:group", "offercatalog"), LISTING),
    **dict.fromkeys(("discussionforumposting", "qapage"), FORUM),
    **dict.fromkeys(("product", "product.item", "itempage", "individualproduct"), PRODUCT),
    **dict.fromkeys(("techarticle", "apireference", "softwaresourcecode"), DOCUMENTATION),
}
#: Points of a type declared in JSON-LD; og:type "article" is weaker (many CMSs put it on
#: every page, section fronts included).
DECLARED_POINTS = 3
OG_ARTICLE_POINTS = 1

# URL path words (whole segments, lowercased) that name a section, a forum, a shop or docs.
_LISTING_SEGMENTS = frozenset((
    "category", "categories", "tag", "tags", "topic", "topics", "section", "sections",
    "collections", "collection", "c", "b", "browse", "archive", "archives", "search", "page",
    "shop", "store", "catalog", "catalogue", "list", "lists", "kategorie", "rubrik", "themen",
    "thema", "categorie", "categoria", "categorias", "etiqueta", "tema", "temas", "sujet",
))
_FORUM_SEGMENTS = frozenset((
    "t", "thread", "threads", "topic", "forum", "forums", "viewtopic.php", "showthread.php",
    "comments", "questions", "discussion", "discussions", "community", "board", "boards",
))
_PRODUCT_SEGMENTS = frozenset((
    "product", "products", "p", "dp", "itm", "item", "pdp", "produkt", "produkte", "produit",
    "produits", "producto", "productos", "prodotto",
))
_DOC_SEGMENTS = frozenset((
    "docs", "doc", "documentation", "api", "reference", "manual", "handbook", "guide",
    "guides", "tutorial", "tutorials", "dokumentation",
))
_URL_TYPES = ((FORUM, _FORUM_SEGMENTS), (PRODUCT, _PRODUCT_SEGMENTS),
              (DOCUMENTATION, _DOC_SEGMENTS))
_DATED_PATH = regex.compile(r"/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:/|-)")
_SLUG_WORD = regex.compile(r"[^\W\d_]{2,}")
#: A last path segment of this many hyphenated words reads as an article's slug.
SLUG_WORDS = 4
#: An article needs this many points: a declared Article, or two signs of one (a dated URL
#: and a headline inside <article>, a byline and a date with a headline slug, ...).
ARTICLE_MIN = 3
_TIE_ORDER = (FORUM, PRODUCT, DOCUMENTATION, LISTING, SERVICE, ARTICLE)
#: The author source of a forum thread's starter (``Metadata.sources["author"]``).
THREAD_STARTER = "thread-starter"
#: This many <article> elements on a page are teaser cards (or posts of a thread), not one story.
CARDS = 5

@dataclass(frozen=True, slots=True)
class Markup:
    """Evidence read from the unpruned tree in one cheap pass."""

    h1_in_article: bool  # a headline inside <article> or itemprop=articleBody
    articles: int  # <article> elements
    h1s: int
    #: The one <article> or articleBody holding the page's h1s (None when they stand in none,
    #: or in several: teaser cards, posts).
    container: lxml.html.HtmlElement | None = None


def read_markup(root: lxml.html.HtmlElement) -> Markup:
    h1s = articles = 0
    containers: set[lxml.html.HtmlElement | None] = set()
    for el in root.iter("h1", "article"):
        if el.tag == "article":
            articles += 1
            continue
        h1s += 1
        container = None
        for anc in el.iterancestors():
            if anc.tag == "article" or anc.get("itemprop") == "articleBody":
                container = anc
                break
        containers.add(container)
    container = next(iter(containers)) if len(containers) == 1 else None
    return Markup(any(c is not None for c in containers), articles, h1s, container)


def _url_segments(url: str | None) -> list[str]:
    if not url:
        return []
    path = urlsplit(url).path
    return [s for s in path.lower().split("/") if s]


#: A query naming one page by its number ("?p=31228", "?page_id=12", "?id=58354"): a site
#: without pretty links addresses each post so. Paging keys ("?page=2") name no post.
_ID_QUERY = regex.compile(r"(?:^|&)(?!(?:page|paged|pg|start|offset|utm_\w*)=)[\w.-]+=\d+(?=&|$)",
                          regex.I)


def is_front_page(url: str | None) -> bool:
    """Whether a URL is a site's front page: it has no path ("https://example.com/?ref=x"),
    and its query names no post ("https://example.com/?p=31228" is one post)."""
    return bool(url) and not _url_segments(url) and not _ID_QUERY.search(urlsplit(url).query)


class _Tally:
    __slots__ = ("points", "evidence")

    def __init__(self) -> None:
        self.points = dict.fromkeys(PAGE_TYPES, 0)
        self.evidence: list[tuple[str, str, int]] = []

    def add(self, page_type: str, points: int, why: str) -> None:
        self.points[page_type] += points
        self.evidence.append((page_type, why, points))


def decide_page_type(metadata: Metadata, url: str | None, markup: Markup | None,
                     region_prose: int, *, dated_headline: bool = False) -> PageType:
    """The page's type from what it declares, its URL, its markup and its prose.

    ``dated_headline``: a date line stands with the headline of a page with little prose
    (the front end looks for it only there: on a long page, the prose tells)."""
    t = _Tally()
    declared = (metadata.page_type or "").strip().lower()
    kind = _DECLARED.get(declared)
    if kind:
        from_og = metadata.sources.get("page_type") == "og:type"
        t.add(kind, OG_ARTICLE_POINTS if kind == ARTICLE and from_og else DECLARED_POINTS,
              f"declared {metadata.page_type!r} ({metadata.sources.get('page_type', 'page')})")
    segments = _url_segments(url or metadata.canonical_url)
    path = "/" + "/".join(segments) + "/"
    if url or metadata.canonical_url:
        if is_front_page(url or metadata.canonical_url):
            t.add(LISTING, 2, "URL is the site's front page")
        elif _DATED_PATH.search(path):
            t.add(ARTICLE, 2, "URL holds a date")
        elif segments:
            _url_words(t, segments)
    if markup is not None and markup.h1_in_article:
        t.add(ARTICLE, 1, "headline inside an <article> or articleBody")
    if markup is not None and markup.articles >= CARDS:
        t.add(LISTING, 1, f"{markup.articles} <article> elements (teaser cards)")
    if metadata.date and metadata.author and metadata.sources.get("author") != THREAD_STARTER:
        # (a forum names whoever opened the thread: no sign of an article)
        t.add(ARTICLE, 1, "dated and signed")
    elif dated_headline:
        # A short story shows when it was published under its headline; a section front's
        # name does not. (One date, one piece of evidence: not on top of "dated and signed".)
        t.add(ARTICLE, 1, "a date line with the headline")
    if region_prose >= ARTICLE_PROSE:
        t.add(ARTICLE, 2, f"{region_prose} characters of prose in the article")
    # A tie is no evidence: the more specific type wins over article (a "dated and signed"
    # forum thread), and an article needs more than one weak sign.
    best = max(_TIE_ORDER, key=lambda k: (t.points[k], -_TIE_ORDER.index(k)))
    if t.points[best] == 0 or (best == ARTICLE and t.points[best] < ARTICLE_MIN):
        best = OTHER
    evidence = tuple(f"{k}: {why} (+{p})" for k, why, p in t.evidence)
    return PageType(best, evidence, tuple((k, v) for k, v in t.points.items() if v))


_WORD_SPLIT = regex.compile(r"[-_.]+")


def forced_page_type(name: str, label: str) -> PageType:
    """The type a user rule forces, with the rule as its evidence."""
    return PageType(name, (f"{name}: forced by the user's {label}",))


def _url_words(t: _Tally, segments: Sequence[str]) -> None:
    heads = segments[:-1]
    last = segments[-1]
    for i, seg in enumerate(segments):
        # Whole segments ("/t/", "/p/"), and the words of the segments before the last one
        # ("/travel-forum/...", "/shop-products/..."); a slug's own words are its headline.
        words = {seg, *(_WORD_SPLIT.split(seg) if i < len(segments) - 1 else ())}
        for page_type, vocabulary in _URL_TYPES:
            hit = words & vocabulary
            if hit:
                t.add(page_type, 2, f"URL path word {min(hit)!r}")
                return
    if any(seg in _LISTING_SEGMENTS for seg in heads) or last in _LISTING_SEGMENTS:
        t.add(LISTING, 2, "URL names a section")
        return
    if len(_SLUG_WORD.findall(last)) >= SLUG_WORDS and ("-" in last or "_" in last):
        t.add(ARTICLE, 1, "URL ends in a headline slug")
