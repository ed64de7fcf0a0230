"""The cheap gates in front of the date patterns never change an answer, only its cost."""

import random

import regex

from cleanarticle.rules import dates, datewords


def _has_date_ungated(text: str) -> bool:
    return bool(dates._DATE.search(text) or dates._RELATIVE.search(text)
                or dates._MONTH_YEAR.search(text))


def test_relative_words_hold_no_letter_matching_an_ascii_one():
    # The ASCII gate relies on this: on ASCII text only the words' ASCII letters can match.
    words = (datewords.AGO_AFTER_ALT, datewords.AGO_BEFORE_ALT, datewords.YESTERDAY_ALT,
             datewords.TODAY_ALT)
    wide = {c for w in words for c in w if ord(c) > 127}
    assert not [(c, a) for c in wide for a in map(chr, range(128))
                if regex.fullmatch(regex.escape(c), a, regex.IGNORECASE)]


SAMPLES = [
    "3 comments", "$15", "$119.00", "4.5 out of 5", "Step 1", "EUR\u00a09.72 delivery", "2025",
    "Dec 19, 2025", "10.10.23", "10. 10. 2023", "10/10/23", "10-10-2023", "1.5.", "2 hours ago",
    "vor 2 Stunden", "hace 3 días", "il y a 2 jours", "Yesterday", "TODAY", "just now", "an hour ago",
    "A DAY AGO", "Updated yesterday at 5", "ha 2 ore", "Share", "Ago", "agosto", "Vor 3 Tagen",
    "Il Y A 1 AN", "vor\u00a02 Stunden", "2 uur geleden", "10 October 2023", "Oct 2023",
    "Mar 3", "1/2 cup", "12-3-4", "3\u2009hours\u2009ago", "yesterday\u2019s news", "heute",
    "aujourd'hui", "Published 1 year ago on", "1 h ago", "1h ago", "10.5.2", "07.2023",
]


def test_has_date_agrees_with_the_ungated_patterns():
    for text in SAMPLES:
        assert dates.has_date(text) == _has_date_ungated(text), text


def test_has_date_agrees_on_generated_texts():
    rng = random.Random(15)
    pieces = ["1", "2", "10", "2023", "19", ".", "/", "-", " ", "\u00a0", "ago", "vor", "hace",
              "il y a", "hours", "Stunden", "days", "today", "yesterday", "Oct", "October", "a",
              "an", "one", "x", "é", ",", "h", "de "]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert dates.has_date(text) == _has_date_ungated(text), text


def test_no_part_of_a_text_holds_a_date_when_the_whole_does_not():
    # The compound-line test asks has_date of the whole line before cutting it into pieces.
    rng = random.Random(16)
    pieces = ["ago", "vor", "hace", "il y a", "hours", "Stunden", "days", "today", "Today",
              "yesterday", "an", "one", "a", "x", "Posted", "by", "Jane", " ", " · ", " | ", "/",
              " - ", "–", ",", "min read", "hour", "10", "2023", "Oct", "October", ".", "-", "5",
              "12:30"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        if dates.has_date(text):
            continue
        for part in regex.split(r"\s*[·|•–—/]\s*|\s+-\s+|\s+(?:by|von|par|por|di|door|de)\s+",
                                text, flags=regex.I):
            assert not dates.is_dateline(part), (text, part)


def test_the_relative_words_are_lowercase():
    # The ASCII gate runs case-sensitively on the lowercased text.
    for words in (datewords.AGO_AFTER_ALT, datewords.AGO_BEFORE_ALT, datewords.YESTERDAY_ALT,
                  datewords.TODAY_ALT):
        assert words == words.lower()
