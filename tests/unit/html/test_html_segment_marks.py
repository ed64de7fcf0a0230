"""Segmentation keeps the inline structure renderers need, without touching the text."""

import random

import lxml.html
import pytest

from cleanarticle.html.segment import clean_space, resolve_marks, segment
from cleanarticle.model import CODE, CODE_SPAN, EM, LINK, STRONG


def _blocks(html: str, **kw):
    body = lxml.html.document_fromstring(f"<html><body>{html}</body></html>").find("body")
    blocks = segment(body, **kw).blocks
    for block in blocks:
        resolve_marks(block)
    return blocks


def _spans(block):
    return [(block.text[m.start:m.end], m.kind, m.href) for m in block.marks or ()]


def test_links_bold_italic_and_code_become_marks_over_the_text():
    [b] = _blocks('<p>See <a href="/docs">the <b>new</b> docs</a>, then run <code>make</code> '
                  'or <em>not</em>.</p>')
    assert b.text == "See the new docs, then run make or not."
    assert _spans(b) == [("the new docs", LINK, "/docs"), ("new", STRONG, None),
                         ("make", CODE_SPAN, None), ("not", EM, None)]


def test_marks_follow_the_text_through_collapsed_space():
    [b] = _blocks("<p>  Alpha \n\n <i>  beta\tgamma </i>\n delta <strong>\n</strong> end </p>")
    assert b.text == "Alpha beta gamma delta end"
    assert _spans(b) == [("beta gamma", EM, None)]  # the empty bold leaves no mark


def test_marks_of_paragraphs_split_by_double_br():
    a, b = _blocks('<p>First <b>part</b><br><br>Second <a href="x">link</a></p>')
    assert _spans(a) == [("part", STRONG, None)]
    assert _spans(b) == [("link", LINK, "x")]


def test_marks_move_with_an_ordered_item_number():
    [b] = _blocks("<ol start=4><li>Run <code>make test</code></li></ol>")
    assert b.text == "4. Run make test"
    assert _spans(b) == [("make test", CODE_SPAN, None)]


def test_a_link_around_block_elements_marks_each_of_them():
    a, b = _blocks('<a href="/story"><h3>Headline</h3><p>Teaser text</p></a>')
    assert _spans(a) == [("Headline", LINK, "/story")]
    assert _spans(b) == [("Teaser text", LINK, "/story")]


def test_marks_are_exact_on_random_inline_markup():
    rng = random.Random(7)
    words = ["alpha", " ", "  ", "\n", "beta", "\u00a0", "gamma ", " delta", "\t"]
    for _ in range(300):
        pieces, expected = [], []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.5:
                inner = "".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
                pieces.append(f"<b>{inner}</b>")
                expected.append(clean_space(inner))
            else:
                pieces.append("".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
        blocks = _blocks("<p>" + "".join(pieces) + "</p>")
        got = [t for b in blocks for t, _, _ in _spans(b)]
        # Each bold run comes back as its own text (runs that touch merge in rendering only).
        assert got == [e for e in expected if e], ("".join(pieces), got)


@pytest.mark.parametrize("html, lang", [
    ('<pre><code class="language-python">x = 1</code></pre>', "python"),
    ('<pre class="brush: js notranslate">x()</pre>', "js"),
    ('<div class="highlight-python3 notranslate"><pre>x = 1</pre></div>', "python3"),
    ('<pre data-lang="shellscript">ls</pre>', "shellscript"),
    ('<div class="highlight-default"><pre>x</pre></div>', None),
    ("<pre>plain</pre>", None),
])
def test_code_blocks_know_the_language_the_page_names(html, lang):
    [b] = _blocks(html)
    assert b.kind == CODE and b.lang == lang


def test_code_blocks_keep_their_first_line_indentation_apart():
    [b] = _blocks("<pre>\n    def f():\n        return 1\n</pre>")
    assert b.text == "def f():\n        return 1"  # the text as before
    assert b.indent == "    "


def test_table_rows_know_their_columns_with_spans_expanded():
    rows = _blocks("<table><thead><tr><th colspan=2>Name</th><th>Age</th></tr></thead>"
                   "<tr><td rowspan=2>A</td><td>b</td><td>1</td></tr>"
                   "<tr><td>c</td><td>2</td></tr><tr><td></td><td>d</td><td>3</td></tr></table>")
    assert [r.text for r in rows] == ["Name | Age", "A | b | 1", "c | 2", "d | 3"]
    assert [r.row.columns for r in rows] == [(0, 2), (0, 1, 2), (1, 2), (1, 2)]
    assert [r.row.header for r in rows] == [True, False, False, False]
    assert {r.row.width for r in rows} == {3}
    assert len({r.row.table for r in rows}) == 1


def test_images_are_placed_among_the_blocks_only_when_asked():
    html = "<p>One</p><figure><img src='a.jpg'></figure><p>Two <img src='b.jpg'> more</p>"
    body = lxml.html.document_fromstring(f"<html><body>{html}</body></html>").find("body")
    assert segment(body).images == []
    placed = segment(body, images=True).images
    assert [(pos, img.get("src")) for pos, img in placed] == [(1, "a.jpg"), (2, "b.jpg")]
