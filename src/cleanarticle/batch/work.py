"""Cleaning one page inside a worker: never raises, always returns an outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import cleanarticle
from cleanarticle.decode import Decoded, decode_page
from cleanarticle.errors import CleanArticleError, PageTimeoutError, UnusableInputError
from cleanarticle.limits import DEFAULT_TIMEOUT
from cleanarticle.model import Article
from cleanarticle.records import page_record
from cleanarticle.site import SiteProfiles, folder_site, sample_page
from cleanarticle.site_rules import Rules
from cleanarticle.sniff import NOT_A_PAGE, not_a_page

from .sources import Page

EMPTY = "empty input"
BINARY = "binary input"


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """How each page is cleaned. ``reference_date`` overrides the page's own (a WARC-Date)."""

    reference_date: date | str | None = None
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per page inside clean(); None: no limit
    min_confidence: float | None = None  # below it, the record keeps the metadata, no text
    links: bool = False
    images: bool = False
    comments: bool = False
    rules: Rules | None = None
    site: SiteProfiles | None = None  # site profiles to clean with (``--site-profile``)


def is_empty(data: bytes | str) -> bool:
    """Nothing but whitespace, NULs or a byte-order mark."""
    if isinstance(data, bytes):
        return not data.strip(b" \t\r\n\f\v\x00").removeprefix(b"\xef\xbb\xbf").strip()
    return not data.strip().lstrip("\ufeff").strip()


def timeout_message(seconds: float | None) -> str:
    """The error of a page past its time limit, the same wherever the limit was enforced."""
    return f"timeout after {seconds:g}s" if seconds else "timeout"


def _message(exc: BaseException) -> str:
    if isinstance(exc, CleanArticleError):
        return str(exc) or type(exc).__name__
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def page_decoded(page: Page) -> tuple[Decoded | None, str | None]:
    """The page decoded (with its UTF-8 bytes when it came as them, for the parser), or None
    and the reason there is nothing to clean."""
    if page.error is not None:
        return None, page.error
    data = page.data
    if data is None or is_empty(data):
        return None, EMPTY
    try:
        # Decoded here with the extractor's own rules, so that the HTTP charset of a
        # WARC record counts and binary data is named as such.
        decoded = decode_page(data, page.encoding)
    except UnusableInputError:
        return None, BINARY
    except Exception as exc:
        return None, _message(exc)
    if isinstance(data, bytes) and is_empty(decoded.text):
        return None, EMPTY
    if page.sniff:
        reason = not_a_page(decoded.text, page.name or page.source)
        if reason is not None:
            return None, f"{NOT_A_PAGE}: {reason}"
    return decoded, None


def page_text(page: Page) -> tuple[str | None, str | None]:
    """The page decoded, or None and the reason there is nothing to clean."""
    decoded, error = page_decoded(page)
    return (None, error) if decoded is None else (decoded.text, None)


def _folder_site(page: Page) -> str | None:
    """A saved file's site when it names no URL: its folder."""
    return folder_site(page.folder) if page.folder else None


def extract(page: Page, options: CleanOptions) -> tuple[Article | None, str | None]:
    """The page's article, or None and the reason there is none."""
    data, error = page_decoded(page)
    if data is None:
        return None, error
    site = options.site
    if site is not None and page.folder:
        site = site.with_default_site(_folder_site(page))
    try:
        # Looked up at call time: a wrapper installed on cleanarticle.clean applies here too.
        article = cleanarticle.clean(data, page.url, kind=page.kind,
                                     reference_date=options.reference_date or page.reference_date,
                                     timeout=options.timeout,
                                     min_confidence=options.min_confidence, links=options.links,
                                     images=options.images, comments=options.comments,
                                     rules=options.rules, site=site)
    except PageTimeoutError:
        return None, timeout_message(options.timeout)
    except Exception as exc:  # one bad page must never stop a run
        return None, _message(exc)
    return article, None


def batch_record(page: Page, article: Article | None, error: str | None) -> dict[str, Any]:
    """The batch output line: the record of :mod:`cleanarticle.records` for this page."""
    return page_record(article, source=page.source, ident=page.ident, url=page.url, error=error)


def process_page(page: Page, options: CleanOptions) -> dict[str, Any]:
    return batch_record(page, *extract(page, options))


def sample_record(page: Page, options: CleanOptions) -> dict[str, Any]:
    """The sampling pass's outcome for a page: ``sample`` (a ``cleanarticle.site.PageSample``,
    or None for a page without a site or content) and ``error``."""
    data, error = page_text(page)
    if data is None:
        return {"source": page.source, "sample": None, "error": error}
    try:
        sample = sample_page(data, page.url, kind=page.kind, folder_site=_folder_site(page))
    except Exception as exc:  # one bad page must never stop a run
        return {"source": page.source, "sample": None, "error": _message(exc)}
    return {"source": page.source, "sample": sample, "error": None}
