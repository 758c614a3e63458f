"""Claims as plain data: the documented `--json` shapes every command prints.

Keys only ever get added, never renamed; docs/json.md describes each shape.
"""

from __future__ import annotations

from ..models import Claim, ClaimDetail, Event, Feed, Mention, Response, VerdictRecord
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


def summaries_json(summaries) -> list[dict]:
    """`list --json`."""
    return [summary_json(s) for s in summaries]


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


def extraction_json(extraction, explain: bool = False) -> dict:
    """`extract --json`: the report, claims and responses; with --explain each item's
    sentence and the cue that fired."""
    data = extraction.to_json()
    if explain:
        for item, found in zip(data["claims"], extraction.claims):
            item["sentence"], item["cue"] = found.sentence, found.cue
        for item, found in zip(data["responses"], extraction.responses):
            item["sentence"], item["cue"] = found.sentence, found.cue
    return data


def eval_json(result, verbose: bool = False) -> dict:
    """`eval --json`: the scores; with --verbose, per file too."""
    data = result.to_json()
    if not verbose:
        data.pop("per_file")
    return data


def records_json(records) -> list[dict]:
    """`sources --json`: each originator's track record."""
    return [r.as_json() for r in records]


FEED_KEYS = ("id", "name", "address", "kind", "format", "language", "full_text", "added_at",
             "last_checked_at", "last_outcome", "last_error", "entries_seen")


def feed_json(feed: Feed) -> dict:
    """`feed add --json`, and each feed of `feed list --json`."""
    return {k: getattr(feed, k) for k in FEED_KEYS}


def feeds_json(feeds: list[Feed]) -> list[dict]:
    return [feed_json(f) for f in feeds]


def answer_json(response: Response, detail: ClaimDetail) -> dict:
    """`respond --json`: the response, and the status it leaves the claim in."""
    return response_json(response) | {"claim_status": detail.status.value}


def settled_json(verdict: VerdictRecord, detail: ClaimDetail) -> dict:
    """`resolve --json`: the verdict, and the status it leaves the claim in."""
    return verdict_json(verdict) | {"claim_status": detail.status.value}


def removed_json(claim: Claim) -> dict:
    """`rm --json`: the claim as it was, marked removed."""
    return claim_json(claim) | {"removed": True}


def rejected_json(suggestion_id: int) -> dict:
    """`review --reject N --json`."""
    return {"id": suggestion_id, "state": "rejected"}


def suggestions_json(found) -> list[dict]:
    """`review --json`: each suggestion with both claims."""
    return [{"id": s.id, "claim": claim_json(s.claim), "candidate": claim_json(s.candidate),
             "score": s.score, "reason": s.reason, "state": s.state} for s in found]


REPORT_KEYS = ("id", "title", "outlet", "published", "url", "location", "language", "claims", "responses",
               "recorded_at")


def reports_json(rows: list[dict]) -> list[dict]:
    """`reports --json`."""
    return [{k: r[k] for k in REPORT_KEYS} for r in rows]


def ingest_json(summary) -> dict:
    """`ingest --json`: the run's counts and per-report outcomes."""
    return summary.as_json()


def update_json(result) -> dict:
    """`update --json`: the run's counts, feeds, changes, events, hook calls and newly overdue claims."""
    return result.as_json()


def load_json(result) -> dict:
    """`import --json`: what was added."""
    return result.as_json()
