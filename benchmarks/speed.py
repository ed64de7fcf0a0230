#!/usr/bin/env python3
"""Time cleanarticle against trafilatura and a bare lxml parse, page by page, in one process.

    benchmarks/speed.py SET_DIR [SET_DIR ...] [--limit N]
        [--systems cleanarticle,trafilatura,lxml-parse] [--profile] [--json FILE]

Every page (html/<id>.html.gz of each set, the first N ids with --limit) goes through each
system in turn, the order rotating from page to page so that machine noise hits them alike;
only the call is timed, in CPU seconds (time.process_time), after one untimed warm-up call
per system. Printed: pages per CPU-second per system, ms per page per page-size bucket (raw
HTML bytes), and the ratios cleanarticle/trafilatura and cleanarticle/lxml-parse of pages
per CPU-second, overall and per bucket. lxml-parse is the floor of any lxml pipeline:
``lxml.html.document_fromstring`` on the bytes with a parser set up like cleanarticle's.

--profile runs cleanarticle alone under cProfile instead and prints where its time goes,
stage by stage (decode, parse, metadata, DOM pruning, segmentation, region+widgets, page
type, each block filter, output/other). Stages are found from the module paths of the
functions the front end calls, through the STAGES table below: update it when modules move.
Times under the profiler are inflated; read the shares.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    from . import run, systems
except ImportError:  # run as a script: benchmarks/ is on sys.path
    import run  # type: ignore[no-redef]
    import systems  # type: ignore[no-redef]

# --- stages ----------------------------------------------------------------------------------

FRONT = "front"  # the functions that call the stages in turn; their own time is output/other
OTHER = "output/other"
#: Module path under the package's parent folder ("/"-separated) -> stage. The longest
#: matching prefix wins; "path.py:function" pins one function. A module matching nothing
#: counts as output/other (and is named under the table). Block filters are found by class,
#: whatever their module: each has ``name`` and a ``decide`` method that the pipeline calls.
STAGES: dict[str, str] = {
    "cleanarticle/api.py": FRONT,
    "cleanarticle/html/front.py": FRONT,
    "cleanarticle/text/front.py": FRONT,
    "cleanarticle/decode.py": "decode",
    "cleanarticle/html/parse.py": "parse",
    "cleanarticle/meta/": "metadata",
    "cleanarticle/html/prune.py": "DOM pruning",
    "cleanarticle/html/segment.py": "segmentation",
    "cleanarticle/text/segment.py": "segmentation",
    "cleanarticle/text/span.py": "region+widgets",
    "cleanarticle/html/region.py": "region+widgets",
    "cleanarticle/html/widgets.py": "region+widgets",
    "cleanarticle/confidence.py": "page type",
    "cleanarticle/html/page_type.py": "page type",
}
#: Stages that run inside another one too (a bytes page is decoded inside parsing): their
#: time is taken out of the calling stage wherever they are called.
NESTED = ("decode",)
FRONT_STAGES = ("decode", "parse", "metadata", "DOM pruning", "segmentation", "region+widgets",
                "page type")

# --- pages and systems -----------------------------------------------------------------------

BUCKETS = (("<25 KiB", 0, 25), ("25-100 KiB", 25, 100), ("100-300 KiB", 100, 300),
           (">=300 KiB", 300, None), ("<100 KiB", 0, 100))
REFERENCE = "cleanarticle"
ALL_SYSTEMS = ("cleanarticle", "trafilatura", "lxml-parse")


def bucket_names(size: int) -> list[str]:
    kib = size / 1024
    return [name for name, lo, hi in BUCKETS if kib >= lo and (hi is None or kib < hi)]


def load_pages(set_dirs: list[Path], limit: int | None) -> list[tuple[Path, str, str | None]]:
    """(set folder, page id, url) of the pages to time, the first ``limit`` ids of each set."""
    pages = []
    for set_dir in set_dirs:
        if not (set_dir / "ground-truth.json").is_file():
            raise SystemExit(f"{set_dir}: no ground-truth.json")
        truth = run.load_truth(set_dir)
        ids = sorted(truth)[:limit] if limit else sorted(truth)
        pages += [(set_dir, pid, truth[pid].get("url")) for pid in ids]
    return pages


def _lxml_parse() -> Callable[[bytes, str | None], Any]:
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True, collect_ids=False, default_doctype=False,
                                  huge_tree=True)

    def parse(page: bytes, url: str | None) -> Any:
        return lxml.html.document_fromstring(page, parser=parser)

    return parse


def _cleanarticle() -> Callable[[bytes, str | None], Any]:
    from cleanarticle import clean

    def extract(page: bytes, url: str | None) -> Any:
        return clean(page, url=url)

    return extract


def load_system(name: str) -> Callable[[bytes, str | None], Any]:
    if name == "cleanarticle":
        return _cleanarticle()
    if name == "trafilatura":
        return systems.SYSTEMS["trafilatura"].load("html")  # the very call run.py times
    if name == "lxml-parse":
        return _lxml_parse()
    raise SystemExit(f"unknown system {name!r}; known: {', '.join(ALL_SYSTEMS)}")


def choose_systems(requested: list[str]) -> list[str]:
    chosen = []
    for name in requested:
        if name not in ALL_SYSTEMS:
            raise SystemExit(f"unknown system {name!r}; known: {', '.join(ALL_SYSTEMS)}")
        if name == "trafilatura" and systems.unavailable(name):
            print(f"warning: {name} skipped: {systems.unavailable(name)}", file=sys.stderr)
            continue
        chosen.append(name)
    if not chosen:
        raise SystemExit("no system to run")
    return chosen


# --- timing ----------------------------------------------------------------------------------

def time_pages(pages: list[tuple[Path, str, str | None]], names: list[str]) -> dict[str, Any]:
    """CPU seconds per system and page, systems interleaved (order rotating per page)."""
    fns = {name: load_system(name) for name in names}
    first = run.read_input(pages[0][0], pages[0][1], "html")
    for fn in fns.values():  # one untimed warm-up call each
        try:
            fn(first, pages[0][2])
        except Exception:  # noqa: BLE001 - the timed call will count it
            pass
    sizes, cpu = [], {name: [] for name in names}
    errors: dict[str, list[str]] = {name: [] for name in names}
    gc.collect()
    for i, (set_dir, pid, url) in enumerate(pages):
        page = run.read_input(set_dir, pid, "html")
        sizes.append(len(page))
        k = i % len(names)
        for name in names[k:] + names[:k]:
            fn = fns[name]
            start = time.process_time()
            try:
                fn(page, url)
            except Exception as exc:  # noqa: BLE001 - a page that raises still costs its time
                errors[name].append(f"{set_dir.name}/{pid}: {type(exc).__name__}: {exc}")
            cpu[name].append(time.process_time() - start)
    return {"sizes": sizes, "cpu": cpu, "errors": errors}


def summarize(timing: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Pages per CPU-second and ms per page, overall and per size bucket; the ratios."""
    sizes = timing["sizes"]
    groups = {"all": list(range(len(sizes)))}
    for name, _, _ in BUCKETS:
        groups[name] = [i for i, s in enumerate(sizes) if name in bucket_names(s)]
    out: dict[str, Any] = {"pages": len(sizes), "buckets": {g: len(ix) for g, ix in groups.items()},
                           "systems": {}, "ratios": {}}
    for name in names:
        per = {}
        for g, ix in groups.items():
            secs = sum(timing["cpu"][name][i] for i in ix)
            per[g] = {"cpu_seconds": secs, "ms_per_page": 1000 * secs / len(ix) if ix else None,
                      "pages_per_cpu_second": len(ix) / secs if ix and secs > 0 else None}
        out["systems"][name] = {"groups": per, "errors": len(timing["errors"][name]),
                                "error_examples": timing["errors"][name][:3]}
    for peer in names:
        if peer == REFERENCE or REFERENCE not in names:
            continue
        ratios = {}
        for g in groups:
            ref = out["systems"][REFERENCE]["groups"][g]["pages_per_cpu_second"]
            other = out["systems"][peer]["groups"][g]["pages_per_cpu_second"]
            ratios[g] = ref / other if ref and other else None
        out["ratios"][f"{REFERENCE}/{peer}"] = ratios
    return out


