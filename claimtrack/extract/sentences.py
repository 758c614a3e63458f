"""Sentences and segments: the units every cue is tested on.

Chinese splits on its terminators, keeping quotations whole; English on `. ` followed
by a capital, except after an abbreviation. A Chinese sentence is then cut where a new
party starts to speak ("…，对此 X 表示…"), so a claim and the reply to it in one
sentence are read apart.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import ZH_SPEECH, Lexicon, first_attribution, has_cue, has_en_stance, stance_in

_CJK = re.compile(r"[\u3400-\u9fff]")
_ZH_SENTENCE = re.compile(r"(?:“[^“”\n]{0,300}”|「[^「」\n]{0,300}」|[^。！？!?\n])+(?:[。！？!?]+[”’」』\"]?|$)")
_EN_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "inc co corp ltd mr ms mrs dr st jr sr vs no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e gen gov sen rep".split()
)
# "…，但 X…", "…，X 则…", "…，X 方面…": where another party may start to speak
_ZH_CLAUSE_SPLIT = re.compile(r"[，,](?=对此|而(?!且)|另据|同时据)|[，,](?=但|不过|[^，。；]{2,12}?(?:则|亦|方面|同样))|；")
# "…，但工作人员表示，…": another party speaks; what it says reaches past the next comma
_BUT_SPEAKS = re.compile(r"(?:但|不过|然而|可是)[^，。；]{1,12}?(?:表示|回应|称|回复|强调)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")


class Sentence(NamedTuple):  # a tuple: a report makes dozens, a frozen dataclass costs 3× to build
    text: str
    index: int
    paragraph: int
    zh: bool


# A wire or paper's dateline before the story ("MUMBAI, May 10 (Reuters) -", "DUBAI - ",
# "【财联社5月10日讯】", "【中央社記者台北10日電】"): where it was filed, not what it says
_DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z .'/-]{1,40}|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*)?"
    r"\((?:Reuters|Bloomberg|AP|AFP|Dow Jones|Xinhua|Kyodo|Yonhap|IANS|PTI|ANI|UPI|dpa|Caixin|CNA)\)\s*[-—–]+\s*"
    r"|[A-Z][A-Z .]{2,30}\s+[-—–]\s+(?=[A-Z])"
    r"|【[^】]{2,30}?(?:讯|訊|电|電|专讯|專訊)】\s*)"
)
_BULLET = re.compile(r"\s+[•▪◦●■]\s+|^\s*[•▪◦●■]\s+", re.M)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; Chinese by its terminators, English by `. ` + capital."""
    out: list[Sentence] = []
    # A bullet ("• …", " · ") starts an item of its own, as a line would
    lines = _BULLET.sub("\n", text).split("\n")
    for p_index, paragraph in enumerate(p for p in lines if p.strip()):
        paragraph = _DATELINE.sub("", paragraph, count=1)
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
        if _inside_quote(paragraph, start, m.start()):
            continue  # '"We deny it. It is false," X said': one statement, one sentence
        before = paragraph[start: m.start()].rstrip("\"”’)")
        last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue  # "Acme Inc. said", "J. Smith": not a sentence end
        pieces.append(paragraph[start: m.end()])
        start = m.end()
    pieces.append(paragraph[start:])
    return pieces


MAX_QUOTED_SENTENCE = 600  # a quotation longer than this is not kept whole


def _inside_quote(paragraph: str, start: int, at: int) -> bool:
    """A quotation opened since `start` is still open at `at` and closes later in the paragraph."""
    if at - start > MAX_QUOTED_SENTENCE:
        return False
    span = paragraph[start: at + 1]
    curly_open = span.count("“") > span.count("”")
    straight_open = span.count('"') % 2 == 1
    if not (curly_open or straight_open):
        return False
    rest = paragraph[at + 1: start + MAX_QUOTED_SENTENCE]
    return ("”" in rest) if curly_open else ('"' in rest)


def segments(sentence: Sentence, lexicon: Lexicon | None = None) -> list[str]:
    """A Chinese sentence cut where a new party starts ("，对此…", "，而…")."""
    if not sentence.zh:
        return _english_segments(sentence.text, lexicon)
    parts: list[str] = []
    start = 0
    text = sentence.text
    quoted = _quoted_spans(text)
    for m in _ZH_CLAUSE_SPLIT.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue  # a comma inside someone's quoted words
        rest = text[m.end():]
        hard = rest.startswith("对此") or m.group(0) == "；" or rest.startswith(("另据", "同时据")) or bool(_BUT_SPEAKS.match(rest))
        # "…，但 X 表示…" starts a new party only when the rest carries its own cue
        if not hard and not has_cue(rest[: _next_split(rest)], lexicon):
            continue
        if not hard and rest.startswith(("但", "不过")) and _same_speaker_goes_on(text[start: m.start()], rest, lexicon):
            continue  # "X 回复称，双方确有接触，但尚未签署协议": one statement, qualified
        parts.append(text[start: m.start()])
        start = m.end()
    parts.append(text[start:])
    if len(parts) == 1 and lexicon is not None and lexicon.zh_stance and lexicon.zh_attribution:
        parts = _reply_after_rumour(text, quoted, lexicon) or parts
    if lexicon is not None and lexicon.zh_stance and len(lexicon.zh_stance) > 1:
        parts = [piece for part in parts for piece in _second_party_zh(part, lexicon)]
    return [p for p in parts if p.strip()]


