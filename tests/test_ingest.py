"""ingest: reports in, claims and responses stored once, failures named, batch goes on."""

import json
import sqlite3
from pathlib import Path


from conftest import REPO, db_counts

SAMPLES = REPO / "claimtrack" / "samples"

EN_REPORT = """---
title: "Acme said to weigh a sale of its drone unit"
date: 2024-02-05 10:00:00
---

Acme Robotics is exploring a sale of its drone division, Bloomberg reported on Monday, citing people familiar with the matter.

An Acme Robotics spokeswoman declined to comment.
"""

EN_FOLLOWUP = """---
title: "Acme denies drone unit sale report"
date: 2024-02-07 09:00:00
---

Acme Robotics is exploring a sale of its drone division, according to a Bloomberg report this week.

Acme Robotics denied the report on Wednesday, saying it "has no plans to sell the drone business."
"""


def ingest(cli, *args):
    result = cli("ingest", *args, "--json")
    return result, json.loads(result.stdout)


def test_ingest_samples_stores_claims_and_responses(cli):
    result, summary = ingest(cli, SAMPLES)
    assert result.exit_code == 0, result.stderr
    assert summary["reports_new"] == 6 and summary["failed"] == 0
    assert summary["claims_new"] >= 4
    claims = cli.json("list")
    xiaomi = [c for c in claims if "北汽集团" in c["subjects"]]
    assert len(xiaomi) == 1 and xiaomi[0]["source"] == "Bloomberg"
    detail = cli.json("show", xiaomi[0]["id"])
    by_stance = {(r["responder"], r["stance"]) for r in detail["responses"]}
    assert {("北汽蓝谷", "unaware"), ("北汽集团", "unaware")} <= by_stance
    assert ("小米", "no_comment") in by_stance  # 小米方面暂未回应
    assert detail["mentions"][0]["report_title"].startswith("传小米")
    reports = cli.json("reports")
    assert len(reports) == 6
    assert sum(r["claims"] for r in reports) == summary["claims_new"]


def test_reingesting_changes_nothing(cli):
    ingest(cli, SAMPLES)
    before = db_counts(Path("db/claimtrack.db"))
    result, summary = ingest(cli, SAMPLES)
    assert result.exit_code == 0
    assert summary["reports_known"] == 6 and summary["reports_new"] == 0
    assert db_counts(Path("db/claimtrack.db")) == before


def test_the_same_report_with_other_line_endings_and_spacing_is_known(cli, tmp_path):
    Path("a.md").write_text(EN_REPORT, encoding="utf-8")
    Path("b.md").write_bytes(EN_REPORT.replace("\n", "\r\n").replace("Monday,", "Monday,  ").encode())
    _, summary = ingest(cli, "a.md", "b.md")
    assert summary["reports_new"] == 1 and summary["reports_known"] == 1


def test_a_later_report_links_to_the_stored_claim(cli):
    Path("one.md").write_text(EN_REPORT, encoding="utf-8")
    Path("two.md").write_text(EN_FOLLOWUP, encoding="utf-8")
    _, first = ingest(cli, "one.md")
    assert first["claims_new"] == 1
    _, second = ingest(cli, "two.md")
    assert second["claims_new"] == 0 and second["claims_linked"] == 1
    [claim] = cli.json("list")
    assert claim["mentions"] == 2
    assert claim["status"] == "denied"
    stances = [r["stance"] for r in cli.json("show", claim["id"])["responses"]]
    assert stances == ["no_comment", "deny"]


def test_failures_are_named_and_the_batch_goes_on(cli):
    Path("good.md").write_text(EN_REPORT, encoding="utf-8")
    Path("empty.md").write_text("", encoding="utf-8")
    Path("binary.md").write_bytes(bytes(range(256)) * 64)
    result, summary = ingest(cli, "good.md", "empty.md", "binary.md", "missing.md")
    assert result.exit_code == 1
    assert summary["reports_new"] == 1 and summary["failed"] == 3
    failed = {r["location"]: r["error"] for r in summary["reports"] if r["state"] == "failed"}
    assert set(failed) == {"empty.md", "binary.md", "missing.md"}
    for location, error in failed.items():
        assert error.startswith(location)
        assert f"claimtrack: failed: {error}" in result.stderr
    assert len(cli.json("list")) == 1


