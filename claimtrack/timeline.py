"""Several claims at once on one time axis: the data behind `timeline --subject`.

Each claim becomes a row of equal time slots from the earliest first report to the
end day; each slot holds the status the claim had at the end of that slot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .models import Claim, Event, Status
from .status import effective_day, history


@dataclass(frozen=True)
class ChartRow:
    claim: Claim
    slots: tuple[Status | None, ...]  # None: not yet reported in that slot


@dataclass(frozen=True)
class Chart:
    start: date
    end: date
    rows: tuple[ChartRow, ...]

    @property
    def statuses(self) -> list[Status]:
        """Statuses that appear in the chart, in vocabulary order, for the legend."""
        seen = {s for row in self.rows for s in row.slots if s is not None}
        return [s for s in Status if s in seen]


def slot_days(start: date, end: date, width: int) -> list[date]:
    """The last day of each of `width` equal slots covering start..end."""
    span = max((end - start).days, 0) + 1
    return [start + timedelta(days=-(-span * (i + 1) // width) - 1) for i in range(width)]


def build_chart(claims_with_events: list[tuple[Claim, list[Event]]], end: date, width: int) -> Chart | None:
    firsts = [
        min((effective_day(e) for e in events), default=None)
        for _, events in claims_with_events
    ]
    known = [d for d in firsts if d is not None]
    if not known:
        return None
    start = min(known)
    end = max(end, start)
    days = slot_days(start, end, width)
    rows = []
    for (claim, events), first in zip(claims_with_events, firsts):
        rows.append(ChartRow(claim, _slots(events, first, days)))
    return Chart(start, end, tuple(rows))


def _slots(events: list[Event], first: date | None, days: list[date]) -> tuple[Status | None, ...]:
    """The status at the end of each slot, walking the ordered history once."""
    steps = history(events)
    slots: list[Status | None] = []
    current, index = Status.REPORTED, 0
    for day in days:
        while index < len(steps) and effective_day(steps[index].event) <= day:
            current = steps[index].after
            index += 1
        slots.append(current if first is not None and day >= first else None)
    return tuple(slots)
