"""One report with thousands of claims costs about linearly more than one with a few:
merging repeated claims compares each only with the earlier claims it could repeat
(issue 13: comparing every pair took 84 s on a page with 2,000 claims)."""

import random

import pytest

from claimtrack.extract import extract, linking, state
from claimtrack.extract.linking import _KeptTexts, _similar
from claimtrack.models import Report

CHARS = "安宝北博创达大德东方丰福港光广国海汉航和恒华辉佳建江金京景聚凯康科蓝乐联隆美明南宁鹏普奇启瑞润森山上尚胜盛天通威文武祥欣新信星兴旭亚阳扬耀益逸永优宇远云泽长振正中众卓"


def _page(sentences: int) -> str:
    rng = random.Random(3)

    def name(length):
        return "".join(rng.choice(CHARS) for _ in range(length))

    def unique(i, turn):  # two characters no other sentence has in this place
        return CHARS[(i + turn) % len(CHARS)] + CHARS[i // len(CHARS) % len(CHARS)]

    return "\n\n".join(
        f"据彭博社报道，{name(3)}集团正在洽谈收购{unique(i, 0)}公司旗下位于{unique(i, 7)}的{i}号工厂。"
        for i in range(sentences)
    )


class _CountedMatcher(linking.SequenceMatcher):
    compared = 0
    limit = 0

    def __init__(self, *args, **kwargs):
        type(self).compared += 1
        if type(self).compared > type(self).limit:
            raise AssertionError(f"more than {type(self).limit} claim texts compared")
        super().__init__(*args, **kwargs)


def test_a_page_of_2000_claims_compares_each_with_a_few(monkeypatch):
    monkeypatch.setattr(_CountedMatcher, "limit", 5 * 2000)  # every pair: 2 million
    monkeypatch.setattr(linking, "SequenceMatcher", _CountedMatcher)
    found = extract(Report(text=_page(2000), title="收购传闻汇总", language="zh"))
    assert len(found.claims) == 2000  # no two of them state one proposition
    assert all(c.source == "彭博社" for c in found.claims)


def test_repeated_claims_still_merge_on_a_big_page():
    text = _page(1500)
    again = [line.replace("据彭博社报道，", "彭博社援引知情人士报道称，") for line in text.split("\n\n")[::100]]
    found = extract(Report(text=text + "\n\n" + "\n\n".join(again), title="收购传闻汇总", language="zh"))
    assert len(found.claims) == 1500


@pytest.mark.parametrize("seed", range(4))
def test_the_index_merges_exactly_what_comparing_every_pair_merges(seed):
    rng = random.Random(seed)
    for _ in range(300):
        alphabet = rng.choice(["ab", "abc d", "小米北汽 集团", "abcdefghij", "甲乙丙丁戊己庚辛壬癸子丑寅卯"])
        texts: list[str] = []
        for _ in range(rng.randint(1, 60)):
            if texts and rng.random() < 0.3:  # part of an earlier one, between new words
                base = rng.choice(texts)
                a = rng.randint(0, len(base))
                b = rng.randint(a, len(base))
                noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(2)]
                texts.append(noise[0] + base[a:b] + noise[1])
            else:
                length = rng.choice([0, 1, 2, 3, 4, 5, 7, 9, 15, 30, 70, 140])
                texts.append("".join(rng.choice(alphabet) for _ in range(length)))
        every_pair: list[str] = []
        for text in texts:
            if not any(_similar(text, k) for k in every_pair):
                every_pair.append(text)
        index, indexed = _KeptTexts(), []
        for text in texts:
            if not index.any_similar(text):
                indexed.append(text)
                index.add(text)
        assert indexed == every_pair, texts


def _denials(replies: int) -> str:
    def pair(i, turn):  # two characters no other line has in this place
        return CHARS[(i + turn) % len(CHARS)] + CHARS[i // len(CHARS) % len(CHARS)]

    return "\n\n".join(f"{pair(i, 3)}{pair(i, 11)}科技否认了收购{pair(i, 0)}{pair(i, 7)}电子旗下工厂的传闻。" for i in range(replies))


def test_a_page_of_2000_denials_compares_each_reply_with_a_bounded_window(monkeypatch):
    # each reply that names its rumour is checked against the recent claims only:
    # against all of them it was 18 s for 1,000 denials
    monkeypatch.setattr(_CountedMatcher, "limit", 2 * 2000 * (state.RECENT_CLAIMS + 5))  # every pair: 4 million
    monkeypatch.setattr(linking, "SequenceMatcher", _CountedMatcher)
    found = extract(Report(text=_denials(2000), title="辟谣汇总", language="zh"))
    assert len(found.responses) >= 1850 and all(r.stance.value == "deny" for r in found.responses)
    assert len(found.claims) >= 1850  # each denial carries the rumour it answers
