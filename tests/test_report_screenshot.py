"""The explain report renders in a real browser: headless Chromium takes a screenshot of it.

Skips (with a message) where Debian's chromium is not installed; .ci/run installs it. The PNG
is decoded here with zlib (no imaging library) to check the page is not blank: several
distinct colours, the shading of removed blocks among them, and plenty of non-white pixels.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from cleanarticle.explain import explain
from cleanarticle.report import render_report

FIXTURE = Path(__file__).parent / "fixtures" / "wordpress-news" / "source.html"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
WIDTH, HEIGHT = 1200, 2000


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def screenshot(html_file: Path, png: Path, profile: Path, width: int = WIDTH,
               height: int = HEIGHT) -> subprocess.CompletedProcess:
    """Render ``html_file`` in headless Chromium into ``png``."""
    chromium = _chromium()
    assert chromium, "chromium not installed"
    cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
           f"--window-size={width},{height}", html_file.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    assert header is not None, "no IHDR chunk"
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        filt, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if filt == 2:  # Up, the commonest: no dependency along the row
            line = bytearray((x + u) & 0xFF for x, u in zip(line, prev, strict=True))
        elif filt in (1, 3, 4):
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                if filt == 1:
                    line[i] = (line[i] + a) & 0xFF
                elif filt == 3:
                    line[i] = (line[i] + ((a + b) >> 1)) & 0xFF
                else:
                    c = prev[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                    line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def _pixels(rows: list[bytes], bpp: int, step: int = 4):
    for row in rows[::step]:
        for x in range(0, len(row), bpp * step):
            yield row[x:x + 3]


@pytest.fixture(scope="module")
def shot(tmp_path_factory) -> tuple[Path, str]:
    if _chromium() is None:
        pytest.skip("chromium not installed (apt-get install chromium); .ci/run installs it")
    tmp = tmp_path_factory.mktemp("report")
    report = tmp / "report.html"
    report.write_text(render_report(explain(FIXTURE.read_bytes()), source=FIXTURE.name),
                      encoding="utf-8")
    png = tmp / "report.png"
    done = screenshot(report, png, tmp / "profile")
    return png, done.stderr


def test_screenshot_is_written_and_substantial(shot) -> None:
    png, stderr = shot
    assert png.exists(), f"chromium wrote no screenshot: {stderr[-2000:]}"
    assert png.stat().st_size > 20_000, "screenshot suspiciously small (blank page?)"


def test_screenshot_is_not_blank(shot) -> None:
    png, _ = shot
    width, height, rows = decode_png(png.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    bpp = len(rows[0]) // width
    sample = list(_pixels(rows, bpp))
    colours = {p for p in sample}
    assert len(colours) > 50, f"only {len(colours)} colours: a blank or broken page"
    not_background = sum(1 for p in sample if p not in (b"\xff\xff\xff", b"\xf6\xf7\xf9"))
    assert not_background > 0.05 * len(sample), "almost everything is background"
    # Removed blocks are shaded: some pixels have a clear tint (not grey, not white).
    tinted = sum(1 for r, g, b in sample if max(r, g, b) - min(r, g, b) > 40)
    assert tinted > 100, "no coloured shading of removed blocks visible"


def test_decoder_reads_a_known_png() -> None:
    # 2x1 RGB: one red, one blue pixel, filter 0 and filter 1 rows checked by construction.
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    raw = b"\x01" + bytes([255, 0, 0, 1, 0, 255])  # Sub filter: second pixel is a delta
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    width, height, rows = decode_png(png)
    assert (width, height) == (2, 1)
    assert rows[0] == bytes([255, 0, 0, 0, 0, 255])
