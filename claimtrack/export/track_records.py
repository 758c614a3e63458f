"""Source track records for the exported claims, scored exactly as everywhere else
in claimtrack (`track_record.py`: true a hit, partly_true half, Wilson interval)."""

from __future__ import annotations

from ..models import Stance, Status
from ..track_record import SourceRecord, track_records

# The verdicts that say whether a claim was right; `unresolvable` says nothing.
SCORED = (Status.TRUE, Status.PARTLY_TRUE, Status.FALSE, Status.RETRACTED)


def export_track_records(records) -> list[SourceRecord]:
    """One row per originator of the exported claims, best-supported first."""
    outcomes = []
    for record in records:
        claim, detail = record.claim, record.detail
        verdict = None if detail.status.is_open else detail.status.value
        decided = detail.verdicts[-1].decided_on if detail.verdicts else None
        outcomes.append({
            "id": claim.id, "source": claim.source, "anonymous": claim.anonymous,
            "first_reported": str(claim.first_reported) if claim.first_reported else None,
            "verdict": verdict, "decided_on": str(decided) if decided and verdict else None,
            "denied": any(r.stance is Stance.DENY for r in detail.responses),
        })
    return track_records(outcomes)
