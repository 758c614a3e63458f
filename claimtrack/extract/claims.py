"""Claims: a proposition the report credits to someone other than its subject.

A segment is a claim when an attribution cue fires ("据 X 报道", "people familiar with
the matter", "reportedly") and what it credits passes the checks below: it is long
enough to be a proposition, it is not the subject's own statement, and the credit is
not to the report's own outlet or to an official notice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import cues
from ..dates.partial import PartialDate
from ..text.keys import name_key
from ..dates.in_text import find_dates
from .linking import IMPLIED_CUE
from .lexicon import ZH_HEDGE, ZH_ROLE, Cue, Lexicon, attributions, first_attribution, sentence_lexicon, stance_in
from .names import REFERENCE, ZH_CREDIT_TAIL, Names, en_names, named_leaker, same_name, subjects, zh_firms_named
from .results import ExtractedClaim
from .sentences import Sentence
from .state import LEAKER_REACH, State

MAX_CLAIM_CHARS = 120  # longer spans are cut at a clause boundary: a claim is not a paragraph
MIN_CLAIM_CHARS = {True: 6, False: 15}  # word characters of a proposition, by zh
MIN_IMPLIED_CHARS = {True: 4, False: 15}  # a rumour a reply names can be short: "赴港上市的传闻"
CONTINUATION_SENTENCES = 3  # "报道称…" this close to the last claim adds to it, no new claim

_ZH_ASKED = re.compile(r"[，,]?\s*(?:请问)?(?:是否|是不是|有没有|能否)(?:属实|真实|真的|确有其事|有此事|如此|有这回事)[？?。]?$|[，,]?\s*请问[^，。]*[？?]$")
_ZH_LEADING_NOISE = re.compile(
    r"^(?:[\s，,：:、]|(?:[^，。]{0,4}?人士)?(?:称|表示|透露|指出)[，,：:]|今日|今天|近日|日前|此前|目前|随后|同时|另外|此外|不过|但|而|且|又|还|也|并|最新|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:晚间|早间|上午|下午|晚)?|(?:IT之家|IT 之家)\s*|(?:截图|图片|文件|聊天记录|视频|邮件)(?:中)?(?:显示|称)[，,：:])+"
)
_ZH_CLAUSE = re.compile(r"[，；,;]")
_EN_LEADING_NOISE = re.compile(
    r"^(?:[\s,:;—-]|that\b|and\b|but\b|(?:said|says|reported|reports|wrote|writes)\b(?:\s+(?:last|on|this|earlier)\s+\w+)?"
    r"|(?:[A-Z][A-Za-z .'-]{1,30},\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*(?:—|–|--|-)\s*)+"
)
_ANON_ZH = re.compile(
    r"知情人士|消息人士|消息人|业内人士|内部人士|匿名人士|消息称|网传|据悉|据称|传闻|传言|人士透露|人士称|爆料|网友|观察人士|业界|普遍认为"
)
_ANON_EN = re.compile(
    r"(?i:familiar with|\bsources?\b|\binsiders\b|\bunnamed\s+(?:people|persons|sources?|officials?|executives?|insiders?|suppliers?|employees?|staff|analysts?|bankers?|individuals?|managers?)\b"
    r"|\banonymous\b|reportedly|said to|rumou?r|people close|with knowledge|speculat|people aware|aware of the (?:matter|development|plans?|talks)"
    r"|citing\s+(?:\w+\s+){0,3}(?:people|persons|sources|officials|executives|individuals|insiders))"
    r"|\binsider\b(?!\s+[A-Z])",  # (case kept: "Business Insider", "insider Tom Henderson" name someone)
)
# The report an outlet passes on: its source is the first reporter ("citing a Nikkei report", "援引 X 的报道")
_FIRST_REPORTER = {
    True: re.compile(r"援引\s*(?P<n>[^，。；：:“”\s的]{2,16}?)\s*(?:的|此前的|最新的)?(?:报道|文章|消息)(?!人士)"),
    False: re.compile(
        r"\b(?:citing|siting|quoting)\s+(?:a|an|the)\s+(?:recent\s+|new\s+|separate\s+)?(?:(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:[’']s)?\s+(?:report|story|article)"
        r"|(?:report|story|article|piece)\s+(?:from|by|in)\s+(?:the\s+)?(?P<n2>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))"),
}
_EN_MARKET_DATA = re.compile(cues.EN_MARKET_DATA, re.I)
_EN_HEDGE = re.compile(cues.EN_HEDGE, re.I)
_EN_TRAILING_PAREN = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def claim_in(segment: str, sentence: Sentence, state: State) -> ExtractedClaim | None:
    """The claim a segment states, from the first attribution cue that yields one."""
    if not sentence.zh and segment.rstrip().endswith(")"):  # the test spares most a regex
        segment = _EN_TRAILING_PAREN.sub("", segment)
    if not sentence.zh and " after " in segment:
        _note_reporter_after_a_reply(segment, state)
    for cue, m in attributions(segment, sentence.zh, state.lexicon):
        if sentence.zh and _QUOTED_CUE.match(segment, m.end()) and segment[max(m.start() - 1, 0): m.start()] in "“「":
            continue  # "“据报道”“网传”成了最常见的几个词": the cue words quoted, not used
        claim = _claim_from(cue, m, segment, sentence, state)
        if claim is not None:
            return claim
        if cue.name == "据其爆料":
            return None  # "据其爆料，…" goes on with the leak just credited, or credits no one: "其" is never an outlet
    return _known_source_claim(segment, sentence, state)


def _claim_from(cue: Cue, m: re.Match, segment: str, sentence: Sentence, state: State) -> ExtractedClaim | None:
    zh, names = sentence.zh, state.names
    raw = m.groupdict().get("src") or m.groupdict().get("src2") or ""
    if cue.name in _NAMED_CREDIT_CUES and not _may_be_named_credit(raw, names, state):
        return None  # "Acme said…", "小米表示，…": the commonest sentence, refused before any cleaning
    src = clean_source(raw, zh, names)
    if cue.name in _SPEAKER_CUES and not (src and _named_third_party(src, names, state)):
        return None  # "小米表示，…": a party speaking for itself (tested first: the commonest case)
    if cue.name in _OUTLET_SAYS and not (src and (names.is_outlet(src) or name_key(src) in state.sources)):
        return None  # "Acme said it would …": only an outlet saying so makes a report
    if src and cue.name in _TOLD_CUES and not names.is_outlet(src):
        src = None  # "people familiar told Acme": the company heard it, no outlet carried it
    if src is None and _OUTLET_REFERENCE.match(m.groupdict().get("src") or ""):
        src = state.outlet_before()  # "the paper reported": the outlet this report named before
    if src is None:
        src = _earlier_source(segment[: m.start()], zh, names, state.lexicon)
    if src is None and _LEAKER.search(segment, 0, m.end()):
        src = named_leaker(segment[: m.end()])  # "知名爆料人 X 在推特上爆料称": the leaker by name
    first = _FIRST_REPORTER[zh].search(segment)
    if first is not None:  # "Reuters reported, citing a Nikkei report": Nikkei reported it first
        src = clean_source(first.group("n") or first.groupdict().get("n2"), zh, names) or src
    if src and names.is_outlet(src) and not _same_outlet(src, state.report.outlet):
        state.note_account(src, sentence.index)  # "据 X 报道，…": X's account, a claim or not, is being told
    anon = bool(m.groupdict().get("anon")) or bool((_ANON_ZH if zh else _ANON_EN).search(segment))
    if not zh and _STANDS_BY.search(segment):
        return None  # "The Journal said it stands by its reporting": the outlet defending its story
    if cue.name == "according to X" and _OWN_PUBLICATION.search(segment, m.start(), m.end() + 24):
        return None  # "according to Acme's website": the party's own word, not a report
    if cue.name == "according to X" and m.groupdict().get("src"):
        anon = bool(_ANON_EN.search(m.group("anon")))  # "according to Bloomberg": named; "…'s sources": not
    proposition, lead = _split_at_cue(cue, m, segment)
    text = trim_claim(proposition, zh, state.lexicon)
    if len(re.sub(r"\W", "", text)) < MIN_CLAIM_CHARS[zh]:
        return None
    if not zh and _EN_MARKET_DATA.search(text) and not _EN_HEDGE.search(text):
        return None  # published figures credited to a research firm: market data, not a rumour
    if not _is_third_party(cue, src, text, state, zh):
        return None
    if not _credit_stands(cue, m, src, anon, text, segment, sentence, state):
        return None
    if zh and cue.name in _OUTLET_CUES and not anon and not _undisclosed(proposition):
        return None  # "据 X 报道" of a fire, a ruling, a statistic: news, not a claim
    if cue.name in ("网友/博主称", "爆料人表示"):
        anon_text = m.groupdict().get("anon") or ""
        if REFERENCE.match(anon_text.strip()) and _LEAKER.search(anon_text):
            return None  # "该博主还称": the one named before, whom "他透露" handles
        named = named_leaker(segment[: m.end()])
        if named:
            src, anon = named, False  # "数码博主“芯片观察员”爆料": a pen name is a name
    if cue.name in _PEN_NAME_CUES:
        anon = False  # "爆料者“白鸦”透露": a pen name is a name, whatever role it goes with
    if cue.name == "网传" and _REPLY_BEFORE.search(segment, 0, m.start()):
        return None  # "X 回应…传闻：…": what follows the colon is the reply
    if (cue.name == "分析师预测" and _OPINION_VERB.search(m.group(0)) and _ONLOOKER.search(m.group("src") or "")
            and not _INSIDE_ACCOUNT.search(proposition)):
        return None  # "有业内人士认为，价格战短期内难以结束": onlookers' view, no one's plan
    if cue.name == "分析师预测" and _OPINION_VERB.search(m.group(0)) and not _FORECAST.search(proposition):
        return None  # "业内人士认为，价格战…不利": a view, not a forecast or an inside account
    if cue.name in ("他透露", "据其爆料"):
        src = state.leaker_before(sentence.index)  # the person named just before; else no credit
        if src is None:
            return None
        if state.claims and state.claims[-1].source == src and sentence.index - state.claim_pos[-1] <= CONTINUATION_SENTENCES:
            return None  # "他还表示，…" after their claim: a detail of the same leak
    if cue.name == "报告称" and not src:
        src = _report_author_before(sentence, state)  # "X 最新报告指出…。报告称，…": X's report goes on
    if cue.name == "爆料显示" and (m.group("anon") or m.group("noun")) in _NEWS_NOUNS and not _undisclosed(text):
        return None  # "最新消息显示，…影响了 850 万台": news of what happened, not a rumour
    if zh and _COMMENT_ON_THIS.match(text) and _OPINION_VERB.search(m.group(0)):
        return None  # "业内人士认为，此举将进一步巩固…": a view of the move just told, not a rumour
    if (zh and m.groupdict().get("anon") in _COMMENTATORS and _OPINION_VERB.search(m.group(0) + segment[m.end(): m.end() + 2])
            and not _INSIDE_ACCOUNT.search(proposition)):
        return None  # "业内人士认为，价格战短期内难以结束，行业整合仍将持续": a view, not an inside account
    if zh and m.groupdict().get("anon") in _COMMENTATORS and not _undisclosed(proposition):
        return None  # "业内人士表示，早年…": a commentator's view of the past, an opinion
    if src is None and cue.name in _FURTHER_POINT_CUES and _FURTHER_POINT[zh].search(segment.lstrip()):
        if state.claims:  # "报道还称": the report credited last; its source and sourcing hold
            src, anon = state.claims[-1].source, state.claims[-1].anonymous
        elif not zh:
            src = state.outlet_before()
    if src is None and anon and _goes_on_with_account(m, segment, zh):
        # "X 报道称…。消息人士称，…": X's sources, still unnamed
        at = max(sentence.text.find(segment), 0)  # (a segment may start after the sentence's "此外，")
        src = state.account_for(sentence.index, further=bool(_FURTHER_SOURCES[zh].search(sentence.text[: at + m.end()])))
    if src and names.is_outlet(src) and not _same_outlet(src, state.report.outlet):
        state.note_account(src, sentence.index)
    if src:
        state.sources.add(name_key(src))
    return ExtractedClaim(
        text=text,
        source=src,
        anonymous=anon or src is None,
        subjects=_subjects(text, zh, state),
        reported_on=_reported_on(lead, state),
        sentence=sentence.text,
        cue=cue.name,
    )


# Unnamed people with inside knowledge, whose word a report passes on: "消息人士称", "另有知情人士透露",
# "people familiar with the matter said", "the sources said" (not onlookers: "业内人士认为", "analysts")
_INSIDERS = {
    True: re.compile(r"(?<!业内)(?<!业界)(?<!行业)(?<!分析)(?<!观察)(?:消息|知情|内部|匿名|接近[^，。；]{1,14}?的)人士|知情者|消息源|信息源"),
    False: re.compile(r"\b(?:people|persons?|sources?|insiders?|individuals?)\s+(?:familiar|close|with\s+(?:direct\s+)?knowledge|aware|briefed|privy)\b"
                      r"|\bsources?\b|\binsiders?\b", re.I),
}
# A follow-up that says it adds to the account told: "另有消息人士表示", "此外，据…人士称", "The sources said"
_FURTHER_SOURCES = {
    True: re.compile(r"^\W*(?:此外|另外|同时|另据|另有|还有|该|这些|上述|这位|这名|该名)|(?:另有|还有|另一位|另一名|另外一位|其他)[^，。；]{0,10}?人士|人士(?:还|也|进一步)"),
    False: re.compile(r"^\W*(?:the|those|these|that|the\s+same)\s+(?:sources?|people|persons?|insiders?)\b|\b(?:another|other|a\s+second|additional)\s+(?:sources?|people|persons?|insiders?)\b"
                      r"|\b(?:sources?|people|persons?|insiders?)\b[^.,;]{0,40}?\b(?:also|further)\s+(?:said|say|told|added)\b|^\W*(?:in\s+addition|additionally|also|further)\b", re.I),
}
# The report's own reporting: "记者从…获悉", "told Reuters" of Reuters, "told us"
_OWN_REPORTING = {
    True: re.compile(r"记者|本报|本刊|本网|本站|小编|笔者"),
    False: re.compile(r"\b(?:told|tells|telling)\s+(?:us|this\s+\w+|our\b)|\b(?:we|our\s+(?:reporters?|sources?))\b", re.I),
}


def _goes_on_with_account(m: re.Match, segment: str, zh: bool) -> bool:
    """A credit to unnamed insiders that may go on with an outlet's account told just before."""
    clause = _CREDIT_CLAUSE_END.search(segment, m.end())  # "据一位接近 X 的消息|人士称，": the whole credit
    credit = m.group(0) + segment[m.end(): clause.start() if clause else len(segment)]
    return bool(_INSIDERS[zh].search(credit)) and not _OWN_REPORTING[zh].search(segment)


