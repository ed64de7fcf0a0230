"""OrphanHeadings: a heading with no content after it (or only an equal/higher heading) goes."""

from factories import PROSE, PROSE_2, heading, item, kept

from cleanarticle.filters.headings import OrphanHeadings


def test_heading_at_the_end_is_dropped():
    assert kept(OrphanHeadings(), PROSE, heading("Related Content")) == [PROSE]


def test_heading_followed_by_an_equal_heading_is_dropped():
    out = kept(OrphanHeadings(), heading("Popular"), heading("How it works"), PROSE)
    assert out == ["How it works", PROSE]


def test_heading_with_a_subsection_is_kept():
    out = kept(OrphanHeadings(), heading("Testing it", 2), heading("Dry run", 3), PROSE,
               heading("Next steps", 2), item("Force one rotation."))
    assert out == ["Testing it", "Dry run", PROSE, "Next steps", "Force one rotation."]


def test_in_article_subheading_is_kept():
    out = kept(OrphanHeadings(), PROSE, heading("Supply of Fentanyl Ingredients to Mexican Cartels"), PROSE_2)
    assert out == [PROSE, "Supply of Fentanyl Ingredients to Mexican Cartels", PROSE_2]


def test_listing_pages_keep_teaser_titles():
    titles = [heading(t, 3) for t in ("Tents", "Stoves", "Lanterns")]
    assert kept(OrphanHeadings(), *titles, listing=True) == ["Tents", "Stoves", "Lanterns"]
