"""The user's entities reach the extractor: a company added to the database becomes a
subject the extractor names, in Chinese and English, only once it has been added."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.dates.partial import PartialDate
from claimtrack.extract import Names, extract
from claimtrack.models import Report

# A made-up company; "iGalaxy" starts lower-case (like eBay or iFlytek), so the English
# guesser, which looks for capitalised words, cannot see it without the entity list.
GALAXY = {"name": "星河电子", "kind": "company", "aliases": ["Galaxy Electronics", "iGalaxy"]}
ZH = "据晨报报道，知情人士称，明年起蓝鲸手机的屏幕将改由星河电子供应。"
EN = "The Harbor Journal reported that screens for the next phone will come from iGalaxy."


def subjects(text: str, names: Names | None = None) -> tuple[str, ...]:
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    report = Report(text=text, language=language, published=PartialDate(2023, 3, 3))
    (claim,) = extract(report, names=names).claims
    return claim.subjects


def test_an_added_company_becomes_a_subject_in_chinese():
    assert "星河电子" not in subjects(ZH)
    assert "星河电子" in subjects(ZH, Names.with_entities([GALAXY]))


def test_an_added_alias_becomes_a_subject_in_english():
    assert subjects(EN) == ()
    assert subjects(EN, Names.with_entities([GALAXY])) == ("iGalaxy",)


def test_names_are_values_not_settings():
    taught = Names.with_entities([GALAXY])
    assert "星河电子" not in subjects(ZH, Names.starter())  # building one changed nothing else
    assert taught.known_in("星河电子与北辰") == ["星河电子"]
    assert Names.starter().known_in("星河电子与北辰") == []


def test_a_user_outlet_is_an_outlet_and_never_a_subject():
    names = Names.with_entities([{"name": "山海周报", "kind": "outlet", "aliases": ["Shanhai Weekly"]}])
    assert names.is_outlet("Shanhai Weekly")
    assert names.known_in("山海周报称") == []


def test_names_ingest_recorded_on_its_own_are_not_fed_back():
    # Ingest records every guessed subject as an entity of kind "unknown" with no alias;
    # learning those would make one report's extraction depend on the ones before it.
    guessed = {"name": "明年起蓝鲸手机", "kind": "unknown", "aliases": []}
    named = {"name": "北辰", "kind": "unknown", "aliases": ["Beichen"]}
    names = Names.with_entities([guessed, named])
    assert names.known_in("明年起蓝鲸手机") == []
    assert names.known_in("北辰的屏幕") == ["北辰"]


def _post(path: Path, title: str, body: str) -> str:
    path.write_text(f"---\ntitle: {title}\ndate: 2023-03-03 10:00:00\n---\n\n{body}\n", encoding="utf-8")
    return str(path)


def test_ingest_uses_the_entities_in_the_database(tmp_path):
    from claimtrack import entities as entity_book
    from claimtrack.ingest import extraction_names, ingest_all
    from claimtrack.store import Store

    store = Store.open(tmp_path / "t.db")
    first = _post(tmp_path / "a.md", "蓝鲸手机屏幕供应", ZH)
    # another story, so it starts its own claim rather than joining the first
    second = _post(tmp_path / "b.md", "合肥面板工厂", "据夕阳时报报道，知情人士称，明年合肥的新面板工厂将交由星河电子运营。")
    ingest_all(store, [first])
    assert store.find_entity("星河电子") is None  # not a subject yet
    assert extraction_names(store).known_in("明年起蓝鲸手机") == []  # its own guess is not learned
    entity_book.add(store, "星河电子", "company", ["Galaxy Electronics"])
    ingest_all(store, [second])
    (row,) = store.entity_rows(search="星河电子")
    assert row["as_subject"] == 1


def test_extract_command_knows_the_databases_entities(cli, tmp_path):
    report = _post(tmp_path / "c.md", "屏幕供应", ZH)
    before = cli.json("extract", report)
    assert not (tmp_path / "db").exists()  # a preview leaves no database behind
    cli.ok("entity", "add", "星河电子", "--alias", "iGalaxy")
    after = cli.json("extract", report)
    assert "星河电子" not in before["claims"][0]["subjects"]
    assert "星河电子" in after["claims"][0]["subjects"]


def _known_in_by_find(names: Names, text: str) -> list[str]:
    """The plain definition: each form (longest first) at its first occurrence, unless
    an ASCII form sits inside a word or a longer name already took the place."""
    from claimtrack.extract.names import word_bounded

    taken: list[tuple[int, int, str]] = []
    for written in names._subject_forms:
        start = text.find(written)
        end = start + len(written)
        if start < 0 or (written.isascii() and not word_bounded(text, start, len(written))):
            continue
        if not any(s <= start < e or s < end <= e for s, e, _ in taken):
            taken.append((start, end, written))
    return [written for _, _, written in sorted(taken)]


_PIECES = ["北汽", "北汽蓝谷", "北汽集团", "小米", "星河电子", "Apple", "Applebee", "Meta", "Metaverse", "iGalaxy",
           "Galaxy Electronics", " ", "，", "的", "a", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_known_names_are_found_as_a_find_per_name_would(pieces):
    names = Names.starter().plus([("星河电子", "company"), ("Galaxy Electronics", "company"), ("iGalaxy", "company")])
    text = "".join(pieces)
    assert names.known_in(text) == _known_in_by_find(names, text)
