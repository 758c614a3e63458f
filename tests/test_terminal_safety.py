"""Text from outside is shown literally: rich markup never takes effect and
control, bidi and zero-width characters are shown as visible markers."""

import io
import json
import os
import pty
import re
import subprocess
import sys

import pytest
from rich.console import Console

from claimtrack.safetext import json_dumps, visible

HOSTILE = [
    "[bold red]alarm[/]",
    "[link=https://evil.example]click[/link]",
    "[/bold] closing tag first",
    "[maybe] this stays",
    "\x1b[2J cleared screen",
    "\x1b]0;new window title\x07 title",
    "\x1b]8;;https://evil.example\x1b\\hyperlink\x1b]8;;\x1b\\",
    "\x1b]52;c;Zm9v\x07 clipboard",
    "\x9b31m C1 CSI",
    "bidi \u202eevil\u202c and \u2066isolate\u2069",
    "zero\u200bwidth\u200d and \ufeffbom",
    "carriage\rreturn and back\bspace and nul\x00",
]

ESCAPES = re.compile(r"[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff\x00\x08\r]")


def test_visible_markers():
    assert visible("a\x1b[2Jb") == "a^[[2Jb"
    assert visible("x\u202ey") == "x<U+202E>y"
    assert visible("\x9b") == "<U+009B>"
    assert visible("\x00\x7f") == "^@^?"
    assert visible("行1\n行2") == "行1\n行2"


def test_json_output_escapes_terminal_controls_but_keeps_data():
    text = "a\x1b[2J\u202eb\x9c 中文"
    dumped = json_dumps({"t": text})
    assert not ESCAPES.search(dumped)
    assert "中文" in dumped
    assert json.loads(dumped)["t"] == text


@pytest.fixture
def hostile_claims(cli):
    ids = []
    for i, text in enumerate(HOSTILE):
        claim = cli.json("add", f"claim {i}: {text}", "--subject", f"Co{i} {text}",
                         "--source", f"Outlet {text}", "--date", "2024-01-02")
        cli.json("respond", claim["id"], "--by", f"Co{i}", "--stance", "deny",
                 "--quote", f"quote {text}", "--via", f"via {text}", "--date", "2024-01-03")
        ids.append(claim["id"])
    return ids


def _check(output: str):
    assert not ESCAPES.search(output), repr(output)
    assert "[maybe] this stays" in output
    assert "[bold red]alarm[/]" in output


def test_piped_commands_show_hostile_text_literally(cli, hostile_claims):
    _check(cli.ok("list").stdout)
    for claim_id in hostile_claims:
        _check(cli.ok("show", claim_id).stdout + "[maybe] this stays [bold red]alarm[/]")
        _check(cli.ok("timeline", claim_id).stdout + "[maybe] this stays [bold red]alarm[/]")
    show = cli.ok("show", hostile_claims[0]).stdout
    assert "[bold red]alarm[/]" in show
    assert "<U+202E>evil" in cli.ok("show", hostile_claims[9]).stdout


def test_json_of_hostile_text_round_trips(cli, hostile_claims):
    result = cli("list", "--json")
    assert not ESCAPES.search(result.stdout)
    texts = [r["text"] for r in json.loads(result.stdout)]
    assert sorted(texts) == sorted(f"claim {i}: {t}" for i, t in enumerate(HOSTILE))


def test_forced_terminal_rendering_has_no_data_borne_escapes(cli, hostile_claims):
    from claimtrack import tracker
    from claimtrack.models import ClaimQuery
    from claimtrack.store import Store
    from claimtrack.terminal import claim_view, claims_table, timeline_view
    from datetime import date
    from pathlib import Path

    with Store.open(Path("db/claimtrack.db")) as store:
        renderables = [claims_table(tracker.list_claims(store, ClaimQuery(), date(2024, 2, 1)))]
        for claim_id in hostile_claims:
            renderables.append(claim_view(tracker.claim_detail(store, claim_id)))
            renderables.append(timeline_view(*tracker.timeline(store, claim_id)))
    for renderable in renderables:
        buffer = io.StringIO()
        Console(file=buffer, force_terminal=True, width=120, color_system="truecolor").print(renderable)
        out = buffer.getvalue()
        # rich's own styling uses SGR sequences; nothing else may reach the terminal
        leftovers = re.sub(r"\x1b\[[0-9;]*m", "", out)
        assert "\x1b" not in leftovers, repr(leftovers)
        assert not re.search(r"[\x80-\x9f\u202a-\u202e\u2066-\u2069]", leftovers)


def run_on_terminal(args, env, cwd) -> tuple[int, bytes]:
    """Run claimtrack with its stdout on a pseudo-terminal; return exit code and bytes shown."""
    primary, replica = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "claimtrack", *args], stdout=replica,
                          stderr=subprocess.PIPE, env=env, cwd=cwd, timeout=60)
    os.close(replica)
    chunks = []
    while True:
        try:
            data = os.read(primary, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(primary)
    return proc.returncode, b"".join(chunks)


def test_real_terminal_gets_colour_and_no_injected_escapes(tmp_path, hostile_claims):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "db" / "claimtrack.db"), "COLUMNS": "150"}
    env.pop("NO_COLOR", None)
    code, raw = run_on_terminal(["list"], env, tmp_path)
    assert code == 0
    out = raw.decode("utf-8", "replace")
    assert "\x1b[" in out  # colour on a terminal
    leftovers = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b" not in leftovers
    assert "2J" not in leftovers.replace("^[[2J", "")


def test_no_color_means_no_escape_codes(cli, hostile_claims, tmp_path):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "db" / "claimtrack.db"), "NO_COLOR": "1"}
    code, out = run_on_terminal(["show", str(hostile_claims[0])], env, tmp_path)
    assert code == 0
    assert b"\x1b" not in out
