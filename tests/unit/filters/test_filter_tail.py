"""TailJunk and Captions: what follows the last prose block, and figure captions."""

from factories import PROSE, PROSE_2, caption, heading, item, kept, linked

from cleanarticle.filters.credits import Captions
from cleanarticle.filters.tail import TailJunk


def test_linked_items_headings_and_fragments_after_the_article_go():
    after = [heading("More from the newsroom"), linked("Council approves the new budget"),
             "ERSCHIENEN IN"]
    assert kept(TailJunk(), PROSE, PROSE_2, *after) == [PROSE, PROSE_2]


def test_a_closing_list_and_a_closing_sentence_stay():
    steps = [item("Turn off the water."), item("Open the valve.")]
    closing = "Thanks for reading."
    assert kept(TailJunk(), PROSE, *steps, closing) == [PROSE, *(b.text for b in steps), closing]


def test_blocks_before_the_last_prose_are_not_judged():
    short = "Step two"
    assert kept(TailJunk(), PROSE, short, PROSE_2) == [PROSE, short, PROSE_2]


def test_captions_go_and_paragraphs_stay():
    assert kept(Captions(), PROSE, caption("The old bridge in 1930."), PROSE_2) == [PROSE, PROSE_2]
