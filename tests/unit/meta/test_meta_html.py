"""extract_html_metadata: each source, which date wins, and the tree left untouched."""

import datetime as dt

import lxml.html
import pytest

from cleanarticle.meta import extract_html_metadata

ARTICLE_BODY = "<p>" + "Plain words of the article body. " * 20 + "</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_json_ld_gives_title_date_updated_author_type_and_body_hint():
    tree = page(ld('{"@type": "NewsArticle", "headline": "Council approves budget",'
                   ' "datePublished": "2023-10-10T09:00:00+02:00",'
                   ' "dateModified": "2023-10-12T10:00:00+02:00",'
                   ' "author": [{"@type": "Person", "name": "Jane Doe"},'
                   ' {"@type": "Person", "name": "John Roe"}],'
                   ' "publisher": {"@type": "Organization", "name": "Town Herald"},'
                   ' "articleBody": "The council approved the budget."}'),
                "<h1>Council approves budget</h1>" + ARTICLE_BODY)
    md = extract_html_metadata(tree, "https://example.org/news/budget")
    assert md.title == "Council approves budget"
    assert (md.date, md.date_source) == ("2023-10-10", "json-ld")
    assert md.updated == "2023-10-12"
    assert md.author == "Jane Doe; John Roe"
    assert md.sitename == "Town Herald"
    assert md.page_type == "newsarticle"
    assert md.body_hint == "The council approved the budget."
    assert md.sources["date"] == "json-ld"


