"""A JSON dump in (`claimtrack import`): read and checked whole, then loaded into the
store in one transaction, adding only what the store lacks. Writing the dump is
`export/dump.py`; docs/json.md describes the
format and the identities that match its records to stored ones. Beside `ingest.py`,
which takes reports in.
"""

from __future__ import annotations

import json
import math
import re
import shlex
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from .dates.partial import PartialDate
from .errors import ReadError
from .models import DUMP_FORMAT as FORMAT, DUMP_VERSION as VERSION, LANGUAGES, NewClaim, NewResponse, NewVerdict, Report, Stance, Status, UpdateEvent, Verdict
from .status import status_at
from .store import Store
from .text.keys import name_key
from .text.safe import one_line

SUGGESTION_STATES = ("open", "accepted", "rejected")
FEED_KINDS = ("url", "folder")


def _day(value) -> str | None:
    return str(value) if value is not None else None


# -- reading ------------------------------------------------------------------------

_TEXT, _OPT, _BOOL, _DATE, _LIST = "text", "optional text", "true or false", "date", "list"
_NUM, _CLAIM_REF, _NAMES, _ID = "number", "claim reference", "names", "id"
_TIME, _OPT_TIME = "timestamp", "optional timestamp"  # as timeutil.now_iso writes them
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_LARGEST_ID = 2**63 - 1  # SQLite's INTEGER
_SHAPES = {
    "entity": {"name": _TEXT, "kind": _OPT, "aliases": _NAMES},
    "report": {"content_hash": _TEXT, "url": _OPT, "title": _OPT, "outlet": _OPT, "author": _OPT,
               "language": _OPT, "published": _DATE, "origin": _OPT, "location": _OPT, "recorded_at": _TIME},
    "claim": {"id": _ID, "text": _TEXT, "status": _OPT, "source": _OPT, "anonymous": _BOOL, "subjects": _NAMES,
              "first_reported": _DATE, "due": _DATE, "created_at": _TIME, "updated_at": _TIME,
              "mentions": _LIST, "responses": _LIST, "verdicts": _LIST, "edits": _LIST},
    "mention": {"sentence": _TEXT, "extracted_text": _OPT, "credited": _OPT, "mentioned_on": _DATE, "url": _OPT,
                "report": _OPT, "link_reason": _OPT, "recorded_at": _TIME},
    "response": {"responder": _TEXT, "stance": _TEXT, "quote": _TEXT, "via": _OPT, "responded_on": _DATE,
                 "url": _OPT, "report": _OPT, "recorded_at": _TIME},
    "verdict": {"verdict": _TEXT, "decided_on": _DATE, "evidence": _OPT, "note": _OPT, "recorded_at": _TIME},
    "edit": {"field": _TEXT, "old": _OPT, "new": _OPT, "recorded_at": _TIME},
    "suggestion": {"claim": _CLAIM_REF, "candidate": _CLAIM_REF, "score": _NUM, "reason": _TEXT, "state": _TEXT,
                   "created_at": _TIME, "decided_at": _OPT_TIME},
    "feed": {"name": _TEXT, "address": _TEXT, "kind": _TEXT, "format": _OPT, "language": _OPT,
             "full_text": _BOOL, "added_at": _TIME},
    "hook": {"event": _TEXT, "command": _TEXT, "added_at": _TIME},
}


class _Bad(Exception):
    pass