# "X 拒绝置评，Y 也未回复": a second party, named, answering in a clause of its own
_ZH_SECOND_PARTY = re.compile(r"[，,](?=[^，。；“”「」：:]{2,12}?(?:也|均|同样|亦|则|都|随后|方面)?(?:未|没有|并未|暂未|尚未|拒绝|不予|不愿|表示|回应|回复|否认|证实|确认))")
_ZH_NOT_A_NEW_PARTY = re.compile(r"^(?:公司|该|其|这|此|那|对方|双方|我们|目前|截至|记者|但|不过|并|且|也|还|而|同时|随后|此外|另外|如果|若|因此|所以|将|已|仍"
                                 r"|称|表示|强调|指出|说|回应|认为|则|就|对|在|因|由于|从|自)")
_ZH_PARTY_HEAD = re.compile(r"^(?![^，。]*?(?:与|和|之间|的|对|向|就|在))[\u4e00-\u9fffA-Za-z0-9·&\s]{2,12}?(?:也|均|同样|亦|则|都|随后|方面)?(?:表示|称|回应称|回复称)?$")


def _second_party_zh(part: str, lexicon: Lexicon) -> list[str]:
    """A segment cut where a second named party gives its own answer after the first's."""
    if "，" not in part and "," not in part:
        return [part]
    quoted = _quoted_spans(part)
    for m in _ZH_SECOND_PARTY.finditer(part):
        if any(a < m.start() < b for a, b in quoted):
            continue
        head, rest = part[: m.start()], part[m.end():]
        if _ZH_NOT_A_NEW_PARTY.match(rest):
            continue
        later = stance_in(rest, True, lexicon)
        if later is None or not _ZH_PARTY_HEAD.match(rest[: later[2].start()]) or stance_in(head, True, lexicon) is None:
            continue
        return [head, *_second_party_zh(rest, lexicon)]
    return [part]


def _same_speaker_goes_on(before: str, rest: str, lexicon: Lexicon | None) -> bool:
    """The clause before was someone's statement and the rest names no new speaker or source."""
    part = rest[: _next_split(rest)]
    # (words the speaker puts in quotes, 「市场传言过于夸大」, name no new source)
    unquoted = "".join(part[a:b] for a, b in _gaps(_quoted_spans(part), len(part)))
    return bool(ZH_SPEECH.search(before)) and not ZH_SPEECH.search(unquoted) and first_attribution(unquoted, True, lexicon)[0] is None


def _gaps(spans: list, length: int) -> list[tuple[int, int]]:
    """The stretches of a text outside the given (start, end) spans."""
    out, at = [], 0
    for a, b in sorted(spans):
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < length:
        out.append((at, length))
    return out


# "业界盛传 P，X 总经理受访时表示「没有听说」": a rumour and its answer in one sentence
_ZH_SPEAKER_SPLIT = re.compile(r"[，,](?=[^，。；“”「」]{2,20}?(?:表示|回应|强调|回复|澄清|否认)|经(?:过)?(?:公司|本公司)?(?:核实|核查|自查|查证))")


def _reply_after_rumour(text: str, quoted: list, lexicon: Lexicon) -> list[str] | None:
    for m in _ZH_SPEAKER_SPLIT.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        head, rest = text[: m.start()], text[m.end():]
        if _CHECKED.match(rest) and stance_in(rest, True, lexicon) is not None and first_attribution(head, True, lexicon)[0]:
            return [head, rest]  # "…有媒体报道P，经核实，上述报道内容不属实": the report, then the check
        if _NAMED_AS_ANSWERED.search(head) or stance_in(rest, True, lexicon) is None:
            continue  # "针对…的传闻，X 表示…": the rumour is named as what the reply answers
        cue = first_attribution(head, True, lexicon)[0]
        if cue is not None and cue.name in _RUMOUR_CUES:
            return [head, rest]
    return None


