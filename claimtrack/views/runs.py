"""What `ingest` and `update` say about a run, for people: rich text lines, printed
one after another. Nothing here prints. (Their --json shapes are json_shapes'.)"""

from __future__ import annotations

from rich.text import Text

from ..query import overdue_why
from ..text.safe import one_line

OVERDUE_LINES = 10  # overdue claims named one by one in a run's report


def ingest_view(summary, explain: bool = False) -> list[Text]:
    lines = []
    if explain:
        for o in summary.outcomes:
            head = Text(f"{one_line(o.location)}: {o.state}", style="bold")
            if o.title:
                head.append(f" — {one_line(o.title)}", style="")
            lines.append(head)
            for line in o.decisions:
                lines.append(Text(f"  {one_line(line)}"))
    data = summary.as_json()
    lines.append(Text(
        f"{data['inputs']} inputs: {data['reports_new']} reports stored, "
        f"{data['reports_known']} already known, {data['reports_dry_run']} dry-run, {data['failed']} failed; "
        f"claims: {data['claims_new']} new, {data['claims_linked']} linked to stored claims; "
        f"responses: {data['responses_new']} new, {data['responses_known']} already known, "
        f"{data['responses_unattached']} with no claim to attach to"
    ))
    return lines


def update_view(result) -> list[Text]:
    lines = []
    for f in result.feeds:
        if f.outcome == "failed":
            line = f"{f.name}: failed: {f.error}"
        elif f.outcome == "new":
            line = (f"{f.name}: {f.entries_new} new ({f.reports_new} reports stored, {f.claims_new} new claims, "
                    f"{f.claims_linked} linked, {f.responses_new} responses)")
            line += f", {f.entries_edited} edited" if f.entries_edited else ""
        elif f.entries_edited:
            line = f"{f.name}: no new entries, {f.entries_edited} edited"
        else:
            line = f"{f.name}: unchanged"
        lines.append(Text(one_line(line)))
        for problem in f.problems:
            lines.append(Text("  " + one_line(problem)))
    for c in result.changes:
        claims = ", ".join(str(i) for i in c["claims"]) or "none"
        lines.append(Text(one_line(f"changed: {c['url']}: {c['kind']} (claims {claims})")))
    for r in result.overdue_new[:OVERDUE_LINES]:
        lines.append(Text(one_line(f"overdue: claim {r['claim_id']} ({overdue_why(r)}): {r['text']}")))
    if len(result.overdue_new) > OVERDUE_LINES:
        # A back-filled archive would bury what this run found; the list has them all.
        lines.append(Text(f"overdue: … and {len(result.overdue_new) - OVERDUE_LINES} more; "
                          "see claimtrack list --overdue"))
    counts = result.counts()
    hooks = (f"; {counts['hooks_failed']} of {counts['hooks_run']} hook calls failed"
             if counts["hooks_failed"] else "")
    overdue = (f"; {counts['overdue']} claim{'' if counts['overdue'] == 1 else 's'} overdue "
               f"({counts['overdue_new']} newly; claimtrack list --overdue)" if counts["overdue"] else "")
    lines.append(Text(
        f"run {result.run_id}: {counts['feeds']} feeds ({counts['feeds_new']} new, {counts['feeds_unchanged']} "
        f"unchanged, {counts['feeds_failed']} failed); {counts['reports_new']} reports stored, "
        f"{counts['claims_new']} new claims, {counts['responses_new']} new responses, "
        f"{counts['changes']} changed reports{hooks}{overdue}; {result.seconds:.1f} s"
    ))
    return lines
