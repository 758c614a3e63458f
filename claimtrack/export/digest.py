"""The digest of an update run (`update --digest FILE`): what the run changed, as
markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import UpdateEvent
from ..query import overdue_why
from .mdtext import cell, inline, link

if TYPE_CHECKING:
    from ..update.run import RunResult


def digest_markdown(result: RunResult) -> str:
    """A markdown summary of what the run changed; text from reports is made inert."""
    counts = result.counts()
    lines = [
        f"# claimtrack update {result.run_id}", "",
        f"Run {result.started_at} to {result.finished_at} ({result.seconds:.1f} s): "
        f"{counts['feeds']} feeds, {counts['feeds_failed']} failed; {counts['reports_new']} new reports, "
        f"{counts['claims_new']} new claims, {counts['responses_new']} new responses, "
        f"{counts['changes']} changed reports; {counts['overdue']} claims overdue ({counts['overdue_new']} newly)"
        + (f"; {counts['hooks_failed']} hook calls failed" if counts["hooks_failed"] else "") + ".", "",
        "## Feeds", "", "| feed | outcome | new reports | new claims | new responses | note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for f in result.feeds:
        note = f.error or ("; ".join(f.problems[:3]) if f.problems else "")
        lines.append(f"| {cell(f.name)} | {f.outcome} | {f.reports_new} | {f.claims_new} | "
                     f"{f.responses_new} | {cell(note)} |")
    sections = [
        ("New claims", [f"- #{e['claim']['id']} {inline(e['claim']['text'])}"
                        for e in result.events if e["event"] == UpdateEvent.NEW_CLAIM]),
        ("New responses", [f"- claim #{e['claim_id']}: {inline(e['response']['responder'])} "
                           f"({e['response']['stance']}): “{inline(e['response']['quote'])}”"
                           for e in result.events if e["event"] == UpdateEvent.NEW_RESPONSE]),
        ("Status changes", [f"- claim #{e['claim_id']}: {e['from']} → {e['to']}: {inline(e['claim']['text'])}"
                            for e in result.events if e["event"] == UpdateEvent.STATUS_CHANGE]),
        ("Changed reports", [f"- {link(c['url'], c['url'])}: {c['kind']}"
                             + (f" “{inline(c['old'])}” → “{inline(c['new'])}”" if c["kind"] == "headline" else "")
                             + (f" (claims {', '.join('#' + str(i) for i in c['claims'])})" if c["claims"] else "")
                             for c in result.changes]),
        ("Newly overdue (all: claimtrack list --overdue)",
         [f"- #{r['claim_id']} ({overdue_why(r)}): {inline(r['text'])}" for r in result.overdue_new]),
        ("Failed hooks", [f"- hook {h['hook_id']} on {h['event']}"
                          + (f" (claim #{h['claim_id']})" if h.get("claim_id") else "")
                          + f": {inline(h['error'] or '')}" for h in result.hooks_failed]),
    ]
    for heading, items in sections:
        if items:
            lines += ["", f"## {heading}", "", *items]
    return "\n".join(lines) + "\n"