_CHECKED = re.compile(r"经(?:过)?(?:公司|本公司)?(?:核实|核查|自查|查证)")
_NAMED_AS_ANSWERED = re.compile(r"针对|对于|关于|回应|否认|澄清")
_RUMOUR_CUES = frozenset({"网传", "消息称", "有报道称", "传出消息", "据悉"})  # not an outlet, which may carry the reply too


# '"…," X said, while Y told us "no comment."': a second party after ", while" / "; "
_EN_CLAUSE_SPLIT = re.compile(r"(?<=[,\"”])\s+(?=(?:while|whereas)\s)|;\s+")


def _english_segments(text: str, lexicon: Lexicon | None) -> list[str]:
    """An English sentence cut where a second party replies, when each part carries a cue."""
    if ", but " in text and lexicon is not None and lexicon.en_stance and lexicon.en_attribution:
        split = _en_reply_after_rumour(text, lexicon)
        if split:
            return split
    if ", and " in text or ", but " in text:
        split = _en_second_party(text, lexicon)
        if split:
            return [piece for part in split for piece in _english_segments(part, lexicon)]
    if ";" not in text and "while" not in text and "whereas" not in text:
        return [text]  # most sentences: no test at all
    quoted = _quoted_spans(text)
    parts: list[str] = []
    start = 0
    for m in _EN_CLAUSE_SPLIT.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        if not (has_en_stance(text[start: m.start()], lexicon) and has_en_stance(text[m.end():], lexicon)):
            continue
        parts.append(text[start: m.start()])
        start = m.end()
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


# "Acme declined to comment, and Globex did not respond": a second party, named, answering in its own clause
_EN_SECOND_PARTY = re.compile(
    r",\s+(?:and|but)\s+(?=(?!(?:It|He|She|They|We|This|That|There|Its|Their|The|A|An|In|On|At|As|Asked)\b)[A-Z]"
    r"|an?\s+(?:[\w-]+\s+)?(?:spokes\w+|representative)\b|(?:spokes\w+|representatives?)\s+(?:for|from)\s+[A-Z])"
)


def _en_second_party(text: str, lexicon: Lexicon | None) -> list[str] | None:
    quoted = _quoted_spans(text)
    for m in _EN_SECOND_PARTY.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        head, rest = text[: m.start()], text[m.end():]
        if has_en_stance(head, lexicon) and has_en_stance(rest, lexicon):
            return [head, rest]
    return None


def _en_reply_after_rumour(text: str, lexicon: Lexicon) -> list[str] | None:
    """"X is rumoured to …, but its CEO said he had not heard of it": the rumour, then the reply."""
    at = text.find(", but ")
    head, rest = text[:at], text[at + 2:]
    if stance_in(head, False, lexicon) is None and stance_in(rest, False, lexicon) is not None \
            and first_attribution(head, False, lexicon)[0] is not None:
        return [head, rest]
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(q.start(), q.end()) for q in _QUOTED.finditer(text)]


def _next_split(text: str) -> int:
    quoted = _quoted_spans(text)
    for m in _ZH_CLAUSE_SPLIT.finditer(text):
        if not any(a < m.start() < b for a, b in quoted):
            return m.start()
    return len(text)


def is_heading(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A short line of its own without a sentence ending: a section heading or caption."""
    if not sentence.zh or len(sentence.text) > 50 or sentence.text.endswith(("。", "！", "？", "”", "」", ".", "!", "?")):
        return False
    return _alone(sentence, sentences)


# A digest item's start: "1、", "2.", "一、", "①", "【…】" at the head of a paragraph.
_ITEM_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[、.．)）]\s*(?!\d)|[一二三四五六七八九十]{1,3}\s*、|[①-⑳]|【[^】]{2,60}】|#{1,4}\s)")


def starts_item(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """The first sentence of a paragraph that opens a digest item, or a heading."""
    first = sentence.index == 0 or sentences[sentence.index - 1].paragraph != sentence.paragraph
    return first and (bool(_ITEM_MARKER.match(sentence.text)) or _is_short_title(sentence, sentences))


def _is_short_title(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A short line of its own with no sentence ending, in either language."""
    text = sentence.text
    if len(text) > (40 if sentence.zh else 90) or text.endswith(("。", "！", "？", "”", "」", ".", "!", "?", "：", ":")):
        return False
    return _alone(sentence, sentences)


def alone(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """The only sentence of its paragraph: a line of its own."""
    return _alone(sentence, sentences)


def _alone(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """The only sentence of its paragraph (paragraphs come in order: its neighbours tell)."""
    i, p = sentence.index, sentence.paragraph
    return (i == 0 or sentences[i - 1].paragraph != p) and (i + 1 >= len(sentences) or sentences[i + 1].paragraph != p)


