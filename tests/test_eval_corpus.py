"""Quality floors on the labeled dev corpus, and robustness on the unlabeled wild set.

The corpus belongs to its publishers: it is read from ../shared/corpus at test time,
never copied here. These floors are pinned; lower one only with a written reason.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEV = CORPUS / "dev"
WILD = CORPUS / "wild"

FLOORS = {
    "claims_f1": 0.90,
    "responses_f1": 0.90,
    "stance": 0.90,
    "source": 0.85,
    "responder": 0.85,
    "reported_on": 0.90,
}


@pytest.fixture(scope="module")
def dev_result():
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    from claimtrack.evaluate import evaluate_folder

    return evaluate_folder(DEV)


@pytest.mark.parametrize("what", sorted(FLOORS))
def test_dev_floor(dev_result, what):
    values = {
        "claims_f1": dev_result.claims.f1,
        "responses_f1": dev_result.responses.f1,
        "stance": dev_result.stance.accuracy,
        "source": dev_result.source.accuracy,
        "responder": dev_result.responder.accuracy,
        "reported_on": dev_result.reported_on.accuracy,
    }
    assert values[what] >= FLOORS[what], f"{what} = {values[what]:.3f}, floor {FLOORS[what]}"


def test_every_dev_report_reads(dev_result):
    assert [f.name for f in dev_result.files if f.error] == []


def test_wild_reports_extract_without_errors_and_quickly():
    if not WILD.is_dir():
        pytest.skip("../shared/corpus/wild is not here")
    from claimtrack.extract import extract
    from claimtrack.readers import read_report

    paths = sorted(p for p in WILD.iterdir() if p.suffix in (".md", ".html", ".txt"))
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
