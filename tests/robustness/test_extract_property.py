"""Whatever bytes or text come in, readers, extractor and date resolver raise nothing
but the project's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.dates.partial import PartialDate
from claimtrack.errors import ClaimtrackError
from claimtrack.extract import extract
from claimtrack.models import Report
from claimtrack.readers import read_report
from claimtrack.dates.in_text import find_dates

PIECES = st.sampled_from(
    ["据", "报道", "，", "。", "知情人士", "称", "对此", "回应", "否认", "不予置评", "“", "”", "月", "日", "8 ", "去年",
     "上周二", "Bloomberg", " reported", ", citing", " people familiar", " declined to comment", '"', ".", " on Tuesday",
     "\n", "<p>", "</p>", "---\n", "title: x\n", "<script>", "&amp;", "\x00", "\ufeff", "Aug. 26", "A", " said"]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=400), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       name=st.sampled_from(["a.md", "a.html", "a.txt", "a"]))
def test_readers_raise_only_read_errors(data, name):
    try:
        report = read_report(name, data)
    except ClaimtrackError:
        return
    extract(report).to_json()


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, year=st.integers(1, 9999), month=st.integers(1, 12), day=st.one_of(st.none(), st.integers(1, 28)))
def test_extractor_and_dates_never_crash(text, year, month, day):
    anchor = PartialDate(year, month, day)
    for found in find_dates(text, anchor):
        assert str(found.date)
    extract(Report(text=text, language="zh", published=anchor)).to_json()
    extract(Report(text=text, language="en", published=None)).to_json()
