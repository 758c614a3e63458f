"""Property tests over what hostile input reaches: readers given bytes in structured
shapes (front matter, HTML, encodings), the date resolvers, and every export format
over a store filled with generated claims, quotes and names. Nothing raises but the
project's own errors (claimtrack.errors), and each export stays well-formed.

tests/robustness/test_extract_property.py covers random bytes and text; this file generates the
shapes a parser has to get through before that randomness matters.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.dates.partial import PartialDate, parse_user_date
from claimtrack.errors import ClaimtrackError
from claimtrack.extract import extract
from claimtrack.readers import read_report
from claimtrack.readers.published import parse_published
from claimtrack.dates.in_text import find_dates, resolve

from export_support import markdown_parser

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = st.sampled_from([
    "[bold]", "[/]", "[link=file:///etc/passwd]", "\x1b[2J", "\x1b]8;;http://x\x1b\\", "\x1bP1$q\x1b\\", "\x9b",
    "\x85", "\u202e", "\u2066", "\u200b", "\ufeff", "<script>", "<img onerror=x>", "[x](javascript:1)", "\n# h\n",
    "|", "\\", "`", "&amp;", "&#0;", "&xxe;", "]]>", "<!--", "\x00", "\r", "---", "...", "*", "'", '"', ":", "%",
])
WORDS = st.sampled_from([
    "Xiaomi", "BAIC", "Bloomberg", "Reuters", " reported", ", citing people familiar with the matter", " is in talks",
    " to buy ", " declined to comment", " said", ".", "据", "彭博社", "报道", "，", "。", "小米", "北汽集团", "正与", "商谈",
    "知情人士", "称", "否认", "“", "”", "2022年8月26日", "8 月 26 日", "去年", "上周二", "昨日", "Aug. 26", " on Tuesday",
])
TEXT = st.lists(st.one_of(WORDS, HOSTILE, st.text(max_size=8)), max_size=40).map("".join)
SCALAR = st.one_of(TEXT, st.integers(-10**20, 10**20).map(str), st.sampled_from(
    ["0000-01-01", "9999-12-31T23:59:59+14:00", "2022-02-30", "Fri, 26 Aug 2022 20:14:53 CST", "-12:00", "NO",
     "0123", "~", "null", "[a, b", "{x: y}", "!!python/object/apply:os.system ['x']", "&a [1]", "*a", "'", '"']))


def yaml_value(text: str) -> str:
    return json.dumps(text)  # a YAML double-quoted string, escapes and all


FRONT_MATTER = st.builds(
    lambda pairs, raw, body: "---\n" + "".join(
        f"{k}: {yaml_value(v) if not raw else v}\n" for k, v in pairs
    ) + "---\n\n" + body,
    st.lists(st.tuples(st.sampled_from(["title", "date", "lang", "author", "source", "url", "tags", "categories",
                                        "published", "x"]), SCALAR), max_size=6),
    st.booleans(),
    TEXT,
)
TAGS = st.sampled_from(["p", "div", "article", "main", "script", "style", "template", "noscript", "time",
                        "h1", "title", "meta", "table", "td", "br", "blockquote", "a", "svg"])
HTML = st.recursive(
    TEXT.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.builds(lambda tag, attrs, kids, close: f"<{tag}{attrs}>{''.join(kids)}" + (f"</{tag}>" if close else ""),
                            TAGS, st.sampled_from(["", ' hidden', ' style="display:none"', ' datetime="9999-99-99"',
                                                   ' property="og:title" content="\x1b[2J"', ' href="javascript:x"']),
                            st.lists(inner, max_size=4), st.booleans()),
    max_leaves=25,
).map(lambda body: f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>")
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gb18030", "big5hkscs", "latin-1", "cp1252"])


def _read_or_project_error(name: str, data: bytes):
    try:
        report = read_report(name, data)
    except ClaimtrackError:
        return None
    extract(report).to_json()
    return report


@FAST
@given(text=FRONT_MATTER, encoding=ENCODINGS, name=st.sampled_from(["p.md", "p.html", "p.txt", "p"]))
def test_posts_with_any_front_matter_and_encoding(text, encoding, name):
    report = _read_or_project_error(name, text.encode(encoding, errors="replace"))
    if report is not None and report.published is not None:
        assert 1 <= report.published.year <= 9999


@FAST
@given(html=HTML, encoding=ENCODINGS, label=st.sampled_from(["", "utf-8", "gb2312", "big5", "x-bogus", "utf-16"]))
def test_pages_with_any_tags_and_labels(html, encoding, label):
    if label:
        html = html.replace("<head>", f'<head><meta charset="{label}">', 1)
    _read_or_project_error("page.html", html.encode(encoding, errors="replace"))


@FAST
@given(body=TEXT, cut=st.integers(0, 400))
def test_truncated_documents(body, cut):
    whole = f"---\ntitle: {yaml_value(body[:30])}\n---\n\n<p>{body}</p><p>{body}</p>".encode("utf-8")
    _read_or_project_error("cut.md", whole[:cut])


NUMBER = st.integers(-5, 10**6).map(str)
DATE_TEXT = st.lists(st.one_of(
    WORDS, NUMBER, st.sampled_from(["年", "月", "日", "号", "底", "初", "中旬", "今年", "明年", "前天", "本周", "下周",
                                    "January", "Feb.", "Sept", "31", "0", "-", "/", ",", " ", "ago", "yesterday",
                                    "last", "next", "Monday", "week", "month", "year"])), max_size=25).map("".join)
ANCHOR = st.one_of(st.none(), st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12), st.none()),
                   st.dates().map(PartialDate.of))


@settings(max_examples=300, deadline=None)
@given(text=DATE_TEXT, anchor=ANCHOR)
def test_date_resolver_never_raises_and_stays_in_the_calendar(text, anchor):
    for found in find_dates(text, anchor):
        assert 1 <= found.date.year <= 9999
        assert 0 <= found.start <= found.end <= len(text)
    resolve(text, anchor)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(SCALAR, DATE_TEXT), language=st.sampled_from(["zh", "en", "und"]))
def test_metadata_dates_never_raise(value, language):
    found = parse_published(value, language)
    assert found is None or isinstance(found, PartialDate)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(DATE_TEXT, SCALAR), today=st.dates())
def test_user_dates_raise_only_input_errors(text, today):
    try:
        parse_user_date(text, today)
    except ClaimtrackError:
        pass


# -- exports over generated stores ---------------------------------------------

NAME = st.one_of(st.lists(st.one_of(HOSTILE, st.text(min_size=1, max_size=6)), min_size=1, max_size=5).map("".join),
                 st.sampled_from(["小米", "Xiaomi", "彭博社", "BAIC"]))
URL = st.one_of(st.none(), st.sampled_from(["https://example.com/a?b=(c)&d=|", "javascript:alert(1)", "file:///etc/passwd",
                                            "http://x/\x1b[2J", "data:text/html,<script>", "https://例子.测试/路径"]))
DAY = st.one_of(st.none(), st.dates(min_value=date(1, 2, 1), max_value=date(9999, 11, 30)).map(PartialDate.of))
CLAIM = st.fixed_dictionaries({
    "text": TEXT, "source": st.one_of(st.none(), NAME), "subjects": st.lists(NAME, min_size=1, max_size=3),
    "url": URL, "day": DAY,
    "responses": st.lists(st.tuples(NAME, st.sampled_from(["confirm", "deny", "unaware", "no_comment", "partial"]),
                                    TEXT, st.one_of(st.none(), NAME), URL, DAY), max_size=2),
    "verdict": st.one_of(st.none(), st.tuples(st.sampled_from(["true", "false", "partly_true", "retracted",
                                                               "unresolvable"]), URL, TEXT, DAY)),
})
TERMINAL = re.compile(r"[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def _fill(store, claims: list[dict]) -> list[str]:
    from claimtrack import record
    from claimtrack.models import NewClaim, NewResponse, NewVerdict, Stance, Verdict

    stored = []
    for c in claims:
        try:
            claim = record.add_claim(store, NewClaim(text=c["text"], source=c["source"], subjects=tuple(c["subjects"]),
                                                      url=c["url"], reported_on=c["day"]), today=date.max)
        except ClaimtrackError:
            continue
        stored.append(claim.text)
        for who, stance, quote, via, url, day in c["responses"]:
            try:
                record.respond(store, claim.id, NewResponse(responder=who, stance=Stance(stance), quote=quote,
                                                             via=via, url=url, responded_on=day), today=date.max)
            except ClaimtrackError:
                pass
        if c["verdict"]:
            verdict, evidence, note, day = c["verdict"]
            try:  # a verdict dated before its claim is refused
                record.resolve(store, claim.id, NewVerdict(verdict=Verdict(verdict), evidence=evidence, note=note,
                                                            decided_on=day), today=date.max)
            except ClaimtrackError:
                pass
    return stored


@pytest.fixture
def fresh_store(tmp_path):
    from claimtrack.store import Store

    counter = iter(range(10**6))

    def make():
        return Store.open(tmp_path / f"p{next(counter)}.db")

    return make


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(claims=st.lists(CLAIM, min_size=1, max_size=3), changes_since=st.one_of(st.none(), DAY))
def test_every_export_format_over_generated_claims(fresh_store, claims, changes_since):
    from claimtrack import export
    from claimtrack.export.select import ExportQuery, RenderOptions, select

    with fresh_store() as store:
        texts = _fill(store, claims)
        selection = select(store, ExportQuery(changes_since=changes_since), date(2024, 1, 1))
        options = RenderOptions(reviewer="[bold]Rev\x1b[2J", base_url="https://reviews.example/")
        out = {fmt: export.render(store, selection, fmt, options) for fmt in export.FORMATS}
    dump = json.loads(out["json"])
    assert sorted(c["text"] for c in dump["claims"]) == sorted(texts)
    json.loads(out["claimreview"])
    ET.fromstring(out["atom"].encode("utf-8"))
    for fmt in ("md", "claimreview", "atom"):
        assert not TERMINAL.search(out[fmt]), fmt
    assert "<script" not in out["claimreview"] and "<" not in out["claimreview"]
    tokens = markdown_parser().parse(out["md"])
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert not [c for t in tokens for c in (t.children or []) if c.type == "html_inline"]
    hrefs = [c.attrs.get("href") for t in tokens for c in (t.children or []) if c.type == "link_open"]
    assert all(h.startswith(("#claim-", "http://", "https://")) for h in hrefs), hrefs
