"""Stealth edits found by re-reading reports on a back-off schedule, and hooks that
receive each new event as JSON on stdin."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from feed_server import FeedServer, rss, send, serve, STORY_C

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
    from claimtrack.update import sources, run
    from claimtrack.ingest import ingest_location
    from claimtrack.store import Store

    url = server.url("/story")
    server.routes["/story"] = serve(page("星河科技洽谈代工", CLAIM + "另有消息称，双方已签约。"), content_type="text/html")
    clock = Clock()
    options = lambda: run.UpdateOptions(clock=clock, retries=0, timeout=2)  # noqa: E731
    with Store.open(tmp_path / "t.db") as store:
        outcome = ingest_location(store, url)  # `claimtrack ingest URL`
        assert outcome.state == "new" and outcome.claims_new == 1
        claim_id = store.claim_ids_after(0)[0]
        sources.add_feed(store, str(tmp_path))  # update needs a feed; an empty folder will do

        first = run.run_update(store, options())
        assert first.changes == [] and server.paths().count("/story") == 1  # not due for an hour

        clock.now += timedelta(hours=2)
        unchanged = run.run_update(store, options())
        assert unchanged.changes == [] and server.paths().count("/story") == 2

        server.routes["/story"] = serve(page("星河科技否认洽谈代工", "另有消息称，双方已签约。"), content_type="text/html")
        clock.now += timedelta(hours=5)
        edited = run.run_update(store, options())
        kinds = {c["kind"]: c for c in edited.changes}
        assert set(kinds) == {"headline", "body"}
        assert kinds["headline"]["old"] == "星河科技洽谈代工" and kinds["headline"]["new"] == "星河科技否认洽谈代工"
        assert kinds["body"]["claims"] == [claim_id]
        assert [g["claim_id"] for g in kinds["body"]["sentences_gone"]] == [claim_id]

        clock.now += timedelta(hours=1)  # the next check is at one day: nothing fetched
        assert run.run_update(store, options()).changes == [] and server.paths().count("/story") == 3

        server.routes["/story"] = lambda h: send(h, 410, b"gone")
        clock.now += timedelta(days=1)
        removed = run.run_update(store, options())
        assert [c["kind"] for c in removed.changes] == ["removed"] and removed.changes[0]["claims"] == [claim_id]
        assert removed.exit_code == 0  # a removed page is news, not a failed feed

        clock.now += timedelta(days=5)
        run.run_update(store, options())
        assert server.paths().count("/story") == 4  # removed: never checked again

        history = store.report_changes(claim_id)
        assert [c["kind"] for c in history] == ["headline", "body", "removed"]
        # the timeline shows each change as an event that leaves the status alone
        from claimtrack import query

        _, steps = query.timeline(store, claim_id)
        changed = [s for s in steps if s.event.kind.value == "report_changed"]
        assert len(changed) == 3 and not any(s.changed for s in changed)
        assert "否认" in changed[0].event.text and "page removed" in changed[2].event.text
        assert "no longer says" in changed[1].event.text
        assert history[0]["url"] == url
        logged = store.runs(1)[0]["summary"]
        assert logged["counts"]["changes"] == 0  # the latest run; earlier runs kept theirs
        assert [c["kind"] for c in store.runs()[1]["summary"]["changes"]] == ["removed"]


def test_recheck_schedule_stops_after_a_week():
    from claimtrack.update.recheck import _next_check

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
    cli.ok("hook", "add", "new-claim", "false")  # fails: logged and counted, never stops the run
    cli.ok("hook", "add", "new-claim", "no-such-program-claimtrack")
    assert [h["event"] for h in cli.json("hook", "list")] == ["new-claim", "status-change", "new-claim", "new-claim"]

    result = cli("update", "--json")
    assert result.exit_code == 1, result.output  # two hooks failed
    run = json.loads(result.stdout)
    assert run["exit_code"] == 1 and run["counts"]["hooks_failed"] == 2 and run["counts"]["reports_new"] == 1
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
    from claimtrack.update.hooks import run_hooks

    hooks = [{"id": 1, "event": "new-claim", "command": f"{sys.executable} -c 'import time; time.sleep(30)'"}]
    import time

    started = time.monotonic()
    [call] = run_hooks(hooks, {"event": "new-claim", "claim": {"id": 1}}, timeout=0.5)
    assert not call.ok and "no answer within 0.5 s" in call.error
    assert time.monotonic() - started < 3


def test_a_page_that_now_answers_garbage_fails_alone_and_the_run_goes_on(server, tmp_path):
    """A recheck that meets a malformed answer or an undecodable page is that page's
    failure, named in the run; the other rechecks, the hooks for what the run stored
    and the review still happen."""
    from claimtrack.update import sources, run
    from claimtrack.update.hooks import add_hook
    from claimtrack.ingest import ingest_location
    from claimtrack.store import Store

    stories = {name: server.url(f"/{name}") for name in ("malformed", "undecodable", "edited")}
    for name in stories:
        server.routes[f"/{name}"] = serve(page(f"{name}洽谈代工", CLAIM), content_type="text/html")
    script = tmp_path / "hook.py"
    script.write_text(HOOK, "utf-8")
    clock = Clock()
    with Store.open(tmp_path / "t.db") as store:
        for url in stories.values():
            ingest_location(store, url)
        sources.add_feed(store, server.url("/feed"))
        add_hook(store, "new-claim", f"{sys.executable} {script} {tmp_path / 'events.jsonl'}")
        server.routes["/feed"] = serve(rss([]))
        run.run_update(store, run.UpdateOptions(clock=clock, retries=0, timeout=2))

        server.routes["/malformed"] = lambda h: h.wfile.write(b"HTTP/1.1 OK-ish\r\n\r\n<html>")
        # (a page that names no real charset is now read as if it named none: binary is what stays garbage)
        server.routes["/undecodable"] = serve(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, content_type="text/html")
        server.routes["/edited"] = serve(page("edited否认洽谈代工", CLAIM), content_type="text/html")
        server.routes["/feed"] = serve(rss([STORY_C]))
        clock.now += timedelta(hours=2)
        run = run.run_update(store, run.UpdateOptions(clock=clock, retries=0, timeout=2, quiet_days=0))

    failed = {f["url"]: f["error"] for f in run.recheck_failures}
    assert set(failed) == {stories["malformed"], stories["undecodable"]}
    assert "not an HTTP answer" in failed[stories["malformed"]]
    assert all(error.startswith(url) and "\n" not in error for url, error in failed.items())
    assert [(c["url"], c["kind"]) for c in run.changes] == [(stories["edited"], "headline")]
    assert run.as_json()["counts"]["rechecks_failed"] == 2
    # The claim this run stored got its hook; overdue claims were counted.
    events = [json.loads(line)["event"] for line in (tmp_path / "events.jsonl").read_text("utf-8").splitlines()]
    assert [e["claim"]["text"][:9] for e in events] == ["Acme Corp"]
    assert [h["ok"] for h in run.hooks] == [True] and run.overdue_ids
    assert run.exit_code == 0  # the feeds were all read; the failures are listed, not hidden


def test_hooks_get_what_is_left_of_the_run_and_an_overrunning_one_is_killed(cli, server, tmp_path):
    """`hook add new-claim "sleep 100"` and three new claims: the run ends at its
    deadline, not three hook timeouts later; the hook and what it started are killed,
    and every call is reported."""
    import os
    import time

    from feed_server import STORY_A, STORY_B

    server.routes["/feed"] = serve(rss([STORY_A, STORY_B, STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    child_pid = tmp_path / "child.pid"
    cli.ok("hook", "add", "new-claim", f"sh -c 'sleep 100 & echo $! > {child_pid}; wait'")
    started = time.monotonic()
    result = cli("update", "--json", "--run-timeout", "3")
    took = time.monotonic() - started
    run = json.loads(result.stdout)
    assert result.exit_code == 1 and run["counts"]["claims_new"] >= 3  # 1: hooks failed
    assert took < 5, took
    calls = run["hooks"]
    assert len(calls) == run["counts"]["claims_new"] and not any(c["ok"] for c in calls)
    assert "stopped at the update's time limit" in calls[0]["error"]
    assert all(c["error"] == "not run: the update's time limit was reached" for c in calls[1:])
    assert f"hook 1 failed {len(calls)} times: stopped at the update's time limit" in result.stderr
    # The hook's own child went with it (its whole process group was killed).
    pid = int(child_pid.read_text())
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and _running(pid):
        time.sleep(0.05)
    if _running(pid):
        os.kill(pid, 9)
        raise AssertionError("the hook's child outlived the run")


def _running(pid: int) -> bool:
    """Alive and not a zombie: a killed child stays in the process table until whoever
    adopted it reaps it, which in a container can take a while."""
    import os

    if not os.path.isdir("/proc/self"):  # no procfs: a zombie counts as running
        try:
            os.kill(pid, 0)
            return True
        except ProcessLookupError:
            return False
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def test_a_redirect_in_a_hook_is_refused_with_the_sh_c_form_that_works(cli, server, tmp_path):
    from feed_server import STORY_A

    server.routes["/feed"] = serve(rss([STORY_A, STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    refused = cli("hook", "add", "new-claim", "cat >> out.txt")
    assert refused.exit_code == 2
    assert refused.stderr.strip().splitlines() == [
        "claimtrack: error: '>>' works only in a shell, and hooks run without one; "
        "give the command as: sh -c 'cat >> out.txt'"]
    assert cli("hook", "add", "new-claim", "grep Acme | wc -l").exit_code == 2
    assert cli.json("hook", "list") == []

    cli.ok("hook", "add", "new-claim", "sh -c 'cat >> out.txt; echo \"$CLAIMTRACK_EVENT\" >> names.txt'")
    result = cli("update")
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in Path("out.txt").read_text("utf-8").splitlines()]
    assert [e["event"] for e in events] == ["new-claim", "new-claim"]
    assert Path("names.txt").read_text() == "new-claim\nnew-claim\n"


def test_a_failing_hook_is_in_the_summary_and_update_exits_1(cli, server, tmp_path):
    from feed_server import STORY_A, STORY_B

    server.routes["/feed"] = serve(rss([STORY_A, STORY_B, STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    cli.ok("hook", "add", "new-claim", "cat nothing-here.txt")
    cli.ok("hook", "add", "new-claim", "true")
    result = cli("update", "--quiet", "--digest", "digest.md")
    assert result.exit_code == 1
    calls = 3  # one new claim per story
    [line] = result.stderr.splitlines()  # one line for the hook, not one per call
    assert line.startswith(f"claimtrack: hook 1 failed {calls} times: exit code 1: cat: nothing-here.txt")
    assert line.endswith("(command: cat nothing-here.txt)")
    assert f"{calls} of {calls * 2} hook calls failed" in result.stdout.splitlines()[-1]
    digest = Path("digest.md").read_text("utf-8")
    assert f"{calls} hook calls failed" in digest and "## Failed hooks" in digest
    assert [r["state"] for r in cli.json("runs")] == ["failed"]


def test_hook_help_says_how_the_command_runs(cli):
    shown = " ".join(cli.ok("hook", "add", "--help").stdout.split())
    for words in ("split into words as a shell would split it", "with no shell in between",
                  "sh -c 'cat >> ~/claims.jsonl'", "one line of JSON on the command's stdin",
                  "CLAIMTRACK_EVENT", "exits with code 1"):
        assert words in shown, words
    assert "the command line to run" not in shown.lower()
    update_help = " ".join(cli.ok("update", "--help").stdout.split())
    assert "1 some feeds or hooks failed" in update_help


def _one_item(guid: str, title: str, html: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>{title}</title><link>https://news.example.test/{guid}</link><guid>{guid}</guid>"
            f"<description><![CDATA[{html}]]></description>"
            "<pubDate>Fri, 26 Aug 2022 14:14:53 +0800</pubDate></item></channel></rss>").encode()


def test_a_plain_feed_entry_whose_headline_and_text_change_is_an_edit_of_its_report(cli, server):
    server.routes["/feed"] = serve(_one_item("x1", "星河科技洽谈代工", f"<p>{CLAIM}记者将持续关注此事。</p>"))
    cli.ok("feed", "add", server.url("/feed"), "--name", "wire")
    first = cli.json("update")
    assert first["counts"]["claims_new"] == 1 and first["changes"] == []
    [claim] = cli.json("list")

    # The same text in other markup and spacing is the same entry: no change, nothing printed.
    server.routes["/feed"] = serve(_one_item("x1", "星河科技洽谈代工", f'\n  <p class="lead">{CLAIM}记者将持续关注此事。 </p>'))
    assert cli.ok("update", "--quiet").stdout == ""

    server.routes["/feed"] = serve(_one_item("x1", "星河科技否认洽谈代工", "<p>记者将持续关注此事。</p>"))
    edited = cli("update", "--quiet")
    assert edited.exit_code == 0
    assert "wire: no new entries, 1 edited" in edited.stdout
    assert f"changed: https://news.example.test/x1: headline (claims {claim['id']})" in edited.stdout  # … an edit
    assert f"changed: https://news.example.test/x1: body (claims {claim['id']})" in edited.stdout
    run = cli.json("runs", "--limit", "1")[0]["summary"]
    kinds = {c["kind"]: c for c in run["changes"]}
    assert kinds["headline"]["old"] == "星河科技洽谈代工" and kinds["headline"]["new"] == "星河科技否认洽谈代工"
    assert [g["claim_id"] for g in kinds["body"]["sentences_gone"]] == [claim["id"]]

    assert cli.ok("update", "--quiet").stdout == ""  # seen once, told once
    timeline = cli.json("timeline", claim["id"])
    changed = [e for e in timeline["events"] if e["kind"] == "report_changed"]
    assert len(changed) == 2 and "星河科技否认洽谈代工" in changed[0]["text"]
    assert cli.json("show", claim["id"])["status"] == claim["status"]  # an edit never moves the status

    # Only the headline changes next: one headline change, from the last version seen.
    server.routes["/feed"] = serve(_one_item("x1", "星河科技回应代工传闻", "<p>记者将持续关注此事。</p>"))
    again = cli.json("update")
    assert [(c["kind"], c["old"], c["new"]) for c in again["changes"]] == [
        ("headline", "星河科技否认洽谈代工", "星河科技回应代工传闻")]
