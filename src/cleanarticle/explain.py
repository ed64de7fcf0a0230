"""Why each piece of a page was kept or dropped: ``cleanarticle.explain(page)``.

The page goes through the very same :func:`cleanarticle.clean` call; only the pipeline is
wrapped so that every filter's decisions are recorded against the block they concern (the
pipeline passes the same Block objects from filter to filter). So the explanation cannot drift
from what ``clean`` does. Structures pruned from the DOM before segmentation never become
blocks; the pruner leaves a marker where each stood, so they are placed among the blocks at
that spot.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .api import clean
from .document import Document
from .filters.base import BlockFilter
from .model import RECORD_FIELDS, Article, Block, Metadata, Removal, jsonable
from .options import Options
from .pipeline import Pipeline, default_pipeline, with_site

#: Kind given to structures the DOM pruner removed before segmentation (they are no blocks).
DOM_KIND = "structure"
# Metadata the explanation leaves out of its JSON: the JSON-LD body is the page's text again.
_METADATA_OMITTED = frozenset({"body_hint"})


@dataclass(frozen=True, slots=True)
class BlockFate:
    """One piece of the page and what became of it: a block, or a structure pruned whole."""

    position: int  # page order, from 0
    text: str
    kind: str  # a block kind (model.HEADING, ...) or DOM_KIND
    kept: bool
    filter: str | None = None  # the filter that dropped it (None when kept)
    reason: str | None = None
    block: Block | None = None  # None for structures pruned from the DOM

    @property
    def tag(self) -> str | None:
        return self.block.tag if self.block else None

    def to_dict(self) -> dict[str, Any]:
        b = self.block
        return {
            "position": self.position,
            "kept": self.kept,
            "filter": self.filter,
            "reason": self.reason,
            "kind": self.kind,
            "tag": self.tag,
            "in_region": b.in_region if b else None,
            "link_density": round(b.link_density, 3) if b else None,
            "pinned": b.pinned if b else None,  # the keep rule that kept the block, if one did
            "text": self.text,
        }


@dataclass(slots=True)
class Explanation:
    """Every block in page order with its fate (DOM-level drops among them), and the metadata."""

    article: Article
    metadata: Metadata
    blocks: list[BlockFate]
    listing: bool = False
    document: Document | None = field(default=None, repr=False)  # the pipeline's final state

    @property
    def kept(self) -> list[BlockFate]:
        return [f for f in self.blocks if f.kept]

    @property
    def dropped(self) -> list[BlockFate]:
        return [f for f in self.blocks if not f.kept]

    def counts(self) -> dict[str, int]:
        """Removals per filter, DOM pruning included, most frequent first."""
        return dict(Counter(f.filter or "" for f in self.blocks if not f.kept).most_common())

    def to_dict(self) -> dict[str, Any]:
        """``article``: the record of what clean() returned (``Article.to_dict()``);
        ``metadata``: every metadata field the page gave, with ``sources``; the counts; and
        every block in page order with its fate."""
        m = self.metadata
        return {
            "article": self.article.to_dict(),
            "listing": self.listing,
            "metadata": {f.name: jsonable(getattr(m, f.name)) for f in dataclasses.fields(m)
                         if f.name not in _METADATA_OMITTED},
            "counts": {"blocks": len(self.blocks), "kept": len(self.kept),
                       "removed": self.counts()},
            "blocks": [f.to_dict() for f in self.blocks],
        }


class _Trace:
    """What one run of the pipeline saw: the document, its blocks, and each drop."""

    def __init__(self) -> None:
        self.doc: Document | None = None
        self.blocks: list[Block] = []
        self.dom_count = 0
        self.fate: dict[int, tuple[str, str]] = {}  # id(block) -> (filter, reason)

    def start(self, doc: Document) -> None:
        self.doc = doc
        self.blocks = list(doc.blocks)
        self.dom_count = len(doc.removals)


class _TracedFilter(BlockFilter):
    """Runs a filter unchanged and notes which blocks it dropped and why."""

    def __init__(self, inner: BlockFilter, trace: _Trace) -> None:
        self.inner = inner
        self.name = inner.name
        self.trace = trace

    def decide(self, blocks: Sequence[Block], doc: Document) -> list[str | None]:
        reasons = self.inner.decide(blocks, doc)
        for block, reason in zip(blocks, reasons, strict=False):
            if reason is not None and not block.pinned:  # the pipeline keeps a pinned block
                self.trace.fate[id(block)] = (self.name, reason)
        return reasons


class _TracingPipeline(Pipeline):
    __slots__ = ("_trace",)

    def __init__(self, filters: Sequence[BlockFilter], trace: _Trace) -> None:
        super().__init__(_TracedFilter(f, trace) for f in filters)
        object.__setattr__(self, "_trace", trace)

    def run(self, doc: Document) -> Document:
        self._trace.start(doc)
        return super().run(doc)


def explain(page: str | bytes, url: str | None = None, **clean_kwargs: Any) -> Explanation:
    """Clean ``page`` as :func:`cleanarticle.clean` would and say what happened to every block.

    ``clean_kwargs`` are those of ``clean`` (``kind``, ``reference_date``, ``options``,
    ``pipeline``, ``site``, ...). Blocks come in page order, kept or dropped with the filter
    and its reason (site boilerplate with its share of the site's pages); structures the DOM
    pruner removed before segmentation come as items of kind ``DOM_KIND`` (no ``block``),
    placed where they stood in the page.
    """
    pipeline = clean_kwargs.pop("pipeline", None)
    site = clean_kwargs.pop("site", None)
    if pipeline is None:
        options = clean_kwargs.get("options")
        pipeline = default_pipeline(options if isinstance(options, Options) else None)
    if site is not None:  # in the traced pipeline, so that its drops are recorded too
        pipeline = with_site(pipeline, site, url)
    trace = _Trace()
    article = clean(page, url, pipeline=_TracingPipeline(tuple(pipeline), trace), **clean_kwargs)
    doc = trace.doc
    if doc is None:  # the page never reached the pipeline (unparsable, empty)
        items = [_dom_fate(r) for r in article.removals]
        return Explanation(article, _metadata_of(article), _numbered(items), document=None)
    items = []
    for block in trace.blocks:
        decided = trace.fate.get(id(block))
        if decided is None:
            items.append(BlockFate(0, block.text, block.kind, True, block=block))
        else:
            items.append(BlockFate(0, block.text, block.kind, False, decided[0], decided[1],
                                   block=block))
    dom = [_dom_fate(r) for r in article.removals[:trace.dom_count]]
    if dom:
        items = _in_page_order(items, dom, doc.pruned_at)
    return Explanation(article, doc.metadata, _numbered(items), listing=doc.listing,
                       document=doc)


def _dom_fate(r: Removal) -> BlockFate:
    return BlockFate(0, r.text, DOM_KIND, False, r.filter, r.reason)


def _numbered(items: list[BlockFate]) -> list[BlockFate]:
    return [BlockFate(i, f.text, f.kind, f.kept, f.filter, f.reason, f.block)
            for i, f in enumerate(items)]


def _in_page_order(blocks: list[BlockFate], dom: list[BlockFate],
                   positions: Sequence[int]) -> list[BlockFate]:
    """Merge the pruned structures into the blocks where the pruner's markers stood."""
    out: list[BlockFate] = []
    k = 0
    for i, f in enumerate(blocks):
        while k < len(dom) and k < len(positions) and positions[k] <= i:
            out.append(dom[k])
            k += 1
        out.append(f)
    out.extend(dom[k:])
    return out


def _metadata_of(article: Article) -> Metadata:
    """The metadata of a page that never reached the pipeline: what its Article carries."""
    names = {f.name for f in dataclasses.fields(Metadata)}
    return Metadata(**{name: getattr(article, name) for name in RECORD_FIELDS if name in names})


__all__ = ["BlockFate", "Explanation", "explain"]
