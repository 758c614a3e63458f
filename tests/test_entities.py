"""Entities and aliases: the starter list, user additions, and filters that follow them."""

import pytest


def test_starter_list_knows_outlets_and_companies_in_both_languages(cli):
    bloomberg = cli.json("entity", "show", "彭博社")
    assert bloomberg["name"] == "Bloomberg" and bloomberg["kind"] == "outlet"
    assert "彭博社" in bloomberg["aliases"]
    assert cli.json("entity", "show", "BAIC Group")["name"] == "北汽集团"
    outlets = cli.json("entity", "list", "--kind", "outlet")
    assert {"Reuters", "36氪", "每日经济新闻"} <= {o["name"] for o in outlets}


def test_add_and_alias_make_filters_find_claims(cli):
    claim = cli.json("add", "开普勒科技将裁员", "--subject", "开普勒科技", "--source", "晚点")
    assert cli.json("list", "--subject", "Kepler Tech") == []
    added = cli.json("entity", "alias", "开普勒科技", "Kepler Tech", "KPLR", "--kind", "company")
    assert added["kind"] == "company" and added["aliases"] == ["KPLR", "Kepler Tech"]
    assert [c["id"] for c in cli.json("list", "--subject", "kepler tech")] == [claim["id"]]
    # 晚点 is a starter alias of the outlet 晚点LatePost
    assert [c["id"] for c in cli.json("list", "--source", "LatePost")] == [claim["id"]]


def test_entity_add(cli):
    made = cli.json("entity", "add", "Orbital Cells", "--kind", "company", "--alias", "轨道电池")
    assert made["aliases"] == ["轨道电池"] and made["starter"] is False
    assert cli.json("entity", "show", "轨道电池")["name"] == "Orbital Cells"


@pytest.mark.parametrize("args, message", [
    (["entity", "add", "Bloomberg"], "already known"),
    (["entity", "add", "Newco", "--alias", "彭博社"], "already names 'Bloomberg'"),
    (["entity", "add", "Newco", "--kind", "planet"], "unknown kind 'planet'"),
    (["entity", "alias", "Reuters", "彭博社"], "already names 'Bloomberg'"),
    (["entity", "show", "Nobody Ltd"], "no entity called 'Nobody Ltd'"),
])
def test_entity_errors(cli, args, message):
    result = cli(*args)
    assert result.exit_code != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
