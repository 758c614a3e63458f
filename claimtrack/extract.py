"""Stage 2: a Report -> the claims it reports and the responses to them.

Rule-based and explainable: the text is split into sentences, each sentence is tested
against the cue lexicons in `cues.py` (a substring test first, the regex only when the
substring occurs), and every item keeps the exact sentence it came from and the cue
that fired. A sentence in which a party with standing reacts (denies, confirms,
declines to comment) is a response; a sentence that credits a proposition to someone
else (an outlet, unnamed people, an analyst, a rumour) is a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import cues
from .dates import PartialDate
from .models import Report, Stance
from .when import find_dates

MAX_CLAIM_CHARS = 120  # longer spans are cut at a clause boundary: a claim is not a paragraph


# Results ---------------------------------------------------------------------------


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


# Sentences ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff]")
_ZH_SENTENCE = re.compile(r"(?:“[^“”\n]{0,300}”|「[^「」\n]{0,300}」|[^。！？!?\n])+(?:[。！？!?]+[”’」』\"]?|$)")
_EN_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "inc co corp ltd mr ms mrs dr st jr sr vs no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e gen gov sen rep".split()
)
_ZH_CLAUSE_SPLIT = re.compile(r"[，,](?=对此|而(?!且)|另据|同时据)|[，,](?=但|不过)|；")
_DATELINE = re.compile(
    r"^\s*(?:[^，。\s]{0,12}?\s*)?(?:北京时间\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:消息|讯|电|晚间消息|早间消息)"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int
    paragraph: int
    zh: bool


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; Chinese by its terminators, English by `. ` + capital."""
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(p for p in text.split("\n") if p.strip()):
        zh = bool(_CJK.search(paragraph))
        pieces = _ZH_SENTENCE.findall(paragraph) if zh else _split_english(paragraph)
        for piece in pieces:
            piece = piece.strip()
            if piece:
                out.append(Sentence(piece, len(out), p_index, zh))
    return out


def _split_english(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _EN_BOUNDARY.finditer(paragraph):
        before = paragraph[start: m.start()].rstrip("\"”’)")
        last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        pieces.append(paragraph[start: m.end()])
        start = m.end()
    pieces.append(paragraph[start:])
    return pieces


def _segments(sentence: Sentence) -> list[str]:
    """A Chinese sentence cut where a new party starts ("，对此…", "，而…")."""
    if not sentence.zh:
        return [sentence.text]
    parts: list[str] = []
    start = 0
    text = sentence.text
    quoted = [(q.start(), q.end()) for q in re.finditer(r"“[^”]*”|\"[^\"]*\"|「[^」]*」", text)]
    for m in _ZH_CLAUSE_SPLIT.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        rest = text[m.end():]
        hard = rest.startswith("对此") or m.group(0) == "；" or rest.startswith(("而", "另据", "同时据"))
        # "…，但 X 表示…" starts a new party only when the rest carries its own cue
        if not hard and not _has_cue(rest[: _next_split(rest)]):
            continue
        parts.append(text[start: m.start()])
        start = m.end()
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def _next_split(text: str) -> int:
    quoted = [(q.start(), q.end()) for q in re.finditer(r"“[^”]*”|\"[^\"]*\"|「[^」]*」", text)]
    for m in _ZH_CLAUSE_SPLIT.finditer(text):
        if not any(a < m.start() < b for a, b in quoted):
            return m.start()
    return len(text)


def _has_cue(text: str) -> bool:
    cue, _ = _first_attribution(text, True)
    return cue is not None or _stance_in(text, True) is not None


# Names -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Names:
    outlets: frozenset[str]  # name_key of every outlet name and alias
    known: tuple[tuple[str, str], ...]  # (written form, kind), longest first


@lru_cache(maxsize=1)
def _names() -> _Names:
    from .entities import name_key, starter_entities

    outlets: set[str] = set()
    known: list[tuple[str, str]] = []
    for entity in starter_entities():
        for written in (entity.name, *entity.aliases):
            known.append((written, entity.kind))
            if entity.kind == "outlet":
                outlets.add(name_key(written))
    known.sort(key=lambda item: -len(item[0]))
    return _Names(frozenset(outlets), tuple(known))


_OUTLET_WORDS = re.compile(
    r"(?:News|Times|Journal|Post|Review|Daily|Herald|Reuters|Bloomberg|Press|Wire|Insider|Gazette|Tribune|Magazine"
    r"|Telegraph|Economist|Handelsblatt|Nikkei|Digitimes|DigiTimes|Media|Report|Street|Weekly|Verge|Crunch"
    r"|日报|晚报|时报|新闻|财经|周刊|电视台|通讯社|新闻社|媒体|杂志|汇报|早报|商报|之家|科技|黄金眼|快讯|研究院|网$|社$)"
)


def _key(name: str) -> str:
    from .entities import name_key

    return name_key(name)


def is_outlet(name: str | None) -> bool:
    if not name:
        return False
    key = _key(name)
    names = _names()
    if key in names.outlets or any(key.endswith(o) and len(o) >= 3 for o in names.outlets):
        return True
    return bool(_OUTLET_WORDS.search(name))


def _known_in(text: str) -> list[str]:
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for written, kind in _names().known:
        if kind == "outlet" or len(written) < 2:
            continue
        start = text.find(written)
        if start < 0:
            continue
        if written.isascii() and not _word_bounded(text, start, len(written)):
            continue
        end = start + len(written)
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        taken.append((start, end))
        found.append(written)
    return [name for _, name in sorted(zip((s for s, _ in taken), found))]


def _word_bounded(text: str, start: int, length: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[start + length] if start + length < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


_EN_NAME = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|de|&))*")
_TICKER = re.compile(r"\s*\([^)]{0,30}\)")


