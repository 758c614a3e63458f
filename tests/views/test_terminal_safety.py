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

from claimtrack.text.safe import json_dumps, visible

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
    from claimtrack import query
    from claimtrack.models import ClaimQuery
    from claimtrack.store import Store
    from claimtrack.views.terminal import claim_view, claims_table, timeline_view
    from datetime import date
    from pathlib import Path

    with Store.open(Path("db/claimtrack.db")) as store:
        renderables = [claims_table(query.list_claims(store, ClaimQuery(), date(2024, 2, 1)))]
        for claim_id in hostile_claims:
            renderables.append(claim_view(query.claim_detail(store, claim_id)))
            renderables.append(timeline_view(*query.timeline(store, claim_id)))
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


# Issue 13, item 11: every string from outside reaches the terminal through one
# sanitiser, whichever command and column shows it, plain or as a rich table.
OUTSIDE = {
    "ESC": "\x1b[2J",
    "OSC-8": "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "U+202E": "\u202e",
    "U+061C": "\u061c",
    "tag": "\U000e0041\U000e007f",
    "U+3164": "\u3164",
    "U+00AD": "\u00ad",
    "U+180E": "\u180e",
    "U+2028": "\u2028",
}
RAW = re.compile("[\x1b\u202e\u061c\U000e0000-\U000e007f\u3164\u00ad\u180e\u2028]")
MARKERS = ["^[[2J", "<U+202E>", "<U+061C>", "<U+E0041>", "<U+3164>", "<U+00AD>", "<U+180E>", "<U+2028>"]


def _hostile_dump(path) -> None:
    """A backup someone sent: each kind of character in a claim, a responder, an
    entity's kind, a report, a match suggestion and a feed."""
    bad = "".join(OUTSIDE.values())
    claims = [
        {"text": f"claim {n}: Acme {mark} closes a plant", "status": None, "source": f"Outlet {mark}",
         "anonymous": False, "subjects": [f"Acme {mark}"], "first_reported": "2024-01-02", "due": None,
         "created_at": "2024-01-02T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z",
         "mentions": [{"sentence": f"sentence {mark}", "extracted_text": None, "credited": f"Outlet {mark}",
                       "mentioned_on": "2024-01-02", "url": None, "report": "h1", "link_reason": f"why {mark}",
                       "recorded_at": "2024-01-02T00:00:00Z"}],
         "responses": [{"responder": f"Acme {mark} spokesman", "stance": "deny", "quote": f"no {mark}",
                        "via": f"via {mark}", "responded_on": "2024-01-03", "url": None, "report": None,
                        "recorded_at": "2024-01-03T00:00:00Z"}],
         "verdicts": [], "edits": []}
        for n, mark in enumerate([bad, *OUTSIDE.values()])
    ]
    ref = [{"text": c["text"], "first_reported": c["first_reported"]} for c in claims[:2]]
    dump = {
        "format": "claimtrack-export", "version": 2, "filters": {},
        "entities": [{"name": f"Evil {bad}", "kind": f"company{bad}", "aliases": [f"Evil {bad}"]}],
        "reports": [{"content_hash": "h1", "url": "https://example.org/a", "title": f"title {bad}",
                     "outlet": f"outlet {bad}", "author": None, "language": "en", "published": "2024-01-02",
                     "origin": "url", "location": None, "recorded_at": "2024-01-02T00:00:00Z"}],
        "claims": claims,
        "suggestions": [{"claim": ref[0], "candidate": ref[1], "score": 0.7, "reason": f"reason {bad}",
                         "state": "open", "created_at": "2024-01-04T00:00:00Z", "decided_at": None}],
        "feeds": [{"name": f"feed {bad}", "address": "https://example.org/feed.xml", "kind": "url",
                   "format": None, "language": None, "full_text": False, "added_at": "2024-01-04T00:00:00Z"}],
        "hooks": [],
    }
    path.write_text(json.dumps(dump, ensure_ascii=False), "utf-8")


@pytest.fixture
def imported(cli, tmp_path):
    dump = tmp_path / "backup.json"
    _hostile_dump(dump)
    cli.ok("import", dump)
    cli.ok("hook", "add", "new-claim", "notify " + "".join(OUTSIDE.values()))
    return sorted(c["id"] for c in cli.json("list"))  # the first has every kind of character


COMMANDS = [
    ["list"], ["show", "{id}"], ["timeline", "{id}"], ["entity", "list"], ["entity", "show", "acme"],
    ["sources"], ["reports"], ["review"], ["feed", "list"], ["hook", "list"],
]


def _run_all(cli, ids) -> dict[str, str]:
    out = {}
    for command in COMMANDS:
        runs = [[a.format(id=i) for a in command] for i in ids] if "{id}" in command else [command]
        if command[:2] == ["entity", "show"]:
            runs = [["entity", "show", cli.json("entity", "list")[-1]["name"]]]
        out[" ".join(command)] = "".join(cli.ok(*args).stdout for args in runs)
    return out


def _all_visible(outputs: dict[str, str]) -> None:
    for command, text in outputs.items():
        assert text.strip(), command
        assert not RAW.search(text), (command, RAW.search(text), text)
    shown = "".join(outputs.values())
    for marker in MARKERS:
        assert marker in shown, marker
    assert "^[[2J" in outputs["timeline {id}"] and "<U+202E>" in outputs["entity list"]


def test_every_listing_shows_outside_characters_as_markers(cli, imported):
    _all_visible(_run_all(cli, imported))


def test_every_rich_table_shows_outside_characters_as_markers(cli, imported, monkeypatch):
    from claimtrack.cli import output

    monkeypatch.setattr(output, "wants_rich", lambda: True)  # every listing, and `show`
    _all_visible(_run_all(cli, imported))


def test_json_keeps_outside_characters_exact_and_escaped(cli, imported):
    timeline = cli("timeline", str(imported[0]), "--json").stdout
    entities = cli("entity", "list", "--json").stdout
    for text in (timeline, entities):
        assert not RAW.search(text)
    why = json.loads(timeline)["events"][-1]["why"]
    assert "".join(OUTSIDE.values()) in why
    assert any(e["kind"] == "company" + "".join(OUTSIDE.values()) for e in json.loads(entities))


def test_colour_terminal_gets_no_outside_escapes(tmp_path, imported):
    env = {**os.environ, "CLAIMTRACK_DB": str(tmp_path / "db" / "claimtrack.db"), "COLUMNS": "200"}
    env.pop("NO_COLOR", None)
    evil = next(e["name"] for e in json.loads(subprocess.run(
        [sys.executable, "-m", "claimtrack", "entity", "list", "--json"], capture_output=True, env=env, cwd=tmp_path,
        timeout=60).stdout) if e["name"].startswith("Evil"))
    for args in (["timeline", str(imported[0])], ["entity", "show", evil]):  # (short: a pty holds a few KB)
        code, raw = run_on_terminal(args, env, tmp_path)
        assert code == 0
        out = re.sub(r"\x1b\[[0-9;]*m", "", raw.decode("utf-8", "replace"))  # rich's own colours
        assert not RAW.search(out), (args, out)
        assert "<U+202E>" in out


def test_markdown_export_carries_no_outside_characters(cli, imported, tmp_path):
    cli.ok("export", "-o", tmp_path / "out.md")
    text = (tmp_path / "out.md").read_text("utf-8")
    assert not RAW.search(text)
    assert "U+061C" in text and "U+E0041" in text  # (as &lt;U+061C&gt;: markdown)
