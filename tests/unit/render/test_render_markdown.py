"""Markdown output: every element kind, on our fixture page and on small blocks."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.model import (
    CAPTION,
    CODE,
    EM,
    HEADING,
    LINK,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    STRONG,
    TABLE_ROW,
    Article,
    Block,
    Mark,
    Row,
)
from cleanarticle.output import render_markdown
from cleanarticle.pipeline import default_pipeline

FIXTURE = Path(__file__).parents[2] / "fixtures" / "recipe-docs" / "source.html"
URL = "https://crumbandcrust.example/guides/sourdough-starter/"


@cache
def _md(**kw) -> str:
    article = cleanarticle.clean(FIXTURE.read_bytes(), URL, **kw)
    return render_markdown(article)


def _lines(**kw) -> list[str]:
    return _md(**kw).split("\n")


def test_headings_keep_their_level():
    assert "## What you need" in _lines()
    assert "## Feeding schedule" in _lines()


def test_ordered_lists_are_numbered_not_bulleted():
    lines = _lines()
    assert "1. Mix 50 g flour with 50 g water in the jar and mark the level with a rubber band." in lines
    assert any(line.startswith("3. Repeat every day") for line in lines)
    assert not any(line.startswith("- 1.") for line in lines)


def test_nested_lists_are_indented_under_their_item():
    md = _md()
    assert ("- Wholemeal rye or wheat flour (the bran carries the wild yeasts)\n"
            "  - about 500 g for the first week\n  - unbleached, if you can find it\n"
            "- A glass jar") in md


def test_inline_code_bold_and_italic_are_kept():
    md = _md()
    assert "the **first week** decides" in md
    assert "with _ordinary_ supermarket flour" in md
    assert "A few lines of `python` are enough" in md
    assert "starter _doubles_ within" in md


def test_links_only_when_asked_and_absolute():
    assert "[first-loaf guide]" not in _md()
    md = _md(links=True)
    # relative to <base href>, not to the page URL
    assert "The [first-loaf guide](https://crumbandcrust.example/guides/first-loaf/) picks up" in md
    assert "[history of sourdough](https://en.wikipedia.org/wiki/Sourdough)" in md


def test_tables_are_pipe_tables_with_header_escaped_cells_and_spans_expanded():
    md = _md()
    assert ("| Day | Flour | Water | What to expect |\n| --- | --- | --- | --- |\n"
            "| 1 | 50 g | 50 g | nothing visible |\n"
            "| 2–3 | 50 g each |  | a few bubbles, then a quiet day |\n"
            "|  | 50 g | 45 g | the smell changes \\| sharper |\n") in md


def test_code_blocks_are_fenced_with_language_and_exact_indentation():
    md = _md()
    assert ("```python\n    heights = [2.0, 2.4, 3.1, 3.9, 4.2, 4.0]\n"
            "    peak = max(range(len(heights)), key=heights.__getitem__)\n"
            '    print(f"peak after {peak} hours")\n```') in md


def test_block_quotes_keep_their_paragraphs_apart():
    assert ("> A starter that floats in water is ready to bake with.\n>\n"
            "> One that sinks needs another day or two, not more flour.") in _md()


def test_images_stand_where_they_stood_with_the_lazy_source():
    md = _md(images=True)
    assert md.startswith("![A jar of bubbly starter](https://crumbandcrust.example/media/2024/03/"
                         "starter-jar.jpg)\n\nA starter is nothing more")
    assert "thumbnail" not in md  # the related-posts rail's images are no part of the article
    assert "![" not in _md()


def test_captions_are_an_italic_line_when_kept():
    art = Article(text="x", blocks=[Block("The Lena delta in summer", CAPTION)])
    assert render_markdown(art) == "_The Lena delta in summer_"
    page = ("<html><body><article><p>" + "The river was calm that morning and the ferry left "
            "on time, as it had every day that week. " * 4 + "</p><figure><img src='a.jpg'>"
            "<figcaption>Ferry leaving the harbour</figcaption></figure><p>" + "Later the wind "
            "rose and the crossing took twice as long as planned, to nobody's surprise. " * 4
            + "</p></article></body></html>")
    with_captions = cleanarticle.clean(page, pipeline=default_pipeline().without("captions"))
    assert "_Ferry leaving the harbour_" in render_markdown(with_captions).split("\n")
    assert "Ferry leaving" not in render_markdown(cleanarticle.clean(page))


def test_front_matter_carries_the_metadata():
    article = cleanarticle.clean(FIXTURE.read_bytes(), URL)
    md = render_markdown(article, with_metadata=True)
    head, _, body = md.partition("\n---\n\n")
    lines = head.split("\n")
    assert lines[0] == "---"
    fields = dict(line.split(": ", 1) for line in lines[1:])
    assert json.loads(fields["title"]) == "Sourdough starter from scratch"
    assert json.loads(fields["date"]) == "2024-03-14"
    assert json.loads(fields["author"]) == "Ines Moreau"
    assert json.loads(fields["url"]) == URL
    assert body == render_markdown(article)


@pytest.mark.parametrize("text, markdown", [
    ("2 * 3 = 6, not 2*3", "2 \\* 3 = 6, not 2\\*3"),
    ("snake_case stays, _edges_ do not", "snake_case stays, \\_edges\\_ do not"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("1. not a list either", "1\\. not a list either"),
    ("> not a quote", "\\> not a quote"),
    ("[not](a link) <b>not html</b> `not code`", "\\[not\\](a link) \\<b>not html\\</b> \\`not code\\`"),
    ("a > b, not a quote", "a > b, not a quote"),
    ("&amp; stays an ampersand", "\\&amp; stays an ampersand"),
    ("\u00a0edges\u00a0", "&#160;edges&#160;"),
])
def test_text_is_escaped_so_it_reads_back_as_itself(text, markdown):
    assert render_markdown(Article(text="x", blocks=[Block(text, PARAGRAPH)])) == markdown


def test_marks_markdown_cannot_express_are_left_out():
    # Bold that starts with punctuation right after a letter cannot open in CommonMark.
    block = Block('word"quoted" end', PARAGRAPH, marks=(Mark(4, 12, STRONG),))
    assert render_markdown(Article(text="x", blocks=[block])) == 'word"quoted" end'
    inner = Block("bold in bold", PARAGRAPH, marks=(Mark(0, 12, STRONG), Mark(5, 7, STRONG)))
    assert render_markdown(Article(text="x", blocks=[inner])) == "**bold in bold**"


def test_unsafe_links_lose_their_target_and_keep_their_text():
    page = ('<html><body><article><p>' + "Some words of a long enough paragraph here. " * 10
            + '<a href="javascript:alert(1)">click</a> and <a href="/ok">fine</a>.</p></article></body></html>')
    md = render_markdown(cleanarticle.clean(page, "https://site.example/a/", links=True))
    assert "javascript" not in md
    assert "click and [fine](https://site.example/ok)." in md


def test_lists_side_by_side_stay_apart_and_numbering_gaps_start_a_new_list():
    blocks = [Block("1. one", LIST_ITEM, level=1), Block("2. two", LIST_ITEM, level=1),
              Block("5. five", LIST_ITEM, level=1), Block("6. six", LIST_ITEM, level=1)]
    assert render_markdown(Article(text="x", blocks=blocks)).split("\n") == [
        "1. one", "2. two", "", "5) five", "6) six"]


def test_nested_items_under_a_numbered_item_indent_past_its_number():
    blocks = [Block("10. ten", LIST_ITEM, level=1), Block("sub", LIST_ITEM, level=2),
              Block("deeper", LIST_ITEM, level=4)]  # the level between was dropped
    assert render_markdown(Article(text="x", blocks=blocks)).split("\n") == [
        "10. ten", "    - sub", "      - deeper"]


def test_rows_of_two_tables_make_two_tables():
    rows = [Block("a | b", TABLE_ROW, cells=("a", "b"), row=Row(1, True, (0, 1), 2)),
            Block("c | d", TABLE_ROW, cells=("c", "d"), row=Row(2, True, (0, 1), 2))]
    assert render_markdown(Article(text="x", blocks=rows)) == (
        "| a | b |\n| --- | --- |\n\n| c | d |\n| --- | --- |")


def test_code_fences_outgrow_the_backticks_inside():
    art = Article(text="x", blocks=[Block("a ``` b\n````", CODE, lang="md")])
    assert render_markdown(art) == "`````md\na ``` b\n````\n`````"


def test_a_heading_ending_in_hash_keeps_it():
    art = Article(text="x", blocks=[Block("Learning C#", HEADING, level=3)])
    assert render_markdown(art) == "### Learning C\\#"


def test_quote_lines_and_links_inside_emphasis():
    block = Block("see the docs now", QUOTE, marks=(Mark(4, 12, EM), Mark(8, 12, LINK, "https://d.example/")))
    art = Article(text="x", blocks=[block])
    assert render_markdown(art) == "> see _the [docs](https://d.example/)_ now"


def test_table_cells_keep_their_links_and_code():
    page = ("<html><body><article><p>" + "The command line tools below ship with every release of the "
            "toolkit and are documented on their own pages. " * 3 + "</p><table><tr><th>Tool</th>"
            "<th>What it does</th></tr><tr><td><code>ls -l | less</code></td><td>see the "
            "<a href='/man/ls'>manual</a></td></tr></table></article></body></html>")
    article = cleanarticle.clean(page, "https://docs.example/tools/", links=True)
    md = render_markdown(article)
    assert "| `ls -l \\| less` | see the [manual](https://docs.example/man/ls) |" in md
    assert ('<td><code>ls -l | less</code></td><td>see the '
            '<a href="https://docs.example/man/ls">manual</a></td>') in article.html
