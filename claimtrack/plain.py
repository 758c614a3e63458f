"""Claims as plain text lines, for pipes, scripts and NO_COLOR: no colours, no box
drawing, one record a line where possible, and nothing from rich to import (which
also keeps `claimtrack list | …` quick). Nothing here prints.

Outside text goes through `safetext.one_line`, so tabs and newlines in data never
break a line and escape sequences never reach the terminal.
"""

from __future__ import annotations

from .models import ClaimDetail, EventKind
from .safetext import one_line
from .status import Step, explain


def _d(value) -> str:
    return str(value) if value is not None else "-"


def claims_lines(summaries) -> list[str]:
    """Tab-separated: a header, then one claim a line."""
    lines = ["id\tstatus\tfirst_reported\tsource\tsubjects\tclaim"]
    for s in summaries:
        source = s.claim.source or ("anonymous" if s.claim.anonymous else "-")
        status = s.status.value
        if s.overdue:
            status += " (overdue)"
        elif s.quiet_days is not None and s.quiet_days >= 30:
            status += f" (quiet {s.quiet_days}d)"
        lines.append("\t".join([
            str(s.claim.id), status, _d(s.claim.first_reported), one_line(source),
            one_line(", ".join(s.claim.subjects)), one_line(s.claim.text),
        ]))
    return lines


def claim_lines(detail: ClaimDetail) -> list[str]:
    claim = detail.claim
    source = (claim.source or "-") + (" (anonymous sources)" if claim.anonymous else "")
    lines = [
        f"claim {claim.id}  {detail.status.value}",
        f"claim:          {one_line(claim.text)}",
        f"source:         {one_line(source)}",
        f"subjects:       {one_line(', '.join(claim.subjects))}",
        f"first reported: {_d(claim.first_reported)}",
    ]
    if claim.due:
        lines.append(f"due:            {claim.due}")
    lines.append(f"mentions:       {len(detail.mentions)} ({detail.origins} independent)")
    for m in detail.mentions:
        where = m.report_title or m.url or "-"
        why = one_line(m.link_reason or "entered by hand")
        lines.append(f"  #{m.id}  {_d(m.mentioned_on)}  {one_line(m.credited or '-')}  {one_line(m.sentence)}"
                     f"  [{one_line(where)}]  ({why})")
    if detail.responses:
        lines.append("responses:")
        for r in detail.responses:
            via = f"  via {one_line(r.via)}" if r.via else ""
            lines.append(f"  #{r.id}  {_d(r.responded_on)}  {one_line(r.responder)}  {r.stance.value}  “{one_line(r.quote)}”{via}")
    if detail.verdicts:
        lines.append("verdict:")
        for v in detail.verdicts:
            extra = "  ".join(one_line(x) for x in (v.evidence, v.note) if x)
            lines.append(f"  {_d(v.decided_on)}  {v.verdict.value}  {extra}".rstrip())
    return lines


def _what(step: Step) -> str:
    e = step.event
    if e.kind is EventKind.RESPONSE:
        via = f" (via {one_line(e.via)})" if e.via else ""
        return f"{e.stance.value}: “{one_line(e.text)}”{via}"
    if e.kind is EventKind.VERDICT:
        return f"verdict {e.verdict.value}" + (f": {one_line(e.text)}" if e.text else "") + (f" [{one_line(e.url)}]" if e.url else "")
    return f"{e.kind.value}: {one_line(e.text)}"


def timeline_lines(claim, steps: list[Step]) -> list[str]:
    lines = [f"claim {claim.id}  {one_line(claim.text)}", "date\tevent\twho\twhat\tstatus\twhy"]
    for step in steps:
        e = step.event
        when = str(e.happened_on) if e.happened_on else f"{e.recorded_at[:10]}*"
        status = ("→ " if step.changed else "") + step.after.value
        lines.append("\t".join([when, e.kind.value, one_line(e.who or "-"), _what(step), status, one_line(explain(step))]))
    return lines
