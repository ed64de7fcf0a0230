"""Public entry points: clean(), clean_html(), clean_text(). (skeleton, being filled in)"""

from __future__ import annotations

from datetime import date

import lxml.html

from .model import Article


def clean(page: str | bytes, url: str | None = None, *, kind: str = "auto",
          reference_date: date | str | None = None) -> Article:
    return clean_html(page, url, reference_date=reference_date)


def clean_html(page: str | bytes, url: str | None = None, *,
               reference_date: date | str | None = None) -> Article:
    tree = lxml.html.fromstring(page)
    return Article(text=tree.text_content(), url=url)


def clean_text(page: str | bytes, url: str | None = None, *,
               reference_date: date | str | None = None) -> Article:
    text = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    return Article(text=text, url=url, source_kind="text")
