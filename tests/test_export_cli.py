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


def test_output_replaces_an_existing_file(cli, story, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old", "utf-8")
    cli.ok("export", "--format", "atom", "-o", target)
    assert target.read_text("utf-8").startswith("<?xml")


def test_failed_write_leaves_the_old_file_and_no_partial_one(cli, story, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.md"
    target.write_text("yesterday's report", "utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = cli("export", "-o", target)
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
