"""Cleaning one page inside a worker: never raises, always returns an outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import cleanarticle
from cleanarticle.decode import decode
from cleanarticle.errors import CleanArticleError, UnusableInputError
from cleanarticle.model import Article
from cleanarticle.site_rules import Rules

from .sources import Page

EMPTY = "empty input"
BINARY = "binary input"


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """The arguments of ``cleanarticle.clean`` a run applies to every page."""

    reference_date: date | str | None = None
    links: bool = False
    images: bool = False
    comments: bool = False
    rules: Rules | None = None


def is_empty(data: bytes | str) -> bool:
    """Nothing but whitespace, NULs or a byte-order mark."""
    if isinstance(data, bytes):
        return not data.strip(b" \t\r\n\f\v\x00").removeprefix(b"\xef\xbb\xbf").strip()
    return not data.strip().lstrip("\ufeff").strip()


def _message(exc: BaseException) -> str:
    if isinstance(exc, CleanArticleError):
        return str(exc) or type(exc).__name__
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def extract(page: Page, options: CleanOptions) -> tuple[Article | None, str | None]:
    """The page's article, or None and the reason there is none."""
    if page.error is not None:
        return None, page.error
    data = page.data
    if data is None or is_empty(data):
        return None, EMPTY
    if isinstance(data, bytes):
        try:
            # Decoded here with the extractor's own rules, so that the HTTP charset of a
            # WARC record counts and binary data is named as such.
            data = decode(data, page.encoding)
        except UnusableInputError:
            return None, BINARY
        except Exception as exc:
            return None, _message(exc)
        if is_empty(data):
            return None, EMPTY
    try:
        # Looked up at call time: a wrapper installed on cleanarticle.clean applies here too.
        article = cleanarticle.clean(data, page.url, kind=page.kind,
                                     reference_date=options.reference_date, links=options.links,
                                     images=options.images, comments=options.comments,
                                     rules=options.rules)
    except Exception as exc:  # one bad page must never stop a run
        return None, _message(exc)
    return article, None


def batch_record(page: Page, article: Article | None, error: str | None) -> dict[str, Any]:
    """The batch output line: source, url, title, date, author, text, error."""
    if article is None:
        return {"source": page.source, "url": page.url, "title": None, "date": None,
                "author": None, "text": None, "error": error}
    return {"source": page.source, "url": article.url or page.url, "title": article.title,
            "date": article.date, "author": article.author, "text": article.text,
            "error": error}


def process_page(page: Page, options: CleanOptions) -> dict[str, Any]:
    return batch_record(page, *extract(page, options))
