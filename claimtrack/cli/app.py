"""The typer application and the options every command shares."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..config import Settings, resolve_settings

app = typer.Typer(
    name="claimtrack",
    help=(
        "Track rumours and claims in Chinese and English: who reported them, who "
        "responded and how, and how they turned out.\n\n"
        "Start with `claimtrack demo`, then `claimtrack list` and `claimtrack timeline ID`."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(
        None,
        "--db",
        envvar="CLAIMTRACK_DB",
        help="Database file. Default: db/claimtrack.db under the working folder. "
        "Also set by CLAIMTRACK_DB.",
        show_default=False,
    ),
) -> None:
    ctx.obj = resolve_settings(db)


def settings(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else resolve_settings(None)
