"""After reading: merge repeated claims, attach each response to the claim it answers."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from difflib import SequenceMatcher

from ..models import Stance
from ..text.keys import name_key
from .names import same_name
from .results import ExtractedClaim, ExtractedResponse
from .state import State

IMPLIED_CUE = "the claim a reply answers"  # the cue of a claim read out of a reply (claims.implied_claim)
SIMILAR_SHARE = 0.6  # two claim spans sharing this much of the shorter one state one proposition
SAME_REPORT_SENTENCES = 3  # claims credited to one outlet this close together come from one report


GRAM = 3  # characters in an index key of `_KeptTexts`: rare enough in Chinese and English alike
# At most, for one claim (see `_KeptTexts`): index entries looked up, earlier claims compared with
MAX_LOOKED_UP, MAX_COMPARED = 1000, 50


def dedupe_claims(state: State) -> None:
    """Two spans stating one proposition (a heading and its paragraph) are one claim."""
    kept: list[int] = []
    texts = _KeptTexts()
    for i, claim in enumerate(state.claims):
        if texts.any_similar(claim.text):
            continue
        if claim.cue == IMPLIED_CUE and _told_elsewhere(i, state):
            continue  # the lead's "denied a report that P": the report itself is told later
        if i in state.heading_claims and _restated_below(i, state):
            continue  # a claim in the title and the body is the body's
        kept.append(i)
        texts.add(claim.text)
    state.claims = [state.claims[i] for i in kept]
    state.claim_pos = [state.claim_pos[i] for i in kept]


def already_claimed(claim: ExtractedClaim, state: State) -> bool:
    """An earlier claim of this report states it or is about the same parties."""
    return any(_told_in(other, claim) for other in state.recent_claims())


def _told_elsewhere(i: int, state: State) -> bool:
    """The report a reply names is told in full elsewhere: the same proposition, or a
    story about all of the parties the named one is about ("declined to comment on a
    Bloomberg report that Foxconn approached it" is not the Honda–Nissan story)."""
    claim = state.claims[i]
    return any(_told_in(other, claim) for j, other in enumerate(state.claims) if j != i and other.cue != IMPLIED_CUE)


def _told_in(story: ExtractedClaim, named: ExtractedClaim) -> bool:
    return _similar(named.text, story.text) or (_same_story(named, story) and _covers(story, named))


def _covers(story: ExtractedClaim, named: ExtractedClaim) -> bool:
    if named.source and not story.source:
        return False  # "a Bloomberg report that …" beside a story nobody is credited with
    return all(any(same_name(s, t) for t in story.subjects if t) for s in named.subjects if s)


def _restated_below(i: int, state: State) -> bool:
    claim = state.claims[i]
    return any(_same_story(claim, other) for j, other in enumerate(state.claims) if j > i and j not in state.heading_claims)


def _same_story(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    """One proposition, or the same parties told of by the same (or an unnamed) source.

    A reply to "a Bloomberg report" about a party is another story than Nikkei's about it.
    """
    if _similar(a.text, b.text):
        return True
    if a.source and b.source and not same_name(a.source, b.source):
        return False
    return any(same_name(x, y) for x in a.subjects for y in b.subjects if x and y)


def share_anonymity(state: State) -> None:
    """One outlet's report rests on the same people throughout: "X reported that …",
    then "…, X reported, citing people familiar" makes the first unnamed-sourced too."""
    # (only claims this close are looked at: scanning all of them for each was quadratic)
    by_position = sorted(range(len(state.claims)), key=state.claim_pos.__getitem__)
    positions = [state.claim_pos[j] for j in by_position]
    for i, claim in enumerate(state.claims):
        if claim.anonymous or not claim.source:
            continue
        at = state.claim_pos[i]
        close = by_position[bisect_left(positions, at - SAME_REPORT_SENTENCES):bisect_right(positions, at + SAME_REPORT_SENTENCES)]
        near = [
            other for other in (state.claims[j] for j in close if j != i)
            if other.anonymous and other.source and same_name(other.source, claim.source)
        ]
        if near:
            state.claims[i] = replace(claim, anonymous=True)


def _similar(a: str, b: str) -> bool:
    return _shares_enough(_squeezed(a), _squeezed(b))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _shares_enough(a: str, b: str) -> bool:
    """One run of `a` is also in `b` and covers SIMILAR_SHARE of the shorter (both squeezed)."""
    shorter = min(len(a), len(b))
    if not shorter:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= _run_needed(shorter)


def _run_needed(shorter: int) -> int:
    """The shortest common run that makes two texts similar, the shorter of `shorter` characters."""
    return math.ceil(SIMILAR_SHARE * shorter)  # (a run's length is whole: >= x is >= ceil(x))


class _KeptTexts:
    """The claim texts kept so far, indexed so that a new text is compared only with
    the few it could be similar to: comparing every pair took 84 s on a page with
    2,000 claims.

    Texts are filed by length class (powers of two), and within a class by their
    3-grams. Two texts are similar only if they share a run of `_run_needed(shorter)`
    characters: `window` consecutive 3-grams of the new text that the other has too.
    Cut the new text's 3-grams into blocks of a third of `window`: such a run covers two
    whole blocks, so a similar text has the rarest 3-gram of at least two blocks. Those
    rarest ones are names and numbers, not the words every claim uses, so the texts
    having two of them are all that can be similar and few others. Only on a page built
    so that every 3-gram is common would that be many: then a claim is compared with
    the MAX_COMPARED texts that share the rarest ones.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.gram_sets: list[frozenset[str]] = []
        self.by_class: dict[int, dict[str, list[int]]] = {}  # length class -> 3-gram -> texts having it
        self.members: dict[int, list[int]] = {}  # length class -> its texts
        self.shortest: dict[int, int] = {}  # length class -> its shortest text's length

    def add(self, text: str) -> None:
        text = _squeezed(text)
        if not text:
            return  # an empty text is like no other
        number, length_class = len(self.texts), len(text).bit_length()
        self.texts.append(text)
        self.gram_sets.append(frozenset(_grams(text)))
        self.members.setdefault(length_class, []).append(number)
        self.shortest[length_class] = min(len(text), self.shortest.get(length_class, len(text)))
        index = self.by_class.setdefault(length_class, {})
        for gram in self.gram_sets[-1]:
            index.setdefault(gram, []).append(number)

    def any_similar(self, text: str) -> bool:
        text = _squeezed(text)
        if not text:
            return False
        grams = _grams(text)
        return any(
            _run_needed(min(len(text), len(self.texts[k]))) - GRAM + 1 <= _longest_run(grams, self.gram_sets[k])
            and _shares_enough(text, self.texts[k])  # (the run of 3-grams is only a cheap bound)
            for k in self._candidates(grams, len(text))
        )

    def _candidates(self, grams: list[str], length: int) -> list[int]:
        """The texts having the rarest 3-gram of enough blocks of `grams` to be similar."""
        blocks: list[list[int]] = []  # per block, the texts having its rarest 3-gram
        needed: dict[int, int] = {}  # length class -> blocks a text of it must have
        for length_class, index in self.by_class.items():
            window = _run_needed(min(length, self.shortest[length_class])) - GRAM + 1
            if window < 1:  # a run this short is no whole 3-gram: any text of the class may do
                needed[length_class] = 1
                blocks.append(self.members[length_class])
                continue
            needed[length_class] = 2 if window >= 2 else 1
            size = (window + 1) // 3 if window >= 2 else 1
            for start in range(0, len(grams), size):
                rarest = min(grams[start:start + size], key=lambda g: len(index.get(g, ())))
                blocks.append(index.get(rarest, []))
        hits: dict[int, int] = {}
        budget = MAX_LOOKED_UP
        for numbers in sorted(blocks, key=len):  # rarest first: the budget leaves out the common
            for k in numbers[:budget]:
                hits[k] = hits.get(k, 0) + 1
            budget -= len(numbers)
            if budget <= 0:
                break
        least = min(needed.values(), default=1)
        found = [k for k, n in hits.items() if n >= least and n >= needed[len(self.texts[k]).bit_length()]]
        return sorted(found, key=hits.__getitem__, reverse=True)[:MAX_COMPARED]


def _grams(text: str) -> list[str]:
    return [text[i:i + GRAM] for i in range(len(text) - GRAM + 1)]


def _longest_run(grams: list[str], having: frozenset[str]) -> int:
    """The most consecutive `grams` that are all in `having`: a common run of n
    characters is n - GRAM + 1 of them."""
    longest = run = 0
    for gram in grams:
        if gram in having:
            run += 1
            longest = run if run > longest else longest
        else:
            run = 0
    return longest


def link(state: State) -> list[ExtractedResponse]:
    """Responses with their claim, one per statement."""
    linked = [
        replace(response, claim=_claim_for(response, position, refers, state))
        for response, position, refers in state.responses
    ]
    positions = [position - state.first_index for _, position, _ in state.responses]
    paragraphs = [state.paragraph_of.get(position) for _, position, _ in state.responses]
    # A lead summary ("X denied the report") and X's own words later are one response:
    # keep the quoted words, or else the later, fuller sentence.
    keep: list[ExtractedResponse] = []
    kept_at: list[int] = []  # where each kept response stands in `linked`
    for i, r in enumerate(linked):
        previous = keep[-1] if keep else None
        if previous is not None and _continues(previous, r, kept_at[-1], i, positions, paragraphs):
            continue  # "X 否认…。X 也强调…": the same statement, continued
        if previous is not None and _confirmed_with_a_but(previous, r, positions[i] - positions[kept_at[-1]]):
            keep[-1] = _as_one_partial(previous, r)  # "X 承认正在接触…，但表示尚未最终确定": one answer
            continue
        if r.claim is None and any(o.claim is not None and o.stance == r.stance and same_name(o.responder, r.responder)
                                   for o in linked):
            continue  # "Acme denies merger talk" in a headline: the same denial told again below, with its claim
        same = [
            o for j, o in enumerate(linked)
            if j != i and o.claim == r.claim and o.stance == r.stance and same_name(o.responder, r.responder)
            and (o.via == r.via or None in (o.via, r.via))
        ]
        if same and not _has_quote(r):
            lead = positions[i] <= 1
            later = any(positions[j] > positions[i] for j, o in enumerate(linked) if o in same)
            if any(_has_quote(o) for o in same) or (lead and later and not _reports_own_words(r)):
                continue  # (a lead that tells what the party said, "表示该截图系伪造", is the answer itself)
        keep.append(r)
        kept_at.append(i)
    return keep


def _continues(previous: ExtractedResponse, r: ExtractedResponse, p: int, i: int, positions: list[int],
               paragraphs: list) -> bool:
    """`r` is the next sentence of `previous`'s statement: same party, stance, claim, paragraph."""
    return (
        previous.stance == r.stance and same_name(previous.responder, r.responder)
        and previous.claim == r.claim and not _has_quote(r) and positions[i] - positions[p] == 1
        and paragraphs[i] == paragraphs[p]
    )


def _confirmed_with_a_but(previous: ExtractedResponse, r: ExtractedResponse, apart: int) -> bool:
    """One party's confirmation and, in the same or the next sentence, its qualification or
    denial ("X confirmed it is in talks. It said no agreement had been reached")."""
    return (
        apart <= 1 and previous.claim == r.claim and same_name(previous.responder, r.responder)
        and previous.stance == Stance.CONFIRM and r.stance in (Stance.PARTIAL, Stance.DENY)
    )


def _as_one_partial(first: ExtractedResponse, then: ExtractedResponse) -> ExtractedResponse:
    start, end = first.sentence.find(first.quote), then.sentence.find(then.quote)
    quote = first.sentence[start: end + len(then.quote)] if 0 <= start <= end else first.quote
    return replace(first, stance=Stance.PARTIAL, quote=quote)


# A verb of saying and then the words said: "X 辟谣称，…", "X 表示，该截图系伪造", "X said it had not …"
_ZH_SAID_BEFORE = re.compile(r"(?:表示|称|指出|强调|说|回应|回复|声明|通报|澄清|辟谣)(?:道)?[，,：:\s]*(?:经(?:过)?[^，。；]{0,8}?(?:核实|核查|调查|了解)[，,]\s*)?$")
_EN_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|added|told\s+[\w ]{1,30}?)(?:\s+that)?\s*$")
_ZH_REPORTED = re.compile(r"(?:表示|称|指出|强调)[，,：:]?\s*\S{4,}")
_EN_REPORTED = re.compile(r"\b(?:said|says|stated|added)\s+(?:that\s+)?(?:it|the\s+\w+|they|he|she)\s+\w+")


def _reports_own_words(r: ExtractedResponse) -> bool:
    """The response tells in reported speech what the party said (a reporting verb, then
    content), not just that it answered ("X denied the report")."""
    quote, sentence = r.quote.strip(), r.sentence
    at = sentence.find(quote)
    if len(quote) < 6 or at < 0:
        return False
    before = sentence[:at]
    if _ZH_SAID_BEFORE.search(before) or _EN_SAID_BEFORE.search(before):
        return True
    return bool(_ZH_REPORTED.search(quote) or _EN_REPORTED.search(quote))


def _has_quote(r: ExtractedResponse) -> bool:
    """The response's words are quoted in its sentence."""
    head = r.quote.strip()[:12]
    return bool(head) and any(mark + head in r.sentence for mark in ("“", '"', "「", "『", "“ ", '" '))


def _claim_for(response: ExtractedResponse, position: int, refers: bool, state: State) -> int | None:
    """The claim a response answers: the one just before a "对此", else one about the responder."""
    if not state.claims:
        return None
    item = state.item_of.get(position)
    in_item = [i for i, p in enumerate(state.claim_pos) if state.item_of.get(p) == item]
    if state.item > 1 and not in_item:
        return None  # a digest item with a reply and no claim: nothing else in the digest is answered
    preceding = [i for i, p in enumerate(state.claim_pos) if p <= position and (state.item <= 1 or i in in_item)]
    k = name_key(response.responder)
    if refers and preceding:
        last = preceding[-1]
        if k and not _mentions(state.claims[last], k) and state.claims[last].subjects:
            # "据 X 报道，A…。报道还称，B…。A 对此不予置评": "对此" is the point of that report about A
            about = [i for i in preceding if _mentions(state.claims[i], k)
                     and state.claims[i].source and same_name(state.claims[i].source, state.claims[last].source)]
            if about:
                return about[-1]
        return last
    sharing = [i for i, c in enumerate(state.claims) if k and _mentions(c, k) and (state.item <= 1 or i in in_item)]
    if sharing:
        before = [i for i in sharing if state.claim_pos[i] <= position]
        return before[-1] if before else sharing[0]
    if preceding:
        return preceding[-1]
    return in_item[0] if state.item > 1 else 0


def _mentions(claim: ExtractedClaim, k: str) -> bool:
    return k in name_key(claim.text) or any(k in name_key(s) or name_key(s) in k for s in claim.subjects if s)
