"""SQL and FTS metacharacters in every filter and search, where files are written, and
which addresses are fetched because a report or feed said so."""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, db_counts
from feed_server import FeedServer, serve

CLAIMS = {
    "quote": ("Acme's deal is 50% done", "O'Reilly"),
    "dquote": ('Borealis has a "quoted" plan', 'Say "Hi" Ltd'),
    "star": ("Cobalt runs the a*b scheme", "a*b Corp"),
    "or": ("Dynamo OR Ember merger is near", "OR"),
    "near": ("Fathom signs a NEAR(x, y) clause", "NEAR(x"),
    "minus": ("Granite posts a -minus note", "-Granite"),
    "colon": ("Helix col:on item ships", "col:on"),
    "caret": ("Ion ^caret goes up", "^Ion"),
    "paren": ("Jasper (parenthesised) aside", "(Jasper)"),
    "underscore": ("Kilo under_score value", "50%_Co"),
    "plain": ("Lumen makes 50ab widgets in Coventry", "50ab Co"),
}
QUERIES = ["'", '"', "*", "OR", "NEAR(", "NEAR(x, y)", "-", ":", "^", "(", ")", "%", "_", "50%", "a*b", "OR 1",
           "' OR '1'='1", '" OR ""="', "col:on", "-minus", "^caret", "(parenthesised)", "under_score", "x) OR (y",
           "Acme's", '"quoted"', "NEAR", "AND", "NOT Acme", "claims_search", "1; DROP TABLE claims; --", "\\", "\x00",
           "%_%", "*:*", "{x}", "[x]", "a:b:c", '""', "''"]


@pytest.fixture
def stocked(cli):
    ids = {}
    for key, (text, subject) in CLAIMS.items():
        ids[key] = cli.json("add", text, "--subject", subject, "--source", f"{subject} Wire",
                            "--date", "2024-01-02")["id"]
    return ids


def _words_in(query: str, text: str) -> bool:
    return all(word.lower() in text.lower() for word in query.split())


