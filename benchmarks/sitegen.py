#!/usr/bin/env python3
"""A generated news site: 40 article pages of one host, HTML and their text dumps.

The site's furniture uses words no phrase list of cleanarticle knows, so only what repeats
across the site's pages can tell it from the articles: a promo box inside the story, a standards
note closing every story, two rails of other stories' headlines ("STRAIGHT FROM THE PRESSROOM",
"ON DECK TONIGHT") inside the article container, a side column and a footer. The articles
themselves vary in length (two to fourteen paragraphs) and shape (subheadings, lists, quotes,
an "At a glance" box on two in three); their sentences come from seeded templates, so the same seed
gives the same site.

    python benchmarks/sitegen.py OUT_DIR [--pages 40] [--seed 7]

writes OUT_DIR in the benchmark format (html/<id>.html.gz, text/<id>.txt.gz,
ground-truth.json with url, title, date, author and articleBody), so that benchmarks/run.py
scores it like any other set. The text dumps are made from the HTML the way a naive scraper
makes them (every visible text, one block per line, blank lines around paragraphs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

HOST = "millbrook-courier.example"
SITE = "The Millbrook Courier"

PLACES = ("Millbrook", "Harrow Falls", "Tanner Creek", "Ostend", "Lyle", "Corran", "Belden",
          "Quarry Hill", "Wexley", "Dunmore")
BODIES = ("City Council", "School Board", "Water District", "Board of Supervisors",
          "Planning Commission", "Parks Committee", "Library Board", "Fire District")
PROJECTS = (
    ("well field", "a new well field east of the rail yard"),
    ("bridge repair", "the repair of the Mill Street bridge"),
    ("solar array", "a solar array on the high school roof"),
    ("parking plan", "the downtown parking plan"),
    ("ambulance crew", "a second overnight ambulance crew"),
    ("river trail", "the extension of the river trail to the fairgrounds"),
    ("grain yard", "a grain storage yard beside the county road"),
    ("meal program", "a summer meal program for children"),
    ("pool rebuild", "the rebuild of the municipal pool"),
    ("bus route", "a new bus route to the clinic"),
    ("levee study", "a study of the old levee"),
    ("housing plan", "a plan for forty homes on the Fenwick lot"),
)
VERBS = ("Backs", "Delays", "Approves", "Questions", "Funds", "Rejects", "Revives", "Shrinks")
PEOPLE = (("Mayor", "Dana Whitlock"), ("Councilmember", "Rafael Osorio"),
          ("Superintendent", "Grace Ellery"), ("Fire Chief", "Tom Barrow"),
          ("Supervisor", "Irene Calloway"), ("Commissioner", "Walt Ambrose"),
          ("District manager", "Priya Sandoval"), ("Board president", "Hal Kettering"))
AUTHORS = ("Laura Whitfield", "Marcus Bell", "Ana Ruiz", "Owen Tully", "Kay Morrow")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")
SUBHEADS = ("What happens next", "Where the money comes from", "A long wait",
            "Neighbors weigh in", "The vote", "How it will work", "What critics say",
            "Looking ahead")
SENTENCES = (
    "Members voted {a}-{b} on {weekday} night to move ahead with {project}, ending a debate "
    "that had run through {k} meetings.",
    "The work is expected to cost about ${m}.{d} million, and roughly {p} percent of it would "
    "come from state grants.",
    "Residents who spoke during public comment asked how {project} would affect traffic on "
    "{place} Road and whether the work could wait until after harvest.",
    "Staff told the board that bids would go out in {month} and that crews could start as soon "
    "as the ground dries.",
    "{title} {name} said the district had put the question off for too long.",
    "\u201cWe have talked about this for {k} years, and the price only goes up,\u201d "
    "{title} {name} said before the vote.",
    "\u201cI am not against it, but I want to see the numbers in writing first,\u201d said "
    "{name2}, who cast one of the dissenting votes.",
    "A consultant hired last spring estimated that {project} would last at least {y} years "
    "with routine upkeep.",
    "Opponents said the money would be better spent on the aging pipes under {place}, some of "
    "which were laid before {year}.",
    "The {body2} is expected to take up a related request at its meeting on {month} {day}.",
    "Under the plan, ratepayers in {place} would see their monthly bills rise by ${c}.{d}0 "
    "starting next {month}.",
    "The measure now goes to a second reading, which is usually a formality.",
    "Several farmers in the audience said they supported the idea but worried about the "
    "schedule during the busiest weeks of the year.",
    "Records show the same proposal failed by a single vote in {year2}, when the board had "
    "two fewer members.",
    "{name2} asked staff to return in {month} with a cheaper version that could be built in "
    "stages.",
    "If the grant falls through, the {body} would have to borrow the rest or scale the "
    "project back.",
    "The last comparable project in the county, in {place2}, finished {k} months late and "
    "slightly over budget.",
    "Volunteers from the {place} historical society asked that any old markers found during "
    "the work be kept.",
    "Officials said a public tour of the site would be scheduled once the design is final.",
    "A petition with {n} signatures asking for a delay was handed to the clerk before the "
    "meeting began.",
)
FACTS = ("Cost: ${m}.{d} million", "Vote: {a}-{b}", "Start: {month}", "Grant share: {p} percent",
         "Next meeting: {month} {day}", "Signatures on the petition: {n}")
LIST_ITEMS = ("A public hearing on {month} {day}", "A revised budget from staff",
              "Bids from at least three contractors", "A traffic study for {place} Road",
              "Letters from the county and the state", "A survey of the {n} homes nearby")
MONTHS = ("March", "April", "May", "June", "July", "August", "September", "October")

# The site's furniture: words no phrase list knows.
PROMO = ("Porch Light Fund: {n} neighbors keep the Courier free to read. Add your name to the "
         "porch list this week and we will print it in the Sunday edition.")
STANDARDS = ("Every figure in a Courier story is checked against two public records before it "
             "goes to print. Spot one that looks wrong? Write to the standards desk.")
SHELF_HEAD = "STRAIGHT FROM THE PRESSROOM"
DECK_HEAD = "ON DECK TONIGHT"
SIDE_HEAD = "Lantern Picks"
TAGLINE = "Harrow Valley's paper since 1911"
MENU = ("Town Hall", "Schools", "Farms & Weather", "Night Owl", "Obits", "Puzzles")
FOOTER = ("41 Tanner Row, Millbrook \u00b7 Tip line 555-0143",
          "Printed Tuesdays and Fridays by Harrow Valley Media",
          "\u00a9 {year} Harrow Valley Media")
FOOTER_LINKS = ("Masthead", "Standards desk", "Deliveries", "Print ads")


@dataclass
class Article:
    pid: str
    title: str
    slug: str
    date: dt.date
    author: str
    body: list[tuple[str, str]] = field(default_factory=list)  # (kind, text): h2, p, li, quote, fact
    glance: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"https://{HOST}/{self.date:%Y/%m/%d}/{self.slug}/"

    def truth_body(self) -> str:
        parts = []
        if self.glance:
            parts.append("At a glance")
            parts.extend(self.glance)
        parts.extend(text for _, text in self.body)
        return "\n\n".join(parts)


def _slots(rng: random.Random, project: str, place: str, body: str) -> dict[str, object]:
    person = rng.choice(PEOPLE)
    a = rng.randint(3, 7)
    return {
        "a": a, "b": rng.randint(0, a - 1), "weekday": rng.choice(WEEKDAYS), "project": project,
        "k": rng.randint(3, 11), "m": rng.randint(2, 60), "d": rng.randint(1, 9),
        "p": rng.choice((20, 35, 40, 55, 60, 70)), "place": place,
        "place2": rng.choice(PLACES), "month": rng.choice(MONTHS), "day": rng.randint(2, 28),
        "title": person[0], "name": person[1], "name2": rng.choice(PEOPLE)[1],
        "y": rng.choice((25, 30, 40, 50)), "year": rng.choice((1938, 1952, 1961, 1974)),
        "year2": rng.choice((2014, 2016, 2019, 2021)), "c": rng.randint(2, 9),
        "n": rng.randint(120, 2400), "body": body, "body2": rng.choice(BODIES),
    }


def _article(i: int, rng: random.Random) -> Article:
    place = PLACES[i % len(PLACES)]
    body = BODIES[(i * 3) % len(BODIES)]
    short, project = PROJECTS[(i * 5) % len(PROJECTS)]
    verb = VERBS[(i * 7 + i // 8) % len(VERBS)]
    title = f"{place} {body} {verb} {short.title()} After {rng.choice(('Long', 'Tense', 'Quiet', 'Late'))} Meeting"
    slots = _slots(rng, project, place, body)
    date = dt.date(2024, 3, 1) + dt.timedelta(days=i // 2)
    art = Article(f"{i + 1:04d}", title, re.sub(r"\W+", "-", title.lower()).strip("-"), date,
                  AUTHORS[i % len(AUTHORS)])
    # Two to fourteen paragraphs; one story in four is a brief.
    n_paras = rng.choice((2, 3)) if i % 4 == 1 else rng.randint(4, 14)
    pool = list(SENTENCES)
    rng.shuffle(pool)
    heads = list(SUBHEADS)
    rng.shuffle(heads)
    for k in range(n_paras):
        count = rng.choice((1, 2, 2, 3))
        sentences = [pool.pop().format(**slots) for _ in range(min(count, len(pool))) if pool]
        if not sentences:
            break
        if k and k % 4 == 0 and n_paras > 5:
            art.body.append(("h2", heads.pop()))
        kind = "quote" if sentences[0].startswith("\u201c") and rng.random() < 0.3 else "p"
        art.body.append((kind, " ".join(sentences)))
        if k == 2 and i % 3 == 0:
            art.body.append(("p", "The board asked for the following before a final vote:"))
            for item in rng.sample(LIST_ITEMS, rng.randint(2, 4)):
                art.body.append(("li", item.format(**slots)))
    if i % 3 != 1:
        art.glance = [f.format(**slots) for f in rng.sample(FACTS, 3)]
    return art


def build_site(pages: int = 40, seed: int = 7) -> list[Article]:
    """The site's articles, oldest first (same seed, same site)."""
    rng = random.Random(seed)
    return [_article(i, rng) for i in range(pages)]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _time_ago(k: int) -> str:
    return f"{k} hours ago" if k < 24 else f"{k // 24} days ago"


