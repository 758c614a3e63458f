"""Run claimtrack's benchmarks and print a table: median, min–max, and the ratio to
each benchmark's floor measured in the same run (this machine is shared and noisy,
so absolute times drift; ratios measured side by side hold).

    python benchmarks/run.py                       # the full run (≈10 minutes)
    python benchmarks/run.py --quick --check benchmarks/baseline.json   # what CI runs
    python benchmarks/run.py --quick --write-baseline benchmarks/baseline.json

Databases are generated once per size under benchmarks/.cache/ by make_db.py, posts
by make_reports.py. `--check` fails (exit 1) when a benchmark's ratio to its floor
is more than 2× the ratio stored in the baseline: a regression, not noise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from measure import cli_env, database, in_process, posts, wall  # noqa: E402

PAGE_QUERY = ("SELECT id, text, status, first_reported FROM claims "
              "ORDER BY first_reported DESC, id DESC LIMIT 50")
REGRESSION_FACTOR = 2.0  # the machine's p95/p5 noise is ≈1.8 (perf.md)


@dataclass(frozen=True)
class Plan:
    """What one run measures: `--quick` is the CI subset, under a minute."""

    cli_sizes: tuple[int, ...]
    match_sizes: tuple[int, ...]
    chart_sizes: tuple[int, ...]
    posts: int
    repeat: int
    ingest_repeat: int


FULL = Plan(cli_sizes=(1000, 10000, 100000), match_sizes=(1000, 10000, 100000), chart_sizes=(1000, 10000, 100000),
            posts=10000, repeat=15, ingest_repeat=1)
QUICK = Plan(cli_sizes=(1000,), match_sizes=(1000,), chart_sizes=(1000,), posts=300, repeat=7, ingest_repeat=3)


def row(name: str, times: list[float], floor: list[float] | None, target: str = "", **extra) -> dict:
    median = statistics.median(times)
    ratio = median / statistics.median(floor) if floor else None
    return {"benchmark": name, "median_ms": median * 1000, "min_ms": min(times) * 1000,
            "max_ms": max(times) * 1000, "ratio_to_floor": ratio, "target": target, **extra}


def page_floor(db: Path, repeat: int, env: dict) -> list[float]:
    """A Python that imports only sqlite3, runs the page query and prints the rows."""
    return wall([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({str(db)!r}); "
                 f"rows = c.execute({PAGE_QUERY!r}).fetchall(); print(rows)"], repeat, env)


def cli_benchmarks(size: int, repeat: int) -> list[dict]:
    db = database(size)
    env = cli_env(db)
    floor = page_floor(db, repeat, env)
    ct = [sys.executable, "-m", "claimtrack"]
    return [
        row("floor: python + sqlite3 page query", floor, floor, claims=size),
        row("claimtrack list --limit 50", wall(ct + ["list", "--limit", "50"], repeat, env), floor, "≤ 8×", claims=size),
        row("claimtrack show ID", wall(ct + ["show", "1"], repeat, env), floor, "≤ 8×", claims=size),
        row("claimtrack --help", wall(ct + ["--help"], repeat, env), floor, "≤ 7×", claims=size),
    ]


def chart_benchmarks(size: int, repeat: int) -> list[dict]:
    """`timeline --subject` and `export` (the whole database): targets are absolute,
    ratios to the page-query floor catch regressions."""
    import sqlite3

    db = database(size)
    env = cli_env(db)
    subject_claims = sqlite3.connect(db).execute(
        "SELECT count(*) FROM claim_subjects s JOIN entities e ON e.id = s.entity_id WHERE e.name = '小米'").fetchone()[0]
    floor = page_floor(db, repeat, env)
    ct = [sys.executable, "-m", "claimtrack"]
    rows = [
        row("floor: python + sqlite3 page query", floor, floor, claims=size),
        row(f"claimtrack timeline --subject 小米 ({subject_claims:,} claims)",
            wall(ct + ["timeline", "--subject", "小米"], max(3, repeat // 3), env), floor, "< 1 s", claims=size),
    ]
    if size <= 1000:  # the target speaks of 1,000 claims
        rows.append(row(f"claimtrack export --format md ({size:,} claims)",
                        wall(ct + ["export", "--format", "md"], max(3, repeat // 3), env), floor, "< 1 s", claims=size))
        rows.append(row(f"claimtrack export --format json ({size:,} claims)",
                        wall(ct + ["export", "--format", "json"], max(3, repeat // 3), env), floor, "< 1 s", claims=size))
    return rows


def matching_benchmarks(size: int, repeat: int) -> list[dict]:
    """Cost of deciding where one new claim belongs, against this many stored claims."""
    from claimtrack.dates import PartialDate
    from claimtrack.extract import ExtractedClaim
    from claimtrack.ingest import _match
    from claimtrack.store import Store

    probes = [
        ExtractedClaim("小米正在洽谈收购华为旗下的42号业务", "Bloomberg", True, ("小米", "华为"), PartialDate(2020, 5, 3), "", ""),
        ExtractedClaim("Apple is in talks to acquire Google's unit number 17", "Reuters", True, ("Apple", "Google"),
                       PartialDate(2021, 2, 1), "", ""),
    ]
    with Store.open(database(size)) as store:
        floor = in_process(lambda: store.conn.execute(
            "SELECT claim_id FROM claim_subjects WHERE entity_id = 1 LIMIT 50").fetchall(), repeat * 20)
        match = in_process(lambda: [_match(store, p, p.reported_on, set()) for p in probes], repeat * 5)
    match = [t / len(probes) for t in match]
    return [row("floor: one indexed subject lookup", floor, floor, claims=size),
            row("match one new claim", match, floor, "≤ 5 ms; 100k ≤ 2× 1k", claims=size)]


def ingest_benchmarks(count: int, repeat: int) -> list[dict]:
    """`claimtrack ingest` of generated ~4 KB Hexo posts on one core, end to end, against
    BeautifulSoup parsing the same files in the same run; then the same folder again."""
    from measure import bs4_floor, ingest_run

    folder = posts(count)
    floor, first, again = [], [], []
    for _ in range(repeat):
        floor.append(bs4_floor(folder) / count)
        first.append(ingest_run(folder))
        again.append(ingest_run(folder, fresh=False))
    return [
        row("floor: BeautifulSoup(html.parser) of each post", floor, floor, reports=count),
        _ingest_row("claimtrack ingest, per post (new)", first, floor, "≥ 800/s; ≤ 2.5×", count),
        _ingest_row("claimtrack ingest, per post (all known)", again, floor, "≥ 5,000/s", count),
    ]


def _ingest_row(name: str, runs: list, floor: list[float], target: str, count: int) -> dict:
    per_post = [r.seconds / count for r in runs]
    return row(name, per_post, floor, target, reports=count, per_second=1 / statistics.median(per_post),
               peak_mb=max(r.peak_mb for r in runs))


def run(plan: Plan) -> list[dict]:
    results: list[dict] = []
    for size in plan.cli_sizes:
        results += cli_benchmarks(size, plan.repeat)
    for size in plan.chart_sizes:
        results += chart_benchmarks(size, plan.repeat)
    for size in plan.match_sizes:
        results += matching_benchmarks(size, plan.repeat)
    results += ingest_benchmarks(plan.posts, plan.ingest_repeat)
    return results


def key(r: dict) -> str:
    size = r.get("claims") or r.get("reports")
    return f"{r['benchmark']} @ {size}"


def check(results: list[dict], baseline_path: Path) -> list[str]:
    """Benchmarks whose ratio to their floor grew more than REGRESSION_FACTOR× the baseline's."""
    baseline = json.loads(baseline_path.read_text())["ratios"]
    failures = []
    for r in results:
        expected = baseline.get(key(r))
        if expected is None or r["ratio_to_floor"] is None:
            continue
        if r["ratio_to_floor"] > expected * REGRESSION_FACTOR:
            failures.append(f"{key(r)}: {r['ratio_to_floor']:.2f}× its floor, baseline {expected:.2f}×")
    return failures