def _cell(value: float | None, fmt: str) -> str:
    return "" if value is None else format(value, fmt)


def speed_table(res: dict[str, Any], label: str) -> str:
    groups = ["all"] + [name for name, _, _ in BUCKETS]
    lines = [f"### speed: {label}, {res['pages']} pages, one process, CPU time, systems interleaved "
             "(ms/page by raw HTML size)",
             "", "| system | pages/CPU-s | ms/page: all | " + " | ".join(groups[1:]) + " | errors |",
             "|" + "---|" * (len(groups) + 3),
             "| (pages) | | " + " | ".join(str(res["buckets"][g]) for g in groups) + " | |"]
    for name, s in res["systems"].items():
        g = s["groups"]
        lines.append(f"| {name} | {_cell(g['all']['pages_per_cpu_second'], '.1f')} | "
                     + " | ".join(_cell(g[k]["ms_per_page"], ".2f") for k in groups)
                     + f" | {s['errors']} |")
    if res["ratios"]:
        lines += ["", "ratios of pages per CPU-second:", "",
                  "| ratio | all | " + " | ".join(groups[1:]) + " |", "|" + "---|" * (len(groups) + 1)]
        for name, r in res["ratios"].items():
            lines.append(f"| {name} | " + " | ".join(_cell(r[g], ".2f") for g in groups) + " |")
    return "\n".join(lines)


