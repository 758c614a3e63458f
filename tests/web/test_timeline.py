"""The claim page's timeline: a band per stretch of one status, a marker per event,
its extent, and text from reports kept as text."""

from __future__ import annotations

import re
from datetime import date

from claimtrack.dates.partial import PartialDate
from claimtrack.models import Event, EventKind, Stance, Verdict
from claimtrack.status import history
from claimtrack.web.timeline import legend, timeline_svg


def event(kind, day, **more):
    return Event(kind=kind, happened_on=PartialDate.parse(day), recorded_at=f"{day}T00:00:00Z", **more)


REPORTED = event(EventKind.REPORTED, "2024-01-10", who="Example Daily")
DENIED = event(EventKind.RESPONSE, "2024-01-12", who="Acme", stance=Stance.DENY)
SETTLED = event(EventKind.VERDICT, "2024-07-01", verdict=Verdict.TRUE)


def bands(svg: str) -> list[tuple[str, float, float]]:
    return [(m[0], float(m[1]), float(m[2]))
            for m in re.findall(r'<rect class="status-(\w+)" x="([\d.]+)" y="\d+" width="([\d.]+)"', svg)]


def test_each_stretch_of_one_status_is_one_band_in_order_and_they_tile_the_axis():
    silent = event(EventKind.RESPONSE, "2024-02-01", who="Beta", stance=Stance.NO_COMMENT)  # changes nothing
    svg = timeline_svg(history([REPORTED, DENIED, silent, SETTLED]), today=date(2026, 1, 1))
    drawn = bands(svg)
    assert [name for name, _, _ in drawn] == ["reported", "denied", "true"]
    for (_, x1, w1), (_, x2, _) in zip(drawn, drawn[1:]):
        assert abs(x1 + w1 - x2) < 0.2 or w1 == 2.0  # each band ends where the next begins
    assert svg.count('<g class="event event-') == 4


def test_a_decided_claim_ends_just_after_its_verdict_and_an_open_one_runs_to_today():
    decided = timeline_svg(history([REPORTED, DENIED, SETTLED]), today=date(2026, 1, 1))
    assert "2024-07-18</text>" in decided and "2026-01-01" not in decided  # a tenth of its span on
    assert bands(decided)[-1][2] > 20  # the verdict's stretch is there to see
    still_open = timeline_svg(history([REPORTED, DENIED]), today=date(2024, 3, 1))
    assert "2024-03-01</text>" in still_open
    assert "2024-02</text>" in still_open  # a tick at each month


def test_a_long_story_is_labelled_by_year():
    svg = timeline_svg(history([REPORTED, event(EventKind.VERDICT, "2027-05-01", verdict=Verdict.FALSE)]),
                       today=date(2028, 1, 1))
    assert re.findall(r">(\d{4})</text>", svg) == ["2025", "2026", "2027"]


def test_names_from_reports_are_escaped_inside_the_svg():
    sly = event(EventKind.RESPONSE, "2024-01-12", who='Acme"><script>alert(1)</script>', stance=Stance.DENY)
    svg = timeline_svg(history([REPORTED, sly]), today=date(2024, 2, 1))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and '"><' not in svg.split("<title>")[2]


def test_the_legend_names_only_the_statuses_drawn():
    assert [name for name, _ in legend(history([REPORTED, DENIED]))] == ["reported", "denied"]
    assert timeline_svg([], today=date(2024, 1, 1)) == ""
