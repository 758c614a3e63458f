"""The vocabulary every stage speaks: stances, verdicts, statuses and the records
that flow from a report to the store and out to the views."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .dates.partial import PartialDate


class Stance(StrEnum):
    """How a party with standing reacted to a claim."""

    CONFIRM = "confirm"
    DENY = "deny"
    UNAWARE = "unaware"
    NO_COMMENT = "no_comment"
    PARTIAL = "partial"


class Verdict(StrEnum):
    """How a claim turned out, decided by the user or an official record."""

    TRUE = "true"
    FALSE = "false"
    PARTLY_TRUE = "partly_true"
    RETRACTED = "retracted"
    UNRESOLVABLE = "unresolvable"


# Built once: `is_open` runs for every claim on every day of a chart.
_VERDICT_VALUES = frozenset(v.value for v in Verdict)


class Status(StrEnum):
    """A claim's status at a moment; see status.py for how it is derived."""

    REPORTED = "reported"
    UNANSWERED = "unanswered"
    DENIED = "denied"
    PARTLY_CONFIRMED = "partly_confirmed"
    CONFIRMED = "confirmed"
    TRUE = "true"
    FALSE = "false"
    PARTLY_TRUE = "partly_true"
    RETRACTED = "retracted"
    UNRESOLVABLE = "unresolvable"

    @property
    def is_open(self) -> bool:
        return self._value_ not in _VERDICT_VALUES  # (_value_: `.value` is a slower descriptor)


class EventKind(StrEnum):
    REPORTED = "reported"  # the first mention: the claim enters the record
    MENTIONED = "mentioned"  # a later report repeats it
    RESPONSE = "response"
    VERDICT = "verdict"
    EDITED = "edited"  # a correction by the user; never changes status
    REPORT_CHANGED = "report_changed"  # an outlet edited or removed a report (stealth edit)


class UpdateEvent(StrEnum):
    """What an update run tells hooks about (and names in its JSON)."""

    NEW_CLAIM = "new-claim"
    NEW_RESPONSE = "new-response"
    STATUS_CHANGE = "status-change"


LANGUAGES = ("zh", "en")  # the languages a report, feed or claim can be in

# The JSON dump's name and version, written by export/dump.py and read by load.py.
# Version 2 added mentions' extracted_text and link_reason, suggestions, feeds and
# hooks; a version-1 file still loads (those are simply absent from it).
DUMP_FORMAT = "claimtrack-export"
DUMP_VERSION = 2


@dataclass(frozen=True)
class Entity:
    id: int
    name: str
    kind: str = "unknown"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """One article or post, parsed: what every reader returns."""

    text: str
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    language: str = "und"
    published: PartialDate | None = None
    url: str | None = None
    origin: str = "file"  # file, url, feed or manual
    location: str | None = None  # the path or address it was read from
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    id: int
    claim_id: int
    sentence: str
    credited: str | None
    mentioned_on: PartialDate | None
    recorded_at: str
    url: str | None = None
    report_id: int | None = None
    report_title: str | None = None
    report_outlet: str | None = None
    link_reason: str | None = None  # why ingest linked this mention to its claim


@dataclass(frozen=True)
class Response:
    id: int
    claim_id: int
    responder: str
    stance: Stance
    quote: str
    via: str | None
    responded_on: PartialDate | None
    recorded_at: str
    url: str | None = None
    report_id: int | None = None


@dataclass(frozen=True)
class VerdictRecord:
    id: int
    claim_id: int
    verdict: Verdict
    decided_on: PartialDate | None
    recorded_at: str
    evidence: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Edit:
    id: int
    claim_id: int
    field: str
    old_value: str | None
    new_value: str | None
    recorded_at: str


@dataclass(frozen=True)
class Claim:
    id: int
    text: str
    source: str | None
    anonymous: bool
    subjects: tuple[str, ...]
    first_reported: PartialDate | None
    due: PartialDate | None
    status: Status
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Event:
    """Something that happened to a claim at a time.

    `happened_on` is when it happened in the world (possibly back-dated, possibly
    only a month); `recorded_at` is when claimtrack learned of it.
    """

    kind: EventKind
    happened_on: PartialDate | None
    recorded_at: str
    who: str | None = None
    stance: Stance | None = None
    verdict: Verdict | None = None
    text: str = ""
    via: str | None = None
    url: str | None = None
    ref_id: int | None = None


@dataclass(frozen=True)
class ClaimDetail:
    """A claim with everything known about it up to `as_of`."""

    claim: Claim
    status: Status
    mentions: tuple[Mention, ...]
    responses: tuple[Response, ...]
    verdicts: tuple[VerdictRecord, ...]
    edits: tuple[Edit, ...]
    events: tuple[Event, ...]
    origins: int = 0  # independent origins among the mentions


@dataclass(frozen=True)
class ClaimQuery:
    """Filters for listing claims; every field is optional."""

    status: str | None = None  # a Status value, or "open"
    subject: str | None = None
    source: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    search: str | None = None
    limit: int | None = None
    as_of: PartialDate | None = None
    overdue_days: int | None = None  # only overdue claims, quiet ones counted after this many days


@dataclass(frozen=True)
class NewClaim:
    text: str
    source: str | None
    subjects: tuple[str, ...]
    anonymous: bool = False
    reported_on: PartialDate | None = None
    url: str | None = None
    due: PartialDate | None = None
    sentence: str | None = None  # the report's exact words, when they differ from text
    report_id: int | None = None


@dataclass(frozen=True)
class NewResponse:
    responder: str
    stance: Stance
    quote: str
    via: str | None = None
    responded_on: PartialDate | None = None
    url: str | None = None
    report_id: int | None = None


@dataclass(frozen=True)
class NewVerdict:
    verdict: Verdict
    decided_on: PartialDate | None = None
    evidence: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ClaimChanges:
    """What `edit` may change; None leaves a field as it is."""

    text: str | None = None
    source: str | None = None
    anonymous: bool | None = None
    subjects: tuple[str, ...] | None = None
    first_reported: PartialDate | None = None
    due: PartialDate | None = None


@dataclass(frozen=True)
class Feed:
    """A feed `update` polls: an RSS or Atom address, a page, or a local folder."""

    id: int
    name: str
    address: str
    kind: str  # url or folder
    format: str | None = None  # rss, atom, rdf or page, once polled
    language: str | None = None
    full_text: bool = False
    etag: str | None = None  # the validators the last complete read answered with
    last_modified: str | None = None
    added_at: str = ""
    last_checked_at: str | None = None
    last_outcome: str | None = None
    last_error: str | None = None
    entries_seen: int | None = None  # counted by `Store.feeds()` only
