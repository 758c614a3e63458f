"""Locks held too long, backups taken while writing, and a write-ahead log that
does not grow without bound."""

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from claimtrack import record
from claimtrack.errors import StoreBusy
from claimtrack.ingest import ingest_all
from claimtrack.models import NewClaim
from claimtrack.store import Store

REPORT = """---
title: "Report {n}"
date: 2024-01-05 10:00:00
---

Company{n} is in talks to buy Target{n}, Reuters reported, citing people familiar with the matter.
"""


def test_a_lock_held_past_the_timeout_is_a_temporary_failure_and_nothing_is_lost(tmp_path):
    db = tmp_path / "b.db"
    Store.open(db).close()
    (tmp_path / "r.md").write_text(REPORT.format(n=1), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db, busy_timeout_ms=200) as store:
            with pytest.raises(StoreBusy) as caught:
                ingest_all(store, [str(tmp_path / "r.md")])
        assert caught.value.exit_code == 75
        assert "busy" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(db) as store:  # the input stayed pending; a re-run stores it
        summary = ingest_all(store, [str(tmp_path / "r.md")])
        assert summary.count("new") == 1
        assert store.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 1


def test_busy_exit_code_reaches_the_shell(cli, monkeypatch):
    import claimtrack.store.core as store_module

    cli.ok("list")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect("db/claimtrack.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = cli("add", "Acme buys Beta", "--subject", "Acme")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 75
    assert result.stderr.strip().startswith("claimtrack: error: database") and "busy" in result.stderr


def test_backup_while_writing_has_every_row_committed_before_it(tmp_path, cli):
    db = tmp_path / "live.db"
    stop = threading.Event()

    def writer():
        with Store.open(db) as store:
            n = 0
            while not stop.is_set():
                record.add_claim(store, NewClaim(text=f"claim {n}", source=None, subjects=("Acme",)))
                n += 1

    Store.open(db).close()
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.3)
        before = sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0]
        result = cli("--db", str(db), "backup", str(tmp_path / "copy.db"))
    finally:
        stop.set()
        thread.join()
    assert result.exit_code == 0, result.stderr
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM claims").fetchone()[0] >= before > 0
    assert not list(tmp_path.glob(".*partial"))


def test_backup_refuses_to_overwrite(cli):
    cli.ok("list")
    Path("copy.db").write_text("keep me")
    result = cli("backup", "copy.db")
    assert result.exit_code == 2 and "use --force" in result.stderr
    assert Path("copy.db").read_text() == "keep me"
    assert cli("backup", "db/claimtrack.db", "--force").exit_code == 2


def test_wal_is_folded_back_after_an_ingest(tmp_path):
    db = tmp_path / "w.db"
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(300):
        (folder / f"r{n}.md").write_text(REPORT.format(n=n), encoding="utf-8")
    reader = sqlite3.connect(db)  # another process reading, as a person would
    with Store.open(db) as store:
        ingest_all(store, [str(folder)])
        reader.execute("SELECT count(*) FROM claims").fetchone()
        store.checkpoint()
        wal = Path(f"{db}-wal")
        assert not wal.exists() or wal.stat().st_size < 4 * 1024 * 1024
        assert store.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 300
    reader.close()
