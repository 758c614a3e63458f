"""Fixing mistakes: edits are logged and appear in the history; removal asks first."""

import json
import sqlite3


def test_edit_changes_fields_and_logs_each_change(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--source", "Reuters",
                     "--date", "2024-01-02")
    edited = cli.json("edit", claim["id"], "--text", "Acme is in talks to buy Beta",
                      "--subject", "Acme", "--subject", "Beta", "--anonymous", "--due", "2024-12")
    assert edited["text"] == "Acme is in talks to buy Beta"
    assert edited["subjects"] == ["Acme", "Beta"]
    assert edited["anonymous"] is True
    assert edited["due"] == "2024-12"
    shown = cli.json("show", claim["id"])
    assert {e["field"] for e in shown["edits"]} == {"text", "subjects", "anonymous", "due"}
    old_text = next(e for e in shown["edits"] if e["field"] == "text")
    assert old_text["old"] == "Acme will buy Beta"
    kinds = [e["kind"] for e in cli.json("timeline", claim["id"])["events"]]
    assert kinds.count("edited") == 4
    # an edit never changes the status
    assert {e["status"] for e in cli.json("timeline", claim["id"])["events"]} == {"reported"}


def test_edit_source_to_none(cli):
    claim = cli.json("add", "X", "--subject", "Acme", "--source", "Reuters")
    assert cli.json("edit", claim["id"], "--source", "")["source"] is None


def test_rm_asks_and_can_be_declined(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme")
    result = cli("rm", claim["id"], input="n\n")
    assert result.exit_code == 1
    assert "Remove claim" in result.output and "nothing removed" in result.stderr
    assert len(cli.json("list")) == 1
    assert cli("rm", claim["id"]).exit_code == 1  # no answer at all: nothing happens
    assert len(cli.json("list")) == 1
    assert cli("rm", claim["id"], input="y\n").exit_code == 0
    assert cli.json("list") == []


def test_rm_with_yes_removes_and_keeps_a_snapshot(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme")
    cli.json("respond", claim["id"], "--by", "Acme", "--stance", "deny", "--quote", "Untrue.")
    out = cli.json("rm", claim["id"], "--yes")
    assert out["removed"] is True
    assert cli.json("list") == []
    conn = sqlite3.connect("db/claimtrack.db")
    snapshot = json.loads(conn.execute("SELECT snapshot FROM removed_claims").fetchone()[0])
    assert snapshot["text"] == "Acme will buy Beta"
    assert snapshot["responses"][0]["quote"] == "Untrue."
