"""Customer reviews: on a product page the reviews section goes, up to the next section of the
same rank; on any other page a "Reviews" heading is just a heading."""

import pytest
from factories import PROSE, PROSE_2, PROSE_3, heading, kept, para

from cleanarticle.filters.reviews import CustomerReviews

REVIEW = "Great pack, the straps are comfortable and it fits a rain shell and lunch easily."


def _page(header: str):
    return [heading("Description"), PROSE, heading(header), heading("Most helpful review", 3),
            para(REVIEW), heading("Specifications"), PROSE_2]


@pytest.mark.parametrize("header", ["Customer Reviews", "159 reviews with an average rating of 4.4",
                                    "Kundenbewertungen", "Avis clients", "Reseñas", "Write a review"])
def test_reviews_section_of_a_product_page_goes(header):
    assert kept(CustomerReviews(), *_page(header), page_type="Product") == [
        "Description", PROSE, "Specifications", PROSE_2]


def test_reviews_run_to_the_end_when_no_section_follows():
    blocks = [PROSE, heading("Reviews"), para(REVIEW), para(PROSE_3)]
    assert kept(CustomerReviews(), *blocks, page_type="product") == [PROSE]


def test_other_pages_keep_a_reviews_heading():
    # A review site's article, a listing of reviews: not a product page, nothing goes.
    assert kept(CustomerReviews(), *_page("Reviews"), page_type="NewsArticle") == [
        b if isinstance(b, str) else b.text for b in _page("Reviews")]
    assert len(kept(CustomerReviews(), *_page("Reviews"))) == 7


def test_a_heading_that_only_mentions_reviews_is_no_section():
    blocks = [heading("Editorial Reviews"), PROSE, heading("Why reviews matter"), PROSE_2]
    assert len(kept(CustomerReviews(), *blocks, page_type="Product")) == 4
