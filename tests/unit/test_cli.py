import io
import json
import os
import sys

import pytest

from cleanarticle.cli import main, output_path

BODY = ("<p>The museum reopened its east wing on Saturday after three years of repairs.</p>"
        "<p>Visitors queued from early morning to see the restored ceiling paintings.</p>"
        "<ul><li>Open daily from nine to five</li><li>Entry is free on Sundays</li></ul>")


def page(title: str = "Museum reopens") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{BODY}</article></body></html>")


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    (root / "index.html").write_text(page("Front"))
    (root / "news" / "museum.html").write_text(page())
    return root


def test_single_file_text_to_stdout(site, capsys):
    assert main([str(site / "news" / "museum.html")]) == 0
    out = capsys.readouterr().out
    assert "restored ceiling paintings" in out
    assert "<p>" not in out


def test_stdin_with_url_as_json(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(page().encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--url", "https://example.org/museum", "--format", "json"]) == 0
    [record] = json.loads(capsys.readouterr().out)  # an array for one input as for many
    assert record["url"] == "https://example.org/museum"
    assert record["error"] is None
    assert "east wing" in record["text"]
    assert record["source"] == "-"


def test_markdown_keeps_list_items(site, capsys):
    assert main([str(site / "news" / "museum.html"), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "- Open daily from nine to five" in out


def test_several_inputs_as_json_make_one_array(site, capsys):
    assert main([str(site), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [os.path.basename(r["source"]) for r in records] == ["index.html", "museum.html"]


def test_glob_and_jsonl(site, capsys):
    assert main([str(site / "**" / "*.html"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["error"] is None for line in lines)


def test_output_folder_mirrors_the_tree(site, tmp_path):
    out = tmp_path / "out"
    assert main([str(site), "-o", str(out) + "/", "--format", "markdown"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["index.md", "news/museum.md"]
    assert "east wing" in (out / "news" / "museum.md").read_text()


def test_output_file_receives_everything(site, tmp_path):
    out = tmp_path / "all.jsonl"
    assert main([str(site), "-o", str(out), "--format", "jsonl"]) == 0
    assert len(out.read_text().splitlines()) == 2


def test_failures_are_reported_and_exit_1(tmp_path, capsys):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "ok.html").write_text(page())
    status = main([str(tmp_path / "empty.html"), str(tmp_path / "ok.html"),
                   str(tmp_path / "missing.html")])
    captured = capsys.readouterr()
    assert status == 1
    assert "empty.html: empty input" in captured.err
    assert "missing.html: no such file or directory" in captured.err
    assert "east wing" in captured.out  # the good input is still cleaned


def test_usage_errors_exit_2(site, capsys):
    assert main([]) == 2
    assert main([str(site), "--url", "https://e.org"]) == 2  # --url needs one page
    assert main([str(site / "index.html"), "--format", "yaml"]) == 2
    assert main([str(site / "index.html"), "--reference-date", "yesterday"]) == 2
    assert main([str(site / "index.html"), "--kind", "pdf"]) == 2


def test_help_has_examples(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "--format" in out and "exit status" in out


def test_reference_date_is_accepted(site, capsys):
    assert main([str(site / "index.html"), "--reference-date", "2024-05-01"]) == 0


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_exit_1(site, capsys):
    assert main([str(site / "index.html"), "-o", "/dev/full"]) == 1
    assert "No space left on device" in capsys.readouterr().err


# --- output paths never escape the -o folder ---------------------------------------------


def test_absolute_input_path_lands_inside_the_folder(site, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = site / "news" / "museum.html"
    assert main([str(target.resolve()), "-o", str(out)]) == 0
    assert [p.name for p in out.rglob("*")] == ["museum.txt"]


def test_relative_input_climbing_up_lands_inside_the_folder(site, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["../site/news/museum.html", "-o", "out/"]) == 0
    assert [p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file()] == [
        "out/museum.txt"]
    assert not (tmp_path / "site" / "news" / "museum.txt").exists()


def test_symlink_in_the_output_folder_cannot_lead_outside(site, tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "news").symlink_to(outside, target_is_directory=True)
    status = main([str(site), "-o", str(out)])
    assert status == 1
    assert "escapes" in capsys.readouterr().err
    assert list(outside.iterdir()) == []
    assert (out / "index.txt").exists()


def test_output_never_overwrites_an_input(tmp_path, capsys):
    folder = tmp_path / "notes"
    folder.mkdir()
    original = "A note kept as plain text.\n\nIt has two paragraphs of words in it.\n"
    (folder / "note.txt").write_text(original)
    assert main([str(folder), "-o", str(folder), "--format", "text"]) == 1
    assert (folder / "note.txt").read_text() == original
    assert "overwrite" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["../x.html", "/etc/passwd", "a/../../x.html"])
def test_output_path_refuses_unsafe_names(tmp_path, name):
    with pytest.raises(ValueError):
        output_path(tmp_path, name, "text", set())


def test_output_path_collisions_get_distinct_names(tmp_path):
    used: set = set()
    first = output_path(tmp_path, "a/page.html", "markdown", used)
    second = output_path(tmp_path, "a/page.htm", "markdown", used)
    third = output_path(tmp_path, "a/page.html.gz", "markdown", used)
    assert first == (tmp_path / "a" / "page.md").resolve()
    assert second == (tmp_path / "a" / "page.htm.md").resolve()
    assert third == (tmp_path / "a" / "page.html.md").resolve()


def test_console_entry_point_runs(site):
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "cleanarticle.cli", str(site / "index.html")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "east wing" in proc.stdout


def test_closed_pipe_stops_quietly(tmp_path):
    import subprocess

    for i in range(30):
        (tmp_path / f"p{i:02d}.html").write_text(page(f"Story {i}"))
    proc = subprocess.Popen([sys.executable, "-m", "cleanarticle.cli", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # the reader goes away, like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err


def test_json_array_of_several_inputs_includes_failures(tmp_path, capsys):
    (tmp_path / "a.html").write_text(page("Alpha"))
    (tmp_path / "b.html").write_bytes(b"")
    assert main([str(tmp_path), "--format", "json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [r["error"] for r in records] == [None, "empty input"]


def test_jsonl_and_warc_files_point_to_batch(tmp_path, capsys):
    (tmp_path / "pages.jsonl").write_text('{"html": "<p>x</p>"}\n')
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert main([str(tmp_path / "pages.jsonl"), str(tmp_path / "crawl.warc.gz")]) == 1
    err = capsys.readouterr().err
    assert err.count("use 'cleanarticle batch'") == 2


def test_quiet_hides_failure_reports_but_not_the_status(tmp_path, capsys):
    (tmp_path / "empty.html").write_bytes(b"")
    assert main([str(tmp_path / "empty.html"), "-q"]) == 1
    assert capsys.readouterr().err == ""


def test_several_folders_into_an_output_folder_are_mirrored_under_their_names(tmp_path):
    for name in ("first", "second"):
        (tmp_path / name / "sub").mkdir(parents=True)
        (tmp_path / name / "source.html").write_text(page(f"{name} page"))
        (tmp_path / name / "sub" / "source.html").write_text(page(f"{name} sub page"))
    (tmp_path / "other" / "first").mkdir(parents=True)  # a second folder named "first"
    (tmp_path / "other" / "first" / "source.html").write_text(page("other first"))
    out = tmp_path / "out"
    assert main([str(tmp_path / "first"), str(tmp_path / "second"),
                 str(tmp_path / "other" / "first"), "-o", f"{out}/"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt"))
    assert written == ["first-2/source.txt", "first/source.txt", "first/sub/source.txt",
                       "second/source.txt", "second/sub/source.txt"]
    assert "east wing" in (out / "second" / "sub" / "source.txt").read_text()


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_several_inputs_in_one_stream_each_come_under_their_source_and_title(site, fmt,
                                                                            capsys):
    files = [str(site / "index.html"), str(site / "news" / "museum.html")]
    assert main(["--format", fmt, *files]) == 0
    out = capsys.readouterr().out
    heads = [line for line in out.splitlines() if line.startswith("==> ")]
    assert heads == [f"==> {f} <==" for f in files]
    title = "# Museum reopens" if fmt == "markdown" else "Museum reopens"
    second = out.split(f"==> {files[1]} <==\n", 1)[1]
    assert second.splitlines()[0] == title
    assert out.count("east wing") == 2


def test_one_input_in_text_has_no_heading(site, capsys):
    assert main([str(site / "index.html")]) == 0
    assert "==>" not in capsys.readouterr().out


def test_overlapping_inputs_are_cleaned_once(site, capsys):
    museum = str(site / "news" / "museum.html")
    assert main(["--format", "jsonl", museum, str(site / "news" / "*.html"), str(site)]) == 0
    captured = capsys.readouterr()
    sources = [json.loads(line)["source"] for line in captured.out.splitlines()]
    assert sorted(sources) == sorted([museum, str(site / "index.html")])
    assert "2 inputs named twice" in captured.err


def test_files_that_are_no_pages_are_skipped_with_a_note(tmp_path, capsys):
    (tmp_path / "story.html").write_text(page())
    (tmp_path / "expected.json").write_text('{"title": "Museum reopens"}')
    (tmp_path / "data.csv").write_text("a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n")
    out = tmp_path / "out"
    assert main([str(tmp_path), "-o", f"{out}/"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["story.txt"]
    err = capsys.readouterr().err
    assert "expected.json: skipped, not a page: JSON data" in err
    assert "data.csv: skipped, not a page: CSV data" in err
    assert "3 inputs: 1 cleaned, 2 skipped (not pages), 0 failed" in err
    # Forcing the kind cleans a named file anyway.
    assert main([str(tmp_path / "data.csv"), "--kind", "text"]) == 0


def test_a_50_mb_page_is_cut_with_a_warning_and_flagged(tmp_path, capsys):
    words = ("museum wing ceiling paintings " * 30_000).strip()
    para = f"<p>{words}.</p>\n"
    head = "<html><head><title>Huge</title></head><body><article><h1>Huge</h1>"
    big = head + para * (50_000_000 // len(para)) + "<p>THE LAST WORDS</p></article>"
    path = tmp_path / "big.html"
    path.write_text(big)
    assert main([str(path), "--max-bytes", "60000000", "--format", "json"]) == 0
    captured = capsys.readouterr()
    [record] = json.loads(captured.out)
    assert record["error"] is None and record["truncated"] is True
    assert "THE LAST WORDS" not in record["text"]
    assert record["text"].split()[-1] in {"museum", "wing", "ceiling", "paintings"}
    assert "warning: page above the size cap" in captured.err


def test_version(capsys):
    from cleanarticle import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cleanarticle {__version__}"
    assert main(["batch", "--version"]) == 0
    assert main(["explain", "--version"]) == 0


def test_explain_refuses_binary_many_page_files_and_bad_dates_cleanly(tmp_path, capsys):
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    assert main(["explain", str(binary)]) == 1
    err = capsys.readouterr().err
    assert "binary input" in err and "Traceback" not in err
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"")
    assert main(["explain", str(warc)]) == 1
    assert "holds many pages" in capsys.readouterr().err
    good = tmp_path / "p.html"
    good.write_text(page())
    assert main(["explain", str(good), "--reference-date", "garbage"]) == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_explain_reads_gzip(tmp_path, capsys):
    import gzip

    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(page().encode()))
    assert main(["explain", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["title"] == "Museum reopens"
