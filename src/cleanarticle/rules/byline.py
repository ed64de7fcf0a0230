"""Bylines: recognising "By X" lines and normalising author names."""

from __future__ import annotations

import html

import regex

from .dates import cut_at_date, has_date, is_dateline, strip_dates

# "By", "Von", "Par", "Por", "Di", "Door", "Written by", "Author:" ... before the name(s).
_PREFIX = regex.compile(
    r"^\s*(?:(?:written|posted|published|reported|text|words|story|photos?|reviewed|edited|"
    r"geschrieben|verfasst|écrit|escrito|scritto|geschreven)\s+(?:by|von|par|por|da|di|door)"
    r"|by|von|par|por|di|door"
    r"|(?:authors?|autor(?:in|en|es|a)?|auteurs?|autore|redactie|redaktion|text|texte|texto"
    r"|testo|reporter|written\s+by)\s*[:：]"
    r")(?!\w)\s*[:：]?\s*",
    regex.IGNORECASE,
)
# Words allowed inside a name besides capitalised ones.
_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos",
    "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "and", "und", "et",
    "en", "&", "admin", "staff", "team", "editor", "editors", "redaktion", "redactie",
}
_JOINERS = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*",
                         regex.IGNORECASE)
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_HANDLE = regex.compile(r"(?<!\w)@\w+")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_NOISE = regex.compile(
    r"(?:e-?mail|follow|contact|twitter|facebook|linkedin|instagram)\s+(?:the\s+)?"
    r"(?:author|me|us|on\s+\w+)?\b|\bview all posts\b|\bmore by\b.*$|\bread more\b.*$",
    regex.IGNORECASE,
)
# Degrees and titles after a name ("Jane Doe, Ph.D.", "John Roe, MD"): not names.
_CREDENTIAL = regex.compile(
    r"^(?:ph\.?\s?d|m\.?\s?d|d\.?\s?o|r\.?\s?n|r\.?\s?d|d\.?d\.?s|jr|sr|esq|mba|msc|bsc|cfa|cfp"
    r"|dipl\.?-?\w*|prof|dr)\.?$|(?-i:^[\p{Lu}®]{2,6}$)",
    regex.IGNORECASE,
)
_SEPARATORS = regex.compile(r"\s*[|•·–—/]\s*|\s+-\s+")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.?)$")

BYLINE_MAX_CHARS = 80
BYLINE_MAX_NAME_WORDS = 9


def _name_like(text: str) -> bool:
    words = text.replace(",", " , ").split()
    names = [w for w in words if w != ","]
    if not names or len(names) > BYLINE_MAX_NAME_WORDS:
        return False
    capital = 0
    for w in names:
        if _NAME_WORD.match(w):
            capital += 1
        elif w.casefold() not in _PARTICLES:
            return False
    return capital > 0 or names[0].casefold() in ("admin", "staff", "team")


def _name_part(rest: str) -> str:
    """The name part of a byline's remainder: before a separator, without dates."""
    rest = _SEPARATORS.split(rest, maxsplit=1)[0]
    rest = _EMAIL.sub(" ", rest)
    rest = _HANDLE.sub(" ", rest)
    rest = _NOISE.sub(" ", rest)
    return cut_at_date(rest).strip(" ,;:|-")


def looks_like_names(text: str) -> bool:
    """Whether a cleaned author string reads as names (not "Share this article")."""
    return all(_name_like(n) for n in text.split("; "))


def is_byline_prefix(text: str) -> bool:
    """True for a byline prefix standing alone ("By", "Von", "Written by", "Autor:")."""
    m = _PREFIX.match(text)
    return bool(m) and m.end() == len(text)


def is_byline(text: str) -> bool:
    """True for a short byline: "By Jane Doe", "Von Max Muster | 10.10.2023", "Par A et B",
    "Author: X", "By admin". Prose that starts with "By the end of..." returns False: after
    the prefix only names (capitalised words, name particles, "and"/","/"&") may follow,
    optionally a date or separator and more.
    """
    text = text.strip()
    if not text or len(text) > BYLINE_MAX_CHARS:
        return False
    m = _PREFIX.match(text)
    if not m or m.end() == len(text):
        return False
    rest = text[m.end():]
    # "von" and "de" and "da" lead ordinary clauses; demand a clean name after them.
    name = _name_part(rest)
    return bool(name) and _name_like(name)


