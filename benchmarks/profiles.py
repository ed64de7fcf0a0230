"""Site profiles of a benchmark set, learned from the set itself (``--site-profiles``).

Each page is sampled with the URL its ground truth gives (as ``benchmarks/run.py`` cleans it
with), the HTML with ``kind="auto"`` and the text dumps with ``kind="text"``, in a pool of
``jobs`` processes; the profiles are saved to a folder that the cleaning workers load.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

from cleanarticle.site import SiteProfiles, SiteSampler, sample_page


def read_page(set_dir: Path, pid: str, mode: str) -> bytes | str:
    if mode == "text":
        return gzip.decompress((set_dir / "text" / f"{pid}.txt.gz").read_bytes()).decode("utf-8")
    return gzip.decompress((set_dir / "html" / f"{pid}.html.gz").read_bytes())


def _sample(task: tuple[str, str, str | None, str]) -> tuple[Any, float]:
    set_dir, pid, url, mode = task
    start = time.process_time()
    try:
        page = read_page(Path(set_dir), pid, mode)
        sample = sample_page(page, url, kind="text" if mode == "text" else "auto")
    except Exception:  # noqa: BLE001 - a page that cannot be read is left out of the sample
        sample = None
    return sample, time.process_time() - start


def learn(set_dir: Path, mode: str, jobs: int = 1,
          limit: int | None = None) -> tuple[SiteProfiles, dict[str, Any]]:
    """The set's profiles and figures of the sampling pass (pages, CPU seconds, pages/s)."""
    truth = json.loads((set_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    tasks = [(str(set_dir), pid, truth[pid].get("url"), mode) for pid in ids]
    started = time.monotonic()
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            results = list(pool.imap(_sample, tasks, chunksize=4))
    else:
        results = [_sample(t) for t in tasks]
    sampler = SiteSampler()
    for sample, _ in results:
        sampler.add(sample)
    profiles = sampler.profiles()
    cpu = sum(t for _, t in results)
    stats = {"pages": len(tasks), "sites": sampler.sites, "profiles": len(profiles),
             "profiled_pages": sum(p.pages for p in profiles.values()),
             "cpu_seconds": cpu, "wall_seconds": time.monotonic() - started,
             "pages_per_cpu_second": len(tasks) / cpu if cpu else None}
    return profiles, stats


def describe(stats: dict[str, Any]) -> str:
    pps = stats["pages_per_cpu_second"]
    return (f"site profiles: {stats['profiles']} of {stats['sites']} sites "
            f"({stats['profiled_pages']} pages) from {stats['pages']} pages; sampling pass "
            f"{stats['cpu_seconds']:.1f} CPU-s, {pps:.1f} pages per CPU-second"
            if pps else "site profiles: no pages")
