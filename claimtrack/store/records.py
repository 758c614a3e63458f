"""Entity listings, claim outcomes for track records, independent origins."""

from __future__ import annotations

from ..text.keys import name_key
from ..dates.clock import now_iso


class RecordRows:
    """Entity listings, claim outcomes for track records, independent origins."""

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
        """Per claim: id, originator and first report (`tracker.claim_outcomes` adds
        the verdict and denials from the events, as of a day)."""
        rows = self._q(
            """SELECT c.id, c.anonymous, c.first_reported, e.name AS source
               FROM claims c LEFT JOIN entities e ON e.id = c.source_id ORDER BY c.id"""
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
