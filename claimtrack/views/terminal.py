"""Claims as rich renderables for the terminal. Nothing here prints.

Every string that came from outside (claims, quotes, names, titles) is wrapped in
`Text` after `safetext.visible`, so neither rich markup nor escape sequences in the
data can take effect.
"""

from __future__ import annotations

from itertools import groupby

from rich.cells import cell_len, get_character_cell_size
from rich.console import Group, RenderHook
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .listing import MAIN, NUMBER, SHORT, TEXT, Cell, Listing, claim_facts, claims_listing, mentions_listing, responses_listing, timeline_listing, verdicts_listing
from .listing import parts as listing_parts
from .listing import plain as plain_cell
from ..models import ClaimDetail, Status
from ..text.safe import one_line, visible
from ..status import Step
from .chart import Chart

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


def claim_view(detail: ClaimDetail) -> Group:
    claim = detail.claim
    head = Text()
    head.append(f"claim {claim.id}  ", style="bold")
    head.append_text(status_text(detail.status))
    parts: list = [head, ListingView(claim_facts(detail), records=True)]
    parts.append(_section("mentions", ListingView(mentions_listing(detail))))
    if detail.responses:
        parts.append(_section("responses", ListingView(responses_listing(detail))))
    if detail.verdicts:
        parts.append(_section("verdict", ListingView(verdicts_listing(detail))))
    return Group(*parts)


def _section(title: str, body) -> Group:
    return Group(Text(""), Text(title, style="bold underline"), body)


def chart_view(chart: Chart, label_width: int = 28, color: bool | None = None):
    """The chart with its legend; in colour, or in letters (`color` False, or None and
    a console that prints no colour)."""
    return _ChartView(chart, label_width, color)


class _ChartView:
    def __init__(self, chart: Chart, label_width: int, color: bool | None):
        self.chart, self.label_width, self.color = chart, label_width, color

    def __rich_console__(self, console, options):
        color = not console.no_color if self.color is None else self.color
        yield _chart_group(self.chart, self.label_width, color)


def _chart_group(chart: Chart, label_width: int, color: bool) -> Group:
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


# ---- listings fitted to the terminal -------------------------------------------
#
# Rich lays out a table by measuring words: a run of Chinese with no spaces is one
# "word", so it wraps only at spaces, and a column squeezed below a word's width
# crops it with "…" on every line. Listings are therefore laid out here: column
# widths from the roles in `listing.py`, every cell broken into lines by
# `wrap_spans` (at spaces, and between CJK characters), and the table drawn line by
# line as Text. Nothing is cut: a cell too long for its column gets more lines.

GAP = 2                        # cells between columns
TEXT_WIDE, MAIN_WIDE = 40, 60  # a secondary text column gets up to 40 cells while the main keeps 60;
TEXT_CAP = 24                  # else up to 24,
TEXT_FLOOR = 12                # then 12, before it moves under the main column;
MAIN_MIN = 30                  # the main column keeps this much, or the layout gives up a step
STACKED_MIN = 24               # below this even with all else under it: one block a row

# No line starts with closing punctuation or ends with an opening one.
_NO_START = set("，。、；：！？）」』》】〕”’,.;:!?)]}…%")
_NO_END = set("（「『《【〔“‘([{")


def _wide(ch: str) -> bool:
    return get_character_cell_size(ch) == 2


def _may_break(before: str, after: str) -> bool:
    """Between two visible characters: a line may break where either is CJK (wide)."""
    return (_wide(before) or _wide(after)) and after not in _NO_START and before not in _NO_END


