"""Small block and document factories for the block-filter tests."""

from __future__ import annotations

from cleanarticle.document import Document
from cleanarticle.model import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Metadata

# Running text long enough to count as prose for every filter (>= 80 chars, >= 12 words).
PROSE = (
    "The council voted on Monday to repair the old bridge, ending a debate that had lasted "
    "through three budget cycles and two elections."
)
PROSE_2 = (
    "Engineers told the council the work would take six months and that a detour through the "
    "old town would carry traffic while the deck is replaced."
)
PROSE_3 = (
    "Residents who spoke at the meeting asked whether the ferry could run more often during the "
    "repairs, and the harbour master said he would look into it."
)
# One paragraph longer than 300 characters.
LONG_PROSE = " ".join((PROSE, PROSE_2, PROSE_3))


def para(text: str, links: int = 0) -> Block:
    return Block(text, PARAGRAPH, link_chars=links)


def linked(text: str, kind: str = PARAGRAPH, level: int = 0) -> Block:
    """A block whose whole text is a link (a headline in a rail, a menu entry)."""
    return Block(text, kind, link_chars=len(text), level=level)


def heading(text: str, level: int = 2) -> Block:
    return Block(text, HEADING, level=level)


def item(text: str, links: int = 0) -> Block:
    return Block(text, LIST_ITEM, link_chars=links, level=1)


def row(*cells: str, links: int = 0) -> Block:
    text = " | ".join(cells)
    return Block(text, TABLE_ROW, link_chars=links, cells=cells)


def caption(text: str) -> Block:
    return Block(text, CAPTION)


def as_blocks(*items: Block | str) -> list[Block]:
    """Strings become plain paragraphs; blocks pass through."""
    return [b if isinstance(b, Block) else para(b) for b in items]


def make_doc(blocks, *, source_kind: str = "html", title: str | None = None,
             listing: bool = False, page_type: str | None = None,
             page_title: str | None = None) -> Document:
    return Document(source_kind, list(blocks),
                    Metadata(title=title, page_type=page_type, page_title=page_title),
                    listing=listing)


def decide(flt, *items, **doc_kw) -> list[str | None]:
    blocks = as_blocks(*items)
    return flt.decide(blocks, make_doc(blocks, **doc_kw))


def kept(flt, *items, **doc_kw) -> list[str]:
    """The texts the filter keeps, in order."""
    blocks = as_blocks(*items)
    reasons = flt.decide(blocks, make_doc(blocks, **doc_kw))
    assert len(reasons) == len(blocks)
    return [b.text for b, r in zip(blocks, reasons, strict=True) if r is None]


def dropped(flt, text: str | Block, **doc_kw) -> bool:
    """Whether the filter drops this block when it stands between two prose paragraphs."""
    reasons = decide(flt, PROSE, text, PROSE_2, **doc_kw)
    return reasons[1] is not None