_DESCRIPTOR = re.compile(r"\s+(?:company|firm|maker|giant|group|operator|provider|supplier|manufacturer|startup|retailer|carmaker|automaker|trucking|chipmaker)\b")


def _en_names(text: str) -> list[str]:
    """Capitalised names in an English span, corporate suffixes dropped."""
    names: list[str] = []
    text = _TICKER.sub("", text)
    for m in _EN_NAME.finditer(text):
        if _DESCRIPTOR.match(text, m.end()):
            continue  # "Logistics company UTi": a description, the name follows
        words = m.group(0).replace("’s", "").replace("'s", "").split()
        based = [i for i, w in enumerate(words) if w.endswith("-based")]
        if based:
            words = words[based[-1] + 1:]
        while words and (words[0] in cues.EN_NOT_NAMES or words[0].endswith("-based") or words[0].lower() in ("of", "de", "&")):
            words = words[1:]
        while words and (words[-1].rstrip(",") in cues.EN_CORPORATE_SUFFIXES or words[-1].lower() in ("of", "de", "&")):
            words = words[:-1]
        if words:
            name = " ".join(words).rstrip(".,")
            if name and name not in cues.EN_NOT_NAMES:
                names.append(name)
    return names


_ZH_VERB = r"(?:正在|正与|正|将于|将|已经|已|计划|拟|或将|或|可能|有望|预计|考虑|也|还|会|要|于|在|与|和|向|把|被|的|是|对|因|由于)"
_ZH_LEAD_NAME = re.compile(r"^(?:[“「《]?)([\u4e00-\u9fffA-Za-z0-9&.·\- ]{2,12}?)\s*" + _ZH_VERB)
_ZH_OBJECT_NAME = re.compile(r"(?:收购|入股|投资|联手|携手|牵手|合作伙伴|与|和|向)\s*([\u4e00-\u9fffA-Za-z0-9&.·\- ]{2,10}?)\s*(?=[，。、；：,]|" + _ZH_VERB + r"|合作|商谈|洽谈|谈判|签署|$)")


def _zh_name_guesses(text: str) -> list[str]:
    """Likely names in a Chinese claim: its leading subject and the party of a deal."""
    guesses = []
    m = _ZH_LEAD_NAME.match(text)
    if m:
        guesses.append(m.group(1).strip())
    guesses += [g.strip() for g in _ZH_OBJECT_NAME.findall(text)]
    return [g for g in guesses if len(g) >= 2 and not re.search(r"\d|这|那|其|该|此|我|你|他|她|它|一|些|个|双方|公司|用户|网友", g)]


def _subjects(text: str, zh: bool) -> tuple[str, ...]:
    found = _known_in(text)
    if zh:
        for name in _zh_name_guesses(text):
            if not any(_key(name) in _key(f) or _key(f) in _key(name) for f in found):
                found.append(name)
    if not zh:
        for name in _en_names(text):
            if not is_outlet(name) and not any(_key(name) in _key(f) or _key(f) in _key(name) for f in found):
                found.append(name)
    seen: list[str] = []
    for name in found:
        if name not in seen:
            seen.append(name)
    return tuple(seen[:6])


# Cues --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Compiled:
    name: str
    literal: str
    where: str
    regex: re.Pattern


@lru_cache(maxsize=1)
def _attribution() -> tuple[tuple[_Compiled, ...], tuple[_Compiled, ...]]:
    zh = tuple(_Compiled(n, lit, w, re.compile(p)) for n, lit, w, p in cues.ZH_ATTRIBUTION)
    en = tuple(_Compiled(n, lit.lower(), w, re.compile(p)) for n, lit, w, p in cues.EN_ATTRIBUTION)
    return zh, en


@lru_cache(maxsize=1)
def _stances() -> tuple[tuple[tuple[str, str, re.Pattern], ...], tuple[tuple[str, str, re.Pattern], ...]]:
    zh = tuple((s, lit, re.compile(p)) for s, lit, p in cues.ZH_STANCE)
    en = tuple((s, lit.lower(), re.compile(p, re.I)) for s, lit, p in cues.EN_STANCE)
    return zh, en


# Strong stance words stand on their own; the weak ones ("没有", "不是") count only in a
# party's statement right after a claim.
_ZH_STRONG = re.compile(r"尚未确定|无法确定|否认|不实|失实|谣言|辟谣|虚构|子虚乌有|假消息|是假的|不属实|置评|回应|听说|接到|收到|知情|证实|确认|属实|官宣|未查到|回避|不清楚|评论|回复|公告|可能性")
_ZH_REFERS = ("对此", "该报道", "此事", "传闻", "传言", "报道", "消息", "谣言", "网传", "说法", "爆料", "此前")
_EN_REFERS = ("report", "rumo", "speculation", "story", "the talks", "media", "article", "claim")


# The extractor ---------------------------------------------------------------------------


@dataclass
class _State:
    report: Report
    context_date: PartialDate | None
    claims: list[ExtractedClaim] = field(default_factory=list)
    claim_pos: list[int] = field(default_factory=list)  # sentence index of each claim
    responses: list[tuple[ExtractedResponse, int, bool]] = field(default_factory=list)
    last_responder: str | None = None
    sources: set[str] = field(default_factory=set)  # name keys credited with a claim in this report
    sentence_responders: list[str] = field(default_factory=list)  # who already spoke in this sentence
    first_index: int = 0  # index of the first sentence that is not the title
    paragraph_of: dict[int, int] = field(default_factory=dict)  # sentence index -> paragraph


