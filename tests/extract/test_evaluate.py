"""Quality floors on the labeled corpus folders, and the scoring rules of `claimtrack eval`.

The corpus belongs to its publishers: it is read from ../shared/corpus at test time,
never copied here. These floors are pinned; lower one only with a written reason.
On a machine without the corpus the quality tests skip, except under CI (CI=true),
where they fail: a gate that silently skips is no gate.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from conftest import REPO, require_corpus

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# Floors: each figure is at least this. Set to what the extractor measured when they
# were introduced, rounded down to 0.05; keys ending in `_max` are ceilings (at most
# this, rounded up). Raise them as the extractor improves; never lower one silently.
DEV_FLOORS = {
    "claims_f1": 0.90,
    "responses_f1": 0.90,
    "stance": 0.95,
    "source": 0.90,
    "responder": 0.95,
    "reported_on": 0.95,
    "responded_on": 0.95,
}
WILD_FLOORS = {
    "claims_f1": 0.85,
    "responses_f1": 0.80,
    "stance": 0.85,  # over 10 matched pairs: one wrong stance is 0.9
    "source": 0.75,
    "responder": 0.80,
    "reported_on": 0.90,
    "responded_on": 0.90,
    # the target: at most 1.0. Raised from 0.35 (2 of 62) to 0.50 (3 of 62) on purpose:
    # unnamed-media credits ("外媒报道，…") found one more claim on the held-out archives and
    # one false one there (benchmarks/extraction.py: held-out claim F1 0.69 -> 0.71).
    "false_claims_per_ten_claimless_max": 0.50,
}
DEV_EN_FLOORS = {
    "claims_f1": 0.85,
    "responses_f1": 0.80,
    "stance": 0.90,
    "source": 0.70,
    "responder": 0.80,
    "reported_on": 0.60,
    "responded_on": 0.90,
}
FLOORS = {"dev": DEV_FLOORS, "wild": WILD_FLOORS, "dev-en": DEV_EN_FLOORS}


def corpus_folder(name: str) -> Path:
    """../shared/corpus/<name>, or skip the test when it is not here; under CI fail."""
    return require_corpus(name, CORPUS)  # CORPUS read at call time: the tests below swap it


@pytest.fixture(scope="module")
def scored():
    """Each folder's EvalResult, computed once per module run."""
    from claimtrack.extract.evaluate import evaluate_folder

    cache = {}

    def get(name: str):
        folder = corpus_folder(name)
        if name not in cache:
            cache[name] = evaluate_folder(folder)
        return cache[name]

    return get


def figure(result, what: str) -> float | None:
    return {
        "claims_f1": result.claims.f1,
        "responses_f1": result.responses.f1,
        "stance": result.stance.accuracy,
        "source": result.source.accuracy,
        "responder": result.responder.accuracy,
        "reported_on": result.reported_on.accuracy,
        "responded_on": result.responded_on.accuracy,
        "false_claims_per_ten_claimless_max": result.claimless.per_ten,
    }[what]


@pytest.mark.parametrize(
    ("folder", "what"), [(folder, what) for folder, floors in FLOORS.items() for what in sorted(floors)]
)
def test_quality_floor(scored, folder, what):
    value, bound = figure(scored(folder), what), FLOORS[folder][what]
    assert value is not None, f"{folder}: nothing scored for {what}"
    if what.endswith("_max"):
        assert value <= bound, f"{folder}: {what} = {value:.3f}, ceiling {bound}"
    else:
        assert value >= bound, f"{folder}: {what} = {value:.3f}, floor {bound}"


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_every_labeled_report_reads(scored, folder):
    assert [f.name for f in scored(folder).files if f.error] == []


def test_wild_reports_extract_without_errors_and_quickly():
    from claimtrack.extract import extract
    from claimtrack.readers import read_report

    wild = corpus_folder("wild")
    paths = sorted(p for p in wild.iterdir() if p.suffix in (".md", ".html", ".txt"))
    assert len(paths) >= 50
    start = time.perf_counter()
    claims = 0
    for path in paths:
        extraction = extract(read_report(str(path)))
        claims += len(extraction.claims)
        for response in extraction.responses:
            assert response.claim is None or 0 <= response.claim < len(extraction.claims)
    elapsed = time.perf_counter() - start
    # Ordinary news: perhaps a fifth of the posts carry a rumour; far fewer claims than posts.
    assert claims < len(paths)
    assert elapsed / len(paths) < 0.05, f"{elapsed / len(paths) * 1000:.1f} ms per report"


# A missing corpus: skip on a developer's clone, fail under CI.


@pytest.mark.parametrize("ci", ["true", "false", None])
def test_a_missing_corpus_fails_under_ci_and_skips_elsewhere(monkeypatch, tmp_path, ci):
    monkeypatch.setitem(globals(), "CORPUS", tmp_path / "no-corpus")
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    outcome = pytest.fail.Exception if ci == "true" else pytest.skip.Exception
    with pytest.raises(outcome, match="shared/corpus/wild"):
        corpus_folder("wild")


