"""Score the extractor on a folder of labeled reports, as corpus/GUIDE.md describes.

Each report `<slug>.<ext>` sits next to `<slug>.gold.json`. White space is removed from
both sides; a predicted claim matches a gold claim when they share at least half of
the gold text's characters in one contiguous run and the prediction is at most 2.5
times the gold length plus 120 characters. A gold claim may list `also` spans; a
prediction matching any of them matches the claim, several predictions of one claim
count once and none of them as a false positive. Responses match the same way on
`quote`. Attribute accuracy (stance, source, responder, dates) is over matched pairs;
names compare case-insensitively, either containing the other. A gold date that is
`null` (the text does not fix it) is not scored: it is left out of the date tallies.

Reports whose label has no claim measure false positives on ordinary news: every
claim predicted on them is false, counted apart as well (`ClaimlessReports`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from ..errors import ClaimtrackError, InputError
from ..readers import read_report
from .pipeline import extract

_WS = re.compile(r"\s+")
REPORT_SUFFIXES = (".md", ".html", ".htm", ".txt", ".markdown")


@dataclass
class Tally:
    """Correct out of total, for one attribute."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class PRF:
    tp: int = 0  # gold items matched
    fp: int = 0  # predictions matching nothing
    fn: int = 0  # gold items not matched

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ClaimlessReports:
    """Reports whose label has no claim, and the claims predicted on them (all false)."""

    reports: int = 0
    false_claims: int = 0

    @property
    def per_ten(self) -> float | None:
        """False claims per ten such reports."""
        return 10 * self.false_claims / self.reports if self.reports else None


@dataclass
class Mismatch:
    kind: str  # "claim" or "response"
    what: str  # "miss", "extra" or an attribute name
    text: str
    detail: str = ""


@dataclass
class FileResult:
    name: str
    claims: PRF = field(default_factory=PRF)
    responses: PRF = field(default_factory=PRF)
    problems: list[Mismatch] = field(default_factory=list)
    error: str | None = None

    @property
    def misses(self) -> list[Mismatch]:
        return [p for p in self.problems if p.what == "miss"]

    @property
    def extras(self) -> list[Mismatch]:
        return [p for p in self.problems if p.what == "extra"]


@dataclass
class EvalResult:
    files: list[FileResult]
    claims: PRF
    responses: PRF
    stance: Tally
    source: Tally
    responder: Tally
    reported_on: Tally
    responded_on: Tally
    anonymous: Tally
    claimless: ClaimlessReports = field(default_factory=ClaimlessReports)

    def to_json(self) -> dict:
        def prf(x: PRF) -> dict:
            return {
                "precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4),
                "tp": x.tp, "fp": x.fp, "fn": x.fn,
            }

        def acc(t: Tally) -> dict:
            return {"accuracy": None if t.accuracy is None else round(t.accuracy, 4), "correct": t.correct, "total": t.total}

        return {
            "files": len(self.files),
            "claims": prf(self.claims),
            "responses": prf(self.responses),
            "stance": acc(self.stance),
            "source": acc(self.source),
            "responder": acc(self.responder),
            "reported_on": acc(self.reported_on),
            "responded_on": acc(self.responded_on),
            "anonymous": acc(self.anonymous),
            "claimless": {
                "reports": self.claimless.reports,
                "false_claims": self.claimless.false_claims,
                "per_ten": None if self.claimless.per_ten is None else round(self.claimless.per_ten, 4),
            },
            "per_file": [
                {
                    "file": f.name,
                    "error": f.error,
                    "misses": [vars(p) for p in f.misses],
                    "extras": [vars(p) for p in f.extras],
                    "wrong": [vars(p) for p in f.problems if p.what not in ("miss", "extra")],
                }
                for f in self.files
            ],
        }


def squeeze(text: str | None) -> str:
    return _WS.sub("", text or "")


def span_matches(predicted: str, gold: str) -> bool:
    """GUIDE.md's rule: half of the gold characters in one run, and not much longer."""
    p, g = squeeze(predicted), squeeze(gold)
    if not p or not g or len(p) > 2.5 * len(g) + 120:
        return False
    if g in p:
        return True
    match = SequenceMatcher(None, p, g, autojunk=False).find_longest_match(0, len(p), 0, len(g))
    return match.size * 2 >= len(g)


