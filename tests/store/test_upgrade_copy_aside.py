"""Opening a database made by an older schema migrates it, after copying it aside.

The copy (`<db>.before-v<N>`, N the schema being upgraded to) is a consistent
backup-API copy taken under the write lock, so a failed or killed upgrade, or a
regretted one, never costs the old data.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO
from claimtrack.migrations import SCHEMA_VERSION, STEPS
from claimtrack.store import Store
from old_schema import make_old


def _rows(path: Path, sql: str):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _old_company(store) -> bool:
    return bool(store.conn.execute("SELECT 1 FROM entities WHERE name = 'Old Company'").fetchone())


def _copy(path: Path) -> Path:
    return path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}")


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_older_schema_is_copied_aside_then_upgraded(tmp_path, version):
    path = tmp_path / "claimtrack.db"
    make_old(path, version)
    old_entities = _rows(path, "SELECT * FROM entities ORDER BY id")
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _old_company(store)
    copy = _copy(path)
    assert copy.is_file()
    assert _rows(copy, "PRAGMA user_version") == [(version,)]
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(copy, "SELECT * FROM entities ORDER BY id") == old_entities
    assert not list(tmp_path.glob(".*partial"))


def test_a_blank_or_current_database_gets_no_copy(tmp_path):
    path = tmp_path / "claimtrack.db"
    Store.open(path).close()
    Store.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []


def test_an_earlier_copy_is_never_replaced(tmp_path):
    path = tmp_path / "claimtrack.db"
    _copy(path).write_bytes(b"an earlier copy the user kept")
    make_old(path, 1)
    Store.open(path).close()
    assert _copy(path).read_bytes() == b"an earlier copy the user kept"
    second = path.with_name(_copy(path).name + ".2")
    assert ("Old Company",) in _rows(second, "SELECT name FROM entities")


KILLED_UPGRADE = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {repo!r})
    import claimtrack.migrations as m
    from claimtrack.store import Store

    last = m.STEPS[-1]
    def dying(db):
        last(db)
        os.kill(os.getpid(), signal.SIGKILL)  # kill -9 half-way through the upgrade
    dying.__name__ = last.__name__
    m.STEPS = m.STEPS[:-1] + (dying,)
    Store.open(__import__("pathlib").Path(sys.argv[1]))
""")


def test_an_upgrade_killed_half_way_loses_nothing(tmp_path):
    path = tmp_path / "claimtrack.db"
    make_old(path, 1)
    script = tmp_path / "die.py"
    script.write_text(KILLED_UPGRADE.format(repo=str(REPO)))
    proc = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    # the upgrade was one transaction: the database is still the old one, and whole
    assert _rows(path, "PRAGMA user_version") == [(1,)]
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert ("Old Company",) in _rows(_copy(path), "SELECT name FROM entities")
    with Store.open(path) as store:  # the next start finishes the job
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _old_company(store)


def test_an_upgrade_that_fails_leaves_the_old_database_and_the_copy(tmp_path, monkeypatch):
    import claimtrack.migrations as m

    path = tmp_path / "claimtrack.db"
    make_old(path, 1)

    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    broken.__name__ = STEPS[-1].__name__
    monkeypatch.setattr(m, "STEPS", STEPS[:-1] + (broken,))
    from claimtrack.errors import StoreError

    with pytest.raises(StoreError):
        Store.open(path)
    assert _rows(path, "PRAGMA user_version") == [(1,)]
    assert ("Old Company",) in _rows(path, "SELECT name FROM entities")
    assert ("Old Company",) in _rows(_copy(path), "SELECT name FROM entities")
