"""A tracker to serve in the web tests: the demo's claims plus a story of our own with
hostile text and many responses, and a client for Datasette's in-process requests."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from claimtrack.dates.partial import PartialDate
from claimtrack.demo import build_demo_at
from claimtrack.models import NewClaim, NewResponse, NewVerdict, Stance, Verdict
from claimtrack.record import add_claim, resolve, respond
from claimtrack.store import Store

TODAY = date(2026, 12, 6)
HOSTILE_TEXT = 'Acme <script>alert("claim")</script> will buy Widgets & Co'
HOSTILE_QUOTE = '<img src=x onerror=alert(1)> we never said that'
HOSTILE_LINK = "javascript:alert(document.cookie)"
# Our own Chinese story, for search: 北辰 appears only in this claim, as a
# two-character word inside a longer run of Chinese.
CHINESE_TEXT = "星河汽车正与北辰集团洽谈合作生产一款电动越野车"


def build_tracker(path: Path, *, responses: int = 3) -> dict[str, int]:
    """The demo plus our stories; returns the ids the tests look for."""
    build_demo_at(path, TODAY)
    with Store.open(path) as store:
        hostile = add_claim(store, NewClaim(HOSTILE_TEXT, "Example Wire", ("Acme",), anonymous=True,
                                            reported_on=PartialDate.parse("2025-03-01"),
                                            due=PartialDate.parse("2025-06")), TODAY)
        respond(store, hostile.id, NewResponse("Acme", Stance.DENY, HOSTILE_QUOTE, url=HOSTILE_LINK,
                                               responded_on=PartialDate.parse("2025-03-02")), TODAY)
        chinese = add_claim(store, NewClaim(CHINESE_TEXT, "晨报", ("星河汽车", "北辰集团"),
                                            reported_on=PartialDate.parse("2025-05-10")), TODAY)
        respond(store, chinese.id, NewResponse("北辰集团", Stance.DENY, "消息不实，公司没有此项计划",
                                               responded_on=PartialDate.parse("2025-05-11")), TODAY)
        for i in range(responses - 1):
            respond(store, chinese.id, NewResponse(f"经销商{i}", Stance.NO_COMMENT, f"暂不回应第{i}次询问",
                                                   responded_on=PartialDate.parse("2025-06-01")), TODAY)
        resolve(store, chinese.id, NewVerdict(Verdict.TRUE, PartialDate.parse("2025-09-01"),
                                              evidence="https://example.org/joint-venture-filing"), TODAY)
    return {"hostile": hostile.id, "chinese": chinese.id}


def datasette(path: Path):
    from claimtrack.web.app import datasette_for

    ds = datasette_for(path, today=TODAY)
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, url: str):
    """One page through Datasette's own in-process client."""
    return asyncio.run(ds.client.get(url))


class LiveServer:
    """`claimtrack serve --port 0` in a process of its own, as a user starts it; the URL
    is read off the line it prints. Stopped (and waited for) on exit."""

    def __init__(self, *args: str, cwd: Path):
        import os
        import subprocess
        import sys

        command = [sys.executable, "-m", "claimtrack", *args, "serve", "--port", "0"]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))
            if " read-only at http" in line:
                self.url = line.split(" at ", 1)[1].split(" ", 1)[0].rstrip("/")
                return
        raise AssertionError(f"serve did not start: {self.lines}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()


def fetch(url: str) -> tuple[int, str]:
    """A page from a live server, over HTTP."""
    from urllib.error import HTTPError
    from urllib.request import urlopen

    try:
        with urlopen(url, timeout=10) as answer:
            return answer.status, answer.read().decode("utf-8")
    except HTTPError as err:
        return err.code, err.read().decode("utf-8")
