"""The article's author(s): structured sources, the byline a reader sees, author markup.

Candidates, in the order they are trusted:

1. JSON-LD ``author``/``creator`` of the main item (an organisation only when no person is
   named: a publisher listed beside the writers is not one of them);
2. ``<meta>`` author tags, and the "Written by" pair SEO plugins write
   (``twitter:label1`` / ``twitter:data1``);
3. ``itemprop="author"`` elements (not a photo's credit, not a comment's);
4. the "By …" line under the headline;
5. elements the page marks as the author (``rel="author"``, hCard ``fn``, classes such as
   ``author-name`` or ``byline``): first those under the headline, then the first one in the
   page outside comments, sidebars, navigation and teaser rails;
6. the owner of a personal site (``owner.py``), when no one is named at all.

A visible credit that names every author of the chosen structured one and more wins over it
(the structured data often lists the first writer only). Names that are the site's own
name are dropped when a person is named too. Every candidate is kept as evidence.
"""

from __future__ import annotations

import regex
from lxml import etree

from ..model import Candidate
from ..page_type import THREAD_STARTER
from ..rules.byline import (
    author_names,
    is_author_label,
    is_full_name,
    is_login_name,
    is_marked_name,
    plausible_name,
    without_role,
)
from ..rules.vocab import class_words
from .headings import in_dialog
from .jsonld import types_of
from .owner import site_owner
from .placement import OFF_HEADER, off_article
from .title import key

# <meta> names/properties (lowercased) that carry the author, most trusted first.
META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "byl", "citation_author", "og:article:author",
               "cxenseparse:author")
MAX_TWITTER_PAIRS = 4
# Sources a CMS fills from the user account (a login name where the page shows a full name).
_STRUCTURED = frozenset(("json-ld", "meta", "meta:written-by"))
_PERSON_TYPES = frozenset(("person",))
_ORG_TYPES = frozenset(("organization", "newsmediaorganization", "corporation", "ngo",
                        "educationalorganization", "governmentorganization", "localbusiness"))
MAX_ITEMPROP = 3
MAX_CITATION_AUTHORS = 30  # more citation_author tags list a paper's references too

# Page-wide search for author markup: cheap substring tests in C, then the precise check.
# (Testing the class attributes themselves is twice as fast as testing every element's.)
_MARKED = etree.XPath(
    "//@class[contains(.,'uthor') or contains(.,'utor') or contains(.,'yline')"
    " or contains(.,'riter')]/.. | //@rel[contains(.,'author')]/.. | //@id[contains(.,'uthor')]/.."
    " | //a/@href[contains(.,'/author') or contains(.,'/autor')]/..")
MAX_MARKED = 60  # marked elements judged per page (a listing repeats them for every teaser)
_SKIP_TEXT = frozenset(("script", "style", "noscript", "template", "svg", "button", "select",
                        "option", "img", "picture", "figure", "figcaption", "time"))
# Children that start a new line when rendered: a name and the job title under it are two.
_BREAKING = frozenset((
    "br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
    "header", "footer", "blockquote", "table", "tr", "td", "dt", "dd", "address",
))
_SEAM = "\x00"  # where an inline element starts or ends
_GLUED = regex.compile(r"(?<=\p{Ll})\x00+(?=\p{Lu})")
MAX_DEPTH = 12
LINE_MAX_CHARS = 120
# Text of an element that holds a credit (name, date, role, a short bio): 400 lost authors
# in author boxes with a bio on modern-dev and wcxb-dev.
CREDIT_MAX_CHARS = 1500
MAX_LINES = 6


class AuthorChoice:
    """The chosen names, where they came from, and every candidate seen."""

    __slots__ = ("names", "source", "candidates")

    def __init__(self) -> None:
        self.names: list[str] = []
        self.source: str | None = None
        self.candidates: list[Candidate] = []

    def add(self, source: str, raw: str, names: list[str], note: str = "") -> None:
        shown = "; ".join(names) if names else raw
        self.candidates.append(Candidate(shown[:200], source, note))


