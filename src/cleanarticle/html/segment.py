"""Tree → blocks: one walk that turns block-level elements into typed text blocks."""

from __future__ import annotations

import re
from typing import NamedTuple

import lxml.etree
import lxml.html

from ..model import (
    CAPTION,
    CODE,
    CODE_SPAN,
    EM,
    HEADING,
    LINK,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    STRONG,
    TABLE_ROW,
    Block,
    Mark,
    Row,
)
from ..rules.vocab import class_words, is_caption_attr

#: Block tags a theme marks as a figure's caption by class words.
_CAPTION_HOSTS = frozenset({"p", "div", "span", "dd", "small"})

#: A heading below h1 this long that ends a sentence is a paragraph set in a heading tag.
PROSE_HEADING_CHARS = 120
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")


def _may_be_caption(el) -> bool:
    """Whether the element's class/id words mark a caption (a substring test first: it runs
    on most elements of a page)."""
    words = class_words(el.attrib)
    return ("aption" in words or "APTION" in words) and is_caption_attr(words)


BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol",
    "dl", "dt", "dd", "li", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td",
    "th", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address",
    "details", "summary", "center", "fieldset", "legend", "caption", "form", "body", "html",
    "br", "hgroup", "picture", "menu", "output",
})
# "/div" for "div": the piece each block-level tag adds to a block's path.
_PATH_PIECE = {tag: "/" + tag for tag in BLOCK_TAGS}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LAYOUT_MARKERS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "blockquote", "section")
# Non-breaking spaces are kept: they are part of the text ("10\u00a0km", French punctuation).
_SPACE = re.compile(r"[^\S\u00a0]+")
# Control characters that survive parsing but are no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1d\x1f\x7f\u200b\ufeff]")
#: Below this depth nesting is read as flat text: pathological pages nest 100,000 levels.
MAX_DEPTH = 200


#: Inline elements whose span of text the blocks remember (for Markdown and HTML output).
MARK_TAGS = {"a": LINK, "strong": STRONG, "b": STRONG, "em": EM, "i": EM, "code": CODE_SPAN,
             "kbd": CODE_SPAN, "samp": CODE_SPAN, "tt": CODE_SPAN}
#: Row and column spans above this are read as this (a page asking for 10,000 columns).
MAX_SPAN = 100
# The language of a code block: class="language-python" / "lang-js" (Prism, highlight.js,
# Markdown renderers), "brush: js" (SyntaxHighlighter), "highlight-python3" (Sphinx, on the
# wrapper); data-lang / data-language attributes.
_LANG_CLASS = re.compile(r"(?:^|\s)(?:language-|lang-|highlight-|brush:\s*)([A-Za-z0-9_#+.-]{1,30})")
_NO_LANG = frozenset({"default", "none", "nohighlight", "plaintext", "undefined", "null"})

_BR = "\x1e"  # stands for <br> while a block's text is gathered
_DOUBLE_BR = re.compile(r"\x1e\s*\x1e[\s\x1e]*")
_BR_LINES = re.compile(r" ?\x1e ?")


def clean_space(text: str) -> str:
    text = _CONTROL.sub("", text)
    if "\u00a0" in text:
        return _SPACE.sub(" ", text).strip()
    # Without a non-breaking space _SPACE's runs are str.split()'s, which is several times faster.
    return " ".join(text.split())


