"""The page-type stage: each type from the evidence a reader would use, and the evidence kept."""

from __future__ import annotations

import lxml.html
import pytest

import cleanarticle
from cleanarticle.model import Metadata
from cleanarticle.page_type import ARTICLE_MIN, decide_page_type, is_front_page, read_markup
from cleanarticle.rules.prose import ARTICLE_PROSE


def _meta(declared: str | None = None, source: str = "json-ld", date: str | None = None,
          author: str | None = None) -> Metadata:
    md = Metadata(page_type=declared, date=date, author=author)
    if declared:
        md.sources["page_type"] = source
    return md


def _markup(body: str):
    return read_markup(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


NO_MARKUP = _markup("<div><h1>x</h1></div>")


@pytest.mark.parametrize("declared, url, want", [
    ("newsarticle", "https://news.example/2025/03/14/council-votes/", "article"),
    ("blogposting", "https://blog.example/why-we-moved", "article"),
    ("product", "https://shop.example/items/blue-mug", "product"),
    ("collectionpage", "https://shop.example/mugs", "listing"),
    ("discussionforumposting", "https://forum.example/threads/which-mug", "forum"),
    ("qapage", "https://qa.example/questions/123/why", "forum"),
    ("techarticle", "https://dev.example/install", "documentation"),
])
def test_a_declared_type_decides(declared, url, want):
    assert decide_page_type(_meta(declared), url, NO_MARKUP, 0).name == want


@pytest.mark.parametrize("url, want", [
    ("https://news.example/", "listing"),
    ("https://news.example/category/business/", "listing"),
    ("https://news.example/tag/harbor", "listing"),
    ("https://community.example/t/best-first-telescope/155", "forum"),
    ("https://www.example.com/travel-forum/asia/first-trip-to-japan", "forum"),
    ("https://bbs.example/viewtopic.php?id=9", "forum"),
    ("https://shop.example/products/quarter-socks", "product"),
    ("https://docs.example/docs/getting-started", "documentation"),
])
def test_the_url_shape_names_sections_forums_shops_and_docs(url, want):
    assert decide_page_type(_meta(), url, NO_MARKUP, 0).name == want


@pytest.mark.parametrize("url, front", [
    ("https://news.example/", True),
    ("https://news.example/?ref=homepage", True),
    ("https://news.example/?page=2", True),
    ("https://news.example/?p=31228", False),  # one post of a site without pretty links
    ("https://news.example/?lang=de&page_id=12", False),
])
def test_a_query_naming_a_post_is_no_front_page(url, front):
    assert is_front_page(url) is front
    signed = _meta(date="2025-01-01", author="Dana Whitcombe")
    inside = _markup("<article><h1>Ferry service resumes</h1><p>x</p></article>")
    assert (decide_page_type(signed, url, inside, 0).name == "listing") is front


def test_one_weak_sign_is_no_article():
    # og:type "article" alone: many CMSs put it on every page, section fronts included.
    pt = decide_page_type(_meta("article", source="og:type"), "https://x.example/about", NO_MARKUP, 0)
    assert pt.name == "other"
    assert pt.points == (("article", 1),) and ARTICLE_MIN > 1


def test_a_short_story_is_an_article_by_its_signs_not_its_length():
    pt = decide_page_type(_meta("newsarticle", date="2025-03-14", author="Dana Whitcombe"),
                          "https://news.example/2025/03/14/ferry/", NO_MARKUP, 400)
    assert pt.name == "article"
    assert any("declared" in e for e in pt.evidence) and any("URL holds a date" in e for e in pt.evidence)


def test_prose_counts_for_an_article_and_cards_for_a_listing():
    long_prose = decide_page_type(_meta(date="2025-01-01", author="A"), None, NO_MARKUP, ARTICLE_PROSE)
    assert long_prose.name == "article"
    cards = _markup("".join(f"<article><h2><a href='/{i}'>Story {i}</a></h2></article>" for i in range(6)))
    assert cards.articles == 6
    assert decide_page_type(_meta(), "https://n.example/", cards, 0).name == "listing"


def test_a_tie_goes_to_the_more_specific_type():
    # A forum thread is dated and signed like a story; its URL says what it is.
    pt = decide_page_type(_meta("article", source="og:type", date="2025-01-01", author="bob"),
                          "https://example.org/forum/beginners", NO_MARKUP, 0)
    assert pt.name == "forum"


def test_headline_inside_article_markup():
    assert _markup("<article><header><h1>T</h1></header><p>x</p></article>").h1_in_article
    assert _markup("<div itemprop='articleBody'><h1>T</h1></div>").h1_in_article
    assert not _markup("<header><h1>Site</h1></header><article><p>x</p></article>").h1_in_article


SECTION_FRONT = """<!DOCTYPE html><html><head><title>Business | The Valley Ledger</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/business/">Business</a></nav></header>
<main><h1>Business</h1>
""" + "".join(f"""<article class="teaser"><h2><a href="/2025/03/{i:02d}/story-{i}/">Harbor story number {i}
makes the news</a></h2><p>A short summary of story {i} that tells readers what happened.</p></article>
""" for i in range(1, 9)) + """</main><footer><a href="/about/">About</a></footer></body></html>"""


def test_a_section_front_with_og_article_stays_a_listing():
    article = cleanarticle.clean(SECTION_FRONT, url="https://ledger.example/business/")
    assert article.page_type == "listing"
    # A listing's items are its content.
    assert article.text.count("Harbor story number") == 8
    assert article.to_dict()["page_type"] == "listing"
    assert article.to_dict()["page_type_evidence"]


def test_text_pages_get_a_page_type_too():
    text = "\n".join(["Home", "News"] + ["The council voted on Monday to repair the old bridge, "
                                          "ending a debate that had lasted for three years."] * 40)
    article = cleanarticle.clean(text, kind="text", url="https://n.example/2025/01/02/bridge/")
    assert article.page_type == "article"


def _short_story(date_line: str) -> str:
    menu = "".join(f"<li><a href='/section-{i}/'>Section {i}</a></li>" for i in range(40))
    return f"""<!DOCTYPE html><html lang="de"><head><title>Neue Seminare für Jäger | Jagdblatt</title>
<meta property="og:type" content="article"></head><body>
<header><ul class="main-menu">{menu}</ul></header>
<div class="post"><h1 class="entry-title">Neue Seminare für Jäger</h1>{date_line}
<div class="entry-content"><p>Der Verband bietet ab März drei neue Online-Seminare an.
Sie richten sich an Jägerinnen und Jäger, die ihr Wissen über Wildkrankheiten auffrischen wollen.</p>
<p>Die Anmeldung ist ab sofort auf der Seite des Verbands möglich.</p></div></div>
<footer><ul>{menu}</ul></footer></body></html>"""


def test_a_date_line_under_the_headline_makes_a_short_page_a_story():
    url = "https://jagdblatt.example/allgemein/neue-online-seminare-fuer-jaeger/"
    dated = cleanarticle.clean(_short_story("<div class='entry-meta'>3. Februar 2022</div>"),
                               url=url)
    assert dated.page_type == "article"
    assert any("date line with the headline" in e for e in dated.page_type_evidence)
    assert "Die Anmeldung" in dated.text
    # the same page without its date line: og:type and a slug are not enough
    undated = cleanarticle.clean(_short_story(""), url=url)
    assert undated.page_type == "other"
    assert not any("date line" in e for e in undated.page_type_evidence)


def test_a_dated_headline_is_not_counted_twice():
    # "dated and signed" already holds the date: the date line adds nothing more.
    md = _meta("article", source="og:type", date="2022-02-03", author="Jo Weber")
    pt = decide_page_type(md, None, NO_MARKUP, 0, dated_headline=True)
    assert dict(pt.points)["article"] == 2 and pt.name == "other"
