"""Metadata from an HTML tree: JSON-LD, <meta>/OpenGraph, <time>, URL, visible header.

Structured sources are read from one cheap pass (see :mod:`.collect`); the header zone
under the headline is read once for the date and byline a reader sees; whole-page scans
(a lone date line, a published-date key in script data, a "last edited" sentence) run only
when everything else gave no date. The tree is only read.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin

import regex

from ..model import Candidate, Metadata
from ..page_type import is_front_page
from ..rules.dates import (
    ELEMENT_TEXT_MAX_CHARS,
    date_from_url,
    locale_hint,
    parse_date_text,
    parse_date_value,
    swapped,
    url_year_month,
)
from .author import find_author
from .collect import Collected, collect
from .jsonld import text_value, types_of
from .language import guess_language
from .media import base_url, find_image, find_terms
from .placement import article_container, in_banner
from .title import choose_title, clean_title, key, site_keys_from_url
from .visible import (
    PUBLISHED_CLASS,
    UPDATED_CLASS,
    PageTexts,
    date_above,
    element_date,
    first_dateline,
    last_edited,
    read_header,
)

# JSON-LD types, most article-like first: the main item is the first of the best type.
_ARTICLE_TYPES = frozenset((
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    "techarticle", "scholarlyarticle", "socialmediaposting", "discussionforumposting",
    "posting", "report", "medicalwebpage",
))
_THING_TYPES = frozenset((
    "product", "recipe", "review", "videoobject", "event", "howto", "course", "book",
    "jobposting", "qapage", "question", "podcastepisode", "softwareapplication",
))
_PAGE_TYPES = frozenset(("webpage", "itempage", "collectionpage", "aboutpage", "faqpage",
                         "searchresultspage", "profilepage", "contactpage"))
_SITE_TYPES = frozenset(("website", "organization", "newsmediaorganization", "corporation",
                         "localbusiness"))

# <meta> names/properties (lowercased) by field, most trusted first.
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "datepublished", "published_time",
    "article.published", "publishdate", "publish-date", "publish_date", "published-date",
    "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "citation_publication_date", "citation_date", "og:published_time",
    "date", "dc.date", "dcterms.date", "article_date_original", "original-publish-date",
    "publication_date", "date_published", "release_date", "created", "datecreated",
    "cxenseparse:recs:publishtime", "dc.date.available", "article.created", "og:pubdate",
)
# The <meta> published dates Open Graph defines as the first publication.
_FIRST_PUBLISHED = frozenset(("meta:article:published_time", "meta:og:article:published_time"))
_META_MODIFIED = (
    "article:modified_time", "og:updated_time", "datemodified", "modified_time",
    "last-modified", "dcterms.modified", "dc.date.modified", "article.updated",
    "lastmod", "revised", "og:article:modified_time", "article:modified", "updated_time",
)
# A date <meta> in a publishing system's own namespace ("ms.date", "sailthru.date", "xyz:date"):
# its published date, read when no known name gives one.
_NAMESPACED_DATE = regex.compile(r"[a-z0-9]+[.:]date$")
_META_TITLE = ("og:title", "twitter:title", "parsely-title", "dc.title", "citation_title")
_META_SITE = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_META_DESCRIPTION = ("description", "og:description", "twitter:description", "dc.description")
_META_LANGUAGE = ("content-language", "language", "dc.language", "og:locale")

_LANG = regex.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?")

GUESS_BODY_CHARS = 2000  # JSON-LD article text read for a language guess
MAX_SUBHEADINGS = 30  # h2-h4 compared with the title when no h1 carries it


def _main_items(items: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """JSON-LD items split into (article/thing items in trust order, page items, site items)."""
    ranked, pages, sites = [], [], []
    for i, item in enumerate(items):
        rank = None
        for t in types_of(item):
            if t in _ARTICLE_TYPES:
                rank = 0
            elif t in _THING_TYPES and rank is None:
                rank = 1
            elif t in _PAGE_TYPES:
                pages.append(item)
            elif t in _SITE_TYPES:
                sites.append(item)
        if rank is not None:
            ranked.append((rank, i, item))
    ranked.sort(key=lambda x: (x[0], x[1]))
    return [it for _, _, it in ranked], pages, sites


def _ld_names(value) -> list[str]:
    """Person/organisation names from a JSON-LD author/publisher value."""
    out = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            name = v.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, str):
                out.append(name)
            elif isinstance(v.get("givenName"), str):
                out.append(f"{v['givenName']} {v.get('familyName') or ''}".strip())
    return [o for o in out if o and not o.startswith("http")]


def _element_date(el, ref: dt.date | None, lang: str | None) -> dt.date | None:
    """The date of a <time> or itemprop element: its machine value, unless its visible text
    shows another date (see :func:`.visible.element_date`)."""
    value = raw = None
    for attr in ("datetime", "content", "data-datetime", "data-date", "title"):
        raw = el.get(attr)
        value = parse_date_value(raw, reference_date=ref, lang=lang)
        if value:
            break
    text = el.text_content()
    if not text or len(text) > ELEMENT_TEXT_MAX_CHARS:
        return value
    if value is None:  # the text alone, relative dates included
        iso = parse_date_text(text, reference_date=ref, lang=lang)
        return dt.date.fromisoformat(iso) if iso else None
    return element_date(value, raw, text, reference_date=ref, lang=lang)


def _language(c: Collected, main: list[dict]) -> str | None:
    raws = [c.lang] + [v for _, v in c.meta(_META_LANGUAGE)]
    raws += [text_value(it.get("inLanguage")) for it in main[:1]]
    for raw in raws:
        if raw:
            m = _LANG.match(raw.strip())
            if m:
                return m.group().replace("_", "-")
    return None


class _Dates:
    """Published/updated candidates; the first one set wins, with the reason it won."""

    __slots__ = ("date", "source", "updated", "reason")

    def __init__(self) -> None:
        self.date: dt.date | None = None
        self.source: str | None = None
        self.updated: dt.date | None = None
        self.reason = ""

    def published(self, d: dt.date | None, source: str | None, reason: str = "") -> None:
        if d is not None and self.date is None:
            self.date, self.source, self.reason = d, source, reason

    def modified(self, d: dt.date | None) -> None:
        if d is not None and self.updated is None:
            self.updated = d


def _structured_dates(c: Collected, main: list[dict], pages: list[dict],
                      ref: dt.date | None, lang: str | None) -> _Dates:
    """JSON-LD, then <meta>, then itemprop published/modified dates."""
    out = _Dates()
    for item in main + pages:
        for name in ("datePublished", "dateCreated", "uploadDate", "startDate"):
            out.published(parse_date_value(text_value(item.get(name)), reference_date=ref,
                                           lang=lang), "json-ld")
        out.modified(parse_date_value(text_value(item.get("dateModified")),
                                      reference_date=ref, lang=lang))
        if out.date:
            break
    for name, v in c.meta(_META_PUBLISHED):
        out.published(parse_date_value(v, reference_date=ref, lang=lang), f"meta:{name}")
    if out.date is None:
        for name, values in c.metas.items():
            if _NAMESPACED_DATE.fullmatch(name):
                for v in values:
                    out.published(parse_date_value(v, reference_date=ref, lang=lang),
                                  f"meta:{name}")
    for _name, v in c.meta(_META_MODIFIED):
        out.modified(parse_date_value(v, reference_date=ref, lang=lang))
    if out.date is None:
        for el in c.itemprop("datepublished"):
            out.published(_element_date(el, ref, lang), "itemprop")
    if out.updated is None:
        for el in c.itemprop("datemodified"):
            out.modified(_element_date(el, ref, lang))
    return out


def _agrees(d: dt.date, url_date: dt.date | None, url: str | None) -> bool:
    """Whether the URL's date (within a day: time zones), /year/month/ or /year/ backs ``d``."""
    if url_date is not None:
        return abs((url_date - d).days) <= 1
    ym = url_year_month(url)
    return ym is not None and ym[0] == d.year and ym[1] in (None, d.month)


