"""Helpers every command module shares: opening the store, showing a changed claim."""

from __future__ import annotations

from pathlib import Path

from ..config import Settings
from .output import make_console, print_json, print_lines, wants_rich


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
    parse ≈3× slower in a loop (perf.md, 'allocator trap'). Peak memory is unchanged:
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


def print_claim(store, claim_id: int, data: dict | None, today) -> None:
    """After a change: the JSON the command promises, or the claim as it stands today."""
    if data is not None:
        print_json(data)
        return
    from .. import query

    show_claim(query.claim_detail(store, claim_id, today=today))


def show_claim(detail) -> None:
    if wants_rich():
        from ..views.terminal import claim_view

        make_console().print(claim_view(detail))
    else:
        from ..views.plain import claim_lines

        print_lines(claim_lines(detail))


def user_date(cfg: Settings, value: str | None, what: str):
    """A date option as typed (`2022-08-26`, `2023-11`, `today`, `3 days ago`), or None."""
    from ..dates.partial import parse_user_date

    return parse_user_date(value, cfg.today, what) if value is not None else None
