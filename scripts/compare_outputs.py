#!/usr/bin/env python3
"""Snapshot cleanarticle's full output on benchmark sets, and diff two snapshots.

    python scripts/compare_outputs.py snapshot SET_DIR [SET_DIR ...] --out FILE.jsonl.gz
        [--mode html|text|both] [--limit N] [--jobs 2] [--site-profiles]
    python scripts/compare_outputs.py diff A.jsonl.gz B.jsonl.gz [--show N]

snapshot runs ``cleanarticle.clean`` on every page of each set: the HTML (html/<id>.html.gz,
as benchmarks/run.py does) and, where the set has text/, the text dump (``kind="text"``);
--mode picks one (default both). Each record holds every public field of the Article (the
dataclass fields and the keys of ``to_dict()``, so new fields are picked up by themselves),
the blocks as (kind, text, level, link_chars), the removals as (filter, reason, text), or the
error the page raised. With --site-profiles, each set's pages are cleaned with site profiles
learned from that set itself (per mode; benchmarks/profiles.py).

diff compares two snapshots page by page: the pages that differ, per field, and the first N
differences, compactly (for blocks and removals: the first one that differs). A field that
only one snapshot has is reported once as a schema change, not compared. Exit status 1 when
anything differs (pages, fields or schema), so that a "same output" refactor can be checked:
snapshot before, snapshot after, diff.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

BLOCK_FIELDS = ("kind", "text", "level", "link_chars")
REMOVAL_FIELDS = ("filter", "reason", "text")
LIST_FIELDS = {"blocks": BLOCK_FIELDS, "removals": REMOVAL_FIELDS}
FLOAT_TOLERANCE = 1e-9
CUT = 70  # characters of a text shown in a difference
MODES = ("html", "text")


# --- snapshot --------------------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def article_record(article: Any) -> dict[str, Any]:
    """Every public field of an Article, JSON-ready; blocks and removals as their key parts."""
    values = {f.name: getattr(article, f.name) for f in dataclasses.fields(article)
              if not f.name.startswith("_")}
    to_dict = getattr(article, "to_dict", None)
    if callable(to_dict):
        for name, value in to_dict().items():
            values.setdefault(name, value)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in LIST_FIELDS and isinstance(value, list):
            out[name] = [{k: _jsonable(getattr(item, k, None)) for k in LIST_FIELDS[name]}
                         for item in value]
        else:
            out[name] = _jsonable(value)
    return out


def read_page(set_dir: Path, pid: str, mode: str) -> bytes | str:
    if mode == "text":
        return gzip.decompress((set_dir / "text" / f"{pid}.txt.gz").read_bytes()).decode("utf-8")
    return gzip.decompress((set_dir / "html" / f"{pid}.html.gz").read_bytes())


@cache
def _site_profiles(folder: str | None) -> Any:
    if folder is None:
        return None
    from cleanarticle.site import SiteProfiles

    return SiteProfiles.load(folder)


def snapshot_page(task: tuple) -> dict[str, Any]:
    """One page's record; ``task``: set folder, id, url, mode[, site profiles folder]."""
    from cleanarticle import clean

    set_dir, pid, url, mode = task[:4]
    site = _site_profiles(task[4] if len(task) > 4 else None)
    rec: dict[str, Any] = {"set": Path(set_dir).name, "id": pid, "mode": mode}
    try:
        page = read_page(Path(set_dir), pid, mode)
        kind = "auto" if mode == "html" else "text"
        article = clean(page, url=url, kind=kind, site=site)
        rec["out"] = article_record(article)
    except Exception as exc:  # noqa: BLE001 - a page that raises is recorded as such
        rec["error"] = f"{type(exc).__name__}: {exc}"
    return rec


def tasks_for(set_dirs: list[Path], modes: tuple[str, ...],
              limit: int | None) -> list[tuple[str, str, str | None, str]]:
    tasks = []
    for set_dir in set_dirs:
        path = set_dir / "ground-truth.json"
        if not path.is_file():
            raise SystemExit(f"{set_dir}: no ground-truth.json")
        truth = json.loads(path.read_text(encoding="utf-8"))
        ids = sorted(truth)[:limit] if limit else sorted(truth)
        for pid in ids:
            for mode in modes:
                if mode == "text" and not (set_dir / "text" / f"{pid}.txt.gz").is_file():
                    continue
                tasks.append((str(set_dir), pid, truth[pid].get("url"), mode))
    return tasks


