"""Several claims at once on one time axis: the data behind `timeline --subject`.

Each claim becomes a row of equal time slots from the earliest first report to the
end day; each slot holds the status the claim had at the end of that slot.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import Claim, Event, Status
from ..status import Step, history


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
    return chart_of_histories([(claim, history(events)) for claim, events in claims_with_events], end, width)


def chart_of_histories(claims_with_steps: list[tuple[Claim, list[Step]]], end: date, width: int) -> Chart | None:
    """The chart of claims whose histories are already worked out (steps in order)."""
    firsts = [steps[0].day if steps else None for _, steps in claims_with_steps]
    known = [d for d in firsts if d is not None]
    if not known:
        return None
    start = min(known)
    end = max(end, start)
    days = slot_days(start, end, width)
    return Chart(start, end, tuple(ChartRow(claim, _slots(steps, days)) for claim, steps in claims_with_steps))


def _slots(steps: list[Step], days: list[date]) -> tuple[Status | None, ...]:
    """The status at the end of each slot; None before the first event."""
    slots: list[Status | None] = [None] * len(days)
    for step in steps:  # in order, so a later step overwrites from its first slot on
        first = bisect_left(days, step.day)
        slots[first:] = [step.after] * (len(days) - first)
    return tuple(slots)