_UTC_STAMP = regex.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _is_utc_stamp(c: Collected, source: str | None) -> bool:
    """Whether the structured date came from a <meta> whose value is a UTC time stamp."""
    if not source or not source.startswith("meta:"):
        return False
    values = c.metas.get(source[5:])
    return bool(values) and _UTC_STAMP.search(values[0]) is not None


def _choose_date(c: Collected, structured: _Dates, seen, url: str | None,
                 ref: dt.date | None, lang: str | None, main: list[dict],
                 pages: list[dict]) -> _Dates:
    """The published date from the structured one (P), the dates seen under the headline
    (first plain one: V) and the URL's (U), in this order:

    1. V when U equals it (U when V is U with day and month swapped); 2. P (or U) when
    the URL backs P and not V; 3. P when it is shown under the headline; 4. the structured
    modification date when it is the one shown (P from Open Graph days before it); 5. P
    when several different dates are shown (a teaser list); 5b. P from Open Graph when only
    a later "Updated" date is shown; 5c. P when it is a UTC time stamp a day from V;
    6. V; 7. U over a disagreeing P, else P; then <time>,
    U, a lone date line anywhere, and last a published-date key in script data (not on
    pages declared as a site front or listing).
    Each step was kept only if it raised date accuracy on the dev sets.
    """
    found = _Dates()
    found.updated = structured.updated
    p = structured.date
    u = date_from_url(url, reference_date=ref, lang=lang)
    plain = [s.date for s in seen if not s.updated]
    vis = plain[0] if plain else (seen[0].date if seen else None)
    if vis is not None and u is not None and vis == u:
        found.published(vis, "text", "shown under the headline and in the URL")
    elif vis is not None and u is not None and swapped(vis, u):
        # "10/03/2023" under the headline, /2023/10/03/ in the URL: the numeric date shown
        # was read in the other day/month order; the URL's is unambiguous
        found.published(u, "url", "the URL's date; the one shown is it, day and month read "
                        "the other way")
    elif p is not None and (vis is None or not _agrees(vis, u, url)) and _agrees(p, u, url):
        # the URL, written when the page was made, backs the structured date
        found.published(u if u is not None else p, "url" if u is not None else structured.source,
                        "the URL backs the structured date, not the one shown")
    elif p is not None and p in (plain or [s.date for s in seen]):
        found.published(p, structured.source, "structured and shown under the headline")
    elif structured.updated is not None and structured.updated in plain:
        if p is not None and structured.source in _FIRST_PUBLISHED \
                and (structured.updated - p).days > 1:
            # the date shown is the page's modification time, and Open Graph says it was
            # first published days before (within a day: the same moment in another time
            # zone): wcxb-dev +2 pages, multilingual-dev +1, dates-dev +1, modern-dev same
            found.published(p, structured.source, "the date shown is the modification "
                            "date; the Open Graph date of first publication")
        else:
            # the page shows its modification date and not the structured published one
            found.published(structured.updated, "text",
                            "the structured modification date is the one shown")
    elif p is not None and len(set(plain)) >= 2:
        # several different dates under the headline: a list of teasers, not a byline
        found.published(p, structured.source,
                        "structured; several different dates shown (a teaser list)")
    elif p is not None and not plain and vis is not None and p < vis \
            and structured.source in _FIRST_PUBLISHED:
        # Only an "Updated <date>" is shown, and the page declares in Open Graph when it was
        # first published (article:published_time, "when the article was first published"):
        # that is its published date, the shown one its update. (With a JSON-LD
        # datePublished the dev sets' truths split: modern-dev 7 pages the structured date,
        # 12 the update, multilingual-dev and dates-dev the update; left to step 6.)
        # wcxb-dev 0.786 -> 0.816; modern-dev, multilingual-dev, dates-dev unchanged.
        found.published(p, structured.source, "only an update is shown; the Open Graph date "
                        "of first publication")
    elif vis is not None and p is not None and abs((vis - p).days) == 1 \
            and _is_utc_stamp(c, structured.source):
        # The same moment: the page shows it in its own time zone, its metadata records it
        # as a UTC time stamp, and the date is the one of that record (wcxb-dev +4 pages;
        # no page of the other dev sets has the pattern).
        found.published(p, structured.source, "a UTC time stamp a day from the date shown: "
                        "the same moment in another time zone")
    elif vis is not None:
        # The date a reader sees under the headline wins over a structured one that
        # disagrees: on the dev sets the structured dates were often CMS rendering times,
        # UTC shifts or hidden modification dates (modern-dev 0.885 -> 0.911).
        found.published(vis, "text", "shown under the headline; the structured one differs"
                        if p is not None else "shown under the headline")
    elif p is not None:
        # a full date in the URL is fixed when the page is made; a structured date that
        # disagrees with it is often a re-publication
        found.published(u if u is not None else p, "url" if u is not None else structured.source,
                        "the URL's date over a structured one" if u is not None
                        else "structured, nothing shown under the headline")
    if found.date is None and c.times:
        _time_dates(c, found, ref, lang)
    if found.date is None:
        found.published(u, "url", "the URL's date")
    if found.date is None:
        texts = PageTexts(c.root)
        lone = first_dateline(texts, reference_date=ref, lang=lang)
        if lone is not None:
            found.published(lone.date, "text", "the first date line of the page")
        if found.date is None and not _declared_listing(c, main, pages):
            found.published(_script_date(c.root, ref, lang), "script",
                            "a published-date key in the page's script data")
        if found.date is None:
            edited = last_edited(texts, reference_date=ref, lang=lang)
            if edited is not None:
                # a wiki page shows only when it was last edited: its one date
                found.published(edited, "modified", "the page's 'last edited' sentence")
                found.modified(edited)
    if found.date is None and structured.updated is not None:
        # a page that gives only when it was last modified (article:modified_time): that is
        # its date
        found.published(structured.updated, "modified",
                        "the structured modification date, the only date")
    return found


