"""The pipeline: an ordered, immutable, picklable sequence of block filters."""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document
from .filters.authorbox import AuthorBox
from .filters.base import BlockFilter
from .filters.closing import ClosingRun
from .filters.credits import Captions, Credits
from .filters.dedup import Duplicates
from .filters.density import LinkDensity
from .filters.headings import OrphanHeadings
from .filters.metalines import MetadataLines
from .filters.notices import Notices
from .filters.promos import PublisherBoxes
from .filters.rails import Rails
from .filters.region import OutsideRegion
from .filters.reviews import CustomerReviews
from .filters.site import SiteBoilerplate
from .filters.tail import TailJunk
from .filters.teasers import TeaserCards
from .filters.user import UserRules
from .filters.widgets import Widgets
from .model import Removal
from .options import Options


class Pipeline:
    """An immutable sequence of block filters. Change it by building a new one."""

    __slots__ = ("_filters",)

    def __init__(self, filters: Iterable[BlockFilter]) -> None:
        filters = tuple(filters)
        names = [f.name for f in filters]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate filter names in pipeline: {names}")
        object.__setattr__(self, "_filters", filters)

    def __setattr__(self, name, value):
        raise AttributeError("Pipeline is immutable; use without()/insert_after()/replace()")

    def __reduce__(self):
        return (Pipeline, (self._filters,))

    @property
    def filters(self) -> tuple[BlockFilter, ...]:
        return self._filters

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self._filters)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no filter named {name!r}; filters: {', '.join(self.names)}") from None

    def without(self, *names: str) -> Pipeline:
        for name in names:
            self._index(name)
        return Pipeline(f for f in self._filters if f.name not in names)

    def insert_after(self, name: str, new: BlockFilter) -> Pipeline:
        i = self._index(name) + 1
        return Pipeline(self._filters[:i] + (new,) + self._filters[i:])

    def insert_before(self, name: str, new: BlockFilter) -> Pipeline:
        i = self._index(name)
        return Pipeline(self._filters[:i] + (new,) + self._filters[i:])

    def replace(self, name: str, new: BlockFilter) -> Pipeline:
        i = self._index(name)
        return Pipeline(self._filters[:i] + (new,) + self._filters[i + 1:])

    def __iter__(self):
        return iter(self._filters)

    def __len__(self) -> int:
        return len(self._filters)

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"

    def run(self, doc: Document) -> Document:
        """Apply each filter in turn; dropped blocks go to ``doc.removals`` with their reason.
        A block a user's keep rule pinned is never dropped."""
        for f in self._filters:
            if not doc.blocks:
                break
            reasons = f.decide(doc.blocks, doc)
            kept = []
            for block, reason in zip(doc.blocks, reasons, strict=False):
                if reason is None or block.pinned:
                    kept.append(block)
                else:
                    doc.removals.append(Removal(f.name, reason, block.text))
            doc.blocks = kept
        return doc


def default_pipeline(options: Options | None = None) -> Pipeline:
    """The block filters cleanarticle runs by default, in order."""
    return Pipeline((
        UserRules(),
        OutsideRegion(),
        Widgets(),
        Notices(),
        MetadataLines(),
        AuthorBox(),
        Rails(),
        TeaserCards(),
        CustomerReviews(),
        Credits(),
        Captions(),
        LinkDensity(),
        Duplicates(),
        TailJunk(),
        PublisherBoxes(),
        ClosingRun(),
        OrphanHeadings(),
    ))


def with_site(pipeline: Pipeline, site, url: str | None = None) -> Pipeline:
    """``pipeline`` with the site filter, using ``site`` (a SiteProfile or SiteProfiles) for a
    page fetched from ``url``: right after the tail filter (which then judges the page as it
    does without a profile), before the closing and orphan-heading filters (which then see
    what the site filter left). A site filter already in it is replaced."""
    new = SiteBoilerplate(site, url)
    if SiteBoilerplate.name in pipeline.names:
        return pipeline.replace(SiteBoilerplate.name, new)
    if TailJunk.name in pipeline.names:
        return pipeline.insert_after(TailJunk.name, new)
    return Pipeline((*pipeline.filters, new))
