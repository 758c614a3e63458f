"""`claimtrack extract` and `claimtrack eval` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"


def test_extract_json_is_one_object_with_the_contract(cli):
    result = cli("extract", str(FIXTURES / "zh-hexo-rumour.md"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["report"]["published"] == "2023-03-03"
    assert data["claims"][0]["source"] == "晨光日报"
    assert data["responses"][0]["stance"] == "unaware"


def test_extract_stores_nothing(cli, tmp_path):
    cli.ok("extract", str(FIXTURES / "en-page-talks.html"))
    assert not (tmp_path / "db").exists()


def test_extract_readable_and_explain(cli):
    plain = cli.ok("extract", str(FIXTURES / "en-page-talks.html")).stdout
    assert "Harbor Business Journal" in plain and "no_comment" in plain
    explained = cli.ok("extract", str(FIXTURES / "en-page-talks.html"), "--explain").stdout
    assert "cue:" in explained and "citing people familiar" in explained


def test_extract_shows_hostile_text_safely(cli, tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text("Evil [bold]markup[/bold] \x1b]0;pwned\x07 here, the Harbor Journal reported.\n", "utf-8")
    result = cli("extract", str(path), "--explain")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "[bold]markup[/bold]" in result.stdout


def test_bad_input_is_one_line_on_stderr_and_exit_1(cli, tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01\x02binary\x00")
    result = cli("extract", str(path), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "not a text file" in lines[0]


def test_eval_on_a_small_labeled_folder(cli, tmp_path):
    (tmp_path / "one.md").write_bytes((FIXTURES / "zh-hexo-rumour.md").read_bytes())
    gold = {
        "article": "one.md", "language": "zh", "published": "2023-03-03",
        "claims": [{"id": "c1", "text": "蓝鲸汽车正在与北辰电子洽谈在南方合作建设一座电池工厂", "source": "晨光日报",
                    "anonymous": True, "subjects": ["蓝鲸汽车"], "reported_on": "2023-03-03"}],
        "responses": [{"claim": "c1", "responder": "北辰电子", "stance": "deny", "quote": "没有听说过此事",
                       "via": None, "responded_on": "2023-03-03"}],
    }
    (tmp_path / "one.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    data = cli.json("eval", str(tmp_path))
    assert data["claims"]["f1"] == 1.0 and data["responses"]["f1"] == 1.0
    assert data["stance"] == {"accuracy": 0.0, "correct": 0, "total": 1}  # the label says deny
    verbose = cli.ok("eval", str(tmp_path), "-v").stdout
    assert "response stance" in verbose and "one.md" in verbose


def test_eval_on_a_folder_without_labels_fails_cleanly(cli, tmp_path):
    result = cli("eval", str(tmp_path))
    assert result.exit_code == 2 and "no <slug>" in result.stderr
