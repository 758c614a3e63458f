"""Publication dates from metadata, through an ordered list of tiny parsers.

Each parser takes a string and returns an aware or naive datetime, a PartialDate,
or None. The calendar date is taken in the outlet's zone: Chinese outlets publish
on Beijing time, and their `CST` means +08:00, not US Central.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from ..dates.partial import PartialDate

BEIJING = timezone(timedelta(hours=8))

_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?")
_SLASHED = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?")
_CST = re.compile(r"\bCST\b")


def _iso(text: str):
    candidate = text.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        m = _ISO_PREFIX.match(text)
        if m:
            return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        return None


def _rfc2822(text: str, zh: bool):
    if zh:
        text = _CST.sub("+0800", text)
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _slashed(text: str):
    m = _SLASHED.match(text)
    if not m:
        return None
    return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _cjk(text: str):
    m = _CJK_DATE.search(text)
    if not m:
        return None
    return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


def parse_published(value: object, language: str = "und") -> PartialDate | None:
    """The calendar date of a metadata value, or None when no parser is sure of it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        found: object = value
    elif isinstance(value, date):
        return PartialDate.of(value)
    else:
        text = str(value).strip()
        if not text or len(text) > 80:
            return None
        zh = language == "zh"
        found = None
        for parser in (_iso, lambda t: _rfc2822(t, zh), _slashed, _cjk):
            try:
                found = parser(text)
            except (ValueError, OverflowError):
                found = None
            if found is not None:
                break
    if found is None:
        return None
    if isinstance(found, PartialDate):
        return found
    assert isinstance(found, datetime)
    try:
        if found.tzinfo is not None and language == "zh":
            found = found.astimezone(BEIJING)  # 9999-12-31T23:00-05:00 is in year 10000 there
        return PartialDate(found.year, found.month, found.day)
    except (ValueError, OverflowError):
        return None
