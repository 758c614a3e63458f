"""Entities and their aliases."""

from __future__ import annotations

from ..text.keys import name_key
from ..dates.clock import now_iso


class EntityRows:
    """Entities and their aliases."""

    def find_entity(self, name: str) -> int | None:
        key = name_key(name)
        found = self.entity_ids_seen.get(key)
        if found is not None:
            return found
        row = self._q("SELECT entity_id FROM aliases WHERE name_key = ?", [key])
        if not row:
            return None
        if self.conn.in_transaction:  # ingest looks up the same few names in every report
            self.entity_ids_seen[key] = row[0][0]
        return row[0][0]

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
        self.entity_ids_seen.pop(name_key(alias), None)  # OR REPLACE may point it elsewhere
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
