"""Reading claims back: one claim in detail, listings, timelines, overdue claims and
the outcomes track records score. Every status here is worked out for one day
(`status.as_of_day`) from the claim's events; nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import status as status_rules
from .dates.partial import PartialDate
from .errors import InputError, NotFound
from .models import Claim, ClaimDetail, ClaimQuery, EventKind, Stance, Status
from .store import Store

STATUS_FILTERS = ("open", *(s.value for s in Status))
LOAD_PAGE = 400  # claims whose rows list_claims reads together
QUIET_DAYS = 90  # an open claim with no dated mention or response for this long is overdue

@dataclass(frozen=True)
class ClaimSummary:
    """A claim as a listing shows it, with its status at the moment asked about."""

    claim: Claim
    status: Status
    mentions: int
    responses: int
    origins: int  # independent origins: twenty write-ups of one scoop count once
    last_event: PartialDate | None
    quiet_days: int | None  # days since the last event, for open claims
    overdue: bool  # an open claim whose due date has passed
    steps: tuple[status_rules.Step, ...] = ()  # its history up to the moment asked about, for charts


def claim_detail(store: Store, claim_id: int, as_of: PartialDate | None = None,
                 today: date | None = None) -> ClaimDetail:
    """A claim with what was known at the end of `as_of`, else of `today`; with
    neither (a snapshot before removal), everything recorded."""
    claim = store.get_claim(claim_id)
    cutoff = status_rules.as_of_day(as_of, today) if (as_of or today) else None
    events = store.events(claim_id)
    if as_of is not None and claim.first_reported is not None and claim.first_reported.start > cutoff:
        raise NotFound(f"claim {claim_id} was first reported on {claim.first_reported}, after {as_of}")

    def known(day: PartialDate | None, recorded_at: str) -> bool:
        when = day.start if day else date.fromisoformat(recorded_at[:10])
        return cutoff is None or when <= cutoff

    mentions = tuple(m for m in store.mentions(claim_id) if known(m.mentioned_on, m.recorded_at))
    responses = tuple(r for r in store.responses(claim_id) if known(r.responded_on, r.recorded_at))
    verdicts = tuple(v for v in store.verdicts(claim_id) if known(v.decided_on, v.recorded_at))
    edits = tuple(e for e in store.edits(claim_id) if known(None, e.recorded_at))
    steps = status_rules.history(events, cutoff)
    current = steps[-1].after if steps else Status.REPORTED
    return ClaimDetail(
        claim=replace(claim, status=current),
        status=current,
        mentions=mentions,
        responses=responses,
        verdicts=verdicts,
        edits=edits,
        events=tuple(step.event for step in steps),
        origins=store.origin_counts([claim_id])[claim_id],
    )


def timeline(store: Store, claim_id: int, as_of: PartialDate | None = None, today: date | None = None):
    """A claim and its history: each event with the status before and after it."""
    detail = claim_detail(store, claim_id, as_of, today)
    return detail.claim, status_rules.history(detail.events)


def overdue_claims(store: Store, today: date, quiet_days: int = QUIET_DAYS) -> list[dict]:
    """Open claims that need a look: past their due date (reason "overdue"), or
    quiet, with no mention or response dated in the last `quiet_days` days ("quiet").
    Overdue first, then the quietest.

    One query over the open claims, not a status computation per claim: cron runs
    this every time, also on databases with years of claims."""
    if quiet_days < 0:
        raise InputError("--quiet-days must be zero or more")
    return [{"claim_id": row["id"], "text": row["text"], "status": row["status"],
             "reason": "overdue" if row["overdue"] else "quiet", "due": row["due"], "quiet_days": row["quiet_days"]}
            for row in store.overdue_claims(today, quiet_days)]


def overdue_why(flagged: dict) -> str:
    """Why a claim is overdue, in a few words: "due 2021-06" or "quiet for 120 days"."""
    if flagged["reason"] == "overdue":
        return f"due {flagged['due']}"
    return f"quiet for {flagged['quiet_days']} days"


def list_claims(store: Store, query: ClaimQuery, today: date) -> list[ClaimSummary]:
    if query.status is not None and query.status not in STATUS_FILTERS:
        raise InputError(f"unknown status {query.status!r}: choose from {', '.join(STATUS_FILTERS)}")
    if query.limit is not None and query.limit < 0:
        raise InputError("--limit must be zero or more")
    at = status_rules.as_of_day(query.as_of, today)
    # The claim row keeps the status every event gives, which is today's unless a
    # response or verdict is dated later (or a past moment is asked about).
    status_in_sql = query.as_of is None and not store.status_events_after(at)
    if query.overdue_days is None:
        ids = store.find_claim_ids(query, status_in_sql=status_in_sql)
    else:
        ids = _overdue_ids(store, query, today)
    summaries: list[ClaimSummary] = []
    # A page of claims at a time: each table is read once per page rather than once
    # per claim, and a --limit that SQL could not apply (a status as of a past day)
    # stops the reading early.
    for start in range(0, len(ids), LOAD_PAGE):
        page = ids[start:start + LOAD_PAGE]
        counts, origins, events_of = store.mention_counts(page), store.origin_counts(page), store.events_of(page)
        for claim in store.claims_by_id(page):
            steps = status_rules.history(events_of[claim.id], at)
            current = steps[-1].after if steps else Status.REPORTED
            if not status_in_sql and query.status and not _status_matches(current, query.status):
                continue
            summaries.append(_summary(claim, current, steps, counts.get(claim.id, (0, 0)), origins.get(claim.id, 0), at))
            if query.limit is not None and len(summaries) >= query.limit:
                return summaries
    return summaries


def _overdue_ids(store: Store, query: ClaimQuery, today: date) -> list[int]:
    """The claims `update` counts as overdue, in the listing's order, within the other filters."""
    if query.as_of is not None:
        raise InputError("--overdue is about today; it cannot be combined with --as-of")
    wanted = {f["claim_id"] for f in overdue_claims(store, today, query.overdue_days)}
    listed = store.find_claim_ids(replace(query, limit=None), status_in_sql=True)
    return [claim_id for claim_id in listed if claim_id in wanted][:query.limit]


