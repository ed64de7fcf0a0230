"""Repeated blocks: a block whose text already appeared earlier on the page (a refrain among
its own siblings aside)."""

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


#: A refrain comes back within this many blocks.
REFRAIN_GAP = 200


def _refrain(blocks, first: int, i: int) -> bool:
    """A paragraph repeated among its own siblings (a song's chorus, a litany): the copies
    share their container and another sibling stands between them. Copies in different
    containers (a responsive layout's second copy, a box repeated) are duplicates."""
    box = blocks[i].container
    return (box is not None and blocks[first].container == box
            and any(blocks[k].container == box and blocks[k].text != blocks[i].text
                    for k in range(first + 1, min(i, first + REFRAIN_GAP))))


class Duplicates(BlockFilter):
    name = "dedup"

    def decide(self, blocks, doc):
        seen: dict[str, int] = {}
        out: list[str | None] = []
        for i, block in enumerate(blocks):
            reason = None
            if len(block.text) >= MIN_CHARS and not _may_repeat(block, doc.source_kind):
                key = normalize(block.text)
                first = seen.get(key)
                if first is not None and not _refrain(blocks, first, i):
                    reason = "repeats an earlier block"
                seen.setdefault(key, i)
            out.append(reason)
        return out
