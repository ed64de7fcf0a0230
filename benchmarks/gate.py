#!/usr/bin/env python3
"""Quality gate: cleanarticle must stay at or above the floors pinned in floors.json.

    benchmarks/gate.py [--floors benchmarks/floors.json] [--benchmarks ../shared/benchmarks]
        [--out DIR] [--json FILE] [--jobs N] [--limit N]

floors.json maps set name -> mode ("html" or "text") -> figure -> minimum
(figures as in run.py --json: body_f1, snippet_precision, title, date, ...,
plus speed_ratio = cleanarticle/trafilatura pages per CPU-second, and
max_errors, a ceiling on pages where cleanarticle raised). Every set and mode
pinned there is run. trafilatura runs alongside when it is installed; without
it the speed ratio is reported as not checked. With no benchmark folder (by
default ../shared/benchmarks beside the repository) the gate is skipped.
Exit status: 0 passed or skipped, 1 a figure fell below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

try:
    from . import run
except ImportError:  # run as a script: benchmarks/ is on sys.path
    import run  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--floors", type=Path, default=HERE / "floors.json")
    ap.add_argument("--benchmarks", type=Path, default=None,
                    help="folder holding the set folders (default: ../shared/benchmarks)")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "gate")
    ap.add_argument("--json", type=Path, default=None, help="write all figures to FILE")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages per set")
    a = ap.parse_args(argv)

    if a.benchmarks is None:
        a.benchmarks, shown = REPO.parent / "shared" / "benchmarks", "../shared/benchmarks"
    else:
        shown = str(a.benchmarks)
    if not a.benchmarks.is_dir():
        print(f"skipped: no {shown}")
        return 0
    floors = json.loads(a.floors.read_text(encoding="utf-8"))
    started = time.monotonic()
    results = []
    modes = sorted({mode for name, per_mode in floors.items() if not name.startswith("_")
                    for mode in per_mode})
    for mode in modes:
        set_dirs = [a.benchmarks / name for name, per_mode in floors.items()
                    if not name.startswith("_") and mode in per_mode]
        missing = [str(d) for d in set_dirs if not (d / "ground-truth.json").is_file()]
        if missing:
            print(f"QUALITY GATE FAILED: benchmark set(s) not found: {', '.join(missing)}")
            return 1
        names = run.choose_systems([run.REFERENCE, run.PEER], mode)
        results += run.run_all(set_dirs, names, mode, a.limit, a.jobs, a.out)
    if a.json:
        run.write_json(a.json, results, {"gate": str(a.floors), "limit": a.limit,
                                         "jobs": a.jobs})
    print(f"gate ran in {time.monotonic() - started:.0f} s wall")
    return run.report_gate(*run.check_floors(results, floors))


if __name__ == "__main__":
    sys.exit(main())
