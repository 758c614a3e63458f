"""Responses: a party with standing reacting to a claim, and in which words.

A stance cue fires ("否认", "不予置评", "declined to comment"); then the responder is
found before it (the speaker of the nearest speech verb, a known name, "the company"
resolved to the claim's subject), the quote is the quoted words or the clause that
carries the stance, and the outlet that carried it is the via.
"""

from __future__ import annotations

import re

from . import cues
from ..dates.partial import PartialDate
from ..models import Stance
from ..text.keys import name_key
from ..dates.in_text import find_dates
from .claims import AFTER_A_REPORT, clean_source, implied_claim
from .context import said_on
from .lexicon import DEFER, EN_QUOTE, ZH_QUOTE, ZH_ROLE, ZH_SPEECH, ZH_STRONG, attributions, first_attribution, stance_in
from .names import Names, en_names, same_name, without_zh_descriptor
from .results import ExtractedResponse
from .sentences import Sentence
from .state import State

RECENT_CLAIM_SENTENCES = 6  # a weak reply ("没有") counts only this close after a claim

# Words that say a reply is about a report or rumour, not about anything else.
_ZH_REFERS = ("对此", "该报道", "此事", "一事", "传闻", "传言", "报道", "消息", "谣言", "网传", "说法", "爆料", "此前")
_EN_REFERS = ("report", "rumo", "speculation", "story", "the talks", "media", "article", "claim", "the news")
# Cues that, in a party's reply, only name the outlet carrying it ("据 X 报道，Y 表示…").
_VIA_CUES = frozenset({"据…报道", "…报道称"})
_SPEAKER_CUES = frozenset({"X 表示/认为"})  # anyone who speaks: a party replying as much as a source
_EN_NOT_YET = re.compile(r"\b(?:(?:expected|set|likely|due|poised|planning|plans|going|unlikely)\s+to|will|would|may|might|could)\s+(?:\w+\s+){0,2}\Z")
_ZH_REPLY_VERB = re.compile(r"回应|否认|辟谣|澄清|驳斥|回复|针对")  # "回应…传闻：" names the rumour it answers
_FORMAL_ZH = re.compile(r"否认|辟谣|谣言|不实|声明|澄清")
_DENY_EN = re.compile(r"\bden(?:y|ies|ied)\b")
# partial only in the party's own mouth: "is exploring options, Bloomberg reported" is the report's
_EN_DESCRIPTIVE = re.compile(r"preliminary|exploratory|explor|review|evaluat|assess|consider")


def responses_in(segment: str, sentence: Sentence, state: State) -> list[tuple[ExtractedResponse, bool]]:
    """(response, refers-to-a-report) for each responder of a stance cue in the segment."""
    zh = sentence.zh
    hit = stance_in(segment, zh, state.lexicon)
    if hit is None:
        return _headline_answer(segment, sentence, state) if zh else []
    stance, cue_text, m = hit
    if (not zh and stance == Stance.PARTIAL and _EN_DESCRIPTIVE.match(cue_text.lower()) and not _EN_SAID_THAT.search(segment, 0, m.start())
            and first_attribution(segment, zh, state.lexicon)[0] is not None):
        return []  # "Acme held preliminary talks …, the FT reported": the report's words, not a reply
    refers = any(w in segment for w in _ZH_REFERS) if zh else any(w in segment.lower() for w in _EN_REFERS)
    strong = bool(ZH_STRONG.search(cue_text) or _ZH_CHECKED_BY.match(segment)) if zh else True
    if not _is_a_reply(segment, m, zh, strong, refers, sentence, state):
        return []
    names = [n for n in _responders(segment, m.start(), zh, state, cue_text) if not _is_source(n, state)]
    if zh and not strong and not _ZH_REPLY_VERB.search(segment, 0, m.start()):
        contacted = _contacted_before(segment, state)  # "记者联系了 X，客服表示…": the party asked is introduced
        names = [n for n in names if _named_party(n, state) or n == contacted]  # "X 回应…：没有…" needs no introduction
    if not names:
        return []
    via = _via(segment, zh, names, state.names)
    if via is None and zh:  # "据 X 报道，Y 方面表示…": the carrier named before the segment's start
        via = _via(sentence.text[: max(sentence.text.find(segment), 0)], zh, names, state.names)
    quote = _quote(segment, m, zh)
    responded_on = _responded_on(segment, zh, state)
    return [
        (
            ExtractedResponse(
                claim=None, responder=name, stance=stance, quote=quote, via=via,
                responded_on=responded_on, sentence=sentence.text, cue=cue_text,
            ),
            refers,
        )
        for name in names
    ]


