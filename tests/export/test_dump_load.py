"""The JSON dump and `import`: complete, stable, and loadable without duplicates."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from claimtrack.store import Store
from conftest import db_counts
from export_support import build_story, check_golden, clock  # noqa: F401


@pytest.fixture
def story(cli, clock):
    return build_story(cli, clock)


@pytest.fixture
def full(cli, clock):
    """The story plus what a full dump also carries: a decided suggestion, a feed, a hook."""
    ids = build_story(cli, clock)
    clock.at("2024-03-07T08:00:00Z")
    with Store.open(Path("db/claimtrack.db")) as store, store.write():
        suggestion = store.add_suggestion(ids["foldable"], ids["baic"], 0.4, "new, but may be claim 1: score 0.40")
        store.decide_suggestion(suggestion, "rejected")
    cli.ok("feed", "add", "https://example.com/rss.xml", "--name", "example", "--no-check", "--language", "zh", "--full-text")
    cli.ok("hook", "add", "new-claim", "notify-send claimtrack")
    return ids


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_dump_matches_golden(cli, full):
    out = cli.ok("export", "--format", "json").stdout
    check_golden("export.json", out)
    dump = json.loads(out)
    assert dump["format"] == "claimtrack-export" and dump["version"] == 2
    baic = dump["claims"][0]
    assert baic["subjects"] == ["小米", "北汽集团"]
    assert [r["quote"] for r in baic["responses"]] == ["还未接到相关确切的消息", "没有听说过此事"]
    assert baic["verdicts"][0]["evidence"] == "https://example.org/filing"
    names = {e["name"]: e for e in dump["entities"]}
    assert "彭博社" in names["Bloomberg"]["aliases"]
    assert {"小米", "北汽集团", "北汽蓝谷", "每日经济新闻", "Apple"} <= set(names)
    assert baic["mentions"][0]["extracted_text"] == "小米正与北汽集团商谈由其代工生产电动汽车"
    [suggestion] = dump["suggestions"]
    assert suggestion["claim"] == {"text": "Apple is testing a foldable iPhone", "first_reported": "2024-03-04"}
    assert suggestion["state"] == "rejected" and suggestion["decided_at"] == "2024-03-07T08:00:00Z"
    assert [f["name"] for f in dump["feeds"]] == ["example"] and "etag" not in dump["feeds"][0]
    assert dump["hooks"] == [{"event": "new-claim", "command": "notify-send claimtrack",
                              "added_at": "2024-03-07T08:00:00Z"}]


def test_round_trip_into_an_empty_database_gives_the_same_bytes(cli, full, tmp_path):
    first = tmp_path / "first.json"
    cli.ok("export", "--format", "json", "-o", first)
    markdown = cli.ok("export").stdout
    cli.ok("--db", tmp_path / "copy.db", "import", first, "--with-hooks")
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


def test_import_twice_adds_nothing_the_second_time(cli, full, tmp_path):
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    target = tmp_path / "target.db"
    first = cli.json("--db", target, "import", dump, "--with-hooks")
    assert first["added"]["claims"] == 2 and first["added"]["responses"] == 3
    assert first["added"]["suggestions"] == first["added"]["feeds"] == first["added"]["hooks"] == 1
    counts = db_counts(target)
    second = cli.json("--db", target, "import", dump, "--with-hooks")
    assert sum(second["added"].values()) == 0
    assert second["already_present"]["claims"] == 2
    assert second["already_present"]["suggestions"] == second["already_present"]["hooks"] == 1
    assert db_counts(target) == counts
    assert len(cli.json("--db", target, "feed", "list")) == 1 and len(cli.json("--db", target, "hook", "list")) == 1
    assert len(cli.json("--db", target, "review", "--all")) == 1


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
        "text": "x", "subjects": ["A"], "created_at": "2024-01-02T03:04:05Z", "updated_at": "2024-01-02T03:04:05Z", "first_reported": None,
        "due": None, "mentions": [], "verdicts": [], "edits": [],
        "responses": [{"responder": "A", "stance": "maybe", "quote": "q", "recorded_at": "2024-01-02T03:04:05Z"}]}]}).encode(),
    "bad-date.json": json.dumps({"format": "claimtrack-export", "version": 1, "claims": [{
        "text": "x", "subjects": ["A"], "created_at": "2024-01-02T03:04:05Z", "updated_at": "2024-01-02T03:04:05Z", "first_reported": "soon",
        "mentions": [], "responses": [], "verdicts": [], "edits": []}]}).encode(),
    "dangling-report.json": json.dumps({"format": "claimtrack-export", "version": 1, "claims": [{
        "text": "x", "subjects": ["A"], "created_at": "2024-01-02T03:04:05Z", "updated_at": "2024-01-02T03:04:05Z", "responses": [], "verdicts": [],
        "edits": [], "mentions": [{"sentence": "s", "report": "sha256:00", "recorded_at": "2024-01-02T03:04:05Z"}]}]}).encode(),
}


def _v2(**records) -> bytes:
    claim = {"text": "Acme buys Beta", "subjects": ["Acme"], "first_reported": "2024-01-01",
             "created_at": "2024-01-02T03:04:05Z", "updated_at": "2024-01-02T03:04:05Z", "mentions": [], "responses": [], "verdicts": [], "edits": []}
    return json.dumps({"format": "claimtrack-export", "version": 2, "claims": [claim], **records}).encode()


def _suggestion(**changes) -> dict:
    ref = {"text": "Acme buys Beta", "first_reported": "2024-01-01"}
    return {"claim": ref, "candidate": ref, "score": 0.5, "reason": "r", "state": "rejected",
            "created_at": "2024-01-02T03:04:05Z", "decided_at": "2024-01-02T03:04:05Z"} | changes


def _feed(**changes) -> dict:
    return {"name": "f", "address": "https://example.com/rss", "kind": "url", "format": None, "language": None,
            "full_text": False, "added_at": "2024-01-02T03:04:05Z"} | changes


# The new records of version 2, each with the field the error must name.
BAD_V2 = {
    "suggestion-unknown-claim.json": (
        _v2(suggestions=[_suggestion(candidate={"text": "Other", "first_reported": None})]),
        "suggestions[0].candidate"),
    "suggestion-state.json": (_v2(suggestions=[_suggestion(state="maybe")]), "suggestions[0].state"),
    "suggestion-score.json": (_v2(suggestions=[_suggestion(score="high")]), "suggestions[0].score"),
    "suggestion-claim-id.json": (_v2(suggestions=[_suggestion(claim=1)]), "suggestions[0].claim"),
    "feed-file-address.json": (_v2(feeds=[_feed(address="file:///etc/passwd")]), "feeds[0].address"),
    "feed-kind.json": (_v2(feeds=[_feed(kind="ftp")]), "feeds[0].kind"),
    "feed-full-text.json": (_v2(feeds=[_feed(full_text="yes")]), "feeds[0].full_text"),
    "hook-event.json": (_v2(hooks=[{"event": "new-report", "command": "true", "added_at": "2024-01-02T03:04:05Z"}]), "hooks[0].event"),
    "hook-command.json": (_v2(hooks=[{"event": "new-claim", "command": "echo 'open", "added_at": "2024-01-02T03:04:05Z"}]),
                          "hooks[0].command"),
    "mention-extracted-text.json": (_v2(claims=[json.loads(_v2())["claims"][0] | {"mentions": [
        {"sentence": "s", "extracted_text": 5, "recorded_at": "2024-01-02T03:04:05Z"}]}]), "claims[0].mentions[0].extracted_text"),
}
BAD_FILES |= {name: content for name, (content, _) in BAD_V2.items()}


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
    if name in BAD_V2:
        assert BAD_V2[name][1] + ":" in result.stderr
    assert db_counts(Path("db/claimtrack.db")) == counts
    assert cli.ok("export", "--format", "json").stdout == before


def test_a_good_file_with_one_bad_claim_is_refused_whole(cli, story, tmp_path):
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    dump["claims"][1]["verdicts"].append({"verdict": "maybe", "recorded_at": "2024-01-02T03:04:05Z"})
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(dump), "utf-8")
    result = cli("--db", tmp_path / "empty.db", "import", path)
    assert result.exit_code == 1 and "claims[1].verdicts[0].verdict" in result.stderr
    assert not (tmp_path / "empty.db").exists()  # checked before the database is even opened


def test_filtered_dump_holds_only_what_its_claims_need(cli, full):
    dump = json.loads(cli.ok("export", "--format", "json", "--subject", "Apple").stdout)
    assert [c["text"] for c in dump["claims"]] == ["Apple is testing a foldable iPhone"]
    assert dump["filters"]["subject"] == "Apple"
    names = {e["name"] for e in dump["entities"]}
    assert "北汽集团" not in names and {"Apple", "The Information"} <= names
    # The suggestion names a claim left out; feeds and hooks are not about claims.
    assert dump["suggestions"] == [] and dump["feeds"] == [] and dump["hooks"] == []


def test_changes_since_is_refused_for_json(cli, story):
    result = cli("export", "--format", "json", "--changes-since", "2024-01-01")
    assert result.exit_code == 2 and "--changes-since" in result.stderr


# -- version 2: suggestions, extraction details, feeds and hooks ----------------------

SUGGESTED = "---\ntitle: x\ndate: 2024-01-20\n---\n\nAcme wants to acquire Beta Corp, Bloomberg reported.\n"


def _suggestion_story(cli) -> None:
    """A stored claim and a report whose claim may or may not be the same one."""
    cli.json("add", "Acme is in talks to buy Beta Corp for $2 billion", "--subject", "Acme",
             "--subject", "Beta Corp", "--date", "2024-01-01")
    Path("r.md").write_text(SUGGESTED, encoding="utf-8")
    cli.ok("ingest", "r.md")


def _plain(suggestion: dict) -> dict:
    return {"claim": suggestion["claim"]["text"], "candidate": suggestion["candidate"]["text"],
            "score": suggestion["score"], "reason": suggestion["reason"], "state": suggestion["state"]}


def test_a_suggestion_survives_the_round_trip_and_can_be_reviewed_after_import(cli, tmp_path):
    _suggestion_story(cli)
    [before] = cli.json("review")
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    # The target already holds another claim, so row ids differ: suggestions follow
    # claims by identity.
    copy = tmp_path / "copy.db"
    cli.json("--db", copy, "add", "Gamma sells Delta", "--subject", "Gamma", "--date", "2023-05-01")
    cli.ok("--db", copy, "import", dump)
    [after] = cli.json("--db", copy, "review")
    assert _plain(after) == _plain(before)
    assert "Acme wants to acquire Beta Corp" in cli.ok("--db", copy, "review").stdout
    # Why ingest linked each mention comes along too.
    mentions = cli.json("--db", copy, "show", after["claim"]["id"])["mentions"]
    assert mentions[0]["link_reason"] == cli.json("show", before["claim"]["id"])["mentions"][0]["link_reason"]
    assert "may be claim" in mentions[0]["link_reason"]
    # And it can be acted on there, as at home.
    merged = cli.json("--db", copy, "review", "--accept", after["id"])
    assert merged["text"] == "Acme is in talks to buy Beta Corp for $2 billion"
    assert cli.json("--db", copy, "review") == []


def test_a_decided_suggestion_round_trips_byte_for_byte(cli, tmp_path):
    _suggestion_story(cli)
    [suggestion] = cli.json("review")
    cli.json("review", "--accept", suggestion["id"])  # merges: the suggestion now names one claim twice
    first = tmp_path / "first.json"
    cli.ok("export", "--format", "json", "-o", first)
    [kept] = json.loads(first.read_text("utf-8"))["suggestions"]
    assert kept["claim"] == kept["candidate"] and kept["state"] == "accepted" and kept["decided_at"]
    cli.ok("--db", tmp_path / "copy.db", "import", first, "--with-hooks")
    second = cli.ok("--db", tmp_path / "copy.db", "export", "--format", "json").stdout
    assert second.encode("utf-8") == first.read_bytes()
    # (`review --all` hides a suggestion whose two claims were merged into one, here as at home.)
    conn = sqlite3.connect(tmp_path / "copy.db")
    rows = conn.execute("SELECT state, decided_at FROM match_suggestions").fetchall()
    assert rows == [("accepted", kept["decided_at"])]
    conn.close()


EN_REPORT = """---
title: "Galaxy Electronics in talks to buy Bluesea Chips, Reuters says"
date: 2024-04-02 15:00:00
url: https://a.example/1
---

