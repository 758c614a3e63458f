"""Every test runs in its own empty working folder, so `db/claimtrack.db` there is
the default database and nothing leaks between tests or into the checkout."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))  # helpers the test folders share

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


def require_corpus(name: str = "", root: Path = CORPUS) -> Path:
    """../shared/corpus[/name], or skip the test when it is not here; under CI (CI=true) fail,
    so a clone without the corpus cannot look green with its quality tests skipped."""
    folder = root / name if name else root
    if not folder.is_dir():
        wanted = f"../shared/corpus/{name}" if name else "../shared/corpus"
        message = f"{folder} is not here: this test reads the labeled reports of {wanted}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message} (CI=true: a missing corpus fails instead of skipping)")
        pytest.skip(message)
    return folder


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERMINAL_WIDTH", "120")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("_TYPER_FORCE_DISABLE_TERMINAL", "1")
    yield


class Cli:
    """Runs claimtrack in-process, the way a user types it."""

    def __init__(self):
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, env: dict | None = None):
        from claimtrack.cli import app

        return self.runner.invoke(app, [str(a) for a in args], input=input, env=env)

    def json(self, *args: str, env: dict | None = None):
        result = self(*args, "--json", env=env)
        assert result.exit_code == 0, (result.output, result.stderr)
        return json.loads(result.stdout)

    def ok(self, *args: str):
        result = self(*args)
        assert result.exit_code == 0, (result.output, result.stderr)
        return result


@pytest.fixture
def cli() -> Cli:
    return Cli()


@pytest.fixture
def founding_story(cli):
    """The Xiaomi/BAIC story of the seed report, entered by hand as DESIGN.md tells it."""
    claim = cli.json(
        "add", "小米正与北汽集团商谈由其代工生产电动汽车", "--source", "彭博社", "--anonymous",
        "--subject", "小米", "--subject", "北汽集团", "--date", "2022-08-26",
    )
    cli.json("respond", claim["id"], "--by", "北汽蓝谷", "--stance", "unaware",
             "--quote", "还未接到相关确切的消息", "--via", "21财经", "--date", "2022-08-26")
    cli.json("respond", claim["id"], "--by", "北汽集团", "--stance", "unaware",
             "--quote", "没有听说过此事", "--via", "每日经济新闻", "--date", "2022-08-26")
    cli.json("resolve", claim["id"], "--verdict", "true", "--evidence",
             "https://example.org/filing", "--date", "2023-11-15")
    return claim["id"]


def db_counts(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("claims", "mentions", "responses", "verdicts", "claim_edits", "entities",
                          "match_suggestions", "feeds", "hooks")
        }
    finally:
        conn.close()
