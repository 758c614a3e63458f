"""Writes by hand: add, respond, resolve, edit and remove claims. Each write is one
transaction, and each leaves the claim's stored status as its events give it.

Reading claims back (detail, listings, timelines) is `query.py`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from . import query, status as status_rules
from .dates.partial import PartialDate
from .errors import InputError
from .models import Claim, ClaimChanges, ClaimDetail, NewClaim, NewResponse, NewVerdict, Response, VerdictRecord
from .store import Store
from .dates.clock import now_iso


def _clean(text: str | None, what: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise InputError(f"{what} must not be empty")
    return cleaned


def _clean_names(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))



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
        status_rules.refresh_status(store, claim_id)
    return next(r for r in store.responses(claim_id) if r.id == response_id)


def resolve(store: Store, claim_id: int, new: NewVerdict, today: date | None = None) -> VerdictRecord:
    _not_in_future(new.decided_on, "the verdict date", today)
    with store.write():
        _not_before_claim(new.decided_on, store.get_claim(claim_id), "the verdict date")
        verdict_id = store.insert_verdict(claim_id, new, now_iso())
        status_rules.refresh_status(store, claim_id)
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
    return query.claim_detail(store, claim_id, today=today or date.today()).claim


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
        detail = query.claim_detail(store, claim_id)
        store.remove_claim(claim_id, claim_snapshot(detail), now_iso())
    return detail.claim


def claim_snapshot(detail: ClaimDetail) -> dict:
    """What `removed_claims` keeps of a claim removed or merged away. Stored data, so
    the shape is its own, not a view's: key for key what `show --json` printed when
    snapshots began, and it stays so when the views change."""
    claim = detail.claim
    verdicts = [
        {"id": v.id, "claim_id": v.claim_id, "verdict": v.verdict.value, "decided_on": _text(v.decided_on),
         "evidence": v.evidence, "note": v.note, "recorded_at": v.recorded_at}
        for v in detail.verdicts
    ]
    return {
        "id": claim.id,
        "text": claim.text,
        "status": detail.status.value,
        "source": claim.source,
        "anonymous": claim.anonymous,
        "subjects": list(claim.subjects),
        "first_reported": _text(claim.first_reported),
        "due": _text(claim.due),
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
        "origins": detail.origins,
        "mentions": [
            {"id": m.id, "sentence": m.sentence, "credited": m.credited, "mentioned_on": _text(m.mentioned_on),
             "url": m.url, "report_id": m.report_id, "report_title": m.report_title,
             "link_reason": m.link_reason, "recorded_at": m.recorded_at}
            for m in detail.mentions
        ],
        "responses": [
            {"id": r.id, "claim_id": r.claim_id, "responder": r.responder, "stance": r.stance.value,
             "quote": r.quote, "via": r.via, "responded_on": _text(r.responded_on), "url": r.url,
             "report_id": r.report_id, "recorded_at": r.recorded_at}
            for r in detail.responses
        ],
        "verdicts": verdicts,
        "verdict": verdicts[-1] if verdicts else None,
        "edits": [
            {"field": e.field, "old": e.old_value, "new": e.new_value, "recorded_at": e.recorded_at}
            for e in detail.edits
        ],
    }
