"""One bad input fails alone: the rest of an `ingest` batch, a feed or a folder feed is
stored, and what could not be read is one line naming it and why (exit 1).

Folders we may not read are simulated by making `os.scandir` refuse them (the suite
may run as root, where permissions do not bite), and tried for real otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hostile.make import NOT_CHARSETS
from feed_server import FAST, FeedServer, report_count, serve

GBK_NAME = "新闻".encode("gbk") + b".md"  # as unzipping a Chinese archive leaves it
LEAD_ZH = "据彭博社援引知情人士报道，星河科技正与蓝海汽车商谈代工生产电动汽车。"


def _post(i: int) -> str:
    return (f"---\ntitle: Post {i}\ndate: 2024-02-05\n---\n\n"
            f"Acme Unit{i} is in talks to buy Widget{i} Inc, Bloomberg reported, citing people familiar with the matter.\n")


def _page(label: str = "utf-8", published: str = "2024-02-05", title: str | None = None) -> str:
    title = title or label
    return (f'<html><head><meta charset="{label}"><meta property="article:published_time" content="{published}">'
            f"<title>{title}</title></head><body><article><p>{LEAD_ZH} ({title})</p></article></body></html>")


def _good_posts(folder: Path, n: int = 20) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"post-{i:02d}.md").write_text(_post(i), encoding="utf-8")


def _bad_name(folder: Path) -> None:
    with open(os.fsencode(folder) + b"/" + GBK_NAME, "wb") as file:
        file.write(_post(99).encode("utf-8"))


def _failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("claimtrack: failed:")]


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


@pytest.fixture
def refuse_folders(monkeypatch):
    """`refuse(path)`: os.scandir raises PermissionError for that folder, as for another user's."""
    refused: set[str] = set()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return lambda path: refused.add(str(path))


# -- ingest -------------------------------------------------------------------


def test_ingest_stores_the_good_twenty_and_names_the_bad_file(cli, tmp_path):
    folder = tmp_path / "batch"
    _good_posts(folder)
    for label in NOT_CHARSETS:  # codecs that are no character set: the label is ignored
        (folder / f"label-{label}.html").write_text(_page(label), encoding="utf-8")
    (folder / "utf16-meta.html").write_text(_page("utf-16"), encoding="utf-8")
    (folder / "late.html").write_text(_page(published="9999-12-31T23:00:00-05:00", title="late"), encoding="utf-8")
    (folder / "early.html").write_text(_page(published="0001-01-01T01:00:00+14:00", title="early"), encoding="utf-8")
    _bad_name(folder)

    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["reports_new"] == 20 + len(NOT_CHARSETS) + 3 and summary["failed"] == 1
    lines = _failure_lines(result.stderr)
    assert len(lines) == 1 and "\\xd0\\xc2\\xce\\xc5.md" in lines[0] and "not valid UTF-8" in lines[0], lines
    titles = {r["title"] for r in cli.json("reports", "--limit", "100")}
    assert {"utf-16", *NOT_CHARSETS} <= titles  # read as the UTF-8 they are, not as CJK garbage
    assert report_count() == summary["reports_new"]


