"""Stealth edits: recent reports re-read for edited headlines and bodies and for
removed pages, each change recorded on the claims the report carries.

A report read from an address is re-read at growing ages (RECHECK_AGES), then no
more. A seen feed entry whose words changed is recorded the same way (run.py).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..dates.clock import iso, parse_iso
from ..errors import ClaimtrackError
from ..ingest import content_hash
from ..models import Report
from ..readers import read_report
from ..store import Store
from ..text.keys import spacing_key
from .deadline import OutOfTime, failure_reason, fetch_with_retries, until

if TYPE_CHECKING:  # annotations only: run.py imports this module
    from .run import RunResult, UpdateOptions


# Re-read a report read from an address at these ages, then stop: edits after the
# first week are rare, and checking forever would grow with the archive.
RECHECK_AGES = (timedelta(hours=1), timedelta(hours=6), timedelta(days=1), timedelta(days=3), timedelta(days=7))
GONE = (404, 410)


def _next_check(recorded_at: str, after: datetime) -> str | None:
    base = parse_iso(recorded_at)
    for age in RECHECK_AGES:
        if base + age > after:
            return iso(base + age)
    return None


def recheck_reports(store: Store, options: UpdateOptions, run_id: int, deadline_at: float,
                    result: RunResult) -> None:
    """Re-read reports that came from addresses; record edited headlines and bodies and
    removed pages as changes on the claims they carry. A page that cannot be read again
    is that page's failure, listed in the run: it never stops the run, so review and
    the hooks for what the run stored still happen."""
    now = options.clock()
    with store.write():
        for report in store.reports_to_schedule(iso(now - RECHECK_AGES[-1])):
            store.schedule_recheck(report, _next_check(report["recorded_at"], parse_iso(report["recorded_at"])))
    for row in store.due_rechecks(iso(now), options.max_rechecks):
        if time.monotonic() >= deadline_at:
            break
        _recheck_one(store, row, options, run_id, now, deadline_at, result)


def _recheck_one(store: Store, row: dict, options: UpdateOptions, run_id: int, now: datetime,
                 deadline_at: float, result: RunResult) -> None:
    """Re-read one report's page and record what changed since it was last read."""
    title, digest = row["title"], row["content_hash"]
    next_at = _next_check(row["recorded_at"], now)
    try:
        with until(deadline_at):
            got = fetch_with_retries(row["url"], options, deadline_at, retries=0)
            page = read_report(row["url"], data=got.data)
    except OutOfTime:
        _recheck_failed(result, row, f"{row['url']}: not rechecked: the run's time limit was reached")
        return  # still due: the next run tries again
    except Exception as err:  # garbage from one page, whatever it breaks, is that page's failure
        found = _unread(result, row, err)
        if found:
            next_at = None  # gone for good: nothing more to compare
    else:
        found = _page_changes(store, row, page)
        if content_hash(page) != row["content_hash"]:
            title, digest = page.title, content_hash(page)
    with store.write():
        record_changes(store, result, row["report_id"], row["url"], found, iso(now))
        # A failed read moves on to the next check too: a page that answers garbage
        # is tried at the next age, not again at every run.
        store.record_recheck(row["report_id"], at=iso(now), next_check_at=next_at, title=title, content_hash=digest)


def _unread(result: RunResult, row: dict, err: Exception) -> list[tuple[str, str | None, str | None, dict]]:
    """A page that could not be read again: its removal when the server says it is gone,
    else nothing found and the failure listed in the run."""
    status = getattr(err, "status", None)
    if status in GONE:
        return [("removed", row["title"], f"the server answered {status}", {})]
    _recheck_failed(result, row, str(err) if isinstance(err, ClaimtrackError)
                    else f"{row['url']}: {failure_reason(err)}")
    return []


def _page_changes(store: Store, row: dict, page: Report) -> list[tuple[str, str | None, str | None, dict]]:
    """How the page read again differs from the report: its headline, its body, both or neither."""
    found: list[tuple[str, str | None, str | None, dict]] = []
    if content_hash(page) != row["content_hash"]:
        if spacing_key(page.title) != spacing_key(row["title"]):
            found.append(("headline", row["title"], page.title, {}))
        if content_hash(Report(text=page.text, title=row["title"] or "")) != row["content_hash"]:
            found.append(("body", None, None, {"sentences_gone": sentences_gone(store, row, page.text)}))
    return found


def _recheck_failed(result: RunResult, row: dict, error: str) -> None:
    result.recheck_failures.append({"report_id": row["report_id"], "url": row["url"], "error": error})


def sentences_gone(store: Store, row: dict, new_text: str) -> list[dict]:
    """The sentences this report carried for its claims that the new version no longer has."""
    text = spacing_key(new_text)
    return [{"claim_id": claim_id, "sentence": sentence}
            for claim_id, sentence in store.report_sentences(row["report_id"])
            if sentence and spacing_key(sentence) not in text]


def record_changes(store: Store, run: RunResult, report_id: int, url: str, found: list, at: str) -> None:
    """Store each change of a report, naming the claims it carries, and list it in the run."""
    for kind, old, new, detail in found:
        claims = sorted({c for c, _ in store.report_sentences(report_id)})
        detail = {"claims": claims, **detail}
        change_id = store.add_report_change(report_id, run.run_id, kind, old=old, new=new, detail=detail, at=at)
        run.changes.append({"id": change_id, "report_id": report_id, "url": url,
                            "kind": kind, "old": old, "new": new, **detail})
