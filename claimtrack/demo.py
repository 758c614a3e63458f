"""The demo database: sample reports the project wrote, with the claims, responses
and verdicts a user would record for them, covering every stance and verdict kind."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from datetime import date

from . import query, record
from .config import DEFAULT_DB
from .dates.partial import PartialDate
from .errors import InputError
from .models import Claim, ClaimQuery, NewClaim, NewResponse, NewVerdict, Report, Stance, Verdict
from .query import ClaimSummary
from .status import Step
from .store import Store
from .dates.clock import now_iso

DEFAULT_DEMO_DB = Path("db") / "demo.db"
SHOWN_CLAIM = "xiaomi-baic"  # the sample whose timeline the demo shows
_TITLE = re.compile(r"^title:\s*['\"]?(.*?)['\"]?\s*$", re.M)


@dataclass(frozen=True)
class DemoResult:
    claim_ids: dict[str, int]  # the sample's key → claim id
    reports: int


@dataclass(frozen=True)
class Demo:
    """A demo database just built, and what `demo` shows of it."""

    path: Path
    reports: int  # sample reports stored
    claims: list[ClaimSummary]  # every claim, newest first
    claim: Claim  # the claim whose timeline is shown
    steps: list[Step]


def build_demo_at(path: Path, today: date, *, replace: bool = False) -> Demo:
    """Build the demo database at `path`. db/demo.db is rebuilt each time (its folder
    made if need be); any other existing file is replaced only with `replace`."""
    if path.exists() and path != DEFAULT_DEMO_DB and not replace:
        raise InputError(f"{path} exists; use --force to replace it, or choose another --db")
    if not path.parent.exists() and path == DEFAULT_DEMO_DB:
        path.parent.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    # As for any database: the default db/ folder is made on first use, another must exist.
    with Store.open(path, create_folder=(path == DEFAULT_DB)) as store:
        result = build_demo(store)
        claims = query.list_claims(store, ClaimQuery(), today)
        claim, steps = query.timeline(store, result.claim_ids[SHOWN_CLAIM], today=today)
    return Demo(path, result.reports, claims, claim, steps)


def _samples():
    return resources.files("claimtrack").joinpath("samples")


def _sample_report(name: str, outlet: str) -> tuple[Report, str]:
    raw = _samples().joinpath(name).read_bytes()
    text = raw.decode("utf-8")
    title = _TITLE.search(text)
    published = PartialDate.parse(name[:10])
    report = Report(
        text=text, title=title.group(1) if title else name, outlet=outlet,
        language="zh" if re.search(r"[\u4e00-\u9fff]{8}", text) else "en",
        published=published, origin="file", location=f"claimtrack/samples/{name}",
    )
    return report, "sha256:" + hashlib.sha256(raw).hexdigest()


def build_demo(store: Store) -> DemoResult:
    """Fill an empty store with the demo's claims; refuses a store that has claims."""
    if store.claim_count():
        raise InputError(f"{store.path} already holds claims; the demo needs an empty database")
    spec = json.loads(_samples().joinpath("demo.json").read_text("utf-8"))
    ids: dict[str, int] = {}
    report_ids: dict[str, int] = {}

    def report_id(name: str, outlet: str) -> int:
        if name not in report_ids:
            report, digest = _sample_report(name, outlet)
            with store.write():
                report_ids[name] = store.insert_report(report, digest, now_iso())
        return report_ids[name]

    for item in spec["claims"]:
        claim = record.add_claim(store, NewClaim(
            text=item["text"], source=item["source"], subjects=tuple(item["subjects"]),
            anonymous=item["anonymous"], reported_on=PartialDate.parse(item["reported_on"]),
            due=PartialDate.parse(item["due"]) if item.get("due") else None,
            sentence=item["sentence"], report_id=report_id(item["report"], item["outlet"]),
        ))
        ids[item["key"]] = claim.id
        for r in item.get("responses", []):
            record.respond(store, claim.id, NewResponse(
                responder=r["by"], stance=Stance(r["stance"]), quote=r["quote"], via=r.get("via"),
                responded_on=PartialDate.parse(r["date"]),
                report_id=report_id(r.get("report", item["report"]), item["outlet"]),
            ))
        if item.get("verdict"):
            v = item["verdict"]
            record.resolve(store, claim.id, NewVerdict(
                verdict=Verdict(v["verdict"]), decided_on=PartialDate.parse(v["date"]),
                evidence=v.get("evidence"), note=v.get("note"),
            ))
    return DemoResult(ids, len(report_ids))