# "东湖银行回应裁员传闻：系正常人员调整": a party answering a named rumour, in words that take no
# side outright, explains it away; the answer qualifies the claim.
# "针对外界传出X将砍单的消息，X昨天回应，产能仍维持满载": the rumour named, then an answer of facts
_ZH_ANSWERED_AFTER = re.compile(
    r"^(?:针对|对于|关于|就)[^，。；]{4,60}?(?:传闻|传言|消息|报道|说法|质疑)[，,]\s*(?P<who>[^，。；：:“”]{2,16}?)"
    r"(?:昨天|今天|昨日|今日|随后|其后|方面|则)?(?:回应|回复|澄清)(?:称|说|指)?[，,：:]\s*(?P<ans>[^。！？]{4,80})"
)
_ZH_ANSWERED_HEAD = re.compile(
    r"^(?P<who>[^，。；：:“”]{2,16}?)(?:再次|正式|官方|紧急)?(?:回应|回复|澄清)(?:了)?[^，。；：:]{1,30}?(?:传闻|传言|消息|报道|质疑|争议|一事)[：:]\s*(?P<ans>[^。！？]{4,80})"
)


def _headline_answer(segment: str, sentence: Sentence, state: State) -> list[tuple[ExtractedResponse, bool]]:
    lead = _ZH_SPEAKER_LEAD.sub("", segment.strip())
    m = _ZH_ANSWERED_HEAD.match(lead) or _ZH_ANSWERED_AFTER.match(segment.strip())
    if m is None:
        return []
    who = _zh_speaker(m.group("who"))
    if not who or not _plausible_party(who, state):
        return []
    response = ExtractedResponse(
        claim=None, responder=who, stance=Stance.PARTIAL, quote=m.group("ans").strip(), via=None,
        responded_on=_responded_on(segment, True, state), sentence=sentence.text, cue="回应…传闻：",
    )
    return [(response, True)]


def _is_a_reply(segment: str, m: re.Match, zh: bool, strong: bool, refers: bool, sentence: Sentence,
                state: State) -> bool:
    """A stance word in a reply to a claim, not in the report's own description."""
    if not zh and _EN_NOT_YET.search(segment, 0, m.start()):
        return False  # "are expected to confirm", "would deny": a reply foreseen, not given
    recent_claim = bool(state.claim_pos) and sentence.index - state.claim_pos[-1] <= RECENT_CLAIM_SENTENCES
    quoted = bool((ZH_QUOTE if zh else EN_QUOTE).search(segment))
    if zh and not strong and not (recent_claim or refers or (quoted and state.claims)):
        if not (state.claims and _STAFF_REPLY.search(segment, 0, m.start())):
            return False  # a far "没有/不是" is description, unless the party's staff say it
    if not state.claims and not refers and not recent_claim:
        # Without a claim, only an explicit reaction to a report or rumour is a response.
        formal = zh and _FORMAL_ZH.search(segment)
        answered = AFTER_A_REPORT[zh].search(segment, m.end())  # "…, a day after X reported that P"
        if not formal and not answered and not (not zh and _DENY_EN.search(segment.lower())):
            return False
    if zh and not strong and not ZH_SPEECH.search(segment, 0, m.start()):
        return False  # a bare "没有/不是" is description, not a party's reply
    quoted_spans = [q.span() for q in ZH_QUOTE.finditer(segment)] if zh else []
    if zh and not strong and any(c.name not in _VIA_CUES and c.name not in _SPEAKER_CUES
                                 and not (c.name == "网传" and _ZH_REPLY_VERB.search(segment, 0, a.start()))
                                 and not any(qs <= a.start() < qe for qs, qe in quoted_spans)  # 「市场传言过于夸大」: the party's own words
                                 for c, a in attributions(segment, zh, state.lexicon)):
        return False  # "用该网站的话说，X 表示…没有…": a report of what X said, a claim
    return True


# "但工作人员表示" / "该公司客服称": the party's own people speaking, however far from the claim
_STAFF_REPLY = re.compile(r"(?:工作人员|客服|发言人|相关负责人|负责人|官方)(?:对此|也|则|随后)?(?:表示|回应|回复|称)")


def _responded_on(segment: str, zh: bool, state: State) -> PartialDate | None:
    published = state.report.published
    dates = find_dates(segment, published)
    responded_on = dates[0].date if dates else state.context_date
    if responded_on and published and responded_on.start > published.start:
        responded_on = state.context_date  # a future date is what was said, not when
    if not zh:
        responded_on = said_on(segment, published) or responded_on
    return responded_on


