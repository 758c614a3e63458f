"""The library the CLI, the tests and cron all call: add, respond, resolve, edit,
remove, list and explain claims. Each write is one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import status as status_rules
from .dates import PartialDate
from .errors import InputError, NotFound
from .models import (
    Claim,
    ClaimChanges,
    ClaimDetail,
    ClaimQuery,
    NewClaim,
    NewResponse,
    NewVerdict,
    Response,
    Status,
    VerdictRecord,
)
from .store import Store
from .timeutil import now_iso

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


def _clean(text: str | None, what: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise InputError(f"{what} must not be empty")
    return cleaned


def _clean_names(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def refresh_status(store: Store, claim_id: int) -> Status:
    current = status_rules.status_at(store.status_events(claim_id))
    store.set_status(claim_id, current)
    return current


def add_claim(store: Store, new: NewClaim) -> Claim:
    new = replace(
        new,
        text=_clean(new.text, "claim text"),
        source=(new.source or "").strip() or None,
        subjects=_clean_names(new.subjects),
    )
    if not new.subjects:
        raise InputError("a claim needs at least one --subject")
    with store.write():
        claim_id = store.insert_claim(new, now_iso())
    return store.get_claim(claim_id)


def respond(store: Store, claim_id: int, new: NewResponse) -> Response:
    new = replace(
        new,
        responder=_clean(new.responder, "responder (--by)"),
        quote=_clean(new.quote, "quote"),
        via=(new.via or "").strip() or None,
    )
    with store.write():
        store.get_claim(claim_id)
        response_id = store.insert_response(claim_id, new, now_iso())
        refresh_status(store, claim_id)
    return next(r for r in store.responses(claim_id) if r.id == response_id)


def resolve(store: Store, claim_id: int, new: NewVerdict) -> VerdictRecord:
    with store.write():
        store.get_claim(claim_id)
        verdict_id = store.insert_verdict(claim_id, new, now_iso())
        refresh_status(store, claim_id)
    return next(v for v in store.verdicts(claim_id) if v.id == verdict_id)


def edit_claim(store: Store, claim_id: int, changes: ClaimChanges) -> Claim:
    """Apply corrections; each changed field is logged so history stays explainable."""
    recorded_at = now_iso()
    with store.write():
        claim = store.get_claim(claim_id)
        fields: dict = {}
        logged: list[tuple[str, str | None, str | None]] = []
        if changes.text is not None:
            text = _clean(changes.text, "claim text")
            if text != claim.text:
                fields["text"] = text
                logged.append(("text", claim.text, text))
        if changes.source is not None:
            source = changes.source.strip() or None
            if source != claim.source:
                fields["source_id"] = store.entity_id(source) if source else None
                logged.append(("source", claim.source, source))
        if changes.anonymous is not None and changes.anonymous != claim.anonymous:
            fields["anonymous"] = int(changes.anonymous)
            logged.append(("anonymous", str(claim.anonymous).lower(), str(changes.anonymous).lower()))
        for name in ("first_reported", "due"):
            value = getattr(changes, name)
            if value is not None and value != getattr(claim, name):
                fields[name] = str(value)
                logged.append((name, _text(getattr(claim, name)), str(value)))
        subjects = None
        if changes.subjects is not None:
            subjects = _clean_names(changes.subjects)
            if not subjects:
                raise InputError("a claim needs at least one subject")
            if subjects != claim.subjects:
                logged.append(("subjects", ", ".join(claim.subjects), ", ".join(subjects)))
            else:
                subjects = None
        if not logged:
            raise InputError("nothing to change: give at least one new value")
        if fields:
            store.update_claim_fields(claim_id, fields, recorded_at)
        if subjects is not None:
            store.set_subjects(claim_id, subjects)
        if "text" in fields:
            store.index_claim_text(claim_id, fields["text"])
        for field, old, new in logged:
            store.log_edit(claim_id, field, old, new, recorded_at)
    return store.get_claim(claim_id)


def _text(value) -> str | None:
    return str(value) if value is not None else None


def remove_claim(store: Store, claim_id: int) -> Claim:
    """Delete a claim and what hangs on it, keeping a snapshot in `removed_claims`."""
    with store.write():
        detail = claim_detail(store, claim_id)
        from .views import detail_json  # the snapshot has the same shape as `show --json`

        store.remove_claim(claim_id, detail_json(detail), now_iso())
    return detail.claim


def claim_detail(store: Store, claim_id: int, as_of: PartialDate | None = None) -> ClaimDetail:
    claim = store.get_claim(claim_id)
    cutoff = as_of.end if as_of else None
    events = store.events(claim_id)
    if cutoff is not None and claim.first_reported is not None and claim.first_reported.start > cutoff:
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
        claim=claim,
        status=current,
        mentions=mentions,
        responses=responses,
        verdicts=verdicts,
        edits=edits,
        events=tuple(step.event for step in steps),
        origins=store.origin_counts([claim_id])[claim_id],
    )


def timeline(store: Store, claim_id: int, as_of: PartialDate | None = None):
    """A claim and its history: each event with the status before and after it."""
    detail = claim_detail(store, claim_id, as_of)
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
    # Today's status is kept on the claim row; a past moment needs the events.
    status_in_sql = query.as_of is None
    if query.overdue_days is None:
        ids = store.find_claim_ids(query, status_in_sql=status_in_sql)
    else:
        ids = _overdue_ids(store, query, today)
    at = query.as_of.end if query.as_of else today
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
    return ClaimSummary(claim, current, counts[0], counts[1], origins, last, quiet, overdue, tuple(steps))


def status_chart(store: Store, subject: str | None, as_of: PartialDate | None, today: date, width: int):
    """The chart behind `timeline --subject`: every claim about the subject, or all open ones."""
    from .timeline import chart_of_histories

    query = ClaimQuery(subject=subject, status=None if subject else "open", as_of=as_of)
    summaries = list(reversed(list_claims(store, query, today)))  # oldest at the top
    end = as_of.end if as_of else today
    # Each summary's steps are its history up to `end`, which is all the chart shows.
    return chart_of_histories([(s.claim, s.steps) for s in summaries], end, width), summaries
