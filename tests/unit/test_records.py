"""One record schema, derived from Article: every public field reaches every record."""

import dataclasses
import json

import pytest

import cleanarticle
from cleanarticle.batch.sources import Page
from cleanarticle.batch.work import CleanOptions, process_page
from cleanarticle.cli import main
from cleanarticle.model import OMIT, RECORD, RECORD_FIELDS, Article
from cleanarticle.records import RECORD_KEYS, page_record

PAGE = ("<html><head><title>Bridge reopens</title>"
        '<link rel="canonical" href="https://news.example.org/canonical/bridge"></head><body>'
        "<article><h1>Bridge reopens</h1>"
        "<p>The old river bridge reopened to traffic on Monday after two years of repairs.</p>"
        "<p>Engineers replaced every cable and half of the deck, the city said.</p>"
        "</article></body></html>")


def public_fields() -> list[str]:
    """Every field of Article but those marked as no record field (blocks, removals)."""
    return [f.name for f in dataclasses.fields(Article) if f.metadata.get(RECORD) != OMIT]


def test_record_fields_are_every_public_article_field():
    assert sorted(RECORD_FIELDS) == sorted(public_fields())
    assert RECORD_FIELDS[-1] == "text"  # long texts last
    assert {"blocks", "removals"}.isdisjoint(RECORD_FIELDS)


def test_every_article_field_reaches_to_dict_batch_cli_dask_and_explain(tmp_path, capsys):
    article = cleanarticle.clean(PAGE, "https://given.example.org/a")
    assert set(public_fields()) <= set(article.to_dict())
    record = process_page(Page("p", PAGE, url="https://given.example.org/a"), CleanOptions())
    assert tuple(record) == RECORD_KEYS
    path = tmp_path / "p.html"
    path.write_text(PAGE)
    assert main([str(path), "--format", "json"]) == 0
    [record] = json.loads(capsys.readouterr().out)  # a JSON array, one record per input
    assert tuple(record) == RECORD_KEYS
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(path), "-o", str(out), "-q", "-j", "1"]) == 0
    assert tuple(json.loads(out.read_text())) == RECORD_KEYS
    from cleanarticle.dask import clean_partition

    (dask_record,) = clean_partition([{"id": 7, "html": PAGE}])
    assert tuple(dask_record) == RECORD_KEYS and dask_record["id"] == "7"
    exp = cleanarticle.explain(PAGE)
    assert tuple(exp.to_dict()["article"]) == RECORD_FIELDS


def test_an_error_record_has_the_same_keys_all_empty_but_url():
    record = page_record(None, source="s", ident="k", url="https://e.org/x", error="empty input")
    assert tuple(record) == RECORD_KEYS
    assert record["url"] == "https://e.org/x" and record["id"] == "k"
    assert all(record[name] is None for name in RECORD_FIELDS if name != "url")


def test_url_is_the_callers_not_the_canonical_one():
    article = cleanarticle.clean(PAGE, "https://given.example.org/a")
    assert article.url == "https://given.example.org/a"
    assert cleanarticle.clean(PAGE).url == "https://news.example.org/canonical/bridge"


@pytest.mark.parametrize("value, expected", [
    (0.123456, 0.123), ((1, "a"), [1, "a"]), ({"k": (2,)}, {"k": [2]}), (None, None)])
def test_record_values_are_json_ready(value, expected):
    from cleanarticle.model import jsonable

    assert jsonable(value) == expected


def test_package_ships_types_license_options_and_one_version():
    from importlib import resources
    from pathlib import Path

    assert resources.files("cleanarticle").joinpath("py.typed").is_file()
    root = Path(__file__).resolve().parents[2]
    assert "Apache License" in (root / "LICENSE").read_text()
    pyproject = (root / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject and "cleanarticle.__version__" in pyproject
    assert cleanarticle.Options().max_chars > 0 and "Options" in cleanarticle.__all__