# Quotes ----------------------------------------------------------------------------------

# A stance stated outside the quotes, before them: "was unaware of any approach, saying: '…'"
_EN_CLAUSE_CUE = re.compile(r"\b(?:unaware|not\s+aware|declined|denied|denies|dismissed|rejected|confirmed|refused)\b"
                            r"|\b(?:not|n[’']t)\s+comment\b", re.I)  # 'would not comment on "rumors and speculation"': the clause
_EN_SAID_THAT = re.compile(r"\b(?:said|says|stated|clarified|added|told\s+\w+)\b[^.;]{0,160}?\bthat\s+")


def _quote(segment: str, m: re.Match, zh: bool) -> str:
    """The quoted words around the cue, else the clause that carries the stance."""
    pattern = ZH_QUOTE if zh else EN_QUOTE
    quotes = list(pattern.finditer(segment))
    for q in quotes:  # (overlapping: 'it was "not in talks"' has its cue begin before the quote)
        if q.start() <= m.start() < q.end() or (not zh and m.start() < q.start() < m.end()):
            if not zh and _EN_QUOTE_WITHIN.match(segment, q.end()) and _EN_WORD_BEFORE.search(segment, 0, q.start()):
                clause = _en_clause_around(segment, q)
                if clause:
                    return clause
            return q.group(1).strip().rstrip(",，")
    if zh:
        return _zh_quote(segment, m, quotes)
    # the quoted words when they carry a stance themselves, else the clause that states it
    # ("A UBS spokesperson was unaware of any approach, saying: '…nothing to say…'")
    if quotes and len(quotes[0].group(1)) > 20:
        with_stance = [q for q in quotes if _answers(q.group(1))]
        if with_stance:
            return with_stance[0].group(1).strip().rstrip(",")
        if not _EN_CLAUSE_CUE.search(segment[: quotes[0].start()]):
            return quotes[0].group(1).strip().rstrip(",")
    said = None
    for said in _EN_SAID_THAT.finditer(segment[: m.start() + 1]):
        pass  # the last "said … that" before the cue
    if said is not None:
        return segment[said.end():].strip().rstrip(".")
    return _EN_DATELINE.sub("", segment.strip(), count=1).rstrip(".")


# 'said it has "nothing to announce" about the line': a phrase quoted mid-clause, the clause going on
_EN_QUOTE_WITHIN = re.compile(r"\s+(?!said\b|says\b|told\b|added\b|according\b)[a-z]")
_EN_WORD_BEFORE = re.compile(r"\b[a-z]+\s*$")


def _en_clause_around(segment: str, q: re.Match) -> str | None:
    """The reported clause a mid-clause quote stands in: from its "said … that" to the sentence's end."""
    start = 0
    for said in _EN_SAID_THAT.finditer(segment, 0, q.start()):
        start = said.end()
    clause = segment[start:].strip().rstrip(".")
    if start == 0:
        clause = _EN_DATELINE.sub("", clause, count=1)
    return clause if len(clause) <= 220 else None


def _answers(words: str) -> bool:
    """The quoted words take a stance of their own, more than a deferring formula."""
    hit = stance_in(words, False)
    return hit is not None and not DEFER.search(hit[1])


_ZH_NAMED_RUMOUR = re.compile(r"\s*的?(?:消息|传闻|传言|说法|报道|爆料)|\s*(?:一事|之说|的事情)")
_ZH_WORDS_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")  # words between the speech verb and the quote


def _zh_quote(segment: str, m: re.Match, quotes: list[re.Match]) -> str:
    # “…”的消息不实: the quoted words are the rumour named, not the reply
    quotes = [q for q in quotes if not _ZH_NAMED_RUMOUR.match(segment, q.end())]
    speech = None
    for s in ZH_SPEECH.finditer(segment, 0, m.start() + 1):
        speech = s
    if quotes and speech and quotes[0].start() >= speech.start() and not _ZH_WORDS_BEFORE_QUOTE.search(segment, speech.end(), quotes[0].start()):
        return quotes[0].group(1).strip()  # "回复称：“…”": the quoted words are the reply
    # ("回复称，客服中心“正在调整”，但方案未定": a phrase quoted inside the reply; the clause is the reply)
    if speech is not None and speech.end() < m.start() + 1:
        rest = segment[speech.end():]
        if speech.group(0) == "告诉" or re.match(r"[^，,：:]{1,8}[：:]", rest):
            # "告诉彭博社，…", "回应网友：…": the words follow whom they were said to
            rest = re.split(r"[，,：:]", rest, maxsplit=1)[-1]
        rest = rest.lstrip("：:，, ")
        if len(rest) >= 4:
            return rest.rstrip("。")
    start = max(segment.rfind("，", 0, m.start()), segment.rfind(",", 0, m.start())) + 1
    return segment[start:].rstrip("。").strip() if start > 0 else segment.rstrip("。").strip()


