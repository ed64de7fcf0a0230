"""Page → lxml tree: decoding, size guard, repair of broken markup."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import regex

from ..decode import Decoded, to_decoded
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
# The same characters in UTF-8 bytes (strict UTF-8 holds no surrogates): the controls are
# single bytes, U+FFFE and U+FFFF three. Looked for with bytes.translate and a literal search,
# a quarter of the time of the scan of the str (0.18 vs 0.70 ms a modern-dev page).
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHAR_UTF8 = re.compile(rb"\xef\xbf[\xbe\xbf]")
_NOT_XML_AS = {"\x0b": " ", "\x0c": " "}  # vertical tab and form feed are HTML white space

_OPTIONS = {
    "remove_comments": True,
    "remove_pis": True,
    "no_network": True,
    "recover": True,
    "collect_ids": False,
    "default_doctype": False,
    # Lifts libxml2's depth limit from 256 to 2048 (and its 10 MB text node limit): past the
    # limit the parser stops and everything after the deep spot is lost.
    "huge_tree": True,
}
# lxml.html's own parser asks a Python callback for the class of every element proxy it makes
# (thousands per page; 3% of our time on modern-dev); this lookup runs in C. The classes are
# lxml.html's, but for its form-field subclasses (FormElement, InputElement, ...), which give
# only form helpers no stage uses.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)
_PARSER = lxml.etree.HTMLParser(**_OPTIONS)
_PARSER.set_element_class_lookup(_LOOKUP)
# For a page's own bytes when they are its text in UTF-8: read as UTF-8 whatever the page
# declares, as the decoded text is.
_UTF8_PARSER = lxml.etree.HTMLParser(encoding="utf-8", **_OPTIONS)
_UTF8_PARSER.set_element_class_lookup(_LOOKUP)
#: Nesting deeper than libxml2 takes (2048) is cut to this depth before a second parse.
FLAT_DEPTH = 1000
_TAG = regex.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>")
# libxml2 drops everything after </html>; browsers put it in the body, and templates that
# close the document early (a header include ending in </body></html>) rely on that.
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.I)
_MARKUP = re.compile(r"<[a-zA-Z]")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


def parse_html(page: str | bytes | Decoded, *, encoding: str | None = None,
               max_chars: int = MAX_CHARS) -> lxml.html.HtmlElement | None:
    """Parse a page into a fresh tree (the caller's input is never touched).

    Returns None for a page with no markup content at all (empty document). The text is what
    the parser reads; when nothing in it needs changing and the page came as UTF-8 bytes,
    the parser reads those bytes instead (the same characters, without encoding them again).
    """
    text, raw = to_decoded(page, encoding)
    if len(text) > max_chars:
        text, raw = text[:max_chars], None
    if (text.count("<") if raw is None else raw.count(b"<")) > MAX_TAGS:
        text, raw = text[:_nth_tag(text, MAX_TAGS)], None
    # lxml refuses a str that carries its own encoding declaration.
    if text.lstrip()[:5].lower() == "<?xml":
        text, raw = _XML_DECL.sub("", text, count=1), None
    if raw is not None and not _xml_safe_utf8(raw):
        raw = None
    if raw is None and _NOT_XML.search(text):
        text = _NOT_XML.sub(_xml_safe, text)
    if not text or text.isspace():  # (text.strip() would copy the whole page)
        return None
    end = _END_TAGS.search(text)
    if end and _MARKUP.search(text, end.end()):
        text, raw = _END_TAGS.sub("", text), None
    parser = _PARSER if raw is None else _UTF8_PARSER
    try:
        root = lxml.html.document_fromstring(text if raw is None else raw, parser=parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            root = lxml.html.document_fromstring(flatten(text), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    except lxml.etree.LxmlError as exc:  # pragma: no cover - libxml2 refuses very rarely
        raise UnusableInputError(f"unparseable HTML: {exc}") from exc
    return root


def _xml_safe_utf8(raw: bytes) -> bool:
    """Whether UTF-8 bytes hold none of the characters of _NOT_XML."""
    return len(raw.translate(None, _CONTROL_BYTES)) == len(raw) and not _NONCHAR_UTF8.search(raw)


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
