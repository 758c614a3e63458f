"""`claimtrack serve`: what a user sees when it starts, and each way it refuses to."""

from __future__ import annotations

import socket
import sqlite3
import sys
from pathlib import Path

from web_support import LiveServer, fetch


def test_demo_then_serve_shows_the_demo_tracker(tmp_path):
    from claimtrack.cli import app  # noqa: F401  (the package imports; the server runs apart)
    import subprocess

    built = subprocess.run([sys.executable, "-m", "claimtrack", "demo"], cwd=tmp_path, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    with LiveServer(cwd=tmp_path) as server:
        assert "No tracker at db/claimtrack.db yet: serving the demo, db/demo.db." in server.lines
        status, page = fetch(server.url + "/")
        assert status == 200 and "claims (" in page
        status, claim = fetch(server.url + "/claim/1")
        assert status == 200 and "Bloomberg" in claim and "claim-timeline" in claim
    assert not (tmp_path / "db" / "claimtrack.db").exists()  # serving created no tracker


def test_without_any_database_it_says_how_to_make_one(cli):
    result = cli("serve")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "no database at db/claimtrack.db: build one with `claimtrack demo` or `claimtrack ingest`, or name one with --db")
    assert not Path("db").exists()


def test_without_the_web_extra_it_names_the_install_command(cli, monkeypatch):
    cli("demo")  # no tracker yet: serve would show the demo, and says so, but only when it can
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if Datasette were not installed
    result = cli("serve")
    assert result.exit_code == 2
    assert "claimtrack serve needs Datasette, the optional web extra: pip install -e '.[web]'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_port_in_use_is_one_line_naming_it(cli):
    cli("demo", "--db", "t.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = cli("--db", "t.db", "serve", "--port", str(port))
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in result.stderr


def test_another_programs_sqlite_file_is_refused_untouched(cli, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = (other.read_bytes(), other.stat().st_mtime_ns)
    result = cli("--db", str(other), "serve")
    assert result.exit_code == 1
    assert "is not a claimtrack database" in result.stderr
    assert (other.read_bytes(), other.stat().st_mtime_ns) == before


def test_serving_writes_nothing_to_the_database(tmp_path):
    import subprocess

    path = tmp_path / "tracker.db"
    subprocess.run([sys.executable, "-m", "claimtrack", "demo", "--db", str(path)], check=True, capture_output=True)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with LiveServer("--db", str(path), cwd=tmp_path) as server:
        for page in ("/", "/claim/1", "/claim/2", "/claim/3", "/sources", "/claimtrack/claim_list",
                     "/claimtrack/claim_list.json?_search=%E5%B0%8F%E7%B1%B3", "/claimtrack/response_list.csv",
                     "/claimtrack/open_claims", "/claimtrack/runs", "/claimtrack/claim_list?status=true"):
            assert fetch(server.url + page)[0] == 200, page
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_an_older_tracker_is_upgraded_by_the_command_before_it_is_served(tmp_path):
    from claimtrack.migrations import SCHEMA_VERSION
    from old_schema import make_old

    path = tmp_path / "old.db"
    make_old(path, SCHEMA_VERSION - 1)  # before the views the web view browses
    with LiveServer("--db", str(path), cwd=tmp_path) as server:
        status, page = fetch(server.url + "/claimtrack/claim_list")
        assert status == 200 and "0 rows" in page
    assert path.with_name(f"old.db.before-v{SCHEMA_VERSION}").exists()  # the copy an upgrade keeps
