"""The data objects every stage shares: Block, Removal, Metadata, Article."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

# Block kinds. Renderers (text, markdown) and filters rely on these names.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
TABLE_ROW = "table_row"
CODE = "code"
CAPTION = "caption"

# Inline mark kinds (HTML only): spans of a block's text that were a link, bold, italic or code.
LINK = "link"
STRONG = "strong"
EM = "em"
CODE_SPAN = "code"


class Mark(NamedTuple):
    """A span ``text[start:end]`` of a block that the page marked up (a link, bold, ...).

    ``href`` is the link target (links only): as written in the page until the article is
    built, then absolute (resolved against the page URL and ``<base href>``)."""

    start: int
    end: int
    kind: str
    href: str | None = None


class Row(NamedTuple):
    """Where a table row stands in its table (HTML only).

    ``columns`` gives, per cell of ``Block.cells``, the column it starts in once row and
    column spans are expanded; ``width`` is the number of columns the row spans."""

    table: int  # which table of the page (rows of one table share it)
    header: bool  # a header row (<th> cells only, or inside <thead>)
    columns: tuple[int, ...]
    width: int


@dataclass(slots=True)
class Block:
    """One unit of text: a paragraph, heading, list item, quote, table row, code or caption.

    ``tag``, ``words``, ``path`` and the rendering features (``marks``, ``lang``, ``indent``,
    ``row``) come from the DOM; they are ``None`` on the text path. ``pinned`` names a user
    keep rule.
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
    # Structure the renderers (Markdown, HTML) need; HTML path only, None elsewhere.
    marks: tuple[Mark, ...] | None = None  # inline links, bold, italic, code, in page order
    lang: str | None = None  # code blocks: the language the page names (class="language-x")
    indent: str | None = None  # code blocks: the first line's indentation, cut from ``text``
    row: Row | None = None  # table rows: table, header flag, column positions
    # What ``marks`` are computed from, until they are (segmentation leaves this; the article
    # resolves it for the blocks it keeps: html.segment.resolve_marks).
    marks_source: tuple | None = field(default=None, repr=False, compare=False)
    # The user rule (a keep selector) that pins the block in the article: no filter drops it.
    pinned: str | None = None
    # HTML: the element the block's own element sits in, numbered in page order; blocks that
    # share it are siblings (the verses of one song, the steps of one list). None on text.
    container: int | None = None
    # The shape of the block's place in the page: the block-level tags from <body> down to its
    # element ("/body/div/article/div/p", a tag nested right in itself written once). Site
    # profiles tell a template's repeated blocks by it.
    path: str | None = None

    @property
    def in_region(self) -> bool:
        return self.outside is None

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(frozen=True, slots=True)
class Image:
    """An image inside the article. ``src`` is absolute (lazy-load attributes resolved);
    ``block`` is the index in ``Article.blocks`` of the block it stands before
    (``len(blocks)``: after the last one)."""

    src: str
    alt: str = ""
    caption: str | None = None  # the text of its <figure>'s <figcaption>
    block: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"src": self.src, "alt": self.alt, "caption": self.caption, "block": self.block}


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment, kept apart from the article's text."""

    text: str
    author: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when the page gives one

    def to_dict(self) -> dict[str, Any]:
        return {"author": self.author, "date": self.date, "text": self.text}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of an article's text for retrieval: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    headings: tuple[str, ...] = ()  # the heading path above the chunk, outermost first

    def to_dict(self) -> dict[str, Any]:
        return {"headings": list(self.headings), "start": self.start, "end": self.end,
                "text": self.text}


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
    page_title: str | None = None  # the <title> as written ("Headline | Site")
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


@dataclass(frozen=True, slots=True)
class PageType:
    """What kind of page it is (article, listing, forum, product, documentation, service,
    other), the evidence for it and the points each type scored."""

    name: str
    evidence: tuple[str, ...]
    points: tuple[tuple[str, int], ...] = ()



#: Field metadata key saying how an Article field enters its record (``Article.to_dict()``,
#: the CLI's JSON, batch and Dask lines, explain): absent, the field is a record field in
#: declared order; ``OMIT``, it is not (bulky, with outputs of their own); ``LAST``, it comes
#: after the others (long texts, so a record reads well).
RECORD = "record"
OMIT = "omit"
LAST = "last"


