"""Which day the passage being read speaks of.

A Chinese dateline ("8 月 17 日消息，") or a leading date moves the context date for
what follows; an English lead's "said on Tuesday" does the same. Claims and responses
without their own date take the context date.
"""

from __future__ import annotations

import re

from ..dates.partial import PartialDate
from ..dates.in_text import find_dates
from .sentences import Sentence
from .state import State

_DATELINE = re.compile(
    r"^\s*(?:[^，。\s]{0,12}?\s*)?(?:北京时间\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:消息|讯|电|晚间消息|早间消息)"
)
_LEADING_DATE = re.compile(r"^\s*(?:今年\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日)(?:晚间|早间|上午|下午|晚|早|中午)?\s*[，,]")
# "这要从 3 月 29 日晚间说起。彼时…": these point back at the date just mentioned.
_THEN = re.compile(r"^\s*(?:彼时|当时|当天|当晚|当日)")
_SAID_ON = re.compile(
    r"\b(?:said|says|told|reported|confirmed|denied|stated|added|statement|reports?)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
DATELINE_DAYS = 31  # a dateline further back than this is a quoted date, not today's news
LEAD_SAID_DAYS = 7  # "said on Tuesday" in the lead names a day of the report's week


def update_context(state: State, sentence: Sentence) -> None:
    published = state.report.published
    if not sentence.zh:
        if sentence.index <= 2 and state.context_date == published:
            said = said_on(sentence.text, published)
            if said and published and 0 <= (published.start - said.start).days <= LEAD_SAID_DAYS:
                state.context_date = said
        return
    if _THEN.match(sentence.text):
        # dates are looked up only here: find_dates on every sentence would cost more
        # than all the cue tests together
        state.context_date = _last_day(state.previous_zh, published) or state.context_date
    m = _DATELINE.match(sentence.text) or _LEADING_DATE.match(sentence.text)
    if m:
        found = find_dates(m.group(1), published)
        if found and (published is None or 0 <= (published.start - found[0].date.start).days <= DATELINE_DAYS):
            state.context_date = found[0].date
    state.previous_zh = sentence.text


def _last_day(text: str, published: PartialDate | None) -> PartialDate | None:
    """The last past day this sentence names, for a "彼时" in the next one."""
    days = [d.date for d in find_dates(text, published) if d.date.day is not None]
    days = [d for d in days if published is None or d.start <= published.start]
    return days[-1] if days else None


def said_on(segment: str, published: PartialDate | None) -> PartialDate | None:
    """An English weekday next to the speech verb: "said on Tuesday", "Reuters said Tuesday"."""
    m = _SAID_ON.search(segment)
    if m:
        found = find_dates(m.group(0), published)
        return found[0].date if found else None
    return None
