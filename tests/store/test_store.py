"""Opening a database: creation, migrations, WAL, foreign keys and what a person
sees in datasette."""

import os
import sqlite3
from pathlib import Path

import pytest

from claimtrack.errors import StoreError
from claimtrack.migrations import SCHEMA_VERSION, STEPS
from claimtrack.store import Store


def test_default_database_is_created_under_db_on_first_use(cli):
    assert not Path("db").exists()
    cli.ok("list")
    assert Path("db/claimtrack.db").is_file()


def test_db_option_and_environment_variable_choose_the_file(cli, tmp_path):
    cli.json("--db", "a.db", "add", "X is buying Y", "--subject", "X", "--source", "Reuters")
    assert Path("a.db").is_file() and not Path("db/claimtrack.db").exists()
    assert len(cli.json("--db", "a.db", "list")) == 1
    assert cli.json("list", env={"CLAIMTRACK_DB": "a.db"})[0]["text"] == "X is buying Y"
    # --db wins over the environment
    assert cli.json("--db", "b.db", "list", env={"CLAIMTRACK_DB": "a.db"}) == []


def test_blank_database_gets_every_migration_wal_and_readable_tables(tmp_path):
    with Store.open(tmp_path / "t.db") as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert applied == [step.__name__ for step in STEPS]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"claims", "entities", "aliases", "reports", "mentions", "responses",
                "verdicts", "claim_subjects", "claim_edits", "claims_search"} <= tables
        # the starter list of outlets and companies is there, with aliases in both languages
        bloomberg = store.find_entity("彭博社")
        assert bloomberg is not None and store.find_entity("bloomberg") == bloomberg


def test_reopening_applies_nothing_twice(tmp_path):
    Store.open(tmp_path / "t.db").close()
    with Store.open(tmp_path / "t.db") as store:
        count = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert count == len(STEPS)


def test_a_database_from_an_older_schema_is_upgraded(tmp_path):
    """A database that stopped after the first step (as an older claimtrack left it)."""
    from sqlite_utils import Database

    from claimtrack.migrations import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations().apply(Database(conn), stop_before=STEPS[1].__name__)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO entities (name, kind, created_at) VALUES ('Old', 'company', 'x')")
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.find_entity("Bloomberg") is not None
        assert store.conn.execute("SELECT name FROM entities WHERE id = 1").fetchone()[0] == "Old"


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer claimtrack"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a claimtrack database"):
        Store.open(path)
    assert path.read_text().startswith("these are my notes")


def test_deleting_a_claim_cascades(tmp_path, cli):
    claim = cli.json("add", "A buys B", "--subject", "A")
    cli.json("respond", claim["id"], "--by", "A", "--stance", "deny", "--quote", "No.")
    cli.ok("rm", claim["id"], "--yes")
    conn = sqlite3.connect("db/claimtrack.db")
    assert conn.execute("SELECT count(*) FROM responses").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM removed_claims").fetchone()[0] == 1


