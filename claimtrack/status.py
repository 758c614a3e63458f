"""A claim's status over time: a pure function of its events.

Rules, in order of precedence:

1. a verdict outranks everything: the latest verdict's name is the status
   (`true`, `false`, `partly_true`, `retracted`, `unresolvable`);
2. otherwise the latest substantive response decides: `confirm` → `confirmed`,
   `deny` → `denied`, `partial` → `partly_confirmed`;
3. otherwise, if parties answered only with `no_comment` or `unaware` → `unanswered`;
4. otherwise → `reported`.

Events are ordered by the day they happened (a month-only date counts from the
month's first day), then by a fixed rank (reports, then non-answers, denials,
partial and full confirmations, then verdicts), then by when they were recorded (so
two corrections made the same day appear in the order they were made), then by
their content. An event with no date counts from the day it was recorded.

Nothing comes before the claim's first report: an event dated earlier (a denial
can precede the first mention we have of a rumour) counts from the first report's
day, right after it, keeping its own date and its order among such events.

Every view and export asks for the status at one day: `--as-of` when given, else
today (`as_of_day`); events dated after that day do not count yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .dates.partial import PartialDate
from .models import Event, EventKind, Stance, Status

if TYPE_CHECKING:  # the store calls no rule here; refresh_status only hands it the result
    from .store import Store

_STANCE_STATUS = {
    Stance.CONFIRM: Status.CONFIRMED,
    Stance.DENY: Status.DENIED,
    Stance.PARTIAL: Status.PARTLY_CONFIRMED,
}
_STANCE_RANK = {Stance.NO_COMMENT: 0, Stance.UNAWARE: 1, Stance.DENY: 2, Stance.PARTIAL: 3, Stance.CONFIRM: 4}
_KIND_RANK = {EventKind.REPORTED: 0, EventKind.MENTIONED: 1, EventKind.EDITED: 2, EventKind.REPORT_CHANGED: 2,
              EventKind.RESPONSE: 3, EventKind.VERDICT: 9}


def effective_day(event: Event) -> date:
    if event.happened_on is not None:
        return event.happened_on.start
    return date.fromisoformat(event.recorded_at[:10])


def as_of_day(as_of: PartialDate | None, today: date) -> date:
    """The day every status is worked out for: the end of `--as-of`, else today."""
    return as_of.end if as_of is not None else today


def _first_report_day(events) -> date | None:
    return min((effective_day(e) for e in events if e.kind is EventKind.REPORTED), default=None)


def _timeline_day(event: Event, first: date | None) -> date:
    """The day an event counts from: its own, but never before the first report."""
    day = effective_day(event)
    return max(day, first) if first is not None and event.kind is not EventKind.REPORTED else day


def _order_key(event: Event, first: date | None) -> tuple:
    precision = 1 if event.happened_on is None or event.happened_on.precise else 0
    stance_rank = _STANCE_RANK.get(event.stance, 0) if event.stance else 0
    return (
        _timeline_day(event, first),
        event.kind is not EventKind.REPORTED,  # the first report opens its day
        effective_day(event),
        precision,
        _KIND_RANK[event.kind],
        stance_rank,
        event.recorded_at,
        event.ref_id or 0,
        event.verdict or "",
        event.who or "",
        event.text,
    )


def in_order(events) -> list[Event]:
    """Events in the canonical order every view uses."""
    events = list(events)
    first = _first_report_day(events)
    return sorted(events, key=lambda e: _order_key(e, first))


def _apply(status: Status, event: Event) -> Status:
    if event.kind is EventKind.VERDICT and event.verdict is not None:
        return Status(event.verdict.value)
    if not status.is_open:
        return status  # a verdict outranks every later response
    if event.kind is EventKind.RESPONSE and event.stance is not None:
        if event.stance in _STANCE_STATUS:
            return _STANCE_STATUS[event.stance]
        if status is Status.REPORTED:
            return Status.UNANSWERED
    return status


def status_at(events, at: date | None = None) -> Status:
    """The status a claim had at the end of day `at` (with every event, when `at` is None)."""
    steps = history(events, at)
    return steps[-1].after if steps else Status.REPORTED


@dataclass(frozen=True)
class Step:
    """One event on a timeline with the status after it and why it changed."""

    event: Event
    before: Status
    after: Status
    day: date  # the day it counts from on the timeline: never before the first report

    @property
    def changed(self) -> bool:
        return self.before is not self.after

    @property
    def before_first_report(self) -> bool:
        return effective_day(self.event) < self.day


def history(events, at: date | None = None) -> list[Step]:
    """Each event up to the end of day `at` (all, when None) with the status it left."""
    events = list(events)
    first = _first_report_day(events)
    steps: list[Step] = []
    status = Status.REPORTED
    for event in in_order(events):
        day = _timeline_day(event, first)
        if at is not None and day > at:
            break  # in order, so every later event is later still
        after = _apply(status, event)
        steps.append(Step(event, status, after, day))
        status = after
    return steps


def cause(steps: list[Step]) -> Step | None:
    """The step that gave the status its present value: the latest verdict, else the
    latest change, else the first report. A later repeat or correction is not it."""
    for step in reversed(steps):
        if step.event.kind is EventKind.VERDICT or step.changed:
            return step
    return steps[0] if steps else None


def explain(step: Step) -> str:
    """Why the status is what it is after this step, in one short phrase."""
    event = step.event
    if event.kind is EventKind.VERDICT:
        return f"verdict {event.verdict} sets the status"
    if event.kind is EventKind.RESPONSE:
        if step.changed and step.before_first_report:
            return f"{event.stance} from {event.who}, dated before the first report, makes it {step.after}"
        if step.changed:
            return f"{event.stance} from {event.who} makes it {step.after}"
        if not step.before.is_open:
            return "a verdict already decides the status"
        return f"{event.stance} does not change {step.after}"
    if event.kind is EventKind.REPORTED:
        return "first reported"
    if event.kind is EventKind.EDITED:
        return "a correction; status unchanged"
    if event.kind is EventKind.REPORT_CHANGED:
        return "the outlet changed its report; status unchanged"
    return "repeated by another report; status unchanged"


def refresh_status(store: Store, claim_id: int) -> Status:
    """Store the status every recorded event gives. Views never show it as it is: they
    work the status out for their day (`status.as_of_day`); `list` filters on the
    stored one only while no response or verdict is dated after that day."""
    current = status_at(store.status_events(claim_id))
    store.set_status(claim_id, current)
    return current
