"""Names of outlets, companies and people across languages and spellings.

The starter list ships as data (`data/entities.json`); the user's additions live in
the database. This module is pure: it knows how to compare names, not where they live.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources




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
