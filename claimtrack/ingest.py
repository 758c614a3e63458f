"""Orchestration: read → extract → match → store, each report all or nothing.

A report is stored together with everything extracted from it, or not at all, and
its content hash is UNIQUE, so a run killed half-way and run again stores each report
exactly once. One unreadable input never stops the batch: it becomes a failed
outcome with its reason.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from . import match
from .errors import ClaimtrackError, StoreBusy
from .extract import Names, extract
from .models import NewClaim, NewResponse, Report
from .readers import read_report
from .readers.files import expand_inputs, read_file
from .text.keys import nfkc, wording_key
from .status import refresh_status
from .store import Store
from .dates.clock import now_iso

BATCH_REPORTS = 500  # reports per write transaction at most …
BATCH_SECONDS = 0.5  # … and seconds holding the write lock
RESPONSE_WINDOW_DAYS = 60  # a response without a claim in its own report looks this far back
HASH_TAG = "sha256-v1:"  # bump when what is hashed changes

@dataclass
class Outcome:
    """What happened to one input."""

    location: str
    state: str = "new"  # new, known (already stored), failed, dry-run
    error: str | None = None
    report_id: int | None = None
    title: str | None = None
    claims_new: int = 0
    claims_linked: int = 0
    responses_new: int = 0
    responses_known: int = 0
    responses_unattached: int = 0
    decisions: list[str] = field(default_factory=list)


_TOTALS = ("claims_new", "claims_linked", "responses_new", "responses_known", "responses_unattached")


@dataclass(kw_only=True)
class Tally:
    """Reports and what they gave, added up over outcomes: one feed's in an update run,
    a whole `ingest`'s. Keyword-only, so a result built on it (update's FeedResult)
    keeps its own fields first."""

    reports_new: int = 0
    reports_known: int = 0
    claims_new: int = 0
    claims_linked: int = 0
    responses_new: int = 0
    responses_known: int = 0
    responses_unattached: int = 0

    def count(self, outcome: Outcome) -> None:
        if outcome.state == "new":
            self.reports_new += 1
        elif outcome.state == "known":
            self.reports_known += 1
        for name in _TOTALS:
            setattr(self, name, getattr(self, name) + getattr(outcome, name))


@dataclass
class Summary:
    """Counts for a whole run; per-report outcomes only when asked for (and failures
    always), so a run over a million files keeps a few counters, not a million rows."""

    keep_reports: bool = True
    outcomes: list[Outcome] = field(default_factory=list)
    states: Counter = field(default_factory=Counter)  # new, known, dry-run, failed
    totals: Tally = field(default_factory=Tally)

    def add(self, outcome: Outcome) -> None:
        self.states[outcome.state] += 1
        self.totals.count(outcome)
        if self.keep_reports or outcome.state == "failed":
            self.outcomes.append(outcome)

    def count(self, state: str) -> int:
        return self.states[state]

    def total(self, name: str) -> int:
        return getattr(self.totals, name)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == "failed"]

    def as_json(self) -> dict:
        data = {
            "inputs": sum(self.states.values()),
            "reports_new": self.count("new"),
            "reports_known": self.count("known"),
            "reports_dry_run": self.count("dry-run"),
            "failed": self.count("failed"),
            **{name: self.total(name) for name in _TOTALS},
        }
        data["reports"] = [
            {
                "location": o.location, "state": o.state, "error": o.error,
                "report_id": o.report_id, "title": o.title,
                "claims_new": o.claims_new, "claims_linked": o.claims_linked,
                "responses_new": o.responses_new, "decisions": o.decisions,
            }
            for o in self.outcomes
        ]
        return data


def content_hash(report: Report) -> str:
    """The same report however it was encoded or spaced hashes the same."""
    body = " ".join(nfkc(f"{report.title}\n{report.text}").split())  # runs of spaces as one
    return HASH_TAG + hashlib.sha256(body.encode("utf-8")).hexdigest()


def ingest_all(store: Store, inputs: Iterable[str], *, dry_run: bool = False,
               progress: Callable[[Outcome], None] | None = None, keep_reports: bool = True) -> Summary:
    locations, failed = expand_inputs(inputs)
    summary = Summary(keep_reports)
    for unreadable in failed:
        summary.add(Outcome(unreadable.location, "failed", unreadable.error))
    names = extraction_names(store) if locations else None  # read once per run, not per report
    pending = iter(locations)

    def ingest_next() -> bool:
        location = next(pending, None)
        if location is None:
            return False
        outcome = ingest_location(store, location, dry_run=dry_run, names=names)
        summary.add(outcome)
        if progress:
            progress(outcome)
        return True

    if dry_run:
        while ingest_next():
            pass
        return summary
    while _in_one_transaction(store, ingest_next):
        pass
    store.checkpoint()
    return summary


def _in_one_transaction(store: Store, ingest_next: Callable[[], bool]) -> bool:
    """Ingest reports in one write transaction until BATCH_REPORTS or BATCH_SECONDS;
    False once there are none left.

    A commit per report costs about as much as extracting it (measured on this kind of machine), so several
    share one; each report is still a savepoint of its own (`ingest_report`), so a
    failed one leaves nothing behind, and a kill loses only the open batch, whole
    reports all, which the next run stores again. The time bound keeps the write lock
    short for anyone else writing meanwhile.
    """
    began = time.monotonic()
    with store.write():
        for _ in range(BATCH_REPORTS):
            if not ingest_next():
                return False
            if time.monotonic() - began > BATCH_SECONDS:
                break
    return True


def ingest_location(store: Store, location: str, *, dry_run: bool = False, names=None) -> Outcome:
    try:
        # A local file is read here, once, to look its bytes up before parsing them.
        raw = None if location.lower().startswith(("http://", "https://")) else read_file(location)
        source = HASH_TAG + hashlib.sha256(raw).hexdigest() if raw is not None else None
        if source is not None and (known := store.report_id_by_source_hash(source)) is not None:
            return Outcome(location, "known", report_id=known)
        report = read_report(location, data=raw) if raw is not None else read_report(location)
        return ingest_report(store, report, location=location, dry_run=dry_run, names=names, source_hash=source)
    except StoreBusy:
        raise  # every later report would wait out the same lock: stop, cron retries
    except ClaimtrackError as err:
        return Outcome(location, "failed", str(err))


def extraction_names(store: Store):
    """What the extractor knows about who is who: the starter list and the user's entities."""
    # export_entities, not entity_rows: the latter counts each entity's claims and
    # responses, seconds on a large database, and the extractor needs only the names.
    return Names.with_entities(store.export_entities())


