import gzip
import io
import json

import pytest

from cleanarticle.batch.sources import SourceOptions, expand_inputs, iter_pages
from cleanarticle.batch.work import BINARY, EMPTY, CleanOptions, process_page


def test_folder_is_walked_recursively_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.html").write_text("<p>z</p>")
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / ".hidden.html").write_text("<p>h</p>")
    (tmp_path / ".git" / "x.html").write_text("<p>x</p>")
    names = [f.name for f in expand_inputs([str(tmp_path)])]
    assert names == ["a.html", "b/z.html"]


def test_missing_input_and_empty_glob_are_reported_not_dropped(tmp_path):
    files = list(expand_inputs([str(tmp_path / "nope.html"), str(tmp_path / "*.xyz")]))
    assert [f.error for f in files] == ["no such file or directory", "no file matches this pattern"]


def test_glob_names_are_relative_to_the_pattern_base(tmp_path):
    (tmp_path / "s" / "d").mkdir(parents=True)
    (tmp_path / "s" / "d" / "p.html").write_text("x")
    files = list(expand_inputs([str(tmp_path / "s" / "**" / "*.html")]))
    assert [f.name for f in files] == ["d/p.html"]


def test_gzip_files_are_read_transparently_and_kind_follows_suffix(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(b"<p>zipped page</p>"))
    (tmp_path / "t.txt.gz").write_bytes(gzip.compress(b"zipped text"))
    pages = {p.name: p for p in iter_pages([str(tmp_path)], SourceOptions())}
    assert pages["p.html.gz"].data == b"<p>zipped page</p>"
    assert pages["p.html.gz"].kind == "html"
    assert pages["t.txt.gz"].kind == "text"
    forced = list(iter_pages([str(tmp_path / "t.txt.gz")], SourceOptions(kind="html")))
    assert forced[0].kind == "html"


def test_size_cap_refuses_large_files_with_a_reason(tmp_path):
    (tmp_path / "big.html").write_bytes(b"x" * 101)
    (tmp_path / "big.html.gz").write_bytes(gzip.compress(b"x" * 101))
    (tmp_path / "ok.html").write_bytes(b"x" * 100)
    pages = {p.name: p for p in iter_pages([str(tmp_path)], SourceOptions(max_bytes=100))}
    assert pages["big.html"].error == "too large: 101 bytes > 100"
    assert pages["big.html.gz"].error.startswith("too large")
    assert pages["ok.html"].error is None


def test_corrupt_gzip_gives_an_unreadable_page(tmp_path):
    (tmp_path / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (page,) = iter_pages([str(tmp_path)], SourceOptions())
    assert page.error.startswith("unreadable")


def test_jsonl_fields_ids_and_bad_lines(tmp_path):
    path = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"key": "k1", "body": "<p>one</p>", "link": "https://e.org/1"}),
        json.dumps({"key": "k2", "plain": "two as text"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"body": "<p>no id</p>"}),
        json.dumps({"key": "k3"}),
        json.dumps({"key": "k4", "body": "y" * 50}),
    ]
    path.write_text("\n".join(lines) + "\n")
    options = SourceOptions(html_field="body", text_field="plain", url_field="link",
                            id_field="key", max_bytes=40)
    pages = list(iter_pages([str(path)], options))
    # The line makes the source (unique even when ids repeat); the id field is the ident.
    assert [p.source for p in pages] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7, 8)]
    assert [p.ident for p in pages] == ["k1", "k2", None, None, None, "k3", "k4"]
    assert pages[0].data == "<p>one</p>" and pages[0].kind == "html"
    assert pages[0].url == "https://e.org/1"
    assert pages[1].data == "two as text" and pages[1].kind == "text"
    assert pages[2].error.startswith("invalid JSON")
    assert pages[3].error.startswith("invalid JSON")
    assert pages[4].error is None
    assert "'body' or 'plain'" in pages[5].error
    assert pages[6].error.startswith("too large")


def test_jsonl_line_far_above_the_cap_is_skipped_in_bounded_reads(tmp_path):
    path = tmp_path / "p.jsonl.gz"
    huge = json.dumps({"id": "h", "html": "z" * 200_000})  # far above the line cap too
    small = json.dumps({"id": "s", "html": "<p>s</p>"})
    path.write_bytes(gzip.compress((huge + "\n" + small + "\n").encode()))
    pages = list(iter_pages([str(path)], SourceOptions(max_bytes=10)))
    assert [p.source for p in pages] == [f"{path}:1", f"{path}:2"]
    assert pages[1].ident == "s"
    assert pages[0].error.startswith("too large")
    assert pages[1].data == "<p>s</p>"


