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


def test_unnamed_people_are_counted_but_never_ranked_above_an_outlet():
    outcomes = ([outcome(None, "true", anonymous=True)] * 30 + [outcome("知情人士", "true")] * 5
                + [outcome("Daily Star", "true"), outcome("Daily Star", "false")])
    records = track_records(outcomes)
    assert [(r.originator, r.unnamed) for r in records] == [
        ("Daily Star", False), ("anonymous", True), ("知情人士", True)]
    assert records[1].true == 30 and records[1].as_json()["unnamed"] is True


def test_sources_command_lists_unnamed_sources_apart(cli):
    for n in range(3):
        claim = cli.json("add", f"Vega will ship model {n}", "--subject", "Vega", "--anonymous", "--date", "2023-01-05")
        cli.json("resolve", claim["id"], "--verdict", "true", "--date", "2023-02-05")
    named = cli.json("add", "Vega will close a plant", "--subject", "Vega", "--source", "Daily Star",
                     "--date", "2023-01-05")
    cli.json("resolve", named["id"], "--verdict", "false", "--date", "2023-02-05")
    lines = cli.ok("sources").stdout.splitlines()  # piped: a header, then one line per originator
    assert lines[1].startswith("Daily Star\t")
    assert lines[2].startswith("anonymous (unnamed: counted, not ranked)\t")
    assert [(r["originator"], r["unnamed"]) for r in cli.json("sources")] == [
        ("Daily Star", False), ("anonymous", True)]


def test_sources_counts_a_verdict_only_from_its_day_on(cli, tmp_path):
    import json

    claim = cli.json("add", "Vega will ship a truck", "--subject", "Vega", "--source", "Daily Star",
                     "--date", "2023-01-05")
    dump = json.loads(cli.ok("export", "--format", "json").stdout)
    dump["claims"][0]["verdicts"].append({"verdict": "true", "decided_on": "2099-01-01", "evidence": None,
                                          "note": None, "recorded_at": "2023-02-01T00:00:00Z"})
    (tmp_path / "later.json").write_text(json.dumps(dump), encoding="utf-8")
    cli.ok("import", tmp_path / "later.json")
    [star] = cli.json("sources")
    assert star["true"] == 0 and star["open"] == 1  # as `list` says: still open today
    assert cli.json("show", claim["id"])["status"] == "reported"
