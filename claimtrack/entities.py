"""Names of outlets, companies and people across languages and spellings: the shipped
starter list and the user's own list (add names, kinds and aliases; look them up).

The starter list ships as data (`data/entities.json`) and every new database starts
with it (`migrations.m003`); the user's additions live in the database. The SQL is
`store/entities.py`'s; this module checks what the user asks for and words the answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from .errors import InputError, NotFound
from .text.keys import name_key

if TYPE_CHECKING:  # only for annotations: the extractor imports this module without a database
    from .store import Store

KINDS = ("outlet", "company", "person", "regulator", "unknown")


# -- the starter list -----------------------------------------------------------------


@dataclass(frozen=True)
class StarterEntity:
    name: str
    kind: str
    aliases: tuple[str, ...]


def starter_entities() -> list[StarterEntity]:
    """The shipped list of common outlets, companies and people."""
    raw = resources.files("claimtrack").joinpath("data/entities.json").read_text("utf-8")
    return [
        StarterEntity(e["name"], e["kind"], tuple(e.get("aliases", ())))
        for e in json.loads(raw)["entities"]
    ]


# -- the user's list ------------------------------------------------------------------


def _kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}: choose from {', '.join(KINDS)}")
    return kind


def find(store: Store, name: str) -> dict:
    entity = store.find_entity(name)
    if entity is None:
        raise NotFound(f"no entity called {name!r} (see `claimtrack entity list`)")
    return next(r for r in store.entity_rows() if r["id"] == entity)


def add(store: Store, name: str, kind: str, aliases: list[str]) -> dict:
    name = name.strip()
    if not name_key(name):
        raise InputError("an entity needs a name")
    kind = _kind(kind)
    with store.write():
        if store.find_entity(name) is not None:
            raise InputError(f"{name!r} is already known (see `claimtrack entity show {name}`)")
        _check_free(store, aliases, None)
        entity = store.create_entity(name, kind)
        for alias in aliases:
            store.add_alias(entity, alias)
    return find(store, name)


def alias(store: Store, name: str, aliases: list[str], kind: str | None = None) -> dict:
    """Teach claimtrack other names for a known entity (or a new one)."""
    with store.write():
        entity = store.find_entity(name)
        if entity is None:
            entity = store.create_entity(name.strip(), _kind(kind or "unknown"))
        elif kind:
            store.set_entity_kind(entity, _kind(kind))
        _check_free(store, aliases, entity)
        for a in aliases:
            if not name_key(a):
                raise InputError("an alias must not be empty")
            store.add_alias(entity, a)
    return find(store, name)


def _check_free(store: Store, aliases: list[str], entity: int | None) -> None:
    for a in aliases:
        owner = store.find_entity(a)
        if owner is not None and owner != entity:
            other = next(r for r in store.entity_rows() if r["id"] == owner)
            raise InputError(f"{a!r} already names {other['name']!r}")