_CREDIT_CLAUSE_END = re.compile(r"[，,。；;：:]")


_SELF_LEAD = re.compile(r"^(?:该|本|这家)?公司|^(?:the\s+company|the\s+firm|the\s+group)\b", re.I)


def _subjects(text: str, zh: bool, state: State) -> tuple[str, ...]:
    """Who the claim is about; "公司核心产品将…" in a company's own notice is about that company."""
    found = subjects(text, zh, state.names)
    if not found and _SELF_LEAD.match(text):
        here = zh_firms_named(state.sentence_text) if zh else []
        party = here[0] if here else state.protagonist()  # the firm this sentence names, else the report's
        return (party,) if party else ()
    return found


def _split_at_cue(cue: Cue, m: re.Match, segment: str) -> tuple[str, str]:
    """(proposition, attribution lead-in) on either side of the cue."""
    if cue.where == "before":
        return segment[: m.start()], segment[m.start():]
    if cue.where == "after":
        return segment[m.end():], segment[: m.end()]
    # around: the cue sits inside the proposition ("X 据悉将…", "X is reportedly …")
    if m.start() <= 2:
        return segment[m.end():], segment[: m.end()]
    if m.end() >= len(segment.rstrip("。.!！ ")) - 1:
        return segment[: m.start()], segment[m.start():]
    if cue.name == "被曝":
        return segment[: m.start()] + segment[m.end():], segment[m.start(): m.end()]  # "X 被曝正在…": X 正在…
    return segment, ""


