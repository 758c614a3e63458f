"""The schema's history stays frozen: each step gives the same rows whatever the rest of
the code becomes. (Opening, upgrading and refusing databases: test_store.py and
test_upgrade_copy_aside.py.)"""

from __future__ import annotations

import ast
import inspect
import sqlite3

import pytest

from claimtrack import migrations
from claimtrack.migrations import SCHEMA_VERSION, STEPS, _name_key_v1, _wording_key_v1
from claimtrack.store import Store
from claimtrack.text.keys import name_key, wording_key

# Our own strings: full-width punctuation, mixed scripts, quotes, dots and case.
SAMPLES = ("小米（Xiaomi）", "Apple Inc.", "“北汽”蓝谷", "Ｗｉｄｇｅｔ　Corp", "J.P. Morgan", "ＢＡＩＣ·北汽",
           "没有听说过此事！", "We are NOT in talks.", "Ⅻ ｍｅｔｒｅｓ…", "")


@pytest.mark.parametrize("text", SAMPLES)
def test_the_keys_steps_stored_are_still_the_keys_the_code_compares(text):
    # A different key would leave old rows unfindable: change text/keys.py only
    # together with a new step that rewrites the stored keys.
    assert _name_key_v1(text) == name_key(text)
    assert _wording_key_v1(text) == wording_key(text)


def test_steps_import_nothing_of_the_project_that_can_change():
    # m003 alone reads the project: the starter list of the version that makes the database
    tree = ast.parse(inspect.getsource(migrations))
    project = [(n.module, [a.name for a in n.names]) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level]
    assert project == [("entities", ["starter_entities"])]


def test_stored_keys_of_a_new_database_are_the_frozen_ones(tmp_path):
    with Store.open(tmp_path / "t.db"):
        pass
    conn = sqlite3.connect(tmp_path / "t.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(STEPS)
    rows = conn.execute("SELECT name_key, alias FROM aliases").fetchall()
    assert rows and all(key == _name_key_v1(alias) for key, alias in rows)
