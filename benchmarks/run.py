"""Run claimtrack's benchmarks and print a table: median, min–max, and the ratio to
each benchmark's floor measured in the same run (this machine is shared and noisy,
so absolute times drift; ratios measured side by side hold).

    python benchmarks/run.py                       # the full run (≈10 minutes)
    python benchmarks/run.py --quick --check benchmarks/baseline.json   # what CI runs
    python benchmarks/run.py --quick --write-baseline benchmarks/baseline.json
    python benchmarks/run.py --only update         # one family (cli chart match ingest update)

Databases are generated once per size under benchmarks/.cache/ by make_db.py, posts
by make_reports.py. `--check` fails (exit 1) when a benchmark's ratio to its floor
is more than 2× the ratio stored in the baseline: a regression, not noise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from measure import cli_env, database, in_process, posts, wall  # noqa: E402

PAGE_QUERY = ("SELECT id, text, status, first_reported FROM claims "
              "ORDER BY first_reported DESC, id DESC LIMIT 50")
REGRESSION_FACTOR = 2.0  # the machine's p95/p5 noise is ≈1.8 (../shared/research/perf.md, beside the repository)
UPDATE_NEW = 5  # entries published per feed between two update runs (issue 8)
UPDATE_SHORT = 10  # entries in the short feeds that show update costs follow the new ones
# The 304 floor: what any poller pays for the same conditional requests, with the
# HTTP client claimtrack uses.
CONDITIONAL_GETS = """import json, sys, urllib.error, urllib.request
for url, etag, modified in json.loads(sys.argv[1]):
    headers = {"If-None-Match": etag, "If-Modified-Since": modified}
    try:
        urllib.request.urlopen(urllib.request.Request(url, headers=headers))
    except urllib.error.HTTPError as err:
        assert err.code == 304, err
    else:
        sys.exit(url + ": not 304")
