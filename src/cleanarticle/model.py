"""The data objects every stage shares: Block, Removal, Metadata, Article."""

from __future__ import annotations

import dataclasses
import datetime as dt
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


@dataclass(slots=True)
class Metadata:
    """Typed page metadata. ``*_source`` fields name where a value came from."""

    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, the published date
    updated: str | None = None  # ISO YYYY-MM-DD, last modification
    date_source: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    body_hint: str | None = None  # JSON-LD articleBody, a hint for the main-content region
    page_type: str | None = None  # JSON-LD/OpenGraph type when declared (e.g. "article")
    sources: dict[str, str] = field(default_factory=dict)  # field -> source


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
    author: str | None = None
    url: str | None = None  # the URL the caller passed; else the page's own (canonical) URL
    updated: str | None = None
    date_source: str | None = None
    sitename: str | None = None
    language: str | None = None  # declared by the page, else detected from the body text
    description: str | None = None
    source_kind: str = "html"  # "html" or "text"
    # The kept blocks, in order, and what was dropped: outputs of their own, not record fields.
    blocks: list[Block] = field(default_factory=list, metadata={RECORD: OMIT})
    removals: list[Removal] = field(default_factory=list, metadata={RECORD: OMIT})
    confidence: float = 0.0
    is_article: bool = False
    # The page was longer than the size cap (Options.max_chars, or the tag cap) and only its
    # beginning was cleaned.
    truncated: bool = False

    def to_dict(self, *, with_removals: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of every record field (removals too when asked)."""
        out = {name: jsonable(getattr(self, name)) for name in RECORD_FIELDS}
        if with_removals:
            out["removals"] = jsonable(self.removals)
        return out


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