def test_subject_dates_follow_the_claim_for_matching(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--subject", "Beta", "--date", "2024-02")
    conn = sqlite3.connect("db/claimtrack.db")
    dates = lambda: {r[0] for r in conn.execute("SELECT reported_on FROM claim_subjects WHERE claim_id = ?", [claim["id"]])}
    assert dates() == {"2024-02-01"}
    cli.json("edit", claim["id"], "--date", "2024-03-15", "--subject", "Acme", "--subject", "Gamma")
    assert dates() == {"2024-03-15"}


def test_an_entity_made_in_a_rolled_back_report_is_not_remembered(tmp_path):
    """Ingest remembers names it looked up during a batch; a report that fails takes
    its new entities with it, and the next report must not point at them."""
    with Store.open(tmp_path / "t.db") as store:
        with store.write():
            kept = store.entity_id("Acme")
            with pytest.raises(RuntimeError):
                with store.write():  # one report's savepoint
                    made = store.entity_id("Nimbus Motors")
                    assert store.find_entity("nimbus  motors") == made
                    raise RuntimeError("this report failed")
            assert store.find_entity("Nimbus Motors") is None
            assert store.find_entity("ACME") == kept
        assert store.find_entity("Nimbus Motors") is None


def test_an_alias_moved_to_another_entity_is_looked_up_anew(tmp_path):
    with Store.open(tmp_path / "t.db") as store:
        with store.write():
            first, second = store.entity_id("Acme"), store.entity_id("Acme Holdings")
            store.add_alias(first, "ACH")
            assert store.find_entity("ACH") == first
            store.add_alias(second, "ACH")
            assert store.find_entity("ACH") == second


# -- other programs' files and databases shared read-only (issue 13, items 8 and 12) --


def _snapshot(folder: Path) -> dict:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _foreign(path: Path, user_version: int = 0) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.com/')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [
    lambda p: _foreign(p), lambda p: _foreign(p, user_version=7), lambda p: _foreign(p, user_version=99),
    lambda p: p.write_bytes(b"SQLite format 3\0" + b"\x07" * 5000), lambda p: p.write_text("notes\n" * 500),
], ids=["bookmarks", "bookmarks-user-version-7", "bookmarks-user-version-99", "bad-header", "text"])
def test_a_file_that_is_not_a_tracker_is_refused_untouched(cli, tmp_path, make):
    """`list` on another program's SQLite file used to switch it to WAL and create 57
    objects in it; now every command refuses it and changes not a byte (nor its mtime)."""
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "places.sqlite"
    make(path)
    before = _snapshot(folder)
    for args in (["list"], ["add", "X buys Y", "--subject", "X"], ["export", "--format", "json"], ["reports"]):
        result = cli("--db", path, *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith("claimtrack: error: ") and result.stderr.count("\n") == 1
        assert "not a claimtrack database" in result.stderr and str(path) in result.stderr
        assert _snapshot(folder) == before, args


def test_only_a_new_or_empty_file_becomes_a_tracker(cli, tmp_path):
    Path("empty.db").write_bytes(b"")
    assert cli.json("--db", "empty.db", "list") == []
    assert cli.json("--db", "new.db", "list") == []
    for name in ("empty.db", "new.db"):
        conn = sqlite3.connect(name)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.close()


def _tracker_at_rest(cli) -> Path:
    cli.ok("add", "Acme is buying Widget", "--subject", "Acme", "--source", "Reuters", "--date", "2024-01-02")
    db = Path("db/claimtrack.db")
    assert sorted(p.name for p in db.parent.iterdir()) == ["claimtrack.db"]  # WAL, but closed cleanly
    return db


def test_a_reader_that_may_not_write_opens_read_only_and_creates_no_file(cli, monkeypatch):
    from claimtrack.store import core

    db = _tracker_at_rest(cli)
    before = _snapshot(db.parent)
    monkeypatch.setattr(core, "_can_write", lambda path: False)
    with Store.open(db, reader=True) as store:
        assert store.read_only and store.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
        with pytest.raises(StoreError, match="read-only"):
            with store.write():
                store._x("DELETE FROM claims")
    assert _snapshot(db.parent) == before


def test_a_read_only_reader_sees_what_a_writer_has_committed_but_not_checkpointed(tmp_path, monkeypatch):
    from claimtrack.store import core

    db = tmp_path / "t.db"
    with Store.open(db) as writer:
        with writer.write():
            writer.conn.execute("INSERT INTO entities (name, kind, created_at) VALUES ('Fresh', 'company', 'x')")
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        monkeypatch.setattr(core, "_can_write", lambda path: False)
        with Store.open(db, reader=True) as reader:
            assert reader.read_only and reader._q("SELECT 1 FROM entities WHERE name = 'Fresh'")


READERS = [["list", "--json"], ["show", "1", "--json"], ["timeline", "1", "--json"], ["reports", "--json"],
           ["sources", "--json"], ["export"], ["export", "--format", "json"], ["runs", "--json"],
           ["feed", "list", "--json"], ["hook", "list", "--json"], ["entity", "list", "--json"],
           ["entity", "show", "Acme", "--json"], ["review", "--json"]]


def test_every_reading_command_leaves_a_database_it_may_not_write_as_it_was(cli, monkeypatch):
    """In a shared folder another user's `list` left -wal/-shm files the owner could then
    not write. Permissions are simulated through os.access (tests may run as root)."""
    import os

    db = _tracker_at_rest(cli)
    before = _snapshot(db.parent)
    real_access, real_close = os.access, Store.close
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real_access(path, mode, **kw))
    # Seen while the store is still open: a writable connection removes -wal/-shm as it
    # closes, which another user's read-only one could not.
    open_files: list[list[str]] = []
    monkeypatch.setattr(Store, "close", lambda self: open_files.append(sorted(os.listdir(db.parent))) or real_close(self))
    for args in READERS:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
        assert open_files.pop() == ["claimtrack.db"], args
        assert _snapshot(db.parent) == before, args
    result = cli("add", "Borealis is hiring", "--subject", "Borealis")  # a writer is not a reader
    assert result.exit_code == 0 or "read-only" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits; the read-only path is tested above through os.access")
def test_a_folder_and_a_file_the_user_may_not_write(cli, tmp_path):
    db = _tracker_at_rest(cli)
    before = _snapshot(db.parent)
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        assert cli.json("list")[0]["text"] == "Acme is buying Widget"
        assert _snapshot(db.parent) == before
        result = cli("add", "Borealis is hiring", "--subject", "Borealis")
        assert result.exit_code == 1 and "read-only" in result.stderr and result.stderr.count("\n") == 1
        db.chmod(0o000)
        result = cli("list")
        assert result.exit_code == 1 and "no permission to read it" in result.stderr
    finally:
        db.parent.chmod(0o755)
        db.chmod(0o644)
