"""After reading: merge repeated claims, attach each response to the claim it answers."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from .names import key, same_name
from .results import ExtractedClaim, ExtractedResponse
from .state import State

IMPLIED_CUE = "the claim a reply answers"  # the cue of a claim read out of a reply (claims.implied_claim)
SIMILAR_SHARE = 0.6  # two claim spans sharing this much of the shorter one state one proposition
SAME_REPORT_SENTENCES = 3  # claims credited to one outlet this close together come from one report


def dedupe_claims(state: State) -> None:
    """Two spans stating one proposition (a heading and its paragraph) are one claim."""
    kept: list[int] = []
    for i, claim in enumerate(state.claims):
        if any(_similar(claim.text, state.claims[k].text) for k in kept):
            continue
        if claim.cue == IMPLIED_CUE and _told_elsewhere(i, state):
            continue  # the lead's "denied a report that P": the report itself is told later
        if i in state.heading_claims and _restated_below(i, state):
            continue  # a claim in the title and the body is the body's
        kept.append(i)
    state.claims = [state.claims[i] for i in kept]
    state.claim_pos = [state.claim_pos[i] for i in kept]


def already_claimed(claim: ExtractedClaim, state: State) -> bool:
    """An earlier claim of this report states it or is about the same parties."""
    return any(_told_in(other, claim) for other in state.claims)


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
    for i, claim in enumerate(state.claims):
        if claim.anonymous or not claim.source:
            continue
        near = [
            other for j, other in enumerate(state.claims)
            if j != i and other.anonymous and other.source and same_name(other.source, claim.source)
            and abs(state.claim_pos[j] - state.claim_pos[i]) <= SAME_REPORT_SENTENCES
        ]
        if near:
            state.claims[i] = replace(claim, anonymous=True)


def _similar(a: str, b: str) -> bool:
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    shorter = min(len(a), len(b))
    if not shorter:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= SIMILAR_SHARE * shorter


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
    for i, r in enumerate(linked):
        previous = keep[-1] if keep else None
        if previous is not None and _continues(previous, r, linked.index(previous), i, positions, paragraphs):
            continue  # "X 否认…。X 也强调…": the same statement, continued
        same = [
            o for j, o in enumerate(linked)
            if j != i and o.claim == r.claim and o.stance == r.stance and same_name(o.responder, r.responder)
            and (o.via == r.via or None in (o.via, r.via))
        ]
        if same and not _has_quote(r):
            lead = positions[i] <= 1
            if any(_has_quote(o) for o in same) or (lead and any(positions[j] > positions[i] for j, o in enumerate(linked) if o in same)):
                continue
        keep.append(r)
    return keep


def _continues(previous: ExtractedResponse, r: ExtractedResponse, p: int, i: int, positions: list[int],
               paragraphs: list) -> bool:
    """`r` is the next sentence of `previous`'s statement: same party, stance, claim, paragraph."""
    return (
        previous.stance == r.stance and same_name(previous.responder, r.responder)
        and previous.claim == r.claim and not _has_quote(r) and positions[i] - positions[p] == 1
        and paragraphs[i] == paragraphs[p]
    )


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
    if refers and preceding:
        return preceding[-1]
    k = key(response.responder)
    sharing = [i for i, c in enumerate(state.claims) if k and _mentions(c, k) and (state.item <= 1 or i in in_item)]
    if sharing:
        before = [i for i in sharing if state.claim_pos[i] <= position]
        return before[-1] if before else sharing[0]
    if preceding:
        return preceding[-1]
    return in_item[0] if state.item > 1 else 0


def _mentions(claim: ExtractedClaim, k: str) -> bool:
    return k in key(claim.text) or any(k in key(s) or key(s) in k for s in claim.subjects if s)
