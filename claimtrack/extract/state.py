"""What the extractor remembers while it reads one report, sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import PartialDate
from ..models import Report
from .lexicon import NO_CUES, Lexicon
from .names import Names
from .results import ExtractedClaim, ExtractedResponse


@dataclass
class State:
    report: Report
    names: Names
    context_date: PartialDate | None  # the date the current passage speaks of ("8 月 17 日消息，…")
    lexicon: Lexicon = NO_CUES  # the cues that can fire in the sentence being read
    previous_zh: str = ""  # the Chinese sentence before, whose day a "彼时" points back at
    claims: list[ExtractedClaim] = field(default_factory=list)
    claim_pos: list[int] = field(default_factory=list)  # sentence index of each claim
    responses: list[tuple[ExtractedResponse, int, bool]] = field(default_factory=list)  # (response, sentence, refers)
    last_responder: str | None = None
    sources: set[str] = field(default_factory=set)  # name keys credited with a claim in this report
    sentence_responders: list[str] = field(default_factory=list)  # who already spoke in this sentence
    sentence_text: str = ""  # the sentence being read, for "X 的 CEO …，但公司发言人…"
    first_index: int = 0  # index of the first sentence that is not the title
    paragraph_of: dict[int, int] = field(default_factory=dict)  # sentence index -> paragraph
    last_leaker: str | None = None  # a leaker or analyst named in the last sentences, whom "他透露" means
    last_leaker_at: int = 0  # the sentence that named them
    last_outlet: str | None = None  # the outlet named last, whom "the paper" or "该报" means
    heading_claims: set[int] = field(default_factory=set)  # claims read from a heading, which the body may restate
    item: int = 0  # the digest item being read (a heading or numbered line starts the next)
    item_of: dict[int, int] = field(default_factory=dict)  # sentence index -> digest item

    def subject_named_before(self, segment: str) -> str | None:
        """The claim subject this sentence names last before `segment`: whom "公司" means there."""
        end = self.sentence_text.find(segment)
        before = self.sentence_text[: max(end, 0)]
        named = [(before.rfind(s), s) for c in self.claims for s in c.subjects if s and s in before]
        return max(named)[1] if named else None

    def main_subject(self) -> str | None:
        """Whom "the company" or "公司" means: the first subject of the latest claim."""
        if self.claims and self.claims[-1].subjects:
            return self.claims[-1].subjects[0]
        return None
