"""explain(): every block in page order with its fate, matching what clean() does."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import cleanarticle
from cleanarticle.cli import main as cli_main
from cleanarticle.explain import DOM_KIND, explain
from cleanarticle.pipeline import default_pipeline

FIXTURES = Path(__file__).parents[1] / "fixtures"
WORDPRESS = FIXTURES / "wordpress-news" / "source.html"

PROSE = ("The committee met on Tuesday to discuss the state of the old harbour wall, which has "
         "been crumbling for years and now threatens the fishing boats moored behind it.")

PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Harbour wall to be repaired</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour wall to be repaired</h1>
<p>{PROSE}</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>{PROSE.replace("Tuesday", "Wednesday")}</p>
<p>{PROSE.replace("Tuesday", "Thursday")}</p>
</article></main>
<footer><p>Copyright 2025 Harbour Gazette. All rights reserved.</p></footer>
</body></html>"""


def test_kept_blocks_are_exactly_what_clean_returns() -> None:
    exp = explain(PAGE)
    article = cleanarticle.clean(PAGE)
    assert "\n\n".join(f.text for f in exp.kept) == article.text
    assert exp.article.text == article.text
    assert [f.block for f in exp.kept] == exp.article.blocks


def test_every_removal_is_explained_once_with_filter_and_reason() -> None:
    exp = explain(WORDPRESS.read_bytes())
    assert exp.dropped, "the fixture has widgets to drop"
    for f in exp.blocks:
        if f.kept:
            assert f.filter is None and f.reason is None
        else:
            assert f.filter and f.reason
    # The same removals clean() records, per filter.
    assert exp.counts() == dict(Counter(r.filter for r in exp.article.removals))


def test_items_are_numbered_in_page_order() -> None:
    exp = explain(WORDPRESS.read_bytes())
    assert [f.position for f in exp.blocks] == list(range(len(exp.blocks)))
    texts = [f.text for f in exp.blocks]
    first_kept = next(i for i, f in enumerate(exp.blocks) if f.kept)
    last_kept = max(i for i, f in enumerate(exp.blocks) if f.kept)
    header = next(i for i, f in enumerate(exp.blocks) if f.reason == "<header> element")
    footer = next(i for i, f in enumerate(exp.blocks) if f.reason == "<footer> element")
    assert header < first_kept < last_kept < footer, texts


def test_dom_structures_appear_between_the_blocks_where_they_stand() -> None:
    exp = explain(PAGE)
    kinds = [(f.kind, f.filter) for f in exp.blocks]
    nav = next(i for i, f in enumerate(exp.blocks) if "Sport" in f.text)
    share = next(i for i, f in enumerate(exp.blocks) if "Share on Facebook" in f.text)
    copyright_ = next(i for i, f in enumerate(exp.blocks) if "Copyright" in f.text)
    paragraphs = [i for i, f in enumerate(exp.blocks) if f.kept and "harbour wall" in f.text]
    assert len(paragraphs) == 3, kinds
    assert nav < paragraphs[0] < share < paragraphs[1] < paragraphs[2] < copyright_, kinds
    for i in (nav, share, copyright_):
        assert exp.blocks[i].kind == DOM_KIND and exp.blocks[i].block is None
        assert not exp.blocks[i].kept


def test_a_custom_pipeline_is_traced_too() -> None:
    page = WORDPRESS.read_bytes()
    full = explain(page)
    assert "rails" in full.counts()
    without = explain(page, pipeline=default_pipeline().without("rails"))
    assert "rails" not in without.counts()
    assert without.article.text == cleanarticle.clean(
        page, pipeline=default_pipeline().without("rails")).text


def test_text_pages_are_explained() -> None:
    text = "\n\n".join(["Home | News | Sport", "Harbour wall to be repaired", PROSE,
                        PROSE.replace("Tuesday", "Friday"), "Copyright 2025 Harbour Gazette"])
    exp = explain(text, kind="text")
    assert exp.article.source_kind == "text"
    assert all(f.kind != DOM_KIND for f in exp.blocks)
    assert "\n\n".join(f.text for f in exp.kept) == cleanarticle.clean(text, kind="text").text
    assert any(f.kept for f in exp.blocks)


def test_empty_page_gives_an_empty_explanation() -> None:
    exp = explain("")
    assert exp.blocks == [] or all(not f.kept for f in exp.blocks)
    assert exp.article.text == ""
    json.dumps(exp.to_dict())


def test_to_dict_is_json_with_metadata_sources_and_counts() -> None:
    exp = explain(WORDPRESS.read_bytes())
    data = json.loads(json.dumps(exp.to_dict()))
    assert data["metadata"]["title"] == exp.metadata.title
    assert data["metadata"]["sources"]["title"] == exp.metadata.sources["title"]
    assert data["counts"]["removed"] == exp.counts()
    assert len(data["blocks"]) == len(exp.blocks)
    assert data["article"] == json.loads(json.dumps(exp.article.to_dict()))
    assert 0.0 <= data["article"]["confidence"] <= 1.0
    dropped = [b for b in data["blocks"] if not b["kept"]]
    assert all(b["filter"] and b["reason"] for b in dropped)


def test_cli_writes_a_report_and_json(tmp_path, capsys) -> None:
    out = tmp_path / "report.html"
    assert cli_main(["explain", str(WORDPRESS), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli_main(["explain", str(WORDPRESS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["kept"] == len([b for b in data["blocks"] if b["kept"]])
    assert cli_main(["explain", str(tmp_path / "missing.html")]) == 1
    assert cli_main(["explain", "--format", "yaml", str(WORDPRESS)]) == 2


def test_the_cleanarticle_command_dispatches_explain(tmp_path, capsys) -> None:
    out = tmp_path / "r.json"
    assert cli_main(["explain", str(WORDPRESS), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["metadata"]["title"] and data["blocks"]


def test_explain_is_exported_by_the_package() -> None:
    exp = cleanarticle.explain(PAGE)
    assert isinstance(exp, cleanarticle.Explanation)
    assert exp.article.text == cleanarticle.clean(PAGE).text
