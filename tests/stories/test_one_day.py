"""One status at one day: every view and export works a claim's status out for
`--as-of`, else today; an event dated later does not count yet. Dates that cannot
be are refused; the timeline never shows a status before the claim was reported."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

FUTURE_DENIAL = {
    "responder": "Vega Motors", "stance": "deny", "quote": "We are not buying Altair.", "via": None,
    "responded_on": "2099-01-01", "url": None, "report": None, "recorded_at": "2024-03-02T10:00:00Z",
}


@pytest.fixture
def claim_with_future_denial(cli, tmp_path) -> int:
    """A denial dated 2099, as an import (or a report with a wrong date) can bring in:
    `respond` itself refuses such a date."""
    claim = cli.json("add", "Vega Motors is buying Altair", "--subject", "Vega Motors",
                     "--source", "Daily Star", "--date", "2024-03-01")
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    dump["claims"][0]["responses"].append(FUTURE_DENIAL)
    path = tmp_path / "with-future.json"
    path.write_text(json.dumps(dump), encoding="utf-8")
    cli.ok("import", path)
    return claim["id"]


def _statuses(cli, claim_id: int, *as_of: str) -> dict[str, str]:
    listed = {c["id"]: c["status"] for c in cli.json("list", *as_of)}
    export_md = cli.ok("export", *as_of).stdout
    dumped = json.loads(cli.ok("export", "--format", "json", *as_of).stdout)
    return {
        "list": listed[claim_id],
        "show": cli.json("show", claim_id, *as_of)["status"],
        "timeline": cli.json("timeline", claim_id, *as_of)["claim"]["status"],
        "export md": export_md.split("- Status: **")[1].split("**")[0],
        "export json": dumped["claims"][0]["status"],
    }


def test_a_response_dated_after_today_counts_in_no_view_yet(cli, claim_with_future_denial):
    claim_id = claim_with_future_denial
    assert set(_statuses(cli, claim_id).values()) == {"reported"}
    export_md = cli.ok("export").stdout
    assert "- As of: 2024-03-01" in export_md and "2099" not in export_md
    assert "denied" not in export_md
    assert [c["id"] for c in cli.json("list", "--status", "reported")] == [claim_id]
    assert cli.json("list", "--status", "denied") == []
    assert [e["kind"] for e in cli.json("timeline", claim_id)["events"]] == ["reported"]


def test_the_same_response_counts_everywhere_once_its_day_is_asked_about(cli, claim_with_future_denial):
    claim_id = claim_with_future_denial
    assert set(_statuses(cli, claim_id, "--as-of", "2099-01-02").values()) == {"denied"}
    assert [c["id"] for c in cli.json("list", "--status", "denied", "--as-of", "2099-01-02")] == [claim_id]


def test_a_json_export_still_keeps_the_later_dated_response(cli, claim_with_future_denial):
    dumped = json.loads(cli.ok("export", "--format", "json").stdout)
    assert [r["responded_on"] for r in dumped["claims"][0]["responses"]] == ["2099-01-01"]


# -- dates that cannot be ----------------------------------------------------------

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.fixture
def claim_id(cli) -> int:
    return cli.json("add", "Altair will open a plant in Ohio", "--subject", "Altair", "--date", "2024-03-01")["id"]


def _refused(cli, *args: str) -> str:
    before = cli.json("show", args[1]) if args[0] != "add" else None
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    if before is not None:
        assert cli.json("show", args[1]) == before  # nothing written
    return result.stderr


def test_add_refuses_a_first_report_in_the_future(cli):
    message = _refused(cli, "add", "Altair will fly", "--subject", "Altair", "--date", TOMORROW)
    assert f"the first-report date {TOMORROW} is in the future" in message
    assert cli.json("list") == []


def test_respond_and_resolve_refuse_a_future_date(cli, claim_id):
    assert "the response date" in _refused(cli, "respond", claim_id, "--by", "Altair", "--stance", "deny",
                                           "--quote", "No plant.", "--date", TOMORROW)
    assert "the verdict date" in _refused(cli, "resolve", claim_id, "--verdict", "false", "--date", TOMORROW)


def test_resolve_refuses_a_verdict_before_the_claim_was_reported(cli, claim_id):
    message = _refused(cli, "resolve", claim_id, "--verdict", "false", "--date", "2024-02-20")
    assert f"the verdict date 2024-02-20 is before claim {claim_id} was first reported (2024-03-01)" in message


def test_edit_refuses_a_first_report_after_the_verdict(cli, claim_id):
    cli.json("resolve", claim_id, "--verdict", "true", "--date", "2024-05-01")
    message = _refused(cli, "edit", claim_id, "--date", "2024-06-01")
    assert "has a verdict dated 2024-05-01" in message


def test_a_denial_dated_before_the_first_report_comes_after_it_on_the_timeline(cli, claim_id):
    cli.json("respond", claim_id, "--by", "Altair", "--stance", "deny", "--quote", "No plant in Ohio.",
             "--date", "2024-02-25")
    timeline = cli.json("timeline", claim_id)
    assert [(e["kind"], e["date"], e["status"]) for e in timeline["events"]] == [
        ("reported", "2024-03-01", "reported"), ("response", "2024-02-25", "denied")]
    assert "dated before the first report" in timeline["events"][1]["why"]
    # Before the claim existed there was no status to show, not even "denied".
    assert "was first reported on 2024-03-01" in cli("show", claim_id, "--as-of", "2024-02-28").stderr
    assert cli.json("show", claim_id, "--as-of", "2024-03-01")["status"] == "denied"


def test_same_day_corrections_appear_in_the_order_they_were_made(cli, claim_id):
    cli.json("edit", claim_id, "--text", "Altair will open a plant in Texas")
    cli.json("edit", claim_id, "--due", "2025-01")
    cli.json("edit", claim_id, "--text", "Altair will open a plant in Austin")
    edits = [e for e in cli.json("timeline", claim_id)["events"] if e["kind"] == "edited"]
    assert [e["text"].split(":")[0] for e in edits] == ["text", "due", "text"]
    assert "Austin" in edits[-1]["text"]
