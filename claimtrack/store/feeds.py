"""Feeds, entries seen, update runs, report re-checks and hooks."""

from __future__ import annotations

import json
from dataclasses import fields

from ..dates.clock import now_iso
from ..models import Feed


class FeedRows:
    """Feeds, entries seen, update runs, report re-checks and hooks."""

    def add_feed(self, name: str, address: str, kind: str, language: str | None, full_text: bool) -> int:
        return self._x(
            """INSERT INTO feeds (name, address, kind, language, full_text, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [name, address, kind, language, int(full_text), now_iso()],
        ).lastrowid

    def feeds(self) -> list[Feed]:
        rows = self._q(
            """SELECT f.*, (SELECT count(*) FROM feed_entries e WHERE e.feed_id = f.id) AS entries_seen
               FROM feeds f ORDER BY f.id"""
        )
        return [_feed(r) for r in rows]

    def feed_with(self, *, name: str | None = None, address: str | None = None) -> Feed | None:
        rows = self._q("SELECT * FROM feeds WHERE name = ? OR address = ?", [name, address])
        return _feed(rows[0]) if rows else None

    def remove_feed(self, feed_id: int) -> None:
        self._x("DELETE FROM feeds WHERE id = ?", [feed_id])

    def note_feed_checked(self, feed_id: int, *, at: str, outcome: str, error: str | None,
                          format: str | None, etag: str | None, last_modified: str | None) -> None:
        # Validators are replaced together: keeping an old ETag beside a new body
        # would make the next request claim a version we never read.
        self._x(
            """UPDATE feeds SET last_checked_at = ?, last_outcome = ?, last_error = ?,
                   format = coalesce(?, format), etag = ?, last_modified = ? WHERE id = ?""",
            [at, outcome, error, format, etag, last_modified, feed_id],
        )

    def seen_entry(self, feed_id: int, entry_key: str) -> dict | None:
        rows = self._q("SELECT * FROM feed_entries WHERE feed_id = ? AND entry_key = ?", [feed_id, entry_key])
        return dict(rows[0]) if rows else None

    def seen_entries(self, feed_id: int, entry_keys: list[str]) -> dict[str, dict]:
        """Which of `entry_keys` the feed has seen, each with its fingerprint, report_id
        and state: a query per 500 keys, not per entry, and never the feed's whole history."""
        seen: dict[str, dict] = {}
        for start in range(0, len(entry_keys), 500):  # well under SQLite's bound-value limit
            chunk = entry_keys[start:start + 500]
            rows = self._q(f"SELECT entry_key, fingerprint, report_id, state FROM feed_entries "
                           f"WHERE feed_id = ? AND entry_key IN ({','.join('?' * len(chunk))})", [feed_id, *chunk])
            seen.update((r["entry_key"], dict(r)) for r in rows)
        return seen

    def remember_entry(self, feed_id: int, entry_key: str, *, fingerprint: str | None,
                       report_id: int | None, state: str) -> None:
        self._x(
            """INSERT OR REPLACE INTO feed_entries (feed_id, entry_key, fingerprint, report_id, state, seen_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [feed_id, entry_key, fingerprint, report_id, state, now_iso()],
        )

    def start_run(self, started_at: str, pid: int) -> int:
        # Only one update runs at a time (the run lock), so a run still marked
        # running was killed: say so rather than leave it looking alive.
        self._x("UPDATE runs SET state = 'interrupted' WHERE state = 'running'")
        return self._x("INSERT INTO runs (started_at, pid) VALUES (?, ?)", [started_at, pid]).lastrowid

    def add_run_feed(self, run_id: int, row: dict) -> None:
        self._x(
            """INSERT INTO run_feeds (run_id, feed_id, feed_name, outcome, error, entries_new,
                   reports_new, claims_new, responses_new, problems, seconds)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [run_id, row["feed_id"], row["name"], row["outcome"], row["error"], row["entries_new"],
             row["reports_new"], row["claims_new"], row["responses_new"],
             json.dumps(row["problems"], ensure_ascii=False), row["seconds"]],
        )

    def finish_run(self, run_id: int, *, finished_at: str, seconds: float, state: str,
                   exit_code: int, summary: dict) -> None:
        self._x(
            """UPDATE runs SET finished_at = ?, seconds = ?, state = ?, exit_code = ?, summary = ?
               WHERE id = ?""",
            [finished_at, seconds, state, exit_code, json.dumps(summary, ensure_ascii=False), run_id],
        )

    def runs(self, limit: int | None = None) -> list[dict]:
        """Past update runs, newest first, each with its per-feed outcomes."""
        sql, params = "SELECT * FROM runs ORDER BY id DESC", []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        runs = [dict(r) for r in self._q(sql, params)]
        ids = [r["id"] for r in runs]
        feeds: dict[int, list[dict]] = {i: [] for i in ids}
        if ids:
            marks = ",".join("?" * len(ids))
            for r in self._q(f"SELECT * FROM run_feeds WHERE run_id IN ({marks}) ORDER BY id", ids):
                row = dict(r)
                row["problems"] = json.loads(row["problems"] or "[]")
                feeds[row.pop("run_id")].append(row)
        for run in runs:
            run["summary"] = json.loads(run["summary"]) if run["summary"] else None
            run["feeds"] = feeds[run["id"]]
        return runs

    def last_finished_summary(self, before_run: int) -> dict | None:
        """The summary of the latest run before `before_run` that finished (ok or failed)."""
        rows = self._q("SELECT summary FROM runs WHERE id < ? AND state IN ('ok', 'failed') "
                       "ORDER BY id DESC LIMIT 1", [before_run])
        return json.loads(rows[0][0]) if rows and rows[0][0] else None

    def claim_statuses(self) -> dict[int, str]:
        return {r[0]: r[1] for r in self._q("SELECT id, status FROM claims")}

    def latest_ids(self) -> tuple[int, int]:
        """(highest claim id, highest response id): what existed before a run."""
        row = self._q("SELECT (SELECT max(id) FROM claims), (SELECT max(id) FROM responses)")[0]
        return row[0] or 0, row[1] or 0

    def claim_ids_after(self, claim_id: int) -> list[int]:
        return [r[0] for r in self._q("SELECT id FROM claims WHERE id > ? ORDER BY id", [claim_id])]

    def response_ids_after(self, response_id: int) -> list[tuple[int, int]]:
        """(response id, claim id) of responses stored after `response_id`."""
        rows = self._q("SELECT id, claim_id FROM responses WHERE id > ? ORDER BY id", [response_id])
        return [(r[0], r[1]) for r in rows]

    def reports_to_schedule(self, since: str) -> list[dict]:
        """Reports read from a page at an address since `since`, not yet scheduled for
        re-checks. Feed summaries are left out: re-reading the linked page would not
        give the same text, so every summary would look edited."""
        rows = self._q(
            """SELECT id, url, title, content_hash, recorded_at FROM reports
               WHERE origin = 'url' AND (url LIKE 'http://%' OR url LIKE 'https://%') AND recorded_at >= ?
                 AND id NOT IN (SELECT report_id FROM report_rechecks)""",
            [since],
        )
        return [dict(r) for r in rows]

    def schedule_recheck(self, report: dict, next_check_at: str) -> None:
        self._x(
            """INSERT OR IGNORE INTO report_rechecks (report_id, url, title, content_hash, next_check_at)
               VALUES (?, ?, ?, ?, ?)""",
            [report["id"], report["url"], report["title"], report["content_hash"], next_check_at],
        )

    def due_rechecks(self, now: str, limit: int) -> list[dict]:
        rows = self._q(
            """SELECT k.*, r.recorded_at FROM report_rechecks k JOIN reports r ON r.id = k.report_id
               WHERE k.next_check_at IS NOT NULL AND k.next_check_at <= ?
               ORDER BY k.next_check_at LIMIT ?""",
            [now, limit],
        )
        return [dict(r) for r in rows]

    def record_recheck(self, report_id: int, *, at: str, next_check_at: str | None,
                       title: str | None, content_hash: str) -> None:
        self._x(
            """UPDATE report_rechecks SET checks = checks + 1, last_checked_at = ?, next_check_at = ?,
                   title = ?, content_hash = ? WHERE report_id = ?""",
            [at, next_check_at, title, content_hash, report_id],
        )

    def report_sentences(self, report_id: int) -> list[tuple[int, str]]:
        """(claim id, sentence or quote) of everything a report carried."""
        rows = self._q(
            """SELECT claim_id, sentence FROM mentions WHERE report_id = ?
               UNION ALL SELECT claim_id, quote FROM responses WHERE report_id = ?""",
            [report_id, report_id],
        )
        return [(r[0], r[1]) for r in rows]

    def add_report_change(self, report_id: int, run_id: int | None, kind: str, *, old: str | None,
                          new: str | None, detail: dict, at: str) -> int:
        return self._x(
            """INSERT INTO report_changes (report_id, run_id, kind, old_value, new_value, detail, detected_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [report_id, run_id, kind, old, new, json.dumps(detail, ensure_ascii=False), at],
        ).lastrowid

    def add_hook(self, event: str, command: str) -> int:
        return self._x("INSERT INTO hooks (event, command, added_at) VALUES (?, ?, ?)",
                       [event, command, now_iso()]).lastrowid

    def hooks(self) -> list[dict]:
        return [dict(r) for r in self._q("SELECT * FROM hooks ORDER BY id")]

    def remove_hook(self, hook_id: int) -> bool:
        return self._x("DELETE FROM hooks WHERE id = ?", [hook_id]).rowcount > 0


_FEED_FIELDS = tuple(f.name for f in fields(Feed))


def _feed(row) -> Feed:
    """A feeds row as a Feed (SQLite keeps full_text as 0 or 1)."""
    values = {name: row[name] for name in row.keys() if name in _FEED_FIELDS}
    return Feed(**values | {"full_text": bool(row["full_text"])})
