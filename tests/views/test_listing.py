"""Listings as a person sees them: fitted tables at 60, 80 and 200 columns with
Chinese and English rows (nothing lost, Chinese broken between characters), and
the same tab-separated convention for every listing when piped (issue 14, items 1-2)."""

from __future__ import annotations

import io
import os
import re
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len, get_character_cell_size
from rich.console import Console

LONG_ZH = "据知情人士透露星河汽车正在与北辰集团商谈由后者代工生产电动汽车双方尚未签署任何协议预计明年一季度公布结果"
MIXED = "Xiaomi 正在与北辰集团商谈代工生产电动汽车，双方尚未签署协议，结果预计在明年公布"
UNBROKEN = "Orbital Cells filing at https://example.org/" + "x" * 170 + " shows the deal"
CLAIMS = [
    (LONG_ZH, "星河汽车", "彭博社"),
    (MIXED, "小米", "36氪"),
    ("Nimbus Motors is in advanced talks to acquire battery start-up Orbital Cells for about $2 billion",
     "Nimbus Motors", "The Information"),
    (UNBROKEN, "Orbital Cells", "Reuters"),
]


@pytest.fixture
def story(cli):
    ids = []
    for text, subject, source in CLAIMS:
        ids.append(cli.json("add", text, "--subject", subject, "--subject", "北辰集团", "--source", source,
                            "--date", "2023-03-01")["id"])
    cli.json("respond", ids[0], "--by", "北辰集团", "--stance", "unaware",
             "--quote", "公司目前没有收到任何相关的确切信息，也从未听说过此事", "--via", "每日财经新闻",
             "--date", "2023-03-02")
    cli.json("respond", ids[0], "--by", "Nimbus Motors", "--stance", "deny",
             "--quote", "We are not in talks with anyone about manufacturing for them.", "--date", "2023-03-03")
    cli.json("resolve", ids[0], "--verdict", "true", "--evidence", "https://example.org/" + "filing-" * 12,
             "--date", "2023-11-15")
    return ids


def _store():
    from claimtrack.store import Store

    return Store.open(Path("db/claimtrack.db"), reader=True)


def _claims_listing(today: date = date(2024, 1, 1)):
    from claimtrack import query
    from claimtrack.views.listing import claims_listing
    from claimtrack.models import ClaimQuery

    with _store() as store:
        return claims_listing(query.list_claims(store, ClaimQuery(), today))


def _timeline_listing(claim_id):
    from claimtrack import query
    from claimtrack.views.listing import timeline_listing

    with _store() as store:
        return timeline_listing(*query.timeline(store, claim_id))


def render(listing, width: int) -> str:
    from claimtrack.views.terminal import listing_view

    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(listing_view(listing))
    return buffer.getvalue()


def _cells(line: str) -> list[str]:
    """A line as the terminal's cells: a wide character takes two, the second empty."""
    out = []
    for ch in line:
        out.append(ch)
        out.extend([""] * (get_character_cell_size(ch) - 1))
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def table_rows(out: str) -> tuple[list[tuple[int, int]], list[list[list[str]]]]:
    """The column spans (from the rule under the header) and, for each row, each
    column's lines as shown. A row starts where its first column has text."""
    lines = out.rstrip("\n").split("\n")
    rule = next(i for i, line in enumerate(lines) if "─" in line and set(line.rstrip()) <= {"─", " "})
    spans = [m.span() for m in re.finditer("─+", lines[rule])]  # (the rule is all narrow characters)
    rows: list[list[list[str]]] = []
    for line in lines[rule + 1:]:
        cells = _cells(line)
        parts = ["".join(cells[a:b if k < len(spans) - 1 else None]).rstrip() for k, (a, b) in enumerate(spans)]
        if parts[0].strip():
            rows.append([[] for _ in spans])
        for column, part in zip(rows[-1], parts):
            column.append(part)
    return spans, rows


def records(out: str) -> list[str]:
    """The one-record-a-block fallback: each row's lines."""
    return [block for block in out.strip("\n").split("\n\n")]


def assert_nothing_lost(listing, out: str) -> None:
    """Every cell's every character is shown, in its row, in order (lines may break
    anywhere a space was), and nothing was cut short with "…"."""
    from claimtrack.views.listing import plain

    assert "…" not in out
    if any("─" in line for line in out.split("\n")):
        _, rows = table_rows(out)
        shown = [_squash("".join("".join(lines) for lines in row)) for row in rows]
    else:
        shown = [_squash(block) for block in records(out)]
    assert len(shown) == len(listing.rows)
    for row, text in zip(listing.rows, shown):
        for cell in row:
            assert _squash(plain(cell)) in text, (plain(cell), text)


def assert_fits(out: str, width: int) -> None:
    for line in out.split("\n"):
        assert cell_len(line.rstrip()) <= width, line


