"""Tail junk: what follows the article's last paragraph of prose. Headings with no prose left
to introduce, linked teasers and short fragments there are page furniture (more links, a
publisher's line, "Published in", an agency code), not the end of the article."""

from __future__ import annotations

from ..model import HEADING, LIST_ITEM, TABLE_ROW
from ..rules.prose import ends_sentence, is_prose
from .base import BlockFilter

#: Fragments after the last prose block shorter than this, not ending a sentence, are dropped.
SHORT_CHARS = 40
#: Linked blocks after the last prose block at or above this link share are teasers.
LINKED = 0.5


class TailJunk(BlockFilter):
    name = "tail"

    def decide(self, blocks, doc):
        out: list[str | None] = [None] * len(blocks)
        if doc.listing:
            return out
        last = -1
        for i in range(len(blocks) - 1, -1, -1):
            if is_prose(blocks[i]):
                last = i
                break
        if last < 0:
            return out
        for i in range(last + 1, len(blocks)):
            block = blocks[i]
            if block.link_density >= LINKED:
                out[i] = "linked item after the article"
            elif block.kind == HEADING:
                out[i] = "heading after the article's last paragraph"
            elif (
                block.kind not in (LIST_ITEM, TABLE_ROW)
                and len(block.text) < SHORT_CHARS
                and not ends_sentence(block.text)
            ):
                out[i] = "fragment after the article"
        return out
