"""Link density: blocks that are mostly links are navigation, teasers or tag lists."""

from __future__ import annotations

from ..model import HEADING, LIST_ITEM, TABLE_ROW
from ..rules.prose import is_prose
from .base import BlockFilter

#: Paragraphs above this link share are dropped unless long. Tuned on modern-dev.
MAX_LINK_DENSITY = 0.5
#: A block this long with links is running text that cites a lot; only denser ones go.
LONG_BLOCK = 300
#: List items and rows: a run of at least this many link-only items is a navigation list.
#: Tuned on both dev sets: 3/2/1 → modern-dev snippet F1 0.823/0.823/0.824, multilingual-dev
#: 0.930/0.931/0.932 (a lone linked list item inside an article is a teaser too).
RUN_LENGTH = 1
LINK_ONLY = 0.8


class LinkDensity(BlockFilter):
    name = "link_density"

    def __init__(self, max_density: float = MAX_LINK_DENSITY) -> None:
        self.max_density = max_density

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing:
            return out
        n = len(blocks)
        i = 0
        while i < n:
            block = blocks[i]
            if block.kind in (LIST_ITEM, TABLE_ROW):
                j = i
                while j < n and blocks[j].kind == block.kind and blocks[j].link_density >= LINK_ONLY:
                    j += 1
                if j - i >= RUN_LENGTH:
                    for k in range(i, j):
                        out[k] = f"link list ({j - i} linked items)"
                    i = j
                    continue
                i += 1
                continue
            density = block.link_density
            limit = self.max_density if len(block.text) < LONG_BLOCK else 0.8
            if block.kind == HEADING:
                limit = 0.9
            if density > limit and not (block.kind == HEADING and _introduces_prose(blocks, i)):
                out[i] = f"link density {density:.2f}"
            i += 1
        return out


def _introduces_prose(blocks, i: int) -> bool:
    """A linked heading followed by unlinked prose is a section's title (a permalink, a product
    name linked to its shop), not navigation; a teaser's title has no section under it."""
    if i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return nxt.kind != HEADING and nxt.link_density < 0.3 and is_prose(nxt)
