"""Claims as plain data: the documented `--json` shapes every command prints.

Keys only ever get added, never renamed; docs/json.md describes each shape.
"""

from __future__ import annotations

from ..models import Claim, ClaimDetail, Event, Mention, Response, VerdictRecord
from ..status import Step, explain


def _date(value) -> str | None:
    return str(value) if value is not None else None


def claim_json(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "text": claim.text,
        "status": claim.status.value,
        "source": claim.source,
        "anonymous": claim.anonymous,
        "subjects": list(claim.subjects),
        "first_reported": _date(claim.first_reported),
        "due": _date(claim.due),
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }


def summary_json(summary) -> dict:
    data = claim_json(summary.claim)
    data.update(
        status=summary.status.value,
        open=summary.status.is_open,
        mentions=summary.mentions,
        responses=summary.responses,
        origins=summary.origins,
        last_event=_date(summary.last_event),
        quiet_days=summary.quiet_days,
        overdue=summary.overdue,
    )
    return data


def chart_json(chart, summaries) -> dict:
    """`timeline --json` without an ID: the chart's days and, per claim, its status in each slot."""
    return {
        "start": str(chart.start) if chart else None,
        "end": str(chart.end) if chart else None,
        "claims": [summary_json(s) | {"slots": [x.value if x else None for x in row.slots]}
                   for s, row in zip(summaries, chart.rows if chart else [])],
    }


def mention_json(m: Mention) -> dict:
    return {
        "id": m.id,
        "sentence": m.sentence,
        "credited": m.credited,
        "mentioned_on": _date(m.mentioned_on),
        "url": m.url,
        "report_id": m.report_id,
        "report_title": m.report_title,
        "link_reason": m.link_reason,
        "recorded_at": m.recorded_at,
    }


def response_json(r: Response) -> dict:
    return {
        "id": r.id,
        "claim_id": r.claim_id,
        "responder": r.responder,
        "stance": r.stance.value,
        "quote": r.quote,
        "via": r.via,
        "responded_on": _date(r.responded_on),
        "url": r.url,
        "report_id": r.report_id,
        "recorded_at": r.recorded_at,
    }


def verdict_json(v: VerdictRecord) -> dict:
    return {
        "id": v.id,
        "claim_id": v.claim_id,
        "verdict": v.verdict.value,
        "decided_on": _date(v.decided_on),
        "evidence": v.evidence,
        "note": v.note,
        "recorded_at": v.recorded_at,
    }


def detail_json(detail: ClaimDetail) -> dict:
    data = claim_json(detail.claim)
    data["status"] = detail.status.value
    data["origins"] = detail.origins
    data["mentions"] = [mention_json(m) for m in detail.mentions]
    data["responses"] = [response_json(r) for r in detail.responses]
    data["verdicts"] = [verdict_json(v) for v in detail.verdicts]
    data["verdict"] = data["verdicts"][-1] if data["verdicts"] else None
    data["edits"] = [
        {"field": e.field, "old": e.old_value, "new": e.new_value, "recorded_at": e.recorded_at}
        for e in detail.edits
    ]
    return data


def event_json(step: Step) -> dict:
    e: Event = step.event
    return {
        "date": _date(e.happened_on) or e.recorded_at[:10],
        "kind": e.kind.value,
        "who": e.who,
        "stance": e.stance.value if e.stance else None,
        "verdict": e.verdict.value if e.verdict else None,
        "text": e.text,
        "via": e.via,
        "url": e.url,
        "status": step.after.value,
        "previous_status": step.before.value,
        "changed": step.changed,
        "why": explain(step),
        "recorded_at": e.recorded_at,
    }


def timeline_json(claim: Claim, steps: list[Step]) -> dict:
    return {"claim": claim_json(claim) | {"status": steps[-1].after.value if steps else claim.status.value},
            "events": [event_json(s) for s in steps]}
