#!/usr/bin/env python3
"""Run cleanarticle and its peers on benchmark sets; score them and time them.

    benchmarks/run.py SET_DIR [SET_DIR ...] [--systems cleanarticle,trafilatura]
        [--mode html|text] [--limit N] [--out DIR] [--worst N] [--jobs 1]
        [--by-type] [--json FILE] [--gate FLOORS.json] [--site-profiles]

A set folder holds html/<id>.html.gz, optionally text/<id>.txt.gz, and
ground-truth.json (see the shared benchmark README). The systems run on the same
pages in the same run, page by page, alternating which goes first, so that
machine noise hits them alike. Only the extract call is timed, in CPU seconds
(time.process_time), after one untimed warm-up call per system and process.
Predictions are written per system to --out in the format score.py reads.
With --by-type, each system also gets a table of its figures per page type (the
sets' ``page_type``); --json holds them in any case (``by_type``).
With --site-profiles, cleanarticle first learns site profiles from each set's own pages
(benchmarks/profiles.py; the sampling pass is timed apart) and cleans with them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    from . import profiles, scoring, systems
except ImportError:  # run as a script: benchmarks/ is on sys.path
    import profiles  # type: ignore[no-redef]
    import scoring  # type: ignore[no-redef]
    import systems  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
SHOWN_ERRORS = 3
REFERENCE, PEER = "cleanarticle", "trafilatura"


# --- loading -------------------------------------------------------------------------------

def load_truth(set_dir: Path) -> dict[str, dict[str, Any]]:
    return json.loads((set_dir / "ground-truth.json").read_text(encoding="utf-8"))


def read_input(set_dir: Path, pid: str, mode: str) -> bytes | str:
    if mode == "text":
        return gzip.decompress((set_dir / "text" / f"{pid}.txt.gz").read_bytes()).decode("utf-8")
    return gzip.decompress((set_dir / "html" / f"{pid}.html.gz").read_bytes())


# --- running -------------------------------------------------------------------------------

_loaded: dict[tuple[str, str, str | None], systems.Extract] = {}


def _extractor(name: str, mode: str, page: Any, url: str | None,
               site_dir: str | None = None) -> systems.Extract:
    """The system's extract function, warmed up with one untimed call in this process; with
    the site profiles saved in ``site_dir`` when the system uses such."""
    system = systems.SYSTEMS[name]
    if system.load_with_site is None:
        site_dir = None
    key = (name, mode, site_dir)
    if key not in _loaded:
        if site_dir is None:
            fn = system.load(mode)
        else:
            from cleanarticle.site import SiteProfiles

            fn = system.load_with_site(mode, SiteProfiles.load(site_dir))
        try:
            fn(page, url)
        except Exception:  # noqa: BLE001 - the timed call will count it
            pass
        _loaded[key] = fn
    return _loaded[key]


def run_page(task: tuple) -> dict[str, Any]:
    """Run every system on one page: {system: (prediction, cpu seconds, error or None)}.
    ``task``: set folder, id, url, mode, systems, reversed order[, site profiles folder]."""
    set_dir, pid, url, mode, names, reverse = task[:6]
    site_dir = task[6] if len(task) > 6 else None
    out: dict[str, Any] = {"id": pid}
    try:
        page = read_input(Path(set_dir), pid, mode)
    except OSError as exc:
        out["input_error"] = f"{type(exc).__name__}: {exc}"
        return out
    for name in reversed(names) if reverse else names:
        fn = _extractor(name, mode, page, url, site_dir)
        err = None
        raw = None
        start = time.process_time()
        try:
            raw = fn(page, url)
        except Exception as exc:  # noqa: BLE001 - a page that raises counts as empty
            err = f"{type(exc).__name__}: {exc}"
        cpu = time.process_time() - start
        pred = {"articleBody": "", "title": None, "date": None, "author": None}
        if err is None:
            try:
                pred = systems.SYSTEMS[name].to_prediction(raw)
            except Exception as exc:  # noqa: BLE001
                err = f"unreadable result: {type(exc).__name__}: {exc}"
        out[name] = (pred, cpu, err)
    return out


def run_set(set_dir: Path, names: tuple[str, ...], mode: str, limit: int | None,
            jobs: int, out_dir: Path | None, site_profiles: bool = False) -> dict[str, Any]:
    """Run, score and time every system on one set; write predictions to out_dir."""
    truth = load_truth(set_dir)
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    truth = {pid: truth[pid] for pid in ids}
    with tempfile.TemporaryDirectory(prefix="site-profiles-") as site_dir:
        sampling = None
        if site_profiles:
            learned, sampling = profiles.learn(set_dir, mode, jobs, limit)
            learned.save(site_dir)
        tasks = [(str(set_dir), pid, truth[pid].get("url"), mode, names, i % 2 == 1,
                  site_dir if site_profiles else None) for i, pid in enumerate(ids)]
        if jobs > 1:
            with multiprocessing.Pool(jobs) as pool:
                rows = list(pool.imap(run_page, tasks, chunksize=4))
        else:
            rows = [run_page(t) for t in tasks]

    result: dict[str, Any] = {"set": set_dir.name, "path": str(set_dir), "mode": mode,
                              "pages": len(ids), "systems": {}, "speed_ratio": None}
    if sampling is not None:
        result["site_profiles"] = sampling
    input_errors = [(r["id"], r["input_error"]) for r in rows if "input_error" in r]
    if input_errors:
        result["input_errors"] = len(input_errors)
        for pid, msg in input_errors[:SHOWN_ERRORS]:
            print(f"warning: {set_dir.name} {pid}: cannot read input: {msg}", file=sys.stderr)
    for name in names:
        preds, cpu, errors, per_page_cpu = {}, 0.0, [], {}
        for r in rows:
            if name not in r:
                continue
            pred, t, err = r[name]
            preds[r["id"]] = pred
            cpu += t
            per_page_cpu[r["id"]] = t
            if err:
                errors.append((r["id"], err))
        summary, per_page = scoring.score(truth, preds)
        timed = len(per_page_cpu)
        result["systems"][name] = {
            "version": systems.version(name),
            "scores": summary,
            "by_type": scoring.by_type(per_page),
            "cpu_seconds": cpu,
            "pages_timed": timed,
            "pages_per_cpu_second": timed / cpu if cpu > 0 else None,
            "errors": len(errors),
            "error_examples": [{"id": pid, "error": e} for pid, e in errors[:SHOWN_ERRORS]],
            "_per_page": per_page,
            "_per_page_cpu": per_page_cpu,
        }
        for pid, err in errors[:SHOWN_ERRORS]:
            print(f"error: {name} on {set_dir.name} {pid}: {err}", file=sys.stderr)
        if len(errors) > SHOWN_ERRORS:
            print(f"error: {name} on {set_dir.name}: {len(errors) - SHOWN_ERRORS} more pages "
                  "raised", file=sys.stderr)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"{set_dir.name}-{name}-{mode}.json"
            path.write_text(json.dumps(preds, ensure_ascii=False, indent=0), encoding="utf-8")
    ref = result["systems"].get(REFERENCE, {}).get("pages_per_cpu_second")
    peer = result["systems"].get(PEER, {}).get("pages_per_cpu_second")
    if ref and peer:
        result["speed_ratio"] = ref / peer
    return result


# --- reporting -----------------------------------------------------------------------------

COLUMNS = (("body_f1", "body F1"), ("body_precision", "P"), ("body_recall", "R"),
           ("body_exact", "exact"), ("words_f1", "words F1"), ("snippet_f1", "snip F1"),
           ("snippet_precision", "P"), ("snippet_recall", "R"), ("title", "title"),
           ("date", "date"), ("author", "author"))
TYPE_COLUMNS = (("words_f1", "words F1"), ("words_precision", "P"), ("words_recall", "R"))


def _row(first: tuple[str, ...], figures: dict[str, Any], columns) -> str:
    cells = [*first, *(f"{figures[c]:.3f}" if c in figures else "" for c, _ in columns)]
    return "| " + " | ".join(cells) + " |"


def _header(first: tuple[str, ...], columns) -> list[str]:
    labels = [*first, *(label for _, label in columns)]
    return ["| " + " | ".join(labels) + " |", "|" + "---|" * len(labels)]


def table(result: dict[str, Any]) -> str:
    lines = [f"### {result['set']} ({result['mode']}, {result['pages']} pages)", "",
             *_header(("system",), COLUMNS)]
    for name, s in result["systems"].items():
        lines.append(_row((name,), s["scores"], COLUMNS))
    lines.append("")
    speeds = []
    for name, s in result["systems"].items():
        pps = s["pages_per_cpu_second"]
        speeds.append(f"{name} {pps:.1f}" if pps else f"{name} n/a")
        speeds[-1] += f" ({s['cpu_seconds']:.1f} CPU-s, {s['errors']} errors)"
    lines.append("pages per CPU-second: " + ", ".join(speeds))
    if result.get("site_profiles"):
        lines.append(profiles.describe(result["site_profiles"]))
    if result["speed_ratio"] is not None:
        lines.append(f"speed ratio {REFERENCE}/{PEER}: {result['speed_ratio']:.2f}")
    return "\n".join(lines)


def type_tables(result: dict[str, Any]) -> str:
    """Per system, words F1/P/R (and body F1 where the set has body truth) per page type."""
    lines = []
    for name, s in result["systems"].items():
        per_type = s.get("by_type") or {}
        if not per_type:
            lines.append(f"{result['set']} ({result['mode']}): no page types for {name}")
            continue
        columns = TYPE_COLUMNS
        if "body_f1" in s["scores"]:
            columns += (("body_f1", "body F1"),)
        lines += [f"#### {result['set']} ({result['mode']}), {name}, by page type", "",
                  *_header(("page type", "pages"), columns)]
        for page_type, figures in per_type.items():
            lines.append(_row((page_type, str(figures["pages"])), figures, columns))
        lines.append(_row(("all", str(s["scores"]["pages"])), s["scores"], columns))
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def worst(result: dict[str, Any], n: int, truth: dict[str, dict[str, Any]]) -> str:
    sys_res = result["systems"].get(REFERENCE)
    if not sys_res or n <= 0:
        return ""
    per_page = sys_res["_per_page"]
    lines = [f"worst {n} pages for {REFERENCE} on {result['set']} ({result['mode']}):"]
    for pid, pg in sorted(per_page.items(), key=lambda kv: scoring.badness(kv[1]))[:n]:
        parts = [pid, truth[pid].get("url") or "-"]
        if "body_f1" in pg:
            parts.append(f"F1={pg['body_f1']:.3f} P={pg['precision']:.3f} R={pg['recall']:.3f}")
        if "missed" in pg:
            parts.append(f"missed {len(pg['missed'])}/{pg['with']}, "
                         f"leaked {len(pg['leaked'])}/{pg['without']}")
            if pg["missed"]:
                parts.append("missed: " + json.dumps(pg["missed"][0][:60], ensure_ascii=False))
            if pg["leaked"]:
                parts.append("leaked: " + json.dumps(pg["leaked"][0][:60], ensure_ascii=False))
        lines.append("  " + "  ".join(parts))
    slow = sorted(sys_res["_per_page_cpu"].items(), key=lambda kv: -kv[1])[:min(n, 5)]
    lines.append(f"slowest pages for {REFERENCE}: "
                 + ", ".join(f"{pid} {t * 1000:.0f} ms" for pid, t in slow))
    return "\n".join(lines)


def public(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results without the per-page bulk, for --json."""
    out = []
    for r in results:
        r = dict(r)
        r["systems"] = {name: {k: v for k, v in s.items() if not k.startswith("_")}
                        for name, s in r["systems"].items()}
        out.append(r)
    return out


