"""One pass over a report's sentences: responses first, then claims, then linking."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Report
from .claims import claim_in, clean_source, implied_claim, may_credit_known_source
from .context import update_context
from .lexicon import NO_CUES, Lexicon, sentence_lexicon
from .linking import already_claimed, dedupe_claims, link, share_anonymity
from .names import Names
from .responses import responses_in
from .results import Extraction
from .script import Restorer, is_traditional, to_simplified
from ..text.keys import name_key, title_key
from .sentences import Sentence, alone, is_heading, segments, split_sentences, starts_item
from .state import State

_CJK = re.compile(r"[\u3400-\u9fff]")


def extract(report: Report, names: Names | None = None) -> Extraction:
    """Claims and responses in `report`, each with its sentence and cue.

    `names` is what the extractor knows about who is who; by default the shipped
    starter list; `ingest.extraction_names(store)` adds the user's entities and aliases.
    """
    if is_traditional(report.text):
        return _extract_traditional(report, names)
    given = report
    unglued = _unglue_head(report.text, report.title)
    if unglued != report.text:
        report = replace(report, text=unglued)  # read with a break after the glued headline; the report stays as given
    sentences = split_sentences(report.text)
    state = State(report, names if names is not None else Names.starter(), report.published)
    title, loose_title = title_key(report.title), _loose_key(report.title)
    for sentence in sentences:
        # (a sentence shorter than the title, or starting otherwise, cannot be it:
        # skip computing the key for most)
        state.sentences_read.append(sentence)
        if (title and len(sentence.text) >= len(title) and sentence.text[0] == title[0]
                and title_key(sentence.text) == title):
            state.first_index = sentence.index + 1  # the title repeated as the first line
            continue
        if _repeats_title(sentence, sentences, loose_title):
            if sentence.index <= state.first_index + 2:
                state.first_index = sentence.index + 1  # the title as a heading after a byline or date line
            continue
        if starts_item(sentence, sentences):
            state.item += 1  # a digest's next story: its claims answer to nothing before it
        state.item_of[sentence.index] = state.item
        _note_statement_frame(sentence, state)  # (often a line of its own, like a heading)
        heading = is_heading(sentence, sentences)
        if heading:
            state.context_date = report.published  # a new section starts
            if not _headline_claim(sentence, state):
                continue
        update_context(state, sentence)
        state.sentence_responders = []
        state.sentence_text = sentence.text
        state.paragraph_of[sentence.index] = sentence.paragraph
        state.lexicon = _without_unneeded_credits(sentence_lexicon(sentence.text, sentence.zh), sentence.text, state)
        claims_before = len(state.claims)
        _read(sentence, state, claims_only=heading)
        _account_ends(sentence, state)
        if heading:
            state.heading_claims.update(range(claims_before, len(state.claims)))
    _answered_below(state)
    _first_reported_below(state)
    dedupe_claims(state)
    share_anonymity(state)
    responses = link(state)
    if any(r.claim is None for r in responses):
        responses = _rumour_named_before(state, responses)
    if any(r.claim is None for r in responses) and state.item <= 1:
        responses = _answered_in_title(report, state, responses)
    return Extraction(given, tuple(_about_who_answered(state.claims, responses)), tuple(responses))


_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s*|\s*#+\s*$")
_NOT_KEYED = re.compile(r"[\W_]+")
TITLE_SHARE = 0.7  # a line that is the title less a site name or a tail (or more by one) still repeats it


def _loose_key(text: str | None) -> str:
    """A line compared without Markdown heading marks, spaces, punctuation or case."""
    return _NOT_KEYED.sub("", _HEADING_MARKS.sub("", text or "")).casefold()


def _repeats_title(sentence: Sentence, sentences: list[Sentence], loose_title: str) -> bool:
    """A heading or line of its own that restates the report's title ("## 星河科技被曝…" under the
    title "星河科技被曝… - 东方财经"): the title again, not a claim of the body."""
    if len(loose_title) < 6 or len(sentence.text) > 2 * len(loose_title) + 20:
        return False
    if not (sentence.text.lstrip().startswith("#") or alone(sentence, sentences)):
        return False
    key = _loose_key(sentence.text)
    if key == loose_title:
        return True
    short, long = sorted((key, loose_title), key=len)
    return len(short) >= 6 and long.startswith(short) and len(short) >= TITLE_SHARE * len(long)


# A page whose headline (and byline) runs into the first paragraph with no break between:
# "Acme to close Ohio plantBy Jane Doe, Staff WriterAcme Motors plans to …"
_TITLE_TAILS = re.compile(r"\s+(?:\||-|–|—|_)\s+[^|–—_-]{2,40}$")
_BYLINE = re.compile(
    r"By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,4}"  # By Jane Doe (and John Roe)
    r"(?:\s*,\s*(?:[A-Z][a-z]+\s+)?(?:Staff\s+)?(?:Writer|Reporter|Correspondent|Editor|Contributor)s?)?"  # , Staff Writer
    r"(?:\s*[|,·•]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"  # | June 5, 2023
    r"(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?)?)?"
    r"(?=\s*[A-Z“\"]|(?<=[a-z])[A-Z])"
)
_BODY_AFTER = re.compile(r"\s*[A-Z\u3400-\u9fff“\"「]")


def _title_end(text: str, title: str) -> int:
    """Where `title` ends when `text` starts with it (spaces, punctuation and case aside), else -1."""
    want = _loose_key(title)
    if len(want) < 6:
        return -1
    got = 0
    for i, ch in enumerate(text):
        if got == len(want):
            return i
        if _NOT_KEYED.fullmatch(ch):
            continue
        if ch.casefold() != want[got]:
            return -1
        got += 1
    return -1


def _unglue_head(text: str, title: str | None) -> str:
    """The report with a break after a headline (and byline) glued to its first paragraph."""
    if not title:
        return text
    start = len(text) - len(text.lstrip())
    head = _HEADING_MARKS.match(text, start)
    start = head.end() if head else start
    for candidate in dict.fromkeys((title, _TITLE_TAILS.sub("", title), title.split("|")[0])):
        end = _title_end(text[start: start + 3 * len(candidate) + 20], candidate)
        if end <= 0:
            continue
        end += start
        after = end + len(text[end:]) - len(text[end:].lstrip())  # the next line's start, or the glued text's
        byline = _BYLINE.match(text, after)
        if byline:  # "By Jane Doe | June 5, 2023 Acme Motors plans …": the byline is a line of its own
            body = text[byline.end():].lstrip(" \t")
            if body and not body.startswith("\n"):
                return f"{text[:end]}\n\n{byline.group(0).strip()}\n\n{body}"
            return text
        line_end = text.find("\n", end)
        if line_end == end or text[end: line_end if line_end >= 0 else len(text)].strip() == "":
            return text  # the headline is a line of its own already
        if _BODY_AFTER.match(text, end):
            return f"{text[:end]}\n\n{text[end:].lstrip()}"
        return text
    return text


def _about_who_answered(claims: list, responses: list) -> list:
    """A claim that names no one, or calls its party "公司" ("网传公司已进入…"), is about the
    party that answers it."""
    claims = list(claims)
    for r in responses:
        if r.claim is None:
            continue
        claim = claims[r.claim]
        if not claim.subjects or (_SELF_LEAD.match(claim.text) and r.responder not in claim.subjects):
            claims[r.claim] = replace(claim, subjects=(r.responder, *claim.subjects))
    return claims


_SELF_LEAD = re.compile(r"(?:该|本)?公司(?!们)")


RUMOUR_BEFORE_SENTENCES = 2  # "网上有关 P 的说法引发关注。对此，X 回应…": the rumour named this close before


def _rumour_named_before(state: State, responses: list) -> list:
    """A reply with no claim may answer a rumour the sentence just before names as a noun
    phrase ("网上有关 X 将退出印度市场的说法引发关注", "Rumours have been swirling that P"):
    that rumour is then the claim it answers."""
    at = {s.text: s for s in state.sentences_read}
    found: dict[int, int] = {}  # sentence index of the rumour -> claim index
    out = []
    for r in responses:
        sentence = at.get(r.sentence) if r.claim is None else None
        if sentence is None:
            out.append(r)
            continue
        claim_index = None
        for before in reversed(state.sentences_read[max(sentence.index - RUMOUR_BEFORE_SENTENCES, 0): sentence.index]):
            if state.item_of.get(before.index, state.item) != state.item_of.get(sentence.index, state.item):
                break
            if before.index in found:
                claim_index = found[before.index]
                break
            state.lexicon, state.sentence_text = sentence_lexicon(before.text, before.zh), before.text
            claim = implied_claim(before.text, before, state, (r.responder,))
            if claim is not None:
                state.claims.append(claim)
                state.claim_pos.append(before.index)
                claim_index = found[before.index] = len(state.claims) - 1
                break
        out.append(replace(r, claim=claim_index) if claim_index is not None else r)
    return out


def _answered_in_title(report: Report, state: State, responses: list) -> list:
    """A reply whose report states no claim may answer the one its title names
    ("Acme denies report it will close Ohio plant"): then it is kept with that claim."""
    title = Sentence(report.title, -1, -1, bool(_CJK.search(report.title)))
    parties = tuple(dict.fromkeys(r.responder for r in responses if r.claim is None))
    claim = implied_claim(report.title, title, state, parties) if report.title else None
    if claim is None:
        return responses
    state.claims.append(claim)
    index = len(state.claims) - 1
    return [replace(r, claim=index) if r.claim is None else r for r in responses]


# Cues whose credit must be an outlet, a leaker, an analyst or a source already credited:
# "Acme said it would…" and "小米表示，…" fill most reports and match their regexes in vain.
_NAMED_CREDIT_CUES = frozenset({
    "OUTLET said", "…, X reported", "…, says X", "X, citing sources, said", "X cited people in reporting", "X 表示/认为",
})


def _without_unneeded_credits(lexicon: Lexicon, text: str, state: State) -> Lexicon:
    """The sentence's cues less those for named credits when it names no one they could credit."""
    narrowed = _credit_free(lexicon)
    if narrowed is lexicon:
        return lexicon  # no cue for a named credit to drop
    if state.names.may_name_a_credit(text) or (state.sources and _names_a_source(text, state)):
        return lexicon
    return narrowed


