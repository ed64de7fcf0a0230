"""Bytes → str: BOM, UTF-16/32, strict UTF-8, mostly UTF-8, the declared charset, detection."""

from __future__ import annotations

import codecs
import unicodedata
from typing import NamedTuple
from urllib.parse import urlsplit

import regex

from .errors import UnusableInputError
from .mojibake import fix_mojibake

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
    # CJK text without spaces has NULs only in its few ASCII characters (line breaks,
    # digits). No legacy encoding or UTF-8 text holds a NUL at all: NULs all on one side
    # and a clean decoding say UTF-16.
    head = data[:65536]
    if b"\0" not in head:  # (most pages: one search in C instead of two slices counted)
        return None
    head = head[: len(head) - len(head) % 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for name, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= 2 and low == 0 and _decodes(head, name):
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


# Every byte but the control characters no text holds (below 9, and 14 to 31).
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    """True for data that is no text in any encoding we read (images, archives, executables)."""
    sample = data[:2048]
    if not sample:
        return False
    controls = len(sample.translate(None, _NOT_CONTROLS))  # what is left: the control bytes
    if controls > 0.1 * len(sample):
        return True
    # Random or compressed bytes hold about 10.5% of these, so the threshold alone lets a
    # quarter of them through. Text with a few stray controls is valid UTF-8, and CJK text in
    # UTF-16 without a BOM decodes as such; random bytes hit a lone surrogate within a few dozen.
    return controls > 0.03 * len(sample) and not any(
        _decodes(sample, name) for name in ("utf-8", "utf-16-le", "utf-16-be"))


def decode(data: bytes, encoding: str | None = None, *, url: str | None = None) -> str:
    """Decode page bytes. ``encoding`` (e.g. from an HTTP header) is tried after BOM and UTF-8.

    A page without a usable declaration is detected (``url``'s top-level domain hints at the
    region, as in browsers).
    """
    return _decode(data, encoding, url)[0]


def _decode(data: bytes, encoding: str | None, url: str | None) -> tuple[str, bool]:
    """decode(), and whether ``data`` is the text's exact UTF-8 form (strict UTF-8, no BOM)."""
    bom = _bom(data)
    if bom:
        return data[bom[1]:].decode(bom[0], "replace"), False
    wide = _utf32_without_bom(data) or _utf16_without_bom(data)
    if wide:
        return data.decode(wide, "replace"), False
    if looks_binary(data):
        raise UnusableInputError("binary input: not a text or HTML page")
    try:
        # Valid UTF-8 with multi-byte sequences is almost never another encoding by chance.
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, False
    for candidate in (normalize_encoding(encoding), declared_encoding(data)):
        if candidate and candidate not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(candidate), False
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode(detect_legacy(data, url), "replace"), False


# Bytes that are no UTF-8, as "surrogateescape" leaves them, read as windows-1252 (its five
# undefined bytes as U+FFFD).
_STRAY_BYTES = {0xDC00 + b: bytes([b]).decode("cp1252", "replace") for b in range(0x80, 0x100)}
_STRAY = regex.compile("[\udc80-\udcff]")
_NON_ASCII = regex.compile("[^\x00-\x7f]")


def _mostly_utf8(data: bytes) -> str | None:
    """A UTF-8 page with a few stray legacy bytes (a pasted snippet, an old include).

    When its valid multi-byte characters outnumber the stray bytes, the page is UTF-8: it is
    decoded so, and each stray byte read as windows-1252. Else None (a legacy page).
    """
    text = data.decode("utf-8", "surrogateescape")
    stray = len(_STRAY.findall(text))
    valid = len(_NON_ASCII.findall(text)) - stray
    if valid <= stray:
        return None
    return text.translate(_STRAY_BYTES)


# Languages written on the web, before UTF-8, in windows-1252 only (ISO-8859-1 and -15 are
# the same letters): a page declaring one of them and no charset is windows-1252.
_WESTERN_LANGUAGES = frozenset(
    "af ca cy da de en es eu fi fo fr ga gd gl id is it ms nb nl nn no oc pt sq sv sw".split())
_LANG = regex.compile(
    rb"""<html\b[^>]{0,300}?\blang\s*=\s*["']?\s*([a-zA-Z]{2,3})\b"""
    rb"""|<meta[^>]{0,100}?content-language["']?[^>]{0,100}?content\s*=\s*["']?\s*([a-zA-Z]{2,3})\b""",
    regex.I)


def declared_language(data: bytes) -> str | None:
    """The primary language subtag a page declares in its first bytes (html lang, meta)."""
    match = _LANG.search(data[:8192])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii").lower()


def _tld(url: str | None) -> bytes | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").rstrip(".")
    label = host.rsplit(".", 1)[-1]
    return label.encode("ascii") if label.isascii() and label.isalpha() else None


def detect_legacy(data: bytes, url: str | None = None) -> str:
    """The legacy encoding of an undeclared page that is no UTF-8.

    A page declaring a Western European language is windows-1252 when it decodes as such;
    otherwise Firefox's detector (chardetng) decides, given the URL's top-level domain, unless
    windows-1252 reads the page as well (:func:`_reads_better`). Measured on the dev sets'
    UTF-8 pages that declare a language, re-encoded into that language's legacy encoding and
    stripped of their charset (2,106 pages, 23 languages; scratch script, not in the repo):
    the page's text comes back exactly for 2,105 (2,066 with the language declaration also
    removed and no URL). Before: charset-normalizer on the first 64 KB, 1,211; chardetng
    alone, 2,028 (2,040 with the domain).
    """
    if declared_language(data) in _WESTERN_LANGUAGES:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    from chardetng_py.detector import EncodingDetector

    detector = EncodingDetector()
    detector.feed(data, last=True)
    guess = normalize_encoding(detector.guess(tld=_tld(url), allow_utf8=False)) or "cp1252"
    if guess != "cp1252" and not _reads_better(data, guess):
        return "cp1252"
    return guess


# Apostrophes and dashes stand inside words in any Latin text ("it’s", "well–known").
_IN_WORD_MARKS = frozenset("\u2019\u2018\u00b4`\u00b7-\u2013\u2010\u2011")


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _plausibility(text: str, positions: list[int]) -> int:
    """How well the characters at ``positions`` fit their words: a letter among letters of
    its script +1, among letters of another script -1 (so are accented Latin letters in a
    run of three), a symbol inside a word -1."""
    score = 0
    for i in positions:
        ch = text[i]
        if unicodedata.category(ch).startswith("M"):
            continue  # a vowel sign or accent: part of the letter before it
        near = [c for c in (text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else "")
                if c.isalpha()]
        if ch.isalpha():
            if any(_script(c) != _script(ch) for c in near):
                score -= 1
            elif len(near) == 2 and _script(ch) == "LATIN" and not any(c.isascii() for c in near):
                score -= 1  # "Ïðèâåò": Latin words hold their accented letters one or two at once
            elif near:
                score += 1
        elif len(near) == 2 and ch not in _IN_WORD_MARKS:
            score -= 1
    return score


def _reads_better(data: bytes, guess: str) -> bool:
    """Whether a single-byte ``guess`` reads the page better than windows-1252, the web's
    default: where the two differ, its letters must fit words ("Władze" against "W³adze")
    at least as well, and at least once. A detector with little to go on (an English page
    whose only such byte is a pound sign: "Ł120" against "£120") loses to the default.
    """
    try:
        theirs = data.decode(guess)
        ours = data.decode("cp1252", "replace")
    except (UnicodeDecodeError, LookupError):
        return True
    if len(theirs) != len(data):  # a multi-byte encoding (CJK): no confusion with 1252
        return True
    differ = [i for i, (a, b) in enumerate(zip(theirs, ours, strict=True)) if a != b]
    if not differ:
        return False
    score = _plausibility(theirs, differ)
    return score > 0 and score >= _plausibility(ours, differ)


class Decoded(NamedTuple):
    """A page decoded, with its UTF-8 bytes when it came as them (None otherwise): the HTML
    parser reads UTF-8, and a page that came so need not be encoded again (0.2 ms a page)."""

    text: str
    utf8: bytes | None = None


def decode_page(page: str | bytes | Decoded, encoding: str | None = None, *,
                url: str | None = None) -> Decoded:
    """The page as a str (see :func:`to_text`), and its UTF-8 bytes when it came as such.

    Text that was decoded twice before it reached us ("itâ€™s") is decoded again
    (:func:`~cleanarticle.mojibake.fix_mojibake`)."""
    if isinstance(page, Decoded):
        return page
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        text, utf8 = _decode(data, encoding, url)
        fixed = fix_mojibake(text)
        return Decoded(fixed, data if utf8 and fixed is text else None)
    if isinstance(page, str):
        return Decoded(fix_mojibake(page))
    raise UnusableInputError(f"expected str or bytes, got {type(page).__name__}")


def to_text(page: str | bytes | Decoded, encoding: str | None = None, *,
            url: str | None = None) -> str:
    """The page as a str, whatever came in. Raises UnusableInputError for non-text input."""
    return decode_page(page, encoding, url=url).text
