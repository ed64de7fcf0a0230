"""Page → lxml tree: decoding, size guard, repair of broken markup."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import regex

from ..decode import Decoded, decode_page
from ..errors import UnusableInputError

#: Pages longer than this (in characters) are cut before parsing: no real article needs more,
#: and parse time grows with size. Tuned as a safety bound, far above any dev-set page (max ~4 MB).
MAX_CHARS = 8_000_000
#: Pages with more tags than this are cut at the first tag past it: time grows with the number
#: of elements (1M <br> took 10-20 s). Far above any dev-set page (max ~28,000 '<').
MAX_TAGS = 250_000

_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>", regex.I)
# Characters no XML tree may hold: lxml keeps them from the HTML parser but refuses them when
# a filter later writes text (ValueError), and a lone surrogate cuts the parse short.
# Plain `re`: this scans every page in full, and `re` does it ~4x faster than `regex` (measured
# 1.5 vs 5.9 ms on a modern-dev page).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_AS = {"\x0b": " ", "\x0c": " "}  # vertical tab and form feed are HTML white space
# The bytes of the UTF-8 form of a text that are no _NOT_XML control character: deleting them
# leaves the control characters (UTF-8 writes characters below 0x80 as themselves, and no
# other character with a byte below 0x80).
_XML_BYTES = bytes(b for b in range(256) if not _NOT_XML.match(chr(b)))

# The page goes to libxml2 as UTF-8 bytes with the encoding named: handed a str, lxml passes
# its internal form (one, two or four bytes per character) and libxml2 converts that to UTF-8
# first, which costs more than Python's own encoding (modern-dev: parse 4.2 -> 3.9 ms/page).
# Naming the encoding also makes libxml2 ignore the page's <meta charset>, as it does for a str:
# the text is already decoded. (The same trees as from the str on all dev pages.)
_PARSER = lxml.etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,
    default_doctype=False,
    # Lifts libxml2's depth limit from 256 to 2048 (and its 10 MB text node limit): past the
    # limit the parser stops and everything after the deep spot is lost.
    huge_tree=True,
    encoding="utf-8",
)
# lxml.html's own parser asks a Python callback for the class of every element proxy it makes
# (hundreds of thousands per page, a tenth of our time); this lookup runs in C. The classes are
# lxml.html's, but for its form-field subclasses (FormElement, InputElement, ...), which give
# only form helpers no stage uses.
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
#: Nesting deeper than libxml2 takes (2048) is cut to this depth before a second parse.
FLAT_DEPTH = 1000
_TAG = regex.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>")
# libxml2 drops everything after </html>; browsers put it in the body, and templates that
# close the document early (a header include ending in </body></html>) rely on that.
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.I)
_MARKUP = re.compile(r"<[a-zA-Z]")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


def parse_html(page: str | bytes, *, encoding: str | None = None,
               max_chars: int = MAX_CHARS) -> lxml.html.HtmlElement | None:
    """Parse a page into a fresh tree (the caller's input is never touched).

    Returns None for a page with no markup content at all (empty document).
    """
    return parse_page(page, encoding=encoding, max_chars=max_chars)[0]


def parse_page(page: str | bytes | Decoded, *, encoding: str | None = None,
               url: str | None = None,
               max_chars: int = MAX_CHARS) -> tuple[lxml.html.HtmlElement | None, bool]:
    """The page's tree (None when it has no markup content) and whether it was cut to size.

    A page above ``max_chars`` characters or ``MAX_TAGS`` tags is cut before parsing, at the
    last tag before the limit, and only its beginning is cleaned: the second value says so.
    """
    decoded = decode_page(page, encoding, url=url)
    text, truncated = cap_markup(decoded.text, max_chars)
    return _parse(text, None if truncated else decoded.utf8), truncated


def cap_markup(text: str, max_chars: int = MAX_CHARS) -> tuple[str, bool]:
    """``text`` cut below ``max_chars`` characters and ``MAX_TAGS`` tags, and whether it was."""
    if len(text) > max_chars:
        limit = cut_point(text, max_chars, "<")
    else:
        limit = len(text)
    if text.count("<", 0, limit) > MAX_TAGS:
        limit = _nth_tag(text, MAX_TAGS)  # the position of a tag: a clean cut already
    return (text[:limit], True) if limit < len(text) else (text, False)


#: How far back from the size cap a cut looks for a tag or line break, then white space.
CUT_WINDOW = 10_000


def cut_point(text: str, limit: int, boundary: str) -> int:
    """Where to cut ``text`` to at most ``limit`` characters so that no word is cut in two:
    before the last ``boundary`` (a tag, a line break) in the ``CUT_WINDOW`` characters
    before ``limit``, else after white space there, else at ``limit``."""
    floor = max(0, limit - CUT_WINDOW)
    at = text.rfind(boundary, floor, limit + 1)
    if at > 0:
        return at
    at = max(text.rfind(space, floor, limit) for space in " \t\n")
    return at + 1 if at > 0 else limit


def _parse(text: str, utf8: bytes | None = None) -> lxml.html.HtmlElement | None:
    """The tree of ``text``; ``utf8``, when given, is its UTF-8 form (the page's own bytes)."""
    # lxml refuses a str that carries its own encoding declaration.
    if text.lstrip()[:5].lower() == "<?xml":
        text, utf8 = _XML_DECL.sub("", text, count=1), None
    # The UTF-8 bytes the parser reads, made once: the test for characters no XML tree may
    # hold reads them too, and only a page changed on the way is encoded again.
    data = utf8 if utf8 is not None else _utf8(text)
    if data is None or _holds_not_xml(data, text):
        text, data = _NOT_XML.sub(_xml_safe, text), None
    if not text or text.isspace():
        return None
    end = _END_TAGS.search(text)
    if end and _MARKUP.search(text, end.end()):
        text, data = _END_TAGS.sub("", text), None
    opened = open_self_closed_scripts(text)
    if opened is not text:
        text, data = opened, None
    try:
        root = lxml.html.document_fromstring(data or text.encode("utf-8"), parser=_PARSER)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
            root = lxml.html.document_fromstring(flatten(text).encode("utf-8"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    except lxml.etree.LxmlError as exc:  # pragma: no cover - libxml2 refuses very rarely
        raise UnusableInputError(f"unparseable HTML: {exc}") from exc
    return root


def open_self_closed_scripts(text: str) -> str:
    """``text`` with each ``<script …/>`` written ``<script …>`` (the same object when none).

    HTML has no self-closing script: in a browser ``<script src=x.js />`` opens a script whose
    source runs to the next ``</script>``, and nothing in between is shown. libxml2 closes it
    at once and shows that source as text (or the markup a browser hides)."""
    pieces: list[str] = []
    start = pos = 0
    while True:
        i = text.find("<script", pos)
        if i < 0:
            break
        j = text.find(">", i)
        if j < 0:
            break
        if text[j - 1] == "/":
            pieces.append(text[start:j - 1])
            start = j
        pos = j
    if not pieces:
        return text
    pieces.append(text[start:])
    return "".join(pieces)


def has_not_xml(text: str) -> bool:
    """Whether ``text`` holds a character _NOT_XML matches (what ``_NOT_XML.search`` says,
    about three times faster on a whole page: the scan runs over bytes in C)."""
    data = _utf8(text)
    return data is None or _holds_not_xml(data, text)


def _utf8(text: str) -> bytes | None:
    """``text`` in UTF-8, None when it holds a lone surrogate (no UTF-8 for it)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _holds_not_xml(data: bytes, text: str) -> bool:
    """has_not_xml for a text without lone surrogates, given its UTF-8 bytes."""
    return bool(data.translate(None, _XML_BYTES)) or "\ufffe" in text or "\uffff" in text


def _nth_tag(text: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.find("<", pos + 1)
    return pos


def _xml_safe(m: re.Match) -> str:
    c = m.group()
    return _NOT_XML_AS.get(c, "\ufffd" if "\ud800" <= c <= "\udfff" else "")


def flatten(text: str, max_depth: int = FLAT_DEPTH) -> str:
    """The markup with opening tags beyond ``max_depth`` open elements removed (text kept)."""
    open_tags: dict[str, int] = {}
    depth, pos, out = 0, 0, []
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if name in _VOID or m.group(0).endswith("/>"):
            continue
        if m.group(1):
            if open_tags.get(name):
                open_tags[name] -= 1
                depth -= 1
        elif depth >= max_depth:
            out.append(text[pos:m.start()])
            pos = m.end()
        else:
            open_tags[name] = open_tags.get(name, 0) + 1
            depth += 1
    out.append(text[pos:])
    return "".join(out)