_CREDIT_FREE: dict[int, tuple[Lexicon, Lexicon]] = {}  # id -> (lexicon, narrowed): lexicons recur by the thousand


def _credit_free(lexicon: Lexicon) -> Lexicon:
    """`lexicon` without its cues for named credits (itself when it has none), computed once."""
    known = _CREDIT_FREE.get(id(lexicon))
    if known is not None and known[0] is lexicon:
        return known[1]
    zh_cues, en_cues = lexicon.zh_attribution, lexicon.en_attribution
    narrowed = lexicon
    if any(c.name in _NAMED_CREDIT_CUES for c in zh_cues + en_cues):
        narrowed = replace(
            lexicon,
            zh_attribution=tuple(c for c in zh_cues if c.name not in _NAMED_CREDIT_CUES),
            en_attribution=tuple(c for c in en_cues if c.name not in _NAMED_CREDIT_CUES),
        )
        narrowed = NO_CUES if narrowed == NO_CUES else narrowed  # _read skips NO_CUES by identity
    if len(_CREDIT_FREE) < 8192:
        _CREDIT_FREE[id(lexicon)] = (lexicon, narrowed)  # the pair keeps `lexicon` alive, so its id stays its own
    return narrowed


def _names_a_source(text: str, state: State) -> bool:
    folded = text.casefold().replace(" ", "")
    return any(source in folded for source in state.sources)