Galaxy Electronics is in talks to acquire Bluesea Chips for about $3 billion, Reuters reported.
"""


def test_a_claim_ingest_found_no_subject_for_survives_the_round_trip(cli, tmp_path):
    """Ingest keeps a claim whose sentence names no company ("the two sides could
    sign …"); its dump was refused by import, so no backup of a real tracker loaded."""
    Path("talks.md").write_text(
        "---\ntitle: Talks near a deal\ndate: 2024-03-05\n---\n"
        "Acme Corp is in talks to buy Widget Inc, people familiar with the matter said, the Journal reported.\n\n"
        "The two sides could sign an agreement within days, the Journal reported.\n",
        encoding="utf-8")
    cli.ok("ingest", "talks.md")
    assert [] in [c["subjects"] for c in cli.json("list")]
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    copy = tmp_path / "copy.db"
    cli.ok("--db", copy, "import", dump)
    assert cli.ok("--db", copy, "export", "--format", "json").stdout.encode("utf-8") == dump.read_bytes()


def test_syndicated_copies_and_extracted_wording_survive_import(cli, tmp_path):
    """Two reports carrying the same sentence on the same day are two mentions; and
    the wording extracted from them still links a third copy after import."""
    Path("a.md").write_text(EN_REPORT, encoding="utf-8")
    Path("b.md").write_text(EN_REPORT.replace("a.example/1", "b.example/2").replace("Reuters says", "report"),
                            encoding="utf-8")
    cli.ok("ingest", "a.md", "b.md")
    [claim] = cli.json("list")
    assert claim["mentions"] == 2
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    copy = tmp_path / "copy.db"
    cli.ok("--db", copy, "import", dump)
    assert [c["mentions"] for c in cli.json("--db", copy, "list")] == [2]
    assert cli.ok("--db", copy, "export", "--format", "json").stdout.encode("utf-8") == dump.read_bytes()
    Path("c.md").write_text(EN_REPORT.replace("a.example/1", "c.example/3").replace("Reuters says", "says Reuters"),
                            encoding="utf-8")
    explained = cli.ok("--db", copy, "ingest", "c.md", "--explain").stdout
    assert "same wording as a mention" in explained


def _config(feed: dict) -> dict:
    keys = ("name", "address", "kind", "format", "language", "full_text", "added_at")
    return {k: feed[k] for k in keys}


def test_feeds_and_hooks_are_listed_after_import_without_polling_state(cli, clock, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cli.ok("feed", "add", "https://example.com/rss.xml", "--name", "example", "--no-check", "--language", "en", "--full-text")
    cli.ok("feed", "add", inbox)
    cli.ok("hook", "add", "new-claim", "notify-send claimtrack")
    cli.ok("hook", "add", "status-change", "python3 /home/me/post.py --channel 'news desk'")
    with Store.open(Path("db/claimtrack.db")) as store, store.write():
        store.note_feed_checked(1, at="2024-03-08T08:00:00Z", outcome="new", error=None, format="rss",
                                etag='"abc"', last_modified="Fri, 08 Mar 2024 08:00:00 GMT")
    feeds, hooks = cli.json("feed", "list"), cli.json("hook", "list")
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)

    copy = tmp_path / "copy.db"
    result = cli.ok("--db", copy, "import", dump, "--with-hooks")
    # Hooks run commands, so the import says which ones it added.
    assert "new hook: on status-change run python3 /home/me/post.py --channel 'news desk'" in result.stdout
    copied = cli.json("--db", copy, "feed", "list")
    assert [_config(f) for f in copied] == [_config(f) for f in feeds]
    assert copied[0]["format"] == "rss" and copied[0]["last_checked_at"] is None
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT etag, last_modified FROM feeds WHERE name = 'example'").fetchone() == (None, None)
    conn.close()
    assert cli.json("--db", copy, "hook", "list") == hooks
    again = cli.json("--db", copy, "import", dump, "--with-hooks")
    assert again["added"]["feeds"] == again["added"]["hooks"] == 0
    assert len(cli.json("--db", copy, "feed", "list")) == 2 and len(cli.json("--db", copy, "hook", "list")) == 2


def test_feeds_and_hooks_merge_into_an_existing_configuration(cli, tmp_path):
    cli.ok("feed", "add", "https://example.com/rss.xml", "--name", "example", "--no-check")
    cli.ok("feed", "add", "https://example.org/atom.xml", "--name", "org", "--no-check")
    cli.ok("hook", "add", "new-claim", "notify-send claimtrack")
    cli.ok("hook", "add", "new-response", "notify-send claimtrack")
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    other = tmp_path / "other.db"
    cli.ok("--db", other, "feed", "add", "https://example.com/other.xml", "--name", "example", "--no-check")  # same name
    cli.ok("--db", other, "feed", "add", "https://example.org/atom.xml", "--name", "atom", "--no-check")  # same address
    cli.ok("--db", other, "hook", "add", "new-claim", "notify-send claimtrack")
    result = cli.json("--db", other, "import", dump, "--with-hooks")
    assert result["added"]["feeds"] == 0 and result["already_present"]["feeds"] == 2
    assert result["added"]["hooks"] == 1 and result["already_present"]["hooks"] == 1
    assert {(f["name"], f["address"]) for f in cli.json("--db", other, "feed", "list")} == {
        ("example", "https://example.com/other.xml"), ("atom", "https://example.org/atom.xml")}
    assert sorted((h["event"], h["command"]) for h in cli.json("--db", other, "hook", "list")) == [
        ("new-claim", "notify-send claimtrack"), ("new-response", "notify-send claimtrack")]


VERSION_1 = {
    "format": "claimtrack-export", "version": 1,
    "filters": {"since": None, "until": None, "subject": None, "status": None, "claim": None, "as_of": None},
    "entities": [{"name": "Acme", "kind": "company", "aliases": ["Acme", "Acme Corp"]}],
    "reports": [],
    "claims": [{
        "id": 7, "text": "Acme is in talks to buy Beta Corp", "status": "denied", "source": "Bloomberg",
        "anonymous": True, "subjects": ["Acme", "Beta Corp"], "first_reported": "2024-01-01", "due": None,
        "created_at": "2024-01-02T08:00:00Z", "updated_at": "2024-01-02T08:00:00Z",
        "mentions": [{"sentence": "Acme is in talks to buy Beta Corp, Bloomberg reported.", "credited": "Bloomberg",
                      "mentioned_on": "2024-01-01", "url": None, "report": None,
                      "recorded_at": "2024-01-02T08:00:00Z"}],
        "responses": [{"responder": "Acme", "stance": "deny", "quote": "There are no talks.", "via": None,
                       "responded_on": "2024-01-02", "url": None, "report": None,
                       "recorded_at": "2024-01-02T08:00:00Z"}],
        "verdicts": [], "edits": [],
    }],
}


def test_a_version_1_file_still_imports(cli, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(json.dumps(VERSION_1, ensure_ascii=False), "utf-8")
    result = cli.json("import", old)
    assert result["added"]["claims"] == 1 and result["added"]["mentions"] == 1 and result["added"]["responses"] == 1
    assert result["added"]["suggestions"] == result["added"]["feeds"] == result["added"]["hooks"] == 0
    claim = cli.json("show", 7)
    assert claim["status"] == "denied" and claim["subjects"] == ["Acme", "Beta Corp"]
    assert cli.json("list", "--subject", "Acme Corp")[0]["id"] == 7
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    assert dump["version"] == 2
    assert dump["claims"][0]["mentions"][0]["extracted_text"] is None
    assert dump["suggestions"] == [] and dump["feeds"] == [] and dump["hooks"] == []
    assert sum(cli.json("import", old)["added"].values()) == 0


def _dump_with_hook(cli, tmp_path, command: str) -> Path:
    cli.ok("add", "Acme is buying Widget", "--subject", "Acme", "--date", "2024-01-02")
    cli.ok("hook", "add", "new-claim", command)
    dump = tmp_path / "sent.json"
    cli.ok("export", "--format", "json", "-o", dump)
    return dump


def test_import_never_installs_hooks_unless_asked(cli, tmp_path):
    """A backup someone sends you used to install its hooks, and the next `update` ran
    them; `import --json` gave only a count."""
    dump = _dump_with_hook(cli, tmp_path, "sh -c 'touch pwned'")
    copy = tmp_path / "copy.db"
    result = cli.ok("--db", copy, "import", dump)
    assert result.stdout.startswith(f"imported {dump}: added ") and "1 claims" in result.stdout
    assert "skipped 1 hooks in the file: a hook runs its command on every update" in result.stdout
    assert "--with-hooks" in result.stdout and "installing" not in result.stderr
    assert cli.json("--db", copy, "hook", "list") == [] and db_counts(copy)["hooks"] == 0
    again = cli.json("--db", copy, "import", dump)
    assert again["added"]["hooks"] == 0 and again["hooks_installed"] == []
    assert again["hooks_not_installed"] == [{"event": "new-claim", "command": "sh -c 'touch pwned'"}]
    assert db_counts(copy)["hooks"] == 0


def test_import_with_hooks_names_each_command_before_writing(cli, tmp_path, monkeypatch):
    dump = _dump_with_hook(cli, tmp_path, "notify-send 'new claim'")
    copy = tmp_path / "copy.db"
    from claimtrack import load as load_module

    seen = []
    real = load_module.load_dump
    monkeypatch.setattr(load_module, "load_dump", lambda *a, **k: seen.append(db_counts(copy)) or real(*a, **k))
    result = cli("--db", copy, "import", dump, "--with-hooks", "--json")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"installing hook from {dump}: on new-claim run notify-send 'new claim'\n"
    assert seen == [{**seen[0], "claims": 0, "hooks": 0}]  # listed while nothing was written yet
    data = json.loads(result.stdout)
    assert data["hooks_installed"] == [{"event": "new-claim", "command": "notify-send 'new claim'"}]
    assert data["added"]["hooks"] == 1 and data["hooks_not_installed"] == []
    assert [h["command"] for h in cli.json("--db", copy, "hook", "list")] == ["notify-send 'new claim'"]


# -- every field checked to the form the store writes (issue 13, item 9) ----------


def _set(dump: dict, path: tuple, value) -> dict:
    copy = json.loads(json.dumps(dump))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


@pytest.mark.parametrize("path, value, field", [
    (("claims", 0, "first_reported"), "2022年8月26日", "claims[0].first_reported"),
    (("claims", 0, "first_reported"), " 2022/8/1 ", "claims[0].first_reported"),
    (("claims", 0, "due"), "2023-1-5", "claims[0].due"),
    (("claims", 0, "responses", 0, "responded_on"), "2022/08/26", "claims[0].responses[0].responded_on"),
    (("claims", 0, "verdicts", 0, "decided_on"), "2022年08月26日", "claims[0].verdicts[0].decided_on"),
    (("claims", 0, "mentions", 0, "recorded_at"), "yesterday", "claims[0].mentions[0].recorded_at"),
    (("claims", 0, "created_at"), "2024-13-45T99:00:00Z", "claims[0].created_at"),
    (("claims", 0, "verdicts", 0, "recorded_at"), 20240101, "claims[0].verdicts[0].recorded_at"),
    (("suggestions", 0, "decided_at"), "2024-03-07 08:00:00", "suggestions[0].decided_at"),
    (("claims", 0, "id"), int("9" * 400), "claims[0].id"),
    (("claims", 0, "id"), -3, "claims[0].id"),
    (("suggestions", 0, "score"), int("9" * 400), "suggestions[0].score"),
    (("suggestions", 0, "score"), -0.5, "suggestions[0].score"),
    (("entities", 0, "aliases"), ["ok", 7], "entities[0].aliases"),
    (("entities", 0, "aliases"), [None], "entities[0].aliases"),
    (("claims", 0, "status"), "banana", "claims[0].status"),
    (("claims", 0, "text"), "bad \ud800 text", "claims[0].text: text with a lone surrogate"),
    (("feeds", 0, "address"), "http://[::1", "feeds[0].address: not a valid address"),
], ids=lambda v: v.split(":")[0] if isinstance(v, str) and "[" in v else "")
def test_import_refuses_any_field_not_in_the_stored_form(cli, full, tmp_path, path, value, field):
    """Dates like 2022年8月26日 were stored raw (missed by --since, duplicated by the next
    round trip); a bad recorded_at, a 400-digit number, a non-string alias were tracebacks.
    Each is now one line naming the record and field."""
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_set(dump, path, value), ensure_ascii=True), "utf-8")
    target = tmp_path / "target.db"
    cli.ok("--db", target, "list")
    counts = db_counts(target)
    result = cli("--db", target, "import", bad)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"claimtrack: error: {bad}: {field}") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output and db_counts(target) == counts