@dataclass(slots=True)
class Article:
    """The public result of :func:`cleanarticle.clean`.

    Every field is in :meth:`to_dict` (and so in every record the CLI, batch and Dask write)
    unless its field metadata says ``{RECORD: OMIT}``: a new field needs no other edit.
    """

    text: str = field(default="", metadata={RECORD: LAST})
    title: str | None = None
    date: str | None = None
    author: str | None = None  # the authors joined with "; "
    authors: list[str] = field(default_factory=list)
    url: str | None = None  # the URL the caller gave, else the page's canonical URL
    canonical_url: str | None = None  # the URL the page declares for itself
    updated: str | None = None
    date_source: str | None = None
    sitename: str | None = None
    language: str | None = None  # declared by the page, else detected from the body text
    description: str | None = None
    image: str | None = None  # the lead image, absolute URL
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    source_kind: str = "html"  # "html" or "text"
    # The kept blocks, in order, and what was dropped: outputs of their own, not record fields.
    blocks: list[Block] = field(default_factory=list, metadata={RECORD: OMIT})
    removals: list[Removal] = field(default_factory=list, metadata={RECORD: OMIT})
    confidence: float = 0.0
    is_article: bool = False
    page_type: str | None = None  # article, listing, forum, product, documentation, service, other
    page_type_evidence: tuple[str, ...] = ()  # why, one line per piece of evidence
    images: list[Image] = field(default_factory=list)  # clean(..., images=True)
    comments: list[Comment] = field(default_factory=list)  # clean(..., comments=True)
    # The page was longer than the size cap (Options.max_chars, or the tag cap) and only its
    # beginning was cleaned.
    truncated: bool = False
    # metadata field -> where its value came from, and every candidate judged for it: in the
    # record only when asked (to_dict(with_evidence=True), explain)
    sources: dict[str, str] = field(default_factory=dict, metadata={RECORD: OMIT})
    evidence: dict[str, list[Candidate]] = field(default_factory=dict, metadata={RECORD: OMIT})

    @property
    def html(self) -> str:
        """The kept blocks as clean semantic HTML (no attributes but href, src, alt and an
        ordered list's start; no scripts, no event handlers, no javascript: URLs)."""
        from .render.html import render_html

        return render_html(self)

    @property
    def markdown(self) -> str:
        """The kept blocks as Markdown (CommonMark, GFM tables), images where they stood."""
        from .output import render_markdown

        return render_markdown(self)

    def chunks(self, max_chars: int = 2000) -> list[Chunk]:
        """The text cut into retrieval chunks of at most ``max_chars`` characters that follow
        the headings and never split a table row, list item or code block (one such block
        longer than ``max_chars`` is a chunk of its own). Each chunk has its heading path and
        its offsets in ``text``: ``text[chunk.start:chunk.end] == chunk.text``."""
        from .chunks import chunk_article

        return chunk_article(self, max_chars)

    def to_dict(self, *, with_removals: bool = False,
                with_evidence: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of every record field (removals, and the metadata's sources and
        evidence, too when asked)."""
        out = {name: jsonable(getattr(self, name)) for name in RECORD_FIELDS}
        if with_removals:
            out["removals"] = jsonable(self.removals)
        if with_evidence:
            out["sources"] = dict(self.sources)
            out["evidence"] = evidence_dict(self.evidence)
        return out


#: The page metadata an Article carries: the Metadata fields Article has too, in Article's order.
ARTICLE_METADATA: tuple[str, ...] = tuple(
    f.name for f in fields(Article)
    if f.name in {m.name for m in fields(Metadata)} and f.metadata.get(RECORD) != OMIT)


def _record_fields() -> tuple[str, ...]:
    fields_ = [f for f in dataclasses.fields(Article) if f.metadata.get(RECORD) != OMIT]
    return tuple(f.name for f in sorted(fields_, key=lambda f: f.metadata.get(RECORD) == LAST))


#: The record fields of an Article, in record order: derived from the dataclass, the one list.
RECORD_FIELDS: tuple[str, ...] = _record_fields()

#: Decimals kept for floats in records (confidence and the like).
_FLOAT_DIGITS = 3


def jsonable(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses as dicts, tuples as lists, dates in ISO form."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return round(value, _FLOAT_DIGITS)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        own = getattr(value, "to_dict", None)
        if own is not None and not isinstance(value, Article):
            return jsonable(own())  # its own record shape (Image, Comment, Chunk)
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def evidence_dict(evidence: dict[str, list[Candidate]]) -> dict[str, list[dict[str, str]]]:
    """The metadata's evidence as JSON: field -> [{value, source, verdict}, ...]."""
    return {name: [{"value": c.value, "source": c.source, "verdict": c.verdict} for c in cands]
            for name, cands in evidence.items()}