# Responders: Chinese ---------------------------------------------------------------------


def _responders(segment: str, cue_start: int, zh: bool, state: State, cue_text: str = "") -> list[str]:
    if zh:
        return _zh_responders(segment, cue_start, state, speechy=bool(ZH_SPEECH.search(cue_text)))
    return _en_responders(segment, cue_start, state)


_ZH_SPEAKER_TRIM = re.compile(
    r"(?:对此|均|也|还|则|都|亦|已|已经|正式|再次|方面|发布|发表|通过|在|于|向|对|未|没有|不予|拒绝|暂|并|却|随即|随后|尚|仍|就|火速|立即|马上|"
    r"的|官方|就此|针对|出面|第一时间|迅速|很快|当天|当日|今日|昨日|近日|此前|一贯|一向|向来|则予|予|发"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日|[今昨]\s*[（(]\d{1,2}[）)]\s*日|(?:周|星期)[一二三四五六日天]|今晚|今早|昨晚|今天|昨天|晚间|早间|上午|下午|晚|早|\s)+$"
)
_ZH_SPEAKER_LEAD = re.compile(r"^(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}、|[①-⑳]|【[^】]*】|对此|对于此事|针对此事|针对|但|而|不过|随后|同时|另外|此外|近日|日前|今日|此前|在|其中|目前)+")
_ZH_SPEAKER_CUT = re.compile(
    r"在[^，。]{0,12}?(?:平台|互动易|e互动|微博|公众号|官网|社交媒体|推特|直播|发布会|业绩会|说明会|法说会|股东大会|交易所|上交所|深交所|北交所|港交所|联交所|证交所|社区|论坛|评论区|群|Discord|账号)|发布|发表|通过|在回答|在接受|接受|向|于|对该|对此|就此|当前|目前|已经|正在|曾|还|也|以|内网|发文|发帖|官微|公众号|火速|迅速|随即|其后|事后|稍后|发声明|发出|发澄清|发公告|午间|中午|午后|傍晚|凌晨"
)
_ZH_CLAUSES = re.compile(r"[，,。；：:]")
_ZH_AND = re.compile(r"和|与|及|以及|、")
_ZH_BOTH = re.compile(r"(?:上述|以上|涉事|相关|这)(?:几家|两家|多家|三家)?(?:公司|企业|厂商|各方)|双方|两家公司|三家公司|各家公司")


def _zh_speaker(clause: str) -> str:
    """"据 X 报道，北汽蓝谷投资者关系部门的相关人士" → "北汽蓝谷"."""
    clause = _ZH_VIA.sub("", clause)
    clause = _ZH_SPEAKER_LEAD.sub("", clause.strip().lstrip("【["))
    own = next((w for w in cues.ZH_SELF_REFERENCES if clause.startswith(w)), None)
    if own is not None and not ZH_ROLE.search(clause, len(own)) and _ZH_SPEAKER_TRIM.fullmatch(_ZH_SPEAKER_CUT.split(clause[len(own):])[0] or " "):
        return own  # "官方随后发布声明": the party itself, resolved later
    role = ZH_ROLE.search(clause)
    if role and role.start() > 0:
        clause = clause[: role.start()]
    elif role and role.end() == len(clause.rstrip()):
        return ""  # "但工作人员表示": staff of no named party speak for the one the claim is about
    clause = _ZH_SPEAKER_CUT.split(clause)[0]
    if "的" in clause:
        clause = clause.rsplit("的", 1)[-1]
    clause = _ZH_SPEAKER_TRIM.sub("", clause.strip())
    clause = without_zh_descriptor(clause)  # "发行商云帆娱乐", "电动车制造商星河汽车": the name after what it is
    return clause.strip(" 　“”\"")


