"""Page → lxml tree: decoding, size guard, repair of broken markup."""

from __future__ import annotations

import lxml.etree
import lxml.html
import regex

from ..errors import UnusableInputError
from .decode import decode

#: Pages longer than this (in characters) are cut before parsing: no real article needs more,
#: and parse time grows with size. Tuned as a safety bound, far above any dev-set page (max ~4 MB).
MAX_CHARS = 8_000_000

_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>", regex.I)
# Characters no XML tree may hold: lxml keeps them from the HTML parser but refuses them when
# a filter later writes text (ValueError), and a lone surrogate cuts the parse short.
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_AS = {"\x0b": " ", "\x0c": " "}  # vertical tab and form feed are HTML white space

_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,
    default_doctype=False,
)


def to_text(page: str | bytes, encoding: str | None = None) -> str:
    """The page as a str, whatever came in. Raises UnusableInputError for non-text input."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        return decode(bytes(page), encoding)
    if isinstance(page, str):
        return page
    raise UnusableInputError(f"expected str or bytes, got {type(page).__name__}")


def parse_html(page: str | bytes, *, encoding: str | None = None,
               max_chars: int = MAX_CHARS) -> lxml.html.HtmlElement | None:
    """Parse a page into a fresh tree (the caller's input is never touched).

    Returns None for a page with no markup content at all (empty document).
    """
    text = to_text(page, encoding)
    if len(text) > max_chars:
        text = text[:max_chars]
    # lxml refuses a str that carries its own encoding declaration.
    if text.lstrip()[:5].lower() == "<?xml":
        text = _XML_DECL.sub("", text, count=1)
    if _NOT_XML.search(text):
        text = _NOT_XML.sub(_xml_safe, text)
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    except lxml.etree.LxmlError as exc:  # pragma: no cover - libxml2 refuses very rarely
        raise UnusableInputError(f"unparseable HTML: {exc}") from exc
    return root


def _xml_safe(m: regex.Match) -> str:
    c = m.group()
    return _NOT_XML_AS.get(c, "\ufffd" if "\ud800" <= c <= "\udfff" else "")
