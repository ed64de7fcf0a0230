"""Reading dates from text, attributes and URLs; recognising date lines.

All parsing here is our own (no dateparser/htmldate): a handful of precompiled patterns for
the forms pages use (ISO, "10 October 2023", "October 10, 2023", "10.10.2023", "10/10/2023",
CJK), month names from ``rules/data/months.txt`` in many languages, and relative dates
("10 hours ago", "vor 2 Stunden") that resolve only against a caller's reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import regex

from . import datewords as vocab

MIN_YEAR = 1995  # no web page is older; earlier years in a page are history, not its date

_MON = rf"(?P<{{g}}>{vocab.MONTH_ALT})(?!\w)\.?"
_YEAR4 = r"(?:19|20)\d\d"

# One scan finds every absolute date form; the branch that matched tells how to read it.
_DATE = regex.compile(
    "|".join((
        # 2023-10-10, 2023/10/10, 2023.10.10 (also the head of ISO timestamps)
        rf"(?<![\d.])(?P<iy>{_YEAR4})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?![\d])",
        # 10 October 2023, 10. Oktober 2023, 10 de octubre de 2023, 1er mars 2020, 10-Oct-2023
        r"(?<![\w.])(?P<nd>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?[\s\-/]*(?:de\s+|of\s+)?"
        + _MON.format(g="nmon")
        + rf",?[\s\-/]*(?:de\s+|del\s+)?(?P<ny>{_YEAR4})(?!\d)",
        # October 10, 2023 / Oct. 10 2023
        _MON.format(g="mmon").replace("(?P<mmon>", r"(?<!\w)(?P<mmon>", 1)
        + rf"[\s\-]*(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d),?\s*(?P<my>{_YEAR4})(?!\d)",
        # 10.10.2023, 10. 10. 2023, 10.10.23 (day first wherever dots are used)
        rf"(?<![\d.])(?P<da>\d{{1,2}})\.\s?(?P<db>\d{{1,2}})\.\s?(?P<dy>{_YEAR4}|\d\d)(?![\d]|\.\d)",
        # 10/10/2023, 10-10-2023, 10/10/23: order decided by the locale
        r"(?<![\d/.])(?P<sa>\d{1,2})(?P<ssep>[/-])(?P<sb>\d{1,2})(?P=ssep)"
        rf"(?P<sy>{_YEAR4}|\d\d)(?![\d/])",
        # 2023年10月10日
        rf"(?P<cy>{_YEAR4})\s*年\s*(?P<cm>\d{{1,2}})\s*月\s*(?P<cd>\d{{1,2}})\s*日",
    )),
    regex.IGNORECASE,
)

_MONTH_YEAR = regex.compile(rf"(?<!\w)(?:{vocab.MONTH_ALT})(?!\w)\.?,?\s+{_YEAR4}(?!\d)",
                            regex.IGNORECASE)

_NUM = rf"(?:(?P<n>\d{{1,3}})|(?P<one>{vocab.ONE_ALT}))"
_RELATIVE = regex.compile(
    rf"(?<!\w)(?:{_NUM}\s*(?P<unit>{vocab.UNIT_ALT})(?!\w)\.?"
    # "8 years, 2 months ago", "1 Jahr und 3 Monate" (the larger unit tells)
    rf"(?:,?\s+(?:and\s+|und\s+|et\s+|y\s+)?\d+\s*(?:{vocab.UNIT_ALT})(?!\w)\.?)?"
    rf"\s+(?:{vocab.AGO_AFTER_ALT})"
    rf"|(?:{vocab.AGO_BEFORE_ALT})\s+{_NUM.replace('<n>', '<n2>').replace('<one>', '<one2>')}"
    rf"\s*(?P<unit2>{vocab.UNIT_ALT})(?!\w)\.?"
    rf"|(?P<yday>{vocab.YESTERDAY_ALT})|(?P<today>{vocab.TODAY_ALT}))(?!\w)",
    regex.IGNORECASE,
)

_TIME = (r"(?:오전|오후|午前|午後|上午|下午)?\s*"
         r"\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?\s?m\.?(?!\w)|uhr(?!\w)|hr?s\.?(?!\w)|h(?!\w))?"
         r"|\d{1,2}\s*[ap]\.?m\.?(?!\w)")
_TZ = r"(?:[A-Z]{1,4}T|UTC|GMT|CET|CEST|MEZ|MESZ|Z)(?![\w])|[+-]\d{2}:?\d{2}(?!\d)"

# A date line is only these pieces plus separators.
_DATELINE_PIECE = regex.compile(
    "|".join((
        rf"(?<!\w)(?:{vocab.WEEKDAY_ALT})(?!\w)\.?",
        rf"(?<!\w)(?:{vocab.DATE_LABEL_ALT})(?!\w)",
        rf"(?:{vocab.DATE_LABEL_CJK_ALT})",
        _TIME,
    )),
    regex.IGNORECASE,
)
_TZ_PIECE = regex.compile(_TZ)
# A press-release dateline names the place first: "Berlin, 3. Juli 2018".
_PLACE_NAME = r"\p{Lu}[\p{L}.\-]*(?:[ \-]\p{Lu}[\p{L}.\-]*){0,2}\s*"
_PLACE = regex.compile(rf"^{_PLACE_NAME}[,/]\s*(?=\S)")
_LEFTOVER_OK = regex.compile(r"[\s\p{P}\p{S}T]*")

_ENGLISH_DAY_FIRST = {"gb", "uk", "au", "nz", "ie", "in", "za", "sg", "my", "pk", "ng", "ke"}

ELEMENT_TEXT_MAX_CHARS = 200  # longer element text is prose, not a date
DATELINE_MAX_CHARS = 100  # longer lines are prose even when they hold a date
DATELINE_MAX_WORDS = 14


def month_first(lang: str | None) -> bool:
    """Whether an ambiguous numeric date (3/4/2023) reads month first in this locale.

    US English writes month first; other English locales and the other languages day first.
    Without a locale we keep the US reading, the most common on the web.
    """
    if not lang:
        return True
    parts = lang.replace("_", "-").lower().split("-")
    if parts[0] != "en":
        return False
    return not (len(parts) > 1 and parts[1] in _ENGLISH_DAY_FIRST)


def locale_hint(lang: str | None, url: str | None) -> str | None:
    """``lang`` with the region of the URL's country domain when the language alone leaves
    the numeric date order open ("en" on a .co.uk site reads 02/10/2020 as 2 October)."""
    if lang and lang.replace("_", "-").lower() != "en":
        return lang
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld == "uk" or tld in _ENGLISH_DAY_FIRST:
        return f"en-{tld}"
    return lang


def _max_date(reference_date: dt.date | None) -> dt.date:
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    return reference_date or dt.date.today()


def make_date(y: int, m: int, d: int, reference_date: dt.date | None = None) -> dt.date | None:
    """A valid date between 1995 and the reference date (default today), else None."""
    if y < 100:
        y += 2000 if y < 70 else 1900
    if y < MIN_YEAR or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    try:
        out = dt.date(y, m, d)
    except ValueError:
        return None
    return out if out <= _max_date(reference_date) else None


def _from_match(m: regex.Match, mfirst: bool, ref: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    if g["iy"]:
        return make_date(int(g["iy"]), int(g["im"]), int(g["id"]), ref)
    if g["nd"]:
        return make_date(int(g["ny"]), vocab.MONTHS[g["nmon"].casefold()], int(g["nd"]), ref)
    if g["mmon"]:
        return make_date(int(g["my"]), vocab.MONTHS[g["mmon"].casefold()], int(g["md"]), ref)
    if g["da"]:
        return make_date(int(g["dy"]), int(g["db"]), int(g["da"]), ref)
    if g["sa"]:
        a, b, y = int(g["sa"]), int(g["sb"]), int(g["sy"])
        if a > 12 or (not mfirst and b <= 12):
            return make_date(y, b, a, ref)
        return make_date(y, a, b, ref)
    return make_date(int(g["cy"]), int(g["cm"]), int(g["cd"]), ref)


def find_dates(text: str, *, reference_date: dt.date | None = None,
               lang: str | None = None) -> list[tuple[int, int, dt.date]]:
    """Every valid absolute date in the text as (start, end, date), in text order."""
    mfirst = month_first(lang)
    out = []
    for m in _DATE.finditer(text):
        d = _from_match(m, mfirst, reference_date)
        if d is not None:
            out.append((m.start(), m.end(), d))
    return out


def _relative(m: regex.Match, reference_date: dt.date) -> dt.date | None:
    day = _max_date(reference_date)
    if m.group("yday"):
        return day - dt.timedelta(days=1)
    if m.group("today"):
        return day
    n = m.group("n") or m.group("n2")
    count = int(n) if n else 1
    unit = vocab.UNIT_OF[(m.group("unit") or m.group("unit2")).casefold()]
    if unit == "minute":
        delta = dt.timedelta(minutes=count)
    elif unit == "hour":
        delta = dt.timedelta(hours=count)
    elif unit == "day":
        delta = dt.timedelta(days=count)
    elif unit == "week":
        delta = dt.timedelta(weeks=count)
    else:  # months and years ago name no day
        return None
    # A reference date without a time counts as its noon.
    start = reference_date if isinstance(reference_date, dt.datetime) else \
        dt.datetime.combine(reference_date, dt.time(12))
    stamp = start - delta
    return stamp.date() if stamp.year >= MIN_YEAR else None


def parse_date_text(text: str, *, reference_date: dt.date | None = None,
                    lang: str | None = None) -> str | None:
    """The first date written in ``text`` as ISO YYYY-MM-DD, or None.

    Absolute dates in the usual forms and month names of en, de, fr, es, it, pt, nl (and a few
    more). Relative dates ("10 hours ago", "vor 2 Stunden", "yesterday") only when a
    ``reference_date`` is given. ``lang`` (e.g. "en-US", "de") decides the order of ambiguous
    numeric dates. Dates before 1995 or after the reference date (default today) are ignored.
    """
    if not text:
        return None
    found = find_dates(text, reference_date=reference_date, lang=lang)
    if found:
        return found[0][2].isoformat()
    if reference_date is not None:
        for m in _RELATIVE.finditer(text):
            d = _relative(m, reference_date)
            if d is not None:
                return d.isoformat()
    return None


# Attribute values: ISO timestamps, compact 20231010, epoch seconds, or any written form.
_COMPACT = regex.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)")
# "Mon Oct 11 14:57:21 CEST 2021" (C/Java default date format): the year comes last.
_CTIME = regex.compile(
    rf"^(?:\w+,?\s+)?(?P<mon>{vocab.MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})\s+\d{{1,2}}:\d\d(?::\d\d)?"
    rf"\s+(?:[A-Za-z]{{2,5}}\s+)?(?P<y>{_YEAR4})$",
    regex.IGNORECASE,
)
# "2023 Jan 7" (the citation style of PubMed and of academic metadata): year, month, day.
_YEAR_MONTH_DAY = regex.compile(
    rf"^(?P<y>{_YEAR4})\s+(?P<mon>{vocab.MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?!\d)",
    regex.IGNORECASE,
)


def parse_date_value(value: str | None, *, reference_date: dt.date | None = None,
                     lang: str | None = None) -> dt.date | None:
    """A date from a machine-readable value (meta content, datetime attribute, JSON-LD)."""
    if not value:
        return None
    value = value.strip()
    m = _COMPACT.match(value)
    if m:
        return make_date(int(m[1]), int(m[2]), int(m[3]), reference_date)
    if value.isdigit() and 9 <= len(value) <= 13:  # epoch seconds or milliseconds
        secs = int(value) / (1000 if len(value) > 11 else 1)
        try:
            d = dt.datetime.fromtimestamp(secs, dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
        return make_date(d.year, d.month, d.day, reference_date)
    found = find_dates(value[:200], reference_date=reference_date, lang=lang)
    if found:
        return found[0][2]
    m = _CTIME.match(value) or _YEAR_MONTH_DAY.match(value)
    if m:
        return make_date(int(m["y"]), vocab.MONTHS[m["mon"].casefold()], int(m["d"]),
                         reference_date)
    return None


def shown_date(value: dt.date | None, text: str | None, *, reference_date: dt.date | None = None,
               lang: str | None = None) -> dt.date | None:
    """The date of an element with a machine value (``<time datetime>``) and visible text.

    When the text shows another full date, the text wins: the value is then often the
    modification or rendering time. The value stays when the text shows no full date, a day
    next to it (the text was rendered in another time zone) or the same numbers in the other
    day/month order (an ambiguous 02/11/2023).
    """
    found = find_dates(text[:ELEMENT_TEXT_MAX_CHARS], reference_date=reference_date,
                       lang=lang) if text and any(ch.isdigit() for ch in text) else []
    if not found:
        return value
    shown = found[0][2]
    if value is None or shown == value:
        return shown
    if abs((shown - value).days) <= 1 or swapped(shown, value):
        return value
    return shown


def swapped(a: dt.date, b: dt.date) -> bool:
    """Whether two different dates are the same numbers read in the other day/month order
    (2021-01-11 and 2021-11-01): one of them is an ambiguous numeric date misread."""
    return a != b and (a.year, a.month, a.day) == (b.year, b.day, b.month)


_URL_DATE = regex.compile(
    r"(?<!\d)((?:19|20)\d\d)([/_.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
# Day or month first, year last: /23-01-2022-story, /08112021-story. Read in the page's
# locale order; tried only after the year-first forms.
_URL_DATE_YEAR_LAST = regex.compile(
    r"[/_-](\d\d?)([_.-])(\d\d?)\2((?:19|20)\d\d)(?=[/_.-]|$)"
    r"|[/_-](\d\d)(\d\d)((?:19|20)\d\d)(?=[/_.-]|$)"
)

# Year, month name, day: /2020/jan/20/, /2023/october/03/ (newspaper archives).
_URL_DATE_MONTH_NAME = regex.compile(
    rf"/((?:19|20)\d\d)/({vocab.MONTH_ALT})/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)", regex.IGNORECASE)


def date_from_url(url: str | None, *, reference_date: dt.date | None = None,
                  lang: str | None = None) -> dt.date | None:
    """A full date in the URL path (/2023/10/10/, 2023-10-10, /20231010-, /2020/jan/20/,
    /23-01-2022-), else None. ``lang`` orders day and month when the year comes last."""
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    m = _URL_DATE.search(path)
    if m:
        if m.group(1):
            return make_date(int(m[1]), int(m[3]), int(m[4]), reference_date)
        return make_date(int(m[5]), int(m[6]), int(m[7]), reference_date)
    m = _URL_DATE_MONTH_NAME.search(path)
    if m:
        return make_date(int(m[1]), vocab.MONTHS[m[2].casefold()], int(m[3]), reference_date)
    m = _URL_DATE_YEAR_LAST.search(path)
    if not m:
        return None
    a, b, y = (int(m[1]), int(m[3]), int(m[4])) if m.group(1) else (int(m[5]), int(m[6]),
                                                                    int(m[7]))
    if a > 12 or (not month_first(lang) and b <= 12):
        return make_date(y, b, a, reference_date)
    return make_date(y, a, b, reference_date)


_URL_MONTH = regex.compile(r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?=/|[_-]\D|$)")


_URL_YEAR = regex.compile(r"/((?:19|20)\d\d)/")


def url_year_month(url: str | None) -> tuple[int, int | None] | None:
    """(year, month) from a /2019/10/ URL path segment, (year, None) from a /2019/ one
    (/2022/learn/wine-types), else None."""
    if not url:
        return None
    path = url.split("://", 1)[-1]
    m = _URL_MONTH.search(path)
    if m:
        return int(m[1]), int(m[2])
    m = _URL_YEAR.search(path, max(path.find("/"), 0))
    return (int(m[1]), None) if m else None


_DIGIT = re.compile(r"\d")
# What every match of _DATE and _MONTH_YEAR holds: a four-digit year, or three numbers joined
# by dots ("10.10.23", "10. 10. 2023") or by slashes or hyphens ("10/10/23"). Most short texts
# with a digit ("3 comments", "$15", "4.5 out of 5", "Step 1") hold none of these and are
# answered without the month alternation.
_DATE_SHAPE = re.compile(r"(?:19|20)\d\d|\d\.\s?\d\d?\.\s?\d|\d[/-]\d\d?[/-]\d")
# What every match of _RELATIVE holds, for a text of ASCII characters only: an "ago" word after
# white space, a "vor"/"hace" word before it, or a "yesterday"/"today" word. Plain `re`, several
# times faster than the `regex` scan it spares; on ASCII text the two engines agree on \w, on
# ASCII letters without regard to case, and `re`'s \s takes in all of `regex`'s (none of the
# words' non-ASCII letters matches an ASCII one: tests/unit/rules/test_dates_gates.py). Run on
# the lowercased text (the words are lowercase): faster than IGNORECASE, the same on ASCII.
_RELATIVE_WORDS_ASCII = re.compile(
    rf"\s(?:{vocab.AGO_AFTER_ALT})(?!\w)|(?<!\w)(?:{vocab.AGO_BEFORE_ALT})\s"
    rf"|(?<!\w)(?:{vocab.YESTERDAY_ALT}|{vocab.TODAY_ALT})(?!\w)",
)


def _may_be_relative(text: str) -> bool:
    """False when _RELATIVE cannot match ``text`` (an ASCII text without the words)."""
    return not text.isascii() or _RELATIVE_WORDS_ASCII.search(text.lower()) is not None


def _has_relative(text: str) -> bool:
    return _may_be_relative(text) and _RELATIVE.search(text) is not None


@lru_cache(maxsize=8192)
def has_date(text: str) -> bool:
    """Whether the text holds a date, a month and year, or a relative date. (Pure: cached
    because the date-line and compound-line tests ask it of the same block.)"""
    if not _DIGIT.search(text):
        # Absolute dates and month-year pairs hold digits; only "yesterday", "an hour ago" and
        # the like do not. (Checked first: it runs on every short block of every page.)
        return _has_relative(text)
    if not _DATE_SHAPE.search(text):
        return _has_relative(text)
    return bool(_DATE.search(text) or _RELATIVE.search(text) or _MONTH_YEAR.search(text))


DATE_START = regex.compile("|".join((_DATE.pattern, _MONTH_YEAR.pattern, _RELATIVE.pattern)),
                            regex.IGNORECASE)
_DATE_START_COUNTED = regex.compile(
    "|".join((_DATE.pattern, _MONTH_YEAR.pattern, _RELATIVE.pattern.replace(
        rf"|(?P<yday>{vocab.YESTERDAY_ALT})|(?P<today>{vocab.TODAY_ALT})", ""))),
    regex.IGNORECASE)
# Labels, weekdays and times left dangling before a cut date: "Jane Doe, published Monday".
_DANGLING = regex.compile(
    rf"(?:[\s,|:·•–—\-]+(?:(?:{vocab.WEEKDAY_ALT})\.?|{vocab.DATE_LABEL_ALT}|{_TIME}))+[\s,|:·•–—\-]*$"
    r"|[\s,|:·•–—\-]+$",
    regex.IGNORECASE,
)


def cut_at_date(text: str, *, bare_relative: bool = True) -> str:
    """The text before its first date, without labels or weekdays dangling at its end.
    ("Jane Doe | Published Monday, 10 October 2023" -> "Jane Doe"). Without
    ``bare_relative``, "today" and "yesterday" alone start no date ("USA TODAY" is a name)."""
    m = (DATE_START if bare_relative else _DATE_START_COUNTED).search(text)
    if m is None:
        return text
    head = text[:m.start()]
    return _DANGLING.sub("", head) if head.strip() else ""


_DATE_WORDS = regex.compile(
    rf"(?:(?<!\w)(?:{vocab.WEEKDAY_ALT})(?!\w)\.?|(?<!\w)(?:{vocab.DATE_LABEL_ALT})(?!\w)"
    r"|[\s,.:;|·•\-])+", regex.IGNORECASE)


def only_date_words(text: str) -> bool:
    """Whether the text is only weekdays and date labels ("Sat", "Published on")."""
    return _DATE_WORDS.fullmatch(text) is not None


def strip_dates(text: str) -> str:
    """The text without its dates, times, weekdays, time zones and date labels."""
    text = _DATE.sub(" ", text)
    text = _MONTH_YEAR.sub(" ", text)
    text = _RELATIVE.sub(" ", text)
    text = _DATELINE_PIECE.sub(" ", text)
    return _TZ_PIECE.sub(" ", text)


def is_dateline(text: str) -> bool:
    """True for a short line that is essentially a date or time.

    "October 10, 2023", "Published 1 year ago on", "Updated: 10.10.2023, 14:05 Uhr",
    "vor 2 Stunden", "Monday 10 October 2023 | 10:30 GMT". A sentence of prose that
    contains a date returns False: apart from the date, times, weekdays and labels such as
    "Published"/"Aktualisiert am"/"Publié le", only punctuation may remain.
    """
    text = text.strip()
    if not text or len(text) > DATELINE_MAX_CHARS or len(text.split()) > DATELINE_MAX_WORDS:
        return False
    if not has_date(text):
        return False
    return bool(_LEFTOVER_OK.fullmatch(strip_dates(_PLACE.sub("", text, count=1))))


# "Karlsruhe, (12.11.2021). Traditionell ...", "Berlin, 3. Juli 2018 – Die Regierung ...",
# "(21. November 2022) Die Preise ...": a press release opens its first paragraph with the
# place and date.
_LEADING = regex.compile(
    rf"^(?:{_PLACE_NAME},\s*)?\(?(?P<date>"
    + _DATE.pattern + r")(?:\)?\s*(?:[.:–—|]|\s-)|(?<=\(\S+.*)\))\s+\S",
    regex.IGNORECASE,
)


def leading_date(text: str, *, reference_date: dt.date | None = None,
                 lang: str | None = None) -> str | None:
    """The date a paragraph opens with, press-release style, as ISO; else None."""
    m = _LEADING.match(text)
    if not m:
        return None
    return parse_date_text(m.group("date"), reference_date=reference_date, lang=lang)


# The sentence a blog template writes under a post: "Dieser Beitrag wurde am 3. Dezember 2011
# um 14:48 Uhr veröffentlicht", "This entry was posted on Monday, May 5th, 2014 at 9:00 am".
_POSTED = regex.compile(
    r"^(?:(?:dieser|der) (?:artikel|beitrag|eintrag)|this (?:entry|post|article)|cet article"
    r"|questo articolo|este artículo|dit bericht)\s+(?:wurde|was|a été|è stato|fue|werd)(?!\w)",
    regex.IGNORECASE,
)
POSTED_DATE_START = 40  # the date starts within this many characters after the opening words


def posted_date(text: str, *, reference_date: dt.date | None = None,
                lang: str | None = None) -> str | None:
    """The date of a template sentence "This entry was posted on <date> ..." as ISO."""
    m = _POSTED.match(text)
    if not m:
        return None
    return _date_soon_after(text, m.end(), POSTED_DATE_START, reference_date, lang)


#: Characters read past the latest start of a date: room for the date itself.
DATE_READ_CHARS = 40


def _date_soon_after(text: str, pos: int, within: int, reference_date, lang) -> str | None:
    """ISO date of a date that starts at most ``within`` characters after ``pos``."""
    found = find_dates(text[pos:pos + within + DATE_READ_CHARS], reference_date=reference_date,
                       lang=lang)
    return found[0][2].isoformat() if found and found[0][0] <= within else None


def is_updated_label(text: str) -> bool:
    """Whether a date line names a modification ("Updated", "Aktualisiert", "mis à jour")
    for its first date: only the words before that date count, so "Published: 8 Nov 2023 |
    Updated: 9 Nov 2023" dates a publication."""
    m = _DATE.search(text)
    return bool(_UPDATED.search(text, 0, m.start() if m else len(text)))


