"""Commands for claims entered and explored by hand: add, respond, resolve, list,
show, timeline, edit, rm and demo."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import List, Optional

import typer

from .app import app, settings
from ..text.safe import one_line
from .common import answered_claim, changed_claim, open_store, reading, show_claim, user_date
from .output import emit, fail, handle_errors, note, print_lines, stdout_is_terminal, terminal

TERMINAL_PAGE = 50

STANCES = "confirm, deny, unaware, no_comment, partial"
VERDICTS = "true, false, partly_true, retracted, unresolvable"


def _enum(enum_type, value: str, what: str, choices: str):
    from ..errors import InputError

    try:
        return enum_type(value.strip().lower())
    except ValueError:
        raise InputError(f"unknown {what} {value!r}: choose from {choices}") from None


def _confirm(question: str) -> bool:
    try:
        return typer.confirm(question)
    except (typer.Abort, EOFError):  # no answer on stdin, e.g. under cron
        return False


@app.command()
@handle_errors
def add(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="The claim, in its own words (without 'X reported that')."),
    source: Optional[str] = typer.Option(None, "--source", help="Who first reported it: an outlet, leaker or analyst."),
    anonymous: bool = typer.Option(False, "--anonymous", help="The report rests on unnamed sources."),
    subject: List[str] = typer.Option([], "--subject", help="Who the claim is about; repeat for several."),
    date: Optional[str] = typer.Option(None, "--date", help="When it was first reported (YYYY-MM-DD or YYYY-MM), not after today. Default: today."),
    url: Optional[str] = typer.Option(None, "--url", help="Address of the report."),
    due: Optional[str] = typer.Option(None, "--due", help="When it can be checked, e.g. 2024-06."),
    as_json: bool = typer.Option(False, "--json", help="Print the new claim as JSON."),
) -> None:
    """Record a claim by hand.

    Example: claimtrack add "Apple is testing a foldable iPhone" --source "The Information" --subject Apple --anonymous
    """
    from .. import record
    from ..models import NewClaim

    cfg = settings(ctx)
    new = NewClaim(
        text=text, source=source, subjects=tuple(subject), anonymous=anonymous,
        reported_on=user_date(cfg, date, "--date") or user_date(cfg, "today", "--date"),
        url=url, due=user_date(cfg, due, "--due"),
    )
    changed_claim(cfg, record.add_claim, new, cfg.today, as_json=as_json)


@app.command()
@handle_errors
def respond(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim responded to."),
    by: str = typer.Option(..., "--by", help="Who responded: the company, person or regulator."),
    stance: str = typer.Option(..., "--stance", help=f"One of: {STANCES}."),
    quote: str = typer.Option(..., "--quote", help="Their exact words, in the original language."),
    via: Optional[str] = typer.Option(None, "--via", help="The outlet that carried the response."),
    date: Optional[str] = typer.Option(None, "--date", help="When they responded (YYYY-MM-DD or YYYY-MM), not after today. It may be before the claim was first reported: the timeline then shows it right after the first report. Default: today."),
    url: Optional[str] = typer.Option(None, "--url", help="Address of the report carrying it."),
    as_json: bool = typer.Option(False, "--json", help="Print the response as JSON."),
) -> None:
    """Record a party's response to a claim.

    Example: claimtrack respond 12 --by BAIC --stance unaware --quote "没有听说过此事" --via 每日经济新闻 --date 2022-08-26
    """
    from .. import record
    from ..models import NewResponse, Stance
    from ..views.json_shapes import answer_json

    cfg = settings(ctx)
    new = NewResponse(
        responder=by, stance=_enum(Stance, stance, "stance", STANCES), quote=quote, via=via,
        responded_on=user_date(cfg, date, "--date") or user_date(cfg, "today", "--date"), url=url,
    )
    answered_claim(cfg, record.respond, claim_id, new, cfg.today, as_json=as_json, json=answer_json)


@app.command()
@handle_errors
def resolve(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim to resolve."),
    verdict: str = typer.Option(..., "--verdict", help=f"One of: {VERDICTS}."),
    evidence: Optional[str] = typer.Option(None, "--evidence", help="Address of the evidence (filing, announcement)."),
    note: Optional[str] = typer.Option(None, "--note", help="Why, in a sentence."),
    date: Optional[str] = typer.Option(None, "--date", help="When it was settled (YYYY-MM-DD or YYYY-MM): not after today, nor before the claim was first reported. Default: today."),
    as_json: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
) -> None:
    """Record how a claim turned out. A verdict outranks every response.

    Example: claimtrack resolve 12 --verdict true --evidence https://example.org/filing --date 2023-11-15
    """
    from .. import record
    from ..models import NewVerdict, Verdict
    from ..views.json_shapes import settled_json

    cfg = settings(ctx)
    new = NewVerdict(
        verdict=_enum(Verdict, verdict, "verdict", VERDICTS),
        decided_on=user_date(cfg, date, "--date") or user_date(cfg, "today", "--date"),
        evidence=evidence, note=note,
    )
    answered_claim(cfg, record.resolve, claim_id, new, cfg.today, as_json=as_json, json=settled_json)


@app.command("list")
@handle_errors
def list_(
    ctx: typer.Context,
    status: Optional[str] = typer.Option(None, "--status", help="open (no verdict yet), or one status: reported, unanswered, denied, partly_confirmed, confirmed, true, false, partly_true, retracted, unresolvable."),
    subject: Optional[str] = typer.Option(None, "--subject", help="Claims about this company or person (any known alias)."),
    source: Optional[str] = typer.Option(None, "--source", help="Claims first reported or credited to this outlet or person (any alias)."),
    since: Optional[str] = typer.Option(None, "--since", help="First reported on or after this date."),
    until: Optional[str] = typer.Option(None, "--until", help="First reported on or before this date."),
    search: Optional[str] = typer.Option(None, "--search", help="Words that must all appear in the claim (Chinese or English)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many claims. Default: all with --json, a page of 50 on a terminal."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="What was known on this day: only events dated up to it count."),
    overdue: bool = typer.Option(False, "--overdue", help="Only overdue claims: open (no verdict) and either past their due date (set with add --due) or quiet, with no mention or response dated in the last --quiet-days days. The claims update counts as overdue."),
    quiet_days: int = typer.Option(90, "--quiet-days", help="With --overdue: days without a dated mention or response after which an open claim is overdue."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of claims."),
) -> None:
    """List claims, newest first, with their status.

    Example: claimtrack list --status open --subject 小米

    Example: claimtrack list --overdue
    """
    from .. import query
    from ..models import ClaimQuery
    from ..views.json_shapes import summaries_json
    from ..views.listing import claims_listing

    cfg = settings(ctx)
    page = limit
    if page is None and not as_json and stdout_is_terminal():
        page = TERMINAL_PAGE + 1  # one extra row tells whether there is more
    wanted = ClaimQuery(
        status=status.strip().lower() if status else None, subject=subject, source=source,
        since=user_date(cfg, since, "--since"), until=user_date(cfg, until, "--until"),
        search=search, limit=page, as_of=user_date(cfg, as_of, "--as-of"),
        overdue_days=quiet_days if overdue else None,
    )
    summaries = reading(cfg, query.list_claims, wanted, cfg.today)
    more = limit is None and len(summaries) > TERMINAL_PAGE and page == TERMINAL_PAGE + 1
    emit(summaries[:TERMINAL_PAGE] if more else summaries, as_json, json=summaries_json, listing=claims_listing,
         empty="no claims match")
    if more:
        note(f"showing the newest {TERMINAL_PAGE}; use --limit N (or --json) to see more")


@app.command()
@handle_errors
def show(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim to show."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="What was known on this day."),
    as_json: bool = typer.Option(False, "--json", help="Print the claim with mentions, responses and verdicts as JSON."),
) -> None:
    """Show a claim with everything known about it.

    Its mentions (and why each was linked), the responses in their own words, the
    verdict and the status; with --as-of, only what was known on that day.
    """
    from .. import query

    cfg = settings(ctx)
    show_claim(reading(cfg, query.claim_detail, claim_id, user_date(cfg, as_of, "--as-of"), cfg.today), as_json)


@app.command()
@handle_errors
def timeline(
    ctx: typer.Context,
    claim_id: Optional[int] = typer.Argument(None, metavar="[ID]", help="One claim; leave out for a chart of several."),
    subject: Optional[str] = typer.Option(None, "--subject", help="Chart every claim about this company or person."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="What was known on this day."),
    width: int = typer.Option(60, "--width", min=10, max=400, help="Columns of the chart's time axis."),
    as_json: bool = typer.Option(False, "--json", help="Print the events (or the chart's claims) as JSON."),
) -> None:
    """Show a claim's status over time. Each change is explained.

    Without an ID: a chart of all open claims (or of every claim about --subject),
    one row per claim, time running left to right, coloured by status.
    """
    from .. import query
    from ..views.chart import chart_of_histories
    from ..views.json_shapes import chart_json, timeline_json
    from ..views.listing import timeline_listing

    cfg = settings(ctx)
    cutoff = user_date(cfg, as_of, "--as-of")
    if claim_id is not None:
        history = reading(cfg, query.timeline, claim_id, cutoff, cfg.today)
        emit(history, as_json, json=lambda h: timeline_json(*h), listing=lambda h: timeline_listing(*h))
        return
    summaries, end = reading(cfg, query.chart_claims, subject, cutoff, cfg.today)
    chart = chart_of_histories([(s.claim, s.steps) for s in summaries], end, width)
    emit(chart, as_json, json=partial(chart_json, summaries=summaries), rich=terminal("chart_view"),
         empty="no claims to chart")


@app.command()
@handle_errors
def edit(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim to correct."),
    text: Optional[str] = typer.Option(None, "--text", help="New wording of the claim."),
    source: Optional[str] = typer.Option(None, "--source", help="New originator ('' for none)."),
    anonymous: Optional[bool] = typer.Option(None, "--anonymous/--named", help="Whether it rests on unnamed sources."),
    subject: Optional[List[str]] = typer.Option(None, "--subject", help="Replace the subjects; repeat for several."),
    date: Optional[str] = typer.Option(None, "--date", help="New first-reported date."),
    due: Optional[str] = typer.Option(None, "--due", help="New due date."),
    as_json: bool = typer.Option(False, "--json", help="Print the corrected claim as JSON."),
) -> None:
    """Correct a claim; every change is kept in its history."""
    from .. import record
    from ..models import ClaimChanges

    cfg = settings(ctx)
    changes = ClaimChanges(
        text=text, source=source, anonymous=anonymous,
        subjects=tuple(subject) if subject else None,
        first_reported=user_date(cfg, date, "--date"), due=user_date(cfg, due, "--due"),
    )
    changed_claim(cfg, record.edit_claim, claim_id, changes, cfg.today, as_json=as_json)


@app.command()
@handle_errors
def rm(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim to remove."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask."),
    as_json: bool = typer.Option(False, "--json", help="Print the removed claim as JSON."),
) -> None:
    """Remove a claim. A snapshot is kept in the database.

    Its mentions, responses and verdicts go with it; asks first unless --yes.
    """
    from .. import record
    from ..views.json_shapes import removed_json

    cfg = settings(ctx)
    with open_store(cfg) as store:
        claim = store.get_claim(claim_id)
        if not yes and not _confirm(f"Remove claim {claim_id}: {one_line(claim.text)[:80]}?"):
            fail("nothing removed (answer y, or pass --yes to skip the question)", 1)
        record.remove_claim(store, claim_id)
    emit(claim, as_json, json=removed_json, message=f"removed claim {claim_id}")


@app.command()
@handle_errors
def demo(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", help="Where to build it. Default: db/demo.db (rebuilt each time)."),
    force: bool = typer.Option(False, "--force", help="Replace the file given with --db if it exists."),
) -> None:
    """Build and show a demo database from shipped samples.

    The samples are reports written by the claimtrack project, in Chinese and
    English, with responses of every stance and verdicts; db/demo.db is rebuilt
    each time, and your own database is never touched.
    """
    from .. import demo as demo_lib
    from ..views.listing import claims_listing, timeline_listing
    from ..views.plain import demo_built, demo_next

    cfg = settings(ctx)
    built = demo_lib.build_demo_at(db or (cfg.db_path if cfg.db_explicit else demo_lib.DEFAULT_DEMO_DB), cfg.today,
                                   replace=force)
    emit(built, text=demo_built)
    emit(built.claims, listing=claims_listing)
    print_lines([""])
    emit(built.steps, listing=partial(timeline_listing, built.claim))
    emit(built, text=demo_next)
