"""The extractor on our own short reports: what a user sees for typical stories."""

from __future__ import annotations

from claimtrack.dates.partial import PartialDate
from claimtrack.extract import extract, split_sentences
from claimtrack.models import Report


def run(text: str, published=PartialDate(2023, 3, 3), language: str | None = None, title: str = ""):
    lang = language or ("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
    return extract(Report(text=text, title=title, language=lang, published=published)).to_json()


def test_lead_in_is_separated_from_the_proposition():
    got = run("据晨报报道，知情人士称，蓝鲸汽车正在与北辰电子洽谈合作建厂。")
    (claim,) = got["claims"]
    assert claim["text"].startswith("蓝鲸汽车正在与北辰电子洽谈")
    assert claim["source"] == "晨报" and claim["anonymous"] is True


def test_earlier_report_date_and_source():
    got = run("3 月 1 日，晨报从知情人士处获悉，蓝鲸汽车已选定两家电池供应商。")
    (claim,) = got["claims"]
    assert claim["source"] == "晨报"
    assert claim["reported_on"] == "2023-03-01"


def test_december_date_in_an_early_january_report_is_last_year():
    got = run("12 月 28 日，晨报援引消息人士称，蓝鲸汽车计划明年裁员。", published=PartialDate(2023, 1, 2))
    assert got["claims"][0]["reported_on"] == "2022-12-28"


def test_response_linked_by_dui_ci_with_via_and_stance():
    got = run(
        "据晨报报道，蓝鲸汽车正在与北辰电子洽谈合作建厂。"
        "据夕阳时报报道，北辰电子方面对此表示：“没有听说过此事”。"
    )
    (response,) = got["responses"]
    assert response == {
        "claim": 0, "responder": "北辰电子", "stance": "unaware", "quote": "没有听说过此事",
        "via": "夕阳时报", "responded_on": "2023-03-03",
    }


def test_two_responders_in_one_sentence():
    got = run("网传蓝鲸汽车将全面停产。对此，蓝鲸汽车和北辰电子均回应称，这一说法为谣言。")
    assert [(r["responder"], r["stance"]) for r in got["responses"]] == [("蓝鲸汽车", "deny"), ("北辰电子", "deny")]


def test_a_companys_own_announcement_is_not_a_claim():
    got = run("蓝鲸汽车今日宣布，公司将于下月发布两款新车。蓝鲸汽车表示，新车售价 20 万元起。")
    assert got["claims"] == [] and got["responses"] == []


def test_english_trailing_attribution_and_responses():
    got = run(
        "Acme Robotics is in talks to buy Globex, the Harbor Journal reported on Monday, citing people familiar "
        "with the matter. Acme declined to comment. A Globex spokesman did not respond to a request for comment.",
        published=PartialDate(2023, 3, 7),
    )
    (claim,) = got["claims"]
    assert claim["text"] == "Acme Robotics is in talks to buy Globex"
    assert (claim["source"], claim["anonymous"], claim["reported_on"]) == ("Harbor Journal", True, "2023-03-06")
    assert [(r["responder"], r["stance"], r["claim"]) for r in got["responses"]] == [
        ("Acme", "no_comment", 0), ("Globex", "no_comment", 0),
    ]


def test_english_lead_attribution_and_quoted_denial():
    got = run(
        'The Harbor Journal reported that Acme is planning to close its Ohio plant. '
        '"The report is simply not true," Acme said in a statement.'
    )
    assert got["claims"][0]["text"].startswith("Acme is planning to close its Ohio plant")
    (response,) = got["responses"]
    assert (response["responder"], response["stance"], response["quote"]) == ("Acme", "deny", "The report is simply not true")


def test_analyst_prediction_is_a_claim_with_the_analyst_as_source():
    got = run("Analyst Jane Roe of Oak Securities predicted in a note that Acme will launch two tablets next year.")
    (claim,) = got["claims"]
    assert "Jane Roe" in claim["source"] and claim["text"].startswith("Acme will launch two tablets")


def test_plain_news_gives_nothing():
    got = run(
        "Acme released its quarterly results on Tuesday. Revenue rose 12% to $3 billion. "
        "The company said it will open a new plant in Ohio next year."
    )
    assert got == {**got, "claims": [], "responses": []}


def test_title_is_not_extracted_twice():
    title = "消息称蓝鲸汽车将与北辰电子合作建厂"
    got = run(title + "\n据晨报报道，蓝鲸汽车正在与北辰电子洽谈合作建厂。", title=title)
    assert len(got["claims"]) == 1


def test_every_item_keeps_its_sentence_and_cue():
    report = Report(text="据晨报报道，蓝鲸汽车正在洽谈收购。对此，蓝鲸汽车不予置评。", language="zh")
    extraction = extract(report)
    assert extraction.claims[0].sentence == "据晨报报道，蓝鲸汽车正在洽谈收购。"
    assert extraction.claims[0].cue == "据…报道"
    assert extraction.responses[0].sentence == "对此，蓝鲸汽车不予置评。"
    assert "置评" in extraction.responses[0].cue


def test_sentences_keep_quotes_whole_and_skip_abbreviations():
    zh = split_sentences("他说：“第一句。第二句。”然后离开。")
    assert [s.text for s in zh] == ["他说：“第一句。第二句。”然后离开。"]
    en = split_sentences("Acme Inc. said the U.S. unit grew. Globex Corp. did not comment.")
    assert [s.text for s in en] == ["Acme Inc. said the U.S. unit grew.", "Globex Corp. did not comment."]


def test_json_contract_has_exactly_the_agreed_keys():
    got = run("据晨报报道，蓝鲸汽车正在洽谈收购。对此，蓝鲸汽车不予置评。")
    assert set(got) == {"report", "claims", "responses"}
    assert set(got["report"]) == {"title", "outlet", "published", "language"}
    assert set(got["claims"][0]) == {"text", "source", "anonymous", "subjects", "reported_on"}
    assert set(got["responses"][0]) == {"claim", "responder", "stance", "quote", "via", "responded_on"}
