"""The region filter: drops the blocks a front end placed outside the article (HTML: outside
the main-content region it chose; text: outside the article's span of lines)."""

from __future__ import annotations

from .base import BlockFilter


class OutsideRegion(BlockFilter):
    """Drops the blocks a front end placed outside the article, with the front end's reason."""

    name = "region"

    def check(self, blocks, i, doc) -> str | None:
        return blocks[i].outside
