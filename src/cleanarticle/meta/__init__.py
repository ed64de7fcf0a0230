"""Page metadata: title, date, author, site name, language (owned by the metadata work)."""

from __future__ import annotations

from datetime import date

from ..model import Metadata


def extract_html_metadata(tree, url: str | None = None, *, reference_date: date | None = None) -> Metadata:
    """Read metadata from an unpruned HTML tree. Never modifies the tree. (stub)"""
    title = tree.findtext(".//title")
    return Metadata(title=title.strip() if title else None, url=url)


def extract_text_metadata(lines: list[str], url: str | None = None, *, reference_date: date | None = None) -> Metadata:
    """Read metadata from the lines of a plain-text page. (stub)"""
    return Metadata(url=url)
