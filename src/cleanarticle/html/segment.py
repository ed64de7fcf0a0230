"""Tree → blocks: one walk that turns block-level elements into typed text blocks."""

from __future__ import annotations

import re
from typing import NamedTuple

import lxml.etree
import lxml.html

from ..model import CAPTION, CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_ROW, Block

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol",
    "dl", "dt", "dd", "li", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td",
    "th", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address",
    "details", "summary", "center", "fieldset", "legend", "caption", "form", "body", "html",
    "br", "hgroup", "picture", "menu", "output",
})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LAYOUT_MARKERS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "blockquote", "section")
# Non-breaking spaces are kept: they are part of the text ("10\u00a0km", French punctuation).
_SPACE = re.compile(r"[^\S\u00a0]+")
# Control characters that survive parsing but are no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1d\x1f\x7f\u200b\ufeff]")
#: Below this depth nesting is read as flat text: pathological pages nest 100,000 levels.
MAX_DEPTH = 200


_BR = "\x1e"  # stands for <br> while a block's text is gathered
_DOUBLE_BR = re.compile(r"\x1e\s*\x1e[\s\x1e]*")
_BR_LINES = re.compile(r" ?\x1e ?")


def clean_space(text: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def clean_space_keep_br(text: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip(" \x1e")


class _Walker:
    """Accumulates inline text into the current block; block-level elements flush it."""

    __slots__ = ("blocks", "elements", "parts", "links", "kind", "level", "owner", "number",
                 "pruned", "path")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[lxml.html.HtmlElement] = []
        self.parts: list[str] = []
        self.links = 0
        self.kind = PARAGRAPH
        self.level = 0
        self.owner: lxml.html.HtmlElement | None = None
        self.number = ""  # an ordered-list item's "N. ", waiting for the item's first text
        self.pruned: list[int] = []  # per pruned structure, the index of the block it precedes
        # The block-level tags from the root to the element being walked, "/div/article/p",
        # a tag repeated right under itself written once (wrappers nest without changing the
        # template's shape). Blocks carry it as their ``path``.
        self.path = ""

    def flush(self) -> None:
        if self.parts:
            raw = "".join(self.parts)
            if self.kind == CODE:
                self._emit(raw.replace(_BR, "\n").strip(), self.links)
            elif _BR in raw:
                # <br><br> separates paragraphs; a single <br> is a line break inside one.
                pieces = [p for p in (_BR_LINES.sub("\n", clean_space_keep_br(x))
                                      for x in _DOUBLE_BR.split(raw)) if p]
                total = sum(len(p) for p in pieces) or 1
                for piece in pieces:
                    self._emit(piece, self.links * len(piece) // total)
            else:
                self._emit(clean_space(raw), self.links)
        self.parts = []
        self.links = 0

    def _emit(self, text: str, links: int) -> None:
        if text:
            if self.number and self.kind != CODE:
                text, self.number = self.number + text, ""
            owner = self.owner
            self.blocks.append(Block(text, self.kind, min(links, len(text)), self.level,
                                     tag=owner.tag if owner is not None else None,
                                     path=self.path))
            self.elements.append(owner)

    def add(self, text: str | None, in_link: bool, owner) -> None:
        if text:
            if not self.parts:
                self.owner = owner
            self.parts.append(text)
            if in_link:
                self.links += len(text.strip())

    def walk(self, el, in_link: bool, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            if tag is lxml.etree.Comment:  # a pruned structure's marker (see html.prune)
                pending = any(p.strip(" \t\n\r\x1e") for p in self.parts)
                self.pruned.append(len(self.blocks) + pending)
            self.add(el.tail, in_link, el.getparent())
            return
        if depth > MAX_DEPTH:
            self.add(el.text_content(), in_link, el)
            self.add(el.tail, in_link, el.getparent())
            return
        if tag in BLOCK_TAGS:
            self._block(el, tag, in_link, depth)
        else:
            link = in_link or tag == "a"
            self.add(el.text, link, el)
            for child in el:
                self.walk(child, link, depth + 1)
        self.add(el.tail, in_link, el.getparent())

    def _block(self, el, tag: str, in_link: bool, depth: int) -> None:
        if tag == "br":
            if self.parts:
                self.parts.append(_BR)
            return
        self.flush()
        if tag == "hr":
            return
        outer = self.path
        if not outer.endswith("/" + tag):
            self.path = f"{outer}/{tag}"
        self._inside(el, tag, in_link, depth)
        self.path = outer

    def _inside(self, el, tag: str, in_link: bool, depth: int) -> None:
        if tag == "table" and not _is_layout_table(el):
            self._table(el)
            return
        saved = (self.kind, self.level)
        if tag in HEADINGS:
            self.kind, self.level = HEADING, HEADINGS[tag]
        elif tag == "li":
            self.kind, self.level = LIST_ITEM, saved[1] + 1 if saved[0] == LIST_ITEM else 1
            parent = el.getparent()
            if parent is not None and parent.tag == "ol":
                # Numbers of ordered lists are part of the text ("1. Preheat the oven"); an
                # item without text (an image, a removed widget) gets no number of its own.
                self.number = f"{_ordinal(parent, el)}. "
        elif tag == "blockquote":
            self.kind = QUOTE
        elif tag == "pre":
            self.kind = CODE
            self.add(el.text_content(), in_link, el)
            self.flush()
            self.kind, self.level = saved
            return
        elif tag in ("figcaption", "caption"):
            self.kind = CAPTION
        elif tag in ("dt", "dd", "summary", "legend") and self.kind == PARAGRAPH:
            self.kind = PARAGRAPH
        self.add(el.text, in_link, el)
        for child in el:
            self.walk(child, in_link, depth + 1)
        self.flush()
        self.kind, self.level = saved
        if tag == "li":
            self.number = ""

    def _table(self, table) -> None:
        for row in table.iter("tr"):
            cells = tuple(
                t for t in (clean_space(c.text_content()) for c in row if c.tag in ("td", "th")) if t
            )
            if not cells:
                continue
            links = sum(len(clean_space(a.text_content())) for a in row.iter("a"))
            text = " | ".join(cells)
            self.blocks.append(Block(text, TABLE_ROW, min(links, len(text)), tag="tr", cells=cells,
                                     path=self.path + "/tr"))
            self.elements.append(row)


def _ordinal(ol, li) -> int:
    start = ol.get("start", "1")
    first = int(start) if start.isdigit() else 1
    n = 0
    for sibling in ol:
        if sibling.tag == "li":
            if sibling is li:
                return first + n
            n += 1
    return first + n


def _is_layout_table(table) -> bool:
    """Tables that lay out a page (cells holding paragraphs or other tables) are walked as text."""
    for cell in table.iter("td", "th"):
        for _ in cell.iterdescendants(*_LAYOUT_MARKERS):
            return True
    return False


class Segments(NamedTuple):
    blocks: list[Block]
    elements: list[lxml.html.HtmlElement]  # the element each block came from
    pruned: list[int]  # per structure the DOM pruner dropped, the index of the next block


def segment(root: lxml.html.HtmlElement) -> Segments:
    """The blocks under ``root`` in document order, with the element each block came from and
    where the pruned structures stood among them."""
    walker = _Walker()
    walker.walk(root, False, 0)
    walker.flush()
    return Segments(walker.blocks, walker.elements, walker.pruned)
