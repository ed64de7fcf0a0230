"""Metadata from the lines of a plain-text page (a scraper's text dump).

The HTML rules applied to lines. Text dumps usually start with the page's <title>; the
headline is the later line that agrees with it (as the h1 does on HTML), and the date and
byline are read from the few short lines under the headline ("By admin", "Published 1 year
ago on" then "October 10, 2023"). Without a date there, the first date line of the page
is used.
"""

from __future__ import annotations

import datetime as dt

import regex

from ..model import Candidate, Metadata
from ..page_type import THREAD_STARTER, is_front_page
from ..rules.byline import (
    author_in_meta_line,
    author_names,
    is_author_label,
    is_byline,
    is_byline_prefix,
    is_dated_byline,
    is_full_name,
    is_thread_starter_label,
    looks_like_names,
    name_before_date,
    plausible_name,
    thread_starter_in,
)
from ..rules.dates import (
    date_from_url,
    is_dateline,
    is_joined_label,
    is_updated_label,
    last_edited_date,
    leading_date,
    locale_hint,
    parse_date_text,
    posted_date,
)
from ..rules.lines import (
    is_form_label,
    is_media_control,
    is_notice,
    is_page_control,
    is_rail_header,
    opens_comment_section,
)
from .author import without_site
from .language import guess_language
from .title import agree, clean_title, is_site, key, pieces_of, site_keys_from_url, split_pieces, strip_site

_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
SCAN_LINES = 600  # the headline may follow a long navigation dump
DATE_SCAN_LINES = 3000  # lines searched for a date line when none is under the headline
HEADER_LINES = 8  # lines under the headline that may hold the byline and date
LINE_MAX_CHARS = 160  # longer lines are prose
LABEL_MAX_CHARS = 40  # a line this short before a date may label it ("Joined")
TOP_LINES = 60  # without a headline, bylines this near the top count
TITLE_MAX_WORDS = 30
TITLE_MIN_WORDS = 2
BYLINE_TITLE_GAP = 3  # non-empty lines between a headline and its byline or date line
PROSE_MIN_WORDS = 8  # a line this short is never taken for prose
SIMILAR_MIN_SHARE = 0.5  # words a headline line shares with the <title>'s (Dice)
#: A first line longer than this is no <title> but the text itself (no dev page's first line
#: runs past 320 characters); reading it as one costs seconds on a text of one long line.
HEAD_MAX_CHARS = 1000


def _headline(lines: list[str], url: str | None) -> tuple[int | None, str | None]:
    """(index, title): the later line that agrees with the first line's headline part.

    The first line is the page's <title>, "Headline | Site". A line equal to its headline
    part or to a piece of it is the headline (the first piece, else the longest, wins:
    the site's logo or a menu entry can equal a piece); else a line that agrees with a
    piece ("Home » Headline"); else the title-like line sharing most words with the
    headline part, when it shares at least half (the <title> often words the headline
    for search engines); else the line above the first byline or date line.
    """
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is None:
        return None, None
    head = clean_title(lines[first]) if len(lines[first]) <= HEAD_MAX_CHARS else ""
    site_keys = {key(k) for k in site_keys_from_url(url)}
    core = key(strip_site(head, site_keys)) if head else ""
    lead = next((k for k in map(key, split_pieces(head)[0]) if k), "")
    # Pieces that hold the headline: the first piece ("Headline | Site") or the part left
    # after stripping the site ("Site | Headline"); not site or section names.
    piece_keys = [(p, k) for p in pieces_of(head) for k in (key(p),)
                  if k and not is_site(p, site_keys)
                  and ((lead and k.startswith(lead)) or k in core or core in k)]
    best: tuple[tuple, int, str] | None = None  # (rank, index, title)
    close = None  # a line that agrees without being equal ("Home » Headline")
    words = {w for p, _ in piece_keys for w in _words(p)}
    similar: tuple[float, int] | None = None  # (share of words in common, index)
    for i in range(first + 1, min(len(lines), SCAN_LINES)):
        line = lines[i]
        if not line or len(line) > LINE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
            continue
        lk = key(line)
        if not lk or opens_comment_section(line):
            continue  # (the comment section's "12 thoughts on “Headline”" is not the headline)
        for piece, pk in piece_keys:
            if pk == lk:
                # a piece with the title's first piece (most titles start with the headline),
                # then the longest piece; for the same piece the plainest line ("/ Headline"
                # in a breadcrumb, then "Headline")
                rank = (bool(lead) and pk.startswith(lead), len(pk), _meta_follows(lines, i),
                        -len(line))
                if best is None or rank > best[0]:
                    best = rank, i, clean_title(line)
                break
            if close is None and agree(pk, lk):
                close = i, clean_title(line if len(lk) <= len(pk) else piece)
        if best is None and close is None and words and _title_like(line):
            lw = _words(line)
            share = 2 * len(lw & words) / (len(lw) + len(words))
            if share >= SIMILAR_MIN_SHARE and (similar is None or share > similar[0]):
                similar = share, i
    if best is not None:
        return best[1], best[2]
    if close is not None:
        return close
    if similar is not None:
        return similar[1], clean_title(lines[similar[1]])
    above = _line_above_meta(lines, first)
    if above is not None:
        return above, clean_title(lines[above])
    return None, strip_site(head, site_keys) if head else None


