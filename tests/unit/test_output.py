import json

import pytest

from cleanarticle.model import (
    CAPTION,
    CODE,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE_ROW,
    Article,
    Block,
)
from cleanarticle.output import render, render_markdown, render_text


def _article() -> Article:
    blocks = [
        Block("Rivers of the north", HEADING, level=1),
        Block("The Lena flows north for four thousand kilometres.", PARAGRAPH),
        Block("Facts", HEADING, level=2),
        Block("Length: 4,400 km", LIST_ITEM, level=1),
        Block("Basin: 2.5 million km²", LIST_ITEM, level=1),
        Block("A river is a road that moves.", QUOTE),
        Block("River | Length", TABLE_ROW, cells=("River", "Length")),
        Block("Lena | 4400", TABLE_ROW, cells=("Lena", "4400")),
        Block("print('a | b')\nprint(1)", CODE),
        Block("The Lena delta in summer", CAPTION),
    ]
    return Article(text="plain body text", title="Rivers", blocks=blocks)


def test_text_is_the_article_body():
    assert render_text(_article()) == "plain body text"
    assert render(_article(), "text") == "plain body text"


def test_markdown_renders_each_block_kind():
    md = render_markdown(_article())
    lines = md.split("\n")
    assert lines[0] == "# Rivers of the north"
    assert "## Facts" in lines
    assert "- Length: 4,400 km\n- Basin: 2.5 million km²" in md  # one tight list
    assert "> A river is a road that moves." in lines
    assert "| River | Length |\n| --- | --- |\n| Lena | 4400 |" in md
    assert "```\nprint('a | b')\nprint(1)\n```" in md
    assert "_The Lena delta in summer_" in lines
    # blocks of different kinds are separated by a blank line
    assert "# Rivers of the north\n\nThe Lena flows" in md


def test_markdown_fence_longer_than_backticks_in_code():
    art = Article(text="x", blocks=[Block("a ``` b", CODE)])
    assert render_markdown(art) == "````\na ``` b\n````"


def test_markdown_escapes_pipes_in_table_cells():
    art = Article(text="x", blocks=[Block("a|b | c", TABLE_ROW, cells=("a|b", "c"))])
    assert render_markdown(art).split("\n")[0] == "| a\\|b | c |"


@pytest.mark.parametrize("text", ["x\ty\tz", "x | y | z"])
def test_table_rows_without_cells_are_split_on_their_separator(text):
    art = Article(text="x", blocks=[Block(text, TABLE_ROW)])
    assert render_markdown(art).split("\n") == ["| x | y | z |", "| --- | --- | --- |"]


def test_markdown_without_blocks_falls_back_to_text():
    assert render_markdown(Article(text="just text")) == "just text"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_carries_metadata_and_null_error(fmt):
    out = render(_article(), fmt, source="a.html")
    assert ("\n" in out) == (fmt == "json")
    record = json.loads(out)
    assert record["source"] == "a.html"
    assert record["title"] == "Rivers"
    assert record["text"] == "plain body text"
    assert record["error"] is None
    assert {"date", "author", "url", "language"} <= record.keys()


def test_json_of_a_failed_input_has_the_error_and_no_text():
    record = json.loads(render(None, "jsonl", source="b.html", error="empty input"))
    assert record["error"] == "empty input"
    assert record["text"] is None and record["title"] is None
    assert record["source"] == "b.html"
    ok_keys = json.loads(render(_article(), "jsonl", source="a")).keys()
    assert record.keys() == ok_keys


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render(_article(), "yaml")