# --- profiling -------------------------------------------------------------------------------

Key = tuple[str, int, str]


def _package_root() -> Path:
    import cleanarticle

    return Path(cleanarticle.__file__).resolve().parent.parent


def module_path(filename: str, root: Path) -> str:
    """'cleanarticle/html/parse.py' for a file of the package; the file name as is otherwise."""
    try:
        return Path(filename).resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return filename


def stage_of(path: str, func: str, table: dict[str, str] = STAGES) -> str | None:
    """The stage of a function by its module path: the longest matching prefix, a
    ``path:function`` entry first; None when nothing matches."""
    pinned = table.get(f"{path}:{func}")
    if pinned:
        return pinned
    best = max((p for p in table if ":" not in p and path.startswith(p)), key=len, default=None)
    return table[best] if best else None


def filter_classes() -> list[type]:
    """Block filter classes of the loaded package: a str ``name`` and a ``decide`` method."""
    found: dict[str, type] = {}
    for mod_name, mod in list(sys.modules.items()):
        if not mod_name.startswith("cleanarticle") or mod is None:
            continue
        for obj in list(vars(mod).values()):
            if (isinstance(obj, type) and obj.__module__ == mod_name
                    and isinstance(getattr(obj, "name", None), str)
                    and callable(getattr(obj, "decide", None))):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


def _code_key(fn: Any) -> Key | None:
    code = getattr(fn, "__code__", None)
    return (code.co_filename, code.co_firstlineno, code.co_name) if code else None


def _filter_order() -> list[str]:
    """Class names of the default pipeline, in order (empty when it cannot be built)."""
    try:
        from cleanarticle.pipeline import default_pipeline

        return [type(f).__name__ for f in default_pipeline()]
    except Exception:  # noqa: BLE001 - the pipeline may have moved; fall back to time order
        return []


def _label(classes: list[type]) -> str:
    return "filter " + "/".join(f"{c.name} ({c.__name__})" for c in classes)