def extract(report: Report) -> Extraction:
    """Claims and responses in `report`, each with its sentence and cue."""
    sentences = split_sentences(report.text)
    state = _State(report, report.published)
    title_key = _title_key(report.title)
    for sentence in sentences:
        if title_key and _title_key(sentence.text) == title_key:
            state.first_index = sentence.index + 1
            continue
        if _is_heading(sentence, sentences):
            state.context_date = state.report.published  # a new section starts
            continue
        _update_context(state, sentence)
        state.sentence_responders = []
        state.paragraph_of[sentence.index] = sentence.paragraph
        for segment in _segments(sentence):
            found = _responses_in(segment, sentence, state)
            if found:
                for response, refers in found:
                    state.responses.append((response, sentence.index, refers))
                    state.last_responder = response.responder
                state.sentence_responders = [r.responder for r, _ in found]
                continue
            claim = _claim_in(segment, sentence, state)
            if claim is not None:
                state.claims.append(claim)
                state.claim_pos.append(sentence.index)
    _dedupe_claims(state)
    responses = _link(state)
    return Extraction(report, tuple(state.claims), tuple(responses))


def _is_heading(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A short line of its own without a sentence ending: a section heading or caption."""
    if not sentence.zh or len(sentence.text) > 50 or sentence.text.endswith(("。", "！", "？", "”", "」", ".", "!", "?")):
        return False
    return sum(1 for s in sentences if s.paragraph == sentence.paragraph) == 1


def _title_key(text: str) -> str:
    text = re.sub(r"\s+", "", text or "")
    return text.split("|")[0].rstrip("。.")


_LEADING_DATE = re.compile(r"^\s*(?:今年\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日)(?:晚间|早间|上午|下午|晚|早|中午)?\s*[，,]")


def _update_context(state: _State, sentence: Sentence) -> None:
    if not sentence.zh:
        if sentence.index <= 2 and state.context_date == state.report.published:
            said = _said_on(sentence.text, state)
            if said and state.report.published and 0 <= (state.report.published.start - said.start).days <= 7:
                state.context_date = said
        return
    m = _DATELINE.match(sentence.text) or _LEADING_DATE.match(sentence.text)
    if m:
        found = find_dates(m.group(1), state.report.published)
        published = state.report.published
        if found and (published is None or 0 <= (published.start - found[0].date.start).days <= 31):
            state.context_date = found[0].date


# Claims -------------------------------------------------------------------------------

_ZH_LEADING_NOISE = re.compile(
    r"^(?:[\s，,：:、]|今日|今天|近日|日前|此前|目前|随后|同时|另外|此外|不过|但|而|且|又|还|也|并|最新|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:晚间|早间|上午|下午|晚)?|(?:IT之家|IT 之家)\s*)+"
)
_ZH_CLAUSE = re.compile(r"[，；,;]")
_EN_LEADING_NOISE = re.compile(r"^(?:[\s,:;—-]|that\b|and\b|but\b)+", re.I)


_ANON_ZH = re.compile(r"知情人士|消息人士|业内人士|内部人士|匿名人士|消息称|网传|据悉|据称|传闻|传言|人士透露|人士称|爆料|网友|观察人士|业界|普遍认为")
_ANON_EN = re.compile(r"familiar with|\bsources?\b|\binsiders?\b|\bunnamed\b|\banonymous\b|reportedly|said to|rumou?r|people close|with knowledge|speculat", re.I)
_EN_TRAILING_PAREN = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def _claim_in(segment: str, sentence: Sentence, state: _State) -> ExtractedClaim | None:
    zh = sentence.zh
    if not zh:
        segment = _EN_TRAILING_PAREN.sub("", segment)
    tried = False
    for cue, m in _attributions(segment, zh):
        tried = True
        claim = _claim_from(cue, m, segment, sentence, state)
        if claim is not None:
            return claim
    return None if tried else _known_source_claim(segment, sentence, state)


def _claim_from(cue, m, segment: str, sentence: Sentence, state: _State) -> ExtractedClaim | None:
    zh = sentence.zh
    src = _clean_source(m.groupdict().get("src"), zh)
    if src is None:
        src = _earlier_source(segment[: m.start()], zh)
    anon = bool(m.groupdict().get("anon")) or bool((_ANON_ZH if zh else _ANON_EN).search(segment))
    if cue.where == "before":
        text, lead = segment[: m.start()], segment[m.start():]
    elif cue.where == "after":
        text, lead = segment[m.end():], segment[: m.end()]
    else:  # around: the cue sits inside the proposition
        if m.start() <= 2:
            text, lead = segment[m.end():], segment[: m.end()]
        elif m.end() >= len(segment.rstrip("。.!！ ")) - 1:
            text, lead = segment[: m.start()], segment[m.start():]
        else:
            text, lead = segment, ""
    text = _trim_claim(text, zh)
    if len(re.sub(r"\W", "", text)) < (6 if zh else 15):
        return None
    if not _is_third_party(cue, src, anon, text, segment, state, zh):
        return None
    raw_src = m.groupdict().get("src") or ""
    if cue.name == "…报道称" and not src:
        return None
    if zh and cue.name == "据…报道" and _OFFICIAL.search(raw_src):
        return None  # "据警方通报", "据其官方公众号消息": the subject's own word
    if zh and _party_statement(text):
        return None
    if src and not is_outlet(src) and cue.name in ("X reported that", "…, X reported") and not anon:
        return None
    if src and _same_outlet(src, state.report.outlet):
        return None
    if cue.name in ("报道称",) or _is_continuation(segment, zh):
        if state.claims and sentence.index - state.claim_pos[-1] <= 3:
            return None
    if src:
        state.sources.add(_key(src))
    dates = find_dates(lead, state.context_date or state.report.published) if lead else []
    dates = [d for d in dates if not state.report.published or d.date.start <= state.report.published.start]
    reported_on = dates[-1].date if dates else state.context_date
    return ExtractedClaim(
        text=text,
        source=src,
        anonymous=anon or src is None,
        subjects=_subjects(text, zh),
        reported_on=reported_on,
        sentence=sentence.text,
        cue=cue.name,
    )


def _earlier_source(before: str, zh: bool) -> str | None:
    """A named credit earlier in the sentence ("据 X 报道，…，报道援引…称")."""
    if not before.strip():
        return None
    cue, m = _first_attribution(before, zh)
    if cue is None or m is None:
        return None
    return _clean_source(m.groupdict().get("src"), zh)


def _known_source_claim(segment: str, sentence: Sentence, state: _State) -> ExtractedClaim | None:
    """"X 称：…" where X already appeared in this report as a source."""
    if not state.sources:
        return None
    pattern = _KNOWN_SAY_ZH if sentence.zh else _KNOWN_SAY_EN
    for m in pattern.finditer(segment):
        who = m.group("who").strip()
        names = [who] if sentence.zh else _en_names(who)
        for name in names:
            key = _key(re.sub(r"^(?:而|但|则|也|还)|(?:则|也|还|又)$", "", name))
            if key and any(key == s or (len(key) >= 3 and (key in s or s in key)) for s in state.sources):
                text = _trim_claim(segment[m.end():].strip("“”\"「」"), sentence.zh)
                if len(text) < 6:
                    return None
                return ExtractedClaim(
                    text=text, source=name, anonymous=False, subjects=_subjects(text, sentence.zh),
                    reported_on=state.context_date, sentence=sentence.text, cue="source named earlier + says",
                )
    return None


_KNOWN_SAY_ZH = re.compile(r"(?:^|[，,。；])\s*(?P<who>[^，,。；：:“”\"]{2,20}?)\s*(?:则|也|还|又)?(?:称|表示|写道|指出)[：:，,]\s*")
_KNOWN_SAY_EN = re.compile(r"^(?P<who>[^,;]{2,40}?)\s+(?:said|says|wrote|writes|added|reported)\s+(?:that\s+)?")


def _attributions(segment: str, zh: bool):
    """Every attribution cue that matches, in lexicon order."""
    zh_cues, en_cues = _attribution()
    lowered = segment if zh else segment.lower()
    for cue in zh_cues if zh else en_cues:
        if cue.literal and cue.literal not in lowered:
            continue
        m = cue.regex.search(segment)
        if m:
            yield cue, m


def _first_attribution(segment: str, zh: bool):
    zh_cues, en_cues = _attribution()
    lowered = segment if zh else segment.lower()
    for cue in zh_cues if zh else en_cues:
        if cue.literal and cue.literal not in lowered:
            continue
        m = cue.regex.search(segment)
        if m:
            return cue, m
    return None, None


def _is_continuation(segment: str, zh: bool) -> bool:
    if zh:
        return bool(re.match(r"^(?:该|此|上述)?(?:报道|消息)(?:还|也)?(?:称|指出|显示)", segment))
    lowered = segment.lower()
    return any(phrase in lowered for phrase in cues.EN_CONTINUATION)


_WEAK_ZH_CUES = ("据悉", "…预测")
# Cues that, in a party's reply, only name the outlet carrying it ("据 X 报道，Y 表示…").
_VIA_CUES = frozenset({"据…报道", "…报道称"})
_OFFICIAL = re.compile(r"官方|官网|公众号|微博|微平台|警方|公安|政府|声明|公告|通报|委员会|统计|数据|财报|公司|集团|其在|发布会")
_LEAKER = re.compile(r"博主|爆料|网友|人士|媒体|记者|分析师|leaker|tipster", re.I)
_ZH_HEDGE = re.compile("|".join(re.escape(h) for h in cues.ZH_HEDGES))


def _is_third_party(cue, src, anon, text, segment, state: _State, zh: bool) -> bool:
    """A proposition credited to someone other than its subject (or a rumour)."""
    if cue.name in _WEAK_ZH_CUES and not _ZH_HEDGE.search(text):
        return False
    if cue.name == "…披露/爆料" and not (src and (is_outlet(src) or _LEAKER.search(src) or _key(src) in state.sources)):
        return False
    if cue.name == "…预测" and src and not (is_outlet(src) or len(src) <= 12):
        return False
    if src and zh and cue.name in ("…披露/爆料", "…报道称", "…预测"):
        # "小米宣布/小米透露" is the subject speaking: a claim needs a third party.
        if src in text[:len(src) + 4] and not is_outlet(src):
            return False
    return True


_PARTY_SAYS = re.compile(r"^(?P<who>[^，。“”]{1,30}?)(?:表示|回应|强调|声明|回复|答复)")


_PARTY_VERB = re.compile(r"表示|回应|回复|答复|强调|声明")


def _party_statement(text: str) -> bool:
    """"腾讯客服…表示，…": a named party speaking for itself, not a claim about it."""
    first = re.split(r"[，,。；：:]", text, 1)[0]
    verb = _PARTY_VERB.search(first)
    if not verb:
        return False
    who = first[: verb.start()]
    if re.search(r"人士|网友|博主|消息|报道|媒体|用户", who):
        return False
    role = _ZH_ROLE.search(who[:24])
    known = _known_in(who[:12])
    return bool((role and role.start() <= 12) or (known and who.startswith(known[0])))


def _trim_claim(text: str, zh: bool) -> str:
    if zh:
        text = _ZH_LEADING_NOISE.sub("", text)
        # a second lead-in: "据彭博社报道，知情人士表示，<claim>"
        for _ in range(2):
            cue, m = _first_attribution(text, True)
            if cue is not None and m is not None and m.start() <= 2 and cue.where == "after" and m.end() < len(text) - 6:
                text = _ZH_LEADING_NOISE.sub("", text[m.end():])
        text = text.strip(" ，,：:")
    else:
        text = _EN_LEADING_NOISE.sub("", text).strip()
        text = text.rstrip(" ,;")
    if len(text) > MAX_CLAIM_CHARS:
        cut = [m.start() for m in _ZH_CLAUSE.finditer(text) if 30 <= m.start() <= MAX_CLAIM_CHARS]
        text = text[: cut[-1]] if cut else text[:MAX_CLAIM_CHARS]
    return text.strip()


_SRC_NOISE_ZH = re.compile(
    r"^(?:[\s，,]|此前|近日|日前|今日|今天|随后|同时|另外|此外|不过|但|而|最新|又|还|也|有|据|另据|根据|来自|外媒|国外媒体|媒体|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:晚间|早间|上午|下午|晚)?)+"
)


def _clean_source(src: str | None, zh: bool) -> str | None:
    if not src:
        return None
    src = src.strip()
    if zh:
        src = _SRC_NOISE_ZH.sub("", src)
        src = re.sub(r"(?:的|等|发布|发表|在)$", "", src).strip("《》「」“”\" ")
        src = re.sub(r"^(?:数码博主|博主|知名爆料人|爆料人|分析师|外媒|媒体)\s*@?", "", src).strip("@ ")
        src = re.sub(r"在与.*$|等多[个家].*$", "", src).strip()
        if re.search(r"网友|用户|人士|消息|有不少|有多名|多位|一位|有人", src):
            return None
        src = re.split(r"\s*(?:获得|公布|发布|显示|声明|称|表示)", src)[0].strip("《》「」 ")
        if not src or src in cues.ZH_NOT_SOURCE or len(src) > 16 or re.fullmatch(r"[\d\s]+", src):
            return None
        if re.search(r"其在|一份|目前|已经|向|这一|发现", src):
            return None  # a clause, not a name
        return src
    if re.match(r"(?:by|from|in|on|published)\b", src):
        names = [n for n in _en_names(src) if n not in _DEMONYMS]
        return names[0] if names else None
    src = re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I)
    src = re.sub(r"[’']s$", "", src).strip(" ,.")
    words = src.split()
    while words and words[0] in cues.EN_NOT_NAMES:
        words = words[1:]
    src = " ".join(words)
    if not src or src.lower() in ("report", "reports", "media", "company", "paper", "newspaper", "it", "he", "she", "they"):
        return None
    if src.lower() in (s.lower() for s in cues.EN_SELF_REFERENCES):
        return None
    known = {w.lower(): w for w, _ in _names().known}
    return known.get("the " + src.lower(), src)  # "The Information" keeps its article


_DEMONYMS = frozenset(
    "German Japanese Chinese Taiwanese Korean South American British French Italian Indian Swedish Dutch Spanish "
    "Australian Canadian European Israeli Russian Hong Kong Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _same_outlet(src: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    a, b = _key(src), _key(outlet)
    return bool(a and b and (a in b or b in a))


# Responses ----------------------------------------------------------------------------

_ZH_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{2,400})[”\"」』]")
_EN_QUOTE = re.compile(r"[“\"]([^”\"]{8,600})[”\"]")
_ZH_SPEECH = re.compile("(?:" + "|".join(sorted((re.escape(s) for s in cues.ZH_SPEECH), key=len, reverse=True)) + ")(?!法|明书|服)")
_ZH_ROLE = re.compile("|".join(sorted((re.escape(s) for s in cues.ZH_ROLE_WORDS), key=len, reverse=True)))
_ZH_VIA = re.compile(
    r"据\s*(?P<a>[^，。；：:,]{1,20}?)\s*(?:的)?(?:报道|报导|消息)|(?P<b>[^，。；：:,\s]{2,20}?)\s*(?:发表|发布)?的(?:报道|文章)中"
    r"|(?:发给|告诉|向|接受)\s*(?P<c>[^，。；：:,]{2,20}?)\s*(?:的|采访|表示|透露)"
    r"|对\s*(?P<d>[^，。；：:,此]{2,16}?)\s*(?:表示|透露|称|说)"
)
_EN_VIA = re.compile(
    r"\b(?:told|to)\s+(?P<a>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|,\s*(?P<b>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:said|reported|reports|says)\b[^,]{0,20}[.]?$"
    r"|\b(?:according\s+to|[Tt]old|in\s+an?\s+\w+\s+to)\s+(?P<c>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _stance_in(segment: str, zh: bool) -> tuple[Stance, str, re.Match] | None:
    zh_cues, en_cues = _stances()
    lowered = segment if zh else segment.lower()
    hits: list[tuple[str, re.Match]] = []
    for stance, literal, regex in zh_cues if zh else en_cues:
        if literal and literal not in lowered:
            continue
        m = regex.search(segment)
        if m:
            hits.append((stance, m))
    if not hits:
        return None
    kinds = {s for s, _ in hits}
    first = min(hits, key=lambda h: h[1].start())
    if "partial" in kinds and len(kinds) > 1 and "confirm" not in kinds:
        kinds.discard("partial")
    if "confirm" in kinds and ("deny" in kinds or "partial" in kinds):
        confirm = next(m for s, m in hits if s == "confirm")
        negation = next((m for s, m in hits if s == "deny" and m.start() > confirm.start()), None)
        # "we confirm that X has not ..." confirms a denial
        if negation is not None and negation.start() - confirm.end() < 40 and "partial" not in kinds and not re.search(r"\bbut\b|但|不过", segment):
            return Stance.DENY, negation.group(0), negation
        return Stance.PARTIAL, confirm.group(0), confirm
    for stance in ("no_comment", "unaware", "deny", "confirm", "partial"):
        if stance in kinds:
            m = next(m for s, m in hits if s == stance)
            if zh and stance == "deny" and "否认" not in segment:
                # A plain "没有/不是" is weak; prefer an explicit stronger word when present.
                strong = [h for h in hits if _ZH_STRONG.search(h[1].group(0))]
                if strong:
                    stance_s, m = min(strong, key=lambda h: h[1].start())
                    return Stance(stance_s), m.group(0), m
            return Stance(stance), m.group(0), m
    stance_s, m = first
    return Stance(stance_s), m.group(0), m


def _responses_in(segment: str, sentence: Sentence, state: _State) -> list[tuple[ExtractedResponse, bool]]:
    zh = sentence.zh
    hit = _stance_in(segment, zh)
    if hit is None:
        return []
    stance, cue_text, m = hit
    lowered = segment.lower()
    refers = any(w in segment for w in _ZH_REFERS) if zh else any(w in lowered for w in _EN_REFERS)
    strong = bool(_ZH_STRONG.search(cue_text)) if zh else True
    recent_claim = bool(state.claim_pos) and sentence.index - state.claim_pos[-1] <= 6
    quoted = bool((_ZH_QUOTE if zh else _EN_QUOTE).search(segment))
    if zh and not strong and not (recent_claim or refers or (quoted and state.claims)):
        return []
    if not state.claims and not refers and not recent_claim:
        # Without a claim, only an explicit reaction to a report or rumour is a response.
        formal = zh and re.search(r"否认|辟谣|谣言|不实|声明|澄清", segment)
        if not formal and not (not zh and re.search(r"\bden(?:y|ies|ied)\b", lowered)):
            return []
    if zh and not strong and not _ZH_SPEECH.search(segment, 0, m.start()):
        return []  # a bare "没有/不是" is description, not a party's reply
    if zh and not strong and any(c.name not in _VIA_CUES for c, _ in _attributions(segment, zh)):
        return []  # "用该网站的话说，X 表示…没有…": a report of what X said, a claim
    names = [n for n in _responders(segment, m.start(), zh, state, cue_text) if not _is_source(n, state)]
    if zh and not strong:
        names = [n for n in names if _named_party(n, state)]
    if not names:
        return []
    via = _via(segment, zh, names)
    quote = _quote(segment, m, zh)
    dates = find_dates(segment, state.report.published)
    responded_on = dates[0].date if dates else state.context_date
    if responded_on and state.report.published and responded_on.start > state.report.published.start:
        responded_on = state.context_date
    if not zh:
        responded_on = _said_on(segment, state) or responded_on
    out = []
    for name in names:
        out.append(
            (
                ExtractedResponse(
                    claim=None,
                    responder=name,
                    stance=stance,
                    quote=quote,
                    via=via,
                    responded_on=responded_on,
                    sentence=sentence.text,
                    cue=cue_text,
                ),
                refers,
            )
        )
    return out


def _quote(segment: str, m: re.Match, zh: bool) -> str:
    pattern = _ZH_QUOTE if zh else _EN_QUOTE
    quotes = [q for q in pattern.finditer(segment)]
    for q in quotes:
        if q.start() <= m.start() < q.end():
            return q.group(1).strip().rstrip(",，")
    if zh:
        speech = None
        for s in _ZH_SPEECH.finditer(segment, 0, m.start() + 1):
            speech = s
        if quotes and speech and quotes[0].start() >= speech.start():
            return quotes[0].group(1).strip()
        if speech is not None and speech.end() < m.start() + 1:
            rest = segment[speech.end():].lstrip("：:，, ")
            if len(rest) >= 4:
                return rest.rstrip("。")
        start = max(segment.rfind("，", 0, m.start()), segment.rfind(",", 0, m.start())) + 1
        return segment[start:].rstrip("。").strip() if start > 0 else segment.rstrip("。").strip()
    if quotes and len(quotes[0].group(1)) > 20:
        return quotes[0].group(1).strip().rstrip(",")
    said = None
    for said in re.finditer(r"\b(?:said|says|stated|clarified|added|told\s+\w+)\b[^.;]{0,160}?\bthat\s+", segment[: m.start() + 1]):
        pass
    if said is not None:
        return segment[said.end():].strip().rstrip(".")
    return _EN_DATELINE.sub("", segment.strip(), count=1).rstrip(".")


def _responders(segment: str, cue_start: int, zh: bool, state: _State, cue_text: str = "") -> list[str]:
    if zh:
        return _zh_responders(segment, cue_start, state, speechy=bool(_ZH_SPEECH.search(cue_text)))
    return _en_responders(segment, cue_start, state)


_ZH_SPEAKER_TRIM = re.compile(
    r"(?:对此|均|也|还|则|都|亦|已|已经|正式|再次|方面|发布|发表|通过|在|于|向|对|未|没有|不予|拒绝|暂|并|却|随即|随后|尚|仍|就|火速|立即|马上|"
    r"的|官方|就此|针对|出面|第一时间|迅速|很快|当天|当日|今日|昨日|近日|此前)+$"
)
_ZH_SPEAKER_LEAD = re.compile(r"^(?:对此|对于此事|针对此事|针对|但|而|不过|随后|同时|另外|此外|近日|日前|今日|此前|在|其中|目前)+")
_ZH_SPEAKER_CUT = re.compile(r"发布|发表|通过|在回答|在接受|接受|向|于|对该|对此|就此|当前|目前|已经|正在|曾|还|也|以|内网|发文|发帖|官微|公众号|火速|迅速|随即")


def _zh_speaker(clause: str) -> str:
    clause = _ZH_VIA.sub("", clause)
    clause = _ZH_SPEAKER_LEAD.sub("", clause.strip())
    role = _ZH_ROLE.search(clause)
    if role and role.start() > 0:
        clause = clause[: role.start()]
    clause = _ZH_SPEAKER_CUT.split(clause)[0]
    if "的" in clause:
        clause = clause.rsplit("的", 1)[-1]
    clause = _ZH_SPEAKER_TRIM.sub("", clause.strip())
    return clause.strip(" 　“”\"")


def _zh_responders(segment: str, cue_start: int, state: _State, speechy: bool = False) -> list[str]:
    before = segment[:cue_start]
    clauses = re.split(r"[，,。；：:]", before)
    speaker = ""
    # the speaker stands before the first speech verb of the nearest clause that has one
    for clause in reversed(clauses):
        verb = _ZH_SPEECH.search(clause)
        if verb:
            speaker = _zh_speaker(clause[: verb.start()])
            break
    else:
        # no speech verb: "苹果不予置评", "X 当前…，拒绝置评"; only a name the report knows
        own = clauses[-1] if clauses else ""
        speaker = _zh_speaker(own)
        # a cue that is itself a verb of reply ("证实", "不予置评") has its speaker right before it
        if speaker and not (_named_party(speaker, state) or (speechy and _plausible_party(speaker, state))):
            speaker = ""
        if not speaker and len(clauses) > 1 and not state.sentence_responders:
            speaker = _zh_speaker(clauses[0])
            if speaker and not _named_party(speaker, state):
                speaker = ""
    if not speaker or len(speaker) > 16:
        known = _known_in(before)
        speaker = known[-1] if known else ""
    if not speaker and state.sentence_responders:
        return list(state.sentence_responders)  # "X 回避传言，但（X 的社长）说…": the same party
    if not speaker:
        return []
    if speaker in cues.ZH_SELF_REFERENCES:
        resolved = state.last_responder or _main_subject(state)
        return [resolved] if resolved else []
    names = [n.strip() for n in re.split(r"和|与|及|以及|、", speaker) if n.strip()]
    names = [n for n in names if (not is_outlet(n) or _known_in(n)) and _key(n) not in state.sources]
    if not names or any(len(n) < 2 and not n.isascii() for n in names):
        return []
    if not all(_plausible_party(n, state) for n in names):
        return []
    return names


_NOT_A_PARTY = re.compile(
    r"博主|网友|爆料|记者|媒体|报道|内容|消息|情况|原因|用户|读者|外界|该机|该系列|网站|文章|视频|数据|说法|之外|消费者|人群|"
    r"^(?:这|那|此|其|他|她|它|我|你|据|上述|以上|有|是)"
)


def _is_source(name: str, state: _State) -> bool:
    """Credited with a claim in this report: an outlet or leaker, not a party responding."""
    key = _key(name)
    return bool(key) and any(key == s or (len(min(key, s, key=len)) >= 3 and (key in s or s in key)) for s in state.sources)


def _named_party(name: str, state: _State) -> bool:
    """A known name, or one the report's claims mention."""
    if _known_in(name):
        return True
    key = _key(name)
    return any(
        key and (key in _key(c.text) or any(key in _key(s) or _key(s) in key for s in c.subjects)) for c in state.claims
    )


def _plausible_party(name: str, state: _State) -> bool:
    """A responder must be someone with standing: a known name, or one the claims mention."""
    if _NOT_A_PARTY.search(name):
        return False
    key = _key(name)
    if _known_in(name):
        return True
    for claim in state.claims:
        if key and (key in _key(claim.text) or any(key in _key(s) or _key(s) in key for s in claim.subjects)):
            return True
    return len(name) <= (16 if name.isascii() else 8)


_EN_DATELINE = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z])"
    r"|[A-Z][A-Z .,/'-]{2,40}(?:\([^)]{0,30}\))?\s*(?:-|—|–|--)\s*"
    r"|[^-]{0,60}\((?:Reuters|AP|AFP|dpa-AFX|MT Newswires|Bloomberg)\)\s*(?:-|—|–|--)\s*)"
)


