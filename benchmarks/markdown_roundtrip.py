#!/usr/bin/env python3
"""The Markdown round trip: render an Article as Markdown, render that with markdown-it-py
(CommonMark + GFM tables) to HTML, read the HTML's blocks back, and compare them with the
Article's blocks, text for text.

    benchmarks/markdown_roundtrip.py SET_DIR [SET_DIR ...] [--limit 200] [--mode html|text|both]

For each set, the first N pages (sorted ids) are cleaned with links and images on, rendered,
and checked: a page passes when every block comes back with the same text, in order. Printed
per set and mode: pages, pages that raised, pages whose blocks differ (with the first
difference of a few), and how many of the pages with tables / code blocks kept them intact
(every table's cells, spans expanded, and every code block's lines, indentation included).

Comparison rules (what a Markdown reader sees as the same text): a list item's own marker
(the number the segmenter wrote, "3. ", or a bullet a text dump carried, "• ") is the list's
marker in Markdown, so an ordered item is compared as "N. " + its text with N read from the
rendered list, and a bullet item without its bullet; a table row is its non-empty cells joined
with " | " (as Block.text joins them); a code block is its text with its first line's
indentation (CRLF line ends read as LF: Markdown has one line ending).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

from cleanarticle.model import CODE, LIST_ITEM, TABLE_ROW, Article, Block
from cleanarticle.render.layout import parse_item, table_grid

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Markdown strips ASCII white space at block edges; a no-break space the page put there stays.
_ASCII_SPACE = " \t\n"
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def markdown_html(markdown: str) -> str:
    return _MD.render(markdown)


def _own_text(li) -> str:
    """A list item's text without its nested lists."""
    parts = [li.text or ""]
    for child in li:
        if child.tag not in ("ul", "ol"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip(_ASCII_SPACE)


def _walk(el, out: list[tuple[str, object]]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in _HEADINGS or tag == "p":
            if tag == "p" and len(child) == 1 and child[0].tag == "img" and not child.text_content():
                continue  # an image on its own line
            out.append(("text", child.text_content().strip(_ASCII_SPACE)))
        elif tag in ("ul", "ol"):
            start = int(child.get("start", "1"))
            for n, li in enumerate(x for x in child if x.tag == "li"):
                prefix = f"{start + n}. " if tag == "ol" else ""
                out.append(("item", prefix + _own_text(li)))
                for nested in li:
                    if nested.tag in ("ul", "ol"):
                        _walk(_wrap(nested), out)
        elif tag == "blockquote":
            _walk(child, out)
        elif tag == "pre":
            code = child.text_content()
            out.append(("code", code[:-1] if code.endswith("\n") else code))
        elif tag == "table":
            for tr in child.iter("tr"):
                cells = [c.text_content().strip(_ASCII_SPACE) for c in tr if c.tag in ("td", "th")]
                out.append(("row", cells))
        else:
            _walk(child, out)


def _wrap(el):
    wrapper = lxml.html.Element("div")
    wrapper.append(el.__copy__())
    return wrapper


def rendered_blocks(markdown: str) -> list[tuple[str, object]]:
    """The blocks of the Markdown's HTML: (kind, text) with rows as their cell lists."""
    html = markdown_html(markdown)
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    out: list[tuple[str, object]] = []
    _walk(root, out)
    return out


def expected_text(block: Block) -> str:
    """A block's text as a Markdown reader reads it back (see the module docstring)."""
    if block.kind == LIST_ITEM:
        item = parse_item(block)
        rest = block.text[item.content:]
        return f"{item.number}. {rest}" if item.number is not None else rest
    if block.kind == CODE:
        return ((block.indent or "") + block.text).replace("\r\n", "\n").replace("\r", "\n")
    return block.text


def compare(article: Article, markdown: str) -> tuple[str | None, bool, bool]:
    """(first difference or None, tables intact, code intact) for an article and its Markdown."""
    got = rendered_blocks(markdown)
    want = article.blocks
    tables_ok = code_ok = True
    first: str | None = None
    i = 0
    rows: list[Block] = []
    for k, block in enumerate(want):
        if i >= len(got):
            first = first or f"block {k} missing: {block.text[:80]!r}"
            break
        kind, value = got[i]
        i += 1
        if block.kind == TABLE_ROW:
            rows.append(block)
            text = " | ".join(c for c in value if c) if kind == "row" else value  # type: ignore[union-attr]
            if kind != "row":
                tables_ok = False
        else:
            text = value
            if block.kind == CODE and (kind != "code" or value != expected_text(block)):
                code_ok = False
        if text != expected_text(block) and first is None:
            first = f"block {k} ({block.kind}): {_where(expected_text(block), str(text))}"
    if i < len(got) and first is None:
        first = f"{len(got) - i} extra rendered blocks, first {str(got[i][1])[:80]!r}"
    if rows:
        tables_ok = tables_ok and _cells_intact(rows, got)
    return first, tables_ok, code_ok


def _where(want: str, got: str) -> str:
    """The two texts around their first difference."""
    n = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
             min(len(want), len(got)))
    lo = max(0, n - 30)
    return f"at {n}: want {want[lo:n + 40]!r} got {got[lo:n + 40]!r}"


def _cells_intact(rows: list[Block], got: list[tuple[str, object]]) -> bool:
    """Every table row of the article comes back with the cells of its expanded grid."""
    rendered = [v for k, v in got if k == "row"]
    grids: list[list[str]] = []
    run: list[Block] = []
    for block in rows + [None]:  # type: ignore[list-item]
        if run and (block is None or (block.row and run[-1].row and block.row.table != run[-1].row.table)):
            grids.extend(table_grid(run))
            run = []
        if block is not None:
            run.append(block)
    return grids == rendered


# --- the benchmark run ----------------------------------------------------------------------

def _pages(set_dir: Path, mode: str, limit: int) -> Iterator[tuple[str, str | None, bytes | str]]:
    truth = json.loads((set_dir / "ground-truth.json").read_text("utf-8"))
    for pid in sorted(truth)[:limit]:
        if mode == "text":
            path = set_dir / "text" / f"{pid}.txt.gz"
            if not path.is_file():
                continue
            yield pid, truth[pid].get("url"), gzip.decompress(path.read_bytes()).decode("utf-8")
        else:
            yield pid, truth[pid].get("url"), gzip.decompress((set_dir / "html" / f"{pid}.html.gz").read_bytes())


def run_set(set_dir: Path, mode: str, limit: int, show: int) -> dict:
    import cleanarticle
    from cleanarticle.output import render_markdown

    stats = {"pages": 0, "errors": 0, "differ": 0, "with_tables": 0, "tables_intact": 0,
             "with_code": 0, "code_intact": 0}
    examples = []
    for pid, url, page in _pages(set_dir, mode, limit):
        stats["pages"] += 1
        try:
            kind = "text" if mode == "text" else "html"
            article = cleanarticle.clean(page, url, kind=kind, **_extras())
            first, tables_ok, code_ok = compare(article, render_markdown(article))
        except Exception as exc:  # noqa: BLE001 - counted and shown
            stats["errors"] += 1
            examples.append(f"{pid}: {type(exc).__name__}: {exc}")
            continue
        if first:
            stats["differ"] += 1
            if len(examples) < show:
                examples.append(f"{pid}: {first}")
        if any(b.kind == TABLE_ROW for b in article.blocks):
            stats["with_tables"] += 1
            stats["tables_intact"] += tables_ok
        if any(b.kind == CODE for b in article.blocks):
            stats["with_code"] += 1
            stats["code_intact"] += code_ok
    stats["examples"] = examples
    return stats


def _extras() -> dict:
    """The output options the round trip runs with: everything Markdown can show."""
    import inspect

    import cleanarticle

    params = inspect.signature(cleanarticle.clean).parameters
    return {k: True for k in ("links", "images") if k in params}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--mode", choices=("html", "text", "both"), default="both")
    parser.add_argument("--show", type=int, default=5)
    ns = parser.parse_args(argv)
    modes = ("html", "text") if ns.mode == "both" else (ns.mode,)
    failed = False
    print("| set | mode | pages | errors | blocks differ | tables intact | code intact |")
    print("|---|---|---|---|---|---|---|")
    notes = []
    for set_dir in ns.sets:
        for mode in modes:
            if mode == "text" and not (set_dir / "text").is_dir():
                continue
            s = run_set(set_dir, mode, ns.limit, ns.show)
            failed |= bool(s["errors"] or s["differ"])
            print(f"| {set_dir.name} | {mode} | {s['pages']} | {s['errors']} | {s['differ']} | "
                  f"{s['tables_intact']}/{s['with_tables']} | {s['code_intact']}/{s['with_code']} |")
            notes.extend(f"{set_dir.name} {mode} {e}" for e in s["examples"])
    for note in notes:
        print(note)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