def read_dump(path: Path) -> dict:
    """A dump read and checked in full before anything is written; ReadError names
    the file and the first problem."""
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8"))
    except OSError as err:
        raise ReadError(f"{path}: cannot read: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ReadError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise ReadError(f"{path}: not JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    except RecursionError:
        raise ReadError(f"{path}: not an export (brackets nested too deeply)") from None
    except ValueError as err:  # a number of more than 4,300 digits
        raise ReadError(f"{path}: not an export ({err})") from None
    try:
        _check_text(data)
        _check_dump(data)
    except _Bad as err:
        raise ReadError(f"{path}: {err}") from None
    return data


def _check_text(data) -> None:
    """Every string must be UTF-8: JSON's \\ud800 escapes decode to lone surrogates,
    which SQLite refuses mid-import. Walked with a stack: a dump may be deep."""
    stack = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _Bad(f"{where or 'the file'}: text with a lone surrogate (\\ud800-\\udfff), not Unicode") from None
        elif isinstance(value, dict):
            stack.extend((v, f"{where}.{k}" if where else str(k)) for k, v in value.items())
            stack.extend((k, f"{where} (a key)") for k in value)
        elif isinstance(value, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(value))


def _check_dump(data) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Bad(f'not a claimtrack export (expected "format": "{FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise _Bad(f"export version {data.get('version')!r} is not one this claimtrack reads (up to {VERSION})")
    for key, kind in (("entities", "entity"), ("reports", "report"), ("claims", "claim"),
                      ("suggestions", "suggestion"), ("feeds", "feed"), ("hooks", "hook")):
        _check_list(data.get(key, []), kind, key)
    hashes = {r["content_hash"] for r in data.get("reports", [])}
    for i, claim in enumerate(data.get("claims", [])):
        where = f"claims[{i}]"
        if claim.get("status") is not None:
            _enum(Status, claim["status"], f"{where}.status")
        for key, kind in (("mentions", "mention"), ("responses", "response"), ("verdicts", "verdict"),
                          ("edits", "edit")):
            _check_list(claim[key], kind, f"{where}.{key}")
        for key in ("mentions", "responses"):
            for j, item in enumerate(claim[key]):
                if item.get("report") is not None and item["report"] not in hashes:
                    raise _Bad(f"{where}.{key}[{j}].report: no report with that content_hash in the file")
        for j, r in enumerate(claim["responses"]):
            _enum(Stance, r["stance"], f"{where}.responses[{j}].stance")
        for j, v in enumerate(claim["verdicts"]):
            _enum(Verdict, v["verdict"], f"{where}.verdicts[{j}].verdict")
    _check_suggestions(data)
    _check_config(data)


def _check_suggestions(data: dict) -> None:
    claims = {claim_identity(c["text"], c.get("first_reported")) for c in data.get("claims", [])}
    for i, s in enumerate(data.get("suggestions", [])):
        for key in ("claim", "candidate"):
            if _ref_identity(s[key]) not in claims:
                raise _Bad(f"suggestions[{i}].{key}: no claim with that text and first_reported in the file")
        _choice(s["state"], SUGGESTION_STATES, f"suggestions[{i}].state")


def _check_config(data: dict) -> None:
    for i, f in enumerate(data.get("feeds", [])):
        _choice(f["kind"], FEED_KINDS, f"feeds[{i}].kind")
        if f.get("language") is not None:
            _choice(f["language"], LANGUAGES, f"feeds[{i}].language")
        # `feed add` polls only http(s) addresses; a dump may not slip in file: or others.
        try:
            parts = urlsplit(f["address"].strip())
            parts.port  # noqa: B018  (raises on a port out of range)
        except ValueError as err:
            raise _Bad(f"feeds[{i}].address: not a valid address ({err})") from None
        if f["kind"] == "url" and not (parts.scheme.lower() in ("http", "https") and parts.hostname):
            raise _Bad(f"feeds[{i}].address: must be an http or https address")
    for i, h in enumerate(data.get("hooks", [])):
        _choice(h["event"], tuple(UpdateEvent), f"hooks[{i}].event")
        try:
            argv = shlex.split(h["command"])
        except ValueError as err:
            raise _Bad(f"hooks[{i}].command: cannot be split into a command line ({err})") from None
        if not argv:
            raise _Bad(f"hooks[{i}].command: must be non-empty text")


def _check_list(items, kind: str, where: str) -> None:
    if not isinstance(items, list):
        raise _Bad(f"{where}: must be a list")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _Bad(f"{where}[{i}]: must be an object")
        for key, shape in _SHAPES[kind].items():
            _check_value(item.get(key), shape, f"{where}[{i}].{key}", present=key in item)


def _check_value(value, shape: str, where: str, present: bool) -> None:
    if shape == _TEXT and not (isinstance(value, str) and value.strip()):
        raise _Bad(f"{where}: must be non-empty text")
    if shape == _OPT and value is not None and not isinstance(value, str):
        raise _Bad(f"{where}: must be text or null")
    if shape == _BOOL and present and not isinstance(value, bool):
        raise _Bad(f"{where}: must be true or false")
    if shape in (_LIST, _NAMES) and not isinstance(value, list):
        raise _Bad(f"{where}: must be a list")
    if shape == _NAMES and not all(isinstance(n, str) and n.strip() for n in value):
        raise _Bad(f"{where}: must be a list of names (non-empty text)")
    if shape == _NUM and not (isinstance(value, (int, float)) and not isinstance(value, bool)
                              and 0 <= value <= 1 and math.isfinite(value)):
        raise _Bad(f"{where}: must be a number from 0 to 1")
    if shape == _ID and value is not None and not (
            isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= _LARGEST_ID):
        raise _Bad(f"{where}: must be a whole number from 1 to {_LARGEST_ID}, or null")
    if shape in (_TIME, _OPT_TIME) and not (value is None and shape == _OPT_TIME) and not (
            isinstance(value, str) and _TIMESTAMP.fullmatch(value) and _real_time(value)):
        raise _Bad(f"{where}: must be a UTC time as YYYY-MM-DDTHH:MM:SSZ")
    if shape == _CLAIM_REF:
        if not isinstance(value, dict):
            raise _Bad(f"{where}: must be an object with the claim's text and first_reported")
        _check_value(value.get("text"), _TEXT, f"{where}.text", present="text" in value)
        _check_value(value.get("first_reported"), _DATE, f"{where}.first_reported",
                     present="first_reported" in value)
    if shape == _DATE and value is not None:
        # Only the form the store writes: `2022年8月26日` or ` 2022/8/1 ` would be stored
        # raw, missed by --since/--until and duplicated by the next export and import.
        try:
            canonical = str(PartialDate.parse(value)) == value if isinstance(value, str) else False
        except ValueError:
            canonical = False
        if not canonical:
            raise _Bad(f"{where}: must be YYYY-MM-DD, YYYY-MM or null")


def _real_time(value: str) -> bool:
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def _enum(kind, value: str, where: str) -> None:
    try:
        kind(value)
    except ValueError:
        raise _Bad(f"{where}: unknown value {value!r}") from None


def _choice(value: str, allowed, where: str) -> None:
    if value not in allowed:
        raise _Bad(f"{where}: unknown value {value!r}")


def _ref_identity(ref: dict) -> tuple[str, str | None]:
    return claim_identity(ref["text"], ref.get("first_reported"))


# -- loading ------------------------------------------------------------------------


_KINDS = ("entities", "reports", "claims", "mentions", "responses", "verdicts", "edits", "suggestions",
          "feeds", "hooks")


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    new_hooks: list[dict] = field(default_factory=list)  # named in describe(): they run commands
    hooks_not_installed: list[dict] = field(default_factory=list)  # in the file, left out without --with-hooks

    def count(self, kind: str, added: bool) -> None:
        (self.added if added else self.skipped)[kind] += 1

    def as_json(self) -> dict:
        hook = lambda h: {"event": h["event"], "command": h["command"]}  # noqa: E731
        return {"added": self.added, "already_present": self.skipped,
                "hooks_installed": [hook(h) for h in self.new_hooks],
                "hooks_not_installed": [hook(h) for h in self.hooks_not_installed]}

    def describe(self, path) -> str:
        added = ", ".join(f"{n} {k}" for k, n in self.added.items() if n) or "nothing new"
        skipped = sum(self.skipped.values())
        lines = [f"imported {path}: added {added}" + (f"; {skipped} records were already present" if skipped else "")]
        # A hook runs a command on every `update`, so say exactly which ones arrived.
        lines += [f"new hook: on {h['event']} run {one_line(h['command'])}" for h in self.new_hooks]
        if self.hooks_not_installed:
            lines.append(f"skipped {len(self.hooks_not_installed)} hooks in the file: a hook runs its command on "
                         "every update; read them, then import again with --with-hooks to install them")
        return "\n".join(lines)


def claim_identity(text: str, first_reported: str | None) -> tuple[str, str | None]:
    """Two claims are the same claim when their texts match (ignoring case, width,
    spaces and punctuation) and they were first reported on the same date."""
    return name_key(text), first_reported


def new_hooks(store: Store, dump: dict) -> list[dict]:
    """The dump's hooks that the store does not have yet, each once."""
    known = {(h["event"], h["command"]) for h in store.hooks()}
    fresh = {}
    for hook in dump.get("hooks", []):
        if (hook["event"], hook["command"]) not in known:
            fresh.setdefault((hook["event"], hook["command"]), hook)
    return list(fresh.values())


def load_dump(store: Store, dump: dict, *, with_hooks: bool = False) -> ImportResult:
    """Add what the dump holds and the store lacks, in one transaction.

    Hooks run commands on every `update`: a file someone sent must not install any,
    so they are added only `with_hooks`, and otherwise listed as not installed."""
    result = ImportResult()
    with store.write():
        for entity in dump.get("entities", []):
            _load_entity(store, entity, result)
        report_ids = {r["content_hash"]: _load_report(store, r, result) for r in dump.get("reports", [])}
        known = {claim_identity(text, first): cid for cid, text, first in store.claim_identities()}
        for claim in dump.get("claims", []):
            _load_claim(store, claim, known, report_ids, result)
        _load_suggestions(store, dump.get("suggestions", []), known, result)
        for feed in dump.get("feeds", []):
            _load_feed(store, feed, result)
        fresh = new_hooks(store, dump)
        result.skipped["hooks"] = len(dump.get("hooks", [])) - len(fresh)
        for hook in fresh:
            if with_hooks:
                store.insert_hook_row(hook)
                result.count("hooks", True)
                result.new_hooks.append(hook)
            else:
                result.hooks_not_installed.append(hook)
    return result


def _load_entity(store: Store, entity: dict, result: ImportResult) -> None:
    names = [entity["name"], *entity.get("aliases", [])]
    found = next((e for e in map(store.find_entity, names) if e is not None), None)
    result.count("entities", found is None)
    entity_id = found if found is not None else store.entity_id(entity["name"], entity.get("kind") or "unknown")
    for alias in names:
        if isinstance(alias, str) and alias.strip():
            store.add_alias_if_free(entity_id, alias)


def _load_report(store: Store, row: dict, result: ImportResult) -> int:
    existing = store.report_id_by_hash(row["content_hash"])
    result.count("reports", existing is None)
    if existing is not None:
        return existing
    report = Report(
        text="", title=row.get("title") or "", outlet=row.get("outlet"), author=row.get("author"),
        language=row.get("language") or "und", url=row.get("url"), origin=row.get("origin") or "file",
        location=row.get("location"), published=PartialDate.parse(row["published"]) if row.get("published") else None,
    )
    return store.insert_report(report, row["content_hash"], row["recorded_at"])


def _load_claim(store: Store, claim: dict, known: dict, report_ids: dict, result: ImportResult) -> None:
    key = claim_identity(claim["text"], claim.get("first_reported"))
    claim_id = known.get(key)
    result.count("claims", claim_id is None)
    if claim_id is None:
        claim_id = known[key] = store.insert_claim(NewClaim(
            text=claim["text"], source=claim.get("source"), subjects=tuple(claim["subjects"]),
            anonymous=bool(claim.get("anonymous")), reported_on=_date(claim.get("first_reported")),
            due=_date(claim.get("due")),
        ), claim["created_at"], with_mention=False, wanted_id=claim.get("id"),
            status=claim.get("status") or "reported", updated_at=claim["updated_at"])
    else:
        current = store.get_claim(claim_id).subjects
        missing = [s for s in claim["subjects"] if store.find_entity(s) not in {store.find_entity(c) for c in current}]
        if missing:
            store.set_subjects(claim_id, [*current, *missing])
    _load_children(store, claim_id, claim, report_ids, result)
    store.set_status(claim_id, status_at(store.events(claim_id)))


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _load_children(store: Store, claim_id: int, claim: dict, report_ids: dict, result: ImportResult) -> None:
    # The report is part of a mention's identity: syndicated copies carry the same
    # sentence on the same day, and each copy is a mention of its own.
    mentions = Counter((m.sentence, _day(m.mentioned_on), m.report_id) for m in store.mentions(claim_id))
    for m in claim["mentions"]:
        key = (m["sentence"], m.get("mentioned_on"), report_ids.get(m.get("report")))
        new = mentions[key] == 0
        result.count("mentions", new)
        if not new:
            mentions[key] -= 1
        else:
            store.insert_mention(
                claim_id, sentence=m["sentence"],
                credited_id=store.entity_id(m["credited"]) if m.get("credited") else None,
                mentioned_on=_date(m.get("mentioned_on")), url=m.get("url"),
                report_id=report_ids.get(m.get("report")), recorded_at=m["recorded_at"],
                extracted_text=m.get("extracted_text"), link_reason=m.get("link_reason"),
            )
    # A response is the same response when the same party said the same words.
    responses = {(store.entity_id(r.responder), r.quote.strip()) for r in store.responses(claim_id)}
    for r in claim["responses"]:
        key = (store.entity_id(r["responder"]), r["quote"].strip())
        result.count("responses", key not in responses)
        if key not in responses:
            responses.add(key)
            store.insert_response(claim_id, NewResponse(
                responder=r["responder"], stance=Stance(r["stance"]), quote=r["quote"], via=r.get("via"),
                responded_on=_date(r.get("responded_on")), url=r.get("url"),
                report_id=report_ids.get(r.get("report")),
            ), r["recorded_at"])
    verdicts = {(v.verdict.value, _day(v.decided_on)) for v in store.verdicts(claim_id)}
    for v in claim["verdicts"]:
        key = (v["verdict"], v.get("decided_on"))
        result.count("verdicts", key not in verdicts)
        if key not in verdicts:
            verdicts.add(key)
            store.insert_verdict(claim_id, NewVerdict(
                verdict=Verdict(v["verdict"]), decided_on=_date(v.get("decided_on")),
                evidence=v.get("evidence"), note=v.get("note"),
            ), v["recorded_at"])
    edits = {(e.field, e.old_value, e.new_value, e.recorded_at) for e in store.edits(claim_id)}
    for e in claim["edits"]:
        key = (e["field"], e.get("old"), e.get("new"), e["recorded_at"])
        result.count("edits", key not in edits)
        if key not in edits:
            edits.add(key)
            store.log_edit(claim_id, *key)


def _load_suggestions(store: Store, suggestions: list[dict], known: dict, result: ImportResult) -> None:
    # Counted, not just looked up: two stored rows can share claim, candidate and
    # time (two suggestions accepted into one claim), and each accounts for one.
    stored = Counter((s["claim_id"], s["candidate_id"], s["created_at"]) for s in store.suggestions(None))
    for s in suggestions:
        claim_id, candidate_id = known[_ref_identity(s["claim"])], known[_ref_identity(s["candidate"])]
        key = (claim_id, candidate_id, s["created_at"])
        # Both claims turned out to be one stored claim: an open suggestion is moot.
        new = stored[key] == 0 and not (claim_id == candidate_id and s["state"] == "open")
        result.count("suggestions", new)
        if stored[key]:
            stored[key] -= 1
        elif new:
            store.insert_suggestion_row(claim_id, candidate_id, s)


def _load_feed(store: Store, feed: dict, result: ImportResult) -> None:
    # Names and addresses are each unique: a feed with either already stored is that feed.
    new = store.feed_with(name=feed["name"], address=feed["address"]) is None
    result.count("feeds", new)
    if new:
        store.insert_feed_row(feed)
