"""How often each originator's claims came true: pure arithmetic over claim outcomes.

A `true` verdict counts as a hit, `partly_true` as half a hit, `false` and
`retracted` as misses; `unresolvable` and open claims are not scored. The share of
hits comes with a 95 % Wilson score interval, which stays honest for the small
numbers a single leaker or outlet usually has; originators are ranked by its lower
bound, so two hits out of two does not outrank forty out of fifty.

Claims from unnamed people ("anonymous", or no originator at all) are counted the
same way but not ranked: they are many different people, not one outlet with a
record to keep.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

from .dates.partial import parse_optional

ANONYMOUS = "anonymous"
UNATTRIBUTED = "unattributed"
# Originator names that name nobody, as typed with --source or found in old data.
UNNAMED_NAMES = frozenset({
    ANONYMOUS, UNATTRIBUTED, "unnamed", "unknown", "sources", "insiders", "unnamed source", "unnamed sources",
    "anonymous source", "anonymous sources", "people familiar with the matter",
    "知情人士", "消息人士", "匿名人士", "内部人士", "业内人士", "网传", "传闻",
})
_HIT = {"true": 1.0, "partly_true": 0.5, "false": 0.0, "retracted": 0.0}
Z95 = 1.959963984540054


@dataclass(frozen=True)
class SourceRecord:
    originator: str
    claims: int
    open: int
    true: int
    partly_true: int
    false: int
    retracted: int
    unresolvable: int
    share_true: float | None
    interval: tuple[float, float] | None
    median_days_to_verdict: float | None
    denied_then_true: int
    unnamed: bool = False  # unnamed people: counted, never ranked

    @property
    def scored(self) -> int:
        return self.true + self.partly_true + self.false + self.retracted

    def as_json(self) -> dict:
        return {
            "originator": self.originator, "claims": self.claims, "open": self.open,
            "true": self.true, "partly_true": self.partly_true, "false": self.false,
            "retracted": self.retracted, "unresolvable": self.unresolvable, "scored": self.scored,
            "share_true": None if self.share_true is None else round(self.share_true, 4),
            "interval_95": None if self.interval is None else [round(x, 4) for x in self.interval],
            "median_days_to_verdict": self.median_days_to_verdict,
            "denied_then_true": self.denied_then_true,
            "unnamed": self.unnamed,
        }


def wilson(hits: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for `hits` successes in `n` trials."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def originator_of(outcome: dict) -> str:
    if outcome.get("source"):
        return outcome["source"]
    return ANONYMOUS if outcome.get("anonymous") else UNATTRIBUTED


def _days(first: str | None, decided: str | None) -> int | None:
    start, end = parse_optional(first), parse_optional(decided)
    if start is None or end is None:
        return None
    return (end.start - start.start).days


def is_unnamed(originator: str) -> bool:
    return originator.strip().casefold() in UNNAMED_NAMES


def track_records(outcomes: list[dict], min_claims: int = 1) -> list[SourceRecord]:
    """Named originators ranked best first, then unnamed ones (not ranked)."""
    groups: dict[str, list[dict]] = {}
    for outcome in outcomes:
        groups.setdefault(originator_of(outcome), []).append(outcome)
    records = [_record(name, rows) for name, rows in groups.items() if len(rows) >= min_claims]
    return sorted(records, key=lambda r: (r.unnamed, -(r.interval[0] if r.interval else -1), -r.scored, -r.claims,
                                          r.originator))


def _record(name: str, rows: list[dict]) -> SourceRecord:
    verdicts = [r.get("verdict") for r in rows]
    count = {v: verdicts.count(v) for v in ("true", "partly_true", "false", "retracted", "unresolvable")}
    scored = [v for v in verdicts if v in _HIT]
    hits = sum(_HIT[v] for v in scored)
    days = [d for d in (_days(r.get("first_reported"), r.get("decided_on")) for r in rows if r.get("verdict")) if d is not None]
    return SourceRecord(
        originator=name, claims=len(rows), open=verdicts.count(None), **count,
        share_true=hits / len(scored) if scored else None,
        interval=wilson(hits, len(scored)) if scored else None,
        median_days_to_verdict=median(days) if days else None,
        denied_then_true=sum(1 for r in rows if r.get("verdict") == "true" and r.get("denied")),
        unnamed=is_unnamed(name),
    )
