"""General rules learned from ordinary news (corpus/wild), on our own short sentences:
what an outlet reports of public events is news, not a claim; who carried unnamed
people's words; replies that concede part of a claim, or take it as fact."""

from __future__ import annotations

import pytest

from claimtrack.dates.partial import PartialDate
from claimtrack.extract import extract
from claimtrack.models import Report


def run(text: str) -> dict:
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    report = Report(text=text, language="zh" if zh else "en", published=PartialDate(2023, 3, 3))
    return extract(report).to_json()


@pytest.mark.parametrize(
    "text",
    [
        "据晨报报道，昨日上午蓝鲸汽车位于合肥的仓库发生火灾，起火原因正在调查。",  # an accident
        "据晨报报道，数据显示，蓝鲸汽车上月销量同比增长 12%。",  # a statistic
        "据夕阳时报报道，法院判决蓝鲸汽车向三名车主赔偿 5 万元。",  # a ruling
        "据夕阳时报报道，蓝鲸汽车的新展厅周末迎来了上千名访客。",  # a plain event
    ],
)
def test_an_outlets_report_of_public_events_is_not_a_claim(text):
    assert run(text)["claims"] == []


@pytest.mark.parametrize(
    "text",
    [
        "据晨报报道，蓝鲸汽车计划明年在合肥新建一座工厂。",  # a plan
        "据晨报报道，蓝鲸汽车正在与车主洽谈和解，以结束这起诉讼。",  # a firm plan outweighs the court words
        "据晨报报道，车主王先生称，蓝鲸汽车的自动泊车功能突然加速撞上了立柱。",  # someone's allegation
        "据晨报报道，蓝鲸汽车新款轿车的售价为 15 万元。",  # a price before its launch
        "据晨报报道，知情人士称，蓝鲸汽车上月的销量同比增长 12%。",  # unnamed sources: a claim regardless
    ],
)
def test_an_outlets_report_of_what_is_not_yet_public_is_a_claim(text):
    assert len(run(text)["claims"]) == 1


def test_an_industry_commentators_view_of_the_past_is_an_opinion():
    assert run("业内人士表示，前几年的补贴退坡让整个行业元气大伤。")["claims"] == []
    assert len(run("业内人士表示，蓝鲸汽车明年可能推出一款微型车。")["claims"]) == 1


@pytest.mark.parametrize(
    "text, source",
    [
        ("People familiar with the matter told the Harbor Journal that Acme plans to cut 500 jobs.", "Harbor Journal"),
        ("Acme is in talks to buy Globex, two people familiar with the matter told Reuters.", "Reuters"),
        ("People familiar with the matter told him that Acme plans to cut 500 jobs.", None),
        ("多位消息人士告诉夕阳时报，蓝鲸汽车正在与北辰电子洽谈合作建厂。", "夕阳时报"),
        ("知情人士告诉记者，蓝鲸汽车正在与北辰电子洽谈合作建厂。", None),
    ],
)
def test_unnamed_people_who_told_an_outlet_are_credited_to_it(text, source):
    (claim,) = run(text)["claims"]
    assert (claim["source"], claim["anonymous"]) == (source, True)
    assert "told" not in claim["text"] and "Journal" not in claim["text"]


def test_a_report_citing_its_own_sources_keeps_the_claim():
    report = Report(
        text="People familiar with the matter told the Harbor Journal that Acme plans to cut 500 jobs.",
        language="en", outlet="The Harbor Journal", published=PartialDate(2023, 3, 3),
    )
    (claim,) = extract(report).claims
    assert claim.source == "Harbor Journal"


def test_an_analyst_who_told_an_outlet_is_the_source():
    (claim,) = run("An analyst at Oak Securities told Reuters that Acme will likely raise prices next year.")["claims"]
    assert claim["source"] == "Oak Securities" and claim["text"].startswith("Acme will likely raise prices")


def test_a_chinese_denial_that_concedes_part_is_partial():
    got = run("网传蓝鲸汽车的新车在低温下续航缩水一半。对此，蓝鲸汽车回应称，这并不是质量问题，低温环境下续航确实可能出现衰减。")
    assert [(r["responder"], r["stance"]) for r in got["responses"]] == [("蓝鲸汽车", "partial")]
    got = run("网传蓝鲸汽车将裁员三成。蓝鲸汽车回应称，网传消息不实，公司并没有裁员计划。")
    assert [r["stance"] for r in got["responses"]] == ["deny"]


def test_giving_the_reason_for_a_reported_move_confirms_it():
    got = run(
        "据晨报报道，知情人士称，芯片初创公司 Nova Chips 已裁撤约 50 人的销售团队。"
        "Nova Chips 的总裁未就此发表评论，但公司发言人告诉夕阳时报，裁员是为了更好地适应市场变化。"
    )
    assert "Nova Chips" in got["claims"][0]["subjects"]
    confirm = [r for r in got["responses"] if r["stance"] == "confirm"]
    assert [(r["responder"], r["via"], r["quote"]) for r in confirm] == [("Nova Chips", "夕阳时报", "裁员是为了更好地适应市场变化")]


def test_giving_the_reason_for_a_reported_move_confirms_it_in_english():
    got = run(
        "Acme has laid off about 200 sales staff, the Harbor Journal reported, citing people familiar with the matter. "
        "An Acme spokeswoman said the job cuts were part of a plan to focus on licensing."
    )
    assert [(r["responder"], r["stance"]) for r in got["responses"]] == [("Acme", "confirm")]


def test_bi_shi_points_back_at_the_day_just_named():
    got = run("这件事要从 2 月 27 日晚间说起。彼时有网友爆料，蓝鲸汽车将停产旗下一款轿车。")
    assert [c["reported_on"] for c in got["claims"]] == ["2023-02-27"]
    got = run("蓝鲸汽车 2 月 27 日发布了年报。有网友爆料，蓝鲸汽车将停产旗下一款轿车。")
    assert [c["reported_on"] for c in got["claims"]] == ["2023-03-03"]  # no "彼时": the report's day


def test_one_outlets_report_rests_on_the_same_unnamed_people_throughout():
    got = run(
        "Earlier, the Harbor Journal reported that Acme is in advanced talks to buy Globex for $2 billion. "
        "A deal could be announced as soon as next week, the Journal reported, citing people familiar with the matter."
    )
    assert [(c["source"], c["anonymous"]) for c in got["claims"]] == [("Harbor Journal", True), ("Journal", True)]
