"""list, show and timeline: filters, JSON shapes, paging and the status chart."""


import pytest


def add(cli, text, subject, date, source=None, **extra):
    args = ["add", text, "--subject", subject, "--date", date]
    if source:
        args += ["--source", source]
    return cli.json(*args)["id"]


@pytest.fixture
def several(cli):
    a = add(cli, "Acme will buy Beta", "Acme", "2023-01-10", "Reuters")
    b = add(cli, "Acme plans layoffs", "Acme", "2023-03-05", "Bloomberg")
    c = add(cli, "Gamma delays its phone", "Gamma", "2023-06-01", "36氪")
    cli.json("respond", b, "--by", "Acme", "--stance", "deny", "--quote", "No layoffs are planned.", "--date", "2023-03-06")
    cli.json("respond", c, "--by", "Gamma", "--stance", "no_comment", "--quote", "Gamma declined to comment.", "--date", "2023-06-01")
    cli.json("resolve", a, "--verdict", "false", "--date", "2023-05")
    return a, b, c


def ids(rows):
    return [r["id"] for r in rows]


def test_list_json_shape(cli, several):
    rows = cli.json("list")
    assert ids(rows) == [several[2], several[1], several[0]]  # newest first
    for row in rows:
        assert {"id", "text", "status", "source", "subjects", "first_reported", "open",
                "mentions", "responses", "quiet_days", "overdue"} <= set(row)
        assert isinstance(row["subjects"], list)
    assert [r["status"] for r in rows] == ["unanswered", "denied", "false"]


def test_filters(cli, several):
    a, b, c = several
    assert ids(cli.json("list", "--status", "open")) == [c, b]
    assert ids(cli.json("list", "--status", "denied")) == [b]
    assert ids(cli.json("list", "--subject", "acme")) == [b, a]
    assert ids(cli.json("list", "--source", "彭博社")) == [b]
    assert ids(cli.json("list", "--since", "2023-03-01")) == [c, b]
    assert ids(cli.json("list", "--until", "2023-03")) == [b, a]
    assert ids(cli.json("list", "--since", "2023-03", "--until", "2023-03-31")) == [b]
    assert ids(cli.json("list", "--limit", "1")) == [c]
    assert ids(cli.json("list", "--subject", "Nobody Inc")) == []


def test_as_of_month_verdict(cli, several):
    a = several[0]
    assert cli.json("show", a, "--as-of", "2023-04-30")["status"] == "reported"
    assert cli.json("show", a, "--as-of", "2023-05-01")["status"] == "false"
    assert ids(cli.json("list", "--as-of", "2023-04-30", "--status", "open")) == [several[1], a]


def test_json_lists_everything_without_limit(cli):
    for i in range(60):
        cli.json("add", f"Claim number {i}", "--subject", "Acme", "--date", "2024-01-01")
    assert len(cli.json("list")) == 60


def test_quiet_and_overdue_flags(cli):
    claim = cli.json("add", "Acme ships a car", "--subject", "Acme", "--date", "2020-01-01", "--due", "2021-06")
    row = cli.json("list")[0]
    assert row["overdue"] is True
    assert row["quiet_days"] > 300
    cli.json("resolve", claim["id"], "--verdict", "true", "--date", "2021-07-01")
    row = cli.json("list")[0]
    assert row["overdue"] is False and row["quiet_days"] is None


def test_timeline_chart_for_a_subject(cli, several):
    data = cli.json("timeline", "--subject", "Acme")
    assert [c["id"] for c in data["claims"]] == [several[0], several[1]]  # oldest on top
    first = data["claims"][0]["slots"]
    assert first[0] == "reported" and first[-1] == "false"
    second = data["claims"][1]["slots"]
    assert second[0] is None and second[-1] == "denied"
    out = cli.ok("timeline", "--subject", "Acme", "--width", "40").stdout
    assert "legend:" in out and "F false" in out and "d denied" in out


def test_timeline_chart_defaults_to_open_claims(cli, several):
    data = cli.json("timeline")
    assert sorted(c["id"] for c in data["claims"]) == sorted([several[1], several[2]])


def test_empty_database_says_so(cli):
    result = cli("list")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no claims match" in result.stderr
    assert cli.json("list") == []