def _segments(text: str, start: int, end: int):
    """The unbreakable pieces of text[start:end], as (start, end), spaces left out."""
    i = start
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        if i == end:
            return
        first = i
        i += 1
        while i < end and not text[i].isspace() and not _may_break(text[i - 1], text[i]):
            i += 1
        yield first, i


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Where each line starts and ends when `text` is broken into lines of at most
    `width` cells: at spaces and between CJK characters, and inside a piece only
    when the piece alone is wider than a line (a long address, a long number)."""
    at = [0]  # at[i]: cells taken by text[:i]
    for ch in text:
        at.append(at[-1] + get_character_cell_size(ch))
    spans: list[tuple[int, int]] = []
    paragraph = 0
    for stop in [*(i for i, ch in enumerate(text) if ch == "\n"), len(text)]:
        line_start = line_end = None
        for first, end in _segments(text, paragraph, stop):
            too_wide = at[end] - at[first] > width  # folded anyway: start it on this line
            if line_start is not None and at[end] - at[line_start] > width and not too_wide:
                spans.append((line_start, line_end))
                line_start = None
            if line_start is None:
                line_start = first
            while at[end] - at[line_start] > width:  # a piece wider than a line: fold it
                cut = line_start + 1
                while cut < end and at[cut + 1] - at[line_start] <= width:
                    cut += 1
                spans.append((line_start, cut))
                line_start = cut
            line_end = end
        if line_start is None:  # an empty paragraph: an empty line
            spans.append((paragraph, paragraph))
        elif line_start < line_end:
            spans.append((line_start, line_end))
        paragraph = stop + 1
    return spans


def _cell_text(cell: Cell) -> Text:
    text = Text()
    for piece, style in listing_parts(cell):
        if style.startswith("status:"):
            style = STATUS_STYLE[Status(style.split(":", 1)[1])]
        text.append(piece, style=style)
    return text if text.plain else Text("—", style="dim")


def _wrapped(text: Text, width: int) -> Text:
    return Text("\n").join(text[start:end] for start, end in wrap_spans(text.plain, max(width, 2)))


def _widest_piece(text: str) -> int:
    return max((cell_len(text[a:b]) for a, b in _segments(text, 0, len(text))), default=0)


class _Layout:
    """Column widths for one listing at one terminal width, or None where a column
    moves under the main one ("stacked")."""

    def __init__(self, listing: Listing, cells: list[list[Text]]):
        self.listing = listing
        # The width each column needs to show every cell on its own lines unbroken
        # (a header may wrap at its spaces).
        self._natural = [max([_widest_piece(column.name), *(_widest_line(t.plain) for t in cells[i])])
                         for i, column in enumerate(listing.columns)]

    def natural(self, i: int) -> int:
        return self._natural[i]

    def widths(self, total: int) -> list[int | None] | None:
        columns = self.listing.columns
        fixed = {i: self.natural(i) for i, c in enumerate(columns) if c.role in (SHORT, NUMBER)}
        texts = [i for i, c in enumerate(columns) if c.role == TEXT]
        main = next((i for i, c in enumerate(columns) if c.role == MAIN), None)
        # Side by side: the text columns roomy while the main one stays wide, then narrower.
        for cap, need in ((TEXT_WIDE, MAIN_WIDE), (TEXT_CAP, MAIN_MIN), (TEXT_FLOOR, MAIN_MIN)):
            widths = {**fixed, **{i: min(self.natural(i), cap) for i in texts}}
            room = total - sum(widths.values()) - GAP * (len(columns) - 1)
            if main is None and room >= 0:
                return [widths[i] for i in range(len(columns))]
            if main is not None and room >= min(need, self.natural(main)):
                widths[main] = min(room, self.natural(main))
                room -= widths[main]
                for i in texts:  # what the main column does not need widens the others
                    grow = min(room, self.natural(i) - widths[i])
                    widths[i] += grow
                    room -= grow
                return [widths[i] for i in range(len(columns))]
        if main is None or not texts:
            return None
        room = total - sum(fixed.values()) - GAP * (len(columns) - len(texts) - 1)
        if room < min(STACKED_MIN, self.natural(main)):
            return None
        return [fixed.get(i, room if i == main else None) for i in range(len(columns))]


class ListingView:
    """A listing drawn to the console's width: a table, with secondary text columns
    under the main one when narrow, and one block of "name: value" lines a row when
    even that does not fit."""

    def __init__(self, listing: Listing, records: bool = False):
        self.listing = listing
        self.records = records  # "name: value" lines whatever the width

    def __rich_console__(self, console, options):
        listing = self.listing
        width = options.max_width
        if listing.title:
            yield _wrapped(Text(listing.title, style="bold"), width)
        cells = [[_cell_text(row[i]) for row in listing.rows] for i in range(len(listing.columns))]
        widths = None if self.records else _Layout(listing, cells).widths(width)
        yield self._records(cells, width) if widths is None else self._table(cells, widths)

    def _table(self, cells: list[list[Text]], widths: list[int | None]) -> Group:
        """The table, line by line: the header (its lines at the bottom), a rule under
        each column, then the rows, columns two cells apart."""
        columns = self.listing.columns
        shown = [i for i, w in enumerate(widths) if w is not None]
        main = next((i for i, c in enumerate(columns) if c.role == MAIN), None)
        header = [_wrapped(Text(columns[i].name, style="bold"), widths[i]).split("\n") for i in shown]
        depth = max(map(len, header))
        lines = self._lines(shown, widths, [[Text("")] * (depth - len(h)) + list(h) for h in header])
        lines.append(Text(" " * GAP).join(Text("─" * widths[i], style="dim") for i in shown))
        for r in range(len(self.listing.rows)):
            row = []
            for i in shown:
                cell = cells[i][r]
                if i == main:
                    cell = self._with_stacked(cell, [(columns[j].name, cells[j][r]) for j, w in enumerate(widths)
                                                     if w is None and plain_cell(self.listing.rows[r][j])])
                row.append(list(_wrapped(cell, widths[i]).split("\n")))
            lines.extend(self._lines(shown, widths, row))
        return Group(*lines)

    def _lines(self, shown: list[int], widths: list[int | None], row: list[list[Text]]) -> list[Text]:
        """One row's cells (each a list of lines) side by side, each padded to its column."""
        lines = []
        for n in range(max(map(len, row))):
            line = Text()
            for k, (i, cell) in enumerate(zip(shown, row)):
                piece = cell[n] if n < len(cell) else Text("")
                pad = " " * (widths[i] - cell_len(piece.plain))
                last = k == len(shown) - 1
                if self.listing.columns[i].role == NUMBER:
                    line.append(pad)
                    line.append_text(piece)
                else:
                    line.append_text(piece)
                    if not last:
                        line.append(pad)
                if not last:
                    line.append(" " * GAP)
            line.rstrip()
            lines.append(line)
        return lines

    @staticmethod
    def _with_stacked(main: Text, stacked: list[tuple[str, Text]]) -> Text:
        if not stacked:
            return main
        text = main.copy()
        for name, value in stacked:
            text.append(f"\n{name}: ", style="dim")
            text.append_text(value)
        return text

    def _records(self, cells: list[list[Text]], width: int) -> Group:
        columns = self.listing.columns
        name_width = max(cell_len(c.name) for c in columns) + 2  # "name: "
        lines: list[Text] = []
        for r in range(len(self.listing.rows)):
            if r:
                lines.append(Text(""))
            for i, column in enumerate(columns):
                value = _wrapped(cells[i][r], width - name_width).split("\n")
                for n, line in enumerate(value):
                    label = f"{column.name}:" if n == 0 else ""
                    lines.append(Text(label.ljust(name_width), style="dim") + line)
        return Group(*lines)


