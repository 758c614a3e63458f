"""Fixing links between reports and claims: merge claims, split mentions off, and
accept or reject the suggestions ingest keeps when it is unsure.

Every change is logged on the claims involved (`claim_edits`), so a timeline still
explains how a claim came to hold what it holds; a merged-away claim is kept as a
snapshot in `removed_claims`.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import query, status
from .dates.partial import PartialDate
from .errors import InputError, NotFound
from .models import Claim, NewClaim
from .store import Store
from .dates.clock import now_iso
from .record import claim_snapshot


@dataclass(frozen=True)
class Suggestion:
    id: int
    claim: Claim
    candidate: Claim
    score: float
    reason: str
    state: str


# How ingest's link_reason ends when it only suggested a link; once the claims are
# merged, that pointer is stale and the reason says what was decided instead.
_ASKS_FOR_REVIEW = "; see `claimtrack review`"


def merge(store: Store, keep_id: int, other_ids: list[int], decided: str = "merged by hand") -> Claim:
    """`keep_id` takes every mention, response, verdict and subject of the others."""
    others = list(dict.fromkeys(i for i in other_ids if i != keep_id))
    if not others:
        raise InputError("merge needs at least two different claims")
    recorded_at = now_iso()
    with store.write():
        kept = store.get_claim(keep_id)
        for other_id in others:
            detail = query.claim_detail(store, other_id)
            _settle_link_reasons(store, detail.mentions, f"{decided} into claim {keep_id}")
            store.move_claim_rows(other_id, keep_id)
            store.log_edit(keep_id, "merged", f"claim {other_id}: {detail.claim.text}", f"claim {keep_id}", recorded_at)
            store.remove_claim(other_id, claim_snapshot(detail), recorded_at)
            if detail.claim.first_reported and (kept.first_reported is None or detail.claim.first_reported < kept.first_reported):
                store.update_claim_fields(keep_id, {"first_reported": str(detail.claim.first_reported)}, recorded_at)
                kept = store.get_claim(keep_id)
        status.refresh_status(store, keep_id)
    return store.get_claim(keep_id)


def _settle_link_reasons(store: Store, mentions, decision: str) -> None:
    for m in mentions:
        if m.link_reason and m.link_reason.endswith(_ASKS_FOR_REVIEW):
            store.set_link_reason(m.id, f"{decision} (ingest had said: {m.link_reason.removesuffix(_ASKS_FOR_REVIEW)})")


def split(store: Store, claim_id: int, mention_ids: list[int]) -> Claim:
    """Move mentions (and the responses from their reports) into a new claim."""
    recorded_at = now_iso()
    with store.write():
        claim = store.get_claim(claim_id)
        mentions = {m.id: m for m in store.mentions(claim_id)}
        unknown = [m for m in mention_ids if m not in mentions]
        if unknown:
            raise NotFound(f"claim {claim_id} has no mention {unknown[0]} (see `claimtrack show {claim_id} --json`)")
        moving = [mentions[m] for m in dict.fromkeys(mention_ids)]
        if len(moving) == len(mentions):
            raise InputError("a split must leave the claim at least one mention")
        first = min(moving, key=lambda m: (m.mentioned_on.sort_key() if m.mentioned_on else (PartialDate(9999, 12).sort_key()), m.id))
        text = store.mention_extracted_text(first.id) or first.sentence
        new_id = store.insert_claim(NewClaim(
            text=text, source=first.credited, subjects=claim.subjects, anonymous=claim.anonymous,
            reported_on=first.mentioned_on,
        ), recorded_at, with_mention=False)
        store.move_mentions([m.id for m in moving], new_id)
        store.move_responses_of_reports(claim_id, [m.report_id for m in moving if m.report_id], new_id)
        ids = ", ".join(str(m.id) for m in moving)
        store.log_edit(claim_id, "split", f"mentions {ids}", f"claim {new_id}", recorded_at)
        store.log_edit(new_id, "split", f"claim {claim_id}", f"mentions {ids}", recorded_at)
        _refresh_first_reported(store, claim_id, recorded_at)
        for changed in (claim_id, new_id):
            status.refresh_status(store, changed)
    return store.get_claim(new_id)


def _refresh_first_reported(store: Store, claim_id: int, recorded_at: str) -> None:
    dates = [m.mentioned_on for m in store.mentions(claim_id) if m.mentioned_on]
    if dates:
        store.update_claim_fields(claim_id, {"first_reported": str(min(dates, key=PartialDate.sort_key))}, recorded_at)


def suggestions(store: Store, state: str | None = "open") -> list[Suggestion]:
    out = []
    for row in store.suggestions(state):
        claims = {c.id: c for c in store.claims_by_id([row["claim_id"], row["candidate_id"]])}
        if len(claims) == 2:
            out.append(Suggestion(row["id"], claims[row["claim_id"]], claims[row["candidate_id"]],
                                  row["score"], row["reason"], row["state"]))
    return out


def accept(store: Store, suggestion_id: int) -> Claim:
    """The two claims are one: merge the newer into the one it was suggested for."""
    row = _open_suggestion(store, suggestion_id)
    with store.write():
        store.decide_suggestion(suggestion_id, "accepted")
        return merge(store, row["candidate_id"], [row["claim_id"]], f"suggestion {suggestion_id} accepted: merged")


def reject(store: Store, suggestion_id: int) -> None:
    _open_suggestion(store, suggestion_id)
    with store.write():
        store.decide_suggestion(suggestion_id, "rejected")


def _open_suggestion(store: Store, suggestion_id: int) -> dict:
    row = store.suggestion(suggestion_id)
    if row["state"] != "open":
        raise InputError(f"suggestion {suggestion_id} was already {row['state']}")
    return row
