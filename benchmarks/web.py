"""Server time of the web view's pages (`claimtrack serve`), through Datasette's
in-process client: no network, no browser, only what the server does for a page.

    python benchmarks/web.py            # the demo and a 10,000-claim tracker
    python benchmarks/web.py --sizes 1000 10000 100000
    python benchmarks/web.py --sizes --db big.db    # a copy of an existing tracker

Each tracker gets one claim with 50 responses (the issue's target: its page in under
300 ms). Medians and 95th percentiles of 20 loads after 3 warm-ups; the machine is
shared, so compare medians and ratios, not single figures.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from claimtrack.dates.partial import PartialDate  # noqa: E402
from claimtrack.demo import build_demo_at  # noqa: E402
from claimtrack.models import NewClaim, NewResponse, Stance  # noqa: E402
from claimtrack.record import add_claim, respond  # noqa: E402
from claimtrack.store import Store  # noqa: E402
from claimtrack.web import plugin  # noqa: E402
from claimtrack.web.app import datasette_for  # noqa: E402

TODAY = date(2026, 12, 6)
TARGET_MS = 300
STANCES = [Stance.DENY, Stance.NO_COMMENT, Stance.UNAWARE, Stance.PARTIAL, Stance.CONFIRM]


def add_busy_claim(path: Path, responses: int = 50) -> int:
    """A claim that 50 parties answered, in both languages."""
    with Store.open(path) as store:
        claim = add_claim(store, NewClaim("星河汽车正与北辰集团洽谈合作生产电动车", "晨报", ("星河汽车", "北辰集团"),
                                          reported_on=PartialDate.parse("2025-01-05")), TODAY)
        for i in range(responses):
            stance = STANCES[i % len(STANCES)]
            respond(store, claim.id, NewResponse(f"Party {i}", stance, f"第{i}次回应：we have nothing to add ({i})",
                                                 via="Example Wire" if i % 2 else None,
                                                 responded_on=PartialDate.parse(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"),
                                                 url=f"https://example.org/answer/{i}"), TODAY)
    return claim.id


def tracker(size: int | Path, folder: Path) -> tuple[Path, int]:
    if isinstance(size, Path):
        path = folder / size.name
        shutil.copyfile(size, path)
        Store.open(path).close()  # brought to the current schema: an upgrade is not what we time
        return path, add_busy_claim(path)
    path = folder / f"web-{size}.db"
    if size == 0:
        build_demo_at(path, TODAY)
    else:
        from measure import database

        shutil.copyfile(database(size), path)
    return path, add_busy_claim(path)


def timings(ds, url: str, repeat: int = 20, before=None) -> list[float]:
    async def run():
        out = []
        for i in range(repeat + 3):
            if before:
                before()
            began = time.perf_counter()
            answer = await ds.client.get(url)
            spent = time.perf_counter() - began
            assert answer.status_code == 200, (url, answer.status_code)
            if i >= 3:
                out.append(spent * 1000)
        return out

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[0, 10000],
                        help="claims in each tracker (0: the demo's 5 claims)")
    parser.add_argument("--db", type=Path, action="append", default=[], help="also time a copy of this tracker")
    args = parser.parse_args()
    print("| tracker | page | median ms | p95 ms |")
    print("| --- | --- | --- | --- |")
    busy_medians = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in [*args.sizes, *args.db]:
            path, busy = tracker(size, Path(scratch))
            ds = datasette_for(path, today=TODAY)
            asyncio.run(ds.invoke_startup())
            pages = [
                (f"claim page, 50 responses", f"/claim/{busy}"),
                ("claim page, first claim", "/claim/1"),
                ("claim list, first 50 with 5 facets", "/claimtrack/claim_list"),
                ("search 北辰 (Chinese two-character word)", "/claimtrack/claim_list?_search=" + quote("北辰")),
                ("sources by track record, worked out", "/sources"),
                ("sources by track record, kept (file unchanged)", "/sources#kept"),
                ("home", "/"),
            ]
            name = size.name if isinstance(size, Path) else "demo" if size == 0 else f"{size:,} claims"
            for label, url in pages:
                forget = plugin._sources_seen.clear if url == "/sources" else None
                ms = timings(ds, url.split("#")[0], before=forget)
                p95 = sorted(ms)[int(len(ms) * 0.95) - 1]
                print(f"| {name} | {label} | {statistics.median(ms):.1f} | {p95:.1f} |")
                if url == f"/claim/{busy}":
                    busy_medians.append(statistics.median(ms))
    verdict = "meets" if max(busy_medians) < TARGET_MS else "MISSES"
    print(f"\nA claim page with 50 responses: median {max(busy_medians):.1f} ms at worst, {verdict} the "
          f"{TARGET_MS} ms target.")


if __name__ == "__main__":
    main()
