"""Stealth edits found by re-reading reports on a back-off schedule, and hooks that
receive each new event as JSON on stdin."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from test_update import FeedServer, rss, send, serve, STORY_C

CLAIM = "据彭博社报道，知情人士称，星河科技正与蓝海汽车商谈由其代工生产电动汽车。"


def page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><p>{body}</p>"
            "</article></body></html>").encode()


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


class Clock:
    def __init__(self):
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def test_edited_headline_and_body_then_removal_become_changes(server, tmp_path):
    from claimtrack import feeds, update
    from claimtrack.ingest import ingest_location
    from claimtrack.store import Store

    url = server.url("/story")
    server.routes["/story"] = serve(page("星河科技洽谈代工", CLAIM + "另有消息称，双方已签约。"), content_type="text/html")
    clock = Clock()
    options = lambda: update.UpdateOptions(clock=clock, retries=0, timeout=2)  # noqa: E731
    with Store.open(tmp_path / "t.db") as store:
        outcome = ingest_location(store, url)  # `claimtrack ingest URL`
        assert outcome.state == "new" and outcome.claims_new == 1
        claim_id = store.claim_ids_after(0)[0]
        feeds.add_feed(store, str(tmp_path))  # update needs a feed; an empty folder will do

        first = update.run_update(store, options())
        assert first.changes == [] and server.paths().count("/story") == 1  # not due for an hour

        clock.now += timedelta(hours=2)
        unchanged = update.run_update(store, options())
        assert unchanged.changes == [] and server.paths().count("/story") == 2

        server.routes["/story"] = serve(page("星河科技否认洽谈代工", "另有消息称，双方已签约。"), content_type="text/html")
        clock.now += timedelta(hours=5)
        edited = update.run_update(store, options())
        kinds = {c["kind"]: c for c in edited.changes}
        assert set(kinds) == {"headline", "body"}
        assert kinds["headline"]["old"] == "星河科技洽谈代工" and kinds["headline"]["new"] == "星河科技否认洽谈代工"
        assert kinds["body"]["claims"] == [claim_id]
        assert [g["claim_id"] for g in kinds["body"]["sentences_gone"]] == [claim_id]

        clock.now += timedelta(hours=1)  # the next check is at one day: nothing fetched
        assert update.run_update(store, options()).changes == [] and server.paths().count("/story") == 3

        server.routes["/story"] = lambda h: send(h, 410, b"gone")
        clock.now += timedelta(days=1)
        removed = update.run_update(store, options())
        assert [c["kind"] for c in removed.changes] == ["removed"] and removed.changes[0]["claims"] == [claim_id]
        assert removed.exit_code == 0  # a removed page is news, not a failed feed

        clock.now += timedelta(days=5)
        update.run_update(store, options())
        assert server.paths().count("/story") == 4  # removed: never checked again

        history = store.report_changes(claim_id)
        assert [c["kind"] for c in history] == ["headline", "body", "removed"]
        # the timeline shows each change as an event that leaves the status alone
        from claimtrack import tracker

        _, steps = tracker.timeline(store, claim_id)
        changed = [s for s in steps if s.event.kind.value == "report_changed"]
        assert len(changed) == 3 and not any(s.changed for s in changed)
        assert "否认" in changed[0].event.text and "page removed" in changed[2].event.text
        assert "no longer says" in changed[1].event.text
        assert history[0]["url"] == url
        logged = store.runs(1)[0]["summary"]
        assert logged["counts"]["changes"] == 0  # the latest run; earlier runs kept theirs
        assert [c["kind"] for c in store.runs()[1]["summary"]["changes"]] == ["removed"]


def test_recheck_schedule_stops_after_a_week():
    from claimtrack.update import _next_check

    recorded = "2024-01-01T00:00:00Z"
    at = datetime(2024, 1, 1, tzinfo=timezone.utc)
    expected = ["2024-01-01T01:00:00Z", "2024-01-01T06:00:00Z", "2024-01-02T00:00:00Z",
                "2024-01-04T00:00:00Z", "2024-01-08T00:00:00Z"]
    assert _next_check(recorded, at) == expected[0]
    assert _next_check(recorded, at + timedelta(hours=2)) == expected[1]
    assert _next_check(recorded, at + timedelta(hours=30)) == expected[3]  # a late run skips ahead
    assert _next_check(recorded, at + timedelta(days=8)) is None


HOOK = """
import json, sys
event = json.loads(sys.stdin.read())
with open(sys.argv[1], "a", encoding="utf-8") as out:
    out.write(json.dumps({"argv": sys.argv[2:], "event": event}, ensure_ascii=False) + "\\n")
"""


def test_hooks_get_each_event_as_json_on_stdin_without_a_shell(cli, server, tmp_path):
    script = tmp_path / "hook.py"
    script.write_text(HOOK, "utf-8")
    server.routes["/feed"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    command = f"{sys.executable} {script} events.jsonl 'a b; touch pwned' '$(touch pwned2)'"
    hook = cli.json("hook", "add", "new-claim", command)
    cli.ok("hook", "add", "status-change", f"{sys.executable} {script} status.jsonl")
    cli.ok("hook", "add", "new-claim", "false")  # fails: logged, never breaks the run
    cli.ok("hook", "add", "new-claim", "no-such-program-claimtrack")
    assert [h["event"] for h in cli.json("hook", "list")] == ["new-claim", "status-change", "new-claim", "new-claim"]

    result = cli("update", "--json")
    assert result.exit_code == 0, result.output
    run = json.loads(result.stdout)
    lines = [json.loads(line) for line in Path("events.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["argv"] == ["a b; touch pwned", "$(touch pwned2)"]
    event = lines[0]["event"]
    assert event["event"] == "new-claim" and event["run_id"] == run["run_id"]
    assert event["claim"]["text"].startswith("Acme Corp is in talks to buy Widget Inc")
    assert not Path("pwned").exists() and not Path("pwned2").exists()
    failed = [h for h in run["hooks"] if not h["ok"]]
    assert len(failed) == 2 and "exit code 1" in failed[0]["error"] and "cannot start" in failed[1]["error"]
    assert "hook 3 failed" in result.stderr
    assert not Path("status.jsonl").exists()  # no status changed

    cli.ok("hook", "rm", str(hook["id"]))
    assert cli("hook", "rm", "99").exit_code == 1
    assert cli("hook", "add", "new-thing", "true").exit_code == 2


def test_a_hanging_hook_is_stopped_at_its_time_limit(tmp_path):
    from claimtrack.hooks import run_hooks

    hooks = [{"id": 1, "event": "new-claim", "command": f"{sys.executable} -c 'import time; time.sleep(30)'"}]
    import time

    started = time.monotonic()
    [call] = run_hooks(hooks, {"event": "new-claim", "claim": {"id": 1}}, timeout=0.5)
    assert not call.ok and "no answer within 0.5 s" in call.error
    assert time.monotonic() - started < 3
