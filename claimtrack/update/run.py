"""The update run: poll every feed, ingest what is new, re-read recent reports for
stealth edits (recheck.py), run hooks on what it found (events.py), note claims that
became overdue, and log the run.

Everything new goes through `ingest_report`, the same path as `claimtrack ingest`,
and an entry is remembered in the same transaction that stores its report: a run
killed at any moment has stored each entry completely or not at all, and the next
run picks up exactly what is missing. One feed failing never stops the others.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from ..dates.clock import iso, utc_now
from ..errors import ClaimtrackError, InputError, ReadError, StoreBusy, StoreError
from ..ingest import Tally, content_hash, extraction_names, ingest_report
from ..models import Feed, Report, UpdateEvent
from ..query import QUIET_DAYS, overdue_claims
from ..readers import fetch as fetching
from ..readers import read_report
from ..readers.feed import Entry, entry_report, looks_like_feed, parse_feed, with_entry_fallbacks
from ..readers.files import capped_bytes, expand_inputs
from ..store import Store
from ..text.keys import spacing_key
from .deadline import failure_reason, fetch_with_retries, reading
from .events import dispatch_hooks, found_events
from .lock import run_lock
from .recheck import recheck_reports, record_changes, sentences_gone

REVIEW_CAP = 200  # the deprecated `review` list in --json: every overdue claim, up to this many


@dataclass(frozen=True)
class UpdateOptions:
    quiet_days: int = QUIET_DAYS  # an open claim with no event for this long is overdue
    timeout: float = fetching.DEADLINE_SECONDS  # per address fetched
    run_timeout: float = 600.0  # the whole run, below any sensible cron interval
    retries: int = 2  # extra tries for timeouts, 5xx and 429
    backoff: float = 1.0  # seconds before the first retry; each next one waits 3x longer
    max_bytes: int = fetching.MAX_BYTES
    max_rechecks: int = 50  # re-reads per run, so a backlog cannot eat the run's time
    hook_timeout: float = 30.0
    today: date | None = None
    clock: Callable[[], datetime] = utc_now


@dataclass
class FeedResult(Tally):
    """What one feed gave in one run; the reports, claims and responses it stored are
    counted as `ingest` counts them (Tally.count)."""
    feed_id: int | None
    name: str
    address: str
    outcome: str = "unchanged"  # new, unchanged, failed
    error: str | None = None
    http_status: int | None = None
    entries_seen: int = 0
    entries_new: int = 0
    entries_edited: int = 0  # seen before, headline or text changed in the feed since
    failures: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    validators: tuple[str | None, str | None] | None = None  # ETag, Last-Modified to keep
    format: str | None = None

    def entry_failed(self, what: str, reason: str) -> None:
        self.failures.append(f"{what}: {reason}")

    def settle(self) -> None:
        if self.error is None and self.failures:
            n = len(self.failures)
            self.error = f"{n} entr{'y' if n == 1 else 'ies'} not stored; first: {self.failures[0]}"
        if self.error is not None:
            self.outcome = "failed"
        elif self.entries_new:
            self.outcome = "new"

    def as_json(self) -> dict:
        return {
            "feed": self.name, "address": self.address, "outcome": self.outcome, "error": self.error,
            "http_status": self.http_status, "entries_seen": self.entries_seen,
            "entries_new": self.entries_new, "entries_edited": self.entries_edited, "reports_new": self.reports_new,
            "reports_known": self.reports_known, "claims_new": self.claims_new,
            "claims_linked": self.claims_linked, "responses_new": self.responses_new,
            "failures": self.failures, "problems": self.problems, "seconds": round(self.seconds, 3),
        }


@dataclass
class RunResult:
    run_id: int
    started_at: str
    finished_at: str = ""
    seconds: float = 0.0
    feeds: list[FeedResult] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    recheck_failures: list[dict] = field(default_factory=list)  # report_id, url, error
    events: list[dict] = field(default_factory=list)
    hooks: list[dict] = field(default_factory=list)  # every hook call, with its error if any
    # Overdue claims (`claimtrack list --overdue`): all of them by id, and in full those
    # the previous run did not list, so a cron mail names each one once, not every run.
    overdue_ids: list[int] = field(default_factory=list)
    overdue_new: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)  # deprecated name of the first REVIEW_CAP overdue

    @property
    def failed(self) -> list[FeedResult]:
        return [f for f in self.feeds if f.outcome == "failed"]

    @property
    def hooks_failed(self) -> list[dict]:
        return [h for h in self.hooks if not h["ok"]]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.hooks_failed else 0

    @property
    def has_news(self) -> bool:
        return (any(f.entries_new for f in self.feeds) or bool(self.changes) or bool(self.events)
                or bool(self.overdue_new))

    def counts(self) -> dict:
        def total(name: str) -> int:
            return sum(getattr(f, name) for f in self.feeds)

        return {
            "feeds": len(self.feeds), "feeds_failed": len(self.failed),
            "feeds_new": sum(1 for f in self.feeds if f.outcome == "new"),
            "feeds_unchanged": sum(1 for f in self.feeds if f.outcome == "unchanged"),
            "entries_new": total("entries_new"), "reports_new": total("reports_new"),
            "reports_known": total("reports_known"), "claims_new": total("claims_new"),
            "claims_linked": total("claims_linked"), "responses_new": total("responses_new"),
            "changes": len(self.changes), "rechecks_failed": len(self.recheck_failures),
            "overdue": len(self.overdue_ids), "overdue_new": len(self.overdue_new),
            "review": len(self.review),
            "status_changes": sum(1 for e in self.events if e["event"] == UpdateEvent.STATUS_CHANGE),
            "hooks_run": len(self.hooks), "hooks_failed": len(self.hooks_failed),
        }

    def as_json(self) -> dict:
        return {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": self.finished_at,
            "seconds": round(self.seconds, 3), "exit_code": self.exit_code, "counts": self.counts(),
            "feeds": [f.as_json() for f in self.feeds], "changes": self.changes,
            "recheck_failures": self.recheck_failures, "events": self.events, "hooks": self.hooks,
            "overdue_new": self.overdue_new, "overdue_ids": self.overdue_ids, "review": self.review,
        }


def run_update(store: Store, options: UpdateOptions = UpdateOptions()) -> RunResult:
    """One update run under the run lock; RunLocked (exit 75) when another is running."""
    if options.quiet_days < 0:
        raise InputError("--quiet-days must be zero or more")
    feeds = store.feeds()
    if not feeds:
        raise InputError("no feeds to poll; add one with: claimtrack feed add URL|FOLDER")
    with run_lock(store.path):
        return _run(store, store.feeds(), options)


def _run(store: Store, feeds: list[Feed], options: UpdateOptions) -> RunResult:
    started = time.monotonic()
    deadline_at = started + options.run_timeout
    before_ids, before_statuses = store.latest_ids(), store.claim_statuses()
    with store.write():
        run_id = store.start_run(iso(options.clock()), os.getpid())
    result = RunResult(run_id, iso(options.clock()))
    try:
        # Read once per run, not per entry, and only when there is something to ingest:
        # a run where every feed answers 304 never loads the extractor (≈40 ms).
        names = functools.cache(lambda: extraction_names(store))
        for feed in feeds:
            result.feeds.append(_poll(store, feed, options, result, deadline_at, names))
        recheck_reports(store, options, run_id, deadline_at, result)
        result.events = found_events(store, before_ids, before_statuses, run_id)
        result.hooks = dispatch_hooks(store, result.events, options, deadline_at)
        _note_overdue(store, options, run_id, result)
    except BaseException:
        _log_interrupted(store, options, result, started)
        raise
    _log_finished(store, options, result, started)
    return result


def _log_interrupted(store: Store, options: UpdateOptions, result: RunResult, started: float) -> None:
    """Log a run stopped by an error or a signal as interrupted, with what it did so far."""
    try:
        with store.write():
            store.finish_run(result.run_id, finished_at=iso(options.clock()), seconds=time.monotonic() - started,
                             state="interrupted", exit_code=1, summary=result.as_json())
    except StoreError:
        pass  # the database is what failed; the next run marks this one interrupted


def _log_finished(store: Store, options: UpdateOptions, result: RunResult, started: float) -> None:
    result.finished_at = iso(options.clock())
    result.seconds = time.monotonic() - started
    summary = result.as_json()
    summary.pop("feeds")  # kept row by row in run_feeds
    with store.write():
        store.finish_run(result.run_id, finished_at=result.finished_at, seconds=result.seconds,
                         state="failed" if result.exit_code else "ok", exit_code=result.exit_code, summary=summary)
    store.checkpoint()


def _poll(store: Store, feed: Feed, options: UpdateOptions, run: RunResult, deadline_at: float,
          names: Callable) -> FeedResult:
    result = FeedResult(feed.id, feed.name, feed.address)
    started = time.monotonic()
    try:
        if time.monotonic() >= deadline_at:
            raise ReadError("not polled: the run's time limit was reached")
        if feed.kind == "folder":
            _poll_folder(store, feed, result, deadline_at, names)
        else:
            _poll_address(store, feed, options, result, run, deadline_at, names)
    except StoreBusy:
        raise  # every later feed would wait out the same lock: stop, and cron retries (75)
    except ClaimtrackError as err:
        result.error = str(err)
    except Exception as err:  # a bug or an odd input in one feed must not cost the others
        result.error = f"unexpected {err.__class__.__name__}: {err}"
    result.settle()
    result.seconds = time.monotonic() - started
    etag, modified = result.validators or (feed.etag, feed.last_modified)
    with store.write():
        store.note_feed_checked(feed.id, at=iso(options.clock()), outcome=result.outcome,
                                error=result.error, format=result.format, etag=etag, last_modified=modified)
        store.add_run_feed(run.run_id, {**result.as_json(), "feed_id": feed.id, "name": feed.name,
                                    "problems": result.failures + result.problems})
    return result


def _poll_address(store: Store, feed: Feed, options: UpdateOptions, result: FeedResult, run: RunResult,
                  deadline_at: float, names: Callable) -> None:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    parsed = page = None
    with reading(deadline_at, feed.address):
        got = fetch_with_retries(feed.address, options, deadline_at, headers)
        if got.status != 304:  # else nothing new, and nothing downloaded
            if looks_like_feed(got.data):
                parsed = parse_feed(got.data, got.url)
            else:
                page = _page_report(feed, got.data)
    result.http_status = got.status
    if parsed is not None:
        if parsed.fatal:
            raise ReadError(f"{feed.address}: {parsed.fatal}")
        result.format = parsed.format
        result.problems += list(parsed.problems) + list(parsed.refused)
        result.entries_seen = len(parsed.entries)
        _ingest_entries(store, feed, parsed.entries, options, result, run, deadline_at, names)
        clean = not parsed.problems
    elif page is not None:
        result.format = "page"
        _ingest_page(store, feed, page, result, names)
        clean = True
    else:
        return
    # A version read only in part (malformed, or some entries failed) must be
    # fetched whole next time, so its validators are not kept.
    if clean and not result.failures:
        result.validators = (got.etag, got.last_modified)


def _ingest_entries(store: Store, feed: Feed, entries: tuple[Entry, ...], options: UpdateOptions,
                    result: FeedResult, run: RunResult, deadline_at: float, names: Callable) -> None:
    # One look-up for the whole feed; `seen` is kept current as entries are remembered
    # below (a key listed twice is then skipped the second time, as the store would say).
    known = store.seen_entries(feed.id, [entry.key for entry in entries])
    seen = set(known)
    # Feeds list the newest first; storing oldest first keeps "who said it first" right.
    for entry in reversed(entries):
        if entry.key in seen:
            if entry.key in known:
                _compare_entry(store, feed, entry, known.pop(entry.key), run, result, iso(options.clock()))
            continue
        result.entries_new += 1
        what = entry.link or entry.title or entry.key
        if not (entry.title.strip() or entry.html.strip()):
            _remember(store, feed, entry.key, None, "empty")
            seen.add(entry.key)
            result.problems.append(f"{what}: the entry is empty")
            continue
        if time.monotonic() >= deadline_at:
            result.entry_failed(what, "left for the next run: the run's time limit was reached")
            continue
        try:
            with reading(deadline_at, what):
                report = _entry_report(entry, feed, options, deadline_at)
            with store.write():
                outcome = ingest_report(store, report, location=report.location, names=names())
                store.remember_entry(feed.id, entry.key, fingerprint=_entry_fingerprint(entry, feed, report),
                                     report_id=outcome.report_id, state=outcome.state)
        except StoreError:
            raise  # the database, not this entry: every later one would fail the same way
        except Exception as err:  # an odd page or entry costs that entry, never the rest of the feed
            result.entry_failed(what, failure_reason(err))
            if not getattr(err, "transient", False):
                _remember(store, feed, entry.key, None, "failed")  # listed once, not every run
                seen.add(entry.key)
            continue
        seen.add(entry.key)
        result.count(outcome)


# A seen entry whose words changed in the feed itself is an edit of its report, as a
# changed page is for the rechecks (recheck.py). The fingerprint keeps a digest of the raw
# entry (so an unchanged one costs a hash, no HTML parsing), a digest of its text
# without the headline, and the headline itself, for the change's "old" value.
_ENTRY_PRINT = "feed-entry/1"


def _from_feed_alone(entry: Entry, feed: Feed) -> bool:
    """Whether the entry's report is what the feed says (not its linked page, which
    the rechecks compare instead)."""
    return not (feed.full_text and entry.link and not entry.has_content)


def _entry_raw_digest(entry: Entry) -> str:
    return hashlib.sha256(f"{entry.title}\0{entry.html}".encode("utf-8", "surrogatepass")).hexdigest()


def _entry_fingerprint(entry: Entry, feed: Feed, report) -> str | None:
    """What an entry read from the feed alone said, to tell an edit from it later."""
    if not _from_feed_alone(entry, feed):
        return None
    body = content_hash(Report(text=report.text, title=""))
    return f"{_ENTRY_PRINT}:{_entry_raw_digest(entry)}:{body}:{spacing_key(report.title)}"


def _compare_entry(store: Store, feed: Feed, entry: Entry, row: dict, run: RunResult, result: FeedResult,
                   at: str) -> None:
    """Record how a seen entry changed since the last run, if it did."""
    old = row["fingerprint"] or ""
    if (row["report_id"] is None or not _from_feed_alone(entry, feed)
            or old.startswith(f"{_ENTRY_PRINT}:{_entry_raw_digest(entry)}:")):
        return
    try:
        report = entry_report(entry, feed)
    except Exception as err:  # an odd entry costs that entry's check, never the feed
        result.problems.append(f"{entry.link or entry.key}: not compared: {failure_reason(err)}")
        return
    fingerprint = _entry_fingerprint(entry, feed, report)
    found = []
    # An entry remembered before fingerprints were kept has no earlier version to
    # compare with: its fingerprint starts now.
    if old.startswith(f"{_ENTRY_PRINT}:"):
        _, _, _, old_body, old_title = old.split(":", 4)
        if spacing_key(report.title) != old_title:
            found.append(("headline", old_title, report.title, {}))
        if fingerprint.split(":", 4)[3] != old_body:
            found.append(("body", None, None,
                          {"sentences_gone": sentences_gone(store, {"report_id": row["report_id"]}, report.text)}))
    if found:
        result.entries_edited += 1
    with store.write():
        record_changes(store, run, row["report_id"], entry.link or feed.address, found, at)
        store.remember_entry(feed.id, entry.key, fingerprint=fingerprint, report_id=row["report_id"],
                             state=row["state"])


def _remember(store: Store, feed: Feed, key: str, fingerprint: str | None, state: str,
              report_id: int | None = None) -> None:
    with store.write():
        store.remember_entry(feed.id, key, fingerprint=fingerprint, report_id=report_id, state=state)


def _entry_report(entry: Entry, feed: Feed, options: UpdateOptions, deadline_at: float):
    """The entry as a report: from the linked page with --full-text, else from the feed."""
    if feed.full_text and entry.link and not entry.has_content:
        got = fetch_with_retries(entry.link, options, deadline_at)
        return with_entry_fallbacks(read_report(entry.link, data=got.data), entry, feed)
    return entry_report(entry, feed)


def _page_report(feed: Feed, data: bytes):
    """A feed address that answers with a page: the page as one report."""
    report = read_report(feed.address, data=data)
    return replace(report, language=feed.language) if feed.language else report


def _ingest_page(store: Store, feed: Feed, report, result: FeedResult, names: Callable) -> None:
    result.entries_seen = 1
    with store.write():
        outcome = ingest_report(store, report, location=feed.address, names=names())
    if outcome.state == "new":
        result.entries_new = 1
    result.count(outcome)


def _poll_folder(store: Store, feed: Feed, result: FeedResult, deadline_at: float, names: Callable) -> None:
    folder = Path(feed.address)
    if not folder.is_dir():
        raise ReadError(f"{folder}: the folder is gone")
    locations, failed = expand_inputs([str(folder)])
    for unreadable in failed:  # a folder we may not read, a file name that is not UTF-8
        if unreadable.location == str(folder):
            raise ReadError(unreadable.error)  # nothing in it can be read: the feed failed, not "unchanged"
        result.failures.append(unreadable.error)
    result.entries_seen = len(locations)
    for location in locations:
        if time.monotonic() >= deadline_at:
            result.entry_failed(location, "left for the next run: the run's time limit was reached")
            continue
        _folder_file(store, feed, folder, Path(location), result, deadline_at, names)


def _folder_file(store: Store, feed: Feed, folder: Path, path: Path, result: FeedResult, deadline_at: float,
                 names: Callable) -> None:
    """Ingest one file of a folder feed unless it is as it was when last seen."""
    key = str(path.relative_to(folder))
    seen = store.seen_entry(feed.id, key)
    try:
        stat = path.stat()
        # Size and mtime first, so an unchanged folder costs one stat per file.
        quick = f"{stat.st_size}:{stat.st_mtime_ns}"
        if seen and (seen["fingerprint"] or "").startswith(quick + ":"):
            return
        data = capped_bytes(str(path))
    except OSError as err:
        result.entry_failed(str(path), f"cannot read ({err.strerror or err})")
        return
    except ReadError as err:
        result.entry_failed(str(path), str(err))
        _remember(store, feed, key, None, "failed")
        return
    digest = hashlib.sha256(data).hexdigest()
    fingerprint = f"{quick}:{digest}"
    if seen and (seen["fingerprint"] or "").endswith(":" + digest):  # touched, not changed
        _remember(store, feed, key, fingerprint, seen["state"], seen["report_id"])
        return
    result.entries_new += 1
    try:
        with reading(deadline_at, str(path)):
            report = read_report(str(path), data=data)
        if feed.language:
            report = replace(report, language=feed.language)
        with store.write():
            outcome = ingest_report(store, report, location=str(path), names=names())
            store.remember_entry(feed.id, key, fingerprint=fingerprint, report_id=outcome.report_id,
                                 state=outcome.state)
    except StoreError:
        raise  # the database, not this file
    except Exception as err:  # an odd file costs that file, never the rest of the folder
        result.entry_failed(str(path), failure_reason(err))
        if not getattr(err, "transient", False):
            _remember(store, feed, key, fingerprint, "failed")  # again when the file changes
        return
    result.count(outcome)


def _note_overdue(store: Store, options: UpdateOptions, run_id: int, result: RunResult) -> None:
    flagged = overdue_claims(store, options.today or options.clock().date(), options.quiet_days)
    before = store.last_finished_summary(run_id) or {}
    # Runs before overdue_ids was kept listed their overdue claims as `review`.
    listed = set(before.get("overdue_ids") or [r["claim_id"] for r in before.get("review", [])])
    result.overdue_ids = [f["claim_id"] for f in flagged]
    result.overdue_new = [f for f in flagged if f["claim_id"] not in listed]
    result.review = flagged[:REVIEW_CAP]