def _zh_responders(segment: str, cue_start: int, state: State, speechy: bool = False) -> list[str]:
    before = segment[:cue_start]
    clauses = _ZH_CLAUSES.split(before)
    speaker = _zh_speaker_of(clauses, state, speechy)
    if not speaker:  # "X 回应称，｜对此并不知情": the speaker ends the part before this one
        head = state.sentence_text[: max(state.sentence_text.find(segment), 0)].rstrip("，,：: ")
        if head and ZH_SPEECH.search(head, max(len(head) - 4, 0)):
            speaker = _zh_speaker_of(_ZH_CLAUSES.split(head), state, True)
    described = _ZH_DESCRIPTOR.match(speaker) if speaker else None
    if described:  # "这家深圳手机制造商拒绝置评": the claim's party, named by what it is
        party = described_party(described.group("kind"), state, True)
        return [party] if party else []
    if not speaker or len(speaker) > 16:
        known = state.names.known_in(before)
        speaker = known[-1] if known else ""
    if not speaker and state.sentence_responders:
        return list(state.sentence_responders)  # "X 回避传言，但（X 的社长）说…": the same party
    if _ZH_BOTH.search(before) and not (speaker and _named_party(speaker, state)):
        return _claim_parties(state)  # "上述公司均未回应": every party the claim is about
    if not speaker:
        return []
    if speaker in cues.ZH_SELF_REFERENCES or speaker == "公司":
        contacted = _contacted_before(segment, state)
        if contacted:
            return [contacted]  # "记者联系了代理商北斗游戏，客服人员表示…": the party called answers
    if speaker in cues.ZH_SELF_REFERENCES:
        resolved = state.subject_named_before(segment) or _named_in_the_answer(segment, state) or _party_of_the_latest(state)
        return [resolved] if resolved else []
    names = [n.strip() for n in _ZH_AND.split(speaker) if n.strip()]
    names = [n for n in names if (not state.names.is_outlet(n) or state.names.known_in(n)) and name_key(n) not in state.sources]
    if not names or any(len(n) < 2 and not n.isascii() for n in names):
        return []
    if not all(_plausible_party(n, state) for n in names):
        return []
    return names


# "记者就此联系了北斗游戏，", "记者致电远山航空客服，", "向星河汽车求证，": whom the reporter asked
_ZH_CONTACTED = re.compile(
    r"(?:记者|本报|笔者|我们)?(?:就此|随后|第一时间|为此|对此)?(?:联系|致电|联络|询问|咨询|采访|求证于|电话询问)(?:了)?(?P<who>[^，。；：:“”]{2,24}?)"
    r"(?:的)?(?:客服|官方|方面|总部|工作人员|相关负责人|负责人|投资者关系部|董秘办|证券部|人士)?(?:求证|核实|了解情况)?[，,]"
    r"|向(?P<who2>[^，。；：:“”]{2,20}?)(?:客服|官方|方面|总部|相关负责人)?(?:求证|核实|询问|了解)[，,]"
)


def _contacted_before(segment: str, state: State) -> str | None:
    text = state.sentence_text
    end = text.find(segment)
    m = None
    for m in _ZH_CONTACTED.finditer(text, 0, end if end > 0 else len(text)):
        pass
    if m is None:
        return None
    who = _zh_speaker(m.group("who") or m.group("who2"))
    return who if who and who not in cues.ZH_SELF_REFERENCES and _plausible_party(who, state) else None


def _named_in_the_answer(segment: str, state: State) -> str | None:
    """"对于网传《X》将停服的说法，官方回应称…" with no claim before: whom the named rumour is about."""
    named = implied_claim(segment, Sentence(segment, -1, -1, True), state)
    parties = [p for p in (named.subjects if named else ()) if not p.startswith("的") and _plausible_party(p, state)]
    return parties[0] if parties else None


def _party_of_the_latest(state: State) -> str | None:
    """Whom "官方" means: the last party to answer, unless a newer claim came since (then its subject)."""
    answered_at = state.responses[-1][1] if state.responses else -1
    if state.claim_pos and state.claim_pos[-1] > answered_at:
        return state.main_subject() or state.last_responder
    return state.last_responder or state.main_subject()


