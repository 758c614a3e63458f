"""More of the date table in ../shared/research/reliability.md (scenarios 18–20): publication times from front
matter and feeds, and relative dates, each with its gold answer; what cannot be told
is None, never a guess. Together with tests/dates/test_in_text.py: over 60 strings."""

import pytest

from claimtrack.dates.partial import PartialDate
from claimtrack.readers.published import parse_published
from claimtrack.dates.in_text import resolve

PUBLISHED = [
    # (value, report language, calendar date in the outlet's own zone)
    ("Fri, 26 Aug 2022 06:14:53 GMT", "zh", "2022-08-26"),
    ("Fri, 26 Aug 2022 20:14:53 GMT", "zh", "2022-08-27"),  # Beijing time is already the 27th
    ("Fri, 26 Aug 2022 20:14:53 GMT", "en", "2022-08-26"),
    ("Fri, 26 Aug 2022 20:14:53 +0800", "zh", "2022-08-26"),
    ("Fri, 26 Aug 2022 23:30:00 CST", "zh", "2022-08-26"),  # CST from a Chinese outlet is +08:00
    ("2022-08-26T23:30:00+08:00", "zh", "2022-08-26"),
    ("2022-08-26T20:14:53Z", "zh", "2022-08-27"),
    ("2022-08-26T20:14:53Z", "en", "2022-08-26"),
    ("2022-08-26 14:14:53", "zh", "2022-08-26"),
    ("2022/08/26 14:14:53", "zh", "2022-08-26"),
    ("2022年08月26日", "zh", "2022-08-26"),
    ("2022年8月26日 14:14", "zh", "2022-08-26"),
    ("2022-08", "zh", "2022-08"),
    ("2021-12-12 15:03:43", "zh", "2021-12-12"),
    ("Mon, 02 Jan 2023 01:00:00 +0000", "zh", "2023-01-02"),
    ("Sat, 31 Dec 2022 18:00:00 -0800", "en", "2022-12-31"),
    ("9999-12-31T23:59:59-12:00", "en", "9999-12-31"),
]

UNREADABLE = [("0000-01-01", "en"), ("2022-02-30", "en"), ("not a date", "en")]

JAN2 = PartialDate(2023, 1, 2)  # a Monday, two days into a new year

RELATIVE = [
    ("12月28日", "2022-12-28"),  # a December day in an early-January report is last year
    ("去年12月", "2022-12"),
    ("今年1月1日", "2023-01-01"),
    ("上周五", "2022-12-30"),
    ("本月", "2023-01"),
    ("前天", "2022-12-31"),
    ("this month", "2023-01"),
    ("next month", "2023-02"),
    ("on Dec. 31", "2022-12-31"),
    ("Jan. 1", "2023-01-01"),
    ("on Saturday", "2022-12-31"),
    ("2022年12月", "2022-12"),
    ("12 月底", "2022-12"),
]

VAGUE = ["上周", "last week", "月初", "3天前"]


@pytest.mark.parametrize("value, language, expected", PUBLISHED)
def test_publication_times(value, language, expected):
    assert str(parse_published(value, language)) == expected


@pytest.mark.parametrize("value, language", UNREADABLE)
def test_unreadable_publication_times_are_none(value, language):
    assert parse_published(value, language) is None


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_relative_dates_at_the_turn_of_a_year(text, expected):
    assert str(resolve(text, JAN2)) == expected


@pytest.mark.parametrize("text", VAGUE)
def test_vague_spans_stay_unresolved(text):
    assert resolve(text, JAN2) is None


def test_the_table_is_as_large_as_reliability_md_asks():
    from test_in_text import TABLE

    assert len(TABLE) + len(PUBLISHED) + len(UNREADABLE) + len(RELATIVE) + len(VAGUE) >= 60


def test_a_thousand_instants_keep_their_calendar_day():
    """Scenario 20: an instant written as RFC 2822 GMT or ISO UTC by a Chinese outlet is
    dated in Beijing; by an English one, as written."""
    import random
    from datetime import datetime, timedelta, timezone
    from email.utils import format_datetime

    beijing = timezone(timedelta(hours=8))
    rnd = random.Random(20)
    for _ in range(1000):
        instant = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rnd.randrange(10**9))
        rfc = format_datetime(instant, usegmt=True)
        iso = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
        local = instant.astimezone(beijing).date().isoformat()
        assert str(parse_published(rfc, "zh")) == local, rfc
        assert str(parse_published(iso, "zh")) == local, iso
        assert str(parse_published(rfc, "en")) == instant.date().isoformat(), rfc
