"""Malformed HTTP answers, bad addresses and servers that dodge deadlines, from a
loopback server: each fails on its own with one line naming the address and the
reason, in `extract`, in `ingest` of a list of addresses and in `update` (as a feed
and as a linked page); the rest of the batch is stored."""

from __future__ import annotations

import json
import time
from functools import partial

import pytest

from feed_server import FAST, STORY_C, FeedServer, report_count, rss, serve, update_json

CLAIM = "据彭博社报道，知情人士称，星河科技正与蓝海汽车商谈由其代工生产电动汽车。"
PAGE = f"<html><head><title>星河科技洽谈代工</title></head><body><article><p>{CLAIM}</p></article></body></html>"


def raw(data: bytes):
    """A route that answers exactly these bytes, status line and headers included."""
    def route(handler):
        handler.wfile.write(data)
    return route


# name -> (answer, what the one-line error says)
MALFORMED = {
    "bad-status-line": (b"HTTP/1.1 OK-ish\r\n\r\n" + PAGE.encode(), "not an HTTP answer"),
    "header-70kb": (b"HTTP/1.1 200 OK\r\nX-Pad: " + b"a" * 70_000 + b"\r\n\r\n" + PAGE.encode(),
                    "bytes when reading header line"),
    "headers-150": (b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: a\r\n" % i for i in range(150))
                    + b"\r\n" + PAGE.encode(), "more than 100 headers"),
    "broken-chunks": (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                      b"zz\r\n" + PAGE.encode() + b"\r\n0\r\n\r\n", "broke off"),
    # Shorter than its Content-Length: stored truncated before, a failure now.
    "short-body": (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 5000\r\n\r\n"
                   + PAGE.encode(), "stopped after"),
    "redirect-bad-port": (b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:99999/x\r\nContent-Length: 0\r\n\r\n",
                          "redirected to http://127.0.0.1:99999/x: not a valid address (Port out of range"),
    "redirect-bad-ipv6": (b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
                          "redirected to http://[::1: not a valid address (Invalid IPv6 URL)"),
}
# address -> what the one-line error says; none of them reaches a server
BAD_ADDRESSES = {
    "http://127.0.0.1:9/a\x07b.html": "the address contains the control character U+0007",
    "http://[::1": "not a valid address (Invalid IPv6 URL)",
    "http://127.0.0.1:9/a b.html": "the address contains a space (write it as %20)",
    "http://127.0.0.1:99999/": "Port out of range",
}


@pytest.fixture
def server():
    s = FeedServer()
    for name, (answer, _) in MALFORMED.items():
        s.routes["/" + name] = raw(answer)
    s.routes["/good"] = serve(PAGE.encode(), content_type="text/html; charset=utf-8")
    yield s
    s.close()


def one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("name", MALFORMED)
def test_extract_says_which_address_and_what_is_wrong(cli, server, name):
    result = cli("extract", server.url("/" + name))
    line = one_error_line(result)
    assert result.exit_code == 1
    assert line.startswith(f"claimtrack: error: {server.url('/' + name)}: ") and MALFORMED[name][1] in line, line


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_bad_addresses_are_named_with_what_is_wrong(cli, address):
    line = one_error_line(result := cli("extract", address))
    assert result.exit_code == 1 and BAD_ADDRESSES[address] in line, line
    assert "\x07" not in line and "only http and https" not in line


def test_ingest_of_addresses_stores_the_good_one_and_names_each_bad_one(cli, server):
    bad = [server.url("/" + name) for name in MALFORMED] + list(BAD_ADDRESSES)
    result = cli("ingest", "--json", server.url("/good"), *bad)
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    assert summary["reports_new"] == 1 and summary["failed"] == len(bad)
    errors = {r["location"]: r["error"] for r in summary["reports"] if r["state"] == "failed"}
    for name, (_, reason) in MALFORMED.items():
        assert reason in errors[server.url("/" + name)]
    for address, reason in BAD_ADDRESSES.items():
        assert reason in errors[address]
    assert report_count() == 1


def test_update_each_malformed_feed_fails_alone(cli, server):
    server.routes["/feed"] = serve(rss([STORY_C]))
    for name in MALFORMED:
        cli.ok("feed", "add", server.url("/" + name), "--name", name, "--no-check")
    cli.ok("feed", "add", server.url("/feed"), "--name", "good")
    code, run = update_json(cli, *FAST)
    outcomes = {f["feed"]: f for f in run["feeds"]}
    assert code == 1 and outcomes["good"]["outcome"] == "new" and outcomes["good"]["reports_new"] == 1
    for name, (_, reason) in MALFORMED.items():
        assert outcomes[name]["outcome"] == "failed" and reason in outcomes[name]["error"], outcomes[name]
    assert report_count() == 1
    # The next run fails them again, and the good feed is still fine.
    assert update_json(cli, *FAST)[1]["counts"]["feeds_failed"] == len(MALFORMED)


