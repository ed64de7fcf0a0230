"""XML/XHTML input: no entity expansion, no external entity, DTD or XInclude loading, no network."""

import socket
import threading
import time

import pytest

from cleanarticle import clean
from cleanarticle.html.parse import parse_html

MARKER = "SECRET-MARKER-7f3a9c"
BODY = "<p>" + "Ordinary article text around the entity reference. " * 8 + "</p>"


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(f"{MARKER}\n", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe "{MARKER}"><!ENTITY leak SYSTEM "{path.as_uri()}">', encoding="utf-8")
    return path.as_uri(), dtd.as_uri()


def _everything(article) -> str:
    return repr(article.to_dict()) + repr([r.text for r in article.removals])


def _pages(secret_uri: str, dtd_uri: str) -> list[str]:
    decl = '<?xml version="1.0" encoding="utf-8"?>\n'
    xhtml = '<html xmlns="http://www.w3.org/1999/xhtml">'
    return [
        # Classic XXE: an external general entity used in title, body and attribute.
        f'{decl}<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret_uri}">]>{xhtml}<head><title>&xxe;</title>'
        f'<meta name="description" content="&xxe;"/></head><body><h1>&xxe;</h1>{BODY}<p>&xxe;</p></body></html>',
        # Parameter entity pulling an external DTD that defines the entity.
        f'{decl}<!DOCTYPE html [<!ENTITY % ext SYSTEM "{dtd_uri}"> %ext;]>{xhtml}<body>{BODY}<p>&xxe;&leak;</p>'
        "</body></html>",
        # External DTD in the doctype itself.
        f'{decl}<!DOCTYPE html SYSTEM "{dtd_uri}">{xhtml}<body>{BODY}<p>&xxe;&leak;</p></body></html>',
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{dtd_uri}"><html><body>{BODY}'
        "<p>&xxe;</p></body></html>",
        # XInclude of the file.
        f'{decl}<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>{BODY}'
        f'<xi:include href="{secret_uri}" parse="text"/></body></html>',
        # /etc/passwd, the textbook target.
        f'{decl}<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>{xhtml}<body>{BODY}'
        "<p>&xxe;</p></body></html>",
    ]


def test_external_entities_never_reach_the_output(secret):
    for page in _pages(*secret):
        for data in (page, page.encode("utf-8"), page.encode("utf-16")):
            for kind in ("auto", "html"):
                out = _everything(clean(data, kind=kind))
                assert MARKER not in out
                assert "root:x:0:0" not in out
        # The tree itself holds no expanded entity either.
        root = parse_html(page)
        assert root is None or MARKER not in lxml_text(root)


def lxml_text(root) -> str:
    import lxml.etree

    return lxml.etree.tostring(root, encoding="unicode")


def test_the_marker_would_be_found_if_it_leaked(secret):
    # The assertion above can fail: the same marker in page text is found in the output.
    page = f"<html><body>{BODY}<p>{MARKER} appears in the page itself here.</p></body></html>"
    assert MARKER in _everything(clean(page))


def _laughs(levels: int) -> str:
    entities = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{entities}]>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol{levels};</title></head>'
            f"<body>{BODY}<p>&lol{levels};</p><p title='&lol{levels};'>x</p></body></html>")


@pytest.mark.parametrize("levels", [3, 9, 12])
def test_billion_laughs_is_not_expanded(levels):
    page = _laughs(levels)
    started = time.monotonic()
    article = clean(page)
    assert time.monotonic() - started < 5
    out = _everything(article)
    assert "lollollol" * 3 not in out
    assert len(out) < 20 * len(page)


def test_quadratic_blowup_is_not_expanded():
    big = "A" * 50_000
    page = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{big}">]><html><body>{BODY}<p>'
            + "&a;" * 5_000 + "</p></body></html>")
    started = time.monotonic()
    out = _everything(clean(page))
    assert time.monotonic() - started < 5
    assert big not in out


def test_no_network_access_for_remote_dtds_and_entities():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            connections.append(conn)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/evil.dtd"
    pages = [
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}"><html><body>{BODY}</body></html>',
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % p SYSTEM "{url}"> %p;]><html><body>{BODY}</body></html>',
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY e SYSTEM "{url}">]><html><body>{BODY}&e;</body></html>',
        f'<html><head><link rel="stylesheet" href="{url}"><script src="{url}"></script></head>'
        f'<body>{BODY}<img src="{url}"><iframe src="{url}"></iframe></body></html>',
    ]
    try:
        for page in pages:
            clean(page)
            clean(page.encode())
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join(2)
        server.close()
    assert connections == []
