"""scripts/compare_outputs.py on a tiny set made here: snapshot, diff of equal and of changed
snapshots, and a field that only one snapshot has (a schema change, reported once)."""

from __future__ import annotations

import dataclasses
import gzip
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import compare_outputs  # noqa: E402

from cleanarticle import Article, Block, Removal  # noqa: E402

PAGES = {
    "a1": ("Why rivers bend", ["Rivers bend because water flows faster on the outside of a curve.",
                               "Over centuries the outer bank erodes while the inner bank "
                               "collects sand and gravel."]),
    "b2": ("Baking bread at home", ["Good bread needs flour, water, salt and a great deal of "
                                    "patience.", "Let the dough rest overnight in a cool place "
                                    "before shaping it."]),
}


def _make_set(root: Path) -> Path:
    folder = root / "tiny-set"
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir()
    truth = {}
    for pid, (title, paragraphs) in PAGES.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> "
                f"<a href='/about'>About us</a></nav><article><h1>{title}</h1>{body}</article>"
                "<footer>Copyright Example Press. All rights reserved.</footer></body></html>")
        (folder / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        truth[pid] = {"url": f"https://example.org/{pid}", "articleBody": "\n".join(paragraphs)}
    text = "Home About us\n" + "\n".join(PAGES["a1"][1]) + "\nAll rights reserved."
    (folder / "text" / "a1.txt.gz").write_bytes(gzip.compress(text.encode("utf-8")))  # a1 only
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def _script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "scripts" / "compare_outputs.py"), *args],
                          capture_output=True, text=True, timeout=300)


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _write(path: Path, records: list[dict]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)


def test_snapshot_records_every_field_and_equal_snapshots_do_not_differ(tmp_path):
    folder = _make_set(tmp_path)
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    proc = _script("snapshot", str(folder), "--out", str(a))
    assert proc.returncode == 0, proc.stderr
    assert "3 pages (html, text), 0 errors" in proc.stdout
    records = _read(a)
    header, pages = records[0]["_snapshot"], records[1:]
    assert [(r["id"], r["mode"]) for r in pages] == [("a1", "html"), ("a1", "text"), ("b2", "html")]
    names = {f.name for f in dataclasses.fields(Article)}
    assert set(header["fields"]) == names
    first = pages[0]["out"]
    assert set(first) == names
    assert first["blocks"] and set(first["blocks"][0]) == {"kind", "text", "level", "link_chars"}
    assert first["removals"] and set(first["removals"][0]) == {"filter", "reason", "text"}
    assert PAGES["a1"][1][0] in first["text"] and isinstance(first["confidence"], float)

    proc = _script("snapshot", str(folder), "--out", str(b), "--mode", "both", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    proc = _script("diff", str(a), str(b))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "pages that differ: 0 of 3" in proc.stdout and "same output" in proc.stdout

    proc = _script("snapshot", str(folder), "--out", str(b), "--mode", "html")
    assert proc.returncode == 0 and "2 pages (html)" in proc.stdout


def test_diff_reports_changed_fields_pages_and_schema_changes(tmp_path):
    folder = _make_set(tmp_path)
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    assert _script("snapshot", str(folder), "--out", str(a)).returncode == 0
    records = _read(a)
    header, pages = records[0], records[1:]
    changed = json.loads(json.dumps(pages))
    changed[0]["out"]["blocks"][1]["text"] = "A different second paragraph."
    changed[0]["out"]["title"] = "Another title"
    changed[2]["out"]["removals"] = changed[2]["out"]["removals"][1:]
    for rec in changed:  # a field the new version adds: a schema change, not 3 differences
        rec["out"]["reading_time"] = 2
    header = {"_snapshot": {**header["_snapshot"],
                            "fields": header["_snapshot"]["fields"] + ["reading_time"]}}
    _write(b, [header] + changed)

    proc = _script("diff", str(a), str(b), "--show", "5")
    assert proc.returncode == 1
    out = proc.stdout
    assert "schema change (fields not compared): only in B: reading_time" in out
    assert "reading_time" not in out.split("schema change")[1].split("\n", 1)[1]
    assert "pages that differ: 2 of 3" in out
    assert "per field: blocks 1, removals 1, title 1" in out
    assert "- tiny-set/a1 (html)" in out and "- tiny-set/b2 (html)" in out
    assert "blocks: 2 vs 2, first difference at #1" in out
    assert '"A different second paragraph."' in out
    assert 'title: "Why rivers bend" -> "Another title"' in out
    assert "outputs differ" in out

    _write(b, [records[0]] + pages[:2])  # a page missing
    proc = _script("diff", str(a), str(b))
    assert proc.returncode == 1
    assert "2 in both, 1 only in A, 0 only in B" in proc.stdout
    assert "only in A: tiny-set/b2 (html)" in proc.stdout

    proc = _script("diff", str(a), str(b), "--show", "0")
    assert proc.returncode == 1 and "- tiny-set" not in proc.stdout


def test_a_new_article_field_is_picked_up_by_itself():
    @dataclasses.dataclass
    class Extended(Article):
        reading_time: int = 3

    article = Extended(text="x", blocks=[Block("x", kind="heading", level=2)],
                       removals=[Removal("dom", "nav", "Home")], confidence=0.25)
    rec = compare_outputs.article_record(article)
    assert rec["reading_time"] == 3
    assert rec["blocks"] == [{"kind": "heading", "text": "x", "level": 2, "link_chars": 0}]
    assert rec["removals"] == [{"filter": "dom", "reason": "nav", "text": "Home"}]
    assert rec["confidence"] == 0.25


def test_describe_shows_the_first_difference_of_a_long_text():
    a = "word " * 40 + "end"
    b = "word " * 40 + "END"
    line = compare_outputs.describe("text", a, b)
    assert line.startswith("text: 203 vs 203 chars, first difference at char 200")
    assert compare_outputs.same(0.1 + 0.2, 0.3) and not compare_outputs.same([1], [1, 2])


def test_snapshot_with_site_profiles_learned_from_the_set(tmp_path):
    sys.path.insert(0, str(REPO))
    from benchmarks import sitegen

    folder = tmp_path / "courier"
    sitegen.write_set(folder, pages=12)
    plain, profiled = tmp_path / "plain.jsonl.gz", tmp_path / "profiled.jsonl.gz"
    assert _script("snapshot", str(folder), "--out", str(plain), "--mode", "html").returncode == 0
    proc = _script("snapshot", str(folder), "--out", str(profiled), "--mode", "html",
                   "--site-profiles")
    assert proc.returncode == 0, proc.stderr
    assert "courier (html): site profiles: 1 of 1 sites (12 pages) from 12 pages" in proc.stdout
    assert _read(profiled)[0]["_snapshot"]["site_profiles"] is True
    removals = [r for rec in _read(profiled)[1:] for r in rec["out"]["removals"]]
    assert any(r["filter"] == "site" and r["text"] == sitegen.STANDARDS for r in removals)
    assert _script("diff", str(plain), str(profiled)).returncode == 1
