"""The cue lexicons of `cues.py`, compiled, and the searches every stage shares.

Each cue carries a literal that must occur in the sentence before its regex runs: a
substring test costs a fraction of a regex search, and most sentences carry no cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import Iterator

import ahocorasick

from . import cues
from ..models import Stance


class _Prefiltered:
    """A cue with literals, one of which occurs in every match of its regex, and
    perhaps further groups (`also`), one literal of each of which occurs too."""

    literals: tuple[str, ...]
    also: tuple[tuple[str, ...], ...]

    def may_match(self, lowered: str) -> bool:
        for group in (self.literals, *self.also):
            for lit in group:  # a plain loop: any() over a generator costs more than the tests
                if lit in lowered:
                    break
            else:
                return False
        return True

    def within(self, present: frozenset[str]):
        """This cue with only the literals in `present`; None when a group has none."""
        kept = tuple(tuple(lit for lit in group if lit in present) for group in (self.literals, *self.also))
        if not all(kept):
            return None
        if kept == (self.literals, *self.also):
            return self
        return replace(self, literals=kept[0], also=kept[1:])

    @property
    def every_literal(self) -> tuple[str, ...]:
        return self.literals + tuple(lit for group in self.also for lit in group)


@dataclass(frozen=True)
class Cue(_Prefiltered):
    name: str
    literals: tuple[str, ...]  # lower-cased for English
    where: str  # where the proposition stands: "after", "before" or "around" the cue
    regex: re.Pattern
    also: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class StanceCue(_Prefiltered):
    stance: str
    literals: tuple[str, ...]
    regex: re.Pattern
    also: tuple[tuple[str, ...], ...] = ()


def _groups(literal: str, english: bool) -> tuple[tuple[str, ...], ...]:
    """"a|b&c|d" -> (("a", "b"), ("c", "d")): one of a, b and one of c, d in every match."""
    return tuple(tuple((lit.lower() if english else lit) for lit in group.split("|") if lit)
                 for group in literal.split("&"))


def _cue(name: str, literal: str, where: str, pattern: str, english: bool) -> Cue:
    first, *also = _groups(literal, english)
    return Cue(name, first, where, re.compile(pattern), tuple(also))


def _stance_cue(stance: str, literal: str, pattern: str, english: bool) -> StanceCue:
    first, *also = _groups(literal, english)
    return StanceCue(stance, first, re.compile(pattern, re.I if english else 0), tuple(also))


@dataclass(frozen=True)
class Lexicon:
    """Cues by language; narrowed to one sentence (`sentence_lexicon`), only the cues
    with a literal in it, each keeping only those literals."""

    zh_attribution: tuple[Cue, ...]
    en_attribution: tuple[Cue, ...]
    zh_stance: tuple[StanceCue, ...]
    en_stance: tuple[StanceCue, ...]

    def attribution(self, zh: bool) -> tuple[Cue, ...]:
        return self.zh_attribution if zh else self.en_attribution

    def stance(self, zh: bool) -> tuple[StanceCue, ...]:
        return self.zh_stance if zh else self.en_stance


NO_CUES = Lexicon((), (), (), ())


def _within(cues_: tuple, present: frozenset[str]) -> tuple:
    return tuple(c for c in (cue.within(present) for cue in cues_) if c is not None)


def sentence_lexicon(text: str, zh: bool) -> Lexicon:
    """The cues of the sentence's own language that may match in it: those it is read with.

    One Aho-Corasick pass finds every literal of the sentence (≈1 µs), so each of its
    segments then tries only the two or three cues that can fire there, not all sixty.
    """
    zh_literals, en_literals = _automata()
    hits = zh_literals.iter(text) if zh else en_literals.iter(text.lower())
    first = next(hits, None)
    if first is None:
        return NO_CUES
    found = frozenset((first[1], *map(_LITERAL, hits)))
    return _narrowed(found, _NONE) if zh else _narrowed(_NONE, found)


_LITERAL = itemgetter(1)  # of the automaton's (end, literal) hits
_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)  # sentences carry few cue words, in combinations that recur
def _narrowed(zh: frozenset[str], en: frozenset[str]) -> Lexicon:
    full = full_lexicon()
    narrowed = Lexicon(
        _within(full.zh_attribution, zh),
        _within(full.en_attribution, en),
        _within(full.zh_stance, zh),
        _within(full.en_stance, en),
    )
    return NO_CUES if narrowed == NO_CUES else narrowed  # the reader skips NO_CUES by identity


@lru_cache(maxsize=1)
def _automata():
    """Automata of the Chinese literals and of the (lower-cased) English ones."""
    full = full_lexicon()
    out = []
    for cues_ in (full.zh_attribution + full.zh_stance, full.en_attribution + full.en_stance):
        automaton = ahocorasick.Automaton()
        for lit in {lit for cue in cues_ for lit in cue.every_literal}:
            automaton.add_word(lit, lit)
        automaton.make_automaton()
        out.append(automaton)
    return tuple(out)


@lru_cache(maxsize=1)
def full_lexicon() -> Lexicon:
    """Every cue of `cues.py`, compiled on first use (not at import)."""
    return Lexicon(
        tuple(_cue(n, lit, w, p, False) for n, lit, w, p in cues.ZH_ATTRIBUTION),
        tuple(_cue(n, lit, w, p, True) for n, lit, w, p in cues.EN_ATTRIBUTION),
        tuple(_stance_cue(s, lit, p, False) for s, lit, p in cues.ZH_STANCE),
        tuple(_stance_cue(s, lit, p, True) for s, lit, p in cues.EN_STANCE),
    )


def attributions(segment: str, zh: bool, lexicon: Lexicon | None = None) -> Iterator[tuple[Cue, re.Match]]:
    """Every attribution cue that matches, in lexicon order."""
    lowered = segment if zh else segment.lower()
    for cue in (lexicon or full_lexicon()).attribution(zh):
        if cue.may_match(lowered):
            m = cue.regex.search(segment)
            if m:
                yield cue, m


def first_attribution(segment: str, zh: bool, lexicon: Lexicon | None = None) -> tuple[Cue, re.Match] | tuple[None, None]:
    return next(attributions(segment, zh, lexicon), (None, None))


def stance_hits(segment: str, zh: bool, lexicon: Lexicon | None = None) -> list[tuple[str, re.Match]]:
    """(stance, match) for every stance cue in the segment, in lexicon order."""
    lowered = segment if zh else segment.lower()
    hits: list[tuple[str, re.Match]] = []
    for cue in (lexicon or full_lexicon()).stance(zh):
        if cue.may_match(lowered):
            m = cue.regex.search(segment)
            if m:
                hits.append((cue.stance, m))
    return hits


# Strong stance words stand on their own; the weak ones ("没有", "不是") count only in a
# party's statement right after a claim.
ZH_STRONG = re.compile(
    r"尚未确定|无法确定|否认|假的|没有的事|没这回事|不实|失实|谣言|辟谣|虚构|子虚乌有|假消息|是假的|不属实|置评|回应|听说|接到|收到|知情|证实|确认|属实|官宣|谣传|无稽之谈|捏造|杜撰|假新闻|此事|其事|臆测|筹划|确有|不便|不确定性"
    r"|未查到|回避|不清楚|评论|回复|公告|可能性|核实|核查|排查|查证|不准确|有误|确为|确实在|确实正在|无人接听|沉默|表态|三缄其口|分享|无可奉告|不便多|不方便|别信|不要信|不要相信|瞎说|胡说|乱说|瞎编|胡编|乱编"
)


def stance_in(segment: str, zh: bool, lexicon: Lexicon | None = None) -> tuple[Stance, str, re.Match] | None:
    """The stance a segment takes, the cue words and where they are; None without one."""
    hits = stance_hits(segment, zh, lexicon)
    if not hits:
        return None
    if _NEITHER.search(segment):  # "declined to confirm or deny", "拒绝证实或否认"
        m = _NEITHER.search(segment)
        return Stance.NO_COMMENT, m.group(0), m
    # "did not deny", "并未否认": a denial not made is no denial
    hits = [(s, m) for s, m in hits if not (s == "deny" and _NOT_DENIED.search(segment, max(0, m.start() - 16), m.end()))]
    if not hits:
        return None
    kinds = {s for s, _ in hits}
    if "no_comment" in kinds and kinds & {"deny", "unaware"} and all(DEFER.search(m.group(0)) for s, m in hits if s == "no_comment"):
        kinds.discard("no_comment")  # "未洽谈…，请以公司公告为准": the denial is the answer, the deferral a formula
        hits = [(s, m) for s, m in hits if s != "no_comment"]
    if {"unaware", "deny"} <= kinds and any(_FORMAL_DENIAL.search(m.group(0)) for s, m in hits if s == "deny"):
        kinds.discard("unaware")  # "报道不属实，公司未收到任何通知": the verdict on the report is the answer
        hits = [(s, m) for s, m in hits if s != "unaware"]
    only = next((m for s, m in hits if s == "partial" and _ONLY.match(m.group(0))), None)
    if only is not None and "confirm" not in kinds:
        return Stance.PARTIAL, only.group(0), only  # "只调整了两家门店，其他门店正常营业"
    if "partial" in kinds and len(kinds) > 1 and "confirm" not in kinds:
        conceded = next((m for s, m in hits if s == "partial" and _BUT.search(m.group(0))), None)
        if conceded is not None:  # "有过接触，但尚未达成协议", "met them but never discussed a price": a concession
            return Stance.PARTIAL, conceded.group(0), conceded
        kinds.discard("partial")  # "不排除" beside a denial qualifies the denial
    if {"confirm", "no_comment"} <= kinds and all(_WITHHELD.search(m.group(0)) for s, m in hits if s == "no_comment"):
        kinds.discard("no_comment")  # "确为其供货，具体金额不便披露": confirmed, a detail withheld
        hits = [(s, m) for s, m in hits if s != "no_comment"]
    if zh:
        admitted = _zh_admitted_but(segment, hits)
        if admitted is not None:
            return Stance.PARTIAL, admitted.group(0), admitted  # "确实调整了部分业务，但不存在大规模裁员"
    if "confirm" in kinds and ("deny" in kinds or "partial" in kinds or ("unaware" in kinds and _BUT.search(segment))):
        return _confirm_with_a_but(hits, kinds, segment)
    if zh and kinds == {"unaware"}:
        undecided = next((m for s, m in hits if _UNDECIDED.fullmatch(m.group(0))), None)
        if undecided is not None and _ZH_CONCEDED_BEFORE.search(segment, 0, undecided.start()):
            return Stance.PARTIAL, undecided.group(0), undecided  # "正在调整，但具体方案尚未确定": a move conceded, its details open
    for stance in ("no_comment", "unaware", "deny", "confirm", "partial"):
        if stance in kinds:
            m = min((m for s, m in hits if s == stance), key=lambda m: m.start())  # the first said
            if zh and stance == "deny" and "否认" not in segment:
                # A plain "没有/不是" is weak; prefer an explicit stronger word when present.
                strong = [h for h in hits if ZH_STRONG.search(h[1].group(0))]
                if strong:
                    stance_s, m = min(strong, key=lambda h: h[1].start())
                    return Stance(stance_s), m.group(0), m
                if _ZH_CONCESSION.search(segment, m.end()):
                    return Stance.PARTIAL, m.group(0), m  # "不是技术问题，…确实可能出现…"
            return Stance(stance), m.group(0), m
    stance_s, m = min(hits, key=lambda h: h[1].start())
    return Stance(stance_s), m.group(0), m


_UNDECIDED = re.compile(r"尚未确定|无法确定")
_ZH_CONCEDED_BEFORE = re.compile(r"[\u4e00-\u9fff”」]{4,}[”」]?[，,]\s*(?:但|不过|只是)[^，。]{0,12}$")
_WITHHELD = re.compile(r"不便|具体|details?|elaborate|further|specifics")  # a detail withheld, not the answer
_BUT = re.compile(r"\bbut\b|但|不过")  # "有上市计划，但具体时间表尚未确定": confirmed, then qualified
_ONLY = re.compile(r"只|仅")  # "只调整了两家门店": a concession that the denial beside it only bounds
_FORMAL_DENIAL = re.compile(r"否认|不实|失实|不属实|谣言|辟谣|造谣|虚构|子虚乌有|\b(?:den(?:y|ies|ied)|untrue|false|baseless|unfounded)\b")
_NEITHER = re.compile(
    r"(?:declin\w*|refus\w*|would\s*(?:not|n[’']t)|did\s*(?:not|n[’']t)|could\s*(?:not|n[’']t))\s+(?:to\s+)?(?:either\s+)?confirm\s+(?:or|nor)\s+deny"
    r"|\b(?:(?:would|will|could|did|does)\s+)?neither\s+confirm\w*\s+nor\s+den\w+"
    r"|(?:拒绝|未|没有|不愿|不予)(?:予以)?(?:证实|确认)或否认|既不(?:证实|确认)也不否认",
    re.I,
)
_NOT_DENIED = re.compile(r"(?:\b(?:not|never)\s+(?:\w+\s+)?|n[’']t\s+(?:\w+\s+)?)den(?:y|ied|ies)\b|(?:并未|没有|未|并没有|不)否认", re.I)
# formulas that defer rather than answer: beside a denial or "not aware", that is the answer
DEFER = re.compile(r"为准|nothing\s+(?:further\s+|more\s+)?to\s+(?:add|say)|in\s+due\s+course|when\s+appropriate|as\s+required", re.I)
_ZH_CONCESSION = re.compile("|".join(re.escape(w) for w in cues.ZH_CONCESSION))


# An admission ("确实", "的确", "确与…", "确有", "属实"; "確實" read through the Simplified copy) and,
# after a "但/不过", a denial, a limit or an open question: the reply concedes part of the
# claim and rejects or qualifies the rest.
_ZH_ADMISSION = re.compile(r"(?<![不未没无否并])(?:确实|的确|确曾|确与|确有(?!不确定)|确在|确会|确已|属实)")
_ZH_IF = re.compile(r"若|如果|假如|是否|倘若|一旦")
_ZH_BUT_CLAUSE = re.compile(r"[，,；;]\s*(?:但是?|不过|只是)")


def _zh_admitted_but(segment: str, hits) -> re.Match | None:
    admitted = _ZH_ADMISSION.search(segment)
    if admitted is None or _NEITHER.search(segment) or _ZH_IF.search(segment, max(0, admitted.start() - 6), admitted.start()):
        return None  # ("若消息属实": a condition, not an admission)
    but = _ZH_BUT_CLAUSE.search(segment, admitted.end())
    if but is None or but.start() - admitted.end() > 40:
        return None
    after = [(s, m) for s, m in hits if m.start() >= but.end() and s in ("deny", "unaware", "partial", "no_comment")]
    return admitted if after else None


def _confirm_with_a_but(hits, kinds, segment: str) -> tuple[Stance, str, re.Match]:
    confirm = next(m for s, m in hits if s == "confirm")
    negation = next((m for s, m in hits if s == "deny" and m.start() > confirm.start()), None)
    # "we confirm that X has not ..." confirms a denial
    if (
        negation is not None and negation.start() - confirm.end() < 40 and "partial" not in kinds
        and not re.search(r"\bbut\b|但|不过", segment)
    ):
        return Stance.DENY, segment[confirm.start(): negation.end()], negation  # (the cue words from "确认" on)
    return Stance.PARTIAL, confirm.group(0), confirm


def has_en_stance(text: str, lexicon: Lexicon | None = None) -> bool:
    """Any English stance cue at all."""
    return bool(stance_hits(text, False, lexicon))


def has_cue(text: str, lexicon: Lexicon | None = None) -> bool:
    """Any Chinese attribution or stance cue at all."""
    return first_attribution(text, True, lexicon)[0] is not None or stance_in(text, True, lexicon) is not None


# Shared patterns built from the lexicons --------------------------------------------------

ZH_SPEECH = re.compile(
    "(?:" + "|".join(sorted((re.escape(s) for s in cues.ZH_SPEECH), key=len, reverse=True)) + ")(?!法|明书|服)"
)
ZH_ROLE = re.compile("|".join(sorted((re.escape(s) for s in cues.ZH_ROLE_WORDS), key=len, reverse=True)))
ZH_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{2,400})[”\"」』]")
EN_QUOTE = re.compile(r"[“\"]([^”\"]{8,600})[”\"]")
ZH_HEDGE = re.compile("|".join(re.escape(h) for h in cues.ZH_HEDGES))