def _en_responders(segment: str, cue_start: int, state: _State) -> list[str]:
    stripped = _EN_DATELINE.sub("", segment, count=1)
    cue_start -= len(segment) - len(stripped)
    segment = stripped
    if cue_start < 0:
        return []
    spokes = re.search(
        r"\b(?:a|an|the)?\s*(?:spokes(?:person|woman|man)|representative|statement|official)\s+(?:for|from|of)\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
        r"|(?P<m>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:[’']s)?\s+(?:spokes(?:person|woman|man)|representative|press office|chief executive|CEO)\b",
        segment,
    )
    if spokes:
        name = _clean_en_name(spokes.group("n") or spokes.group("m"))
        if name:
            return [name]
    tail = re.search(r"[”\"]\s*,?\s*(?P<who>[^,.“”\"]{1,60}?)\s+(?:said|added|told|says|stated|wrote|explained)\b", segment)
    if tail and tail.start() < cue_start + 200:
        names = [n for n in _en_names(tail.group("who")) if not is_outlet(n)]
        if names:
            return names[:1]
        who = tail.group("who").strip().lower()
        if who in cues.EN_SELF_REFERENCES or who.startswith("the ") or re.search(r"company|firm|statement|spokes", who):
            resolved = state.last_responder or _main_subject(state)
            return [resolved] if resolved else []
    before = re.sub(r",\s*(?:which|who|whose)\b[^,]*,", ",", segment[:cue_start])
    clause = re.split(r"[;:]|,\s*(?:but|and|while)\b", before)[-1]
    clause = re.sub(r"^[^,]{0,40}?(?:,\s*)(?=[A-Z])", "", clause) if re.match(r"^(?:Meanwhile|However|Separately|Earlier|Later|In\s)", clause.strip()) else clause
    names = [n for n in _en_names(clause) if not is_outlet(n)]
    if names:
        if len(names) > 1 and re.search(re.escape(names[0]) + r"[^,;]{0,40}?\s(?:and|&)\s+(?:[^,;]{0,20}?)" + re.escape(names[1]), clause):
            return names[:2]
        return names[:1]
    lowered = clause.strip().lower()
    if re.search(r"\b(?:the company|the firm|the group|it|we|the carmaker|the automaker|the manufacturer)\b", lowered) or not lowered:
        resolved = state.last_responder or _main_subject(state)
        return [resolved] if resolved else []
    return []


