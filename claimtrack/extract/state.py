"""What the extractor remembers while it reads one report, sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates.partial import PartialDate
from ..models import Report
from .lexicon import NO_CUES, Lexicon
from .names import Names, en_names, named_leaker, zh_firms_named
from .results import ExtractedClaim, ExtractedResponse

LEAKER_REACH = 2  # "他透露" points back this many sentences at most
ACCOUNT_REACH = 4  # "消息人士称" goes on with an outlet's account told at most this many sentences before
# Claims a reply or a name is checked against: all of an ordinary report's, and on a page
# of thousands a bounded window, so that each check costs the same (all of them was quadratic)
RECENT_CLAIMS = 100


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
    sentences_read: list = field(default_factory=list)  # every sentence so far, for looking back
    statement_by: tuple[str, int] | None = None  # (speaker, last sentence) after "X 回应全文："
    heading_claims: set[int] = field(default_factory=set)  # claims read from a heading, which the body may restate
    item: int = 0  # the digest item being read (a heading or numbered line starts the next)
    item_of: dict[int, int] = field(default_factory=dict)  # sentence index -> digest item
    # replies read before any claim, kept with what they were read in until a claim follows:
    # (segment, sentence, lexicon, context_date)
    replies_ahead: list[tuple] = field(default_factory=list)
    # the outlet whose account the report is telling: (outlet, last sentence it was told in, paragraph,
    # digest item); "X 报道称…。消息人士称，…" goes on with X's account, and names no one new
    account: tuple[str, int, int | None, int] | None = None

    def note_account(self, outlet: str, index: int) -> None:
        """An outlet is credited in sentence `index`: what unnamed people say next is its account."""
        self.account = (outlet, index, self.paragraph_of.get(index), self.item_of.get(index, self.item))

    def account_for(self, index: int, further: bool = False) -> str | None:
        """The outlet whose account a follow-up of unnamed people at sentence `index` goes on
        with: one credited not long before in the same digest item, no other outlet named since,
        in the same paragraph (a new paragraph's bare "消息人士称" may be the report's own sources,
        or background it adds) or, for a follow-up that says it adds to the account ("另有消息人士
        表示", "此外", "the sources said", "people … also said"), in the paragraphs just before."""
        if self.account is None:
            return None
        outlet, at, paragraph, item = self.account
        if paragraph is None or self.item_of.get(index, self.item) != item or not 0 <= index - at <= ACCOUNT_REACH:
            return None
        if self.paragraph_of.get(index) != paragraph and not further:
            return None
        return outlet

    def recent_claims(self) -> list[ExtractedClaim]:
        return self.claims[-RECENT_CLAIMS:]

    def subject_named_before(self, segment: str) -> str | None:
        """The claim subject this sentence names last before `segment`: whom "公司" means there."""
        end = self.sentence_text.find(segment)
        before = self.sentence_text[: max(end, 0)]
        named = [(before.rfind(s), s) for c in self.claims for s in c.subjects if s and s in before]
        return max(named)[1] if named else None

    def leaker_before(self, index: int) -> str | None:
        """Whom "他透露" at sentence `index` means: a leaker, analyst or credited source of the
        last LEAKER_REACH sentences (looked up only when such a pronoun credits a claim)."""
        credited = [c.source for c, at in zip(self.claims, self.claim_pos) if c.source and index - LEAKER_REACH <= at < index]
        if credited:
            return credited[-1]
        for sentence in reversed(self.sentences_read[-LEAKER_REACH - 1: -1]):
            named = named_leaker(sentence.text) or next(reversed(self.names.people_in(sentence.text)), None)
            if named:
                return named
        return None

    def outlet_before(self) -> str | None:
        """Whom "the paper" means: the outlet this report named last."""
        for sentence in reversed(self.sentences_read):
            outlets = [n for n in en_names(sentence.text) if self.names.is_outlet(n)] if not sentence.zh else []
            if outlets:
                return outlets[-1]
        return None

    def main_subject(self) -> str | None:
        """Whom "the company" or "公司" means: the first subject of the latest claim."""
        if self.claims and self.claims[-1].subjects:
            return self.claims[-1].subjects[0]
        return self.protagonist()

    def protagonist(self) -> str | None:
        """The party the report is about when no claim names one: the first non-outlet
        name of its title, else of its first sentence."""
        first = self.sentences_read[0].text if self.sentences_read else ""
        for text in (self.report.title, first):
            if not text:
                continue
            found = self.names.known_in(text) or [n for n in en_names(text) if not self.names.is_outlet(n)] or zh_firms_named(text)
            if found:
                return found[0]
        return None
