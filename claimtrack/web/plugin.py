"""Datasette hooks that make a tracker database read as claimtrack reads it: search
that finds Chinese two-character words, links from rows to claim pages, the claim,
sources and home pages, and no web access to the commands hooks run."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from datasette import Response, hookimpl
from datasette.filters import FilterArguments
from markupsafe import Markup, escape

from ..dates.partial import parse_user_date
from ..errors import InputError, NotFound
from .. import query
from ..store import Store
from ..text import search
from ..views.json_shapes import detail_json
from . import pages

DATABASE = "claimtrack"
NO_MATCH = '"u0000"'  # a term the index never holds: a query of punctuation finds nothing
PRIVATE_TABLES = {"hooks"}  # shell commands, possibly with tokens in them


def _ours(database: str | None) -> bool:
    return database == DATABASE


def _match(query: str | None) -> str:
    return search.match_expression(query or "") or NO_MATCH


@hookimpl(trylast=True)  # after Datasette's own escape_fts, so this one stands
def prepare_connection(conn, database):
    if _ours(database):
        # Datasette searches with `MATCH escape_fts(:search)`; the index holds our own
        # terms (text/search.py), so the query must become them too.
        conn.create_function("escape_fts", 1, _match, deterministic=True)


@hookimpl
def filters_from_request(request, database, table):
    """Bigram hits must also be the words asked for, in order: as `list --search`."""
    query = request.args.get("_search")
    if not (_ours(database) and table == "claim_list" and query):
        return None
    words = search.query_words(query)
    return FilterArguments(
        [f"instr(lower(claim), :ct_word{i}) > 0" for i in range(len(words))],
        {f"ct_word{i}": word.lower() for i, word in enumerate(words)},
    )


@hookimpl
def render_cell(row, value, column, database):
    """In any row that is a claim (the claim list, canned queries) its id and text open
    the claim's page; in a response, its claim does. Datasette escapes everything else."""
    keys = set(row.keys())
    if not _ours(database) or value is None or "claim" not in keys:
        return None
    own = "claim_id" if "claim_id" in keys else "id"  # a response names its claim; a claim is one
    if column not in (own, "claim") or own not in keys:
        return None
    return Markup('<a href="/claim/{}">{}</a>').format(int(row[own]), value)


@hookimpl
def permission_allowed(datasette, action, resource):
    if action == "view-table" and isinstance(resource, tuple) and resource[0] == DATABASE \
            and resource[1] in PRIVATE_TABLES:
        return False
    if action == "execute-sql" and not _config(datasette).get("allow_sql"):
        return False  # a query of its own could read the hooks table; `serve --sql` allows it
    return None


@hookimpl
def extra_css_urls():
    return ["/claimtrack-static/claimtrack.css"]


@hookimpl
def menu_links():
    return [{"href": "/", "label": "Tracker home"}, {"href": "/sources", "label": "Sources"}]


@hookimpl
def register_routes():
    return [
        (r"^/$", home),
        (r"^/claim/(?P<claim_id>[0-9]{1,18})$", claim),
        (r"^/claim/(?P<claim_id>[0-9]{1,18})\.json$", claim_json),
        (r"^/sources$", sources),
    ]


def _path(datasette) -> Path:
    return Path(datasette.get_database(DATABASE).path)


def _config(datasette) -> dict:
    return datasette.plugin_config("claimtrack") or {}


def _today(datasette) -> date:
    fixed = _config(datasette).get("today")
    return date.fromisoformat(fixed) if fixed else date.today()


async def _read(datasette, call, *args):
    """`call(store, …)` in a thread, on the database opened read-only."""
    path = _path(datasette)

    def run():
        with Store.open(path, read_only=True) as store:
            return call(store, *args)

    return await asyncio.to_thread(run)


async def home(datasette, request):
    counts = await _read(datasette, lambda store: store.totals())
    return Response.html(await datasette.render_template(
        "claimtrack_home.html", {"counts": counts, "database": DATABASE}, request=request))


async def claim(datasette, request):
    """`/claim/ID`, or `/claim/ID?as_of=2023-01-01`: what was known at the end of that day."""
    try:
        claim_id, today, as_of = _claim_request(datasette, request)
        page = await _read(datasette, pages.claim_page, claim_id, today, as_of)
    except (NotFound, InputError) as err:
        missing = isinstance(err, NotFound)
        body = await datasette.render_template(
            "claimtrack_missing.html", {"title": "Not found" if missing else "Not a date",
                                        "message": str(err)}, request=request)
        return Response.html(body, status=404 if missing else 400)
    page["database"] = DATABASE
    return Response.html(await datasette.render_template("claimtrack_claim.html", page, request=request))


async def claim_json(datasette, request):
    """`/claim/ID.json`: the claim in the shape `claimtrack show ID --json` prints."""
    try:
        claim_id, today, as_of = _claim_request(datasette, request)
        detail = await _read(datasette, query.claim_detail, claim_id, as_of, today)
    except (NotFound, InputError) as err:
        return Response.json({"ok": False, "error": str(err)}, status=404 if isinstance(err, NotFound) else 400)
    return Response.json(detail_json(detail))


def _claim_request(datasette, request):
    today = _today(datasette)
    as_of = request.args.get("as_of")
    return int(request.url_vars["claim_id"]), today, parse_user_date(as_of, today, "as_of") if as_of else None


# The track record replays every claim's history (seconds at 100k claims), so the
# page is kept until the file changes: a write changes the -wal file, a checkpoint
# the database itself.
_sources_seen: dict[Path, tuple[tuple, list[dict]]] = {}


def _version(path: Path) -> tuple:
    stats = [p.stat() for p in (path, Path(f"{path}-wal")) if p.exists()]
    return tuple((st.st_mtime_ns, st.st_size) for st in stats)


async def sources(datasette, request):
    path, today = _path(datasette), _today(datasette)
    key = (today, _version(path))
    seen = _sources_seen.get(path)
    if seen is not None and seen[0] == key:
        rows = seen[1]
    else:
        rows = await _read(datasette, pages.sources_page, today)
        _sources_seen[path] = (key, rows)
    return Response.html(await datasette.render_template(
        "claimtrack_sources.html", {"sources": rows, "database": DATABASE}, request=request))

