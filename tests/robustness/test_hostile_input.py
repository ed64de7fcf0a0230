"""Hostile JSON-LD never raises; the caller's input is never modified; the CI-sized fuzz run."""

import copy
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle import Article, clean
from cleanarticle.meta import extract_html_metadata
from cleanarticle.meta.jsonld import parse_scripts, read_jsonld, text_value, types_of

HOSTILE_JSONLD = [
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 50_000 + "1" + "}" * 50_000,
    '{"@graph": ' + "[" * 5_000 + "]" * 5_000 + "}",
    '{"@graph": {"@graph": {"@graph": {"@graph": null}}}}',
    '{"@type": "Article", "datePublished": 1e999999, "headline": NaN, "author": Infinity}',
    '{"@type": ["Article", null, 5, {}, []], "author": {"name": {"name": {"name": []}}}}',
    '{"@type": {"@type": "Article"}, "headline": ["", null, {"@value": 5}], "author": [[[]]]}',
    '{"headline": "' + "x" * 500_000 + '"}',
    '{"@type": "Article", "datePublished": "9999-99-99T99:99", "dateModified": -1, "url": 5}',
    '{"@type": "Article", "datePublished": ["2020-01-01", {"@value": "2020-02-02"}], "author": true}',
    '\x00\x01{"a": "\\ud800\\udfff\\ud800"}',
    '{"@graph": [' + ",".join(['{"@type": "NewsArticle", "headline": "h"}'] * 20_000) + "]}",
    "<![CDATA[ {,,,} ]]>", "// only a comment", "{" * 1000, "}" * 1000, '"just a string"', "12345",
    "null", "true", "[]", "{}", '{"@context": "https://schema.org"}', "\ufeff{}",
    '{"author": {"@id": "#a"}, "@graph": [{"@id": "#a", "author": {"@id": "#a"}}]}',
    '{"publisher": {"name": "' + "\u202e" * 1000 + '"}, "name": "\\u0000"}',
]


def _page(script_body: str) -> str:
    return (f'<html><head><script type="application/ld+json">{script_body}</script></head>'
            "<body><article><p>" + "Body text of the article. " * 20 + "</p></article></body></html>")


@pytest.mark.parametrize("body", HOSTILE_JSONLD, ids=range(len(HOSTILE_JSONLD)))
def test_hostile_jsonld_never_raises(body):
    tree = lxml.html.document_fromstring(_page(body))
    items = read_jsonld(tree)
    assert isinstance(items, list) and all(isinstance(i, dict) for i in items)
    for item in items:
        assert isinstance(types_of(item), list)
        for value in item.values():
            assert text_value(value) is None or isinstance(text_value(value), str)
    metadata = extract_html_metadata(tree, "https://example.com/a")
    assert metadata.title is None or isinstance(metadata.title, str)
    article = clean(_page(body))
    assert "Body text of the article." in article.text


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=5)
                 | st.dictionaries(st.sampled_from(["@type", "@graph", "headline", "author", "name",
                                                    "datePublished", "@value", "url", "x"]), inner,
                                   max_size=5),
                 max_leaves=30).map(json.dumps),
))
def test_any_jsonld_text_is_read_without_raising(body):
    items = parse_scripts([SimpleNamespace(text=body)])  # any str, even one lxml would refuse
    assert all(isinstance(i, dict) for i in items)
    for item in items:
        types_of(item)
        for value in item.values():
            text_value(value)


PAGE = ("<html><head><title>T | Site</title><script type='application/ld+json'>"
        '{"@type": "Article", "headline": "T", "author": {"name": "A"}}</script></head>'
        "<body><nav><a href='/'>Home</a></nav><div hidden>h</div><article><h1>T</h1>"
        + "<p>Body text of the article with words. </p>" * 10 + "</article></body></html>")


@pytest.mark.parametrize("kind", ["auto", "html", "text"])
def test_the_callers_input_is_never_modified(kind):
    original = PAGE.encode("utf-8")
    data = bytearray(original)
    clean(data, kind=kind)
    assert bytes(data) == original
    view = memoryview(bytearray(original))
    clean(view, kind=kind)
    assert view.tobytes() == original
    text = PAGE
    clean(text, kind=kind)
    assert text == PAGE


def test_options_and_pipeline_are_not_modified():
    from cleanarticle.api import _DEFAULT_OPTIONS, _DEFAULT_PIPELINE

    options = copy.deepcopy(_DEFAULT_OPTIONS)
    steps = list(getattr(_DEFAULT_PIPELINE, "steps", []) or [])
    for page in (PAGE, PAGE.encode(), "plain text line\nanother line"):
        assert isinstance(clean(page), Article)
    assert _DEFAULT_OPTIONS == options
    assert list(getattr(_DEFAULT_PIPELINE, "steps", []) or []) == steps


def test_fuzz_run_ci_size():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    try:
        import fuzz
    finally:
        sys.path.pop(0)
    summary = fuzz.fuzz(300, start=0, jobs=1)
    assert summary["inputs"] == 300
    assert summary["uncaught"] == 0, summary["uncaught_samples"]
    assert summary["over_time_limit"] == 0
    assert summary["ok"] > 200  # most damaged pages still give an article
