"""Bytes → str: BOM, then strict UTF-8, then the declared charset, then detection."""

from __future__ import annotations

import codecs
from typing import NamedTuple

import regex

from .errors import UnusableInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{2,40})""", regex.I)
_XML_DECLARED = regex.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.\-]{2,40})""", regex.I)
# Browsers read these labels as windows-1252; pages declaring them often hold cp1252 bytes.
_WINDOWS_ALIASES = {"ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252"}


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta or XML declaration), if Python knows it."""
    head = data[:4096]
    match = _XML_DECLARED.search(head) or _DECLARED.search(head)
    if not match:
        return None
    return normalize_encoding(match.group(1).decode("ascii", "ignore"))


def normalize_encoding(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _WINDOWS_ALIASES.get(name, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NUL bytes on one side of its code units only.

    Latin text has them on every other position; Cyrillic or CJK text only around its ASCII
    (markup, digits, spaces), so a one-sided NUL pattern that decodes cleanly is enough.
    """
    sample = data[:512]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    for name, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high > 0.6 * half and low < 0.1 * half:
            return name
        if high >= max(4, 0.03 * half) and 4 * low <= high and _decodes(sample, name):
            return name
    return None


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 text without a BOM: one byte of four always NUL, its neighbour at most 0x10."""
    sample = data[:1024]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 8:
        return None
    if not any(sample[3::4]) and max(sample[2::4]) <= 0x10 and any(sample[0::4]):
        return "utf-32-le"
    if not any(sample[0::4]) and max(sample[1::4]) <= 0x10 and any(sample[3::4]):
        return "utf-32-be"
    return None


def _decodes(sample: bytes, name: str) -> bool:
    try:
        codecs.getincrementaldecoder(name)("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def looks_binary(data: bytes) -> bool:
    """True for data that is no text in any encoding we read (images, archives, executables)."""
    sample = data[:2048]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > 0.1 * len(sample):
        return True
    # Random or compressed bytes hold about 10.5% of these, so the threshold alone lets a
    # quarter of them through. Text with a few stray controls is valid UTF-8, and CJK text in
    # UTF-16 without a BOM decodes as such; random bytes hit a lone surrogate within a few dozen.
    return controls > 0.03 * len(sample) and not any(
        _decodes(sample, name) for name in ("utf-8", "utf-16-le", "utf-16-be"))


class Decoded(NamedTuple):
    """A page as text, with its bytes when they are that very text in UTF-8 without a BOM
    (a parser can read those as they are, without the text being encoded again)."""

    text: str
    utf8: bytes | None = None


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes. ``encoding`` (e.g. from an HTTP header) is tried after BOM and UTF-8."""
    return decode_page(data, encoding).text


def decode_page(data: bytes, encoding: str | None = None) -> Decoded:
    """:func:`decode`, keeping the bytes when they are plain UTF-8."""
    bom = _bom(data)
    if bom:
        return Decoded(data[bom[1]:].decode(bom[0], "replace"))
    wide = _utf32_without_bom(data) or _utf16_without_bom(data)
    if wide:
        return Decoded(data.decode(wide, "replace"))
    if looks_binary(data):
        raise UnusableInputError("binary input: not a text or HTML page")
    try:
        # Valid UTF-8 with multi-byte sequences is almost never another encoding by chance.
        return Decoded(data.decode("utf-8"), data)
    except UnicodeDecodeError:
        pass
    for candidate in (normalize_encoding(encoding), declared_encoding(data)):
        if candidate and candidate not in ("utf-8", "utf-16", "utf-32"):
            try:
                return Decoded(data.decode(candidate))
            except (UnicodeDecodeError, LookupError):
                continue
    return Decoded(_detect(data))


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only for undeclared, non-UTF-8 pages

    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")


def to_text(page: str | bytes, encoding: str | None = None) -> str:
    """The page as a str, whatever came in. Raises UnusableInputError for non-text input."""
    return to_decoded(page, encoding).text


def to_decoded(page: str | bytes | Decoded, encoding: str | None = None) -> Decoded:
    """The page as :class:`Decoded`, whatever came in (a Decoded as it is). Raises
    UnusableInputError for non-text input."""
    if isinstance(page, Decoded):
        return page
    if isinstance(page, (bytes, bytearray, memoryview)):
        return decode_page(bytes(page), encoding)
    if isinstance(page, str):
        return Decoded(page)
    raise UnusableInputError(f"expected str or bytes, got {type(page).__name__}")
