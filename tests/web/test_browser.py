"""The served pages in a real browser: headless Chromium (Debian's package) renders
them from a live `claimtrack serve`, and the tests read what a person would see, in
the rendered DOM and in a screenshot. Set CLAIMTRACK_SCREENSHOTS=docs to keep the
screenshot the README shows (docs/web-claim.png)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from web_support import CHINESE_TEXT, HOSTILE_QUOTE, HOSTILE_TEXT, LiveServer, build_tracker

# Flags this machine needs: no sandbox as root, and no background connections to
# Google's hosts (the network is closed; each would be refused and retried).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
WIDTH, HEIGHT = 1280, 900
REPO = Path(__file__).resolve().parents[2]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI=true: browser tests fail instead of skipping")
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    browser = chromium()
    folder = tmp_path_factory.mktemp("browser")
    ids = build_tracker(folder / "tracker.db")
    with LiveServer("--db", str(folder / "tracker.db"), cwd=folder) as server:
        yield browser, server.url, ids, folder


def render(browser: str, url: str, profile: Path) -> BeautifulSoup:
    done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                          capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    return BeautifulSoup(done.stdout, "html.parser")


def screenshot(browser: str, url: str, target: Path, profile: Path) -> Path:
    done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
                           f"--screenshot={target}", url], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0 and target.exists(), done.stderr[-2000:]
    return target


def test_the_claim_page_shows_the_timeline_with_the_denial_beside_it(served):
    browser, url, ids, folder = served
    dom = render(browser, f"{url}/claim/{ids['chinese']}", folder / "profile")
    assert dom.select_one("h1.claim-text").get_text() == CHINESE_TEXT
    bands = [rect["class"] for rect in dom.select("svg.claim-timeline rect[class]")]
    assert [" ".join(c) for c in bands] == ["status-reported", "status-denied", "status-true"]
    denial = dom.select_one(".claim-responses .response.stance-deny")
    assert denial.select_one(".responder").get_text() == "北辰集团"
    assert denial.select_one(".quote").get_text() == "消息不实，公司没有此项计划"
    # beside: the timeline and the responses are the two columns of one row
    columns = dom.select_one(".claim-columns")
    assert [child["class"][0] for child in columns.find_all("section", recursive=False)] == [
        "claim-timeline-section", "claim-responses"]


def test_a_screenshot_shows_the_band_on_the_left_and_the_denial_on_the_right(served):
    from PIL import Image

    browser, url, ids, folder = served
    shot = screenshot(browser, f"{url}/claim/{ids['chinese']}", folder / "claim.png", folder / "profile")
    image = Image.open(shot).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    pixels = image.load()

    def xs_of(colour: tuple[int, int, int]) -> list[int]:
        return [x for x in range(0, WIDTH, 2) for y in range(0, HEIGHT, 3) if pixels[x, y] == colour]

    true_band = xs_of((0x2E, 0x7D, 0x32))  # the "true" stretch of the timeline
    denial_red = xs_of((0xD9, 0x53, 0x4F))  # the denied stretch, and the denial's border
    assert true_band and max(true_band) < WIDTH * 0.6
    assert any(x > WIDTH * 0.6 for x in denial_red)  # the denial, in the right-hand column
    keep = os.environ.get("CLAIMTRACK_SCREENSHOTS")
    if keep:  # a folder, relative to the repository (tests run in a scratch folder)
        shutil.copyfile(shot, REPO / keep / "web-claim.png")


def test_hostile_text_is_shown_as_text_and_runs_nothing(served):
    browser, url, ids, folder = served
    dom = render(browser, f"{url}/claim/{ids['hostile']}", folder / "profile")
    assert dom.select_one("h1.claim-text").get_text() == HOSTILE_TEXT
    assert dom.select_one(".quote").get_text() == HOSTILE_QUOTE
    assert not dom.select("img[onerror]")
    assert all("alert" not in (script.string or "") for script in dom.find_all("script"))
    assert all(a["href"].startswith(("/", "http://", "https://")) for a in dom.find_all("a", href=True))


def test_a_search_in_chinese_finds_the_claim(served):
    browser, url, ids, folder = served
    dom = render(browser, f"{url}/claimtrack/claim_list?_search={quote('北辰')}", folder / "profile")
    rows = dom.select("table.rows-and-columns tbody tr")
    assert len(rows) == 1
    assert CHINESE_TEXT in rows[0].get_text()
    assert rows[0].select_one(f'a[href="/claim/{ids["chinese"]}"]') is not None
    assert dom.select_one("input#_search")["value"] == "北辰"


def test_the_sources_page_ranks_originators(served):
    browser, url, _, folder = served
    dom = render(browser, f"{url}/sources", folder / "profile")
    names = [row.select_one("td a").get_text() for row in dom.select("table.sources tbody tr")]
    assert names.index("Bloomberg") < names.index("Example Wire")
