"""Is a file a page at all? Data files and program source found in a folder are not.

Folders of saved pages often hold other files too (a ``expected.json``, a CSV export, a
script). Cleaning them gives a meaningless "article", so files that are neither HTML nor a
text page are skipped, by what their suffix and their content say. Only files are judged this
way: a JSONL record or a WARC response says itself what it holds.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from .api import looks_like_html

#: The start of the error of a file that is no page (batch lines, the CLI's messages).
NOT_A_PAGE = "not a page"

# Suffixes of data, code and configuration: never a saved page, whatever they hold.
_DATA_SUFFIXES = {
    ".json": "JSON data", ".geojson": "JSON data", ".csv": "CSV data", ".tsv": "TSV data",
    ".xml": "XML data", ".rss": "XML data", ".atom": "XML data", ".svg": "an SVG image",
    ".yaml": "YAML data", ".yml": "YAML data", ".toml": "TOML data", ".ini": "configuration",
    ".cfg": "configuration", ".conf": "configuration", ".lock": "a lock file",
    ".py": "program source", ".pyi": "program source", ".js": "program source",
    ".mjs": "program source", ".ts": "program source", ".css": "a style sheet",
    ".scss": "a style sheet", ".less": "a style sheet", ".map": "a source map",
    ".sql": "program source", ".sh": "program source", ".c": "program source",
    ".h": "program source", ".cpp": "program source", ".java": "program source",
    ".go": "program source", ".rs": "program source", ".rb": "program source",
    ".pl": "program source", ".ipynb": "a notebook",
}
# An XML document that is no XHTML page: a declaration or a data root, and no <html>/<body>.
_XML_START = re.compile(r"\s*(?:<\?xml\b|(?:<!--.*?-->\s*)*<(?:rss|feed|urlset|sitemapindex|svg|opml|kml|gpx)\b)",
                        re.S | re.I)
_HTML_ROOT = re.compile(r"<(?:html|body)\b", re.I)
_DELIMITERS = (",", ";", "\t", "|")
# Program source: most lines indented and ending in a bracket or separator. Measured on the
# text dumps of modern-dev, multilingual-dev and wcxb-dev (1,962 pages, none indented: the
# largest indented share is 0.00) against 800 Python files (median 0.62 indented, 0.58 with
# such line ends), JavaScript and CSS files.
_CODE_ENDS = tuple(";{}()[],:=\\")
_MIN_INDENTED = 0.3
_MIN_CODE_ENDS = 0.3
_SAMPLE = 20_000
_MIN_LINES = 5


def _suffix(name: str | None) -> str:
    if not name:
        return ""
    path = PurePath(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return path.suffix


def not_a_page(text: str, name: str | None = None) -> str | None:
    """What ``text`` (from file ``name``) is when it is no page ("JSON data", ...), else None."""
    by_suffix = _DATA_SUFFIXES.get(_suffix(name))
    if by_suffix is not None:
        return by_suffix
    head = text[:_SAMPLE]
    if _XML_START.match(head) and not _HTML_ROOT.search(head):
        return "XML data"
    if looks_like_html(head):
        return None
    if _is_json(text):
        return "JSON data"
    lines = [line for line in head.splitlines() if line.strip()][:200]
    if len(lines) < _MIN_LINES:
        return None
    if _is_table(lines):
        return "CSV data"
    if _is_code(lines):
        return "program source"
    return None


def _is_json(text: str) -> bool:
    stripped = text.strip()
    if not stripped or (stripped[0], stripped[-1]) not in (("{", "}"), ("[", "]")):
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


def _is_table(lines: list[str]) -> bool:
    """Nearly every line is split by one delimiter, most into the same number of fields.

    Rows may be ragged (trailing fields left out), so the usual count need only hold for most.
    """
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        common = max(set(counts), key=counts.count)
        if (common >= 2 or (common == 1 and delimiter == "\t")) \
                and sum(c > 0 for c in counts) >= 0.95 * len(lines) \
                and counts.count(common) >= 0.6 * len(lines):
            return True
    return False


def _is_code(lines: list[str]) -> bool:
    indented = sum(line[:1] in (" ", "\t") for line in lines) / len(lines)
    code_ends = sum(line.rstrip().endswith(_CODE_ENDS) for line in lines) / len(lines)
    return indented >= _MIN_INDENTED and code_ends >= _MIN_CODE_ENDS


__all__ = ["NOT_A_PAGE", "not_a_page"]
