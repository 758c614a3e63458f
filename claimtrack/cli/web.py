"""The web view: `claimtrack serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .app import app, settings
from .common import open_store
from .output import handle_errors, note


@app.command()
@handle_errors
def serve(
    ctx: typer.Context,
    port: int = typer.Option(8001, "--port", "-p", min=0, max=65535, help="Port to listen on (0: any free port)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 0.0.0.0 lets other machines in."),
    open_browser: bool = typer.Option(False, "--open", help="Open the tracker in the default browser."),
    immutable: bool = typer.Option(False, "--immutable", help="Treat the file as unchanging (faster; only when no update runs while it is served)."),
    allow_sql: bool = typer.Option(False, "--sql", help="Let visitors run SQL queries of their own (read-only, but they can read every table, the commands of hooks included)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The database to serve (like the global --db)."),
) -> None:
    """Browse the tracker in a web browser: Datasette, read-only.

    Claims with facets (status, source, subject, language, month) and search that
    finds Chinese two-character words; a page per claim with its mentions, responses,
    verdict and status over time; sources ranked by track record; the run log;
    JSON and CSV of every table. Nothing on the web can change the database, and
    while it is served `update` from cron goes on writing to it as usual.

    Needs the optional web extra: pip install -e '.[web]'. Without --db it serves
    db/claimtrack.db, or the demo (db/demo.db) when there is no tracker yet.

    Example: claimtrack demo && claimtrack serve --open
    """
    from ..web.app import choose_database, require_datasette, serve as run

    require_datasette()
    cfg = settings(ctx)
    path, why = choose_database(db or cfg.db_path, explicit=db is not None or cfg.db_explicit)
    if why:
        note(why)
    # Opened as every reading command opens it: an older tracker is upgraded here, by
    # the command (a copy kept aside), since the web server itself never writes.
    open_store(cfg, path, reader=True).close()
    run(path, host=host, port=port, open_browser=open_browser, immutable=immutable, allow_sql=allow_sql,
        announce=note)