def _headline_claim(sentence: Sentence, state: State) -> bool:
    """A heading that credits someone ("媒体称：…", "… – report"): read it as a claim the body may restate."""
    if sentence.text.startswith(("《", "【相关")) or sentence.text.endswith("》"):
        return False  # 《…》: the title of another article, a link, not this report's news
    return bool(sentence_lexicon(sentence.text, sentence.zh).attribution(sentence.zh))


# "IT之家附字节跳动回应全文：" / "X 声明如下：": the sentences after it are X's own words
_STATEMENT_FRAME = re.compile(r"(?P<who>[^，。；：:！？\s]{2,20}?)(?:官方|方面)?(?:回应|声明|回复|公告|通报)(?:全文|原文|如下|称)?[：:]\s*$")
_FRAME_LEAD = re.compile(r"^(?:.{0,8}?附|以下为|以下是|下面是|附上)")
STATEMENT_REACH = 4  # sentences a "回应全文：" covers


def _note_statement_frame(sentence: Sentence, state: State) -> None:
    if not sentence.zh or not sentence.text.endswith(("：", ":")):
        return
    m = _STATEMENT_FRAME.search(sentence.text)
    if m is None:
        return
    who = m.group("who")
    known = state.names.known_in(who)
    who = known[-1] if known else _FRAME_LEAD.sub("", who)
    if len(who) >= 2:
        state.statement_by = (who, sentence.index + STATEMENT_REACH)


def _as_said(segment: str, sentence: Sentence, state: State) -> str:
    """Within a statement's reach, its sentences read as the speaker's: "X 表示：<segment>"."""
    if state.statement_by is None or sentence.index > state.statement_by[1]:
        return segment
    return f"{state.statement_by[0]}表示：{segment}"


