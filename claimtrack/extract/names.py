"""Who is who: the outlets, companies and people the extractor can name.

A `Names` object is the extractor's whole knowledge of names: the shipped starter list,
plus whatever entities and aliases the user taught the database. It is immutable and
passed along explicitly, so two reports extracted with different names never see each
other's, and nothing here changes at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Mapping

import ahocorasick

from . import cues
from ..entities import starter_entities
from ..text.keys import name_key

# Words that make a name an outlet even when no list knows it ("Harbor Journal", "晨报").
_OUTLET_WORDS = re.compile(
    r"(?:News|Times|Journal|Post|Review|Daily|Herald|Reuters|Bloomberg|Press|Wire|Insider|Gazette|Tribune|Magazine"
    r"|Telegraph|Economist|Handelsblatt|Nikkei|Digitimes|DigiTimes|Media|Report|Street|Weekly|Verge|Crunch"
    r"|日报|晚报|时报|新闻|财经|周刊|电视台|通讯社|新闻社|媒体|杂志|汇报|早报|商报|之家|(?:新浪|腾讯|网易|搜狐|凤凰|雷锋|鞭牛士|大众|蓝鲸|钛媒体|极客)科技|黄金眼|快讯|研究院|网$|社$)"
)


# Words that outlets', leakers' and analysts' names or descriptions carry (_OUTLET_WORDS as
# plain words, plus the leaker and analyst words), for the cheap test of may_name_a_credit.
_CREDIT_WORDS = (
    "News", "Times", "Journal", "Post", "Review", "Daily", "Herald", "Reuters", "Bloomberg", "Press", "Wire", "Insider",
    "Gazette", "Tribune", "Magazine", "Telegraph", "Economist", "Handelsblatt", "Nikkei", "Digitimes", "DigiTimes",
    "Media", "Report", "Street", "Weekly", "Verge", "Crunch", "paper", "analyst", "Analyst", "leaker", "tipster", "@",
    " reported",  # "…, Dagens Naeringsliv reported": an outlet the list lacks is still credited
    "日报", "晚报", "时报", "新闻", "财经", "周刊", "电视台", "通讯社", "新闻社", "媒体", "杂志", "汇报", "早报", "商报", "之家",
    "黄金眼", "快讯", "研究院", "新闻网", "网站", "爆料", "博主", "分析师", "研究员", "证券", "券商", "机构", "报",
)


@dataclass(frozen=True)
class Names:
    """Written forms of known names with their kind (outlet, company, person, ...)."""

    known: tuple[tuple[str, str], ...]  # (written form, kind), longest first
    outlets: frozenset[str] = field(init=False, compare=False)  # name keys of outlet forms
    # Derived once here rather than on every lookup: lookups run per sentence.
    _subject_forms: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _outlet_suffixes: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _with_article: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        outlets = frozenset(name_key(w) for w, kind in self.known if kind == "outlet")
        set_ = object.__setattr__  # frozen: derived fields are set once, here
        set_(self, "outlets", outlets)
        set_(self, "_subject_forms", tuple(w for w, kind in self.known if kind != "outlet" and len(w) >= 2))
        set_(self, "_outlet_suffixes", tuple(o for o in outlets if len(o) >= 3))
        set_(self, "_with_article", {w.lower(): w for w, _ in self.known if w.lower().startswith("the ")})

    # Building ----------------------------------------------------------------------

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> "Names":
        kinds: dict[str, str] = {}
        for written, kind in pairs:
            written = written.strip()
            if written:
                kinds[written] = kind  # a later kind wins: the user's word over the starter list's
        # Longest first, so "北汽蓝谷" is found before "北汽"; the sort is stable.
        return cls(tuple(sorted(kinds.items(), key=lambda item: -len(item[0]))))

    @classmethod
    def starter(cls) -> "Names":
        """The shipped list only."""
        return _starter()

    @classmethod
    def with_entities(cls, rows: Iterable[Mapping]) -> "Names":
        """The starter list plus entity rows (`name`, `kind`, `aliases`), as the store lists them."""
        return cls.starter().plus(entity_pairs(rows))

    def plus(self, pairs: Iterable[tuple[str, str]]) -> "Names":
        """These names and `pairs` of (written form, kind)."""
        extra = list(pairs)
        if not extra:
            return self
        return Names.from_pairs([*self.known, *extra])

    # Lookups -----------------------------------------------------------------------

    def is_outlet(self, name: str | None) -> bool:
        if not name:
            return False
        known = self._outlet_answers.get(name)
        if known is None:  # the same few names recur sentence after sentence: answer each once
            key = name_key(name)
            known = key in self.outlets or key.endswith(self._outlet_suffixes) or bool(_OUTLET_WORDS.search(name))
            if len(self._outlet_answers) < 50_000:
                self._outlet_answers[name] = known
        return known

    @cached_property
    def _outlet_answers(self) -> dict[str, bool]:
        return {}

    def may_name_a_credit(self, text: str) -> bool:
        """Whether `text` could name an outlet, a leaker or an analyst at all: one Aho-Corasick
        pass over the known outlets and people and the words such names carry. A sentence
        without any is never credited to one, so its cues for named credits are not tried."""
        return next(self._credit_automaton.iter(text), None) is not None

    @cached_property
    def _credit_automaton(self):
        automaton = ahocorasick.Automaton()
        words = {w for w, kind in self.known if kind in ("outlet", "person") and len(w) >= 2}
        words |= set(_CREDIT_WORDS)
        for word in words:
            automaton.add_word(word, word)
        automaton.make_automaton()
        return automaton

    def outlets_named(self, text: str) -> list[str]:
        """Known outlets named in `text` (and, in English, capitalised names that are outlets)."""
        found = [w for end, w in self._outlet_automaton.iter(text)
                 if not (w.isascii() and not word_bounded(text, end - len(w) + 1, len(w)))]
        if re.search(r"[A-Z]", text):
            found += [n for n in en_names(text) if self.is_outlet(n)]
        return found

    @cached_property
    def _outlet_automaton(self):
        automaton = ahocorasick.Automaton()
        for word in {w for w, kind in self.known if kind == "outlet" and len(w) >= 2}:
            automaton.add_word(word, word)
        automaton.make_automaton()
        return automaton

    def people_in(self, text: str) -> list[str]:
        """Known people (analysts, leakers) named in `text`, in order of appearance."""
        return self._person_pattern.findall(text) if self._person_pattern is not None else []

    @cached_property
    def _person_pattern(self) -> re.Pattern | None:
        forms = [re.escape(w) for w, kind in self.known if kind == "person" and len(w) >= 3]
        return re.compile("|".join(forms)) if forms else None

    def kind_of(self, name: str) -> str | None:
        """The kind of a known name ("outlet", "company", "person"), or None."""
        return self._kinds.get(name_key(name))

    @cached_property
    def _kinds(self) -> dict[str, str]:
        return {name_key(w): kind for w, kind in reversed(self.known)}

    def known_in(self, text: str) -> list[str]:
        """Known non-outlet names in `text`, in order of appearance, longest match wins."""
        first_at: dict[int, int] = {}  # index in _subject_forms -> where it first occurs
        for end, (index, length) in self._subject_automaton.iter(text):
            first_at.setdefault(index, end - length + 1)  # occurrences come by end: the first is first
        found: list[str] = []
        taken: list[tuple[int, int]] = []
        for index in sorted(first_at):  # longest forms first, as they are listed
            written, start = self._subject_forms[index], first_at[index]
            if written.isascii() and not word_bounded(text, start, len(written)):
                continue  # "Meta" inside "Metaverse" is not Meta
            end = start + len(written)
            if any(s <= start < e or s < end <= e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(written)
        return [name for _, name in sorted(zip((s for s, _ in taken), found))]

    @cached_property
    def _subject_automaton(self):
        # One Aho-Corasick pass instead of a find per known name (hundreds) per call.
        automaton = ahocorasick.Automaton()
        for index, written in enumerate(self._subject_forms):
            automaton.add_word(written, (index, len(written)))
        automaton.make_automaton()
        return automaton

    def with_article(self, name: str) -> str:
        """"Information" → "The Information" when the list writes it so."""
        return self._with_article.get("the " + name.lower(), name)


@lru_cache(maxsize=1)
def _starter() -> Names:
    # Cached: the shipped list is read-only data, and parsing it costs a file read.
    return Names.from_pairs((w, e.kind) for e in starter_entities() for w in (e.name, *e.aliases))


def entity_pairs(rows: Iterable[Mapping]) -> list[tuple[str, str]]:
    """(written form, kind) for the entities a person taught the database.

    Ingest records every source, subject and responder it meets as an entity of kind
    "unknown" with no aliases. Those are skipped: feeding the extractor's own guesses
    back to it would make a report's extraction depend on which reports came before.
    """
    pairs: list[tuple[str, str]] = []
    for row in rows:
        name = row["name"]
        aliases = [a for a in row.get("aliases") or () if a != name]  # some listings repeat the name
        kind = row.get("kind") or "unknown"
        if kind == "unknown" and not aliases:
            continue
        pairs.extend((written, kind) for written in (name, *aliases))
    return pairs


# Comparing names ---------------------------------------------------------------------


@lru_cache(maxsize=16384)  # the same names and claim texts are compared again and again
def same_name(a: str, b: str) -> bool:
    a, b = name_key(a), name_key(b)
    return bool(a and b and (a in b or b in a))


def word_bounded(text: str, start: int, length: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[start + length] if start + length < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


# Guessing names the list does not know -------------------------------------------------

_EN_NAME = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|de|&))*")
_TICKER = re.compile(r"\s*\([^)]{0,30}\)")
_DESCRIPTOR_NOUNS = (
    r"(?:company|firm|maker|giant|group|operator|provider|supplier|manufacturer|startup|retailer|carmaker"
    r"|automaker|trucking|chipmaker|major|conglomerate|heavyweight|titan|behemoth|lender|insurer|airline|brand"
    r"|developer|publisher|producer|distributor|vendor|platform|rival)"
)
# "Logistics company UTi", "Electric vehicle maker Rivian": the capitalised run is what the
# firm is, its name follows (lower-case words between may go on describing it, not verbs or articles)
_DESCRIPTOR = re.compile(
    r"(?:\s+(?!(?:is|was|are|were|be|been|a|an|the|and|or|to|of|in|on|at|for|with|by|from|has|had|have|its|their|his|her"
    r"|said|says|as|that|which|who|will|would|could|may|might|not|also|plans?|wants?|said)\b)[a-z][\w-]*){0,2}\s+"
    + _DESCRIPTOR_NOUNS + r"\s+(?=[A-Z])"
    r"|\s+" + _DESCRIPTOR_NOUNS + r"\b"
)
# "Chipmaker Globex", "Retailer Globex" at a sentence's start: the descriptor is not part of the name
_LEADING_DESCRIPTOR = re.compile(_DESCRIPTOR_NOUNS + r"s?", re.I)


def en_names(text: str) -> list[str]:
    """Capitalised names in an English span, corporate suffixes dropped."""
    names: list[str] = []
    text = _TICKER.sub("", text)
    for m in _EN_NAME.finditer(text):
        if _DESCRIPTOR.match(text, m.end()):
            continue  # "Logistics company UTi": a description, the name follows
        name = _en_name(m.group(0))
        if name:
            names.append(name)
    return names


def _en_name(run: str) -> str | None:
    """A run of capitalised words, minus possessives, "X-based", leading and trailing noise."""
    words = run.replace("’s", "").replace("'s", "").split()
    based = [i for i, w in enumerate(words) if w.endswith("-based")]
    if based:
        words = words[based[-1] + 1:]
    while words and (words[0] in cues.EN_NOT_NAMES or words[0].endswith("-based") or words[0].lower() in ("of", "de", "&")
                     or (len(words) > 1 and _LEADING_DESCRIPTOR.fullmatch(words[0]))):
        words = words[1:]
    while words and (words[-1].rstrip(",") in cues.EN_CORPORATE_SUFFIXES or words[-1].lower() in ("of", "de", "&")):
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words).rstrip(".,")
    return name if name and name not in cues.EN_NOT_NAMES else None


_ZH_VERB = r"(?:所谓|据称|据悉|据传|被曝|疑似|正在|正与|正|将于|将|已经|已|计划|拟|或将|或|可能|有望|预计|考虑|也|还|会|要|存在|出现|今年|明年|年内|近期|目前|最快|于|在|与|和|向|把|被|的|是|对|因|由于)"
_ZH_LEAD_NAME = re.compile(r"^(?:[“「《]?)([\u4e00-\u9fffA-Za-z0-9&.·\- ]{2,12}?)\s*" + _ZH_VERB)
_ZH_OBJECT_NAME = re.compile(
    r"(?:收购|洽购|并购|竞购|入股|投资|联手|携手|牵手|合作伙伴|与|和|向)\s*([\u4e00-\u9fffA-Za-z0-9&.·\- ]{2,10}?)\s*(?=[，。、；：,]|"
    + _ZH_VERB + r"|合作|商谈|洽谈|谈判|签署|达成|递交|提交|发出|提出|出售|转让|$)"
)
# "初创公司 Magic Leap", "芯片巨头 Nvidia": a Chinese descriptor names the Latin name after it.
_ZH_DESCRIBED_LATIN = re.compile(
    r"(?:公司|厂商|巨头|品牌|企业|集团|制造商|供应商|初创|机构)\s*([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
)
_ZH_NOT_A_NAME = re.compile(
    r"\d|这|那|其|该|此|我|你|他|她|它|一|些|个|双方|公司|用户|网友|多家|数家|几家|各家|多名|多位|^某"
    r"|^[两二三四五六七八九十百千万几数多]+(?:家|位|名|款|台|所|只|部|种|条|座|间)"  # "三家潜在买家": a count, not a name
    # function words and clause pieces that stand where a name would ("所谓的…", "正在和…", "即将推出的…")
    r"|^(?:所谓|正在|即将|目前|此前|之前|已经|可能|或将|预计|相同|当前|据|将|会|还|也|都|并|但|而|最|新款|全新|首款)"
    r"|(?:相同|一样|达成|推出|发布|设计|最大|最小)$"
    r"|^(?:意向|协议|计划|合作|事宜|项目|业务|交易|方案|集团|本集团|该集团)$"
)


# The kind of business a Chinese firm's name ends with ("星河药业", "北辰矿业", "云帆手机"): a
# guess that runs past one ("星河药业核心产品") ends there.
_ZH_ORG_KIND = (
    r"(?:集团|控股|股份|科技|技术|药业|医药|制药|生物|银行|金控|证券|保险|基金|资本|汽车|电子|电器|手机|通信|半导体|芯片|"
    r"微电子|光电|新能源|新能|新材|能源|电力|地产|置业|矿业|钢铁|化工|航空|快递|物流|传媒|影业|文化|游戏|网络|软件|互联|智能|实业|食品|酒业|乳业)"
)
_ZH_ENDS_AT_KIND = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9]{2,6}?" + _ZH_ORG_KIND + r")(?=[\u4e00-\u9fff])")
# A firm named at a clause's start, by its kind ("星河药业今日发布…"): the report's protagonist.
_ZH_KIND_NAME = re.compile(r"(?:^|(?<=[，。；：、\s“「]))([\u4e00-\u9fff]{2,4}?" + _ZH_ORG_KIND + r")")


_ZH_WORK_TITLE = re.compile(r"^《([^》]{2,20})》")


def zh_name_guesses(text: str) -> list[str]:
    """Likely names in a Chinese claim: its leading subject and the party of a deal."""
    guesses = []
    title = _ZH_WORK_TITLE.match(text)
    if title:
        guesses.append(title.group(1))  # "《北辰战记》将登陆…": the game or film is what it is about
    m = _ZH_LEAD_NAME.match(text)
    if m:
        guesses.append(m.group(1).strip())
    guesses += [g.strip() for g in _ZH_OBJECT_NAME.findall(text)]
    guesses += _ZH_DESCRIBED_LATIN.findall(text)
    guesses = [_at_kind(g) for g in guesses]
    return [g for g in guesses if len(g) >= 2 and not _ZH_NOT_A_NAME.search(g)]


def _at_kind(guess: str) -> str:
    guess = without_zh_descriptor(guess)
    m = _ZH_ENDS_AT_KIND.match(guess)
    return m.group(1) if m else guess


# "电动车制造商星河汽车", "芯片巨头北辰半导体", "发行商云帆娱乐": what the firm is, then its name
_ZH_DESCRIPTOR_LEAD = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:制造商|生产商|发行商|开发商|厂商|供应商|运营商|服务商|零售商|提供商|代理商|经销商|代工厂|代工商|"
    r"巨头|龙头|车企|新势力|芯片商|母公司|初创公司|初创企业)\s*(?=[\u4e00-\u9fffA-Za-z0-9]{2})"
)


def without_zh_descriptor(name: str) -> str:
    """A Chinese name without the descriptor before it ("电动车制造商星河汽车" → "星河汽车")."""
    return _ZH_DESCRIPTOR_LEAD.sub("", name, count=1)


def zh_firms_named(text: str) -> list[str]:
    """Firms a Chinese sentence names by their kind of business, at a clause's start."""
    return [g for g in _ZH_KIND_NAME.findall(text) if not _ZH_NOT_A_NAME.search(g)]


