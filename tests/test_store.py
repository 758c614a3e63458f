"""Opening a database: creation, migrations, WAL, foreign keys and what a person
sees in datasette."""

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