@pytest.mark.parametrize("query", QUERIES)
def test_search_with_metacharacters_never_errors_and_never_returns_a_claim_without_the_words(cli, stocked, query):
    result = cli("list", "--search", query, "--json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    for claim in found:
        assert _words_in(query, claim["text"]), (query, claim["text"])


@pytest.mark.parametrize("query, key", [
    ("50%", "quote"), ("Acme's", "quote"), ('"quoted"', "dquote"), ("a*b", "star"), ("OR Ember", "or"),
    ("NEAR(x,", "near"), ("-minus", "minus"), ("col:on", "colon"), ("^caret", "caret"),
    ("(parenthesised)", "paren"), ("under_score", "underscore"),
])
def test_search_finds_exactly_the_claim_holding_the_metacharacters(cli, stocked, query, key):
    assert [c["id"] for c in cli.json("list", "--search", query)] == [stocked[key]]


def test_search_for_sql_wildcards_matches_them_literally(cli, stocked):
    # LIKE would let 50% match "50ab"; instr and FTS do not
    assert [c["id"] for c in cli.json("list", "--search", "50%")] == [stocked["quote"]]
    assert [c["id"] for c in cli.json("list", "--search", "50ab")] == [stocked["plain"]]


@pytest.mark.parametrize("key", list(CLAIMS))
def test_subject_and_source_filters_take_names_with_metacharacters_literally(cli, stocked, key):
    subject = CLAIMS[key][1]
    assert [c["id"] for c in cli.json("list", "--subject", subject)] == [stocked[key]]
    assert [c["id"] for c in cli.json("list", "--source", f"{subject} Wire")] == [stocked[key]]
    shown = json.loads(cli.ok("entity", "show", "--json", "--", subject).stdout)  # "--": a name may start with "-"
    assert subject in [shown["name"], *shown.get("aliases", [])]


@pytest.mark.parametrize("query", QUERIES)
def test_every_filter_survives_hostile_values(cli, stocked, query):
    before = db_counts(Path("db/claimtrack.db"))
    for args in (["list", "--subject", query], ["list", "--source", query], ["entity", "list", "--search", query],
                 ["export", "--subject", query], ["timeline", "--subject", query, "--json"]):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
    for args in (["list", "--since", query], ["list", "--status", query], ["entity", "show", "--", query]):
        result = cli(*args)
        assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output + result.stderr, args
        assert len(result.stderr.strip().splitlines()) <= 1
    assert db_counts(Path("db/claimtrack.db")) == before
    conn = sqlite3.connect("db/claimtrack.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_export_subject_filter_with_wildcards_is_literal(cli, stocked):
    dump = json.loads(cli.ok("export", "--format", "json", "--subject", "50%_Co").stdout)
    assert [c["text"] for c in dump["claims"]] == [CLAIMS["underscore"][0]]


# -- where files are written ----------------------------------------------------

TRAVERSAL = "../../../../escaped"


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


def test_reports_and_feeds_cannot_choose_where_files_are_written(cli, tmp_path, monkeypatch):
    work = tmp_path / "a" / "b" / "work"
    reports = work / "reports"
    reports.mkdir(parents=True)
    monkeypatch.chdir(work)
    for n, title in enumerate([TRAVERSAL, "/tmp/claimtrack-escaped", "~/escaped", "db/claimtrack.db", "CON",
                               "x\x00y", "out.md"]):
        (reports / f"r{n}.md").write_text(
            f'---\ntitle: {json.dumps(title)}\nurl: "file:///{TRAVERSAL}"\npermalink: "{TRAVERSAL}/index.html"\n---\n\n'
            f"Acme{n} is in talks to buy Widget{n}, Bloomberg reported, citing people familiar with the matter.\n",
            encoding="utf-8")
    before = _tree(tmp_path)
    assert cli("ingest", "reports").exit_code == 0
    cli.ok("feed", "add", "reports", "--name", TRAVERSAL.replace("/", "_"))
    assert cli("update", "--quiet").exit_code == 0
    Path("out").mkdir()
    cli.ok("export", "-o", "out/report.md")
    for fmt in ("json", "atom", "claimreview"):
        cli.ok("export", "--format", fmt, "-o", f"out/export.{fmt}")
    cli.ok("backup", "db/backup.db")
    after = _tree(tmp_path)
    new_or_changed = {p for p, stat in after.items() if before.get(p) != stat}
    allowed = re.compile(r"^a/b/work/(db/[^/]+|out/(report\.md|export\.(json|atom|claimreview)))$")
    assert new_or_changed and all(allowed.match(p) for p in new_or_changed), sorted(new_or_changed)
    assert not Path("/tmp/claimtrack-escaped").exists()
    assert not (tmp_path / "escaped").exists() and not (tmp_path.parent / "escaped").exists()


def test_only_the_library_modules_that_should_write_files_do():
    """A guard on the code: a new way of writing a file is a decision, not an accident."""
    writes = re.compile(r"write_text\(|write_bytes\(|open\([^)]*['\"][wax]b?\+?['\"]|os\.replace\(|mkstemp\(|"
                        r"\.mkdir\(|os\.open\([^)]*O_(?:WRONLY|RDWR|CREAT)|shutil\.(copy|move)|\.rename\(|\.unlink\(")
    found = {}
    for path in (REPO / "claimtrack").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if writes.search(line) and not line.strip().startswith("#"):
                found.setdefault(str(path.relative_to(REPO)), []).append(line.strip())
    assert set(found) <= {
        "claimtrack/store/core.py",  # the database, its backup, the copy before an upgrade: beside the database
        "claimtrack/update/lock.py",  # the update lock, beside the database
        "claimtrack/export/files.py",  # -o and --digest, the user's own path, atomically
        "claimtrack/demo.py",  # `demo` makes db/ and replaces db/demo.db
    }, found


# -- what remote content can make claimtrack fetch -------------------------------


def test_only_http_addresses_are_fetched_whatever_pages_and_feeds_say(cli, monkeypatch):
    server = FeedServer()
    opened: list[str] = []
    real_open = urllib.request.OpenerDirector.open

    def recording(self, fullurl, *args, **kwargs):
        opened.append(fullurl if isinstance(fullurl, str) else fullurl.full_url)
        return real_open(self, fullurl, *args, **kwargs)

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", recording)
    try:
        page = ('<html><head><title>Page</title><link rel="canonical" href="file:///etc/passwd">'
                '<meta property="og:url" content="ftp://evil.example/x"></head><body><article><p>'
                "Acme is in talks to buy Widget, Bloomberg reported, citing people familiar with the matter."
                '</p><a href="file:///etc/passwd">x</a><img src="gopher://evil.example/"></article></body></html>')
        server.routes["/page"] = serve(page.encode(), content_type="text/html; charset=utf-8")

        def redirect(handler):
            handler.send_response(302)
            handler.send_header("Location", "file:///etc/passwd")
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        server.routes["/redirect"] = redirect
        items = "".join(
            f"<item><title>t{n}</title><link>{link}</link><guid>g{n}</guid><description>teaser {n}</description></item>"
            for n, link in enumerate([server.url("/page"), server.url("/redirect"), "file:///etc/passwd",
                                      "ftp://evil.example/", "javascript:alert(1)", "//127.0.0.1:1/scheme-relative",
                                      "data:text/html,hi", "jar:file:///x!/y", "  FILE:///etc/passwd"]))
        server.routes["/feed"] = serve(f'<rss version="2.0"><channel><title>f</title>{items}</channel></rss>'.encode())
        cli.ok("feed", "add", server.url("/feed"), "--full-text")
        result = cli("update", "--json", "--timeout", "2", "--retries", "0")
        assert result.exit_code in (0, 1), result.stderr
        cli("ingest", server.url("/page"))
        cli("extract", server.url("/redirect"))
    finally:
        server.close()
    assert opened, "nothing was fetched at all"
    assert all(re.match(r"https?://", url) for url in opened), opened
    everything = "\n".join(sqlite3.connect("db/claimtrack.db").iterdump())
    assert "root:x:0:0" not in everything
