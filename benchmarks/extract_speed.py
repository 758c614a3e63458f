"""Time reading and extracting real posts: median µs per post, per corpus folder.

    python benchmarks/extract_speed.py [--repeat 7] [--src PATH] [FOLDER ...]

Folders default to ../shared/corpus/wild and ../shared/corpus/dev. Each post is read
(`read_report`) and extracted `--repeat` times; a post's time is the median of its
repeats, and the table shows the median, mean and 90th percentile over posts, so one
slow phase of this noisy machine moves a number less than it would a single run.
`--src` times another checkout of claimtrack (say the previous commit, exported with
`git archive HEAD | tar -x -C /tmp/before`) so before and after run side by side. The
noise probe (a fixed pure-Python loop, timed at start and end) says how busy the
machine was.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
SUFFIXES = (".md", ".html", ".txt")


def noise_probe() -> float:
    """Milliseconds for a fixed loop: ≈8 ms on a quiet machine of the project's kind."""
    times = []
    for _ in range(5):
        began = time.perf_counter()
        total = 0
        for i in range(200_000):
            total += i * i % 7
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def time_folder(folder: Path, repeat: int) -> dict:
    from claimtrack.extract import extract
    from claimtrack.readers import read_report

    paths = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
    read_us: list[float] = []
    extract_us: list[float] = []
    for path in paths:
        reads, extracts = [], []
        for _ in range(repeat):
            began = time.perf_counter()
            report = read_report(str(path))
            read = time.perf_counter()
            extract(report)
            done = time.perf_counter()
            reads.append(read - began)
            extracts.append(done - read)
        read_us.append(statistics.median(reads) * 1e6)
        extract_us.append(statistics.median(extracts) * 1e6)
    both = [r + e for r, e in zip(read_us, extract_us)]
    return {
        "folder": folder.name,
        "posts": len(paths),
        "read": statistics.median(read_us),
        "extract": statistics.median(extract_us),
        "median": statistics.median(both),
        "mean": statistics.fmean(both),
        "p90": sorted(both)[int(0.9 * (len(both) - 1))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[CORPUS / "wild", CORPUS / "dev"])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--src", type=Path, default=HERE.parent, help="the checkout whose claimtrack to time")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    import claimtrack

    print(f"claimtrack from {Path(claimtrack.__file__).parent}")
    print(f"noise probe at start: {noise_probe():.1f} ms")
    # Warm up: compiled patterns, the starter list and imports are one-off costs.
    time_folder(args.folders[0], 1)
    header = f"{'folder':<8} {'posts':>5} {'read µs':>9} {'extract µs':>11} {'read+extract µs: median':>24} {'mean':>8} {'p90':>8}"
    print(header)
    print("-" * len(header))
    for folder in args.folders:
        row = time_folder(folder, args.repeat)
        print(f"{row['folder']:<8} {row['posts']:>5} {row['read']:>9.0f} {row['extract']:>11.0f} "
              f"{row['median']:>24.0f} {row['mean']:>8.0f} {row['p90']:>8.0f}")
    print(f"noise probe at end: {noise_probe():.1f} ms")


if __name__ == "__main__":
    main()
