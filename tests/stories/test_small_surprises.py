"""Small things a new user notices: where a merged claim went, what an accepted
suggestion's link now says, what the markdown export names as the status's cause,
and a ClaimReview export with nothing to rate."""

from __future__ import annotations

import json
from pathlib import Path

REPORT = """---
title: "Acme eyes Beta"
date: 2024-01-20 10:00:00
---

Acme wants to acquire Beta Corp, Bloomberg reported.
"""


def test_show_after_merge_says_where_the_claim_went(cli):
    kept = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2024-01-01")
    gone = cli.json("add", "Acme is buying Beta", "--subject", "Acme", "--date", "2024-01-02")
    cli.json("merge", kept["id"], gone["id"])
    result = cli("show", gone["id"])
    assert result.exit_code == 1 and result.stdout == ""
    assert f"claim {gone['id']} was merged into claim {kept['id']} on " in result.stderr
    assert f"see `claimtrack show {kept['id']}`" in result.stderr


def test_a_claim_merged_twice_points_to_where_it_is_now(cli):
    ids = [cli.json("add", f"Acme will buy Beta ({n})", "--subject", "Acme", "--date", "2024-01-01")["id"]
           for n in range(3)]
    cli.json("merge", ids[1], ids[0])
    cli.json("merge", ids[2], ids[1])
    assert f"claim {ids[0]} was merged into claim {ids[2]}" in cli("timeline", ids[0]).stderr


def test_a_removed_claim_says_it_was_removed(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2024-01-01")
    cli.ok("rm", claim["id"], "--yes")
    result = cli("show", claim["id"])
    assert result.exit_code == 1 and f"claim {claim['id']} was removed on " in result.stderr
    assert "no claim with id 99" in cli("show", 99).stderr


def test_an_accepted_suggestion_no_longer_sends_the_user_to_review(cli):
    kept = cli.json("add", "Acme is in talks to buy Beta Corp for $2 billion", "--subject", "Acme",
                    "--subject", "Beta Corp", "--date", "2024-01-01")
    Path("r.md").write_text(REPORT, encoding="utf-8")
    cli.json("ingest", "r.md")
    [suggestion] = cli.json("review")
    reason = cli.json("show", suggestion["claim"]["id"])["mentions"][0]["link_reason"]
    assert reason.endswith("see `claimtrack review`")
    cli.json("review", "--accept", suggestion["id"])
    reasons = [m["link_reason"] for m in cli.json("show", kept["id"])["mentions"]]
    moved = [r for r in reasons if r and "accepted" in r]
    assert moved == [f"suggestion {suggestion['id']} accepted: merged into claim {kept['id']} "
                     f"(ingest had said: {reason.removesuffix('; see `claimtrack review`')})"]
    assert not any(r and "claimtrack review" in r for r in reasons)


def test_markdown_names_the_verdict_as_the_cause_not_a_later_correction(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2023-01-05")
    cli.json("resolve", claim["id"], "--verdict", "true", "--date", "2023-11-15",
             "--note", "Both filed the deal", "--evidence", "https://example.org/filing")
    cli.json("edit", claim["id"], "--text", "Acme will buy Beta Corp")  # a correction after the verdict
    out = cli.ok("export").stdout
    assert "Current status: **true** — verdict true sets the status." in out
    assert "a correction; status unchanged" not in out.split("Current status:")[1]
    assert ("Verdict: **true**, decided 2023-11-15. Both filed the deal. "
            "Evidence: [https://example.org/filing](https://example.org/filing).") in out


def test_markdown_names_the_response_that_set_an_open_status(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2023-01-05")
    cli.json("respond", claim["id"], "--by", "Acme", "--stance", "deny", "--quote", "No deal.", "--date", "2023-01-06")
    cli.json("respond", claim["id"], "--by", "Beta", "--stance", "deny", "--quote", "Nothing to it.",
             "--date", "2023-01-07")
    out = cli.ok("export").stdout
    assert "Current status: **denied** — deny from Acme makes it denied." in out


def test_a_verdict_note_ending_its_own_sentence_gets_no_second_stop(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2023-01-05")
    cli.json("resolve", claim["id"], "--verdict", "false", "--date", "2023-03-01", "--note", "Talks ended.")
    assert "Verdict: **false**, decided 2023-03-01. Talks ended.\n" in cli.ok("export").stdout


def test_claimreview_with_nothing_to_rate_says_so_and_still_writes_json(cli):
    claim = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--date", "2023-01-05")
    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["@graph"] == []
    assert result.stderr.count("\n") == 1 and "the ClaimReview @graph is empty" in result.stderr
    cli.json("resolve", claim["id"], "--verdict", "true", "--date", "2023-03-01")
    rated = cli("export", "--format", "claimreview")
    assert len(json.loads(rated.stdout)["@graph"]) == 1 and rated.stderr == ""
