"""Commands run when `update` finds something: a new claim, a new response, a status change.

The event goes to the command as JSON on stdin (its name in CLAIMTRACK_EVENT); the
command line is split with shlex and run without a shell, so nothing from a report is
ever interpolated into it. Each call has a time limit, never past the run's own deadline; a failing or
hanging hook is killed with everything it started, recorded in the run, and never
stops it.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass

from ..errors import InputError, NotFound
from ..models import UpdateEvent
from ..text.safe import json_dumps
from ..store import Store

EVENTS = tuple(e.value for e in UpdateEvent)
TIMEOUT_SECONDS = 30.0
# Words that mean something only to a shell. Run without one they would reach the
# program as arguments (`cat >> out.txt` reads files named ">>" and "out.txt") and
# the hook would fail at every event, so they are refused when the hook is added.
_SHELL_ONLY = re.compile(r"(?:\|\|?|&&?|;|&>|\d?>>?|<|\d?>&\d)|\d?>>?[^>&].*")


@dataclass(frozen=True)
class HookCall:
    hook_id: int
    event: str
    command: str
    ok: bool
    error: str | None = None


def add_hook(store: Store, event: str, command: str) -> dict:
    if event not in EVENTS:
        raise InputError(f"unknown event {event!r}: choose from {', '.join(EVENTS)}")
    argv = _argv(command)
    if not argv:
        raise InputError("give the command to run")
    shell_words = [word for word in argv if _SHELL_ONLY.fullmatch(word)]
    if shell_words:
        raise InputError(f"{shell_words[0]!r} works only in a shell, and hooks run without one; "
                         f"give the command as: {shlex.join(['sh', '-c', command])}")
    with store.write():
        hook_id = store.add_hook(event, command)
    return next(h for h in store.hooks() if h["id"] == hook_id)


def remove_hook(store: Store, hook_id: int) -> None:
    with store.write():
        if not store.remove_hook(hook_id):
            raise NotFound(f"no hook with id {hook_id}; see: claimtrack hook list")


def _argv(command: str) -> list[str]:
    try:
        return shlex.split(command)
    except ValueError as err:
        raise InputError(f"cannot split the command {command!r}: {err}") from None


def run_hooks(hooks: list[dict], event: dict, timeout: float = TIMEOUT_SECONDS,
              deadline_at: float | None = None) -> list[HookCall]:
    """Run every hook registered for `event["event"]`, with the event on stdin.

    Each gets `timeout` seconds, or less when `deadline_at` (time.monotonic) comes
    sooner; once it has passed, the rest are not started and are reported as such.
    """
    payload = (json_dumps(event, indent=None) + "\n").encode("utf-8")
    calls = []
    for hook in hooks:
        if hook["event"] != event["event"]:
            continue
        left = timeout if deadline_at is None else min(timeout, deadline_at - time.monotonic())
        if left <= 0:
            calls.append(_result(hook, "not run: the update's time limit was reached"))
        else:
            calls.append(_call(hook, payload, left, cut_short=left < timeout))
    return calls


def _result(hook: dict, error: str | None) -> HookCall:
    return HookCall(hook["id"], hook["event"], hook["command"], error is None, error)


def _call(hook: dict, payload: bytes, timeout: float, cut_short: bool = False) -> HookCall:
    # stderr goes to a file, not a pipe: a helper the hook leaves running in the
    # background would hold a pipe open and keep this run waiting for it.
    with tempfile.TemporaryFile() as err_file:
        try:
            # Its own session, so a timeout stops the hook and anything it started;
            # stdout is dropped so a hook cannot corrupt `update --json`.
            child = subprocess.Popen(shlex.split(hook["command"]), stdin=subprocess.PIPE,
                                     stdout=subprocess.DEVNULL, stderr=err_file,
                                     env={**os.environ, "CLAIMTRACK_EVENT": hook["event"]},
                                     start_new_session=True, close_fds=True)
        except (OSError, ValueError) as err:
            return _result(hook, f"cannot start: {err}")
        try:
            child.communicate(payload, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(child)
            if cut_short:
                return _result(hook, f"stopped at the update's time limit, after {timeout:.1f} s")
            return _result(hook, f"no answer within {timeout:g} s; stopped")
        if child.returncode == 0:
            return _result(hook, None)
        err_file.seek(0)
        tail = err_file.read()[-2000:].decode("utf-8", "replace").strip().splitlines()[-1:]
        return _result(hook, f"exit code {child.returncode}" + (f": {tail[0][:200]}" if tail else ""))


def _kill_group(child: subprocess.Popen) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except OSError:
        child.kill()
    child.communicate()
