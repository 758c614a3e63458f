"""The only module that speaks SQL.

One `Store` owns one connection. Opening it applies pending migrations. Every write
runs inside `BEGIN IMMEDIATE` (see `write()`): a plain deferred `BEGIN`, which is
what sqlite-utils' `atomic()` issues, loses read-then-write transactions to
"database is locked" when cron and a person write at once.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import search_terms
from .dates import PartialDate, parse_optional
from .entities import name_key
from .errors import NotFound, StoreBusy, StoreError
from .migrations import SCHEMA_VERSION
from .models import (
    Claim,
    ClaimQuery,
    Edit,
    Event,
    EventKind,
    Mention,
    NewClaim,
    NewResponse,
    NewVerdict,
    Response,
    Stance,
    Status,
    Verdict,
    VerdictRecord,
)
from .timeutil import now_iso

BUSY_TIMEOUT_MS = 10_000

_START = "(CASE WHEN length({col}) = 7 THEN {col} || '-01' ELSE {col} END)"


def _date_start(col: str) -> str:
    return _START.format(col=col)


def _describe(err: sqlite3.Error, path: Path) -> str:
    text = str(err)
    if "readonly" in text or "read-only" in text:
        return f"database {path} is read-only"
    if "not a database" in text or "malformed" in text:
        return f"{path} is not a claimtrack database ({text})"
    if "locked" in text or "busy" in text:
        return f"database {path} is busy (another claimtrack is writing); try again"
    if "unable to open" in text:
        return f"cannot open database {path}"
    return f"database {path}: {text}"


def _error(err: sqlite3.Error, path: Path) -> StoreError:
    text = str(err)
    busy = "locked" in text or "busy" in text
    return (StoreBusy if busy else StoreError)(_describe(err, path))


class Store:
    """A claimtrack database: open it with `Store.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.read_only = False
        self.busy_timeout_ms = BUSY_TIMEOUT_MS

    # -- opening --------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create_folder: bool = False, busy_timeout_ms: int | None = None) -> "Store":
        path = Path(path)
        busy_timeout_ms = busy_timeout_ms or BUSY_TIMEOUT_MS
        folder = path.parent
        if not folder.exists():
            if not create_folder:
                raise StoreError(f"database folder {folder} does not exist")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create database folder {folder}: {err.strerror}") from None
        if path.exists() and path.is_dir():
            raise StoreError(f"database path {path} is a folder")
        try:
            conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
        except sqlite3.Error as err:
            raise _error(err, path) from None
        store = cls(conn, path)
        store.busy_timeout_ms = busy_timeout_ms
        try:
            store._configure()
            store._migrate()
        except sqlite3.Error as err:
            conn.close()
            raise _error(err, path) from None
        except StoreError:
            conn.close()
            raise
        return store

    def _configure(self) -> None:
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} was written by a newer claimtrack "
                f"(schema {version}, this one knows {SCHEMA_VERSION})"
            )
        try:
            mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as err:
            if "readonly" not in str(err):
                raise
            self.read_only = True
        self.conn.execute("PRAGMA synchronous = NORMAL")

    def _schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        if self._schema_version() == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"database {self.path} is read-only and needs an upgrade")
        from sqlite_utils import Database

        from .migrations import migrations

        with self.write():
            # Re-checked under the write lock: another process may have migrated
            # while this one waited.
            if self._schema_version() == SCHEMA_VERSION:
                return
            if self._schema_version() > 0:  # a blank database has nothing to lose
                self._copy_aside()
            migrations().apply(Database(self.conn))
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _copy_aside(self) -> Path:
        """Before an upgrade: a consistent copy beside the database, named for the schema
        it is upgraded to (`claimtrack.db.before-v7`; an earlier copy is never replaced).

        Taken under the write lock through a second connection: the backup API cannot read
        from a connection that is itself inside a write transaction (it waits forever).
        """
        import os

        stem = f"{self.path.name}.before-v{SCHEMA_VERSION}"
        target, n = self.path.with_name(stem), 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{stem}.{n}")
        partial = target.with_name(f".{target.name}.partial")
        try:
            source = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
                source.close()
            os.replace(partial, target)
        except OSError as err:
            raise StoreError(f"cannot copy {self.path} aside before upgrading it: {err.strerror}") from None
        finally:
            partial.unlink(missing_ok=True)
        return target

    def close(self) -> None:
        self.conn.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database, so it does not grow
        without bound while cron keeps writing; skipped quietly if a reader holds it."""
        if self.read_only:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            pass

    def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (a `cp` of a WAL database is not
        one), written beside the target and renamed into place only once checked."""
        import os

        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        partial.unlink(missing_ok=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                status = copy.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                copy.close()
            if status != "ok":
                raise StoreError(f"backup of {self.path} failed its integrity check: {status}")
            os.replace(partial, target)
        except sqlite3.Error as err:
            raise _error(err, target) from None
        except OSError as err:
            raise StoreError(f"cannot write backup {target}: {err.strerror}") from None
        finally:
            partial.unlink(missing_ok=True)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with BEGIN IMMEDIATE; all or nothing."""
        if self.conn.in_transaction:  # nested: join the outer transaction
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise _error(err, self.path) from None
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            self.conn.rollback()
            raise _error(err, self.path) from None

    def _q(self, sql: str, params=()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise _error(err, self.path) from None

    def _x(self, sql: str, params=()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as err:
            raise _error(err, self.path) from None

    # -- entities -------------------------------------------------------------

    def find_entity(self, name: str) -> int | None:
        row = self._q("SELECT entity_id FROM aliases WHERE name_key = ?", [name_key(name)])
        return row[0][0] if row else None

    def entity_id(self, name: str, kind: str = "unknown") -> int:
        """The entity this name stands for, created (with the name as alias) if new."""
        found = self.find_entity(name)
        if found is not None:
            return found
        entity = self._x(
            "INSERT INTO entities (name, kind, created_at) VALUES (?, ?, ?)",
            [name.strip(), kind, now_iso()],
        ).lastrowid
        self._x(
            "INSERT INTO aliases (name_key, alias, entity_id) VALUES (?, ?, ?)",
            [name_key(name), name.strip(), entity],
        )
        return entity

    def entities_matching(self, name: str) -> list[int]:
        """Entities a filter name means: an exact alias, else aliases containing it."""
        exact = self.find_entity(name)
        if exact is not None:
            return [exact]
        key = name_key(name)
        if not key:
            return []
        rows = self._q(
            "SELECT DISTINCT entity_id FROM aliases WHERE instr(name_key, ?) > 0", [key]
        )
        return [r[0] for r in rows]

    def add_alias(self, entity_id: int, alias: str) -> None:
        self._x(
            "INSERT OR REPLACE INTO aliases (name_key, alias, entity_id) VALUES (?, ?, ?)",
            [name_key(alias), alias.strip(), entity_id],
        )

    def entity_names(self, ids) -> dict[int, str]:
        ids = [i for i in set(ids) if i is not None]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._q(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids)
        return {r["id"]: r["name"] for r in rows}

    # -- reports --------------------------------------------------------------

    def report_id_by_hash(self, content_hash: str) -> int | None:
        row = self._q("SELECT id FROM reports WHERE content_hash = ?", [content_hash])
        return row[0][0] if row else None

    def report_id_by_source_hash(self, source_hash: str) -> int | None:
        row = self._q("SELECT id FROM reports WHERE source_hash = ? LIMIT 1", [source_hash])
        return row[0][0] if row else None

    def insert_report(self, report, content_hash: str, recorded_at: str, source_hash: str | None = None) -> int:
        """Store a parsed report once; the same content hash returns the stored id."""
        existing = self.report_id_by_hash(content_hash)
        if existing is not None:
            return existing
        return self._x(
            """INSERT INTO reports (content_hash, url, title, outlet, author, language,
                   published, origin, location, recorded_at, source_hash)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [content_hash, report.url, report.title, report.outlet, report.author, report.language,
             str(report.published) if report.published else None, report.origin, report.location,
             recorded_at, source_hash],
        ).lastrowid

    # -- claims ---------------------------------------------------------------

    def insert_claim(self, new: NewClaim, recorded_at: str, link_reason: str | None = None) -> int:
        source_id = self.entity_id(new.source) if new.source else None
        claim_id = self._x(
            """INSERT INTO claims (text, source_id, anonymous, first_reported, due,
                   status, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, 'reported', ?, ?)""",
            [
                new.text,
                source_id,
                int(new.anonymous),
                str(new.reported_on) if new.reported_on else None,
                str(new.due) if new.due else None,
                recorded_at,
                recorded_at,
            ],
        ).lastrowid
        self.set_subjects(claim_id, new.subjects)
        self.insert_mention(
            claim_id,
            sentence=new.sentence or new.text,
            credited_id=source_id,
            mentioned_on=new.reported_on,
            url=new.url,
            report_id=new.report_id,
            recorded_at=recorded_at,
            extracted_text=new.text,
            link_reason=link_reason,
        )
        self.index_claim_text(claim_id, new.text)
        return claim_id

    def set_subjects(self, claim_id: int, subjects) -> None:
        self._x("DELETE FROM claim_subjects WHERE claim_id = ?", [claim_id])
        for position, subject in enumerate(subjects):
            self._x(
                "INSERT OR IGNORE INTO claim_subjects (claim_id, entity_id, position) VALUES (?, ?, ?)",
                [claim_id, self.entity_id(subject), position],
            )

    def index_claim_text(self, claim_id: int, text: str) -> None:
        self._x("DELETE FROM claims_search WHERE rowid = ?", [claim_id])
        self._x(
            "INSERT INTO claims_search (rowid, terms) VALUES (?, ?)",
            [claim_id, " ".join(search_terms.index_terms(text))],
        )

    def insert_mention(self, claim_id, *, sentence, credited_id, mentioned_on, url, report_id,
                       recorded_at, extracted_text=None, link_reason=None) -> int:
        from .match import normalise

        return self._x(
            """INSERT INTO mentions (claim_id, report_id, sentence, credited_id, mentioned_on,
                   url, recorded_at, extracted_text, text_key, link_reason)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [claim_id, report_id, sentence, credited_id,
             str(mentioned_on) if mentioned_on else None, url, recorded_at,
             extracted_text, normalise(extracted_text) if extracted_text else None, link_reason],
        ).lastrowid

    def claim_with_wording(self, text_key: str) -> int | None:
        """A claim one of whose mentions was extracted with exactly this wording."""
        row = self._q("SELECT claim_id FROM mentions WHERE text_key = ? ORDER BY id LIMIT 1", [text_key])
        return row[0][0] if row else None

    def update_claim_fields(self, claim_id: int, fields: dict, recorded_at: str) -> None:
        sets = ", ".join(f"{column} = ?" for column in fields)
        self._x(
            f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ?",
            [*fields.values(), recorded_at, claim_id],
        )

    def set_status(self, claim_id: int, status: Status) -> None:
        self._x("UPDATE claims SET status = ? WHERE id = ?", [status.value, claim_id])

    def log_edit(self, claim_id: int, field: str, old, new, recorded_at: str) -> None:
        self._x(
            "INSERT INTO claim_edits (claim_id, field, old_value, new_value, recorded_at) VALUES (?, ?, ?, ?, ?)",
            [claim_id, field, old, new, recorded_at],
        )

    def remove_claim(self, claim_id: int, snapshot: dict, removed_at: str) -> None:
        self._x(
            "INSERT INTO removed_claims (claim_id, snapshot, removed_at) VALUES (?, ?, ?)",
            [claim_id, json.dumps(snapshot, ensure_ascii=False), removed_at],
        )
        self._x("DELETE FROM claims_search WHERE rowid = ?", [claim_id])
        self._x("DELETE FROM claims WHERE id = ?", [claim_id])

    def claim_count(self) -> int:
        return self._q("SELECT count(*) FROM claims")[0][0]

    def claim_exists(self, claim_id: int) -> bool:
        return bool(self._q("SELECT 1 FROM claims WHERE id = ?", [claim_id]))

    def get_claim(self, claim_id: int) -> Claim:
        claims = self.claims_by_id([claim_id])
        if not claims:
            raise NotFound(f"no claim with id {claim_id}")
        return claims[0]

    def claims_by_id(self, ids: list[int]) -> list[Claim]:
        """Claims in the order of `ids`, with their source and subject names."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._q(
            f"""SELECT c.*, e.name AS source_name FROM claims c
                LEFT JOIN entities e ON e.id = c.source_id WHERE c.id IN ({marks})""",
            ids,
        )
        subjects: dict[int, list[str]] = {}
        for r in self._q(
            f"""SELECT s.claim_id, e.name FROM claim_subjects s JOIN entities e ON e.id = s.entity_id
                WHERE s.claim_id IN ({marks}) ORDER BY s.claim_id, s.position""",
            ids,
        ):
            subjects.setdefault(r[0], []).append(r[1])
        by_id = {
            r["id"]: Claim(
                id=r["id"],
                text=r["text"],
                source=r["source_name"],
                anonymous=bool(r["anonymous"]),
                subjects=tuple(subjects.get(r["id"], ())),
                first_reported=parse_optional(r["first_reported"]),
                due=parse_optional(r["due"]),
                status=Status(r["status"]),
                created_at=r["created_at"],
                updated_at=r["updated_at"],
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def find_claim_ids(self, query: ClaimQuery, *, status_in_sql: bool) -> list[int]:
        """Ids of claims passing every filter SQL can check, newest first."""
        where, params = [], []
        if query.status and status_in_sql:
            if query.status == "open":
                where.append("c.status NOT IN (" + ",".join("?" * len(Verdict)) + ")")
                params += [v.value for v in Verdict]
            else:
                where.append("c.status = ?")
                params.append(query.status)
        if query.subject is not None:
            ids = self.entities_matching(query.subject) or [-1]
            where.append(
                "c.id IN (SELECT claim_id FROM claim_subjects WHERE entity_id IN ("
                + ",".join("?" * len(ids)) + "))"
            )
            params += ids
        if query.source is not None:
            ids = self.entities_matching(query.source) or [-1]
            marks = ",".join("?" * len(ids))
            where.append(
                f"(c.source_id IN ({marks}) OR c.id IN "
                f"(SELECT claim_id FROM mentions WHERE credited_id IN ({marks})))"
            )
            params += ids + ids
        first = _date_start("c.first_reported")
        if query.since is not None:
            where.append(f"{first} >= ?")
            params.append(query.since.start.isoformat())
        if query.until is not None:
            where.append(f"{first} <= ?")
            params.append(query.until.end.isoformat())
        if query.as_of is not None:
            where.append(f"({first} IS NULL OR {first} <= ?)")
            params.append(query.as_of.end.isoformat())
        if query.search:
            match = search_terms.match_expression(query.search)
            if match is None:
                return []
            where.append("c.id IN (SELECT rowid FROM claims_search WHERE claims_search MATCH ?)")
            params.append(match)
            for word in search_terms.query_words(query.search):
                where.append("instr(lower(c.text), ?) > 0")
                params.append(word.lower())
        sql = "SELECT c.id FROM claims c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {first} DESC, c.id DESC"
        if query.limit is not None and (status_in_sql or not query.status):
            sql += " LIMIT ?"
            params.append(query.limit)
        return [r[0] for r in self._q(sql, params)]

    def _nearest_claims_about(self, subject_ids: list[int], around, window_days: int, limit: int) -> list[int]:
        """Per subject, the claims reported nearest `around` on either side, read off the
        (entity, date) index with a LIMIT, so the cost stays flat however many claims
        a busy subject has; then those sharing most subjects, nearest first."""
        from datetime import timedelta

        day = around.isoformat()
        span = timedelta(days=window_days)
        # Clamped: a report dated 9999-12-31 (or 0001-01-01) must not overflow the calendar.
        low = (around - span if around - date.min > span else date.min).isoformat()
        high = (around + span if date.max - around > span else date.max).isoformat()
        found: dict[int, list] = {}
        for entity in subject_ids:
            for sql, bounds in (
                ("reported_on >= ? AND reported_on <= ? ORDER BY reported_on", [day, high]),
                ("reported_on < ? AND reported_on >= ? ORDER BY reported_on DESC", [day, low]),
            ):
                for claim_id, reported_on in self._q(
                    f"SELECT claim_id, reported_on FROM claim_subjects WHERE entity_id = ? AND {sql} LIMIT ?",
                    [entity, *bounds, limit],
                ):
                    entry = found.setdefault(claim_id, [0, abs((date.fromisoformat(reported_on) - around).days)])
                    entry[0] += 1
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[1][1], -item[0]))
        return [claim_id for claim_id, _ in ranked[:limit]]

    def match_candidates(self, subject_ids: list[int], around, window_days: int, limit: int = 8):
        """Claims sharing most subjects, first reported closest to `around` within
        `window_days`: the few worth scoring, however many the database holds."""
        from .match import Candidate

        if not subject_ids or around is None:
            return []
        ids = self._nearest_claims_about(subject_ids, around, window_days, limit)
        if not ids:
            return []
        id_marks = ",".join("?" * len(ids))
        subjects: dict[int, set[int]] = {i: set() for i in ids}
        for r in self._q(f"SELECT claim_id, entity_id FROM claim_subjects WHERE claim_id IN ({id_marks})", ids):
            subjects[r[0]].add(r[1])
        claims = self._q(f"SELECT id, text, first_reported, source_id FROM claims WHERE id IN ({id_marks})", ids)
        return [
            Candidate(r["id"], r["text"], parse_optional(r["first_reported"]).start if r["first_reported"] else None,
                      frozenset(subjects[r["id"]]), r["source_id"])
            for r in sorted(claims, key=lambda r: ids.index(r["id"]))
        ]

    def recent_claims_about(self, entity_id: int, before, window_days: int) -> list[int]:
        """Claims about an entity first reported up to `window_days` before `before`, newest first."""
        first = _date_start("first_reported")
        rows = self._q(
            f"""SELECT id FROM claims WHERE id IN (SELECT claim_id FROM claim_subjects WHERE entity_id = ?)
                AND julianday({first}) BETWEEN julianday(?) - ? AND julianday(?)
                ORDER BY {first} DESC, id DESC""",
            [entity_id, before.isoformat(), window_days, before.isoformat()],
        )
        return [r[0] for r in rows]

    def reports(self, limit: int | None = None) -> list[dict]:
        sql = """SELECT r.*,
                   (SELECT count(DISTINCT claim_id) FROM mentions m WHERE m.report_id = r.id) AS claims,
                   (SELECT count(*) FROM responses x WHERE x.report_id = r.id) AS responses
                 FROM reports r ORDER BY r.id DESC"""
        params: list = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [dict(r) for r in self._q(sql, params)]

    def mention_counts(self, ids: list[int]) -> dict[int, tuple[int, int]]:
        """claim id → (mentions, responses)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        counts = {i: [0, 0] for i in ids}
        for r in self._q(f"SELECT claim_id, count(*) FROM mentions WHERE claim_id IN ({marks}) GROUP BY claim_id", ids):
            counts[r[0]][0] = r[1]
        for r in self._q(f"SELECT claim_id, count(*) FROM responses WHERE claim_id IN ({marks}) GROUP BY claim_id", ids):
            counts[r[0]][1] = r[1]
        return {k: (v[0], v[1]) for k, v in counts.items()}

    def claims_needing_review(self, today, quiet_days: int, limit: int = 200) -> list[dict]:
        """Open claims past their due date or with no event for `quiet_days` days."""
        verdicts = ",".join("?" * len(Verdict))
        last = f"""max(coalesce((SELECT max({_date_start('mentioned_on')}) FROM mentions m WHERE m.claim_id = c.id), ''),
                       coalesce((SELECT max({_date_start('responded_on')}) FROM responses r WHERE r.claim_id = c.id), ''))"""
        due_end = "(CASE WHEN length(c.due) = 7 THEN date(c.due || '-01', '+1 month', '-1 day') ELSE c.due END)"
        rows = self._q(
            f"""SELECT * FROM (
                  SELECT c.id, c.text, c.status, c.due,
                         c.due IS NOT NULL AND {due_end} < ? AS overdue,
                         CAST(julianday(?) - julianday(nullif({last}, '')) AS INTEGER) AS quiet_days
                  FROM claims c WHERE c.status NOT IN ({verdicts}))
                WHERE overdue OR quiet_days >= ? ORDER BY overdue DESC, quiet_days DESC, id LIMIT ?""",
            [today.isoformat(), today.isoformat(), *[v.value for v in Verdict], quiet_days, limit],
        )
        return [dict(r) | {"overdue": bool(r["overdue"])} for r in rows]

    # -- suggestions, merges and splits ---------------------------------------

    def add_suggestion(self, claim_id: int, candidate_id: int, score: float, reason: str) -> int:
        return self._x(
            """INSERT INTO match_suggestions (claim_id, candidate_id, score, reason, created_at)
               VALUES (?, ?, ?, ?, ?)""",
            [claim_id, candidate_id, score, reason, now_iso()],
        ).lastrowid

    def suggestions(self, state: str | None = "open") -> list[dict]:
        sql = "SELECT * FROM match_suggestions"
        params: list = []
        if state:
            sql += " WHERE state = ?"
            params.append(state)
        return [dict(r) for r in self._q(sql + " ORDER BY id", params)]

    def suggestion(self, suggestion_id: int) -> dict:
        rows = self._q("SELECT * FROM match_suggestions WHERE id = ?", [suggestion_id])
        if not rows:
            raise NotFound(f"no suggestion with id {suggestion_id}")
        return dict(rows[0])

    def decide_suggestion(self, suggestion_id: int, state: str) -> None:
        self._x("UPDATE match_suggestions SET state = ?, decided_at = ? WHERE id = ?",
                [state, now_iso(), suggestion_id])

    def move_claim_rows(self, from_id: int, to_id: int) -> None:
        """Everything hanging on one claim moves to another (for a merge)."""
        for table in ("mentions", "responses", "verdicts", "claim_edits"):
            self._x(f"UPDATE {table} SET claim_id = ? WHERE claim_id = ?", [to_id, from_id])
        self._x(
            """INSERT OR IGNORE INTO claim_subjects (claim_id, entity_id, position)
               SELECT ?, entity_id, 100 + position FROM claim_subjects WHERE claim_id = ?""",
            [to_id, from_id],
        )
        # Suggestions follow the claims; one that now points a claim at itself is moot,
        # unless it was decided, which is kept as a record of the decision.
        self._x("UPDATE match_suggestions SET claim_id = ? WHERE claim_id = ?", [to_id, from_id])
        self._x("UPDATE match_suggestions SET candidate_id = ? WHERE candidate_id = ?", [to_id, from_id])
        self._x("DELETE FROM match_suggestions WHERE claim_id = candidate_id AND state = 'open'")

    def insert_claim_shell(self, new: NewClaim, recorded_at: str) -> int:
        """A claim row with subjects and search terms but no mention (for a split)."""
        claim_id = self._x(
            """INSERT INTO claims (text, source_id, anonymous, first_reported, status, created_at, updated_at)
               VALUES (?, ?, ?, ?, 'reported', ?, ?)""",
            [new.text, self.entity_id(new.source) if new.source else None, int(new.anonymous),
             str(new.reported_on) if new.reported_on else None, recorded_at, recorded_at],
        ).lastrowid
        self.set_subjects(claim_id, new.subjects)
        self.index_claim_text(claim_id, new.text)
        return claim_id

    def mention_extracted_text(self, mention_id: int) -> str | None:
        row = self._q("SELECT extracted_text FROM mentions WHERE id = ?", [mention_id])
        return row[0][0] if row else None

    def move_mentions(self, mention_ids: list[int], to_id: int) -> None:
        marks = ",".join("?" * len(mention_ids))
        self._x(f"UPDATE mentions SET claim_id = ?, link_reason = 'split off by hand' WHERE id IN ({marks})",
                [to_id, *mention_ids])

    def move_responses_of_reports(self, from_id: int, report_ids: list[int], to_id: int) -> None:
        if not report_ids:
            return
        marks = ",".join("?" * len(report_ids))
        self._x(f"UPDATE responses SET claim_id = ? WHERE claim_id = ? AND report_id IN ({marks})",
                [to_id, from_id, *report_ids])

    # -- entity records and track records ------------------------------------

    def entity_rows(self, kind: str | None = None, search: str | None = None) -> list[dict]:
        """Entities with their aliases and how many claims name them."""
        where, params = [], []
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        if search:
            where.append("e.id IN (SELECT entity_id FROM aliases WHERE instr(name_key, ?) > 0)")
            params.append(name_key(search))
        sql = """SELECT e.id, e.name, e.kind, e.starter,
                   (SELECT group_concat(alias, char(31)) FROM aliases a WHERE a.entity_id = e.id) AS aliases,
                   (SELECT count(*) FROM claim_subjects s WHERE s.entity_id = e.id) AS as_subject,
                   (SELECT count(*) FROM claims c WHERE c.source_id = e.id) AS as_source,
                   (SELECT count(*) FROM responses r WHERE r.responder_id = e.id) AS as_responder
                 FROM entities e"""
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.kind, e.name COLLATE NOCASE"
        rows = []
        for r in self._q(sql, params):
            row = dict(r)
            row["aliases"] = sorted(a for a in (row["aliases"] or "").split("\x1f") if a and a != row["name"])
            row["starter"] = bool(row["starter"])
            rows.append(row)
        return rows

    def create_entity(self, name: str, kind: str) -> int:
        entity = self._x(
            "INSERT INTO entities (name, kind, created_at) VALUES (?, ?, ?)", [name, kind, now_iso()]
        ).lastrowid
        self.add_alias(entity, name)
        return entity

    def set_entity_kind(self, entity_id: int, kind: str) -> None:
        self._x("UPDATE entities SET kind = ? WHERE id = ?", [kind, entity_id])

    def claim_outcomes(self) -> list[dict]:
        """Per claim: originator, first report, latest verdict and whether a party denied it first."""
        rows = self._q(
            """SELECT c.id, c.anonymous, c.first_reported, e.name AS source,
                 (SELECT verdict FROM verdicts v WHERE v.claim_id = c.id
                    ORDER BY v.decided_on DESC, v.id DESC LIMIT 1) AS verdict,
                 (SELECT decided_on FROM verdicts v WHERE v.claim_id = c.id
                    ORDER BY v.decided_on DESC, v.id DESC LIMIT 1) AS decided_on,
                 EXISTS (SELECT 1 FROM responses r WHERE r.claim_id = c.id AND r.stance = 'deny') AS denied
               FROM claims c LEFT JOIN entities e ON e.id = c.source_id"""
        )
        return [dict(r) for r in rows]

    def origin_counts(self, ids: list[int]) -> dict[int, int]:
        """claim id → independent origins: distinct credited sources, a report's own
        outlet standing in when it credits nobody."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._q(
            f"""SELECT m.claim_id, count(DISTINCT coalesce('e' || m.credited_id, 'o' || r.outlet,
                     'm' || m.id)) FROM mentions m LEFT JOIN reports r ON r.id = m.report_id
                WHERE m.claim_id IN ({marks}) GROUP BY m.claim_id""",
            ids,
        )
        counts = {i: 0 for i in ids}
        counts.update({r[0]: r[1] for r in rows})
        return counts

    # -- mentions, responses, verdicts, edits -----------------------------------

    def mentions(self, claim_id: int) -> list[Mention]:
        rows = self._q(
            """SELECT m.*, e.name AS credited_name, r.title AS report_title
               FROM mentions m LEFT JOIN entities e ON e.id = m.credited_id
               LEFT JOIN reports r ON r.id = m.report_id
               WHERE m.claim_id = ? ORDER BY m.id""",
            [claim_id],
        )
        return [
            Mention(
                id=r["id"], claim_id=claim_id, sentence=r["sentence"], credited=r["credited_name"],
                mentioned_on=parse_optional(r["mentioned_on"]), recorded_at=r["recorded_at"],
                url=r["url"], report_id=r["report_id"], report_title=r["report_title"],
                link_reason=r["link_reason"],
            )
            for r in rows
        ]

    def insert_response(self, claim_id: int, new: NewResponse, recorded_at: str) -> int:
        return self._x(
            """INSERT INTO responses (claim_id, responder_id, stance, quote, via_id,
                   responded_on, url, report_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                claim_id,
                self.entity_id(new.responder),
                new.stance.value,
                new.quote,
                self.entity_id(new.via) if new.via else None,
                str(new.responded_on) if new.responded_on else None,
                new.url,
                new.report_id,
                recorded_at,
            ],
        ).lastrowid

    def responses(self, claim_id: int) -> list[Response]:
        rows = self._q(
            """SELECT r.*, who.name AS responder, via.name AS via FROM responses r
               JOIN entities who ON who.id = r.responder_id
               LEFT JOIN entities via ON via.id = r.via_id
               WHERE r.claim_id = ? ORDER BY r.id""",
            [claim_id],
        )
        return [
            Response(
                id=r["id"], claim_id=claim_id, responder=r["responder"], stance=Stance(r["stance"]),
                quote=r["quote"], via=r["via"], responded_on=parse_optional(r["responded_on"]),
                recorded_at=r["recorded_at"], url=r["url"], report_id=r["report_id"],
            )
            for r in rows
        ]

    def insert_verdict(self, claim_id: int, new: NewVerdict, recorded_at: str) -> int:
        return self._x(
            """INSERT INTO verdicts (claim_id, verdict, decided_on, evidence, note, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [claim_id, new.verdict.value, str(new.decided_on) if new.decided_on else None,
             new.evidence, new.note, recorded_at],
        ).lastrowid

    def verdicts(self, claim_id: int) -> list[VerdictRecord]:
        rows = self._q("SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", [claim_id])
        return [
            VerdictRecord(
                id=r["id"], claim_id=claim_id, verdict=Verdict(r["verdict"]),
                decided_on=parse_optional(r["decided_on"]), recorded_at=r["recorded_at"],
                evidence=r["evidence"], note=r["note"],
            )
            for r in rows
        ]

    def edits(self, claim_id: int) -> list[Edit]:
        rows = self._q("SELECT * FROM claim_edits WHERE claim_id = ? ORDER BY id", [claim_id])
        return [
            Edit(id=r["id"], claim_id=claim_id, field=r["field"], old_value=r["old_value"],
                 new_value=r["new_value"], recorded_at=r["recorded_at"])
            for r in rows
        ]

    def events(self, claim_id: int) -> list[Event]:
        """Everything that happened to a claim, derived from the tables that record it."""
        return events_from(self.mentions(claim_id), self.responses(claim_id),
                           self.verdicts(claim_id), self.edits(claim_id)) + \
            [report_change_event(c, claim_id) for c in self.report_changes(claim_id)]

    def status_events(self, claim_id: int) -> list[Event]:
        """Only the events that can change a status (responses and verdicts): a claim
        repeated by a thousand reports need not load them to know where it stands."""
        return events_from([], self.responses(claim_id), self.verdicts(claim_id), [])

    # -- export and import ----------------------------------------------------

    def export_reports(self) -> list[dict]:
        """Every stored report as a plain row, in the order they were stored."""
        return [dict(r) for r in self._q("SELECT * FROM reports ORDER BY id")]

    def export_entities(self) -> list[dict]:
        """Every entity with all its aliases (its own name included), by id."""
        aliases: dict[int, list[str]] = {}
        for r in self._q("SELECT entity_id, alias FROM aliases ORDER BY alias, name_key"):
            aliases.setdefault(r[0], []).append(r[1])
        return [
            {"id": r["id"], "name": r["name"], "kind": r["kind"], "starter": bool(r["starter"]),
             "aliases": aliases.get(r["id"], [])}
            for r in self._q("SELECT id, name, kind, starter FROM entities ORDER BY id")
        ]

    def claim_identities(self) -> list[tuple[int, str, str | None]]:
        """(id, text, first_reported) of every claim, for matching imported claims."""
        return [(r[0], r[1], r[2]) for r in self._q("SELECT id, text, first_reported FROM claims ORDER BY id")]

    def add_alias_if_free(self, entity_id: int, alias: str) -> None:
        # Unlike add_alias, never moves an alias another entity already owns.
        self._x(
            "INSERT OR IGNORE INTO aliases (name_key, alias, entity_id) VALUES (?, ?, ?)",
            [name_key(alias), alias.strip(), entity_id],
        )

    def insert_claim_row(self, row: dict) -> int:
        """A claim exactly as exported (timestamps and status kept), without mentions.

        The exported id is kept when no stored claim has it, so an export loaded into
        an empty database exports again byte for byte.
        """
        wanted = row.get("id")
        keep = isinstance(wanted, int) and wanted > 0 and not self.claim_exists(wanted)
        claim_id = self._x(
            """INSERT INTO claims (id, text, source_id, anonymous, first_reported, due,
                   status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [wanted if keep else None, row["text"],
             self.entity_id(row["source"]) if row.get("source") else None,
             int(bool(row.get("anonymous"))), row.get("first_reported"), row.get("due"),
             row.get("status") or "reported", row["created_at"], row["updated_at"]],
        ).lastrowid
        self.index_claim_text(claim_id, row["text"])
        return claim_id

    def mention_extractions(self, claim_id: int) -> dict[int, dict]:
        """Mention id -> the wording extracted from its report and why it was linked."""
        rows = self._q("SELECT id, extracted_text, link_reason FROM mentions WHERE claim_id = ?", [claim_id])
        return {r["id"]: {"extracted_text": r["extracted_text"], "link_reason": r["link_reason"]} for r in rows}

    def insert_suggestion_row(self, claim_id: int, candidate_id: int, row: dict) -> int:
        """A suggestion exactly as exported: its state and timestamps are kept."""
        return self._x(
            """INSERT INTO match_suggestions (claim_id, candidate_id, score, reason, state, created_at, decided_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [claim_id, candidate_id, row["score"], row["reason"], row["state"], row["created_at"],
             row.get("decided_at")],
        ).lastrowid

    def insert_feed_row(self, row: dict) -> int:
        """A feed as exported; what polling learns (ETag, last check) starts empty."""
        return self._x(
            """INSERT INTO feeds (name, address, kind, format, language, full_text, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [row["name"], row["address"], row["kind"], row.get("format"), row.get("language"),
             int(bool(row.get("full_text"))), row["added_at"]],
        ).lastrowid

    def insert_hook_row(self, row: dict) -> int:
        return self._x("INSERT INTO hooks (event, command, added_at) VALUES (?, ?, ?)",
                       [row["event"], row["command"], row["added_at"]]).lastrowid

    # -- feeds and runs -------------------------------------------------------

    def add_feed(self, name: str, address: str, kind: str, language: str | None, full_text: bool) -> int:
        return self._x(
            """INSERT INTO feeds (name, address, kind, language, full_text, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [name, address, kind, language, int(full_text), now_iso()],
        ).lastrowid

    def feeds(self) -> list[dict]:
        rows = self._q(
            """SELECT f.*, (SELECT count(*) FROM feed_entries e WHERE e.feed_id = f.id) AS entries_seen
               FROM feeds f ORDER BY f.id"""
        )
        return [dict(r) | {"full_text": bool(r["full_text"])} for r in rows]

    def feed_with(self, *, name: str | None = None, address: str | None = None) -> dict | None:
        rows = self._q("SELECT * FROM feeds WHERE name = ? OR address = ?", [name, address])
        return dict(rows[0]) if rows else None

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

    def report_changes(self, claim_id: int) -> list[dict]:
        """Changes seen in the reports that carry a claim (edited headline or body,
        page removed), oldest first."""
        rows = self._q(
            """SELECT c.*, r.url, r.title AS report_title FROM report_changes c
               JOIN reports r ON r.id = c.report_id
               WHERE c.report_id IN (SELECT report_id FROM mentions WHERE claim_id = ?
                                     UNION SELECT report_id FROM responses WHERE claim_id = ?)
               ORDER BY c.detected_at, c.id""",
            [claim_id, claim_id],
        )
        return [dict(r) | {"detail": json.loads(r["detail"] or "{}")} for r in rows]

    def add_hook(self, event: str, command: str) -> int:
        return self._x("INSERT INTO hooks (event, command, added_at) VALUES (?, ?, ?)",
                       [event, command, now_iso()]).lastrowid

    def hooks(self) -> list[dict]:
        return [dict(r) for r in self._q("SELECT * FROM hooks ORDER BY id")]

    def remove_hook(self, hook_id: int) -> bool:
        return self._x("DELETE FROM hooks WHERE id = ?", [hook_id]).rowcount > 0


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
