"""Commands for reports: ingest them, and list what has been stored."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import List, Optional

import typer

from ..text.safe import one_line
from .app import app, settings
from .common import keep_freed_memory, open_store, reading
from .output import emit, handle_errors, make_console, view


@app.command()
@handle_errors
def ingest(
    ctx: typer.Context,
    inputs: List[str] = typer.Argument(..., metavar="PATH|URL|GLOB...", help="Report files, folders (read recursively), globs or http(s) addresses."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Extract and match, but store nothing."),
    explain: bool = typer.Option(False, "--explain", help="Say why each claim was linked to a stored claim or started a new one."),
    as_json: bool = typer.Option(False, "--json", help="Print the run's counts and per-report outcomes as JSON."),
) -> None:
    """Store the claims and responses found in reports.

    Each report is stored once (by a hash of its content) together with everything
    extracted from it, or not at all. An unreadable input is reported with its reason
    and the batch goes on; the exit code is 1 when any input failed.

    Example: claimtrack ingest reports/ https://example.com/story.html
    """
    from ..ingest import ingest_all
    from ..views.json_shapes import ingest_json

    keep_freed_memory()
    cfg = settings(ctx)
    with open_store(cfg) as store:
        with _progress(enabled=not as_json) as advance:
            summary = ingest_all(store, inputs, dry_run=dry_run, progress=advance,
                                 keep_reports=as_json or explain)
    for failed in summary.failed:
        sys.stderr.write(f"claimtrack: failed: {one_line(failed.error)}\n")
    emit(summary, as_json, json=ingest_json, rich=partial(view("runs", "ingest_view"), explain=explain))
    if summary.failed:
        raise typer.Exit(1)


class _progress:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return lambda outcome: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                            console=make_console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("ingest", total=None)
        return lambda outcome: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


@app.command()
@handle_errors
def reports(
    ctx: typer.Context,
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of reports."),
) -> None:
    """List stored reports, newest first.

    Each with how many claims and responses it carried.
    """
    from ..views.json_shapes import reports_json
    from ..views.listing import reports_listing

    emit(reading(settings(ctx), lambda store: store.reports(limit)), as_json, json=reports_json,
         listing=reports_listing, empty="no reports stored yet; try: claimtrack ingest PATH")


@app.command()
@handle_errors
def backup(
    ctx: typer.Context,
    target: Path = typer.Argument(..., metavar="FILE", help="Where to write the copy."),
    force: bool = typer.Option(False, "--force", help="Replace FILE if it exists."),
) -> None:
    """Write a consistent copy of the database. Safe mid-update.

    Copying the file with cp is not a backup: recent writes live in the -wal file.
    """
    from ..errors import InputError
    from ..export.files import check_target

    cfg = settings(ctx)
    check_target(target, force=force, database=cfg.db_path)
    if not target.parent.exists():
        raise InputError(f"folder {target.parent} does not exist")
    reading(cfg, lambda store: store.backup(target))
    emit(target, message=f"backed up to {target}")
