"""The HTML report: every removed piece shown with its filter and reason, self-contained."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from cleanarticle.explain import explain
from cleanarticle.report import MAX_SHOWN_CHARS, render_report

WORDPRESS = Path(__file__).parents[1] / "fixtures" / "wordpress-news" / "source.html"


def _report(page, **kwargs) -> tuple[object, lxml.html.HtmlElement, str]:
    exp = explain(page, **kwargs)
    html = render_report(exp, source="page.html")
    return exp, lxml.html.document_fromstring(html), html


def _text(el) -> str:
    return " ".join(el.text_content().split())


def test_every_removed_widget_is_shown_with_its_filter_and_reason() -> None:
    exp, tree, _ = _report(WORDPRESS.read_bytes())
    shown = tree.xpath("//div[contains(@class, 'drop')]")
    assert len(shown) == len(exp.dropped) > 0
    for div, fate in zip(shown, exp.dropped, strict=True):
        assert _text(div.xpath(".//span[@class='chip']")[0]) == fate.filter
        assert _text(div.xpath(".//span[@class='reason']")[0]) == " ".join(fate.reason.split())
        assert " ".join(fate.text.split())[:MAX_SHOWN_CHARS - 20] in _text(div)
    # The fixture's widgets: tag list, "don't miss" rail, share and ad boxes, header, footer.
    reasons = {_text(d.xpath(".//span[@class='reason']")[0]) for d in shown}
    assert "inside a tags widget" in reasons
    assert any(r.startswith("rail header") for r in reasons)
    assert any(r.startswith("share widget") for r in reasons)
    assert any(r.startswith("ads widget") for r in reasons)
    assert {"<header> element", "<footer> element"} <= reasons


def test_kept_blocks_are_plain_and_in_order() -> None:
    exp, tree, _ = _report(WORDPRESS.read_bytes())
    kept = tree.xpath("//div[contains(@class, 'keep')]")
    assert [_text(d.xpath("./div[@class='t']")[0]) for d in kept] == [
        " ".join(f.text.split()) for f in exp.kept]
    assert not any(d.xpath(".//span[@class='chip']") for d in kept)


def test_metadata_with_sources_and_counts_per_filter() -> None:
    exp, tree, _ = _report(WORDPRESS.read_bytes())
    meta = {_text(tr.xpath("./th")[0]): _text(tr.xpath("./td")[0])
            for tr in tree.xpath("//table[@class='meta']//tr")}
    assert meta["Title"] == f"{exp.metadata.title} {exp.metadata.sources['title']}"
    assert meta["Published"] == f"{exp.metadata.date} {exp.metadata.sources['date']}"
    names = [_text(n) for n in tree.xpath("//div[@class='bars']/div[@class='name']")]
    numbers = [int(_text(n)) for n in tree.xpath("//div[@class='bars']/div[@class='n']")]
    assert dict(zip(names, numbers, strict=True)) == exp.counts()


def test_report_is_self_contained() -> None:
    _, tree, html = _report(WORDPRESS.read_bytes())
    assert not tree.xpath("//script|//link|//img|//iframe")
    assert not tree.xpath("//*[@src]")
    assert "@import" not in html and "url(" not in html


def test_page_text_is_escaped() -> None:
    prose = ("A paragraph that quotes markup such as <script>alert(1)</script> and "
             "<b>bold</b> tags, long enough to be kept as the article's prose on its own. ")
    page = f"<html><body><article><p>{prose * 3}</p><p>{prose * 2}</p></article></body></html>"
    page = page.replace("<script>", "&lt;script&gt;").replace("</script>", "&lt;/script&gt;")
    _, tree, html = _report(page)
    assert not tree.xpath("//script")
    assert "&lt;script&gt;alert(1)" in html


def test_long_removed_text_is_cut_in_the_report() -> None:
    menu = " ".join(f'<a href="/c{i}">Category number {i}</a>' for i in range(200))
    prose = "The article's own paragraph is long enough to count as prose in any case. " * 4
    paragraphs = "".join(f"<p>{prose}</p>" for _ in range(12))
    page = f"<html><body><nav>{menu}</nav><article>{paragraphs}</article></body></html>"
    exp, tree, _ = _report(page)
    nav = next(f for f in exp.dropped if "Category number 1 " in f.text)
    assert len(nav.text) > MAX_SHOWN_CHARS
    assert tree.xpath("//span[@class='cut']")


MAGAZINE = Path(__file__).parents[1] / "fixtures" / "magazine-metadata" / "source.html"


def test_metadata_evidence_shown_per_field() -> None:
    exp, tree, _ = _report(MAGAZINE.read_bytes())
    meta = {_text(tr.xpath("./th")[0]): _text(tr.xpath("./td")[0])
            for tr in tree.xpath("//table[@class='meta']//tr")}
    assert meta["Tags"] == "Libraries, Gardening meta:article:tag"
    assert meta["Image"].startswith("https://harborweekly.example/media/")
    rows = tree.xpath("//table[@class='evidence']//tr")
    assert len(rows) == sum(len(c) for c in exp.metadata.evidence.values())
    won = [_text(r) for r in tree.xpath("//table[@class='evidence']//tr[@class='won']")]
    assert any("Laura E. Adkins; Tomás Reyes" in w and "byline" in w for w in won)
    # the JSON-LD author (one writer and the publisher) came first and gave way to the byline
    first = exp.to_dict()["metadata"]["evidence"]["author"][0]
    assert (first["source"], first["value"]) == ("json-ld", "Laura E. Adkins")
