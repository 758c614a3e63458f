"""The only package that speaks SQL.

One `Store` owns one connection. Opening it applies pending migrations. Every write
runs inside `BEGIN IMMEDIATE` (see `write()`): a plain deferred `BEGIN`, which is
what sqlite-utils' `atomic()` issues, loses read-then-write transactions to
"database is locked" when cron and a person write at once.

`Store` is one class of mixins, a module per family of rows; each module's docstring
says what it provides and which other mixins' methods it calls:

    core.py       StoreCore: open, migrate, write(), backup; `_q`/`_x`, which every mixin uses
    entities.py   EntityRows: entities and aliases (the one place an entity is made)
    reports.py    ReportRows: stored reports
    claims.py     ClaimRows: claims, their subjects, search terms and first mention
                  (the one place a claim is made); finding and listing them
    history.py    HistoryRows: mentions, responses, verdicts and edits read back as events
    merges.py     SuggestionRows: match suggestions, and moving rows for merges and splits
    transfer.py   TransferRows: rows only the JSON dump and `import` read or write as they are
    feeds.py      FeedRows: feeds, entries seen, update runs, report re-checks and hooks
    events.py     no mixin: rows to `Event`s, for history.py

Besides StoreCore, only EntityRows is called by other mixins: `entity_id` by claims.py and
history.py, `entities_matching` by claims.py.
"""

from .core import BUSY_TIMEOUT_MS, StoreCore
from .claims import ClaimRows
from .entities import EntityRows
from .events import events_from, report_change_event
from .feeds import FeedRows
from .history import HistoryRows
from .merges import SuggestionRows
from .reports import ReportRows
from .transfer import TransferRows

__all__ = ["BUSY_TIMEOUT_MS", "Store", "events_from", "report_change_event"]


class Store(StoreCore, EntityRows, ReportRows, ClaimRows, SuggestionRows, HistoryRows,
            TransferRows, FeedRows):
    """A claimtrack database: open it with `Store.open(path)`.

    One connection, one schema; each family of rows lives in its own module.
    """
