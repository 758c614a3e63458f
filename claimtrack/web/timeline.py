"""A claim's status over time as an SVG drawn on the server: a band coloured by the
status the claim had on each day, and a marker for each event on it. No script, no
font or style from elsewhere, so the page works offline; every text is escaped."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from ..models import EventKind, Status
from ..status import Step, explain

WIDTH = 760
LEFT, RIGHT = 12, 12
BAND_TOP, BAND_HEIGHT = 28, 26
MARK_TOP = BAND_TOP + BAND_HEIGHT + 14
ROW = 13  # vertical room per marker when several fall on one spot

# Greys while nobody has answered, warm for denials, green as it comes true, and a
# colour of its own for each verdict; the legend names each one in words too.
STATUS_COLOURS = {
    Status.REPORTED: "#b8bec6",
    Status.UNANSWERED: "#d9dde2",
    Status.DENIED: "#d9534f",
    Status.PARTLY_CONFIRMED: "#f0ad4e",
    Status.CONFIRMED: "#7cb87c",
    Status.TRUE: "#2e7d32",
    Status.FALSE: "#8b1a1a",
    Status.PARTLY_TRUE: "#9e9d24",
    Status.RETRACTED: "#6a4c93",
    Status.UNRESOLVABLE: "#546e7a",
}
_SHAPES = {EventKind.REPORTED: "circle", EventKind.MENTIONED: "circle", EventKind.RESPONSE: "diamond",
           EventKind.VERDICT: "square", EventKind.EDITED: "bar", EventKind.REPORT_CHANGED: "bar"}


def timeline_svg(steps: list[Step], today: date) -> str:
    """The SVG of a claim's history: to `today` while it is open, to a little past its
    verdict once decided, so the last status shows (a claim without events draws nothing)."""
    if not steps:
        return ""
    start, last = steps[0].day, steps[-1].day
    if steps[-1].after.is_open:
        end = max(today, last)
    else:
        end = last + timedelta(days=max(7, (last - start).days // 10))
    span = max((end - start).days, 1)
    inner = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return round(LEFT + inner * (day - start).days / span, 1)

    parts = [_band(steps, end, x)]
    stacked: dict[int, int] = {}
    for step in steps:
        spot = int(x(step.day) // 8)  # markers closer than 8 px stack instead of overlapping
        level = stacked.get(spot, 0)
        stacked[spot] = level + 1
        parts.append(_marker(step, x(step.day), MARK_TOP + level * ROW))
    height = MARK_TOP + max(stacked.values()) * ROW + 24
    parts.append(_axis(start, end, height, x))
    body = "\n".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="claim-timeline" role="img" '
            f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
            f'aria-label="Status over time, {escape(str(start))} to {escape(str(end))}">\n{body}\n</svg>')


def _band(steps: list[Step], end: date, x) -> str:
    """One rectangle per stretch of days with the same status."""
    stretches: list[tuple[Status, date]] = []
    for step in steps:
        if not stretches or stretches[-1][0] is not step.after:
            stretches.append((step.after, step.day))
    rects = []
    for i, (status, since) in enumerate(stretches):
        until = stretches[i + 1][1] if i + 1 < len(stretches) else end
        left = x(since)
        width = max(x(until) - left, 2.0)
        label = f"{status.value} from {since}"
        rects.append(f'<rect class="status-{status.value}" x="{left}" y="{BAND_TOP}" width="{width}" '
                     f'height="{BAND_HEIGHT}" fill="{STATUS_COLOURS[status]}"><title>{escape(label)}</title></rect>')
    return "\n".join(rects)


def _marker(step: Step, cx: float, cy: float) -> str:
    event = step.event
    shape = _SHAPES.get(event.kind, "circle")
    colour = STATUS_COLOURS[step.after] if step.changed or event.kind is EventKind.VERDICT else "#555"
    title = escape(f"{step.day} · {_what(step)} · {explain(step)}")
    if shape == "diamond":
        d = f"M{cx} {cy - 6} L{cx + 6} {cy} L{cx} {cy + 6} L{cx - 6} {cy} Z"
        figure = f'<path d="{d}" fill="{colour}" stroke="#222" stroke-width="1"/>'
    elif shape == "square":
        figure = f'<rect x="{cx - 5}" y="{cy - 5}" width="10" height="10" fill="{colour}" stroke="#222"/>'
    elif shape == "bar":
        figure = f'<rect x="{cx - 1.5}" y="{cy - 6}" width="3" height="12" fill="#555"/>'
    else:
        figure = f'<circle cx="{cx}" cy="{cy}" r="5" fill="{colour}" stroke="#222" stroke-width="1"/>'
    return f'<g class="event event-{event.kind.value}"><title>{title}</title>{figure}</g>'


def _what(step: Step) -> str:
    event = step.event
    if event.kind is EventKind.RESPONSE:
        return f"{event.stance.value if event.stance else 'response'} by {event.who or 'unknown'}"
    if event.kind is EventKind.VERDICT:
        return f"verdict {event.verdict.value if event.verdict else ''}"
    return f"{event.kind.value}" + (f" by {event.who}" if event.who else "")


def _axis(start: date, end: date, height: int, x) -> str:
    """A tick at each month (each year, over two years), labelled at most ~8 times."""
    y = height - 6
    yearly = (end - start).days > 730
    ticks = list(_tick_days(start, end, yearly))
    every = max(1, -(-len(ticks) // 8))
    parts = []
    for i, day in enumerate(ticks):
        parts.append(f'<line x1="{x(day)}" y1="{BAND_TOP - 4}" x2="{x(day)}" y2="{BAND_TOP + BAND_HEIGHT + 4}" '
                     f'stroke="#fff" stroke-width="1"/>')
        if i % every == 0 and LEFT + 30 < x(day) < WIDTH - RIGHT - 30:  # clear of the edges' dates
            label = str(day.year) if yearly else f"{day:%Y-%m}"
            parts.append(f'<text x="{x(day)}" y="{BAND_TOP - 8}" font-size="10" fill="#555" '
                         f'text-anchor="middle">{label}</text>')
    parts.append(f'<text x="{LEFT}" y="{y}" font-size="11" fill="#333">{escape(str(start))}</text>')
    parts.append(f'<text x="{WIDTH - RIGHT}" y="{y}" font-size="11" fill="#333" '
                 f'text-anchor="end">{escape(str(end))}</text>')
    return "\n".join(parts)


def _tick_days(start: date, end: date, yearly: bool):
    day = date(start.year + 1, 1, 1) if yearly else _next_month(start)
    while day <= end:
        yield day
        day = date(day.year + 1, 1, 1) if yearly else _next_month(day)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def legend(steps: list[Step]) -> list[tuple[str, str]]:
    """(status, colour) for each status the timeline shows, in vocabulary order."""
    seen = {step.after for step in steps}
    return [(status.value, STATUS_COLOURS[status]) for status in Status if status in seen]