def test_dry_run_stores_nothing(cli):
    Path("one.md").write_text(EN_REPORT, encoding="utf-8")
    cli.ok("list")
    before = db_counts(Path("db/claimtrack.db"))
    result, summary = ingest(cli, "--dry-run", "one.md")
    assert result.exit_code == 0
    assert summary["reports_dry_run"] == 1 and summary["claims_new"] == 1
    assert db_counts(Path("db/claimtrack.db")) == before


def test_folders_are_read_recursively_for_report_files(cli):
    Path("feed/2024/02").mkdir(parents=True)
    Path("feed/2024/02/one.md").write_text(EN_REPORT, encoding="utf-8")
    Path("feed/notes.json").write_text("{}", encoding="utf-8")
    Path("feed/.hidden.md").write_text(EN_FOLLOWUP, encoding="utf-8")
    _, summary = ingest(cli, "feed")
    assert [r["location"] for r in summary["reports"]] == [str(Path("feed/2024/02/one.md"))]


def test_a_folder_is_read_in_path_order_without_hidden_or_linked_folders(cli, tmp_path):
    root = Path(".news/feed")  # the folder given may itself be hidden
    for name in ("b/2.MD", "a/z.html", "a/.draft/x.md", "a/10.txt", "a.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(EN_REPORT.replace("drone", f"drone {name}"), encoding="utf-8")
    (root / "linked").symlink_to((root / "b").resolve())  # a link to a folder is not walked
    (root / "a/one-more.md").symlink_to((root / "a.md").resolve())  # a link to a file is a file
    _, summary = ingest(cli, str(root), "--dry-run")
    assert [r["location"] for r in summary["reports"]] == [
        str(root / p) for p in ("a/10.txt", "a/one-more.md", "a/z.html", "a.md", "b/2.MD")]


def test_globs_are_expanded(cli):
    for name in ("x1.md", "x2.md"):
        Path(name).write_text(EN_REPORT.replace("drone", f"drone {name}"), encoding="utf-8")
    _, summary = ingest(cli, "x*.md")
    assert summary["reports_new"] == 2


def test_explain_says_why(cli):
    Path("one.md").write_text(EN_REPORT, encoding="utf-8")
    Path("two.md").write_text(EN_FOLLOWUP, encoding="utf-8")
    cli.ok("ingest", "one.md")
    out = cli.ok("ingest", "two.md", "--explain").stdout
    # the follow-up restates the claim (now read with its tail "according to a … report" cut off): claim 1, and why
    assert "same wording as a mention of claim 1" in out or "linked to claim 1" in out
    assert "1 linked to stored claims" in out


def test_a_broken_report_leaves_the_database_unchanged(cli):
    cli.ok("ingest", SAMPLES)
    db = Path("db/claimtrack.db")
    before = db_counts(db)
    Path("broken.md").write_text("---\ntitle: [unclosed\n---\n<p>据彭博社报道", encoding="utf-8")
    Path("garbage.html").write_bytes(b"\xff\xfe\x00\x00" * 1000)
    cli("ingest", "broken.md", "garbage.html")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = db_counts(db)
    # whatever was readable is stored whole; nothing else changed
    assert after["verdicts"] == before["verdicts"] and after["claim_edits"] == before["claim_edits"]


def test_a_large_run_keeps_counts_not_rows():
    """Without --json or --explain only failures are kept per report: memory stays flat."""
    from claimtrack.ingest import ingest_all
    from claimtrack.store import Store

    for n in range(30):
        Path(f"r{n}.md").write_text(EN_REPORT.replace("drone", f"drone {n}"), encoding="utf-8")
    Path("bad.md").write_text("", encoding="utf-8")
    with Store.open(Path("k.db")) as store:
        summary = ingest_all(store, [f"r{n}.md" for n in range(30)] + ["bad.md"], keep_reports=False)
    assert summary.count("new") == 30 and summary.count("failed") == 1
    assert [o.location for o in summary.outcomes] == ["bad.md"]
    data = summary.as_json()
    assert data["inputs"] == 31 and data["claims_new"] + data["claims_linked"] == 30 and data["failed"] == 1
