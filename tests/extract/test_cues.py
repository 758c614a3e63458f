"""The lexicons: each attribution and stance family fires on our own short sentences,
and ordinary news sentences fire nothing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from claimtrack.extract import cues
from claimtrack.extract.lexicon import first_attribution as _first_attribution
from claimtrack.extract.lexicon import full_lexicon
from claimtrack.extract.lexicon import stance_in as _stance_in

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("据晨报报道，某公司正在洽谈收购。", "据…报道"),
        ("晨报援引知情人士的话称，某公司正在洽谈收购。", "据…援引…"),
        ("知情人士透露，某公司将裁员一成。", "知情人士"),
        ("晨报从知情人士处获悉，某公司将裁员一成。", "从知情人士处获悉"),
        ("此前有消息称，某公司将推出折叠屏手机。", "消息称"),
        ("网传某公司将在年底前上市。", "网传"),
        ("有网友发帖称，新机将采用潜望式镜头。", "网友/博主称"),
        ("某证券分析师预计，该公司明年营收将翻倍。", "分析师预测"),
        ("据悉，新机或将于下月发布。", "据悉"),
    ],
)
def test_chinese_attribution(sentence, cue):
    found, match = _first_attribution(sentence, True)
    assert found is not None and found.name == cue
    assert match is not None


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Acme is in talks to buy Globex, the Harbor Journal reported, citing people familiar with the matter.", "X, citing people familiar"),
        ("Acme is in talks to buy Globex, the Harbor Journal reported.", "…, X reported"),
        ("The Harbor Journal reported on Monday that Acme is in talks to buy Globex.", "X reported that"),
        ("A report by the Harbor Journal on Monday said Acme is in talks to buy Globex.", "report by X said"),
        ("According to the Harbor Journal, Acme is in talks to buy Globex.", "according to X"),
        ("Acme is reportedly in talks to buy Globex.", "reportedly"),
        ("Acme is said to be in talks to buy Globex.", "is said to"),
        ("Analyst Jane Roe predicted in a note that Acme will ship two phones.", "analyst predicted that"),
        ("Acme is in talks to buy Globex, sources said.", "…, sources said"),
    ],
)
def test_english_attribution(sentence, cue):
    found, _ = _first_attribution(sentence, False)
    assert found is not None and found.name == cue


@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("对此，某公司回应称，该消息不实。", "deny"),
        ("某公司否认了这一传闻。", "deny"),
        ("某公司表示，公司没有此计划。", "deny"),
        ("某公司对此不予置评。", "no_comment"),
        ("截至发稿，某公司暂无回应。", "no_comment"),
        ("某公司表示没有听说过此事。", "unaware"),
        ("某公司称还未接到相关通知。", "unaware"),
        ("某公司证实了这一消息。", "confirm"),
        ("某公司表示不排除这种可能性。", "partial"),
    ],
)
def test_chinese_stances(sentence, stance):
    found = _stance_in(sentence, True)
    assert found is not None and found[0].value == stance


@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("Acme declined to comment.", "no_comment"),
        ("Globex did not immediately respond to a request for comment.", "no_comment"),
        ("Acme does not comment on rumours or speculation.", "no_comment"),
        ("Acme denied the report.", "deny"),
        ('"That is simply not true," Acme said.', "deny"),
        ("Acme said it has no plans to sell the unit.", "deny"),
        ("Acme said it was not aware of any talks.", "unaware"),
        ("Acme confirmed it is in talks with Globex.", "confirm"),
        ("Acme confirmed talks took place but said no decision has been made.", "partial"),
        ("We confirm that Acme has not entered into any negotiation.", "deny"),
    ],
)
def test_english_stances(sentence, stance):
    found = _stance_in(sentence, False)
    assert found is not None and found[0].value == stance


@pytest.mark.parametrize(
    "sentence, zh",
    [
        ("公司今天发布了新款笔记本电脑，售价 4999 元。", True),
        ("这款手机搭载了最新的处理器。", True),
        ("The company released its quarterly results on Tuesday.", False),
        ("Shares rose 3% in early trading.", False),
    ],
)
def test_plain_news_fires_no_cue(sentence, zh):
    assert _first_attribution(sentence, zh)[0] is None
    assert _stance_in(sentence, zh) is None


def test_every_pattern_compiles_and_literals_occur_in_what_they_guard():
    for name, literal, where, pattern in cues.ZH_ATTRIBUTION + cues.EN_ATTRIBUTION:
        re.compile(pattern)
        assert where in ("after", "before", "around"), name
    for stance, literal, pattern in cues.ZH_STANCE + cues.EN_STANCE:
        re.compile(pattern)
        assert stance in ("confirm", "deny", "unaware", "no_comment", "partial")


def test_every_cue_has_a_literal_prefilter():
    for name, literal, where, pattern in cues.ZH_ATTRIBUTION + cues.EN_ATTRIBUTION:
        assert literal.strip("|"), name
    for stance, literal, pattern in cues.ZH_STANCE + cues.EN_STANCE:
        assert literal.strip("|"), pattern


def _sentences() -> list[str]:
    """Our own sentences above, and, when it is here, every sentence of the corpus."""
    own = [
        "据晨报报道，某公司正在洽谈收购。", "此前有消息称，某公司将推出折叠屏手机。", "有网友发帖称，新机将采用潜望式镜头。",
        "某证券分析师预计，该公司明年营收将翻倍。", "晨报的报道称，某公司将裁员。", "某博主爆料，新机下月发布。",
        "某公司表示，公司没有此计划。", "截至发稿，某公司暂无回应。", "某公司称还未接到相关通知。",
        "Acme is in talks to buy Globex, the Harbor Journal reported.", "Acme didn't respond to a request for comment.",
        "Acme said it was not aware of any talks.", "Rumours that Acme will sell its unit are untrue, Acme said.",
    ]
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CORPUS} is not here (CI=true: the corpus sentences must be checked, not skipped)")
        return own
    from claimtrack.extract import split_sentences
    from claimtrack.readers import read_report

    paths = [p for folder in ("dev", "wild") for p in sorted((CORPUS / folder).iterdir()) if p.suffix in (".md", ".html", ".txt")]
    return own + [s.text for p in paths for s in split_sentences(read_report(str(p)).text)]


def test_a_cues_literals_never_hide_one_of_its_matches():
    lexicon = full_lexicon()
    for sentence in _sentences():
        zh = bool(re.search(r"[\u4e00-\u9fff]", sentence))
        lowered = sentence if zh else sentence.lower()
        for cue in lexicon.attribution(zh) + lexicon.stance(zh):
            if cue.regex.search(sentence):
                assert cue.may_match(lowered), (cue.regex.pattern[:60], sentence)
