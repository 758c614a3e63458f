"""benchmarks/scaling.py --quick runs end to end and prints its three tables; while one
process ingests, a reader of the same WAL file gets its answers and no busy error.
Nothing here is timed: the figures belong in docs/scaling.md, not in a test."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_quick_scaling_benchmark_prints_its_tables(tmp_path):
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "scaling.py"), "--quick", "--cache",
                           str(tmp_path / "cache")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    for heading in ("### 1. Size", "### 2. Feeds", "### 3. Readers while cron writes"):
        assert heading in out
    assert "| `claimtrack list --search 收购 --limit 50` |" in out
    rows = [line.split("|")[1:-1] for line in out.split("### 3.")[1].splitlines() if line.startswith("| ")]
    cells = [[c.strip() for c in row] for row in rows[1:]]  # below the header
    assert {(row[0], row[1]) for row in cells} == {("0", "ingesting"), ("1", "ingesting"), ("1", "none")}
    for row in cells:
        if row[0] != "0":
            assert row[5] == "0", f"reader errors: {row}"  # WAL: readers never see the writer's lock
            assert row[2] != "–" and row[3] != "–"  # and they did read
        if row[1] == "ingesting":
            assert row[8] == "0" and float(row[6].replace(",", "").split()[0]) > 0  # the writer stored reports
