"""Dates in text resolved against the report's date; never against today's clock."""

from __future__ import annotations

import datetime as real_datetime

import pytest

from claimtrack.dates.partial import PartialDate
from claimtrack.dates.in_text import find_dates, resolve

AUG26 = PartialDate(2022, 8, 26)  # a Friday
JAN2 = PartialDate(2023, 1, 2)  # a Monday

TABLE = [
    ("晚报 8 月 17 日消息", AUG26, "2022-08-17"),
    ("8月17日起", AUG26, "2022-08-17"),
    ("在今年 8 月 11 日的发布会上", AUG26, "2022-08-11"),
    ("去年 11 月底，两家公司签约", AUG26, "2021-11"),
    ("去年 3 月 30 日正式宣布", AUG26, "2021-03-30"),
    ("今年 5 月，谷歌展示了原型", AUG26, "2022-05"),
    ("明年 2 月上市", AUG26, "2023-02"),
    ("2021 年 10 月发布的通知", AUG26, "2021-10"),
    ("2022年03月01日起施行", AUG26, "2022-03-01"),
    ("昨日，公司回应", AUG26, "2022-08-25"),
    ("昨天晚上", AUG26, "2022-08-25"),
    ("今日发布", AUG26, "2022-08-26"),
    ("前天", AUG26, "2022-08-24"),
    ("上周二，知情人士透露", AUG26, "2022-08-16"),
    ("本周一", AUG26, "2022-08-22"),
    ("上个月", AUG26, "2022-07"),
    ("12 月 28 日，消息人士称", JAN2, "2022-12-28"),
    ("the company said on Tuesday", AUG26, "2022-08-23"),
    ("Reuters said Friday", AUG26, "2022-08-26"),
    ("last Friday", AUG26, "2022-08-19"),
    ("last month", AUG26, "2022-07"),
    ("on Aug. 26", AUG26, "2022-08-26"),
    ("on August 3", AUG26, "2022-08-03"),
    ("since 3 March 2021", AUG26, "2021-03-03"),
    ("filed on Dec. 30", JAN2, "2022-12-30"),
    ("in December", JAN2, "2022-12"),
    ("in May 2019", AUG26, "2019-05"),
    ("yesterday", JAN2, "2023-01-01"),
    ("published 2021-04-20 at noon", AUG26, "2021-04-20"),
]


@pytest.mark.parametrize("text, anchor, expected", TABLE)
def test_date_table(text, anchor, expected):
    assert str(resolve(text, anchor)) == expected


@pytest.mark.parametrize(
    "text",
    ["近日", "日前，有消息称", "3 个月内", "earlier this week", "the company may 5 times", "mid-2014", "2 月 30 日", "13 月"],
)
def test_unresolvable_is_none_not_a_guess(text):
    assert resolve(text, AUG26) is None


def test_without_an_anchor_only_dates_with_a_year_resolve():
    assert resolve("8 月 17 日", None) is None
    assert resolve("昨日", None) is None
    assert resolve("on Tuesday", None) is None
    assert str(resolve("2022 年 8 月 17 日", None)) == "2022-08-17"


def test_month_only_anchor_cannot_give_a_day():
    assert resolve("昨日", PartialDate(2022, 8)) is None


def test_results_do_not_depend_on_the_clock(monkeypatch):
    before = [str(resolve(t, a)) for t, a, _ in TABLE]

    class FrozenDate(real_datetime.date):
        @classmethod
        def today(cls):
            return cls(2030, 6, 15)

    monkeypatch.setattr(real_datetime, "date", FrozenDate)
    assert [str(resolve(t, a)) for t, a, _ in TABLE] == before


def test_find_dates_reports_positions_in_order():
    found = find_dates("8 月 17 日，A 称；8 月 20 日，B 回应。", AUG26)
    assert [str(d.date) for d in found] == ["2022-08-17", "2022-08-20"]
    assert found[0].start < found[1].start
