"""The date a reader sees: date lines in the article header, next to the headline.

Walks forward in document order from the headline element through its following siblings
and those of its ancestors, reading short text nodes (and <time datetime>), until a
budget of characters is spent. Only the header zone is read, so a date in a teaser list
or a comment further down is never taken for the article's.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .dates import is_updated_label, parse_date_text, parse_date_value

ZONE_MAX_CHARS = 1200  # visible characters read after the headline (dates sit within ~3 lines)
ZONE_MAX_ELEMENTS = 300
ZONE_ANCESTOR_LEVELS = 5
NODE_MAX_CHARS = 160  # longer text nodes are prose or script data, not a date line
_SKIP = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}


class SeenDate(NamedTuple):
    date: dt.date
    updated: bool  # labelled as a modification ("Updated", "Aktualisiert")


def _following(el, levels: int):
    node = el
    for _ in range(levels):
        yield from node.itersiblings()
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return


def header_dates(anchor, *, reference_date: dt.date | None = None, lang: str | None = None,
                 limit: int = 3) -> list[SeenDate]:
    """Dates written right after the headline element ``anchor``, in reading order."""
    out: list[SeenDate] = []
    budget = ZONE_MAX_CHARS
    visited = 0
    prev_text = ""

    def read(text: str | None) -> bool:
        nonlocal budget, prev_text
        if not text:
            return False
        text = text.strip()
        if not text:
            return False
        budget -= len(text)
        if len(text) <= NODE_MAX_CHARS and any(ch.isdigit() for ch in text):
            iso = parse_date_text(text, reference_date=reference_date, lang=lang)
            if iso:
                label = is_updated_label(text) or (is_updated_label(prev_text)
                                                   and len(prev_text) < 40)
                out.append(SeenDate(dt.date.fromisoformat(iso), label))
        prev_text = text
        return budget <= 0 or len(out) >= limit

    if read(anchor.tail):
        return out
    for sib in _following(anchor, ZONE_ANCESTOR_LEVELS):
        for el in sib.iter():
            visited += 1
            if visited > ZONE_MAX_ELEMENTS:
                return out
            tag = el.tag
            if not isinstance(tag, str):
                if read(el.tail):
                    return out
                continue
            if tag in _SKIP:
                if read(el.tail):
                    return out
                continue
            if tag == "time":
                d = parse_date_value(el.get("datetime"), reference_date=reference_date,
                                     lang=lang)
                if d is not None:
                    out.append(SeenDate(d, is_updated_label(prev_text) and len(prev_text) < 40))
                    # the element's own text repeats the date: skip it
                    prev_text = el.text_content().strip() or prev_text
                    if len(out) >= limit:
                        return out
                    if read(el.tail):
                        return out
                    continue
            if read(el.text) or read(el.tail):
                return out
    return out