def _credit_stands(cue: Cue, m: re.Match, src, anon: bool, text: str, segment: str, sentence: Sentence,
                   state: State) -> bool:
    """The credit is to a third party, not to the report itself or an official word."""
    zh = sentence.zh
    raw_src = m.groupdict().get("src") or ""
    if cue.name == "…报道称" and not src:
        return False
    if zh and cue.name == "据…报道" and _OFFICIAL.search(raw_src):
        return False  # "据警方通报", "据其官方公众号消息": the subject's own word
    if zh and _party_statement(text, state.names):
        return False
    if src and not _may_be_outlet(src, text, state) and cue.name in ("X reported that", "…, X reported") and not anon:
        return False  # "Acme said that …": a company speaking, not a report
    if cue.name in _OUTLET_SAYS and not (src and (state.names.is_outlet(src) or name_key(src) in state.sources)):
        return False  # "Acme said it would …": only an outlet saying so makes a report
    if src and _same_outlet(src, state.report.outlet) and cue.name not in _TOLD_CUES:
        return False  # the report citing itself; but "sources told us" is its own scoop
    if cue.name in ("报道称", "报告称", "the report also said") or _is_continuation(segment, zh):
        if state.claims and sentence.index - state.claim_pos[-1] <= CONTINUATION_SENTENCES:
            return _another_point(text, segment, state) or _another_story(text, sentence, state)
    return True


