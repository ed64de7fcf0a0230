"""Why each piece of a page was kept or dropped: ``cleanarticle.explain(page)``.

The page goes through the very same :func:`cleanarticle.clean` call; only the pipeline is
wrapped so that every filter's decisions are recorded against the block they concern (the
pipeline passes the same Block objects from filter to filter). So the explanation cannot drift
from what ``clean`` does. Structures pruned from the DOM before segmentation never become
blocks; they are placed among the blocks where their text first occurs in the page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.etree

from .api import clean
from .document import Document
from .filters.base import BlockFilter
from .filters.dom import JUNK_TAGS
from .model import Article, Block, Metadata, Removal
from .options import Options
from .parse.html import parse_html
from .pipeline import Pipeline, default_pipeline

#: Kind given to structures the DOM pruner removed before segmentation (they are no blocks).
DOM_KIND = "structure"
#: Non-space characters of an item's text used to find it in the page.
_KEY_CHARS = 40
_METADATA_FIELDS = ("title", "date", "updated", "author", "sitename", "language", "url",
                    "description", "page_type")


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
        m = self.metadata
        a = self.article
        return {
            "source_kind": a.source_kind,
            "confidence": round(a.confidence, 3),
            "is_article": a.is_article,
            "listing": self.listing,
            "metadata": {
                **{name: getattr(m, name) for name in _METADATA_FIELDS},
                "date_source": m.date_source,
                "sources": dict(m.sources),
            },
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
            if reason is not None:
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
    ``pipeline``, ...). Blocks come in page order, kept or dropped with the filter and its
    reason; structures the DOM pruner removed before segmentation come as items of kind
    ``DOM_KIND`` (no ``block``), placed where their text first occurs in the page.
    """
    pipeline = clean_kwargs.pop("pipeline", None)
    if pipeline is None:
        options = clean_kwargs.get("options")
        pipeline = default_pipeline(options if isinstance(options, Options) else None)
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
        options = clean_kwargs.get("options")
        items = _in_page_order(page, items, dom, options if isinstance(options, Options)
                               else Options())
    return Explanation(article, doc.metadata, _numbered(items), listing=doc.listing,
                       document=doc)


def _dom_fate(r: Removal) -> BlockFate:
    return BlockFate(0, r.text, DOM_KIND, False, r.filter, r.reason)


def _numbered(items: list[BlockFate]) -> list[BlockFate]:
    return [BlockFate(i, f.text, f.kind, f.kept, f.filter, f.reason, f.block)
            for i, f in enumerate(items)]


def _key(text: str) -> str:
    # Table rows join their cells with " | "; the first cell is what the page spells out.
    return "".join(text.split(" | ", 1)[0].split())[:_KEY_CHARS]


def _in_page_order(page: str | bytes, blocks: list[BlockFate], dom: list[BlockFate],
                   options: Options) -> list[BlockFate]:
    """Merge the pruned structures into the blocks by where their text is in the page.

    Offsets come from the page's text with all whitespace removed: blocks are found one after
    the other, a pruned structure at the first occurrence of its text. An item not found keeps
    its place (blocks) or goes last (structures).
    """
    root = parse_html(page, max_chars=options.max_chars)
    if root is None:
        return blocks + dom
    lxml.etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    body = root.find("body")
    flat = "".join("".join((body if body is not None else root).itertext()).split())
    placed: list[tuple[int, int, int, BlockFate]] = []
    cursor = 0
    for i, f in enumerate(blocks):
        key = _key(f.text)
        at = flat.find(key, cursor) if key else -1
        if at >= 0:
            cursor = at + len(key)
        placed.append((at if at >= 0 else cursor, 1, i, f))
    for i, f in enumerate(dom):
        key = _key(f.text)
        at = flat.find(key) if key else -1
        placed.append((at if at >= 0 else len(flat), 0, i, f))
    placed.sort(key=lambda t: t[:3])
    return [t[3] for t in placed]


def _metadata_of(article: Article) -> Metadata:
    return Metadata(title=article.title, date=article.date, updated=article.updated,
                    date_source=article.date_source, author=article.author,
                    sitename=article.sitename, language=article.language, url=article.url,
                    description=article.description)


def main(argv: Sequence[str] | None = None) -> int:
    """``cleanarticle explain PAGE [-o report.html] [--format html|json]``."""
    parser = argparse.ArgumentParser(
        prog="cleanarticle explain",
        description="Show why each block of a page was kept or removed: an HTML report "
                    "(self-contained) or JSON.")
    parser.add_argument("page", help="an HTML or text file ('-' for stdin)")
    parser.add_argument("-o", "--output", default="-", help="output file (default stdout)")
    parser.add_argument("--format", choices=("html", "json"), default=None,
                        help="html (default, or from -o's suffix) or json")
    parser.add_argument("--url", help="the page's URL (helps dates and links)")
    parser.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
    parser.add_argument("--reference-date", help="YYYY-MM-DD for relative dates")
    try:
        ns = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    fmt = ns.format or ("json" if ns.output.endswith(".json") else "html")
    try:
        data = sys.stdin.buffer.read() if ns.page == "-" else _read(Path(ns.page))
    except OSError as exc:
        print(f"cleanarticle explain: {ns.page}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    exp = explain(data, ns.url, kind=ns.kind, reference_date=ns.reference_date)
    if fmt == "json":
        out = json.dumps(exp.to_dict(), ensure_ascii=False, indent=1) + "\n"
    else:
        from .report import render_report

        out = render_report(exp, source=ns.page)
    try:
        if ns.output == "-":
            sys.stdout.write(out)
        else:
            Path(ns.output).write_text(out, encoding="utf-8")
    except OSError as exc:
        print(f"cleanarticle explain: {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    return data


__all__ = ["BlockFate", "Explanation", "explain", "main"]
