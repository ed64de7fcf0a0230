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
