"""Track records: who turns out to be right, ranked honestly."""

from claimtrack.track_record import track_records, wilson


def outcome(source, verdict=None, denied=False, first="2023-01-01", decided="2023-03-02", anonymous=False):
    return {"source": source, "anonymous": anonymous, "verdict": verdict, "denied": denied,
            "first_reported": first, "decided_on": decided if verdict else None}


def test_wilson_interval_known_values():
    low, high = wilson(8, 10)
    assert round(low, 3) == 0.490 and round(high, 3) == 0.943
    assert wilson(0, 0) == (0.0, 1.0)


def test_ranking_prefers_many_hits_over_two_lucky_ones():
    outcomes = [outcome("Lucky", "true")] * 2 + [outcome("Steady", "true")] * 40 + [outcome("Steady", "false")] * 10
    ranked = track_records(outcomes)
    assert [r.originator for r in ranked] == ["Steady", "Lucky"]
    steady = ranked[0]
    assert steady.true == 40 and steady.false == 10 and steady.share_true == 0.8
    assert steady.median_days_to_verdict == 60


def test_partly_true_counts_half_and_unresolvable_is_not_scored():
    [r] = track_records([outcome("X", "partly_true"), outcome("X", "true"), outcome("X", "unresolvable"), outcome("X")])
    assert r.share_true == 0.75 and r.scored == 2 and r.open == 1 and r.claims == 4


def test_anonymous_and_unattributed_groups_and_min_claims():
    names = [r.originator for r in track_records([outcome(None, anonymous=True), outcome(None)])]
    assert sorted(names) == ["anonymous", "unattributed"]
    assert track_records([outcome("A"), outcome("B"), outcome("B")], min_claims=2)[0].originator == "B"


def test_sources_command_counts_denials_that_came_true(cli, founding_story):
    other = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--source", "Bloomberg", "--date", "2023-01-05")
    cli.json("respond", other["id"], "--by", "Acme", "--stance", "deny", "--quote", "Untrue.", "--date", "2023-01-06")
    cli.json("resolve", other["id"], "--verdict", "true", "--date", "2023-02-05")
    [bloomberg] = cli.json("sources")
    assert bloomberg["originator"] == "Bloomberg"
    assert bloomberg["claims"] == 2 and bloomberg["true"] == 2 and bloomberg["share_true"] == 1.0
    assert bloomberg["denied_then_true"] == 1
    assert bloomberg["median_days_to_verdict"] == (446 + 31) / 2
    assert "Bloomberg" in cli.ok("sources").stdout
