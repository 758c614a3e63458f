"""A real HTTP server on 127.0.0.1 serving our own feeds, and the stories it serves:
what the update tests and the robustness tests drive `claimtrack update` with."""

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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
FAST = ("--timeout", "1", "--retries", "0")


class FeedServer:
    """A loopback server whose routes tests set: path -> function(handler)."""

    def __init__(self):
        self.routes: dict[str, callable] = {}
        self.requests: list[tuple[str, dict]] = []
        self.stopping = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                owner.requests.append((self.path, dict(self.headers)))
                route = owner.routes.get(self.path)
                if route is None:
                    send(self, 404, b"not here")
                else:
                    try:
                        route(self)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client gave up, as it should

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def close(self):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler, status: int, body: bytes = b"", headers: dict | None = None, length: bool = True):
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    if length:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if body:
        handler.wfile.write(body)


def serve(body: bytes, etag: str | None = None, content_type: str = "application/rss+xml; charset=utf-8"):
    """A route answering `body`, or 304 when the client already has this ETag."""
    def route(handler):
        if etag and handler.headers.get("If-None-Match") == etag:
            send(handler, 304, headers={"ETag": etag})
            return
        send(handler, 200, body, {"Content-Type": content_type, **({"ETag": etag} if etag else {})})
    return route


def hang(server: FeedServer):
    def route(handler):
        server.stopping.wait(10)  # accept and never answer
    return route


@functools.lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """~300 KB that inflates to 300 MiB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    return b"".join([packer.compress(zeros) for _ in range(300)] + [packer.flush()])


def rss(items: list[tuple[str, str, str]], title: str = "Loopback wire") -> bytes:
    """RSS with (guid, title, text) items; the links point nowhere on purpose."""
    body = "".join(
        f"<item><title>{t}</title><link>https://news.example.test/{g}</link><guid>{g}</guid>"
        f"<description><![CDATA[<p>{d}</p>]]></description><pubDate>Fri, 26 Aug 2022 14:14:53 +0800</pubDate></item>"
        for g, t, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'.encode()


STORY_A = ("a", "星河科技与蓝海汽车商谈代工", "据彭博社报道，知情人士称，星河科技正与蓝海汽车商谈由其代工生产电动汽车。蓝海汽车回应称，没有听说过此事。")
STORY_B = ("b", "北辰电池拟扩产", "据晨报报道，消息人士称，北辰电池计划明年在西安新建一座电池工厂。")
STORY_C = ("c", "Acme in talks", "Acme Corp is in talks to buy Widget Inc, according to people familiar with the matter, Reuters reported.")


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def update_json(cli, *args):
    result = cli("update", "--json", *args)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return result.exit_code, json.loads(result.stdout)


def report_count() -> int:
    conn = sqlite3.connect("db/claimtrack.db")
    try:
        return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    finally:
        conn.close()


# -- polling feeds ------------------------------------------------------------
