"""A named pipe given as a report: refused at once with the file named, never waited on
(reading a pipe nobody writes to would hang a cron run forever)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def test_ingest_refuses_a_named_pipe_without_waiting(tmp_path):
    pipe = tmp_path / "story.md"
    os.mkfifo(pipe)
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: t\ndate: 2024-01-02\n---\n\n<p>Acme said it shipped 3 units.</p>\n", "utf-8")
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "t.db")}
    done = subprocess.run([sys.executable, "-m", "claimtrack", "ingest", str(pipe), str(good), "--json"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode != 0
    assert f"{pipe}: not a regular file" in done.stdout + done.stderr
    assert '"reports_new": 1' in done.stdout  # the good report beside it is stored


def test_extract_refuses_a_named_pipe(tmp_path):
    pipe = tmp_path / "story.html"
    os.mkfifo(pipe)
    done = subprocess.run([sys.executable, "-m", "claimtrack", "extract", str(pipe)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1  # a report that cannot be read, as for any other
    assert "not a regular file" in done.stderr and str(pipe) in done.stderr
