"""Line predicates that several stages share, one copy of each: a rail header ("DON'T MISS",
"UP NEXT"), a table of contents' header, a page notice ("Share", "Advertisement"), a
boilerplate phrase inside a short text (cookie, newsletter and comment-form texts) and script
data written out as text. The block filters, the text front end's span and the metadata
readers all ask these."""

from __future__ import annotations

import json
import re

from .phrases import literal_alternation, load, read_phrases
from .prose import title_case_share

#: A rail header is a short block.
HEADER_MAX_CHARS = 60
#: Whole-block notices are short.
NOTICE_MAX_CHARS = 120
#: A paragraph (not code) this long that is a JSON object or array is a page's script data
#: leaking into the text (state blobs in hidden divs), not something written for a reader.
DATA_MIN_CHARS = 200

_RAIL_HEADERS = load("rail_headers")
_TOC_HEADERS = load("toc_headers")
_READ_MORE = load("read_more")
#: The comment section's openers are notices too (read with them, so that a flattened row
#: "Share · 3 Comments" is one run of phrases).
_NOTICES = load("notices", "comment_section")
_COMMENT_SECTION = load("comment_section")
#: Share and follow rows: the notices and the networks' names (read by the notices filter, not
#: by the text path's span).
_SHARE_ROWS = load("notices", "comment_section", "share_rows")
_MEDIA_CONTROLS = load("media_controls")
_FORM_LABELS = load("form_labels")
_PAGE_CONTROLS = load("page_controls")
#: The whole-block lists above as one: a text that is no run of their phrases together is a
#: run of none of them (see :func:`is_chrome_run`).
_CHROME = load("notices", "comment_section", "share_rows", "media_controls", "form_labels",
               "page_controls")
_SNIPPETS = load("boilerplate_snippets")
_POST_FOOTERS = load("post_footers")
_AFFILIATE_DISCLOSURES = load("affiliate_disclosures")
#: An affiliate disclosure runs to a few sentences (what is earned, that it costs the reader
#: nothing, a link to the policy); a longer paragraph is the article's.
DISCLOSURE_MAX_CHARS = 600
#: Every disclosure phrase holds one of these pieces of a word (what is earned: a commission,
#: comisión, comissão, compensation, Provision, qualifying purchases): a test in C on the
#: case-folded text before the phrase search, whose wildcards make it the costliest of the
#: notice tests. tests/unit/rules checks the data file against it.
DISCLOSURE_GATE = ("ommissi", "omiss", "omisi", "ompens", "rovision", "ualifying")
#: A tag line: its label, then the terms (the label must stand as a word: "Tags darauf ...").
_TAG_LINE = re.compile(
    rf"^[^\w]*(?:{literal_alternation(read_phrases('tag_labels'))})(?!\w)\s*(:?)\s*(.+)$",
    re.I | re.S)
#: A tag line is a list of terms: at most this long (a long one names a dozen tags).
TAG_LINE_MAX_CHARS = 400
#: Without a colon or commas, a list of this many words at least ("Themen der Woche" is a
#: heading).
TAG_LIST_WORDS = 3
_SENTENCE_STOP = re.compile(r"[.!?…。]\s*$")
_NEWSLETTER_NOUNS = load("newsletter_nouns")
#: Every newsletter noun holds one of these pieces of a word (newsletter, mailing list,
#: updates to your inbox, nieuwsbrief, infolettre, lettre d'information, boletín): a test in C
#: on the case-folded text before the phrase search. tests/unit/rules checks the data file
#: against it.
NEWSLETTER_GATE = ("newsletter", "list", "updates", "nieuwsbrief", "lettre", "bolet")
_NEWSLETTER_VERBS = load("newsletter_verbs")
_CHANNEL_NOUNS = load("channel_nouns")
_CHANNEL_VERBS = load("newsletter_verbs", "follow_verbs")
#: A newsletter promo is a heading or a sentence or two ("Like what you're reading? Subscribe
#: to the monthly newsletter!"); a longer paragraph naming both is the article's (a story
#: about a newsletter).
NEWSLETTER_MAX_CHARS = 160
#: Where a sentence or a heading's clause starts: the ask opens one ("Love movies? Sign up now").
_CLAUSE_START = re.compile(r"(?<=[.!?:;|–—-])\s+")
#: Every post-footer phrase holds one of these pieces of a word (their first letters left off,
#: so a capital matches too): a test in C before the phrase search, which costs as much as all
#: the other notice tests together. tests/unit/rules checks the data file against it.
POST_FOOTER_GATE = ("ermali", "ermanente", "espons", "omment", "rackback", "esezeichen")
#: A blog theme's post footer runs to a few sentences ("This entry was posted on ... and is
#: filed under ... You can follow any responses ...").
POST_FOOTER_MAX_CHARS = 500


