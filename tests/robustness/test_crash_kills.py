"""kill -9 at random moments during `ingest` and during `update` of a folder feed.

After every round of kills the database passes `integrity_check`, every stored report
carries everything extracted from it (no half-written report), and once a run is let
finish the (content hash, claim text) and (content hash, quote) sets equal those of a
clean reference run, with exact counts: nothing lost, nothing stored twice.

The default run kills 25 ingests and 25 updates. CLAIMTRACK_HEAVY=1 also runs a
variant with 300 reports and 100 kills of each.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

SEED = int(os.environ.get("CLAIMTRACK_KILL_SEED", "20240304"))
LIGHT = {"reports": 60, "kills": 25}
HEAVY = {"reports": 300, "kills": 100}
heavy = pytest.mark.skipif(os.environ.get("CLAIMTRACK_HEAVY") != "1", reason="set CLAIMTRACK_HEAVY=1 to run")

COMPANIES = ["Acme", "Borealis", "Cobalt", "Dynamo", "Ember", "Fathom", "Granite", "Helix", "Ion", "Jasper"]
REPORT_EN = """---
title: "Deal {n}"
date: 2024-{month:02d}-{day:02d}
---

{buyer} Group {n} is in talks to buy {target} Labs {n} for ${n} million, Bloomberg reported, citing people familiar with the matter.

{target} Labs {n} declined to comment.
"""
REPORT_ZH = """---
title: "传闻 {n}"
date: 2024-{month:02d}-{day:02d}
lang: zh
---

据彭博社援引知情人士报道，{buyer}集团{n}号正与{target}实验室{n}号商谈收购事宜。

