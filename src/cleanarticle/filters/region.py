"""Main-content region: which part of the pruned page holds the article.

Readability-style scoring on the blocks: each prose block gives points to its container and,
less, to the containers above; a container's score is weighed by its link density and by
markup hints (<article>, itemprop=articleBody, content class words). The winner then grows to
its parent while the parent adds mostly prose, so an article split over sibling containers
comes out whole. A JSON-LD articleBody, when the page has one, picks the container that holds
most of its text instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.html
import regex

from ..model import HEADING, LIST_ITEM, Block
from ..rules.phrases import normalize
from ..rules.vocab import concept_of, is_content_attr

#: A block shorter than this gives no points (readability uses 25).
MIN_SCORED_CHARS = 25
#: Ancestor levels a block's points reach, with their divisors.
LEVEL_DIVISORS = (1.0, 2.0, 6.0, 9.0, 12.0)
#: Growing to the parent needs the parent's extra prose to be at least this share of the extra
#: text it brings in, and its extra links at most GROW_MAX_LINKS of it. Tuned on modern-dev.
GROW_MIN_PROSE = 0.5
GROW_MAX_LINKS = 0.35
#: Prose blocks: long enough and few links.
PROSE_CHARS = 60
_COMMAS = regex.compile(r"[,，、،;]")


def _is_prose(block: Block) -> bool:
    return (
        len(block.text) >= PROSE_CHARS
        and block.link_chars < 0.3 * len(block.text)
        and block.kind != HEADING
    )


class _Stats:
    __slots__ = ("text", "links", "prose", "score", "blocks")

    def __init__(self) -> None:
        self.text = 0
        self.links = 0
        self.prose = 0
        self.score = 0.0
        self.blocks = 0


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
    words = f"{attrib.get('class', '')} {attrib.get('id', '')}".strip()
    if words:
        if is_content_attr(words):
            bonus += 0.4
        elif concept_of(words):
            bonus -= 0.4
    return bonus


def choose_region(
    blocks: Sequence[Block],
    elements: Sequence[lxml.html.HtmlElement],
    body: lxml.html.HtmlElement,
    body_hint: str | None = None,
) -> lxml.html.HtmlElement:
    """The element whose subtree holds the article (``body`` when nothing stands out)."""
    stats: dict[lxml.html.HtmlElement, _Stats] = {}
    chains: list[list[lxml.html.HtmlElement]] = []
    for block, el in zip(blocks, elements):
        chain = []
        node = el
        while node is not None:
            chain.append(node)
            if node is body:
                break
            node = node.getparent()
        chains.append(chain)
        n = len(block.text)
        prose = n if _is_prose(block) else 0
        points = 0.0
        if n >= MIN_SCORED_CHARS and block.kind not in (HEADING,):
            points = 1 + len(_COMMAS.findall(block.text)) + min(n // 100, 3)
            if block.kind == LIST_ITEM:
                points *= 0.5
            points *= 1 - block.link_density
        # A block's own element is usually a <p>; its container starts one level up.
        start = 1 if len(chain) > 1 and el.tag in ("p", "li", "td", "pre", "blockquote") else 0
        for level, node in enumerate(chain):
            st = stats.get(node)
            if st is None:
                st = stats[node] = _Stats()
            st.text += n
            st.links += block.link_chars
            st.prose += prose
            st.blocks += 1
            k = level - start
            if 0 <= k < len(LEVEL_DIVISORS):
                st.score += points / LEVEL_DIVISORS[k]
    if not stats:
        return body
    if body_hint and len(body_hint) > 200:
        hinted = _region_from_hint(blocks, chains, body_hint, stats)
        if hinted is not None:
            return hinted
    best, best_score = body, 0.0
    for node, st in stats.items():
        if st.score <= 0:
            continue
        score = st.score * (1 - st.links / max(st.text, 1)) * _markup_bonus(node)
        if score > best_score:
            best, best_score = node, score
    return _grow(best, stats, body)


def _grow(node, stats, body):
    """Climb while the parent adds mostly prose (an article split over sibling containers)."""
    while node is not body:
        parent = node.getparent()
        if parent is None:
            break
        own, up = stats[node], stats.get(parent)
        if up is None:
            break
        extra_text = up.text - own.text
        if extra_text <= 0:
            node = parent
            continue
        extra_prose = up.prose - own.prose
        extra_links = up.links - own.links
        if (
            extra_prose >= GROW_MIN_PROSE * extra_text
            and extra_links <= GROW_MAX_LINKS * extra_text
            and extra_prose >= 0.2 * own.prose
        ):
            node = parent
        else:
            break
    return node


def _region_from_hint(blocks, chains, hint: str, stats):
    """The container with most text that also appears in the JSON-LD articleBody."""
    target = normalize(hint)
    matched: dict = {}
    total_matched = 0
    for block, chain in zip(blocks, chains):
        n = len(block.text)
        if n < 30:
            continue
        hit = normalize(block.text) in target
        if not hit:
            continue
        total_matched += n
        for node in chain:
            matched[node] = matched.get(node, 0) + n
    if total_matched < 0.3 * len(target):
        return None
    best, best_value = None, 0
    for node, m in matched.items():
        value = m - (stats[node].text - m)
        if value > best_value:
            best, best_value = node, value
    return best