_FURTHER_POINT_CUES = frozenset({"报道称", "报告称", "the report also said"})
# "报道还称，…", "此外，文章指出，…", "The report also said …": the report goes on to a further point
_FURTHER_POINT = {
    True: re.compile(r"^(?:另据|此外|另外|同时)?[，,]?\s*(?:该|此|上述|相关)?(?:研究)?(?:报道|报导|文章|报告)(?:中)?(?:还|也|另外|同时|此外)"
                     r"|^(?:此外|另外)[，,]?\s*(?:该|此|上述|相关)?(?:研究)?(?:报道|报导|文章|报告)"),
    False: re.compile(r"^(?:the|that|this)\s+(?:report|paper|newspaper|story|article|publication|outlet|agency|note)\s+(?:also|further)\s+", re.I),
}
# A detail of the point just told leans on it: "该交易…", "双方…", "The deal would …", "It …"
_LEANS_BACK = {
    True: re.compile(r"^(?:该|此|这|那|上述|双方|两家|两者|其|交易|收购|此次|这笔|这次|价格|售价|金额|估值|具体|相关)"),
    False: re.compile(r"^(?:the\s+(?:deal|talks|transaction|acquisition|merger|purchase|sale|price|agreement|move|plan|offer|bid|"
                      r"negotiations|discussions|company|firm|group|companies|two|parties|terms|timing|value|valuation)\b|"
                      r"(?:it|they|this|that|such|those|these|he|she|its|their)\b)", re.I),
}


def _another_point(text: str, segment: str, state: State) -> bool:
    """"报道还称，<another rumour>": a further point of the report just credited is a claim of
    its own when it names its party and does not lean on the last claim ("该交易…", "the deal…")."""
    zh = bool(re.search(r"[\u4e00-\u9fff]", segment))
    if not _FURTHER_POINT[zh].search(segment.lstrip()) or _LEANS_BACK[zh].match(text):
        return False
    last = state.claims[-1]
    if name_key(text)[:12] and name_key(text)[:12] in name_key(last.text):
        return False  # the last claim told again
    return bool(subjects(text, zh, state.names))


def _another_story(text: str, sentence: Sentence, state: State) -> bool:
    """"消息称，…" in a new paragraph about other parties starts a story; else it goes on with the last."""
    last_at = state.claim_pos[-1]
    if state.paragraph_of.get(last_at) == sentence.paragraph:
        return False
    names = subjects(text, sentence.zh, state.names)
    return bool(names) and not any(same_name(n, s) for n in names for s in state.claims[-1].subjects if s)


def _may_be_outlet(src: str, text: str, state: State) -> bool:
    """A known outlet, or a name the list lacks that "reported" about someone else
    ("…, Dagens Naeringsliv reported"): firms and people we know are not outlets."""
    if state.names.is_outlet(src):
        return True
    if state.names.known_in(src) or name_key(src) in name_key(text) or not re.search(r"\breport", text + " reported"):
        return False
    return bool(re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}", src))


def _reported_on(lead: str, state: State) -> PartialDate | None:
    """A date in the attribution lead-in ("8 月 17 日，36氪报道"), else the context date."""
    published = state.report.published
    dates = find_dates(lead, state.context_date or published) if lead else []
    dates = [d for d in dates if not published or d.date.start <= published.start]
    return dates[-1].date if dates else state.context_date


def _earlier_source(before: str, zh: bool, names: Names, lexicon: Lexicon) -> str | None:
    """A named credit earlier in the sentence ("据 X 报道，…，报道援引…称")."""
    if not before.strip():
        return None
    cue, m = first_attribution(before, zh, lexicon)
    if cue is None or m is None:
        return None
    src = clean_source(m.groupdict().get("src"), zh, names)
    if src and cue.name in _SPEAKER_CUES and not names.is_outlet(src):
        return None  # "X 发布澄清公告称，近日有媒体报道…": the party speaking, not the credit
    return src


_KNOWN_SAY_ZH = re.compile(r"(?:^|[，,。；])\s*(?P<who>[^，,。；：:“”\"]{2,20}?)\s*(?:则|也|还|又)?(?:称|表示|写道|指出)[：:，,]\s*")
_KNOWN_SAY_EN = re.compile(r"^(?P<who>[^,;]{2,40}?)\s+(?:said|says|wrote|writes|added|reported)\s+(?:that\s+)?")
# A word one of which every match of the pattern above contains: most segments have
# none, and a substring test is far cheaper than the search.
_KNOWN_SAY_WORDS = {True: ("称", "表示", "写道", "指出"), False: ("said", "says", "wrote", "writes", "added", "reported")}
_ZH_SAY_PARTICLES = re.compile(r"^(?:而|但|则|也|还)|(?:则|也|还|又)$")


def may_credit_known_source(text: str, zh: bool, state: State) -> bool:
    """Whether `text` could be "X 称：…" of a source named earlier (a cheap test first)."""
    if state.sources:
        for word in _KNOWN_SAY_WORDS[zh]:
            if word in text:
                return True
    return False


def _known_source_claim(segment: str, sentence: Sentence, state: State) -> ExtractedClaim | None:
    """"X 称：…" where X already appeared in this report as a source."""
    if not may_credit_known_source(segment, sentence.zh, state):
        return None
    pattern = _KNOWN_SAY_ZH if sentence.zh else _KNOWN_SAY_EN
    for m in pattern.finditer(segment):
        who = m.group("who").strip()
        for name in [who] if sentence.zh else en_names(who):
            k = name_key(_ZH_SAY_PARTICLES.sub("", name))
            if k and any(k == s or (len(k) >= 3 and (k in s or s in k)) for s in state.sources):
                text = trim_claim(segment[m.end():].strip("“”\"「」"), sentence.zh, state.lexicon)
                if len(text) < 6:
                    return None
                return ExtractedClaim(
                    text=text, source=name, anonymous=False, subjects=subjects(text, sentence.zh, state.names),
                    reported_on=state.context_date, sentence=sentence.text, cue="source named earlier + says",
                )
    return None