def _title_evidence(labelled, headings, title, source, why) -> list[Candidate]:
    """The head titles and h1s judged for the title, the chosen one with its reason."""
    out = []
    k = key(title) if title else None
    chosen = False
    for src, value in [*labelled, *(("h1", h) for h in headings)]:
        value = clean_title(value)
        if not value:
            continue
        vk = key(value)
        if k is not None and vk == k and not chosen and (src == "h1") == (source == "h1"):
            verdict = f"chosen: {why[0]}" if why else "chosen"
            chosen = True
        elif k is not None and vk == k:
            verdict = "agrees with the title chosen"
        elif k is not None and k in vk:
            verdict = "holds the title"
        else:
            verdict = "not used"
        out.append(Candidate(value[:300], src, verdict))
    if title and not chosen:  # a head title with its site pieces stripped
        out.append(Candidate(title, source or "unknown", f"chosen: {why[0]}" if why else
                             "chosen"))
    return out


def _date_evidence(found: _Dates, structured: _Dates, seen, url, ref, lang) -> list[Candidate]:
    """The dates judged for the published date, and the reason the chosen one won."""
    cands: list[tuple[dt.date, str, str]] = []
    if structured.date:
        cands.append((structured.date, structured.source or "structured", ""))
    if structured.updated:
        cands.append((structured.updated, "structured:modified", "the modification date"))
    for s in seen:
        cands.append((s.date, "text", "shown labelled as an update" if s.updated else ""))
    u = date_from_url(url, reference_date=ref, lang=lang)
    if u:
        cands.append((u, "url", ""))
    out, chosen = [], False
    for d, source, note in cands:
        if not chosen and d == found.date and source == found.source:
            out.append(Candidate(d.isoformat(), source, f"chosen: {found.reason}"))
            chosen = True
        else:
            out.append(Candidate(d.isoformat(), source, note or (
                "agrees with the date chosen" if d == found.date else "not used")))
    if found.date and not chosen:
        out.append(Candidate(found.date.isoformat(), found.source or "unknown",
                             f"chosen: {found.reason}"))
    return out


