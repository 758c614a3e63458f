"""The demo builds a database from the shipped samples and shows it, as the README's
first command does on a fresh machine."""

import json
import os
import subprocess
import sys
from pathlib import Path

from claimtrack.models import Stance, Verdict


def test_demo_builds_every_stance_and_a_verdict(cli):
    result = cli.ok("demo")
    assert "Built db/demo.db" in result.stdout
    assert "claim 1" in result.stdout and "→ true" in result.stdout
    claims = cli.json("--db", "db/demo.db", "list")
    assert len(claims) >= 5
    assert any("\u4e00" <= ch <= "\u9fff" for c in claims for ch in c["text"])  # Chinese
    assert any(c["text"].isascii() for c in claims)  # and English
    stances, verdicts = set(), set()
    for c in claims:
        detail = cli.json("--db", "db/demo.db", "show", c["id"])
        stances |= {r["stance"] for r in detail["responses"]}
        verdicts |= {v["verdict"] for v in detail["verdicts"]}
        assert detail["mentions"][0]["report_title"]
    assert stances == {s.value for s in Stance}
    assert Verdict.TRUE.value in verdicts
    assert not Path("db/claimtrack.db").exists()  # the user's own database is untouched


def test_demo_rebuilds_its_own_file_but_never_overwrites_another(cli):
    cli.ok("demo")
    cli.ok("demo")  # rebuilding is fine
    assert len(cli.json("--db", "db/demo.db", "list")) == 5
    cli.json("--db", "mine.db", "add", "Mine", "--subject", "Me")
    result = cli("demo", "--db", "mine.db")
    assert result.exit_code == 2 and "use --force" in result.stderr
    assert cli.json("--db", "mine.db", "list")[0]["text"] == "Mine"


def test_demo_quotes_are_in_the_sample_reports():
    from importlib import resources

    samples = resources.files("claimtrack").joinpath("samples")
    spec = json.loads(samples.joinpath("demo.json").read_text("utf-8"))
    for claim in spec["claims"]:
        report = samples.joinpath(claim["report"]).read_text("utf-8")
        assert claim["sentence"] in report
        for response in claim.get("responses", []):
            source = samples.joinpath(response.get("report", claim["report"])).read_text("utf-8")
            assert response["quote"] in source, response["quote"]


def test_demo_as_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "demo"], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "db" / "demo.db").is_file()
    assert "unanswered" in proc.stdout and "true" in proc.stdout
