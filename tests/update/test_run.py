"""`claimtrack update` against a real HTTP server on 127.0.0.1 serving our own feeds:
what is new is stored once, what is hostile or broken fails alone and is reported."""

from __future__ import annotations

import functools
import http.server
import json
import sqlite3
import threading
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from conftest import REPO

from feed_server import (  # noqa: F401  (server: a fixture)
    FAST, FIXTURES, FeedServer, STORY_A, STORY_B, STORY_C, gzip_bomb, hang, report_count, rss, send, serve, server, update_json,
)


def test_new_entries_stored_once_and_a_304_costs_nothing(cli, server):
    server.routes["/feed.xml"] = serve(rss([STORY_A, STORY_B]), etag='"v1"')
    cli.ok("feed", "add", server.url("/feed.xml"), "--name", "wire")
    code, run = update_json(cli)
    feed = run["feeds"][0]
    assert code == 0 and feed["outcome"] == "new" and feed["reports_new"] == 2
    assert run["counts"]["claims_new"] >= 2 and run["counts"]["responses_new"] >= 1
    assert {e["event"] for e in run["events"]} >= {"new-claim", "new-response"}

    code, again = update_json(cli)
    assert code == 0 and again["feeds"][0]["outcome"] == "unchanged" and again["feeds"][0]["http_status"] == 304
    path, headers = server.requests[-1]
    assert headers.get("If-None-Match") == '"v1"'
    assert headers["User-Agent"].startswith("claimtrack/")
    assert report_count() == 2
    # The reports carry the entries' links and are listed like any ingested report.
    urls = {r["url"] for r in cli.json("reports")}
    assert urls == {"https://news.example.test/a", "https://news.example.test/b"}
    # Summaries are not pages: they are never re-read as stealth-edit candidates.
    conn = sqlite3.connect("db/claimtrack.db")
    assert conn.execute("SELECT count(*) FROM report_rechecks").fetchone()[0] == 0
    conn.close()


def test_seen_entries_are_skipped_without_validators(cli, server):
    server.routes["/feed.xml"] = serve(rss([STORY_A]))
    cli.ok("feed", "add", server.url("/feed.xml"))
    assert update_json(cli)[1]["counts"]["entries_new"] == 1
    server.routes["/feed.xml"] = serve(rss([STORY_B, STORY_A]))  # newest first, as feeds list them
    run = update_json(cli)[1]
    assert run["counts"]["entries_new"] == 1 and run["counts"]["reports_new"] == 1
    assert update_json(cli)[1]["counts"]["entries_new"] == 0
    assert report_count() == 2


