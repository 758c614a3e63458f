"""Helpers every command module shares: opening the store, showing a changed claim."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable

from ..config import Settings
from .output import emit, terminal


def open_store(cfg: Settings, path: Path | None = None, *, reader: bool = False):
    """The store for a command; `reader` for commands that only read, so a database
    shared read-only is read without creating -wal/-shm files its owner cannot write."""
    from ..config import DEFAULT_DB
    from ..store import Store

    path = path or cfg.db_path
    # Like git's .git, the default db/ folder is created on first use; a folder the
    # user named must already exist, so a typo does not scatter databases around.
    return Store.open(path, create_folder=(path == DEFAULT_DB), reader=reader)


def keep_freed_memory() -> None:
    """Before a long ingest: ask glibc to keep freed heap instead of trimming it.

    Every parsed page frees its tree; by default glibc hands the top of the heap back
    to the kernel each time and the next parse faults it in again, which made the HTML
    parse ≈3× slower in a loop (glibc's allocator trims and re-grows the heap). Peak memory is unchanged:
    what is kept is reused. Not glibc (macOS, musl): nothing to do.
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_top_pad = -1, -2  # from glibc's malloc.h
    mallopt(m_trim_threshold, 256 << 20)
    mallopt(m_top_pad, 16 << 20)


def reading(cfg: Settings, call: Callable, *args, **kwargs):
    """`call(store, …)` on the database opened for reading only."""
    with open_store(cfg, reader=True) as store:
        return call(store, *args, **kwargs)


def writing(cfg: Settings, call: Callable, *args, **kwargs):
    """`call(store, …)` on the database opened for writing."""
    with open_store(cfg) as store:
        return call(store, *args, **kwargs)


def changed_claim(cfg: Settings, change: Callable, *args, as_json: bool) -> None:
    """A command that changes a claim: `change(store, *args)` makes the change and returns
    the claim; prints its JSON, or the claim as it stands today."""
    from .. import query
    from ..views.json_shapes import claim_json

    with open_store(cfg) as store:
        claim = change(store, *args)
        data = claim if as_json else query.claim_detail(store, claim.id, today=cfg.today)
    emit(data, as_json, json=claim_json, **_claim_views())


def answered_claim(cfg: Settings, change: Callable, claim_id: int, *args, as_json: bool, json: Callable) -> None:
    """A command that records a response or a verdict: `change(store, claim_id, *args)`
    records it; prints `json(recorded, claim)` or the claim as it stands today."""
    from .. import query

    with open_store(cfg) as store:
        recorded = change(store, claim_id, *args)
        detail = query.claim_detail(store, claim_id, today=cfg.today)
    emit(detail, as_json, json=partial(json, recorded), **_claim_views())


def show_claim(detail, as_json: bool = False) -> None:
    """A claim with everything known about it: `show --json`'s shape, a rich view on a
    terminal, plain lines in a pipe."""
    from ..views.json_shapes import detail_json

    emit(detail, as_json, json=detail_json, **_claim_views())


def _claim_views() -> dict:
    from ..views.plain import claim_lines

    return {"rich": terminal("claim_view"), "plain": claim_lines}


def user_date(cfg: Settings, value: str | None, what: str):
    """A date option as typed (`2022-08-26`, `2023-11`, `today`, `3 days ago`), or None."""
    from ..dates.partial import parse_user_date

    return parse_user_date(value, cfg.today, what) if value is not None else None