{target}实验室{n}号回应称：“没有听说过此事。”
"""


def write_reports(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        template = REPORT_ZH if n % 4 == 3 else REPORT_EN
        text = template.format(n=n, month=n % 12 + 1, day=n % 28 + 1, buyer=COMPANIES[n % 10],
                               target=COMPANIES[(n * 3 + 1) % 10])
        (folder / f"r{n:03d}.md").write_text(text, encoding="utf-8")


def env_for(db: Path) -> dict:
    return {**os.environ, "CLAIMTRACK_DB": str(db), "PYTHONPATH": str(REPO)}


def claimtrack(db: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtrack", *args], env=env_for(db), cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=check)


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created, or killed before the first migration committed
    finally:
        conn.close()


def kill_rounds(new_db, args: list[str], plan: dict, timing: dict, rng: random.Random) -> list[Path]:
    """Start claimtrack and SIGKILL it at a random moment until `plan["kills"]` kills
    landed on a live process; a database whose reports are all in is replaced by a
    fresh one, so kills keep landing on start-up, migration and writing alike."""
    killed, dbs = 0, []
    while killed < plan["kills"]:
        db = new_db(len(dbs))
        dbs.append(db)
        while killed < plan["kills"] and (left := plan["reports"] - stored(db)) > 0:
            window = timing["startup"] + left * timing["per_report"] + 0.05
            # a third anywhere in the process's life, the rest while it reads and writes
            low = 0.01 if rng.random() < 0.35 else timing["startup"] * 0.8
            proc = subprocess.Popen([sys.executable, "-m", "claimtrack", *args], env=env_for(db), cwd=REPO,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(low, max(low, window)))
            proc.send_signal(signal.SIGKILL)
            killed += proc.wait() == -signal.SIGKILL
            check_whole(db)
    return dbs


def check_whole(db: Path) -> None:
    """integrity_check ok, and no report stored without what was extracted from it."""
    if not db.exists():
        return
    conn = sqlite3.connect(db)
    try:
        if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'reports'").fetchone()[0]:
            return  # killed before the first migration committed
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        half = conn.execute(
            """SELECT count(*) FROM reports r
               WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = r.id)
                  OR NOT EXISTS (SELECT 1 FROM responses s WHERE s.report_id = r.id)"""
        ).fetchone()[0]
        assert half == 0, f"{half} reports stored without their claims or responses"
    finally:
        conn.close()


def contents(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        claims = conn.execute(
            """SELECT r.content_hash, c.text FROM mentions m JOIN reports r ON r.id = m.report_id
               JOIN claims c ON c.id = m.claim_id"""
        ).fetchall()
        quotes = conn.execute(
            "SELECT r.content_hash, s.quote FROM responses s JOIN reports r ON r.id = s.report_id"
        ).fetchall()
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("reports", "claims", "mentions", "responses")}
        counts["distinct hashes"] = conn.execute("SELECT count(DISTINCT content_hash) FROM reports").fetchone()[0]
        return {"claims": sorted(claims), "quotes": sorted(quotes), "counts": counts}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """What a clean, uninterrupted run stores from each corpus size, and how long a run
    takes to start and to store a report (to aim the kills)."""
    made = {}

    def get(count: int) -> tuple[Path, dict, dict]:
        if count not in made:
            root = tmp_path_factory.mktemp(f"reference{count}")
            write_reports(root / "reports", count)
            start = time.monotonic()
            claimtrack(root / "ref.db", "ingest", str(root / "reports"))
            full = time.monotonic() - start
            start = time.monotonic()
            claimtrack(root / "ref.db", "ingest", str(root / "reports"))  # all known: start-up and reading
            startup = time.monotonic() - start
            timing = {"startup": startup, "per_report": max(full - startup, 0.05) / count}
            made[count] = (root / "reports", contents(root / "ref.db"), timing)
        return made[count]

    return get


def expect_same(db: Path, want: dict, count: int) -> None:
    check_whole(db)
    got = contents(db)
    assert got["counts"] == want["counts"]
    assert got["counts"]["reports"] == got["counts"]["distinct hashes"] == count
    assert got["claims"] == want["claims"]
    assert got["quotes"] == want["quotes"]


def run_ingest_kills(tmp_path, reference, plan: dict, rng: random.Random) -> int:
    folder, want, timing = reference(plan["reports"])
    assert want["counts"]["reports"] == want["counts"]["responses"] == plan["reports"]
    dbs = kill_rounds(lambda i: tmp_path / f"ingest{i}.db", ["ingest", str(folder)], plan, timing, rng)
    for db in dbs:
        assert claimtrack(db, "ingest", str(folder)).returncode == 0
        expect_same(db, want, plan["reports"])
    again = claimtrack(dbs[-1], "ingest", str(folder), "--json")  # a further run adds nothing
    assert json.loads(again.stdout)["reports_new"] == 0
    expect_same(dbs[-1], want, plan["reports"])
    return len(dbs)


def run_update_kills(tmp_path, reference, plan: dict, rng: random.Random) -> int:
    folder, want, timing = reference(plan["reports"])

    def new_db(i: int) -> Path:
        db = tmp_path / f"update{i}.db"
        claimtrack(db, "feed", "add", str(folder), "--name", "archive")
        return db

    dbs = kill_rounds(new_db, ["update", "--quiet"], plan, timing, rng)
    for db in dbs:
        finished = claimtrack(db, "update", "--json", check=False)  # the lock died with the killed runs
        assert finished.returncode == 0, finished.stderr
        expect_same(db, want, plan["reports"])
    again = claimtrack(dbs[-1], "update", "--json")
    assert json.loads(again.stdout)["counts"]["reports_new"] == 0
    expect_same(dbs[-1], want, plan["reports"])
    conn = sqlite3.connect(dbs[-1])
    states = dict(conn.execute("SELECT state, count(*) FROM runs GROUP BY state").fetchall())
    conn.close()
    assert states.get("ok", 0) >= 2, states  # the two finishing runs
    return len(dbs)


def test_kill_9_during_ingest_at_random_moments(tmp_path, reference):
    rng = random.Random(SEED)
    run_ingest_kills(tmp_path, reference, LIGHT, rng)


def test_kill_9_during_update_of_a_folder_feed(tmp_path, reference):
    rng = random.Random(SEED + 1)
    run_update_kills(tmp_path, reference, LIGHT, rng)


@heavy
def test_heavy_kill_9_during_ingest(tmp_path, reference):
    run_ingest_kills(tmp_path, reference, HEAVY, random.Random(SEED + 2))


@heavy
def test_heavy_kill_9_during_update(tmp_path, reference):
    run_update_kills(tmp_path, reference, HEAVY, random.Random(SEED + 3))


def test_the_readme_states_how_many_kills_the_suite_runs():
    # 7 more elsewhere: 5 in test_concurrency, 1 mid-upgrade (test_crash_upgrade),
    # 1 holding the update lock (test_update_concurrency)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"**{2 * LIGHT['kills'] + 7} `kill -9`s**: {LIGHT['kills']} during `ingest` and {LIGHT['kills']}" in readme
    assert f"adds {2 * HEAVY['kills']} kills over {HEAVY['reports']} reports" in readme
