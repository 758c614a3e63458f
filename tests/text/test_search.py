"""Full-text search over claim text finds Chinese words of any length and English
words by prefix, and never returns a claim that lacks the words."""

import pytest

CLAIMS = [
    ("小米正与北汽集团商谈代工生产电动汽车", ["小米", "北汽集团"]),
    ("北汽蓝谷将负责新车型的生产", ["北汽蓝谷"]),
    ("Apple is testing foldable iPhones in Shenzhen", ["Apple"]),
    ("宁德时代将为某车企供应电池", ["宁德时代"]),
]


@pytest.fixture
def stocked(cli):
    ids = []
    for text, subjects in CLAIMS:
        args = ["add", text, "--date", "2022-08-26"]
        for s in subjects:
            args += ["--subject", s]
        ids.append(cli.json(*args)["id"])
    return ids


def found(cli, words):
    return sorted(r["id"] for r in cli.json("list", "--search", words))


@pytest.mark.parametrize("words, expected", [
    ("北汽", [0, 1]),          # two characters: missed by a trigram index
    ("小米", [0]),
    ("米", [0]),               # one character
    ("宁德时代", [3]),
    ("北汽 生产", [0, 1]),     # every word must appear
    ("北汽 小米", [0]),
    ("汽北", []),              # the characters, but not in that order
    ("iphone", [2]),           # case-insensitive, prefix of "iPhones"
    ("foldable shenzhen", [2]),
    ("samsung", []),
])
def test_search(cli, stocked, words, expected):
    assert found(cli, words) == sorted(stocked[i] for i in expected)


def test_search_follows_edits(cli, stocked):
    cli.ok("edit", stocked[2], "--text", "Apple is testing a rollable display")
    assert found(cli, "iphone") == []
    assert found(cli, "rollable") == [stocked[2]]


def test_search_with_only_punctuation_finds_nothing(cli, stocked):
    assert found(cli, "，。!?") == []
    assert found(cli, '" OR 1') == []