def test_one_missing_folder_is_enough_to_fail_under_ci(monkeypatch, tmp_path):
    (tmp_path / "dev").mkdir()
    monkeypatch.setitem(globals(), "CORPUS", tmp_path)
    monkeypatch.setenv("CI", "true")
    assert corpus_folder("dev") == tmp_path / "dev"
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        corpus_folder("dev-en")


# Scoring rules, on small labels of our own (never corpus text).


def _label(folder: Path, slug: str, gold: dict, text: str = "A report of our own.\n") -> None:
    (folder / f"{slug}.txt").write_text(text, "utf-8")
    (folder / f"{slug}.gold.json").write_text(json.dumps({"article": f"{slug}.txt", **gold}), "utf-8")


def _claim(cid: str, text: str, reported_on: str | None, **more) -> dict:
    return {"id": cid, "text": text, "source": "Harbor Journal", "anonymous": False, "subjects": [],
            "reported_on": reported_on, **more}


def _response(claim: str, quote: str, responded_on: str | None) -> dict:
    return {"claim": claim, "responder": "Acme", "stance": "deny", "quote": quote, "via": None,
            "responded_on": responded_on}


def _predicting(predictions: dict[str, dict]):
    """A stand-in extractor: report file name -> what it 'found'."""
    return lambda path: predictions.get(path.name, {"claims": [], "responses": []})


