"""Commands that fix links between reports and claims: review, merge, split, unlink."""

from __future__ import annotations

from typing import List, Optional

import typer

from .app import app, settings
from .common import changed_claim, reading, writing
from .output import emit, handle_errors, note


@app.command()
@handle_errors
def review(
    ctx: typer.Context,
    accept: Optional[int] = typer.Option(None, "--accept", metavar="N", help="Suggestion N is right: merge the two claims."),
    reject: Optional[int] = typer.Option(None, "--reject", metavar="N", help="Suggestion N is wrong: keep the claims apart."),
    all_: bool = typer.Option(False, "--all", help="Also list suggestions already accepted or rejected."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Accept or reject the links ingest was unsure about.

    When a new report's claim looks like a stored one but not surely so, ingest keeps
    it as a new claim and records a suggestion here; nothing is merged silently.
    """
    from .. import links
    from ..views.json_shapes import claim_json, rejected_json, suggestions_json
    from ..views.listing import suggestions_listing

    cfg = settings(ctx)
    if accept is not None:
        claim = writing(cfg, links.accept, accept)
        emit(claim, as_json, json=claim_json, message=f"suggestion {accept} accepted: merged into claim {claim.id}")
    elif reject is not None:
        writing(cfg, links.reject, reject)
        emit(reject, as_json, json=rejected_json, message=f"suggestion {reject} rejected")
    else:
        found = reading(cfg, links.suggestions, None if all_ else "open")
        emit(found, as_json, json=suggestions_json, listing=suggestions_listing, empty="nothing to review")
        if found and not as_json:
            note("accept with: claimtrack review --accept N   reject with: claimtrack review --reject N")


@app.command()
@handle_errors
def merge(
    ctx: typer.Context,
    claim_ids: List[int] = typer.Argument(..., metavar="ID ID...", help="The claim to keep, then the claims to fold into it."),
    as_json: bool = typer.Option(False, "--json", help="Print the merged claim as JSON."),
) -> None:
    """Merge claims that are one story; the first ID keeps everything.

    The merged claims' mentions, responses, verdicts and subjects move to the first;
    its history records the merge, and `split` can take mentions back out.
    """
    from .. import links

    changed_claim(settings(ctx), links.merge, claim_ids[0], claim_ids[1:], as_json=as_json)


@app.command()
@handle_errors
def split(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim that holds mentions of another story."),
    mention_ids: List[int] = typer.Argument(..., metavar="MENTION...", help="Mention ids to move out (see `show ID --json`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the new claim as JSON."),
) -> None:
    """Move mentions out into a new claim.

    The responses carried by the same reports move with them.
    """
    _split(ctx, claim_id, mention_ids, as_json)


@app.command()
@handle_errors
def unlink(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID", help="The claim a mention was wrongly linked to."),
    mention_id: int = typer.Argument(..., metavar="MENTION", help="The mention to unlink."),
    as_json: bool = typer.Option(False, "--json", help="Print the new claim as JSON."),
) -> None:
    """Undo one wrong automatic link.

    The mention becomes a claim of its own.
    """
    _split(ctx, claim_id, [mention_id], as_json)


def _split(ctx: typer.Context, claim_id: int, mention_ids: list[int], as_json: bool) -> None:
    from .. import links

    changed_claim(settings(ctx), links.split, claim_id, mention_ids, as_json=as_json)