def _read(sentence: Sentence, state: State, claims_only: bool = False) -> None:
    lexicon, zh = state.lexicon, sentence.zh
    if lexicon is NO_CUES and not may_credit_known_source(sentence.text, zh, state):
        return  # no cue word at all: nothing below could fire
    # Without a stance cue nothing responds, and without an attribution cue only a
    # source named earlier can make a claim: the calls that would find so are skipped.
    may_respond, may_attribute = bool(lexicon.stance(zh)) and not claims_only, bool(lexicon.attribution(zh))
    # A segment that responds is not also a claim: "X 否认了 Y 的报道" credits nothing.
    for segment in segments(sentence, lexicon):
        found = responses_in(_as_said(segment, sentence, state), sentence, state) if may_respond else None
        if found:
            implied = implied_claim(segment, sentence, state, tuple(r.responder for r, _ in found))
            if implied is not None and not already_claimed(implied, state):
                # "denied a report that P": the report's claim comes first
                state.claims.append(implied)
                state.claim_pos.append(sentence.index)
            for response, refers in found:
                state.responses.append((response, sentence.index, refers))
                state.last_responder = response.responder
            state.sentence_responders = [r.responder for r, _ in found]
            continue
        if may_respond and not state.claims and (not zh or _ZH_REPLY_FRAME.search(segment)):
            state.replies_ahead.append((segment, sentence, state.lexicon, state.context_date))
        if not (may_attribute or may_credit_known_source(segment, zh, state)):
            continue
        claim = claim_in(segment, sentence, state)
        if claim is not None:
            state.claims.append(claim)
            state.claim_pos.append(sentence.index)


def _account_ends(sentence: Sentence, state: State) -> None:
    """A sentence naming another outlet than the one whose account is being told (the
    report's own, "told Reuters", "IT之家曾报道") ends that account: unnamed people after
    it are no longer that outlet's."""
    if state.account is None or state.account[1] == sentence.index:
        return
    told, own = name_key(state.account[0]), state.report.outlet
    for outlet in [*state.names.outlets_named(sentence.text), *([own] if own and own in sentence.text else [])]:
        key = name_key(outlet)
        if key and not (key in told or told in key):
            state.account = None
            return


# "X 回应称，…", "X 相关负责人表示：…": a Chinese reply told before the rumour it answers
# ("…。此前有媒体报道称，…"); a bare stance word ("确认", "可能性") is no reply without it
_ZH_REPLY_FRAME = re.compile(r"(?:回应|回复|答复|澄清|辟谣|发言人|负责人|工作人员|客服|官方)[^，。；“”]{0,6}?(?:称|表示|说|指出|强调)?[，,：:]")
REPLY_AHEAD_SENTENCES = 3  # a lead's "Acme confirmed it is in talks" answers a report told this soon after


def _answered_below(state: State) -> None:
    """A lead that states the reply before the report it answers ("Acme confirmed it is in
    talks. The confirmation follows a report by …"): read the reply again once the claim is known."""
    if not state.claims or not state.replies_ahead:
        return
    read_lexicon, read_date = state.lexicon, state.context_date
    for segment, sentence, lexicon, context_date in state.replies_ahead:
        if not any(0 < at - sentence.index <= REPLY_AHEAD_SENTENCES for at in state.claim_pos):
            continue
        state.lexicon, state.context_date, state.sentence_text = lexicon, context_date, sentence.text
        for response, _ in responses_in(segment, sentence, state):
            state.responses.append((response, sentence.index, False))
    state.lexicon, state.context_date = read_lexicon, read_date
    state.responses.sort(key=lambda found: found[1])


# "The talks were first reported by The Wall Street Journal", "此事最早由 X 报道": the
# originator of the unnamed story just told
_FIRST_REPORTED = {
    False: re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first|earlier|originally|previously)\s+reported\s+(?:on\s+)?(?:by|in)\s+"
                      r"(?P<n>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"),
    True: re.compile(r"(?:最早|最先|此前)由\s*(?P<n>[^，。；]{2,20}?)\s*(?:报道|披露|曝光)|(?P<m>[^，。；\s]{2,16}?)\s*(?:最早|最先|率先)(?:报道|披露|曝光)了?(?:此事|这一消息|该消息)"),
}
FIRST_REPORTED_REACH = 3  # sentences back from "first reported by X" to the story it credits


def _first_reported_below(state: State) -> None:
    for sentence in state.sentences_read:
        m = _FIRST_REPORTED[sentence.zh].search(sentence.text)
        if m is None:
            continue
        name = clean_source(m.group("n") or m.groupdict().get("m"), sentence.zh, state.names)
        told = [i for i, at in enumerate(state.claim_pos) if 0 <= sentence.index - at <= FIRST_REPORTED_REACH]
        if name and told and state.claims[told[-1]].source is None:
            state.claims[told[-1]] = replace(state.claims[told[-1]], source=name)


def _extract_traditional(report: Report, names: Names | None) -> Extraction:
    """Read through a Simplified copy; every field comes back in the report's characters."""
    original = f"{report.title}\n{report.text}"
    simplified = to_simplified(original)
    title, _, text = simplified.partition("\n")
    found = extract(replace(report, title=title, text=text), names)
    restore = Restorer(original, simplified)
    return Extraction(report, tuple(map(restore.item, found.claims)), tuple(map(restore.item, found.responses)))