def _said_on(segment: str, state: _State) -> PartialDate | None:
    """An English weekday next to the speech verb: "said on Tuesday", "Reuters said Tuesday"."""
    m = re.search(r"\b(?:said|says|told|reported|confirmed|denied|stated|added|statement|reports?)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", segment)
    if m:
        found = find_dates(m.group(0), state.report.published)
        return found[0].date if found else None
    return None


def _clean_en_name(name: str | None) -> str | None:
    if not name:
        return None
    names = _en_names(name)
    return names[0] if names else None


def _main_subject(state: _State) -> str | None:
    if state.claims and state.claims[-1].subjects:
        return state.claims[-1].subjects[0]
    return None


def _via(segment: str, zh: bool, responders: list[str]) -> str | None:
    regex = _ZH_VIA if zh else _EN_VIA
    for m in regex.finditer(segment):
        name = next((g for g in m.groups() if g), None)
        if not name:
            continue
        # "据 X 报道" and "X 的报道中" say X is an outlet; "告诉 X" needs X to look like one
        structural = zh and not m.groupdict().get("c") and not m.groupdict().get("d")
        name = _clean_source(name, zh) if zh else re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if name and (structural or is_outlet(name) or name.isascii()) and not any(_same_name(name, r) for r in responders):
            return name
    return None