def machine() -> str:
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.machine()} {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}".replace("  ", " ")


def print_table(results: list[dict]) -> None:
    print(f"claimtrack benchmarks on {machine()}\n")
    print("| size | benchmark | median ms | min–max ms | × floor | target | notes |\n|---:|---|---:|---:|---:|---|---|")
    for r in results:
        ratio = "" if r["ratio_to_floor"] is None else f"{r['ratio_to_floor']:.2f}×"
        notes = []
        if "per_second" in r:
            notes.append(f"{r['per_second']:,.0f}/s")
        if "peak_mb" in r:
            notes.append(f"peak {r['peak_mb']:.0f} MB")
        size = r.get("claims") or r.get("reports")
        print(f"| {size:,} | {r['benchmark']} | {r['median_ms']:.3g} | {r['min_ms']:.3g}–{r['max_ms']:.3g} | "
              f"{ratio} | {r['target']} | {', '.join(notes)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small CI subset (under a minute)")
    parser.add_argument("--check", type=Path, metavar="BASELINE", help="fail on a >2× regression of a ratio")
    parser.add_argument("--write-baseline", type=Path, metavar="BASELINE", help="store this run's ratios")
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    results = run(QUICK if args.quick else FULL)
    print_table(results)
    args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=2, ensure_ascii=False))
    if args.write_baseline:
        ratios = {key(r): round(r["ratio_to_floor"], 3) for r in results
                  if r["ratio_to_floor"] is not None and not r["benchmark"].startswith("floor")}
        args.write_baseline.write_text(json.dumps({"machine": machine(), "ratios": ratios}, indent=2,
                                                  ensure_ascii=False) + "\n")
    if args.check:
        failures = check(results, args.check)
        for failure in failures:
            print(f"REGRESSION: {failure}", file=sys.stderr)
        if failures:
            sys.exit(1)
        print(f"\nno regression beyond {REGRESSION_FACTOR:g}× of {args.check.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
