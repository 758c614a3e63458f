"""Commands that fix links between reports and claims: review, merge, split, unlink."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .app import app, settings
from .common import open_store, print_claim
from .output import handle_errors, print_json, show_listing


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
    from ..views import json_shapes

    with open_store(settings(ctx), reader=(accept is None and reject is None)) as store:
        if accept is not None:
            claim = links.accept(store, accept)
            _done(f"suggestion {accept} accepted: merged into claim {claim.id}", json_shapes.claim_json(claim), as_json)
            return
        if reject is not None:
            links.reject(store, reject)
            _done(f"suggestion {reject} rejected", {"id": reject, "state": "rejected"}, as_json)
            return
        found = links.suggestions(store, None if all_ else "open")
    if as_json:
        print_json([{"id": s.id, "claim": json_shapes.claim_json(s.claim), "candidate": json_shapes.claim_json(s.candidate),
                     "score": s.score, "reason": s.reason, "state": s.state} for s in found])
        return
    if not found:
        sys.stderr.write("nothing to review\n")
        return
    from ..views.listing import suggestions_listing

    show_listing(suggestions_listing(found))
    sys.stderr.write("accept with: claimtrack review --accept N   reject with: claimtrack review --reject N\n")


def _done(message: str, data: dict, as_json: bool) -> None:
    if as_json:
        print_json(data)
    else:
        sys.stderr.write(message + "\n")


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
    from ..views import json_shapes

    cfg = settings(ctx)
    with open_store(cfg) as store:
        claim = links.merge(store, claim_ids[0], claim_ids[1:])
        print_claim(store, claim.id, json_shapes.claim_json(claim) if as_json else None, cfg.today)


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
    from ..views import json_shapes

    cfg = settings(ctx)
    with open_store(cfg) as store:
        claim = links.split(store, claim_id, mention_ids)
        print_claim(store, claim.id, json_shapes.claim_json(claim) if as_json else None, cfg.today)
