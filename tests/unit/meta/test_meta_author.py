"""Authors: credits normalised into names, and which of a page's candidates is the author."""

import lxml.html
import pytest

from cleanarticle.meta import extract_html_metadata
from cleanarticle.rules.byline import author_names, clean_author

BODY = "<p>" + "Plain words of the article body. " * 20 + "</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


@pytest.mark.parametrize("raw, names", [
    ("Laura E. Adkins", ["Laura E. Adkins"]),  # an initial, not the Portuguese "e"
    ("Ana e João Silva", ["Ana", "João Silva"]),
    ("Mac & i", ["Mac & i"]),  # a magazine's name, not two people
    ("Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("Byby JOSH SMITH", ["JOSH SMITH"]),  # a "By" label and a "by …" link glued
    ("Jeffrey Gettleman; JEFFREY GETTLEMAN", ["Jeffrey Gettleman"]),
    ("by LD", ["LD"]),  # capitals first are a name (initials, an agency), not a degree
    ("Jane Doe, MD", ["Jane Doe"]),
    ("freeman1984", ["freeman1984"]),
    ("3 min read", []),
    ("von Redaktion,", ["Redaktion"]),
    ("AFP/The Local", ["AFP/The Local"]),
    ("det/dpa", ["det/dpa"]),
    ("Author Isaiah Shelton", ["Isaiah Shelton"]),
    ("AuthorAndreas Kalt", ["Andreas Kalt"]),
    ("Veröffentlicht von HansG", ["HansG"]),
    ("Posted on March 3 by tlow", ["tlow"]),
    ("Anna von Stein", ["Anna von Stein"]),
    ("8. Januar 2020 · by Aureliana · in Gefühle", ["Aureliana"]),
    ("著者：山田太郎", ["山田太郎"]),
    ("[山田太郎，ITmedia]", ["山田太郎", "ITmedia"]),
    ("Johanna Kropfitsch Alle Artikel", ["Johanna Kropfitsch"]),
])
def test_author_names(raw, names):
    assert author_names(raw) == names
    assert clean_author(raw) == ("; ".join(names) or None)


def test_lowercase_user_name_in_wordpress_entry_meta():
    tree = page("<title>Keine Spielstraße</title>",
                '<article><h1 class="entry-title">Keine Spielstraße</h1>'
                '<div class="entry-meta"><span class="posted-on">12. Juni 2017</span> '
                '<span class="byline">von <span class="author vcard">'
                '<a class="url fn n" href="/author/gizzmo/">gizzmo</a></span></span></div>'
                + BODY + "</article>", lang="de")
    md = extract_html_metadata(tree)
    assert md.author == "gizzmo"


def test_label_marked_as_author_gives_way_to_the_name():
    # Twenty Ten: <span class="meta-prep meta-prep-author">Posted on</span> … <span class=author>
    tree = page("<title>Call for action</title>",
                '<h1 class="entry-title">Call for action</h1><div class="entry-meta">'
                '<span class="meta-prep meta-prep-author">Posted on</span> '
                '<a href="/2015/04/05/"><span class="entry-date">April 5, 2015</span></a> '
                '<span class="meta-sep">by</span> <span class="author vcard">'
                '<a class="url fn n" href="/author/marc/">marc</a></span></div>' + BODY)
    assert extract_html_metadata(tree).author == "marc"


def test_author_markup_away_from_the_headline():
    # the post's author link stands in its footer, after the text
    tree = page("<title>Bundesregierung 2017 | Blog</title>",
                '<h1 class="site-title">Blog</h1><main><h2 class="entry-title">Bundesregierung'
                " 2017</h2>" + BODY * 3 + '<footer class="entry-footer">'
                '<span class="byline"><span class="author vcard">'
                '<a class="url fn n" href="/author/tlow/">tlow</a></span></span></footer>'
                "</main>", lang="de")
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("tlow", "author-markup")


def test_comment_and_sidebar_authors_are_not_the_article_author():
    tree = page("<title>A post</title>",
                '<h1>A post</h1>' + BODY
                + '<aside class="widget"><span class="author">Widget Person</span></aside>'
                '<ol class="comment-list"><li class="comment"><div class="comment-author vcard">'
                '<b class="fn">Ann Commenter</b></div><p>Nice post.</p></li></ol>')
    assert extract_html_metadata(tree).author is None


def test_name_and_job_title_on_separate_lines():
    tree = page("<title>Best hybrids</title>",
                '<h1>Best hybrids</h1><div class="author-info"><a href="/p/kb">Keith Barry</a>'
                '<div class="author-role">Senior Autos Reporter</div></div>' + BODY)
    assert extract_html_metadata(tree).author == "Keith Barry"


def test_photo_credit_with_itemprop_author_is_not_the_author():
    tree = page("<title>Harbour</title>",
                '<h1>Harbour</h1><figure><img src="a.jpg" itemprop="image">'
                '<figcaption><span itemprop="author">Photo Agency</span></figcaption></figure>'
                '<p class="byline">By Jane Doe</p>' + BODY)
    md = extract_html_metadata(tree)
    assert md.author == "Jane Doe"
    assert any(c.source == "itemprop" and c.verdict != "chosen"
               for c in md.evidence["author"])


def test_publisher_listed_as_author_beside_the_writers_is_dropped():
    tree = page(ld('{"@type": "NewsArticle", "headline": "H", "author": ['
                   '{"@type": "Organization", "name": "Condé Nast"},'
                   '{"@type": "Person", "name": "Jane Doe"}]}'), "<h1>H</h1>" + BODY)
    assert extract_html_metadata(tree).author == "Jane Doe"


def test_organisation_alone_is_the_author():
    tree = page(ld('{"@type": "NewsArticle", "headline": "H", "author":'
                   ' {"@type": "Organization", "name": "Agencia EFE"}}'), "<h1>H</h1>" + BODY)
    assert extract_html_metadata(tree).author == "Agencia EFE"


def test_site_name_beside_a_writer_is_dropped():
    tree = page('<meta property="og:site_name" content="ITmedia">'
                '<meta name="author" content="[山田太郎，ITmedia]"><title>T</title>',
                "<h1>T</h1>" + BODY, lang="ja")
    assert extract_html_metadata(tree).author == "山田太郎"


def test_visible_byline_naming_more_authors_than_the_structured_data():
    tree = page(ld('{"@type": "NewsArticle", "headline": "Tests", "author":'
                   ' {"@type": "Person", "name": "Rudolf Fischer"}}'),
                "<h1>Tests</h1><p>By Rudolf Fischer and Simon Kohler</p>" + BODY)
    md = extract_html_metadata(tree)
    assert md.author == "Rudolf Fischer; Simon Kohler"
    assert md.sources["author"] == "byline"
    assert [c.source for c in md.evidence["author"]] == ["json-ld", "byline"]


def test_visible_credit_with_a_job_title_does_not_add_a_name():
    tree = page('<meta name="author" content="Jessica Elliott"><title>Tips</title>',
                "<h1>Tips</h1><p>By Jessica Elliott, Contributor</p>" + BODY)
    assert extract_html_metadata(tree).author == "Jessica Elliott"


def test_written_by_label_of_seo_plugins():
    tree = page('<meta name="twitter:label1" content="Verfasst von">'
                '<meta name="twitter:data1" content="Nawaz Dhandala">'
                '<meta name="twitter:label2" content="Geschätzte Lesezeit">'
                '<meta name="twitter:data2" content="5 Minuten"><title>T</title>',
                "<h1>T</h1>" + BODY, lang="de")
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("Nawaz Dhandala", "meta:written-by")


def test_reading_time_label_is_not_an_author():
    tree = page('<meta name="twitter:label1" content="Est. reading time">'
                '<meta name="twitter:data1" content="5 minutes"><title>T</title>',
                "<h1>T</h1>" + BODY)
    assert extract_html_metadata(tree).author is None