# Linking --------------------------------------------------------------------------------


def _link(state: _State) -> list[ExtractedResponse]:
    linked = [
        _with_claim(response, _claim_for(response, position, refers, state))
        for response, position, refers in state.responses
    ]
    positions = [position - state.first_index for _, position, _ in state.responses]
    paragraphs = [state.paragraph_of.get(position) for _, position, _ in state.responses]
    # A lead summary ("X denied the report") and X's own words later are one response:
    # keep the quoted words, or else the later, fuller sentence.
    keep: list[ExtractedResponse] = []
    for i, r in enumerate(linked):
        same = [
            o for j, o in enumerate(linked)
            if j != i and o.claim == r.claim and o.stance == r.stance and _same_name(o.responder, r.responder)
            and (o.via == r.via or None in (o.via, r.via))
        ]
        lead = positions[i] <= 1
        previous = keep[-1] if keep else None
        if (
            previous is not None and previous.stance == r.stance and _same_name(previous.responder, r.responder)
            and previous.claim == r.claim and not _has_quote(r) and positions[i] - positions[linked.index(previous)] == 1
            and paragraphs[i] == paragraphs[linked.index(previous)]
        ):
            continue  # "X 否认…。X 也强调…": the same statement, continued
        if same and not _has_quote(r):
            if any(_has_quote(o) for o in same) or (lead and any(positions[j] > positions[i] for j, o in enumerate(linked) if o in same)):
                continue
        keep.append(r)
    return keep


