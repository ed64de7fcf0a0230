"""The widgets filter: drops blocks the HTML front end found inside a boilerplate widget of the
region (related posts, comments, tag lists, author boxes, sidebars)."""

from __future__ import annotations

from .base import BlockFilter


class Widgets(BlockFilter):
    name = "widgets"

    def check(self, blocks, i, doc) -> str | None:
        words = blocks[i].words
        return f"inside a {words} widget" if words else None