@pytest.mark.parametrize("width", [60, 80, 200])
def test_list_shows_every_character_at_every_width(story, width):
    listing = _claims_listing()
    out = render(listing, width)
    assert_fits(out, width)
    assert_nothing_lost(listing, out)
    header = _squash(out.split("─")[0])
    for name in ("id", "status", "claim"):  # headers whole, not "s…"
        assert name in header


@pytest.mark.parametrize("width", [60, 80, 200])
def test_timeline_shows_every_character_at_every_width(story, width):
    listing = _timeline_listing(story[0])
    out = render(listing, width)
    assert_fits(out, width)
    assert_nothing_lost(listing, out)
    assert _squash(LONG_ZH) in _squash(out.split("\n")[0] + out.split("\n")[1])  # the title


def _claim_column(out: str) -> tuple[int, list[list[str]]]:
    spans, rows = table_rows(out)
    start, end = spans[-1]  # the claim is the last column of `list`
    return end - start, [row[-1] for row in rows]


@pytest.mark.parametrize("width", [60, 80])
def test_chinese_breaks_between_characters(story, width):
    column, cells = _claim_column(render(_claims_listing(), width))
    zh = next(lines for lines in cells if lines[0].startswith(LONG_ZH[:4]))
    text = [line for line in zh if line and not re.match(r"(source|subjects):", line)]
    assert "".join(text) == LONG_ZH
    for line in text[:-1]:  # every line filled to the column, give or take one double-width character
        assert cell_len(line) >= column - 1, (line, column)
    mixed = next(lines for lines in cells if lines[0].startswith("Xiaomi"))
    assert mixed[0].startswith("Xiaomi 正在")  # not pushed to the next line whole
    assert cell_len(mixed[0]) >= column - 1


def test_the_claim_gets_the_room_at_80_columns(story):
    column, _ = _claim_column(render(_claims_listing(), 80))
    assert column >= 40
    spans, rows = table_rows(render(_timeline_listing(story[0]), 80))
    widest = max(b - a for a, b in spans)
    assert widest >= 36  # "what": the widest column


def test_long_unbroken_run_is_kept_whole_at_200_columns(story):
    out = render(_claims_listing(), 200)
    assert _squash(UNBROKEN) in _squash("".join("".join(row[-1]) for row in table_rows(out)[1]))
    assert "…" not in out


def test_very_narrow_terminal_shows_one_block_a_row(story):
    from claimtrack.views.listing import sources_listing
    from claimtrack.track_record import track_records

    with _store() as store:
        listing = sources_listing(track_records(store.claim_outcomes(), 1))
    out = render(listing, 60)
    assert "─" not in out
    assert "originator:" in out and "denied, then true:" in out
    assert_nothing_lost(listing, out)


def test_wrap_spans_breaks_at_spaces_and_between_cjk():
    from claimtrack.views.terminal import wrap_spans

    def lines(text, width):
        return [text[a:b] for a, b in wrap_spans(text, width)]

    assert lines("Acme will buy Beta", 9) == ["Acme will", "buy Beta"]
    assert lines("小米正在与北汽集团商谈", 8) == ["小米正在", "与北汽集", "团商谈"]
    # no line ends with an opening bracket or opens with a closing one or "，"
    assert lines("「小米」正在商谈，尚未", 6) == ["「小", "米」正", "在商", "谈，尚", "未"]
    assert lines("see https://example.org/abcdef", 12) == ["see https://", "example.org/", "abcdef"]
    assert lines("one\n\ntwo", 10) == ["one", "", "two"]


# --- piped: one convention for every listing ------------------------------------

LISTINGS = {
    ("list",): "id\tstatus\tfirst_reported\tsource\tsubjects\tclaim",
    ("timeline", "{id}"): "date\tevent\twho\twhat\tstatus\twhy",
    ("reports",): "id\tpublished\toutlet\ttitle\tclaims\tresponses\taddress",
    ("sources",): "originator\tclaims\topen\ttrue\tpartly\tfalse\tretracted\tshare_true\t95%_range\tmedian_days\tdenied_then_true",
    ("review",): "n\tnew_claim\tmay_be\tscore\twhy",
    ("feed", "list"): "name\tkind\taddress\tentries\tlast_polled\toutcome",
    ("hook", "list"): "id\tevent\tcommand",
    ("runs",): "id\tstarted\ttook\tstate\treports\tclaims\tresponses\tchanges\tfeeds",
    ("entity", "list"): "name\tkind\taliases\tsubject_of\tsource_of\tresponded",
}