def listing_view(listing: Listing) -> ListingView:
    return ListingView(listing)


def claims_table(summaries) -> ListingView:
    return ListingView(claims_listing(summaries))


def timeline_view(claim, steps: list[Step]) -> ListingView:
    return ListingView(timeline_listing(claim, steps))


# `extract` and `eval`


def render_extraction(extraction, *, explain: bool = False):
    report = extraction.report
    head = Text()
    head.append(one_line(report.title) or "(untitled)", style="bold")
    details = [d for d in (report.outlet, str(report.published) if report.published else None, report.language) if d]
    if details:
        head.append("  " + one_line(" · ".join(details)), style="dim")
    parts: list = [head]

    claims = Table(title=f"Claims ({len(extraction.claims)})", title_justify="left", expand=False, show_lines=explain)
    for column in ("#", "claim", "source", "reported"):
        claims.add_column(column, overflow="fold")
    for i, claim in enumerate(extraction.claims):
        text = Text(visible(claim.text))
        if explain:
            text.append("\n" + "cue: " + one_line(claim.cue), style="cyan")
            text.append("\n" + visible(claim.sentence), style="dim")
        source = one_line(claim.source) if claim.source else "—"
        if claim.anonymous:
            source += " (unnamed sources)" if claim.source else " (anonymous)"
        claims.add_row(str(i), text, Text(source), Text(str(claim.reported_on or "—")))
    parts.append(claims)

    responses = Table(title=f"Responses ({len(extraction.responses)})", title_justify="left", show_lines=explain)
    for column in ("to", "who", "stance", "words", "via", "date"):
        responses.add_column(column, overflow="fold")
    for response in extraction.responses:
        words = Text(visible(response.quote))
        if explain:
            words.append("\n" + "cue: " + one_line(response.cue), style="cyan")
            words.append("\n" + visible(response.sentence), style="dim")
        responses.add_row(
            Text("—" if response.claim is None else str(response.claim)),
            Text(one_line(response.responder)),
            Text(response.stance.value),
            words,
            Text(one_line(response.via) if response.via else "—"),
            Text(str(response.responded_on or "—")),
        )
    parts.append(responses)
    return Group(*parts)