_UPDATED = regex.compile(
    rf"(?<!\w)(?:{vocab.UPDATED_ALT})(?!\w)|{vocab.UPDATED_CJK_ALT}", regex.IGNORECASE)


def is_joined_label(text: str) -> bool:
    """Whether a line names when a user joined ("Joined", "Registered: 2024-01-27",
    "Mitglied seit"): a forum profile's date, not the post's."""
    return bool(_JOINED.search(text))


_JOINED = regex.compile(
    r"(?<!\w)(?:joined|registered|member since|mitglied seit|dabei seit|registriert"
    r"|angemeldet seit|inscrit|inscrito|iscritto|lid sinds|membre depuis|miembro desde)(?!\w)",
    regex.IGNORECASE,
)


# A wiki's or CMS's footer sentence on the last edit: "This page was last edited on 5 March
# 2020", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert", "(last edited
# 2019-11-10 13:28:18 by jdoe)".
_LAST_EDITED = regex.compile(
    r"(?<!\w)(?:(?:this )?page was last (?:edited|modified|updated)|diese seite wurde zuletzt"
    r"|last (?:edited|modified)|zuletzt (?:geändert|bearbeitet|aktualisiert)"
    r"|modifiée pour la dernière fois|modificata per l'ultima volta|por última vez"
    r"|laatst (?:bewerkt|gewijzigd))(?!\w)",
    regex.IGNORECASE,
)
LAST_EDITED_DATE_CHARS = 40  # the date starts within this many characters after the words
LAST_EDITED_MAX_CHARS = 300


def last_edited_date(text: str, *, reference_date: dt.date | None = None,
                     lang: str | None = None) -> str | None:
    """The date of a "page last edited on <date>" sentence as ISO, else None."""
    if len(text) > LAST_EDITED_MAX_CHARS:
        return None
    m = _LAST_EDITED.search(text)
    if not m:
        return None
    return _date_soon_after(text, m.end(), LAST_EDITED_DATE_CHARS, reference_date, lang)
