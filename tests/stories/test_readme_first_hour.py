"""The README's "Your first hour" block runs as written: each `claimtrack` line, in
order, on a database of its own, from the repository's folder (issue 14)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def first_hour_commands() -> list[list[str]]:
    readme = (REPO / "README.md").read_text("utf-8")
    block = re.search(r"<!-- first-hour -->\s*```bash\n(.*?)```\s*<!-- /first-hour -->", readme, re.S).group(1)
    lines = block.replace("\\\n", " ").splitlines()
    return [shlex.split(line, comments=True) for line in lines if line.strip().startswith("claimtrack ")]


def test_the_first_hour_block_names_the_walk_it_promises():
    verbs = [command[1] for command in first_hour_commands()]
    assert verbs == ["add", "respond", "ingest", "list", "feed", "update", "resolve", "timeline"]


def test_every_first_hour_command_runs_as_written(tmp_path):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "first-hour.db"), "COLUMNS": "100"}
    outputs = []
    for command in first_hour_commands():
        done = subprocess.run([sys.executable, "-m", "claimtrack", *command[1:]], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{shlex.join(command)}: {done.stderr.strip()}"
        outputs.append(done.stdout)
    listing, timeline = outputs[3], outputs[-1]
    assert "星河汽车正与北辰集团商谈代工生产电动汽车" in listing and "Nimbus Motors" in listing
    assert [step in timeline for step in ("reported", "unaware", "false")] == [True, True, True]
    assert timeline.index("reported") < timeline.index("unaware") < timeline.index("verdict false")
