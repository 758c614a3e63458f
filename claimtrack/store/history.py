"""Mentions, responses, verdicts and edits, and the events derived from them.

Provides (HistoryRows): `mentions`/`mentions_of`, `responses`/`responses_of`,
`verdicts`/`verdicts_of`, `edits`/`edits_of`, `report_changes`/`report_changes_of`,
`events`/`events_of`, `status_events`, `status_events_after`, `insert_response`,
`insert_verdict`, `has_said`, `origin_counts`.
Uses: StoreCore `_q` and `_x`; EntityRows `entity_id` (a response's responder and via);
`events.py` to turn rows into events. (Mentions and edits are written by ClaimRows.)
"""

from __future__ import annotations

import json

from ..dates.partial import parse_optional
from ..text.keys import wording_key
from ..models import Edit, Event, EventKind, Mention, NewResponse, NewVerdict, Response, Stance, Verdict, VerdictRecord
from .events import events_from, report_change_event

_CHUNK = 500  # ids per IN (…): under the 999 variables older SQLite builds allow a query


def _mention(r) -> Mention:
    return Mention(
        id=r["id"], claim_id=r["claim_id"], sentence=r["sentence"], credited=r["credited_name"],
        mentioned_on=parse_optional(r["mentioned_on"]), recorded_at=r["recorded_at"],
        url=r["url"], report_id=r["report_id"], report_title=r["report_title"],
        report_outlet=r["report_outlet"], link_reason=r["link_reason"],
    )


def _response(r) -> Response:
    return Response(
        id=r["id"], claim_id=r["claim_id"], responder=r["responder"], stance=Stance(r["stance"]),
        quote=r["quote"], via=r["via"], responded_on=parse_optional(r["responded_on"]),
        recorded_at=r["recorded_at"], url=r["url"], report_id=r["report_id"],
    )


def _verdict(r) -> VerdictRecord:
    return VerdictRecord(
        id=r["id"], claim_id=r["claim_id"], verdict=Verdict(r["verdict"]),
        decided_on=parse_optional(r["decided_on"]), recorded_at=r["recorded_at"],
        evidence=r["evidence"], note=r["note"],
    )


def _edit(r) -> Edit:
    return Edit(id=r["id"], claim_id=r["claim_id"], field=r["field"], old_value=r["old_value"],
                new_value=r["new_value"], recorded_at=r["recorded_at"])


def _change(r) -> dict:
    return dict(r) | {"detail": json.loads(r["detail"] or "{}")}


def _oldest_first(changes: dict[int, list[dict]], report_ids) -> list[dict]:
    return sorted((c for report in report_ids for c in changes.get(report, ())), key=lambda c: (c["detected_at"], c["id"]))