def _teaser(art: Article) -> str:
    first = next(t for kind, t in art.body if kind == "p")
    return first[:110].rsplit(" ", 1)[0] + "\u2026"


def render_html(site: list[Article], i: int) -> str:
    """Article ``i`` as the site's WordPress-style theme prints it."""
    art = site[i]
    others = [site[(i - k) % len(site)] for k in range(1, 5)]  # the four stories before it
    deck = site[(i + 1) % len(site)]
    picks = [site[(i * 7 + k * 3) % len(site)] for k in range(1, 5)]
    rng = random.Random(i)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{_esc(art.title)} \u2013 {_esc(SITE)}</title>",
        f'<link rel="canonical" href="{art.url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_esc(art.title)}">',
        f'<meta property="og:site_name" content="{_esc(SITE)}">',
        f'<meta property="article:published_time" content="{art.date.isoformat()}T06:10:00-08:00">',
        f'<meta name="author" content="{_esc(art.author)}">',
        '<link rel="stylesheet" href="/wp-content/themes/courier/style.css">',
        "<script>window.courier={edition:'valley'};</script>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{9000 + i}">',
        '<div id="page" class="courier-frame">',
        '<div class="courier-top">',
        f'<span class="courier-tag">{_esc(TAGLINE)}</span>',
        f'<a class="courier-logo" href="https://{HOST}/">{_esc(SITE)}</a>',
        "</div>",
        '<nav class="main-navigation"><ul>',
        *[f'<li><a href="https://{HOST}/section/{k}/">{_esc(m)}</a></li>'
          for k, m in enumerate(MENU)],
        "</ul></nav>",
        '<div class="courier-columns">',
        '<main id="primary" class="courier-maincol">',
        f'<article id="post-{9000 + i}" class="post-{9000 + i} post type-post status-publish hentry">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{_esc(art.title)}</h1>',
        '<div class="entry-meta">',
        f'<span class="byline">By <a href="https://{HOST}/author/{art.author.split()[0].lower()}/">'
        f"{_esc(art.author)}</a></span>",
        f'<time datetime="{art.date.isoformat()}">{art.date:%B} {art.date.day}, {art.date.year}</time>',
        "</div>",
        "</header>",
        '<div class="entry-content">',
    ]
    if art.glance:
        out += ['<div class="courier-glance">', "<h4>At a glance</h4>", "<ul>",
                *[f"<li>{_esc(f)}</li>" for f in art.glance], "</ul>", "</div>"]
    in_list = False
    paragraphs = 0
    for kind, text in art.body:
        if kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_esc(text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if kind == "h2":
            out.append(f'<h2 class="wp-block-heading">{_esc(text)}</h2>')
        elif kind == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{_esc(text)}</p></blockquote>')
        else:
            out.append(f"<p>{_esc(text)}</p>")
            paragraphs += 1
            if paragraphs == 2:
                promo = PROMO.format(n=2300)
                head, _, rest = promo.partition(": ")
                out.append(f'<div class="porchlight-box"><p><strong>{_esc(head)}:</strong> '
                           f'{_esc(rest)} <a href="https://{HOST}/porch/">Add your name</a></p></div>')
    if in_list:
        out.append("</ul>")
    out += [
        f'<p class="courier-standards"><em>{_esc(STANDARDS)}</em></p>',
        "</div>",
        '<div class="courier-shelf">',
        f'<h3 class="shelf-head">{_esc(SHELF_HEAD)}</h3>',
        "<ul>",
        *[f'<li><a href="{o.url}">{_esc(o.title)}</a> <span class="shelf-time">'
          f"{_time_ago(rng.randint(2, 70))}</span></li>" for o in others],
        "</ul>",
        "</div>",
        '<div class="courier-deck">',
        f'<h3 class="deck-head">{_esc(DECK_HEAD)}</h3>',
        f'<h4><a href="{deck.url}">{_esc(deck.title)}</a></h4>',
        f"<p>{_esc(_teaser(deck))}</p>",
        "</div>",
        "</article>",
        "</main>",
        '<div class="courier-sidecol">',
        f'<h3>{_esc(SIDE_HEAD)}</h3>',
        *[f'<p><a href="{p.url}">{_esc(p.title)}</a></p>' for p in picks],
        "</div>",
        "</div>",
        '<div class="courier-base">',
        f'<p class="base-name">{_esc(SITE)}</p>',
        *[f"<p>{_esc(line.format(year=art.date.year))}</p>" for line in FOOTER],
        '<ul class="base-links">',
        *[f'<li><a href="https://{HOST}/{m.lower().replace(" ", "-")}/">{_esc(m)}</a></li>'
          for m in FOOTER_LINKS],
        "</ul>",
        "</div>",
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


# --- text dumps: every visible text, one block per line, as a naive scraper saves a page ----

_DOUBLE = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "title", "blockquote", "ul", "ol",
                     "table", "figure", "pre"})