def _is_continuation(segment: str, zh: bool) -> bool:
    if zh:
        return bool(re.match(r"^(?:该|此|上述)?(?:报道|消息)(?:还|也)?(?:称|指出|显示)", segment))
    lowered = segment.lower().replace("’", "'")
    return any(phrase in lowered for phrase in cues.EN_CONTINUATION)


_WEAK_ZH_CUES = ("据悉", "…预测", "报告称")
# What "据悉" tells that is not yet done or not yet public: a move to come ("将裁员", "将达到"),
# an intention ("打算", "准备"), talks under way ("正与…商谈")
def _more_of_a_rumour(text: str, state: State) -> bool:
    """"据悉" in a report that already told a rumour, of a move not yet made or public: more of
    the rumour ("据悉，X 明年将裁员一成"), not a detail the reporter knows, nor someone's public word."""
    return bool(state.claims) and bool(_ZH_NOT_YET.search(text)) and not _SAID_PUBLICLY.search(text)


_SAID_PUBLICLY = re.compile(r"(?:称|表示|宣布|指出|说|透露|强调)[，,：:]")
_ZH_NOT_YET = re.compile(r"将(?=[\u4e00-\u9fff])(?!近|军|领|士|其|此|这|该)|打算|准备(?!好|工作)|洽谈|商谈|谈判|磋商|正与")
_ANNOUNCED = re.compile(r"宣布|官宣|正式发布|发布公告|公告称|官方公布|正式公布|签署了?|达成了?协议")


def _after_an_announcement(state: State) -> bool:
    """The sentence before (or the one before it) tells of a party's own announcement."""
    return any(_ANNOUNCED.search(s.text) and first_attribution(s.text, True, sentence_lexicon(s.text, True))[0] is None
               for s in state.sentences_read[-3:-1] if s.zh)


_OFFICIAL = re.compile(r"官方|官网|公众号|微博|微平台|警方|公安|政府|声明|公告|通报|委员会|统计|数据|财报|公司|集团|其在|发布会")
_LEAKER = re.compile(r"博主|爆料|网友|人士|媒体|记者|分析师|研究员|券商|证券|leaker|tipster|analyst", re.I)


def _is_third_party(cue: Cue, src, text: str, state: State, zh: bool) -> bool:
    """A proposition credited to someone other than its subject (or a rumour)."""
    names = state.names
    if cue.name == "is said to" and not en_names(text[: cue.regex.search(text).start() if cue.regex.search(text) else 80]):
        return False  # "This information is believed to be …": only a named party is rumoured to do things
    if cue.name in _WEAK_ZH_CUES and not ZH_HEDGE.search(text) and not (cue.name == "据悉" and _more_of_a_rumour(text, state)):
        return False  # "据悉" before a plain fact is the reporter's own knowledge
    if cue.name == "据悉" and _after_an_announcement(state):
        return False  # "X 宣布…。据悉，这批订单将在五年内完成": a detail of what was announced
    if cue.name == "X 表示/认为" and not (src and _named_third_party(src, names, state)):
        return False  # "小米表示，…": a party speaking for itself
    if cue.name == "…披露/爆料" and not (src and (names.is_outlet(src) or _LEAKER.search(src) or name_key(src) in state.sources)):
        return False
    if cue.name == "…预测" and src and not (names.is_outlet(src) or len(src) <= 12):
        return False
    if src and zh and cue.name in ("…披露/爆料", "…报道称", "…预测"):
        # "小米宣布/小米透露" is the subject speaking: a claim needs a third party.
        if src in text[:len(src) + 4] and not names.is_outlet(src):
            return False
    return True


_NAMED_CREDIT_CUES = frozenset({"X 表示/认为", "OUTLET said", "X, citing sources, said", "X cited people in reporting", "…, says X"})


def _may_be_named_credit(raw: str, names: Names, state: State) -> bool:
    """A cheap first look: could this credit be an outlet, a leaker, an analyst or a source
    already credited in this report at all?"""
    if names.is_outlet(raw) or _LEAKER.search(raw) or "@" in raw or names.people_in(raw):
        return True
    folded = raw.casefold().replace(" ", "")
    return any(source in folded for source in state.sources)


def _named_third_party(src: str, names: Names, state: State) -> bool:
    """An outlet, a leaker or an analyst: someone who passes on what a subject has not said."""
    if REFERENCE.match(src):
        return False  # "该博主": someone named before, not a new originator
    if ZH_ROLE.search(src) and not _LEAKER.search(src):
        return False  # "EA 首席运营官 X": the company's own officer
    return bool(names.is_outlet(src) or _LEAKER.search(src) or "@" in src or name_key(src) in state.sources
                or names.kind_of(src) == "person" or any(names.kind_of(n) == "person" for n in names.known_in(src)))


_PEN_NAME_CUES = frozenset({"爆料者“X”透露", "挖掘者“X”发现"})
_OUTLET_CUES = frozenset({"…，据X报道", "据…报道", "…报道称"})


_REPORT_AUTHOR = re.compile(r"(?:^|[，,。；\s])([^，,。；：:“”]{2,30}?)\s*(?:发布了?)?(?:最新)?(?:的)?(?:一份)?(?:研究)?(?:报告|研报)(?:中)?(?:称|指出|显示|表示|[。，,]|$)")


def _report_author_before(sentence: Sentence, state: State) -> str | None:
    """Whose report "报告称" continues: the author named with a report in the sentences just before."""
    for earlier in reversed(state.sentences_read[-LEAKER_REACH - 1: -1]):
        m = _REPORT_AUTHOR.search(earlier.text)
        if m:
            return clean_source(m.group(1), True, state.names)
    return None


