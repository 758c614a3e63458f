"""Every error a user can cause: one clear line on stderr, a non-zero exit code,
no traceback, and nothing written."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import db_counts


def assert_one_line_error(result, *needles, code=None):
    assert result.exit_code != 0
    if code is not None:
        assert result.exit_code == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimtrack: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output


@pytest.fixture
def one_claim(cli):
    return cli.json("add", "A is buying B", "--subject", "A", "--source", "Reuters",
                    "--date", "2024-01-02")["id"]


def test_unknown_claim_id(cli, one_claim):
    before = db_counts(Path("db/claimtrack.db"))
    for args in (["show", "999"], ["timeline", "999"], ["resolve", "999", "--verdict", "true"],
                 ["respond", "999", "--by", "A", "--stance", "deny", "--quote", "no"],
                 ["edit", "999", "--text", "x"], ["rm", "999", "--yes"]):
        assert_one_line_error(cli(*args), "no claim with id 999")
    assert db_counts(Path("db/claimtrack.db")) == before


def test_bad_stance_verdict_and_date(cli, one_claim):
    before = db_counts(Path("db/claimtrack.db"))
    result = cli("respond", one_claim, "--by", "A", "--stance", "maybe", "--quote", "hm")
    assert_one_line_error(result, "unknown stance 'maybe'", "confirm, deny, unaware, no_comment, partial", code=2)
    result = cli("resolve", one_claim, "--verdict", "probably")
    assert_one_line_error(result, "unknown verdict 'probably'", code=2)
    result = cli("respond", one_claim, "--by", "A", "--stance", "deny", "--quote", "no", "--date", "2022-13-45")
    assert_one_line_error(result, "bad --date", code=2)
    result = cli("add", "C buys D", "--subject", "C", "--date", "yesterday-ish")
    assert_one_line_error(result, "bad --date", code=2)
    result = cli("list", "--since", "2023-02-30")
    assert_one_line_error(result, "no such date", code=2)
    result = cli("list", "--status", "rumoured")
    assert_one_line_error(result, "unknown status 'rumoured'", code=2)
    assert db_counts(Path("db/claimtrack.db")) == before


def test_empty_text_and_missing_subject(cli, one_claim):
    before = db_counts(Path("db/claimtrack.db"))
    assert_one_line_error(cli("add", "   ", "--subject", "A"), "claim text must not be empty")
    assert_one_line_error(cli("add", "E buys F"), "at least one --subject")
    assert_one_line_error(cli("respond", one_claim, "--by", " ", "--stance", "deny", "--quote", "x"), "must not be empty")
    assert_one_line_error(cli("edit", one_claim), "nothing to change")
    assert db_counts(Path("db/claimtrack.db")) == before


def test_missing_database_folder(cli):
    result = cli("--db", "no/such/folder/x.db", "list")
    assert_one_line_error(result, "database folder no/such/folder does not exist")
    assert not Path("no").exists()


def test_database_path_that_is_a_folder(cli):
    Path("adir").mkdir()
    assert_one_line_error(cli("--db", "adir", "list"), "is a folder")


def test_not_a_database(cli):
    Path("notes.txt").write_text("hello\n" * 1000)
    assert_one_line_error(cli("--db", "notes.txt", "list"), "not a claimtrack database")
    assert Path("notes.txt").read_text() == "hello\n" * 1000


def _make_read_only(path: Path) -> bool:
    if os.geteuid() != 0:
        path.chmod(0o444)
        return True
    # root ignores permission bits; the immutable flag still stops writes
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        return True
    return False


def _undo_read_only(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    else:
        path.chmod(0o644)


def test_read_only_database(cli, one_claim):
    db = Path("db/claimtrack.db")
    before = db_counts(db)
    if not _make_read_only(db):
        pytest.skip("cannot make a file read-only here")
    try:
        result = cli("respond", one_claim, "--by", "A", "--stance", "deny", "--quote", "no")
        assert_one_line_error(result, "read-only")
        listed = cli.json("list")  # reading still works
        assert [r["id"] for r in listed] == [one_claim]
    finally:
        _undo_read_only(db)
    assert db_counts(db) == before


def test_errors_from_a_real_process_have_no_traceback(tmp_path):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "x.db")}
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "show", "42"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == "claimtrack: error: no claim with id 42\n"
    assert proc.stdout == ""


@pytest.mark.parametrize("args, needle", [
    (["show", "99999999999999999999"], "ID 99999999999999999999: too large"),
    (["timeline", "99999999999999999999"], "too large"),
    (["list", "--limit", "99999999999999999999"], "--limit 99999999999999999999: too large"),
    (["reports", "--limit", "99999999999999999999"], "too large"),
    (["export", "--claim", "99999999999999999999"], "--claim 99999999999999999999: too large"),
    (["review", "--accept", "99999999999999999999"], "too large"),
    (["split", "99999999999999999999", "1"], "too large"),
    (["hook", "rm", "99999999999999999999"], "too large"),
    (["reports", "--limit", "-5"], "--limit must be zero or more, not -5"),
    (["runs", "--limit", "-1"], "--limit must be zero or more"),
    (["list", "--limit", "-1"], "--limit must be zero or more"),
    (["list", "--subject", "\udcff\udcfe"], "--subject '\\xff\\xfe' is not valid UTF-8"),
    (["add", "caf\udce9", "--subject", "A"], "is not valid UTF-8"),
    (["ingest", "r\udcff.txt"], "'r\\xff.txt' is not valid UTF-8"),
    (["feed", "add", "http://[::1"], "http://[::1: not a valid address"),
    (["feed", "add", "http://127.0.0.1:99999/feed"], "not a valid address (Port out of range"),
])
def test_numbers_text_and_addresses_no_command_can_take(cli, one_claim, args, needle):
    """Ids and counts beyond SQLite's integers, negative counts, argv bytes that are not
    UTF-8 (arriving as lone surrogates) and unparseable addresses: refused in one line,
    never a traceback and never 'everything' (`reports --limit -5` used to list all)."""
    before = db_counts(Path("db/claimtrack.db"))
    assert_one_line_error(cli(*args), needle, code=2)
    assert db_counts(Path("db/claimtrack.db")) == before


def test_arguments_that_are_not_utf8_from_a_real_process(tmp_path):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "x.db")}
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "list", "--search", b"\xb9\xe3\xd6\xdd"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == "claimtrack: error: --search '\\xb9\\xe3\\xd6\\xdd' is not valid UTF-8\n"