def _same_name(a: str, b: str) -> bool:
    a, b = _key(a), _key(b)
    return bool(a and b and (a in b or b in a))


def _has_quote(r: ExtractedResponse) -> bool:
    """The response's words are quoted in its sentence."""
    head = r.quote.strip()[:12]
    return bool(head) and any(mark + head in r.sentence for mark in ("“", '"', "「", "『", "“ ", '" '))


def _dedupe_claims(state: _State) -> None:
    """Two spans stating one proposition (a heading and its paragraph) are one claim."""
    kept: list[int] = []
    for i, claim in enumerate(state.claims):
        if any(_similar(claim.text, state.claims[k].text) for k in kept):
            continue
        kept.append(i)
    state.claims = [state.claims[i] for i in kept]
    state.claim_pos = [state.claim_pos[i] for i in kept]


def _similar(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    shorter = min(len(a), len(b))
    if not shorter:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 0.6 * shorter


def _claim_for(response: ExtractedResponse, position: int, refers: bool, state: _State) -> int | None:
    if not state.claims:
        return None
    preceding = [i for i, p in enumerate(state.claim_pos) if p <= position]
    if refers and preceding:
        return preceding[-1]
    key = _key(response.responder)
    sharing = [
        i
        for i, c in enumerate(state.claims)
        if key and (key in _key(c.text) or any(key in _key(s) or _key(s) in key for s in c.subjects if s))
    ]
    if sharing:
        before = [i for i in sharing if state.claim_pos[i] <= position]
        return before[-1] if before else sharing[0]
    if preceding:
        return preceding[-1]
    return 0


def _with_claim(response: ExtractedResponse, claim: int | None) -> ExtractedResponse:
    return ExtractedResponse(
        claim=claim,
        responder=response.responder,
        stance=response.stance,
        quote=response.quote,
        via=response.via,
        responded_on=response.responded_on,
        sentence=response.sentence,
        cue=response.cue,
    )
