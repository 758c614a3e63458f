"""Run claimtrack's benchmarks and print a table: median, min–max, and the ratio to
each benchmark's floor measured in the same run (this machine is shared and noisy,
so absolute times drift; ratios measured side by side hold).

    python benchmarks/run.py [--sizes 1000,10000,100000] [--repeat 15] [--json out.json]

Databases are generated once per size under benchmarks/.cache/ by make_db.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

PAGE_QUERY = ("SELECT id, text, status, first_reported FROM claims "
              "ORDER BY first_reported DESC, id DESC LIMIT 50")


def database(size: int) -> Path:
    from make_db import make  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"claims-{size}.db"
    if not path.exists():
        print(f"building {path.name} …", file=sys.stderr)
        make(path, size)
    return path


def wall(cmd: list[str], repeat: int, env: dict | None = None) -> list[float]:
    times = []
    for _ in range(repeat + 2):
        began = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - began)
    return times[2:]  # the first two warm the page cache and .pyc files


def in_process(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return times


def row(name: str, times: list[float], floor: list[float] | None, target: str = "") -> dict:
    median = statistics.median(times)
    ratio = median / statistics.median(floor) if floor else None
    return {"benchmark": name, "median_ms": median * 1000, "min_ms": min(times) * 1000,
            "max_ms": max(times) * 1000, "ratio_to_floor": ratio, "target": target}


def compiled_env() -> dict:
    """An environment where claimtrack runs from .pyc files, as an installed tool does
    (some shells set PYTHONDONTWRITEBYTECODE, which would charge every run a compile)."""
    import compileall

    compileall.compile_dir(str(REPO / "claimtrack"), quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cli_benchmarks(db: Path, repeat: int) -> list[dict]:
    py = sys.executable
    env = {**compiled_env(), "CLAIMTRACK_DB": str(db)}
    floor = wall([py, "-c", f"import sqlite3; c = sqlite3.connect({str(db)!r}); "
                  f"rows = c.execute({PAGE_QUERY!r}).fetchall(); print(rows)"], repeat, env)
    claimtrack = [py, "-m", "claimtrack"]
    return [
        row("floor: python + sqlite3 page query", floor, floor),
        row("claimtrack list --limit 50", wall(claimtrack + ["list", "--limit", "50"], repeat, env), floor, "≤ 8×"),
        row("claimtrack show ID", wall(claimtrack + ["show", "1"], repeat, env), floor, "≤ 8×"),
        row("claimtrack --help", wall(claimtrack + ["--help"], repeat, env), floor, "≤ 7×"),
    ]


def matching_benchmarks(db: Path, repeat: int) -> list[dict]:
    """Cost of deciding where one new claim belongs, against this many stored claims."""
    from claimtrack.extract import ExtractedClaim
    from claimtrack.dates import PartialDate
    from claimtrack.ingest import _match
    from claimtrack.store import Store

    probes = [
        ExtractedClaim("小米正在洽谈收购华为旗下的42号业务", "Bloomberg", True, ("小米", "华为"), PartialDate(2020, 5, 3), "", ""),
        ExtractedClaim("Apple is in talks to acquire Google's unit number 17", "Reuters", True, ("Apple", "Google"),
                       PartialDate(2021, 2, 1), "", ""),
    ]
    with Store.open(db) as store:
        floor = in_process(lambda: store.conn.execute(
            "SELECT claim_id FROM claim_subjects WHERE entity_id = 1 LIMIT 50").fetchall(), repeat * 20)
        match = in_process(lambda: [_match(store, p, p.reported_on, set()) for p in probes], repeat * 5)
    match = [t / len(probes) for t in match]
    return [row("floor: one indexed subject lookup", floor, floor),
            row("match one new claim", match, floor, "flat from 1k to 100k")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        db = database(size)
        for r in cli_benchmarks(db, args.repeat) + matching_benchmarks(db, args.repeat):
            r["claims"] = size
            results.append(r)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"claimtrack benchmarks on {machine}\n")
    print("| claims | benchmark | median ms | min–max ms | × floor | target |\n|---:|---|---:|---:|---:|---|")
    for r in results:
        ratio = "" if r["ratio_to_floor"] is None else f"{r['ratio_to_floor']:.1f}×"
        print(f"| {r['claims']:,} | {r['benchmark']} | {r['median_ms']:.2f} | "
              f"{r['min_ms']:.2f}–{r['max_ms']:.2f} | {ratio} | {r['target']} |")
    args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=2))


if __name__ == "__main__":
    main()