def stage_times(stats: dict[Key, tuple], root: Path, total_key: Key) -> dict[str, Any]:
    """Seconds per stage from profile stats (pstats.Stats.stats) of calls of ``total_key``."""
    callees: dict[Key, dict[Key, tuple]] = defaultdict(dict)
    for key, (_, _, _, _, callers) in stats.items():
        for caller, edge in callers.items():
            callees[caller][key] = edge
    path = {k: module_path(k[0], root) for k in stats}

    def stage(k: Key) -> str | None:
        if k == total_key:
            return FRONT
        return stage_of(path[k], k[2]) if k[0] != "~" else None

    decides: dict[Key, list[type]] = defaultdict(list)
    checks: dict[Key, list[type]] = defaultdict(list)
    for cls in filter_classes():
        dk, ck = _code_key(cls.decide), _code_key(getattr(cls, "check", None))
        if dk:
            decides[dk].append(cls)
        if ck:
            checks[ck].append(cls)

    times: dict[str, float] = defaultdict(float)
    unmapped: dict[str, float] = defaultdict(float)

    def split_filters(runner: Key, share: float) -> None:
        """Time of a pipeline run (``share`` of all its calls) to the filters it called."""
        accounted = 0.0
        for dk, edge in callees.get(runner, {}).items():
            if dk not in decides:
                continue
            secs = edge[3] * share
            accounted += secs
            classes = decides[dk]
            if len(classes) == 1:
                times[_label(classes)] += secs
                continue
            # a decide shared by several filters (the base class's, calling check per block):
            # each filter gets the time of its check, the decide's own time shared by calls
            part = secs / stats[dk][3] if stats[dk][3] else 0.0
            by_check: dict[Key, tuple[float, int]] = {}
            seen, todo = {dk}, [dk]
            while todo:  # through the decide's own frames (list comprehensions) to the checks
                k = todo.pop()
                for ck, e in callees.get(k, {}).items():
                    if ck in checks:
                        t, n = by_check.get(ck, (0.0, 0))
                        by_check[ck] = (t + e[3], n + e[1])
                    elif ck[0] == dk[0] and ck not in seen and ck not in decides:
                        seen.add(ck)
                        todo.append(ck)
            spent = sum(t for t, _ in by_check.values())
            calls = sum(n for _, n in by_check.values())
            for ck, (t, n) in by_check.items():
                own = (stats[dk][3] - spent) * n / calls if calls else 0.0
                times[_label(checks[ck])] += (t + own) * part
            if not by_check:
                times[_label(classes)] += secs
        unmapped["pipeline (between filters)"] += max(0.0, stats[runner][3] * share - accounted)

    runners = {k for k in stats if any(d in decides for d in callees.get(k, {}))}
    fronts = {k for k in stats if stage(k) == FRONT}
    for front in fronts:
        unmapped["front ends' own time"] += stats[front][2]
        for callee, edge in callees.get(front, {}).items():
            if callee in fronts:
                continue
            if callee in runners:
                split_filters(callee, edge[3] / stats[callee][3] if stats[callee][3] else 0.0)
                continue
            st = stage(callee)
            if st in FRONT_STAGES:
                times[st] += edge[3]
            else:
                unmapped[short_path(callee[0], root)] += edge[3]
    # nested stages (decode inside parse): out of the calling stage, into their own
    for key, (_, _, _, _, callers) in stats.items():
        st = stage(key)
        if st not in NESTED:
            continue
        for caller, edge in callers.items():
            outer = stage(caller)
            if outer in FRONT_STAGES and outer != st:
                times[outer] -= edge[3]
                times[st] += edge[3]
    times[OTHER] += sum(unmapped.values())
    return {"total": stats[total_key][3], "calls": stats[total_key][1], "stages": dict(times),
            "other": dict(unmapped)}


def _profiled_clean(clean: Callable[..., Any], page: bytes, url: str | None) -> Any:
    return clean(page, url=url)


def profile_pages(pages: list[tuple[Path, str, str | None]]) -> tuple[dict[str, Any], pstats.Stats]:
    """cleanarticle on every page under cProfile; (stage figures, stats).

    cProfile runs with its own clock (a Python-level CPU clock would add far more overhead and
    skew the shares towards the stages that make many small calls); the stages' ms per page are
    their shares of cleanarticle's CPU time measured in a second, unprofiled pass.
    """
    from cleanarticle import clean

    first = run.read_input(pages[0][0], pages[0][1], "html")
    try:
        clean(first, url=pages[0][2])  # warm-up, unprofiled
    except Exception:  # noqa: BLE001
        pass
    prof = cProfile.Profile()
    errors, cpu = 0, 0.0
    for set_dir, pid, url in pages:
        page = run.read_input(set_dir, pid, "html")
        prof.enable()
        try:
            _profiled_clean(clean, page, url)
        except Exception:  # noqa: BLE001
            errors += 1
        prof.disable()
    gc.collect()
    for set_dir, pid, url in pages:
        page = run.read_input(set_dir, pid, "html")
        start = time.process_time()
        try:
            clean(page, url=url)
        except Exception:  # noqa: BLE001
            pass
        cpu += time.process_time() - start
    stats = pstats.Stats(prof)
    key = _code_key(_profiled_clean)
    res = stage_times(stats.stats, _package_root(), key)  # type: ignore[attr-defined]
    res.update(pages=len(pages), errors=errors, cpu_seconds=cpu)
    return res, stats


