"""`claimtrack export` as a user runs it: files, formats, errors and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from export_support import build_story, clock  # noqa: F401


@pytest.fixture
def story(cli, clock):
    return build_story(cli, clock)


def test_output_file_holds_what_stdout_would(cli, story, tmp_path):
    target = tmp_path / "report.md"
    result = cli.ok("export", "-o", target)
    assert result.stdout == ""
    assert target.read_text("utf-8") == cli.ok("export").stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.md")] == []


def test_output_replaces_an_existing_file_only_with_force(cli, story, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old", "utf-8")
    result = cli("export", "--format", "atom", "-o", target)
    assert result.exit_code == 2 and result.stderr == f"claimtrack: error: {target} exists; use --force to replace it\n"
    assert target.read_text("utf-8") == "old"
    cli.ok("export", "--format", "atom", "-o", target, "--force")
    assert target.read_text("utf-8").startswith("<?xml")


def _database_and_beside(tmp_path):
    db = Path("db/claimtrack.db")
    os.link(db, tmp_path / "hardlink.db")
    return [db, tmp_path / "db" / "claimtrack.db", Path("db/../db/claimtrack.db"), Path("db/claimtrack.db-wal"),
            Path("db/claimtrack.db-shm"), tmp_path / "hardlink.db"]


@pytest.mark.parametrize("command", [("export", "-o"), ("export", "--format", "json", "-o"), ("update", "--digest"),
                                     ("backup",)], ids=["export-md", "export-json", "update-digest", "backup"])
def test_the_database_is_never_replaced_by_its_own_export(cli, story, tmp_path, command):
    """`export -o DB` used to replace the database with a markdown file; a hard link,
    another spelling of the path or the -wal/-shm beside it is the same database."""
    (tmp_path / "feed").mkdir()
    cli.ok("feed", "add", str(tmp_path / "feed"))
    for target in _database_and_beside(tmp_path):
        before = {p.name: p.read_bytes() for p in Path("db").iterdir()}
        result = cli(*command, target, "--force")
        assert result.exit_code == 2 and "is the tracker's database" in result.stderr, (target, result.output)
        assert result.stderr.count("\n") == 1 and str(target) in result.stderr
        assert {p.name: p.read_bytes() for p in Path("db").iterdir()} == before
    assert cli.json("list")  # still a claimtrack database


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.symlink_to(Path("elsewhere.md").absolute()), "is a symbolic link"),
    (lambda p: p.mkdir(), "it is a folder"),
    (lambda p: os.mkfifo(p), "is not a regular file"),
], ids=["symlink", "folder", "fifo"])
@pytest.mark.parametrize("command", [("export", "-o"), ("update", "--digest"), ("backup",)],
                         ids=["export", "update-digest", "backup"])
def test_targets_that_are_not_regular_files_are_refused_even_with_force(cli, story, tmp_path, make, reason, command):
    (tmp_path / "feed").mkdir()
    cli.ok("feed", "add", str(tmp_path / "feed"))
    Path("elsewhere.md").write_text("keep me", "utf-8")
    target = tmp_path / "target"
    make(target)
    result = cli(*command, target, "--force")
    assert result.exit_code == 2 and reason in result.stderr and str(target) in result.stderr, result.output
    assert Path("elsewhere.md").read_text("utf-8") == "keep me"
    assert not any(p.name.startswith(".target") for p in tmp_path.iterdir())


def test_a_device_is_never_replaced(cli, story):
    result = cli("export", "-o", "/dev/null", "--force")
    assert result.exit_code == 2 and "/dev/null is not a regular file" in result.stderr
    assert Path("/dev/null").is_char_device()


def test_update_digest_needs_force_to_replace_and_says_so_before_the_run(cli, tmp_path):
    (tmp_path / "feed").mkdir()
    cli.ok("feed", "add", str(tmp_path / "feed"))
    cli.ok("update", "--digest", "digest.md")
    result = cli("update", "--digest", "digest.md")
    assert result.exit_code == 2 and "digest.md exists; use --force" in result.stderr
    assert len(cli.json("runs")) == 1  # refused before polling anything
    cli.ok("update", "--digest", "digest.md", "--force")
    assert len(cli.json("runs")) == 2


def test_failed_write_leaves_the_old_file_and_no_partial_one(cli, story, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.md"
    target.write_text("yesterday's report", "utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = cli("export", "-o", target, "--force")
    assert result.exit_code == 1
    assert result.stderr == f"claimtrack: error: cannot write {target}: No space left on device\n"
    assert target.read_text("utf-8") == "yesterday's report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.md"]


def test_failed_first_write_creates_nothing(cli, story, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "new.md"
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    assert cli("export", "-o", target).exit_code == 1
    assert list(folder.iterdir()) == []


def test_missing_folder_is_one_line_error(cli, story, tmp_path):
    result = cli("export", "-o", tmp_path / "nowhere" / "report.md")
    assert result.exit_code == 1
    assert result.stderr.startswith("claimtrack: error: cannot write") and result.stderr.count("\n") == 1


def test_written_file_gets_normal_permissions(cli, story, tmp_path):
    target = tmp_path / "report.md"
    old = os.umask(0o022)
    try:
        cli.ok("export", "-o", target)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("args, message", [
    (("--format", "pdf"), "unknown format 'pdf'"),
    (("--status", "maybe"), "unknown status 'maybe'"),
    (("--since", "someday"), "bad --since"),
    (("--since", "2024-01-01", "--until", "2023-01-01"), "--until 2023-01-01 is before --since 2024-01-01"),
])
def test_bad_options_exit_2(cli, story, args, message):
    result = cli("export", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_unknown_claim_exits_1(cli, story):
    result = cli("export", "--claim", 99)
    assert result.exit_code == 1 and "no claim with id 99" in result.stderr


def test_every_format_exports_an_empty_database(cli, tmp_path):
    for fmt in ("md", "json", "claimreview", "atom"):
        assert cli.ok("export", "--format", fmt).stdout


def test_import_reports_what_it_added(cli, story, tmp_path):
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    out = cli.ok("--db", tmp_path / "copy.db", "import", dump).stdout
    assert out.startswith(f"imported {dump}: added ") and "2 claims" in out


def test_import_missing_file(cli, tmp_path):
    result = cli("import", tmp_path / "missing.json")
    assert result.exit_code == 1 and "missing.json: cannot read" in result.stderr
    assert not Path("db/claimtrack.db").exists()
