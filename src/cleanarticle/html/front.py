"""The HTML front end: a page (bytes in any encoding, or str) becomes the working Document.

decode and parse (repair, size cap) ─► metadata from the whole tree ─► prune chrome structures
─► segment into blocks ─► choose the main-content region ─► mark widgets inside it. Nothing
after this knows the page was HTML but through the blocks' optional DOM features.
"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..meta import extract_html_metadata
from ..options import Options
from .parse import parse_page
from .prune import DomPruner
from .region import locate_content
from .segment import segment
from .widgets import mark_widgets


def html_document(page: str | bytes, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document | None:
    """The page as a Document, or None when it holds no markup content at all.

    ``url`` (the caller's) is the base for metadata and hints at the encoding of a page that
    declares none.
    """
    root, truncated = parse_page(page, url=url, max_chars=options.max_chars)
    if root is None:
        return None
    metadata = extract_html_metadata(root, url, reference_date=reference_date)
    removals = DomPruner(options.guard_share, options.drop_hidden)(root)
    body = root.find("body")
    if body is None:
        body = root
    blocks, elements, pruned = segment(body)
    region, listing = locate_content(blocks, elements, body, metadata.body_hint)
    mark_widgets(blocks, elements, region)
    return Document("html", blocks, metadata, removals, listing=listing, pruned_at=pruned,
                    truncated=truncated)
