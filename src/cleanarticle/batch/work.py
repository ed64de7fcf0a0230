"""Cleaning one page inside a worker: never raises, always returns an outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import cleanarticle
from cleanarticle.errors import CleanArticleError
from cleanarticle.model import Article

from .sources import Page

EMPTY = "empty input"
BINARY = "binary input"

BATCH_FIELDS = ("source", "url", "title", "date", "author", "text", "error")

# Signatures of common non-text formats a crawl or a download folder contains.
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
          b"\x1f\x8b", b"BZh9", b"\x7fELF", b"OggS", b"fLaC", b"wOFF", b"wOF2",
          b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Bytes that never occur in text (tab, newlines, form feed and ESC for ISO-2022 excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_SNIFF = 8192
# Text has essentially no control bytes; random binary data has ~10%. 3% leaves room for
# pages with a few stray NULs or form feeds and still catches compressed or image data.
_CONTROL_SHARE = 0.03


@dataclass(frozen=True, slots=True)
class CleanOptions:
    reference_date: date | str | None = None


def _wide_text(sample: bytes) -> bool:
    """UTF-16/32 without a BOM: NULs fill the same byte slots of every ASCII-range character."""
    for width in (2, 4):
        slots = [sample[i::width] for i in range(width)]
        shares = [s.count(0) / max(len(s), 1) for s in slots]
        if min(shares) < 0.05 and sorted(shares)[1] > 0.3:
            return True
    return False


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: images, archives, executables."""
    sample = data[:_SNIFF]
    if sample.startswith(_BOMS) or sample.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return False
    if sample.startswith(_MAGIC):
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls <= _CONTROL_SHARE * len(sample):
        return False
    return not _wide_text(sample)


def is_empty(data: bytes | str) -> bool:
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
    if isinstance(data, bytes) and looks_binary(data):
        return None, BINARY
    try:
        # Looked up on the package at call time, so the extractor in use is the public one.
        article = cleanarticle.clean(data, page.url, kind=page.kind,
                                     reference_date=options.reference_date)
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
