"""One `update` at a time: a kernel lock on a file beside the database.

flock locks die with the process that holds them, so a run killed with SIGKILL
never blocks the next one. The lock is on its own file, not on the database or its
`-wal`/`-shm`, so readers and `ingest` never wait for it. Python opens files
non-inheritable and subprocess closes other descriptors, so a hook or any child
left running after the run cannot keep the lock alive.
"""

from __future__ import annotations

import errno
import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ClaimtrackError

EX_TEMPFAIL = 75  # sysexits.h: "try again later", what cron wrappers expect


class RunLocked(ClaimtrackError):
    """Another update holds the lock; nothing was done."""

    exit_code = EX_TEMPFAIL


def lock_path(db_path: Path) -> Path:
    # The resolved path: two runs given a symlink and the real file (or two
    # spellings of one folder) are the same database and must take the same lock.
    return Path(f"{Path(db_path).resolve()}.update-lock")


@contextmanager
def run_lock(db_path: Path) -> Iterator[None]:
    """Hold the update lock for the database at `db_path`, or raise RunLocked at once."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as err:
        raise ClaimtrackError(f"cannot open the update lock {path}: {err.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise ClaimtrackError(f"cannot take the update lock {path}: {err.strerror}") from None
            holder = _read_pid(fd)
            who = f" (pid {holder})" if holder else ""
            raise RunLocked(f"another claimtrack update is running{who}; this one did nothing") from None
        # The pid is only for the message above; the lock itself is the flock.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the flock


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None
