"""JSON-LD reading: flattened, lenient, never raising."""

import lxml.html

from cleanarticle.meta.jsonld import read_jsonld


def _page(*scripts: str) -> lxml.html.HtmlElement:
    body = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return lxml.html.document_fromstring(f"<html><head>{body}</head><body><p>x</p></body></html>")


def test_graph_and_lists_are_flattened():
    tree = _page(
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Example"}, {"@type": "NewsArticle", "headline": "H"}]}',
        '[{"@type": "Person", "name": "P"}]',
    )
    types = [item["@type"] for item in read_jsonld(tree)]
    assert types == ["WebSite", "NewsArticle", "Person"]


def test_trailing_commas_and_control_characters_are_repaired():
    tree = _page('{"@type": "Article", "headline": "Line\x01break", "author": "A",}')
    items = read_jsonld(tree)
    assert items and items[0]["headline"].startswith("Line")


def test_raw_newlines_inside_strings_are_tolerated():
    tree = _page('{"@type": "Article", "articleBody": "First\nSecond"}')
    assert read_jsonld(tree)[0]["articleBody"] == "First\nSecond"


def test_broken_blocks_are_skipped_not_raised():
    tree = _page("{not json at all", '{"@type": "Article", "headline": "ok"}', "", "null", "42")
    assert read_jsonld(tree) == [{"@type": "Article", "headline": "ok"}]


def test_deeply_nested_json_does_not_raise():
    tree = _page("[" * 5000 + "]" * 5000)
    assert read_jsonld(tree) == []


def test_other_scripts_are_ignored():
    tree = lxml.html.document_fromstring(
        '<html><head><script>var x = {"@type": "Article"};</script></head><body></body></html>')
    assert read_jsonld(tree) == []


def test_text_after_a_complete_object_is_ignored():
    tree = _page('{"@type": "NewsArticle", "datePublished": "2021-03-04"}\n  }\n')
    assert read_jsonld(tree) == [{"@type": "NewsArticle", "datePublished": "2021-03-04"}]


def test_blocks_written_into_attributes_are_read():
    # a head manager rendering server-side puts the block in the script's ``children``
    # attribute, or in a <meta name="script:ld+json">; lxml unescapes the &quot;s
    article = ('{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Full EV '
               'cars&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}')
    tree = lxml.html.document_fromstring(
        f'<html><head><meta name="script:ld+json" content="{article}">'
        '<script type="application/ld+json" children="{&quot;@type&quot;:&quot;WebSite'
        '&quot;}"></script></head><body><p>x</p></body></html>')
    items = read_jsonld(tree)
    assert [i["@type"] for i in items] == ["Article", "WebSite"]
    assert items[0]["datePublished"].startswith("2025-11-17")
