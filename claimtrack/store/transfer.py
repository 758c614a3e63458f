"""Rows written and read by the JSON dump and import, as they are.

Provides (TransferRows): `export_reports`, `claim_identities`, `mention_extractions`,
`insert_suggestion_row`, `insert_feed_row`, `insert_hook_row`.
Uses: StoreCore `_q` and `_x`. (`load.py` also calls EntityRows, ReportRows, ClaimRows,
HistoryRows and FeedRows methods; those rows have one way in each.)
"""

from __future__ import annotations


class TransferRows:
    """Rows written and read by the JSON dump and import."""

    def export_reports(self) -> list[dict]:
        """Every stored report as a plain row, in the order they were stored."""
        return [dict(r) for r in self._q("SELECT * FROM reports ORDER BY id")]

    def claim_identities(self) -> list[tuple[int, str, str | None]]:
        """(id, text, first_reported) of every claim, for matching imported claims."""
        return [(r[0], r[1], r[2]) for r in self._q("SELECT id, text, first_reported FROM claims ORDER BY id")]

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
