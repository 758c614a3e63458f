"""Disk full or an I/O failure mid-ingest (scenario 6 of ../shared/research/reliability.md, SQLite's own
method): cap the size of files the process may write so that the N-th write fails,
for N from small upward, and check after every run that the database opens, passes
its integrity check and holds whole reports only; with room again, a re-run stores
everything."""

import os
import resource
import sqlite3
import subprocess
import sys

from conftest import REPO

REPORT = """---
title: "Report {n}"
date: 2024-02-{day:02d} 10:00:00
---

Vendor{n} is in talks to acquire Maker{n}, Reuters reported, citing people familiar with the matter.

Vendor{n} declined to comment.
"""

FAULT_POINTS = 30


def _ingest(folder, db, max_bytes):
    def limit():
        if max_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    env = {**os.environ, "CLAIMTRACK_DB": str(db), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "claimtrack", "ingest", str(folder)], env=env,
                          capture_output=True, text=True, preexec_fn=limit, timeout=120)


def _whole_reports_only(db):
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        half = conn.execute(
            "SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = r.id)"
            " OR NOT EXISTS (SELECT 1 FROM responses x WHERE x.report_id = r.id)").fetchone()[0]
        assert half == 0
        return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    finally:
        conn.close()


def test_every_write_failure_leaves_whole_reports_and_a_rerun_stores_all(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(60):
        (folder / f"r{n:02d}.md").write_text(REPORT.format(n=n, day=n % 28 + 1), encoding="utf-8")
    db = tmp_path / "full.db"
    assert _ingest(tmp_path / "empty-folder-does-not-exist", db, None).returncode == 1  # creates the schema
    stored, failures = 0, 0
    for point in range(FAULT_POINTS):
        # the cap grows 12 KiB a run: the write-ahead log hits it later each time
        result = _ingest(folder, db, (point + 1) * 12 * 1024)
        assert "Traceback" not in result.stderr, result.stderr
        now = _whole_reports_only(db)
        assert now >= stored  # nothing committed is ever lost
        if result.returncode != 0:
            failures += 1
            assert result.stderr.strip(), "a failed run says why"
        else:
            assert now == 60
        stored = now
    assert failures >= 10  # the caps really did stop writes
    final = _ingest(folder, db, None)
    assert final.returncode == 0, final.stderr
    assert _whole_reports_only(db) == 60
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM reports").fetchone() == (60, 60)
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 60
