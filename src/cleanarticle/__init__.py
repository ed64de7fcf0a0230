"""cleanarticle: turn a scraped web page into a clean article (title, date, author, body)."""

from .api import clean, clean_html, clean_text
from .errors import CleanArticleError, PageTimeoutError, PageTooLargeError, UnusableInputError
from .explain import Explanation, explain
from .model import Article, Block, Chunk, Comment, Image, Metadata, PageType, Removal
from .options import Options
from .site_rules import Rules, RulesError, load_rules

__all__ = [
    "Article",
    "Block",
    "Chunk",
    "CleanArticleError",
    "Comment",
    "Explanation",
    "Image",
    "Metadata",
    "Options",
    "PageTimeoutError",
    "PageTooLargeError",
    "PageType",
    "Removal",
    "Rules",
    "RulesError",
    "UnusableInputError",
    "clean",
    "clean_html",
    "clean_text",
    "explain",
    "load_rules",
]
__version__ = "0.1.0"  # the one copy: pyproject.toml reads it
