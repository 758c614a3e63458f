"""Shell completion: typer's --install-completion and --show-completion, as a user in
bash runs them (the shell is detected from the parent process, so bash runs the tool)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("claimtrack")

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or not SCRIPT.exists(),
                                reason="needs bash and the installed claimtrack script")


def _in_bash(command: str, home: Path) -> subprocess.CompletedProcess:
    # "; exit $?" keeps bash as the parent instead of exec-ing the tool in its place
    env = {**os.environ, "HOME": str(home), "SHELL": "/bin/bash"}
    env.pop("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", None)
    return subprocess.run(["bash", "-c", f"{command}; exit $?"], env=env, capture_output=True, text=True,
                          timeout=60)


def test_show_completion_prints_a_bash_script_for_claimtrack(tmp_path):
    shown = _in_bash(f"'{SCRIPT}' --show-completion", tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "complete -o default -F _claimtrack_completion claimtrack" in shown.stdout
    assert "_CLAIMTRACK_COMPLETE=complete_bash" in shown.stdout


def test_completion_offers_commands_and_options(tmp_path):
    env = {**os.environ, "_CLAIMTRACK_COMPLETE": "complete_bash", "COMP_WORDS": "claimtrack feed a",
           "COMP_CWORD": "2"}
    words = subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert words.stdout.split() == ["add"]
    env.update(COMP_WORDS="claimtrack update --qu", COMP_CWORD="2")
    options = subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert set(options.stdout.split()) == {"--quiet", "--quiet-days"}


def test_install_completion_writes_the_script_where_bash_reads_it(tmp_path):
    installed = _in_bash(f"'{SCRIPT}' --install-completion", tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "bash completion installed" in installed.stdout
    script = (tmp_path / ".bash_completions" / "claimtrack.sh").read_text()
    assert "_claimtrack_completion" in script
    assert ".bash_completions/claimtrack.sh" in (tmp_path / ".bashrc").read_text()


def test_help_lists_the_completion_options(cli):
    shown = cli.ok("--help").stdout
    assert "--install-completion" in shown and "--show-completion" in shown
