"""Commands about who is who: entities and their aliases, and originators' track records."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .app import app, settings
from .common import open_store
from .output import handle_errors, print_json, show_listing

entity_app = typer.Typer(
    help="Outlets, companies and people, and their aliases.\n\n"
    "claimtrack ships a starter list (彭博社 = Bloomberg, 北汽集团 = BAIC Group, …); "
    "what you add here lives in your database.",
    no_args_is_help=True,
)
app.add_typer(entity_app, name="entity")


@entity_app.command("list")
@handle_errors
def entity_list(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only this kind: outlet, company, person, regulator, unknown."),
    search: Optional[str] = typer.Option(None, "--search", help="Only entities with a name containing this."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """List known entities with their aliases."""
    with open_store(settings(ctx), reader=True) as store:
        rows = store.entity_rows(kind, search)
    if as_json:
        print_json(rows)
        return
    if not rows:
        sys.stderr.write("no entities match\n")
        return
    from ..views.listing import entities_listing

    show_listing(entities_listing(rows))


@entity_app.command("show")
@handle_errors
def entity_show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Any of the entity's names."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show an entity: its kind, aliases and how many claims name it."""
    from .. import entities as entity_book

    with open_store(settings(ctx), reader=True) as store:
        row = entity_book.find(store, name)
    if as_json:
        print_json(row)
        return
    from ..views.listing import entities_listing

    show_listing(entities_listing([row]))


@entity_app.command("add")
@handle_errors
def entity_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The name to show for it."),
    kind: str = typer.Option("company", "--kind", help="outlet, company, person, regulator or unknown."),
    alias: List[str] = typer.Option([], "--alias", help="Another name for it; repeat for several."),
    as_json: bool = typer.Option(False, "--json", help="Print the new entity as JSON."),
) -> None:
    """Add an entity. Example: claimtrack entity add 开普勒科技 --alias "Kepler Tech" """
    from .. import entities as entity_book

    with open_store(settings(ctx)) as store:
        row = entity_book.add(store, name, kind, alias)
    _show_entity(row, as_json)


@entity_app.command("alias")
@handle_errors
def entity_alias(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A name claimtrack knows (or a new entity)."),
    aliases: List[str] = typer.Argument(..., metavar="ALIAS...", help="Other names for it."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Also set its kind."),
    as_json: bool = typer.Option(False, "--json", help="Print the entity as JSON."),
) -> None:
    """Add aliases. Example: claimtrack entity alias Bloomberg 彭博 "Bloomberg News" """
    from .. import entities as entity_book

    with open_store(settings(ctx)) as store:
        row = entity_book.alias(store, name, aliases, kind)
    _show_entity(row, as_json)


def _show_entity(row: dict, as_json: bool) -> None:
    if as_json:
        print_json(row)
        return
    from ..views.listing import entities_listing

    show_listing(entities_listing([row]))


@app.command()
@handle_errors
def sources(
    ctx: typer.Context,
    min_claims: int = typer.Option(1, "--min-claims", min=1, help="Only originators with at least this many claims."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """Rank originators by how often their claims came true.

    true counts as a hit, partly_true as half; the range is a 95% Wilson interval,
    and the ranking uses its lower end, so few claims never look better than many.
    Claims from unnamed people (anonymous, or no originator) are listed last, marked as not ranked.
    """
    from .. import query
    from ..track_record import track_records

    cfg = settings(ctx)
    with open_store(cfg, reader=True) as store:
        records = track_records(query.claim_outcomes(store, cfg.today), min_claims)
    if as_json:
        print_json([r.as_json() for r in records])
        return
    if not records:
        sys.stderr.write("no originators with that many claims\n")
        return
    from ..views.listing import sources_listing

    show_listing(sources_listing(records))  # unnamed originators last, marked as not ranked