# og:type / JSON-LD types of a site's front, section or collection page: a date in its script
# data belongs to one of the items it lists.
_LISTING_TYPES = frozenset(("website", "webpage", "collectionpage", "searchresultspage",
                            "itemlist", "product.group"))


def _declared_listing(c: Collected, main: list[dict], pages: list[dict]) -> bool:
    if not main and any(t in _LISTING_TYPES for it in pages[:1] for t in types_of(it)):
        return True
    return any(v.strip().lower() in _LISTING_TYPES for v in c.metas.get("og:type", ()))


# A published-date key in a page's own script data (a shop's product JSON, a tracking object):
# "published_at": "2019-03-02T06:22:28+01:00", \"publishedDate\":\"2016-11-04T20:37:27Z\".
_SCRIPT_DATE = regex.compile(
    r"""["'](?:[a-z]{1,20}[._])?"""  # "page.publish_date"
    r"""(?:date_?published|published_?(?:at|date|time|on)|publish_?(?:date|time)"""
    r"""|(?:article_?)?publication_?date|first_?publish(?:ed)?_?date|pub_?date)\\?["']"""
    r"""\s*[:=]\s*\\?["']([^"'\\]{6,40})""",
    regex.IGNORECASE,
)
_PUB = re.compile("publi|pub_?date", re.IGNORECASE)
# How far before its _PUB word a key's match may start: a quote, a 20-letter prefix and its
# dot, "article_" ("'page.article_publication_date'").
_PUB_LEAD = 30
SCRIPT_SCAN_CHARS = 1_000_000  # script text searched for a published-date key