def test_update_full_text_stores_the_good_page_among_malformed_ones(cli, server):
    names = [*MALFORMED, "good"]
    items = "".join(f"<item><title>{n}</title><link>{server.url('/' + n)}</link><guid>{n}</guid>"
                    "<description>teaser</description></item>" for n in names)
    server.routes["/feed"] = serve(rss([]).replace(b"</channel>", items.encode() + b"</channel>"))
    cli.ok("feed", "add", server.url("/feed"), "--full-text", "--language", "zh")
    code, run = update_json(cli, *FAST)
    feed = run["feeds"][0]
    assert code == 1 and feed["reports_new"] == 1 and feed["claims_new"] == 1
    assert len(feed["failures"]) == len(MALFORMED)
    for name, (_, reason) in MALFORMED.items():
        assert any(f.startswith(server.url("/" + name)) and reason in f for f in feed["failures"]), name
    assert cli.json("reports")[0]["url"] == server.url("/good")


# -- deadlines a server cannot dodge --------------------------------------------


def header_trickle(server: FeedServer, pause: float = 0.3, lines: int = 40):
    """A status line, then one header line every `pause` seconds: each line restarts a
    per-read socket timeout, so only a total deadline stops it."""
    def route(handler):
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for i in range(lines):
            if server.stopping.wait(pause):
                return
            handler.wfile.write(b"X-Drip-%d: y\r\n" % i)
            handler.wfile.flush()
    return route


def test_a_server_trickling_headers_cannot_hold_extract(cli, server, monkeypatch):
    from claimtrack.readers import fetch as fetching

    server.routes["/drip"] = header_trickle(server)
    # `extract` allows 20 s; the same fetch with 1 s keeps the test short.
    monkeypatch.setattr(fetching, "fetch", partial(fetching.fetch, deadline=1.0))
    started = time.monotonic()
    result = cli("extract", server.url("/drip"))
    took = time.monotonic() - started
    assert result.exit_code == 1 and "no complete answer within 1 s" in one_error_line(result)
    assert took < 2.5, took


def test_a_server_trickling_headers_cannot_hold_update_past_its_deadline(cli, server):
    server.routes["/drip"] = header_trickle(server)
    server.routes["/drip2"] = header_trickle(server)
    cli.ok("feed", "add", server.url("/drip"), "--name", "drip", "--no-check")
    cli.ok("feed", "add", server.url("/drip2"), "--name", "drip2", "--no-check")
    started = time.monotonic()
    code, run = update_json(cli, "--timeout", "1", "--run-timeout", "2.5")  # retries as by default
    took = time.monotonic() - started
    assert code == 1 and run["counts"]["feeds_failed"] == 2
    assert took < 4.5, took


# -- addresses that are not ASCII -----------------------------------------------


def test_a_chinese_path_is_fetched_percent_encoded(cli, server):
    server.routes["/%E6%96%B0%E9%97%BB.html"] = serve(PAGE.encode(), content_type="text/html; charset=utf-8")
    # A redirect whose Location is raw UTF-8, as some servers send it.
    server.routes["/old"] = raw(b"HTTP/1.1 301 Moved\r\nLocation: /\xe6\x96\xb0\xe9\x97\xbb.html\r\n"
                                b"Content-Length: 0\r\n\r\n")
    for address in (server.url("/新闻.html"), server.url("/old")):
        extraction = cli.json("extract", address)
        assert [c["text"] for c in extraction["claims"]], extraction
    assert server.paths().count("/%E6%96%B0%E9%97%BB.html") == 2


def test_an_iri_becomes_the_ascii_address_servers_expect():
    from claimtrack.readers.fetch import as_uri

    assert as_uri("http://例子.测试/新闻.html?q=小米#第二段") == (
        "http://xn--fsqu00a.xn--0zwm56d/%E6%96%B0%E9%97%BB.html?q=%E5%B0%8F%E7%B1%B3#%E7%AC%AC%E4%BA%8C%E6%AE%B5")
    assert as_uri("https://例子.测试:8443/a%20b") == "https://xn--fsqu00a.xn--0zwm56d:8443/a%20b"
    plain = "http://127.0.0.1:8080/a?b=c&d=%E4"
    assert as_uri(plain) == plain  # ASCII addresses are sent exactly as given


def test_a_feed_link_with_a_space_says_so(cli, server):
    items = (f"<item><title>Spaced</title><link>{server.url('/a b.html')}</link><guid>s</guid>"
             "<description>Acme Corp is in talks to buy Widget Inc, people familiar with the matter said.</description></item>")
    server.routes["/feed"] = serve(rss([]).replace(b"</channel>", items.encode() + b"</channel>"))
    cli.ok("feed", "add", server.url("/feed"))
    _, run = update_json(cli, *FAST)
    refused = [p for p in run["feeds"][0]["problems"] if "refused" in p]
    assert len(refused) == 1 and "contains a space" in refused[0] and "only http" not in refused[0]
