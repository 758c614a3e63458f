"""The fast NFKC path gives exactly what unicodedata gives: stored content hashes
and name keys depend on it, so one differing character would split a report or an
entity in two."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.ingest import content_hash
from claimtrack.models import Report
from claimtrack.text.keys import nfkc

# Full-width forms, combining marks that compose with what precedes them, ligatures,
# CJK compatibility ideographs and plain text: the places where NFKC does something.
_TRICKY = "，：；！？（）…　％～ＡＢｃ１２ｱｲ\u0301\u0308\u0338\u20dd\u3099ﬁ㈱㍿豈ﾞ°Å" + "e" + "小米否认"
_TEXT = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(max_codepoint=0x2FFFF), max_size=60)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_fast_path_is_exactly_nfkc(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_wide_punctuation_before_a_combining_mark():
    # the mark must meet the narrow character just as it would inside unicodedata
    for text in ("（\u0338", "，\u0301e", "e\u0301，", "…\u0308"):
        assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_full_width_and_half_width_reports_hash_the_same():
    wide = Report(text="据彭博社报道，小米（Xiaomi）否认！ ＡＩ　芯片", title="标题")
    narrow = Report(text="据彭博社报道,小米(Xiaomi)否认! AI 芯片", title="标题")
    assert content_hash(wide) == content_hash(narrow)
