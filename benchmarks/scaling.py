"""Where one SQLite file stops serving: read latency as the database grows, one cron
`update` run as the feeds multiply, and readers while cron writes. Prints markdown
tables (the figures in docs/scaling.md).

    python benchmarks/scaling.py            # full run (≈8 minutes; databases cached)
    python benchmarks/scaling.py --quick    # a 1k database, 2–4 feeds, 1–2 readers (seconds)
    python benchmarks/scaling.py --sizes 1000,10000,100000,1000000   # a bigger ladder

1. Size: databases of N claims built by make_db.py (responses, verdicts) plus N/10
   generated reports ingested by `ingest.ingest_all` (mentions linked by the matcher),
   cached under benchmarks/.cache/ (or --cache). Each user action is timed in process
   through the library (`query`, `track_record`): median and max of repeats after a
   warm-up; then as the command a user types (a fresh `python -m claimtrack` process),
   which adds the interpreter's and typer's start-up (≈0.2 s on this machine).
2. Feeds: `claimtrack update --json` (a fresh process, as cron runs it) over N loopback
   RSS feeds from benchmarks/feed_server.py, added with --full-text: the first run
   (every entry new), a run where every feed answers 304, and a run with 5 new entries
   per feed. The server runs in this process, on the same two cores.
3. Concurrency: one writer process ingesting generated reports through `ingest_all`
   (20 reports per call, as a feed's new entries arrive) while K reader processes loop
   over the first page of open claims and `claim_detail` of a random claim, all on one
   WAL file. Each configuration starts from a fresh copy of the same database.

Seeds are fixed (make_db 7, reports 11, the writer's reports 23, readers 100+k), so
the same arguments build the same databases and ask the same questions.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from claimtrack import query  # noqa: E402
from claimtrack.ingest import ingest_all  # noqa: E402
from claimtrack.models import ClaimQuery  # noqa: E402
from claimtrack.store import Store  # noqa: E402
from claimtrack.track_record import track_records  # noqa: E402
from make_db import make  # noqa: E402
from make_reports import GENERATION, write_posts  # noqa: E402
from measure import claimtrack_json, cli_env, restore, snapshot  # noqa: E402
from run import machine  # noqa: E402

TODAY = date(2026, 12, 1)  # the in-process reads' "today", so a rerun asks the same question
PAGE = 51  # what `claimtrack list` reads on a terminal: a page of 50, and one more to tell there is more
REPORTS_PER_CLAIMS = 10  # one generated report ingested per 10 claims made by make_db
WRITER_SEED = 23  # the writer's reports are not the ones already in the database (seed 11)
WRITER_CHUNK = 20  # reports per ingest_all call in the writer: a feed's new entries
NEW_PER_FEED = 5
INTERVALS = (300, 900)  # cron intervals (seconds) one update run should fit in


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...]
    repeat: int  # in-process repeats per action (after one warm-up), within `budget` seconds
    budget: float
    cli_repeat: int
    feeds: tuple[int, ...]
    entries: int  # per feed
    db_feeds: int  # feeds polled on a copy of the largest database
    update_repeat: int  # runs of each timed update after the first
    readers: tuple[int, ...]
    seconds: float  # per concurrency configuration
    writer_pool: int  # reports the writer may ingest


FULL = Plan(sizes=(1000, 10000, 100000), repeat=15, budget=20.0, cli_repeat=5, feeds=(10, 50, 200), entries=20,
            db_feeds=50, update_repeat=3, readers=(1, 2, 4, 8), seconds=10.0, writer_pool=12000)
QUICK = Plan(sizes=(1000,), repeat=3, budget=2.0, cli_repeat=1, feeds=(1, 3), entries=5, db_feeds=0,
             update_repeat=1, readers=(1,), seconds=0.5, writer_pool=200)


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- 1. size -------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    size: int
    path: Path
    claims_seconds: float  # make_db: claims, responses, verdicts through record.py
    reports: int
    ingest_seconds: float  # ingest_all of the generated reports into that database
    counts: dict


def build(size: int, cache: Path) -> Built:
    """The database of `size` claims plus size/10 ingested reports, built once."""
    path = cache / f"scaling-g{GENERATION}-{size}.db"
    facts = path.with_suffix(".json")
    if not (path.exists() and facts.exists()):
        for old in (path, facts):
            old.unlink(missing_ok=True)
        print(f"building {path.name} …", file=sys.stderr)
        claims_seconds = make(path, size)
        reports = max(1, size // REPORTS_PER_CLAIMS)
        folder = cache / f"scaling-posts-g{GENERATION}-{reports}"
        if not folder.exists():
            write_posts(cache / f".{folder.name}.partial", reports)
            (cache / f".{folder.name}.partial").rename(folder)
        with Store.open(path) as store:
            began = time.perf_counter()
            summary = ingest_all(store, [str(folder)], keep_reports=False)
            ingest_seconds = time.perf_counter() - began
            store.conn.execute("PRAGMA optimize")
        counts = _counts(path)
        facts.write_text(json.dumps({"claims_seconds": claims_seconds, "reports": reports,
                                     "ingest_seconds": ingest_seconds, "reports_new": summary.as_json()["reports_new"],
                                     "counts": counts, "built": time.strftime("%Y-%m-%d")}))
    data = json.loads(facts.read_text())
    Store.open(path).close()  # brought to the current schema before anything is timed
    return Built(size, path, data["claims_seconds"], data["reports"], data["ingest_seconds"], data["counts"])


def _counts(path: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("claims", "reports", "mentions", "responses", "verdicts")}
    finally:
        conn.close()


def busiest_claim(store: Store) -> tuple[int, int]:
    """The claim with the most mentions and responses (what `show` has most to read), and that number."""
    row = store.conn.execute(
        "SELECT c.id, (SELECT count(*) FROM mentions m WHERE m.claim_id = c.id)"
        " + (SELECT count(*) FROM responses r WHERE r.claim_id = c.id) AS n FROM claims c"
        " ORDER BY n DESC, c.id LIMIT 1").fetchone()
    return row[0], row[1]


def actions(store: Store, claim_id: int) -> dict[str, tuple[callable, list[str]]]:
    """What a user does, in process, and the same as the command they would type."""
    return {
        "list: first page of open claims": (
            lambda: query.list_claims(store, ClaimQuery(status="open", limit=PAGE), TODAY),
            ["list", "--status", "open", "--limit", "50"]),
        "show: one claim (the busiest)": (
            lambda: query.claim_detail(store, claim_id, today=TODAY), ["show", str(claim_id)]),
        "timeline: one claim (the busiest)": (
            lambda: query.timeline(store, claim_id, today=TODAY), ["timeline", str(claim_id)]),
        "search 收购 (zh two-character word), first page": (
            lambda: query.list_claims(store, ClaimQuery(search="收购", limit=PAGE), TODAY),
            ["list", "--search", "收购", "--limit", "50"]),
        "search acquire (en word), first page": (
            lambda: query.list_claims(store, ClaimQuery(search="acquire", limit=PAGE), TODAY),
            ["list", "--search", "acquire", "--limit", "50"]),
        "sources: track record of every originator": (
            lambda: track_records(query.claim_outcomes(store, TODAY)), ["sources"]),
    }


def timed(fn, repeat: int, budget: float) -> list[float]:
    """One warm-up, then `repeat` runs, or fewer (at least 3) once `budget` seconds are spent."""
    fn()
    times, began = [], time.perf_counter()
    while len(times) < repeat and (len(times) < 3 or time.perf_counter() - began < budget):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def cli_wall(args: list[str], env: dict, repeat: int) -> list[float]:
    """`python -m claimtrack ARGS` to a pipe: one warm-up, then `repeat` runs (one run, no
    warm-up, when a run takes over 2 s, the figure then being the query, not the start-up;
    or when `repeat` is 1, as --quick asks)."""
    def once() -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimtrack", *args], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - t

    first = once()
    return [first] if first > 2 or repeat <= 1 else [once() for _ in range(repeat)]


def size_section(plan: Plan, cache: Path) -> dict:
    builds = [build(size, cache) for size in plan.sizes]
    inproc: dict[str, dict[int, list[float]]] = {}
    cli: dict[str, dict[int, list[float]]] = {}
    busiest = {}
    for b in builds:
        print(f"timing reads at {b.size:,} claims …", file=sys.stderr)
        with Store.open(b.path, reader=True) as store:
            claim_id, events = busiest_claim(store)
            busiest[b.size] = events
            for name, (fn, _) in actions(store, claim_id).items():
                inproc.setdefault(name, {})[b.size] = timed(fn, plan.repeat, plan.budget)
            commands = {name: args for name, (_, args) in actions(store, claim_id).items()}
        env = cli_env(b.path)
        for name, args in commands.items():
            cli.setdefault(name, {})[b.size] = cli_wall(args, env, plan.cli_repeat)
    return {"builds": builds, "inproc": inproc, "cli": cli, "busiest": busiest,
            "commands": {name: ["show", "ID"] if args[0] == "show" else ["timeline", "ID"] if args[0] == "timeline"
                         else args for name, args in commands.items()}}


def print_size(result: dict) -> None:
    builds = result["builds"]
    sizes = [b.size for b in builds]
    print("### 1. Size: the database\n")
    print("| claims made | claims stored | reports | mentions | responses | verdicts | file MB | build: claims s | "
          "build: ingest reports s (ms per report) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for b in builds:
        c = b.counts
        mb = sum(Path(f"{b.path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{b.path}{s}").exists()) / 2**20
        print(f"| {b.size:,} | {c['claims']:,} | {c['reports']:,} | {c['mentions']:,} | {c['responses']:,} | "
              f"{c['verdicts']:,} | {mb:,.1f} | {b.claims_seconds:.1f} | {b.ingest_seconds:.1f} "
              f"({b.ingest_seconds / b.reports * 1000:.2f}) |")
    print("\nIn process (library call on an open store): median ms (max) of repeats after a warm-up\n")
    head = " | ".join(f"{s:,} claims" for s in sizes)
    print(f"| action | {head} |\n|---|{'---:|' * len(sizes)}")
    for name, by_size in result["inproc"].items():
        cells = " | ".join(f"{ms(statistics.median(by_size[s]))} ({ms(max(by_size[s]))})" for s in sizes)
        print(f"| {name} | {cells} |")
    print(f"\nBusiest claim (mentions + responses): "
          + ", ".join(f"{n} at {s:,}" for s, n in result["busiest"].items()))
    print("\nAs typed (a fresh `python -m claimtrack` process to a pipe): median ms (max)\n")
    print(f"| command | {head} |\n|---|{'---:|' * len(sizes)}")
    for name, by_size in result["cli"].items():
        cells = " | ".join(f"{ms(statistics.median(by_size[s]))} ({ms(max(by_size[s]))})" for s in sizes)
        print(f"| `claimtrack {' '.join(result['commands'][name])}` | {cells} |")
    print("\nThe first measured size where a median passes a threshold, and growth per 10× claims (in process)\n")
    print("| action | in process > 100 ms | in process > 1 s | typed > 1 s | growth per 10× |\n|---|---|---|---|---|")

    def first_over(by_size: dict, limit: float) -> str:
        over = [s for s in sizes if statistics.median(by_size[s]) > limit]
        return f"{over[0]:,}" if over else f"not up to {sizes[-1]:,}"

    for name, by_size in result["cli"].items():
        inp = result["inproc"][name]
        cross = [first_over(inp, 0.1), first_over(inp, 1.0), first_over(by_size, 1.0)]
        growth = [statistics.median(inp[b]) / statistics.median(inp[a]) for a, b in zip(sizes, sizes[1:])
                  if b == a * 10]
        print(f"| {name} | {' | '.join(cross)} | {', '.join(f'{g:.1f}×' for g in growth) or '–'} |")
    print()


# -- 2. feeds ------------------------------------------------------------------------


def feeds_section(plan: Plan, cache: Path, largest: Built | None) -> list[dict]:
    from claimtrack.update.sources import add_feed
    from feed_server import FeedServer

    work = cache / "scaling-update"
    rows = []
    cases = [(n, None) for n in plan.feeds] + ([(plan.db_feeds, largest)] if largest and plan.db_feeds else [])
    for feeds, base in cases:
        print(f"update over {feeds} feeds{' on ' + base.path.name if base else ''} …", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        db, seen = work / "claimtrack.db", work / "seen.db"
        if base:
            snapshot(base.path, db)
        env = cli_env(db)
        with FeedServer(feeds, plan.entries, NEW_PER_FEED) as server:
            with Store.open(db) as store:
                for f in range(feeds):
                    add_feed(store, server.feed_url(f), name=f"wire-{f}", full_text=True)
            first = claimtrack_json(["update"], env)
            _expect(first.out, entries_new=feeds * plan.entries)
            snapshot(db, seen)
            unchanged = []
            for _ in range(plan.update_repeat):
                done = claimtrack_json(["update"], env)
                _expect(done.out, feeds_unchanged=feeds, entries_new=0)
                unchanged.append(done.seconds)
            server.publish()
            new = []
            for _ in range(plan.update_repeat):
                restore(seen, db)
                done = claimtrack_json(["update"], env)
                _expect(done.out, entries_new=feeds * NEW_PER_FEED)
                new.append(done.seconds)
        rows.append({"feeds": feeds, "db": f"{base.size:,} claims" if base else "empty", "entries": plan.entries,
                     "first": first.seconds, "unchanged": unchanged, "new": new})
    shutil.rmtree(work, ignore_errors=True)
    return rows


def _expect(summary: dict, **counts: int) -> None:
    got = {name: summary["counts"][name] for name in counts}
    if summary["exit_code"] != 0 or got != counts:
        raise RuntimeError(f"update: expected {counts}, got {got}, exit code {summary['exit_code']}")


def print_feeds(rows: list[dict]) -> None:
    print("### 2. Feeds: one `claimtrack update` run (a fresh process, as cron runs it)\n")
    print(f"| feeds | database before | first run: every entry new | all 304: median s | "
          f"{NEW_PER_FEED} new per feed: median s (max) |")
    print("|---:|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['feeds']} | {r['db']} | {r['first']:.1f} s ({r['feeds'] * r['entries']:,} entries) | "
              f"{statistics.median(r['unchanged']):.2f} | {statistics.median(r['new']):.2f} ({max(r['new']):.2f}) |")
    empty = [r for r in rows if r["db"] == "empty"]
    if len(empty) >= 2:
        # Feeds are polled one after another: a run costs a fixed part plus a part per feed.
        # The slope between the fewest and the most feeds measured is that part.
        low, high = empty[0], empty[-1]
        span = high["feeds"] - low["feeds"]
        print("\n| run | fixed s | per feed ms | " + " | ".join(f"feeds in {i // 60} min" for i in INTERVALS)
              + f" | feeds in the 600 s --run-timeout |\n|---|---:|---:|{'---:|' * len(INTERVALS)}---:|")
        for label, key in (("all 304", "unchanged"), (f"{NEW_PER_FEED} new per feed", "new")):
            slope = (statistics.median(high[key]) - statistics.median(low[key])) / span
            fixed = statistics.median(low[key]) - slope * low["feeds"]
            fits = " | ".join(f"≈{(i - fixed) / slope:,.0f}" for i in (*INTERVALS, 600))
            print(f"| {label} | {fixed:.2f} | {slope * 1000:.1f} | {fits} |")
        print(f"\nStraight-line extrapolation from {low['feeds']} and {high['feeds']} feeds on an empty database. "
              "The feed server runs in the benchmark's process and shares the machine's "
              f"{os.cpu_count()} cores with `update`; real feeds add the network's latency per request.")
    print()


# -- 3. concurrency ------------------------------------------------------------------


def _reader(path: str, ids: list[int], seed: int, ready, go, stop, out) -> None:
    import sqlite3

    from claimtrack.errors import StoreError

    rnd = random.Random(seed)
    lists, shows, errors = [], [], {}
    with Store.open(Path(path), reader=True) as store:
        ready.release()
        go.wait()
        turn = 0
        while not stop.is_set():
            turn += 1
            began = time.perf_counter()
            try:
                if turn % 2:
                    query.list_claims(store, ClaimQuery(status="open", limit=PAGE), TODAY)
                else:
                    query.claim_detail(store, rnd.choice(ids), today=TODAY)
            except (StoreError, sqlite3.Error) as err:
                key = f"{type(err).__name__}: {str(err)[:60]}"
                errors[key] = errors.get(key, 0) + 1
                continue
            (lists if turn % 2 else shows).append(time.perf_counter() - began)
    out.put({"role": "reader", "list": lists, "show": shows, "errors": errors})


def _writer(path: str, pool: list[str], ready, go, stop, out) -> None:
    import sqlite3

    from claimtrack.errors import StoreError

    calls, stored, errors, active, wal_max = [], 0, {}, 0.0, 0
    wal = Path(f"{path}-wal")
    with Store.open(Path(path)) as store:
        ready.release()
        go.wait()
        began = time.perf_counter()
        for start in range(0, len(pool), WRITER_CHUNK):
            if stop.is_set():
                break
            t = time.perf_counter()
            try:
                summary = ingest_all(store, pool[start:start + WRITER_CHUNK], keep_reports=False)
                stored += summary.as_json()["reports_new"]
            except (StoreError, sqlite3.Error) as err:
                key = f"{type(err).__name__}: {str(err)[:60]}"
                errors[key] = errors.get(key, 0) + 1
            calls.append(time.perf_counter() - t)
            wal_max = max(wal_max, wal.stat().st_size if wal.exists() else 0)  # after its checkpoint
        active = time.perf_counter() - began
        exhausted = not stop.is_set()
    out.put({"role": "writer", "calls": calls, "stored": stored, "seconds": active, "errors": errors,
             "exhausted": exhausted, "wal_mb": wal_max / 2**20})


def concurrency_section(plan: Plan, cache: Path, base: Built) -> list[dict]:
    folder = cache / f"scaling-writer-posts-g{GENERATION}-{plan.writer_pool}"
    if not folder.exists():
        write_posts(cache / f".{folder.name}.partial", plan.writer_pool, seed=WRITER_SEED)
        (cache / f".{folder.name}.partial").rename(folder)
    pool = sorted(str(p) for p in folder.glob("*.md"))
    with Store.open(base.path, reader=True) as store:
        top = store.conn.execute("SELECT max(id) FROM claims").fetchone()[0]
    ids = random.Random(5).sample(range(1, top + 1), min(500, top))
    work = cache / "scaling-concurrency"
    work.mkdir(parents=True, exist_ok=True)
    db = work / "claimtrack.db"
    ctx = multiprocessing.get_context("spawn")
    configs = [(0, True)] + [(k, True) for k in plan.readers] + [(k, False) for k in sorted({plan.readers[0],
                                                                                            plan.readers[-1]})]
    rows = []
    for readers, writing in configs:
        print(f"{readers} readers{' + writer' if writing else ''} for {plan.seconds:g} s …", file=sys.stderr)
        restore(base.path, db)
        ready, go, stop, out = ctx.Semaphore(0), ctx.Event(), ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_reader, args=(str(db), ids, 100 + k, ready, go, stop, out))
                 for k in range(readers)]
        if writing:
            procs.append(ctx.Process(target=_writer, args=(str(db), pool, ready, go, stop, out)))
        for p in procs:
            p.start()
        for _ in procs:
            ready.acquire()
        go.set()
        time.sleep(plan.seconds)
        stop.set()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join()
            if p.exitcode != 0:
                raise RuntimeError(f"a {'writer' if p is procs[-1] and writing else 'reader'} exited {p.exitcode}")
        rows.append({"readers": readers, "writing": writing, "seconds": plan.seconds,
                     "reader": [r for r in results if r["role"] == "reader"],
                     "writer": next((r for r in results if r["role"] == "writer"), None)})
    shutil.rmtree(work, ignore_errors=True)
    return rows


def print_concurrency(rows: list[dict], base: Built) -> None:
    print(f"### 3. Readers while cron writes ({base.size:,}-claim database, WAL, {os.cpu_count()} cores)\n")
    print("| readers | writer | list: median ms (p95) | show: median ms (p95) | reader ops/s (all readers) | "
          "reader errors | writer reports/s | writer: ingest call of 20, median ms (p95) | writer errors | "
          "WAL after a call, max MB |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        lists = [t for x in r["reader"] for t in x["list"]]
        shows = [t for x in r["reader"] for t in x["show"]]
        reader_errors = sum(n for x in r["reader"] for n in x["errors"].values())
        ops = (len(lists) + len(shows)) / r["seconds"]
        cell = (lambda v: f"{ms(statistics.median(v))} ({ms(p95(v))})" if v else "–")
        w = r["writer"]
        if w:
            rate = f"{w['stored'] / w['seconds']:,.0f}" + (" (pool used up)" if w["exhausted"] else "")
            wcalls = cell(w["calls"])
            werr = str(sum(w["errors"].values()))
            wal = f"{w['wal_mb']:.1f}"
        else:
            rate = wcalls = werr = wal = "–"
        reading = (f"{ops:,.0f}", str(reader_errors)) if r["readers"] else ("–", "–")
        print(f"| {r['readers']} | {'ingesting' if r['writing'] else 'none'} | {cell(lists)} | {cell(shows)} | "
              f"{reading[0]} | {reading[1]} | {rate} | {wcalls} | {werr} | {wal} |")
    print(f"\nThe machine has {os.cpu_count()} cores: with more processes than cores they take turns on one. "
          "The rows without a writer show what the readers cost each other; the difference is the writer's.\n")


# -- main ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 1k database, few feeds and readers (seconds)")
    parser.add_argument("--sizes", help="claims per database, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache", help="where databases and posts are kept")
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    if args.sizes:
        plan = Plan(**{**plan.__dict__, "sizes": tuple(int(s) for s in args.sizes.split(","))})
    args.cache.mkdir(parents=True, exist_ok=True)
    began, load_before = time.perf_counter(), os.getloadavg()[0]
    sizes = size_section(plan, args.cache)
    largest = sizes["builds"][-1]
    feeds = feeds_section(plan, args.cache, largest)
    concurrency = concurrency_section(plan, args.cache, largest)
    print(f"## claimtrack scaling, {time.strftime('%Y-%m-%d')}\n\n{machine()}; SQLite "
          f"{__import__('sqlite3').sqlite_version}. `python benchmarks/scaling.py{' --quick' if args.quick else ''}`"
          f" ({time.perf_counter() - began:.0f} s). Load average (1 min) {load_before:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end: other jobs on this shared machine count in every figure.\n")
    print_size(sizes)
    print_feeds(feeds)
    print_concurrency(concurrency, largest)
    if args.json:
        sizes["builds"] = [{**b.__dict__, "path": str(b.path)} for b in sizes["builds"]]
        args.json.write_text(json.dumps({"machine": machine(), "size": sizes, "feeds": feeds,
                                         "concurrency": concurrency}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
