"""The web view: Datasette over one tracker database, read-only, with claimtrack's
metadata, canned queries, templates and pages. `datasette_for` builds it (tests use
its client), `serve` runs it."""

from __future__ import annotations

import socket
import threading
import webbrowser
from datetime import date
from importlib import resources
from pathlib import Path

import yaml

from ..config import DEFAULT_DB
from ..demo import DEFAULT_DEMO_DB
from ..errors import InputError, StoreError
from ..store import Store
from ..text.safe import one_line

DATABASE_NAME = "claimtrack"  # the name in every URL, whatever the file is called
HERE = resources.files("claimtrack.web")


class WebExtraMissing(InputError):
    """Datasette is not installed: `serve` needs the optional `web` extra."""


def metadata(title: str) -> dict:
    """Titles, descriptions, facets and canned queries (metadata.yaml, shipped with the
    package), with the page title naming the tracker."""
    data = yaml.safe_load(HERE.joinpath("metadata.yaml").read_text(encoding="utf-8"))
    data["title"] = title
    return data


def require_datasette() -> None:
    """Datasette, or the one line that says how to install it."""
    try:
        import datasette.app  # noqa: F401
    except ImportError:
        raise WebExtraMissing(
            "claimtrack serve needs Datasette, the optional web extra: pip install -e '.[web]' "
            "(or pip install 'claimtrack[web]')") from None


def choose_database(path: Path, *, explicit: bool) -> tuple[Path, str | None]:
    """The file to serve, and a note when it is not the one asked for: with no --db and
    no tracker yet, the demo `claimtrack demo` built, so that `demo && serve` shows it."""
    if not explicit and path == DEFAULT_DB and not path.exists() and DEFAULT_DEMO_DB.exists():
        return DEFAULT_DEMO_DB, f"No tracker at {DEFAULT_DB} yet: serving the demo, {DEFAULT_DEMO_DB}."
    if not path.exists():
        raise StoreError(f"no database at {one_line(str(path))}: build one with `claimtrack demo` "
                         "or `claimtrack ingest`, or name one with --db")
    return path, None


def check_database(path: Path) -> None:
    """Refuse, before any server starts, what Datasette would serve wrongly: a missing
    file, another program's SQLite file, one that needs an upgrade this read-only
    view may not make. Opening read-only here writes nothing."""
    with Store.open(path, read_only=True):
        pass


def datasette_for(path: Path, *, today: date | None = None, immutable: bool = False, allow_sql: bool = False):
    """A Datasette instance serving the tracker at `path` read-only (immutable when the
    file will not change while served). `today` fixes the day statuses are worked out
    for; by default each page uses the day it is loaded. `allow_sql` lets visitors run
    SQL of their own (read-only, but it can read every table)."""
    require_datasette()
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="claimtrack")
    path = Path(path).resolve()
    check_database(path)
    data = metadata(f"claimtrack: {path.name}")
    data.setdefault("plugins", {})["claimtrack"] = {"today": today.isoformat() if today else None,
                                                    "allow_sql": allow_sql}
    ds = Datasette(
        metadata=data,
        template_dir=str(HERE.joinpath("templates")),
        static_mounts=[("claimtrack-static", str(HERE.joinpath("static")))],
        settings={"default_page_size": 50, "facet_time_limit_ms": 500, "sql_time_limit_ms": 2000,
                  "allow_download": False, "allow_signed_tokens": False, "suggest_facets": False},
    )
    ds.add_database(Database(ds, path=str(path), is_mutable=not immutable), name=DATABASE_NAME)
    return ds


def serve(path: Path, *, host: str, port: int, open_browser: bool, immutable: bool = False,
          allow_sql: bool = False, announce) -> None:
    """Serve until interrupted. `announce` gets the one line saying where."""
    ds = datasette_for(path, immutable=immutable, allow_sql=allow_sql)
    import uvicorn  # Datasette's own server, installed with it

    listener = _listen(host, port)
    port = listener.getsockname()[1]
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    announce(f"Serving {one_line(str(path))} read-only at {url} (Ctrl-C to stop)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning")).run(sockets=[listener])


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a port in use or a bad address is one
    clear error before anything starts (and --port 0 can say which port it got)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise InputError(f"--host {one_line(host)}: {err.strerror}") from None
    family, kind, proto, _, address = infos[0]
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
        listener.listen(128)
    except OSError as err:
        listener.close()
        raise InputError(f"cannot listen on {one_line(host)}:{port}: {err.strerror or err}") from None
    return listener
