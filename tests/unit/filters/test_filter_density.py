"""LinkDensity: link-only runs and link-heavy short blocks go; prose citing a link stays."""

from factories import LONG_PROSE, PROSE, PROSE_2, heading, item, kept, linked, para, row

from cleanarticle.filters.density import LinkDensity
from cleanarticle.model import LIST_ITEM


def test_run_of_linked_list_items_is_dropped():
    menu = [linked(t, LIST_ITEM, 1) for t in ("News", "Politics", "Business", "Sports")]
    assert kept(LinkDensity(), PROSE, *menu, PROSE_2) == [PROSE, PROSE_2]


def test_a_lone_linked_list_item_is_a_teaser():
    # Tuned on the dev sets: even one list item that is all link is a teaser or a menu entry.
    items = [linked("Linux kernel documentation", LIST_ITEM, 1)]
    assert kept(LinkDensity(), PROSE, *items) == [PROSE]


def test_list_items_with_some_links_are_kept():
    items = [item("Run logrotate -d for a dry run that only prints what would happen.", links=9),
             item("Run logrotate -f to force one real rotation of every file.", links=9),
             item("Check the new file with ls -l in the log directory.", links=5)]
    assert kept(LinkDensity(), *items) == [b.text for b in items]


def test_prose_paragraph_with_one_link_is_kept():
    # "manual page" is the link.
    text = ("That was all it took. The disk has stayed below 30% since; the full manual page "
            "lists many more options.")
    assert kept(LinkDensity(), para(text, links=len("manual page"))) == [text]


def test_short_paragraph_that_is_all_links_is_dropped():
    tags = para("linux, logging, ops, sysadmin", links=len("linuxloggingopssysadmin"))
    assert kept(LinkDensity(), PROSE, tags, PROSE_2) == [PROSE, PROSE_2]


def test_long_paragraph_citing_many_sources_is_kept():
    block = para(LONG_PROSE, links=int(0.6 * len(LONG_PROSE)))
    assert kept(LinkDensity(), block) == [LONG_PROSE]


def test_linked_table_rows_in_a_run_are_dropped_unlinked_rows_kept():
    nav = [row(t, links=len(t)) for t in ("Home", "Archive", "About")]
    data = [row("rotate 14", "keeps fourteen old files"), row("compress", "gzips rotated files"),
            row("missingok", "no error when the file is absent")]
    assert kept(LinkDensity(), *nav, *data) == [b.text for b in data]


def test_linked_heading_of_a_section_is_kept():
    h = heading("Supply of Fentanyl Ingredients")
    h.link_chars = len(h.text) // 2
    assert kept(LinkDensity(), h, PROSE) == [h.text, PROSE]


def test_listing_pages_keep_their_links():
    menu = [linked(t, LIST_ITEM, 1) for t in ("Tents", "Sleeping bags", "Stoves", "Lanterns")]
    assert kept(LinkDensity(), *menu, listing=True) == [b.text for b in menu]


def test_threshold_is_a_parameter():
    block = para("See the council minutes and the engineers' report for details.", links=40)
    assert kept(LinkDensity(), block) == []
    assert kept(LinkDensity(max_density=0.9), block) == [block.text]


def test_a_linked_heading_over_a_section_of_prose_stays():
    from cleanarticle.filters.density import LinkDensity

    # Permalink headings and product names linked to their shop title a section.
    out = kept(LinkDensity(), PROSE, linked("The Harbor Ferry", kind="heading"), PROSE_2,
               linked("Council Votes on the Budget Again", kind="heading"), linked("More news"))
    assert out == [PROSE, "The Harbor Ferry", PROSE_2]
