"""A tracker as an older claimtrack left it, for the tests of upgrading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimtrack.migrations import STEPS


def make_old(path: Path, version: int) -> None:
    """A database as claimtrack left it at schema `version`, with a row of user data."""
    from sqlite_utils import Database

    from claimtrack.migrations import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations().apply(Database(conn), stop_before=STEPS[version].__name__)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO entities (name, kind, created_at) VALUES ('Old Company', 'company', 'x')")
    conn.close()