def _zh_speaker_of(clauses: list[str], state: State, speechy: bool) -> str:
    # the speaker stands before the first speech verb of the nearest clause that has one
    for clause in reversed(clauses):
        verb = ZH_SPEECH.search(clause)
        if verb and verb.start() == 0 and clause is not clauses[0]:
            continue  # "…发布声明，称…": the speaker is the earlier clause's
        if verb:
            speaker = _zh_speaker(clause[: verb.start()])
            if not speaker and ZH_ROLE.search(clause[: verb.start()]):
                return "公司"  # "但工作人员表示，…": staff speak for the company the claim is about
            return speaker
    checked = _ZH_CHECKED_BY.search(clauses[0]) if clauses else None
    if checked:  # "经公司核实，上述报道不属实": who checked is who answers
        return _zh_speaker(checked.group("who") or "公司")
    # no speech verb: "苹果不予置评", "X 当前…，拒绝置评"; only a name the report knows
    speaker = _zh_speaker(clauses[-1] if clauses else "")
    # a cue that is itself a verb of reply ("证实", "不予置评") has its speaker right before it
    if speaker and speaker not in cues.ZH_SELF_REFERENCES and not _ZH_DESCRIPTOR.match(speaker) and not (
            _named_party(speaker, state) or (speechy and _plausible_party(speaker, state))):
        speaker = ""  # ("公司未收到…": the company the claim is about, resolved by the caller)
    if not speaker and len(clauses) > 1 and not state.sentence_responders:
        speaker = _zh_speaker(clauses[0])
        if speaker and not _named_party(speaker, state):
            speaker = ""
    return speaker


_ZH_CHECKED_BY = re.compile(r"^\s*经(?:过)?(?P<who>[^，。；]{0,12}?)(?:核实|核查|自查|调查|了解|确认|查证)")
_NOT_A_PARTY = re.compile(
    r"博主|网友|爆料|记者|媒体|报道|内容|消息|情况|原因|用户|读者|外界|该机|该系列|网站|文章|视频|数据|说法|之外|消费者|人群|"
    r"^(?:这|那|此|其|他|她|它|我|你|据|上述|以上|有|是)"
)


def _is_source(name: str, state: State) -> bool:
    """Credited with a claim in this report: an outlet or leaker, not a party responding."""
    k = name_key(name)
    return bool(k) and any(k == s or (len(min(k, s, key=len)) >= 3 and (k in s or s in k)) for s in state.sources)


def _in_claims(name: str, state: State) -> bool:
    """The report's claims mention this name, in their text or subjects."""
    k = name_key(name)
    return any(
        k and (k in name_key(c.text) or any(k in name_key(s) or name_key(s) in k for s in c.subjects)) for c in state.recent_claims()
    )


def _named_party(name: str, state: State) -> bool:
    """A known name, or one the report's claims mention."""
    return bool(state.names.known_in(name)) or _in_claims(name, state)


def _plausible_party(name: str, state: State) -> bool:
    """A responder must be someone with standing: a known name, or one the claims mention."""
    if _named_party(name, state):
        return True  # ("星河视频" is a firm the claim is about, though "视频" alone is no party)
    if _NOT_A_PARTY.search(name):
        return False
    return len(name) <= (16 if name.isascii() else 8)


# Responders: English ---------------------------------------------------------------------

_EN_DATELINE = re.compile(
    r"^(?:By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?=[A-Z])"
    r"|(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Z]+\))?\s*(?:[-—–:]\s*)?(?=[A-Z])"
    r"|[A-Z][A-Z .,/'-]{2,40}(?:\([^)]{0,30}\))?\s*(?:-|—|–|--)\s*"
    r"|[^-]{0,60}\((?:Reuters|AP|AFP|dpa-AFX|MT Newswires|Bloomberg)\)\s*(?:-|—|–|--)\s*)"
)
_EN_SPOKES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)?\s*(?:[Ss]pokes(?:person|woman|man|people)|[Rr]epresentatives?|[Rr]eps?|[Ss]tatement|[Oo]fficials?)\s+(?:for|from|of)\s+(?:both\s+)?"
    r"(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}(?:\s+and\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?)"
    r"|(?P<m>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:[’']s)?\s+(?:[a-z]\w*\s+)?(?:spokes(?:person|woman|man)|representative|press office"
    r"|chief executive|CEO|CFO|COO|chief\s+\w+\s+officer|chairman|chairwoman|president|executive|official|chief|boss|founder)\b"
)
_EN_ROLE = (r"(?:spokes(?:person|woman|man)|representative|chief\s+\w+\s+officer|chief\s+executive|CEO|CFO|COO|chairman"
            r"|president|executive|official|director|head\s+of\s+\w+)")
