"""What a reader sees: the date and byline lines in the article header, next to the headline.

Walks forward in document order from the headline element through its following siblings
and those of its ancestors, reading short text nodes (and <time datetime>), until a
budget of characters is spent. Only the header zone is read, so a date in a teaser list
or a comment further down is not taken for the article's; embedded posts, sentences that
mention a date and forum members' join dates are passed over. A date line just above the
headline (:func:`date_above`) and, for pages with no date near the headline, the page-wide
searches (:func:`first_dateline`, :func:`last_edited`) complete it.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from typing import NamedTuple

import regex
from lxml import etree

from ..rules.byline import (
    BYLINE_MAX_CHARS,
    FULL_NAME_MAX_WORDS,
    author_in_meta_line,
    is_author_label,
    is_byline,
    is_byline_prefix,
    is_dated_byline,
    is_full_name,
    is_marked_name,
    is_thread_starter_label,
    plausible_name,
)
from ..rules.dates import (
    DATE_START,
    has_date,
    is_dateline,
    is_joined_label,
    is_updated_label,
    last_edited_date,
    leading_date,
    parse_date_text,
    parse_date_value,
    posted_date,
    shown_date,
)
from .placement import in_banner, off_article

# Where a date under the headline is a teaser's, not the article's.
# ("Comment" also names opinion pieces, "ArticleHeaderComment"; "footer" the article's own.)
OFF_RAIL = frozenset(("related", "sidebar"))
ZONE_MAX_CHARS = 1200  # visible characters read after the headline (dates sit within ~3 lines)
ZONE_MAX_ELEMENTS = 300
ZONE_ANCESTOR_LEVELS = 5
# Levels climbed past ZONE_ANCESTOR_LEVELS while nothing was read: 3 gave multilingual-dev
# date +1 page, modern-dev, dates-dev and wcxb-dev unchanged; climbing 7 levels always lost
# modern-dev and wcxb-dev a date each.
EMPTY_EXTRA_LEVELS = 3
NODE_MAX_CHARS = 160  # longer text nodes are prose or script data, not a date line
LABEL_MAX_CHARS = 40  # "Last updated:" in the node before a date labels it
MAX_DATES = 3
ABOVE_MAX_CHARS = 200  # text read above the headline for a date line
ABOVE_MAX_NODES = 6
_SKIP = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}
UPDATED_CLASS = regex.compile(r"updat|modif|edited|revis", regex.IGNORECASE)
PUBLISHED_CLASS = regex.compile(r"publish|posted|created|pubdate|entry-date|post-date",
                                regex.IGNORECASE)
_EMBED_TAGS = {"blockquote", "iframe"}
_EMBED_CLASS = regex.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|\bembed",
                             regex.IGNORECASE)


class SeenDate(NamedTuple):
    date: dt.date
    updated: bool  # labelled as a modification ("Updated", "Aktualisiert")


class Header(NamedTuple):
    dates: list[SeenDate]
    byline: str | None  # a "By Jane Doe" line
    author_els: tuple = ()  # elements marked as the author (class, rel), in reading order
    # a full name alone in the post's meta box ("Jane Doe"), and the element it stands in
    bare_name: tuple[str, object] | None = None
    starter: str | None = None  # the name after a forum's "Thread starter" label


MAX_AUTHOR_ELEMENTS = 4


# Words from which a header text node is a sentence; 8 or 10 lost label-led date lines on the
# dev sets ("Last updated 04 Jun 2020, originally created 17 Jun 2019").
PROSE_MIN_WORDS = 12


def _in_prose(text: str) -> bool:
    """Whether a text node is a sentence that mentions a date ("The rules apply from 13
    January 2022 to ..."), not a line that dates the article."""
    if len(text.split()) < PROSE_MIN_WORDS or is_dateline(text):
        return False
    m = DATE_START.search(text)
    # a date first, or only labels before it ("Last updated 4 Jun 2020, first ..."): a date line
    return m is None or not (m.start() == 0 or is_dateline(text[:m.end()]))


def _following(el, levels: int, reader=None):
    """The siblings of ``el`` and of its ancestors, ``levels`` up; further up, to
    ``EMPTY_EXTRA_LEVELS`` more, while the ``reader`` has read no text (a headline alone
    in a hero banner, the date in the block after it). That far from the headline the
    reader takes only dates: a name there is as often a category's ("| Apr 21, 2017 |
    Products Liability")."""
    node = el
    for level in range(levels + EMPTY_EXTRA_LEVELS):
        if level >= levels:
            if reader is None or reader.budget < ZONE_MAX_CHARS:
                return
            reader.dates_only = True
        yield from node.itersiblings()
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return


class _Reader:
    """Reads text nodes in order; remembers dates, the first byline and the previous node."""

    def __init__(self, reference_date, lang) -> None:
        self.ref, self.lang = reference_date, lang
        self.dates: list[SeenDate] = []
        self.byline: str | None = None
        self.bare_name: tuple[str, object] | None = None
        self.starter: str | None = None
        self.budget = ZONE_MAX_CHARS
        self.prev = ""
        self.dates_only = False  # past the header zone proper: no bylines (see _following)

    def labelled(self, label, bare: bool = False) -> bool:
        """Whether the previous text node is a short label of this kind (``bare``: the
        label alone, without a date of its own)."""
        return len(self.prev) < LABEL_MAX_CHARS and label(self.prev) and not (
            bare and any(ch.isdigit() for ch in self.prev))

    def labelled_updated(self) -> bool:
        return self.labelled(is_updated_label)

    def time(self, el, text: str | None = None) -> bool:
        """Read a <time> element whole: its datetime and the date its text shows (``text``:
        the text of a date split over child elements, see :func:`split_date`)."""
        if text is None:
            text = " ".join(el.text_content().split())
        value = parse_date_value(el.get("datetime"), reference_date=self.ref, lang=self.lang)
        d = element_date(value, el.get("datetime"), text, reference_date=self.ref,
                         lang=self.lang)
        if d is None or off_article(el, OFF_RAIL):
            return self.text(text, el)
        # the <time>'s class or its box's: <span class="updated-on"><time class="entry-date
        # published updated"> (a theme classes its one <time> "published updated")
        label = is_updated_label(text) or self.labelled_updated() or marked_updated(el) \
            or marked_updated(el.getparent())
        self.dates.append(SeenDate(d, label))
        if self.byline is None and not self.dates_only and len(text) <= NODE_MAX_CHARS:
            self._byline_in(text, dated=True)  # <time>By Jane Doe | 12/10/2020</time>
        self.budget -= len(text)
        if text:
            self.prev = text
        return self.budget <= 0 or len(self.dates) >= MAX_DATES

    def header(self, marked) -> Header:
        return Header(self.dates, self.byline, tuple(marked), self.bare_name, self.starter)

    def _byline_in(self, text: str, dated: bool = False) -> None:
        """Note a byline: "By Jane Doe", a name after a label alone ("Autor" over "Jane
        Doe"), or a dated meta line (``dated``: the text holds a date) that names the
        author."""
        if is_byline(text):
            self.byline = text
        elif len(self.prev) <= LABEL_MAX_CHARS and is_author_label(self.prev) \
                and not is_author_label(text) and plausible_name(text):
            self.byline = text
        elif dated:
            self.byline = author_in_meta_line(text)

    def text(self, text: str | None, owner=None) -> bool:
        """Read one text node (``owner``: the element it stands in); True when the zone is
        exhausted."""
        if not text:
            return False
        text = text.strip()
        if not text:
            return False
        self.budget -= len(text)
        if len(text) <= NODE_MAX_CHARS:
            iso = None
            if _DIGIT.search(text) and not _in_prose(text) and not is_joined_label(text) \
                    and not self.labelled(is_joined_label, bare=True):
                iso = parse_date_text(text, reference_date=self.ref, lang=self.lang)
                if iso and owner is not None and off_article(owner, OFF_RAIL):
                    iso = None  # a teaser's date in a sidebar or ranking rail
                if iso:
                    label = is_updated_label(text) or self.labelled_updated()
                    self.dates.append(SeenDate(dt.date.fromisoformat(iso), label))
            if not self.dates_only:
                self._names_in(text, owner, iso)
        self.prev = text
        return self.budget <= 0 or len(self.dates) >= MAX_DATES

    def _names_in(self, text: str, owner, iso: str | None) -> None:
        """Note a forum thread's starter, a byline or a bare name in a short text node
        (``iso``: the date it holds)."""
        if self.starter is None and len(self.prev) <= LABEL_MAX_CHARS \
                and is_thread_starter_label(self.prev) and not is_thread_starter_label(text):
            self.starter = text
        if self.byline is None:
            if is_byline_prefix(self.prev) and len(self.prev) + len(text) < BYLINE_MAX_CHARS:
                joined = f"{self.prev} {text}"  # "By" <a>Jane Doe</a>
                if is_byline(joined):
                    self.byline = joined
            else:
                self._byline_in(text, dated=iso is not None)
            if self.bare_name is None and owner is not None and iso is None \
                    and 1 <= text.count(" ") < FULL_NAME_MAX_WORDS and _in_meta_box(owner) \
                    and is_full_name(text) and not _in_link(owner):
                self.bare_name = text, owner


def _in_order(el, splits: dict):
    """(element, is_tail) pairs in reading order: an element (its text), its children, its tail.
    Embedded posts (a quoted tweet, an Instagram card) are passed over but for their tail:
    their dates are the quoted post's, not the article's. A <time>, and a date split over
    child elements (:func:`split_date`, its text put in ``splits``), are read whole."""
    if not isinstance(el.tag, str):  # a comment or processing instruction: only its tail
        yield el, True
        return
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event != "start":  # an element's end, or a comment or PI: the tail follows
            yield node, True
            continue
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _EMBED_TAGS or _EMBED_CLASS.search(node.get("class") or ""):
            walker.skip_subtree()
            continue
        whole = split_date(node) if len(node) and tag != "time" else None
        if whole is not None:
            splits[node] = whole  # read by the caller as one text
        yield node, False
        if tag == "time" or whole is not None:
            walker.skip_subtree()


def read_header(anchor, *, reference_date: dt.date | None = None,
                lang: str | None = None) -> Header:
    """Dates (in reading order) and the first byline written right after ``anchor``."""
    r = _Reader(reference_date, lang)
    if anchor is None or r.text(anchor.tail):
        return Header(r.dates, r.byline)
    visited = 0
    marked: list = []
    splits: dict = {}
    for sib in _following(anchor, ZONE_ANCESTOR_LEVELS, r):
        for el, is_tail in _in_order(sib, splits):
            if is_tail:
                if r.text(el.tail, el.getparent()):
                    return r.header(marked)
                continue
            visited += 1
            if visited > ZONE_MAX_ELEMENTS:
                return r.header(marked)
            if el.tag == "time":
                if r.time(el):
                    return r.header(marked)
            elif el in splits:
                if r.time(el, splits[el]):
                    return r.header(marked)
            elif el.tag not in _SKIP:
                if len(marked) < MAX_AUTHOR_ELEMENTS and not r.dates_only \
                        and _marked_author(el):
                    marked.append(el)
                if r.text(el.text, el):
                    return r.header(marked)
    return r.header(marked)


def _preceding_texts(anchor, levels: int):
    """(text, owner) before ``anchor``, nearest first: the tails and texts of its preceding
    siblings and of its ancestors' preceding siblings."""
    node = anchor
    for _ in range(levels):
        parent = node.getparent()
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            yield sib.tail, parent
            inner = []
            for el in sib.iter():
                if el is not sib:
                    inner.append((el.tail, el.getparent()))
                if isinstance(el.tag, str) and el.tag not in _SKIP:
                    inner.append((el.text, el))
            yield from reversed(inner)
        node = parent
        if node is None or node.tag in ("body", "html"):
            return
        yield node.text, node


_BARE_DATE = re.compile(r"\s*\d{4}-\d\d-\d\d\s*")


def element_date(value: dt.date | None, attr: str | None, text: str | None, *,
                 reference_date: dt.date | None = None, lang: str | None = None
                 ) -> dt.date | None:
    """The date of an element with a machine value (``value``, read from ``attr``) and
    visible text: the value when the attribute is a bare date ("2024-12-20", written as the
    date on purpose), else :func:`.dates.shown_date` (a timestamp is often the rendering or
    modification time, and the text wins when it shows another date)."""
    if value is not None and attr and _BARE_DATE.fullmatch(attr):
        return value
    return shown_date(value, text, reference_date=reference_date, lang=lang)


def marked_updated(el) -> bool:
    """Whether an element's class marks a modification date (WordPress "updated")."""
    cls = el.get("class") if el is not None else None
    return bool(cls and UPDATED_CLASS.search(cls) and not PUBLISHED_CLASS.search(cls))


def date_above(anchor, *, reference_date: dt.date | None = None,
               lang: str | None = None) -> SeenDate | None:
    """A date line just above the headline ("Par Jane Doe | 30 septembre 2018" over the h1),
    within a few short text nodes."""
    if anchor is None:
        return None
    budget, nodes = ABOVE_MAX_CHARS, 0
    for text, owner in _preceding_texts(anchor, ZONE_ANCESTOR_LEVELS):
        if not text or text.isspace():
            continue
        text = text.strip()
        budget -= len(text)
        nodes += 1
        if budget < 0 or nodes > ABOVE_MAX_NODES:
            return None
        if len(text) <= DATELINE_NODE_MAX_CHARS and is_dateline(text) \
                and not marked_updated(owner):
            iso = parse_date_text(text, reference_date=reference_date, lang=lang)
            if iso:
                return SeenDate(dt.date.fromisoformat(iso), is_updated_label(text))
    return None


# Substrings every author mark holds (is_marked_name decides): a cheap first test, stdlib.
_MARK_HINT = re.compile(r"uthor|utor|auteur|yline|riter|\bfn\b|reator|erfasser|/(?:profil|team|people|"
                        r"staff|journalist|mitarbeiter|redakteur)", re.IGNORECASE)
# Class words of the box that holds a post's date and author ("meta", "post-info", "byline").
_META_BOX = regex.compile(r"meta|info|byline|author|autor|credit|date|dateline|submitted|posted",
                          regex.IGNORECASE)
META_BOX_LEVELS = 3


def _in_link(el) -> bool:
    """Whether the text stands in a link: a category or tag beside the date, not a name
    (a name links to the author's page, which its markup says)."""
    for _ in range(META_BOX_LEVELS):
        if el is None:
            return False
        if el.tag == "a":
            return True
        el = el.getparent()
    return False


def _in_meta_box(el) -> bool:
    """Whether an element is, or sits close inside, a post's meta box."""
    for _ in range(META_BOX_LEVELS):
        if el is None:
            return False
        cls = el.get("class")
        if cls and _META_BOX.search(cls):
            return True
        el = el.getparent()
    return False


def _marked_author(el) -> bool:
    """Whether an element's markup marks it as the author's name or credit."""
    get = el.get
    cls, rel, href = get("class"), get("rel"), get("href")
    if not ((cls and _MARK_HINT.search(cls)) or (rel and "author" in rel)
            or (href and _MARK_HINT.search(href))):
        return False
    return is_marked_name(rel, cls or "", href, container=True)


_CHROME = _SKIP | {"nav", "footer", "aside", "head"}
_DIGIT = re.compile(r"\d")  # stdlib: called for every text node of the page
DATELINE_NODE_MAX_CHARS = 100
LEADING_DATE_CHARS = 60  # a press-release date opens the paragraph within this many chars


def _in_chrome(el) -> bool:
    while el is not None:
        if el.tag in _CHROME:
            return True
        el = el.getparent()
    return False


def _dateline_in(text: str | None, owner, reference_date, lang) -> SeenDate | None:
    if not text or text.isspace() or not _DIGIT.search(text, 0, LEADING_DATE_CHARS):
        return None
    text = text.strip()
    short = len(text) <= DATELINE_NODE_MAX_CHARS
    if short and not has_date(text):
        return None  # every test below needs a date (most text nodes with a digit hold none)
    if short and (is_dateline(text) or is_dated_byline(text)):
        iso = parse_date_text(text, reference_date=reference_date, lang=lang)
    else:
        iso = leading_date(text, reference_date=reference_date, lang=lang) or \
            posted_date(text, reference_date=reference_date, lang=lang)
    if iso is None or _in_chrome(owner) or in_banner(owner):
        return None
    return SeenDate(dt.date.fromisoformat(iso), is_updated_label(text))


# Elements scanned page-wide for a date line: dates sit near the top; on the dev sets 1000 lost
# dates-dev 0.913 -> 0.909, 3000 lost nothing against an unbounded scan.
DATELINE_MAX_ELEMENTS = 3000
_DATE_CLASS = re.compile(r"date|time|posted|publish", re.IGNORECASE)  # stdlib: per element
SPLIT_DATE_MAX_CHARS = 60
SPLIT_DATE_MAX_PIECES = 8  # text nodes of a date split over child elements (day, month, year…)


def split_date(el) -> str | None:
    """The text of a date split over child elements, whole: a date-classed element whose
    pieces hold no full date each (<div class="date"><span class="month">Apr</span> <span
    class="day">04</span><span class="year">2013</span></div> gives "Apr 04 2013"); else
    None. The pieces are joined as written, else with spaces (day and year in adjacent
    spans)."""
    cls = el.get("class")
    if not cls or not _DATE_CLASS.search(cls):
        return None
    # a few pieces only (read lazily: a date-classed wrapper may hold a whole article)
    pieces = [t for t in islice(el.itertext(), SPLIT_DATE_MAX_PIECES + 1) if not t.isspace()]
    if not 2 <= len(pieces) <= SPLIT_DATE_MAX_PIECES \
            or sum(map(len, pieces)) > SPLIT_DATE_MAX_CHARS \
            or any(parse_date_text(t) for t in pieces):
        return None
    for whole in ("".join(pieces), " ".join(pieces)):
        whole = " ".join(whole.split())
        if parse_date_text(whole):
            return whole
    return None


class PageTexts:
    """The page's visible text nodes holding a digit, as (text, owner element), in order:
    walked lazily once, replayed from a cache for a second search."""

    def __init__(self, root) -> None:
        body = root.find("body")
        self._walk = self._texts(root if body is None else body)
        self._seen: list[tuple[str, object]] = []

    @staticmethod
    def _texts(body):
        # the walk runs over every element of most pages: names bound locally, the cheap
        # tests first
        digit, date_class = _DIGIT.search, _DATE_CLASS.search
        for el in islice(body.iter(), DATELINE_MAX_ELEMENTS):
            if len(el):
                cls = el.get("class")
                if cls and date_class(cls):
                    # a date split over child elements: <div class="postdate"><b>26</b> Okt 2018
                    whole = split_date(el)
                    if whole is not None:
                        yield whole, el
            text = el.text
            if text and digit(text):
                tag = el.tag
                if tag.__class__ is str and tag not in _SKIP:  # not a comment's text
                    yield text, el
            text = el.tail
            if text and digit(text):
                yield text, el.getparent()

    def __iter__(self):
        yield from self._seen
        for item in self._walk:
            self._seen.append(item)
            yield item


def first_dateline(texts, *, reference_date: dt.date | None = None,
                   lang: str | None = None) -> SeenDate | None:
    """The first date line ("Stand: 19.10.2019 11:05 Uhr", "24. April 2020 |") among the
    page's text nodes (:class:`PageTexts`) outside navigation and footers, for pages whose
    header zone gave none. A line labelled as a modification gives way to a plain one."""
    updated = None
    for text, owner in texts:
        found = _dateline_in(text, owner, reference_date, lang)
        if found is None:
            continue
        if not found.updated:
            return found
        updated = updated or found
    return updated


def last_edited(texts, *, reference_date: dt.date | None = None,
                lang: str | None = None) -> dt.date | None:
    """The date of a "page last edited on <date>" sentence among the page's text nodes
    (footers included): the only date a wiki page shows."""
    for text, _owner in texts:
        iso = last_edited_date(" ".join(text.split()), reference_date=reference_date, lang=lang)
        if iso:
            return dt.date.fromisoformat(iso)
    return None
