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
partial and full confirmations, then verdicts), then by their content, so the
result never depends on the order events were inserted. An event with no date
counts from the day it was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .models import Event, EventKind, Stance, Status

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


def _order_key(event: Event) -> tuple:
    precision = 1 if event.happened_on is None or event.happened_on.precise else 0
    stance_rank = _STANCE_RANK.get(event.stance, 0) if event.stance else 0
    return (
        effective_day(event),
        precision,
        _KIND_RANK[event.kind],
        stance_rank,
        event.verdict or "",
        event.who or "",
        event.text,
        event.recorded_at,
        event.ref_id or 0,
    )


def in_order(events) -> list[Event]:
    """Events in the canonical order every view uses."""
    return sorted(events, key=_order_key)


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
    """The status a claim had at the end of day `at` (or now, when `at` is None)."""
    status = Status.REPORTED
    for event in in_order(events):
        if at is not None and effective_day(event) > at:
            break
        status = _apply(status, event)
    return status


@dataclass(frozen=True)
class Step:
    """One event on a timeline with the status after it and why it changed."""

    event: Event
    before: Status
    after: Status

    @property
    def changed(self) -> bool:
        return self.before is not self.after


def history(events, at: date | None = None) -> list[Step]:
    steps: list[Step] = []
    status = Status.REPORTED
    for event in in_order(events):
        if at is not None and effective_day(event) > at:
            break
        after = _apply(status, event)
        steps.append(Step(event, status, after))
        status = after
    return steps


def explain(step: Step) -> str:
    """Why the status is what it is after this step, in one short phrase."""
    event = step.event
    if event.kind is EventKind.VERDICT:
        return f"verdict {event.verdict} sets the status"
    if event.kind is EventKind.RESPONSE:
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
