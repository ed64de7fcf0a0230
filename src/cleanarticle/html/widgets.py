"""Widgets inside the main region: blocks under an element whose class/id names a boilerplate
concept (related posts, comments, tag lists, author boxes, sidebars) that the DOM stage leaves
to be judged here, relative to the region rather than the whole page."""

from __future__ import annotations

from ..rules.prose import is_running_text
from ..rules.vocab import ARTICLE_CONCEPTS, DOM_CONCEPTS, class_words, concept_of

#: A widget holding more than this share of the region's text is the content itself (a forum
#: thread in a "comments" wrapper). Tuned on modern-dev.
MAX_REGION_SHARE = 0.5
#: A region holding this much prose outside its widgets has an article of its own.
OWN_ARTICLE = 1000
#: Sidebar/widget boxes holding this share of the region are a page builder's content boxes.
BUILDER_SHARE = 0.8
#: On such a page, a box whose text is at least this share prose is part of the article.
#: 0.5 and link-density < 0.5 instead give the same on all four dev sets (wcxb-dev words
#: 0.8938 -> 0.8943, the others unchanged).
BOX_PROSE = 0.5
# Widgets that stay widgets when they outweigh an article of the region's own.
_OUTWEIGH = frozenset({"comments", "related"})
# Concepts not judged here: those the DOM stage prunes, and, off articles, the article-only ones.
_SKIP_ON_ARTICLES = DOM_CONCEPTS
_SKIP_ELSEWHERE = DOM_CONCEPTS | ARTICLE_CONCEPTS


def mark_widgets(blocks, elements, region, max_share: float = MAX_REGION_SHARE, *,
                 article: bool = True) -> None:
    """Set ``block.words`` to the concept of the nearest widget ancestor inside the region.
    ``article``: the page is an article (concepts of ``ARTICLE_CONCEPTS`` are judged)."""
    owner: dict = {}  # widget element -> (concept, text length)
    found: list = []
    concept_cache: dict = {}
    excluded = _SKIP_ON_ARTICLES if article else _SKIP_ELSEWHERE
    top: dict = {}  # element -> the outermost widget element at or above it in the region
    region_text = 0
    own_prose = 0  # prose in the region outside any widget
    box_prose: dict = {}  # widget element -> the prose in it
    for block, el in zip(blocks, elements, strict=False):
        if not block.in_region:
            found.append(None)
            continue
        region_text += len(block.text)
        hit = _outermost_widget(el, region, concept_cache, top, excluded)
        found.append(hit)
        running = is_running_text(block)
        if hit is None and running:
            own_prose += len(block.text)
        if hit is not None:
            concept, n = owner.get(hit, (concept_cache[hit], 0))
            owner[hit] = (concept, n + len(block.text))
            if running:
                box_prose[hit] = box_prose.get(hit, 0) + len(block.text)
    limit = max_share * region_text
    # Page builders name every content box "widget": when such boxes hold nearly all of the
    # region, those that none stands out among are the content, however small each one is,
    # and so is a box of prose beside the one that does (the article's text split over
    # several). Teaser and link boxes next to an article box stay boilerplate.
    boxes = [n for concept, n in owner.values() if concept == "sidebar"]
    builder = sum(boxes) > BUILDER_SHARE * region_text
    is_content = builder and max(boxes, default=0) <= limit
    for block, hit in zip(blocks, found, strict=False):
        if hit is not None:
            concept, n = owner[hit]
            # Comments (or related posts with their excerpts) outweighing the post they follow
            # are still widgets; only a thread with little else in the region is the content.
            big = n > limit and not (concept in _OUTWEIGH and own_prose >= OWN_ARTICLE)
            if big or concept == "sidebar" and (
                    is_content or builder and box_prose.get(hit, 0) >= BOX_PROSE * n):
                continue
            block.words = concept


def _widget_concept(node, cache: dict, excluded: frozenset) -> str | None:
    """The concept of a widget judged in the region that ``node``'s class/id names, or None."""
    cached = cache.get(node, False)
    if cached is False:
        words = class_words(node.attrib)
        concept = concept_of(words) if words else None
        cached = cache[node] = concept if concept and concept not in excluded else None
    return cached


def _outermost_widget(el, region, cache: dict, top: dict, excluded: frozenset):
    """The outermost element from ``el`` up to the region (left out) that is a widget, or None.

    Blocks share most of their ancestors: each element is judged once, and the answer for the
    elements above a block's is read from ``top``, where the walk up from an earlier block left
    it."""
    chain = []
    above = None
    node = el
    while node is not None and node is not region:
        if node in top:
            above = top[node]
            break
        chain.append(node)
        node = node.getparent()
    for node in reversed(chain):
        if above is None and _widget_concept(node, cache, excluded):
            above = node
        top[node] = above
    return above
