"""Dates in a report's text, resolved against the report's own date.

"8 月 17 日", "今年 8 月 11 日", "去年 11 月底" (a month), "昨日", "上周二", "on Tuesday",
"last month", "Aug. 26". A day without a year takes the year that puts it closest to
the report's date, so "12 月 28 日" in a report of 2 January is last December. Nothing
here reads today's clock: without a report date, only dates that carry their own year
resolve. Whatever cannot be resolved is None, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from .partial import PartialDate

_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "七": 7}
_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH_NAME = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_ZH = re.compile(
    r"(?P<full>(?P<y>(?:19|20)\d{2})\s*年\s*(?P<fm>\d{1,2})\s*月(?:\s*(?P<fd>\d{1,2})\s*[日号])?)"
    r"|(?P<rel>今年|去年|明年|前年)?\s*(?P<m>\d{1,2})\s*月(?!份?\s*[以之]?\s*[前后内来])(?:\s*(?P<d>\d{1,2})\s*[日号])?"
    r"|(?P<day>昨日|昨天|今日|今天|前天|前日|明日|明天)"
    r"|(?P<wk>上周|上星期|上个星期|本周|这周|下周)\s*(?P<wd>[一二三四五六日天])"
    r"|(?P<mrel>上个月|上月|本月|这个月|下个月|下月)"
)
_EN = re.compile(
    r"(?P<iso>\b(?:19|20)\d{2}-\d{2}-\d{2}\b)"
    r"|\b" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?"
    r"|\b(?P<d2>\d{1,2})\s+" + _MONTH_NAME.replace("mon>", "mon2>") + r"(?:\s+(?P<y2>(?:19|20)\d{2}))?\b"
    r"|\b(?:(?i:in|since|by|early|late|until|from)\s+|mid-?)" + _MONTH_NAME.replace("mon>", "mon3>")
    + r"(?:\s+(?P<y3>(?:19|20)\d{2}))?\b"
    r"|\b" + _MONTH_NAME.replace("mon>", "mon4>") + r"\s+(?P<y4>(?:19|20)\d{2})\b"
    r"|\b(?P<day>(?i:yesterday|today|earlier\s+(?:in\s+)?the\s+day|the\s+previous\s+day|the\s+day\s+before))\b"
    r"|\b(?P<mrel>(?i:last\s+month|this\s+month|next\s+month|earlier\s+this\s+month))\b"
    r"|\b(?:(?P<wrel>last|this|on|next)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
)
_ZH_HINTS = ("月", "昨", "今日", "今天", "前天", "前日", "明日", "明天", "周", "星期")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate


def find_dates(text: str, anchor: PartialDate | None) -> list[DateMention]:
    """Every date in `text` that can be resolved against `anchor`, in order."""
    found: list[DateMention] = []
    if any(h in text for h in _ZH_HINTS):
        for m in _ZH.finditer(text):
            value = _guarded(_zh, m, anchor)
            if value is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0).strip(), value))
    if _has_latin(text):
        for m in _EN.finditer(text):
            value = _guarded(_en, m, anchor)
            if value is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0).strip(), value))
    found.sort(key=lambda d: d.start)
    return found


def _guarded(rule, m: re.Match, anchor: PartialDate | None) -> PartialDate | None:
    # at the edges of the calendar (year 1, year 9999) relative dates have no answer
    try:
        return rule(m, anchor)
    except (ValueError, OverflowError):
        return None


def resolve(text: str, anchor: PartialDate | None) -> PartialDate | None:
    """The first resolvable date in `text`, or None."""
    dates = find_dates(text, anchor)
    return dates[0].date if dates else None


def _has_latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text[:400]) or re.search(r"[A-Za-z]", text) is not None


def _safe(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _closest(anchor: PartialDate, month: int, day: int | None) -> PartialDate | None:
    """The year for a month (and day) given without one: the one nearest the anchor."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = _safe(year, month, day)
        if candidate is None:
            continue
        distance = abs((candidate.start - anchor.start).days)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def _shift_month(anchor: PartialDate, delta: int) -> PartialDate:
    index = anchor.year * 12 + (anchor.month - 1) + delta
    return PartialDate(index // 12, index % 12 + 1)


def _days(anchor: PartialDate | None, delta: int) -> PartialDate | None:
    if anchor is None or anchor.day is None:
        return None
    return PartialDate.of(anchor.start + timedelta(days=delta))


def _zh(m: re.Match, anchor: PartialDate | None) -> PartialDate | None:
    if m.group("full"):
        return _safe(int(m.group("y")), int(m.group("fm")), int(m.group("fd")) if m.group("fd") else None)
    if m.group("m"):
        month = int(m.group("m"))
        day = int(m.group("d")) if m.group("d") else None
        if anchor is None or not 1 <= month <= 12:
            return None
        rel = m.group("rel")
        if rel:
            year = anchor.year + {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[rel]
            return _safe(year, month, day)
        return _closest(anchor, month, day)
    if m.group("day"):
        word = m.group("day")
        delta = {"昨": -1, "今": 0, "前": -2, "明": 1}[word[0]]
        return _days(anchor, delta)
    if m.group("wk"):
        if anchor is None or anchor.day is None:
            return None
        weekday = _ZH_DIGITS[m.group("wd")] - 1
        week = {"上": -1, "本": 0, "这": 0, "下": 1}[m.group("wk")[0]]
        monday = anchor.start - timedelta(days=anchor.start.weekday())
        return PartialDate.of(monday + timedelta(days=7 * week + weekday))
    if m.group("mrel"):
        if anchor is None:
            return None
        word = m.group("mrel")
        return _shift_month(anchor, {"上": -1, "本": 0, "这": 0, "下": 1}[word[0]])
    return None


def _month(name: str | None) -> int | None:
    if not name:
        return None
    return _EN_MONTHS.get(name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3])


def _en(m: re.Match, anchor: PartialDate | None) -> PartialDate | None:
    if m.group("iso"):
        try:
            return PartialDate.parse(m.group("iso"))
        except ValueError:
            return None
    for mon, day, year in (("mon", "d", "y"), ("mon2", "d2", "y2")):
        if m.group(mon) and m.group(day):
            month, d = _month(m.group(mon)), int(m.group(day))
            if month is None:
                return None
            if m.group(year):
                return _safe(int(m.group(year)), month, d)
            return _closest(anchor, month, d) if anchor else None
    for mon, year in (("mon3", "y3"), ("mon4", "y4")):
        if m.group(mon):
            month = _month(m.group(mon))
            if month is None:
                return None
            if m.group(year):
                return _safe(int(m.group(year)), month, None)
            return _closest(anchor, month, None) if anchor else None
    if m.group("day"):
        word = m.group("day").lower()
        if word.startswith("yesterday") or "previous" in word or "before" in word:
            return _days(anchor, -1)
        return _days(anchor, 0)
    if m.group("mrel"):
        if anchor is None:
            return None
        word = m.group("mrel").lower()
        return _shift_month(anchor, -1 if word.startswith("last") else 1 if word.startswith("next") else 0)
    if m.group("wd"):
        if anchor is None or anchor.day is None:
            return None
        weekday = _EN_WEEKDAYS[m.group("wd").lower()]
        rel = (m.group("wrel") or "").lower()
        today = anchor.start
        back = (today.weekday() - weekday) % 7
        if rel == "next":
            return PartialDate.of(today + timedelta(days=(weekday - today.weekday()) % 7 or 7))
        if rel == "last" and back == 0:
            back = 7
        return PartialDate.of(today - timedelta(days=back))
    return None


__all__ = ["DateMention", "find_dates", "resolve"]