def _is_meta_line(line: str) -> bool:
    return len(line) <= LINE_MAX_CHARS and (is_byline(line) or bool(_DIGIT.search(line))
                                            and author_in_meta_line(line) is not None)


def _meta_follows(lines: list[str], i: int) -> bool:
    """Whether a byline stands in the few lines under line i: the headline's own (a copy of
    it in a sticky bar or a menu has none). A date alone is no sign: teaser lists and comment
    threads put one under each line."""
    seen = 0
    for j in range(i + 1, min(len(lines), i + 2 * BYLINE_TITLE_GAP + 1)):
        if lines[j]:
            if _is_meta_line(lines[j]):
                return True
            seen += 1
            if seen >= BYLINE_TITLE_GAP:
                break
    return False


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _title_like(line: str) -> bool:
    words = len(line.split())
    return (TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and len(line) <= LINE_MAX_CHARS
            and not line.endswith((".", ",", ":")) and not is_dateline(line)
            and not is_byline(line))


def _line_above_meta(lines: list[str], first: int) -> int | None:
    """The title-like line just above the first byline or date line: the headline of most
    dumps whose <title> line is worded differently (text title on the dev sets
    0.424 -> 0.437 and 0.476 -> 0.510)."""
    for i in range(first + 1, min(len(lines), SCAN_LINES)):
        if lines[i] and len(lines[i]) <= LINE_MAX_CHARS and (is_byline(lines[i]) or (
                _DIGIT.search(lines[i]) and (is_dateline(lines[i]) or is_dated_byline(lines[i])))):
            seen = 0
            for j in range(i - 1, first, -1):
                if not lines[j]:
                    continue
                if _title_like(lines[j]):
                    return j
                seen += 1
                if seen >= BYLINE_TITLE_GAP:
                    break
            return None
    return None


def _metadata_like(line: str) -> bool:
    """A short line, or one that does not read as a sentence of prose."""
    words = len(line.split())
    return words <= PROSE_MIN_WORDS or (words <= TITLE_MAX_WORDS and not line.endswith(
        (".", "!", "?")))


def _read_dates(lines: list[str], start: int, stop: int, ref: dt.date | None,
                lang: str | None, skip: tuple[int, ...] = ()):
    """(published, updated) ISO dates from the short metadata lines in [start, stop) but
    those at ``skip``."""
    published = updated = None
    for i in range(start, min(stop, len(lines))):
        if i in skip:
            continue
        line = lines[i]
        if not line or len(line) > LINE_MAX_CHARS or not (_metadata_like(line)
                                                         or is_dated_byline(line)):
            continue
        if is_joined_label(line) or (i > 0 and len(lines[i - 1]) < LABEL_MAX_CHARS
                                     and is_joined_label(lines[i - 1])
                                     and not _DIGIT.search(lines[i - 1])):
            continue
        iso = parse_date_text(line, reference_date=ref, lang=lang)
        if iso is None and is_dateline(line) and i + 1 < len(lines):
            # "Published 1 year ago on" then the date on the next line
            nxt = lines[i + 1]
            if nxt and is_dateline(nxt):
                iso = parse_date_text(nxt, reference_date=ref, lang=lang)
        if iso is None:
            continue
        if is_updated_label(line):
            updated = updated or iso
        elif published is None:
            published = iso
        if published and updated:
            break
    return published, updated


def _after_nonempty(lines: list[str], i: int, n: int) -> int:
    """The index just past the n-th non-empty line after line i."""
    seen = 0
    for j in range(i + 1, len(lines)):
        if lines[j]:
            seen += 1
            if seen >= n:
                return j + 1
    return len(lines)


def _next_line(lines: list[str], i: int) -> str | None:
    """The first non-empty line after line i, when it is short enough to be a name line."""
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j]:
            return lines[j] if len(lines[j]) <= LABEL_MAX_CHARS + 20 else None
    return None


def _bare_credit(lines: list[str], i: int, anchor: int | None, front: bool) -> str | None:
    """The author's name a header line gives without a "By" before it on the same line: the
    label on a line of its own ("Written by", then "Jane Doe"), or a full name alone next to
    the date line ("Jane Doe" over "May 2, 2024"); not the headline itself. On a site's
    ``front`` page a name beside a date is the first teaser's, not the page's author."""
    line = lines[i]
    if i == anchor:
        return None
    if len(line) <= LABEL_MAX_CHARS and (is_author_label(line) or is_byline_prefix(line)):
        return _next_line(lines, i)
    if not front and is_full_name(line) and not _is_control(line) and _beside_dateline(lines, i):
        return line
    return None


