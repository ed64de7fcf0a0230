"""Bylines: recognising "By X" lines and normalising author names."""

from __future__ import annotations

import html

import regex

from .dates import DATE_START, cut_at_date, has_date, is_dateline, only_date_words, strip_dates
from .phrases import normalize, read_phrases

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
# The same before a credit already known to name the author (a <meta>, an element marked as
# the author), where more labels may stand: "Veröffentlicht von", "Byby" (a label and a link
# saying the same), "著者：", and "Author" set before the name without a colon.
_CREDIT_PREFIX = regex.compile(
    r"^\s*(?:(?:written|posted|published|reported|text|words|story|photos?|reviewed|edited|"
    r"created|geschrieben|verfasst|veröffentlicht|erstellt|écrit|publié|escrito|publicado"
    r"|scritto|pubblicato|geschreven|gepost|blog\s+beitrag)\s+(?:by|von|par|por|da|di|door)"
    r"|(?:by){1,2}|von|par|por|di|door|de"
    r"|(?:authors?|autor(?:in|en|es|a)?|auteurs?|autore|redactie|redaktion|text|texte|texto"
    r"|testo|reporter|written\s+by|interview)\s*[:：]"
    r")(?!\w)\s*[:：]?\s*"
    r"|^\s*(?:著者|作者|筆者|執筆者?|記者|撰文|编辑|編集|文)\s*[:：]\s*"
    r"|^\s*(?-i:(?:Author|AUTHOR|Autor|AUTOR|Autorin)(?:\s+|(?=\p{Lu}\p{Ll}))(?=\p{Lu}))",
    regex.IGNORECASE,
)
# Words allowed inside a name besides capitalised ones.
_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos",
    "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "and", "und", "et",
    "en", "&", "admin", "staff", "team", "editor", "editors", "redaktion", "redactie",
}
# Between two names: "," ";" "and" "und" ... ("e", "y", "en" only in lower case: "Laura E.
# Adkins" is one name); "&" is handled apart (see _split_names).
_JOINERS = regex.compile(
    r"\s*(?:[,;，、]|\band\b|\bund\b|\bet\b|(?-i:\b(?:y|e|en)\b)(?!\.))\s*",
    regex.IGNORECASE,
)
_AMPERSAND = regex.compile(r"\s*&\s*")
_EMAIL = regex.compile(r"\S+@\S+\.\w+|\S+\s?\[at\]\s?\S+")
_HANDLE = regex.compile(r"(?<!\w)@\w+")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_NOISE = regex.compile(
    r"(?:e-?mail|follow|contact|twitter|facebook|linkedin|instagram)\s+(?:the\s+)?"
    r"(?:author|me|us|on\s+\w+)?\b|\bview all posts\b|\bmore by\b.*$|\bread more\b.*$",
    regex.IGNORECASE,
)
# The same in a credit, and what follows the writer's name there: links to all their posts,
# a web address, the illustrator's or photographer's credit ("Illustration von …").
_CREDIT_NOISE = regex.compile(
    _NOISE.pattern + r"|\balle (?:artikel|beiträge)\b.*$|\bsee all\b.*$"
    r"|(?<=\S)\s+(?:illustrations?|illustrationen|fotos?|photos?|photography|bilder?|grafik"
    r"|infografik|video|kamera|camera)(?:\s*[:：]|\s+(?:von|by|par|por|di|door)\s).*$"
    r"|(?<![\w@])(?:[\w-]+\.)+(?:com|net|org|de|at|ch|fr|es|it|nl|uk|io|co)/\S*",
    regex.IGNORECASE,
)
# Degrees and titles after a name ("Jane Doe, Ph.D.", "John Roe, MD"): not names.
_CREDENTIAL = regex.compile(
    r"^(?:ph\.?\s?d|m\.?\s?d|d\.?\s?o|r\.?\s?n|r\.?\s?d|d\.?d\.?s|jr|sr|esq|mba|msc|bsc|cfa|cfp"
    r"|dipl\.?-?\w*|prof|dr)\.?$|(?-i:^[\p{Lu}®]{2,6}$)",
    regex.IGNORECASE,
)
_SEPARATORS = regex.compile(r"\s*[|•·–—/]\s*|\s+-\s+")
# The pieces of a credit: as above, but a slash set close ("dpa/lno", "AFP/The Local") joins
# a writer and an agency in one credit.
_CREDIT_SEPARATORS = regex.compile(r"\s*[|•·–—]\s*|\s+[-/]\s+")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.?)$")
# Brackets around a whole credit: "[Jane Doe, ITmedia]", "(Jane Doe)", "【…】".
_WRAPPED = regex.compile(r"^[\[(【（«「]\s*(.+?)\s*[\])】）»」]$")
_HOSTNAME = regex.compile(r"^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$")
# A template's placeholder left unfilled: "{{author}}", "%author_name%", "page.head.author".
_PLACEHOLDER = regex.compile(r"[{}%$<>]|(?<![^\W_])author(?![^\W_])", regex.IGNORECASE)
# A user name: one token of letters, digits and . _ - (at least one letter).
_HANDLE_NAME = regex.compile(r"^(?=.*\p{L})[\p{L}\p{N}._\-]{2,40}$")

