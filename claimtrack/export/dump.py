"""The JSON dump (`export --format json`); reading it back in (`import`) is `load.py`.

The dump is complete for the claims it covers: their subjects, mentions, responses,
verdicts and edits, the reports those came from, the entities (with aliases) they
name and the match suggestions between them; a full dump also holds the user's
feeds and hooks. Records refer to each other by identity, not by row id, so a dump
loads into any database; docs/json.md describes the format and the identities.
"""

from __future__ import annotations

from ..dates.partial import PartialDate
from ..entities import starter_entities
from ..text.keys import name_key
from ..text.safe import json_dumps
from ..models import DUMP_FORMAT, DUMP_VERSION, Feed
from ..query import claim_detail
from ..store import Store
from .select import Selection

FORMAT, VERSION = DUMP_FORMAT, DUMP_VERSION


def _day(value) -> str | None:
    return str(value) if value is not None else None


# -- writing ------------------------------------------------------------------------


def render_dump(store: Store, selection: Selection) -> str:
    reports = selection.reports
    claims = [_claim(store, record, reports, selection.query.as_of)
              for record in sorted(selection.records, key=lambda r: r.claim.id)]
    used = {m["report"] for c in claims for m in c["mentions"] + c["responses"] if m["report"]}
    everything = not selection.query.filtered
    dump = {
        "format": FORMAT,
        "version": VERSION,
        "filters": _filters(selection),
        "entities": _entities(store, claims, everything),
        "reports": [_report(r) for r in reports.values() if everything or r["content_hash"] in used],
        "claims": claims,
        "suggestions": _suggestions(store, claims),
        # The user's configuration, not claims: only a full dump carries it.
        "feeds": [_feed(f) for f in store.feeds()] if everything else [],
        "hooks": [_hook(h) for h in store.hooks()] if everything else [],
    }
    return json_dumps(dump) + "\n"


def _filters(selection: Selection) -> dict:
    q = selection.query
    return {"since": _day(q.since), "until": _day(q.until), "subject": q.subject, "status": q.status,
            "claim": q.claim_id, "as_of": _day(q.as_of)}


def _report(row: dict) -> dict:
    keys = ("content_hash", "url", "title", "outlet", "author", "language", "published", "origin",
            "location", "recorded_at")
    return {k: row[k] for k in keys}


def _hash(reports: dict[int, dict], report_id: int | None) -> str | None:
    row = reports.get(report_id) if report_id is not None else None
    return row["content_hash"] if row else None


def _claim(store: Store, record, reports: dict[int, dict], as_of: PartialDate | None) -> dict:
    claim = record.claim
    # A dump is a backup: it keeps rows dated after today too (they do not count
    # toward today's status, which is the one written here).
    detail = claim_detail(store, claim.id, as_of)
    extracted = store.mention_extractions(claim.id)
    return {
        "id": claim.id,
        "text": claim.text,
        "status": record.detail.status.value,
        "source": claim.source,
        "anonymous": claim.anonymous,
        "subjects": list(claim.subjects),
        "first_reported": _day(claim.first_reported),
        "due": _day(claim.due),
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
        "mentions": [
            {"sentence": m.sentence, "extracted_text": extracted.get(m.id, {}).get("extracted_text"),
             "credited": m.credited, "mentioned_on": _day(m.mentioned_on), "url": m.url,
             "report": _hash(reports, m.report_id), "link_reason": extracted.get(m.id, {}).get("link_reason"),
             "recorded_at": m.recorded_at}
            for m in detail.mentions
        ],
        "responses": [
            {"responder": r.responder, "stance": r.stance.value, "quote": r.quote, "via": r.via,
             "responded_on": _day(r.responded_on), "url": r.url, "report": _hash(reports, r.report_id),
             "recorded_at": r.recorded_at}
            for r in detail.responses
        ],
        "verdicts": [
            {"verdict": v.verdict.value, "decided_on": _day(v.decided_on), "evidence": v.evidence,
             "note": v.note, "recorded_at": v.recorded_at}
            for v in detail.verdicts
        ],
        "edits": [
            {"field": e.field, "old": e.old_value, "new": e.new_value, "recorded_at": e.recorded_at}
            for e in detail.edits
        ],
    }


def _suggestions(store: Store, claims: list[dict]) -> list[dict]:
    """Suggestions between exported claims, naming each claim by its identity (text
    and first_reported), in the order they were made."""
    identity = {c["id"]: {"text": c["text"], "first_reported": c["first_reported"]} for c in claims}
    return [
        {"claim": identity[s["claim_id"]], "candidate": identity[s["candidate_id"]], "score": s["score"],
         "reason": s["reason"], "state": s["state"], "created_at": s["created_at"], "decided_at": s["decided_at"]}
        for s in store.suggestions(None)
        if s["claim_id"] in identity and s["candidate_id"] in identity
    ]


def _feed(feed: Feed) -> dict:
    # ETag, Last-Modified and the last check belong to the machine that polled.
    keys = ("name", "address", "kind", "format", "language", "full_text", "added_at")
    return {k: getattr(feed, k) for k in keys}


def _hook(row: dict) -> dict:
    return {"event": row["event"], "command": row["command"], "added_at": row["added_at"]}


def _entities(store: Store, claims: list[dict], everything: bool) -> list[dict]:
    """Entities the claims name; in a full dump also every entity the user added or
    gave new aliases (the shipped starter list is in every database already)."""
    named = set()
    for c in claims:
        named.update(n for n in [c["source"], *c["subjects"]] if n)
        named.update(m["credited"] for m in c["mentions"] if m["credited"])
        named.update(n for r in c["responses"] for n in (r["responder"], r["via"]) if n)
    shipped = {e.name: {name_key(a) for a in (e.name, *e.aliases)} for e in starter_entities()}
    rows = []
    for e in store.export_entities():
        changed = not e["starter"] or not {name_key(a) for a in e["aliases"]} <= shipped.get(e["name"], set())
        if e["name"] in named or (everything and changed):
            rows.append({"name": e["name"], "kind": e["kind"], "aliases": e["aliases"]})
    return sorted(rows, key=lambda e: (e["name"], e["kind"], e["aliases"]))
