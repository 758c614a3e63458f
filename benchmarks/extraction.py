"""Extraction quality on every labeled corpus folder, tuned and held-out parts apart.

    python benchmarks/extraction.py           # one table
    python benchmarks/extraction.py --json    # the same rows, every figure `eval --json` gives

Reads ../shared/corpus/{dev,wild,dev-en} (beside the repository) and scores each
folder as `claimtrack eval` does. `wild` and `dev-en` are also scored in two parts,
per benchmarks/holdout.json: "tuned" (what the extractor was developed on) and "held
out" (kept aside, never read while tuning: the team's unseen check); `dev` is tuned on
as a whole. Columns: claim and response precision, recall and F1; stance, source and
responder accuracy over matched pairs; false claims per ten reports whose label has no
claim. Each report is extracted once; its parts are scored from the same predictions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimtrack.errors import ClaimtrackError  # noqa: E402
from claimtrack.extract.evaluate import REPORT_SUFFIXES, EvalResult, evaluate_folder, extract_predictions  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus"
HOLDOUT = HERE / "holdout.json"
FOLDERS = ("dev", "wild", "dev-en")


def held_out(name: str, folder: Path, holdout: Path = HOLDOUT) -> frozenset[str] | None:
    """The report file names of corpus folder `name` that holdout.json keeps aside, or
    None when the folder has no held-out part.

    `archives`: posts whose archive path (SOURCES.tsv, third column) has a folder whose
    name starts with one of them ("快科技" covers "快科技（原驱动之家）").
    `outlet_initials`: reports whose slug's outlet (`en-<outlet>-<date>-…`) starts with
    one of these letters.
    """
    rule = json.loads(holdout.read_text("utf-8")).get(name)
    if rule is None:
        return None
    if "archives" in rule:
        names = set()
        for line in (folder / "SOURCES.tsv").read_text("utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) >= 3 and any(
                part.startswith(archive) for part in PurePosixPath(cells[2]).parent.parts for archive in rule["archives"]
            ):
                names.add(cells[0])
        return frozenset(names)
    if "outlet_initials" in rule:
        return frozenset(
            p.name for p in folder.iterdir()
            if p.suffix in REPORT_SUFFIXES and p.name.count("-") >= 2
            and p.name.split("-")[1][:1].lower() in rule["outlet_initials"]
        )
    raise ValueError(f"{holdout}: no rule this script knows for {name!r}: {sorted(rule)}")


@cache
def _predict(path: Path) -> dict:
    return extract_predictions(path)


def measure(corpus: Path = CORPUS, holdout: Path = HOLDOUT) -> list[tuple[str, str, EvalResult]]:
    """(folder, part, result) for each folder and part, in table order."""
    rows = []
    for name in FOLDERS:
        folder = corpus / name
        aside = held_out(name, folder, holdout)
        parts: list[tuple[str, Callable[[Path], bool] | None]] = [("all", None)]
        if aside is not None:
            parts += [("tuned", lambda p, a=aside: p.name not in a), ("held out", lambda p, a=aside: p.name in a)]
        for part, select in parts:
            rows.append((name, part, evaluate_folder(folder, select, predict=_predict)))
    return rows


COLUMNS = ("folder", "part", "reports", "claim P", "R", "F1", "resp P", "R", "F1",
           "stance", "source", "responder", "false/10 empty")


def _cells(name: str, part: str, r: EvalResult) -> list[str]:
    def num(x: float | None, digits: int = 3) -> str:
        return "—" if x is None else f"{x:.{digits}f}"

    return [
        name, part, str(len(r.files)),
        num(r.claims.precision), num(r.claims.recall), num(r.claims.f1),
        num(r.responses.precision), num(r.responses.recall), num(r.responses.f1),
        num(r.stance.accuracy), num(r.source.accuracy), num(r.responder.accuracy),
        "—" if r.claimless.per_ten is None else f"{num(r.claimless.per_ten, 2)} ({r.claimless.false_claims}/{r.claimless.reports})",
    ]


def table(rows: list[tuple[str, str, EvalResult]]) -> str:
    lines = [list(COLUMNS)] + [_cells(*row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    missing = [name for name in FOLDERS if not (CORPUS / name).is_dir()]
    if missing:
        print(f"{CORPUS}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        rows = measure()
    except (ClaimtrackError, OSError, ValueError) as err:
        print(err, file=sys.stderr)
        return 2
    if args.json:
        data = []
        for name, part, result in rows:
            scores = result.to_json()
            scores.pop("per_file")
            data.append({"folder": name, "part": part, **scores})
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