_OUTLET_REFERENCE = re.compile(r"(?:the\s+)?(?:paper|newspaper|publication|outlet|magazine|network|agency|broadcaster|website|daily|wire)|该报|该媒体|该网站|该刊", re.I)
_REPLY_BEFORE = re.compile(r"回应|否认|辟谣|澄清|驳斥|回复|针对")
_OPINION_VERB = re.compile(r"认为|指出|判断|分析(?!师)")
_STANDS_BY = re.compile(r"\bstands?\s+by\s+(?:its|the|our|their)\s+(?:reporting|story|report|article|journalism)", re.I)
_ONLOOKER = re.compile(r"业内|业界|观察人士|分析人士|专家|行业人士")
_UNDER_WAY = re.compile(r"正在|正与|已经|已与|推进|筹备")
# what only insiders could tell: a plan or talks under way ("可能性不大" is a view)
_INSIDE_ACCOUNT = re.compile(r"拟|计划|打算|洽谈|商谈|谈判|据称|正在|正与|已经|已与|推进|筹备")
_OWN_PUBLICATION = re.compile(
    r"[’']s?\s+(?:website|statement|filing|announcement|press release|blog|annual report)|\b(?:poll|survey)\b"
    r"|\b(?:regulatory|stock\s+exchange|exchange|securities|company)\s+filings?\b", re.I)
_COMMENT_ON_THIS = re.compile(r"(?:此举|这一举措|这一举动|此次|这次|这将|这也|这意味着|此事)")
_FORECAST = re.compile(r"将|会|可能|或|有望|预计|计划|拟|明年|今年|年内|下半年|正在|已经|已")
_NEWS_NOUNS = frozenset({"消息", "信息", "反馈"})  # unlike 爆料 or 传闻, these also carry plain news
_SPEAKER_CUES = frozenset({"X 表示/认为"})  # whether its speaker is a third party is judged apart
_OUTLET_SAYS = frozenset({"OUTLET said", "OUTLET understands that", "X, citing sources, said", "X cited people in reporting", "…, says X"})
_COMMENTATORS = frozenset({"业内人士"})  # people who comment on an industry, not insiders of a firm
# Unnamed people who "told <outlet>" / "告诉<outlet>": the outlet is the source.
_TOLD_CUES = frozenset({"sources said", "…, sources said", "sources told X", "知情人士"})
_UNDISCLOSED = re.compile("|".join(re.escape(w) for w in cues.ZH_UNDISCLOSED) + "|" + cues.ZH_ALLEGATION)
_PUBLIC_RECORD = re.compile("|".join(re.escape(w) for w in cues.ZH_PUBLIC_RECORD))
_FIRM_PLAN = re.compile("|".join(re.escape(w) for w in cues.ZH_FIRM_PLAN))


def _undisclosed(proposition: str) -> bool:
    """The proposition is something its subject has not made public (see cues.ZH_UNDISCLOSED)."""
    if _PUBLIC_RECORD.search(proposition):
        return bool(_FIRM_PLAN.search(proposition))
    return bool(_UNDISCLOSED.search(proposition))


_PARTY_VERB = re.compile(r"表示|回应|回复|答复|强调|声明")


def _party_statement(text: str, names: Names) -> bool:
    """"腾讯客服…表示，…": a named party speaking for itself, not a claim about it."""
    first = re.split(r"[，,。；：:]", text, 1)[0]
    verb = _PARTY_VERB.search(first)
    if not verb:
        return False
    who = first[: verb.start()]
    if re.search(r"人士|网友|博主|消息|报道|媒体|用户", who):
        return False
    role = ZH_ROLE.search(who[:24])
    known = names.known_in(who[:12])
    return bool((role and role.start() <= 12) or (known and who.startswith(known[0])))


def trim_claim(text: str, zh: bool, lexicon: Lexicon | None = None) -> str:
    """The proposition without lead-in words, cut at a clause if it runs long."""
    if zh:
        text = _ZH_LEADING_NOISE.sub("", text)
        # a second lead-in: "据彭博社报道，知情人士表示，<claim>"
        for _ in range(2):
            cue, m = first_attribution(text, True, lexicon)
            if (cue is not None and m is not None and m.start() <= 2 and cue.where == "after" and m.end() < len(text) - 6
                    and cue.name not in _SPEAKER_CUES):
                text = _ZH_LEADING_NOISE.sub("", text[m.end():])
        text = _ZH_ASKED.sub("", text).strip(" ，,：:")  # an investor's "…，是否属实？" asks about the claim
    else:
        text = _EN_LEADING_NOISE.sub("", text).strip()
        text = text.rstrip(" ,;")
    if zh and len(text) > MAX_CLAIM_CHARS:
        cut = [m.start() for m in _ZH_CLAUSE.finditer(text) if 30 <= m.start() <= MAX_CLAIM_CHARS]
        text = text[: cut[-1]] if cut else text[:MAX_CLAIM_CHARS]
    elif not zh:
        tail = _EN_ATTRIBUTION_TAIL.search(text, 15)
        if tail:
            text = text[: tail.start()]  # "…, citing people familiar" / ", according to …" is not the claim
        if len(text) > MAX_EN_CLAIM_CHARS:
            cut = [m.start() for m in _EN_CLAUSE.finditer(text) if 60 <= m.start() <= MAX_EN_CLAIM_CHARS]
            text = text[: cut[-1]] if cut else text[:MAX_EN_CLAIM_CHARS]
    return _unpaired_quotes_off(text.strip())


_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))


def _unpaired_quotes_off(text: str) -> str:
    """A claim cut out of a quotation keeps no dangling quote mark at either end."""
    for opening, closing in _QUOTE_PAIRS:
        if text.startswith(opening) and closing not in text:
            text = text[1:]
        if text.endswith(closing) and opening not in text:
            text = text[:-1]
    if text.count('"') == 1:
        text = text.strip('"')
    return text.strip()


MAX_EN_CLAIM_CHARS = 300  # English words are longer: a Chinese clause of 120 is an English one of about 300
_EN_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:citing|siting|according\s+to|sources\s+said|people\s+familiar|the\s+\w+\s+(?:said|reported)|(?:as\s+)?per\s+(?:a|an|the)\s+(?:new\s+|recent\s+)?(?:report|story|article)"
    # ", Skyline Air's chief executive said only that …": another speaker takes over
    r"|[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,6}?\s+(?:said|says|told)\s+(?:only\s+)?(?:that|on|in|:|reporters))\b"
)
# An English clause ends before ", which", ", while", "; " — not at every comma ("Sony Corp., the …,").
_EN_CLAUSE = re.compile(r";|,\s+(?=(?:which|while|but|and|as|although|though|whereas|after|before|in\s+a|with)\b)")


