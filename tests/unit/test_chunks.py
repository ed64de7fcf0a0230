"""Retrieval chunks: heading-aware, never inside a row, item or code block, offsets exact."""

from __future__ import annotations

import pytest

from cleanarticle.model import CODE, HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Article, Block

SENTENCE = "The committee met again on Thursday and agreed on a schedule for the works. "


def _article(blocks: list[Block]) -> Article:
    return Article(text="\n\n".join(b.text for b in blocks), blocks=blocks)


def _check(article: Article, max_chars: int):
    chunks = article.chunks(max_chars)
    for c in chunks:
        assert article.text[c.start:c.end] == c.text
    return chunks


def test_headings_start_chunks_and_give_their_path():
    art = _article([Block("Intro text.", PARAGRAPH), Block("Guide", HEADING, level=1),
                    Block("Setup", HEADING, level=2), Block("Install it.", PARAGRAPH),
                    Block("Usage", HEADING, level=2), Block("Run it.", PARAGRAPH),
                    Block("Appendix", HEADING, level=1), Block("More.", PARAGRAPH)])
    chunks = _check(art, 1000)
    assert [(c.headings, c.text) for c in chunks] == [
        ((), "Intro text."),
        (("Guide", "Setup"), "Guide\n\nSetup\n\nInstall it."),
        (("Guide", "Usage"), "Usage\n\nRun it."),
        (("Appendix",), "Appendix\n\nMore."),
    ]


def test_rows_items_and_code_are_never_split():
    rows = [Block(f"row {i} | value {i}", TABLE_ROW, cells=(f"row {i}", f"value {i}")) for i in range(20)]
    items = [Block(f"item number {i} of the list", LIST_ITEM, level=1) for i in range(10)]
    code = Block("\n".join(f"line {i} = {i}" for i in range(40)), CODE)
    art = _article([*rows, *items, code])
    whole = {b.text for b in art.blocks}
    for c in _check(art, 60):
        for piece in c.text.split("\n\n"):
            assert piece in whole  # every piece is a whole block
    assert code.text in [c.text for c in art.chunks(60)]  # longer than 60: a chunk of its own


def test_long_paragraphs_are_cut_between_sentences():
    art = _article([Block((SENTENCE * 10).strip(), PARAGRAPH)])
    chunks = _check(art, 200)
    assert all(len(c.text) <= 200 for c in chunks)
    assert all(c.text.endswith("works.") for c in chunks)
    assert " ".join(c.text for c in chunks) == art.text.strip()


def test_a_sentence_longer_than_the_limit_is_cut_between_words():
    art = _article([Block(("word " * 100).strip(), PARAGRAPH)])
    chunks = _check(art, 50)
    assert all(len(c.text) <= 50 and not c.text.startswith(" ") for c in chunks)


def test_no_blocks_no_chunks_and_a_bad_limit_is_refused():
    assert Article().chunks() == []
    with pytest.raises(ValueError):
        _article([Block("x", PARAGRAPH)]).chunks(0)


def test_a_heading_takes_the_first_piece_of_a_long_paragraph_along():
    art = _article([Block("Background", HEADING, level=2), Block((SENTENCE * 10).strip(), PARAGRAPH)])
    chunks = _check(art, 300)
    assert chunks[0].text.startswith("Background\n\nThe committee met")
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(c.headings == ("Background",) for c in chunks)
