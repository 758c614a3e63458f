"""Fetching addresses: one swappable function, a deadline, a size cap, redirects, schemes."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from claimtrack.errors import ReadError
from claimtrack.readers import fetch as fetching
from claimtrack.readers import read_report


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        if self.path == "/story":
            body = "<html><head><title>Loopback story</title></head><body><p>据晨报报道，某公司拟收购对手。</p></body></html>".encode("gbk")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=gb2312")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"x" * 65536)
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(50):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_page_from_loopback_with_declared_charset(server):
    report = read_report(f"{server}/story")
    assert report.title == "Loopback story"
    assert "某公司拟收购对手" in report.text
    assert report.origin == "url" and report.url.endswith("/story")


def test_not_found_redirect_loop_and_bad_redirect(server):
    with pytest.raises(ReadError, match="404"):
        fetching.fetch(f"{server}/missing")
    with pytest.raises(ReadError, match="redirect"):
        fetching.fetch(f"{server}/loop")
    with pytest.raises(ReadError, match="only http and https"):
        fetching.fetch(f"{server}/to-file")


def test_size_cap_and_total_deadline(server):
    with pytest.raises(ReadError, match="larger than"):
        fetching.fetch(f"{server}/big", max_bytes=1024 * 1024)
    start = time.monotonic()
    with pytest.raises(ReadError, match="within"):
        fetching.fetch(f"{server}/slow", deadline=1.0)
    assert time.monotonic() - start < 3.0


def test_other_schemes_are_refused():
    for address in ("file:///etc/passwd", "ftp://example.com/x", "http://"):
        with pytest.raises(ReadError):
            fetching.fetch(address)


def test_the_one_function_can_be_swapped(monkeypatch):
    seen = []

    def fake(url, **_):
        seen.append(url)
        return fetching.Fetched(url=url, data=b"<html><head><title>Swapped</title></head><body><p>x y z</p></body></html>")

    monkeypatch.setattr(fetching, "fetch", fake)
    assert read_report("https://news.example/a.html").title == "Swapped"
    assert seen == ["https://news.example/a.html"]