def _script_date_keys(text: str, end: int):
    """The matches of _SCRIPT_DATE in ``text[:end]``, in order, as ``finditer`` gives them.

    Every match opens with a quote and holds a _PUB word at most _PUB_LEAD characters after
    it: the pattern is tried only at the quotes that close before each such word (most
    scripts hold none, and those that do hold them in a few places of a long text)."""
    pos = tried = 0
    while True:
        word = _PUB.search(text, pos, end)
        if word is None:
            return
        found = None
        for start in range(max(pos, tried, word.start() - _PUB_LEAD), word.start() + 1):
            if text[start] in "\"'":
                found = _SCRIPT_DATE.match(text, start, end)
                if found is not None:
                    break
        tried = word.start() + 1
        if found is None:
            pos = max(pos, tried)
            continue
        yield found
        pos = tried = found.end()


def _script_date(root, ref, lang) -> dt.date | None:
    """The first published-date key in the page's non-JSON-LD scripts, as a last resort."""
    budget = SCRIPT_SCAN_CHARS
    for el in root.iter("script"):
        text = el.text
        if not text or "ld+json" in (el.get("type") or ""):
            continue
        for m in _script_date_keys(text, min(budget, len(text))):
            d = parse_date_value(m.group(1), reference_date=ref, lang=lang)
            if d is not None:
                return d
        budget -= len(text)
        if budget <= 0:
            break
    return None


_COMMENT = regex.compile(r"(?<![a-z])comment(?!ary)", regex.IGNORECASE)
COMMENT_ANCESTOR_LEVELS = 6


def _in_comment(el) -> bool:
    """Whether an element sits in a reader comment (class or id "comment..."): its date is
    the comment's."""
    for _ in range(COMMENT_ANCESTOR_LEVELS):
        el = el.getparent()
        if el is None:
            return False
        if _COMMENT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
    return False


def _time_dates(c: Collected, found: _Dates, ref, lang) -> None:
    """<time> elements: a marked published one, else the first after the h1, else the first."""
    marked = after_h1 = first = None
    for pos, el in c.times:
        d = _element_date(el, ref, lang)
        if d is None:
            continue
        cls = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))
        parent = el.getparent()
        if parent is not None:
            cls += " " + (parent.get("class") or "")
        if UPDATED_CLASS.search(cls) and not PUBLISHED_CLASS.search(cls):
            found.modified(d)
            continue
        if _in_comment(el) or in_banner(el):
            continue
        if marked is None and (el.get("pubdate") is not None or PUBLISHED_CLASS.search(cls)):
            marked = d
        if after_h1 is None and c.h1_pos is not None and pos > c.h1_pos:
            after_h1 = d
        if first is None:
            first = d
    found.published(marked or after_h1 or first, "time",
                    "a <time> element" + (" marked as published" if marked else
                                          " after the headline" if after_h1 else ""))


# An attribute holding when the post was made ("created-timestamp", "data-published-at"), as
# forum and social pages put on the element that wraps a post with its headline.
_STAMP_ATTR = regex.compile(
    r"(?:data-)?(?:created|creation|published|publish|posted)"
    r"(?:[-_]?(?:at|time|timestamp|date|on))?", regex.IGNORECASE)
