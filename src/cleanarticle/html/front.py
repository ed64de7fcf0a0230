"""The HTML front end: a page (bytes in any encoding, or str) becomes the working Document.

decode and parse (size cap) ─► repair (controls that swallowed the page, equations) ─►
metadata from the whole tree ─► page markup ─► prune chrome structures
─► segment into blocks ─► choose the main-content region ─► decide the page type ─► the
region that type needs ─► mark widgets inside it. Nothing after this knows the page was HTML
but through the blocks' optional DOM features.
"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..meta import extract_html_metadata
from ..options import Options
from ..page_type import ARTICLE, decide_page_type, read_markup
from ..rules.prose import ARTICLE_PROSE
from .parse import parse_html
from .prune import DomPruner
from .region import choose_region, find_headline, mark_region, region_prose, short_article_region
from .repair import repair
from .segment import segment
from .widgets import mark_widgets


def html_document(page: str | bytes, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document | None:
    """The page as a Document, or None when it holds no markup content at all."""
    root = parse_html(page, max_chars=options.max_chars)
    if root is None:
        return None
    repair(root)
    metadata = extract_html_metadata(root, url, reference_date=reference_date)
    markup = read_markup(root)
    removals = DomPruner(options.guard_share, options.drop_hidden)(root)
    body = root.find("body")
    if body is None:
        body = root
    blocks, elements, pruned, markers = segment(body)
    region = choose_region(blocks, elements, body, metadata.body_hint)
    prose = region_prose(blocks, elements, region)
    page_type = decide_page_type(metadata, url, markup, prose)
    # An article keeps its region however short (found under its headline); other pages
    # with little prose are read as listings: their main area's items and links are the
    # content.
    short = prose < ARTICLE_PROSE
    if short and page_type.name == ARTICLE:
        headline = find_headline(blocks, elements, removals, markers, metadata.title)
        region = short_article_region(blocks, elements, body, metadata.body_hint, headline)
    listing = short and page_type.name != ARTICLE
    region = mark_region(blocks, elements, body, region, listing)
    mark_widgets(blocks, elements, region)
    return Document("html", blocks, metadata, removals, listing=listing, pruned_at=pruned,
                    page_type=page_type)
