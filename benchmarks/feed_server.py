"""A loopback HTTP server for the `update` benchmarks: RSS feeds of generated posts
(make_reports.py), each entry a summary linking to its whole page on the same server.

Feed F lists the newest `window` of its posts; `publish()` adds `step` newer ones to
every feed. Feeds answer 304 to a matching If-None-Match or If-Modified-Since, as a
well-behaved news site does, so an unchanged run downloads nothing.

    python benchmarks/feed_server.py --feeds 50 --entries 100   # serve until Ctrl-C;
    curl -X POST http://127.0.0.1:PORT/publish                  # 5 new entries per feed
"""

from __future__ import annotations

import argparse
import random
import re
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from make_reports import _samples, make_post, page_html, rss_feed

EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


class FeedServer:
    def __init__(self, feeds: int, window: int, step: int = 5, seed: int = 11):
        self.feeds, self.window, self.step, self.seed = feeds, window, step, seed
        # Edition 0 ends at post `window` whatever the window later becomes, so a
        # shorter window shows the same newest posts, and the same new ones.
        self.top = window
        self.edition = 0
        self.samples = _samples()
        self._posts: dict[tuple[int, int], tuple] = {}
        self._feeds: dict[tuple[int, range], bytes] = {}
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                owner._get(self)

            def do_POST(self):
                if self.path != "/publish":
                    return self.send_error(404)
                owner.publish()
                self.send_response(204)
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FeedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def publish(self) -> None:
        self.edition += 1

    def feed_url(self, feed: int) -> str:
        return f"{self.base}/feeds/{feed}.xml"

    def page_url(self, feed: int, n: int) -> str:
        return f"{self.base}/pages/{feed}/{n}.html"

    def listed(self) -> range:
        """Post numbers the feeds list now, oldest first."""
        end = self.top + self.step * self.edition
        return range(max(0, end - self.window), end)

    def newest(self, count: int) -> list[str]:
        """Page addresses of every feed's `count` newest posts."""
        return [self.page_url(f, n) for f in range(self.feeds) for n in self.listed()[-count:]]

    def post(self, feed: int, n: int) -> tuple:
        # Seeded by name, so any post can be made alone and is the same every run.
        if (feed, n) not in self._posts:
            rnd = random.Random(f"{self.seed}/{feed}/{n}")
            self._posts[feed, n] = make_post(feed * 100_000 + n, rnd, self.samples)
        return self._posts[feed, n]

    def _feed(self, feed: int, listed: range) -> bytes:
        if (feed, listed) not in self._feeds:
            items = [(f"post-{feed}-{n}", self.page_url(feed, n), *self.post(feed, n)) for n in reversed(listed)]
            self._feeds[feed, listed] = rss_feed(f"wire {feed}", items).encode()
        return self._feeds[feed, listed]

    def _get(self, handler: BaseHTTPRequestHandler) -> None:
        if m := re.fullmatch(r"/feeds/(\d+)\.xml", handler.path):
            feed = int(m[1])
            if feed >= self.feeds:
                return handler.send_error(404)
            listed = self.listed()
            etag = f'"{listed.start}-{listed.stop}"'
            modified = EPOCH + timedelta(hours=listed.stop)
            if _unchanged(handler.headers, etag, modified):
                return _send(handler, 304, b"", {"ETag": etag})
            return _send(handler, 200, self._feed(feed, listed), {
                "Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag,
                "Last-Modified": format_datetime(modified, usegmt=True)})
        if m := re.fullmatch(r"/pages/(\d+)/(\d+)\.html", handler.path):
            title, body, day = self.post(int(m[1]), int(m[2]))
            page = page_html(title, body, day).encode()
            return _send(handler, 200, page, {"Content-Type": "text/html; charset=utf-8"})
        handler.send_error(404)


def _unchanged(headers, etag: str, modified: datetime) -> bool:
    """RFC 9110: If-None-Match decides when present; If-Modified-Since only without it."""
    if headers.get("If-None-Match") is not None:
        return etag in [t.strip() for t in headers["If-None-Match"].split(",")]
    since = headers.get("If-Modified-Since")
    try:
        return since is not None and parsedate_to_datetime(since) >= modified
    except (TypeError, ValueError):
        return False


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=100)
    args = parser.parse_args()
    with FeedServer(args.feeds, args.entries) as server:
        print("\n".join(server.feed_url(f) for f in range(args.feeds)), flush=True)
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