@pytest.fixture
def everything(cli, story, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: 星河汽车据悉与北辰集团商谈代工\nauthor: 示例日报\ndate: 2023-03-01 10:00:00\n---\n\n"
        "据知情人士透露，星河汽车正与北辰集团商谈代工生产电动汽车。\n", "utf-8")
    (folder / "b.md").write_text(
        "---\ntitle: Xinghe Auto said to be in talks with Beichen Group\nauthor: Example Daily\n"
        "date: 2023-03-04 10:00:00\n---\n\nXinghe Auto is in talks with Beichen Group to build its electric cars, "
        "people familiar with the matter said.\n", "utf-8")
    cli.ok("ingest", folder)
    cli.ok("feed", "add", folder, "--name", "desk")
    cli.ok("hook", "add", "new-claim", "true")
    cli.ok("update")
    cli.ok("import", _suggestion_dump(tmp_path))
    return story


def _suggestion_dump(tmp_path) -> Path:
    """An export with one open match suggestion, so `review` has a row."""
    import json

    claims = [{"text": text, "status": None, "source": None, "anonymous": False, "subjects": ["星河汽车"],
               "first_reported": "2023-03-01", "due": None, "created_at": "2023-03-01T00:00:00Z",
               "updated_at": "2023-03-01T00:00:00Z", "mentions": [], "responses": [], "verdicts": [], "edits": []}
              for text in ("星河汽车将裁员两成", "星河汽车据悉将裁员约两成")]
    refs = [{"text": c["text"], "first_reported": c["first_reported"]} for c in claims]
    dump = {"format": "claimtrack-export", "version": 2, "filters": {}, "entities": [], "reports": [],
            "claims": claims, "feeds": [], "hooks": [],
            "suggestions": [{"claim": refs[0], "candidate": refs[1], "score": 0.7, "reason": "同一公司，相近的数字",
                             "state": "open", "created_at": "2023-03-02T00:00:00Z", "decided_at": None}]}
    path = tmp_path / "suggestions.json"
    path.write_text(json.dumps(dump, ensure_ascii=False), "utf-8")
    return path


def test_every_listing_is_tab_separated_with_a_header_when_piped(cli, everything):
    for command, header in LISTINGS.items():
        args = [a.format(id=everything[0]) for a in command]
        out = cli.ok(*args).stdout
        lines = out.rstrip("\n").split("\n")
        if command[0] == "timeline":
            assert lines.pop(0).startswith(f"claim {everything[0]}  ")  # which claim, then the table
        assert lines[0] == header, (command, lines[0])
        assert len(lines) >= 2, (command, out)
        fields = header.count("\t") + 1
        for line in lines[1:]:
            assert line.count("\t") + 1 == fields, (command, line)
        assert "─" not in out and "│" not in out, command


def test_piped_list_keeps_every_character(cli, story):
    rows = [line.split("\t") for line in cli.ok("list").stdout.rstrip("\n").split("\n")[1:]]
    assert sorted(row[-1] for row in rows) == sorted(text for text, _, _ in CLAIMS)


def test_terminal_list_at_80_columns(cli, story, tmp_path):
    """The real thing: `claimtrack list` on a pseudo-terminal 80 columns wide."""
    from test_terminal_safety import run_on_terminal

    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "db" / "claimtrack.db"), "COLUMNS": "80"}
    env.pop("NO_COLOR", None)
    code, raw = run_on_terminal(["list"], env, tmp_path)
    assert code == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", raw.decode("utf-8")).replace("\r\n", "\n")
    assert_fits(out, 80)
    assert_nothing_lost(_claims_listing(date.today()), out)


# --- the README's pictures ----------------------------------------------------------

def test_screenshot_script_draws_list_and_timeline_at_80_columns(tmp_path):
    import runpy

    from conftest import REPO

    script = runpy.run_path(str(REPO / "docs" / "screenshots.py"))
    written = script["write_screenshots"](tmp_path)
    assert [p.name for p in written] == ["list-80.svg", "timeline-80.svg"]
    shown = {p.name: p.read_text("utf-8").replace("&#160;", " ") for p in written}
    assert "claimtrack list" in shown["list-80.svg"] and "Nimbus" in shown["list-80.svg"]
    assert "小米" in shown["list-80.svg"]
    assert "claimtrack timeline" in shown["timeline-80.svg"] and "unanswered" in shown["timeline-80.svg"]
    readme = (REPO / "README.md").read_text("utf-8")
    for name in shown:
        assert f"](docs/{name})" in readme and (REPO / "docs" / name).is_file()
    assert "docs/screenshots.py" in readme


@pytest.mark.parametrize("width", [60, 80, 200])
def test_show_tables_lose_nothing(story, width):
    from claimtrack import query
    from claimtrack.views.listing import mentions_listing, responses_listing, verdicts_listing

    with _store() as store:
        detail = query.claim_detail(store, story[0])
    for make in (mentions_listing, responses_listing, verdicts_listing):
        listing = make(detail)
        out = render(listing, width)
        assert_fits(out, width)
        assert_nothing_lost(listing, out)