class HistoryRows:
    """Mentions, responses, verdicts and edits, and the events derived from them.

    Each family is read for many claims at once (`…_of(ids)`, a query per few hundred
    claims): five queries per claim made a chart of 5,000 claims 25,000 round trips.
    """

    def _grouped(self, sql: str, ids, make, key: str = "claim_id") -> dict[int, list]:
        """Rows of `sql` made into records, grouped by `key` in the order the query
        gives them; `sql` has `{ids}` where the list of ids goes."""
        found: dict[int, list] = {}
        ids = list(ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for r in self._q(sql.replace("{ids}", ",".join("?" * len(chunk))), chunk):
                found.setdefault(r[key], []).append(make(r))
        return found

    def mentions_of(self, claim_ids) -> dict[int, list[Mention]]:
        return self._grouped(
            """SELECT m.*, e.name AS credited_name, r.title AS report_title, r.outlet AS report_outlet
               FROM mentions m LEFT JOIN entities e ON e.id = m.credited_id
               LEFT JOIN reports r ON r.id = m.report_id
               WHERE m.claim_id IN ({ids}) ORDER BY m.claim_id, m.id""",
            claim_ids, _mention,
        )

    def mentions(self, claim_id: int) -> list[Mention]:
        return self.mentions_of([claim_id]).get(claim_id, [])

    def origin_counts(self, ids: list[int]) -> dict[int, int]:
        """claim id → independent origins: distinct credited sources, a report's own
        outlet standing in when it credits nobody."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._q(
            f"""SELECT m.claim_id, count(DISTINCT coalesce('e' || m.credited_id, 'o' || r.outlet,
                     'm' || m.id)) FROM mentions m LEFT JOIN reports r ON r.id = m.report_id
                WHERE m.claim_id IN ({marks}) GROUP BY m.claim_id""",
            ids,
        )
        counts = {i: 0 for i in ids}
        counts.update({r[0]: r[1] for r in rows})
        return counts

    def insert_response(self, claim_id: int, new: NewResponse, recorded_at: str) -> int:

        return self._x(
            """INSERT INTO responses (claim_id, responder_id, stance, quote, via_id,
                   responded_on, url, report_id, recorded_at, quote_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                claim_id,
                self.entity_id(new.responder),
                new.stance.value,
                new.quote,
                self.entity_id(new.via) if new.via else None,
                str(new.responded_on) if new.responded_on else None,
                new.url,
                new.report_id,
                recorded_at,
                wording_key(new.quote or ""),
            ],
        ).lastrowid

    def responses_of(self, claim_ids) -> dict[int, list[Response]]:
        return self._grouped(
            """SELECT r.*, who.name AS responder, via.name AS via FROM responses r
               JOIN entities who ON who.id = r.responder_id
               LEFT JOIN entities via ON via.id = r.via_id
               WHERE r.claim_id IN ({ids}) ORDER BY r.claim_id, r.id""",
            claim_ids, _response,
        )

    def responses(self, claim_id: int) -> list[Response]:
        return self.responses_of([claim_id]).get(claim_id, [])

    def has_said(self, claim_id: int, responder_id: int, quote: str) -> bool:
        """Whether the party already gave these words (as `text.keys.wording_key` compares
        them) about the claim: ingest skips a response it has."""

        rows = self._q("SELECT 1 FROM responses WHERE claim_id = ? AND responder_id = ? AND quote_key = ? LIMIT 1",
                       [claim_id, responder_id, wording_key(quote or "")])
        return bool(rows)

    def insert_verdict(self, claim_id: int, new: NewVerdict, recorded_at: str) -> int:
        return self._x(
            """INSERT INTO verdicts (claim_id, verdict, decided_on, evidence, note, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [claim_id, new.verdict.value, str(new.decided_on) if new.decided_on else None,
             new.evidence, new.note, recorded_at],
        ).lastrowid

    def verdicts_of(self, claim_ids) -> dict[int, list[VerdictRecord]]:
        return self._grouped("SELECT * FROM verdicts WHERE claim_id IN ({ids}) ORDER BY claim_id, id",
                              claim_ids, _verdict)

    def verdicts(self, claim_id: int) -> list[VerdictRecord]:
        return self.verdicts_of([claim_id]).get(claim_id, [])

    def edits_of(self, claim_ids) -> dict[int, list[Edit]]:
        return self._grouped("SELECT * FROM claim_edits WHERE claim_id IN ({ids}) ORDER BY claim_id, id",
                              claim_ids, _edit)

    def edits(self, claim_id: int) -> list[Edit]:
        return self.edits_of([claim_id]).get(claim_id, [])

    def events_of(self, claim_ids) -> dict[int, list[Event]]:
        """Everything that happened to each claim, derived from the tables that record it."""
        ids = list(claim_ids)
        mentions, responses, verdicts = self.mentions_of(ids), self.responses_of(ids), self.verdicts_of(ids)
        edits = self.edits_of(ids)
        # A claim's report changes are those of the reports carrying its mentions and
        # responses, already in hand: looked up by report, most claims have none.
        carried = {i: {x.report_id for x in (*mentions.get(i, ()), *responses.get(i, ())) if x.report_id is not None}
                   for i in ids}
        changes = self.report_changes_of(set().union(*carried.values()))
        events = {}
        for i in ids:
            events[i] = events_from(mentions.get(i, []), responses.get(i, []), verdicts.get(i, []), edits.get(i, [])) \
                + [report_change_event(c, i) for c in _oldest_first(changes, carried[i])]
        return events

    def report_changes_of(self, report_ids) -> dict[int, list[dict]]:
        """Changes seen in these reports (edited headline or body, page removed), by report."""
        return self._grouped(
            """SELECT c.*, r.url, r.title AS report_title FROM report_changes c
               JOIN reports r ON r.id = c.report_id WHERE c.report_id IN ({ids})""",
            report_ids, _change, key="report_id",
        )

    def report_changes(self, claim_id: int) -> list[dict]:
        """Changes seen in the reports that carry a claim, oldest first."""
        carried = {x.report_id for x in (*self.mentions(claim_id), *self.responses(claim_id)) if x.report_id is not None}
        return _oldest_first(self.report_changes_of(carried), carried)

    def events(self, claim_id: int) -> list[Event]:
        return self.events_of([claim_id])[claim_id]

    def status_events_after(self, day) -> bool:
        """Whether any response, verdict or first report is dated after `day` (an
        earlier response then waits for the report). Stored dates are ISO prefixes
        ('2024-06' for a month), so text order is the order of their first days."""
        after = day.isoformat()
        rows = self._q("""SELECT 1 FROM responses WHERE responded_on > ?
                          UNION ALL SELECT 1 FROM verdicts WHERE decided_on > ?
                          UNION ALL SELECT 1 FROM mentions WHERE mentioned_on > ? LIMIT 1""", [after] * 3)
        return bool(rows)

    def status_events(self, claim_id: int) -> list[Event]:
        """Only the events that can change a status (responses and verdicts): a claim
        repeated by a thousand reports need not load them to know where it stands.
        Of a response only its stance and dates: who said it and in which words
        order ties between equal stances, which cannot change the outcome."""
        rows = self._q("SELECT id, stance, responded_on, recorded_at FROM responses WHERE claim_id = ?", [claim_id])
        responses = [Event(kind=EventKind.RESPONSE, happened_on=parse_optional(r[2]), recorded_at=r[3],
                           stance=Stance(r[1]), ref_id=r[0]) for r in rows]
        return responses + events_from([], [], self.verdicts(claim_id), [])
