"""The README's pictures: `claimtrack list` and `claimtrack timeline 1` on the demo
database, 80 columns wide, recorded by rich as SVG.

    .venv/bin/python docs/screenshots.py            # writes docs/list-80.svg, docs/timeline-80.svg
    .venv/bin/python docs/screenshots.py OUT_DIR    # somewhere else

The demo is built in a temporary folder, and the views are drawn as of a fixed day
so the pictures change only when the rendering or the samples do (a claim's "quiet
for N days" would otherwise change every day).
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path

WIDTH = 80
AS_OF = date(2024, 6, 1)
DOCS = Path(__file__).resolve().parent


def _console():
    from rich.console import Console

    from claimtrack.views.terminal import ShownVisibly

    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="truecolor",
                      highlight=False, emoji=False, markup=False, file=io.StringIO())
    console.push_render_hook(ShownVisibly())
    return console


def _record(command: str, renderable, target: Path) -> Path:
    from rich.text import Text

    console = _console()
    console.print(Text(f"$ {command}", style="bold"))
    console.print(renderable)
    console.save_svg(str(target), title=command)
    return target


def write_screenshots(out_dir: Path = DOCS) -> list[Path]:
    """Build the demo in a temporary folder and write the two SVGs to `out_dir`."""
    from claimtrack import demo, query
    from claimtrack.views.listing import claims_listing, timeline_listing
    from claimtrack.models import ClaimQuery
    from claimtrack.store import Store
    from claimtrack.views.terminal import listing_view

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "demo.db") as store:
            built = demo.build_demo(store)
            summaries = query.list_claims(store, ClaimQuery(), AS_OF)
            claim_id = built.claim_ids["xiaomi-baic"]
            claim, steps = query.timeline(store, claim_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        _record("claimtrack list", listing_view(claims_listing(summaries)), out_dir / "list-80.svg"),
        _record(f"claimtrack timeline {claim_id}", listing_view(timeline_listing(claim, steps)),
                out_dir / "timeline-80.svg"),
    ]


if __name__ == "__main__":
    for path in write_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS):
        print(path)
