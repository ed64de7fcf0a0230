"""Measure cleanarticle.meta on a benchmark set: title/date predictions and CPU time.

    python benchmarks/meta_eval.py ../shared/benchmarks/modern-dev preds.json [--text]
    python3 ../shared/benchmarks/score.py ../shared/benchmarks/modern-dev preds.json

HTML mode prints CPU milliseconds per page for the parse alone and for
extract_html_metadata alone, and an author accuracy of our own (same set of names
as the truth's author field; score.py does not score authors). --text runs
extract_text_metadata on the text dumps (text/<id>.txt.gz) instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

import lxml.html

from cleanarticle.meta import extract_html_metadata, extract_text_metadata

try:  # the package's parser (encoding, repair); lxml on its own otherwise
    from cleanarticle.html.parse import parse_html
except ImportError:  # pragma: no cover - older trees
    parse_html = None

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse(raw: bytes):
    if parse_html is not None:
        return parse_html(raw)
    m = _CHARSET.search(raw[:4096])
    enc = m.group(1).decode("ascii", "replace") if m else "utf-8"
    try:
        text = raw.decode(enc)
    except (LookupError, UnicodeDecodeError):
        text = raw.decode("utf-8", "replace")
    return lxml.html.document_fromstring(_XML_DECL.sub("", text))


_NAME_SPLIT = re.compile(r"\s*(?:[;,&]|\band\b|\bund\b|\bet\b)\s*", re.I)


def _names(text) -> set[str]:
    if isinstance(text, list):
        text = "; ".join(text)
    text = re.sub(r"^\s*(?:by|von)\s+", "", text, flags=re.I)
    return {n.casefold() for n in _NAME_SPLIT.split(text) if n.strip()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("predictions")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--text", action="store_true",
                    help="read the plain-text dumps (text/<id>.txt.gz) with the text path")
    args = ap.parse_args()
    root = Path(args.dataset)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    if args.text:
        ids = [pid for pid in ids if (root / "text" / f"{pid}.txt.gz").exists()]
        preds, t_meta = {}, 0.0
        for pid in ids:
            lines = gzip.decompress((root / "text" / f"{pid}.txt.gz").read_bytes()).decode(
                "utf-8", "replace").splitlines()
            t0 = time.process_time()
            md = extract_text_metadata(lines, url=truth[pid].get("url"))
            t_meta += time.process_time() - t0
            preds[pid] = {"articleBody": "", "title": md.title, "date": md.date,
                          "author": md.author, "date_source": md.date_source}
        Path(args.predictions).write_text(json.dumps(preds, ensure_ascii=False, indent=0),
                                          encoding="utf-8")
        print(f"pages {len(ids)}  text meta {1000 * t_meta / len(ids):.2f} ms/page")
        return
    raws = {pid: gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes()) for pid in ids}
    preds, t_parse, t_meta = {}, 0.0, 0.0
    for pid in ids:
        t0 = time.process_time()
        tree = parse(raws[pid])
        t1 = time.process_time()
        md = extract_html_metadata(tree, url=truth[pid].get("url"), reference_date=None)
        t2 = time.process_time()
        t_parse += t1 - t0
        t_meta += t2 - t1
        preds[pid] = {"articleBody": "", "title": md.title, "date": md.date,
                      "author": md.author, "date_source": md.date_source}
    Path(args.predictions).write_text(json.dumps(preds, ensure_ascii=False, indent=0),
                                      encoding="utf-8")
    n = len(ids)
    a_ok = a_n = 0
    for pid in ids:
        want = truth[pid].get("author")
        if want:
            a_n += 1
            a_ok += _names(want) == _names(preds[pid]["author"] or "")
    if a_n:
        print(f"author accuracy (same set of names, our measure) {a_ok / a_n:.3f} pages={a_n}")
    print(f"\npages {n}  parse {1000 * t_parse / n:.2f} ms/page  "
          f"meta {1000 * t_meta / n:.2f} ms/page  ratio {t_meta / t_parse:.2f}")


if __name__ == "__main__":
    main()
