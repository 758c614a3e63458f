"""The run's time limit, reaching inside the reading of one item.

An update run has one deadline (`--run-timeout`): a slow feed, page or file is cut
off where it is (`until`, `reading`), fetches are tried again only while time is
left (`fetch_with_retries`), and whatever failed is told in one line (`failure_reason`).
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from ..errors import ClaimtrackError
from ..readers import fetch as fetching

if TYPE_CHECKING:  # annotations only: run.py imports this module
    from .run import UpdateOptions


class OutOfTime(BaseException):
    """The run's deadline passed inside `until`. A BaseException, so that no reader's
    `except Exception` can swallow it."""


@contextmanager
def until(deadline_at: float) -> Iterator[None]:
    """Let the run's deadline interrupt the block, raising OutOfTime.

    Checks between items come too late when one item alone takes minutes (a server
    that drips, a backtracking pattern, a huge page), so SIGALRM stops the block where
    it is; it reaches into C code that checks for signals, as `re` does. Signals work
    in the main thread only; elsewhere the block runs unbounded, as before. The block
    must not write to the store: interrupted inside a commit, a transaction could be
    left open.
    """
    remaining = deadline_at - time.monotonic()
    if remaining <= 0:
        raise OutOfTime
    if (not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0):  # already bounded by an outer block
        yield
        return
    done = False

    def expire(signum, frame):
        if not done:  # the alarm may land just after the block ended
            raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        yield
    finally:
        done = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


@contextmanager
def reading(deadline_at: float, what: str) -> Iterator[None]:
    """Read one item under the run's deadline; past it, a transient ReadError naming
    the item, so it is tried again next run."""
    try:
        with until(deadline_at):
            yield
    except OutOfTime:
        raise fetching.FetchError(f"{what}: left for the next run: the run's time limit was reached "
                                  "while reading it", transient=True) from None


def fetch_with_retries(url: str, options: UpdateOptions, deadline_at: float,
                       headers: dict[str, str] | None = None, retries: int | None = None):
    """`fetch`, tried again with growing pauses after a transient failure, never past
    the run's deadline."""
    tries = options.retries if retries is None else retries
    attempt = 0
    while True:
        remaining = deadline_at - time.monotonic()
        if remaining <= 0:
            raise fetching.FetchError(f"{url}: not fetched: the run's time limit was reached", transient=True)
        try:
            return fetching.fetch(url, deadline=min(options.timeout, remaining),
                                  max_bytes=options.max_bytes, headers=headers)
        except fetching.FetchError as err:
            pause = options.backoff * (3 ** attempt)
            if not err.transient or attempt >= tries or time.monotonic() + pause >= deadline_at:
                if attempt:
                    raise fetching.FetchError(f"{err} (after {attempt + 1} tries)", err.status, err.transient) from None
                raise
            time.sleep(pause)
            attempt += 1


def failure_reason(err: Exception) -> str:
    """A failure's one line: our own errors already name the input; anything else is
    a bug or an input no reader expected, named by its type."""
    if isinstance(err, ClaimtrackError):
        return str(err)
    return f"unexpected {err.__class__.__name__}: {err}"