def _ld_people(value) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of a JSON-LD author/creator value."""
    people, orgs = [], []
    for v in value if isinstance(value, list) else [value]:
        name = None
        is_org = False
        if isinstance(v, str):
            name = v
        elif isinstance(v, dict):
            is_org = bool(set(types_of(v)) & _ORG_TYPES)
            n = v.get("name")
            if isinstance(n, list):
                n = next((x for x in n if isinstance(x, str)), None)
            if isinstance(n, str):
                name = n
            elif isinstance(v.get("givenName"), str):
                name = f"{v['givenName']} {v.get('familyName') or ''}".strip()
        if name and not name.startswith("http"):
            (orgs if is_org else people).append(name)
    return people, orgs


def _names(values: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        for n in author_names(v):
            if n.casefold() not in seen:
                seen.add(n.casefold())
                out.append(n)
    return out


def _lines(el) -> list[str]:
    """The element's text as a reader sees it, one entry per rendered line. Where two
    elements' texts meet without a space, a lower-case letter then a capital ("Matt
    Check" + "Head Winemaker"), the site sets them on two lines."""
    parts: list[str] = []

    def walk(node, depth: int) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag and tag not in _SKIP_TEXT and depth < MAX_DEPTH:
                brk = "\n" if tag in _BREAKING else _SEAM
                parts.append(brk)
                walk(child, depth + 1)
                parts.append(brk)
            elif tag:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el, 0)
    text = _GLUED.sub("\n", "".join(parts)).replace(_SEAM, "")
    lines = (" ".join(ln.split()) for ln in text.split("\n"))
    return [ln for ln in lines if ln and len(ln) <= LINE_MAX_CHARS][:MAX_LINES]


def _inner_names(el) -> list[str] | None:
    """The names in the most specific author markup inside ``el`` (rel=author links, hCard
    ``fn``, an ``author-name`` class), or None when it holds none. The markup vouches for
    the name, so a name in lower case or with a web address passes ("auto-motor.at
    Redaktion"), but not widget words."""
    found: list[str] = []
    marked = False
    for sub in el.iterdescendants():
        if not isinstance(sub.tag, str) or sub.tag in _SKIP_TEXT:
            continue
        if is_marked_name(sub.get("rel"), class_words(sub.attrib), sub.get("href")):
            marked = True
            text = " ".join(sub.text_content().split())
            for n in author_names(text):
                if plausible_name(n, vouched=True) and \
                        n.casefold() not in {f.casefold() for f in found}:
                    found.append(n)
    return found if marked else None


def names_in(el) -> list[str]:
    """The author names an element marked as the author shows: its most specific name
    markup, else the first of its lines that reads as names."""
    inner = _inner_names(el)
    if inner is not None:
        return inner
    if el.find(".//h1") is not None or len(el.text_content()) > CREDIT_MAX_CHARS:
        return []  # a whole post marked "author-jdoe" (WordPress post_class), not a credit
    for line in _lines(el):
        names = [without_role(n) for n in author_names(line)]
        if names and all(plausible_name(n) for n in names):
            return names
    return []


def _marked_in_page(root, header_els) -> tuple[list[str], object] | None:
    """The first element in the page marked as the author that names someone, outside
    comments, rails, widgets and navigation."""
    seen = 0
    for el in _MARKED(root):
        if not isinstance(el.tag, str) or el.tag in _SKIP_TEXT:
            continue
        if not is_marked_name(el.get("rel"), class_words(el.attrib), el.get("href"),
                              container=True):
            continue
        seen += 1
        if seen > MAX_MARKED:
            return None
        if el in header_els or off_article(el) or in_dialog(el):
            continue
        names = names_in(el)
        if names:
            return names, el
    return None


def _site_keys(site_names: list[str]) -> set[str]:
    return {k for k in (key(s) for s in site_names) if k}


def without_site(names: list[str], site_keys: set[str]) -> list[str]:
    """The names without the site's own name when a person is named too (the very list
    when nothing is dropped or all would be), and without the site's name set after a
    name like a degree ("Rob Picheta, CNN")."""
    people = [n for n in names if key(n) not in site_keys]
    if not people or len(people) == len(names):
        people = names
    trimmed = [n.rsplit(", ", 1)[0] if ", " in n and key(n.rsplit(", ", 1)[1]) in site_keys
               else n for n in people]
    return trimmed if trimmed != people else people


def _superset(visible: list[str], chosen: list[str]) -> bool:
    """Whether a visible credit names every chosen author and more, the others full names
    (not a job title or a "Reviewed by" line's glued words)."""
    c = {key(n) for n in chosen}
    extra = [n for n in visible if key(n) not in c]
    return bool(extra) and c <= {key(n) for n in visible} and all(
        is_full_name(n) and not any(key(n).startswith(k) for k in c) for n in extra)