def test_each_broken_server_fails_alone_and_is_reported(cli, server):
    """Gzip bomb, oversized body without a length, endless body, hung server, redirect
    loop, 404 and an entity bomb: each fails with its reason; the good feed is stored."""
    def endless(handler):
        send(handler, 200, headers={"Content-Type": "application/rss+xml"}, length=False)
        chunk = b"<!-- padding -->" * 4096
        for _ in range(100_000):
            handler.wfile.write(chunk)

    bomb = gzip_bomb()
    server.routes.update({
        "/bomb": lambda h: send(h, 200, bomb, {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"}),
        "/big": lambda h: send(h, 200, b"<rss>" + b" " * (11 * 1024 * 1024), length=False),
        "/endless": endless,
        "/hang": hang(server),
        "/loop": lambda h: send(h, 302, headers={"Location": "/loop"}),
        "/missing": lambda h: send(h, 404, b"gone"),
        "/laughs": serve((FIXTURES / "bomb-billion-laughs.xml").read_bytes()),
        "/good": serve(rss([STORY_C])),
    })
    for path in ("/bomb", "/big", "/endless", "/hang", "/loop", "/missing", "/laughs", "/good"):
        cli.ok("feed", "add", server.url(path), "--name", path.strip("/"), "--no-check")
    started = time.monotonic()
    code, run = update_json(cli, *FAST)
    took = time.monotonic() - started
    outcomes = {f["feed"]: f for f in run["feeds"]}
    assert code == 1 and run["exit_code"] == 1
    assert outcomes["good"]["outcome"] == "new" and outcomes["good"]["reports_new"] == 1
    expected = {"bomb": "larger than", "big": "larger than", "endless": "larger than",
                "hang": "no complete answer within 1 s", "loop": "redirects", "missing": "404", "laughs": "entities"}
    for name, reason in expected.items():
        assert outcomes[name]["outcome"] == "failed" and reason in outcomes[name]["error"], outcomes[name]
    assert took < 8, took
    assert run["counts"]["feeds_failed"] == 7 and report_count() == 1
    # Honest accounting in the run log too.
    logged = cli.json("runs")[0]
    assert {f["feed_name"]: f["outcome"] for f in logged["feeds"]}["hang"] == "failed"


def test_gzip_bomb_is_aborted_at_the_cap_with_bounded_memory(server):
    from claimtrack.readers import fetch as fetching

    server.routes["/bomb"] = lambda h: send(h, 200, gzip_bomb(), {"Content-Encoding": "gzip"})
    gzip_bomb()  # built before measuring
    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(fetching.FetchError, match="larger than 10 MB when unpacked"):
        fetching.fetch(server.url("/bomb"))
    took = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert took < 2 and peak < 48 * 1024 * 1024, (took, peak)


def test_trickling_server_hits_the_total_deadline(server):
    from claimtrack.readers import fetch as fetching

    def trickle(handler):
        send(handler, 200, headers={"Content-Type": "application/rss+xml"}, length=False)
        while not server.stopping.is_set():
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.05)

    server.routes["/trickle"] = trickle
    started = time.monotonic()
    with pytest.raises(fetching.FetchError, match="no complete answer within 0.6 s") as err:
        fetching.fetch(server.url("/trickle"), deadline=0.6)
    assert time.monotonic() - started < 1.5 and err.value.transient


def test_transient_failures_are_retried_with_backoff_then_given_up(server, tmp_path):
    from claimtrack.update import sources, run
    from claimtrack.store import Store

    answers = iter([503, 503, 200])

    def flaky(handler):
        status = next(answers, 200)
        if status == 200:
            serve(rss([STORY_B]))(handler)
        else:
            send(handler, status, b"busy", {"Retry-After": "0"})

    server.routes["/flaky"] = flaky
    server.routes["/down"] = lambda h: send(h, 503, b"down")
    with Store.open(tmp_path / "t.db") as store:
        sources.add_feed(store, server.url("/flaky"))
        sources.add_feed(store, server.url("/down"))
        result = run.run_update(store, run.UpdateOptions(retries=2, backoff=0.01, timeout=2))
    by_name = {f.address.rsplit("/", 1)[1]: f for f in result.feeds}
    assert by_name["flaky"].outcome == "new" and server.paths().count("/flaky") == 3
    assert by_name["down"].outcome == "failed" and "503" in by_name["down"].error
    assert "after 3 tries" in by_name["down"].error and server.paths().count("/down") == 3


def test_links_other_than_http_are_refused_and_never_fetched(cli, server):
    data = (FIXTURES / "hostile-link-schemes.xml").read_bytes()
    server.routes["/hostile"] = serve(data)
    cli.ok("feed", "add", server.url("/hostile"), "--full-text", "--no-check")  # count only update's fetches
    code, run = update_json(cli, *FAST)
    feed = run["feeds"][0]
    refused = [p for p in feed["problems"] if "refused" in p]
    assert len(refused) == 5 and any("file:///etc/passwd" in p for p in refused)
    # Only the feed was asked for: nothing followed javascript:, file:, ftp: or data:.
    assert server.paths() == ["/hostile"]
    # The one http link failed to fetch (it points nowhere); the five others were
    # stored from their summaries, without any link.
    assert code == 1 and feed["reports_new"] == 5
    for report in cli.json("reports"):
        assert report["url"] is None or report["url"].startswith("https://")
    export = cli.ok("export").stdout
    assert "javascript:" not in export.lower() and "file://" not in export


def test_full_text_fetches_the_linked_page(cli, server):
    page = ("<html><head><title>Full story</title></head><body><article>"
            "<p>据彭博社报道，知情人士称，南山机器人正在洽谈新一轮融资，估值约十亿美元。</p>"
            "</article></body></html>").encode()
    server.routes["/story"] = serve(page, content_type="text/html; charset=utf-8")
    feed = rss([]).replace(b"</channel>", (
        f"<item><title>Short</title><link>{server.url('/story')}</link><guid>s1</guid>"
        "<description>Only a teaser.</description></item></channel>").encode())
    server.routes["/feed"] = serve(feed)
    cli.ok("feed", "add", server.url("/feed"), "--full-text", "--language", "zh")
    code, run = update_json(cli, *FAST)
    assert code == 0 and run["counts"]["claims_new"] == 1
    report = cli.json("reports")[0]
    assert report["title"] == "Full story" and report["url"] == server.url("/story")
    assert report["language"] == "zh"


def test_full_text_keeps_a_headline_and_its_dateline_apart(cli, server):
    """The linked page has <h1>, <time> and a byline side by side: no claim may end in
    the date (it once read "…洽谈入驻Wed, 16 Feb 2022 10:42:52 GMT记者 林远")."""
    page = (REPO / "tests" / "fixtures" / "reports" / "zh-headline-then-dateline.html").read_bytes()
    server.routes["/story"] = serve(page, content_type="text/html; charset=utf-8")
    feed = rss([]).replace(b"</channel>", (
        f"<item><title>青禾科技</title><link>{server.url('/story')}</link><guid>q1</guid>"
        "<description>摘要</description></item></channel>").encode())
    server.routes["/feed"] = serve(feed)
    cli.ok("feed", "add", server.url("/feed"), "--full-text")
    code, run = update_json(cli, *FAST)
    assert code == 0 and run["counts"]["claims_new"] == 1
    texts = [c["text"] for c in cli.json("list")]
    assert texts == ["青禾科技正与云岭商城洽谈入驻事宜，双方有望在三月底前签署合作协议。"]
    assert not any("GMT" in t or "记者" in t for t in texts)


def test_truncated_feed_keeps_whole_entries_and_is_read_again(cli, server):
    whole = rss([STORY_A, STORY_B])
    cut = whole[: whole.index("北辰电池".encode()) + 3]
    server.routes["/feed"] = serve(cut, etag='"half"')
    cli.ok("feed", "add", server.url("/feed"))
    code, run = update_json(cli)
    feed = run["feeds"][0]
    assert feed["reports_new"] == 1 and any("ends early" in p for p in feed["problems"])
    server.routes["/feed"] = serve(whole, etag='"whole"')
    code, run = update_json(cli)
    # The half-read version's ETag was not kept, so the whole feed came back.
    assert "If-None-Match" not in server.requests[-1][1]
    assert run["feeds"][0]["reports_new"] == 1 and report_count() == 2


def test_folder_feed_picks_up_only_new_and_changed_files(cli, tmp_path):
    posts = sorted((REPO / "claimtrack" / "samples").glob("*.md"))[:4]  # ours: no ../shared needed
    folder = tmp_path / "posts"
    folder.mkdir()
    for post in posts[:2]:
        (folder / post.name).write_bytes(post.read_bytes())
    cli.ok("feed", "add", str(folder), "--name", "hexo")
    assert update_json(cli)[1]["counts"]["reports_new"] == 2
    assert update_json(cli)[1]["feeds"][0]["outcome"] == "unchanged"
    first = folder / posts[0].name
    first.touch()  # a new mtime, same bytes
    assert update_json(cli)[1]["counts"]["entries_new"] == 0
    first.write_text(first.read_text("utf-8") + "\n\n据晨报报道，消息人士称，某公司拟收购对手。\n", "utf-8")
    (folder / posts[2].name).write_bytes(posts[2].read_bytes())
    (folder / ".hidden.md").write_text("ignored", "utf-8")
    run = update_json(cli)[1]
    assert run["counts"]["entries_new"] == 2 and run["counts"]["reports_new"] == 2
    assert report_count() == 4


# -- exit codes, quiet, digest, runs ------------------------------------------


def test_configuration_errors_exit_2(cli, tmp_path):
    result = cli("update")
    assert result.exit_code == 2 and "no feeds" in result.stderr
    for bad in (["feed", "add", "file:///etc/passwd"], ["feed", "add", "ftp://example.test/feed"],
                ["feed", "add", str(tmp_path / "nowhere")], ["feed", "add", str(tmp_path), "--language", "fr"]):
        result = cli(*bad)
        assert result.exit_code == 2, (bad, result.output)
    cli.ok("feed", "add", str(tmp_path), "--name", "here")
    assert cli("feed", "add", str(tmp_path)).exit_code == 2  # same folder twice
    assert cli("update", "--quiet-days", "-1").exit_code == 2
    assert cli("feed", "rm", "nothing-by-that-name").exit_code == 1
    assert [f["name"] for f in cli.json("feed", "list")] == ["here"]
    cli.ok("feed", "rm", "here")
    assert cli.json("feed", "list") == []


def test_quiet_prints_only_news_or_failures(cli, server, tmp_path):
    server.routes["/feed"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/feed"))
    first = cli("update", "--quiet")
    assert first.exit_code == 0 and "1 new" in first.stdout
    second = cli("update", "--quiet")
    assert second.exit_code == 0 and second.stdout == "" and second.stderr == ""
    assert cli("update", "--quiet", "--json").stdout == ""
    server.routes["/feed"] = lambda h: send(h, 500, b"oops")
    failing = cli("update", "--quiet", *FAST)
    assert failing.exit_code == 1 and "500" in failing.stderr and "failed" in failing.stdout


def test_digest_and_runs(cli, server, tmp_path):
    hostile = ("h", "&lt;script&gt;alert(1)&lt;/script&gt; | # heading",
               "据晨报报道，消息人士称，[x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; 某公司拟收购对手。")
    server.routes["/feed"] = serve(rss([hostile, STORY_B], title="Wire"))
    cli.ok("feed", "add", server.url("/feed"), "--name", "wire")
    cli.ok("update", "--digest", "digest.md")
    digest = Path("digest.md").read_text("utf-8")
    assert "## New claims" in digest and "| wire | new | 2 |" in digest
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(digest)
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "[x](javascript:alert(1))" in html  # shown as text, not a link
    cli.ok("update")
    runs = cli.json("runs")
    assert [r["state"] for r in runs] == ["ok", "ok"]
    assert runs[1]["feeds"][0]["outcome"] == "new" and runs[0]["feeds"][0]["outcome"] == "unchanged"
    assert runs[1]["summary"]["counts"]["reports_new"] == 2 and runs[0]["seconds"] >= 0
    assert len(cli.json("runs", "--limit", "1")) == 1
    assert "wire: new" in cli.ok("runs").stdout


def test_overdue_claims_are_named_in_the_first_run_that_finds_them_then_only_counted(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    cli.ok("feed", "add", str(tmp_path / "empty"))
    overdue = cli.json("add", "Kepler will ship a phone", "--subject", "Kepler", "--date", "2020-01-01", "--due", "2021-06")
    quiet = cli.json("add", "Orion plans layoffs", "--subject", "Orion", "--date", "2023-01-01")
    first = cli.ok("update", "--quiet")
    assert f"overdue: claim {overdue['id']} (due 2021-06): Kepler will ship a phone" in first.stdout
    assert f"overdue: claim {quiet['id']} (quiet for " in first.stdout
    assert "2 claims overdue (2 newly; claimtrack list --overdue)" in first.stdout
    assert "review" not in first.stdout  # "review" is `claimtrack review`'s word, for link suggestions

    assert cli.ok("update", "--quiet").stdout == ""  # nothing changed: cron mails nothing
    again = cli.ok("update").stdout
    assert "overdue: claim" not in again and "2 claims overdue (0 newly" in again

    later = cli.json("add", "Vega will open a plant", "--subject", "Vega", "--date", "2021-01-01", "--due", "2022-01")
    third = cli.ok("update", "--quiet").stdout
    assert [line for line in third.splitlines() if line.startswith("overdue:")] == [
        f"overdue: claim {later['id']} (due 2022-01): Vega will open a plant"]
    assert "3 claims overdue (1 newly" in third

    run = cli.json("update")
    assert run["counts"]["overdue"] == 3 and run["counts"]["overdue_new"] == 0 and run["overdue_new"] == []
    assert {c["id"] for c in cli.json("list", "--overdue")} == {overdue["id"], quiet["id"], later["id"]}
    assert cli.json("review") == []


def test_a_back_filled_archive_is_named_once_in_ten_lines_and_listed_in_full_by_list_overdue(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    cli.ok("feed", "add", str(tmp_path / "empty"))
    for i in range(25):
        cli.json("add", f"Company {i} plans a new plant", "--subject", f"Company {i}", "--date", "2019-03-01")
    first = cli.ok("update", "--quiet").stdout.splitlines()
    named = [line for line in first if line.startswith("overdue: claim")]
    assert len(named) == 10 and "overdue: … and 15 more; see claimtrack list --overdue" in first
    assert cli.ok("update", "--quiet").stdout == ""
    listed = cli.ok("list", "--overdue", "--limit", "100").stdout
    assert all(f"Company {i} plans a new plant" in listed for i in range(25))


def test_list_overdue_is_what_update_counts_and_skips_fresh_or_resolved_claims(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    cli.ok("feed", "add", str(tmp_path / "empty"))
    due_later = cli.json("add", "Vega will ship a car", "--subject", "Vega", "--date", "today", "--due", "2999-01")
    resolved = cli.json("add", "Lyra will be sold", "--subject", "Lyra", "--date", "2019-01-01", "--due", "2019-12")
    cli.json("resolve", resolved["id"], "--verdict", "false", "--date", "2020-01-01")
    answered = cli.json("add", "Altair cuts prices", "--subject", "Altair", "--date", "2019-01-01")
    cli.json("respond", answered["id"], "--by", "Altair", "--stance", "deny", "--quote", "No.", "--date", "today")
    month_due = cli.json("add", "Deneb opens a plant", "--subject", "Deneb", "--date", "today", "--due", "2020-02")
    quiet = cli.json("add", "Rigel moves its offices", "--subject", "Rigel", "--date", "2019-06-01")
    _, run = update_json(cli, "--quiet-days", "30")
    flagged = {r["claim_id"]: r for r in run["overdue_new"]}
    assert set(flagged) == {month_due["id"], quiet["id"]} and run["counts"]["overdue"] == 2
    assert flagged[month_due["id"]]["reason"] == "overdue" and flagged[quiet["id"]]["reason"] == "quiet"
    listed = [c["id"] for c in cli.json("list", "--overdue", "--quiet-days", "30")]
    assert listed == [month_due["id"], quiet["id"]]  # newest first, as every listing
    assert [c["id"] for c in cli.json("list", "--overdue", "--quiet-days", "30", "--subject", "Rigel")] == [quiet["id"]]
    status = {c["id"]: c for c in cli.json("list", "--status", "open")}
    assert status[month_due["id"]]["overdue"] is True and status[due_later["id"]]["overdue"] is False
    refused = cli("list", "--overdue", "--as-of", "2020-01-01")
    assert refused.exit_code == 2 and "--overdue is about today" in refused.stderr
    help_text = " ".join(cli.ok("list", "--help").stdout.split())
    assert "Only overdue claims: open (no verdict) and either past their due date" in help_text


# -- the run's deadline inside one feed ----------------------------------------


def test_the_run_deadline_reaches_inside_reading_one_feed(cli, server, monkeypatch):
    """One feed whose reading would take minutes (here a pattern that backtracks, as
    a reader regex once did on real pages) is stopped at the run's deadline, not
    after it; the feed fails with the reason, and the next run reads it."""
    import re

    from claimtrack.update import run as update_run

    parse_feed = update_run.parse_feed

    def backtracking(data, url):
        re.match(r"(?:a+)+$", "a" * 28 + "!")  # about 15 s on the 2-core CI machine, in C
        return parse_feed(data, url)

    monkeypatch.setattr(update_run, "parse_feed", backtracking)
    server.routes["/feed"] = serve(rss([STORY_C]))
    cli.ok("feed", "add", server.url("/feed"), "--name", "stuck")
    started = time.monotonic()
    code, run = update_json(cli, "--run-timeout", "1.5")
    took = time.monotonic() - started
    assert took < 3.5, took
    assert code == 1 and "the run's time limit was reached while reading it" in run["feeds"][0]["error"]
    monkeypatch.setattr(update_run, "parse_feed", parse_feed)
    assert update_json(cli)[1]["counts"]["reports_new"] == 1


def test_the_run_deadline_interrupts_a_feed_between_its_reports(cli, server, monkeypatch):
    """Many long reports in one feed: the run stops between them at its deadline and
    the rest are left, named, for the next run, which stores them once."""
    from claimtrack.update import run as update_run

    ingest_report = update_run.ingest_report

    def slow(*args, **kwargs):
        time.sleep(0.4)  # a long report
        return ingest_report(*args, **kwargs)

    monkeypatch.setattr(update_run, "ingest_report", slow)
    stories = [(f"s{i}", f"Story {i}", f"Acme Corp {i} is in talks to buy Widget Inc, Reuters reported.")
               for i in range(10)]
    server.routes["/feed"] = serve(rss(stories))
    cli.ok("feed", "add", server.url("/feed"))
    started = time.monotonic()
    code, run = update_json(cli, "--run-timeout", "1.5")
    took = time.monotonic() - started
    feed = run["feeds"][0]
    assert took < 3.5 and code == 1, took
    left = [f for f in feed["failures"] if "left for the next run" in f]
    assert feed["reports_new"] + len(left) == 10 and left and feed["reports_new"]
    monkeypatch.setattr(update_run, "ingest_report", ingest_report)
    assert update_json(cli)[1]["counts"]["reports_new"] == len(left)
    assert report_count() == 10


# -- feed add checks the address ------------------------------------------------


def test_feed_add_refuses_an_address_that_answers_404_unless_no_check(cli, server):
    server.routes["/feed.xml"] = serve(rss([STORY_C]))
    typo = server.url("/fed.xml")
    refused = cli("feed", "add", typo, "--name", "typo")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr.strip().splitlines() == [
        f"claimtrack: error: not added: {typo}: the server answered 404 Not Found (to add it anyway: --no-check)"]
    assert cli.json("feed", "list") == []
    assert server.paths() == ["/fed.xml"]  # one fetch, no retries
    cli.ok("feed", "add", server.url("/feed.xml"), "--name", "wire")
    cli.ok("feed", "add", typo, "--name", "typo", "--no-check")
    assert server.paths() == ["/fed.xml", "/feed.xml"]  # --no-check fetched nothing
    assert [f["name"] for f in cli.json("feed", "list")] == ["wire", "typo"]


def test_feed_add_gives_up_on_a_silent_server_within_its_short_timeout(cli, server, monkeypatch):
    from claimtrack.cli import feeds as feed_commands

    monkeypatch.setattr(feed_commands, "CHECK_SECONDS", 0.5)
    server.routes["/hang"] = hang(server)
    refused = cli("feed", "add", server.url("/hang"))
    assert refused.exit_code == 2
    assert f"not added: {server.url('/hang')}: no complete answer within 0.5 s" in refused.stderr
