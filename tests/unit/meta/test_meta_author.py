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
    ("Jane Doe, MD", ["Jane Doe, MD"]),  # the degree belongs to the name
    ("Jane Doe, MD, Ann Poe", ["Jane Doe, MD", "Ann Poe"]),
    ("Emma Ryan", ["Emma Ryan"]),
    ("page.head.extra.author", []),  # a template's placeholder
    ("{{author}}", []),
    ("Authority Team", ["Authority Team"]),
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


def test_name_and_job_title_glued_by_markup():
    tree = page("<title>Wine basics</title>",
                '<h1>Wine basics</h1><div class="post-author"><span>Matt Check</span>'
                "<span>Head Winemaker, Co-Founder</span></div>" + BODY)
    assert extract_html_metadata(tree).author == "Matt Check"


def test_job_title_after_the_name_in_an_author_element():
    tree = page("<title>Retail</title>",
                '<h1>Retail</h1><div itemprop="author"><span>Emma Ryan</span> '
                "<span>Writer</span></div>" + BODY)
    assert extract_html_metadata(tree).author == "Emma Ryan"


def test_site_name_after_a_writer_is_dropped():
    tree = page('<meta property="og:site_name" content="CNN"><title>Quake</title>',
                "<h1>Quake</h1><p>By Rob Picheta, CNN</p>" + BODY)
    assert extract_html_metadata(tree).author == "Rob Picheta"


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


@pytest.mark.parametrize("raw, names", [
    ("Christian Seiler Illustration von Markus Roost", ["Christian Seiler"]),
    ("Text: Anna Bell, Fotos: Tim Roe", ["Anna Bell"]),
    ("Evgenia Karp, facebook.com/evgenia.karp", ["Evgenia Karp"]),
    ("Ernst Lohoff; jungle.world", ["Ernst Lohoff"]),  # a web address beside a writer
    ("FOCUS-Online-Experte Robin Tschöpe", ["Robin Tschöpe"]),
    ("Luxury Travel Expert", ["Luxury Travel Expert"]),  # a brand is left as it is
])
def test_credit_without_other_contributors_and_job_titles(raw, names):
    assert author_names(raw) == names


def test_thread_starter_over_the_first_post_shown():
    # a forum page: the thread's opener is named under the title; the posts shown first
    # (a highlighted answer) are by others
    tree = page("<title>Best closed headphones?</title>",
                '<h1 class="p-title-value">Best closed headphones?</h1>'
                '<div class="p-description"><ul><li><span class="u-srOnly">Thread starter</span>'
                ' <a href="/members/futurebsd.5/" class="username">FutureBSD</a></li>'
                '<li><time datetime="2024-07-01">Jul 1, 2024</time></li></ul></div>'
                '<article class="message"><section class="message-user" itemprop="author"'
                ' itemscope><h4><a itemprop="name" href="/members/pinky.4/">PinkyPowers</a>'
                "</h4></section>" + BODY + "</article>")
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("FutureBSD", "thread-starter")


def test_question_owner_named_in_a_meta_tag():
    tree = page("<title>Why is DNS still using UDP?</title>",
                "<h1>Why is DNS still using UDP?</h1>" + BODY
                + '<div class="post-signature owner"><div class="user-details" itemprop="author"'
                ' itemscope><a href="/users/1/u">user447274</a>'
                '<meta itemprop="name" content="user447274"></div></div>')
    assert extract_html_metadata(tree).author == "user447274"


def test_login_name_gives_way_to_the_name_shown():
    tree = page('<meta name="author" content="gabor_munier"><title>Eindrücke</title>',
                "<h1>Eindrücke</h1><p>Von Gàbor Muniér</p>" + BODY, lang="de")
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("Gàbor Muniér", "byline")


def test_name_after_the_date_in_a_meta_line():
    tree = page("<title>Variablen</title>",
                '<h1>Variablen</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>'
                + BODY, lang="de")
    assert extract_html_metadata(tree).author == "Amelie Loevenich"


def test_byline_inside_the_time_element():
    tree = page("<title>Green deal</title>",
                "<h1>Green deal</h1><time><h4>By Giovanni Gaggero | 12/10/2020</h4></time>"
                + BODY)
    assert extract_html_metadata(tree).author == "Giovanni Gaggero"


def test_full_name_alone_in_the_meta_box():
    tree = page("<title>Woman sees a car stop</title>",
                '<header><h1>Woman sees a car stop</h1><div class="article_meta_info">'
                '<span>Cara Stiles</span> <span>March 3, 2021</span></div></header>' + BODY)
    assert extract_html_metadata(tree).author == "Cara Stiles"


def test_category_link_in_the_meta_box_is_no_name():
    tree = page("<title>Ten gadgets</title>",
                '<h1>Ten gadgets</h1><div class="post-meta"><a href="/category/smart-home/">'
                "Smart Home</a> <span>March 3, 2021</span></div>" + BODY)
    assert extract_html_metadata(tree).author is None


def test_name_under_an_author_label():
    tree = page("<title>Quarantäne</title>",
                '<h1>Quarantäne</h1><div class="news__meta"><h4>Autor</h4>'
                '<p><a href="/profil/nh">Nikolai Huke</a></p></div>' + BODY, lang="de")
    assert extract_html_metadata(tree).author == "Nikolai Huke"


def test_organisation_in_json_ld_gives_way_to_a_writer_shown():
    tree = page(ld('{"@type": "NewsArticle", "headline": "Wahl", "author":'
                   ' {"@type": "Organization", "name": "Hanns-Seidel-Stiftung"}}'),
                "<h1>Wahl</h1><p>Von Uta Staschewski</p>" + BODY, lang="de")
    md = extract_html_metadata(tree)
    assert md.author == "Uta Staschewski"
    assert md.evidence["author"][0].verdict.startswith("an organisation")


@pytest.mark.parametrize("title, url, author", [
    ("Jane Doe's Blog | Notes on compilers", "https://janedoe.com/2020/notes", "Jane Doe"),
    ("Notes on compilers – Dr. Jane Doe", "https://www.jane-doe.net/notes/", "Jane Doe"),
    ("Jane Q. Doe's Digital Home | Notes", "https://janedoe.org/notes", "Jane Q. Doe"),
    # a brand spells its domain too: a bare name is no person's
    ("Notes on compilers | Solo Stove", "https://www.solostove.com/notes", None),
    # the domain must spell the name: another's blog on a shared host names no one
    ("Jane Doe's Blog | Notes", "https://blog.example.com/notes", None),
    ("John Roe's Blog | Notes", "https://janedoe.com/notes", None),
])
def test_personal_site_owner_when_no_one_is_named(title, url, author):
    tree = page(f"<title>{title}</title>", "<h1>Notes on compilers</h1>" + BODY)
    md = extract_html_metadata(tree, url)
    assert md.author == author
    if author:
        assert md.sources["author"] == "site-owner"


def test_site_owner_gives_way_to_a_byline_and_to_a_company():
    tree = page("<title>Jane Doe's Blog | Notes</title>",
                "<h1>Notes</h1><p>By John Roe</p>" + BODY)
    assert extract_html_metadata(tree, "https://janedoe.com/notes").author == "John Roe"
    tree = page("<title>Dr. Jane Doe | Notes</title>" + ld(
        '{"@type": "Corporation", "name": "Dr. Jane Doe Skincare"}'), "<h1>Notes</h1>" + BODY)
    assert extract_html_metadata(tree, "https://janedoe.com/notes").author is None
