"""Exports: the stored claims written out as markdown, JSON, ClaimReview or Atom.

`select.select` gathers the claims an export covers; each format module turns that
selection into a string and never prints; `files.write_atomic` puts it on disk.
Statuses are those of `--as-of`, else of the day the caller passes as today, as in
every view; nothing here reads the clock, so the same database gives the same bytes
from day to day unless an event is dated after today (it counts from its own day).
"""

from __future__ import annotations

FORMATS = ("md", "json", "claimreview", "atom")


def render(store, selection, fmt: str, options) -> str:
    """The selection in one format; `options` is a `select.RenderOptions`."""
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(selection, options)
    if fmt == "json":
        from .dump import render_dump

        return render_dump(store, selection)
    if fmt == "claimreview":
        from .claimreview import render_claimreview

        return render_claimreview(selection, options)
    if fmt == "atom":
        from .atom import render_atom

        return render_atom(selection, options)
    raise ValueError(f"unknown export format {fmt!r}")
