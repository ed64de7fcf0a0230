"""The plain-text front end: a page already scraped to text becomes the working Document.

lines ─► blocks (one per line) ─► metadata from the lines ─► the article's span of lines (the
lines outside it are placed outside the article, as the HTML front end places blocks outside
its region) ─► the page type, from what a dump keeps (URL, metadata, prose).
"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..meta import extract_text_metadata
from ..options import Options
from ..page_type import decide_page_type
from ..rules.prose import prose_chars
from .segment import segment_text
from .span import mark_span


def text_document(text: str, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document:
    """The text page as a Document (``text`` already capped to ``options.max_chars``)."""
    metadata = extract_text_metadata(text.splitlines(), url, reference_date=reference_date)
    blocks = segment_text(text)
    mark_span(blocks)
    prose = prose_chars([b for b in blocks if b.in_region])
    return Document("text", blocks, metadata,
                    page_type=decide_page_type(metadata, url, None, prose))