def _write_warc(path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = {}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def response(url, body, content_type):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
            ids[url] = record.rec_headers.get_header("WARC-Record-ID")

        request = writer.create_warc_record(
            "https://e.org/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        response("https://e.org/a", "<p>Café à la crème brûlée</p>".encode("latin-1"),
                 "text/html; charset=ISO-8859-1")
        response("https://e.org/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png")
    return ids


def test_warc_response_records_with_ids_urls_and_http_charset(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    ids = _write_warc(path)
    pages = list(iter_pages([str(tmp_path)], SourceOptions()))
    assert [p.ident for p in pages] == [ids["https://e.org/a"], ids["https://e.org/logo.png"]]
    sources = [p.source for p in pages]
    assert all(s.startswith(f"{path}@") for s in sources) and len(set(sources)) == 2
    assert pages[0].url == "https://e.org/a"
    assert pages[0].encoding == "ISO-8859-1"
    assert pages[1].error == "not a page: image/png"


def test_damaged_warc_gives_an_error_page(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file at all\r\n\r\n")
    pages = list(iter_pages([str(path)], SourceOptions()))
    assert len(pages) == 1 and pages[0].error.startswith("unreadable WARC")
    assert pages[0].source == str(path)


@pytest.mark.parametrize("data,error", [
    (b"", EMPTY),
    (b"  \n\t \r\n", EMPTY),
    (b"\xef\xbb\xbf   ", EMPTY),
    (bytes(range(256)) * 8, BINARY),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, BINARY),
])
def test_empty_and_binary_inputs_get_their_reason(tmp_path, data, error):
    (tmp_path / "p.html").write_bytes(data)
    (page,) = iter_pages([str(tmp_path)], SourceOptions())
    record = process_page(page, CleanOptions())
    assert record["error"] == error
    assert record["text"] is None
    assert record["source"] == str(tmp_path / "p.html")


def test_utf16_page_is_not_mistaken_for_binary(tmp_path):
    body = "<html><body><p>" + "Texte en UTF-16 sans marque. " * 20 + "</p></body></html>"
    (tmp_path / "p.html").write_bytes(body.encode("utf-16-le"))
    (page,) = iter_pages([str(tmp_path)], SourceOptions())
    assert process_page(page, CleanOptions())["error"] != BINARY


def test_a_utf8_page_reaches_the_parser_as_its_own_bytes(monkeypatch, tmp_path):
    from cleanarticle.html import parse

    seen = []
    real = parse._parse

    def spy(text, utf8=None):
        seen.append(utf8)
        return real(text, utf8)

    monkeypatch.setattr(parse, "_parse", spy)
    body = "<html><body><article><p>" + "Ein ganz gewöhnlicher Absatz. " * 20 + "</p></article></body></html>"
    (tmp_path / "p.html").write_bytes(body.encode("utf-8"))
    (page,) = iter_pages([str(tmp_path)], SourceOptions())
    record = process_page(page, CleanOptions())
    assert record["error"] is None and "gewöhnlicher" in record["text"]
    assert len(seen) == 1 and seen[0] is page.data  # not decoded and encoded again


def test_an_exception_in_the_extractor_becomes_the_error(monkeypatch, tmp_path):
    import cleanarticle

    def broken(*args, **kwargs):
        raise RuntimeError("boom in the extractor")

    monkeypatch.setattr(cleanarticle, "clean", broken)
    (tmp_path / "p.html").write_text("<p>fine page</p>")
    (page,) = iter_pages([str(tmp_path)], SourceOptions())
    assert process_page(page, CleanOptions())["error"] == "RuntimeError: boom in the extractor"


def test_unlistable_folder_is_reported(tmp_path, monkeypatch):
    import os as os_module

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.html").write_text("<p>a</p>")
    (tmp_path / "locked").mkdir()
    real_scandir = os_module.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os_module, "scandir", scandir)
    files = list(expand_inputs([str(tmp_path)]))
    errors = {f.name: f.error for f in files}
    assert errors == {"ok/a.html": None, "locked": "unreadable: Permission denied"}