# "by" inside a short credit, after a date or label: the name follows.
_INNER_BY = regex.compile(r"(?<=\s)(?:by|von|par|por|door)\s+(?=\S)", regex.IGNORECASE)
INNER_BY_MAX_WORDS = 6

# One-word job titles ("editor", "Redakteurin", "founder"): a credit's word, not a name's.
_JOB_ROLES = frozenset(r for r in read_phrases("bio_roles") if " " not in r) | frozenset(
    read_phrases("job_titles"))

BYLINE_MAX_CHARS = 80
BYLINE_MAX_NAME_WORDS = 9
AUTHOR_MAX_CHARS = 200  # longer values are prose or a list of references, not a byline
NAME_MAX_CHARS = 60


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


def _credit_part(text: str) -> str:
    """The piece of a credit that holds the name(s): in a meta line the piece with a byline
    prefix ("8. Januar 2020 · by Jane Doe · in Travel" gives "Jane Doe"), else the first
    piece that is not a date; without e-mail, @handle and widget text."""
    pieces = [p for p in _CREDIT_SEPARATORS.split(text) if p.strip()]
    if len(pieces) > 1:
        for p in pieces:
            m = _CREDIT_PREFIX.match(p)
            if m and m.end() < len(p):
                text = p[m.end():]
                break
        else:
            text = next((p for p in pieces if cut_at_date(p, bare_relative=False).strip(" ,;:|-")
                         and strip_dates(p).strip(" ,;:|-")), pieces[0])
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _CREDIT_NOISE.sub(" ", text)
    return cut_at_date(text, bare_relative=False).strip(" ,;:|-")


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


def _split_names(text: str) -> list[str]:
    """The names of a credit: split at "," ";" "and" ...; at "&" only between capitalised
    words ("Jane Doe & John Roe", not the magazine "Mac & i")."""
    out = []
    for part in _JOINERS.split(text):
        pieces = _AMPERSAND.split(part)
        if len(pieces) > 1 and not all(len(p) > 1 and p[0].isupper() for p in pieces):
            out.append(" & ".join(pieces))
        else:
            out.extend(pieces)
    return out


def without_role(name: str) -> str:
    """The name without a job title set after it on the same line ("Emma Ryan Writer")."""
    words = name.split()
    while len(words) > 2 and _is_role(words[-1]):
        words.pop()
    return _without_leading_role(" ".join(words)) if len(words) < len(name.split()) \
        else _without_leading_role(name)


def _without_leading_role(name: str) -> str:
    """The name without a job title set before it ("FOCUS-Online-Experte Robin Tschöpe")."""
    words = name.split()
    while len(words) > 2 and _is_role(words[0]):
        words.pop(0)
    return " ".join(words) if len(words) < len(name.split()) else name


def _is_role(word: str) -> bool:
    w = word.casefold().strip(".,:;()")
    w = w.rsplit("-", 1)[-1]
    return w in _JOB_ROLES or (w.endswith("s") and w[:-1] in _JOB_ROLES)


def _acceptable(name: str) -> bool:
    if not 2 <= len(name) <= NAME_MAX_CHARS or _PLACEHOLDER.search(name):
        return False
    if any(ch.isdigit() for ch in name):
        # a user name may hold digits ("freeman1984"); a name with a number is a count or date
        return _HANDLE_NAME.match(name) is not None and not name.isdigit()
    return True


