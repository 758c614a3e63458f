"""Issue 12, family 5 on real reports: across every labeled folder, no claim starts with a
lead-in or a dateline, and no subject or source is a function word or a reference back."""

from __future__ import annotations

import pytest

from conftest import require_corpus
from test_families import BAD_NAMES, BAD_STARTS_EN, BAD_STARTS_ZH

FOLDERS = ("dev", "wild", "dev-en")


@pytest.mark.parametrize("folder", FOLDERS)
def test_fields_are_clean_on_every_labeled_report(folder):
    from claimtrack.extract.evaluate import REPORT_SUFFIXES
    from claimtrack.extract import extract
    from claimtrack.readers import read_report

    root = require_corpus(folder)
    problems = []
    for path in sorted(p for p in root.iterdir() if p.suffix in REPORT_SUFFIXES):
        for claim in extract(read_report(str(path))).claims:
            text = claim.text.strip()
            if text.startswith(BAD_STARTS_ZH) or text.casefold().startswith(BAD_STARTS_EN):
                problems.append(f"{path.name}: claim starts with a lead-in: {text[:40]!r}")
            for name in (*claim.subjects, claim.source or "x" * 2):
                if name.replace(" ", "") in BAD_NAMES or len(name) < 2:
                    problems.append(f"{path.name}: {name!r} is no name ({text[:30]!r})")
    assert problems == []
