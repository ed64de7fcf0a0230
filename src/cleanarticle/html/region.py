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

from ..model import HEADING, Block
from ..rules.phrases import normalize
from ..rules.prose import is_running_text, prose_chars
from ..rules.vocab import class_words, concept_of, is_content_attr, is_lead_attr

#: Weights of non-prose text and link text against prose. Tuned on modern-dev (body F1):
#: junk 0.2/0.3/0.5/1.0 → 0.765/0.769/0.754/0.741 (links 0.5–1); links 0.5/1/2 → 0.769/0.764/0.756.
JUNK_WEIGHT = 0.3
LINK_WEIGHT = 0.5
#: Widget concepts whose prose does not count (the DOM stage removes the others outright).
REGION_CONCEPTS = frozenset({"comments", "related", "author_box"})
#: Weight of text shared with the JSON-LD articleBody.
HINT_WEIGHT = 0.5


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
        elif concept_of(words):
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
) -> lxml.html.HtmlElement:
    """The element whose subtree holds the article (``body`` when nothing stands out)."""
    hint = normalize(body_hint) if body_hint and len(body_hint) > 200 else None
    value: dict[lxml.html.HtmlElement, float] = {}
    widget: dict[lxml.html.HtmlElement, bool] = {}
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

#: A region with less prose than this (characters) makes the page a listing. Tuned on
#: modern-dev body F1: 400/800/1500/3000 → 0.780/0.784/0.787/0.788 (article pages flat at 1500,
#: precision falling above it).
LISTING_PROSE = 1500


def locate_content(
    blocks: Sequence[Block],
    elements: Sequence[lxml.html.HtmlElement],
    body: lxml.html.HtmlElement,
    body_hint: str | None = None,
    listing: bool | None = None,
) -> tuple[lxml.html.HtmlElement, bool]:
    """Choose the region, mark each block in or out of it, and tell whether the page is a
    listing (little prose: a listing, home or product page whose content is the main area's
    items and links rather than the densest paragraph). ``listing`` given (a page type a user
    rule forces) is taken as the answer."""
    region = choose_region(blocks, elements, body, body_hint)
    inside = set(region.iter())
    if listing is None:
        listing = prose_chars([b for b, el in zip(blocks, elements, strict=True)
                               if el in inside]) < LISTING_PROSE
    if listing:
        main = body.find(".//main")
        region = main if main is not None else body
        inside = set(region.iter())
    if region is not body:
        for block, el in zip(blocks, elements, strict=True):
            block.outside = None if el in inside else OUTSIDE_REGION
        rescue_lead(blocks, elements)
    return region, listing
