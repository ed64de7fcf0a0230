"""Kept blocks grouped the way both renderers need them: lists nested, tables and quotes whole.

A flat run of blocks becomes a sequence of parts: a heading, paragraph, code block or caption
(one block each), a quote (consecutive quote blocks), a table (consecutive rows of one table),
a list (consecutive list items, nested by their level), or an image placed where it stood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import LIST_ITEM, QUOTE, TABLE_ROW, Block, Image

# An item's own marker in its text: the number the segmenter put before an ordered item's
# text ("3. "), or a number or bullet an author or a text dump wrote ("2) ", "• ", "- ").
# Up to 9 digits: CommonMark's limit for a list number.
_ORDERED = re.compile(r"(\d{1,9})([.)]) +")
_BULLET = re.compile(r"[-*+•·▪–] +")


@dataclass(slots=True)
class Item:
    block: Block
    number: int | None  # ordered items: the number in the text
    content: int  # where the item's content starts in block.text (after its own marker)
    lists: list[ListPart] = field(default_factory=list)  # nested lists


@dataclass(slots=True)
class ListPart:
    ordered: bool
    items: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].number if self.ordered else 1  # type: ignore[return-value]


@dataclass(slots=True)
class Part:
    kind: str  # a block kind, or "list", "image"
    blocks: list[Block] = field(default_factory=list)
    list: ListPart | None = None
    image: Image | None = None


def parse_item(block: Block) -> Item:
    """A list item's number (ordered items) and where its content starts."""
    m = _ORDERED.match(block.text)
    if m and m.end() < len(block.text):
        return Item(block, int(m.group(1)), m.end())
    m = _BULLET.match(block.text)
    if m and m.end() < len(block.text):
        return Item(block, None, m.end())
    return Item(block, None, 0)


def _fits(part: ListPart, item: Item) -> bool:
    """True when ``item`` continues ``part`` (same kind; ordered: the next number)."""
    if part.ordered != (item.number is not None):
        return False
    return not part.ordered or item.number == part.items[-1].number + 1


def nest_items(blocks: Sequence[Block]) -> list[ListPart]:
    """Consecutive list items as lists, nested by level (a level deeper than its parent's
    next one is read as the next one: the item between was dropped)."""
    roots: list[ListPart] = []
    open_lists: list[ListPart] = []  # the innermost open list at each depth
    for block in blocks:
        item = parse_item(block)
        depth = min(max(block.level, 1), len(open_lists) + 1)
        del open_lists[depth:]
        if len(open_lists) == depth and _fits(open_lists[-1], item):
            open_lists[-1].items.append(item)
            continue
        part = ListPart(item.number is not None, [item])
        del open_lists[depth - 1:]
        if open_lists:
            open_lists[-1].items[-1].lists.append(part)
        else:
            roots.append(part)
        open_lists.append(part)
    return roots


def _same_table(a: Block, b: Block) -> bool:
    return (a.row.table if a.row else None) == (b.row.table if b.row else None)


def layout(blocks: Sequence[Block], images: Sequence[Image] = ()) -> list[Part]:
    """The blocks (and images, each before the block it stood before) as renderable parts."""
    by_block: dict[int, list[Image]] = {}
    for image in images:
        by_block.setdefault(image.block, []).append(image)
    parts: list[Part] = []
    run: list[Block] = []

    def close_run() -> None:
        if run:
            parts.extend(Part("list", list=lst) for lst in nest_items(run))
            run.clear()

    for i, block in enumerate(blocks):
        for image in by_block.get(i, ()):
            close_run()
            parts.append(Part("image", image=image))
        kind = block.kind
        if kind == LIST_ITEM:
            run.append(block)
            continue
        close_run()
        last = parts[-1] if parts else None
        if last and last.kind == kind == QUOTE:
            last.blocks.append(block)
        elif last and last.kind == kind == TABLE_ROW and _same_table(last.blocks[-1], block):
            last.blocks.append(block)
        else:
            parts.append(Part(kind, [block]))
    close_run()
    for image in by_block.get(len(blocks), ()):
        parts.append(Part("image", image=image))
    return parts


Cell = tuple  # (row block, start, end): the cell's text is block.text[start:end]


def table_cells(rows: Sequence[Block]) -> list[list[Cell | None]]:
    """A table's rows as a rectangle of cells: spans expanded (a spanning cell in its first
    column, the columns it covers empty: None), every row as wide as the widest."""
    placed = []
    width = 1
    for row in rows:
        cells = list(row.cells) if row.cells else _split_cells(row.text)
        if row.row is not None and len(row.row.columns) == len(cells):
            columns = list(row.row.columns)
            width = max(width, row.row.width, columns[-1] + 1 if columns else 1)
        else:
            columns = list(range(len(cells)))
            width = max(width, len(cells))
        placed.append((row, _cell_offsets(row.text, cells), columns))
    grid: list[list[Cell | None]] = []
    for row, offsets, columns in placed:
        line: list[Cell | None] = [None] * width
        for (start, end), col in zip(offsets, columns, strict=True):
            line[col] = (row, start, end)
        grid.append(line)
    return grid


def table_grid(rows: Sequence[Block]) -> list[list[str]]:
    """The texts of :func:`table_cells` ("" for an empty cell)."""
    return [[c[0].text[c[1]:c[2]] if c else "" for c in line] for line in table_cells(rows)]


def _cell_offsets(text: str, cells: list[str]) -> list[tuple[int, int]]:
    """Where each cell's text stands in the row's text (cells are joined with " | ")."""
    out, at = [], 0
    for cell in cells:
        found = text.find(cell, at)
        if found < 0:  # a row built elsewhere whose text does not hold its cells
            return [(0, 0)] * len(cells) if not out else out + [(at, at)] * (len(cells) - len(out))
        out.append((found, found + len(cell)))
        at = found + len(cell)
    return out


def _split_cells(text: str) -> list[str]:
    """A row without cells (built elsewhere): its text split where cells were joined."""
    separator = "\t" if "\t" in text else " | "
    return [cell.strip() for cell in text.split(separator)]
