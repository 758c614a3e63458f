"""HTML body → text with each candidate library, on the generated posts' bodies:
the figures behind the parser choice in docs/benchmarks.md.

    python benchmarks/parsers.py [--count 2000]

Each parser turns every body into its visible text; the table shows µs per post
(median of 5 passes, min–max) and the ratio to selectolax (what the readers use).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _selectolax(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html).body.text(separator="\n")


def _lxml(html: str) -> str:
    import lxml.html

    return lxml.html.fromstring(html).text_content()


def _bs4(builder: str):
    def parse(html: str) -> str:
        from bs4 import BeautifulSoup

        return BeautifulSoup(html, builder).get_text("\n")

    return parse


def _claimtrack(html: str) -> str:
    from claimtrack.readers.html import fragment_text

    return fragment_text(html)


PARSERS = {
    "selectolax (lexbor) body.text()": _selectolax,
    "claimtrack readers.html.fragment_text (selectolax + cleaning)": _claimtrack,
    "lxml.html text_content()": _lxml,
    "BeautifulSoup html.parser get_text()": _bs4("html.parser"),
    "BeautifulSoup lxml get_text()": _bs4("lxml"),
}


def main() -> None:
    from claimtrack.cli.common import keep_freed_memory
    from measure import posts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    keep_freed_memory()  # as ingest does: the comparison is of parsers, not of glibc's trimming
    bodies = [p.read_text("utf-8").split("---", 2)[2] for p in sorted(posts(args.count).glob("*.md"))]
    results = {}
    for name, parse in PARSERS.items():
        parse(bodies[0])  # imports
        passes = []
        for _ in range(5):
            began = time.perf_counter()
            for body in bodies:
                parse(body)
            passes.append((time.perf_counter() - began) / len(bodies) * 1e6)
        results[name] = passes
    base = statistics.median(results[next(iter(PARSERS))])
    print(f"| parser ({len(bodies)} post bodies) | µs per post | min–max | × selectolax |\n|---|---:|---:|---:|")
    for name, passes in results.items():
        median = statistics.median(passes)
        print(f"| {name} | {median:.0f} | {min(passes):.0f}–{max(passes):.0f} | {median / base:.1f}× |")


if __name__ == "__main__":
    main()
