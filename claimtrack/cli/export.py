"""Commands that write the database out and read it back: export and import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .app import app, settings
from .common import open_store, reading, user_date
from ..text.safe import one_line
from .output import emit, handle_errors


@app.command()
@handle_errors
def export(
    ctx: typer.Context,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (atomically). Default: standard output."),
    force: bool = typer.Option(False, "--force", help="Replace the --output file if it exists."),
    fmt: str = typer.Option("md", "--format", help="md (a markdown report), json (a complete dump `import` reads), claimreview (schema.org JSON-LD) or atom (a feed)."),
    since: Optional[str] = typer.Option(None, "--since", help="Claims first reported on or after this date."),
    until: Optional[str] = typer.Option(None, "--until", help="Claims first reported on or before this date."),
    subject: Optional[str] = typer.Option(None, "--subject", help="Claims about this company or person (any known alias)."),
    status: Optional[str] = typer.Option(None, "--status", help="open, or one status (as in `list`)."),
    claim: Optional[int] = typer.Option(None, "--claim", metavar="ID", help="Only this claim."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="What was known on this day. Default: today (as in `list`; events dated later do not count yet); days open count to the latest event exported."),
    changes_since: Optional[str] = typer.Option(None, "--changes-since", help="A digest (md) or feed (atom) of only what changed since this date: new claims, responses, status changes."),
    reviewer: str = typer.Option("claimtrack user", "--reviewer", help="ClaimReview: the organisation that reviewed the claims."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="ClaimReview: the http(s) address where the reviews are published."),
    generated: bool = typer.Option(False, "--generated", help="Stamp the export with the time it was made (otherwise the same database always gives the same bytes)."),
) -> None:
    """Export claims: markdown, JSON, ClaimReview or Atom.

    Example: claimtrack export --since 2022-08-01 -o report.md
    """
    from .. import export as export_lib
    from ..errors import InputError
    from ..export.files import check_target, write_atomic
    from ..export.select import ExportQuery, RenderOptions

    cfg = settings(ctx)
    fmt = fmt.strip().lower()
    if fmt not in export_lib.FORMATS:
        raise InputError(f"unknown format {fmt!r}: choose from {', '.join(export_lib.FORMATS)}")
    if changes_since is not None and fmt not in ("md", "atom"):
        raise InputError("--changes-since works with --format md or atom")
    query = ExportQuery(
        since=user_date(cfg, since, "--since"), until=user_date(cfg, until, "--until"), subject=subject,
        status=status.strip().lower() if status else None, claim_id=claim,
        as_of=user_date(cfg, as_of, "--as-of"), changes_since=user_date(cfg, changes_since, "--changes-since"),
    )
    options = RenderOptions(reviewer=reviewer, base_url=base_url, generated=_now() if generated else None)
    if output is not None:
        check_target(output, force=force, database=cfg.db_path)
    selection, text = reading(cfg, export_lib.export, query, fmt, options, cfg.today)
    if fmt == "claimreview" and not _rated(selection):
        sys.stderr.write("no exported claim has a verdict to rate (true, partly_true, false or retracted): "
                         "the ClaimReview @graph is empty\n")
    if output is None:
        sys.stdout.write(text)
        return
    write_atomic(output, text.encode("utf-8"), force=force, database=cfg.db_path)


def _rated(selection) -> int:
    from ..export.claimreview import rated

    return rated(selection)


def _now() -> str:
    from ..dates.clock import now_iso

    return now_iso()


@app.command("import")
@handle_errors
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., metavar="FILE", help="A file written by `export --format json`."),
    as_json: bool = typer.Option(False, "--json", help="Print what was added as JSON."),
    with_hooks: bool = typer.Option(False, "--with-hooks", help="Also install the file's hooks (commands `update` runs); each is listed first. Without it they are skipped."),
) -> None:
    """Load a JSON export, skipping what is already here.

    All or nothing: a bad file changes nothing. Hooks in the file are installed only
    with --with-hooks. Example: claimtrack import backup.json
    """
    from ..load import load_dump, new_hooks, read_dump
    from ..views.json_shapes import load_json

    cfg = settings(ctx)
    dump = read_dump(file)
    with open_store(cfg) as store:
        if with_hooks:
            # Named before anything is written: the user sees every command they let in.
            for hook in new_hooks(store, dump):
                sys.stderr.write(f"installing hook from {one_line(str(file))}: on {hook['event']} "
                                 f"run {one_line(hook['command'])}\n")
        result = load_dump(store, dump, with_hooks=with_hooks)
    emit(result, as_json, json=load_json, text=lambda r: r.describe(file))
