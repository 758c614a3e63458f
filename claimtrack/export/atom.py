"""An Atom feed (RFC 4287) of status changes and new responses.

Entry ids are tag URIs built from what the entry is about (the claim's identity and
the event's), not from row ids, so they stay the same after an export is imported
elsewhere. Text is made visible (no control characters, which XML 1.0 forbids) and
escaped by ElementTree; links are emitted only for http(s) addresses.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from datetime import date

from ..text.keys import name_key
from ..models import EventKind
from ..text.safe import one_line, visible
from ..status import effective_day, explain
from ..text.safe import safe_url
from .select import Change, RenderOptions, Selection, changes, report_for

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "tag:claimtrack,2024:feed"
# Characters XML 1.0 cannot carry at all, beyond the controls `visible` marks.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _text(value: str | None) -> str:
    return _NOT_XML.sub("\ufffd", visible(value))


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def render_atom(selection: Selection, options: RenderOptions) -> str:
    since = selection.query.changes_since
    found = changes(selection, since) if since else [
        Change(record, step) for record in selection.records for step in record.steps]
    entries = [c for c in found if c.step.changed or c.step.event.kind is EventKind.RESPONSE]
    entries.sort(key=lambda c: (effective_day(c.step.event), c.record.claim.id), reverse=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", "claimtrack: status changes and responses")
    _sub(feed, "id", FEED_ID)
    latest = max((effective_day(c.step.event) for c in entries), default=selection.reference_day)
    _sub(feed, "updated", _stamp(latest) if latest else "1970-01-01T00:00:00Z")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", "claimtrack")
    if options.generated:
        ET.SubElement(feed, f"{{{ATOM}}}generator").text = _text(f"claimtrack, {options.generated}")
    for change in entries:
        _entry(feed, change, selection)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _sub(parent, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element


def _entry_id(change: Change) -> str:
    claim, event = change.record.claim, change.step.event
    identity = "\x1f".join([
        name_key(claim.text), str(claim.first_reported), event.kind.value, str(event.happened_on),
        name_key(event.who or ""), event.stance.value if event.stance else "",
        event.verdict.value if event.verdict else "", name_key(event.text), change.step.after.value,
    ])
    return f"tag:claimtrack,2024:event:{hashlib.sha256(identity.encode('utf-8')).hexdigest()[:32]}"


def _title(change: Change) -> str:
    step, claim = change.step, change.record.claim
    event = step.event
    if event.kind is EventKind.RESPONSE:
        head = f"{one_line(event.who)} {event.stance.value}"
        if step.changed:
            head += f"; now {step.after.value}"
    else:
        head = f"{step.before.value} → {step.after.value}"
    return f"Claim {claim.id}: {head}: {one_line(claim.text)[:120]}"


def _entry(feed, change: Change, selection: Selection) -> None:
    event = change.step.event
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _sub(entry, "id", _entry_id(change))
    _sub(entry, "title", _text(_title(change)))
    _sub(entry, "updated", _stamp(effective_day(event)))
    report = report_for(change.record, change.step, selection.reports)
    url = safe_url(event.url) or safe_url(report["url"] if report else None)
    if url:
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url})
    lines = [f"Claim: {change.record.claim.text}"]
    if event.kind is EventKind.RESPONSE:
        lines.append(f"{event.who} ({event.stance.value}): “{event.text}”")
        if event.via:
            lines.append(f"Carried by: {event.via}")
    elif event.text:
        lines.append(event.text)
    lines.append(f"Status: {change.step.after.value} ({explain(change.step)})")
    content = _sub(entry, "content", _text("\n".join(lines)))
    content.set("type", "text")
