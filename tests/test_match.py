"""One story, many reports: linking, suggestions, merge and split, origins."""

from pathlib import Path

from claimtrack.match import Candidate, NewMention, decide, wording_similarity
from datetime import date

ZH_REPORT = """---
title: '消息称星河电子正洽谈收购蓝海芯片'
date: 2024-04-02 09:00:00
---
<p>据路透社报道，知情人士透露，星河电子正在洽谈以约 30 亿美元收购蓝海芯片。</p>
<p>星河电子方面对此表示不予置评。</p>
"""

EN_REPORT = """---
title: "Galaxy Electronics in talks to buy Bluesea Chips, Reuters says"
date: 2024-04-02 15:00:00
---

Galaxy Electronics is in talks to acquire Bluesea Chips for about $3 billion, Reuters reported, citing people familiar with the matter.

Bluesea Chips denied the report.
"""

ENTITIES = [("星河电子", "Galaxy Electronics"), ("蓝海芯片", "Bluesea Chips")]


def write(name, text):
    Path(name).write_text(text, encoding="utf-8")
    return name


def test_wording_similarity_is_symmetric_and_bounded():
    a, b = "小米正与北汽商谈代工", "小米与北汽商谈代工生产"
    assert wording_similarity(a, b) == wording_similarity(b, a)
    assert 0.6 < wording_similarity(a, b) <= 1
    assert wording_similarity("Acme buys Beta", "Gamma sells Delta") < 0.4


def test_decide_links_suggests_or_starts_new():
    stored = Candidate(1, "Acme is in talks to buy Beta for $2 billion", date(2024, 1, 1), frozenset({1, 2}), 9)
    same = NewMention("Acme is in talks to buy Beta for about $2 billion", frozenset({1, 2}), date(2024, 1, 2), 9)
    assert decide(same, [stored]).claim_id == 1
    vaguer = NewMention("Acme wants Beta", frozenset({1, 2}), date(2024, 1, 20))
    middle = decide(vaguer, [stored])
    assert middle.claim_id is None and middle.suggest_id == 1
    other = NewMention("Gamma will close a plant", frozenset({3}), date(2024, 1, 2))
    assert decide(other, [stored]).claim_id is None and decide(other, [stored]).suggest_id is None
    assert decide(other, []).score == 0.0


def test_the_same_story_in_two_languages_is_one_claim(cli):
    for zh, en in ENTITIES:
        cli.json("entity", "add", zh, "--alias", en)
    cli.ok("ingest", write("zh.md", ZH_REPORT))
    result = cli.json("ingest", write("en.md", EN_REPORT))
    assert result["claims_linked"] == 1 and result["claims_new"] == 0
    [claim] = cli.json("list")
    assert claim["mentions"] == 2
    detail = cli.json("show", claim["id"])
    assert {r["stance"] for r in detail["responses"]} == {"no_comment", "deny"}
    assert "across languages" in detail["mentions"][1]["link_reason"]
    assert claim["status"] == "denied"


def test_a_copy_with_a_changed_title_adds_no_claim(cli):
    cli.ok("ingest", write("a.md", EN_REPORT))
    copy = EN_REPORT.replace("Reuters says", "report")
    result = cli.json("ingest", write("b.md", copy))
    assert result["reports_new"] == 1 and result["claims_new"] == 0 and result["claims_linked"] == 1
    assert result["responses_known"] == 1 and result["responses_new"] == 0
    assert len(cli.json("list")) == 1


def test_unsure_links_become_suggestions_to_review(cli):
    a = cli.json("add", "Acme is in talks to buy Beta Corp for $2 billion", "--subject", "Acme",
                 "--subject", "Beta Corp", "--date", "2024-01-01")
    report = """---
title: "Acme eyes Beta"
date: 2024-01-20 10:00:00
---

Acme wants to acquire Beta Corp, Bloomberg reported.
"""
    result = cli.json("ingest", write("r.md", report))
    assert result["claims_new"] == 1
    [suggestion] = cli.json("review")
    assert suggestion["candidate"]["id"] == a["id"]
    merged = cli.json("review", "--accept", suggestion["id"])
    assert merged["id"] == a["id"]
    assert cli.json("review") == []
    assert len(cli.json("list")) == 1
    assert cli.json("list")[0]["mentions"] == 2
    again = cli("review", "--accept", suggestion["id"])
    assert again.exit_code == 2 and "already accepted" in again.stderr


def test_reject_keeps_claims_apart(cli):
    cli.json("add", "Acme is in talks to buy Beta Corp for $2 billion", "--subject", "Acme",
             "--subject", "Beta Corp", "--date", "2024-01-01")
    cli.ok("ingest", write("r.md", "---\ntitle: x\ndate: 2024-01-20\n---\n\nAcme wants to acquire Beta Corp, Bloomberg reported.\n"))
    [suggestion] = cli.json("review")
    cli.json("review", "--reject", suggestion["id"])
    assert cli.json("review") == [] and len(cli.json("list")) == 2
    assert cli.json("review", "--all")[0]["state"] == "rejected"


def test_merge_then_split_round_trip(cli):
    a = cli.json("add", "Acme will buy Beta", "--subject", "Acme", "--source", "Reuters", "--date", "2024-01-05")
    b = cli.json("add", "Acme to acquire Beta", "--subject", "Beta", "--source", "Bloomberg", "--date", "2024-01-02")
    cli.json("respond", b["id"], "--by", "Beta", "--stance", "deny", "--quote", "Not true.", "--date", "2024-01-03")
    merged = cli.json("merge", a["id"], b["id"])
    assert merged["subjects"] == ["Acme", "Beta"]
    assert merged["first_reported"] == "2024-01-02"
    assert merged["status"] == "denied"
    assert [c["id"] for c in cli.json("list")] == [a["id"]]
    assert cli.json("list")[0]["origins"] == 2
    detail = cli.json("show", a["id"])
    assert any(e["field"] == "merged" for e in detail["edits"])
    moved = next(m for m in detail["mentions"] if m["credited"] == "Bloomberg")
    split_off = cli.json("split", a["id"], moved["id"])
    assert split_off["text"] == "Acme to acquire Beta" and split_off["source"] == "Bloomberg"
    assert len(cli.json("list")) == 2
    assert cli.json("show", a["id"])["first_reported"] == "2024-01-05"


def test_split_errors(cli):
    a = cli.json("add", "Acme will buy Beta", "--subject", "Acme")
    mention = cli.json("show", a["id"])["mentions"][0]["id"]
    only = cli("unlink", a["id"], mention)
    assert only.exit_code == 2 and "at least one mention" in only.stderr
    missing = cli("split", a["id"], "999")
    assert missing.exit_code == 1 and "no mention 999" in missing.stderr
    assert cli("merge", a["id"], a["id"]).exit_code == 2


def test_twenty_write_ups_of_one_scoop_are_one_origin(cli):
    base = """---
title: "Outlet {n} on the Acme deal"
date: 2024-03-0{d} 10:00:00
---

Acme Robotics is exploring a sale of its drone division, Bloomberg reported, citing people familiar with the matter.
"""
    for n in range(5):
        write(f"r{n}.md", base.format(n=n, d=n + 1))
    cli.ok("ingest", *[f"r{n}.md" for n in range(5)])
    [claim] = cli.json("list")
    assert claim["mentions"] == 5 and claim["origins"] == 1
