"""Commands for the extractor: `extract` (what a report would give) and `eval` (how well)."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app, settings
from .common import open_store
from .output import handle_errors, make_console, print_json


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

    extraction = run_extract(read_report(location), names=_database_names(settings(ctx)))
    if as_json:
        data = extraction.to_json()
        if explain:
            for item, found in zip(data["claims"], extraction.claims):
                item["sentence"], item["cue"] = found.sentence, found.cue
            for item, found in zip(data["responses"], extraction.responses):
                item["sentence"], item["cue"] = found.sentence, found.cue
        print_json(data)
        return
    make_console().print(render_extraction(extraction, explain=explain))


def _database_names(cfg):
    """The entities ingest would use, when there is a database; never creates one."""
    if not cfg.db_path.is_file():
        return None  # the starter list: a preview should not leave a database behind
    from ..ingest import extraction_names

    with open_store(cfg, reader=True) as store:
        return extraction_names(store)


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

    result = evaluate_folder(folder)
    if as_json:
        data = result.to_json()
        if not verbose:
            data.pop("per_file")
        print_json(data)
        return
    make_console().print(render_eval(result, verbose=verbose))


# Rendering: data -> rich renderables; printing stays in the commands above.


def render_extraction(extraction, *, explain: bool = False):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from ..text.safe import one_line, visible

    report = extraction.report
    head = Text()
    head.append(one_line(report.title) or "(untitled)", style="bold")
    details = [d for d in (report.outlet, str(report.published) if report.published else None, report.language) if d]
    if details:
        head.append("  " + one_line(" · ".join(details)), style="dim")
    parts: list = [head]

    claims = Table(title=f"Claims ({len(extraction.claims)})", title_justify="left", expand=False, show_lines=explain)
    for column in ("#", "claim", "source", "reported"):
        claims.add_column(column, overflow="fold")
    for i, claim in enumerate(extraction.claims):
        text = Text(visible(claim.text))
        if explain:
            text.append("\n" + "cue: " + one_line(claim.cue), style="cyan")
            text.append("\n" + visible(claim.sentence), style="dim")
        source = one_line(claim.source) if claim.source else "—"
        if claim.anonymous:
            source += " (unnamed sources)" if claim.source else " (anonymous)"
        claims.add_row(str(i), text, Text(source), Text(str(claim.reported_on or "—")))
    parts.append(claims)

    responses = Table(title=f"Responses ({len(extraction.responses)})", title_justify="left", show_lines=explain)
    for column in ("to", "who", "stance", "words", "via", "date"):
        responses.add_column(column, overflow="fold")
    for response in extraction.responses:
        words = Text(visible(response.quote))
        if explain:
            words.append("\n" + "cue: " + one_line(response.cue), style="cyan")
            words.append("\n" + visible(response.sentence), style="dim")
        responses.add_row(
            Text("—" if response.claim is None else str(response.claim)),
            Text(one_line(response.responder)),
            Text(response.stance.value),
            words,
            Text(one_line(response.via) if response.via else "—"),
            Text(str(response.responded_on or "—")),
        )
    parts.append(responses)
    return Group(*parts)


def render_eval(result, *, verbose: bool = False):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from ..text.safe import one_line

    scores = Table(title=f"Extraction scored on {len(result.files)} labeled reports", title_justify="left")
    for column in ("", "precision", "recall", "F1", "tp", "fp", "fn"):
        scores.add_column(column, justify="right" if column else "left")
    for name, prf in (("claims", result.claims), ("responses", result.responses)):
        scores.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.tp), str(prf.fp), str(prf.fn))

    accuracy = Table(title="Accuracy over matched pairs", title_justify="left")
    for column in ("", "accuracy", "correct", "of"):
        accuracy.add_column(column, justify="right" if column else "left")
    for name, tally in (
        ("stance", result.stance),
        ("source", result.source),
        ("responder", result.responder),
        ("date (claims: reported_on)", result.reported_on),
        ("date (responses: responded_on)", result.responded_on),
        ("anonymous", result.anonymous),
    ):
        shown = "—" if tally.accuracy is None else f"{tally.accuracy:.3f}"
        accuracy.add_row(name, shown, str(tally.correct), str(tally.total))
    parts: list = [scores, accuracy, Text(claimless_line(result.claimless))]
    if verbose:
        for file in result.files:
            if not file.problems and not file.error:
                continue
            block = Text()
            block.append(one_line(file.name), style="bold")
            if file.error:
                block.append("\n  error: " + one_line(file.error), style="red")
            for problem in file.problems:
                label = f"{problem.kind} {problem.what}"
                block.append(f"\n  {label:<22} ")
                block.append(one_line(problem.text))
                if problem.detail:
                    block.append("  " + one_line(problem.detail), style="dim")
            parts.append(block)
    return Group(*parts)


def claimless_line(claimless) -> str:
    """"reports with no claim: 62; false claims on them: 5 (0.8 per ten)"."""
    line = f"reports with no claim: {claimless.reports}; false claims on them: {claimless.false_claims}"
    return line if claimless.per_ten is None else f"{line} ({claimless.per_ten:.1f} per ten)"
