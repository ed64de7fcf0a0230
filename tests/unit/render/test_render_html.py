"""HTML output: every element kind, and nothing unsafe comes through."""

from __future__ import annotations

from pathlib import Path

import lxml.html

import cleanarticle
from cleanarticle.model import CAPTION, CODE, PARAGRAPH, Article, Block, Mark

FIXTURE = Path(__file__).parents[2] / "fixtures" / "recipe-docs" / "source.html"
URL = "https://crumbandcrust.example/guides/sourdough-starter/"
ALLOWED_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre",
                "code", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
                "img", "a", "strong", "em", "div"}
ALLOWED_ATTRS = {"a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}}


def _tree(html: str):
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _article(**kw) -> cleanarticle.Article:
    return cleanarticle.clean(FIXTURE.read_bytes(), URL, **kw)


def test_every_element_kind_is_semantic_html():
    html = _article(links=True, images=True).html
    root = _tree(html)
    assert [h.text_content() for h in root.iter("h2")][:2] == ["What you need", "The daily routine"]
    ul = root.find("ul")
    assert [li.text.strip() for li in ul.findall("li")][0].startswith("Wholemeal rye")
    assert [li.text for li in ul.find("li").find("ul").findall("li")] == [
        "about 500 g for the first week", "unbleached, if you can find it"]
    ol = root.find("ol")
    assert ol.findall("li")[0].text.startswith("Mix 50 g flour")  # the number is the list's
    table = root.find("table")
    assert [th.text for th in table.find("thead").iter("th")] == ["Day", "Flour", "Water", "What to expect"]
    assert [td.text or "" for td in table.find("tbody").findall("tr")[1]] == [
        "2–3", "50 g each", "", "a few bubbles, then a quiet day"]
    code = root.find("pre/code")
    assert code.text.startswith("    heights = [2.0")
    assert [p.text for p in root.find("blockquote").findall("p")] == [
        "A starter that floats in water is ready to bake with.",
        "One that sinks needs another day or two, not more flour."]
    assert root.find(".//strong").text == "first week"
    assert root.find(".//em").text == "ordinary"
    assert "https://crumbandcrust.example/guides/first-loaf/" in [a.get("href") for a in root.iter("a")]
    img = root.find("figure/img")
    assert img.get("src") == "https://crumbandcrust.example/media/2024/03/starter-jar.jpg"


def test_only_the_allowed_elements_and_attributes():
    for kw in ({}, {"links": True, "images": True}):
        root = _tree(_article(**kw).html)
        for el in root.iter():
            assert el.tag in ALLOWED_TAGS, el.tag
            assert set(el.attrib) <= ALLOWED_ATTRS.get(el.tag, set()), (el.tag, el.attrib)


def test_links_only_when_asked():
    assert "<a " not in _article().html
    assert "<a " in _article(links=True).html


def test_hostile_page_gives_safe_html():
    page = ("<html><body><article><p onclick='steal()'>" + "A long paragraph of ordinary words. " * 12
            + "<a href='javascript:alert(1)' onmouseover='x()'>bad link</a> "
            "<a href=' JaVa\nScRiPt:alert(2)'>worse</a> <a href='data:text/html,<script>'>data</a> "
            "&lt;script&gt;alert(3)&lt;/script&gt; <img src='x.png' onerror='y()'></p>"
            "<script>alert(4)</script></article></body></html>")
    art = cleanarticle.clean(page, "https://site.example/", links=True, images=True)
    html = art.html
    low = html.lower()
    assert "javascript" not in low and "onclick" not in low and "onerror" not in low
    assert "<script" not in low and "data:text" not in low
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html  # the page's text, escaped
    root = _tree(html)
    assert all(set(el.attrib) <= ALLOWED_ATTRS.get(el.tag, set()) for el in root.iter())


def test_figure_with_its_caption_block():
    art = Article(text="x", blocks=[Block("Ferry at dawn", CAPTION)],
                  images=[cleanarticle.Image("https://a.example/f.jpg", "ferry", "Ferry at dawn", 0)])
    assert art.html == ('<figure><img src="https://a.example/f.jpg" alt="ferry">'
                        "<figcaption>Ferry at dawn</figcaption></figure>")


def test_code_and_text_are_escaped():
    art = Article(text="x", blocks=[Block("if a < b && c > d:", CODE),
                                    Block("Tom & Jerry <3", PARAGRAPH, marks=(Mark(0, 3, "strong"),))])
    assert art.html == ("<pre><code>if a &lt; b &amp;&amp; c &gt; d:</code></pre>\n"
                        "<p><strong>Tom</strong> &amp; Jerry &lt;3</p>")