def clean_author(value: str | None) -> str | None:
    """A normalised author string: no "By", e-mail, @handle, URL or widget text; several
    authors joined with "; ". None when nothing name-like is left.
    """
    if not value:
        return None
    text = " ".join(value.split())
    if "&" in text and ";" in text:  # entities escaped twice by the site
        text = html.unescape(text)
    if not text or len(text) > 200:
        return None
    m = _PREFIX.match(text)
    if m and m.end() < len(text):
        text = text[m.end():]
    text = _URL.sub(" ", text)
    text = _name_part(text)
    parts = [p.strip(" .,;:-") for p in _JOINERS.split(text)]
    names = []
    for p in parts:
        if not p or p.casefold() in _PARTICLES - {"admin", "staff", "team"}:
            continue
        if any(ch.isdigit() for ch in p) or len(p) > 60 or _CREDENTIAL.match(p):
            continue
        if p not in names:
            names.append(p)
    return "; ".join(names) or None


def split_authors(values: list[str]) -> str | None:
    """Several raw author values (JSON-LD list, repeated meta tags) as one "; "-joined string."""
    names: list[str] = []
    for v in values:
        a = clean_author(v)
        if not a:
            continue
        for n in a.split("; "):
            if n not in names:
                names.append(n)
    return "; ".join(names) or None


# Pieces that stand beside a date in a post's meta line: "3 min read", "Lesezeit: 1 Minute",
# "5 Comments", "3 Kommentare".
_META_PIECE = regex.compile(
    r"^(?:~\s*)?(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\s*[:：]?\s*)?"
    r"\d+\s*(?:min(?:ute)?s?|minuten?|mn)\.?(?:\s+(?:read|lesezeit|de lecture|de lectura"
    r"|di lettura|leestijd))?$"
    r"|^(?:\d+|no)\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties"
    r"|replies|antworten)$",
    regex.IGNORECASE,
)
_META_SEPARATORS = regex.compile(r"\s*(?:[|•·⋅]+|\s[/–—-]\s|//)\s*")
DATED_BYLINE_MAX_CHARS = 120


def is_dated_byline(text: str) -> bool:
    """True for a post's meta line that holds a date beside names, read time or a comment
    count: "By Jane Doe Updated Sep 5, 2024", "Tom Talbot October 14, 2025", "22. Januar
    2020 // Autor: c1ph4 // Lesezeit: 1 Minute", "6. November 2023 | 3 Kommentare".
    Prose with a date ("The council met on 3 May 2014") returns False.
    """
    text = text.strip()
    if not text or len(text) > DATED_BYLINE_MAX_CHARS or not has_date(text):
        return False
    pieces = [p.strip(" ,;:()[]") for p in _META_SEPARATORS.split(text)]
    dated = False
    for piece in pieces:
        if not piece:
            continue
        if is_dateline(piece):
            dated = True
            continue
        if has_date(piece):
            dated = True
            rest = cut_at_date(piece)
            after = strip_dates(piece[len(rest):]).strip(" ,;:()[]")
            if after and not _META_PIECE.match(after) and not _name_or_byline(after) \
                    and strip_dates(after).strip(" ,;:()[]"):
                return False
            piece = rest
            if not piece:
                continue
        if not (_META_PIECE.match(piece) or _name_or_byline(piece)):
            left = strip_dates(piece).strip(" ,;:()[]")  # a time, weekday or label alone
            if left and not _META_PIECE.match(left):
                return False
    return dated


def _name_or_byline(text: str) -> bool:
    text = text.strip(" ,;:()[]")
    return bool(text) and (is_byline(text) or _name_like(text))


def author_in_meta_line(text: str) -> str | None:
    """The author a post's dated meta line names with a byline piece: "10. Oktober 2023 · Von
    Katrin Berger · Brot" gives "Katrin Berger". (A text dump joins on one line what the
    HTML shows in separate elements.)"""
    if not is_dated_byline(text):
        return None
    for piece in _META_SEPARATORS.split(text):
        piece = piece.strip(" ,;:()[]")
        if piece and is_byline(piece):
            return clean_author(piece)
    return None
