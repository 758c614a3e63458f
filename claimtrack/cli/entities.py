"""Commands about who is who: entities and their aliases, and originators' track records."""

from __future__ import annotations

from typing import List, Optional

import typer

from .app import app, settings
from .common import reading, writing
from .output import emit, handle_errors

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
    from ..views.listing import entities_listing

    rows = reading(settings(ctx), lambda store: store.entity_rows(kind, search))
    emit(rows, as_json, listing=entities_listing, empty="no entities match")


@entity_app.command("show")
@handle_errors
def entity_show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Any of the entity's names."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show an entity: its kind, aliases and how many claims name it."""
    from .. import entities as entity_book

    _show_entity(reading(settings(ctx), entity_book.find, name), as_json)


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

    _show_entity(writing(settings(ctx), entity_book.add, name, kind, alias), as_json)


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

    _show_entity(writing(settings(ctx), entity_book.alias, name, aliases, kind), as_json)


def _show_entity(row: dict, as_json: bool) -> None:
    from ..views.listing import entity_listing

    emit(row, as_json, listing=entity_listing)


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
    from ..views.json_shapes import records_json
    from ..views.listing import sources_listing

    cfg = settings(ctx)
    records = track_records(reading(cfg, query.claim_outcomes, cfg.today), min_claims)
    emit(records, as_json, json=records_json, listing=sources_listing,  # unnamed originators last, not ranked
         empty="no originators with that many claims")
