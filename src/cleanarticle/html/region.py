"""Main-content region: which part of the pruned page holds the article.

Every element gets a value from the blocks below it: the prose it holds, minus a share of its
other text and of its link text, weighed by markup hints (<article>, itemprop=articleBody,
content class words; boilerplate class words weigh it down). The element with the highest value
wins. That is the smallest container holding most of the prose and little else, so an article
split over sibling containers comes out whole (their parent holds more prose) while a sidebar
or a comment list next to it stays out (it adds more other text than prose).
A JSON-LD articleBody, when the page has one, adds the text it shares with each container.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.html

from ..model import HEADING, Block, Removal
from ..rules.byline import is_dated_byline
from ..rules.dates import has_date, is_dateline
from ..rules.phrases import normalize
from ..rules.prose import is_running_text, prose_chars
from ..rules.vocab import (
    ARTICLE_CONCEPTS,
    class_words,
    concept_of,
    is_content_attr,
    is_lead_attr,
)

#: Weights of non-prose text and link text against prose. Tuned on modern-dev (body F1):
#: junk 0.2/0.3/0.5/1.0 → 0.765/0.769/0.754/0.741 (links 0.5–1); links 0.5/1/2 → 0.769/0.764/0.756.
JUNK_WEIGHT = 0.3
LINK_WEIGHT = 0.5
#: Widget concepts whose prose does not count (the DOM stage removes the others outright).
REGION_CONCEPTS = frozenset({"comments", "related", "author_box"})
#: Weight of text shared with the JSON-LD articleBody.
HINT_WEIGHT = 0.5
# (the region is chosen before the page type is known: concepts judged on articles only do
# not weigh it)
_NEUTRAL = frozenset({None, *ARTICLE_CONCEPTS})
#: What the headline of a short article is worth, in characters of prose: a reader looks for
#: the story under its headline, not at the densest paragraph elsewhere (a tweet in a sidebar).
HEADLINE_WEIGHT = 300
#: A pruned header "opens with" the headline when the title starts within this many characters
#: (a kicker or section label above it).
HEADLINE_LEAD = 60


def _markup_bonus(el: lxml.html.HtmlElement) -> float:
    tag = el.tag
    bonus = 1.0
    if tag == "article":
        bonus += 0.25
    elif tag == "main":
        bonus += 0.15
    attrib = el.attrib
    if attrib.get("itemprop") == "articleBody":
        bonus += 0.5
    words = class_words(attrib)
    if words:
        if is_content_attr(words):
            bonus += 0.4
        elif concept_of(words) not in _NEUTRAL:
            bonus -= 0.4
    return bonus


def _in_widget(el, body, cache: dict) -> bool:
    """True when an ancestor's class/id names a widget judged inside the region (comments,
    related posts, author box, sidebar, tags). Memoized per element in ``cache``."""
    chain = []
    node = el
    found = False
    while node is not None and node is not body:
        known = cache.get(node)
        if known is not None:
            found = known
            break
        chain.append(node)
        attrib = node.attrib
        words = class_words(attrib) if attrib else ""
        concept = concept_of(words) if words else None
        if concept in REGION_CONCEPTS:
            found = True
            break
        node = node.getparent()
    for n in chain:
        cache[n] = found
    return found


def choose_region(
    blocks: Sequence[Block],
    elements: Sequence[lxml.html.HtmlElement],
    body: lxml.html.HtmlElement,
    body_hint: str | None = None,
    headline: lxml.html.HtmlElement | None = None,
) -> lxml.html.HtmlElement:
    """The element whose subtree holds the article (``body`` when nothing stands out).

    ``headline``: where the article's headline stands; it then counts as ``HEADLINE_WEIGHT``
    characters of prose (a short article is found where its headline is).
    """
    hint = normalize(body_hint) if body_hint and len(body_hint) > 200 else None
    value: dict[lxml.html.HtmlElement, float] = {}
    widget: dict[lxml.html.HtmlElement, bool] = {}
    if headline is not None:
        node = headline
        while node is not None:
            value[node] = HEADLINE_WEIGHT
            if node is body:
                break
            node = node.getparent()
    for block, el in zip(blocks, elements, strict=False):
        n = len(block.text)
        # Prose in comments, related-post or author boxes is no evidence for the article.
        prose = n if is_running_text(block) and not _in_widget(el, body, widget) else 0
        gain = prose - JUNK_WEIGHT * (n - prose) - LINK_WEIGHT * block.link_chars
        if hint and n >= 30 and normalize(block.text) in hint:
            gain += HINT_WEIGHT * n
        node = el
        while node is not None:
            value[node] = value.get(node, 0.0) + gain
            if node is body:
                break
            node = node.getparent()
    best, best_value = body, 0.0
    for node, v in value.items():
        if v > 0:
            v *= _markup_bonus(node)
        if v > best_value:
            best, best_value = node, v
    return best


#: How many blocks before the region a lead paragraph may stand.
LEAD_WINDOW = 8


def rescue_lead(blocks: Sequence[Block], elements: Sequence[lxml.html.HtmlElement]) -> None:
    """Bring into the region a lead paragraph that sits just before it in its own container
    (class words lead, standfirst, chapo, teaser-text, …)."""
    first = next((i for i, b in enumerate(blocks) if b.in_region), None)
    if not first:
        return
    for i in range(max(0, first - LEAD_WINDOW), first):
        block = blocks[i]
        if block.kind == HEADING or len(block.text) < 40 or block.link_density > 0.2:
            continue
        node, depth = elements[i], 0
        while node is not None and depth < 3:
            attrib = node.attrib
            words = class_words(attrib)
            if words and is_lead_attr(words):
                block.outside = None
                break
            node, depth = node.getparent(), depth + 1


OUTSIDE_REGION = "outside the main content region"


def find_headline(blocks: Sequence[Block], elements: Sequence[lxml.html.HtmlElement],
                  dropped: Sequence[Removal], markers: Sequence, title: str | None):
    """Where the headline that spells the page's title stands: its heading block's element,
    or the marker of a pruned structure that opens with it (an article's <header> holding
    the h1, byline and date); None when the page shows no such headline."""
    if not title:
        return None
    key = normalize(title)
    for block, el in zip(blocks, elements, strict=False):
        if block.kind == HEADING and normalize(block.text) == key:
            return el
    for removal, marker in zip(dropped, markers, strict=False):
        if key in normalize(removal.text[:len(title) + HEADLINE_LEAD]):
            return marker
    return None


#: The blocks under a headline (and the one above it: "News | 3 May 2024") where a reader
#: looks for its date line.
HEADLINE_DATE_BLOCKS = 3
#: The characters of a pruned header, after its headline, where its date line would stand.
HEADER_DATE_CHARS = 300


def dated_headline(blocks: Sequence[Block], elements: Sequence[lxml.html.HtmlElement],
                   dropped: Sequence[Removal], markers: Sequence, headline) -> bool:
    """Whether a date line stands with the headline ``find_headline`` found: in the block
    above it or the few under it, or in the pruned header that opens with it."""
    if headline is None:
        return False
    for removal, marker in zip(dropped, markers, strict=False):
        if marker is headline:
            return has_date(removal.text[:HEADLINE_LEAD + HEADER_DATE_CHARS])
    for i, el in enumerate(elements):
        if el is headline:
            near = blocks[max(0, i - 1):i + 1 + HEADLINE_DATE_BLOCKS]
            return any(b.kind != HEADING and (is_dateline(b.text) or is_dated_byline(b.text))
                       for b in near)
    return False


def _is_container(el: lxml.html.HtmlElement) -> bool:
    if el.tag == "article" or el.get("itemprop") == "articleBody":
        return True
    words = class_words(el.attrib)
    return bool(words) and is_content_attr(words)


def short_article_region(
    blocks: Sequence[Block],
    elements: Sequence[lxml.html.HtmlElement],
    body: lxml.html.HtmlElement,
    body_hint: str | None,
    headline: lxml.html.HtmlElement | None,
) -> lxml.html.HtmlElement:
    """The region of an article with little prose: the container a reader sees it in.

    Chosen as usual but with the headline counting as prose; then widened to hold the
    headline, and to the article's own container (<article>, articleBody, a content class)
    around it, so that its list items, short lines and lead come along.
    """
    region = choose_region(blocks, elements, body, body_hint, headline)
    if headline is not None:
        ancestors = set(headline.iterancestors())
        if region not in ancestors:
            node = region
            while node is not None and node not in ancestors:
                node = node.getparent()
            if node is not None and node.tag not in ("body", "html"):
                region = node
    node = region
    while node is not None and node is not body:
        if _is_container(node):
            return node
        node = node.getparent()
    return region


#: An article's own container (the one <article> or articleBody holding its headline) inside a
#: wider region is the article when it holds at least this share of the region's prose: the
#: rest is the page's (testimonials, a contact band, teasers under a shared wrapper). Below it
#: the container is a header or a lead, and the body stands beside it. 0.1/0.3/0.5 →
#: wcxb-dev words 0.8938/0.8938/0.8935 (start 0.8932), multilingual-dev snippets 0.9444 for all
#: three (start 0.9440), modern-dev unchanged for all three.
CONTAINER_SHARE = 0.3


def within_container(blocks: Sequence[Block], elements: Sequence[lxml.html.HtmlElement],
                     region: lxml.html.HtmlElement, container: lxml.html.HtmlElement | None,
                     prose: int) -> lxml.html.HtmlElement:
    """The region of an article narrowed to its own ``container`` when the region holds it
    and it holds ``CONTAINER_SHARE`` of the region's ``prose`` (its ``region_prose``); else
    the region."""
    if container is None or container is region:
        return region
    node = container.getparent()
    while node is not None and node is not region:
        node = node.getparent()
    if node is None:  # outside the region, or pruned
        return region
    mine = region_prose(blocks, elements, container)
    if mine and mine >= CONTAINER_SHARE * prose:
        return container
    return region


def region_prose(blocks: Sequence[Block], elements: Sequence[lxml.html.HtmlElement],
                 region: lxml.html.HtmlElement) -> int:
    """The prose (characters) of the blocks inside ``region``."""
    inside = set(region.iter())
    return prose_chars([b for b, el in zip(blocks, elements, strict=True) if el in inside])


def mark_region(
    blocks: Sequence[Block],
    elements: Sequence[lxml.html.HtmlElement],
    body: lxml.html.HtmlElement,
    region: lxml.html.HtmlElement,
    listing: bool,
) -> lxml.html.HtmlElement:
    """Mark each block in or out of the region and return the region used. A listing (a
    section front, home, shop or product page whose content is the main area's items and
    links rather than the densest paragraph) keeps its <main>, or the whole body."""
    if listing:
        main = body.find(".//main")
        region = main if main is not None else body
    if region is not body:
        inside = set(region.iter())
        for block, el in zip(blocks, elements, strict=True):
            block.outside = None if el in inside else OUTSIDE_REGION
        rescue_lead(blocks, elements)
    return region
