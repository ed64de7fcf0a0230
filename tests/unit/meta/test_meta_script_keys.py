"""The published-date keys of script data are found where a full scan finds them."""

import random

from cleanarticle.meta import html as meta_html


def _scanned(text: str, end: int) -> list:
    return [(m.span(), m.group(1)) for m in meta_html._SCRIPT_DATE.finditer(text[:end])]


def test_keys_are_the_full_scans_matches():
    rng = random.Random(15)
    quotes = ['"', "'", '\\"']
    prefixes = ["", "page.", "a_", "x" * 19 + ".", "x" * 21 + "."]
    keys = ["datePublished", "published_at", "PUBLISHED_DATE", "article_publication_date",
            "first_publish_date", "pubDate", "pub_date", "publishTime", "publisher"]
    values = ["2019-03-02T06:22:28+01:00", "2016-11-04", "x", "Jane Doe, Reuters"]
    noise = [" ", ",", "{", "}", "publi", ":", "=", "x" * 40, '"', "'"]

    def pair() -> str:
        q, r = rng.choice(quotes), rng.choice(quotes)
        return (f"{q}{rng.choice(prefixes)}{rng.choice(keys)}{q}{rng.choice([':', ' = ', ''])}"
                f"{r}{rng.choice(values)}{r}")

    matched = 0
    for _ in range(5_000):
        text = "".join(pair() if rng.random() < 0.3 else rng.choice(noise)
                       for _ in range(rng.randint(1, 20)))
        for end in (len(text), len(text) // 2):
            found = [(m.span(), m.group(1)) for m in meta_html._script_date_keys(text, end)]
            assert found == _scanned(text, end), (text, end)
            matched += bool(found)
    assert matched > 1_000
