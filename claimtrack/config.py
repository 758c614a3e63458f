"""Where things are, resolved in one place: `--db` > `CLAIMTRACK_DB` > `db/claimtrack.db`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_DB = Path("db") / "claimtrack.db"


@dataclass(frozen=True)
class Settings:
    db_path: Path
    today: date
    db_explicit: bool = False  # chosen by --db or CLAIMTRACK_DB rather than defaulted


def resolve_settings(db: Path | None, today: date | None = None) -> Settings:
    # typer already folds CLAIMTRACK_DB into --db; reading it here too keeps the
    # order right for library callers that never pass through the CLI.
    chosen = db or (Path(os.environ["CLAIMTRACK_DB"]) if os.environ.get("CLAIMTRACK_DB") else None)
    return Settings(db_path=chosen or DEFAULT_DB, today=today or date.today(), db_explicit=chosen is not None)
