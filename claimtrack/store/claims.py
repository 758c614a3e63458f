"""Claims, their subjects and search terms; listing, matching candidates and review.

Provides (ClaimRows): `insert_claim` (the one way a claim is made), `set_subjects`,
`index_claim_text`, `insert_mention`, `update_claim_fields`, `set_status`, `log_edit`,
`remove_claim`; `get_claim`, `claims_by_id`, `claim_exists`, `claim_count`,
`claim_with_wording`, `find_claim_ids`, `match_candidates`, `recent_claims_about`,
`mention_counts`, `overdue_claims`, `claim_outcomes`.
Uses: StoreCore `_q` and `_x` (and `_date_start`); EntityRows `entity_id` (a claim's
source and subjects) and `entities_matching` (the --subject and --source filters).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..text import search
from ..dates.partial import parse_optional
from ..text.keys import wording_key
from ..errors import NotFound
from ..match import Candidate
from ..models import Claim, ClaimQuery, NewClaim, Status, Verdict
from .core import _date_start


class ClaimRows:
    """Claims, their subjects and search terms; listing, matching candidates and review."""

    def insert_claim(self, new: NewClaim, recorded_at: str, *, link_reason: str | None = None,
                     with_mention: bool = True, wanted_id: int | None = None, status: str = "reported",
                     updated_at: str | None = None) -> int:
        """The one way a claim is made (by hand, by ingest, by a split and by import):
        its row, its subjects, the mention it was first seen in (unless `with_mention`
        is false: a split moves mentions in, an import adds them itself) and its search
        terms, in that order.

        `wanted_id` is kept when no stored claim has it (an import keeps exported ids,
        so an export loaded into an empty database exports again byte for byte);
        `status` and `updated_at` are an import's, stored as they were exported.
        """
        keep = isinstance(wanted_id, int) and wanted_id > 0 and not self.claim_exists(wanted_id)
        source_id = self.entity_id(new.source) if new.source else None
        claim_id = self._x(
            """INSERT INTO claims (id, text, source_id, anonymous, first_reported, due,
                   status, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                wanted_id if keep else None,
                new.text,
                source_id,
                int(new.anonymous),
                str(new.reported_on) if new.reported_on else None,
                str(new.due) if new.due else None,
                status,
                recorded_at,
                updated_at or recorded_at,
            ],
        ).lastrowid
        self.set_subjects(claim_id, new.subjects)
        if with_mention:
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
            [claim_id, " ".join(search.index_terms(text))],
        )

    def insert_mention(self, claim_id, *, sentence, credited_id, mentioned_on, url, report_id,
                       recorded_at, extracted_text=None, link_reason=None) -> int:

        return self._x(
            """INSERT INTO mentions (claim_id, report_id, sentence, credited_id, mentioned_on,
                   url, recorded_at, extracted_text, text_key, link_reason)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [claim_id, report_id, sentence, credited_id,
             str(mentioned_on) if mentioned_on else None, url, recorded_at,
             extracted_text, wording_key(extracted_text) if extracted_text else None, link_reason],
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

    def claim_outcomes(self) -> list[dict]:
        """Per claim: id, originator and first report (`query.claim_outcomes` adds
        the verdict and denials from the events, as of a day)."""
        rows = self._q(
            """SELECT c.id, c.anonymous, c.first_reported, e.name AS source
               FROM claims c LEFT JOIN entities e ON e.id = c.source_id ORDER BY c.id"""
        )
        return [dict(r) for r in rows]

    def get_claim(self, claim_id: int) -> Claim:
        claims = self.claims_by_id([claim_id])
        if not claims:
            raise NotFound(self._why_missing(claim_id))
        return claims[0]

    def _why_missing(self, claim_id: int) -> str:
        """Where a claim went: merged (followed to the claim that holds it now), removed, or never there."""
        merged_into, when, seen = claim_id, None, {claim_id}
        while True:
            rows = self._q("""SELECT new_value, recorded_at FROM claim_edits WHERE field = 'merged'
                              AND substr(old_value, 1, ?) = ? ORDER BY id DESC LIMIT 1""",
                           [len(f"claim {merged_into}: "), f"claim {merged_into}: "])
            target = rows[0][0].removeprefix("claim ") if rows else ""
            if not target.isdigit() or int(target) in seen:
                break
            merged_into, when = int(target), when or rows[0][1][:10]
            seen.add(merged_into)
            if self.claim_exists(merged_into):
                return (f"claim {claim_id} was merged into claim {merged_into} on {when}: "
                        f"see `claimtrack show {merged_into}`")
        if merged_into != claim_id:
            return f"claim {claim_id} was merged into claim {merged_into} on {when}, which was since removed"
        removed = self._q("SELECT removed_at FROM removed_claims WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
                          [claim_id])
        if removed:
            return f"claim {claim_id} was removed on {removed[0][0][:10]}"
        return f"no claim with id {claim_id}"

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
            match = search.match_expression(query.search)
            if match is None:
                return []
            where.append("c.id IN (SELECT rowid FROM claims_search WHERE claims_search MATCH ?)")
            params.append(match)
            for word in search.query_words(query.search):
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

    def totals(self) -> dict:
        """How much the tracker holds, for the web view's home page."""
        verdicts = ",".join("?" * len(Verdict))
        row = self._q(
            f"""SELECT (SELECT count(*) FROM claims) AS claims,
                       (SELECT count(*) FROM claims WHERE status NOT IN ({verdicts})) AS open,
                       (SELECT count(*) FROM responses) AS responses,
                       (SELECT count(*) FROM reports) AS reports,
                       (SELECT max(started_at) FROM runs) AS last_run""",
            [v.value for v in Verdict],
        )
        return dict(row[0])

    def overdue_claims(self, today, quiet_days: int) -> list[dict]:
        """Open claims past their due date, or quiet: no mention or response dated in
        the last `quiet_days` days. Overdue first, then the quietest."""
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
                WHERE overdue OR quiet_days >= ? ORDER BY overdue DESC, quiet_days DESC, id""",
            [today.isoformat(), today.isoformat(), *[v.value for v in Verdict], quiet_days],
        )
        return [dict(r) | {"overdue": bool(r["overdue"])} for r in rows]
