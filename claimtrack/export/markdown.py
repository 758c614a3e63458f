"""The markdown export: a report to share, or a digest of what changed.

Every string from a report or a user passes through `mdtext` (inline text, table
cells, http(s)-only links). The only markdown structure in the output is ours.
"""

from __future__ import annotations

from datetime import date

from ..models import EventKind, Status
from ..status import Step, cause, explain
from .mdtext import cell, inline, link
from .track_records import SCORED, export_track_records
from .select import ClaimRecord, RenderOptions, Selection, changes, report_for

_KIND_LABEL = {
    EventKind.REPORTED: "first reported",
    EventKind.MENTIONED: "repeated",
    EventKind.RESPONSE: "response",
    EventKind.VERDICT: "verdict",
    EventKind.EDITED: "correction",
    EventKind.REPORT_CHANGED: "report changed",
}
# Mermaid gantt tags: its default theme draws `done` grey, `crit` red, `active` blue.
_GANTT_TAG = {
    Status.DENIED: "crit", Status.FALSE: "crit", Status.RETRACTED: "crit",
    Status.CONFIRMED: "done", Status.TRUE: "done", Status.PARTLY_TRUE: "done",
}


def render_markdown(selection: Selection, options: RenderOptions) -> str:
    if selection.query.changes_since is not None:
        return _join(_header(selection, options, "claimtrack digest") + _digest(selection))
    parts = _header(selection, options, "claimtrack export")
    if selection.records:
        parts += _summary(selection) + _chart(selection)
        for record in selection.records:
            parts += _claim_section(record, selection)
        parts += _track_record(selection)
    return _join(parts)


