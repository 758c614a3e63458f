"""What an export covers: the claims passing the filters, each with its history as
known on the export's reference day, and the changes since a date for digests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..query import claim_detail, list_claims
from ..dates.partial import PartialDate
from ..errors import InputError
from ..models import ClaimDetail, ClaimQuery, EventKind
from ..status import Step, effective_day, history
from ..store import Store


@dataclass(frozen=True)
class ExportQuery:
    """Which claims to export; every field is optional."""

    since: PartialDate | None = None
    until: PartialDate | None = None
    subject: str | None = None
    status: str | None = None
    claim_id: int | None = None
    as_of: PartialDate | None = None
    changes_since: PartialDate | None = None

    @property
    def filtered(self) -> bool:
        """Whether the export covers less than the whole database."""
        return any(v is not None for v in (self.since, self.until, self.subject, self.status,
                                           self.claim_id, self.as_of))


@dataclass(frozen=True)
class RenderOptions:
    reviewer: str = "claimtrack user"  # ClaimReview's author: who reviewed the claims
    base_url: str | None = None  # where the reviews are published, for ClaimReview `url`
    generated: str | None = None  # a generation timestamp, only when asked for


@dataclass(frozen=True)
class ClaimRecord:
    detail: ClaimDetail
    steps: tuple[Step, ...]

    @property
    def claim(self):
        return self.detail.claim

    @property
    def first_day(self) -> date | None:
        if self.claim.first_reported is not None:
            return self.claim.first_reported.start
        return self.steps[0].day if self.steps else None

    @property
    def last_day(self) -> date | None:
        return self.steps[-1].day if self.steps else None


@dataclass(frozen=True)
class Selection:
    query: ExportQuery
    records: tuple[ClaimRecord, ...]  # oldest first
    reference_day: date | None  # "as of": --as-of, else the latest event exported
    reports: dict[int, dict]  # report id -> stored row
    entity_kinds: dict[str, str]  # canonical entity name -> kind


@dataclass(frozen=True)
class Change:
    """One step of one claim that happened, or was recorded, on or after a date."""

    record: ClaimRecord
    step: Step


def select(store: Store, query: ExportQuery, today: date) -> Selection:
    ids = _claim_ids(store, query, today)
    records = []
    for claim_id in ids:
        # Known at the end of --as-of, else of today: the day `list` and `show` use.
        detail = claim_detail(store, claim_id, query.as_of, today)
        records.append(ClaimRecord(detail, tuple(history(detail.events))))
    # Oldest story first, so the report reads (and the chart runs) forward in time.
    records.sort(key=lambda r: (r.first_day or date.max, r.claim.id))
    # Without --as-of the status is today's, which is also the status at the latest
    # event exported (nothing later counts yet); naming that day keeps the bytes the
    # same from one day to the next.
    reference = query.as_of.end if query.as_of else max(
        (r.last_day for r in records if r.last_day), default=None)
    reports = {row["id"]: row for row in store.export_reports()}
    kinds = {e["name"]: e["kind"] for e in store.export_entities()}
    return Selection(query, tuple(records), reference, reports, kinds)


def _claim_ids(store: Store, query: ExportQuery, today: date) -> list[int]:
    if query.claim_id is not None:
        store.get_claim(query.claim_id)  # NotFound names the id
        return [query.claim_id]
    if query.since and query.until and query.until.end < query.since.start:
        raise InputError(f"--until {query.until} is before --since {query.since}")
    found = list_claims(store, ClaimQuery(
        status=query.status, subject=query.subject, since=query.since, until=query.until,
        as_of=query.as_of,
    ), today)
    return [s.claim.id for s in found]


def changes(selection: Selection, since: PartialDate) -> list[Change]:
    """Steps that happened on or after `since`, or were recorded then (back-dated news
    learned recently counts as a change too), oldest first."""
    start = since.start.isoformat()
    found = []
    for record in selection.records:
        for step in record.steps:
            event = step.event
            if effective_day(event).isoformat() >= start or event.recorded_at[:10] >= start:
                found.append(Change(record, step))
    found.sort(key=lambda c: (c.step.day, c.record.claim.id))
    return found


def report_for(record: ClaimRecord, step: Step, reports: dict[int, dict]) -> dict | None:
    """The stored report a mention or response came from, if any."""
    event = step.event
    if event.kind in (EventKind.REPORTED, EventKind.MENTIONED):
        rows = [m.report_id for m in record.detail.mentions if m.id == event.ref_id]
    elif event.kind is EventKind.RESPONSE:
        rows = [r.report_id for r in record.detail.responses if r.id == event.ref_id]
    else:
        rows = []
    return reports.get(rows[0]) if rows and rows[0] is not None else None
