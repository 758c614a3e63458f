"""How the benchmarks measure: fresh processes timed by wall clock, in-process loops,
and the inputs they need (databases, posts), built once under benchmarks/.cache/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = HERE / ".cache"
ONE_CORE = {0}  # ingest targets are per core; pinning also keeps runs comparable


def database(size: int) -> Path:
    """A database of `size` claims, built by make_db.py once, and brought to the
    current schema before anything is timed (a migration is not what we measure)."""
    from claimtrack.store import Store
    from make_db import make

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"claims-{size}.db"
    if not path.exists():
        print(f"building {path.name} …", file=sys.stderr)
        make(path, size)
    Store.open(path).close()
    for old in CACHE.glob(f"{path.name}.before-v*"):
        old.unlink()  # the copy an upgrade keeps: not needed for a generated database
    return path


def posts(count: int) -> Path:
    from make_reports import GENERATION, write_posts

    name = f"posts-g{GENERATION}-{count}"  # a new generation of the generator writes anew
    folder = CACHE / name
    if not folder.exists():
        print(f"writing {count} posts …", file=sys.stderr)
        partial = CACHE / f".{name}.partial"
        write_posts(partial, count)
        partial.rename(folder)
    return folder


def compiled_env() -> dict:
    """An environment where claimtrack runs from .pyc files, as an installed tool does
    (some shells set PYTHONDONTWRITEBYTECODE, which would charge every run a compile)."""
    import compileall

    compileall.compile_dir(str(REPO / "claimtrack"), quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cli_env(db: Path) -> dict:
    return {**compiled_env(), "CLAIMTRACK_DB": str(db)}


def wall(cmd: list[str], repeat: int, env: dict | None = None) -> list[float]:
    times = []
    for _ in range(repeat + 2):
        began = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - began)
    return times[2:]  # the first two warm the page cache and .pyc files


def in_process(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return times


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, ONE_CORE)


def bs4_floor(folder: Path) -> float:
    """Seconds for BeautifulSoup (html.parser) alone to parse every post in `folder`,
    in a fresh pinned process, files read beforehand."""
    code = (
        "import sys, time, pathlib; from bs4 import BeautifulSoup\n"
        "texts = [p.read_text('utf-8') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.md'))]\n"
        "began = time.perf_counter()\n"
        "for t in texts: BeautifulSoup(t, 'html.parser')\n"
        "print(time.perf_counter() - began)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True,
                         preexec_fn=_pin)
    return float(out.stdout)


@dataclass(frozen=True)
class IngestRun:
    seconds: float
    peak_mb: float


def ingest_run(folder: Path, *, fresh: bool = True) -> IngestRun:
    """`claimtrack ingest FOLDER --json` as a fresh process on one core: wall seconds and
    its peak resident memory (from wait4, this child only)."""
    db = CACHE / f"ingest-{folder.name}.db"
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = cli_env(db)
    with tempfile.TemporaryFile() as out:
        began = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "claimtrack", "ingest", str(folder), "--json"],
                                env=env, stdout=out, stderr=subprocess.DEVNULL, preexec_fn=_pin)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        summary = json.loads(out.read())
    stored = summary["reports_new" if fresh else "reports_known"]
    if proc.returncode != 0 or stored != summary["inputs"]:
        raise RuntimeError(f"ingest of {folder} exited {proc.returncode}, {stored} of {summary['inputs']} as expected")
    return IngestRun(seconds, usage.ru_maxrss / 1024)


@dataclass(frozen=True)
class CliRun:
    seconds: float  # wall
    cpu_seconds: float  # user + system of this child: what a busy shared machine disturbs least
    out: dict  # its --json answer


def claimtrack_json(args: list[str], env: dict) -> CliRun:
    """`claimtrack ARGS --json` as a fresh process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "claimtrack", *args, "--json"], env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - began
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise RuntimeError(f"claimtrack {args[0]} exited {os.waitstatus_to_exitcode(status)}: "
                               f"{err.read().decode()[-500:]}")
        out.seek(0)
        return CliRun(seconds, usage.ru_utime + usage.ru_stime, json.loads(out.read()))


def snapshot(db: Path, copy: Path) -> None:
    """A consistent copy of a database (SQLite's backup API), taken between runs."""
    import sqlite3

    copy.unlink(missing_ok=True)
    source, target = sqlite3.connect(db), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def restore(copy: Path, db: Path) -> None:
    import shutil

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, db)
