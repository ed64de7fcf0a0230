"""Lead image, tags, categories, canonical URL and the authors list; evidence in the output."""

import json

import lxml.html

import cleanarticle
from cleanarticle.meta import extract_html_metadata, extract_text_metadata

BODY = "<p>" + "Plain words of the article body. " * 20 + "</p>"


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="en"><head>{head}</head><body>{body}</body></html>')


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_og_image_made_absolute_against_the_page_url():
    tree = page('<meta property="og:image" content="/media/lead.jpg"><title>T</title>',
                "<h1>T</h1>" + BODY)
    md = extract_html_metadata(tree, "https://example.com/news/story")
    assert md.image == "https://example.com/media/lead.jpg"
    assert md.sources["image"] == "meta:og:image"


def test_protocol_relative_image_and_base_href():
    tree = page('<base href="https://cdn.example.org/site/">'
                '<meta name="twitter:image" content="img/lead.png"><title>T</title>',
                "<h1>T</h1>" + BODY)
    assert extract_html_metadata(tree).image == "https://cdn.example.org/site/img/lead.png"
    tree = page('<meta property="og:image" content="//img.example.com/a.jpg">', BODY)
    assert extract_html_metadata(tree, "http://example.com/").image == \
        "http://img.example.com/a.jpg"


def test_json_ld_image_object():
    tree = page(ld('{"@type": "BlogPosting", "headline": "T", "image": {"@type": "ImageObject",'
                   ' "url": "https://example.com/i/cover.webp"}}'), "<h1>T</h1>" + BODY)
    md = extract_html_metadata(tree)
    assert (md.image, md.sources["image"]) == ("https://example.com/i/cover.webp", "json-ld")


def test_first_large_image_in_the_article_when_nothing_declares_one():
    tree = page("<title>T</title>",
                '<header><img class="site-logo" src="/logo.png" width="400" height="80"></header>'
                '<article><h1>T</h1><img src="/avatar/jd.jpg" class="avatar" width="48">'
                '<img src="/img/small.png" width="120" height="90">'
                '<img src="/img/harbour.jpg" width="1200" height="800">' + BODY + "</article>")
    md = extract_html_metadata(tree, "https://example.com/a/b")
    assert md.image == "https://example.com/img/harbour.jpg"
    assert md.sources["image"] == "article-image"


def test_no_image_when_none_can_be_made_absolute():
    tree = page('<meta property="og:image" content="data:image/png;base64,AAAA">', BODY)
    md = extract_html_metadata(tree)
    assert md.image is None
    assert md.evidence["image"][0].verdict == "not an absolute http(s) URL"


def test_tags_and_categories_from_meta_and_json_ld():
    tree = page('<meta property="article:tag" content="Hiking">'
                '<meta property="article:tag" content="hiking">'  # the same tag twice
                '<meta property="article:tag" content="Alps">'
                + ld('{"@type": "NewsArticle", "headline": "T", "articleSection": ["Travel"],'
                     ' "keywords": "ignored, since meta gave tags"}'), "<h1>T</h1>" + BODY)
    md = extract_html_metadata(tree)
    assert md.tags == ["Hiking", "Alps"]
    assert md.categories == ["Travel"]
    assert md.sources["categories"] == "json-ld:articleSection"


def test_json_ld_keywords_split_into_tags():
    tree = page(ld('{"@type": "NewsArticle", "headline": "T", "keywords": "seeds, libraries;'
                   ' gardening"}'), "<h1>T</h1>" + BODY)
    assert extract_html_metadata(tree).tags == ["seeds", "libraries", "gardening"]


def test_rel_tag_links_in_the_article_not_the_tag_cloud():
    tree = page("<title>T</title>",
                '<article><h1>T</h1><a href="/c/culture/" rel="category tag">Culture</a>'
                + BODY + '<footer><a href="/tag/seeds/" rel="tag">Seeds</a>'
                '<a href="/tag/towns/" rel="tag">Small towns</a></footer></article>'
                '<aside class="widget"><div class="tagcloud"><a href="/tag/x/" rel="tag">Bread'
                "</a></div></aside>")
    md = extract_html_metadata(tree)
    assert md.tags == ["Seeds", "Small towns"]
    assert md.categories == ["Culture"]


def test_canonical_url_apart_from_the_url_given():
    html = ('<html><head><link rel="canonical" href="/story"><title>T</title></head>'
            f"<body><h1>T</h1>{BODY}</body></html>")
    a = cleanarticle.clean(html, "https://example.com/story?utm_source=x")
    assert a.url == "https://example.com/story?utm_source=x"
    assert a.canonical_url == "https://example.com/story"
    # without a URL given, the page's own is the article's URL
    html = html.replace('href="/story"', 'href="https://example.com/story"')
    a = cleanarticle.clean(html)
    assert (a.url, a.canonical_url) == ("https://example.com/story",) * 2


def test_authors_list_beside_the_joined_author():
    html = (f"<html><head><title>T</title></head><body><h1>T</h1><p>By Jane Doe and John Roe"
            f"</p>{BODY}</body></html>")
    a = cleanarticle.clean(html)
    assert a.authors == ["Jane Doe", "John Roe"]
    assert a.author == "Jane Doe; John Roe"
    md = extract_text_metadata(["T", "", "T", "By Jane Doe and John Roe", "Body text here."])
    assert md.authors == ["Jane Doe", "John Roe"]


def test_new_fields_and_evidence_in_the_json_output():
    html = ('<html><head><title>T | Site</title><meta property="og:image" content="https://e.x/i.jpg">'
            '<meta property="article:section" content="News"></head>'
            f"<body><h1>T</h1><p>By Jane Doe</p>{BODY}</body></html>")
    a = cleanarticle.clean(html, "https://e.x/t")
    plain = a.to_dict()
    assert plain["image"] == "https://e.x/i.jpg" and plain["categories"] == ["News"]
    assert plain["authors"] == ["Jane Doe"] and "evidence" not in plain
    full = json.loads(json.dumps(a.to_dict(with_evidence=True)))
    assert full["sources"]["image"] == "meta:og:image"
    verdicts = {c["source"]: c["verdict"] for c in full["evidence"]["title"]}
    assert verdicts["h1"].startswith("chosen")
    assert full["evidence"]["author"][0] == {"value": "Jane Doe", "source": "byline",
                                             "verdict": "chosen"}


def test_date_evidence_names_the_rule_that_chose():
    tree = page('<meta property="article:published_time" content="2021-03-04"><title>T</title>',
                "<h1>T</h1><p>4 March 2021</p>" + BODY)
    md = extract_html_metadata(tree)
    chosen = [c for c in md.evidence["date"] if c.verdict.startswith("chosen")]
    assert [(c.value, c.source) for c in chosen] == [("2021-03-04",
                                                      "meta:article:published_time")]
    assert "shown under the headline" in chosen[0].verdict
