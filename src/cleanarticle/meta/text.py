"""Metadata from the lines of a plain-text page (a scraper's text dump).

The same rules as on HTML, applied to lines: a date line ("Published 1 year ago on" then
"October 10, 2023"), a byline ("By admin"), and the headline: the title-like line just
above them, or the first line when it repeats further down (text dumps start with <title>).
"""

from __future__ import annotations

import datetime as dt

from ..model import Metadata
from .byline import clean_author, is_byline
from .dates import date_from_url, is_dateline, is_updated_label, parse_date_text
from .title import choose_title, clean_title

HEAD_LINES = 80  # bylines and dates sit near the top; later ones belong to teasers
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30


def _title_like(line: str) -> bool:
    words = line.split()
    return (TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS and not line.endswith((".", ":", ","))
            and not is_dateline(line) and not is_byline(line))


def extract_text_metadata(lines: list[str], url: str | None = None, *,
                          reference_date: dt.date | None = None) -> Metadata:
    """Read title, date, updated and author from the lines of a plain-text page."""
    md = Metadata(url=url)
    src = md.sources
    head = [ln.strip() for ln in lines[:HEAD_LINES]]
    anchor = None  # index of the first byline/date line
    for i, line in enumerate(head):
        if not line:
            continue
        if is_byline(line):
            if md.author is None:
                md.author = clean_author(line)
                if md.author:
                    src["author"] = "byline"
            # "By X | October 10, 2023" carries the date too
            iso = parse_date_text(line, reference_date=reference_date)
            if iso and md.date is None:
                md.date, md.date_source = iso, "text"
            anchor = i if anchor is None else anchor
        elif is_dateline(line):
            iso = parse_date_text(line, reference_date=reference_date)
            if iso is None:
                # "Published 1 year ago on" then the date on the next line
                nxt = next((h for h in head[i + 1:i + 3] if h), "")
                if nxt and is_dateline(nxt):
                    iso = parse_date_text(nxt, reference_date=reference_date)
            if iso:
                if is_updated_label(line):
                    md.updated = md.updated or iso
                elif md.date is None:
                    md.date, md.date_source = iso, "text"
            anchor = i if anchor is None else anchor
        if anchor is not None and md.date and md.author and i > anchor + 4:
            break
    if md.date is None:
        d = date_from_url(url, reference_date=reference_date)
        if d:
            md.date, md.date_source = d.isoformat(), "url"
    if md.date:
        src["date"] = md.date_source or "text"
    if md.updated:
        src["updated"] = "text"

    title = None
    if anchor is not None:
        for line in reversed(head[:anchor]):
            if line and _title_like(line):
                title = line
                break
    first = next((ln for ln in head if ln), "")
    if title is None and first:
        title, _ = choose_title([first], [ln for ln in head[1:] if _title_like(ln)], [])
    elif title and first and first != title:
        # the dump's first line is usually <title>: keep the title that agrees with it
        title = choose_title([first], [title], [])[0] or title
    if title:
        md.title = clean_title(title)
        src["title"] = "text"
    return md