def ingest_report(store: Store, report: Report, *, location: str | None = None,
                  dry_run: bool = False, names=None, source_hash: str | None = None) -> Outcome:
    """Extract, match and store one report; `names` from `extraction_names(store)`,
    built here when not given (pass it when ingesting many reports)."""
    outcome = Outcome(location or report.location or report.url or "report", title=report.title)
    digest = content_hash(report)
    known = store.report_id_by_hash(digest)
    if known is not None:
        outcome.state, outcome.report_id = "known", known
        return outcome
    extraction = extract(report, names=names if names is not None else extraction_names(store))
    if dry_run:
        outcome.state = "dry-run"
        _plan(store, report, extraction, outcome, report_id=None, write=False)
        return outcome
    with store.write():
        known = store.report_id_by_hash(digest)  # another process may have stored it meanwhile
        if known is not None:
            outcome.state, outcome.report_id = "known", known
            return outcome
        outcome.report_id = store.insert_report(report, digest, now_iso(), source_hash)
        touched = _plan(store, report, extraction, outcome, report_id=outcome.report_id, write=True)
        for claim_id in touched:
            refresh_status(store, claim_id)
    return outcome


def _plan(store: Store, report: Report, extraction, outcome: Outcome, *, report_id, write: bool) -> set[int]:
    """Match and (when `write`) store the claims and responses of one report."""
    recorded_at = now_iso()
    published = report.published
    claim_ids: list[int | None] = []
    touched: set[int] = set()
    for index, claim in enumerate(extraction.claims):
        decision = _match(store, claim, claim.reported_on or published, exclude=touched)
        outcome.decisions.append(f"claim {index + 1}: {decision.reason}")
        when = claim.reported_on or published
        credited = store.entity_id(claim.source) if (claim.source and write) else None
        if decision.claim_id is not None:
            outcome.claims_linked += 1
            if write:
                store.insert_mention(
                    decision.claim_id, sentence=claim.sentence, credited_id=credited,
                    mentioned_on=when, url=report.url, report_id=report_id, recorded_at=recorded_at,
                    extracted_text=claim.text, link_reason=decision.reason,
                )
                touched.add(decision.claim_id)
            claim_ids.append(decision.claim_id)
            continue
        outcome.claims_new += 1
        if not write:
            claim_ids.append(None)
            continue
        new_id = store.insert_claim(NewClaim(
            text=claim.text, source=claim.source, subjects=claim.subjects,
            anonymous=claim.anonymous, reported_on=when, url=report.url,
            sentence=claim.sentence, report_id=report_id,
        ), recorded_at, link_reason=decision.reason)
        if decision.suggest_id is not None:
            store.add_suggestion(new_id, decision.suggest_id, decision.score, decision.reason)
        claim_ids.append(new_id)
        touched.add(new_id)
    for response in extraction.responses:
        in_report = response.claim is not None and response.claim < len(claim_ids)
        if in_report:
            target = claim_ids[response.claim]  # None only for a new claim in a dry run
        else:
            target = _earlier_claim(store, response.responder, response.responded_on or published)
            if target is None:
                outcome.responses_unattached += 1
                outcome.decisions.append(f"response by {response.responder}: no claim to attach it to")
                continue
            outcome.decisions.append(f"response by {response.responder}: attached to earlier claim {target}")
        if target is not None and _already_recorded(store, target, response):
            outcome.responses_known += 1
            continue
        outcome.responses_new += 1
        if write:
            store.insert_response(target, NewResponse(
                responder=response.responder, stance=response.stance, quote=response.quote,
                via=response.via, responded_on=response.responded_on or published,
                url=report.url, report_id=report_id,
            ), recorded_at)
            touched.add(target)
    return touched


