"""ClaimReview JSON-LD and the Atom feed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from export_support import build_story, check_golden, clock  # noqa: F401

NS = {"a": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def story(cli, clock):
    return build_story(cli, clock)


def test_claimreview_golden_and_required_fields(cli, story):
    out = cli.ok("export", "--format", "claimreview", "--reviewer", "Example Newsroom",
                 "--base-url", "https://example.net/claims").stdout
    check_golden("export.claimreview.json", out)
    doc = json.loads(out)
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert len(reviews) == 1  # only the claim with a verdict
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "小米正与北汽集团商谈由其代工生产电动汽车"
    assert review["author"] == {"@type": "Organization", "name": "Example Newsroom"}
    assert review["datePublished"] == "2023-11-15"
    assert review["url"] == "https://example.net/claims#claim-1"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "Bloomberg"
    assert item["datePublished"] == "2022-08-26"
    assert item["appearance"] == [{"@type": "CreativeWork", "url": "https://www.ithome.com/0/637/505.htm"}]
    rating = review["reviewRating"]
    assert {k: rating[k] for k in ("ratingValue", "bestRating", "worstRating", "alternateName")} == {
        "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "True"}


def test_claimreview_default_reviewer_and_scale(cli, story):
    cli.json("resolve", story["foldable"], "--verdict", "retracted", "--date", "2024-05-01")
    reviews = json.loads(cli.ok("export", "--format", "claimreview").stdout)["@graph"]
    assert {r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"] for r in reviews} == {
        "True": 5, "Retracted": 2}
    assert all(r["author"]["name"] == "claimtrack user" and "url" not in r for r in reviews)


def test_atom_golden_and_valid_feed(cli, story):
    out = cli.ok("export", "--format", "atom").stdout
    check_golden("export.atom.xml", out)
    feed = ET.fromstring(out.encode("utf-8"))
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert feed.find(required, NS) is not None
    entries = feed.findall("a:entry", NS)
    # Three responses and the verdict; newest first.
    assert len(entries) == 4
    updated = [e.find("a:updated", NS).text for e in entries]
    assert updated == sorted(updated, reverse=True)
    for entry in entries:
        for required in ("a:id", "a:title", "a:updated", "a:content"):
            assert entry.find(required, NS) is not None
    ids = [e.find("a:id", NS).text for e in entries]
    assert len(set(ids)) == len(ids)


def test_atom_ids_survive_export_and_import(cli, story, tmp_path):
    dump = tmp_path / "dump.json"
    cli.ok("export", "--format", "json", "-o", dump)
    cli.ok("--db", tmp_path / "copy.db", "import", dump)
    assert cli.ok("--db", tmp_path / "copy.db", "export", "--format", "atom").stdout == \
        cli.ok("export", "--format", "atom").stdout


def test_atom_changes_since(cli, story):
    feed = ET.fromstring(cli.ok("export", "--format", "atom", "--changes-since", "2024-03-06").stdout)
    titles = [t.text for t in feed.findall("a:entry/a:title", NS)]
    assert titles == ["Claim 1: unanswered → true: 小米正与北汽集团商谈由其代工生产电动汽车"]