def test_a_null_gold_date_is_not_scored(tmp_path):
    from claimtrack.extract.evaluate import evaluate_folder

    gold = {
        "claims": [
            _claim("c1", "Acme is weighing a sale of its lamp unit", None),
            _claim("c2", "Globex plans to open a plant in the north", "2024-01-02"),
            _claim("c3", "Initech will cut a tenth of its staff", "2024-01"),
        ],
        "responses": [
            _response("c1", "There is no truth in this story", None),
            _response("c2", "We have no plans for a plant there", "2024-01-03"),
        ],
    }
    _label(tmp_path, "en-ours-2024-01-02-lamps", gold)
    predicted = {
        "claims": [
            {"text": "Acme is weighing a sale of its lamp unit", "source": "Harbor Journal", "reported_on": "2024-01-02"},
            {"text": "Globex plans to open a plant in the north", "source": "Harbor Journal", "reported_on": "2024-01-02"},
            {"text": "Initech will cut a tenth of its staff", "source": "Harbor Journal", "reported_on": "2024-01-02"},
        ],
        "responses": [
            {"quote": "There is no truth in this story", "responder": "Acme", "stance": "deny", "responded_on": "2024-01-02"},
            {"quote": "We have no plans for a plant there", "responder": "Acme", "stance": "deny", "responded_on": None},
        ],
    }
    result = evaluate_folder(tmp_path, predict=_predicting({"en-ours-2024-01-02-lamps.txt": predicted}))
    # c1's null date is out of the tally; c2 right, c3 wrong (a month is not a day).
    assert (result.reported_on.correct, result.reported_on.total) == (1, 2)
    # the null-dated response is out; the dated one was predicted without a date.
    assert (result.responded_on.correct, result.responded_on.total) == (0, 1)
    # the other attributes still count every matched pair
    assert result.source.total == 3 and result.stance.total == 2
    dated = [p.text for f in result.files for p in f.problems if p.what in ("reported_on", "responded_on")]
    assert dated == ["Initech will cut a tenth of its staff", "We have no plans for a plant there"]
    data = result.to_json()
    assert data["reported_on"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert data["responded_on"] == {"accuracy": 0.0, "correct": 0, "total": 1}


def test_only_null_dates_leave_the_date_tallies_empty(tmp_path):
    from claimtrack.extract.evaluate import evaluate_folder

    _label(tmp_path, "a", {"claims": [_claim("c1", "Acme is weighing a sale of its lamp unit", None)], "responses": []})
    predicted = {"claims": [{"text": "Acme is weighing a sale of its lamp unit", "reported_on": "2024-01-02"}], "responses": []}
    result = evaluate_folder(tmp_path, predict=_predicting({"a.txt": predicted}))
    assert result.reported_on.total == 0 and result.reported_on.accuracy is None
    assert result.to_json()["reported_on"] == {"accuracy": None, "correct": 0, "total": 0}


def test_false_claims_on_reports_without_a_claim(tmp_path):
    from claimtrack.extract.evaluate import evaluate_folder

    quiet = {"claims": [], "responses": []}
    _label(tmp_path, "a-quiet", quiet)
    _label(tmp_path, "b-quiet", quiet)
    _label(tmp_path, "c-quiet", quiet)
    _label(tmp_path, "d-rumour", {"claims": [_claim("c1", "Globex plans to open a plant in the north", "2024-01-02")], "responses": []})
    noise = {"text": "The lamp ships in May for 40 dollars"}
    result = evaluate_folder(tmp_path, predict=_predicting({
        "a-quiet.txt": {"claims": [noise, {"text": "Acme hired a new designer"}], "responses": []},
        "c-quiet.txt": {"claims": [noise], "responses": []},
        # an extra claim on a report that has one is a false positive, but not on a claimless report
        "d-rumour.txt": {"claims": [{"text": "Globex plans to open a plant in the north"}, noise], "responses": []},
    }))
    assert (result.claimless.reports, result.claimless.false_claims) == (3, 3)
    assert result.claimless.per_ten == pytest.approx(10.0)
    assert result.claims.fp == 4
    assert result.to_json()["claimless"] == {"reports": 3, "false_claims": 3, "per_ten": 10.0}


def test_no_claimless_report_means_no_rate(tmp_path):
    from claimtrack.extract.evaluate import evaluate_folder

    _label(tmp_path, "a", {"claims": [_claim("c1", "Globex plans to open a plant in the north", None)], "responses": []})
    result = evaluate_folder(tmp_path, predict=_predicting({}))
    assert (result.claimless.reports, result.claimless.false_claims, result.claimless.per_ten) == (0, 0, None)
    assert result.to_json()["claimless"]["per_ten"] is None


def test_a_selection_scores_a_subset(tmp_path):
    from claimtrack.errors import InputError
    from claimtrack.extract.evaluate import evaluate_folder

    for slug in ("a", "b", "c"):
        _label(tmp_path, slug, {"claims": [], "responses": []})
    predict = _predicting({"a.txt": {"claims": [{"text": "one"}], "responses": []}})
    assert [f.name for f in evaluate_folder(tmp_path, ["a.txt", "c"], predict=predict).files] == ["a.txt", "c.txt"]
    assert [f.name for f in evaluate_folder(tmp_path, lambda p: p.stem != "a", predict=predict).files] == ["b.txt", "c.txt"]
    assert evaluate_folder(tmp_path, ["a"], predict=predict).claimless.false_claims == 1
    with pytest.raises(InputError, match="not labeled reports here: typo.txt"):
        evaluate_folder(tmp_path, ["a.txt", "typo.txt"], predict=predict)
    with pytest.raises(InputError, match="keeps no labeled report"):
        evaluate_folder(tmp_path, lambda p: False, predict=predict)


def test_eval_command_reports_false_claims_on_claimless_reports(cli, tmp_path):
    """End to end with the real extractor: the count is whatever it finds on our own texts."""
    from claimtrack.extract import extract
    from claimtrack.readers import read_report

    labels = tmp_path / "labels"
    labels.mkdir()
    texts = {
        "en-ours-1": "Acme Robotics opened a new office in Lisbon on Monday. The office has 40 desks.\n",
        "en-ours-2": "Globex is in talks to buy Initech, the Harbor Journal reported, citing people familiar with the matter.\n",
        "en-ours-3": "The city council approved the new bus timetable, which starts in June.\n",
    }
    for slug, text in texts.items():
        _label(labels, slug, {"claims": [], "responses": []}, text)
    expected = sum(len(extract(read_report(str(labels / f"{slug}.txt"))).claims) for slug in texts)

    data = cli.json("eval", str(labels))
    assert data["claimless"]["reports"] == 3
    assert data["claimless"]["false_claims"] == expected
    assert data["claimless"]["per_ten"] == round(10 * expected / 3, 4)
    table = cli.ok("eval", str(labels)).stdout
    assert f"reports with no claim: 3; false claims on them: {expected} ({10 * expected / 3:.1f} per ten)" in table


def test_eval_json_keys_are_documented():
    doc = (REPO / "docs" / "json.md").read_text("utf-8")
    assert "## `eval --json`" in doc
    for key in ("claimless", "false_claims", "per_ten", "reported_on", "responded_on"):
        assert f"`{key}`" in doc


def test_holdout_split_reads_its_rules(tmp_path):
    spec = importlib.util.spec_from_file_location("extraction_benchmark", REPO / "benchmarks" / "extraction.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    holdout = tmp_path / "holdout.json"
    holdout.write_text(json.dumps({
        "posts": {"archives": ["Night Desk", "Games"]},
        "pages": {"outlet_initials": "nopqrstuvwxyz"},
    }), "utf-8")
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "SOURCES.tsv").write_text(
        "1-a.md\towner/repo\tsource/_posts/news/Night Desk (old name)/A title.md\t10\n"
        "2-b.md\towner/repo\tsource/_posts/news/Day Desk/B title.md\t10\n"
        "3-c.md\towner/repo\tsource/_posts/Games/C title.md\t10\n"
        "4-d.md\towner/repo\tsource/_posts/news/Day Desk/Games of the year.md\t10\n",
        "utf-8",
    )
    assert bench.held_out("posts", posts, holdout) == {"1-a.md", "3-c.md"}
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("en-mirror-2020-01-01-x.txt", "en-nation-2020-01-01-y.txt", "en-Zeit-2020-01-01-z.txt",
                 "en-nation-2020-01-01-y.gold.json"):
        (pages / name).write_text("", "utf-8")
    assert bench.held_out("pages", pages, holdout) == {"en-nation-2020-01-01-y.txt", "en-Zeit-2020-01-01-z.txt"}
    assert bench.held_out("other", pages, holdout) is None
