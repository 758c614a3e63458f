"""Shared by the export tests: a clock that stands still, a story built at known
times, golden-file comparison and a markdown table reader."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


class Clock:
    """What `now_iso` returns while a test runs; move it with `clock.at(...)`."""

    def __init__(self, value: str):
        self.value = value

    def at(self, value: str) -> "Clock":
        self.value = value
        return self


@pytest.fixture
def clock(monkeypatch) -> Clock:
    import importlib
    import pkgutil
    import sys

    import claimtrack

    # Every module that took `now_iso` by name gets the frozen one.
    for info in pkgutil.walk_packages(claimtrack.__path__, "claimtrack."):
        if not info.name.startswith("claimtrack.cli") and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    frozen = Clock("2022-08-27T09:00:00Z")
    for name, module in list(sys.modules.items()):
        if name.startswith("claimtrack") and hasattr(module, "now_iso"):
            monkeypatch.setattr(module, "now_iso", lambda: frozen.value)
    return frozen


def build_story(cli, clock: Clock) -> dict[str, int]:
    """The founding story as recorded when it happened, plus an open claim with links."""
    clock.at("2022-08-27T09:00:00Z")
    baic = cli.json(
        "add", "小米正与北汽集团商谈由其代工生产电动汽车", "--source", "彭博社", "--anonymous",
        "--subject", "小米", "--subject", "北汽集团", "--date", "2022-08-26",
        "--url", "https://www.ithome.com/0/637/505.htm",
    )["id"]
    cli.json("respond", baic, "--by", "北汽蓝谷", "--stance", "unaware",
             "--quote", "还未接到相关确切的消息", "--via", "21财经", "--date", "2022-08-26")
    cli.json("respond", baic, "--by", "北汽集团", "--stance", "unaware",
             "--quote", "没有听说过此事", "--via", "每日经济新闻", "--date", "2022-08-26")
    clock.at("2024-03-05T08:00:00Z")
    foldable = cli.json(
        "add", "Apple is testing a foldable iPhone", "--source", "The Information", "--anonymous",
        "--subject", "Apple", "--date", "2024-03-04", "--due", "2026-12",
        "--url", "https://example.com/story?id=1&ref=(feed)",
    )["id"]
    cli.json("respond", foldable, "--by", "Apple", "--stance", "no_comment",
             "--quote", "An Apple spokesperson declined to comment.", "--date", "2024-03-04")
    clock.at("2024-03-06T08:00:00Z")
    cli.json("resolve", baic, "--verdict", "true", "--evidence", "https://example.org/filing",
             "--note", "Filings list BAIC as the maker.", "--date", "2023-11-15")
    return {"baic": baic, "foldable": foldable}


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; CLAIMTRACK_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("CLAIMTRACK_UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"{path} missing: run with CLAIMTRACK_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_bytes().decode("utf-8"), f"export differs from {path}"


def markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def tables(text: str) -> list[list[list[str]]]:
    """Every table in the markdown as rows of cell texts (header row first)."""
    found, table, row = [], None, None
    tokens = markdown_parser().parse(text)
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            table = []
        elif token.type == "table_close":
            found.append(table)
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            table.append(row)
        elif token.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[i + 1]))
    return found


def inline_text(token) -> str:
    """The text a reader sees in an inline token (entities decoded, links' labels)."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
