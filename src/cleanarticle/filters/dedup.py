"""Repeated blocks: a block whose text already appeared earlier on the page."""

from __future__ import annotations

from ..model import LIST_ITEM, TABLE_ROW
from ..rules.phrases import normalize
from .base import BlockFilter

#: Shorter blocks may repeat legitimately ("Step 1", table cells).
MIN_CHARS = 20
#: List items and table rows with fewer links than this share repeat legitimately (the same
#: step in two procedures, a price in two tables); linked ones repeat as navigation.
#: Measured on modern-dev: body F1 +0.0006, documentation and service pages gaining.
ITEM_LINK_DENSITY = 0.5


def _may_repeat(block, source_kind: str) -> bool:
    # A text dump has lost its links: there a repeated item cannot be told from navigation.
    return (source_kind == "html" and block.kind in (LIST_ITEM, TABLE_ROW)
            and block.link_density < ITEM_LINK_DENSITY)


class Duplicates(BlockFilter):
    name = "dedup"

    def decide(self, blocks, doc):
        seen: set[str] = set()
        out: list[str | None] = []
        for block in blocks:
            reason = None
            if len(block.text) >= MIN_CHARS and not _may_repeat(block, doc.source_kind):
                key = normalize(block.text)
                if key in seen:
                    reason = "repeats an earlier block"
                seen.add(key)
            out.append(reason)
        return out
