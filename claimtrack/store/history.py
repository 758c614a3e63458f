"""Mentions, responses, verdicts and edits, and the events derived from them."""

from __future__ import annotations

from ..dates import parse_optional
from ..models import Edit, Event, Mention, NewResponse, NewVerdict, Response, Stance, Verdict, VerdictRecord
from .events import events_from, report_change_event


class HistoryRows:
    """Mentions, responses, verdicts and edits, and the events derived from them."""

    def mentions(self, claim_id: int) -> list[Mention]:
        rows = self._q(
            """SELECT m.*, e.name AS credited_name, r.title AS report_title
               FROM mentions m LEFT JOIN entities e ON e.id = m.credited_id
               LEFT JOIN reports r ON r.id = m.report_id
               WHERE m.claim_id = ? ORDER BY m.id""",
            [claim_id],
        )
        return [
            Mention(
                id=r["id"], claim_id=claim_id, sentence=r["sentence"], credited=r["credited_name"],
                mentioned_on=parse_optional(r["mentioned_on"]), recorded_at=r["recorded_at"],
                url=r["url"], report_id=r["report_id"], report_title=r["report_title"],
                link_reason=r["link_reason"],
            )
            for r in rows
        ]

    def insert_response(self, claim_id: int, new: NewResponse, recorded_at: str) -> int:
        return self._x(
            """INSERT INTO responses (claim_id, responder_id, stance, quote, via_id,
                   responded_on, url, report_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
            ],
        ).lastrowid

    def responses(self, claim_id: int) -> list[Response]:
        rows = self._q(
            """SELECT r.*, who.name AS responder, via.name AS via FROM responses r
               JOIN entities who ON who.id = r.responder_id
               LEFT JOIN entities via ON via.id = r.via_id
               WHERE r.claim_id = ? ORDER BY r.id""",
            [claim_id],
        )
        return [
            Response(
                id=r["id"], claim_id=claim_id, responder=r["responder"], stance=Stance(r["stance"]),
                quote=r["quote"], via=r["via"], responded_on=parse_optional(r["responded_on"]),
                recorded_at=r["recorded_at"], url=r["url"], report_id=r["report_id"],
            )
            for r in rows
        ]

    def insert_verdict(self, claim_id: int, new: NewVerdict, recorded_at: str) -> int:
        return self._x(
            """INSERT INTO verdicts (claim_id, verdict, decided_on, evidence, note, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [claim_id, new.verdict.value, str(new.decided_on) if new.decided_on else None,
             new.evidence, new.note, recorded_at],
        ).lastrowid

    def verdicts(self, claim_id: int) -> list[VerdictRecord]:
        rows = self._q("SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", [claim_id])
        return [
            VerdictRecord(
                id=r["id"], claim_id=claim_id, verdict=Verdict(r["verdict"]),
                decided_on=parse_optional(r["decided_on"]), recorded_at=r["recorded_at"],
                evidence=r["evidence"], note=r["note"],
            )
            for r in rows
        ]

    def edits(self, claim_id: int) -> list[Edit]:
        rows = self._q("SELECT * FROM claim_edits WHERE claim_id = ? ORDER BY id", [claim_id])
        return [
            Edit(id=r["id"], claim_id=claim_id, field=r["field"], old_value=r["old_value"],
                 new_value=r["new_value"], recorded_at=r["recorded_at"])
            for r in rows
        ]

    def events(self, claim_id: int) -> list[Event]:
        """Everything that happened to a claim, derived from the tables that record it."""
        return events_from(self.mentions(claim_id), self.responses(claim_id),
                           self.verdicts(claim_id), self.edits(claim_id)) + \
            [report_change_event(c, claim_id) for c in self.report_changes(claim_id)]

    def status_events(self, claim_id: int) -> list[Event]:
        """Only the events that can change a status (responses and verdicts): a claim
        repeated by a thousand reports need not load them to know where it stands."""
        return events_from([], self.responses(claim_id), self.verdicts(claim_id), [])
