"""Dates that may be known only to the month, as news reports give them."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import InputError

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")
_CJK = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*$")


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date with day, or month, precision (`2022-08-26` or `2023-11`)."""

    year: int
    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999 or not 1 <= self.month <= 12:
            raise ValueError(f"no such month: {self.year}-{self.month}")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises on 2023-02-30

    @classmethod
    def of(cls, day: date) -> "PartialDate":
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read `YYYY-MM-DD`, `YYYY-MM`, `YYYY/MM/DD` or `YYYY年M月D日`; ValueError otherwise."""
        m = _ISO.match(text) or _CJK.match(text)
        if not m or m.group(2) is None:
            raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD or YYYY-MM)")
        year, month = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        try:
            return cls(year, month, day)
        except ValueError:
            raise ValueError(f"no such date: {text!r}") from None

    @property
    def precise(self) -> bool:
        return self.day is not None

    @property
    def start(self) -> date:
        return date(self.year, self.month, self.day or 1)

    @property
    def end(self) -> date:
        last = calendar.monthrange(self.year, self.month)[1]
        return date(self.year, self.month, self.day or last)

    def sort_key(self) -> tuple[date, int]:
        # A month-only date counts from the month's first day, and sorts before
        # a precise date on that same first day: it is the vaguer statement.
        return (self.start, 1 if self.precise else 0)

    def __lt__(self, other: "PartialDate") -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: "PartialDate") -> bool:
        return self.sort_key() <= other.sort_key()

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@functools.lru_cache(maxsize=8192)  # a listing reads the same few thousand days over and over
def parse_optional(text: str | None) -> PartialDate | None:
    """A stored date column back into a PartialDate (None stays None); PartialDates
    are immutable, so one may stand for every row that holds the same text."""
    return PartialDate.parse(text) if text else None


def parse_user_date(text: str, today: date, what: str = "date") -> PartialDate:
    """A date typed by a user: ISO, a month, `today`, `yesterday` or `N days ago`."""
    word = text.strip().lower()
    if word == "today":
        return PartialDate.of(today)
    if word == "yesterday":
        return PartialDate.of(today - timedelta(days=1))
    m = re.fullmatch(r"(\d{1,5})\s*(d|days?)\s*(ago)?", word)
    if m:
        return PartialDate.of(today - timedelta(days=int(m.group(1))))
    try:
        return PartialDate.parse(text)
    except ValueError as err:
        raise InputError(f"bad {what}: {err}") from None


def days_between(earlier: date, later: date) -> int:
    return (later - earlier).days
