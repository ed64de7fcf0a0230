"""Inline "read also" links in a plain-text article: "Read more: <another story's headline>".

On a page these are a link under a label; in a scraper's dump they become one line whose start
is a rail header (READ MORE, SEE ALSO, LESEN SIE AUCH, ...) followed by a colon and a headline.
"""

from __future__ import annotations

from ..rules.phrases import load
from .base import BlockFilter

#: The label before the colon is short; the whole line is a headline, not a paragraph.
LABEL_CHARS = 40
LINE_CHARS = 200


class TextReadAlso(BlockFilter):
    name = "text_read_also"

    def __init__(self) -> None:
        self._rails = load("rail_headers")

    def check(self, blocks, i, doc) -> str | None:
        if doc.source_kind != "text":
            return None
        text = blocks[i].text
        if len(text) > LINE_CHARS:
            return None
        label, colon, rest = text.partition(":")
        if colon and rest.strip() and len(label) <= LABEL_CHARS and self._rails.fullmatch(label):
            return f"link to another story under {label.strip()!r}"
        return None
