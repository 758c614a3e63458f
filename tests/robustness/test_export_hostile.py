"""Hostile text from reports through every export format: it stays text.

Scenario 16 of the reliability research: table breakers, HTML, smuggled links,
headings, terminal escapes and bidi controls in claims, quotes, names and addresses.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from export_support import clock, markdown_parser, tables  # noqa: F401

from claimtrack.text.safe import one_line

CLAIM = ("pipe | cell \\| break\\\n# heading <script>alert(1)</script> <img src=x onerror=alert(1)> "
         "<!-- comment [x](javascript:alert(1)) <javascript:alert(1)> `code` *em* _u_ ~~s~~ $x$ &amp; "
         "\x1b[2J esc \u202eevil\u202c trailing\\")
SOURCE = "Evil | Outlet\n## not a heading"
SUBJECT = "<b>Bold</b> [Co](JaVaScRiPt:alert(1))"
RESPONDER = "Who\x1b]0;title\x07 | me"
QUOTE = "line one\nline two | <iframe src=javascript:alert(1)> &#106;avascript:alert(1)\\"
VIA = "[via](java\tscript:alert(1))"
BAD_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "java\tscript:alert(1)"]
HEADINGS = re.compile(r"^(claimtrack (export|digest)|Summary|Status over time|Claim \d+|Timeline|"
                      r"Source track record|New claims|New responses|Status changes)$")
TERMINAL = re.compile(r"[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(cli, clock):
    claim = cli.json("add", CLAIM, "--source", SOURCE, "--subject", SUBJECT, "--date", "2024-01-02",
                     "--url", BAD_URLS[0])["id"]
    for n, url in enumerate(BAD_URLS[1:]):
        cli.json("respond", claim, "--by", RESPONDER, "--stance", "deny", "--quote", f"{QUOTE} {n}",
                 "--via", VIA, "--date", "2024-01-03", "--url", url)
    cli.json("resolve", claim, "--verdict", "false", "--evidence", BAD_URLS[2], "--note", CLAIM,
             "--date", "2024-01-04")
    return claim


def _links(tokens) -> list[str]:
    return [c.attrs.get("href") for t in tokens for c in (t.children or []) if c.type == "link_open"]


@pytest.mark.parametrize("args", [(), ("--changes-since", "2024-01-01")], ids=["report", "digest"])
def test_markdown_keeps_hostile_text_inert(cli, hostile, args):
    out = cli.ok("export", *args).stdout
    assert not TERMINAL.search(out)
    tokens = markdown_parser().parse(out)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert not [c for t in tokens for c in (t.children or []) if c.type == "html_inline"]
    for href in _links(tokens):
        assert href.startswith("#claim-") or href.startswith(("http://", "https://")), href
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert all(HEADINGS.match(h) for h in headings), headings
    for table in tables(out):
        assert all(len(row) == len(table[0]) for row in table), table
    html = markdown_parser().render(out)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html and "<!--" not in html
    assert not re.search(r"<[^>]*\son\w+=", html)  # as text it is harmless; as an attribute not


def test_markdown_cells_show_the_stored_text(cli, hostile):
    out = cli.ok("export").stdout
    summary = tables(out)[0]
    expected = " ".join(one_line(CLAIM).split())
    assert summary[1][1] == expected
    assert summary[1][3] == " ".join(one_line(SUBJECT).split())
    timeline = tables(out)[1]
    quotes = [row[4] for row in timeline[1:] if row[1] == "response"]
    assert quotes[0] == " ".join(one_line(f"{QUOTE} 0").split())
    assert all(row[2] == one_line(RESPONDER) for row in timeline[1:] if row[1] == "response")


def test_python_markdown_agrees(cli, hostile):
    import markdown

    html = markdown.markdown(cli.ok("export").stdout, extensions=["tables", "fenced_code"])
    assert "<script" not in html and "<img" not in html and "<iframe" not in html and "<!--" not in html
    assert not re.search(r"<[^>]*\son\w+=", html)  # as text it is harmless; as an attribute not
    assert all(h.startswith(("#claim-", "http")) for h in re.findall(r'href="([^"]*)"', html))
    assert "<h1>" in html and html.count("<h1>") == 1


def test_json_keeps_the_exact_text_and_no_raw_escapes(cli, hostile):
    out = cli.ok("export", "--format", "json").stdout
    assert not TERMINAL.search(out)
    claim = json.loads(out)["claims"][0]
    assert claim["text"] == CLAIM
    assert claim["mentions"][0]["url"] == BAD_URLS[0]
    assert claim["responses"][0]["quote"] == f"{QUOTE} 0"


def test_claimreview_cannot_close_a_script_tag(cli, hostile):
    out = cli.ok("export", "--format", "claimreview").stdout
    assert "<" not in out and ">" not in out and not TERMINAL.search(out)
    review = json.loads(out)["@graph"][0]
    assert review["claimReviewed"] == CLAIM
    assert "appearance" not in review["itemReviewed"]  # only http(s) addresses appear
    assert "citation" not in review


def test_atom_is_valid_xml_with_only_http_links(cli, hostile):
    out = cli.ok("export", "--format", "atom").stdout
    assert not TERMINAL.search(out)
    feed = ET.fromstring(out.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert not feed.findall(".//a:link", ns)
    titles = [t.text for t in feed.findall("a:entry/a:title", ns)]
    assert any("^[" in t for t in titles)  # the escape is shown, not sent
    content = feed.find("a:entry/a:content", ns).text
    assert "<script>" in content  # as text, escaped by XML
    assert "<script>" not in out
