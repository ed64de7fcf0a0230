"""The Markdown of every fixture renders (markdown-it-py, CommonMark + GFM tables) back to
the article's blocks, text for text; tables keep their cells and code blocks their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanarticle
from benchmarks.markdown_roundtrip import compare
from cleanarticle.model import CODE, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_ROW, Article, Block, Mark
from cleanarticle.output import render_markdown
from cleanarticle.pipeline import default_pipeline

FIXTURES = Path(__file__).parents[2] / "fixtures"
SOURCES = sorted(p for p in FIXTURES.glob("*/source.*"))


@pytest.mark.parametrize("source", SOURCES, ids=[p.parent.name for p in SOURCES])
@pytest.mark.parametrize("pipeline", [None, default_pipeline().without("captions")], ids=["default", "captions"])
def test_fixture_markdown_reads_back_as_its_blocks(source, pipeline):
    article = cleanarticle.clean(source.read_bytes(), "https://fixtures.example/page/", links=True,
                                 images=True, pipeline=pipeline)
    assert article.blocks
    first, tables_ok, code_ok = compare(article, render_markdown(article))
    assert first is None
    assert tables_ok and code_ok


def test_the_check_notices_a_lost_block():
    article = Article(text="x", blocks=[Block("one", PARAGRAPH), Block("two", PARAGRAPH)])
    assert compare(article, "one")[0] is not None
    assert compare(article, "one\n\ntwo")[0] is None


def test_hard_cases_read_back():
    blocks = [
        Block("\u00a0", PARAGRAPH),
        Block("**not bold** and __not__ either ~~no~~", PARAGRAPH),
        Block("2024. A year", PARAGRAPH),
        Block("• a bullet a text dump kept", LIST_ITEM, level=1),
        Block("3) numbered by hand", LIST_ITEM, level=1),
        Block("x | y|z", TABLE_ROW, cells=("x", "y|z")),
        Block("a\u200dword", QUOTE, marks=(Mark(1, 6, "em"),)),
        Block("`tick` inside", PARAGRAPH, marks=(Mark(0, 6, "code"),)),
        Block("    indented\n\tcode\n", CODE, indent="  "),
    ]
    article = Article(text="x", blocks=blocks)
    md = render_markdown(article)
    first, tables_ok, code_ok = compare(article, md)
    assert first is None, md
    assert code_ok