def _is_control(line: str) -> bool:
    """A button's or widget's label ("Ask Question", "Sign In"), which reads as a name too."""
    return bool(is_notice(line) or is_page_control(line) or is_form_label(line)
                or is_media_control(line) or is_rail_header(line))


def _beside_dateline(lines: list[str], i: int) -> bool:
    """Whether the non-empty line just above or below line i is a date line."""
    for j in (*range(i - 1, max(i - 3, -1), -1), *range(i + 1, min(i + 3, len(lines)))):
        if lines[j]:
            if len(lines[j]) <= LINE_MAX_CHARS and _DIGIT.search(lines[j]) and (
                    is_dateline(lines[j]) or is_dated_byline(lines[j])):
                return True
            if j > i:
                break
    return False


def extract_text_metadata(lines: list[str], url: str | None = None, *,
                          reference_date: dt.date | None = None) -> Metadata:
    """Read title, date, updated and author from the lines of a plain-text page."""
    md = Metadata(url=url)
    src = md.sources
    page_lines = [ln.strip() for ln in lines[:DATE_SCAN_LINES]]
    lines = page_lines[:SCAN_LINES]
    lang = guess_language(" ".join(ln for ln in lines if len(ln.split()) >= PROSE_MIN_WORDS))
    if lang:
        md.language, src["language"] = lang, "guess"
    lang = locale_hint(lang, url)  # for the order of numeric dates
    anchor, title = _headline(lines, url)
    if title:
        md.title, src["title"] = title, "text"

    date = updated = None
    if anchor is not None:
        start, stop = max(0, anchor - 2), _after_nonempty(lines, anchor, HEADER_LINES)
        # a date in the headline or the <title> line is part of the title ("Report of 14 - 20
        # January 2022"), not the date the page was published
        first = next((i for i, ln in enumerate(lines) if ln), 0)
        published, updated = _read_dates(lines, start, stop, reference_date, lang,
                                         skip=(first, anchor))
        date = published or updated  # a reader takes the only date shown as the page's
    else:
        start, stop = 0, TOP_LINES
    if date is None:
        # the first date line of the page; one labelled as a modification gives way to a
        # plain one further down
        for i in range(len(page_lines)):
            line = page_lines[i]
            if not line or not _DIGIT.search(line):
                continue
            if len(line) <= LINE_MAX_CHARS and (is_dateline(line) or is_dated_byline(line)):
                date, upd = _read_dates(page_lines, i, i + 2, reference_date, lang)
                updated = updated or upd
            else:  # "(21. November 2022) Die Preise ...", "Dieser Beitrag wurde am ..."
                date = leading_date(line, reference_date=reference_date, lang=lang) or \
                    posted_date(line, reference_date=reference_date, lang=lang)
            if date:
                break
        date = date or updated
    source = "text"
    if date is None:  # a wiki page shows only when it was last edited
        date = next((d for ln in page_lines if _DIGIT.search(ln)
                     for d in (last_edited_date(ln, reference_date=reference_date, lang=lang),)
                     if d), None)
        updated, source = date, "modified"
    if date:
        md.date, md.date_source = date, source
    else:
        d = date_from_url(url, reference_date=reference_date, lang=lang)
        if d:
            md.date, md.date_source = d.isoformat(), "url"
    if md.date:
        src["date"] = md.date_source
    if updated and md.date and updated > md.date:
        md.updated, src["updated"] = updated, "text"

    site_keys = {key(k) for k in site_keys_from_url(url)}
    front = is_front_page(url)
    for i in range(start, min(stop, len(lines))):
        line = lines[i]
        if not line:
            continue
        starter = thread_starter_in(line)
        if starter is None and is_thread_starter_label(line):
            nxt = _next_line(lines, i)
            starter = nxt if nxt and plausible_name(nxt) else None
        if starter:
            names = [starter]
        elif is_byline(line) or _DIGIT.search(line):
            credit = line if is_byline(line) else (author_in_meta_line(line)
                                                   or name_before_date(line))
            names = without_site(author_names(credit), site_keys)
        else:
            names = without_site(author_names(_bare_credit(lines, i, anchor, front)), site_keys)
            if names and not looks_like_names("; ".join(names)):
                names = []
        if names:
            how = THREAD_STARTER if starter else "byline"
            md.authors = names
            md.author, src["author"] = "; ".join(names), how
            md.evidence["author"] = [Candidate(md.author, how, "chosen")]
            break
    return md