# "The bank's chief financial officer, James …", "representative Hillary Manning": a person
# speaking for the company the claim is about, who is the responder.
_EN_OWN_ROLE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?(?:company|firm|bank|group|carmaker|automaker|studio|network|paper|newspaper|retailer"
    rf"|operator|startup|insurer|airline|lender|chipmaker|manufacturer)?(?:[’']s)?\s*(?:\w+\s+)?{_EN_ROLE}\b"
    rf"|(?:^|[,;]\s*|\s)(?:[a-z]+\s+)?{_EN_ROLE}\s+[A-Z]"
)
# "Both companies", "the two sides", "neither company": every party the claim is about.
_EN_BOTH = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two|[Nn]either|[Aa]ll|[Tt]he)\s+(?:companies|firms|sides|parties|groups|banks|carmakers|automakers|company)\b(?!\s+(?:said|says))|\b[Nn]either\s+company\b")
_EN_QUOTE_TAIL = re.compile(r"[”\"]\s*,?\s*(?P<who>[^,.“”\"]{1,60}?)\s+(?:said|added|told|says|stated|wrote|explained)\b")
_EN_SELF = re.compile(r"\b(?:" + "|".join(map(re.escape, cues.EN_SELF_REFERENCES)) + r")\b")
_EN_NO_STANDING = re.compile(r"\b(?:insiders|analysts?|experts|observers|sources|people\s+familiar|investors|traders|fans|users|critics)\b", re.I)
QUOTE_TAIL_REACH = 200  # '"…," X said' credits the quote to X when it ends this close after the cue


# "Globex said the two companies had …": the one who says it answers, not both it names
_EN_NAMED_SPEAKER = re.compile(r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:said|says|told\s+\w+|stated|added|confirmed)\b")
_EN_AS_DID = re.compile(r",?\s+as\s+did\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")


def _en_responders(segment: str, cue_start: int, state: State) -> list[str]:
    """Who replies, plus those who did the same ("X declined to comment, as did Y")."""
    found = _en_first_responders(segment, cue_start, state)
    also = _EN_AS_DID.search(segment, cue_start)
    if found and also:
        extra = _clean_en_name(also.group("n"))
        if extra and not any(same_name(extra, f) for f in found):
            found = [*found, extra]
    return found


def _en_first_responders(segment: str, cue_start: int, state: State) -> list[str]:
    stripped = _EN_DATELINE.sub("", segment, count=1)
    cue_start -= len(segment) - len(stripped)
    segment = stripped
    if cue_start < 0:
        return []
    before = segment[:cue_start]
    if _EN_BOTH.search(before) and not re.search(r"\b[Tt]he\s+company\b", before) and not _EN_NAMED_SPEAKER.search(before):
        parties = _claim_parties(state)
        if parties:
            return parties
    spokes = _EN_SPOKES.search(segment)
    if spokes:
        named = [_clean_en_name(n) for n in re.split(r"\s+and\s+", spokes.group("n") or spokes.group("m"))]
        if all(named):
            return named  # "a spokeswoman for Acme", "Acme's spokesman", "representatives for Acme and Globex"
    if _EN_OWN_ROLE.search(before) and not any(state.names.known_in(n) for n in en_names(before)):
        company = _the_company(state)
        if company:
            return company
    tail = _EN_QUOTE_TAIL.search(segment)
    if tail and tail.start() < cue_start + QUOTE_TAIL_REACH:
        found = [n for n in en_names(tail.group("who")) if not state.names.is_outlet(n)]
        if found:
            return found[:1]
        who = tail.group("who").strip().lower()
        if who in cues.EN_SELF_REFERENCES or who.startswith("the ") or re.search(r"company|firm|statement|spokes", who):
            return _the_company(state)
    before = segment[:cue_start]
    opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    if opened >= 0 and before.rfind("”") < opened:
        before = before[:opened]  # 'It added: "… is wrong."': the speaker stands outside the quote
    return _en_subject_before(before, state)


def _en_subject_before(before: str, state: State) -> list[str]:
    """The subject of the clause that holds the cue: "Acme and Globex denied …"."""
    before = re.sub(r",\s*(?:which|who|whose)\b[^,]*,", ",", before)
    clause = re.split(r"[;:]|,\s*(?:but|and|while)\b", before)[-1]
    if _EN_NO_STANDING.search(clause):
        return []  # "Industry insiders said they were not aware…": onlookers, not a party
    if re.match(r"^(?:Meanwhile|However|Separately|Earlier|Later|In\s)", clause.strip()):
        clause = re.sub(r"^[^,]{0,40}?(?:,\s*)(?=[A-Z])", "", clause)
    found = [n for n in en_names(clause) if not state.names.is_outlet(n)]
    if found:
        pair = len(found) > 1 and re.search(
            re.escape(found[0]) + r"[^,;]{0,40}?\s(?:and|&)\s+(?:[^,;]{0,20}?)" + re.escape(found[1]), clause
        )
        return found[:2] if pair else found[:1]
    lowered = clause.strip().lower()
    if _EN_SELF.search(lowered) or not lowered:
        return _the_company(state)
    described = _EN_DESCRIPTOR.match(clause.strip())
    if described:  # "The German carmaker declined to comment": the claim's party, named by what it is
        party = described_party(described.group("kind"), state, False)
        return [party] if party else []
    return []