STAMP_LEVELS = 6  # the headline's own element and that many ancestors: its post, not the page


def _stamp_around(anchor, ref: dt.date | None, lang: str | None) -> dt.date | None:
    """The creation time stamp on the headline or on an element a few levels around it."""
    el, level = anchor, 0
    while el is not None and level <= STAMP_LEVELS:
        for name, value in el.attrib.items():
            if _STAMP_ATTR.fullmatch(name):
                d = parse_date_value(value, reference_date=ref, lang=lang)
                if d is not None:
                    return d
        el, level = el.getparent(), level + 1
    return None


def _title_anchor(c: Collected, title: str | None):
    """The heading that carries the title, else the first h1: where the article header is."""
    if title:
        k = key(title)
        for text, el in zip(c.headings, c.h1s, strict=False):
            hk = key(text)
            if hk and (hk == k or hk.startswith(k) or k.startswith(hk)):
                return el
        if len(k) >= 8:
            for i, el in enumerate(c.root.iter("h2", "h3", "h4")):
                if i >= MAX_SUBHEADINGS:
                    break
                hk = key(el.text_content())
                if hk and (hk == k or (len(hk) >= 8 and k.startswith(hk))):
                    return el
    return c.h1s[0] if c.h1s else None


def _canonical(c: Collected, url: str | None) -> tuple[str | None, str | None]:
    """(the URL the page declares for itself, its source): <link rel=canonical>, og:url."""
    for el in c.links.get("canonical", ()):
        href = (el.get("href") or "").strip()
        if href:
            return (urljoin(url, href) if url else href), "link:canonical"
    og = c.metas.get("og:url")
    if og and og[0].startswith("http"):
        return og[0], "meta:og:url"
    return None, None


def _site_names(c: Collected, main: list[dict], pages: list[dict], sites: list[dict]):
    names = [v for _, v in c.meta(_META_SITE)]
    for item in main[:1] + pages[:1]:
        names += _ld_names(item.get("publisher"))
    for item in sites:
        n = text_value(item.get("name"))
        if n:
            names.append(n)
    return names


def _page_type(c: Collected, main: list[dict], pages: list[dict]) -> tuple[str | None, str]:
    """The declared type (lowercased) and where it was declared ("json-ld" or "og:type")."""
    for item in main[:1] + pages[:1]:
        ts = types_of(item)
        if ts:
            return ts[0], "json-ld"
    og = c.metas.get("og:type")
    return (og[0].lower().strip() or None if og else None), "og:type"


