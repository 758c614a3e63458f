"""Claims as rich renderables for the terminal. Nothing here prints.

Every string that came from outside (claims, quotes, names, titles) is wrapped in
`Text` after `safetext.visible`, so neither rich markup nor escape sequences in the
data can take effect.
"""

from __future__ import annotations

from itertools import groupby

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderHook
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .models import ClaimDetail, EventKind, Status
from .safetext import one_line, visible
from .status import Step, explain
from .timeline import Chart

STATUS_STYLE = {
    Status.REPORTED: "bright_blue",
    Status.UNANSWERED: "yellow",
    Status.DENIED: "red",
    Status.PARTLY_CONFIRMED: "dark_orange",
    Status.CONFIRMED: "green",
    Status.TRUE: "bold green",
    Status.FALSE: "bold red",
    Status.PARTLY_TRUE: "dark_olive_green3",
    Status.RETRACTED: "magenta",
    Status.UNRESOLVABLE: "grey50",
}
# One letter per status, so the chart still reads without colour.
STATUS_MARK = {
    Status.REPORTED: "r",
    Status.UNANSWERED: "u",
    Status.DENIED: "d",
    Status.PARTLY_CONFIRMED: "p",
    Status.CONFIRMED: "c",
    Status.TRUE: "T",
    Status.FALSE: "F",
    Status.PARTLY_TRUE: "P",
    Status.RETRACTED: "R",
    Status.UNRESOLVABLE: "?",
}


def data(text: str | None, style: str = "") -> Text:
    """Outside text, shown literally."""
    return Text(one_line(text), style=style)


class ShownVisibly(RenderHook):
    """The last step before a console writes: the text of everything it prints passes
    `safetext.visible`, so a column or message that forgot `data()` still cannot send
    an escape sequence. (Cells should still use `data()`: markers made here come after
    the table was laid out, so they can push a row out of line.)"""

    def process_renderables(self, renderables: list) -> list:
        return [_Visible(r) for r in renderables]


class _Visible:
    def __init__(self, renderable):
        self.renderable = renderable

    def __rich_console__(self, console, options):
        shown: dict[str, str] = {}  # a chart's thousands of "█" are looked at once
        for segment in console.render(self.renderable, options):
            text = segment.text
            if segment.control or (text.isascii() and text.isprintable()):
                yield segment  # (rich's own cursor moves; and most text, checked cheaply)
                continue
            safe = shown.get(text)
            if safe is None:
                safe = shown[text] = visible(text)
            yield segment if safe == text else Segment(safe, segment.style)


def status_text(status: Status) -> Text:
    return Text(status.value, style=STATUS_STYLE[status])


def _date(value) -> str:
    return str(value) if value is not None else "—"


def claims_table(summaries) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("first reported", no_wrap=True)
    table.add_column("source")
    table.add_column("subjects")
    table.add_column("claim", ratio=1, min_width=20)
    for s in summaries:
        source = s.claim.source or ("anonymous" if s.claim.anonymous else "—")
        flags = []
        if s.overdue:
            flags.append("overdue")
        if s.quiet_days is not None and s.quiet_days >= 30:
            flags.append(f"quiet {s.quiet_days}d")
        status = status_text(s.status)
        if flags:
            status.append(" (" + ", ".join(flags) + ")", style="dim")
        table.add_row(
            str(s.claim.id), status, _date(s.claim.first_reported),
            data(source), data(", ".join(s.claim.subjects)), data(s.claim.text),
        )
    return table


def claim_view(detail: ClaimDetail) -> Group:
    claim = detail.claim
    head = Text()
    head.append(f"claim {claim.id}  ", style="bold")
    head.append_text(status_text(detail.status))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    facts.add_row("claim", Text(visible(claim.text)))
    source = claim.source or "—"
    if claim.anonymous:
        source += " (anonymous sources)"
    facts.add_row("source", data(source))
    facts.add_row("subjects", data(", ".join(claim.subjects)))
    facts.add_row("first reported", _date(claim.first_reported))
    if claim.due:
        facts.add_row("due", _date(claim.due))
    parts: list = [head, facts]
    parts.append(_section("mentions", _mentions_table(detail)))
    if detail.responses:
        parts.append(_section("responses", _responses_table(detail)))
    if detail.verdicts:
        parts.append(_section("verdict", _verdicts_table(detail)))
    return Group(*parts)


def _section(title: str, body) -> Group:
    return Group(Text(""), Text(title, style="bold underline"), body)


