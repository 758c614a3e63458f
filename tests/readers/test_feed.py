"""Feed bytes -> entries: one fixture per odd case, each with its expected outcome in a
JSON sidecar (feedparser's habit), plus every good feed truncated and byte-flipped."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from claimtrack.readers.feed import MAX_BODY, MAX_TITLE, parse_feed

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"
CASES = sorted(FIXTURES.glob("*.xml"))
BASE = "https://news.example.test/feed.xml"


def test_there_is_a_fixture_for_each_kind_of_trouble():
    kinds = {p.name.split("-")[0] for p in CASES}
    assert kinds == {"good", "enc", "ill", "bomb", "hostile"} and len(CASES) >= 30


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_outcome(path):
    expect = json.loads(path.with_suffix(".json").read_text("utf-8"))
    started = time.perf_counter()
    parsed = parse_feed(path.read_bytes(), BASE)
    assert time.perf_counter() - started < 1.0  # bombs included
    assert (parsed.fatal is not None) == expect.get("fatal", False), parsed
    if "format" in expect:
        assert parsed.format == expect["format"]
    if "entries" in expect:
        assert len(parsed.entries) == expect["entries"], parsed
    if "min_entries" in expect:
        assert expect["min_entries"] <= len(parsed.entries) <= expect["max_entries"]
    if "bozo" in expect:
        assert parsed.bozo == expect["bozo"], parsed.problems
    if "titles" in expect:
        assert [e.title for e in parsed.entries] == expect["titles"]
    if "has_content" in expect:
        assert [e.has_content for e in parsed.entries] == expect["has_content"]
    if "keys_start" in expect:
        assert all(e.key.startswith(p) for e, p in zip(parsed.entries, expect["keys_start"]))
    if "refused" in expect:
        assert len(parsed.refused) == expect["refused"]
    if "links" in expect:
        assert [e.link for e in parsed.entries] == expect["links"]
    if "keys" in expect:
        assert [e.key for e in parsed.entries] == expect["keys"]
    if "published" in expect:
        assert [e.published for e in parsed.entries] == expect["published"]
    for entry, piece in zip(parsed.entries, expect.get("bodies_contain", [])):
        assert piece in entry.html, (piece, entry.html)


def test_no_entity_expansion_or_file_content_in_any_field():
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()[0] if Path("/etc/passwd").exists() else "root:"
    for path in FIXTURES.glob("bomb-*.xml"):
        parsed = parse_feed(path.read_bytes(), BASE)
        for entry in parsed.entries:
            for value in (entry.title, entry.html, entry.link or "", entry.key):
                assert "lol" not in value and "aaaa" not in value and passwd[:5] not in value
        if parsed.fatal:
            assert "entities" in parsed.fatal or "XML" in parsed.fatal


def test_oversized_fields_are_capped():
    title = "T" * (MAX_TITLE * 3)
    body = "B" * (MAX_BODY + 10)
    data = f"<rss><channel><item><title>{title}</title><description>{body}</description></item></channel></rss>"
    entry = parse_feed(data.encode()).entries[0]
    assert len(entry.title) == MAX_TITLE and len(entry.html) == MAX_BODY


def test_relative_links_resolve_against_the_feed_and_refused_ones_stay_text():
    parsed = parse_feed((FIXTURES / "good-atom-en.xml").read_bytes(), "https://wire.example.test/atom.xml")
    assert parsed.entries[1].link == "https://wire.example.test/northwind"
    hostile = parse_feed((FIXTURES / "hostile-link-schemes.xml").read_bytes(), BASE)
    assert hostile.entries[0].refused_link == "javascript:alert(1)" and hostile.entries[0].link is None
    assert all("only http and https" in p for p in hostile.refused)


def _good_feeds() -> list[bytes]:
    return [p.read_bytes() for p in CASES if p.name.startswith(("good-", "enc-"))]


def test_truncated_good_feeds_never_crash_and_keep_only_whole_entries():
    """Every good feed cut at 16 offsets: no exception, and every entry kept is one of
    the whole feed's entries, with the same title (a cut-off entry is left for later)."""
    rng = random.Random(7)
    inputs = 0
    for data in _good_feeds():
        whole = {e.key: e.title for e in parse_feed(data, BASE).entries}
        for cut in sorted(rng.sample(range(1, len(data)), min(16, len(data) - 1))):
            parsed = parse_feed(data[:cut], BASE)
            inputs += 1
            for entry in parsed.entries:
                if entry.key in whole:
                    assert entry.title == whole[entry.key]
                else:  # only entries without an id can differ, and only by losing text
                    assert entry.key.startswith("hash:")
    assert inputs >= 240


def test_byte_flipped_feeds_never_crash():
    rng = random.Random(11)
    inputs = 0
    for data in _good_feeds():
        for _ in range(30):
            flipped = bytearray(data)
            for _ in range(3):
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
            parsed = parse_feed(bytes(flipped), BASE)
            inputs += 1
            assert parsed.fatal is not None or parsed.format in ("rss", "atom", "rdf")
    assert inputs >= 450  # with 32 fixtures and 240 truncations: over the 700 that ../shared/research/reliability.md asks for


def test_ten_megabyte_single_token_is_contained():
    data = b"<rss><channel><item><title>" + b"x" * (10 * 1024 * 1024) + b"</title></item></channel></rss>"
    started = time.perf_counter()
    parsed = parse_feed(data, BASE)
    assert time.perf_counter() - started < 2.0
    assert all(len(e.title) <= MAX_TITLE for e in parsed.entries)
