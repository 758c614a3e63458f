"""Commands for the extractor: `extract` (what a report would give) and `eval` (how well)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import typer

from .app import app, settings
from .common import reading
from .output import emit, handle_errors, terminal


@app.command()
@handle_errors
def extract(
    ctx: typer.Context,
    location: str = typer.Argument(..., metavar="PATH|URL", help="A report: a file or an http(s) address."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object: report, claims, responses."),
    explain: bool = typer.Option(False, "--explain", help="Show each item's sentence and the cue that fired."),
) -> None:
    """Show what a report would give, storing nothing.

    Example: claimtrack extract reports/story.md --explain
    """
    from ..extract import extract as run_extract
    from ..readers import read_report
    from ..views.json_shapes import extraction_json

    extraction = run_extract(read_report(location), names=_database_names(settings(ctx)))
    emit(extraction, as_json, json=partial(extraction_json, explain=explain),
         rich=partial(terminal("render_extraction"), explain=explain))


def _database_names(cfg):
    """The entities ingest would use, when there is a database; never creates one."""
    if not cfg.db_path.is_file():
        return None  # the starter list: a preview should not leave a database behind
    from ..ingest import extraction_names

    return reading(cfg, extraction_names)


@app.command(name="eval")
@handle_errors
def eval_command(
    folder: Path = typer.Argument(..., help="A folder of <slug>.<ext> reports with <slug>.gold.json labels."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="List every miss and extra, per file."),
) -> None:
    """Score the extractor on a labeled folder.

    Precision, recall and F1 for claims and responses, the accuracy of stance,
    source, responder and dates over matched pairs (a null gold date is not scored),
    as corpus/GUIDE.md describes, and the false claims on reports with no claim.
    """
    from ..extract.evaluate import evaluate_folder
    from ..views.json_shapes import eval_json

    emit(evaluate_folder(folder), as_json, json=partial(eval_json, verbose=verbose),
         rich=partial(terminal("render_eval"), verbose=verbose))
