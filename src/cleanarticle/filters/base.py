"""The block filter base class: one question per block, a reason to drop it or None."""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Document
from ..model import Block


class BlockFilter:
    """Subclasses set ``name`` and implement ``check`` (per block) or ``decide`` (whole run).

    A filter sees only the blocks that earlier filters kept, in page order, so "the next block"
    means the next surviving one. Parameters come in through ``__init__``; filters hold no
    state between pages.
    """

    name = "block"

    def decide(self, blocks: Sequence[Block], doc: Document) -> list[str | None]:
        return [self.check(blocks, i, doc) for i in range(len(blocks))]

    def check(self, blocks: Sequence[Block], i: int, doc: Document) -> str | None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
