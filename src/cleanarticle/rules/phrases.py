"""Phrase lists shipped as data files, compiled once into alternations.

Normalizing uses ``regex`` (Unicode punctuation and symbol classes); the compiled phrase
alternations use the standard ``re``, which matches them about twice as fast (measured on
modern-dev blocks) and needs no property classes.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import regex

# Characters ignored at the edges of a block when it is compared with a phrase: a run of them
# matched at the start of the text and at the start of the reversed text (a pattern anchored
# at the end would be tried at every position).
_EDGE_RUN = regex.compile(r"[\p{P}\p{S}\p{Z}\s]*")
_SPACE = regex.compile(r"\s+")
# regex's \s is str.isspace() but for the information separators \x1c-\x1f: without them,
# str.split() finds the same runs of white space, several times faster.
_SEPARATORS = re.compile("[\x1c-\x1f]")
# (Replaced one by one: str.replace scans in C, many times faster than translate()'s lookup
# of every character; no replacement holds a character replaced, so the order is free.)
# Soft hyphens and zero-width spaces show nothing: "Assis&shy;tance" compares as "Assistance"
# (a title, whose reader drops them, and the heading that repeats it).
_QUOTES = (("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"), ("\u00a0", " "), ("…", "..."),
           ("\u00ad", ""), ("\u200b", ""))
_QUOTE_CHARS = re.compile("[" + "".join(c for c, _ in _QUOTES) + "]")
#: _QUOTE_CHARS and _SEPARATORS in one class: one scan tells a text needs neither (most do).
_ODD_CHARS = re.compile("[" + "".join(c for c, _ in _QUOTES) + "\x1c-\x1f]")


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Lowercase text with unified apostrophes, single spaces and no edge punctuation.

    Pure; cached because several filters compare the same block with their phrase lists."""
    odd = _ODD_CHARS.search(text) is not None  # (one scan for both tests, mostly False)
    if odd and _QUOTE_CHARS.search(text):
        for char, replacement in _QUOTES:
            text = text.replace(char, replacement)
    # (the ends are trimmed below either way)
    text = _SPACE.sub(" ", text) if odd and _SEPARATORS.search(text) else " ".join(text.split())
    text = text.casefold()
    # A letter or digit at an end is no edge character: most texts skip the edge patterns.
    lead = 0 if text[:1].isalnum() else _EDGE_RUN.match(text).end()
    if lead == len(text):
        return ""
    if text[-1].isalnum():
        return text[lead:]
    return text[lead:len(text) - _EDGE_RUN.match(text[::-1]).end()]


def read_phrases(name: str) -> tuple[str, ...]:
    """The phrases of ``rules/data/<name>.txt`` (comments and blank lines skipped), normalized."""
    raw = resources.files("cleanarticle.rules").joinpath("data", f"{name}.txt").read_text("utf-8")
    out = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(normalize(line) if "*" not in line and "{n}" not in line else line.casefold())
    return tuple(dict.fromkeys(out))


_NUMBER = "\ue001"  # a stand-in for "{n}" that normalize() leaves alone
_NUMBER_RE = r"\d{1,3}(?:,\d{3})*"
_WORDS_RE = r"[^\n]{0,60}?"


def _units(phrase: str) -> tuple[str, ...]:
    """A phrase as regex units: one escaped character each, ``*`` for a few words, ``{n}``
    for a whole number ("{n} of {n}", "join {n}+ subscribers"; not "4.7 / 5", a rating)."""
    units: list[str] = []
    for k, part in enumerate(phrase.split("*")):
        if k:
            units.append(_WORDS_RE)
        units.extend(_NUMBER_RE if c == _NUMBER else re.escape(c)
                     for c in normalize(part.replace("{n}", _NUMBER)))
    return tuple(units)


def _pattern(phrase: str) -> str:
    """A phrase as a regex (see :func:`_units`)."""
    return "".join(_units(phrase))


def _is_char(unit: str) -> bool:
    """Whether a unit matches exactly one given character (no class, number or wildcard)."""
    return unit not in (_NUMBER_RE, _WORDS_RE)


def _factored(alternatives: list[tuple[str, ...]]) -> str:
    """The alternation of the unit sequences, with the alternatives that begin with the same
    character merged behind it ("share|shared|save" -> "s(?:hare(?:|d)|ave)").

    Matches exactly what the plain alternation in this order matches, with the same
    preference: an alternative moves up only past alternatives that begin with another
    character, which cannot match where it does, and only a single character is factored out
    (it leaves no choice to backtrack into). The regex engine tries the alternatives of a
    branch one by one at each position; behind their first characters far fewer are tried.
    """
    # (first character, the rest of each alternative behind it), or (None, [alternative]) for
    # one that begins with a number, a wildcard or is empty
    groups: list[tuple[str | None, list[tuple[str, ...]]]] = []
    for units in alternatives:
        head = units[0] if units and _is_char(units[0]) else None
        target = None
        if head is not None:
            for key, rests in reversed(groups):
                if key == head:
                    target = rests
                    break
                if key is None and not (rests[0][:1] == (_NUMBER_RE,) and not head.isdecimal()):
                    break  # it may match where this one does (a number only at a digit)
        if target is not None:
            target.append(units[1:])
        elif head is None:
            groups.append((None, [units]))
        else:
            groups.append((head, [units[1:]]))
    out = []
    for key, rests in groups:
        if key is None:
            out.append("".join(rests[0]))
        elif len(rests) == 1:
            out.append(key + "".join(rests[0]))
        else:
            out.append(f"{key}(?:{_factored(rests)})")
    return "|".join(out)


def literal_alternation(words) -> str:
    """A pattern matching what the alternation of the literal ``words``, longest first,
    matches, factored behind their first characters (see :func:`_factored`): an alternation
    of a hundred words is searched several times faster so."""
    return _factored([tuple(map(re.escape, w)) for w in sorted(words, key=len, reverse=True)])


#: How much of a text ``PhraseSet.opening`` reads.
OPENING_CHARS = 200


class PhraseSet:
    """A compiled phrase list. ``fullmatch`` compares a whole block, ``search`` finds one inside."""

    def __init__(self, *names: str) -> None:
        self.names = names
        phrases = [p for name in names for p in read_phrases(name)]
        alternation = _factored([_units(p) for p in sorted(phrases, key=len, reverse=True)])
        # A share row flattened into one block is the phrases one after another ("Share:
        # Facebook X (Twitter) Email", "Share. Facebook LinkedIn"), as is a widget's prompt
        # and its answer ("No votes so far! Be the first to rate this post.").
        self._full = re.compile(rf"(?:{alternation})(?:[\s|·•/,:.!?()\-–—]*(?:{alternation}))*")
        self._search = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        self._start = re.compile(rf"(?:{alternation})(?!\w)")

    def fullmatch(self, text: str) -> bool:
        return self._full.fullmatch(normalize(text)) is not None

    def search(self, text: str) -> str | None:
        match = self._search.search(normalize(text))
        return match.group(0) if match else None

    def opening(self, text: str) -> str | None:
        """The phrase the text opens with, or None."""
        match = self._start.match(normalize(text[:OPENING_CHARS]))
        return match.group(0) if match else None

    def __reduce__(self):  # picklable by name: the data files are the state
        return (load, self.names)


@cache
def load(*names: str) -> PhraseSet:
    """The compiled phrase set of the data files ``names``, as one list (compiled once per
    process)."""
    return PhraseSet(*names)
