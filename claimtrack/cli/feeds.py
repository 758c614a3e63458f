"""Commands for keeping up to date: feeds, hooks, `update` (what cron runs) and `runs`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..text.safe import one_line
from .app import app, settings
from .common import keep_freed_memory, open_store, reading, writing
from .output import emit, handle_errors, view

feed_app = typer.Typer(
    help="Feeds, pages and folders that update polls.\n\n"
    "RSS and Atom addresses, web pages to re-read, and local folders of report files. "
    "Feeds live in the database.",
    no_args_is_help=True,
)
app.add_typer(feed_app, name="feed")

hook_app = typer.Typer(
    help="Commands run when update finds something new.\n\n"
    "`claimtrack update` runs them on a new claim, a new response or a status change. The event arrives as one "
    "line of JSON on the command's stdin. The command is split into words like a shell would, but run without a "
    "shell; for a pipe or a redirect, use sh -c '…' (see `claimtrack hook add --help`).",
    no_args_is_help=True,
)
app.add_typer(hook_app, name="hook")

CHECK_SECONDS = 10.0  # feed add's one fetch: a feed that takes longer is refused (--no-check adds it)


@feed_app.command("add")
@handle_errors
def feed_add(
    ctx: typer.Context,
    address: str = typer.Argument(..., metavar="URL|PATH", help="An http(s) address of a feed or page, or a folder."),
    name: Optional[str] = typer.Option(None, "--name", help="A short name. Default: from the address."),
    language: Optional[str] = typer.Option(None, "--language", help="zh or en, when the feed does not say reliably."),
    full_text: bool = typer.Option(False, "--full-text", help="Fetch each entry's linked page when the feed carries only a summary."),
    no_check: bool = typer.Option(False, "--no-check", help="Add an address without fetching it first (e.g. while offline)."),
    as_json: bool = typer.Option(False, "--json", help="Print the new feed as JSON."),
) -> None:
    """Add a feed for `claimtrack update` to poll.

    An http(s) address is fetched once first (within 10 s) and refused, with exit
    code 2, when it does not answer, e.g. with a 404; --no-check skips that.

    Example: claimtrack feed add https://example.com/rss.xml --name example --full-text
    """
    from ..update.sources import add_feed
    from ..views.json_shapes import feed_json
    from ..views.plain import feed_added

    feed = writing(settings(ctx), add_feed, address, name=name, language=language, full_text=full_text,
                   check_seconds=None if no_check else CHECK_SECONDS)
    emit(feed, as_json, json=feed_json, text=feed_added)


@feed_app.command("list")
@handle_errors
def feed_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """List feeds with when each was last polled and how it went."""
    from ..views.json_shapes import feeds_json
    from ..views.listing import feeds_listing

    feeds = reading(settings(ctx), lambda store: store.feeds())
    emit(feeds, as_json, json=feeds_json, listing=feeds_listing,
         empty="no feeds yet; try: claimtrack feed add URL|FOLDER")


@feed_app.command("rm")
@handle_errors
def feed_rm(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The feed's name, as `feed list` shows it."),
) -> None:
    """Stop polling a feed. Reports already stored from it stay."""
    from ..update.sources import remove_feed
    from ..views.plain import feed_removed

    emit(writing(settings(ctx), remove_feed, name), text=feed_removed)


@hook_app.command("add")
@handle_errors
def hook_add(
    ctx: typer.Context,
    event: str = typer.Argument(..., help="new-claim, new-response or status-change."),
    command: str = typer.Argument(..., help="A program and its arguments, in one quoted string, e.g. 'notify-send claimtrack'."),
    as_json: bool = typer.Option(False, "--json", help="Print the new hook as JSON."),
) -> None:
    """Run a command on an event found by `claimtrack update`.

    How it runs: COMMAND is split into words as a shell would split it (quotes
    group words), and the first word is started as a program, with no shell in
    between, so text from a report can never become a shell command. A pipe, a
    redirect, && or ; is refused when the hook is added, and $VARIABLES and ~
    reach the program as written. For any of them, run a shell yourself:
    sh -c 'cat >> ~/claims.jsonl'.

    The event is one line of JSON on the command's stdin, and its name is in the
    CLAIMTRACK_EVENT environment variable. The command runs in update's working
    folder with 30 s to finish; what it prints to stdout is dropped. A command that
    cannot start, exits non-zero or runs too long is a failed hook: update names it
    on stderr and in the run's summary, and exits with code 1.

    Example: claimtrack hook add new-claim "python3 /home/me/post_to_chat.py"

    Example: claimtrack hook add new-claim "sh -c 'cat >> ~/claims.jsonl'"
    """
    from ..update.hooks import add_hook
    from ..views.plain import hook_added

    emit(writing(settings(ctx), add_hook, event, command), as_json, text=hook_added)


@hook_app.command("list")
@handle_errors
def hook_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """List hooks."""
    from ..views.listing import hooks_listing

    emit(reading(settings(ctx), lambda store: store.hooks()), as_json, listing=hooks_listing,
         empty="no hooks yet; try: claimtrack hook add new-claim COMMAND")


@hook_app.command("rm")
@handle_errors
def hook_rm(
    ctx: typer.Context,
    hook_id: int = typer.Argument(..., metavar="ID", help="The hook's id, as `hook list` shows it."),
) -> None:
    """Remove a hook."""
    from ..update.hooks import remove_hook
    from ..views.plain import hook_removed

    writing(settings(ctx), remove_hook, hook_id)
    emit(hook_id, text=hook_removed)


@app.command()
@handle_errors
def update(
    ctx: typer.Context,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing unless something is new, changed, newly overdue or failed (for cron)."),
    as_json: bool = typer.Option(False, "--json", help="Print the run's counts, feeds, changes, events, hook calls and newly overdue claims as JSON."),
    digest: Optional[Path] = typer.Option(None, "--digest", metavar="FILE", help="Also write a markdown summary of what changed to FILE."),
    force: bool = typer.Option(False, "--force", help="Replace the --digest file if it exists (as each cron run does)."),
    quiet_days: int = typer.Option(90, "--quiet-days", help="An open claim with no mention or response dated in this many days counts as overdue."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds allowed for each address fetched, in total."),
    run_timeout: float = typer.Option(600.0, "--run-timeout", help="Seconds allowed for the whole run; feeds not reached by then count as failed."),
    retries: int = typer.Option(2, "--retries", help="Extra tries, with growing pauses, after a timeout or a 5xx/429 answer."),
) -> None:
    """Poll every feed and store what is new; what cron runs.

    Fetches only what changed (ETag, Last-Modified, entries already seen), stores a
    feed entry whose headline or text changed as an edit of its report, re-reads
    recent reports from addresses to catch stealth edits (after 1 h, 6 h, 1 d, 3 d
    and 7 d), and runs hooks. Each run is logged (see `claimtrack runs`).

    Overdue claims (`claimtrack list --overdue`) are counted in every run's summary
    and named one by one only in the first run that finds them overdue.

    Exit codes: 0 every feed polled and every hook succeeded; 1 some feeds or hooks
    failed (everything else was still stored and run); 2 a configuration error, e.g.
    no feeds; 75 another update is running, or the database stayed locked (what was
    stored stays; try again later).

    Example crontab line: */30 * * * * cd ~/news && claimtrack update --quiet
    """
    from ..errors import InputError
    from ..export.files import check_target, write_atomic
    from ..export.digest import digest_markdown
    from ..update.run import UpdateOptions, run_update
    from ..views.json_shapes import update_json

    if timeout <= 0 or run_timeout <= 0 or retries < 0:
        raise InputError("--timeout and --run-timeout must be above zero and --retries zero or more")
    cfg = settings(ctx)
    if digest is not None:  # refused now, not after a run of many minutes
        check_target(digest, force=force, database=cfg.db_path)
    options = UpdateOptions(quiet_days=quiet_days, timeout=timeout, run_timeout=run_timeout,
                            retries=retries, today=cfg.today)
    keep_freed_memory()
    with open_store(cfg) as store:
        result = run_update(store, options)
    for feed in result.failed:
        sys.stderr.write(f"claimtrack: failed: {one_line(feed.name)}: {one_line(feed.error)}\n")
    for failure in result.recheck_failures:
        sys.stderr.write(f"claimtrack: recheck failed: {one_line(failure['error'])}\n")
    for line in _hook_failures(result.hooks_failed):
        sys.stderr.write(f"claimtrack: {one_line(line)}\n")
    if digest is not None:
        write_atomic(digest, digest_markdown(result).encode("utf-8"), force=force, database=cfg.db_path)
    if not (quiet and not result.has_news and not result.failed):
        emit(result, as_json, json=update_json, rich=view("runs", "update_view"))
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _hook_failures(failed: list[dict]) -> list[str]:
    """One line per failing hook, however many events it failed on."""
    by_hook: dict[int, list[dict]] = {}
    for call in failed:
        by_hook.setdefault(call["hook_id"], []).append(call)
    lines = []
    for hook_id, calls in by_hook.items():
        times = f" {len(calls)} times" if len(calls) > 1 else ""
        lines.append(f"hook {hook_id} failed{times}: {calls[0]['error']} (command: {calls[0]['command']})")
    return lines


@app.command()
@handle_errors
def runs(
    ctx: typer.Context,
    limit: Optional[int] = typer.Option(10, "--limit", help="At most this many runs, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of runs with their per-feed outcomes."),
) -> None:
    """Show past update runs.

    When each ran, how long it took, and how each feed went.
    """
    from ..errors import InputError

    from ..views.listing import runs_listing

    if limit is not None and limit < 0:
        raise InputError("--limit must be zero or more")
    emit(reading(settings(ctx), lambda store: store.runs(limit)), as_json, listing=runs_listing,
         empty="no update runs yet; try: claimtrack update")