# The claim inside the answer ---------------------------------------------------------------

_REPORTED_OBJECT = {
    True: tuple(re.compile(p) for p in cues.ZH_REPORTED_OBJECT),
    False: tuple(re.compile(p) for p in cues.EN_REPORTED_OBJECT),
}
# Where an English proposition stops: the reply or another clause takes over.
_EN_OBJECT_END = re.compile(
    r",\s*(?:after|saying|adding|calling|but|and\s+(?:said|added|called)|as|which|telling|according)\b|\s+as\s+(?:\W|a\s|an\s|the\s)"
    r"|,\s*(?:[A-Z][\w&.'’-]*\s+){1,4}(?:said|says|reported|reports|wrote)\b|[.;]\s|[“\"]"
    r"|,\s*[A-Z][\w&.'’-]*\s+(?:[\w&.'’-]+\s+){0,6}?(?:said|says|told|added|replied|responded)\b"
    # "Reports that P are untrue": the verdict on the report ends its proposition
    r"|\s+(?:is|are|was|were)\s+[“\"]?(?:\w+\s+)?(?:untrue|false|wrong|incorrect|inaccurate|baseless|unfounded|groundless|nonsense|speculation|speculative|wide\s+of|not\s+true|not\s+accurate)\b"
)


_EN_REPLY_THEN_REPORT = re.compile(r"\b(?:said|says|told|denied|confirmed|declined|dismissed)\b[^.;]{0,160}?,\s*(?:a\s+day|two\s+days|hours|days|a\s+week|shortly|just|only)?\s*after\s+(?:the\s+)?(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:had\s+)?(?:reported|wrote|revealed)\b")


def _note_reporter_after_a_reply(segment: str, state: State) -> None:
    """"X said it has no plans to sell, a day after the Financial Ledger reported P": whoever
    "reported" what a party's reply follows is an outlet, whether or not we know its name."""
    m = _EN_REPLY_THEN_REPORT.search(segment)
    if m is not None and not state.names.known_in(m.group("who")):
        state.sources.add(name_key(m.group("who")))


# A reply given after a report: the report's own attribution follows the connective.
AFTER_A_REPORT = {
    True: re.compile(r"(?:此前|之前|在)(?=[^，。]{0,12}(?:报道|爆料|消息称|援引))"),
    False: re.compile(r"\b(?:after|following|when|since|as)\s+(?=(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:had\s+)?(?:reported|said|wrote|revealed)\b)"),
}


def implied_claim(segment: str, sentence: Sentence, state: State, parties: tuple[str, ...] = ()) -> ExtractedClaim | None:
    """The claim a reply names as what it answers ("denied a report that P", "否认 P 的传闻").

    The parties replying are among its subjects: a party with standing answers a claim about itself.
    """
    zh = sentence.zh
    after = AFTER_A_REPORT[zh].search(segment)
    if after is not None:  # "X said it was not aware of any approach after Sky News reported that P"
        if not zh:
            _note_reporter_after_a_reply(segment, state)
        claim = claim_in(segment[after.end():], sentence, state)
        if claim is not None:
            return replace(claim, subjects=tuple(dict.fromkeys((*claim.subjects, *parties))))
    short = None  # "回应裁员传闻": a bare noun, used only when nothing fuller is named
    for pattern in _REPORTED_OBJECT[zh]:
        m = pattern.search(segment)
        if m is None:
            continue
        text = m.group("p")
        if not zh:
            end = _EN_OBJECT_END.search(text)
            text = text[: end.start()] if end else text
        text = trim_claim(text.strip(" ,，"), zh, state.lexicon).rstrip("。.")
        if zh and stance_in(segment[m.start("p"): m.end()], zh) is not None:
            continue  # "回复称，还未接到相关确切的消息": the reply itself, not the rumour it names
        if len(re.sub(r"\W", "", text)) < MIN_IMPLIED_CHARS[zh]:
            if short is None and zh and parties and len(text) >= 2 and not _ZH_REFERENCE_WORD.match(text):
                short = (parties[0].strip("【】[] ") + text, m)  # the party's own layoffs
            more = pattern.search(segment, m.end())
            if more is None:
                continue
            m, text = more, trim_claim(more.group("p").strip(" ,，"), zh, state.lexicon).rstrip("。.")
            if len(re.sub(r"\W", "", text)) < MIN_IMPLIED_CHARS[zh]:
                continue
        return _implied(text, m, sentence, state, parties)
    return _implied(*short, sentence, state, parties) if short else None


_QUOTED_CUE = re.compile(r"[”」]")
_ZH_BARE_MOVE = re.compile(r"(?:将|正在|已经|已|计划|拟|有意|打算|准备)")
_ZH_REFERENCE_WORD = re.compile(r"(?:称|说)?(?:这|那|此|该|上述|相关|有关|以上|一些|有些|部分|任何|外界|网上|市场|媒体)")


def _implied(text: str, m: re.Match, sentence: Sentence, state: State, parties: tuple[str, ...]) -> ExtractedClaim:
    zh = sentence.zh
    if zh and parties and _ZH_BARE_MOVE.match(text):
        text = parties[0].strip("【】[] ") + text  # "否认将出售游戏业务": the party's own move
    groups = m.groupdict()
    src = clean_source(groups.get("src") or groups.get("src2"), zh, state.names)
    if src and not state.names.is_outlet(src) and not (zh and _LEAKER.search(src)):
        src = None  # "Acme's report": the only credit a reply names is an outlet's
    return ExtractedClaim(
        text=text, source=src, anonymous=src is None,
        subjects=tuple(dict.fromkeys((*parties, *subjects(text, zh, state.names)))),
        reported_on=state.context_date, sentence=sentence.text, cue=IMPLIED_CUE,
    )


