"""Duplicates: a block repeated later in the page goes, the first copy stays."""

from factories import PROSE, PROSE_2, item, kept, linked, row

from cleanarticle.filters.dedup import Duplicates
from cleanarticle.model import LIST_ITEM

HEADLINE = "Fashion Fair’s Forever 21 to Close. ‘Still a Ways to Go,’ Says Employee"


def test_later_copy_is_dropped_first_kept():
    assert kept(Duplicates(), PROSE, HEADLINE, PROSE_2, linked(HEADLINE)) == [PROSE, HEADLINE, PROSE_2]


def test_copies_differing_in_case_space_and_quotes_are_duplicates():
    variant = "  fashion fair's forever 21 to close. 'still a ways to go,' says employee "
    assert kept(Duplicates(), HEADLINE, PROSE, variant) == [HEADLINE, PROSE]


def test_short_repeated_blocks_are_kept():
    out = kept(Duplicates(), "Step 1", PROSE, "Step 1", PROSE_2, "Yes", "Yes")
    assert out == ["Step 1", PROSE, "Step 1", PROSE_2, "Yes", "Yes"]


def test_every_later_copy_goes():
    assert kept(Duplicates(), HEADLINE, HEADLINE, PROSE, HEADLINE) == [HEADLINE, PROSE]


def test_repeated_unlinked_list_items_and_rows_are_kept_linked_ones_go():
    step = item("On the Solid menu, click Extrude Planar Curve")
    price = row("Technology fee", "$349 per semester")
    nav = linked("Accessories and spare parts", kind=LIST_ITEM)
    out = kept(Duplicates(), step, PROSE, step, price, PROSE_2, price, nav, nav)
    assert out == [step.text, PROSE, step.text, price.text, PROSE_2, price.text, nav.text]


def test_in_a_text_dump_repeated_items_go_since_links_are_lost():
    nav = item("Accessories and spare parts")
    assert kept(Duplicates(), nav, PROSE, nav, source_kind="text") == [nav.text, PROSE]