def _source_info() -> dict[str, Any]:
    import cleanarticle

    where = Path(cleanarticle.__file__).resolve().parent
    info: dict[str, Any] = {"cleanarticle": str(where),
                            "version": getattr(cleanarticle, "__version__", None)}
    try:
        info["commit"] = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"],
                                        capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--", "."],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        info["dirty"] = bool(dirty)
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def _with_profiles(tasks: list[tuple], folder: Path, jobs: int, limit: int | None) -> list[tuple]:
    """The tasks, each naming the profiles learned from its set in its mode (saved under
    ``folder``); the sampling passes are reported."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks import profiles

    dirs: dict[tuple[str, str], str] = {}
    for set_dir, mode in dict.fromkeys((t[0], t[3]) for t in tasks):
        learned, stats = profiles.learn(Path(set_dir), mode, jobs, limit)
        target = folder / f"{Path(set_dir).name}-{mode}"
        learned.save(target)
        dirs[(set_dir, mode)] = str(target)
        print(f"{Path(set_dir).name} ({mode}): {profiles.describe(stats)}")
    return [(*t, dirs[(t[0], t[3])]) for t in tasks]


def snapshot(set_dirs: list[Path], out: Path, mode: str, jobs: int, limit: int | None,
             site_profiles: bool = False) -> int:
    modes = MODES if mode == "both" else (mode,)
    tasks = tasks_for(set_dirs, modes, limit)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="site-profiles-") as folder:
        if site_profiles:
            tasks = _with_profiles(tasks, Path(folder), jobs, limit)
        if jobs > 1:
            with multiprocessing.Pool(jobs) as pool:
                records = list(pool.imap(snapshot_page, tasks, chunksize=4))
        else:
            records = [snapshot_page(t) for t in tasks]
    fields = sorted({k for r in records for k in r.get("out", {})})
    header = {"_snapshot": {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                            "sets": [str(d) for d in set_dirs], "mode": mode, "limit": limit,
                            "site_profiles": site_profiles,
                            "pages": len(records), "fields": fields, **_source_info()}}
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    errors = sum("error" in r for r in records)
    print(f"{out}: {len(records)} pages ({', '.join(modes)}), {errors} errors, "
          f"{time.monotonic() - started:.0f} s")
    return 0


# --- diff ------------------------------------------------------------------------------------

def load(path: Path) -> tuple[dict[str, Any], dict[tuple[str, str, str], dict[str, Any]]]:
    header: dict[str, Any] = {}
    records = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if "_snapshot" in rec:
                header = rec["_snapshot"]
                continue
            records[(rec["set"], rec["id"], rec["mode"])] = rec
    return header, records


def _fields(header: dict[str, Any], records: dict) -> set[str]:
    if "fields" in header:
        return set(header["fields"])
    return {k for r in records.values() for k in r.get("out", {})}


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= FLOAT_TOLERANCE
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


MISSING = object()  # a field one record lacks


def _cut(value: Any) -> str:
    if value is MISSING:
        return "(missing)"
    if not isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text[:CUT] + ("…" if len(text) > CUT else "")
    return json.dumps(value[:CUT] + ("…" if len(value) > CUT else ""), ensure_ascii=False)


def _item(item: Any) -> str:
    if isinstance(item, dict):
        parts = [f"{k}={item[k]}" for k in item if k != "text"]
        return f"[{' '.join(parts)}] {_cut(item.get('text', ''))}"
    return _cut(item)


def describe(field: str, a: Any, b: Any) -> str:
    """One line for one field's difference: the first differing item of a list, the first
    differing place of a text."""
    if isinstance(a, list) and isinstance(b, list):
        i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if not same(x, y)), min(len(a), len(b)))
        head = f"{field}: {len(a)} vs {len(b)}, first difference at #{i}"
        left = _item(a[i]) if i < len(a) else "(none)"
        right = _item(b[i]) if i < len(b) else "(none)"
        return f"{head}\n      A: {left}\n      B: {right}"
    if isinstance(a, str) and isinstance(b, str) and max(len(a), len(b)) > CUT:
        i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        start = max(0, i - 20)
        return (f"{field}: {len(a)} vs {len(b)} chars, first difference at char {i}\n"
                f"      A: {_cut(a[start:])}\n      B: {_cut(b[start:])}")
    return f"{field}: {_cut(a)} -> {_cut(b)}"


def diff(path_a: Path, path_b: Path, show: int) -> int:
    head_a, recs_a = load(path_a)
    head_b, recs_b = load(path_b)
    fields_a, fields_b = _fields(head_a, recs_a), _fields(head_b, recs_b)
    only_a, only_b = sorted(fields_a - fields_b), sorted(fields_b - fields_a)
    common_fields = sorted(fields_a & fields_b)
    keys_a, keys_b = set(recs_a), set(recs_b)
    common = sorted(keys_a & keys_b)
    for label, head, path in (("A", head_a, path_a), ("B", head_b, path_b)):
        src = f"commit {head.get('commit')}{' (dirty)' if head.get('dirty') else ''}" if head else ""
        print(f"{label}: {path} {src}".rstrip())
    print(f"pages: {len(common)} in both, {len(keys_a - keys_b)} only in A, "
          f"{len(keys_b - keys_a)} only in B")
    if only_a or only_b:
        print("schema change (fields not compared): "
              + "; ".join(filter(None, [f"only in A: {', '.join(only_a)}" if only_a else "",
                                        f"only in B: {', '.join(only_b)}" if only_b else ""])))
    per_field: Counter[str] = Counter()
    shown, differing = [], 0
    for key in common:
        a, b = recs_a[key], recs_b[key]
        lines = []
        if ("error" in a) != ("error" in b) or a.get("error") != b.get("error"):
            per_field["error"] += 1
            lines.append(describe("error", a.get("error"), b.get("error")))
        if "out" in a and "out" in b:
            for field in common_fields:
                va, vb = a["out"].get(field, MISSING), b["out"].get(field, MISSING)
                if not same(va, vb):
                    per_field[field] += 1
                    lines.append(describe(field, va, vb))
        if lines:
            differing += 1
            if len(shown) < show:
                shown.append((key, lines))
    print(f"pages that differ: {differing} of {len(common)}")
    if per_field:
        print("per field: " + ", ".join(f"{f} {n}" for f, n in sorted(per_field.items(),
                                                                       key=lambda kv: (-kv[1], kv[0]))))
    for (set_name, pid, mode), lines in shown:
        print(f"- {set_name}/{pid} ({mode})")
        for line in lines:
            print(f"    {line}")
    for label, missing in (("only in A", sorted(keys_a - keys_b)), ("only in B", sorted(keys_b - keys_a))):
        if missing and show:
            print(f"{label}: " + ", ".join(f"{s}/{p} ({m})" for s, p, m in missing[:show])
                  + (" ..." if len(missing) > show else ""))
    changed = differing or keys_a != keys_b or only_a or only_b
    print("same output" if not changed else "outputs differ")
    return 1 if changed else 0


# --- command line ----------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="record cleanarticle's output on benchmark sets")
    snap.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR")
    snap.add_argument("--out", type=Path, required=True, help="FILE.jsonl.gz")
    snap.add_argument("--mode", choices=("html", "text", "both"), default="both")
    snap.add_argument("--limit", type=int, default=None, help="only the first N pages per set")
    snap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    snap.add_argument("--site-profiles", action="store_true",
                      help="clean each set with site profiles learned from the set itself")
    dif = sub.add_parser("diff", help="compare two snapshots; exit 1 when they differ")
    dif.add_argument("a", type=Path)
    dif.add_argument("b", type=Path)
    dif.add_argument("--show", type=int, default=10, help="differences shown (default 10)")
    a = ap.parse_args(argv)
    if a.command == "snapshot":
        return snapshot(a.sets, a.out, a.mode, a.jobs, a.limit, a.site_profiles)
    return diff(a.a, a.b, a.show)


if __name__ == "__main__":
    sys.exit(main())