def names_match(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return not predicted and not gold
    p, g = squeeze(predicted).casefold(), squeeze(gold).casefold()
    return p in g or g in p


Selection = Callable[[Path], bool] | Collection[str]


def find_pairs(folder: Path, select: Selection | None = None) -> list[tuple[Path, Path]]:
    """The (report, label) pairs in `folder`, in name order.

    `select` keeps a subset: a predicate on the report's path, or a collection of
    names (report file names such as `a.md`, or slugs such as `a`); a name that is
    not a labeled report of the folder is an error, so a typo cannot shrink a subset.
    """
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        slug = gold.name[: -len(".gold.json")]
        report = next((folder / (slug + s) for s in REPORT_SUFFIXES if (folder / (slug + s)).exists()), None)
        if report is not None:
            pairs.append((report, gold))
    if not pairs:
        raise InputError(f"{folder}: no <slug>.<ext> + <slug>.gold.json pairs")
    if select is None:
        return pairs
    if callable(select):
        chosen = [(r, g) for r, g in pairs if select(r)]
    else:
        names = {select} if isinstance(select, str) else set(select)
        known = {r.name for r, _ in pairs} | {r.name[: -len(r.suffix)] for r, _ in pairs}
        unknown = sorted(names - known)
        if unknown:
            raise InputError(f"{folder}: not labeled reports here: {', '.join(unknown)}")
        chosen = [(r, g) for r, g in pairs if r.name in names or r.name[: -len(r.suffix)] in names]
    if not chosen:
        raise InputError(f"{folder}: the selection keeps no labeled report")
    return chosen


def evaluate_folder(
    folder: Path,
    select: Selection | None = None,
    *,
    predict: Callable[[Path], dict] | None = None,
) -> EvalResult:
    """Extract every labeled report in `folder` (or the subset `select` keeps, see
    `find_pairs`) and score it against its label.

    `predict` turns a report's path into `{"claims": [...], "responses": [...]}` in the
    shape of `extract --json`; by default the extractor's own.
    """
    predict = predict or extract_predictions
    result = EvalResult([], PRF(), PRF(), Tally(), Tally(), Tally(), Tally(), Tally(), Tally())
    for report_path, gold_path in find_pairs(Path(folder), select):
        file = FileResult(report_path.name)
        result.files.append(file)
        try:
            gold = json.loads(gold_path.read_text("utf-8"))
        except (OSError, ValueError) as err:
            raise InputError(f"{gold_path}: cannot read the label ({err})") from None
        try:
            predicted = predict(report_path)
        except ClaimtrackError as err:
            file.error = str(err)
            predicted = {"claims": [], "responses": []}
        _score(file, gold, predicted, result)
        for mine, total in ((file.claims, result.claims), (file.responses, result.responses)):
            total.tp += mine.tp
            total.fp += mine.fp
            total.fn += mine.fn
        if not gold.get("claims"):
            result.claimless.reports += 1
            result.claimless.false_claims += len(predicted.get("claims", []))
    return result


def extract_predictions(report_path: Path) -> dict:
    """What the extractor finds in one report, in the shape of `extract --json`."""
    return extract(read_report(str(report_path))).to_json()


def _score(file: FileResult, gold: dict, predicted: dict, result: EvalResult) -> None:
    gold_claims = gold.get("claims", [])
    pred_claims = predicted.get("claims", [])
    claim_pairs = _match(
        gold_claims, pred_claims, lambda g: [g["text"], *g.get("also", [])], lambda p: p["text"], file.claims,
        file, "claim",
    )
    gold_of_pred: dict[int, str] = {}
    for gi, pi in claim_pairs.items():
        g, p = gold_claims[gi], pred_claims[pi]
        gold_of_pred[pi] = g.get("id", str(gi))
        _check(result.source, file, "claim", "source", g["text"], names_match(p.get("source"), g.get("source")), p.get("source"), g.get("source"))
        if g.get("reported_on") is not None:  # null: the text does not fix the date; not scored
            _check(result.reported_on, file, "claim", "reported_on", g["text"], p.get("reported_on") == g["reported_on"], p.get("reported_on"), g["reported_on"])
        _check(result.anonymous, file, "claim", "anonymous", g["text"], bool(p.get("anonymous")) == bool(g.get("anonymous")), p.get("anonymous"), g.get("anonymous"))
    gold_responses = gold.get("responses", [])
    pred_responses = predicted.get("responses", [])
    response_pairs = _match(
        gold_responses, pred_responses, lambda g: [g["quote"]], lambda p: p["quote"], file.responses, file,
        "response", prefer=lambda g, p: names_match(p.get("responder"), g.get("responder")),
    )
    for gi, pi in response_pairs.items():
        g, p = gold_responses[gi], pred_responses[pi]
        _check(result.stance, file, "response", "stance", g["quote"], p.get("stance") == g.get("stance"), p.get("stance"), g.get("stance"))
        _check(result.responder, file, "response", "responder", g["quote"], names_match(p.get("responder"), g.get("responder")), p.get("responder"), g.get("responder"))
        if g.get("responded_on") is not None:
            _check(result.responded_on, file, "response", "responded_on", g["quote"], p.get("responded_on") == g["responded_on"], p.get("responded_on"), g["responded_on"])


def _match(gold, predicted, gold_spans, pred_text, tally: PRF, file: FileResult, kind: str, prefer=None) -> dict[int, int]:
    """gold index -> the prediction paired with it; counts tp/fp/fn into `tally`."""
    matches = {
        gi: [pi for pi, p in enumerate(predicted) if any(span_matches(pred_text(p), s) for s in gold_spans(g))]
        for gi, g in enumerate(gold)
    }
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, candidates in matches.items():
        if not candidates:
            continue
        ranked = sorted(
            candidates,
            key=lambda pi: (pi in used, not (prefer(gold[gi], predicted[pi]) if prefer else True), pi),
        )
        pairs[gi] = ranked[0]
        used.add(ranked[0])
    matched_any = {pi for c in matches.values() for pi in c}
    tally.tp += len(pairs)
    tally.fn += len(gold) - len(pairs)
    tally.fp += sum(1 for pi in range(len(predicted)) if pi not in matched_any)
    for gi, g in enumerate(gold):
        if gi not in pairs:
            file.problems.append(Mismatch(kind, "miss", gold_spans(g)[0]))
    for pi, p in enumerate(predicted):
        if pi not in matched_any:
            file.problems.append(Mismatch(kind, "extra", pred_text(p)))
    return pairs


def _check(tally: Tally, file: FileResult, kind: str, what: str, text: str, ok: bool, got, expected) -> None:
    tally.add(ok)
    if not ok:
        file.problems.append(Mismatch(kind, what, text, f"got {got!r}, expected {expected!r}"))