def test_meta_published_time_and_modified_time():
    tree = page('<meta property="article:published_time" content="2022-05-03T08:00:00Z">'
                '<meta property="article:modified_time" content="2022-06-01T08:00:00Z">'
                '<meta name="author" content="By Max Weber">'
                '<meta property="og:site_name" content="Blog">'
                '<meta property="og:type" content="article">'
                '<title>Garden notes | Blog</title>',
                "<h1>Garden notes</h1>" + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2022-05-03", "meta:article:published_time")
    assert md.updated == "2022-06-01"
    assert md.author == "Max Weber"
    assert md.title == "Garden notes"
    assert md.page_type == "article"


def test_itemprop_date_published():
    tree = page("<title>Recipe</title>",
                '<h1>Recipe</h1><span itemprop="datePublished" content="2021-02-03">'
                "3 Feb</span>" + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2021-02-03", "itemprop")


def test_time_element_in_the_article_header():
    tree = page("<title>Story</title>",
                '<header><h1>Story</h1><time datetime="2020-07-01T10:00">1 July</time></header>'
                + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert md.date == "2020-07-01"


def test_url_date_when_the_page_has_none():
    tree = page("<title>Story</title>", "<h1>Story</h1>" + ARTICLE_BODY)
    md = extract_html_metadata(tree, "https://example.com/2019/04/05/story/")
    assert (md.date, md.date_source) == ("2019-04-05", "url")


def test_visible_date_under_the_headline():
    tree = page("<title>Der Titel</title>",
                "<article><h1>Der Titel</h1><div class='x'><span>Veröffentlicht am</span>"
                "<span>10. Oktober 2023</span></div>" + ARTICLE_BODY + "</article>", lang="de")
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2023-10-10", "text")


def test_visible_date_beats_a_disagreeing_structured_date():
    tree = page(ld('{"@type": "Article", "headline": "A guide", "datePublished": "2025-06-24"}'),
                "<h1>A guide</h1><p class='meta'>Jane Doe</p><p>August 25, 2024</p>"
                + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert md.date == "2024-08-25"


def test_url_backs_the_structured_date_against_a_teaser_date():
    tree = page('<meta property="article:published_time" content="2019-10-01">'
                "<title>Shoe review</title>",
                "<h1>Shoe review</h1><ul><li>Older post</li><li>31.05.2016</li></ul>"
                + ARTICLE_BODY, lang="de")
    md = extract_html_metadata(tree, "https://blog.example/2019/10/shoe-review/")
    assert md.date == "2019-10-01"


def test_lone_date_line_when_nothing_else_is_found():
    tree = page("<title>Notice</title>",
                "<nav><span>01.01.2000</span></nav><div><p>Stand: 19.10.2019 11:05 Uhr</p>"
                "</div>" + ARTICLE_BODY, lang="de")
    md = extract_html_metadata(tree)
    assert md.date == "2019-10-19"


def test_date_in_footer_or_navigation_is_ignored():
    tree = page("<title>Notice</title>",
                ARTICLE_BODY + "<footer><p>10.10.2020</p></footer>", lang="de")
    assert extract_html_metadata(tree).date is None


def test_relative_header_date_needs_a_reference_date():
    tree = page("<title>News</title>", "<h1>News</h1><p>3 days ago</p>" + ARTICLE_BODY)
    assert extract_html_metadata(tree).date is None
    md = extract_html_metadata(tree, reference_date=dt.date(2024, 3, 10))
    assert md.date == "2024-03-07"


def test_future_dates_are_ignored():
    tree = page('<meta property="article:published_time" content="2030-01-01">'
                "<title>T</title>", ARTICLE_BODY)
    assert extract_html_metadata(tree, reference_date=dt.date(2024, 1, 1)).date is None


def test_byline_under_the_headline():
    tree = page("<title>Title here</title>",
                "<h1>Title here</h1><div><span>By</span> <a href='/a/jd'>Jane Doe</a></div>"
                + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("Jane Doe", "byline")


def test_author_element_under_the_headline():
    tree = page("<title>T</title>",
                '<h1>Tall ships return</h1><div class="meta"><a class="author-name" href="/u/1">'
                "Ronja Beck</a> <span>12.01.2022</span></div>" + ARTICLE_BODY, lang="de")
    md = extract_html_metadata(tree)
    assert (md.author, md.sources["author"]) == ("Ronja Beck", "author-element")
    assert md.date == "2022-01-12"


def test_author_element_with_widget_text_is_ignored():
    tree = page("<title>T</title>",
                '<h1>Tall ships return</h1><div class="author-box">share this article</div>'
                + ARTICLE_BODY)
    assert extract_html_metadata(tree).author is None


def test_itemprop_author():
    tree = page("<title>T</title>",
                '<h1>T</h1><div itemprop="author"><span itemprop="name">Ann Poe</span></div>'
                + ARTICLE_BODY)
    assert extract_html_metadata(tree).author == "Ann Poe"


@pytest.mark.parametrize(
    "head, html_lang, language",
    [("", "de-AT", "de"), ('<meta http-equiv="content-language" content="fr">', "", "fr"),
     ('<meta property="og:locale" content="pt_BR">', "", "pt")],
)
def test_language(head, html_lang, language):
    tree = lxml.html.document_fromstring(
        f'<html lang="{html_lang}"><head>{head}</head><body>{ARTICLE_BODY}</body></html>'
        if html_lang else f"<html><head>{head}</head><body>{ARTICLE_BODY}</body></html>")
    assert extract_html_metadata(tree).language == language


def test_language_decides_day_month_order():
    body = "<h1>T</h1><p>04/03/2021</p>" + ARTICLE_BODY
    assert extract_html_metadata(page("<title>T</title>", body, lang="en-US")).date == \
        "2021-04-03"
    assert extract_html_metadata(page("<title>T</title>", body, lang="fr")).date == "2021-03-04"


def test_canonical_url_resolved_against_the_given_url():
    tree = page('<link rel="canonical" href="/news/story">', ARTICLE_BODY)
    md = extract_html_metadata(tree, "https://example.com/news/story?utm=x")
    assert md.canonical_url == "https://example.com/news/story"
    assert md.url == "https://example.com/news/story?utm=x"  # the URL given stays
    assert extract_html_metadata(page("", ARTICLE_BODY), "https://a.example/x").url == \
        "https://a.example/x"


def test_description():
    tree = page('<meta name="description" content="A short summary.">', ARTICLE_BODY)
    assert extract_html_metadata(tree).description == "A short summary."


def test_tree_is_not_modified():
    tree = page(ld('{"@type": "Article", "headline": "H", "datePublished": "2020-01-01"}')
                + "<title>H | Site</title>",
                "<h1>H</h1><p>By Jane Doe</p><p>January 2, 2020</p>" + ARTICLE_BODY)
    before = lxml.html.tostring(tree)
    extract_html_metadata(tree, "https://example.com/2020/01/01/h")
    assert lxml.html.tostring(tree) == before


def test_empty_document():
    md = extract_html_metadata(lxml.html.document_fromstring("<html></html>"))
    assert md.title is None and md.date is None and md.author is None


def test_language_guessed_when_undeclared_and_used_for_day_month_order():
    tree = lxml.html.document_fromstring(
        "<html><head><title>Die Stadt und der Fluss</title>"
        '<meta name="description" content="Wie die Stadt mit dem Fluss lebt und was sich '
        'für die Menschen ändert, die dort wohnen.">'
        "</head><body><h1>Die Stadt und der Fluss</h1><p>04/03/2021</p>"
        + ARTICLE_BODY + "</body></html>")
    md = extract_html_metadata(tree)
    assert (md.language, md.sources["language"]) == ("de", "guess")
    assert md.date == "2021-03-04"


@pytest.mark.parametrize("embed", [
    '<blockquote class="twitter-tweet"><p>Quoted words.</p>— A Reporter (@reporter) '
    '<a href="#">January 1, 2020</a></blockquote>',
    '<div class="instagram-media"><p>A photo</p><time datetime="2019-04-21">Apr 21, 2019</time>'
    "</div>",
])
def test_dates_of_an_embedded_post_under_the_headline_are_not_the_article_date(embed):
    tree = page(ld('{"@type": "NewsArticle", "headline": "Golf again",'
                   ' "datePublished": "2020-01-02T06:14:00-05:00"}'),
                "<article><h1>Golf again</h1>" + embed + ARTICLE_BODY + "</article>")
    assert extract_html_metadata(tree).date == "2020-01-02"


@pytest.mark.parametrize("script", [
    'var shop = {"product": {"title": "Beans", "published_at": "2019-03-02T06:22:28+01:00"}};',
    'self.__next_f.push([1, "{\\"publishedDate\\":\\"2019-03-02T20:37:27Z\\"}"]);',
    "dataLayer = [{'page.publish_date': '2019-03-02 06:14:00'}];",
])
def test_published_date_key_in_script_data_when_nothing_else_is_found(script):
    tree = page(f"<title>Beans</title><script>{script}</script>", "<h1>Beans</h1>" + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2019-03-02", "script")


def test_script_date_is_a_last_resort_and_not_read_on_a_listing_page():
    script = '<script>var s = {"published_at": "2019-03-02T06:22:28Z"};</script>'
    tree = page(script + '<meta property="article:published_time" content="2020-05-06">',
                "<h1>Beans</h1>" + ARTICLE_BODY)
    assert extract_html_metadata(tree).date == "2020-05-06"
    tree = page(script + '<meta property="og:type" content="website">',
                "<h1>All coffees</h1>" + ARTICLE_BODY)
    assert extract_html_metadata(tree).date is None


def test_a_sentence_under_the_headline_that_mentions_a_date_does_not_date_the_article():
    tree = page('<meta property="article:published_time" content="2022-01-14T10:31:00">'
                "<title>Haircut rules</title>",
                "<h1>Haircut rules</h1><p>Die neue Verordnung regelt ab dem 13. Januar 2022 auch "
                "die Voraussetzungen für den Besuch beim Friseur in der Stadt.</p>" + ARTICLE_BODY,
                lang="de")
    assert extract_html_metadata(tree).date == "2022-01-14"
    tree = page('<meta property="article:published_time" content="2022-01-14T10:31:00">'
                "<title>Haircut rules</title>",
                "<h1>Haircut rules</h1><p>13. Januar 2022</p>" + ARTICLE_BODY, lang="de")
    assert extract_html_metadata(tree).date == "2022-01-13"


def test_lone_modification_line_gives_way_to_a_plain_date_line():
    tree = page("<title>Zimmerbrand</title>",
                "<div><p>Letzte Änderung: 31.10.2023 - 14:49:39</p><p>Erschienen am: 01.11.2023</p>"
                "</div>" + ARTICLE_BODY, lang="de")
    assert extract_html_metadata(tree).date == "2023-11-01"
    tree = page("<title>Zimmerbrand</title>",
                "<div><p>Letzte Änderung: 31.10.2023 - 14:49:39</p></div>" + ARTICLE_BODY, lang="de")
    assert extract_html_metadata(tree).date == "2023-10-31"


def test_a_wiki_pages_last_edit_is_its_date_when_it_shows_no_other():
    tree = page("<title>Penny</title>",
                "<h1>Penny</h1>" + ARTICLE_BODY * 3
                + "<footer><ul><li>This page was last edited on 25 October 2020, at 10:00.</li>"
                "</ul></footer>")
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2020-10-25", "modified")
    tree = page('<meta property="article:published_time" content="2020-05-06">',
                "<h1>Penny</h1>" + ARTICLE_BODY * 3
                + "<footer>This page was last edited on 25 October 2020, at 10:00.</footer>")
    assert extract_html_metadata(tree).date == "2020-05-06"


@pytest.mark.parametrize("header", [
    "<!-- meta -->3. Mai 2020<?pi x?>",
    "<div><!-- meta -->3. Mai 2020<span>Politik</span></div>",
])
def test_date_after_a_comment_under_the_headline(header):
    tree = page(ld('{"@type": "Article", "headline": "T", "datePublished": "2020-06-01"}'),
                "<h1>T</h1>" + header + ARTICLE_BODY, lang="de")
    assert extract_html_metadata(tree).date == "2020-05-03"


# Where the date under or near the headline comes from: (head, body, lang, date).
HEADER_DATE_CASES = [
    pytest.param(
        ld('{"@type": "NewsArticle", "headline": "Vote count",'
           ' "datePublished": "2023-11-02T14:00:51Z"}'),
        '<h1>Vote count</h1><div class="timestamp"><time datetime="2023-11-02T14:00:51Z">'
        "<span>02/11/2023 02:00pm GMT</span></time></div>" + ARTICLE_BODY,
        "en", "2023-11-02", id="time_element_whose_text_is_in_a_child_is_read_in_the_header"),
    pytest.param(
        "<title>Grenades</title>",
        '<header><h1>Grenades</h1><div class="time"><time datetime="2019-07-03T10:18:46Z">'
        "Publié le 29 juin 2019</time></div></header>" + ARTICLE_BODY,
        "fr", "2019-06-29", id="header_time_element_showing_another_date_than_its_datetime"),
    pytest.param(
        "<title>Virtual wall</title>",
        "<div class='post'><h2>Virtual wall</h2>" + ARTICLE_BODY
        + "<div class='post-footer'>Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von "
        "<a href='#'>Heiner</a> geschrieben.</div></div>"
        "<ul class='comments'><li><div class='meta'>15. Dezember 2015</div>"
        "<p>Toll!</p></li></ul>",
        "de", "2015-12-14", id="posted_on_sentence_under_the_post_before_the_comments"),
    pytest.param(
        '<meta name="dc.date" content="2018-10-05">',
        "<div class='meta'><a href='/'>Accueil</a> | Par <a href='#'>Jane Doe</a> | "
        "30 septembre 2018</div><h1>Deux ans</h1>" + ARTICLE_BODY,
        "fr", "2018-09-30", id="date_line_just_above_the_headline"),
    pytest.param(
        "<title>Laufen im Winter</title>",
        "<header><div><span class='posted-on'>Veröffentlicht am "
        "<time class='entry-date published'>10. Februar 2019</time>"
        "<time class='updated'>9. Februar 2019</time></span></div>"
        "<h1>Laufen im Winter</h1></header>" + ARTICLE_BODY,
        "de", "2019-02-10", id="updated_time_above_the_headline_is_passed_over"),
    pytest.param(
        "<title>Story</title>",
        "<ul><li>12.01.2021</li></ul><h1>Story</h1><p>Veröffentlicht am 3. März 2021</p>"
        + ARTICLE_BODY,
        "de", "2021-03-03", id="date_under_the_headline_beats_one_above_it"),
    pytest.param(
        "<title>Notice</title>",
        "<div><p class='subline'>21. Jan 2022 // Dominik Ricker</p></div>"
        "<div class='comments'><p>20. Jan 2022</p></div>" + ARTICLE_BODY,
        "de", "2022-01-21", id="lone_date_line_that_names_the_author"),
    pytest.param(
        "<title>Which router?</title>",
        "<h1>Which router?</h1><div class='user'><b>jdoe</b><dl><dt>Joined</dt>"
        "<dd>Nov 4, 2011</dd><dt>Registered: 2012-01-27</dt></dl></div>"
        "<div class='post'><span>May 2, 2024</span>" + ARTICLE_BODY + "</div>",
        "en", "2024-05-02", id="a_forum_members_join_date_under_the_headline_is_not_the_post_date"),
    pytest.param(
        "<title>Wahlzensur</title>",
        "<article><div class='postdate'><span>26</span><br>Okt 2018</div>"
        "<div><p>" + "Worte des Artikels. " * 30 + "</p></div></article>",
        "de", "2018-10-26", id="lone_date_split_over_the_children_of_a_date_element"),
    pytest.param(
        "<title>Tomaten schneiden</title>",
        "<article><h1>Tomaten schneiden</h1>" + ARTICLE_BODY * 3 + "</article>"
        "<div class='tip-meta'><p>von Marianne am 20.09.2020</p></div>"
        "<ol class='kb-comment-list'><li><time datetime='2020-09-23T18:19'>23.09.20</time>"
        "<p>Danke!</p></li></ol>",
        "de", "2020-09-20", id="time_elements_in_reader_comments_do_not_date_the_page"),
]


@pytest.mark.parametrize(("head", "body", "lang", "date"), HEADER_DATE_CASES)
def test_date_near_the_headline(head, body, lang, date):
    assert extract_html_metadata(page(head, body, lang=lang)).date == date


def test_modification_date_when_the_page_gives_no_other():
    tree = page('<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00">'
                "<title>Consulting</title>", "<h1>Consulting</h1>" + ARTICLE_BODY)
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2023-03-22", "modified")


def test_published_date_meta_name():
    tree = page('<meta name="published-date" content="2021-02-16"><title>T</title>',
                "<h1>T</h1>" + ARTICLE_BODY)
    assert extract_html_metadata(tree).date == "2021-02-16"


def test_date_in_a_rail_beside_the_headline_is_a_teasers():
    tree = page("<title>Klima</title>",
                '<h1>Klima</h1><div class="sidebar"><ul><li>Top 5</li><li>12.01.2020</li></ul>'
                "</div><p>Veröffentlicht am 03.02.2021</p>" + ARTICLE_BODY, lang="de")
    assert extract_html_metadata(tree).date == "2021-02-03"


@pytest.mark.parametrize("line, date, updated", [
    ("2023年10月10日 公開", "2023-10-10", None),
    ("<span>公開日：2023年10月10日</span><span>更新日：2023年10月12日</span>", "2023-10-10",
     "2023-10-12"),
])
def test_published_and_updated_labels_in_japanese(line, date, updated):
    tree = page("<title>記事</title>", f"<h1>記事</h1><p>{line}</p>" + ARTICLE_BODY, lang="ja")
    md = extract_html_metadata(tree)
    assert (md.date, md.updated) == (date, updated)



@pytest.mark.parametrize("lang, above, below", [
    ("pl", "Opublikowano: 12.01.2023, 10:15", "Zaktualizowano: 14.01.2023, 08:00"),
    ("ru", "Опубликовано: 12 января 2023", "Обновлено: 14 января 2023"),
    ("sv", "Publicerad 12 januari 2023", "Uppdaterad 14 januari 2023"),
])
def test_published_line_above_and_updated_line_below_the_headline(lang, above, below):
    # a news site's header: section and publication line over the headline, the update
    # line under it; nothing structured
    tree = page("<title>Headline</title>",
                f'<div class="meta"><a href="/kraj">Kraj</a><span>{above}</span></div>'
                f'<h1>Headline</h1><div class="meta"><span>{below}</span></div>' + ARTICLE_BODY,
                lang=lang)
    md = extract_html_metadata(tree)
    assert (md.date, md.updated) == ("2023-01-12", "2023-01-14")


@pytest.mark.parametrize("url", [
    "https://blog.example.com/2023/10/03/wine-styles",
    "https://blog.example.com/2023/october/03/wine-styles",
])
def test_shown_date_read_in_the_other_order_gives_way_to_the_url(url):
    # a page declared British English writes its dates the US way: 10/03/2023, 3 October
    tree = page("<title>Wine styles</title>",
                '<h1>Wine styles</h1><p class="post-date">10/03/2023</p>' + ARTICLE_BODY,
                lang="en-GB")
    md = extract_html_metadata(tree, url)
    assert (md.date, md.date_source) == ("2023-10-03", "url")


def test_logo_h1_is_not_the_headline():
    tree = page("<title>New update released - Minecraft News</title>"
                '<meta property="og:title" content="New update released">',
                '<div class="site-logo"><a href="/"><h1>Minecraft News</h1></a></div>'
                "<main><h2>New update released</h2>" + ARTICLE_BODY + "</main>")
    md = extract_html_metadata(tree)
    assert md.title == "New update released"


BLOG_POST = (
    # a hosted blog's template: the blog's name as the page's h1 and its owner under it, the
    # post's date and title further down, an empty author slot in the post's footer
    '<div class="header"><h1 class="title"><a href="/">Field Notes</a></h1>'
    '<p class="description"><span>by Jane Doe</span></p></div>'
    '<div class="main"><h2 class="date-header"><span>Monday, September 8, 2008</span></h2>'
    '<div class="post"><h3 class="post-title"><a href="/2008/09/pruning.html">'
    "Pruning apple trees</a></h3>" + ARTICLE_BODY +
    '<div class="post-footer"><span class="post-author vcard"></span></div></div></div>')


@pytest.mark.parametrize("head_title", [
    "Field Notes: Pruning apple trees",
    "Pruning apple trees | Field Notes",
])
def test_blog_name_h1_beside_a_head_title_that_adds_it(head_title):
    tree = page(f"<title>{head_title}</title>"
                '<meta property="og:title" content="Pruning apple trees">', BLOG_POST)
    md = extract_html_metadata(tree, "https://fieldnotes.example.net/2008/09/pruning.html")
    assert md.title == "Pruning apple trees"
    assert md.author == "Jane Doe"  # the blog's owner, named under its name only
    assert md.date == "2008-09-08"


def test_json_ld_in_a_meta_tag_gives_the_date_and_author():
    # a Vue/React head manager renders the block as <meta name="script:ld+json" content="...">
    block = ('{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:'
             '&quot;Article&quot;,&quot;headline&quot;:&quot;Full EV cars explained&quot;,'
             '&quot;author&quot;:{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:'
             '&quot;Dana Reyes&quot;},&quot;datePublished&quot;:&quot;2025-11-17T09:00:00'
             '-05:00&quot;}')
    md = extract_html_metadata(page(f'<meta name="script:ld+json" content="{block}">',
                                    "<h1>Full EV cars explained</h1>" + ARTICLE_BODY))
    assert (md.date, md.date_source, md.author) == ("2025-11-17", "json-ld", "Dana Reyes")


def test_the_mastheads_date_of_the_day_is_not_the_articles():
    # a newspaper's banner shows today's date; the column's own date opens its intro
    masthead = ('<div id="head"><header class="container"><div class="navtop">'
                '<span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">'
                "Mittwoch, 01. November 2023</time></span></div>"
                '<a href="/"><img alt="Kritiken"></a></header></div>')
    column = ('<div class="intro"><p class="text_titel">Im Schlepptau</p>'
              '<p><span class="text_datum">31. Oktober 2023.</span> Woher kommt eigentlich '
              "der Hass auf Dragqueens? Eine Kolumne über Kunstfiguren.</p></div>")
    md = extract_html_metadata(page("<title>Kolumne: Im Schlepptau</title>",
                                    masthead + column + ARTICLE_BODY, lang="de"))
    assert md.date == "2023-10-31"


def test_a_time_in_the_articles_own_header_outside_the_article_counts():
    # the post's <header> holds its headline: not the site's banner
    tree = page("<title>Story</title>",
                '<div class="post"><header class="entry-header"><h1>Story</h1></header>'
                '<div class="meta"><time datetime="2020-07-01T10:00">1 July 2020</time></div>'
                "</div>" + ARTICLE_BODY)
    assert extract_html_metadata(tree).date == "2020-07-01"


def test_a_headline_alone_in_a_hero_banner_is_dated_by_the_block_after_the_banner():
    # the h1 sits six wrappers deep in a stage/slider; the article's meta list follows it
    hero = ('<div class="m-stage"><div class="m-stage__list"><div class="m-stage__list-item">'
            '<div class="m-stage__content"><div class="m-stage__content-helper">'
            "<h1>Schneesport mit Rücksicht auf Wildtiere</h1></div></div></div></div></div>")
    meta = ('<div class="l-box-grid"><div class="m-metadata"><ul class="m-metadata__list">'
            '<li><span class="c-label"><time datetime="2022-01-25">25.01.2022</time></span></li>'
            "</ul></div></div>")
    tree = page('<meta property="og:article:published_time" content="2022-01-15">'
                "<title>Schneesport mit Rücksicht auf Wildtiere</title>",
                f'<div id="main">{hero}{meta}{ARTICLE_BODY}</div>', lang="de")
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2022-01-25", "text")


def test_past_the_hero_banner_only_the_date_is_read_not_a_category_for_a_name():
    hero = ('<div class="e-con"><div class="el"><div class="el"><div class="el">'
            '<div class="widget"><h1>Getting hurt at a gym</h1></div></div></div></div></div>')
    tree = page("<title>Getting hurt at a gym</title>",
                f'<div class="page">{hero}<p>| Apr 21, 2017 | Products Liability</p>'
                f"{ARTICLE_BODY}</div>")
    md = extract_html_metadata(tree)
    assert (md.date, md.author) == ("2017-04-21", None)


def test_a_date_split_over_spans_under_the_headline_is_read_whole():
    # the theme prints month, day and year in spans of their own, day and year touching;
    # an archive's banner further up holds another date line
    tree = page("<title>Mozarts Schulnoten</title>",
                '<div id="wm-ipp"><div class="r">10 Nov 2013</div></div>'
                '<article><header class="post-header"><div class="title">'
                '<h1 class="posttitle">Mozarts Schulnoten</h1><div class="postdata">'
                '<a href="#respond">Add comments</a></div></div>'
                '<div class="date"><span class="month">Apr</span> <span class="day">04</span>'
                '<span class="year">2013</span></div></header>' + ARTICLE_BODY + "</article>",
                lang="de")
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2013-04-04", "text")


def test_a_year_in_the_url_backs_the_structured_date_over_a_later_one_shown():
    # /2022/ was fixed when the post was made; the date shown is its 2023 refresh
    tree = page('<meta property="article:published_time" content="2022-02-16T07:53:25+00:00">'
                "<title>Different wine types</title>",
                '<article><h1>Different wine types</h1><div class="byline">'
                "<span>By Andrew Snavely</span> <span>September 27, 2023</span></div>"
                + ARTICLE_BODY + "</article>")
    url = "https://mag.example/2022/learn/different-wine-types/"
    assert extract_html_metadata(tree, url).date == "2022-02-16"
    assert extract_html_metadata(tree, "https://mag.example/learn/different-wine-types/"
                                 ).date == "2023-09-27"


def _updated_only(head: str) -> lxml.html.HtmlElement:
    return page(head + "<title>Japan itinerary</title>",
                '<article><h1>Japan itinerary</h1><div class="entry-meta">'
                "<span>Last updated: March 12, 2026</span></div>" + ARTICLE_BODY + "</article>")


def test_only_an_update_shown_gives_way_to_the_open_graph_first_publication():
    md = extract_html_metadata(_updated_only(
        '<meta property="article:published_time" content="2024-08-13T06:14:39+00:00">'
        '<meta property="article:modified_time" content="2026-03-12T09:00:00+00:00">'))
    assert (md.date, md.date_source, md.updated) == (
        "2024-08-13", "meta:article:published_time", "2026-03-12")


def test_only_an_update_shown_is_the_date_beside_a_json_ld_published_date():
    # the dev sets' truths took the update here (see _choose_date, step 5b)
    md = extract_html_metadata(_updated_only(
        ld('{"@type": "Article", "headline": "Japan itinerary", "datePublished": "2024-08-13"}')))
    assert md.date == "2026-03-12"


def test_a_time_in_an_updated_on_box_is_the_update():
    # the theme prints the modification date in <span class="updated-on">, its <time>
    # classed "published updated" whichever date it holds
    tree = page('<meta property="article:published_time" content="2020-03-10T15:30:00+00:00">'
                '<meta property="article:modified_time" content="2025-02-12T13:28:34+00:00">'
                "<title>Travelling to Japan</title>",
                '<article><header><h1>Travelling to Japan</h1><div class="entry-meta">'
                '<span class="posted-by">By Shivya Nath</span> <span class="updated-on">'
                '<time class="entry-date published updated" datetime="2025-02-12T13:28:34+05:30">'
                "12th February 2025</time></span></div></header>" + ARTICLE_BODY + "</article>")
    md = extract_html_metadata(tree)
    assert (md.date, md.updated) == ("2020-03-10", "2025-02-12")


def _modified_shown(published: str) -> lxml.html.HtmlElement:
    return page(f'<meta property="article:published_time" content="{published}">'
                '<meta property="article:modified_time" content="2025-11-03T10:00:00+00:00">'
                "<title>Work from home tips</title>",
                '<article><h1>Work from home tips</h1><div class="post-meta"><span>2025-11-03'
                "</span> <span>14 min read</span></div>" + ARTICLE_BODY + "</article>")


def test_the_modification_date_shown_gives_way_to_an_open_graph_date_days_before():
    md = extract_html_metadata(_modified_shown("2022-01-03T16:52:00+00:00"))
    assert (md.date, md.date_source) == ("2022-01-03", "meta:article:published_time")
    # a day apart: the same moment in another time zone, the date shown stays
    assert extract_html_metadata(_modified_shown("2025-11-02T23:00:00+00:00")).date \
        == "2025-11-03"


@pytest.mark.parametrize(("datetime_attr", "expected"), [
    ("2024-12-20", "2024-12-20"),  # a bare date, written as the date on purpose
    ("2024-12-20T09:30:00Z", "2024-08-28"),  # a timestamp: the text shown wins
])
def test_a_bare_date_in_datetime_wins_over_the_text_a_timestamp_does_not(datetime_attr, expected):
    tree = page("<title>Klatch Coffee</title>",
                f'<article><h1>Klatch Coffee</h1><div class="meta"><time datetime="{datetime_attr}">'
                "August 28, 2024</time></div>" + ARTICLE_BODY + "</article>")
    assert extract_html_metadata(tree).date == expected


def test_a_namespaced_date_meta_when_no_known_one_gives_a_date():
    # a documentation site's own publishing system: "<vendor>.date", no date shown
    tree = page('<meta name="docs.date" content="2025-03-06T00:00:00Z">'
                '<meta name="updated_at" content="2025-10-23T11:11:00Z">'
                "<title>Functions overview | Docs</title>",
                "<main><h1>What are functions?</h1>" + ARTICLE_BODY + "</main>")
    md = extract_html_metadata(tree)
    assert (md.date, md.date_source) == ("2025-03-06", "meta:docs.date")
    # a known published-date name still comes first
    tree = page('<meta name="docs.date" content="2025-03-06T00:00:00Z">'
                '<meta name="publish-date" content="2025-02-01">'
                "<title>Functions overview | Docs</title>",
                "<main><h1>What are functions?</h1>" + ARTICLE_BODY + "</main>")
    assert extract_html_metadata(tree).date == "2025-02-01"


@pytest.mark.parametrize(("stamp", "shown", "expected"), [
    ("2021-12-10T02:17:00+00:00", "December 9, 2021", "2021-12-10"),  # UTC, a day after
    ("2025-12-10T23:00:00Z", "December 11, 2025", "2025-12-10"),  # UTC, a day before
    ("2021-12-10T02:17:00-05:00", "December 9, 2021", "2021-12-09"),  # not UTC: the shown
    ("2021-12-12T02:17:00+00:00", "December 9, 2021", "2021-12-09"),  # days apart: the shown
])
def test_a_utc_stamp_a_day_from_the_date_shown_is_the_same_moment(stamp, shown, expected):
    tree = page(f'<meta property="article:published_time" content="{stamp}">'
                "<title>Sourdough starter guide</title>",
                "<article><h1>Sourdough starter guide</h1><div class=\"post-meta\">"
                f"<span>{shown}</span></div>" + ARTICLE_BODY + "</article>")
    assert extract_html_metadata(tree).date == expected


def test_a_creation_stamp_on_the_post_around_the_headline_gives_the_date():
    post = ('<shreddit-post created-timestamp="2026-03-03T09:47:05.754000+0000" '
            'post-title="Best laptop for college?"><div><h1 slot="title">Best laptop for '
            "college?</h1></div>" + ARTICLE_BODY + "</shreddit-post>")
    md = extract_html_metadata(page("<title>Best laptop for college? : r/laptops</title>",
                                    "<main>" + post + "</main>"))
    assert (md.date, md.date_source) == ("2026-03-03", "markup")
    # too far from the headline: the page's, not the post's
    far = "<div>" * 8 + "<h1>Best laptop for college?</h1>" + "</div>" * 8
    tree = page("<title>Best laptop for college?</title>",
                f'<div data-created="2026-03-03">{far}{ARTICLE_BODY}</div>')
    assert extract_html_metadata(tree).date is None
