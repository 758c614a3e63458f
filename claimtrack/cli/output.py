"""Printing for the CLI: data to stdout, errors to stderr, safe for any terminal."""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import sys
from typing import Any, Callable

import typer

from ..errors import ClaimtrackError
from ..text.safe import json_dumps, one_line, visible


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def wants_rich() -> bool:
    """Tables and colours for a person at a terminal; plain lines for pipes and NO_COLOR."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def print_lines(lines: list[str]) -> None:
    """Plain lines to stdout; whatever reached them unescaped is made visible here."""
    sys.stdout.write("\n".join(map(visible, lines)) + "\n")


def show_listing(listing) -> None:
    """Every command that lists rows prints through here: on a terminal a table fitted
    to its width; piped or under NO_COLOR, tab-separated lines with a header row."""
    if wants_rich():
        from ..views.terminal import listing_view

        make_console().print(listing_view(listing))
    else:
        from ..views.listing import tab_lines

        print_lines(tab_lines(listing))


def note(message: str) -> None:
    """A hint for people, on stderr so it never mixes with data."""
    sys.stderr.write(message + "\n")


def view(module: str, name: str) -> Callable:
    """`name` of views/<module>.py, imported only when it is drawn: rich is the slowest
    import, and --json and pipes never draw one."""

    def draw(*args, **kwargs):
        return getattr(importlib.import_module(f"claimtrack.views.{module}"), name)(*args, **kwargs)

    return draw


def terminal(name: str) -> Callable:
    """A rich view of views/terminal.py, imported only when it is drawn."""
    return view("terminal", name)


def emit(data: Any, as_json: bool = False, *, json: Callable | None = None, listing: Callable | None = None,
         rich: Callable | None = None, plain: Callable | None = None, text: Callable | None = None,
         message: str | None = None, empty: str | None = None) -> None:
    """Print a command's result; every command prints its data through here.

    - `as_json` (--json): `json(data)`, or the data as it is, on stdout;
    - `empty` given and no data: `empty` as a note on stderr;
    - `listing(data)`: a table fitted to a terminal, tab-separated lines when piped;
    - `plain(data)`: plain lines when piped or under NO_COLOR, else `rich(data)`;
    - `rich(data)` alone: drawn by a console either way (plain text when piped); a list
      is printed one renderable after another;
    - `text(data)`: one line on stdout, already made safe (`one_line`);
    - `message`: what was done, for people, on stderr (the data only goes out as JSON).
    """
    if as_json:
        print_json(data if json is None else json(data))
    elif empty is not None and not data:
        note(empty)
    elif listing is not None:
        show_listing(listing(data))
    elif plain is not None and not wants_rich():
        print_lines(plain(data))
    elif rich is not None:
        console, shown = make_console(), rich(data)
        for renderable in shown if isinstance(shown, list) else [shown]:
            console.print(renderable)
    elif text is not None:
        sys.stdout.write(text(data) + "\n")
    elif message is not None:
        note(message)


def make_console(stderr: bool = False):
    """A rich console: colours on a terminal; plain text when piped or under NO_COLOR."""
    import shutil

    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    plain = not tty or bool(os.environ.get("NO_COLOR"))
    from ..views.terminal import ShownVisibly

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


# SQLite's INTEGER: an id or count above it cannot even be looked up.
LARGEST_NUMBER = 2**63 - 1


def handle_errors(func: Callable) -> Callable:
    """Turn the project's own errors into one line on stderr and an exit code."""
    names = _argument_names(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            _check_arguments(kwargs, names)
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


def _argument_names(func: Callable) -> dict[str, str]:
    """Parameter name -> what the user typed it as (`--limit`, `ID`), for messages."""
    names = {}
    for name, param in inspect.signature(func).parameters.items():
        decls = getattr(param.default, "param_decls", None)
        names[name] = (max(decls, key=len) if decls else None) or getattr(param.default, "metavar", None) or name.upper()
    return names


def _check_arguments(values: dict, names: dict[str, str]) -> None:
    """Checks every command needs, made once here rather than in each command: no
    count or id is negative or beyond SQLite's integers, and no text is undecodable
    (argv bytes that are not UTF-8 arrive as lone surrogates, which SQLite refuses)."""
    from ..errors import InputError

    for key, value in values.items():
        name = names.get(key, key)
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                raise InputError(f"{name} must be zero or more, not {value}")
            if value > LARGEST_NUMBER:
                raise InputError(f"{name} {_short(str(value))}: too large (at most {LARGEST_NUMBER})")
        for text in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(text, str) and _undecodable(text) and not os.path.lexists(text):
                # (an existing file's name is the command's to take or refuse: a batch goes on without it)
                raise InputError(f"{name} '{_as_bytes(text)}' is not valid UTF-8")


def _short(digits: str) -> str:
    return digits if len(digits) <= 24 else f"{digits[:12]}…{digits[-4:]} ({len(digits)} digits)"


def _as_bytes(text: str) -> str:
    """The argument as typed, its undecodable bytes written as \\xff."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
