"""Choosing the title: reconcile JSON-LD/OpenGraph/<title> candidates with the page's h1.

Titles in <head> usually carry the site name ("Headline | Site", "Site - Headline",
"Headline – Section – Site"); the h1 usually does not, but is sometimes the site's logo.
A head title split at its separators gives pieces; the h1 that agrees with a piece is
the headline. Without agreement, pieces naming the site are stripped.

Typographic quotes are kept as the page writes them: the dev sets' truths disagree
(modern-dev mostly writes ' where pages have ’, multilingual-dev keeps ’), so folding
them would follow one set's convention rather than the page.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

import regex

from ..rules.phrases import load as load_phrases

_WS = regex.compile(r"\s+")
# Separators between a headline and a site or section name: spaced | - – — · • » « / :: ~
# Matches start only where a run of spaces starts, and take the run whole: retrying inside a
# long run is quadratic (20,000 spaces took 20 s).
_SEPARATOR = regex.compile(r"(?<!\s)\s++(?:[|\-–—·•»«/~]|::)\s+|(?:(?<!\s)\s++)?[|·•»«]\s*")
_NUMBER_JOINERS = frozenset("/-–")  # between two numbers: a range or a score
_TRADEMARKS = "™®©"
_KEY = regex.compile(r"[^\p{L}\p{N}]+")
_TRAILING_MARKS = regex.compile(r"(?<![\s¶#🔗\p{So}])[\s¶#🔗\p{So}]+$")
# Markdown heading marks or emphasis and pictographs some sites put in front of titles.
_LEADING_MARKS = regex.compile(r"^(?:#{1,6}\s+|[\s\p{So}]+)")
_EMPHASIS = regex.compile(r"^\*{1,2}([^*]+)\*{1,2}")
# How a title cut to a length limit ends (JSON-LD headlines are often cut at 110 characters).
_CUT_END = regex.compile(r"(?:…|\.\.\.|,)$")

TITLE_MAX_CHARS = 300
SITE_EXTRA_CHARS = 10  # letters a piece may add to a site name and still name the site
# A head-title piece of at most this many words after the headline is a site/section name.
SITE_PIECE_MAX_WORDS = 4
SITE_SHORT_MIN_WORDS = 3  # a site name this long may be shortened by its last word
INITIALS_MIN, INITIALS_MAX = 2, 6  # letters of a site name abbreviated ("NBF")
AGREE_MIN_CHARS = 12  # shorter keys agree only when equal
AGREE_PREFIX_SHARE = 0.75  # "Headline (source)": the headline covers most of the longer text
AGREE_SUFFIX_SHARE = 0.5  # "Kicker: Headline": kickers before a headline can be long
CUT_MIN_EXTRA = 3  # letters a fuller candidate adds to a cut one ("..." and "…" add none)
PIECES_PER_HEADING = 6  # a heading "Title | Site" is compared whole and by its pieces
# A one-word h1 ("Blog", "Menu") is a headline only when a head title contains it
# ("Headlamps" in "Headlamps for Camping"): modern-dev title 0.669 -> 0.676, multilingual same.
LONE_H1_MIN_WORDS = 2
# On a front page, a lone h1 sharing at most this share of its words with head titles that
# agree with each other is a slogan (any share from 0.34 to 0.7 gave the same dev-set pages).
FRONT_SLOGAN_SHARE = 0.5
PROSE_MIN_WORDS = 30  # an h1 longer than this is a description


# Characters a title shows nothing for: soft hyphens (an h1's hyphenation points in a long
# word, "Assis&shy;tance"), zero-width spaces, word joiners, byte-order marks.
_UNSHOWN = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def clean_title(text: str | None) -> str:
    """White space collapsed, characters that show nothing and permalink marks (¶, #) at the
    end removed."""
    if not text:
        return ""
    text = _TRAILING_MARKS.sub("", _WS.sub(" ", text.translate(_UNSHOWN)).strip())
    text = _EMPHASIS.sub(r"\1", _LEADING_MARKS.sub("", text))
    if "&" in text and ";" in text:  # entities escaped twice by the site
        text = html.unescape(text)
    return text


def _cut(title: str) -> bool:
    return _CUT_END.search(title) is not None or title.count("(") > title.count(")") \
        or title.count("[") > title.count("]")


def drop_cut(titles: list[str], others: list[str]) -> list[str]:
    """The titles without those cut short: ending like a cut one while another candidate
    goes on past it ("... Solutions (Including" beside "... Solutions (Including One Trick)")."""
    keys = [key(t) for t in titles + others]
    out = []
    for t in titles:
        k = key(t)
        if _cut(t) and any(len(o) >= len(k) + CUT_MIN_EXTRA and o.startswith(k) for o in keys):
            continue
        out.append(t)
    return out


def _marks_only_in(heading: str, head: str) -> bool:
    """Whether a heading holds trademark signs (™ ® ©) that the head title, otherwise the
    same words, leaves out ("Nintendo Switch™ - OLED Model" beside "Nintendo Switch - OLED
    Model"): the heading sets them as decoration, and the plain spelling names the thing."""
    return any(c in heading for c in _TRADEMARKS) and not any(c in head for c in _TRADEMARKS)


def _cut_in_word(head: str, heading: str) -> bool:
    """Whether a head title is the heading cut off inside a word ("... your monitor, laptop,
    and k | Site" beside the h1 "... your monitor, laptop, and keyboard (checklist)"): a
    template cut the headline to a length limit before adding the site's name."""
    h, c = heading.casefold(), head.casefold().rstrip()
    return len(h) > len(c) and h.startswith(c) and c[-1].isalnum() and h[len(c)].isalnum()


def _title_bar_heading(heading: str) -> bool:
    """Whether a heading repeats the page's title bar, "Headline | Section | Site": three
    pieces or more, all set apart by "|" (a template that prints the <title> as the h1).
    A headline itself may hold one bar or dashes ("Brexit - what comes next"), not two bars."""
    _, seps = split_pieces(heading)
    return len(seps) >= 2 and all(sep.strip() == "|" for sep in seps)


def reads_as_prose(text: str) -> bool:
    """More words than a headline has: a description set as the h1. (Counting sentences
    does not tell: "Leasing or buying? Compare offers!" is a headline.)"""
    return len(text.split()) > PROSE_MIN_WORDS


def key(text: str) -> str:
    """A comparison key: letters and digits only, case-folded."""
    return _KEY.sub("", text).casefold()


def _joins_numbers(title: str, m: regex.Match) -> bool:
    """Whether a separator stands between two numbers ("2026 / 2027", "Arsenal 2 - 1 Leeds"):
    a range or a score, part of the headline."""
    return m.group().strip() in _NUMBER_JOINERS and 0 < m.start() and m.end() < len(title) \
        and title[m.start() - 1].isdigit() and title[m.end()].isdigit()


def split_pieces(title: str) -> tuple[list[str], list[str]]:
    """(pieces, separators) of a title split at its separators (not at a dash or slash
    between two numbers)."""
    pieces, seps, pos = [], [], 0
    for m in _SEPARATOR.finditer(title):
        if _joins_numbers(title, m):
            continue
        pieces.append(title[pos:m.start()])
        seps.append(m.group())
        pos = m.end()
    pieces.append(title[pos:])
    return pieces, seps


def pieces_of(title: str) -> list[str]:
    """The title and every contiguous run of its separator-delimited pieces, longest first."""
    parts, seps = split_pieces(title)
    out = []
    n = len(parts)
    if n > 8:  # a keyword-stuffed title; its head and whole are enough
        return [title, parts[0].strip()]
    for length in range(n, 0, -1):
        for i in range(0, n - length + 1):
            s = parts[i]
            for j in range(i + 1, i + length):
                s += seps[j - 1] + parts[j]
            s = s.strip()
            if s:
                out.append(s)
    return out




def agree(head: str, heading: str) -> bool:
    """Whether a head-title key and a visible heading key name the same headline: equal,
    one with a short tail ("(source)"), or the heading with a kicker in front. A head title
    ending in the heading is not enough: "Headline - Site" ends in the site's logo h1."""
    if head == heading:
        return True
    short, long_ = (head, heading) if len(head) < len(heading) else (heading, head)
    if len(short) < AGREE_MIN_CHARS:
        return False
    if long_.startswith(short):
        return len(short) >= AGREE_PREFIX_SHARE * len(long_)
    return len(heading) > len(head) and heading.endswith(head) and \
        len(head) >= AGREE_SUFFIX_SHARE * len(heading)


def is_site(piece: str, site_keys: set[str]) -> bool:
    """Whether a title piece names the site: a site key, or one with a word or two added."""
    k = key(piece)
    if not k:
        return True
    if piece.rstrip().endswith("?"):  # "What is Tauri?" asks; a site name does not
        return False
    if _initials_of_site(piece.strip(), k, site_keys):
        return True
    # "Site", "Site Blog", "The Site": the site name plus a word or two
    return any(k == s or (len(s) >= 4 and len(k) <= len(s) + SITE_EXTRA_CHARS
                          and (k.startswith(s) or k.endswith(s))) for s in site_keys)


def _initials_of_site(piece: str, k: str, site_keys: set[str]) -> bool:
    """Whether a piece is the site's name abbreviated ("Mesh Office Chair | NBF" on
    nationalbusinessfurniture.com): one word in capitals whose letters a longer site name
    holds in order, starting with its first."""
    if not (INITIALS_MIN <= len(piece) <= INITIALS_MAX and piece.isalpha() and piece.isupper()):
        return False
    for s in site_keys:
        if len(s) > len(k) and s[0] == k[0]:
            rest = iter(s)
            if all(ch in rest for ch in k):  # a subsequence: each found after the last
                return True
    return False


def _strip_glued_site(title: str, site_keys: set[str]) -> str:
    """Without a site name that is not set off by a separator: "Headline [Site]",
    "Headline (Site)", or a domain name in front ("example.com Headline")."""
    if title.endswith((")", "]")):
        start = title.rfind("(" if title[-1] == ")" else "[")
        if start > 0 and key(title[start + 1:-1]) in site_keys:
            return title[:start].rstrip()
    first, _, rest = title.partition(" ")
    if rest and "." in first and first[-1].isalnum() and key(first) in site_keys \
            and len(split_pieces(title)[0]) == 1:
        return rest.lstrip()
    return title


def strip_site(title: str, site_keys: set[str]) -> str:
    """The headline part of a head title: site and section pieces removed."""
    title = _strip_glued_site(title, site_keys)
    parts, seps = split_pieces(title)
    if len(parts) == 1:
        return title.strip()
    keep = [i for i, p in enumerate(parts) if not is_site(p, site_keys)]
    if not keep:
        # every piece names the site ("15 Years of example.net — example.net"): drop the
        # pieces that are the site name exactly
        keep = [i for i, p in enumerate(parts) if key(p) not in site_keys]
        if not keep or len(keep) == len(parts):
            return title.strip()
    if len(keep) < len(parts):
        lo, hi = keep[0], keep[-1]
    else:
        lo, hi = 0, len(parts) - 1
    # A long head with short trailing pieces: the tail names the site or section.
    words = [len(p.split()) for p in parts]
    if hi > lo:
        longest = max(range(lo, hi + 1), key=lambda i: words[i])
        if all(words[i] <= SITE_PIECE_MAX_WORDS for i in range(lo, hi + 1) if i != longest) \
                and words[longest] > SITE_PIECE_MAX_WORDS:
            lo = hi = longest
    s = parts[lo]
    for j in range(lo + 1, hi + 1):
        s += seps[j - 1] + parts[j]
    return s.strip()


def choose_title(head_titles: list[str], headings: list[str],
                 site_names: list[str], why: list[str] | None = None, *,
                 front_page: bool = False) -> tuple[str | None, str | None]:
    """Pick the title. Returns (title, source); ``why``, when given, receives the reason.

    ``head_titles``: (in trust order) JSON-LD headline, og:title, twitter:title, <title>.
    ``headings``: h1 texts (and other headline elements) in document order.
    ``site_names``: og:site_name, publisher names, domain labels.
    ``front_page``: the page is the site's front page (its URL has no path).
    """
    title, source, reason = _choose(head_titles, headings, site_names, front_page)
    if why is not None:
        why.append(reason)
    return title, source


def _choose(head_titles: list[str], headings: list[str], site_names: list[str],
            front_page: bool = False) -> tuple[str | None, str | None, str]:
    heads = [t for t in (clean_title(h) for h in head_titles) if t and len(t) <= TITLE_MAX_CHARS]
    hs = [t for t in (clean_title(h) for h in headings) if t and len(t) <= TITLE_MAX_CHARS]
    heads = drop_cut(heads, hs)
    site_keys = site_keys_of(site_names)
    h_keys = [(p, key(p)) for h in hs for p in pieces_of(h)[:PIECES_PER_HEADING]]
    # 0. "Lessons Learned: The lean startup" beside og:title "The lean startup": the page's
    # one h1 "Lessons Learned" is what the first adds to the second, the blog's name
    distinct = {key(h) for h in hs} - {""}
    if len(distinct) == 1:
        rest = _rest_of_head(next(iter(distinct)), heads)
        if rest is not None and not is_site(rest, site_keys):  # not "Headline | Site"
            return rest, "head", ("a head title that another one holds beside the h1, "
                                  "the site's name")
    # 1. a heading that agrees with a head title or one of its pieces
    for head in heads:
        for piece in pieces_of(head):
            pk = key(piece)
            if not pk or is_site(piece, site_keys):
                continue
            for h, hk in h_keys:
                if hk and agree(pk, hk):
                    # the shorter of the two; the visible heading's spelling when equal
                    chosen = h if len(hk) <= len(pk) else piece
                    if chosen is h and hk == pk and _marks_only_in(h, piece):
                        chosen = piece
                    elif chosen is piece and _cut_in_word(piece, h):
                        chosen = h
                    if piece == head and _title_bar_heading(chosen):
                        chosen = strip_site(chosen, site_keys)
                    return chosen, "h1", \
                        "the h1 agrees with a head title (the shorter of the two)"
    # 1a. a site's front page: the head title that names the site and what it offers is
    # the page's name, whole; the h1 there is most often a slogan. (wcxb-dev title +9 pages,
    # modern-dev +3, multilingual-dev same.)
    if front_page:
        named = _front_page_title(heads, site_keys)
        if named is not None:
            return named, "head", ("the site's front page: its head title, the site's name "
                                   "with what it offers, taken whole")
    # 1b. a site's front page with an h1 that names the site ("Example Supply Homepage", a
    # logo's): the page is the site, and the head title that names the site is its name
    if front_page and any(is_site(h, site_keys) for h in hs):
        named = next((t for t in heads if is_site(t, site_keys)), None)
        if named is not None:
            return named, "head", ("the site's front page, whose h1 names the site: the head "
                                   "title that names it")
    # 1c. a lone headline: the page's only distinct h1 that is not a site name (a one-word
    # one only when a head title contains it); on the dev sets such an h1 was the title
    # more often than the SEO-worded head title (modern-dev 0.636 -> 0.669)
    real: list[tuple[str, str]] = []
    for h in hs:
        hk = key(h)
        if hk and not is_site(h, site_keys) and not reads_as_prose(h) \
                and hk not in [k for _, k in real]:
            real.append((h, hk))
    lone = len(real) == 1 and (len(real[0][0].split()) >= LONE_H1_MIN_WORDS
                               or any(real[0][1] in key(t) for t in heads))
    stripped = [key(strip_site(t, site_keys)) for t in heads]
    if lone and len(set(stripped)) < len(stripped) and not any(
            _shared_words(real[0][0], strip_site(t, site_keys)) for t in heads):
        # a slogan or banner: no word of it in the head titles, which agree with each other
        # (og:title and <title> "Cybersecurity Consulting Services" over the h1 "Elevate
        # security maturity")
        lone = False
    if lone and front_page and len(set(stripped)) < len(stripped) and all(
            _word_share(real[0][0], strip_site(t, site_keys)) <= FRONT_SLOGAN_SHARE
            for t in heads):
        # on a site's front page, where the h1 is most often a slogan, one that shares no
        # more than half its words with the agreeing head titles is one too ("Data-driven
        # marketing without the complexity" under "Email & SMS Marketing Platform | Site")
        lone = False
    if lone:
        return real[0][0], "h1", "the page's only h1 (the head titles word it otherwise)"
    # 1d. of several h1s (the headline, a newsletter box's, a menu's), the first when it holds
    # the words of a head title, in another order or with short words added ("... Calculators
    # in 2025" beside "... Calculators 2025 | Site"): the visible headline
    if len(real) > 1:
        bare = [strip_site(t, site_keys) for t in heads]
        if any(_same_words(real[0][0], t) for t in bare):
            return real[0][0], "h1", "the first of several h1s, in the words of a head title"
    # 2. the most trusted head title, site pieces stripped
    for head in heads:
        t = strip_site(head, site_keys)
        if t != head and head.endswith(t) and _suffixed_elsewhere(head, heads, site_keys):
            t = head  # the piece in front is the headline's: the site's suffix is elsewhere
        if t and key(t) not in site_keys and (t != head or not is_site(t, site_keys)):
            return t, "head", ("the first head title, site and section pieces stripped"
                               if t != head else "the first head title")
    # 3. the first heading that is not the site name
    for h, _ in h_keys:
        if not is_site(h, site_keys):
            return h, "h1", "the first heading that is not the site's name"
    return (heads[0], "head", "the head title, which only names the site") if heads \
        else (None, None, "")


def _suffixed_elsewhere(head: str, heads: list[str], site_keys: set[str]) -> bool:
    """Whether another head title is this one with pieces added after it (og:title "New to
    Astronomy – Best first telescope?" beside <title> "New to Astronomy – Best first
    telescope? - Help - Astronomy"): the site names itself in that suffix, so a piece in front
    of this one is part of the headline, not a site name (none of its pieces is the site's
    name exactly)."""
    parts = split_pieces(head)[0]
    if len(parts) < 2 or any(key(p) in site_keys for p in parts):
        return False
    n = len(parts)
    lead = [key(p) for p in parts]
    for other in heads:
        o_parts = split_pieces(other)[0]
        if len(o_parts) > n and [key(p) for p in o_parts[:n]] == lead:
            return True
    return False


def _front_page_title(heads: list[str], site_keys: set[str]) -> str | None:
    """On a site's front page, the first head title that is the site's name with what the
    site is ("Talkspace - #1 Rated Online Therapy") or with a word for the front page
    ("Home - Example Shop"): the page is the site, so its name is no site piece to strip,
    and the h1 there is most often a slogan ("Space to figure things out")."""
    home = load_phrases("home_page_names")
    for head in heads:
        parts = [p for p in split_pieces(head)[0] if p.strip()]
        if len(parts) < 2:
            continue
        sites = [is_site(p, site_keys) for p in parts]
        if all(sites) or not any(sites):
            continue
        if sites[0] or all(s or home.fullmatch(p) for p, s in zip(parts, sites, strict=True)):
            return head
    return None


def _rest_of_head(h1_key: str, heads: list[str]) -> str | None:
    """The head title that another head title holds with the h1 put before or after it
    ("Blog name: Post title" beside "Post title"): the h1 is the name the site adds to its
    titles, and that head title the page's."""
    by_key = {key(t): t for t in reversed(heads)}  # the most trusted spelling of each
    for k in by_key:
        if len(k) <= len(h1_key):
            continue
        rest = k[len(h1_key):] if k.startswith(h1_key) else \
            k[:-len(h1_key)] if k.endswith(h1_key) else None
        if rest and rest in by_key:
            return by_key[rest]
    return None


_CONTENT_WORD = regex.compile(r"[\p{L}\p{N}]{3,}")


def _shared_words(a: str, b: str) -> bool:
    """Whether two titles share a word of three letters or more."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(a)}
    return any(w.casefold() in words for w in _CONTENT_WORD.findall(b))


def _same_words(a: str, b: str) -> bool:
    """Whether two titles hold the same words of three letters or more (case-folded)."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(a)}
    return bool(words) and words == {w.casefold() for w in _CONTENT_WORD.findall(b)}


def _word_share(a: str, b: str) -> float:
    """The share of the words of three letters or more of ``a`` that ``b`` holds too."""
    words = [w.casefold() for w in _CONTENT_WORD.findall(a)]
    other = {w.casefold() for w in _CONTENT_WORD.findall(b)}
    return sum(w in other for w in words) / len(words) if words else 1.0


def site_keys_of(site_names: list[str]) -> set[str]:
    """The comparison keys of the site's names, and of each name of three words or more
    without its last word: titles shorten "Thrive Internet Marketing Agency" to "Thrive
    Internet Marketing". A name set apart by separators, or ending in a number or a bracket
    ("... Your Business (2025)"), is a headline put in the name's field, and not shortened."""
    out = set()
    for name in site_names:
        k = key(name or "")
        if not k:
            continue
        out.add(k)
        words = name.split()
        if len(words) >= SITE_SHORT_MIN_WORDS and words[-1].isalpha() \
                and len(split_pieces(name)[0]) == 1:
            out.add(key(" ".join(words[:-1])))
    return out


def site_keys_from_url(url: str | None) -> list[str]:
    """Site names a URL suggests: the host without www ("example.com") and its main label."""
    if not url:
        return []
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp")]
    out = []
    if labels:
        out.append(".".join(labels))  # "example.com"
        if len(labels) >= 2:
            out.append(labels[-2] if len(labels[-2]) > 3 or len(labels) == 2 else labels[-3])
    return out
