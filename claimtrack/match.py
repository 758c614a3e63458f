"""Stage 3: is a newly extracted claim one the store already holds?

Pure scoring: the store supplies candidates (claims sharing a subject and first
reported within a window of days, or whose mentions have the same wording); this
module scores each and decides, with a reason a person can read.

- Same language: wording counts most, compared as character bigrams (works for
  Chinese without a segmenter, and for English as letter pairs), then shared
  subjects, then how close the dates are.
- Across languages wording cannot be compared, so the evidence is the entities the
  two share after alias resolution (subjects, and the credited originator), the dates,
  and language-neutral tokens both contain (numbers, Latin names such as "SU7").

At or above `AUTO_LINK` a mention joins the stored claim; between `SUGGEST` and
`AUTO_LINK` it starts a new claim and a suggestion is kept for `claimtrack review`;
below, it is simply a new claim. Nothing is merged silently on weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from .text.keys import nfkc, wording_key

AUTO_LINK = 0.75
SUGGEST = 0.45
WINDOW_DAYS = 45

_CJK = re.compile(r"[\u3400-\u9fff]")
_NEUTRAL = re.compile(r"\d+(?:[.,]\d+)?|[A-Za-z][A-Za-z0-9]+")


@dataclass(frozen=True)
class Candidate:
    claim_id: int
    text: str
    first_reported: date | None
    subject_ids: frozenset[int]
    source_id: int | None = None


@dataclass(frozen=True)
class NewMention:
    text: str
    subject_ids: frozenset[int]
    when: date | None
    source_id: int | None = None


@dataclass(frozen=True)
class MatchDecision:
    claim_id: int | None  # the stored claim to link to; None: start a new claim
    score: float
    reason: str
    suggest_id: int | None = None  # a stored claim worth a human look


def is_chinese(text: str) -> bool:
    return _is_chinese_norm(wording_key(text))


def _is_chinese_norm(norm: str) -> bool:
    cjk = len(_CJK.findall(norm))
    return cjk >= 4 and cjk >= 0.2 * len(norm)


def _bigrams(text: str) -> set[str]:
    return _bigrams_norm(wording_key(text))


def _bigrams_norm(norm: str) -> set[str]:
    return {norm[i : i + 2] for i in range(len(norm) - 1)} or {norm}


def wording_similarity(a: str, b: str) -> float:
    """Overlap of character bigrams relative to the shorter text (0..1)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _closeness(a: date | None, b: date | None) -> float:
    if a is None or b is None:
        return 0.5
    return max(0.0, 1 - abs((a - b).days) / WINDOW_DAYS)


def _neutral_tokens(text: str) -> set[str]:
    return {t.casefold() for t in _NEUTRAL.findall(nfkc(text))}


@dataclass(frozen=True)
class _Probe:
    """What scoring needs of the new mention, computed once for all candidates."""

    mention: NewMention
    chinese: bool
    bigrams: frozenset[str]
    tokens: frozenset[str]

    @classmethod
    def of(cls, new: NewMention) -> "_Probe":
        norm = wording_key(new.text)
        return cls(new, _is_chinese_norm(norm), frozenset(_bigrams_norm(norm)), frozenset(_neutral_tokens(new.text)))


def score(new: NewMention, candidate: Candidate) -> tuple[float, str]:
    value, explain = _score(_Probe.of(new), candidate)
    return value, explain()


def _score(probe: _Probe, candidate: Candidate) -> tuple[float, Callable[[], str]]:
    """The score, and how to say why: only the best candidate's reason is ever shown,
    so the words are put together only when asked for."""
    new = probe.mention
    subjects = _jaccard(new.subject_ids, candidate.subject_ids)
    close = _closeness(new.when, candidate.first_reported)
    norm = wording_key(candidate.text)
    if probe.chinese == _is_chinese_norm(norm):
        theirs = _bigrams_norm(norm)
        wording = len(probe.bigrams & theirs) / min(len(probe.bigrams), len(theirs)) if theirs else 0.0
        value = 0.6 * wording + 0.25 * subjects + 0.15 * close
        return round(value, 3), lambda: f"wording {wording:.2f}, subjects {subjects:.2f}, dates {close:.2f}"
    same_source = 1.0 if new.source_id is not None and new.source_id == candidate.source_id else 0.0
    theirs = _neutral_tokens(candidate.text)
    tokens = len(probe.tokens & theirs) / min(len(probe.tokens), len(theirs)) if probe.tokens and theirs else 0.0
    value = 0.45 * subjects + 0.25 * same_source + 0.15 * close + 0.15 * tokens
    return round(value, 3), lambda: (f"across languages: subjects {subjects:.2f}, same originator {same_source:.0f}, "
                                     f"dates {close:.2f}, shared names/numbers {tokens:.2f}")


def decide(new: NewMention, candidates: list[Candidate], exact_id: int | None = None) -> MatchDecision:
    if exact_id is not None:
        return MatchDecision(exact_id, 1.0, f"same wording as a mention of claim {exact_id}")
    probe = _Probe.of(new)
    scored = sorted(((_score(probe, c), c) for c in candidates), key=lambda x: (-x[0][0], x[1].claim_id))
    if not scored:
        return MatchDecision(None, 0.0, "new: no stored claim shares a subject within the window")
    (value, explain), best = scored[0]
    why = explain()
    if value >= AUTO_LINK:
        return MatchDecision(best.claim_id, value, f"linked to claim {best.claim_id}: score {value:.2f} ≥ {AUTO_LINK} ({why})")
    if value >= SUGGEST:
        return MatchDecision(None, value, f"new, but may be claim {best.claim_id}: score {value:.2f} ({why}); see `claimtrack review`",
                             suggest_id=best.claim_id)
    return MatchDecision(None, value, f"new: closest is claim {best.claim_id} at {value:.2f} < {SUGGEST} ({why})")
