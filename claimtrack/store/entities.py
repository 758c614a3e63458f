"""Entities and their aliases: finding, creating and listing them; every statement
on `entities` and `aliases` outside the migrations is here.

Provides (EntityRows): `find_entity`, `entity_id` (found, or made), `create_entity`
(the one way an entity is made), `entities_matching`, `add_alias`, `add_alias_if_free`,
`set_entity_kind`, `entity_names`, `entity_rows` (the listing), `export_entities`.
Uses: StoreCore `_q`, `_x`, `conn` and `entity_ids_seen`.
"""

from __future__ import annotations

from ..text.keys import name_key
from ..dates.clock import now_iso


class EntityRows:
    """Entities and their aliases: finding, creating and listing them."""

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
        return self.create_entity(name, kind)

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

    def create_entity(self, name: str, kind: str = "unknown") -> int:
        """The one way an entity is made: a new row, its (stripped) name its first alias.
        The caller has checked that no alias has this name yet."""
        entity = self._x(
            "INSERT INTO entities (name, kind, created_at) VALUES (?, ?, ?)", [name.strip(), kind, now_iso()]
        ).lastrowid
        self.add_alias(entity, name)
        return entity

    def set_entity_kind(self, entity_id: int, kind: str) -> None:
        self._x("UPDATE entities SET kind = ? WHERE id = ?", [kind, entity_id])

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

    def add_alias_if_free(self, entity_id: int, alias: str) -> None:
        # Unlike add_alias, never moves an alias another entity already owns.
        self._x(
            "INSERT OR IGNORE INTO aliases (name_key, alias, entity_id) VALUES (?, ?, ?)",
            [name_key(alias), alias.strip(), entity_id],
        )
