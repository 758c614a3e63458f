"""A claim's rows as events: what status.py and the timeline read.

No mixin and no SQL: `events_from` and `report_change_event` turn rows HistoryRows
read into `Event`s (used by history.py; the package exports both too).
"""

from __future__ import annotations

from ..dates.partial import PartialDate
from ..models import Event, EventKind


def events_from(mentions, responses, verdicts, edits) -> list[Event]:
    events: list[Event] = []
    first = min(
        mentions,
        key=lambda m: (m.mentioned_on.sort_key() if m.mentioned_on else (PartialDate.parse(m.recorded_at[:10]).sort_key()), m.id),
        default=None,
    )
    for m in mentions:
        events.append(Event(
            kind=EventKind.REPORTED if m is first else EventKind.MENTIONED,
            happened_on=m.mentioned_on, recorded_at=m.recorded_at, who=m.credited,
            text=m.sentence, url=m.url, ref_id=m.id,
        ))
    for r in responses:
        events.append(Event(
            kind=EventKind.RESPONSE, happened_on=r.responded_on, recorded_at=r.recorded_at,
            who=r.responder, stance=r.stance, text=r.quote, via=r.via, url=r.url, ref_id=r.id,
        ))
    for v in verdicts:
        events.append(Event(
            kind=EventKind.VERDICT, happened_on=v.decided_on, recorded_at=v.recorded_at,
            verdict=v.verdict, text=v.note or "", url=v.evidence, ref_id=v.id,
        ))
    for e in edits:
        events.append(Event(
            kind=EventKind.EDITED, happened_on=PartialDate.parse(e.recorded_at[:10]),
            recorded_at=e.recorded_at, text=f"{e.field}: {e.old_value or '—'} → {e.new_value or '—'}",
            ref_id=e.id,
        ))
    return events


def report_change_event(change: dict, claim_id: int) -> Event:
    """A stealth edit seen by `update` as an event on the claims the report carries."""
    title = change.get("report_title") or change.get("url") or f"report {change['report_id']}"
    if change["kind"] == "removed":
        text = f"{title}: page removed"
    elif change["kind"] == "headline":
        text = f"headline changed: {change.get('old_value') or '—'} → {change.get('new_value') or '—'}"
    else:
        gone = [g["sentence"] for g in (change.get("detail") or {}).get("sentences_gone") or []
                if g.get("claim_id") == claim_id]
        text = f"{title}: body changed" + (f"; no longer says: {' / '.join(gone)}" if gone else "")
    detected = change["detected_at"]
    return Event(kind=EventKind.REPORT_CHANGED, happened_on=PartialDate.parse(detected[:10]),
                 recorded_at=detected, text=text, url=change.get("url"), ref_id=change["id"])
