"""Date vocabularies (month and weekday names, relative-date words, date-line labels).

Loaded once from the phrase files in ``cleanarticle/rules/data`` (``months.txt`` and
``meta_*.txt``) and compiled into ``regex`` alternations. Read-only after import.
"""

from __future__ import annotations

from importlib import resources

import regex


def data_lines(name: str) -> list[str]:
    text = resources.files("cleanarticle").joinpath("rules", "data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _alternation(words) -> str:
    """A regex alternation of the words, longest first so the longest spelling wins."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _load_months() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for line in data_lines("months.txt"):
        _lang, num, *names = line.split()
        for name in names:
            # A spelling shared by two languages with different months would be ambiguous;
            # none exists in the data, and the first language wins if one is added.
            numbers.setdefault(name.casefold(), int(num))
    return numbers


def _load_keyed(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in data_lines(name):
        key, _, rest = line.partition(":")
        out[key.strip()] = [p.strip().casefold() for p in rest.split("|") if p.strip()]
    return out


MONTHS = _load_months()
MONTH_ALT = _alternation(MONTHS)

WEEKDAYS = {w.casefold() for line in data_lines("meta_weekdays.txt") for w in line.split()[1:]}
WEEKDAY_ALT = _alternation(WEEKDAYS)

RELATIVE = _load_keyed("meta_relative.txt")
UNIT_OF = {word: unit for unit in ("minute", "hour", "day", "week", "month", "year")
           for word in RELATIVE[unit]}
UNIT_ALT = _alternation(UNIT_OF)
ONE_ALT = _alternation(RELATIVE["one"])
AGO_AFTER_ALT = _alternation(RELATIVE["ago_after"])
AGO_BEFORE_ALT = _alternation(RELATIVE["ago_before"])
YESTERDAY_ALT = _alternation(RELATIVE["yesterday"])
TODAY_ALT = _alternation(RELATIVE["today"])

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
DATE_LABELS = [p.casefold() for p in data_lines("meta_date_labels.txt")]
# Labels in scripts written without spaces stand glued to the date: no word boundaries.
DATE_LABEL_ALT = _alternation(p for p in DATE_LABELS if not _CJK.match(p))
DATE_LABEL_CJK_ALT = _alternation(p for p in DATE_LABELS if _CJK.match(p))

# Words naming a modification date ("Updated", "Aktualisiert", "更新"), the same split.
UPDATED_LABELS = [p.casefold() for p in data_lines("meta_updated_labels.txt")]
UPDATED_ALT = _alternation(p for p in UPDATED_LABELS if not _CJK.match(p))
UPDATED_CJK_ALT = _alternation(p for p in UPDATED_LABELS if _CJK.match(p))