_SINGLE = frozenset({"div", "li", "dd", "dt", "tr", "section", "article", "header", "footer",
                     "nav", "aside", "main", "br", "address"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


def _text_parts(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        if el.tail:
            out.append(el.tail)
        return
    gap = "\n\n" if tag in _DOUBLE else "\n" if tag in _SINGLE else ""
    out.append(gap)
    if el.text:
        out.append(el.text)
    for child in el:
        _text_parts(child, out)
    out.append(gap)
    if el.tail:
        out.append(el.tail)


def html_to_text(page: str) -> str:
    """The page's visible text, blocks on their own lines (the shape of html-text's output)."""
    root = lxml.html.document_fromstring(page)
    parts: list[str] = []
    title = root.find(".//title")
    if title is not None and title.text:
        parts += [title.text, "\n\n"]
    body = root.find("body")
    _text_parts(body if body is not None else root, parts)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def write_set(out_dir: Path, pages: int = 40, seed: int = 7) -> list[Article]:
    """The site in the benchmark format under ``out_dir``."""
    site = build_site(pages, seed)
    (out_dir / "html").mkdir(parents=True, exist_ok=True)
    (out_dir / "text").mkdir(parents=True, exist_ok=True)
    truth = {}
    for i, art in enumerate(site):
        page = render_html(site, i)
        (out_dir / "html" / f"{art.pid}.html.gz").write_bytes(
            gzip.compress(page.encode("utf-8"), mtime=0))
        (out_dir / "text" / f"{art.pid}.txt.gz").write_bytes(
            gzip.compress(html_to_text(page).encode("utf-8"), mtime=0))
        truth[art.pid] = {"url": art.url, "title": art.title, "date": art.date.isoformat(),
                          "author": art.author, "articleBody": art.truth_body(),
                          "with": [], "without": [], "page_type": "article"}
    (out_dir / "ground-truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False),
                                               encoding="utf-8")
    return site


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write the set to")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    write_set(a.out, a.pages, a.seed)
    print(f"{a.out}: {a.pages} pages of {HOST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
