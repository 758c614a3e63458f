"""status_at is a pure function of a claim's events: order of insertion never
matters, and the status at a moment depends only on events up to it."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.dates.partial import PartialDate
from claimtrack.models import Event, EventKind, Stance, Status, Verdict
from claimtrack.status import effective_day, history, status_at

DAY0 = date(2022, 8, 1)


def event(kind, day, stance=None, verdict=None, who="X", month_only=False):
    d = DAY0 + timedelta(days=day)
    when = PartialDate(d.year, d.month, None if month_only else d.day)
    return Event(kind=kind, happened_on=when, recorded_at="2026-01-01T00:00:00Z",
                 who=who, stance=stance, verdict=verdict, text="t")


def reported(day=0):
    return event(EventKind.REPORTED, day)


def resp(stance, day, who="X"):
    return event(EventKind.RESPONSE, day, stance=stance, who=who)


def test_no_answers_yet_is_reported():
    assert status_at([reported()]) is Status.REPORTED


def test_non_answers_make_it_unanswered():
    assert status_at([reported(), resp(Stance.NO_COMMENT, 1)]) is Status.UNANSWERED
    assert status_at([reported(), resp(Stance.UNAWARE, 1)]) is Status.UNANSWERED


def test_latest_substantive_response_decides():
    events = [reported(), resp(Stance.DENY, 1), resp(Stance.PARTIAL, 5)]
    assert status_at(events) is Status.PARTLY_CONFIRMED
    assert status_at(events, DAY0 + timedelta(days=2)) is Status.DENIED
    assert status_at(events + [resp(Stance.CONFIRM, 9)]) is Status.CONFIRMED


def test_a_later_non_answer_does_not_undo_a_denial():
    assert status_at([reported(), resp(Stance.DENY, 1), resp(Stance.NO_COMMENT, 2)]) is Status.DENIED


def test_verdict_outranks_later_responses():
    events = [reported(), event(EventKind.VERDICT, 3, verdict=Verdict.FALSE), resp(Stance.CONFIRM, 9)]
    assert status_at(events) is Status.FALSE


def test_a_later_verdict_replaces_an_earlier_one():
    events = [reported(), event(EventKind.VERDICT, 3, verdict=Verdict.UNRESOLVABLE),
              event(EventKind.VERDICT, 30, verdict=Verdict.RETRACTED)]
    assert status_at(events) is Status.RETRACTED
    assert status_at(events, DAY0 + timedelta(days=10)) is Status.UNRESOLVABLE


def test_month_only_dates_count_from_the_first_of_the_month():
    verdict = event(EventKind.VERDICT, 60, verdict=Verdict.TRUE, month_only=True)  # 2022-09
    assert effective_day(verdict) == date(2022, 9, 1)
    assert status_at([reported(), verdict], date(2022, 8, 31)) is Status.REPORTED
    assert status_at([reported(), verdict], date(2022, 9, 1)) is Status.TRUE


def test_same_day_confirm_and_deny_resolve_the_same_way_in_any_order():
    a, b = resp(Stance.DENY, 2, who="A"), resp(Stance.CONFIRM, 2, who="B")
    assert status_at([reported(), a, b]) is status_at([b, a, reported()]) is Status.CONFIRMED


def test_history_marks_changes():
    steps = history([reported(), resp(Stance.UNAWARE, 0), resp(Stance.UNAWARE, 0, who="Y"),
                     event(EventKind.VERDICT, 400, verdict=Verdict.TRUE)])
    assert [s.after for s in steps] == [Status.REPORTED, Status.UNANSWERED, Status.UNANSWERED, Status.TRUE]
    assert [s.changed for s in steps] == [False, True, False, True]


events_strategy = st.lists(
    st.one_of(
        st.builds(resp, st.sampled_from(list(Stance)), st.integers(0, 400), st.sampled_from("ABC")),
        st.builds(lambda v, d, m: event(EventKind.VERDICT, d, verdict=v, month_only=m),
                  st.sampled_from(list(Verdict)), st.integers(0, 400), st.booleans()),
        st.builds(lambda d: event(EventKind.MENTIONED, d), st.integers(0, 400)),
    ),
    max_size=12,
).map(lambda rest: [reported()] + rest)


@settings(max_examples=300, deadline=None)
@given(events_strategy, st.randoms(use_true_random=False))
def test_insertion_order_never_changes_the_status(events, rnd):
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert status_at(shuffled) is status_at(events)
    assert [s.after for s in history(shuffled)] == [s.after for s in history(events)]


@settings(max_examples=300, deadline=None)
@given(events_strategy, st.integers(-5, 420))
def test_status_at_a_time_depends_only_on_earlier_events(events, offset):
    at = DAY0 + timedelta(days=offset)
    earlier = [e for e in events if effective_day(e) <= at]
    assert status_at(events, at) is status_at(earlier, at)
    assert status_at(earlier) is status_at(events, at)


@settings(max_examples=200, deadline=None)
@given(events_strategy)
def test_a_verdict_always_wins_over_responses(events):
    final = status_at(events)
    has_verdict = any(e.kind is EventKind.VERDICT for e in events)
    assert final.is_open is not has_verdict


def test_mentions_never_change_a_status():
    """refresh_status reads only responses and verdicts; this is why that is safe."""
    base = [reported(), resp(Stance.DENY, 3)]
    mentions = [event(EventKind.MENTIONED, d) for d in (1, 5, 40)]
    assert status_at(base + mentions) is status_at(base[1:]) is Status.DENIED
    for day in (0, 2, 4, 50):
        at = DAY0 + timedelta(days=day)
        assert status_at(base + mentions, at) is status_at(base[1:], at)


@settings(max_examples=150, deadline=None)
@given(events_strategy, st.integers(5, 80))
def test_chart_slots_agree_with_status_at(events, width):
    from claimtrack.models import Claim
    from claimtrack.views.chart import build_chart

    claim = Claim(1, "c", None, False, (), None, None, Status.REPORTED, "", "")
    end = DAY0 + timedelta(days=420)
    chart = build_chart([(claim, events)], end, width)
    from claimtrack.views.chart import slot_days

    for day, slot in zip(slot_days(chart.start, chart.end, width), chart.rows[0].slots):
        assert slot is status_at(events, day)


_RESPONSES = st.lists(
    st.tuples(st.sampled_from(list(Stance)), st.integers(0, 3), st.sampled_from(["Acme", "Globex", "小米"]),
              st.sampled_from(["no", "We deny it.", "不予置评", ""])),
    min_size=1, max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(_RESPONSES, st.lists(st.tuples(st.sampled_from(list(Verdict)), st.integers(0, 3)), max_size=2))
def test_the_stored_status_is_the_status_of_the_whole_timeline(tmp_path_factory, responses, verdicts):
    """Ingest recomputes a claim's status from stances and dates alone; it must agree
    with the status the full timeline (who, words, everything) gives."""
    from claimtrack.models import NewClaim, NewResponse, NewVerdict
    from claimtrack.store import Store
    from claimtrack.status import refresh_status

    start = date(2024, 3, 1)
    with Store.open(tmp_path_factory.mktemp("s") / "t.db") as store, store.write():
        claim = store.insert_claim(NewClaim(text="Acme will buy Globex", source="Wire", subjects=("Acme",),
                                            anonymous=False, reported_on=PartialDate(2024, 3, 1)), "2024-03-01T00:00:00Z")
        for stance, day, who, quote in responses:
            on = start + timedelta(days=day)
            store.insert_response(claim, NewResponse(responder=who, stance=stance, quote=quote,
                                                     responded_on=PartialDate(on.year, on.month, on.day)),
                                  "2024-03-05T00:00:00Z")
        for verdict, day in verdicts:
            on = start + timedelta(days=day)
            store.insert_verdict(claim, NewVerdict(verdict=verdict, decided_on=PartialDate(on.year, on.month, on.day)),
                                 "2024-03-05T00:00:00Z")
        assert refresh_status(store, claim) == status_at(store.events(claim))
