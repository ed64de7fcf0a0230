"""Whole pages written by us (tests/fixtures/<slug>/): source.html or source.txt + expected.json.

The body must come out exactly as expected; title, date and author are compared when the
expected JSON gives them. A known filter weakness is listed in KNOWN_FAILURES with what goes
wrong; the mark is strict, so the day the filter is fixed the test fails until the entry goes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import regex

import cleanarticle

FIXTURES = Path(__file__).parent / "fixtures"
FIELDS = ("body", "title", "date", "author")
# Further fields a fixture may pin down (compared when its expected JSON gives them).
OPTIONAL = ("page_type", "authors", "updated", "url", "canonical_url", "image", "tags",
            "categories")
# The seed-style page and the other shapes the issue asks for must stay in the set.
REQUIRED = ("wordpress-news", "news-text", "german-blog", "german-blog-text", "tech-list-table-code",
            "split-article", "short-wire-story")

# (slug, test) -> what the filters get wrong on that page.
_SITE_WIDGET = ("a site whose markup no general rule can read (a short story read as a listing, "
                "a widget under a meaningless class, its fact box in an <aside>): "
                "examples/site-rules.toml fixes it, see test_the_example_rules_fix_the_site_widget_page")
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("site-widget", "body"): _SITE_WIDGET,
    ("site-widget", "body_blocks"): _SITE_WIDGET,
}
EXAMPLE_RULES = Path(__file__).parents[1] / "examples" / "site-rules.toml"

_ANY_SPACE = regex.compile(r"[\s\p{Zs}]+")


def _slugs() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _source(slug: str) -> Path:
    found = [p for p in (FIXTURES / slug).iterdir() if p.stem == "source"]
    assert len(found) == 1, f"{slug}: expected exactly one source.html or source.txt, got {found}"
    return found[0]


def _expected(slug: str) -> dict:
    return json.loads((FIXTURES / slug / "expected.json").read_text("utf-8"))


@cache
def _clean(slug: str) -> cleanarticle.Article:
    # Bytes, as a crawler hands them over; kind="auto" must tell HTML from text on its own.
    return cleanarticle.clean(_source(slug).read_bytes())


def _case(slug: str, test: str):
    reason = KNOWN_FAILURES.get((slug, test))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(slug, id=f"{slug}-{test}", marks=marks)


def _cases(test: str, field: str | None = None) -> list:
    return [_case(s, test) for s in _slugs() if field is None or _expected(s).get(field) is not None]


def _diff(expected: str, got: str) -> str:
    want, have = expected.split("\n\n"), got.split("\n\n")
    missing = [b[:90] for b in want if b not in have]
    extra = [b[:90] for b in have if b not in want]
    return f"missing blocks: {missing}\nextra blocks: {extra}"


def test_fixture_set_is_complete():
    assert set(REQUIRED) <= set(_slugs())
    for slug in _slugs():
        expected = _expected(slug)
        assert set(FIELDS) <= set(expected) <= set(FIELDS + OPTIONAL), slug
        assert expected["body"].strip(), slug
        assert _source(slug).suffix in (".html", ".txt"), slug


def test_known_failures_name_real_cases():
    for slug, test in KNOWN_FAILURES:
        assert slug in _slugs()
        assert test in ("body", "body_blocks", "title", "date", "author", "page_type")


def test_source_kind_follows_the_file():
    for slug in _slugs():
        want = "html" if _source(slug).suffix == ".html" else "text"
        assert _clean(slug).source_kind == want, slug


@pytest.mark.parametrize("slug", _cases("body"))
def test_body(slug):
    got, want = _clean(slug).text, _expected(slug)["body"]
    assert got == want, _diff(want, got)


@pytest.mark.parametrize("slug", _cases("body_blocks"))
def test_body_blocks(slug):
    """The same blocks in the same order, space characters aside (NBSP, thin spaces)."""
    def norm(text: str) -> list[str]:
        return [_ANY_SPACE.sub(" ", b).strip() for b in text.split("\n\n")]

    got, want = norm(_clean(slug).text), norm(_expected(slug)["body"])
    assert got == want, _diff("\n\n".join(want), "\n\n".join(got))


@pytest.mark.parametrize("slug", _cases("title", "title"))
def test_title(slug):
    assert _clean(slug).title == _expected(slug)["title"]


@pytest.mark.parametrize("slug", _cases("date", "date"))
def test_date(slug):
    assert _clean(slug).date == _expected(slug)["date"]


@pytest.mark.parametrize("slug", _cases("page_type", "page_type"))
def test_page_type(slug):
    assert _clean(slug).page_type == _expected(slug)["page_type"], _clean(slug).page_type_evidence


@pytest.mark.parametrize("slug", _cases("author", "author"))
def test_author(slug):
    assert _clean(slug).author == _expected(slug)["author"]


@pytest.mark.parametrize("field", OPTIONAL)
def test_further_metadata(field):
    slugs = [s for s in _slugs() if field in _expected(s)]
    for slug in slugs:
        assert getattr(_clean(slug), field) == _expected(slug)[field], slug


def test_wordpress_page_chrome_is_gone_and_recorded():
    """The seed-style page: every piece of chrome named in the issue is gone, in the page and
    in the removals (not merely missing from the source)."""
    article = _clean("wordpress-news")
    text = article.text
    for chrome in ("Please ensure Javascript", "Trinity Audio", "Send this to a friend", "DON'T MISS",
                   "UP NEXT", "RELATED TOPICS", "hours ago", "Help continue the work", "By admin",
                   "Published 1 year ago"):
        assert chrome not in text
    removed = " ".join(r.text for r in article.removals)
    for chrome in ("Please ensure Javascript", "Getting your Trinity Audio player ready",
                   "Send this to a friend", "DON'T MISS", "UP NEXT", "RELATED TOPICS:",
                   "10 hours ago", "Help continue the work that gets you the news"):
        assert chrome in removed
    assert text.startswith("BEIJING — A group of U.S. senators")
    assert text.endswith("we need to work together.”")


def test_the_example_rules_fix_the_site_widget_page():
    """The rules file shipped under examples/ turns the page into exactly its article, and
    every removal a rule made names the rule."""
    rules = cleanarticle.load_rules(EXAMPLE_RULES)
    article = cleanarticle.clean(_source("site-widget").read_bytes(), rules=rules)
    assert article.text == _expected("site-widget")["body"]
    reasons = [r.reason for r in article.removals if r.filter == "rules"]
    assert reasons == ["user rule: prune 'div.bx-rt7' (harbourgazette.example)",
                       "user rule: drop phrase 'Got a story? Message our newsroom' (harbourgazette.example)"]
