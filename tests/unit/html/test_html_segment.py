"""Segmentation of ordered lists (the item number is part of the item's text, and only of text),
and line breaks written as <br> inside code and table cells."""

import re

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle.html.segment import clean_space, segment
from cleanarticle.model import CODE, LIST_ITEM


def _blocks(html: str):
    body = lxml.html.document_fromstring(f"<html><body>{html}</body></html>").find("body")
    blocks = segment(body).blocks
    return blocks


def test_ordered_items_carry_their_number_and_start():
    blocks = _blocks('<ol start="3"><li>Preheat the oven</li><li>Mix the flour</li></ol>')
    assert [b.text for b in blocks] == ["3. Preheat the oven", "4. Mix the flour"]
    assert all(b.kind == LIST_ITEM for b in blocks)


def test_an_item_without_text_gives_no_lone_number():
    blocks = _blocks("<ol><li><img src='a.png'></li><li>Second step</li><li></li></ol>")
    assert [b.text for b in blocks] == ["2. Second step"]


def test_the_number_goes_to_the_first_text_inside_nested_blocks():
    blocks = _blocks("<ol><li><div><img src='a.png'></div><div><p>Fold the dough</p></div></li></ol>")
    assert [b.text for b in blocks] == ["1. Fold the dough"]


def test_code_inside_an_item_is_not_numbered():
    blocks = _blocks("<ol><li><pre>make install</pre>Then restart</li></ol>")
    assert [(b.text, b.kind) for b in blocks] == [("make install", CODE), ("1. Then restart", LIST_ITEM)]


def test_code_lines_written_apart_by_br_stay_lines():
    # An editor that writes a script's lines apart by <br>, a comment and markup among them.
    blocks = _blocks("<pre>#!/usr/bin/env python3<br><br>import os<br>print(<b>os</b>.getcwd())"
                     "<!-- note --> # cwd</pre>")
    assert [(b.text, b.kind) for b in blocks] == [
        ("#!/usr/bin/env python3\n\nimport os\nprint(os.getcwd()) # cwd", CODE)]


def test_table_cells_keep_their_lines_apart():
    blocks = _blocks("<table><tr><th>Branch</th><th>Hours</th></tr>"
                     "<tr><td>East<br><b>branch</b></td><td>Mon–Fri<br>9–5</td></tr></table>")
    assert [b.cells for b in blocks] == [("Branch", "Hours"), ("East branch", "Mon–Fri 9–5")]


def test_a_label_glued_to_the_sentence_after_it_is_set_apart():
    # The site's style puts the bold label on a line of its own; without it the words touch.
    blocks = _blocks('<ul><li><b class="title">Diverse Clientele</b>We support clients of all sizes.</li>'
                     '<li><cite><span class="name">Lucie Rayner</span><span class="role">Parent</span></cite></li>'
                     '<li><span class="price">€25</span><span class="offer">Build a pack</span></li>'
                     '<li>H<sub>2</sub>O and m<sup>2</sup></li>'
                     '<li><span class="dropcap">T</span>he orchard opened in <b>May</b>, not later.</li></ul>')
    assert [b.text for b in blocks] == ["Diverse Clientele We support clients of all sizes.",
                                        "Lucie Rayner Parent", "€25 Build a pack", "H2O and m2",
                                        "The orchard opened in May, not later."]


_SPACE_CHARS = st.sampled_from(list("ab \t\n\r\x0b\x0c\x1e\x1f\x7f\u00a0\u2003\u3000\u200b\ufeff\x85é"))


@given(st.lists(_SPACE_CHARS, max_size=30).map("".join))
def test_clean_space_collapses_white_space_but_keeps_non_breaking_spaces_inside(text):
    # The definition: control characters out, runs of white space other than U+00A0 made one
    # space, white space (U+00A0 too) trimmed at the ends.
    expected = re.sub(r"[^\S\u00a0]+", " ",
                      re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1d\x1f\x7f\u200b\ufeff]", "", text)).strip()
    assert clean_space(text) == expected


def test_clean_space_examples():
    assert clean_space(" 10\u00a0km \n\t away ") == "10\u00a0km away"
    assert clean_space("a\u200b b\x00c") == "a bc"


def test_blocks_carry_the_shape_of_their_place_in_the_page():
    blocks = _blocks(
        "<div><div><article><p>Story <b>text</b></p><ul><li>Item</li></ul></article></div>"
        "<div class='foot'><p>Footer</p><span>tail text</span></div>"
        "<table><tr><td>Price</td><td>$3</td></tr></table></div>")
    paths = {b.text: b.path for b in blocks}
    # Wrappers nested right in themselves count once; inline tags are not part of the shape.
    assert paths["Story text"] == "/body/div/article/p"
    assert paths["Item"] == "/body/div/article/ul/li"
    assert paths["Footer"] == "/body/div/p"
    assert paths["tail text"] == "/body/div"  # inline text belongs to the block around it
    assert paths["Price | $3"] == "/body/div/table/tr"


def test_a_standfirst_set_in_an_h2_under_the_headline_is_a_paragraph():
    from cleanarticle.model import HEADING, PARAGRAPH

    dek = ("The city will close the old bridge for six months while crews replace its deck, and "
           "a detour through the old town will carry the traffic until the spring.")
    blocks = _blocks(f"<h1>Old Bridge to Close</h1><h2>{dek}</h2><p>Body.</p>"
                     f"<h2>What the detour means</h2><h2>{dek} Again.</h2>")
    kinds = [(b.text[:20], b.kind) for b in blocks]
    assert kinds[1] == (dek[:20], PARAGRAPH)
    # a sentence-long heading elsewhere, and a short one, stay headings
    assert kinds[3][1] == HEADING and kinds[4][1] == HEADING


def test_a_theme_caption_class_outside_figcaption_marks_a_caption():
    from cleanarticle.model import CAPTION, PARAGRAPH

    blocks = _blocks('<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">The '
                     'old mill at dusk</p></div><p class="media__caption--source">Harbour, 1920'
                     '</p><p class="recaptcha-note">Protected by a check</p>')
    assert [b.kind for b in blocks] == [CAPTION, CAPTION, PARAGRAPH]
