"""The metadata readers never raise and never return impossible dates."""

import datetime as dt

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.meta import (
    extract_html_metadata,
    extract_text_metadata,
    is_byline,
    is_dateline,
    parse_date_text,
)

_DATEISH = st.text(alphabet="0123456789./- :,OctMärzdeoctobreJanuaryby agoVor", max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), _DATEISH))
def test_parse_date_text_gives_valid_dates_only(text):
    iso = parse_date_text(text, reference_date=dt.date(2024, 1, 1))
    if iso is not None:
        d = dt.date.fromisoformat(iso)
        assert dt.date(1995, 1, 1) <= d <= dt.date(2024, 1, 1)
    assert isinstance(is_dateline(text), bool)
    assert isinstance(is_byline(text), bool)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), _DATEISH), max_size=30))
def test_text_metadata_never_raises(lines):
    md = extract_text_metadata(lines, "https://example.com/2020/01/02/x")
    assert md.date is None or dt.date.fromisoformat(md.date)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "<h1>", "</h1>", "<time datetime='2020-02-30'>", "</time>", "<p>", "</p>", "By ",
    "Jane Doe", "10.10.2023", "<!-- c -->", "<script type='application/ld+json'>",
    '{"@type": "Article", "datePublished": 5, "author": [null, {"name": ["x"]}]}',
    "</script>", "<meta property='article:published_time' content='garbage'>",
    "<title>", "</title>", " | ", "Site", "<footer>", "</footer>", "<?pi x?>",
]), max_size=40))
def test_html_metadata_never_raises(parts):
    tree = lxml.html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")
    md = extract_html_metadata(tree, "https://example.com/a")
    assert md.date is None or dt.date.fromisoformat(md.date)
