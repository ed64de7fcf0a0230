"""The plain-text front end: a page already scraped to text becomes the working Document.

lines ─► blocks (one per line) ─► metadata from the lines ─► the user rules for the page's host
─► the article's span of lines (the lines outside it are placed outside the article, as the
HTML front end places blocks outside its region) ─► the page type, from what a dump keeps (URL,
metadata, prose), or the one a user rule forces ─► reader comments inside the span, placed
outside too (not on a forum, whose posts are the content); a span that begins inside a comment
section is sought again above it.
"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..limits import cap_chars
from ..meta import extract_text_metadata
from ..options import Options
from ..page_type import ARTICLE, FORUM, decide_page_type, forced_page_type
from ..rules.prose import prose_chars
from .comments import mark_comments, span_before_thread
from .segment import segment_text
from .span import mark_span


def text_document(text: str, url: str | None, reference_date: dt.date | None,
                  options: Options) -> Document:
    """The text page as a Document; a text above ``options.max_chars`` is cut to it."""
    text, truncated = cap_chars(text, options.max_chars)
    metadata = extract_text_metadata(text.splitlines(), url, reference_date=reference_date)
    blocks = segment_text(text)
    mark_span(blocks)
    rules = options.rules.for_url(url or metadata.canonical_url) if options.rules else None
    prose = prose_chars([b for b in blocks if b.in_region])
    page_type = (forced_page_type(*rules.page_type) if rules and rules.page_type
                 else decide_page_type(metadata, url, None, prose))
    if page_type.name != FORUM:  # on a forum the posts are the content
        span_before_thread(blocks, article=page_type.name == ARTICLE)
        mark_comments(blocks, article=page_type.name == ARTICLE)
    return Document("text", blocks, metadata, page_type=page_type, rules=rules, segmented=blocks,
                    truncated=truncated)
