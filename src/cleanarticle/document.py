"""The working document that flows through the pipeline (not public API)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Block, Metadata, Removal


@dataclass(slots=True)
class Document:
    """One page being cleaned: where it came from, its blocks, metadata and what was dropped."""

    source_kind: str  # "html" or "text"
    blocks: list[Block]
    metadata: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    listing: bool = False  # little prose: a listing, home or product page; links are content
    # HTML: per structure the DOM pruner dropped (the first removals, in page order), the index
    # of the block it stood before in ``blocks`` as segmented (explain places them by it).
    pruned_at: list[int] = field(default_factory=list)
    truncated: bool = False  # the page was above the size cap: only its beginning is here
