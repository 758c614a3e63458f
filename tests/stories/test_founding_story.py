"""The Xiaomi/BAIC story entered by hand, end to end: issue 2's 'done when'."""



def test_timeline_shows_reported_then_unanswered_then_true(cli, founding_story):
    data = cli.json("timeline", founding_story)
    statuses = [e["status"] for e in data["events"]]
    assert statuses == ["reported", "unanswered", "unanswered", "true"]
    changes = [e["status"] for e in data["events"] if e["changed"] or e["kind"] == "reported"]
    assert changes == ["reported", "unanswered", "true"]
    assert [e["date"] for e in data["events"]] == ["2022-08-26"] * 3 + ["2023-11-15"]
    assert data["claim"]["status"] == "true"


def test_list_row_and_alias_filters(cli, founding_story):
    rows = cli.json("list")
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == founding_story
    assert row["status"] == "true"
    assert row["source"] == "Bloomberg"  # 彭博社 is a known alias of Bloomberg
    assert row["subjects"] == ["小米", "北汽集团"]
    assert row["first_reported"] == "2022-08-26"
    # Any alias finds it: the English names, the long Chinese form.
    for subject in ("Xiaomi", "BAIC Group", "北京汽车集团"):
        assert [r["id"] for r in cli.json("list", "--subject", subject)] == [founding_story]
    assert [r["id"] for r in cli.json("list", "--source", "Bloomberg")] == [founding_story]
    assert cli.json("list", "--source", "Reuters") == []
    assert cli.json("list", "--status", "open") == []
    assert len(cli.json("list", "--status", "true")) == 1


def test_show_keeps_quotes_verbatim(cli, founding_story):
    data = cli.json("show", founding_story)
    quotes = {r["responder"]: (r["quote"], r["stance"], r["via"]) for r in data["responses"]}
    assert quotes["北汽蓝谷"] == ("还未接到相关确切的消息", "unaware", "21世纪经济报道")
    assert quotes["北汽集团"] == ("没有听说过此事", "unaware", "每日经济新闻")
    assert data["verdict"]["verdict"] == "true"
    assert data["verdict"]["evidence"] == "https://example.org/filing"
    assert len(data["mentions"]) == 1
    text = cli.ok("show", founding_story).stdout
    assert "没有听说过此事" in text and "还未接到相关确切的消息" in text


def test_as_of_shows_what_was_known_then(cli, founding_story):
    before = cli.json("show", founding_story, "--as-of", "2023-01-01")
    assert before["status"] == "unanswered"
    assert before["verdicts"] == []
    rows = cli.json("list", "--as-of", "2023-01-01", "--status", "open")
    assert [r["id"] for r in rows] == [founding_story]
    assert cli.json("list", "--as-of", "2022-08-01") == []  # not yet reported then
    events = cli.json("timeline", founding_story, "--as-of", "2022-12-31")["events"]
    assert [e["kind"] for e in events] == ["reported", "response", "response"]


def test_timeline_text_explains_each_change(cli, founding_story):
    out = cli.ok("timeline", founding_story).stdout
    assert "→ unanswered" in out
    assert "→ true" in out
    assert "verdict true sets the status" in out