def _plain_table() -> Table:
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)


def _mentions_table(detail: ClaimDetail) -> Table:
    table = _plain_table()
    for name in ("id", "date", "credited", "sentence", "report", "why linked"):
        table.add_column(name, ratio=1 if name in ("sentence", "why linked") else None)
    for m in detail.mentions:
        table.add_row(str(m.id), _date(m.mentioned_on), data(m.credited or "—"), Text(visible(m.sentence)),
                      data(m.report_title or m.url or "—"), data(m.link_reason or "entered by hand"))
    return table


def _responses_table(detail: ClaimDetail) -> Table:
    table = _plain_table()
    for name in ("id", "date", "who", "stance", "quote", "via"):
        table.add_column(name, ratio=1 if name == "quote" else None)
    for r in detail.responses:
        table.add_row(str(r.id), _date(r.responded_on), data(r.responder), r.stance.value,
                      Text(visible(r.quote)), data(r.via or "—"))
    return table


def _verdicts_table(detail: ClaimDetail) -> Table:
    table = _plain_table()
    for name in ("date", "verdict", "evidence", "note"):
        table.add_column(name, ratio=1 if name == "note" else None)
    for v in detail.verdicts:
        table.add_row(_date(v.decided_on), status_text(Status(v.verdict.value)),
                      data(v.evidence or "—"), Text(visible(v.note or "")))
    return table


def _what(step: Step) -> Text:
    e = step.event
    if e.kind is EventKind.RESPONSE:
        text = Text(f"{e.stance.value}: ")
        text.append(f"“{one_line(e.text)}”")
        if e.via:
            text.append(f" (via {one_line(e.via)})", style="dim")
        return text
    if e.kind is EventKind.VERDICT:
        text = Text(f"verdict {e.verdict.value}")
        if e.text:
            text.append(f": {one_line(e.text)}")
        if e.url:
            text.append(f" [{one_line(e.url)}]", style="dim")
        return text
    if e.kind is EventKind.EDITED:
        return Text(f"edited {one_line(e.text)}", style="dim")
    return Text(f"{e.kind.value}: {one_line(e.text)}")


def timeline_view(claim, steps: list[Step]) -> Group:
    head = Text()
    head.append(f"claim {claim.id}  ", style="bold")
    head.append(one_line(claim.text))
    table = _plain_table()
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("who")
    table.add_column("what", ratio=1)
    table.add_column("status", no_wrap=True)
    table.add_column("why", style="dim")
    for step in steps:
        e = step.event
        date_text = str(e.happened_on) if e.happened_on else f"{e.recorded_at[:10]}*"
        status = status_text(step.after)
        if step.changed:
            status = Text.assemble(("→ ", "bold"), status)
        table.add_row(date_text, e.kind.value, data(e.who or "—"), _what(step), status, data(explain(step)))
    return Group(head, table)


def chart_view(chart: Chart, label_width: int = 28, color: bool = True) -> Group:
    legend = Text("legend: ")
    for status in chart.statuses:
        if color:
            legend.append("█", style=STATUS_STYLE[status])
        else:
            legend.append(STATUS_MARK[status])
        legend.append(f" {status.value}  ")
    legend.append("· not yet reported", style="dim")
    return Group(_ChartRows(chart, label_width, color), legend)


def _chart_table(chart: Chart, label_width: int, color: bool, widths=(None, None, None), rows=None) -> Table:
    table = Table(box=None, show_header=True, pad_edge=False, padding=(0, 1))
    table.add_column("id", justify="right", no_wrap=True, width=widths[0])
    table.add_column("claim", no_wrap=True, max_width=label_width, overflow="ellipsis", width=widths[1])
    table.add_column(f"{chart.start} → {chart.end}", no_wrap=True, width=widths[2])
    for row in chart.rows if rows is None else rows:
        bar = Text()
        for slot in row.slots:
            if slot is None:
                bar.append("·", style="dim")
            elif color:
                bar.append("█", style=STATUS_STYLE[slot])
            else:
                bar.append(STATUS_MARK[slot])
        table.add_row(str(row.claim.id), data(row.claim.text), bar)
    return table


