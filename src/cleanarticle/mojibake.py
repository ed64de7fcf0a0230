"""Text that was decoded twice: UTF-8 read as Latin-1 or Windows-1252 somewhere before the page
reached us (a CMS, a database dump, a scraper), so that "it’s" reads "itâ€™s" and "café" reads
"cafÃ©". A page decoded twice throughout is undone in one step; one where only some of it was
(a stored text inside a good template) goes to ftfy piece by piece (the text between tags,
where the signature shows), each piece fixed only where the result is the more plausible text.

Pages in this state are rare (50 of the 2,674 dev pages), so a cheap test comes first: the lead
byte of a two- or three-byte UTF-8 sequence (C2, C3, E2) read as a Latin-1/Windows-1252
character ("Â", "Ã", "â") before a continuation byte read the same way (a C1 control, one of
Windows-1252's punctuation marks, or NBSP to "¿"). Text in Portuguese ("SÃO"), French
("château") or Vietnamese never puts those characters together.
"""

from __future__ import annotations

import re

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

#: The lead bytes C2, C3 and E2 read as Latin-1 or Windows-1252.
_LEADS = "\u00c2\u00c3\u00e2"
#: A continuation byte (80-BF) read as Latin-1 or Windows-1252.
_CONTINUATIONS = frozenset(map(chr, range(0x80, 0xC0))) | frozenset(
    bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))


def _has_signature(text: str) -> bool:
    # str.find runs in C and most pages hold none of the three characters; a regular
    # expression's character class costs a third of a millisecond on a 100 KB page.
    for lead in _LEADS:
        at = text.find(lead)
        while at >= 0:
            if text[at + 1:at + 2] in _CONTINUATIONS:
                return True
            at = text.find(lead, at + 1)
    return False


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was decoded as Latin-1 or Windows-1252 decoded again (the same
    object when there is none)."""
    if not _has_signature(text):
        return text
    # A page decoded twice throughout: undone in one step, in C.
    for codec in ("latin-1", "sloppy-windows-1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    # Some of it only (a template in good UTF-8 around a stored text that is not): ftfy on the
    # pieces between tags that show any UTF-8 lead byte so read (also "PaweÅ\x82",
    # "ð\x9d\x95\x8f"), each fixed only where that reads better. (Not on whole lines: a
    # minified page is one line, and ftfy on a line of a megabyte takes most of a second.)
    pieces = _TAG.split(text)
    fixed = "".join(ftfy.fix_text(p, _CONFIG)
                    if len(p) <= PIECE_MAX_CHARS and _ANY_SIGNATURE.search(p) else p
                    for p in pieces)
    return text if fixed == text else fixed


#: Longer pieces between tags are script data (a framework's page state), not text: ftfy on a
#: megabyte of it takes half a second. (A JSON-LD block with the headline is far shorter.)
PIECE_MAX_CHARS = 50_000


_TAG = re.compile(r"(<[^<>]{0,2000}>)")
#: Any lead byte of a multi-byte UTF-8 sequence (C2-F4) read as Latin-1 or Windows-1252,
#: before a continuation byte read the same way.
_ANY_SIGNATURE = re.compile("[\u00c2-\u00f4][" + re.escape("".join(sorted(_CONTINUATIONS))) + "]")


# Only the encoding repairs: the page's markup, entities, quotes and widths stay as they are.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False,
)
