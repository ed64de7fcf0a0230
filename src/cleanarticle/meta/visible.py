"""The date a reader sees: date lines in the article header, next to the headline.

Walks forward in document order from the headline element through its following siblings
and those of its ancestors, reading short text nodes (and <time datetime>), until a
budget of characters is spent. Only the header zone is read, so a date in a teaser list
or a comment further down is never taken for the article's.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .dates import is_dateline, is_updated_label, parse_date_text, parse_date_value

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


BODY_MAX_CHARS = 60000  # visible characters scanned for a lone date line before giving up
_PRUNE = _SKIP | {"nav", "footer", "aside", "head"}


def _texts(el):
    """(element, text) pairs of visible text in reading order; hidden and chrome subtrees
    pruned. A <time> element is yielded once with text None so its attribute can be read."""
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in _PRUNE:
            if tag == "time":
                yield child, None
            if child.text:
                yield child, child.text
            if len(child):
                yield from _texts(child)
        if child.tail:
            yield child, child.tail


def first_dateline(root, *, reference_date: dt.date | None = None,
                   lang: str | None = None) -> SeenDate | None:
    """The first date line ("Stand: 19.10.2019 11:05 Uhr", "24. April 2020 |") in the page's
    visible text, for pages whose headline element gave none."""
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        return None
    budget = BODY_MAX_CHARS
    prev = ""
    for el, text in _texts(body):
        if text is None:
            d = parse_date_value(el.get("datetime"), reference_date=reference_date, lang=lang)
            if d is not None:
                return SeenDate(d, is_updated_label(prev) and len(prev) < 40)
            continue
        text = text.strip()
        if not text:
            continue
        budget -= len(text)
        if budget <= 0:
            return None
        if len(text) <= 100 and any(ch.isdigit() for ch in text) and is_dateline(text):
            iso = parse_date_text(text, reference_date=reference_date, lang=lang)
            if iso:
                return SeenDate(dt.date.fromisoformat(iso), is_updated_label(text))
        prev = text
    return None
