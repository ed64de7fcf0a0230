"""Metadata lines inside the body: bylines, date lines, relative timestamps, the title again
(alone, or at the end of a breadcrumb trail: "Blog / Headline"), and compound lines of them
("Posted on October 10, 2023 by admin", "10. Oktober 2023 · Von Katrin Berger · Brot",
"May 2, 2024 · Tomás Reyes · 6 min read")."""

from __future__ import annotations

import re

import regex

from ..rules.byline import is_author_label, is_byline
from ..rules.dates import has_date, is_dateline
from ..rules.phrases import load, normalize
from ..rules.prose import is_running_text
from .base import BlockFilter
from .teasers import in_card_list

#: Byline and date predicates only judge blocks up to this length.
MAX_CHARS = 160
#: A metadata label standing alone ("Written by", "Last updated") is at most this long.
LABEL_MAX_CHARS = 40
#: A piece of a compound line that is no date, byline or notice may still be an author name or
#: a category: at most this many words.
NAME_WORDS = 3
_SEPARATOR = regex.compile(r"\s*[·|•–—/]\s*|\s+-\s+")
_BY = regex.compile(r"\s+(?:by|von|par|por|di|door|de)\s+", regex.I)


# A breadcrumb trail's separators: "Blog / Headline", "Home > News > Headline".
_TRAIL = regex.compile(r"\s*[/›>»|]\s*")
_TRAIL_MARKS = re.compile(r"[/›>»|]")  # what every _TRAIL separator holds
#: A breadcrumb's steps before the headline are at most this long each.
TRAIL_STEP_CHARS = 60


def _trail_to(text: str, titles: set[str]) -> bool:
    """Whether the text is a breadcrumb trail ending in the page's title."""
    if _TRAIL_MARKS.search(text) is None:  # no separator: one step (most blocks)
        return False
    steps = _TRAIL.split(text)
    return len(steps) >= 2 and normalize(steps[-1]) in titles and all(
        0 < len(step) <= TRAIL_STEP_CHARS for step in steps[:-1])


class MetadataLines(BlockFilter):
    name = "metadata_lines"

    def __init__(self) -> None:
        self._notices = load("notices")
        self._labels = load("metadata_labels")

    def decide(self, blocks, doc):
        titles = {normalize(doc.metadata.title or "")} - {""}
        page_title = normalize(doc.metadata.page_title or "")
        if titles and page_title and any(t in page_title for t in titles):
            # the <title> as written, the headline with the site's name ("Headline | Site"),
            # which some templates print above the article; a <title> that does not hold the
            # headline may be the lead sentence itself
            titles.add(page_title)
        out: list[str | None] = []
        begun = False  # the article's running text has begun
        for i, block in enumerate(blocks):
            text = block.text
            reason = None
            if len(text) <= MAX_CHARS:
                # below the article's first paragraph, the title as a card's linked title in
                # a list of stories is this page's own card: the card filter takes the list
                # whole, and a gap in it would leave the other cards in the body
                if titles and normalize(text) in titles and not (
                        begun and in_card_list(blocks, i)):
                    reason = "repeats the title"
                elif titles and _trail_to(text, titles):
                    reason = "breadcrumb trail to the title"
                elif is_dateline(text):
                    reason = "date line"
                elif len(text) <= LABEL_MAX_CHARS and (is_author_label(text)
                                                       or self._labels.fullmatch(text)):
                    reason = "metadata label"
                elif is_byline(text):
                    reason = "byline"
                elif self._compound(text):
                    reason = "date and byline line"
            out.append(reason)
            begun = begun or is_running_text(block)
        return out

    def _compound(self, text: str) -> bool:
        """A line made only of a date plus bylines, names, categories or reading times."""
        if not has_date(text):  # no piece can be the date (most short blocks)
            return False
        pieces = [p for part in _SEPARATOR.split(text) for p in _BY.split(part) if p.strip()]
        if len(pieces) < 2:
            return False
        dated = False
        for piece in pieces:
            if is_dateline(piece):
                dated = True
            elif not (is_byline(piece) or self._notices.fullmatch(piece)
                      or len(piece.split()) <= NAME_WORDS):
                return False
        return dated
