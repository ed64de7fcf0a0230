"""White space of the article text: one kind of space, no invisible characters.

Blocks keep the page's own characters (a no-break space in "10 km" or before a French "?"
tells filters something); the article's ``text`` is for reading, indexing and comparing, so
every space there is a plain space, runs of them are one, and characters that show nothing
(object replacement, zero-width space, BOM) are gone. Code keeps its layout.
"""

from __future__ import annotations

import re

from ..model import CODE, TABLE_ROW

# Spaces of other widths and no-break spaces (Unicode Zs but the ASCII space, and the tab
# outside tables and code): all read as one space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that show nothing, or a placeholder box: object replacement, zero-width space,
# word joiner, byte-order mark. Zero-width (non-)joiners are kept: they change how Persian,
# Indic and emoji text renders. Soft hyphens are kept too: they are the page's hyphenation
# points, and the dev sets' truth keeps them (removing them cost wcxb-dev body F1 0.001 and
# multilingual-dev 4 snippets, all on soft-hyphenated words).
_INVISIBLE = "\ufffc\u200b\u2060\ufeff\u180e"
_TO_SPACE = {ord(c): " " for c in _SPACES} | {ord(c): None for c in _INVISIBLE} | {
    0x2028: "\n", 0x2029: "\n", ord("\r"): None}
_RUNS = re.compile(r"[ \t]+")
_SPACE_RUNS = re.compile(r" {2,}")  # table rows: a tab separates cells, runs of spaces go
_CODE_TO_SPACE = {ord(c): " " for c in _SPACES} | {ord(c): None for c in _INVISIBLE} | {
    0x2028: "\n", 0x2029: "\n"}
# The characters the tables above map: translate() looks up every character, so only texts
# holding one go through it.
_MAPPED = re.compile("[" + re.escape("".join(map(chr, _TO_SPACE))) + "]")
_CODE_MAPPED = re.compile("[" + re.escape("".join(map(chr, _CODE_TO_SPACE))) + "]")


def _settled(text: str) -> bool:
    """Whether the line pass of :func:`tidy` leaves ``text`` as it is, whatever the kind: one
    non-empty line, no tab, no two spaces in a row, no space at either end (most blocks)."""
    return (text[:1] not in ("", " ") and text[-1] != " " and "\n" not in text
            and "\t" not in text and "  " not in text)


def tidy(text: str, kind: str | None = None) -> str:
    """``text`` (of a block of ``kind``) with the article text's white space."""
    if kind == CODE:
        return text.translate(_CODE_TO_SPACE) if _CODE_MAPPED.search(text) else text
    if _MAPPED.search(text):
        text = text.translate(_TO_SPACE)
    if _settled(text):
        return text
    runs = _RUNS if kind != TABLE_ROW else _SPACE_RUNS
    lines = (runs.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)



def tidy_body(text: str) -> str:
    """A whole body (blocks joined by blank lines) with the article text's white space."""
    return "\n\n".join(filter(None, (tidy(part) for part in text.split("\n\n"))))


__all__ = ["tidy", "tidy_body"]