class _ChartRows:
    """The chart's table, byte for byte as `_chart_table` renders it, with the rows
    written as segments directly: a rich Table measures and renders every cell through
    several layers of renderables, ≈0.4 ms a row, seconds for a chart of 5,000 claims.
    The header still comes from a Table (of no rows, the same column widths); rows too
    wide for the console go to the Table itself, which then shrinks columns."""

    def __init__(self, chart: Chart, label_width: int, color: bool):
        self.chart, self.label_width, self.color = chart, label_width, color

    def __rich_console__(self, console, options):
        chart = self.chart
        ids = [str(row.claim.id) for row in chart.rows]
        labels = [data(row.claim.text) for row in chart.rows]
        # Column widths as rich measures them: the widest cell, header included (a text
        # by its widest line; every mark of a bar is one cell), the claim column capped.
        widths = (
            max(map(cell_len, ["id", *ids])),
            min(self.label_width, max(_widest_line(t) for t in ["claim", *(label.plain for label in labels)])),
            max(cell_len(f"{chart.start} → {chart.end}"), *(len(row.slots) for row in chart.rows)),
        )
        if sum(widths) + 4 > options.max_width:  # + the padding: one cell between columns, each side
            yield _chart_table(chart, self.label_width, self.color)
            return
        yield _chart_table(chart, self.label_width, self.color, widths, rows=())
        marks = self._marks(console)
        end = Segment.line()
        for row, id_, label in zip(chart.rows, ids, labels):
            label.truncate(widths[1], overflow="ellipsis", pad=True)
            yield Segment(f"{id_.rjust(widths[0])}  {label.plain}  ")
            if console.color_system is None:  # styles print as nothing: a run can be one segment
                for slot, run in groupby(row.slots):
                    yield Segment(marks[slot].text * sum(1 for _ in run), marks[slot].style)
            else:  # rich gives each character its own segment, and so its own escape codes
                yield from map(marks.__getitem__, row.slots)
            if len(row.slots) < widths[2]:
                yield Segment(" " * (widths[2] - len(row.slots)))
            yield end

    def _marks(self, console) -> dict:
        marks = {None: Segment("·", console.get_style("dim"))}
        for status in Status:
            marks[status] = Segment("█", console.get_style(STATUS_STYLE[status])) if self.color \
                else Segment(STATUS_MARK[status])
        return marks


def _widest_line(text: str) -> int:
    return max(map(cell_len, text.splitlines()), default=0)


def reports_table(rows: list[dict]) -> Table:
    table = _plain_table()
    for name in ("id", "published", "outlet", "title", "claims", "responses", "address"):
        table.add_column(name, ratio=1 if name == "title" else None,
                         justify="right" if name in ("id", "claims", "responses") else "left")
    for r in rows:
        table.add_row(str(r["id"]), data(r["published"] or "—"), data(r["outlet"] or "—"), data(r["title"] or "—"),
                      str(r["claims"]), str(r["responses"]), data(r["url"] or r["location"] or "—"))
    return table


def entities_table(rows: list[dict]) -> Table:
    table = _plain_table()
    for name in ("name", "kind", "aliases", "subject of", "source of", "responded"):
        table.add_column(name, ratio=1 if name == "aliases" else None,
                         justify="right" if name in ("subject of", "source of", "responded") else "left")
    for r in rows:
        table.add_row(data(r["name"]), data(r["kind"]), data(", ".join(r["aliases"])),
                      str(r["as_subject"]), str(r["as_source"]), str(r["as_responder"]))
    return table


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def sources_table(records) -> Table:
    table = _plain_table()
    columns = ("originator", "claims", "open", "true", "partly", "false", "retracted",
               "share true", "95% range", "median days", "denied, then true")
    for name in columns:
        table.add_column(name, justify="left" if name == "originator" else "right")
    for r in records:
        span = "—" if r.interval is None else f"{_percent(r.interval[0])}–{_percent(r.interval[1])}"
        days = "—" if r.median_days_to_verdict is None else f"{r.median_days_to_verdict:g}"
        table.add_row(data(r.originator), str(r.claims), str(r.open), str(r.true), str(r.partly_true),
                      str(r.false), str(r.retracted), _percent(r.share_true), span, days,
                      str(r.denied_then_true))
    return table


def suggestions_table(found) -> Table:
    table = _plain_table()
    for name in ("n", "new claim", "may be", "score", "why"):
        table.add_column(name, ratio=1 if name in ("new claim", "may be") else None)
    for s in found:
        table.add_row(str(s.id), data(f"{s.claim.id}: {s.claim.text}"), data(f"{s.candidate.id}: {s.candidate.text}"),
                      f"{s.score:.2f}", data(s.reason))
    return table