def find_author(c, main: list[dict], header, site_names: list[str],
                url: str | None = None) -> AuthorChoice:
    """The author names of the page with their source, and the candidates seen."""
    out = AuthorChoice()
    site_keys = _site_keys(site_names)
    chosen: list[str] = []
    source = None

    fallback: list[str] = []  # the site's own name, taken when no one else is named
    fallback_src = None

    def take(names: list[str], src: str, raw: str, organisation: bool = False) -> bool:
        nonlocal chosen, source, fallback, fallback_src
        if not names:
            out.add(src, raw, [], "no name in it")
            return False
        people = without_site(names, site_keys)
        if organisation or (people is names and site_keys
                            and all(key(n) in site_keys for n in names)):
            what = "an organisation" if organisation else "the site's own name"
            out.add(src, raw, names, f"{what}: taken only if no one else is named")
            if not fallback:
                fallback, fallback_src = names, src
            return False
        if chosen:
            out.add(src, raw, people, f"not used: {source} came first")
            return False
        chosen, source = people, src
        out.add(src, raw, people, "chosen")
        return True

    for item in main[:2]:
        people, orgs = _ld_people(item.get("author") or item.get("creator"))
        if people or orgs:
            names = _names(people)
            take(names or _names(orgs), "json-ld", "; ".join(people + orgs), not names)
            break
    metas = [v for _, v in c.meta(META_AUTHOR) if not v.startswith("http")]
    if metas:
        take(_names(metas[:MAX_CITATION_AUTHORS]), "meta", "; ".join(metas[:5]))
    for i in range(1, MAX_TWITTER_PAIRS + 1):
        label = c.metas.get(f"twitter:label{i}")
        if label and is_author_label(label[0]):
            data = c.metas.get(f"twitter:data{i}")
            if data and data[0]:
                take(_names(data[:1]), "meta:written-by", data[0])
            break
    if header.starter:
        # a forum names whoever opened the thread; the first post's markup may be another's
        take([n for n in author_names(header.starter) if plausible_name(n)], THREAD_STARTER,
             header.starter)
    # itemprop elements are searched for (a query of the whole tree) only when no more
    # trusted source named the author
    for el in [] if chosen else c.itemprop("author")[:MAX_ITEMPROP]:
        if el.tag in ("img", "picture", "figure", "figcaption") or _in_figure(el):
            out.add("itemprop", " ".join(el.text_content().split())[:80], [],
                    "a photo's credit")
            continue
        raw = [n.get("content") or n.text_content() for n in el.iter()
               if n.get("itemprop") == "name"] or [el.get("content") or el.text_content()]
        names = _names(raw)
        if len(raw) == 1 and el.get("content") is None and len(el):
            # no name marked inside: the first line that names someone (a job title or a
            # "Follow" link may stand on the next lines)
            names = next(([without_role(x) for x in n] for n in map(author_names, _lines(el))
                          if n), names)
        take(names, "itemprop", "; ".join(" ".join(r.split()) for r in raw)[:120])
    visible: list[str] = []
    vsrc = None
    if header.byline:
        visible = author_names(header.byline)
        vsrc = "byline"
    for el in header.author_els:
        if off_article(el, OFF_HEADER):
            continue
        marked = names_in(el)
        if not marked:
            continue
        if not visible:
            visible, vsrc = marked, "author-element"
        elif _superset(marked, visible):
            # "By <a>Jane Doe</a> and <a>John Roe</a>": the byline's first text names one
            visible, vsrc = marked, "byline"
        break
    if visible and vsrc:
        shown = without_site(visible, site_keys)
        if chosen and _superset(shown, chosen):
            out.add(vsrc, "; ".join(visible), visible,
                    f"chosen: names every author of {source} and more")
            chosen, source = shown, vsrc
        elif chosen and source in _STRUCTURED and all(map(is_login_name, chosen)) \
                and all(map(is_full_name, shown)):
            out.add(vsrc, "; ".join(visible), visible,
                    f"chosen: the name shown, not the login name of {source}")
            chosen, source = shown, vsrc
        else:
            take(visible, vsrc, "; ".join(visible))
    if not chosen:
        found = _marked_in_page(c.root, header.author_els)
        if found is not None:
            take(found[0], "author-markup", "; ".join(found[0]))
    if not chosen and header.bare_name and not off_article(header.bare_name[1], OFF_HEADER):
        take(author_names(header.bare_name[0]), "meta-line", header.bare_name[0])
    if not chosen and fallback:
        chosen, source = fallback, fallback_src
        out.candidates.append(Candidate("; ".join(fallback), fallback_src or "",
                                        "chosen: no one else is named"))
    if not chosen:
        owner = site_owner(url, c.title, site_names, c.jsonld())
        if owner:
            chosen, source = [owner], "site-owner"
            out.add(source, owner, chosen, "chosen: the domain spells the name the site gives "
                    "as its own, and no one else is named")
    out.names, out.source = chosen, source
    return out


def _in_figure(el) -> bool:
    for i, anc in enumerate(el.iterancestors()):
        if i >= 4:
            return False
        if anc.tag in ("figure", "figcaption", "picture"):
            return True
    return False
