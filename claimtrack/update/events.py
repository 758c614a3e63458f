"""What an update run found, as events for hooks and the run's JSON: new claims,
new responses, and claims whose status moved; and the hooks run on each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import UpdateEvent
from ..store import Store
from ..views.json_shapes import claim_json, response_json
from .hooks import run_hooks

if TYPE_CHECKING:  # annotations only: run.py imports this module
    from .run import UpdateOptions


def found_events(store: Store, before_ids: tuple[int, int], before_statuses: dict[int, str],
                 run_id: int) -> list[dict]:
    """What this run added: new claims, new responses, and claims whose status moved."""
    events: list[dict] = []
    for claim_id in store.claim_ids_after(before_ids[0]):
        events.append({"event": UpdateEvent.NEW_CLAIM, "run_id": run_id,
                       "claim": claim_json(store.get_claim(claim_id))})
    for response_id, claim_id in store.response_ids_after(before_ids[1]):
        response = next(r for r in store.responses(claim_id) if r.id == response_id)
        events.append({"event": UpdateEvent.NEW_RESPONSE, "run_id": run_id, "claim_id": claim_id,
                       "response": response_json(response)})
    now = store.claim_statuses()
    for claim_id, old in before_statuses.items():
        new = now.get(claim_id)
        if new is not None and new != old:
            events.append({"event": UpdateEvent.STATUS_CHANGE, "run_id": run_id, "claim_id": claim_id,
                           "from": old, "to": new, "claim": claim_json(store.get_claim(claim_id))})
    return events


def dispatch_hooks(store: Store, events: list[dict], options: UpdateOptions, deadline_at: float) -> list[dict]:
    """Run each event's hooks; every call, with its error if any, for the run's JSON."""
    hooks = store.hooks()
    if not hooks:
        return []
    calls = []
    for event in events:
        # Each call gets what is left of the run, so hooks cannot carry it past its deadline.
        for call in run_hooks(hooks, event, options.hook_timeout, deadline_at=deadline_at):
            calls.append({"hook_id": call.hook_id, "event": call.event, "command": call.command,
                          "ok": call.ok, "error": call.error,
                          "claim_id": event.get("claim_id") or event.get("claim", {}).get("id")})
    return calls
