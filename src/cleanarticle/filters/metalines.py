"""Metadata lines inside the body: bylines, date lines, relative timestamps, the title again."""

from __future__ import annotations

from ..meta.byline import is_byline
from ..meta.dates import is_dateline
from ..rules.phrases import normalize
from .base import BlockFilter

#: Byline and date predicates only judge blocks up to this length.
MAX_CHARS = 160


class MetadataLines(BlockFilter):
    name = "metadata_lines"

    def decide(self, blocks, doc):
        title = normalize(doc.metadata.title or "")
        out: list[str | None] = []
        for block in blocks:
            text = block.text
            reason = None
            if len(text) <= MAX_CHARS:
                if title and normalize(text) == title:
                    reason = "repeats the title"
                if reason is None and is_dateline(text):
                    reason = "date line"
                elif reason is None and is_byline(text):
                    reason = "byline"
            out.append(reason)
        return out
