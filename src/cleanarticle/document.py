"""The working document that flows through the pipeline (not public API)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Block, Comment, Metadata, PageType, Removal
from .page_type import ARTICLE

if TYPE_CHECKING:
    from .site_rules import PageRules


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
    page_type: PageType | None = None  # the decided type and its evidence
    rules: PageRules | None = None  # the user rules for this page (its host's and every page's)
    base_url: str | None = None  # what relative links and image sources resolve against
    # The blocks as the front end made them (``blocks`` is replaced by each filter's survivors).
    segmented: list[Block] = field(default_factory=list)
    # HTML, when asked for: images as (index in ``segmented`` they stand before, <img>), and
    # reader comments with the blocks that hold their text (a comment kept as content is not
    # one to report apart).
    images: list[tuple[int, Any]] = field(default_factory=list)
    comments: list[tuple[Comment, list[Block]]] = field(default_factory=list)
    truncated: bool = False  # the page was above the size cap: only its beginning is here

    @property
    def is_article(self) -> bool:
        """Whether the page was decided (or forced) to be an article."""
        return self.page_type is not None and self.page_type.name == ARTICLE