def clean_space_keep_br(text: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip(" \x1e")


def _project(raw: str, offsets: list[int], strip: str | None) -> tuple[str, list[int]]:
    """``raw`` cleaned as :func:`clean_space` does (``strip`` the characters stripped at the
    ends, None for white space), and where each offset of ``raw`` lands in the result.

    Space runs are collapsed piece by piece between the offsets; two pieces' runs that meet
    become one space, as they would in one pass over the whole string."""
    at: dict[int, int] = {}
    pieces: list[str] = []
    length, prev, space_end = 0, 0, False
    for cut in sorted(set(offsets)) + [len(raw)]:
        piece = _SPACE.sub(" ", _CONTROL.sub("", raw[prev:cut]))
        if piece and space_end and piece[0] == " ":
            piece = piece[1:]
        if piece:
            pieces.append(piece)
            length += len(piece)
            space_end = piece[-1] == " "
        at[cut] = length
        prev = cut
    collapsed = "".join(pieces)
    stripped = collapsed.strip(strip)
    lead = len(collapsed) - len(collapsed.lstrip(strip))
    n = len(stripped)
    return stripped, [min(max(at[o] - lead, 0), n) for o in offsets]


def _marks(raw: str, spans: list, strip: str | None, text: str) -> tuple[Mark, ...] | None:
    """The spans moved from ``raw`` onto its cleaned ``text``; None if the two disagree."""
    if raw == text:  # nothing collapsed or stripped: the offsets hold as they are
        moved = spans
    else:
        cleaned, ends = _project(raw, [o for s, e, _, _ in spans for o in (s, e)], strip)
        if cleaned != text:
            return None
        moved = [(ends[2 * i], ends[2 * i + 1], kind, href)
                 for i, (_, _, kind, href) in enumerate(spans)]
    return _trimmed_marks(text, moved) or None


def _spans(parts: list[str], closed: list, open_marks: list) -> list[tuple[int, int, str, str | None]]:
    """Marks given as indexes into a block's text parts, as character offsets into its text."""
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    end = len(parts)
    spans = [(offsets[s], offsets[e], kind, href) for s, e, kind, href in closed]
    spans.extend((offsets[s], offsets[end], kind, href) for s, kind, href in open_marks if s < end)
    return spans


def _inline_spans(el, parts: list[str], spans: list, depth: int = 0) -> None:
    """The text of ``el`` as ``text_content`` gives it, into ``parts``, with its marks (past
    MAX_DEPTH, the text alone)."""
    if depth > MAX_DEPTH:
        if isinstance(el.tag, str):
            parts.append(el.text_content())
        return
    if el.tag == "br":  # as text_with_breaks(cell, " ") reads it
        parts.append(" ")
    mark = MARK_TAGS.get(el.tag) if isinstance(el.tag, str) else None
    start = sum(len(p) for p in parts) if mark else 0
    if el.text and isinstance(el.tag, str):
        parts.append(el.text)
    for child in el:
        _inline_spans(child, parts, spans, depth + 1)
        if child.tail:
            parts.append(child.tail)
    if mark:
        end = sum(len(p) for p in parts)
        if end > start:
            spans.append((start, end, mark, el.get("href") if mark is LINK else None))


def _cell_marks(block: Block, marked: list) -> tuple[Mark, ...] | None:
    """A table row's marks: each marked cell's, placed where the cell stands in the row text."""
    starts, at = [], 0
    for cell in block.cells or ():
        starts.append(at)
        at += len(cell) + 3  # " | "
    out: list[Mark] = []
    for k, cell_el in marked:
        parts: list[str] = []
        spans: list = []
        _inline_spans(cell_el, parts, spans)
        marks = _marks("".join(parts), spans, None, block.cells[k]) if spans else None
        out.extend(Mark(m.start + starts[k], m.end + starts[k], m.kind, m.href) for m in marks or ())
    return tuple(out) or None


def resolve_marks(block: Block) -> None:
    """Compute ``block.marks`` from what segmentation left (done for the blocks an article
    keeps only: most blocks are dropped, and marks cost more than the text)."""
    source = block.marks_source
    if source is None:
        return
    block.marks_source = None
    if source[0] == "cells":
        block.marks = _cell_marks(block, source[1])
        return
    raw, spans, strip, shift = source
    if isinstance(spans, tuple):  # (parts, closed, open) as the walker left them
        spans = _spans(*spans)
    marks = _marks(raw, spans, strip, block.text[shift:]) if spans else None
    if marks and shift:
        marks = tuple(Mark(m.start + shift, m.end + shift, m.kind, m.href) for m in marks)
    block.marks = marks


def _trimmed_marks(text: str, spans: list[tuple[int, int, str, str | None]]) -> tuple[Mark, ...]:
    """Marks with the white space at their edges left out; empty ones dropped."""
    marks = []
    for start, end, kind, href in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            marks.append(Mark(start, end, kind, href))
    marks.sort(key=lambda m: (m.start, -m.end))
    return tuple(marks)


def text_with_breaks(el: lxml.html.HtmlElement, br: str = "\n") -> str:
    """An element's text as a browser shows it: ``text_content``, with ``br`` for each
    ``<br>`` (some editors write code lines apart by ``<br>`` instead of newlines, and table
    cells put their lines apart so: "Mon–Fri<br>9–5" is no "Mon–Fri9–5")."""
    if next(el.iter("br"), None) is None:
        return el.text_content()
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event == "start":
            parts.append(br if node.tag == "br" else node.text or "")
        elif node is not el and node.tail:  # an element's end, or a comment: its tail
            parts.append(node.tail)
    return "".join(parts)


def _glued(before: str, after: str, *, digit: bool) -> bool:
    """Whether a text piece that starts with a capital touches a word the piece before ends
    in: a lowercase letter (or, with ``digit``, a figure) and no space between. Between two
    elements the site's style sets apart, the words would run together ("ClienteleWe")."""
    end = before[-1:]
    return after[:1].isupper() and (end.islower() or (digit and end.isdigit()))


def code_language(pre: lxml.html.HtmlElement) -> str | None:
    """The language a code block names on itself, its <code> child or its wrapper."""
    code = pre.find("code")
    for el in (pre, code, pre.getparent()):
        if el is None:
            continue
        attrib = el.attrib
        lang = attrib.get("data-lang") or attrib.get("data-language")
        if not lang:
            found = _LANG_CLASS.search(attrib.get("class", ""))
            lang = found.group(1) if found else None
        if lang and lang.lower() not in _NO_LANG and not lang.isdigit():
            return lang.lower()
    return None


class _Walker:
    """Accumulates inline text into the current block; block-level elements flush it."""

    __slots__ = ("blocks", "elements", "parts", "links", "kind", "level", "owner", "number",
                 "pruned", "markers", "open", "closed", "tables", "images", "path")

    def __init__(self, images: bool = False) -> None:
        self.blocks: list[Block] = []
        self.elements: list[lxml.html.HtmlElement] = []
        self.parts: list[str] = []
        self.links = 0
        self.kind = PARAGRAPH
        self.level = 0
        self.owner: lxml.html.HtmlElement | None = None
        self.number = ""  # an ordered-list item's "N. ", waiting for the item's first text
        self.pruned: list[int] = []  # per pruned structure, the index of the block it precedes
        self.markers: list = []  # the markers themselves (where in the tree each stood)
        # Inline marks: the open ones as [first part, kind, href], the closed ones of the
        # current block as (first part, end part, kind, href); indexes into ``parts``.
        self.open: list[list] = []
        self.closed: list[tuple[int, int, str, str | None]] = []
        self.tables = 0
        # With images asked for: per <img>, the index of the block it stands before.
        self.images: list[tuple[int, lxml.html.HtmlElement]] | None = [] if images else None
        # The block-level tags from the root to the element being walked, "/div/article/p",
        # a tag repeated right under itself written once (wrappers nest without changing the
        # template's shape). Blocks carry it as their ``path``.
        self.path = ""

    def flush(self) -> None:
        # Nothing gathered (every block-level element flushes when it opens and when it
        # closes: most of these calls): no marks are closed then, and the open ones start at 0.
        if not self.parts:
            return
        raw = "".join(self.parts)
        marked = (self.closed or self.open) and self.kind != CODE
        if raw.isspace() and "\u00a0" not in raw:
            # Only the white space between block-level elements (most calls with text): every
            # branch below would clean it away to nothing. (A no-break space is kept as text.)
            pass
        elif self.kind == CODE:
            text = raw.replace(_BR, "\n")
            stripped = text.strip()
            block = self._emit(stripped, self.links)
            if block is not None:
                lead = text[:len(text) - len(text.lstrip())]
                block.indent = lead[lead.rfind("\n") + 1:] or None
        elif _BR in raw:
            # <br><br> separates paragraphs; a single <br> is a line break inside one.
            pieces, start = [], 0
            for sep in _DOUBLE_BR.finditer(raw):
                pieces.append((start, raw[start:sep.start()]))
                start = sep.end()
            pieces.append((start, raw[start:]))
            cleaned = [(_BR_LINES.sub("\n", clean_space_keep_br(x)), at, x) for at, x in pieces]
            cleaned = [c for c in cleaned if c[0]]
            total = sum(len(p) for p, _, _ in cleaned) or 1
            spans = _spans(self.parts, self.closed, self.open) if marked else None
            for piece, at, x in cleaned:
                source = None
                if spans:
                    inside = [(max(s - at, 0), min(e - at, len(x)), k, h) for s, e, k, h in spans
                              if s < at + len(x) and e > at]
                    source = (x, inside, " \x1e") if inside else None
                self._emit(piece, self.links * len(piece) // total, source)
        else:
            # The marks' offsets are worked out only for blocks the article keeps.
            source = (raw, (self.parts, self.closed, [tuple(e) for e in self.open]), None) \
                if marked else None
            self._emit(clean_space(raw), self.links, source)
        self.parts = []
        self.links = 0
        self.closed = []
        for entry in self.open:  # a mark around block-level children goes on in the next block
            entry[0] = 0

    def _emit(self, text: str, links: int, source: tuple | None = None) -> Block | None:
        if not text:
            return None
        shift = 0
        if self.number and self.kind != CODE:
            shift = len(self.number)
            text, self.number = self.number + text, ""
        owner = self.owner
        kind, level = self.kind, self.level
        if kind == HEADING and level > 1 and len(text) >= PROSE_HEADING_CHARS \
                and _SENTENCE_END.search(text) and self.blocks \
                and self.blocks[-1].kind == HEADING and self.blocks[-1].level == 1:
            # a standfirst set in a heading tag right under the headline (an <h2> dek)
            kind, level = PARAGRAPH, 0
        block = Block(text, kind, min(links, len(text)), level,
                      tag=owner.tag if owner is not None else None, path=self.path)
        if source is not None:
            block.marks_source = (*source, shift)
        self.blocks.append(block)
        self.elements.append(owner)
        return block

    def add(self, text: str | None, in_link: bool, owner) -> None:
        if text:
            if not self.parts:
                self.owner = owner
            self.parts.append(text)
            if in_link:
                self.links += len(text.strip())

    def add_tail(self, el, tail: str | None, in_link: bool) -> None:
        """``el``'s tail text ``tail`` (read once by the caller: each read of it from the tree
        makes a new string), owned by its parent (looked up only when it opens a block)."""
        if tail:
            if not self.parts:
                self.owner = el.getparent()
            self.parts.append(tail)
            if in_link:
                self.links += len(tail.strip())

    def walk(self, el, in_link: bool, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            if tag is lxml.etree.Comment:  # a pruned structure's marker (see html.prune)
                self.pruned.append(self._position())
                self.markers.append(el)
            self.add_tail(el, el.tail, in_link)
            return
        if depth > MAX_DEPTH:
            self.add(el.text_content(), in_link, el)
            self.add_tail(el, el.tail, in_link)
            return
        if tag in BLOCK_TAGS:
            self._block(el, tag, in_link, depth)
            tail = el.tail
        else:
            text = el.text
            if text and self.parts and _glued(self.parts[-1], text, digit=True):
                # two labels side by side, "<span>Lucie Rayner</span><span>PARENT</span>",
                # "<span>€25</span><span>Build a pack</span>"
                self.parts.append(" ")
            mark = MARK_TAGS.get(tag)
            if mark is None:
                if tag == "img" and self.images is not None:
                    self.images.append((self._position(), el))
                self.add(text, in_link, el)
                for child in el:
                    self.walk(child, in_link, depth + 1)
            else:
                link = mark is LINK
                entry = [len(self.parts), mark, el.get("href") if link else None]
                self.open.append(entry)
                link = link or in_link
                self.add(text, link, el)
                for child in el:
                    self.walk(child, link, depth + 1)
                self.open.pop()
                end = len(self.parts)
                if end > entry[0]:
                    self.closed.append((entry[0], end, mark, entry[2]))
            tail = el.tail
            if tail and self.parts and _glued(self.parts[-1], tail, digit=False):
                # "<b class="title">Diverse Clientele</b>We have...": a label that the site's
                # style sets on a line of its own, the sentence after it glued on; a figure
                # before the tail is a subscript's ("H<sub>2</sub>O")
                self.parts.append(" ")
        self.add_tail(el, tail, in_link)

    def _position(self) -> int:
        """The index of the block that what stands here comes before (the block being gathered
        when it has text already, else the next)."""
        pending = any(p.strip(" \t\n\r\x1e") for p in self.parts)
        return len(self.blocks) + pending

    def _block(self, el, tag: str, in_link: bool, depth: int) -> None:
        if tag == "br":
            if self.parts:
                self.parts.append(_BR)
            return
        self.flush()
        if tag == "hr":
            return
        outer = self.path
        piece = _PATH_PIECE[tag]
        if not outer.endswith(piece):
            self.path = outer + piece
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
            self.add(text_with_breaks(el), in_link, el)
            count = len(self.blocks)
            self.flush()
            if len(self.blocks) > count:
                self.blocks[-1].lang = code_language(el)
            self.kind, self.level = saved
            return
        elif tag in ("figcaption", "caption") or (
                tag in _CAPTION_HOSTS and self.kind == PARAGRAPH and _may_be_caption(el)):
            # (a theme's caption outside <figcaption>: "wp-caption-text", "media__caption")
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
        self.tables += 1
        below: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
        for row in table.iter("tr"):
            cells, columns = [], []
            marked: list = []  # (cell index, cell element) of cells holding inline marks
            header = row.getparent() is not None and row.getparent().tag == "thead"
            all_th = True
            col = 0
            for c in row:
                if c.tag not in ("td", "th"):
                    continue
                while below.get(col):
                    col += 1
                if c.tag == "td":
                    all_th = False
                text = clean_space(text_with_breaks(c, " "))
                if text:
                    cells.append(text)
                    columns.append(col)
                    if next(c.iterdescendants(*MARK_TAGS), None) is not None:
                        marked.append((len(cells) - 1, c))
                colspan, rowspan = _span(c.get("colspan")), _span(c.get("rowspan"))
                if rowspan > 1:
                    for k in range(col, col + colspan):
                        below[k] = max(below.get(k, 0), rowspan)
                col += colspan
            width = max([col, *(k + 1 for k, n in below.items() if n)])
            for k in list(below):  # this row is done: rowspans from above cover one row less
                below[k] -= 1
                if below[k] <= 0:
                    del below[k]
            if not cells:
                continue
            links = sum(len(clean_space(a.text_content())) for a in row.iter("a"))
            text = " | ".join(cells)
            block = Block(text, TABLE_ROW, min(links, len(text)), tag="tr", cells=tuple(cells),
                          row=Row(self.tables, header or all_th, tuple(columns), width),
                          path=self.path + "/tr")
            if marked:
                block.marks_source = ("cells", marked)
            self.blocks.append(block)
            self.elements.append(row)


def _span(value: str | None) -> int:
    """A row or column span as the page gives it, read as browsers do (1 when unusable)."""
    if not value:
        return 1
    value = value.strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


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
    markers: list  # per structure the DOM pruner dropped, the marker left in its place
    images: list[tuple[int, lxml.html.HtmlElement]]  # per <img> (when asked), likewise


def number_containers(blocks: list[Block], elements: list) -> None:
    """Set each block's ``container``: the number of the element holding its block-level
    element (the <div> around a <p>), counted in page order."""
    numbers: dict = {}
    for block, el in zip(blocks, elements, strict=True):
        node = el
        while node is not None and node.tag not in BLOCK_TAGS:
            node = node.getparent()
        parent = node.getparent() if node is not None else None
        if parent is not None:
            block.container = numbers.setdefault(parent, len(numbers))


def segment(root: lxml.html.HtmlElement, *, images: bool = False) -> Segments:
    """The blocks under ``root`` in document order, with the element each block came from and
    where the pruned structures (and, with ``images``, the <img> elements) stood among them."""
    walker = _Walker(images)
    walker.walk(root, False, 0)
    walker.flush()
    number_containers(walker.blocks, walker.elements)
    return Segments(walker.blocks, walker.elements, walker.pruned, walker.markers,
                    walker.images or [])
