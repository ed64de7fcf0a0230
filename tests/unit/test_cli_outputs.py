"""The command line's output options: markdown/html/chunks, links, images, comments, rules."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

from cleanarticle.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures"
RECIPE = str(FIXTURES / "recipe-docs" / "source.html")
BLOG = str(FIXTURES / "blog-comments" / "source.html")
URL = "https://crumbandcrust.example/guides/sourdough-starter/"


def test_markdown_with_links_images_and_front_matter(capsys):
    assert main([RECIPE, "--url", URL, "-f", "md", "--links", "--images", "--with-metadata"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('---\ntitle: "Sourdough starter from scratch"\n')
    assert "![A jar of bubbly starter](https://crumbandcrust.example/media/2024/03/starter-jar.jpg)" in out
    assert "[first-loaf guide](https://crumbandcrust.example/guides/first-loaf/)" in out


def test_markdown_by_default_has_no_links_images_or_front_matter(capsys):
    assert main([RECIPE, "-f", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "](" not in out and not out.startswith("---")


def test_html_format(capsys):
    assert main([RECIPE, "-f", "html"]) == 0
    root = lxml.html.fragment_fromstring(capsys.readouterr().out, create_parent="div")
    assert root.find("table/thead/tr/th").text == "Day"


def test_chunks_are_json_lines_with_offsets(capsys):
    assert main([RECIPE, "--url", URL, "-f", "chunks", "--chunk-size", "400"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) > 3
    assert [r["chunk"] for r in records] == list(range(len(records)))
    assert all(r["url"] == URL and r["title"] == "Sourdough starter from scratch" for r in records)
    assert all(len(r["text"]) <= 400 for r in records)
    assert records[1]["headings"] == ["What you need"]
    assert records[1]["text"].startswith("What you need\n\n")


def test_comments_in_json(capsys):
    assert main([BLOG, "-f", "json", "--comments"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert [c["author"] for c in record["comments"]] == ["Dev Patel", "Margaret Hale", "Sam O’Neill"]


def test_json_is_an_array_for_one_input_and_for_many(capsys):
    assert main([RECIPE, "-f", "json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert main([RECIPE, BLOG, "-f", "json"]) == 0
    two = json.loads(capsys.readouterr().out)
    assert isinstance(one, list) and len(one) == 1
    assert isinstance(two, list) and len(two) == 2
    assert one[0].keys() == two[0].keys() == two[1].keys()


def test_prune_keep_and_rules_file(tmp_path, capsys):
    assert main([RECIPE]) == 0
    assert "nothing visible" in capsys.readouterr().out
    assert main([RECIPE, "--prune", "table.schedule"]) == 0
    out = capsys.readouterr().out
    assert "nothing visible" not in out and "Checking the rise" in out
    rules = tmp_path / "r.toml"
    rules.write_text('[hosts."crumbandcrust.example"]\nkeep = ["section.related-posts"]\n', "utf-8")
    assert main([RECIPE, "--url", URL, "--rules", str(rules)]) == 0
    assert "A simple rye loaf" in capsys.readouterr().out
    assert main([RECIPE, "--url", "https://elsewhere.example/", "--rules", str(rules)]) == 0
    assert "A simple rye loaf" not in capsys.readouterr().out


def test_bad_rules_are_a_usage_error(tmp_path, capsys):
    rules = tmp_path / "r.toml"
    rules.write_text('prune = ["a[["]\n', "utf-8")
    assert main([RECIPE, "--rules", str(rules)]) == 2
    assert "bad CSS selector" in capsys.readouterr().err
    assert main([RECIPE, "--prune", "::nope("]) == 2


def test_explain_names_the_rules(capsys):
    widget = str(FIXTURES / "site-widget" / "source.html")
    rules = str(Path(__file__).parents[2] / "examples" / "site-rules.toml")
    assert main(["explain", widget, "--format", "json", "--rules", rules]) == 0
    report = json.loads(capsys.readouterr().out)
    reasons = [b["reason"] for b in report["blocks"] if b["filter"] == "rules"]
    assert "user rule: prune 'div.bx-rt7' (harbourgazette.example)" in reasons
    assert report["counts"]["removed"]["rules"] == 2
