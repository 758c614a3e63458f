"""The only module that speaks SQL.

One `Store` owns one connection. Opening it applies pending migrations. Every write
runs inside `BEGIN IMMEDIATE` (see `write()`): a plain deferred `BEGIN`, which is
what sqlite-utils' `atomic()` issues, loses read-then-write transactions to
"database is locked" when cron and a person write at once.
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
