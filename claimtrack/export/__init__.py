"""Exports: the stored claims written out as markdown, JSON, ClaimReview or Atom.

`select.select` gathers the claims an export covers; each format module turns that
selection into a string and never prints; `files.write_atomic` puts it on disk.
Statuses are those of `--as-of`, else of the day the caller passes as today, as in
every view; nothing here reads the clock, so the same database gives the same bytes
from day to day unless an event is dated after today (it counts from its own day).
"""

from __future__ import annotations

from datetime import date

from ..store import Store
from .atom import render_atom
from .claimreview import render_claimreview
from .dump import render_dump
from .markdown import render_markdown
from .select import ExportQuery, RenderOptions, Selection, select

FORMATS = ("md", "json", "claimreview", "atom")


def export(store: Store, query: ExportQuery, fmt: str, options: RenderOptions, today: date) -> tuple[Selection, str]:
    """What `export` writes: the claims `query` selects, and them in one format."""
    selection = select(store, query, today)
    return selection, render(store, selection, fmt, options)


def render(store, selection, fmt: str, options) -> str:
    """The selection in one format; `options` is a `select.RenderOptions`."""
    if fmt == "md":
        return render_markdown(selection, options)
    if fmt == "json":
        return render_dump(store, selection)
    if fmt == "claimreview":
        return render_claimreview(selection, options)
    if fmt == "atom":
        return render_atom(selection, options)
    raise ValueError(f"unknown export format {fmt!r}")
