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
    EventKind,
    NewClaim,
    NewResponse,
    NewVerdict,
    Response,
    Stance,
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
    """Store the status every recorded event gives. Views never show it as it is: they
    work the status out for their day (`status.as_of_day`); `list` filters on the
    stored one only while no response or verdict is dated after that day."""
    current = status_rules.status_at(store.status_events(claim_id))
    store.set_status(claim_id, current)
    return current


def _not_in_future(day: PartialDate | None, what: str, today: date | None) -> None:
    today = today or date.today()
    if day is not None and day.start > today:
        raise InputError(f"{what} {day} is in the future (today is {today}): nothing recorded")


def _not_before_claim(day: PartialDate | None, claim: Claim, what: str) -> None:
    """Refuse what cannot be: a verdict settles a claim that must already exist."""
    first = claim.first_reported
    if day is not None and first is not None and day.end < first.start:
        raise InputError(f"{what} {day} is before claim {claim.id} was first reported ({first}): nothing recorded")


def add_claim(store: Store, new: NewClaim, today: date | None = None) -> Claim:
    new = replace(
        new,
        text=_clean(new.text, "claim text"),
        source=(new.source or "").strip() or None,
        subjects=_clean_names(new.subjects),
    )
    if not new.subjects:
        raise InputError("a claim needs at least one --subject")
    _not_in_future(new.reported_on, "the first-report date", today)
    with store.write():
        claim_id = store.insert_claim(new, now_iso())
    return store.get_claim(claim_id)


def respond(store: Store, claim_id: int, new: NewResponse, today: date | None = None) -> Response:
    """Record a response. It may be dated before the claim's first report (a party can
    deny a rumour before the first report we have); the timeline still starts there."""
    new = replace(
        new,
        responder=_clean(new.responder, "responder (--by)"),
        quote=_clean(new.quote, "quote"),
        via=(new.via or "").strip() or None,
    )
    _not_in_future(new.responded_on, "the response date", today)
    with store.write():
        store.get_claim(claim_id)
        response_id = store.insert_response(claim_id, new, now_iso())
        refresh_status(store, claim_id)
    return next(r for r in store.responses(claim_id) if r.id == response_id)


def resolve(store: Store, claim_id: int, new: NewVerdict, today: date | None = None) -> VerdictRecord:
    _not_in_future(new.decided_on, "the verdict date", today)
    with store.write():
        _not_before_claim(new.decided_on, store.get_claim(claim_id), "the verdict date")
        verdict_id = store.insert_verdict(claim_id, new, now_iso())
        refresh_status(store, claim_id)
    return next(v for v in store.verdicts(claim_id) if v.id == verdict_id)


def edit_claim(store: Store, claim_id: int, changes: ClaimChanges, today: date | None = None) -> Claim:
    """Apply corrections; each changed field is logged so history stays explainable."""
    recorded_at = now_iso()
    _not_in_future(changes.first_reported, "the first-report date", today)
    with store.write():
        claim = store.get_claim(claim_id)
        if changes.first_reported is not None:
            _no_verdict_before(store, replace(claim, first_reported=changes.first_reported))
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
    return claim_detail(store, claim_id, today=today or date.today()).claim


def _no_verdict_before(store: Store, claim: Claim) -> None:
    for verdict in store.verdicts(claim.id):
        if verdict.decided_on is not None and verdict.decided_on.end < claim.first_reported.start:
            raise InputError(f"claim {claim.id} has a verdict dated {verdict.decided_on}: it cannot have been "
                             f"first reported on {claim.first_reported}; nothing changed")


def _text(value) -> str | None:
    return str(value) if value is not None else None


def remove_claim(store: Store, claim_id: int) -> Claim:
    """Delete a claim and what hangs on it, keeping a snapshot in `removed_claims`."""
    with store.write():
        detail = claim_detail(store, claim_id)
        from .views import detail_json  # the snapshot has the same shape as `show --json`

        store.remove_claim(claim_id, detail_json(detail), now_iso())
    return detail.claim


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


def status_chart(store: Store, subject: str | None, as_of: PartialDate | None, today: date, width: int):
    """The chart behind `timeline --subject`: every claim about the subject, or all open ones."""
    from .timeline import chart_of_histories

    query = ClaimQuery(subject=subject, status=None if subject else "open", as_of=as_of)
    summaries = list(reversed(list_claims(store, query, today)))  # oldest at the top
    end = as_of.end if as_of else today
    # Each summary's steps are its history up to `end`, which is all the chart shows.
    return chart_of_histories([(s.claim, s.steps) for s in summaries], end, width), summaries
