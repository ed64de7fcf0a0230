"""Repeated blocks: a block whose text already appeared earlier on the page."""

from __future__ import annotations

from ..rules.phrases import normalize
from .base import BlockFilter

#: Shorter blocks may repeat legitimately ("Step 1", table cells).
MIN_CHARS = 20


class Duplicates(BlockFilter):
    name = "dedup"

    def decide(self, blocks, doc):
        seen: set[str] = set()
        out: list[str | None] = []
        for block in blocks:
            reason = None
            if len(block.text) >= MIN_CHARS:
                key = normalize(block.text)
                if key in seen:
                    reason = "repeats an earlier block"
                seen.add(key)
            out.append(reason)
        return out