"""


@dataclass(frozen=True)
class Plan:
    """What one run measures: `--quick` is the CI subset, under a minute."""

    cli_sizes: tuple[int, ...]
    match_sizes: tuple[int, ...]
    chart_sizes: tuple[int, ...]
    posts: int
    repeat: int
    ingest_repeat: int
    update_feeds: int
    update_entries: int  # per feed
    update_repeat: int  # runs with new entries; the 304 runs use `repeat`


FULL = Plan(cli_sizes=(1000, 10000, 100000), match_sizes=(1000, 10000, 100000), chart_sizes=(1000, 10000, 100000),
            posts=10000, repeat=15, ingest_repeat=3, update_feeds=50, update_entries=100, update_repeat=5)
QUICK = Plan(cli_sizes=(1000,), match_sizes=(1000,), chart_sizes=(1000,), posts=300, repeat=7, ingest_repeat=3,
             update_feeds=10, update_entries=50, update_repeat=3)
FAMILIES = ("cli", "chart", "match", "ingest", "update")


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
    days = sorted(r[0] for r in sqlite3.connect(db).execute(
        "SELECT c.first_reported FROM claims c JOIN claim_subjects s ON s.claim_id = c.id "
        "JOIN entities e ON e.id = s.entity_id WHERE e.name = '小米'"))
    floor = page_floor(db, repeat, env)
    ct = [sys.executable, "-m", "claimtrack"]
    rows = [
        row("floor: python + sqlite3 page query", floor, floor, claims=size),
        row(f"claimtrack timeline --subject 小米 ({len(days):,} claims)",
            wall(ct + ["timeline", "--subject", "小米"], max(3, repeat // 3), env), floor, "< 1 s", claims=size),
    ]
    if len(days) > 1000:  # the target's 1,000 claims: the subject as of the day its 1,000th was reported
        day = days[999]
        rows.append(row(f"claimtrack timeline --subject 小米 --as-of {day} ({bisect_right(days, day):,} claims)",
                        wall(ct + ["timeline", "--subject", "小米", "--as-of", day], max(3, repeat // 3), env),
                        floor, "< 1 s", claims=size))
    if size <= 1000:  # the target speaks of 1,000 claims
        rows.append(row(f"claimtrack export --format md ({size:,} claims)",
                        wall(ct + ["export", "--format", "md"], max(3, repeat // 3), env), floor, "< 1 s", claims=size))
        rows.append(row(f"claimtrack export --format json ({size:,} claims)",
                        wall(ct + ["export", "--format", "json"], max(3, repeat // 3), env), floor, "< 1 s", claims=size))
    return rows


def matching_benchmarks(size: int, repeat: int) -> list[dict]:
    """Cost of deciding where one new claim belongs, against this many stored claims."""
    from claimtrack.dates.partial import PartialDate
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


def update_benchmarks(feeds: int, entries: int, repeat: int, new_repeat: int) -> list[dict]:
    """`claimtrack update` of `feeds` loopback RSS feeds of `entries` summaries each,
    added with --full-text (each new entry's 4 KB page is fetched): every feed
    answering 304, then 5 new entries per feed, each such run from the same restored
    database. The new-entry runs are set against `claimtrack ingest` of the same new
    pages by address, and against feeds of only 10 entries with the same 5 new."""
    from claimtrack.update.sources import add_feed
    from claimtrack.store import Store
    from feed_server import FeedServer
    from measure import CACHE, claimtrack_json, restore, snapshot

    work = CACHE / "update"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db, seen, seen_short = work / "claimtrack.db", work / "seen.db", work / "seen-short.db"
    env = cli_env(db)
    total, new = feeds * entries, feeds * UPDATE_NEW
    with FeedServer(feeds, entries, UPDATE_NEW) as server:
        with Store.open(db) as store:
            for f in range(feeds):
                add_feed(store, server.feed_url(f), name=f"wire-{f}", full_text=True)
        first = claimtrack_json(["update"], env)
        _expect_update(first.out, entries_new=total, reports_new=total)
        snapshot(db, seen)

        with Store.open(db) as store:
            validators = [(f.address, f.etag, f.last_modified) for f in store.feeds()]
        gets = wall([sys.executable, "-c", CONDITIONAL_GETS, json.dumps(validators)], repeat, env)
        unchanged = []
        for _ in range(repeat + 2):  # two to warm up, as wall() does
            done = claimtrack_json(["update"], env)
            _expect_update(done.out, feeds_unchanged=feeds, entries_new=0)
            unchanged.append(done.seconds)
        unchanged = unchanged[2:]

        # Same database, the feeds now listing only their newest 10: new validators,
        # nothing new. Keep that state for the short-feed runs.
        restore(seen, db)
        server.window = UPDATE_SHORT
        _expect_update(claimtrack_json(["update"], env).out, entries_new=0)
        snapshot(db, seen_short)

        server.publish()
        pages = server.newest(UPDATE_NEW)
        ingest, long, short = [], [], []
        for _ in range(new_repeat):
            restore(seen, db)
            done = claimtrack_json(["ingest", *pages], env)
            if done.out["reports_new"] != new:
                raise RuntimeError(f"ingest stored {done.out['reports_new']} of {new} new pages")
            ingest.append(done.seconds / new)
            for window, state, runs in ((entries, seen, long), (UPDATE_SHORT, seen_short, short)):
                restore(state, db)
                server.window = window
                done = claimtrack_json(["update"], env)
                _expect_update(done.out, entries_new=new, reports_new=new)
                runs.append(done)

    size = {"reports": total}
    beyond = statistics.median(unchanged) - statistics.median(gets)

    def per_new(runs: list, cpu: bool = False) -> list[float]:
        return [(r.cpu_seconds if cpu else r.seconds) / new for r in runs]

    def ratio(cpu: bool) -> float:
        return statistics.median(per_new(long, cpu)) / statistics.median(per_new(short, cpu))

    # CPU time beside wall: on a busy machine wall time also counts waiting for a core.
    proportional = f"{ratio(False):.2f}× the {UPDATE_SHORT}-entry feeds ({ratio(True):.2f}× in CPU time)"
    return [
        row(f"claimtrack update, first run ({total:,} new entries), per entry", [first.seconds / total], None,
            reports=total, per_second=total / first.seconds),
        row(f"floor: python + urllib, {feeds} conditional GETs (304)", gets, gets, **size),
        row(f"claimtrack update, {feeds} feeds all 304", unchanged, gets, "≤ 1 s + network",
            note=f"{beyond * 1000:.0f} ms beyond the GETs", **size),
        row(f"floor: claimtrack ingest of the {new} new pages by address, per page", ingest, ingest, **size),
        row(f"claimtrack update, {UPDATE_NEW} new of {entries} per feed, per new entry", per_new(long), ingest,
            "∝ new entries", note=proportional, **size),
        row(f"claimtrack update, {UPDATE_NEW} new of {UPDATE_SHORT} per feed, per new entry", per_new(short), ingest,
            **size),
    ]


def _expect_update(summary: dict, **counts: int) -> None:
    """A timed run that did something else than planned measured nothing."""
    got = {name: summary["counts"][name] for name in counts}
    if summary["exit_code"] != 0 or got != counts:
        raise RuntimeError(f"update: expected {counts}, got {got}, exit code {summary['exit_code']}")


def run(plan: Plan, only: tuple[str, ...] = FAMILIES) -> list[dict]:
    results: list[dict] = []
    if "cli" in only:
        for size in plan.cli_sizes:
            results += cli_benchmarks(size, plan.repeat)
    if "chart" in only:
        for size in plan.chart_sizes:
            results += chart_benchmarks(size, plan.repeat)
    if "match" in only:
        for size in plan.match_sizes:
            results += matching_benchmarks(size, plan.repeat)
    if "ingest" in only:
        results += ingest_benchmarks(plan.posts, plan.ingest_repeat)
    if "update" in only:
        results += update_benchmarks(plan.update_feeds, plan.update_entries, plan.repeat, plan.update_repeat)
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
        if "note" in r:
            notes.append(r["note"])
        size = r.get("claims") or r.get("reports")
        print(f"| {size:,} | {r['benchmark']} | {r['median_ms']:.3g} | {r['min_ms']:.3g}–{r['max_ms']:.3g} | "
              f"{ratio} | {r['target']} | {', '.join(notes)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small CI subset (under a minute)")
    parser.add_argument("--check", type=Path, metavar="BASELINE", help="fail on a >2× regression of a ratio")
    parser.add_argument("--write-baseline", type=Path, metavar="BASELINE", help="store this run's ratios")
    parser.add_argument("--only", action="append", choices=FAMILIES, metavar="FAMILY",
                        help=f"run only this family of benchmarks (repeatable): {', '.join(FAMILIES)}")
    parser.add_argument("--json", type=Path, help="write the results here (default results.json, unless --only)")
    args = parser.parse_args()
    results = run(QUICK if args.quick else FULL, tuple(args.only or FAMILIES))
    print_table(results)
    out = args.json or (None if args.only else HERE / "results.json")  # a part must not replace a whole run
    if out:
        out.write_text(json.dumps({"machine": machine(), "results": results}, indent=2, ensure_ascii=False))
    if args.write_baseline:
        # With --only, the other families keep their stored ratios.
        keep = args.only and args.write_baseline.exists()
        ratios = json.loads(args.write_baseline.read_text())["ratios"] if keep else {}
        ratios |= {key(r): round(r["ratio_to_floor"], 3) for r in results
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
