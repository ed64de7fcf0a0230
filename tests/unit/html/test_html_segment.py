"""Segmentation of ordered lists: the item number is part of the item's text, and only of text."""

import lxml.html

from cleanarticle.html.segment import segment
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
