"""The plain-text front end: a page already scraped to text becomes the working Document.

lines ─► blocks (one per line) ─► metadata from the lines ─► the article's span of lines (the
lines outside it are placed outside the article, as the HTML front end places blocks outside
its region).
"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..limits import cap_chars
from ..meta import extract_text_metadata
from ..options import Options
from .segment import segment_text
from .span import mark_span


def text_document(text: str, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document:
    """The text page as a Document; a text above ``options.max_chars`` is cut to it."""
    text, truncated = cap_chars(text, options.max_chars)
    metadata = extract_text_metadata(text.splitlines(), url, reference_date=reference_date)
    blocks = segment_text(text)
    mark_span(blocks)
    return Document("text", blocks, metadata, truncated=truncated)