def author_names(value: str | None) -> list[str]:
    """The names a credit gives, normalised: no "By", e-mail, @handle, URL or widget text,
    no degrees ("Jane Doe, MD" gives "Jane Doe"), each name once (case aside)."""
    if not value:
        return []
    text = " ".join(value.split())
    if "&" in text and ";" in text:  # entities escaped twice by the site
        text = html.unescape(text)
    if not text or len(text) > AUTHOR_MAX_CHARS:
        return []
    m = _WRAPPED.match(text)
    if m:
        text = m.group(1)
    m = _CREDIT_PREFIX.match(text)
    if m:
        if m.end() == len(text):
            return []  # a label alone ("By")
        text = text[m.end():]
    text = _credit_part(_URL.sub(" ", text))
    m = _INNER_BY.search(text)
    if m and len(text[:m.start()].split()) <= INNER_BY_MAX_WORDS \
            and not _name_like(text[:m.start()]):
        text = text[m.end():]  # "Posted on March 3 by jdoe", not "Anna von Stein"
    names: list[str] = []
    seen: set[str] = set()
    for raw_piece in _split_names(text):
        p = _without_leading_role(raw_piece.strip(" .,;:-"))
        if not p:
            continue
        folded = p.casefold()
        if folded in _PARTICLES - {"admin", "staff", "team", "redaktion", "redactie"}:
            continue
        if names and _is_role(p.split()[-1]):
            continue  # a job title after a name ("Jane Doe, Games Editor")
        if names and _CREDENTIAL.match(p):
            # a degree after a name belongs to it, as the byline writes it ("Jane Doe, MD");
            # a credit that starts in capitals is a name ("AFP")
            names[-1] += ", " + p + ("." if raw_piece.endswith(".") and "." in p else "")
            continue
        if not _acceptable(p) or folded in seen or only_date_words(p):
            continue  # a weekday or date label left over ("Sat"), or a name said twice
        seen.add(folded)
        names.append(p)
    if len(names) > 1:
        # a web address beside a writer names the publisher ("Jane Doe, example.com")
        names = [n for n in names if not _HOSTNAME.match(n)] or names
    return names


def clean_author(value: str | None) -> str | None:
    """A normalised author string: the names of :func:`author_names` joined with "; ",
    None when nothing name-like is left."""
    return "; ".join(author_names(value)) or None


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
            # a time, weekday or label alone, or before a byline ("15:49 VON Sina Giebel")
            left = strip_dates(piece).strip(" ,;:()[]")
            if left and not _META_PIECE.match(left) and not is_byline(left):
                return False
    return dated


def _name_or_byline(text: str) -> bool:
    text = text.strip(" ,;:()[]")
    return bool(text) and (is_byline(text) or _name_like(text))


def author_in_meta_line(text: str) -> str | None:
    """The author a post's dated meta line names: with a byline piece ("10. Oktober 2023 ·
    Von Katrin Berger · Brot" gives "Katrin Berger"), a byline after the date ("October 11,
    2023 by Jane Doe"), or a full name set after the date
    ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", "11.12.2019 - Amelie Loevenich"). (A text
    dump joins on one line what the HTML shows in separate elements.)"""
    if not is_dated_byline(text):
        return None
    pieces = [p.strip(" ,;:()[]") for p in _META_SEPARATORS.split(text)]
    for piece in pieces:
        if piece and is_byline(piece):
            return clean_author(piece)
    for piece in pieces:
        # "October 11, 2023 by Jane Doe": the byline after the date, in one piece
        m = _INNER_BY.search(piece) if piece and DATE_START.search(piece) else None
        if m and not cut_at_date(piece[:m.start()]).strip(" ,;:-") \
                and is_byline(piece[m.start():]):
            return clean_author(piece[m.start():])
    dated = False
    for piece in pieces:
        if not piece:
            continue
        if DATE_START.search(piece) or is_dateline(piece):
            dated = True
        elif dated and is_full_name(piece):
            return piece
    return None


# Author markup: the class stems that name the author, and those that name something about
# the author (a bio, an avatar, the job title, a link to all posts) rather than the name.
_AUTHOR_STEMS = ("author", "autor", "byline", "writer", "auteur", "verfasser", "creator")
_NOT_NAME_STEMS = ("bio", "avatar", "image", "img", "photo", "pic", "thumb", "prep", "label",
                   "title", "social", "links", "more", "posts", "about",
                   "comment", "share", "follow", "mail", "role", "position", "job", "count",
                   "icon", "desc", "intro")
_AUTHOR_HREF = regex.compile(r"/(?:authors?|autor(?:en)?|auteurs?|autore|redakteur|profiles?"
                             r"|journalists?|team|people|staff|mitarbeiter)/[^/?#]+",
                             regex.IGNORECASE)
_MARK_TOKEN = regex.compile(r"[\s]+")


def is_marked_name(rel: str | None, classes: str, href: str | None = None, *,
                   container: bool = False) -> bool:
    """Whether markup marks an element as the author's name: ``rel="author"``, a link to an
    author page, hCard ``fn``, a class such as ``author-name`` or ``byline__author``. With
    ``container``, also an element that holds the author's credit (``byline``,
    ``post-author``), but not the author's bio, avatar or job title."""
    if rel and "author" in rel.lower():
        return True
    if href and _AUTHOR_HREF.search(href):
        return True
    named = False
    for token in _MARK_TOKEN.split(classes.lower()):
        if not token:
            continue
        if token == "fn":
            return True
        if not any(s in token for s in _AUTHOR_STEMS):
            continue
        squashed = token.replace("-", "").replace("_", "")
        if any(s in squashed for s in _NOT_NAME_STEMS):
            continue
        if "name" in squashed:
            return True
        named = True
    return container and named


