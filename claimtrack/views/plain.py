"""A claim as plain text lines, for `show` in pipes, scripts and NO_COLOR: no colours,
no box drawing, and nothing from rich to import. Nothing here prints. (Listings such
as `list` and `timeline` are `listing.py`'s.)

Outside text goes through `safetext.one_line`, so tabs and newlines in data never
break a line and escape sequences never reach the terminal.
"""

from __future__ import annotations

from ..models import ClaimDetail, Feed
from ..text.safe import one_line


def _d(value) -> str:
    return str(value) if value is not None else "-"


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


# What a command that changes a feed or a hook says it did.


def feed_added(feed: Feed) -> str:
    return f"added feed {one_line(feed.name)}: {one_line(feed.address)}"


def feed_removed(feed: Feed) -> str:
    return f"removed feed {one_line(feed.name)}"


def hook_added(hook: dict) -> str:
    return f"added hook {hook['id']}: on {hook['event']} run {one_line(hook['command'])}"


def hook_removed(hook_id: int) -> str:
    return f"removed hook {hook_id}"


# `demo`: what was built, and where to look next.


def demo_built(demo) -> str:
    return f"Built {demo.path}: {len(demo.claims)} claims from {demo.reports} sample reports.\n"


def demo_next(demo) -> str:
    target = demo.path
    return (f"\nExplore it: claimtrack --db {target} show {demo.claim.id}   "
            f"claimtrack --db {target} timeline   claimtrack --db {target} list --json")
