"""Tail junk: what follows the article's last paragraph of prose. Headings with no prose left
to introduce, linked teasers and short fragments there are page furniture (more links, a
publisher's line, "Published in", an agency code), not the end of the article."""

from __future__ import annotations

from ..model import HEADING, LIST_ITEM, TABLE_ROW
from ..rules.prose import ends_sentence, is_prose, word_count
from .base import BlockFilter

#: Fragments after the last prose block shorter than this, not ending a sentence, are dropped.
SHORT_CHARS = 40
#: Linked blocks after the last prose block at or above this link share are teasers.
LINKED = 0.5
#: A sentence of at least this many words that ends with a colon ("The board asked for the
#: following before a final vote:") announces the run of short lines right after it: its
#: list, which a text dump writes without bullets. ("Share this:", "Filed under:" are
#: shorter.)
ANNOUNCE_WORDS = 5


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
        announced = False  # in the short lines right after a line that announces them
        for i in range(last + 1, len(blocks)):
            block = blocks[i]
            fragment = (block.kind not in (LIST_ITEM, TABLE_ROW) and len(block.text) < SHORT_CHARS
                        and not ends_sentence(block.text))
            if block.link_density >= LINKED:
                out[i] = "linked item after the article"
            elif block.kind == HEADING:
                out[i] = "heading after the article's last paragraph"
            elif fragment and not announced:
                out[i] = "fragment after the article"
            # The announced list is the run of short lines right after its announcement.
            kept = out[i] is None
            announced = kept and (_announces(block.text) or (announced and fragment))
        return out


def _announces(text: str) -> bool:
    return text.endswith(":") and word_count(text) >= ANNOUNCE_WORDS
