"""Renderers: an Article as plain text, Markdown, or a JSON-ready record."""

from __future__ import annotations

import json

from .model import CAPTION, CODE, HEADING, LIST_ITEM, QUOTE, TABLE_ROW, Article, Block
from .records import page_record

FORMATS = ("text", "markdown", "json", "jsonl")
SUFFIXES = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}


def render_text(article: Article) -> str:
    """The body as the extractor produced it."""
    return article.text


def render_markdown(article: Article) -> str:
    """The kept blocks as Markdown; falls back to the plain text when there are no blocks."""
    if not article.blocks:
        return article.text
    parts: list[str] = []
    previous: str | None = None
    for block in article.blocks:
        line = _markdown_block(block)
        if not line:
            continue
        # Consecutive list items and table rows form one Markdown list/table: no blank line.
        tight = block.kind == previous and block.kind in (LIST_ITEM, TABLE_ROW, QUOTE)
        if parts and not tight:
            parts.append("")
        if block.kind == TABLE_ROW and previous != TABLE_ROW:
            cells = _cells(block)
            line = line + "\n" + "|" + "|".join(" --- " for _ in cells) + "|"
        parts.append(line)
        previous = block.kind
    return "\n".join(parts)


def _cells(block: Block) -> list[str]:
    """A table row's cells: from the segmenter, else split the text it joined them into."""
    if block.cells:
        return [" ".join(cell.split()) for cell in block.cells]
    separator = "\t" if "\t" in block.text else " | "
    return [cell.strip() for cell in block.text.split(separator)]


def _escape_cell(cell: str) -> str:
    return cell.replace("|", "\\|")


def _markdown_block(block: Block) -> str:
    text = block.text.strip("\n")
    if not text.strip():
        return ""
    kind = block.kind
    if kind == HEADING:
        level = min(max(block.level, 1), 6)
        return "#" * level + " " + " ".join(text.split())
    if kind == LIST_ITEM:
        indent = "  " * max(block.level - 1, 0)
        return indent + "- " + text.strip()
    if kind == QUOTE:
        return "\n".join("> " + line if line else ">" for line in text.split("\n"))
    if kind == TABLE_ROW:
        return "| " + " | ".join(_escape_cell(c) for c in _cells(block)) + " |"
    if kind == CODE:
        fence = "```"
        while fence in text:
            fence += "`"
        return f"{fence}\n{text}\n{fence}"
    if kind == CAPTION:
        return "*" + text.strip() + "*"
    return text.strip()


def render(article: Article | None, fmt: str, *, source: str | None = None,
           error: str | None = None, ident: str | None = None, url: str | None = None) -> str:
    """One input rendered in ``fmt``; text/markdown of a failed input is empty.

    JSON and JSONL are the input's record (:func:`cleanarticle.records.page_record`).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt in ("json", "jsonl"):
        record = page_record(None if error is not None else article, source=source,
                             ident=ident, url=url or (article.url if article else None),
                             error=error)
        if fmt == "json":
            return json.dumps(record, ensure_ascii=False, indent=2)
        return json.dumps(record, ensure_ascii=False)
    if article is None:
        return ""
    return render_markdown(article) if fmt == "markdown" else render_text(article)
