"""The HTML front end: a page (bytes in any encoding, or str) becomes the working Document.

decode and parse (size cap) ─► repair (controls that swallowed the page, equations) ─►
metadata from the whole tree ─► page markup ─► the user rules for the page's host ─► (reader
comments, when asked, before pruning drops their footers) ─► prune chrome structures and what
the user's prune rules select ─► segment into blocks ─► choose the main-content region ─►
decide the page type (or take the one a user rule forces) ─► the region that type needs ─►
mark widgets inside it ─► pin the blocks of the user's keep rules. Nothing after this knows
the page was HTML but through the blocks' optional DOM features.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urljoin

import lxml.html

from ..decode import Decoded
from ..document import Document
from ..meta import extract_html_metadata
from ..model import Block
from ..options import Options
from ..page_type import ARTICLE, LISTING, decide_page_type, forced_page_type, read_markup
from ..rules.prose import ARTICLE_PROSE
from ..site_rules import PageRules
from .comments import find_comments
from .images import in_region
from .parse import parse_page
from .prune import DomPruner
from .region import (
    choose_region,
    dated_headline,
    find_headline,
    mark_region,
    region_prose,
    short_article_region,
    within_container,
)
from .repair import repair
from .segment import segment
from .widgets import mark_widgets


def base_url(root: lxml.html.HtmlElement, url: str | None) -> str | None:
    """What relative URLs resolve against: ``<base href>`` (itself resolved against the page
    URL), else the page URL."""
    base = root.find(".//head/base[@href]")
    href = base.get("href", "").strip() if base is not None else ""
    if not href:
        return url
    try:
        return urljoin(url, href) if url else href
    except ValueError:
        return url


def _rule_elements(root, rules: PageRules | None) -> tuple[dict, set, dict]:
    """Elements the user's rules select: to prune (-> label), protected (keep matches and their
    ancestors), and every element under a keep match (-> label)."""
    if not rules or not (rules.prune or rules.keep):
        return {}, set(), {}
    keep_under: dict = {}
    protected: set = set()
    for selector in rules.keep:
        for el in selector(root):
            for node in el.iter():
                keep_under.setdefault(node, selector.label)
            protected.update(el.iterancestors())
            protected.add(el)
    prune: dict = {}
    for selector in rules.prune:
        for el in selector(root):
            if el not in protected and el not in keep_under:
                prune.setdefault(el, f"user rule: {selector.label}")
    return prune, protected, keep_under


def _pin(blocks: list[Block], elements, keep_under: dict) -> None:
    for block, el in zip(blocks, elements, strict=True):
        label = keep_under.get(el)
        if label is not None:
            block.pinned = label
            block.outside = None


def html_document(page: str | bytes | Decoded, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document | None:
    """The page as a Document, or None when it holds no markup content at all.

    ``url`` (the caller's) is the base for metadata and hints at the encoding of a page that
    declares none.
    """
    root, truncated = parse_page(page, url=url, max_chars=options.max_chars)
    if root is None:
        return None
    repair(root)
    metadata = extract_html_metadata(root, url, reference_date=reference_date)
    markup = read_markup(root)
    page_url = url or metadata.canonical_url
    base = base_url(root, page_url)  # before pruning strips <head>
    rules = options.rules.for_url(page_url) if options.rules else None
    prune, protected, keep_under = _rule_elements(root, rules)
    comments = find_comments(root, reference_date) if options.comments else []
    removals = DomPruner(options.guard_share, options.drop_hidden)(root, prune=prune,
                                                                   protected=protected)
    body = root.find("body")
    if body is None:
        body = root
    blocks, elements, pruned, markers, images = segment(body, images=options.images)
    region = choose_region(blocks, elements, body, metadata.body_hint)
    prose = region_prose(blocks, elements, region)
    short = prose < ARTICLE_PROSE
    headline = find_headline(blocks, elements, removals, markers, metadata.title) if short else None
    forced = forced_page_type(*rules.page_type) if rules and rules.page_type else None
    page_type = forced or decide_page_type(
        metadata, url, markup, prose,
        dated_headline=dated_headline(blocks, elements, removals, markers, headline))
    # An article keeps its region however short (found under its headline), and no more than
    # its own container; other pages with little prose are read as listings: their main
    # area's items and links are the content. A listing a user rule forces is one whatever
    # its prose.
    if short and page_type.name == ARTICLE:
        region = short_article_region(blocks, elements, body, metadata.body_hint, headline)
    elif page_type.name == ARTICLE:
        region = within_container(blocks, elements, region, markup.container, prose)
    listing = (short and page_type.name != ARTICLE) or (forced is not None and forced.name == LISTING)
    region = mark_region(blocks, elements, body, region, listing)
    mark_widgets(blocks, elements, region, article=page_type.name == ARTICLE)
    if keep_under:
        _pin(blocks, elements, keep_under)
    doc = Document("html", blocks, metadata, removals, listing=listing, pruned_at=pruned,
                   page_type=page_type, rules=rules, base_url=base, segmented=blocks,
                   truncated=truncated)
    if images:
        doc.images = in_region(images, region, body)
    if comments:
        doc.comments = _comment_blocks(comments, blocks, elements)
    return doc


def _comment_blocks(comments, blocks, elements) -> list:
    """Each comment with the blocks segmented from inside it (none when it was pruned)."""
    owner = {item: k for k, (_, item) in enumerate(comments)}
    held: list[list[Block]] = [[] for _ in comments]
    for block, el in zip(blocks, elements, strict=True):
        node = el
        while node is not None:
            k = owner.get(node)
            if k is not None:
                held[k].append(block)
                break
            node = node.getparent()
    return [(comment, held[k]) for k, (comment, _) in enumerate(comments)]
