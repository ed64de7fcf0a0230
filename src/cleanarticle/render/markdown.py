"""An Article as Markdown: CommonMark, with GFM pipe tables.

Every text is escaped so that it renders back to itself: the round trip (Markdown → HTML →
text) gives each kept block's text (tests/unit/render and benchmarks/markdown_roundtrip.py).
Marks that Markdown cannot express where they stand (bold starting with punctuation right
after a letter) are left out rather than written as stray asterisks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..model import CAPTION, CODE, CODE_SPAN, EM, HEADING, LINK, QUOTE, STRONG, TABLE_ROW, Article, Block
from .inline import Span, can_emphasize, inline_tree, is_punctuation
from .layout import Item, ListPart, Part, layout, table_cells

# Characters escaped wherever they stand in text; "_" only at a word's edge (inside a word it
# cannot delimit emphasis), "&" only before what reads as an entity, "~" only doubled (GFM
# strikethrough). ">" matters at the start of a line only (a quote): see _LINE_START.
_ESCAPE = re.compile(r"[\\`*\[\]<]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)|~(?=~)")
# What would start a block at the beginning of a line: an ATX heading, a quote, a list item,
# a thematic break ("- - -", "___"), a numbered item, a table pipe.
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|[>+|-]|(\d+)[.)](?=\s|$))")


def escape(text: str) -> str:
    """Text escaped for inline Markdown."""
    return _ESCAPE.sub(lambda m: "\\" + m.group(), text)


def _protect_edges(text: str) -> str:
    """White space at either end of a block (no-break spaces the page put there) as character
    references: Markdown would strip it."""
    if not text or not (text[0].isspace() or text[-1].isspace()):
        return text
    body = text.strip()
    if not body:
        return "".join(f"&#{ord(c)};" for c in text)
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return "".join(f"&#{ord(c)};" for c in lead) + body + "".join(f"&#{ord(c)};" for c in trail)


def _escape_line_start(text: str) -> str:
    if "\n" in text:
        return "\n".join(_escape_line_start(line) for line in text.split("\n"))
    m = _LINE_START.match(text)
    if not m:
        return text
    if m.group(1):
        return m.group(1) + "\\" + text[m.end(1):]
    return "\\" + text


def _url(url: str) -> str:
    return (url.replace("\\", "%5C").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
            .replace("<", "%3C").replace(">", "%3E").replace("|", "%7C"))


def _code_span(content: str) -> str:
    if not content.strip():
        return escape(content)
    run = max((len(r) for r in re.findall(r"`+", content)), default=0)
    ticks = "`" * (run + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return f"{ticks}{pad}{content}{pad}{ticks}"


def _inline(nodes: Sequence[str | Span], text: str, active: frozenset = frozenset()) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(escape(node))
            continue
        kind = node.kind
        if kind == CODE_SPAN:
            out.append(_code_span(node.plain()))
            continue
        inner = _inline(node.children, text, active | {kind})
        if kind in active:  # bold inside bold, a link inside a link: once is enough
            out.append(inner)
        elif kind == LINK and node.href:
            if out and out[-1].endswith("!") and not out[-1].endswith("\\!"):
                out[-1] = out[-1][:-1] + "\\!"  # "![" would make the link an image
            out.append(f"[{inner}]({_url(node.href)})")
        elif kind in (STRONG, EM) and can_emphasize(text, node.start, node.end):
            if kind == STRONG:
                out.append(f"**{inner}**")
            else:
                # "_" reads better, but only opens and closes next to space or punctuation.
                before = text[node.start - 1] if node.start else " "
                after = text[node.end] if node.end < len(text) else " "
                edges = all(c.isspace() or is_punctuation(c) for c in (before, after))
                mark = "_" if edges else "*"
                out.append(f"{mark}{inner}{mark}")
        else:
            out.append(inner)
    return "".join(out)


def inline_markdown(block: Block, start: int = 0, *, drop: tuple[str, ...] = ()) -> str:
    """A block's text (from ``start``) as inline Markdown; marks of kinds in ``drop`` left out."""
    marks = block.marks
    if marks and drop:
        marks = tuple(m for m in marks if m.kind not in drop)
    return _protect_edges(_inline(inline_tree(block.text, marks, start), block.text))