_NOT_NAMES = frozenset(read_phrases("author_not_names"))
_ROLES = _JOB_ROLES | {"redaktion", "redactie", "rédaction", "redacción", "redazione", "staff",
                       "team"}
FULL_NAME_MAX_WORDS = 4
VOUCHED_MAX_WORDS = 5
_SENTENCE_END = regex.compile(r"[.!?…]\s|[!?…]$")
_LIST_MARKS = regex.compile(r"[,;&|/·•+]")  # "Business, Technology" lists topics


def plausible_name(name: str, *, vouched: bool = False) -> bool:
    """Whether a name found in author markup reads as a person's or account's name: name-like
    words, or a single user name ("freeman1984"); not widget words ("Share", "Posted on").
    ``vouched``: markup that names the author's name itself (rel=author, hCard fn) vouches
    for words in lower case too ("auto-motor.at Redaktion"), up to a few words."""
    words = name.split()
    if not words or len(name) > NAME_MAX_CHARS:
        return False
    if any(w.casefold().strip(".,:;!?") in _NOT_NAMES for w in words):
        return False
    if len(words) == 1 and _HANDLE_NAME.match(name):
        return True
    if vouched and len(words) <= VOUCHED_MAX_WORDS and not _SENTENCE_END.search(name):
        return True
    return _name_like(name)


def is_full_name(name: str) -> bool:
    """A person's full name: two to four name-like words, none a job title or widget word
    ("Jane Doe", not "Contributor", "Content Editor" or "Learn More")."""
    words = name.split()
    if not 2 <= len(words) <= FULL_NAME_MAX_WORDS or not plausible_name(name) \
            or _LIST_MARKS.search(name) or not words[-1][:1].isupper():
        return False  # ... or a label ending in "von", "by", "de"
    return not any(w.casefold().strip(".,:;") in _ROLES or "-" in w and
                   w.casefold().rsplit("-", 1)[-1] in _ROLES for w in words)


_STARTER_LABELS = frozenset(read_phrases("thread_starter_labels"))
_AUTHOR_LABELS = frozenset(read_phrases("author_labels"))


def is_author_label(text: str) -> bool:
    """True for a label that stands alone before an author's name ("Written by", "Autor",
    "Verfasst von")."""
    return len(text) <= 40 and normalize(text) in _AUTHOR_LABELS


def is_thread_starter_label(text: str) -> bool:
    """True for a forum's label before the thread starter's name ("Thread starter",
    "Started by", "Themenstarter")."""
    return len(text) <= 40 and normalize(text) in _STARTER_LABELS


def name_before_date(text: str) -> str | None:
    """The full name a dated meta line opens with ("Tom Talbot October 14, 2025 · 5 min
    read"), not a date label ("Last updated"). Text dumps join the name and date elements of
    a post's header on one line."""
    if not is_dated_byline(text):
        return None
    first = _META_SEPARATORS.split(text, maxsplit=1)[0].strip(" ,;:()[]")
    before = cut_at_date(first).strip(" ,;:-")
    if before and before != first and is_full_name(before) and not only_date_words(before):
        return before
    return None


_STARTER_PREFIX = regex.compile(
    r"^(?:" + "|".join(regex.escape(x).replace(r"\ ", r"\s+")
                       for x in sorted(_STARTER_LABELS, key=len, reverse=True))
    + r")\s*[:：]?\s+(?=\S)", regex.IGNORECASE)


def thread_starter_in(text: str) -> str | None:
    """The name a line gives after a thread starter label ("Thread starter SamuelMIz",
    "Started by: Jane Doe"), when the rest is a name; else None."""
    if len(text) > BYLINE_MAX_CHARS:
        return None
    m = _STARTER_PREFIX.match(text)
    rest = text[m.end():].strip() if m else ""
    return rest if rest and plausible_name(rest) else None


_LOGIN = regex.compile(r"^(?=.*[\d_.]|\p{Ll}+$)[\p{L}\p{N}._\-]{3,40}$")


def is_login_name(name: str) -> bool:
    """A user's login name rather than the name a page shows: one token in lower case or with
    digits, dots or underscores ("gabor_munier", "christian.stadtfeld", "kffnirmitap")."""
    return _LOGIN.match(name) is not None and not name[:1].isupper()
