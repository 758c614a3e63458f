"""Suggested links, merges and splits.

Provides (SuggestionRows): `add_suggestion`, `suggestions`, `suggestion`,
`decide_suggestion`, `move_claim_rows`, `set_link_reason`, `mention_extracted_text`,
`move_mentions`, `move_responses_of_reports`.
Uses: StoreCore `_q` and `_x`. (A split's new claim is made by ClaimRows `insert_claim`,
which `links.py` calls.)
"""

from __future__ import annotations

from ..errors import NotFound
from ..dates.clock import now_iso


class SuggestionRows:
    """Suggested links, merges and splits."""

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

    def set_link_reason(self, mention_id: int, reason: str) -> None:
        self._x("UPDATE mentions SET link_reason = ? WHERE id = ?", [reason, mention_id])

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