def _list(part: ListPart, indent: str, marker_style: int) -> list[str]:
    lines: list[str] = []
    for item in part.items:
        lines.extend(_item(item, part, indent, marker_style))
    return lines


def _item(item: Item, part: ListPart, indent: str, style: int) -> list[str]:
    if part.ordered:
        marker = f"{item.number}{'.)'[style]} "
    else:
        marker = "-*"[style] + " "
    content = _escape_line_start(inline_markdown(item.block, item.content))
    lines = [indent + marker + content]
    child_indent = indent + " " * len(marker)
    for k, nested in enumerate(item.lists):
        if nested.ordered and nested.start != 1:
            # Only a list starting at 1 may interrupt the item's text: a blank line first.
            lines.append("")
        # Lists side by side at one depth need different markers, or they merge into one.
        lines.extend(_list(nested, child_indent, k % 2))
    return lines


def _table(rows: list[Block]) -> str:
    grid = table_cells(rows)

    def cell(c) -> str:
        if c is None:
            return ""
        block, start, end = c
        # GFM reads "\|" as a pipe in the cell, code spans included.
        return _inline(inline_tree(block.text, block.marks, start, end), block.text).replace("|", "\\|")

    def line(cells) -> str:
        return "| " + " | ".join(cell(c) for c in cells) + " |"

    out = [line(grid[0]), "|" + "|".join(" --- " for _ in grid[0]) + "|"]
    out.extend(line(cells) for cells in grid[1:])
    return "\n".join(out)


def _code(block: Block) -> str:
    # Markdown has one line ending: CRLF and CR lines become LF lines.
    body = ((block.indent or "") + block.text).replace("\r\n", "\n").replace("\r", "\n")
    run = max((len(r) for r in re.findall(r"`{3,}", body)), default=2)
    fence = "`" * (run + 1)
    return f"{fence}{block.lang or ''}\n{body}\n{fence}"


def _heading(block: Block) -> str:
    text = inline_markdown(block)
    if text.endswith("#"):  # a closing run of "#" would be cut from the heading
        text = text[:-1] + "\\#"
    return "#" * min(max(block.level, 1), 6) + " " + text


def _image(part: Part) -> str:
    image = part.image
    assert image is not None
    return f"![{escape(image.alt)}]({_url(image.src)})"


def _part(part: Part, list_style: int) -> str:
    kind = part.kind
    if kind == "list":
        assert part.list is not None
        return "\n".join(_list(part.list, "", list_style))
    if kind == "image":
        return _image(part)
    block = part.blocks[0]
    if kind == HEADING:
        return _heading(block)
    if kind == QUOTE:
        return "\n>\n".join("> " + _escape_line_start(inline_markdown(b)) for b in part.blocks)
    if kind == TABLE_ROW:
        return _table(part.blocks)
    if kind == CODE:
        return _code(block)
    if kind == CAPTION:
        caption = inline_markdown(block, drop=(EM,))
        return f"_{caption}_" if can_emphasize(block.text, 0, len(block.text)) else _escape_line_start(caption)
    return _escape_line_start(inline_markdown(block))


def markdown_body(blocks: Sequence[Block], images: Sequence = ()) -> str:
    """Blocks (and images) as Markdown, parts separated by a blank line."""
    out: list[str] = []
    previous: Part | None = None
    list_style = 0
    for part in layout(blocks, images):
        if part.kind == "list":
            # Two lists in a row of the same kind would merge: switch the marker.
            same = previous is not None and previous.kind == "list" and previous.list is not None \
                and part.list is not None and previous.list.ordered == part.list.ordered
            list_style = 1 - list_style if same else 0
        out.append(_part(part, list_style))
        previous = part
    return "\n\n".join(out)


def front_matter(article: Article, fields: Sequence[str]) -> str:
    """YAML front matter with the article's metadata (JSON scalars are YAML scalars)."""
    lines = ["---"]
    for name in fields:
        value = getattr(article, name)
        if value is not None and value != "" and value != []:
            lines.append(f"{name}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines)