# A party named by what it is: "the German carmaker", "the Stuttgart-based chipmaker",
# "这家深圳手机制造商", "该车企". (Plurals, "both companies", are _EN_BOTH's and _ZH_BOTH's.)
_EN_DESCRIPTOR = re.compile(
    r"^(?:[Tt]he|[Ii]ts)\s+(?:[\w’'&.-]+\s+){0,4}?(?P<kind>company|firm|group|carmaker|automaker|maker|manufacturer|chipmaker"
    r"|bank|lender|insurer|retailer|operator|airline|start-?up|studio|publisher|developer|giant|conglomerate|brand|platform"
    r"|supplier|producer|network|broadcaster|carrier|miner|owner|parent|business|outfit|conglomerate)$"
)
_ZH_DESCRIPTOR = re.compile(
    r"^(?:该|这家|此|这个|这一|那家)[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?P<kind>公司|集团|企业|制造商|生产商|发行商|开发商|厂商|供应商"
    r"|运营商|服务商|零售商|提供商|巨头|车企|芯片商|平台|银行|品牌|厂|工作室|开发团队|团队|开发组)$"
)


def described_party(kind: str, state: State, zh: bool) -> str | None:
    """Whom "the German carmaker" means: the latest claim's one party; of several, the one
    the report introduced by that kind ("carmaker Acme", "Acme, the carmaker", "手机制造商北辰电子")."""
    parties = _claim_parties(state)
    if len(parties) <= 1:
        return parties[0] if parties else None
    text = state.report.text
    for party in parties:
        name = re.escape(party)
        pattern = (rf"{re.escape(kind)}\s*{name}|{name}[^，。；]{{0,6}}是[^，。；]{{0,12}}{re.escape(kind)}" if zh else
                   rf"\b{re.escape(kind)}s?\s+(?:[A-Z][\w&.'’-]*\s+)?{name}|{name}(?:[’']s?)?,\s+(?:an?|the)\s+[^,.;]{{0,40}}?\b{re.escape(kind)}\b")
        if re.search(pattern, text, 0 if zh else re.I):
            return party
    return None


def _claim_parties(state: State) -> list[str]:
    """The subjects of the latest claim: the parties "both companies" stands for."""
    for claim in reversed(state.claims):  # the latest claim that names its parties
        parties = [s for s in claim.subjects if not state.names.is_outlet(s)][:3]
        if parties:
            return parties
    return []


def _the_company(state: State) -> list[str]:
    resolved = state.last_responder or state.main_subject()
    return [resolved] if resolved else []


def _clean_en_name(name: str | None) -> str | None:
    if not name:
        return None
    found = en_names(name)
    return found[0] if found else None


# Via: the outlet that carried the response -------------------------------------------------

_ZH_VIA = re.compile(
    r"据\s*(?P<a>[^，。；：:,]{1,20}?)\s*(?:的)?(?:报道|报导|消息)|(?P<b>[^，。；：:,\s]{2,20}?)\s*(?:发表|发布)?的(?:报道|文章)中"
    r"|(?:发给|告诉|向|接受)\s*(?P<c>[^，。；：:,]{2,20}?)\s*(?:的|采访|表示|透露)"
    r"|对\s*(?P<d>[^，。；：:,此]{2,16}?)\s*(?:表示|透露|称|说)"
    r"|告诉\s*(?P<e>[^，。；：:,]{2,12}?)\s*(?=[，,：:])"
)
_EN_VIA = re.compile(
    r"\b(?:told|to)\s+(?P<a>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|,\s*(?P<b>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:said|reported|reports|says)\b[^,]{0,20}[.]?$"
    r"|\b(?:according\s+to|[Tt]old|in\s+an?\s+\w+\s+to)\s+(?P<c>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _via(segment: str, zh: bool, responders: list[str], names: Names) -> str | None:
    regex = _ZH_VIA if zh else _EN_VIA
    for m in regex.finditer(segment):
        name = next((g for g in m.groups() if g), None)
        if not name:
            continue
        # "据 X 报道" and "X 的报道中" say X is an outlet; "告诉 X" needs X to look like one
        structural = zh and not (m.group("c") or m.group("d") or m.group("e"))
        name = clean_source(name, zh, names) if zh else re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if name and (structural or names.is_outlet(name) or name.isascii()) and not any(same_name(name, r) for r in responders):
            return name
    return None

