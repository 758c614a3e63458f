"""What the extractor hands on: claims and responses, each with its sentence and cue."""

from __future__ import annotations

from dataclasses import dataclass

from ..dates.partial import PartialDate
from ..models import Report, Stance


@dataclass(frozen=True)
class ExtractedClaim:
    text: str
    source: str | None
    anonymous: bool
    subjects: tuple[str, ...]
    reported_on: PartialDate | None
    sentence: str
    cue: str


@dataclass(frozen=True)
class ExtractedResponse:
    claim: int | None
    responder: str
    stance: Stance
    quote: str
    via: str | None
    responded_on: PartialDate | None
    sentence: str
    cue: str


@dataclass(frozen=True)
class Extraction:
    report: Report
    claims: tuple[ExtractedClaim, ...] = ()
    responses: tuple[ExtractedResponse, ...] = ()

    def to_json(self) -> dict:
        """The extraction contract: report, claims, responses (see `claimtrack extract --json`)."""
        r = self.report
        return {
            "report": {
                "title": r.title,
                "outlet": r.outlet,
                "published": str(r.published) if r.published else None,
                "language": r.language,
            },
            "claims": [
                {
                    "text": c.text,
                    "source": c.source,
                    "anonymous": c.anonymous,
                    "subjects": list(c.subjects),
                    "reported_on": str(c.reported_on) if c.reported_on else None,
                }
                for c in self.claims
            ],
            "responses": [
                {
                    "claim": x.claim,
                    "responder": x.responder,
                    "stance": x.stance.value,
                    "quote": x.quote,
                    "via": x.via,
                    "responded_on": str(x.responded_on) if x.responded_on else None,
                }
                for x in self.responses
            ],
        }