# --- the gate ------------------------------------------------------------------------------

def check_floors(results: list[dict[str, Any]],
                 floors: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(failures, notes) of cleanarticle's figures against floors[set][mode].

    Every key is a minimum of a scores figure or of ``speed_ratio``, except
    ``max_errors``, a ceiling on the pages where cleanarticle raised.
    """
    failures, notes = [], []
    for r in results:
        pinned = floors.get(r["set"], {}).get(r["mode"])
        where = f"{r['set']} ({r['mode']})"
        if not pinned:
            notes.append(f"{where}: no floors pinned")
            continue
        ref = r["systems"].get(REFERENCE)
        if ref is None:
            failures.append(f"{where}: {REFERENCE} did not run")
            continue
        for key, floor in pinned.items():
            if key.startswith("_"):
                continue
            if key == "max_errors":
                if ref["errors"] > floor:
                    failures.append(f"{where}: {ref['errors']} pages raised, at most {floor} "
                                    "allowed")
                continue
            if key == "speed_ratio":
                value = r["speed_ratio"]
                if value is None:
                    notes.append(f"{where}: speed ratio not checked ({PEER} did not run)")
                    continue
            else:
                value = ref["scores"].get(key)
                if value is None:
                    failures.append(f"{where}: {key} has a floor but was not measured")
                    continue
            if value < floor:
                failures.append(f"{where}: {key} {value:.3f} is below its floor {floor:.3f}")
    return failures, notes


def report_gate(failures: list[str], notes: list[str]) -> int:
    for note in notes:
        print(f"gate note: {note}")
    if failures:
        print(f"QUALITY GATE FAILED ({len(failures)}):")
        for f in failures:
            print(f"  - {f}")
        return 1
    print("quality gate passed")
    return 0


# --- command line --------------------------------------------------------------------------

def choose_systems(requested: list[str], mode: str) -> tuple[str, ...]:
    chosen = []
    for name in requested:
        if name not in systems.SYSTEMS:
            raise SystemExit(f"unknown system {name!r}; known: {', '.join(systems.SYSTEMS)}")
        if mode not in systems.SYSTEMS[name].modes:
            print(f"note: {name} has no {mode} mode; skipped", file=sys.stderr)
            continue
        why = systems.unavailable(name)
        if why:
            if name == REFERENCE:
                raise SystemExit(f"cannot run {name}: {why}")
            print(f"warning: {name} skipped: {why}", file=sys.stderr)
            continue
        chosen.append(name)
    if not chosen:
        raise SystemExit("no system to run")
    return tuple(chosen)


def run_all(set_dirs: list[Path], names: tuple[str, ...], mode: str, limit: int | None,
            jobs: int, out_dir: Path | None, n_worst: int = 0,
            by_type: bool = False, site_profiles: bool = False) -> list[dict[str, Any]]:
    """Run every set, printing its table (per-type tables, worst pages) as it finishes."""
    results = []
    for set_dir in set_dirs:
        if not (set_dir / "ground-truth.json").is_file():
            raise SystemExit(f"{set_dir}: no ground-truth.json")
        if mode == "text" and not (set_dir / "text").is_dir():
            raise SystemExit(f"{set_dir}: no text/ folder for --mode text")
        started = time.monotonic()
        r = run_set(set_dir, names, mode, limit, jobs, out_dir, site_profiles)
        r["wall_seconds"] = time.monotonic() - started
        print(table(r))
        print(f"({r['wall_seconds']:.0f} s wall)")
        if by_type:
            print()
            print(type_tables(r))
        if n_worst:
            print()
            print(worst(r, n_worst, load_truth(set_dir)))
        print()
        sys.stdout.flush()
        results.append(r)
    return results


def write_json(path: Path, results: list[dict[str, Any]], args: dict[str, Any]) -> None:
    doc = {"run": {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                   "python": platform.python_version(), **args},
           "results": public(results)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR")
    ap.add_argument("--systems", default="cleanarticle,trafilatura",
                    help="comma-separated systems (default: cleanarticle,trafilatura)")
    ap.add_argument("--mode", choices=("html", "text"), default="html")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages by id")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="predictions folder")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst cleanarticle pages")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--by-type", action="store_true",
                    help="also print each system's figures per page type")
    ap.add_argument("--json", type=Path, default=None, help="write all figures to FILE")
    ap.add_argument("--gate", type=Path, default=None,
                    help="floors JSON; exit 1 when a cleanarticle figure is below its floor")
    ap.add_argument("--site-profiles", action="store_true",
                    help="cleanarticle learns site profiles from each set and cleans with them")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    names = choose_systems([s.strip() for s in a.systems.split(",") if s.strip()], a.mode)
    results = run_all(a.sets, names, a.mode, a.limit, a.jobs, a.out, a.worst, a.by_type,
                      a.site_profiles)
    if a.json:
        write_json(a.json, results, {"mode": a.mode, "limit": a.limit, "jobs": a.jobs,
                                     "systems": list(names), "by_type": a.by_type,
                                     "site_profiles": a.site_profiles})
    if a.gate:
        floors = json.loads(a.gate.read_text(encoding="utf-8"))
        return report_gate(*check_floors(results, floors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
