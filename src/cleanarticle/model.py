"""The data objects every stage shares: Block, Removal, Metadata, Article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Block kinds. Renderers (text, markdown) and filters rely on these names.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
TABLE_ROW = "table_row"
CODE = "code"
CAPTION = "caption"


@dataclass(slots=True)
class Block:
    """One unit of text: a paragraph, heading, list item, quote, table row, code or caption.

    ``tag``, ``words`` and ``depth`` come from the DOM; they are ``None`` on the text path.
    """

    text: str
    kind: str = PARAGRAPH
    link_chars: int = 0
    level: int = 0  # heading level (1-6), list nesting for list items
    tag: str | None = None
    words: str | None = None  # class/id words of the block and its ancestors in the region
    # Why a front end placed the block outside the article (outside the main-content region,
    # outside a text page's article span, a repeated label); None inside. The region filter
    # drops these blocks with this reason.
    outside: str | None = None
    cells: tuple[str, ...] | None = None  # table rows: the cell texts (text joins them with " | ")

    @property
    def in_region(self) -> bool:
        return self.outside is None

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(frozen=True, slots=True)
class Removal:
    """Why a piece of the page was dropped: which filter and the reason it gave."""

    filter: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value a metadata reader found for a field: the value, where it was found, and
    what became of it ("chosen", or why it was passed over)."""

    value: str
    source: str
    verdict: str = ""


@dataclass(slots=True)
class Metadata:
    """Typed page metadata. ``*_source`` fields name where a value came from."""

    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, the published date
    updated: str | None = None  # ISO YYYY-MM-DD, last modification
    date_source: str | None = None
    author: str | None = None  # the authors joined with "; "
    authors: list[str] = field(default_factory=list)
    sitename: str | None = None
    language: str | None = None
    url: str | None = None  # the URL the caller gave
    canonical_url: str | None = None  # <link rel=canonical>, og:url
    description: str | None = None
    image: str | None = None  # the lead image, absolute URL
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    body_hint: str | None = None  # JSON-LD articleBody, a hint for the main-content region
    page_type: str | None = None  # JSON-LD/OpenGraph type when declared (e.g. "article")
    sources: dict[str, str] = field(default_factory=dict)  # field -> source
    # field -> every candidate value the readers found, in the order they were judged
    evidence: dict[str, list[Candidate]] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """The public result of :func:`cleanarticle.clean`."""

    text: str = ""
    title: str | None = None
    date: str | None = None
    author: str | None = None  # the authors joined with "; "
    authors: list[str] = field(default_factory=list)
    url: str | None = None  # the URL the caller gave, else the page's canonical URL
    canonical_url: str | None = None  # the URL the page declares for itself
    updated: str | None = None
    date_source: str | None = None
    sitename: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None  # the lead image, absolute URL
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    source_kind: str = "html"  # "html" or "text"
    blocks: list[Block] = field(default_factory=list)  # the kept blocks, in order
    removals: list[Removal] = field(default_factory=list)
    confidence: float = 0.0
    is_article: bool = False
    # metadata field -> where its value came from, and every candidate judged for it
    sources: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, list[Candidate]] = field(default_factory=dict)

    def to_dict(self, *, with_removals: bool = False,
                with_evidence: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of the result (removals and the metadata's evidence only when
        asked)."""
        out: dict[str, Any] = {
            "title": self.title,
            "date": self.date,
            "updated": self.updated,
            "date_source": self.date_source,
            "author": self.author,
            "authors": list(self.authors),
            "url": self.url,
            "canonical_url": self.canonical_url,
            "sitename": self.sitename,
            "language": self.language,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "categories": list(self.categories),
            "source_kind": self.source_kind,
            "confidence": round(self.confidence, 3),
            "is_article": self.is_article,
            "text": self.text,
        }
        if with_removals:
            out["removals"] = [
                {"filter": r.filter, "reason": r.reason, "text": r.text} for r in self.removals
            ]
        if with_evidence:
            out["sources"] = dict(self.sources)
            out["evidence"] = evidence_dict(self.evidence)
        return out


def evidence_dict(evidence: dict[str, list[Candidate]]) -> dict[str, list[dict[str, str]]]:
    """The metadata's evidence as JSON: field -> [{value, source, verdict}, ...]."""
    return {name: [{"value": c.value, "source": c.source, "verdict": c.verdict} for c in cands]
            for name, cands in evidence.items()}
