"""Parsing: a page's UTF-8 bytes give the tree its decoded text gives."""

import lxml.etree
import pytest

from cleanarticle.html.parse import open_self_closed_scripts, parse_html, parse_page

BODY = "<p>Café, naïve, 東京, Москва, emoji 🙂 and&nbsp;an entity.</p><p>Second para</p>"
PAGES = [
    f"<html><head><title>t</title></head><body>{BODY}</body></html>",
    # a wrong declaration: the bytes are UTF-8 all the same
    f'<html><head><meta charset="iso-8859-1"></head><body>{BODY}</body></html>',
    f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
    f"</head><body>{BODY}</body></html>",
    f'<?xml version="1.0" encoding="windows-1252"?><html><body>{BODY}</body></html>',
    # characters no XML tree holds, dropped or replaced before parsing
    f"<html><body>{BODY}<p>tab\x0bform\x0cfeed\x01bell\x1f \ufffe\uffff end</p></body></html>",
    # markup after </html>, which browsers show
    f"<html><body>{BODY}</body></html><p>after the end</p>",
    f"   \n<!DOCTYPE html>{BODY}",
]


def _tree(root) -> bytes:
    return lxml.etree.tostring(root, encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_utf8_bytes_parse_as_their_text(page):
    data = page.encode("utf-8")
    assert _tree(parse_html(data)) == _tree(parse_html(page))


def test_a_wrong_declaration_does_not_change_what_utf8_bytes_say():
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{BODY}</body></html>'
    root = parse_html(page.encode("utf-8"))
    assert "Café, naïve, 東京" in root.find("body").text_content()


def test_has_not_xml_says_what_the_pattern_says():
    from cleanarticle.html.parse import _NOT_XML, has_not_xml

    samples = ["", "plain <p>text</p>", "caf\u00e9 \u2019quoted\u2019 \U0001f600", "tab\tand\nnewline\r"]
    samples += [f"a{chr(c)}b" for c in range(0x20)]
    samples += ["x\ud800y", "x\udfffy", "\ufffe", "a\uffffb", "\ufffd\ufeff\u00a0", "\x7f\x80\x85"]
    for text in samples:
        assert has_not_xml(text) == (_NOT_XML.search(text) is not None), repr(text)


def test_a_self_closed_script_opens_a_script_as_in_a_browser():
    page = """<html><body><header><p>Tuesday, June 5, 2012</p></header>
    <script type="text/javascript"/>var ads = [1, 2, 3]; renderAds(ads);</script>
    <script src="/js/ie-fix.js" />
    <p>A paragraph a browser never shows: it is the source of the script above.</p></script>
    <article><h1>Headline</h1><p>The story.</p></article></body></html>"""
    root, _ = parse_page(page)
    text = " ".join(root.xpath("//text()[not(parent::script)]"))  # what a reader sees
    assert "renderAds" not in text and "never shows" not in text
    assert "The story." in text and "Tuesday, June 5, 2012" in text


def test_pages_without_self_closed_scripts_are_left_as_they_are():
    page = "<html><body><script>var a = 1;</script><p>Text</p><br/></body></html>"
    assert open_self_closed_scripts(page) is page
