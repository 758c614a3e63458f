"""The JSON dump and `import`: complete, stable, and loadable without duplicates."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import db_counts
from export_support import build_story, check_golden, clock  # noqa: F401


@pytest.fixture
def story(cli, clock):
    return build_story(cli, clock)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_dump_matches_golden(cli, story):
    out = cli.ok("export", "--format", "json").stdout
    check_golden("export.json", out)
    dump = json.loads(out)
    assert dump["format"] == "claimtrack-export" and dump["version"] == 1
    baic = dump["claims"][0]
    assert baic["subjects"] == ["小米", "北汽集团"]
    assert [r["quote"] for r in baic["responses"]] == ["还未接到相关确切的消息", "没有听说过此事"]
    assert baic["verdicts"][0]["evidence"] == "https://example.org/filing"
    names = {e["name"]: e for e in dump["entities"]}
    assert "彭博社" in names["Bloomberg"]["aliases"]
    assert {"小米", "北汽集团", "北汽蓝谷", "每日经济新闻", "Apple"} <= set(names)


def test_round_trip_into_an_empty_database_gives_the_same_bytes(cli, story, tmp_path):
    first = tmp_path / "first.json"
    cli.ok("export", "--format", "json", "-o", first)
    markdown = cli.ok("export").stdout
    cli.ok("--db", tmp_path / "copy.db", "import", first)
    second = tmp_path / "second.json"
    cli.ok("--db", tmp_path / "copy.db", "export", "--format", "json", "-o", second)
    assert second.read_bytes() == first.read_bytes()
    assert cli.ok("--db", tmp_path / "copy.db", "export").stdout == markdown
    # The copy is a working database: search, aliases and status all work.
    rows = cli.json("--db", tmp_path / "copy.db", "list", "--search", "北汽")
    assert [r["status"] for r in rows] == ["true"]


def test_demo_round_trip(cli, clock, tmp_path):
    cli.ok("--db", tmp_path / "demo.db", "demo")
    dump = tmp_path / "demo.json"
    cli.ok("--db", tmp_path / "demo.db", "export", "--format", "json", "-o", dump)
    cli.ok("--db", tmp_path / "copy.db", "import", dump)
    again = cli.ok("--db", tmp_path / "copy.db", "export", "--format", "json").stdout
    assert again.encode("utf-8") == dump.read_bytes()
    reports = json.loads(again)["reports"]
    assert len(reports) == 6 and all(r["content_hash"].startswith("sha256:") for r in reports)


def test_import_twice_adds_nothing_the_second_time(cli, story, tmp_path):
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    target = tmp_path / "target.db"
    first = cli.json("--db", target, "import", dump)
    assert first["added"]["claims"] == 2 and first["added"]["responses"] == 3
    counts = db_counts(target)
    second = cli.json("--db", target, "import", dump)
    assert sum(second["added"].values()) == 0
    assert second["already_present"]["claims"] == 2
    assert db_counts(target) == counts


def test_import_merges_into_an_existing_database(cli, story, tmp_path):
    """Claims are the same claim by text and first-reported date; responses by
    responder and quote; only what is missing is added."""
    other = tmp_path / "other.db"
    claim = cli.json("--db", other, "add", "小米正与北汽集团商谈由其代工生产电动汽车", "--source", "Bloomberg",
                     "--subject", "Xiaomi", "--date", "2022-08-26")["id"]
    cli.json("--db", other, "respond", claim, "--by", "BAIC Group", "--stance", "unaware",
             "--quote", "没有听说过此事", "--date", "2022-08-26")
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    result = cli.json("--db", other, "import", dump)
    assert result["added"]["claims"] == 1  # the Apple story
    assert result["already_present"]["claims"] == 1
    # 北汽集团 = BAIC Group: that response was already there; the other one is new.
    assert result["added"]["responses"] == 2 and result["already_present"]["responses"] == 1
    merged = cli.json("--db", other, "show", claim)
    assert merged["status"] == "true"
    assert len(merged["responses"]) == 2
    assert merged["subjects"] == ["小米", "北汽集团"]


BAD_FILES = {
    "not-json.json": b"{nope",
    "not-utf8.json": "{\"format\": \"claimtrack-export\"}".encode("utf-16"),
    "other.json": b'{"format": "something-else", "version": 1}',
    "newer.json": b'{"format": "claimtrack-export", "version": 99}',
    "bad-stance.json": json.dumps({"format": "claimtrack-export", "version": 1, "claims": [{
        "text": "x", "subjects": ["A"], "created_at": "t", "updated_at": "t", "first_reported": None,
        "due": None, "mentions": [], "verdicts": [], "edits": [],
        "responses": [{"responder": "A", "stance": "maybe", "quote": "q", "recorded_at": "t"}]}]}).encode(),
    "bad-date.json": json.dumps({"format": "claimtrack-export", "version": 1, "claims": [{
        "text": "x", "subjects": ["A"], "created_at": "t", "updated_at": "t", "first_reported": "soon",
        "mentions": [], "responses": [], "verdicts": [], "edits": []}]}).encode(),
    "dangling-report.json": json.dumps({"format": "claimtrack-export", "version": 1, "claims": [{
        "text": "x", "subjects": ["A"], "created_at": "t", "updated_at": "t", "responses": [], "verdicts": [],
        "edits": [], "mentions": [{"sentence": "s", "report": "sha256:00", "recorded_at": "t"}]}]}).encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_import_file_changes_nothing(cli, story, tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    before = cli.ok("export", "--format", "json").stdout
    counts = db_counts(Path("db/claimtrack.db"))
    result = cli("import", bad)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and name in result.stderr
    assert result.stderr.startswith("claimtrack: error: ")
    assert db_counts(Path("db/claimtrack.db")) == counts
    assert cli.ok("export", "--format", "json").stdout == before


def test_a_good_file_with_one_bad_claim_is_refused_whole(cli, story, tmp_path):
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    dump["claims"][1]["verdicts"].append({"verdict": "maybe", "recorded_at": "t"})
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(dump), "utf-8")
    result = cli("--db", tmp_path / "empty.db", "import", path)
    assert result.exit_code == 1 and "claims[1].verdicts[0].verdict" in result.stderr
    assert not (tmp_path / "empty.db").exists()  # checked before the database is even opened


def test_filtered_dump_holds_only_what_its_claims_need(cli, story):
    dump = json.loads(cli.ok("export", "--format", "json", "--subject", "Apple").stdout)
    assert [c["text"] for c in dump["claims"]] == ["Apple is testing a foldable iPhone"]
    assert dump["filters"]["subject"] == "Apple"
    names = {e["name"] for e in dump["entities"]}
    assert "北汽集团" not in names and {"Apple", "The Information"} <= names


def test_changes_since_is_refused_for_json(cli, story):
    result = cli("export", "--format", "json", "--changes-since", "2024-01-01")
    assert result.exit_code == 2 and "--changes-since" in result.stderr