def stage_rows(res: dict[str, Any]) -> list[tuple[str, float]]:
    """(stage, seconds) in pipeline order: front stages, block filters, output/other."""
    stages = res["stages"]
    rows = [(s, stages.get(s, 0.0)) for s in FRONT_STAGES]
    filters = [s for s in stages if s.startswith("filter ")]
    order = _filter_order()

    def rank(label: str) -> tuple[int, float]:
        for i, cls in enumerate(order):
            if f"({cls})" in label:
                return i, 0.0
        return len(order), -stages[label]

    rows += [(s, stages[s]) for s in sorted(filters, key=rank)]
    rows.append((OTHER, stages.get(OTHER, 0.0)))
    return rows


def short_path(filename: str, root: Path) -> str:
    """A function's file for display: package-relative, site-packages-relative or its name."""
    if filename == "~":
        return "built-ins"
    path = module_path(filename, root)
    if path != filename:
        return path
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    return Path(filename).name


def profile_table(res: dict[str, Any], label: str, stats: pstats.Stats, top: int = 12) -> str:
    n, total = res["pages"], res["total"]
    ms = 1000 * res["cpu_seconds"] / n
    lines = [f"### profile: cleanarticle on {label}, {n} pages under cProfile", "",
             f"share: of the profiled time ({1000 * total / n:.1f} ms/page under the profiler); "
             f"ms/page: share x the unprofiled CPU time ({ms:.2f} ms/page)", "",
             "| stage | ms/page | share |", "|---|---|---|"]
    for name, secs in stage_rows(res):
        share = secs / total if total else 0.0
        lines.append(f"| {name} | {share * ms:.2f} | {100 * share:.1f}% |")
    lines.append(f"| total | {ms:.2f} | 100% |")
    other = sorted(res["other"].items(), key=lambda kv: -kv[1])
    if other and total:
        lines += ["", f"{OTHER} holds: " + ", ".join(f"{k} {100 * v / total:.1f}%"
                                                   for k, v in other[:8])]
    if res["errors"]:
        lines.append(f"{res['errors']} pages raised")
    root = _package_root()
    own = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    lines += ["", f"top {top} functions by own time (share of the profiled time):", ""]
    for (fname, line, func), (_, nc, tt, _, _) in own:
        share = 100 * tt / total if total else 0.0
        where = "" if fname == "~" else f"{short_path(fname, root)}:{line} "
        lines.append(f"  {share:5.1f}%  {nc:8d} calls  {where}{func}")
    return "\n".join(lines)


# --- command line ----------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS),
                    help=f"comma-separated (default {','.join(ALL_SYSTEMS)})")
    ap.add_argument("--profile", action="store_true",
                    help="profile cleanarticle alone, stage by stage, instead of timing")
    ap.add_argument("--json", type=Path, default=None, help="write the figures to FILE")
    a = ap.parse_args(argv)
    pages = load_pages(a.sets, a.limit)
    if not pages:
        raise SystemExit("no pages")
    label = ", ".join(d.name for d in a.sets)
    doc: dict[str, Any] = {"sets": [str(d) for d in a.sets], "limit": a.limit,
                           "python": sys.version.split()[0]}
    if a.profile:
        res, stats = profile_pages(pages)
        print(profile_table(res, label, stats))
        doc["profile"] = {**res, "rows": [{"stage": s, "seconds": t} for s, t in stage_rows(res)]}
    else:
        names = choose_systems([s.strip() for s in a.systems.split(",") if s.strip()])
        res = summarize(time_pages(pages, names), names)
        print(speed_table(res, label))
        doc["speed"] = res
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