def is_rail_header(text: str) -> bool:
    """A rail's label: DON'T MISS, UP NEXT, RELATED TOPICS, Lesen Sie auch, ..."""
    return len(text) <= HEADER_MAX_CHARS and _RAIL_HEADERS.fullmatch(text)


def is_toc_header(text: str) -> bool:
    """A table of contents' label: Contents, In this article, Inhaltsverzeichnis, Sommaire, ..."""
    return len(text) <= HEADER_MAX_CHARS and _TOC_HEADERS.fullmatch(text)


def is_read_more(text: str) -> bool:
    """The label of a link to the rest of a teaser or section: Read more, Weiterlesen, ..."""
    return len(text) <= HEADER_MAX_CHARS and _READ_MORE.fullmatch(text)


def _whole_block(phrases, text: str) -> bool:
    """The whole (short) text is one of ``phrases``, or several of them in a row."""
    return len(text) <= NOTICE_MAX_CHARS and phrases.fullmatch(text)


def is_chrome_run(text: str) -> bool:
    """The whole (short) text is a run of phrases of the whole-block lists (notices, share
    rows, media and page controls, form labels), taken together: False for every text that
    is_notice, is_share_row, is_media_control, is_form_label and is_page_control reject,
    told by one match instead of five (each list's alternatives are alternatives of the
    union, and a full match tries them all). Most blocks of a page are no chrome."""
    return _whole_block(_CHROME, text)


def is_notice(text: str) -> bool:
    """The whole text is page chrome ("Share", "Skip to content", "Advertisement")."""
    return _whole_block(_NOTICES, text)


def is_share_row(text: str) -> bool:
    """The whole text is a row of share or follow controls ("Share: Facebook X Reddit Email",
    "Facebook Instagram YouTube TikTok"), notices among them. One word alone is no row: a
    network's name standing alone is as often an article's subheading ("TikTok" in a guide to
    selling on social media) as a link in a footer."""
    # (the length first: most blocks are longer, and splitting a paragraph costs more)
    return len(text) <= NOTICE_MAX_CHARS and len(text.split()) >= 2 \
        and _whole_block(_SHARE_ROWS, text)


def opens_comment_section(text: str) -> bool:
    """The whole text opens a comment section: the form's heading ("Leave a Reply",
    "Kommentar schreiben") or the thread's count ("12 Comments")."""
    return bool(_whole_block(_COMMENT_SECTION, text))


def is_form_label(text: str) -> bool:
    """The whole text is a form's field label or message ("First name", "Thank you for
    signing up")."""
    return _whole_block(_FORM_LABELS, text)


def is_page_control(text: str) -> bool:
    """The whole text is a control: a shop's button or stock note ("Add to Cart", "In
    stock"), a listing's sort or filter control, a Q&A site's prompt ("Ask Question")."""
    return _whole_block(_PAGE_CONTROLS, text)


def is_media_control(text: str) -> bool:
    """The whole text is a player's or gallery's controls ("Mute", "Full Screen", "1 of 24")."""
    return _whole_block(_MEDIA_CONTROLS, text)


def boilerplate_phrase(text: str) -> str | None:
    """A boilerplate phrase inside the text (cookie, newsletter, comment-form notices)."""
    return _SNIPPETS.search(text)


def opening_boilerplate(text: str) -> str | None:
    """The boilerplate phrase a text opens with ("We use cookies ...", "By signing up, you
    agree ..."): a consent or terms notice, however long it runs on."""
    return _SNIPPETS.opening(text)


def affiliate_disclosure(text: str) -> str | None:
    """The phrase by which a block of a few sentences discloses that the site or the writer
    earns from the page's links ("We may earn commission from links on this page", "Purchases
    made through our links may earn us a commission", "As an Amazon Associate I earn from
    qualifying purchases"), or None."""
    if len(text) > DISCLOSURE_MAX_CHARS:
        return None
    if not _may_hold(text, DISCLOSURE_GATE):
        return None
    return _AFFILIATE_DISCLOSURES.search(text)


