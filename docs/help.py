"""The README's command reference, generated from `--help` so it cannot drift.

`cog -r README.md` rewrites it; `tests/test_docs.py` fails when it is stale.
"""

from __future__ import annotations

import os


def _help(args: list[str]) -> str:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    result = CliRunner().invoke(app, args + ["--help"], env={"COLUMNS": "88", "TERMINAL_WIDTH": "88",
                                                              "_TYPER_FORCE_DISABLE_TERMINAL": "1"})
    return result.stdout


def command_paths() -> list[list[str]]:
    """Every command, with a group's subcommands after the group (`entity`, `entity add`)."""
    from typer.main import get_command

    from claimtrack.cli import app

    paths: list[list[str]] = []

    def walk(command, prefix: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            paths.append(prefix + [name])
            walk(sub, prefix + [name])

    walk(get_command(app), [])
    return paths


def all_help() -> str:
    os.environ.setdefault("COLUMNS", "88")
    parts = ["\n### claimtrack --help\n\n```\n" + _help([]).rstrip() + "\n```\n"]
    for path in command_paths():
        name = " ".join(path)
        parts.append(f"\n### claimtrack {name} --help\n\n```\n" + _help(path).rstrip() + "\n```\n")
    return "".join(parts) + "\n"
