"""One fixture per odd case under fixtures/reports/, expectations in a JSON sidecar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.readers import read_report

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix != ".json" and not p.name.startswith("."))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture_reads_and_extracts_as_expected(path: Path):
    expected = json.loads(path.with_name(path.stem + ".expect.json").read_text("utf-8"))
    report = read_report(str(path))
    got = extract(report).to_json()
    assert got["report"] == expected["report"]
    for piece in expected["text_has"]:
        assert piece in report.text
    for piece in expected["text_lacks"]:
        assert piece not in report.text
    assert len(got["claims"]) == len(expected["claims"])
    for claim, want in zip(got["claims"], expected["claims"]):
        assert want["text_has"] in claim["text"]
        for key in ("source", "anonymous", "reported_on"):
            assert claim[key] == want[key], key
    assert len(got["responses"]) == len(expected["responses"])
    for response, want in zip(got["responses"], expected["responses"]):
        for key, value in want.items():
            assert response[key] == value, key
