"""Page metadata: title, date, author, site name, language.

Public:
- :func:`extract_html_metadata` (HTML tree) and :func:`extract_text_metadata` (text lines)
- :func:`parse_date_text`: a date written in text, as ISO
- :func:`is_dateline`, :func:`is_byline`: predicates for the block filters
"""

from ..rules.byline import clean_author, is_byline
from ..rules.dates import is_dateline, parse_date_text
from .html import extract_html_metadata
from .text import extract_text_metadata

__all__ = [
    "clean_author",
    "extract_html_metadata",
    "extract_text_metadata",
    "is_byline",
    "is_dateline",
    "parse_date_text",
]
