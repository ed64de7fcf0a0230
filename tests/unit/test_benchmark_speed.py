"""benchmarks/speed.py on a tiny set made here: it runs, prints its tables and ratios (no timing
assertions), and its stage table accounts for the whole profiled time."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import speed, systems  # noqa: E402

HAVE_TRAFILATURA = systems.unavailable("trafilatura") is None
PARAGRAPH = ("The harbour town kept its old stone quay, and every morning the boats came in "
             "with the night's catch while gulls circled over the market stalls. ")


def _make_set(root: Path) -> Path:
    """Four pages: two small ones, one of about 40 KiB, one of about 120 KiB."""
    folder = root / "speed-set"
    (folder / "html").mkdir(parents=True)
    truth = {}
    for pid, repeat in (("p1", 2), ("p2", 5), ("p3", 250), ("p4", 750)):
        body = "".join(f"<p>{PARAGRAPH * 2}</p>" for _ in range(repeat // 2 or 1))
        html = (f"<html><head><title>Harbour {pid}</title>"
                "<meta property='article:published_time' content='2024-05-01'></head><body>"
                "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                f"<article><h1>Harbour {pid}</h1><!-- a comment -->{body}</article>"
                "<footer>All rights reserved.</footer></body></html>")
        (folder / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        truth[pid] = {"url": f"https://example.org/{pid}", "articleBody": PARAGRAPH,
                      "title": f"Harbour {pid}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "benchmarks" / "speed.py"), *args],
                          capture_output=True, text=True, timeout=300)


def test_speed_prints_pages_per_second_buckets_and_ratios(tmp_path):
    folder = _make_set(tmp_path)
    names = "cleanarticle,trafilatura,lxml-parse" if HAVE_TRAFILATURA else "cleanarticle,lxml-parse"
    report = tmp_path / "speed.json"
    proc = _run(str(folder), "--systems", names, "--json", str(report))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "| system | pages/CPU-s | ms/page: all | <25 KiB | 25-100 KiB | 100-300 KiB | >=300 KiB |" in out
    assert "| (pages) | | 4 | 2 | 1 | 1 | 0 | 3 | |" in out
    assert "| cleanarticle/lxml-parse | " in out
    for name in names.split(","):
        assert f"| {name} | " in out
    res = json.loads(report.read_text())["speed"]
    assert res["pages"] == 4 and res["buckets"]["<100 KiB"] == 3
    assert set(res["systems"]) == set(names.split(","))
    clean = res["systems"]["cleanarticle"]["groups"]
    assert clean["all"]["pages_per_cpu_second"] > 0 and clean[">=300 KiB"]["ms_per_page"] is None
    lxml_all = res["systems"]["lxml-parse"]["groups"]["all"]["pages_per_cpu_second"]
    assert res["ratios"]["cleanarticle/lxml-parse"]["all"] == pytest.approx(
        clean["all"]["pages_per_cpu_second"] / lxml_all)
    if HAVE_TRAFILATURA:
        assert "| cleanarticle/trafilatura | " in out
        assert "cleanarticle/trafilatura" in res["ratios"]


def test_speed_without_trafilatura_and_with_a_limit(tmp_path):
    folder = _make_set(tmp_path)
    proc = _run(str(folder), "--systems", "cleanarticle,lxml-parse", "--limit", "2")
    assert proc.returncode == 0, proc.stderr
    assert "2 pages" in proc.stdout and "trafilatura" not in proc.stdout


def test_profile_splits_the_time_into_stages_and_filters(tmp_path):
    folder = _make_set(tmp_path)
    report = tmp_path / "profile.json"
    proc = _run(str(folder), "--profile", "--json", str(report))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for stage in speed.FRONT_STAGES + (speed.OTHER, "total"):
        assert f"| {stage} | " in out, stage
    assert "| filter notices (Notices) | " in out and "| filter dedup (Duplicates) | " in out
    prof = json.loads(report.read_text())["profile"]
    assert prof["pages"] == 4 and prof["calls"] == 4 and prof["errors"] == 0
    stages = [r["stage"] for r in prof["rows"]]
    assert stages[:len(speed.FRONT_STAGES)] == list(speed.FRONT_STAGES)
    assert stages[-1] == speed.OTHER
    assert sum(r["seconds"] for r in prof["rows"]) == pytest.approx(prof["total"], rel=0.02)
    for stage in ("parse", "DOM pruning", "segmentation", "metadata"):
        assert prof["stages"][stage] > 0, stage


def test_stage_table_maps_the_package_modules():
    assert speed.stage_of("cleanarticle/html/parse.py", "parse_html") == "parse"
    assert speed.stage_of("cleanarticle/decode.py", "decode") == "decode"
    assert speed.stage_of("cleanarticle/meta/html.py", "extract_html_metadata") == "metadata"
    assert speed.stage_of("cleanarticle/html/prune.py", "prune") == "DOM pruning"
    assert speed.stage_of("cleanarticle/text/segment.py", "segment_text") == "segmentation"
    assert speed.stage_of("cleanarticle/html/page_type.py", "page_type") == "page type"
    assert speed.stage_of("cleanarticle/html/front.py", "clean_html") == speed.FRONT
    assert speed.stage_of("cleanarticle/rules/vocab.py", "class_words") is None
    assert speed.stage_of("somewhere/else.py", "f") is None
    assert speed.bucket_names(10 * 1024) == ["<25 KiB", "<100 KiB"]
    assert speed.bucket_names(300 * 1024) == [">=300 KiB"]