def _join(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


def _table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    """A GFM table; `align` has one letter per column, `r` for right-aligned numbers."""
    rule = ["---:" if (align[i:i + 1] == "r") else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _day(value) -> str:
    return str(value) if value is not None else "—"


# -- header -------------------------------------------------------------------


def _header(selection: Selection, options: RenderOptions, title: str) -> list[str]:
    q = selection.query
    lines = [f"- Period: {_period(selection)}"]
    if selection.reference_day is not None:
        why = "" if q.as_of else " (the latest event exported)"
        lines.append(f"- As of: {selection.reference_day}{why}")
    if q.changes_since is not None:
        lines.append(f"- Changes since: {q.changes_since} (by event date or date recorded)")
    lines.append(f"- Filters: {_filters(selection)}")
    lines.append(f"- Claims: {_counts(selection)}")
    if options.generated:
        lines.append(f"- Generated: {inline(options.generated)}")
    return [f"# {title}", "\n".join(lines)]


def _period(selection: Selection) -> str:
    q = selection.query
    if q.since or q.until:
        return f"claims first reported {_day(q.since) if q.since else 'any time'} to {_day(q.until) if q.until else 'now'}"
    firsts = [r.first_day for r in selection.records if r.first_day]
    if not firsts:
        return "all claims"
    return f"all claims, first reported {min(firsts)} to {max(firsts)}"


def _filters(selection: Selection) -> str:
    q = selection.query
    parts = []
    if q.claim_id is not None:
        parts.append(f"claim {q.claim_id}")
    if q.subject:
        parts.append(f"subject {inline(q.subject)}")
    if q.status:
        parts.append(f"status {inline(q.status)}")
    return ", ".join(parts) or "none"


def _counts(selection: Selection) -> str:
    total = len(selection.records)
    by_status = {s: 0 for s in Status}
    for record in selection.records:
        by_status[record.detail.status] += 1
    shown = [f"{s.value} {n}" for s, n in by_status.items() if n]
    return f"{total}" + (f" ({', '.join(shown)})" if shown else "")


# -- summary, chart, per claim ------------------------------------------------------


def _originator(record: ClaimRecord) -> str:
    claim = record.claim
    name = claim.source or ("anonymous" if claim.anonymous else None)
    if claim.anonymous and claim.source:
        return cell(name) + " (anonymous sources)"
    return cell(name)


def _days_open(record: ClaimRecord, reference: date | None) -> str:
    first = record.first_day
    if first is None:
        return "—"
    if record.detail.status.is_open:
        end = reference
    else:  # closed on the day of its verdict
        end = max((s.day for s in record.steps if s.event.kind is EventKind.VERDICT), default=None)
    return str(max((end - first).days, 0)) if end else "—"


def _summary(selection: Selection) -> list[str]:
    rows = []
    for record in selection.records:
        claim = record.claim
        rows.append([
            f"[{claim.id}](#claim-{claim.id})", cell(claim.text), record.detail.status.value,
            cell(", ".join(claim.subjects)), _originator(record), _day(claim.first_reported),
            _day(record.last_day), _days_open(record, selection.reference_day),
        ])
    header = ["id", "claim", "status", "subjects", "originator", "first reported", "latest event", "days open"]
    return ["## Summary", _table(header, rows, "r" + " " * 6 + "r")]


def _stretches(record: ClaimRecord) -> list[tuple[date, Status]]:
    """(first day, status) for each run of days a claim kept one status."""
    by_day: dict[date, Status] = {}
    for step in record.steps:
        by_day[step.day] = step.after  # the status at the end of the day
    runs: list[tuple[date, Status]] = []
    for day, status in by_day.items():
        if not runs or runs[-1][1] is not status:
            runs.append((day, status))
    return runs


def _chart(selection: Selection) -> list[str]:
    # Only our own words go inside the block (ids, status names, dates): mermaid
    # labels are not markdown, so no escaping of report text could be relied on.
    lines = ["gantt", "    title Status over time", "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m"]
    for record in selection.records:
        runs = _stretches(record)
        if not runs:
            continue
        lines.append(f"    section Claim {record.claim.id}")
        for n, (start, status) in enumerate(runs, 1):
            task = f"c{record.claim.id}s{n}"
            last = n == len(runs)
            tag = _GANTT_TAG.get(status)
            tags = f"{tag}, " if tag else ""
            if last and not status.is_open:
                lines.append(f"    {status.value} :milestone, {tags}{task}, {start}, 0d")
                continue
            end = runs[n][0] if not last else selection.reference_day or start
            span = f"{end}" if end > start else "1d"
            lines.append(f"    {status.value} :{tags}{task}, {start}, {span}")
    return ["## Status over time", "```mermaid\n" + "\n".join(lines) + "\n```"]


def _timeline_row(record: ClaimRecord, step: Step, selection: Selection) -> list[str]:
    event = step.event
    when = str(event.happened_on) if event.happened_on else f"{event.recorded_at[:10]} (recorded)"
    stance = event.stance.value if event.stance else (event.verdict.value if event.verdict else "—")
    report = report_for(record, step, selection.reports)
    carried = event.via or (report["outlet"] if report else None)
    if event.kind is EventKind.VERDICT:
        source = link("evidence", event.url) if event.url else "—"
    elif event.url:
        source = link(report["title"] if report and report["title"] else "report", event.url)
    elif report is not None:
        source = link(report["title"] or "report", report["url"])
    else:
        source = "—"
    status = f"→ {step.after.value}" if step.changed else step.after.value
    return [when, _KIND_LABEL[event.kind], cell(event.who), stance, cell(event.text), cell(carried),
            source, status]


def _claim_section(record: ClaimRecord, selection: Selection) -> list[str]:
    claim, detail = record.claim, record.detail
    facts = [
        f"- Claim: {inline(claim.text)}",
        f"- Status: **{detail.status.value}**",
        f"- Subjects: {inline(', '.join(claim.subjects)) or '—'}",
        f"- Originator: {_originator(record)}",
        f"- First reported: {_day(claim.first_reported)}",
    ]
    if claim.due:
        facts.append(f"- Due: {claim.due}")
    header = ["date", "what happened", "who", "stance", "words (original language)", "carried by", "report", "status"]
    rows = [_timeline_row(record, step, selection) for step in record.steps]
    parts = [f"## Claim {claim.id}", "\n".join(facts), "### Timeline", _table(header, rows)]
    why = cause(list(record.steps))
    if why is not None:
        parts.append(f"Current status: **{detail.status.value}** — {inline(explain(why))}.")
    if detail.verdicts:
        v = detail.verdicts[-1]
        sentences = [f"Verdict: **{v.verdict.value}**, decided {_day(v.decided_on)}"]
        if v.note:
            sentences.append(inline(v.note.strip()))
        if v.evidence:
            sentences.append(f"Evidence: {link(v.evidence, v.evidence)}")
        parts.append(" ".join(_sentence(x) for x in sentences))
    return parts


def _sentence(text: str) -> str:
    """The text ending as a sentence does, so two never run together."""
    return text if text.endswith((".", "!", "?", "。", "！", "？")) else text + "."


def _track_record(selection: Selection) -> list[str]:
    if not any(r.detail.status in SCORED for r in selection.records):
        return []
    rows = []
    for t in export_track_records(selection.records):
        share = "—"
        if t.share_true is not None:
            low, high = t.interval
            share = f"{t.share_true:.0%} ({low:.0%}–{high:.0%})"
        name = cell(t.originator) + (" (unnamed, not ranked)" if t.unnamed else "")
        rows.append([name, str(t.claims), str(t.scored), str(t.true), str(t.partly_true),
                     str(t.false), str(t.retracted), share])
    header = ["originator", "claims", "resolved", "true", "partly true", "false", "retracted",
              "share true (95% interval)"]
    note = ("Resolved counts verdicts true, partly\\_true, false and retracted. The share true counts "
            "a true verdict as a hit and partly\\_true as half a hit, with a 95% Wilson score interval.")
    return ["## Source track record", note, _table(header, rows, " rrrrrr")]


# -- digest -------------------------------------------------------------------------


def _digest(selection: Selection) -> list[str]:
    found = changes(selection, selection.query.changes_since)
    if not found:
        return ["Nothing changed."]
    new_claims, responses, status_changes = [], [], []
    for change in found:
        record, step = change.record, change.step
        event, claim = step.event, record.claim
        when = str(event.happened_on) if event.happened_on else "—"
        ref = f"{claim.id}: {cell(claim.text)}"
        if event.kind is EventKind.REPORTED:
            new_claims.append([str(claim.id), when, cell(claim.text), cell(", ".join(claim.subjects)),
                               _originator(record), event.recorded_at[:10]])
        if event.kind is EventKind.RESPONSE:
            row = _timeline_row(record, step, selection)
            responses.append([ref, when, row[2], row[3], row[4], row[5], row[6], event.recorded_at[:10]])
        if step.changed:
            status_changes.append([ref, when, step.before.value, step.after.value,
                                   cell(explain(step)), event.recorded_at[:10]])
    parts = []
    if new_claims:
        parts += ["## New claims", _table(["claim", "first reported", "text", "subjects", "originator", "recorded"],
                                          new_claims, "r")]
    if responses:
        parts += ["## New responses", _table(["claim", "date", "who", "stance", "words (original language)",
                                              "carried by", "report", "recorded"], responses)]
    if status_changes:
        parts += ["## Status changes", _table(["claim", "date", "from", "to", "why", "recorded"],
                                              status_changes)]
    return parts