def _match(store: Store, claim, when, exclude: set[int]) -> match.MatchDecision:
    subject_ids = frozenset(i for i in (store.find_entity(s) for s in claim.subjects) if i is not None)
    new = match.NewMention(
        text=claim.text, subject_ids=subject_ids, when=when.start if when else None,
        source_id=store.find_entity(claim.source) if claim.source else None,
    )
    exact = store.claim_with_wording(wording_key(claim.text))
    if exact in exclude:
        exact = None
    # The extractor already told this report's claims apart: never merge them.
    candidates = [c for c in store.match_candidates(sorted(subject_ids), new.when, match.WINDOW_DAYS)
                  if c.claim_id not in exclude]
    return match.decide(new, candidates, exact)


def _earlier_claim(store: Store, responder: str, when) -> int | None:
    """The latest stored claim about the responder, for a response whose report has no claim."""
    entity = store.find_entity(responder)
    if entity is None or when is None:
        return None
    ids = store.recent_claims_about(entity, when.end, RESPONSE_WINDOW_DAYS)
    return ids[0] if ids else None


def _already_recorded(store: Store, claim_id: int, response) -> bool:
    responder = store.find_entity(response.responder)
    if responder is None:
        return False  # a party never seen before has said nothing yet
    return store.has_said(claim_id, responder, response.quote)