# Sources ---------------------------------------------------------------------------------

_SRC_NOISE_ZH = re.compile(
    r"^(?:[\s，,]|此前|近日|日前|今日|今天|随后|同时|另外|此外|不过|但|而|最新|又|还|也|有|据|另据|根据|来自|从|外媒|国外媒体|媒体|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:晚间|早间|上午|下午|晚)?)+"
)
_EN_NOT_SOURCE = frozenset((
    "report", "reports", "media", "company", "paper", "newspaper", "it", "he", "she", "they", "press", "press reports",
    "media reports", "news reports", "local media", "local press", "state media",
))
_EN_SELF = frozenset(s.lower() for s in cues.EN_SELF_REFERENCES)
_DEMONYMS = frozenset(
    "German Japanese Chinese Taiwanese Korean South American British French Italian Indian Swedish Dutch Spanish "
    "Australian Canadian European Israeli Russian Hong Kong Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def clean_source(src: str | None, zh: bool, names: Names) -> str | None:
    """The credited name as written, without lead-in words; None when it is no name."""
    if not src:
        return None
    src = src.strip()
    return _clean_zh_source(src) if zh else _clean_en_source(src, names)


# "韩国券商 KB Securities 最新报告", "TrendForce 的分析师": the firm is the name
_ZH_FIRM_KIND = re.compile(r"^(?:韩国|美国|日本|中国台湾|台湾|中国|国外|海外|知名|市场)?(?:券商|投行|研究机构|调研机构|咨询机构|咨询公司|市场研究公司|市场调研机构|机构)\s*(?=\S)")
_ZH_REPORT_TAIL = re.compile(r"\s*(?:的)?(?:最新)?(?:的)?(?:一份)?(?:研究)?(?:报告|研报|分析师|研究员|分析师团队)(?:中)?$")


# "X 今日爆料", "财联社记者", "《晚点LatePost》独家": what the credit did or who wrote for it, not its name
_ZH_TOLD_TO = re.compile(r"(?:人士|知情者|消息源|人员)\s*(?:向|告诉)\s*(\S.{1,20})$")
# what a credit is, before its name: "知名分析师郭明錤", "YouTube 频道 X", "韩媒 TheElec"
_ZH_CREDIT_KIND = re.compile(
    r"^(?:(?:知名|著名|资深)?(?:数码博主|博主|爆料人|爆料者|分析师)|(?:YouTube|油管|推特|B站|微博)?\s*(?:频道|用户|博主|账号)"
    r"|外媒|(?:韩国|日本|美国|英国|德国|法国|台湾|香港|印度|海外|国外)?媒体|[韩日美英德法俄港台印]媒)\s*@?"
)


def _clean_zh_source(src: str) -> str | None:
    src = _SRC_NOISE_ZH.sub("", src)
    if src.startswith("在"):
        return None  # "在研究报告中": where it was said, not who
    told = _ZH_TOLD_TO.search(src)
    if told:
        src = told.group(1)  # "知情人士向界面新闻": the outlet they told
    src = _ZH_REPORT_TAIL.sub("", _ZH_FIRM_KIND.sub("", src))
    src = re.sub(r"(?:的|等|发布|发表|在)$", "", ZH_CREDIT_TAIL.sub("", src)).strip("《》「」“”\" ")
    src = _ZH_CREDIT_KIND.sub("", src).strip("@ ")
    if src.startswith("在"):
        return None  # "博主在微博": a kind of person and where they posted, no name
    src = re.sub(r"在与.*$|等多[个家].*$|\s*在(?:其)?[^，。]{0,10}?(?:上|中)$", "", src).strip()
    if re.search(r"网友|用户|人士|消息|有不少|有多名|多位|一位|有人", src):
        return None  # unnamed people: anonymous, not a source
    src = re.split(r"\s*(?:获得|公布|发布|显示|声明|称|表示|给出|提供|放出)", src)[0].strip("《》「」“”\" ")
    src = ZH_CREDIT_TAIL.sub("", src)
    if not src or src in cues.ZH_NOT_SOURCE or len(src) > (30 if src.isascii() else 16) or re.fullmatch(r"[\d\s]+", src):
        return None
    if re.search(r"其在|一份|目前|已经|向|这一|发现", src) or re.match(r"该|此|这位|这名|之前|此前", src):
        return None  # a clause or a reference back ("该博主"), not a name
    return src


_PLACES = frozenset(
    "Korea South Korea Japan China Taiwan Germany Britain France India Italy Spain Israel Russia Canada Australia America "
    "Europe Asia Brazil Sweden Switzerland Singapore Vietnam".split()
) | {"South Korea", "Hong Kong", "the UK", "the US", "U.S."}


def _clean_en_source(src: str, names: Names) -> str | None:
    if re.match(r"(?:by|from|in|on|published)\b", src):
        found = [n for n in en_names(src) if n not in _DEMONYMS]
        return found[0] if found else None
    src = re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I)
    src = re.sub(r"[’']s$", "", src).strip(" ,.")
    owner = re.match(r"(?P<o>[^’']+)[’']s\s+(?P<rest>.+)$", src)
    if owner:  # "Korea's ETNews": the outlet; "The Telegraph's Jane Doe": the outlet she writes for
        o, rest = owner.group("o"), owner.group("rest")
        src = rest if o in _PLACES or o.split()[-1] in _DEMONYMS else (o if names.is_outlet(o) else src)
    if src and name_key(src) in names.outlets:
        return names.with_article(src)  # "Sunday Times", "Mail on Sunday": the name, weekday and all
    words = src.split()
    while words and words[0] in cues.EN_NOT_NAMES:
        words = words[1:]
    src = " ".join(words)
    if not src or src.lower() in _EN_NOT_SOURCE or src.lower() in _EN_SELF:
        return None
    return names.with_article(src)  # "The Information" keeps its article


def _same_outlet(src: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    a, b = name_key(src), name_key(outlet)
    return bool(a and b and (a in b or b in a))
