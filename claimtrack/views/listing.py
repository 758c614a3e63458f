"""Every listing the CLI prints (claims, a timeline, reports, sources, suggestions,
feeds, hooks, runs, entities) as one shape: named columns and rows of cells.

A terminal draws it as a table fitted to its width (`terminal.listing_view`); a pipe
gets tab-separated lines with a header row (`tab_lines`). Nothing here imports rich
or prints, so `claimtrack list | …` stays quick.

Outside text passes `safetext.one_line` here, before any layout: a marker such as
`<U+202E>` is measured like the rest of the cell, and no tab or newline from data
can break a line of piped output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ..models import EventKind, Status
from ..text.safe import one_line, visible
from ..status import Step, explain

# How a column behaves on a terminal too narrow for everything side by side:
SHORT = "short"    # dates, statuses, ids: kept whole, at their natural width
NUMBER = "number"  # a short column, right-aligned
TEXT = "text"      # wraps; when room is short it moves under the main column as "name: value"
MAIN = "main"      # the one column that gets the room left (a claim's text, a title)

# A cell: plain text, or parts of (text, style) for colour on a terminal. A style
# "status:<name>" means "the colour of that status". A newline in a cell is a line
# break on a terminal and a space when piped. None shows as a dash.
Cell = Union[str, tuple, None]


@dataclass(frozen=True)
class Column:
    name: str                # the header on a terminal
    role: str = TEXT
    key: str | None = None   # the header word when piped; default: the name with "_" for spaces

    @property
    def header_key(self) -> str:
        return self.key or self.name.replace(" ", "_").replace(",", "")


@dataclass
class Listing:
    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    title: str | None = None  # a line above the table, e.g. which claim a timeline is of

    def add(self, *cells: Cell) -> None:
        assert len(cells) == len(self.columns)
        self.rows.append(cells)


def parts(cell: Cell) -> tuple[tuple[str, str], ...]:
    if cell is None:
        return ()
    if isinstance(cell, str):
        return ((cell, ""),)
    return cell


def plain(cell: Cell) -> str:
    return "".join(text for text, _ in parts(cell))


def tab_lines(listing: Listing) -> list[str]:
    """For pipes: the title (if any), a header row, then one row a line, cells split by tabs."""
    lines = [listing.title] if listing.title else []
    lines.append("\t".join(c.header_key for c in listing.columns))
    for row in listing.rows:
        lines.append("\t".join(one_line(plain(cell).replace("\n", " ")) or "-" for cell in row))
    return lines


def _date(value) -> str | None:
    return str(value) if value is not None else None


def _status(status: Status, prefix: str = "") -> tuple:
    return ((prefix, "bold"), (status.value, f"status:{status.value}"))


def claims_listing(summaries) -> Listing:
    listing = Listing((Column("id", NUMBER), Column("status", SHORT), Column("first reported", SHORT),
                       Column("source"), Column("subjects"), Column("claim", MAIN)))
    for s in summaries:
        source = s.claim.source or ("anonymous" if s.claim.anonymous else None)
        status = _status(s.status)
        if s.overdue:
            status += (("\n(overdue)", "dim"),)
        elif s.quiet_days is not None and s.quiet_days >= 30:
            status += ((f"\n(quiet {s.quiet_days}d)", "dim"),)
        listing.add(str(s.claim.id), status, _date(s.claim.first_reported), one_line(source) or None,
                    one_line(", ".join(s.claim.subjects)) or None, one_line(s.claim.text))
    return listing


def _what(step: Step) -> tuple:
    e = step.event
    if e.kind is EventKind.RESPONSE:
        what = ((f"{e.stance.value}: “{one_line(e.text)}”", ""),)
        return what + (((f" (via {one_line(e.via)})", "dim"),) if e.via else ())
    if e.kind is EventKind.VERDICT:
        what = ((f"verdict {e.verdict.value}" + (f": {one_line(e.text)}" if e.text else ""), ""),)
        return what + (((f" [{one_line(e.url)}]", "dim"),) if e.url else ())
    if e.kind is EventKind.EDITED:
        return ((f"edited: {one_line(e.text)}", "dim"),)
    return ((f"{e.kind.value}: {one_line(e.text)}", ""),)


def timeline_listing(claim, steps: list[Step]) -> Listing:
    listing = Listing((Column("date", SHORT), Column("event", SHORT), Column("who"), Column("what", MAIN),
                       Column("status", SHORT), Column("why")),
                      title=f"claim {claim.id}  {one_line(claim.text)}")
    for step in steps:
        e = step.event
        when = str(e.happened_on) if e.happened_on else f"{e.recorded_at[:10]}*"
        listing.add(when, e.kind.value, one_line(e.who) or None, _what(step),
                    _status(step.after, "→ " if step.changed else ""), one_line(explain(step)))
    return listing


def reports_listing(rows: list[dict]) -> Listing:
    listing = Listing((Column("id", NUMBER), Column("published", SHORT), Column("outlet"), Column("title", MAIN),
                       Column("claims", NUMBER), Column("responses", NUMBER), Column("address")))
    for r in rows:
        listing.add(str(r["id"]), one_line(r["published"]) or None, one_line(r["outlet"]) or None,
                    one_line(r["title"]) or None, str(r["claims"]), str(r["responses"]),
                    one_line(r["url"] or r["location"]) or None)
    return listing


def entities_listing(rows: list[dict]) -> Listing:
    listing = Listing((Column("name", MAIN), Column("kind", SHORT), Column("aliases"),
                       Column("subject of", NUMBER), Column("source of", NUMBER), Column("responded", NUMBER)))
    for r in rows:
        listing.add(one_line(r["name"]), one_line(r["kind"]), one_line(", ".join(r["aliases"])) or None,
                    str(r["as_subject"]), str(r["as_source"]), str(r["as_responder"]))
    return listing


def entity_listing(row: dict) -> Listing:
    """One entity, as `entity show`, `entity add` and `entity alias` print it."""
    return entities_listing([row])


def _percent(value: float | None) -> str | None:
    return None if value is None else f"{value * 100:.0f}%"


def sources_listing(records) -> Listing:
    numbers = ("claims", "open", "true", "partly", "false", "retracted", "share true", "95% range",
               "median days", "denied, then true")
    listing = Listing((Column("originator", MAIN), *(Column(name, NUMBER) for name in numbers)))
    for r in records:
        span = None if r.interval is None else f"{_percent(r.interval[0])}–{_percent(r.interval[1])}"
        days = None if r.median_days_to_verdict is None else f"{r.median_days_to_verdict:g}"
        name = f"{r.originator} (unnamed: counted, not ranked)" if r.unnamed else r.originator
        listing.add(one_line(name), str(r.claims), str(r.open), str(r.true), str(r.partly_true),
                    str(r.false), str(r.retracted), _percent(r.share_true), span, days, str(r.denied_then_true))
    return listing


def suggestions_listing(found) -> Listing:
    listing = Listing((Column("n", NUMBER), Column("new claim", MAIN), Column("may be"),
                       Column("score", NUMBER), Column("why")))
    for s in found:
        listing.add(str(s.id), one_line(f"{s.claim.id}: {s.claim.text}"), one_line(f"{s.candidate.id}: {s.candidate.text}"),
                    f"{s.score:.2f}", one_line(s.reason))
    return listing


def feeds_listing(feeds: list[dict]) -> Listing:
    listing = Listing((Column("name"), Column("kind", SHORT), Column("address", MAIN), Column("entries", NUMBER),
                       Column("last polled", SHORT), Column("outcome")))
    for f in feeds:
        outcome = f.last_outcome or "—"
        if f.last_error:
            outcome += ": " + f.last_error
        listing.add(one_line(f.name), one_line(f.format or f.kind), one_line(f.address),
                    str(f.entries_seen), one_line(f.last_checked_at or "never"), one_line(outcome))
    return listing


def hooks_listing(hooks: list[dict]) -> Listing:
    listing = Listing((Column("id", NUMBER), Column("event", SHORT), Column("command", MAIN)))
    for h in hooks:
        listing.add(str(h["id"]), one_line(str(h["event"])), one_line(h["command"]))
    return listing


def runs_listing(rows: list[dict]) -> Listing:
    counted = ("reports", "claims", "responses", "changes")
    listing = Listing((Column("id", NUMBER), Column("started", SHORT), Column("took", SHORT), Column("state", SHORT),
                       *(Column(name, NUMBER) for name in counted), Column("feeds", MAIN)))
    for run in rows:
        took = f"{run['seconds']:.1f} s" if run["seconds"] is not None else None
        counts = (run["summary"] or {}).get("counts", {})
        feeds = ";\n".join(one_line(_feed_outcome(f)) for f in run["feeds"])
        listing.add(str(run["id"]), one_line(run["started_at"]), took, one_line(run["state"]),
                    str(counts.get("reports_new", 0)), str(counts.get("claims_new", 0)),
                    str(counts.get("responses_new", 0)), str(counts.get("changes", 0)), feeds or None)
    return listing


def _feed_outcome(f: dict) -> str:
    detail = f": {f['error']}" if f["error"] else f" ({f['entries_new']} new entries)" if f["entries_new"] else ""
    return f"{f['feed_name']}: {f['outcome']}{detail}"


# `show`'s parts on a terminal (piped, `show` prints `plain.claim_lines`).

def claim_facts(detail) -> Listing:
    """The claim itself, one row, always shown as "name: value" lines."""
    claim = detail.claim
    source = claim.source or "—"
    if claim.anonymous:
        source += " (anonymous sources)"
    columns = [Column("claim", MAIN), Column("source"), Column("subjects"), Column("first reported", SHORT)]
    cells = [visible(claim.text), one_line(source), one_line(", ".join(claim.subjects)), _date(claim.first_reported)]
    if claim.due:
        columns.append(Column("due", SHORT))
        cells.append(_date(claim.due))
    listing = Listing(tuple(columns))
    listing.add(*cells)
    return listing


def mentions_listing(detail) -> Listing:
    listing = Listing((Column("id", NUMBER), Column("date", SHORT), Column("credited"), Column("sentence", MAIN),
                       Column("report"), Column("why linked")))
    for m in detail.mentions:
        listing.add(str(m.id), _date(m.mentioned_on), one_line(m.credited) or None, visible(m.sentence),
                    one_line(m.report_title or m.url) or None, one_line(m.link_reason or "entered by hand"))
    return listing


def responses_listing(detail) -> Listing:
    listing = Listing((Column("id", NUMBER), Column("date", SHORT), Column("who"), Column("stance", SHORT),
                       Column("quote", MAIN), Column("via")))
    for r in detail.responses:
        listing.add(str(r.id), _date(r.responded_on), one_line(r.responder), r.stance.value, visible(r.quote),
                    one_line(r.via) or None)
    return listing


def verdicts_listing(detail) -> Listing:
    listing = Listing((Column("date", SHORT), Column("verdict", SHORT), Column("evidence"), Column("note", MAIN)))
    for v in detail.verdicts:
        listing.add(_date(v.decided_on), _status(Status(v.verdict.value)), one_line(v.evidence) or None,
                    visible(v.note) or None)
    return listing