def _status_matches(status: Status, wanted: str) -> bool:
    return status.is_open if wanted == "open" else status.value == wanted


def _summary(claim: Claim, current: Status, steps, counts, origins: int, at: date) -> ClaimSummary:
    last = max((s.event.happened_on for s in steps if s.event.happened_on), default=None)
    quiet = (at - last.start).days if (current.is_open and last) else None
    overdue = bool(current.is_open and claim.due and claim.due.end < at)
    return ClaimSummary(replace(claim, status=current), current, counts[0], counts[1], origins, last, quiet, overdue,
                        tuple(steps))


def claim_outcomes(store: Store, today: date) -> list[dict]:
    """Per claim, what `track_record` scores: originator, first report, and the verdict
    and denials that count today, worked out as every view works out a status."""
    rows = store.claim_outcomes()
    events_of = store.events_of([r["id"] for r in rows])
    for row in rows:
        steps = status_rules.history(events_of[row["id"]], today)
        status = steps[-1].after if steps else Status.REPORTED
        verdicts = [s.event for s in steps if s.event.kind is EventKind.VERDICT]
        row["verdict"] = None if status.is_open else status.value
        row["decided_on"] = str(verdicts[-1].happened_on) if verdicts and verdicts[-1].happened_on else None
        row["denied"] = any(s.event.stance is Stance.DENY for s in steps)
    return rows


def chart_claims(store: Store, subject: str | None, as_of: PartialDate | None, today: date) -> tuple[list[ClaimSummary], date]:
    """What `timeline --subject` charts: every claim about the subject, or all open
    ones, oldest first, each with its history up to the chart's last day; and that day."""
    query = ClaimQuery(subject=subject, status=None if subject else "open", as_of=as_of)
    summaries = list(reversed(list_claims(store, query, today)))  # oldest at the top
    return summaries, (as_of.end if as_of else today)