@pytest.mark.parametrize("content, reason", [
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "claimtrack-export", "version": ' + b"9" * 5000 + b"}", "not an export"),
    (b'{"format": "claimtrack-export", "version": ' + b"9" * 400 + b"}", "is not one this claimtrack reads"),
], ids=["100000-brackets", "5000-digits", "400-digit-version"])
def test_import_of_pathological_json_is_one_line(cli, tmp_path, content, reason):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = cli("import", bad)
    assert result.exit_code == 1 and reason in result.stderr and result.stderr.count("\n") == 1, result.output


HOSTILE = [None, " ", int("9" * 400), -1, 1.5, True, [], {}, "2022年8月26日", "2024-01-02T03:04:05+08:00", "\ud800"]


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list) and value:
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    yield path


def test_every_field_of_a_full_dump_with_hostile_values_loads_or_fails_in_one_line(cli, full, tmp_path):
    """Each field of a full dump replaced in turn by each hostile value: either the file
    is refused with a ReadError naming where, or it loads without any other exception;
    a refused file writes nothing (checked whole, before the one transaction)."""
    from claimtrack.errors import ReadError
    from claimtrack.load import load_dump, read_dump

    class Undo(Exception):
        pass

    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    bad = tmp_path / "bad.json"
    refused = loaded = 0
    with Store.open(tmp_path / "target.db") as store:
        # The first of each list stands for the others: same checks, and twice as fast.
        for path in {p for p in _leaves(dump) if p and not any(isinstance(k, int) and k for k in p)}:
            for value in HOSTILE:
                bad.write_text(json.dumps(_set(dump, path, value), ensure_ascii=True), "utf-8")
                try:
                    checked = read_dump(bad)
                except ReadError as err:
                    refused += 1
                    assert "\n" not in str(err) and str(err).startswith(f"{bad}: ")
                    continue
                try:
                    with store.write():
                        load_dump(store, checked, with_hooks=True)
                        raise Undo
                except Undo:
                    loaded += 1
    assert refused > 300 and loaded > 50, (refused, loaded)