def extract_html_metadata(tree, url: str | None = None, *,
                          reference_date: dt.date | None = None) -> Metadata:
    """Read metadata from an unpruned HTML tree. Never modifies the tree.

    - title: JSON-LD headline, og:title, twitter:title and <title>, reconciled with the h1
      (site-name pieces stripped, the visible headline's spelling kept);
    - date: the date shown under the headline when the structured sources (JSON-LD
      datePublished, published-time <meta>, itemprop) disagree with it, unless the URL
      backs them; then <time>, the URL, a lone date line in the page, a published-date
      key in script data, and a wiki's "last edited" sentence (source "modified");
    - updated: JSON-LD dateModified / modified-time <meta> / itemprop;
    - author: JSON-LD, <meta>, itemprop, then the byline under the headline.
    Relative dates need ``reference_date``; no date after it (default today) or before 1995.
    """
    c = collect(tree)
    main, pages, sites = _main_items(c.jsonld())
    md = Metadata()
    src = md.sources

    lang = _language(c, main + pages)
    if lang:
        md.language, src["language"] = lang.split("-")[0].lower(), "html"

    site_names = _site_names(c, main, pages, sites)
    if site_names:
        md.sitename, src["sitename"] = clean_title(site_names[0]), "meta"

    labelled = [("json-ld", text_value(it.get("headline")) or text_value(it.get("name")) or "")
                for it in main[:1]]
    labelled += [(f"meta:{name}", v) for name, v in c.meta(_META_TITLE)]
    labelled.append(("title", c.title or ""))
    md.page_title = " ".join(c.title.split()) if c.title else None
    canonical, csrc = _canonical(c, url)
    why: list[str] = []
    md.title, tsrc = choose_title([v for _, v in labelled], c.headings,
                                  site_names + site_keys_from_url(url), why,
                                  front_page=is_front_page(url or canonical))
    if md.title:
        src["title"] = tsrc
    md.evidence["title"] = _title_evidence(labelled, c.headings, md.title, tsrc, why)

    desc = [text_value(it.get("description")) for it in main[:1]]
    if desc and desc[0]:
        md.description, src["description"] = desc[0], "json-ld"
    else:
        metas = c.meta(_META_DESCRIPTION)
        if metas:
            md.description, src["description"] = metas[0][1], "meta"

    bodies = [it["articleBody"] for it in main if isinstance(it.get("articleBody"), str)]
    if bodies:
        md.body_hint = max(bodies, key=len).strip() or None
        if md.body_hint:
            src["body_hint"] = "json-ld"

    if lang is None:
        guessed = guess_language(" ".join(filter(None, (
            md.title, md.description, (md.body_hint or "")[:GUESS_BODY_CHARS]))))
        if guessed:
            lang = md.language = guessed
            src["language"] = "guess"

    lang = locale_hint(lang, url)  # for the order of numeric dates from here on
    anchor = _title_anchor(c, md.title)
    header = read_header(anchor, reference_date=reference_date, lang=lang)
    if header.byline is None and c.h1s and c.h1s[0] is not anchor \
            and not any(el.text_content().strip() for el in header.author_els):
        # the headline is not the first h1, which is the blog's name: a "by Jane Doe" right
        # under that names the blog's author when the post's header names no one
        banner = read_header(c.h1s[0], reference_date=reference_date, lang=lang).byline
        if banner is not None:
            header = header._replace(byline=banner)
    seen = header.dates
    # no plain date under the headline: a date line right above it (category | date, h1)
    # counts as the shown one (dev sets: +3 modern-dev, +3 multilingual-dev, +1 dates-dev)
    if not any(not s.updated for s in seen):
        above = date_above(anchor, reference_date=reference_date, lang=lang)
        if above is not None:
            seen = [above, *seen]
    structured = _structured_dates(c, main, pages, reference_date, lang)
    found = _choose_date(c, structured, seen, url, reference_date, lang, main,
                         pages)
    if found.date is None and anchor is not None:
        found.published(_stamp_around(anchor, reference_date, lang), "markup",
                        "a creation time stamp on the element around the headline")
    if found.date:
        md.date, md.date_source = found.date.isoformat(), found.source
        src["date"] = found.source or "unknown"
    md.evidence["date"] = _date_evidence(found, structured, seen, url, reference_date, lang)
    if found.updated and (found.date is None or found.updated > found.date):
        md.updated, src["updated"] = found.updated.isoformat(), "structured"
    elif found.updated is None:
        # no structured modification date: the one shown as "Updated …" under the headline
        shown = next((s.date for s in seen if s.updated), None)
        if shown is not None and found.date is not None and shown > found.date:
            md.updated, src["updated"] = shown.isoformat(), "text"

    authors = find_author(c, main, header, site_names + site_keys_from_url(url),
                          url or canonical)
    if authors.names:
        md.authors = list(authors.names)
        md.author, src["author"] = "; ".join(authors.names), authors.source or "unknown"
    if authors.candidates:
        md.evidence["author"] = authors.candidates

    md.url = url
    if url:
        src["url"] = "given"
    md.canonical_url = canonical
    if canonical:
        src["canonical_url"] = csrc or "unknown"

    container = article_container(anchor, c.root)
    md.image, image_ev = find_image(c, main, container, base_url(c, url, md.canonical_url))
    if md.image:
        src["image"] = next(e.source for e in image_ev if e.verdict == "chosen")
    if image_ev:
        md.evidence["image"] = image_ev
    md.tags, md.categories, term_ev = find_terms(c, main, container)
    for name, cands in term_ev.items():
        md.evidence[name] = cands
        src[name] = cands[0].source

    md.page_type, type_source = _page_type(c, main, pages)
    if md.page_type:
        src["page_type"] = type_source
    return md