def _may_hold(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether the text, case-folded without the invisible characters normalize() drops,
    holds one of the ``pieces`` (letters only: normalize's other changes leave them)."""
    folded = text.casefold()
    if "\u00ad" in folded or "\u200b" in folded:
        folded = folded.replace("\u00ad", "").replace("\u200b", "")
    return any(g in folded for g in pieces)


def is_tag_line(text: str) -> bool:
    """A post's tag line: a tag label ("Tags", "Schlagwörter", "Themen") and a list of terms
    after it ("Tags: budget travel, Lisbon, hostels", "Tagged Altra, Brooks, Hoka", "Themen:
    Klima Energie Verkehr"). The terms are a list, not a sentence: the label has a colon, or
    the terms are parted by commas or are three or more mostly capitalized words; and they end
    without a full stop ("Topics include watershed ecology and ..." is a sentence)."""
    if len(text) > TAG_LINE_MAX_CHARS:
        return False
    match = _TAG_LINE.match(text)
    if match is None or _SENTENCE_STOP.search(text):
        return False
    colon, terms = match.groups()
    return bool(colon) or "," in terms or (
        len(terms.split()) >= TAG_LIST_WORDS and title_case_share(terms) >= 0.5)


def is_newsletter_promo(text: str) -> bool:
    """A short text that asks the reader to sign up for a newsletter: a newsletter or mailing
    list named, and a sign-up verb opening a sentence, as a request does ("Sign up now for the
    Deals newsletter", "Join our mailing list", "Like what you read? Subscribe to the monthly
    newsletter!"), however the site words the rest. A verb inside a sentence tells of
    newsletters ("the newsletters I subscribe to", "readers who join a newsletter")."""
    return _may_hold(text, NEWSLETTER_GATE) and \
        _asks_to_join(text, _NEWSLETTER_NOUNS, _NEWSLETTER_VERBS)


def is_channel_promo(text: str) -> bool:
    """A short text that asks the reader to follow the site on a messenger or news app: the
    channel named and a sign-up or follow verb opening a sentence ("Join our breaking news
    service on WhatsApp", "Folgen Sie uns auf Google News", "Siga-nos no Telegram"), as a
    newsletter promo asks for a sign-up. A verb inside a sentence tells of the channel."""
    return _asks_to_join(text, _CHANNEL_NOUNS, _CHANNEL_VERBS)


def _asks_to_join(text: str, nouns, verbs) -> bool:
    """A text of at most NEWSLETTER_MAX_CHARS naming one of ``nouns``, one of whose sentences
    or clauses opens with one of ``verbs``."""
    if len(text) > NEWSLETTER_MAX_CHARS or nouns.search(text) is None:
        return False
    return any(verbs.opening(part) for part in _CLAUSE_START.split(text))


def post_footer_phrase(text: str) -> str | None:
    """A theme's post-footer phrase in a block of a few sentences ("Bookmark the permalink",
    "Kommentare und Pings sind derzeit nicht erlaubt")."""
    if len(text) > POST_FOOTER_MAX_CHARS or not any(g in text for g in POST_FOOTER_GATE):
        return None
    return _POST_FOOTERS.search(text)


#: Script values a player or widget leaves as a block of text of their own.
_SCRIPT_LITERALS = frozenset({"true", "false", "null", "undefined", "nan", "[object object]"})
_SCRIPT_LITERAL_MAX_CHARS = max(map(len, _SCRIPT_LITERALS))


# A server's error message printed into the page ("Warning: ... in /var/www/x.php on line 12").
_SERVER_MESSAGE = re.compile(
    r"^(?:warning|notice|deprecated|fatal error|parse error|strict standards)\s*:.{0,300}?"
    r"\bin\s+\S+\.(?:php|inc|phtml|py|rb|js)\s+on line \d+", re.I | re.S)


def is_script_data(text: str) -> bool:
    """True for a long JSON object or array written out as text, a lone script value ("false",
    "null", "undefined"), or a server's error message ("Warning: ... on line 12")."""
    stripped = text.strip()
    # (lowering never shortens a text: a long one is no literal, and is not lowered)
    if (len(stripped) <= _SCRIPT_LITERAL_MAX_CHARS and stripped.lower() in _SCRIPT_LITERALS) \
            or _SERVER_MESSAGE.match(text):
        return True
    if len(text) < DATA_MIN_CHARS or text[0] not in "{[" or text[-1] not in "}]":
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