def test_a_charset_in_the_http_header_that_is_no_character_set_is_ignored(cli, server):
    urls = []
    for label in NOT_CHARSETS + ("utf-16",):
        body = _page("utf-8", title=label).encode("utf-8")
        server.routes[f"/{label}.html"] = serve(body, content_type=f"text/html; charset={label}")
        urls.append(server.url(f"/{label}.html"))
    result = cli("ingest", *urls, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["reports_new"] == len(urls)
    assert {r["title"] for r in cli.json("reports", "--limit", "100")} == set(NOT_CHARSETS + ("utf-16",))


def test_a_file_name_given_on_the_command_line_that_is_not_utf8_fails_alone(cli, tmp_path):
    _good_posts(tmp_path / "in", 2)
    _bad_name(tmp_path / "in")
    bad = os.fsdecode(os.fsencode(tmp_path / "in") + b"/" + GBK_NAME)
    result = cli("ingest", str(tmp_path / "in" / "post-00.md"), bad, str(tmp_path / "in" / "post-01.md"))
    assert result.exit_code == 1
    assert report_count() == 2
    assert len(_failure_lines(result.stderr)) == 1 and "not valid UTF-8" in result.stderr


def test_an_unreadable_subfolder_is_a_named_failure(cli, tmp_path, refuse_folders):
    _good_posts(tmp_path / "news", 3)
    _good_posts(tmp_path / "news" / "locked", 2)
    refuse_folders(tmp_path / "news" / "locked")
    result = cli("ingest", str(tmp_path / "news"))
    assert result.exit_code == 1
    assert report_count() == 3
    [line] = _failure_lines(result.stderr)
    assert str(tmp_path / "news" / "locked") in line and "permission denied" in line


def test_an_unreadable_folder_is_a_failure_not_zero_inputs(cli, tmp_path, refuse_folders):
    _good_posts(tmp_path / "news", 2)
    refuse_folders(tmp_path / "news")
    result = cli("ingest", str(tmp_path / "news"), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1 and summary["inputs"] == 1
    assert "cannot read the folder (permission denied)" in summary["reports"][0]["error"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder")
def test_folders_without_read_permission_for_real(cli, tmp_path):
    _good_posts(tmp_path / "news", 2)
    _good_posts(tmp_path / "news" / "locked", 2)
    (tmp_path / "news" / "locked").chmod(0)
    try:
        result = cli("ingest", str(tmp_path / "news"))
        assert result.exit_code == 1 and report_count() == 2
        assert "locked: cannot read the folder" in result.stderr
        (tmp_path / "news").chmod(0)
        assert cli("ingest", str(tmp_path / "news")).exit_code == 1
    finally:
        (tmp_path / "news").chmod(0o755)
        (tmp_path / "news" / "locked").chmod(0o755)


# -- feeds --------------------------------------------------------------------


def _update(cli, *args):
    result = cli("update", "--json", *FAST, *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, json.loads(result.stdout)


def test_a_feed_entry_with_an_impossible_date_does_not_cost_the_others(cli, server):
    items = "".join(
        f"<item><title>第{i}条</title><link>https://news.example.test/{i}</link><guid>g{i}</guid>"
        f"<description>{LEAD_ZH.replace('星河', f'星河{i}号')}</description><pubDate>{date}</pubDate></item>"
        for i, date in enumerate(["Fri, 26 Aug 2022 14:14:53 +0800", "9999-12-31T23:00:00-05:00",
                                  "0001-01-01T01:00:00+14:00", "Sat, 27 Aug 2022 09:00:00 +0800"]))
    server.routes["/feed.xml"] = serve(f"<rss><channel><title>wire</title>{items}</channel></rss>".encode())
    cli.ok("feed", "add", server.url("/feed.xml"), "--name", "wire", "--language", "zh")
    code, run = _update(cli)
    assert code == 0, run
    assert run["feeds"][0]["reports_new"] == 4


def test_a_full_text_entry_whose_page_names_no_character_set_is_stored(cli, server):
    server.routes["/page.html"] = serve(_page("rot13").encode(), content_type="text/html; charset=quopri")
    server.routes["/feed.xml"] = serve(
        f"<rss><channel><title>wire</title><item><title>t</title><link>{server.url('/page.html')}</link>"
        f"<guid>p</guid></item></channel></rss>".encode())
    cli.ok("feed", "add", server.url("/feed.xml"), "--name", "wire", "--full-text")
    code, run = _update(cli)
    assert code == 0 and run["feeds"][0]["reports_new"] == 1, run


def test_a_folder_feed_names_the_file_it_cannot_take_and_stores_the_rest(cli, tmp_path, refuse_folders):
    folder = tmp_path / "drop"
    _good_posts(folder, 3)
    _bad_name(folder)
    _good_posts(folder / "locked", 1)
    refuse_folders(folder / "locked")
    cli.ok("feed", "add", str(folder), "--name", "drop")
    code, run = _update(cli)
    feed = run["feeds"][0]
    assert code == 1 and feed["outcome"] == "failed" and feed["reports_new"] == 3
    assert any("not valid UTF-8" in f for f in feed["failures"])
    assert any("locked: cannot read the folder" in f for f in feed["failures"])


def test_an_unreadable_folder_feed_fails_instead_of_staying_unchanged(cli, tmp_path, refuse_folders):
    folder = tmp_path / "drop"
    _good_posts(folder, 2)
    cli.ok("feed", "add", str(folder), "--name", "drop")
    refuse_folders(folder)
    for _ in range(2):  # every run, not only the first
        code, run = _update(cli)
        feed = run["feeds"][0]
        assert code == 1 and feed["outcome"] == "failed", feed
        assert "cannot read the folder (permission denied)" in feed["error"]
