"""The web view through Datasette's own client: what each page shows a reader, search
in Chinese, canned queries, escaping, and that nothing on the web writes."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from web_support import CHINESE_TEXT, HOSTILE_LINK, HOSTILE_TEXT, build_tracker, datasette, get


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "tracker.db"
    ids = build_tracker(path)
    return datasette(path), ids, path


def rows(ds, url: str) -> list[dict]:
    page, _, args = url.partition("?")
    response = get(ds, f"{page}.json?{args}&_shape=array")
    assert response.status_code == 200, response.text
    return json.loads(response.text)


def test_the_home_page_counts_the_tracker_and_leads_to_every_view(site):
    ds, _, _ = site
    page = get(ds, "/")
    assert page.status_code == 200
    assert "7 claims (3 open), 12 responses, from 6 reports" in page.text
    for href in ("/claimtrack/claim_list", "/sources", "/claimtrack/runs", "/claimtrack/open_claims",
                 "/claimtrack/overdue", "/claimtrack/denied_then_confirmed", "/claimtrack/by_source"):
        assert f'href="{href}"' in page.text


def test_a_claim_page_shows_text_originator_mentions_responses_verdict_and_timeline(site):
    ds, _, _ = site
    page = get(ds, "/claim/3")  # the demo's acquisition story: denied, then partly true
    assert page.status_code == 200
    text = page.text
    assert "Nimbus Motors is in advanced talks to acquire battery start-up Orbital Cells" in text
    assert '<strong class="originator">Reuters</strong> citing unnamed sources' in text
    assert '<div class="response stance-deny">' in text and "Orbital Cells" in text
    assert "partly true" in text and "decided 2023-06-02" in text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="claim-timeline"' in text
    # the band goes denied → partly confirmed → partly true, in that order
    band = [cls for cls in ("status-denied", "status-partly_confirmed", "status-partly_true")]
    positions = [text.index(f'<rect class="{cls}"') for cls in band]
    assert positions == sorted(positions)
    assert "Mentions (1, 1 independent origin)" in text


def test_a_missing_claim_is_a_404_page_that_says_so(site):
    ds, _, _ = site
    page = get(ds, "/claim/9999")
    assert page.status_code == 404
    assert "no claim with id 9999" in page.text


def test_hostile_text_stays_text_and_only_http_links_are_links(site):
    ds, ids, _ = site
    page = get(ds, f"/claim/{ids['hostile']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;claim&#34;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert HOSTILE_LINK not in page and "javascript:" not in page
    listing = get(ds, "/claimtrack/claim_list?_search=Widgets").text
    assert "<script>alert" not in listing and HOSTILE_TEXT.split("<")[0].strip() in listing


def test_search_finds_a_chinese_two_character_word_inside_a_longer_run(site):
    ds, ids, _ = site
    found = rows(ds, "/claimtrack/claim_list?_search=" + quote("北辰"))
    assert [r["id"] for r in found] == [ids["chinese"]]
    assert found[0]["claim"] == CHINESE_TEXT
    # every bigram of 辰北 is absent; of 集团北辰 the words are there but not in that order
    assert rows(ds, "/claimtrack/claim_list?_search=" + quote("辰北")) == []
    assert rows(ds, "/claimtrack/claim_list?_search=" + quote("集团北辰")) == []
    assert [r["id"] for r in rows(ds, "/claimtrack/claim_list?_search=nimbus")] == [3]  # a prefix, any case


def test_the_claim_list_offers_the_facets_a_reader_needs(site):
    ds, ids, _ = site
    data = json.loads(get(ds, "/claimtrack/claim_list.json").text)
    facets = data["facet_results"]
    assert set(facets) >= {"status", "source", "subjects", "language", "first_month"}
    subjects = {v["value"]: v["count"] for v in facets["subjects"]["results"]}
    assert subjects["北辰集团"] == 1 and subjects["小米"] >= 1
    languages = {v["value"] for v in facets["language"]["results"]}
    assert languages == {"zh", "en"}
    chosen = rows(ds, "/claimtrack/claim_list?subjects__arraycontains=" + quote("北辰集团"))
    assert [r["id"] for r in chosen] == [ids["chinese"]]


def test_canned_queries_answer_their_questions(site):
    ds, ids, _ = site
    open_ids = {r["id"] for r in rows(ds, "/claimtrack/open_claims")}
    statuses = {r["id"]: r["status"] for r in rows(ds, "/claimtrack/claim_list?_size=max")}
    assert open_ids == {i for i, s in statuses.items() if s not in ("true", "false", "partly_true", "retracted", "unresolvable")}
    assert ids["hostile"] in open_ids and ids["chinese"] not in open_ids
    flipped = {r["id"] for r in rows(ds, "/claimtrack/denied_then_confirmed")}
    assert {3, ids["chinese"]} <= flipped and ids["hostile"] not in flipped
    assert [r["id"] for r in rows(ds, "/claimtrack/overdue")] == [ids["hostile"]]  # due 2025-06, still open
    by_alias = rows(ds, "/claimtrack/by_source?source=" + quote("彭博社"))
    assert [r["source"] for r in by_alias] and all(r["source"] == "Bloomberg" for r in by_alias)


def test_sources_are_ranked_by_track_record(site):
    ds, _, _ = site
    page = get(ds, "/sources").text
    order = [name for name in ("Bloomberg", "Reuters", "Example Wire") if name in page]
    assert order == ["Bloomberg", "Reuters", "Example Wire"]
    assert [page.index(f">{n}</a>") for n in order] == sorted(page.index(f">{n}</a>") for n in order)


def test_the_commands_hooks_run_are_not_on_the_web(site):
    ds, _, _ = site
    assert get(ds, "/claimtrack/hooks").status_code == 403
    assert "hooks" not in get(ds, "/claimtrack").text.split("hidden")[0]


def test_sql_of_ones_own_is_off_unless_asked_for_and_never_writes(site):
    from claimtrack.web.app import datasette_for
    import asyncio

    ds, _, path = site
    assert get(ds, "/claimtrack.json?sql=" + quote("select command from hooks")).status_code == 403
    open_ds = datasette_for(path, allow_sql=True)
    asyncio.run(open_ds.invoke_startup())
    counted = get(open_ds, "/claimtrack.json?_shape=array&sql=" + quote("select count(*) as n from claims"))
    assert counted.status_code == 200 and json.loads(counted.text) == [{"n": 7}]
    for statement in ("delete from claims", "update claims set status = 'true'", "drop table claims"):
        assert get(open_ds, "/claimtrack.json?sql=" + quote(statement)).status_code == 400
    assert get(open_ds, "/claimtrack/claim_list.json?_shape=array&_size=max").text.count('"id"') == 7


def test_nothing_on_the_web_can_write(site):
    ds, _, path = site
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for url in ("/", "/claim/1", "/claim/3", "/sources", "/claimtrack/claim_list", "/claimtrack/claim_list.csv",
                "/claimtrack/response_list?stance=deny", "/claimtrack/overdue", "/claimtrack/runs"):
        assert get(ds, url).status_code == 200, url
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_the_sources_page_is_worked_out_again_only_after_the_file_changes(tmp_path, monkeypatch):
    from claimtrack.models import NewClaim, NewVerdict, Verdict
    from claimtrack.record import add_claim, resolve
    from claimtrack.store import Store
    from claimtrack.web import pages

    path = tmp_path / "tracker.db"
    build_tracker(path)
    ds = datasette(path)
    calls = []
    real = pages.sources_page
    monkeypatch.setattr(pages, "sources_page", lambda store, today: calls.append(today) or real(store, today))
    first = get(ds, "/sources").text
    assert get(ds, "/sources").text == first and len(calls) == 1
    with Store.open(path) as store:  # what an update run from cron would do
        new = add_claim(store, NewClaim("Acme will open a plant in Ohio", "Lantern Weekly", ("Acme",)), None)
        resolve(store, new.id, NewVerdict(Verdict.TRUE), None)
    again = get(ds, "/sources").text
    assert len(calls) == 2 and "Lantern Weekly" in again and "Lantern Weekly" not in first


def test_the_run_log_shows_what_an_update_run_did(cli, tmp_path):
    from importlib import resources

    path = tmp_path / "tracker.db"
    samples = resources.files("claimtrack") / "samples"
    assert cli("--db", str(path), "feed", "add", str(samples), "--name", "our samples").exit_code == 0
    assert cli("--db", str(path), "update").exit_code == 0
    ds = datasette(path)
    runs = rows(ds, "/claimtrack/recent_runs")
    assert len(runs) == 1 and runs[0]["state"] == "ok" and runs[0]["feeds"] == "our samples: new"
    assert "Run log" in get(ds, "/claimtrack/runs").text


def test_an_immutable_snapshot_serves_the_same_pages(site):
    import asyncio

    from claimtrack.web.app import datasette_for

    _, ids, path = site
    snapshot = datasette_for(path, immutable=True)
    asyncio.run(snapshot.invoke_startup())
    assert snapshot.get_database("claimtrack").is_mutable is False
    assert [r["id"] for r in rows(snapshot, "/claimtrack/claim_list?_search=" + quote("北辰"))] == [ids["chinese"]]
    assert get(snapshot, f"/claim/{ids['chinese']}").status_code == 200


def test_pages_load_nothing_from_elsewhere_so_they_work_offline(site):
    from bs4 import BeautifulSoup

    ds, ids, _ = site
    for url in ("/", f"/claim/{ids['chinese']}", "/sources", "/claimtrack/claim_list"):
        soup = BeautifulSoup(get(ds, url).text, "html.parser")
        fetched = [tag.get("src") or tag.get("href") for tag in soup.select("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe")]
        assert fetched and all(address.startswith("/") for address in fetched), (url, fetched)


def test_a_claim_page_as_of_a_day_shows_only_what_was_known_then(site):
    ds, _, _ = site
    before = get(ds, "/claim/3?as_of=2023-05-20")  # denied on 05-10, partly true only from 06-02
    assert before.status_code == 200
    assert "As known at the end of <strong>2023-05-20</strong>" in before.text
    assert '<span class="status status-denied">denied</span>' in before.text.split('class="claim-meta"')[1][:200]
    assert "Not decided yet." in before.text and "status-partly_true" not in before.text
    assert "2023-05-20</text>" in before.text  # the timeline ends on that day
    too_early = get(ds, "/claim/3?as_of=2023-01-01")
    assert too_early.status_code == 404 and "first reported on 2023-05-10, after 2023-01-01" in too_early.text
    nonsense = get(ds, "/claim/3?as_of=" + quote("<b>soon</b>"))
    assert nonsense.status_code == 400 and "bad as_of" in nonsense.text and "<b>soon" not in nonsense.text


def test_claim_ids_and_texts_open_the_claim_page_wherever_they_are_listed(site):
    ds, ids, _ = site
    listing = get(ds, "/claimtrack/claim_list?_search=" + quote("北辰")).text
    assert f'<a href="/claim/{ids["chinese"]}">{CHINESE_TEXT}</a>' in listing
    assert f'<a href="/claim/{ids["chinese"]}">{ids["chinese"]}</a>' in listing
    canned = get(ds, "/claimtrack/overdue").text
    assert f'<a href="/claim/{ids["hostile"]}">' in canned and "<script>alert" not in canned
    responses = get(ds, "/claimtrack/response_list?stance=deny").text
    assert f'<a href="/claim/{ids["chinese"]}">{CHINESE_TEXT}</a>' in responses


def test_a_claims_json_is_what_show_json_prints(site, cli):
    ds, ids, path = site
    served = json.loads(get(ds, "/claim/3.json?as_of=2023-05-20").text)
    shown = cli.json("--db", str(path), "show", "3", "--as-of", "2023-05-20")
    assert served == shown and served["status"] == "denied"
    missing = get(ds, "/claim/9999.json")
    assert missing.status_code == 404 and json.loads(missing.text) == {"ok": False, "error": "no claim with id 9999"}
