"""Printing for the CLI: data to stdout, errors to stderr, safe for any terminal."""

from __future__ import annotations

import functools
import os
import sys
from typing import Any, Callable

import typer

from ..errors import ClaimtrackError
from ..safetext import json_dumps, one_line, visible


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def wants_rich() -> bool:
    """Tables and colours for a person at a terminal; plain lines for pipes and NO_COLOR."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def print_lines(lines: list[str]) -> None:
    """Plain lines to stdout; whatever reached them unescaped is made visible here."""
    sys.stdout.write("\n".join(map(visible, lines)) + "\n")


def make_console(stderr: bool = False):
    """A rich console: colours on a terminal; plain text when piped or under NO_COLOR."""
    import shutil

    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    plain = not tty or bool(os.environ.get("NO_COLOR"))
    from ..terminal import ShownVisibly

    console = Console(
        file=stream,
        highlight=False,
        emoji=False,
        markup=False,
        force_terminal=not plain,
        no_color=plain,
        width=shutil.get_terminal_size().columns if tty else 160,
        soft_wrap=not tty,
    )
    console.push_render_hook(ShownVisibly())  # every console: no escape from data, whatever prints
    return console


def print_json(obj: Any) -> None:
    sys.stdout.write(json_dumps(obj) + "\n")


def fail(message: str, code: int = 1) -> None:
    sys.stderr.write(f"claimtrack: error: {one_line(message)}\n")
    raise typer.Exit(code)


def handle_errors(func: Callable) -> Callable:
    """Turn the project's own errors into one line on stderr and an exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ClaimtrackError as err:
            fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            # `claimtrack list | head`: the reader left; nothing is wrong.
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper
