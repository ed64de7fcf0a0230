import io
import json
import os

import pytest

from cleanarticle.batch import BatchConfig, SourceOptions
from cleanarticle.batch.sink import JsonlSink, scan_done
from cleanarticle.cli import main
from cleanarticle.records import RECORD_KEYS

PARAGRAPHS = [
    "The harbour board met on Tuesday evening to discuss the plan for the new ferry pier.",
    "Members argued for two hours about the cost of dredging the channel before the vote.",
    "In the end the proposal passed by seven votes to four, and work will begin in spring.",
]


def article_html(title: str, extra: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p} {extra}</p>" for p in PARAGRAPHS)
    return (f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.html").write_text(article_html("Ferry pier approved"))
    (folder / "sub" / "two.html").write_text(article_html("Channel dredging costs"))
    (folder / "empty.html").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    latin = article_html("Caf\u00e9 cr\u00e8me on the quay", extra="Caf\u00e9 cr\u00e8me.",
                         charset="iso-8859-1")
    (folder / "sub" / "latin.html").write_bytes(latin.encode("latin-1"))
    return folder


def test_folder_with_empty_binary_and_latin1_pages(mixed_folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    status = main(["batch", str(mixed_folder), "-o", str(out), "--jobs", "2"])
    assert status == 0
    records = {r["source"]: r for r in read_lines(out)}
    files = sorted(str(p) for p in mixed_folder.rglob("*") if p.is_file())
    assert sorted(records) == files  # one line per input, nothing dropped or doubled
    for record in records.values():
        assert tuple(record) == RECORD_KEYS
    assert records[str(mixed_folder / "empty.html")]["error"] == "empty input"
    assert records[str(mixed_folder / "image.html")]["error"] == "binary input"
    latin = records[str(mixed_folder / "sub" / "latin.html")]
    assert latin["error"] is None
    assert "Caf\u00e9 cr\u00e8me" in latin["text"]
    one = records[str(mixed_folder / "one.html")]
    assert one["error"] is None and PARAGRAPHS[1] in one["text"]
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert "5 pages: 3 ok, 1 empty, 1 failed" in summary


def test_resume_skips_done_sources_and_cuts_a_partial_last_line(mixed_folder, tmp_path):
    out = tmp_path / "out.jsonl"
    done = str(mixed_folder / "one.html")
    out.write_text(json.dumps({"source": done, "text": "kept", "error": None}) + "\n"
                   + '{"source": "' + str(mixed_folder / "empty.html") + '", "te')
    status = main(["batch", str(mixed_folder), "-o", str(out), "--resume", "-q", "-j", "1"])
    assert status == 0
    records = read_lines(out)
    sources = [r["source"] for r in records]
    assert len(sources) == len(set(sources)) == 5
    assert records[0] == {"source": done, "text": "kept", "error": None}  # not redone


def test_without_resume_the_output_is_replaced(mixed_folder, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "old"}\n')
    assert main(["batch", str(mixed_folder), "-o", str(out), "-q", "-j", "1"]) == 0
    assert "old" not in {r["source"] for r in read_lines(out)}


def test_scan_done_ignores_garbage_lines(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"source": "a"}\nnot json\n[1]\n{"source": "b"}\n{"source": "c"')
    done, end = scan_done(path)
    assert done == {"a", "b"}
    assert end == path.read_bytes().rindex(b"\n") + 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_gives_a_clear_message_and_exit_1(mixed_folder, capsys):
    status = main(["batch", str(mixed_folder), "-o", "/dev/full", "-j", "1"])
    assert status == 1
    assert "No space left on device" in capsys.readouterr().err


def test_unwritable_output_gives_a_clear_message_and_exit_1(mixed_folder, tmp_path, capsys):
    status = main(["batch", str(mixed_folder), "-o", str(tmp_path / "no" / "dir" / "o.jsonl")])
    assert status == 1
    assert "cannot write" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["batch", str(tmp_path), "--resume"]) == 2  # --resume needs -o
    assert main(["batch", str(tmp_path), "--jobs", "0", "-o", "x"]) == 2
    assert main(["batch", str(tmp_path), "--timeout", "-1", "-o", "x"]) == 2
    assert main(["batch"]) == 2
    assert main(["batch", "--help"]) == 0
    assert "examples:" in capsys.readouterr().out


def test_warc_end_to_end(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    ids = []
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (body, ctype) in enumerate([
            (article_html("First story").encode(), "text/html; charset=utf-8"),
            # no meta charset in the page: only the HTTP header says latin-1
            (article_html("Second story", extra="Na\u00efve caf\u00e9.").replace(
                '<meta charset="utf-8">', "").encode("latin-1"), "text/html; charset=latin-1"),
            (b"", "text/html"),
        ]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.org/{i}", "response",
                                               payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-q", "-j", "2"]) == 0
    records = {r["id"]: r for r in read_lines(out)}
    assert sorted(records) == sorted(ids)
    first, second, empty = (records[rid] for rid in ids)
    assert first["url"] == "https://example.org/0" and first["error"] is None
    assert PARAGRAPHS[0] in first["text"]
    assert "Na\u00efve caf\u00e9." in second["text"]
    assert empty["error"] == "empty input"


def test_jsonl_input_with_custom_fields(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"doc": "a", "body": article_html("Alpha"), "link": "https://e.org/a"},
            {"doc": "b", "plain": "\n\n".join(PARAGRAPHS)},
            {"doc": "c"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    status = main(["batch", str(src), "-o", str(out), "-q", "-j", "1", "--html-field", "body",
                   "--text-field", "plain", "--url-field", "link", "--id-field", "doc"])
    assert status == 0
    records = {r["id"]: r for r in read_lines(out)}
    a, b, c = (records[k] for k in "abc")
    assert [records[k]["source"] for k in "abc"] == [f"{src}:{n}" for n in (1, 2, 3)]
    assert a["url"] == "https://e.org/a" and PARAGRAPHS[2] in a["text"]
    assert b["error"] is None and PARAGRAPHS[1] in b["text"]
    assert c["error"] is not None


def test_sink_writes_whole_lines_even_with_surrogates(tmp_path):
    path = tmp_path / "o.jsonl"
    with JsonlSink(str(path)) as sink:
        sink.write({"source": "s", "text": "bad \udcff surrogate"})
    assert json.loads(path.read_text())["text"] == "bad \udcff surrogate"


def test_config_defaults_are_streaming_safe():
    config = BatchConfig(inputs=("x",))
    assert config.jobs >= 1 and config.timeout == 30
    assert SourceOptions().max_bytes > 0


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    from cleanarticle.batch.progress import Progress, Tally

    for stream, quiet, shown in [(_Terminal(), False, True), (io.StringIO(), False, False),
                                 (_Terminal(), True, False)]:
        tally = Tally()
        progress = Progress(tally, quiet=quiet, stream=stream)
        for record in ({"text": "a", "error": None}, {"text": None, "error": "binary input"}):
            tally.count(record)
            progress.update()
        progress.close()
        assert ("2page" in stream.getvalue().replace(" ", "")) is shown
        assert (tally.ok, tally.failed) == (1, 1)


def test_recycled_workers_still_give_one_line_per_page(mixed_folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(mixed_folder), "-o", str(out), "-q", "-j", "2",
                 "--max-pages-per-worker", "1"]) == 0
    records = read_lines(out)
    assert len(records) == len({r["source"] for r in records}) == 5
    assert sum(r["error"] is None for r in records) == 3


def test_pool_pulls_pages_lazily_with_at_most_jobs_in_flight():
    from itertools import count, islice

    from cleanarticle.batch import Page, WorkerPool

    pulled = 0

    def endless():
        nonlocal pulled
        for i in count():
            pulled += 1
            yield Page(f"p{i}", article_html(f"Story {i}"))

    records = list(islice(WorkerPool(2, 30).imap_unordered(endless()), 6))
    assert len(records) == 6
    assert pulled <= 6 + 2  # the done pages plus one per worker: nothing piles up


def test_batch_reads_jsonl_from_stdin(tmp_path):
    import subprocess
    import sys

    rows = "".join(json.dumps({"id": i, "html": article_html(f"Story {i}")}) + "\n"
                   for i in range(3))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "cleanarticle.cli", "batch", "-", "-o",
                           str(out), "-j", "1", "-q"], input=rows, text=True,
                          capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    records = read_lines(out)
    assert sorted(r["source"] for r in records) == ["-:1", "-:2", "-:3"]
    assert sorted(r["id"] for r in records) == ["0", "1", "2"]


CANONICAL = ('<link rel="canonical" href="https://www.example.org/canonical/story">'
             '<meta property="og:url" content="https://www.example.org/og/story">')


def canonical_html(title: str) -> str:
    return article_html(title).replace("</title>", "</title>" + CANONICAL)


def _warc(path, responses):
    """A WARC of (url, status line, content type, body, WARC-Date) responses; their ids."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body, when in responses:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": when} if when else None
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers,
                                               warc_headers_dict=warc_headers)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


def test_warc_http_errors_are_no_pages_and_warc_date_is_the_reference_date(tmp_path, capsys):
    relative = article_html("Ferry timetable").replace(
        "<h1>Ferry timetable</h1>", "<h1>Ferry timetable</h1><p class='date'>3 days ago</p>")
    warc = tmp_path / "crawl.warc.gz"
    ids = _warc(warc, [
        ("https://e.org/gone", "404 Not Found", "text/html", article_html("Page not found").encode(),
         None),
        ("https://e.org/moved", "301 Moved Permanently", "text/html", b"<p>moved</p>", None),
        ("https://e.org/style.css", "200 OK", "text/css", b"p { color: red }", None),
        ("https://e.org/ferry", "200 OK", "text/html; charset=utf-8", relative.encode(),
         "2024-05-10T08:00:00Z"),
    ])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "-j", "1"]) == 0
    records = {r["id"]: r for r in read_lines(out)}
    gone, moved, css, ferry = (records[i] for i in ids)
    assert gone["error"] == "not a page: HTTP status 404" and gone["text"] is None
    assert moved["error"] == "not a page: HTTP status 301"
    assert css["error"] == "not a page: text/css"
    assert ferry["error"] is None and ferry["date"] == "2024-05-07"
    assert ferry["url"] == "https://e.org/ferry"
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert "4 pages: 1 ok, 0 empty, 0 failed, 3 not pages" in summary
    # An explicit --reference-date wins over the WARC-Date.
    assert main(["batch", str(warc), "-o", str(out), "-q", "-j", "1",
                 "--reference-date", "2024-06-10"]) == 0
    assert {r["id"]: r for r in read_lines(out)}[ids[3]]["date"] == "2024-06-07"


def test_the_input_url_is_kept_not_the_pages_canonical_one(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    (rid,) = _warc(warc, [("https://crawl.example.net/a?utm=1", "200 OK", "text/html",
                           canonical_html("From the WARC").encode(), None)])
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"key": "j1", "body": canonical_html("From JSONL"),
                               "link": "https://mirror.example.net/j1"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), str(src), "-o", str(out), "-q", "-j", "1",
                 "--html-field", "body", "--url-field", "link", "--id-field", "key"]) == 0
    records = {r["id"]: r for r in read_lines(out)}
    assert records[rid]["url"] == "https://crawl.example.net/a?utm=1"
    assert records["j1"]["url"] == "https://mirror.example.net/j1"


def test_overlapping_inputs_are_read_once(tmp_path, capsys):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for i in range(5):
        (crawl / f"000{i}.html").write_text(article_html(f"Story {i}"))
    out = tmp_path / "out.jsonl"
    status = main(["batch", str(crawl / "0004.html"), str(crawl / "000*"), str(crawl),
                   "-o", str(out), "-j", "2"])
    assert status == 0
    sources = [r["source"] for r in read_lines(out)]
    assert sorted(sources) == sorted(str(crawl / f"000{i}.html") for i in range(5))
    assert "6 inputs named twice, read once" in capsys.readouterr().err


def test_files_that_are_no_pages_are_skipped_and_counted(tmp_path, capsys):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "story.html").write_text(article_html("Kept story"))
    (folder / "notes.txt").write_text("\n\n".join(PARAGRAPHS))
    (folder / "expected.json").write_text(json.dumps({"title": "x", "body": "y"}))
    (folder / "export.csv").write_text("id,title,views\n1,Ferry,30\n2,Pier,12\n")
    (folder / "tool.py").write_text("import sys\n\n\ndef main():\n    print(sys.argv)\n")
    (folder / "download").write_text('{"items": [1, 2, 3], "next": null}')  # JSON, no suffix
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-j", "1"]) == 0
    records = {r["source"].rsplit("/", 1)[1]: r for r in read_lines(out)}
    assert records["story.html"]["error"] is None and records["notes.txt"]["error"] is None
    assert records["expected.json"]["error"] == "not a page: JSON data"
    assert records["export.csv"]["error"] == "not a page: CSV data"
    assert records["tool.py"]["error"] == "not a page: program source"
    assert records["download"]["error"] == "not a page: JSON data"
    assert "6 pages: 2 ok, 0 empty, 0 failed, 4 not pages" in capsys.readouterr().err


def test_a_page_above_the_size_cap_is_flagged_in_the_record_and_summary(tmp_path, capsys):
    from cleanarticle.html.parse import MAX_CHARS

    words = ("harbour ferry channel dredging " * 30_000).strip()
    para = f"<p>{words}.</p>\n"
    head = "<html><head><title>Long</title></head><body><article><h1>Long</h1>"
    big = head + para * (MAX_CHARS // len(para) + 1) + "<p>THE LAST WORDS</p></article>"
    path = tmp_path / "big.html"
    path.write_text(big)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "-o", str(out), "-j", "1", "--timeout", "300",
                 "--max-bytes", str(len(big) + 10)]) == 0
    (record,) = read_lines(out)
    assert record["error"] is None and record["truncated"] is True
    assert "THE LAST WORDS" not in record["text"]
    assert record["text"].split()[-1] in {"harbour", "ferry", "channel", "dredging"}  # no half word
    assert "1 truncated" in capsys.readouterr().err


def test_min_confidence_keeps_the_metadata_of_non_articles_but_not_their_text(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.html").write_text(article_html("Ferry pier approved"))
    links = "".join(f'<li><a href="/s/{i}">Headline number {i} of the day</a></li>'
                    for i in range(40))
    (folder / "home.html").write_text(
        f"<html><head><title>Harbour News</title></head><body><ul>{links}</ul></body></html>")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-q", "-j", "1",
                 "--min-confidence", "0.5"]) == 0
    records = {r["source"].rsplit("/", 1)[1]: r for r in read_lines(out)}
    home, story = records["home.html"], records["story.html"]
    assert home["is_article"] is False and home["confidence"] < 0.5
    assert home["text"] == "" and home["title"] == "Harbour News"
    assert story["is_article"] is True and PARAGRAPHS[0] in story["text"]
    assert main(["batch", str(folder), "-o", str(out), "--min-confidence", "2"]) == 2
