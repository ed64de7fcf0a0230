"""Repairs before pruning: a control that swallowed the page gives its content back; equations
are kept as text."""

from __future__ import annotations

import lxml.html
from trees import P1, P2, P3

import cleanarticle
from cleanarticle.html.parse import parse_html
from cleanarticle.html.repair import math_text, repair

# The menu button's inner <div>s are never closed: libxml2 keeps the <button> open, and the
# rest of the page (the article included) ends up inside it.
SWALLOWED = f"""<!DOCTYPE html><html><head><title>Seeds</title></head><body>
<header><button class="menu-button" aria-label="Main menu"><div class="menu-button-inner"><div>
</button><a href="/">Home</a></header>
<article><h1>Seeds</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
<footer><button class="to-top">Back to top</button></footer>
</body></html>"""


def test_a_button_that_swallowed_the_page_gives_it_back():
    root = parse_html(SWALLOWED)
    button = next(root.iter("button"))
    assert P1 in button.text_content(), "the parser mishap this repair is for"
    repair(root)
    assert all(P1 not in b.text_content() for b in root.iter("button"))
    blocks = cleanarticle.clean(SWALLOWED).text.split("\n\n")
    assert [b for b in blocks if b in (P1, P2, P3)] == [P1, P2, P3]


def test_a_real_button_label_still_goes():
    text = cleanarticle.clean(SWALLOWED).text
    assert "Back to top" not in text


MATHML = """<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="E=mc^2"><semantics><mrow>
<mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>
<annotation encoding="application/x-tex">E=mc^{2}</annotation></semantics></math>"""


def test_mathml_becomes_the_characters_it_shows():
    el = lxml.html.fragment_fromstring(MATHML)
    assert math_text(el) == "E = m c 2"


def test_equations_stay_in_the_article():
    page = f"""<html><body><article><h1>Energy</h1><p>{P1}</p>
<p>The famous relation {MATHML} links mass and energy, and it is the one every student of physics
learns first in school.</p>
<p>MathJax pages write the source: <script type="math/tex">a^2 + b^2 = c^2</script> for the sides
of a right triangle, which the script turns into symbols when the page loads.</p>
<p>{P2}</p></article></body></html>"""
    text = cleanarticle.clean(page).text
    assert "relation E = m c 2 links mass" in text
    assert "a^2 + b^2 = c^2 for the sides" in text
    assert "E=mc^{2}" not in text  # the TeX annotation is not shown to readers


def test_ruby_readings_are_no_text_of_their_own():
    page = """<html><head><title>子どもへの体罰を禁止する法律 | ニュース</title></head><body>
    <article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を
    <ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby></h1>
    <p><ruby>国会<rt>こっかい</rt></ruby>で、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもに
    <ruby>体罰<rt>たいばつ</rt></ruby>をすることを<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>
    </article></body></html>"""
    root = lxml.html.document_fromstring(page)
    repair(root)
    assert root.find(".//h1").text_content().split() == ["子どもへの体罰を", "禁止する法律"]
    assert "こっかい" not in root.find(".//p").text_content()
    assert root.find(".//p").text_content().startswith("国会で、親が子どもに")