_EN_PLACES = frozenset(cues.EN_PLACES)
_MONEY = re.compile(r"(?:Rs|US|HK|NT|S|A|C)?\$?\s?\d|Rs\b")  # "Rs 4,000 crore": an amount, not a name


def subjects(text: str, zh: bool, names: Names) -> tuple[str, ...]:
    """Who a claim is about: known names first, then likely names the list lacks."""
    found = names.known_in(text)
    guesses = zh_name_guesses(text) if zh else [
        n for n in en_names(text) if not names.is_outlet(n) and n not in _EN_PLACES and not _MONEY.match(n)]
    for name in guesses:
        if not any(name_key(name) in name_key(f) or name_key(f) in name_key(name) for f in found):
            found.append(name)
    return tuple(dict.fromkeys(found))[:6]


# Who a passage credits when it names a leaker or analyst, as claims and the reader's
# memory of earlier sentences (state.leaker_before) both ask.
REFERENCE = re.compile(r"^(?:该|此|这位|这名|这个)")
ZH_CREDIT_TAIL = re.compile(r"\s*(?:今日|今天|近日|日前|最新|昨日|昨天|此前)?(?:爆料|透露|发文|发帖|记者|独家|独家获悉)?$")
_NAMED_LEAKER = re.compile(
    r"(?:爆料者|爆料人|爆料大神|数码博主|博主|分析师|研究员|tipster|leaker|analyst)\s*"
    r"(?:“(?P<q>[^”]{2,20})”|「(?P<r>[^」]{2,20})」|@\s*(?P<h>[\w\-]{2,20})"
    r"|(?P<n>[A-Z][A-Za-z.\-]+(?:\s[A-Z][A-Za-z.\-]+){0,2}|[\u4e00-\u9fff·]{2,8}?)(?=\s*(?:在|此前|最新|近日|表示|称|透露|爆料|预测|预计|认为|的|[，。：:])))"
)
_SPEECH_NOT_NAME = re.compile(r"估计|预计|预测|认为|表示|指出|称|透露|爆料|分析|判断|此前|最新|近日|们|指出称")


def named_leaker(text: str) -> str | None:
    """The leaker or analyst a passage names: "数码博主“芯片观察员”", "爆料者 @jon_prosser", "分析师郭明錤"."""
    m = _NAMED_LEAKER.search(text)
    if m is None:
        return None
    name = ZH_CREDIT_TAIL.sub("", next(g for g in m.group("q", "r", "h", "n") if g)).strip("@ ")
    if REFERENCE.match(name) or name in cues.ZH_NOT_SOURCE or _SPEECH_NOT_NAME.fullmatch(name) or name.startswith("在"):
        return None  # ("博主在微博爆料": where it was posted, not who)
    return name
