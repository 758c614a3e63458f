"""Overlapping cron runs: real processes, a kernel lock beside the database, exact
counts afterwards, and a lock that dies with a killed run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO
from feed_server import STORY_A, STORY_B, STORY_C, FeedServer, rss, serve

LOCKED = 75


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def claimtrack(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "claimtrack", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True)


def wait_for(condition, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out waiting"
        time.sleep(0.02)


def slow(body: bytes, server: FeedServer, seconds: float):
    def route(handler):
        server.stopping.wait(seconds)  # long enough for the second run to start meanwhile
        serve(body)(handler)
    return route


def counts() -> tuple[int, int]:
    conn = sqlite3.connect("db/claimtrack.db")
    try:
        return (conn.execute("SELECT count(*) FROM reports").fetchone()[0],
                conn.execute("SELECT count(*) FROM feed_entries").fetchone()[0])
    finally:
        conn.close()


def test_a_second_run_exits_75_at_once_and_nothing_is_stored_twice(cli, server):
    server.routes["/slow"] = slow(rss([STORY_A, STORY_B]), server, 1.5)
    server.routes["/fast"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/slow"), "--name", "slow", "--no-check")  # only update's fetches count
    cli.ok("feed", "add", server.url("/fast"), "--name", "fast")
    first = claimtrack("update", "--json")
    wait_for(lambda: "/slow" in server.paths())  # the first run holds the lock now
    started = time.monotonic()
    second = claimtrack("update", "--json")
    out2, err2 = second.communicate(timeout=20)
    assert second.returncode == LOCKED and time.monotonic() - started < 3
    assert out2 == "" and "another claimtrack update is running" in err2 and "Traceback" not in err2
    out1, err1 = first.communicate(timeout=20)
    assert first.returncode == 0 and "Traceback" not in err1
    assert json.loads(out1)["counts"]["reports_new"] == 3
    assert counts() == (3, 3)
    third = claimtrack("update", "--json")
    out3, _ = third.communicate(timeout=20)
    assert third.returncode == 0 and json.loads(out3)["counts"]["entries_new"] == 0
    assert counts() == (3, 3)
    assert Path("db/claimtrack.db.update-lock").exists()


def test_two_runs_started_together_store_each_entry_once(cli, server):
    server.routes["/feed"] = serve(rss([STORY_A, STORY_B, STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    runs = [claimtrack("update", "--json") for _ in range(2)]
    results = [(p.wait(timeout=20), p.communicate()) for p in runs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, LOCKED])
    assert all("Traceback" not in err for _, (_, err) in results)
    assert counts() == (3, 3)


def test_a_killed_run_does_not_block_the_next(cli, server):
    server.routes["/hang"] = lambda h: server.stopping.wait(30)
    cli.ok("feed", "add", server.url("/hang"), "--name", "hang", "--no-check")
    victim = claimtrack("update", "--timeout", "30")
    wait_for(lambda: "/hang" in server.paths())
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    server.routes["/hang"] = serve(rss([STORY_C]))
    started = time.monotonic()
    after = claimtrack("update", "--json")
    out, err = after.communicate(timeout=20)
    assert after.returncode == 0 and time.monotonic() - started < 5, err
    runs = {r["id"]: r["state"] for r in json.loads(subprocess.run(
        [sys.executable, "-m", "claimtrack", "runs", "--json"], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)}).stdout)}
    assert runs == {1: "interrupted", 2: "ok"}


def test_a_helper_left_running_by_a_hook_does_not_hold_the_lock(cli, server, tmp_path):
    server.routes["/feed"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    # The hook starts a background helper that outlives the run and writes its pid.
    helper = tmp_path / "helper.pid"
    cli.ok("hook", "add", "new-claim", f"sh -c 'sleep 30 >/dev/null 2>&1 & echo $! > {helper}'")
    first = claimtrack("update")
    first.communicate(timeout=20)
    assert first.returncode == 0
    wait_for(helper.exists)
    pid = int(helper.read_text().strip())
    try:
        os.kill(pid, 0)  # still running
        second = claimtrack("update", "--json")
        out, err = second.communicate(timeout=20)
        assert second.returncode == 0, err
    finally:
        os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("via", ["file", "folder"])
def test_a_symlinked_path_to_the_database_takes_the_same_lock(cli, server, tmp_path, via):
    """Cron through a symlink and a user through the real path are the same database:
    the second update exits 75 and touches nothing."""
    from claimtrack.update.lock import run_lock

    server.routes["/feed"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    real = Path("db/claimtrack.db").resolve()
    if via == "file":
        (tmp_path / "link.db").symlink_to(real)
        other = tmp_path / "link.db"
    else:
        (tmp_path / "linked-folder").symlink_to(real.parent, target_is_directory=True)
        other = tmp_path / "linked-folder" / "claimtrack.db"
    with run_lock(real):  # a run through the real path holds the lock
        result = cli("--db", str(other), "update")
    assert result.exit_code == LOCKED and "another claimtrack update is running" in result.stderr
    assert counts() == (0, 0)
    assert cli("--db", str(other), "update").exit_code == 0 and counts() == (1, 1)
