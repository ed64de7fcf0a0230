"""Headings left without content: one with nothing after it, or only a heading of equal or
higher rank (its section is empty)."""

from __future__ import annotations

from ..model import HEADING
from .base import BlockFilter


class OrphanHeadings(BlockFilter):
    name = "orphan_headings"

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing:  # teaser titles follow each other on listings
            return out
        following = None  # the next block that stays
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if block.kind == HEADING and (
                following is None
                or (following.kind == HEADING and following.level <= block.level)
            ):
                out[i] = "heading without content after it"
                continue
            following = block
        return out