def render_eval(result, *, verbose: bool = False):
    scores = Table(title=f"Extraction scored on {len(result.files)} labeled reports", title_justify="left")
    for column in ("", "precision", "recall", "F1", "tp", "fp", "fn"):
        scores.add_column(column, justify="right" if column else "left")
    for name, prf in (("claims", result.claims), ("responses", result.responses)):
        scores.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.tp), str(prf.fp), str(prf.fn))

    accuracy = Table(title="Accuracy over matched pairs", title_justify="left")
    for column in ("", "accuracy", "correct", "of"):
        accuracy.add_column(column, justify="right" if column else "left")
    for name, tally in (
        ("stance", result.stance),
        ("source", result.source),
        ("responder", result.responder),
        ("date (claims: reported_on)", result.reported_on),
        ("date (responses: responded_on)", result.responded_on),
        ("anonymous", result.anonymous),
    ):
        shown = "—" if tally.accuracy is None else f"{tally.accuracy:.3f}"
        accuracy.add_row(name, shown, str(tally.correct), str(tally.total))
    parts: list = [scores, accuracy, Text(claimless_line(result.claimless))]
    if verbose:
        for file in result.files:
            if not file.problems and not file.error:
                continue
            block = Text()
            block.append(one_line(file.name), style="bold")
            if file.error:
                block.append("\n  error: " + one_line(file.error), style="red")
            for problem in file.problems:
                label = f"{problem.kind} {problem.what}"
                block.append(f"\n  {label:<22} ")
                block.append(one_line(problem.text))
                if problem.detail:
                    block.append("  " + one_line(problem.detail), style="dim")
            parts.append(block)
    return Group(*parts)


def claimless_line(claimless) -> str:
    """"reports with no claim: 62; false claims on them: 5 (0.8 per ten)"."""
    line = f"reports with no claim: {claimless.reports}; false claims on them: {claimless.false_claims}"
    return line if claimless.per_ten is None else f"{line} ({claimless.per_ten:.1f} per ten)"
