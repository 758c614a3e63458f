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


def command_names() -> list[str]:
    from typer.main import get_command

    from claimtrack.cli import app

    return list(get_command(app).commands)


def all_help() -> str:
    os.environ.setdefault("COLUMNS", "88")
    parts = ["\n### claimtrack --help\n\n```\n" + _help([]).rstrip() + "\n```\n"]
    for name in command_names():
        parts.append(f"\n### claimtrack {name} --help\n\n```\n" + _help([name]).rstrip() + "\n```\n")
    return "".join(parts) + "\n"
