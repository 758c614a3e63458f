"""The markdown export: the report a user shares, checked as a reader's renderer sees it."""

from __future__ import annotations

import re

import pytest

from export_support import (  # noqa: F401  (clock is a fixture)
    build_story, check_golden, clock, markdown_parser, tables,
)


@pytest.fixture
def story(cli, clock):
    return build_story(cli, clock)


def test_markdown_matches_golden_and_is_byte_stable(cli, story):
    first = cli.ok("export").stdout
    check_golden("export.md", first)
    assert cli.ok("export").stdout == first  # same database, same bytes
    assert "Generated" not in first


def test_generated_stamp_only_when_asked(cli, story):
    out = cli.ok("export", "--generated").stdout
    assert re.search(r"- Generated: \d{4}-\d\d-\d\dT", out)


def test_every_table_row_has_the_header_column_count(cli, story):
    out = cli.ok("export").stdout
    found = tables(out)
    assert len(found) == 4  # summary, two timelines, track record
    for table in found:
        assert all(len(row) == len(table[0]) for row in table)


def test_summary_row_reads_like_the_story(cli, story):
    summary = tables(cli.ok("export").stdout)[0]
    assert summary[0] == ["id", "claim", "status", "subjects", "originator", "first reported",
                          "latest event", "days open"]
    rows = {row[0]: row for row in summary[1:]}
    baic = rows[str(story["baic"])]
    assert baic[2:] == ["true", "小米, 北汽集团", "Bloomberg (anonymous sources)", "2022-08-26",
                        "2023-11-15", "446"]
    foldable = rows[str(story["foldable"])]
    assert foldable[2] == "unanswered"
    # Open claims count to the export's reference day: its latest event.
    assert foldable[-1] == "0"


def test_timeline_keeps_quotes_outlets_and_report_links(cli, story):
    out = cli.ok("export", "--claim", story["baic"]).stdout
    timeline = tables(out)[1]
    assert timeline[0][:6] == ["date", "what happened", "who", "stance", "words (original language)", "carried by"]
    quotes = {row[2]: (row[3], row[4], row[5]) for row in timeline[1:]}
    assert quotes["北汽集团"] == ("unaware", "没有听说过此事", "每日经济新闻")
    assert quotes["北汽蓝谷"] == ("unaware", "还未接到相关确切的消息", "21世纪经济报道")
    assert "[report](https://www.ithome.com/0/637/505.htm)" in out
    assert "[evidence](https://example.org/filing)" in out
    assert "Current status: **true**" in out


def test_mermaid_chart_is_a_fenced_block_with_a_section_per_claim(cli, story):
    tokens = markdown_parser().parse(cli.ok("export").stdout)
    fences = [t for t in tokens if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]
    chart = fences[0].content
    assert chart.startswith("gantt\n")
    assert f"section Claim {story['baic']}" in chart and f"section Claim {story['foldable']}" in chart
    # The founding story: unanswered from the day of the report until the verdict.
    assert "unanswered :c1s1, 2022-08-26, 2023-11-15" in chart
    assert "true :milestone, done, c1s2, 2023-11-15, 0d" in chart


def test_no_raw_html_and_only_our_headings(cli, story):
    tokens = markdown_parser().parse(cli.ok("export").stdout)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    inline_html = [c for t in tokens for c in (t.children or []) if c.type == "html_inline"]
    assert not inline_html
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:3] == ["claimtrack export", "Summary", "Status over time"]


def test_track_record_with_wilson_interval(cli, story):
    out = cli.ok("export").stdout
    record = tables(out)[-1]
    assert record[0][0] == "originator"
    rows = {row[0]: row for row in record[1:]}
    assert rows["Bloomberg"][1:] == ["1", "1", "1", "0", "0", "0", "100% (21%–100%)"]
    assert rows["The Information"][2] == "0"


def test_no_track_record_without_resolved_claims(cli, story):
    out = cli.ok("export", "--status", "open").stdout
    assert "Source track record" not in out
    assert "- Filters: status open" in out
    assert "- Claims: 1 (unanswered 1)" in out


def test_filters_by_period_and_subject(cli, story):
    out = cli.ok("export", "--since", "2024-01-01").stdout
    assert "Apple is testing" in out and "小米正与" not in out
    assert "claims first reported 2024-01-01 to now" in out
    out = cli.ok("export", "--subject", "Xiaomi").stdout
    assert "小米正与" in out and "Apple is testing" not in out


def test_as_of_shows_what_was_known_then(cli, story):
    out = cli.ok("export", "--as-of", "2023-01-01").stdout
    assert "- As of: 2023-01-01\n" in out
    summary = tables(out)[0]
    assert [row[2] for row in summary[1:]] == ["unanswered"]
    assert "Source track record" not in out


def test_empty_export_says_so(cli, story):
    out = cli.ok("export", "--subject", "Nobody Inc").stdout
    assert "- Claims: 0" in out
    assert "## Summary" not in out


def test_digest_lists_only_what_changed(cli, story):
    # The verdict (dated 2023-11-15) was recorded on 2024-03-06, with the Apple story.
    out = cli.ok("export", "--changes-since", "2024-03-01").stdout
    check_golden("digest.md", out)
    new_claims, responses, changes = tables(out)
    assert [row[2] for row in new_claims[1:]] == ["Apple is testing a foldable iPhone"]
    assert [row[2] for row in responses[1:]] == ["Apple"]
    assert [(row[2], row[3], row[1]) for row in changes[1:]] == [
        ("unanswered", "true", "2023-11-15"), ("reported", "unanswered", "2024-03-04")]


def test_digest_by_event_date_alone(cli, story):
    out = cli.ok("export", "--changes-since", "2030-01-01").stdout
    assert "Nothing changed." in out


def test_renders_in_python_markdown_too(cli, story):
    import markdown

    html = markdown.markdown(cli.ok("export").stdout, extensions=["tables", "fenced_code"])
    assert html.count("<table>") == 4
    assert "没有听说过此事" in html
    assert '<a href="https://example.org/filing">evidence</a>' in html
