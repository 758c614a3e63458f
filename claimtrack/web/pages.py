"""What the web view's own pages show, read through the library as the CLI reads it:
a claim with its mentions, responses, verdict and status over time; sources ranked
by track record. Plain dicts for the templates; links are http(s) or None."""

from __future__ import annotations

from datetime import date

from .. import query, status as status_rules
from ..dates.partial import PartialDate
from ..models import EventKind, Stance
from ..store import Store
from ..text.safe import safe_url, visible
from ..track_record import track_records
from .timeline import legend, timeline_svg


def claim_page(store: Store, claim_id: int, today: date, as_of: PartialDate | None = None) -> dict:
    """Everything the claim page shows, as known at the end of `as_of` (else today);
    NotFound when there is no such claim, or it was not reported yet on that day."""
    detail = query.claim_detail(store, claim_id, as_of, today=today)
    steps = status_rules.history(detail.events)
    day = status_rules.as_of_day(as_of, today)
    claim = detail.claim
    verdict = detail.verdicts[-1] if detail.verdicts else None
    return {
        "claim": {
            "id": claim.id,
            "text": visible(claim.text),
            "source": visible(claim.source) or None,
            "anonymous": claim.anonymous,
            "subjects": [visible(s) for s in claim.subjects],
            "first_reported": _day(claim.first_reported),
            "due": _day(claim.due),
            "status": detail.status.value,
            "origins": detail.origins,
        },
        "mentions": [{
            "date": _day(m.mentioned_on),
            "outlet": visible(m.report_outlet) or None,
            "credited": visible(m.credited) or None,
            "title": visible(m.report_title) or None,
            "sentence": visible(m.sentence),
            "link": safe_url(m.url),
        } for m in detail.mentions],
        "responses": [{
            "date": _day(r.responded_on),
            "responder": visible(r.responder),
            "stance": r.stance.value,
            "denial": r.stance is Stance.DENY,
            "quote": visible(r.quote),
            "via": visible(r.via) or None,
            "link": safe_url(r.url),
        } for r in detail.responses],
        "verdict": None if verdict is None else {
            "verdict": verdict.verdict.value,
            "date": _day(verdict.decided_on),
            "evidence": visible(verdict.evidence) or None,
            "evidence_link": safe_url(verdict.evidence),
            "note": visible(verdict.note) or None,
        },
        "steps": [{
            "date": str(step.day),
            "kind": step.event.kind.value,
            "who": visible(step.event.who) or None,
            "status": step.after.value,
            "changed": step.changed or step.event.kind is EventKind.VERDICT,
            "why": visible(status_rules.explain(step)),
        } for step in steps],
        "timeline_svg": timeline_svg(steps, day),
        "legend": legend(steps),
        "as_of": None if as_of is None else str(as_of),
    }


def sources_page(store: Store, today: date) -> list[dict]:
    """Originators ranked as `claimtrack sources` ranks them, unnamed people last."""
    records = track_records(query.claim_outcomes(store, today))
    return [record.as_json() | {"originator": visible(record.originator)} for record in records]


def _day(value) -> str | None:
    return None if value is None else str(value)
