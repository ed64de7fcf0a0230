"""``cleanarticle batch --site-profile / --save-profiles / --profiles``, ``explain
--profiles`` and Dask, on the generated news site (courier.py) saved as a crawl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from courier import HTML, SITE, TEXT, URLS, in_order, own_parts, sitegen

import cleanarticle
from cleanarticle.cli import main
from cleanarticle.site import SiteProfile


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    """The site saved as a crawler saves it: HTML files (canonical links inside) and, in a
    folder of their own, the text dumps (no URL at all: their folder is their site)."""
    root = tmp_path_factory.mktemp("crawl")
    for art, page, text in zip(SITE, HTML, TEXT, strict=True):
        (root / "html").mkdir(exist_ok=True)
        (root / "text").mkdir(exist_ok=True)
        (root / "html" / f"{art.pid}.html").write_text(page, encoding="utf-8")
        (root / "text" / f"{art.pid}.txt").write_text(text, encoding="utf-8")
    return root


def _records(path: Path) -> dict[str, dict]:
    return {r["source"]: r for r in map(json.loads, path.read_text().splitlines())}


def test_batch_site_profile_gives_the_same_records_with_any_jobs(crawl, tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(crawl), "-o", str(one), "-j", "1", "--site-profile"]) == 0
    err = capsys.readouterr().err
    assert "site profiles for 2 of 2 sites (80 distinct pages)" in err
    assert main(["batch", str(crawl), "-o", str(two), "-j", "2", "--site-profile", "-q"]) == 0
    assert _records(one) == _records(two)
    records = _records(one)
    assert len(records) == 80
    for art in SITE:
        for kind, suffix in (("html", "html"), ("text", "txt")):
            text = records[str(crawl / kind / f"{art.pid}.{suffix}")]["text"]
            assert sitegen.STANDARDS not in text and sitegen.SHELF_HEAD not in text
            assert in_order(own_parts(art), text)


def test_saved_profiles_clean_a_piece_of_the_crawl_like_the_whole_run(crawl, tmp_path):
    whole, piece = tmp_path / "whole.jsonl", tmp_path / "piece.jsonl"
    profiles = tmp_path / "profiles"
    assert main(["batch", str(crawl), "-o", str(whole), "-q",
                 "--save-profiles", str(profiles)]) == 0
    names = sorted(p.name for p in profiles.iterdir())
    assert len(names) == 2 and f"{sitegen.HOST}.json" in names
    assert main(["batch", str(crawl / "text"), "-o", str(piece), "-q",
                 "--profiles", str(profiles)]) == 0
    full = _records(whole)
    assert all(full[source] == record for source, record in _records(piece).items())


def test_batch_without_profiles_is_unchanged_and_bad_profiles_are_refused(crawl, tmp_path,
                                                                         capsys):
    plain = tmp_path / "plain.jsonl"
    assert main(["batch", str(crawl / "html"), "-o", str(plain), "-q"]) == 0
    for source, record in _records(plain).items():
        i = int(Path(source).stem) - 1
        assert record["text"] == cleanarticle.clean(HTML[i].encode(), kind="html").text
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.json").write_text("{}")
    assert main(["batch", str(crawl), "-o", str(tmp_path / "o.jsonl"), "-q",
                 "--profiles", str(tmp_path / "bad")]) == 1
    assert "x.json" in capsys.readouterr().err
    assert main(["batch", "-", "--site-profile"]) == 2
    assert main(["batch", str(crawl), "--site-profile", "--profiles", str(tmp_path)]) == 2


def test_explain_command_reads_saved_profiles(crawl, tmp_path, capsys):
    profiles = tmp_path / "profiles"
    assert main(["batch", str(crawl / "text"), "-o", str(tmp_path / "o.jsonl"), "-q",
                 "--save-profiles", str(profiles)]) == 0
    capsys.readouterr()
    page = crawl / "text" / "0005.txt"
    assert main(["explain", str(page), "--format", "json", "--profiles", str(profiles)]) == 0
    out = json.loads(capsys.readouterr().out)
    site = [b for b in out["blocks"] if b["filter"] == "site"]
    assert any(b["text"] == sitegen.STANDARDS and "on 40 of 40 pages of dir:" in b["reason"]
               for b in site)


def test_dask_learns_the_same_profiles_and_cleans_with_them():
    pytest.importorskip("dask.bag")
    import dask.bag as db

    from cleanarticle.dask import clean_bag, profile_bag

    items = [{"id": art.pid, "html": page, "url": url}
             for art, page, url in zip(SITE, HTML, URLS, strict=True)]
    profiles = profile_bag(db.from_sequence(items, npartitions=4)).compute(scheduler="sync")
    html_profile = SiteProfile.learn(zip(HTML, URLS, strict=True), host=sitegen.HOST)
    assert profiles[sitegen.HOST] == html_profile
    records = clean_bag(db.from_sequence(items[:6], npartitions=2),
                        site=profiles).compute(scheduler="sync")
    assert [r["text"] for r in records] == [
        cleanarticle.clean(p, u, site=html_profile).text for p, u in zip(HTML[:6], URLS[:6],
                                                                          strict=True)]


def test_unreadable_pages_in_the_first_pass_cost_only_themselves(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for art, page in zip(SITE[:6], HTML, strict=False):
        (folder / f"{art.pid}.html").write_text(page, encoding="utf-8")
    (folder / "empty.html").write_bytes(b"")
    (folder / "blob.html").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-q", "--site-profile"]) == 0
    records = _records(out)
    assert len(records) == 8
    assert records[str(folder / "empty.html")]["error"] == "empty input"
    assert records[str(folder / "blob.html")]["error"] == "binary input"
    assert all(sitegen.STANDARDS not in r["text"] for r in records.values() if r["text"])


def test_site_profile_on_a_local_cluster_equals_the_local_run(crawl, tmp_path):
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    html = crawl / "html"
    assert main(["batch", str(html), "-o", str(local), "-q", "-j", "2", "--site-profile"]) == 0
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        assert main(["batch", str(html), "-o", str(remote), "-q", "--site-profile",
                     "--dask-scheduler", cluster.scheduler_address]) == 0
    assert _records(remote) == _records(local)
    assert all(sitegen.STANDARDS not in r["text"] for r in _records(local).values())
