"""cleanarticle: turn a scraped web page into a clean article (title, date, author, body)."""

from .api import clean, clean_html, clean_text
from .errors import CleanArticleError, PageTimeoutError, PageTooLargeError, UnusableInputError
from .explain import Explanation, explain
from .model import Article, Block, Metadata, Removal
from .options import Options

__all__ = [
    "Article",
    "Block",
    "CleanArticleError",
    "Explanation",
    "Metadata",
    "Options",
    "PageTimeoutError",
    "PageTooLargeError",
    "Removal",
    "UnusableInputError",
    "clean",
    "clean_html",
    "clean_text",
    "explain",
]
__version__ = "0.1.0"  # the one copy: pyproject.toml reads it
