"""Issue 4's 'done when': the seed report and an English write-up of the same
Bloomberg story (ours) land on one claim; repeats and retitled copies add nothing."""

from pathlib import Path

import pytest

from conftest import CORPUS, require_corpus

SEED = CORPUS / "dev" / "zh-ithome-2022-08-26-xiaomi-baic.md"

EN_WRITE_UP = """---
title: "Xiaomi said to be in talks with BAIC over EV production"
date: 2022-08-26 09:30:00
---

Xiaomi Corp. is in talks with BAIC Group about having the state-owned carmaker produce Xiaomi's electric vehicles, Bloomberg News reported on Friday, citing people familiar with the matter.

A BAIC Group representative said the company had not heard of the matter.
"""

@pytest.fixture(autouse=True)
def _needs_the_seed_report():
    require_corpus("dev")


def the_claim(cli):
    claims = [c for c in cli.json("list") if "北汽集团" in c["subjects"]]
    assert len(claims) == 1
    return claims[0]


def test_seed_and_english_write_up_are_one_claim(cli):
    Path("en.md").write_text(EN_WRITE_UP, encoding="utf-8")
    summary = cli.json("ingest", SEED, "en.md")
    assert summary["failed"] == 0 and summary["claims_linked"] == 1
    claim = the_claim(cli)
    assert claim["mentions"] == 2 and claim["origins"] == 1  # both credit Bloomberg
    detail = cli.json("show", claim["id"])
    responders = {(r["responder"], r["stance"]) for r in detail["responses"]}
    assert {("北汽蓝谷", "unaware"), ("北汽集团", "unaware")} <= responders
    assert len(detail["responses"]) == 3  # BAIC's words in the English report too
    assert {m["report_title"] for m in detail["mentions"]} >= {"Xiaomi said to be in talks with BAIC over EV production"}


def test_the_same_report_twice_or_retitled_adds_no_claim(cli):
    cli.json("ingest", SEED)
    before = len(cli.json("list"))
    again = cli.json("ingest", SEED)
    assert again["reports_known"] == 1
    text = SEED.read_text(encoding="utf-8")
    retitled = text.replace("title: '", "title: '【更新】", 1)
    assert retitled != text
    Path("copy.md").write_text(retitled, encoding="utf-8")
    copy = cli.json("ingest", "copy.md")
    assert copy["reports_new"] == 1 and copy["claims_new"] == 0
    assert len(cli.json("list")) == before
    assert the_claim(cli)["mentions"] == 2
