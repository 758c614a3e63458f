"""The extractor's behaviour, construction family by construction family.

A specification table: short made-up reports (every sentence here is invented for
this file; none comes from a real article or from the shared corpus), in English and
Chinese, each with what `claimtrack.extract.extract` should find in it, as
../shared/corpus/GUIDE.md defines claims, responses and stances.

Families:

1. the claim inside the answer ("Acme denied a report that …", "否认…的传闻", "回应…传闻：");
2. attribution beyond a phrase list ("X reported, citing …", "sources told X", 据悉, 援引,
   爆料, 透露, 预测, nested attribution, follow-up sentences of the same report);
3. responses beyond a phrase list (quotes without a stance verb, reported speech,
   several responders, partial answers);
4. digests: several numbered or headed items, each its own story;
5. clean fields: subjects, sources and claim spans without function words, pronoun-like
   references, lead-ins or datelines;
6. negatives: announcements, background, opinions, market data, "did not deny";
7. kinds of report the others miss: exchange clarifications, investor-relations replies,
   Traditional Chinese, digest headings that answer, leaked papers, takeover statements.

Assertions compare by containment, never by exact span, so they fail on a wrong answer
but not on a slightly different (equally right) boundary. Names compare as the corpus
scorer does: case-insensitively, either containing the other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest

from claimtrack.dates.partial import PartialDate
from claimtrack.extract import extract
from claimtrack.models import Report

ANY = object()  # a field the case does not check


@dataclass(frozen=True)
class C:
    """An expected claim."""

    has: str  # the claim text contains this
    lacks: tuple[str, ...] | str = ()  # ... and none of these (the lead-in, the answer)
    source: object = ANY  # None, a name, or a tuple of acceptable values (None allowed)
    anonymous: bool | None = None  # None: not checked
    subjects: tuple[str, ...] = ()  # each must be among the claim's subjects
    not_subjects: tuple[str, ...] = ()  # none of the claim's subjects may contain these
    on: str | None = None  # reported_on, when the text fixes it


@dataclass(frozen=True)
class R:
    """An expected response."""

    responder: str | tuple[str, ...]  # a name, or acceptable alternatives
    stance: str | tuple[str, ...]  # a stance, or acceptable alternatives
    quote: str | tuple[str, ...]  # the quote contains this (or one of these)
    to: str | None = None  # the linked claim's text contains this; default: the case's only claim


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: str
    lang: str = ""  # default: zh when the text has CJK characters
    title: str = ""
    outlet: str | None = None
    claims: tuple[C, ...] = ()
    responses: tuple[R, ...] = ()
    exact_claims: bool = True  # no claims beyond those listed
    exact_responses: bool = True  # no responses beyond those listed
    no_claim_with: tuple[str, ...] = ()  # no claim's text may contain any of these
    forbid_stances: tuple[str, ...] = ()  # no response may have these stances
    notes: str = field(default="", compare=False)


# ---------------------------------------------------------------------------------
# 1. The claim inside the answer: the response names the rumour it answers; both come
#    out, and the response points at that claim.
# ---------------------------------------------------------------------------------

FAMILY_1 = [
    Case(
        "1-en-denied-a-newspaper-report",
        "Acme Motors on Monday denied a newspaper report that it was weighing the sale of its Ohio plant.",
        "2023-06-05",
        claims=(C("weighing the sale of its Ohio plant", lacks=("denied", "newspaper report"), source=None,
                  subjects=("Acme",)),),
        responses=(R("Acme Motors", "deny", "denied"),),
    ),
    Case(
        "1-en-dismissed-speculation",
        "Nordwind Bank dismissed speculation that it had agreed a deal to buy the smaller lender Baltic Trust.",
        "2023-06-05",
        claims=(C("agreed a deal to buy", lacks=("dismissed", "speculation"), source=None),),
        responses=(R("Nordwind Bank", "deny", "dismissed"),),
    ),
    Case(
        "1-en-responded-to-reports",
        "Nordwind Bank responded to reports of branch closures in Bavaria, saying it had no plans to shut "
        "any of its 40 branches in the state.",
        "2023-06-05",
        claims=(C("branch closures", lacks=("responded", "no plans"), source=None),),
        responses=(R("Nordwind Bank", "deny", "no plans to shut"),),
    ),
    Case(
        "1-en-confirmed-following-reports",
        "Acme Motors confirmed on Wednesday that it was in talks with Globex, following reports that it could "
        "buy the auto-parts maker for about $3 billion.",
        "2023-06-07",
        claims=(C("could buy the auto-parts maker", lacks=("confirmed", "following reports"), source=None),),
        responses=(R("Acme Motors", "confirm", ("in talks with Globex", "confirmed")),),
    ),
    Case(
        "1-en-denied-a-bloomberg-report",
        'Globex on Friday denied a Bloomberg report that it plans to move its headquarters to Singapore, '
        'calling it "totally unfounded".',
        "2023-06-09",
        claims=(C("move its headquarters to Singapore", lacks=("denied",), source="Bloomberg", anonymous=False),),
        responses=(R("Globex", "deny", ("totally unfounded", "denied")),),
    ),
    Case(
        "1-zh-fouren-rugu-chuanwen",
        "星河科技 6 月 12 日晚否认了入股云帆汽车的传闻，称公司与云帆汽车之间没有任何投资关系。",
        "2023-06-13",
        claims=(C("入股云帆汽车", lacks=("否认",), source=None),),
        responses=(R("星河科技", "deny", ("否认", "没有任何投资关系")),),
    ),
    Case(
        "1-zh-huiying-chuanwen-colon",
        "星河科技回应“年底裁员三成”传闻：消息不实，公司经营一切正常。",
        "2023-06-13",
        claims=(C("年底裁员三成", lacks=("回应", "消息不实"), source=None),),
        responses=(R("星河科技", "deny", "消息不实"),),
    ),
    Case(
        "1-zh-guanfang-piyao",
        "云帆汽车官方辟谣：“上海工厂将停产”的说法纯属谣言，工厂目前生产正常。",
        "2023-06-13",
        claims=(C("上海工厂将停产", lacks=("辟谣", "纯属谣言"), source=None),),
        responses=(R("云帆汽车", "deny", ("纯属谣言", "辟谣")),),
    ),
    Case(
        "1-zh-fouren-pengbo-baodao",
        "北辰电子否认了彭博社关于其将在越南建厂的报道。",
        "2023-06-13",
        claims=(C("在越南建厂", lacks=("否认",), source="彭博社", subjects=("北辰电子",), not_subjects=("彭博社",)),),
        responses=(R("北辰电子", "deny", "否认"),),
    ),
    Case(
        "1-zh-hant-fouren-shougou-chuanwen",
        "星河科技否認收購雲帆汽車的傳聞，強調雙方從未有過接觸。",
        "2023-06-13",
        claims=(C("收購雲帆汽車", lacks=("否認",), source=None),),
        responses=(R("星河科技", "deny", ("否認", "從未有過接觸")),),
    ),
    # The body only answers; the title names what: the reply keeps its claim.
    Case(
        "1-en-claim-only-in-the-title",
        "Acme Motors on Tuesday called the story untrue and said its workers had nothing to fear.",
        "2024-03-05",
        title="Acme denies report it will close its Ohio plant",
        claims=(C("close its Ohio plant", lacks=("denies",), source=None),),
        responses=(R("Acme", "deny", "untrue"),),
    ),
    Case(
        "1-zh-claim-only-in-the-title",
        "星河科技今日回应称，消息不实，公司经营一切正常。",
        "2024-03-05",
        title="星河科技否认年底裁员三成的传闻",
        claims=(C("裁员三成", lacks=("否认",), source=None),),
        responses=(R("星河科技", "deny", "消息不实"),),
    ),
    Case(
        "1-en-reply-before-the-report",
        "Harbour Telecom confirmed it is in discussions with Norland Cable regarding a possible merger of their "
        "fibre networks, the company said on Friday.\n\n"
        "The confirmation follows a report by Danish business daily Borsen that the two groups are planning a "
        "joint venture worth more than 2 billion euros.",
        "2023-09-22",
        claims=(C("planning a joint venture", lacks=("confirmation follows", "Borsen"), source="Borsen"),),
        responses=(R("Harbour Telecom", "confirm", ("in discussions", "confirmed")),),
    ),
    Case(
        "1-en-declined-to-comment-on-another-story",
        "Acme Motors and Globex are understood to have held early talks about a merger of their truck units.\n\n"
        "Separately, Globex declined to comment on a Bloomberg report that it had been approached by Initech "
        "about a takeover of its battery business.",
        "2023-09-22",
        claims=(C("held early talks", source=None), C("approached by Initech", source="Bloomberg")),
        responses=(R("Globex", "no_comment", "declined to comment", to="approached by Initech"),),
    ),
    Case(
        "1-en-denied-that",
        "Globex denied on Monday that it was planning to close its Leeds factory.",
        "2023-09-22",
        claims=(C("planning to close its Leeds factory", lacks="denied", source=None),),
        responses=(R("Globex", "deny", "denied"),),
    ),
    Case(
        "1-zh-denied-the-move",
        "星河汽车周一否认将关闭利兹工厂。",
        "2023-09-22",
        claims=(C("关闭利兹工厂", lacks="否认", source=None),),
        responses=(R("星河汽车", "deny", "否认"),),
    ),
    # The rumour named as a noun phrase in the sentence before the reply ("网上有关 P 的说法引发关注。
    # 对此，X 回应…", "Rumours of P resurfaced. X said …"): the reply answers it, and it is the claim.
    Case(
        "1-zh-rumour-named-the-sentence-before",
        "近日，网上有关北辰手机将退出印度市场的说法引发关注。对此，北辰手机官方回应称，公司没有退出印度市场的计划。",
        "2023-06-06",
        claims=(C("退出印度市场", lacks=("回应",), source=None),),
        responses=(R("北辰手机", "deny", "没有退出印度市场的计划"),),
    ),
    Case(
        "1-en-rumour-named-the-sentence-before",
        "Rumours of a tie-up between Acme Motors and Globex resurfaced this week. Acme said it does not comment on "
        "market speculation.",
        "2023-06-06",
        claims=(C("tie-up between Acme Motors and Globex", source=None),),
        responses=(R("Acme", "no_comment", "does not comment"),),
    ),
]

# ---------------------------------------------------------------------------------
# 2. Attribution beyond a phrase list; a follow-up sentence of the same report is the
#    same claim.
# ---------------------------------------------------------------------------------

FAMILY_2 = [
    Case(
        "2-zh-leaker-with-latin-name",
        "知名爆料人 Tom Henderson 在推特上爆料称，北辰电子正在开发一款以北欧神话为背景的新作。",
        "2023-06-08",
        claims=(C("北欧神话为背景的新作", lacks=("爆料",), source="Tom Henderson"),),
    ),
    Case(
        "2-en-reported-on-tuesday-citing",
        "Acme Motors is considering a listing in Hong Kong, Bloomberg reported on Tuesday, citing people "
        "familiar with the matter.",
        "2023-06-08",  # a Thursday
        claims=(C("considering a listing in Hong Kong", lacks=("Bloomberg", "citing"), source="Bloomberg",
                  anonymous=True, on="2023-06-06"),),
    ),
    Case(
        "2-en-reported-on-monday-that",
        "The Information reported on Monday that Orbit Labs has cut its orders for headset displays by half.",
        "2023-06-08",
        claims=(C("cut its orders for headset displays", lacks=("reported",), source="The Information",
                  anonymous=False, on="2023-06-05"),),
    ),
    Case(
        "2-en-people-briefed-on",
        "According to people briefed on the plans, Nordwind Bank will cut about 1,200 jobs in Germany.",
        "2023-06-08",
        claims=(C("will cut about 1,200 jobs", lacks=("According", "briefed"), source=None, anonymous=True),),
    ),
    Case(
        "2-en-sources-told-reuters",
        "Sources told Reuters that Globex is preparing a bid for Helix Pharma.",
        "2023-06-08",
        claims=(C("preparing a bid for Helix Pharma", lacks=("told", "Reuters"), source="Reuters", anonymous=True),),
    ),
    Case(
        "2-en-citing-unnamed-sources-said",
        "The Information, citing unnamed sources, said Acme Motors' self-driving unit is raising $500 million "
        "at a $10 billion valuation.",
        "2023-06-08",
        claims=(C("raising $500 million", lacks=("citing", "unnamed sources"), source="The Information",
                  anonymous=True),),
    ),
    Case(
        "2-en-is-said-to",
        "Orbit Labs is said to be working on a smart ring that tracks sleep, with a launch planned for next year.",
        "2023-06-08",
        claims=(C("working on a smart ring", source=None),),
    ),
    Case(
        "2-en-reportedly",
        "Acme Motors has reportedly delayed the launch of its electric pickup truck to 2025.",
        "2023-06-08",
        claims=(C("delayed the launch of its electric pickup", source=None),),
    ),
    Case(
        "2-en-nested-citing-a-report",
        "Helix Pharma is in talks to license its obesity drug to a Chinese partner, Reuters said, citing a "
        "Nikkei report.",
        "2023-06-08",
        claims=(C("license its obesity drug", lacks=("Reuters", "Nikkei"), source="Nikkei"),),
    ),
    Case(
        "2-en-follow-up-the-papers-sources-said",
        "Nordwind Bank is exploring a sale of its asset-management arm, the Financial Times reported, citing "
        "people familiar with the matter. The unit could fetch as much as €2 billion, the paper's sources said.",
        "2023-06-08",
        claims=(C("exploring a sale of its asset-management arm", lacks=("Financial Times",),
                  source="Financial Times", anonymous=True),),
    ),
    Case(
        "2-en-follow-up-the-report-said",
        "The Information reported that Orbit Labs is designing its own AI chip for data centres. The report "
        "said the chip could be ready in 2025.",
        "2023-06-08",
        claims=(C("designing its own AI chip", lacks=("reported",), source="The Information"),),
    ),
    Case(
        "2-zh-juxi",
        "据悉，星河科技将于下月发布首款折叠屏手机，起售价约 6999 元。",
        "2023-06-08",
        claims=(C("将于下月发布首款折叠屏手机", lacks=("据悉",), source=None, subjects=("星河科技",)),),
    ),
    Case(
        "2-zh-yuanyin-zhiqingrenshi",
        "路透社援引两名知情人士的话报道，云帆汽车正与一家中东主权基金洽谈融资。",
        "2023-06-08",
        claims=(C("云帆汽车正与一家中东主权基金洽谈融资", lacks=("援引", "路透社", "报道"), source="路透社",
                  anonymous=True),),
    ),
    Case(
        "2-zh-bozhu-baoliao",
        "数码博主“芯片观察员”爆料，星河科技新款平板将搭载自研芯片。",
        "2023-06-08",
        claims=(C("新款平板将搭载自研芯片", lacks=("爆料",), source="芯片观察员"),),
    ),
    Case(
        "2-zh-wangyou-baoliao",
        "有网友在社交平台曝料称，蓝鲸汽车将在 6 月下调全系车型售价。",
        "2023-06-01",
        claims=(C("下调全系车型售价", lacks=("曝料",), source=None),),
    ),
    Case(
        "2-zh-baoliao-xianshi",
        "最新爆料显示，星河科技 X9 将配备一英寸大底主摄。",
        "2023-06-08",
        claims=(C("配备一英寸大底主摄", lacks=("爆料", "显示"), source=None),),
    ),
    Case(
        "2-zh-xiang-36kr-toulu",
        "一位接近星河科技的人士向 36氪 透露，公司正在筹备科创板上市。",
        "2023-06-08",
        claims=(C("筹备科创板上市", lacks=("透露", "人士"), source="36氪", anonymous=True),),
    ),
    Case(
        "2-zh-fenxishi-yuce",
        "华信证券分析师李明远预测，星河科技明年 AR 眼镜出货量将达到 50 万台。",
        "2023-06-08",
        claims=(C("出货量将达到 50 万台", lacks=("预测", "分析师"), source=("李明远", "华信证券")),),
    ),
    Case(
        "2-zh-meiti-cheng-headline",
        "媒体称：星河科技拟收购德国机器人公司RoboWerk\n\n星河科技成立于 2015 年，总部位于深圳。",
        "2023-06-08",
        claims=(C("星河科技拟收购德国机器人公司", lacks=("媒体称",), source=None),),
        no_claim_with=("成立于",),
    ),
    Case(
        "2-zh-follow-up-baodao-cheng",
        "据财联社报道，蓝海银行计划在年内关闭 30 家线下网点。报道称，相关网点主要集中在三四线城市。",
        "2023-06-08",
        claims=(C("关闭 30 家线下网点", lacks=("据财联社报道",), source="财联社"),),
    ),
    Case(
        "2-en-outlet-with-an-apposition",
        "Talks about a tie-up with Nordwind had taken place at a board meeting earlier this month, Handelsbote, "
        "the German business daily, reported, citing unnamed sources.",
        "2023-09-26",
        claims=(C("tie-up with Nordwind", lacks="Handelsbote", source="Handelsbote", anonymous=True),),
    ),
    Case(
        "2-zh-according-to-a-research-report",
        "7 月 13 日消息，根据 TrendPoint 最新的一份报告，星河汽车计划明年在墨西哥建设电池工厂。",
        "2023-07-13",
        claims=(C("计划明年在墨西哥建设电池工厂", lacks="报告", source="TrendPoint"),),
    ),
    Case(
        "2-zh-the-research-report-foresees",
        "韩国券商东海证券发布研究报告。报告指出，鉴于产能有限，星河电子可能不得不向北辰显示寻求面板供应。",
        "2023-07-13",
        claims=(C("可能不得不向北辰显示寻求面板供应", lacks="报告指出"),),
    ),
    Case(
        "2-zh-said-in-an-article",
        "新华日报在文章中指出，多家音乐平台可能将在下月取消数字专辑的重复购买功能。",
        "2023-07-13",
        claims=(C("取消数字专辑的重复购买功能", lacks=("文章中指出", "新华日报"), source="新华日报"),),
    ),
    Case(
        "2-zh-feedback-says",
        "据最新用户反馈，星河手机在新版系统中可能取消了语音关机功能。",
        "2023-07-13",
        claims=(C("取消了语音关机功能", lacks="反馈"),),
    ),
    Case(
        "2-en-wrote-in-a-note",
        "Analysts at Harbour Securities wrote in a note to clients that Globex could cut its dividend next year.",
        "2023-07-13",
        claims=(C("could cut its dividend", lacks="wrote in a note", source="Harbour Securities"),),
    ),
    Case(
        "2-zh-leaked-documents",
        "根据泄露的内部文件，星河科技计划在明年推出新款游戏主机。",
        "2023-07-13",
        claims=(C("计划在明年推出新款游戏主机", lacks=("泄露", "文件"), source=None, anonymous=True),),
    ),
    Case(
        "2-en-leaked-documents",
        "According to leaked internal documents, Globex plans to launch a new console next year.",
        "2023-07-13",
        claims=(C("plans to launch a new console", lacks="leaked", anonymous=True),),
    ),
    Case(
        "2-zh-leak-site-phrasings",
        "今天有博主放出了星河 14 的渲染图，从图中可以看到，新机将采用居中挖孔设计。\n\n"
        "另外，业内传出消息，星河将收购北辰游戏。\n\n"
        "有知情者向媒体透露，星河将裁员 10%。\n\n"
        "外媒报道，星河新作或将登陆 PC 平台。",
        "2023-07-13",
        claims=(
            C("居中挖孔设计", lacks="放出", source=None),
            C("收购北辰游戏", lacks="传出消息", anonymous=True),
            C("裁员 10%", lacks="知情者", anonymous=True),
            C("登陆 PC 平台", lacks="外媒报道", source=None),
        ),
    ),
    Case(
        "2-zh-passive-leak",
        "星河 14 Pro 的配置已经曝光，新机将搭载 2K 屏幕并支持 100W 快充。",
        "2023-07-13",
        claims=(C("新机将搭载 2K 屏幕", source=None, anonymous=True),),
    ),
    Case(
        "2-en-has-learned-and-a-bare-weekday",
        "Globex has hired advisers to explore a sale of its truck unit, Sky News has learned.\n\n"
        "Separately, Initech will cut 500 jobs, The Information reported Tuesday, citing an internal memo.",
        "2023-09-22",
        claims=(C("hired advisers", lacks="Sky News", source="Sky News"),
                C("cut 500 jobs", lacks=("Tuesday", "memo"), source="The Information")),
    ),
    Case(
        "2-en-citing-a-story-from",
        "A report from Bloomberg says that Globex will release a new console this year, citing a story from the "
        "Commercial Times.",
        "2023-03-11",
        claims=(C("release a new console this year", lacks="citing", source="Commercial Times"),),
    ),
    Case(
        "2-en-press-reports-said",
        "Press reports said last week that Globex plans to sell most of its shares in Initech.",
        "2023-03-11",
        claims=(C("sell most of its shares in Initech", lacks="Press reports", source=None, anonymous=True),),
    ),
    Case(
        "2-en-hearsay",
        "Rumor has it that Globex is working on a remake of its classic shooter.\n\n"
        "We also got word that Initech was pursuing legal action against the leaker.",
        "2023-09-22",
        claims=(C("working on a remake", lacks="Rumor", source=None, anonymous=True),
                C("pursuing legal action", lacks="got word", source=None, anonymous=True)),
    ),
    Case(
        "2-zh-hearsay",
        "坊间传闻星河正在重制其经典射击游戏。",
        "2023-09-22",
        claims=(C("重制其经典射击游戏", lacks="传闻", source=None, anonymous=True),),
    ),
    Case(
        "2-zh-handles-channels-and-foreign-media",
        "@数码闲聊站 称，星河 15 将首发 2 亿像素主摄。\n\n"
        "YouTube 频道 Moore's Law is Dead 在其最新视频中表示，北辰下一代显卡将采用 3nm 工艺。\n\n"
        "韩媒 TheElec 报道，星河已向南山电子下单采购 OLED 面板。\n\n"
        "知名分析师郭明錤在推特上表示，北辰明年将推出 AR 眼镜。",
        "2023-09-22",
        claims=(
            C("首发 2 亿像素主摄", lacks="称", source="数码闲聊站"),
            C("采用 3nm 工艺", lacks="视频", source="Moore's Law is Dead"),
            C("下单采购 OLED 面板", lacks="报道", source="TheElec"),
            C("推出 AR 眼镜", lacks="推特", source="郭明錤", subjects=("北辰",), not_subjects=("明年",)),
        ),
    ),
    Case(
        "2-zh-told-an-outlet-and-quoted-by-one",
        "据知情人士向界面新闻透露，星河汽车将在年底前完成新一轮融资。\n\n"
        "另外，彭博社引述消息人士称，北辰正考虑出售旗下芯片部门。\n\n"
        "南山一名高管透露，公司计划明年推出第二款车型。",
        "2023-09-22",
        claims=(
            C("完成新一轮融资", lacks="透露", source="界面新闻", anonymous=True),
            C("出售旗下芯片部门", lacks="引述", source="彭博社", anonymous=True),
            C("推出第二款车型", lacks="高管", source=None, anonymous=True),
        ),
    ),
    Case(
        "2-zh-more-leak-phrasings",
        "根据 GSMArena 给出的消息，星河 15 将配备 6000mAh 电池。\n\n"
        "网上曝光的一组谍照显示，北辰新车将采用贯穿式尾灯。\n\n"
        "数码博主@数码闲聊站今日爆料，南山 15 将首发 2 亿像素主摄。\n\n"
        "据悉，东湖 15 Pro 将搭载 2K 屏幕，售价或在 5000 元左右。\n\n"
        "此外，消息人士还透露，西岭新机将在年底量产。",
        "2023-09-22",
        claims=(
            C("6000mAh 电池", lacks="给出", source="GSMArena"),
            C("贯穿式尾灯", lacks="谍照", source=None, anonymous=True),
            C("2 亿像素主摄", lacks="爆料", source="数码闲聊站"),
            C("2K 屏幕", lacks="据悉", source=None),
            C("年底量产", lacks="透露", source=None, anonymous=True),
        ),
    ),
    Case(
        "2-en-credits-in-their-many-shapes",
        "Globex plans to cut 2,000 jobs, German newspaper Handelsblatt reported on Monday.\n\n"
        "In a note to clients, Harbour Securities analyst Jane Doe said Initech could announce a buyback.\n\n"
        "As first reported by Axios, Umbrella is planning to lay off 10% of staff.\n\n"
        "Hooli will unveil a foldable phone, reports Korea's ETNews.\n\n"
        "Per a report from 9to5Mac, Vandelay is working on a new tablet.",
        "2023-09-22",
        claims=(
            C("cut 2,000 jobs", lacks="Handelsblatt", source="Handelsblatt"),
            C("announce a buyback", lacks="analyst", source=("Jane Doe", "Harbour Securities")),
            C("lay off 10% of staff", lacks="Axios", source="Axios"),
            C("unveil a foldable phone", lacks="ETNews", source="ETNews"),
            C("working on a new tablet", lacks="9to5Mac", source="9to5Mac"),
        ),
    ),
    Case(
        "2-en-first-reported-by-below",
        "Globex is in talks to buy Initech, according to people familiar with the matter. The talks were first "
        "reported by The Wall Street Journal.",
        "2023-09-22",
        claims=(C("in talks to buy Initech", source="The Wall Street Journal", anonymous=True),),
    ),
    Case(
        "2-zh-first-reported-by-below",
        "知情人士透露，星河正在洽谈收购北辰。此事最早由晚点 LatePost 报道。",
        "2023-09-22",
        claims=(C("洽谈收购北辰", source="晚点 LatePost", anonymous=True),),
    ),
    Case(
        "2-en-unnamed-people-in-their-many-shapes",
        "Globex is preparing a bid for Initech, a person with direct knowledge of the matter said.\n\n"
        "Umbrella plans to close two plants, according to two people briefed on the plans.\n\n"
        "Hooli will cut 300 jobs, a senior executive who asked not to be named told the Daily Courier.",
        "2023-09-22",
        claims=(C("preparing a bid for Initech", lacks="person", source=None, anonymous=True),
                C("close two plants", lacks="briefed", source=None, anonymous=True),
                C("cut 300 jobs", lacks="executive", source="Daily Courier", anonymous=True)),
    ),    # "报道还称，…" / "The report also said …": the report just credited goes on to another
    # rumour, which names its own party: a claim of its own with that report's credit. A
    # detail that leans on the last claim ("该交易…", "the deal …") adds to it instead.
    Case(
        "2-zh-report-also-says-another-rumour",
        "据东方财经报道，星河科技正在洽谈收购云帆汽车。文章还称，北辰药业计划出售旗下两家医院。"
        "星河科技对此不予置评。北辰药业则否认了出售医院的说法。",
        "2023-09-22",
        claims=(C("洽谈收购云帆汽车", source="东方财经", anonymous=False),
                C("北辰药业计划出售旗下两家医院", lacks=("还称",), source="东方财经", anonymous=False)),
        responses=(R("星河科技", "no_comment", "不予置评", to="云帆汽车"),
                   R("北辰药业", "deny", "否认", to="医院")),
    ),
    Case(
        "2-en-report-also-said-another-rumour",
        "Globex is in talks to buy Nordwind Bank, the Daily Courier reported on Monday, citing people familiar with "
        "the matter. The report also said Initech is weighing a sale of its chip unit. Initech denied the report.",
        "2023-09-22",
        claims=(C("in talks to buy Nordwind Bank", source="Daily Courier", anonymous=True),
                C("Initech is weighing a sale of its chip unit", lacks=("also said",), source="Daily Courier",
                  anonymous=True)),
        responses=(R("Initech", "deny", "denied", to="chip unit"),),
    ),
    Case(
        "2-zh-report-also-says-a-detail",
        "据东方财经报道，星河科技正在洽谈收购云帆汽车。报道还称，该交易价格约为 30 亿元。",
        "2023-09-22",
        claims=(C("洽谈收购云帆汽车", source="东方财经"),),
        no_claim_with=("30 亿元",),
    ),
    Case(
        "2-en-report-also-said-a-detail",
        "Globex is in talks to buy Nordwind Bank, the Daily Courier reported on Monday. The report also said the "
        "deal could be announced as soon as next week.",
        "2023-09-22",
        claims=(C("in talks to buy Nordwind Bank", source="Daily Courier"),),
        no_claim_with=("next week",),
    ),
    # An outlet named, then unnamed people who go on with its account: the outlet stays the
    # source and the sources stay unnamed; not when the report's own reporters heard them, when
    # another outlet is named in between, or when a new paragraph just says "消息人士称"
    Case(
        "2-en-people-familiar-after-an-outlet",
        "Acme Motors is in talks to buy the parts maker Globex, the Harbor Journal reported on Monday. "
        "People familiar with the matter said Acme had also approached two rival bidders about a joint offer.",
        "2023-06-05",
        claims=(C("talks to buy the parts maker Globex", source="Harbor Journal"),
                C("approached two rival bidders", source="Harbor Journal", anonymous=True)),
        exact_claims=False,
    ),
    Case(
        "2-en-the-sources-said-next-paragraph",
        "Acme Motors is in talks to buy the parts maker Globex, the Harbor Journal reported on Monday, citing "
        "people familiar with the matter.\n\nPeople familiar with the talks also said a deal could be signed before the end of July.",
        "2023-06-05",
        claims=(C("talks to buy the parts maker Globex", source="Harbor Journal", anonymous=True),
                C("deal could be signed before the end of July", source="Harbor Journal", anonymous=True)),
        exact_claims=False,
    ),
    Case(
        "2-en-another-outlet-in-between",
        "Acme Motors is in talks to buy the parts maker Globex, the Harbor Journal reported on Monday. "
        "Globex did not reply to questions from the Evening Courier. "
        "People familiar with the matter said Acme had also approached two rival bidders about a joint offer.",
        "2023-06-05",
        outlet="Evening Courier",
        claims=(C("talks to buy the parts maker Globex", source="Harbor Journal"),
                C("approached two rival bidders", source=None, anonymous=True)),
        exact_claims=False,
        exact_responses=False,
    ),
    Case(
        "2-zh-xiaoxirenshi-after-an-outlet",
        "据晨星日报报道，云帆汽车正与星河科技洽谈合并事宜，交易估值约 200 亿元。"
        "消息人士称，星河科技还计划在今年年底前关闭其位于西安的电池工厂。",
        "2023-06-05",
        claims=(C("云帆汽车正与星河科技洽谈合并事宜", source="晨星日报"),
                C("关闭其位于西安的电池工厂", source="晨星日报", anonymous=True)),
        exact_claims=False,
    ),
    Case(
        "2-zh-lingyou-xiaoxirenshi-next-paragraph",
        "据晨星日报报道，云帆汽车正与星河科技洽谈合并事宜，交易估值约 200 亿元。\n"
        "另有知情人士透露，星河科技计划在今年年底前关闭其位于西安的电池工厂。",
        "2023-06-05",
        claims=(C("云帆汽车正与星河科技洽谈合并事宜", source="晨星日报"),
                C("关闭其位于西安的电池工厂", source="晨星日报", anonymous=True)),
        exact_claims=False,
    ),
    Case(
        "2-zh-bare-xiaoxirenshi-new-paragraph",
        "据晨星日报报道，云帆汽车正与星河科技洽谈合并事宜，交易估值约 200 亿元。\n"
        "消息人士称，星河科技计划在今年年底前关闭其位于西安的电池工厂。",
        "2023-06-05",
        claims=(C("云帆汽车正与星河科技洽谈合并事宜", source="晨星日报"),
                C("关闭其位于西安的电池工厂", source=None, anonymous=True)),
        exact_claims=False,
    ),
    Case(
        "2-zh-own-reporter-heard-it",
        "据晨星日报报道，云帆汽车正与星河科技洽谈合并事宜，交易估值约 200 亿元。"
        "记者从消息人士处获悉，星河科技计划在今年年底前关闭其位于西安的电池工厂。",
        "2023-06-05",
        outlet="蓝海财经",
        claims=(C("云帆汽车正与星河科技洽谈合并事宜", source="晨星日报"),
                C("关闭其位于西安的电池工厂", source=None, anonymous=True)),
        exact_claims=False,
    ),    # Later hearsay in a report that already told a rumour: "据悉" of a move not yet made
    # ("将裁员", "打算", "正与…商谈"), "is also understood to": more of the rumour, unnamed.
    # Not "据悉" before a plain detail in a report with no rumour, nor before someone's public word.
    Case(
        "2-zh-later-jvxi-claim",
        "据云帆财经报道，北辰电子计划在越南新建一座工厂。\n\n据悉，北辰电子明年将裁员一成。",
        "2023-06-05",
        claims=(C("越南新建一座工厂", source="云帆财经"), C("明年将裁员一成", source=None, anonymous=True)),
    ),
    Case(
        "2-zh-jvxi-in-plain-news-or-public-word",
        "星河科技今日发布了新款折叠屏手机，售价 8999 元起。\n\n据悉，首销活动将持续到本月底。"
        "据悉，星河科技董事长在发布会上称，公司将继续加大研发投入。",
        "2023-06-05",
        claims=(),
    ),
    Case(
        "2-en-later-also-understood-to",
        "Acme Motors plans to build a new plant in Vietnam, the Daily Courier reported on Monday.\n\n"
        "Acme is also understood to be planning to cut a tenth of its workforce next year.",
        "2023-06-05",
        claims=(C("new plant in Vietnam", source="Daily Courier"),
                C("cut a tenth of its workforce", source=None, anonymous=True)),
    ),
    # A rumour said to be going round: "Rumours have been swirling that P", "speculation has
    # mounted that P", "市场上一直流传着 P 的消息".
    Case(
        "2-en-rumours-have-been-swirling",
        "Rumors have been swirling that Cloudsail Games is working on a Starfall sequel. Cloudsail has now addressed "
        'the speculation, saying it has "nothing to announce at this time."',
        "2023-06-06",
        claims=(C("Cloudsail Games is working on a Starfall sequel", lacks=("swirling",), source=None, anonymous=True),),
        responses=(R("Cloudsail", "no_comment", "nothing to announce"),),
    ),
    Case(
        "2-en-speculation-has-mounted",
        "Speculation has mounted in recent weeks that Acme Motors will sell its truck unit.",
        "2023-06-06",
        claims=(C("Acme Motors will sell its truck unit", lacks=("mounted",), source=None, anonymous=True),),
    ),
    Case(
        "2-zh-liuchuan-zhe-xiaoxi",
        "市场上近来一直流传着北辰电子将出售其芯片业务的消息。",
        "2023-06-06",
        claims=(C("北辰电子将出售其芯片业务", lacks=("流传",), source=None, anonymous=True),),
    ),
    # -- genre probe, round ex-12d: gaming and gadget news credit leakers by role and pen name --
    Case(
        "2-zh-role-then-pen-name",
        "日前，业内人士“灰隼”在社交媒体上透露，《星际牧场2》将在明年登陆掌机平台。\n\n"
        "据知名爆料者「夜航」爆料称，蓝莓手机Q5将首发屏下摄像头。",
        "2024-05-10",
        claims=(
            C("登陆掌机平台", lacks=("灰隼", "透露"), source="灰隼", anonymous=False),
            C("首发屏下摄像头", lacks=("夜航",), source="夜航", anonymous=False),
        ),
    ),
    Case(
        "2-zh-dataminer-found-then-据其爆料",
        "近日，知名数据挖掘者“铁匠”在《迷雾港湾》最新补丁文件中发现了一个未公布资料片的代码。据其爆料，该资料片将新增两名角色，预计秋季推出。",
        "2024-05-10",
        claims=(C("未公布资料片", lacks=("铁匠",), source="铁匠", anonymous=False),),
        notes="据其爆料 goes on with the same leak: no second claim, and 其 is never a source",
    ),
    Case(
        "2-zh-screenshot-going-round-and-self-media",
        "近日，网上流传一张截图，声称手游《青铜纪》将于7月停止运营。\n\n"
        "此前有自媒体文章称，橙子电子已与海川汽车签署合作协议。",
        "2024-05-10",
        claims=(
            C("将于7月停止运营", lacks=("截图",), source=None, anonymous=True),
            C("签署合作协议", source=None, anonymous=True),
        ),
    ),
    Case(
        "2-en-leaker-or-researcher-after-the-claim",
        "Harbor Games is working on a remaster of Tidewalker, dataminer Cole Vance said in a post on X.\n\n"
        "Messaging app Pimble appears to be building a paid tier, according to code found by app researcher Nadia Kerr.",
        "2024-05-10",
        lang="en",
        claims=(
            C("remaster of Tidewalker", lacks=("dataminer",), source="Cole Vance", anonymous=False),
            C("building a paid tier", lacks=("according to",), source="Nadia Kerr", anonymous=False),
        ),
    ),
    Case(
        "2-en-reply-given-a-day-after-an-unknown-outlet-reported",
        "Corran Foods has no intention of selling its bakery arm, Chief Executive Lena Moss said on Thursday, "
        "a day after the Evening Courier reported the company was sounding out buyers.",
        "2024-05-10",
        lang="en",
        claims=(C("sounding out buyers", lacks=("no intention",), source="Evening Courier", anonymous=False),),
        responses=(R(("Corran Foods", "Lena Moss"), "deny", "no intention of selling"),),
        notes="whoever 'reported' what a party's reply follows is an outlet, known to the gazetteer or not",
    ),
]

# ---------------------------------------------------------------------------------
# 3. Responses beyond a phrase list.
# ---------------------------------------------------------------------------------

FAMILY_3 = [
    # Listed companies answer through the exchange: clarifications and investor-relations replies.
    Case(
        "3-zh-exchange-platform-reply",
        "针对云帆汽车将停产整顿的市场传闻，云帆汽车在上交所e互动平台表示，公司一切经营正常，相关信息请以公司公告为准。",
        "2023-05-01",
        claims=(C("将停产整顿", lacks=("针对",), source=None),),
        responses=(R("云帆汽车", "deny", "经营正常"),),
    ),
    Case(
        "3-zh-clarification-notice",
        "星河电子今晚发布澄清公告称，经公司自查，不存在媒体报道所称的大规模裁员情况。",
        "2023-05-01",
        claims=(C("大规模裁员", source=None),),
        responses=(R("星河电子", "deny", "不存在"),),
    ),
    Case(
        "3-en-exchange-clarification",
        "Acme Industries is in talks to acquire Globex, The Economic Times reported on Monday. In a clarification "
        "to the stock exchanges, Acme said it was not in any such discussions.",
        "2023-05-01",
        claims=(C("in talks to acquire Globex", source="The Economic Times"),),
        responses=(R("Acme", "deny", "not in any such discussions"),),
    ),
    Case(
        "3-en-no-decision-yet",
        "Responding to a query from the exchange on a media report that it plans to raise $1 billion, Nordwind Bank "
        "said it has not taken any decision on fundraising.",
        "2023-05-01",
        claims=(C("plans to raise $1 billion", source=None),),
        responses=(R("Nordwind", "partial", "not taken any decision"),),
    ),
    Case(
        "3-en-declined-to-discuss",
        "Acme Motors is in talks to buy a stake in Voltic, the Financial Times reported. Acme declined to discuss "
        "the matter.",
        "2023-06-08",
        claims=(C("in talks to buy a stake in Voltic", source="Financial Times"),),
        responses=(R("Acme", "no_comment", "declined to discuss"),),
    ),
    Case(
        "3-en-neither-confirm-nor-deny",
        "Nordwind Bank is preparing to sell its card unit, Reuters reported on Monday. A Nordwind spokesman would "
        "neither confirm nor deny the report.",
        "2023-06-08",
        claims=(C("preparing to sell its card unit", source="Reuters"),),
        responses=(R("Nordwind", "no_comment", "neither confirm nor deny"),),
    ),
    Case(
        "3-en-exploring-options",
        "Orbit Labs is weighing a sale of its drone arm, Bloomberg reported. Orbit Labs said it was exploring "
        "strategic options for the unit.",
        "2023-06-08",
        claims=(C("weighing a sale of its drone arm", source="Bloomberg"),),
        responses=(R("Orbit Labs", "partial", "exploring strategic options"),),
    ),
    Case(
        "3-en-quote-pure-speculation",
        'Acme Motors is weighing a bid for Globex, Bloomberg reported, citing people familiar with the matter. '
        '"This is pure speculation," an Acme spokeswoman said.',
        "2023-06-08",
        claims=(C("weighing a bid for Globex", source="Bloomberg", anonymous=True),),
        responses=(R("Acme", "deny", "pure speculation"),),
    ),
    Case(
        "3-en-quote-no-we-are-not",
        'Reuters reported on Tuesday that Nordwind Bank is preparing to pull out of retail banking in Poland. '
        '"No, we are not," Nordwind chief executive Anna Berg told reporters on Wednesday when asked whether '
        'the bank was leaving Poland.',
        "2023-06-08",
        claims=(C("pull out of retail banking in Poland", source="Reuters"),),
        responses=(R(("Nordwind", "Anna Berg"), "deny", "No, we are not"),),
    ),
    Case(
        "3-en-not-aware-of-any-proposal",
        "Globex is preparing a takeover offer for Acme Motors, according to people familiar with the matter. "
        "Acme said it is not aware of any proposal.",
        "2023-06-08",
        claims=(C("preparing a takeover offer", lacks=("according to",), source=None, anonymous=True),),
        responses=(R("Acme", "unaware", "not aware of any proposal"),),
    ),
    Case(
        "3-en-has-not-received-any-approach",
        "Helix Pharma has received a takeover approach from a US rival, Sky News reported. Helix said it has "
        "not received any such approach.",
        "2023-06-08",
        claims=(C("takeover approach from a US rival", source="Sky News"),),
        responses=(R("Helix", ("unaware", "deny"), "not received any such approach"),),
    ),
    Case(
        "3-en-declined-as-did",
        "Acme Motors is in talks to merge with Globex, the Financial Times reported. Acme declined to comment, "
        "as did Globex.",
        "2023-06-08",
        claims=(C("in talks to merge with Globex", source="Financial Times"),),
        responses=(R("Acme", "no_comment", "declined to comment"), R("Globex", "no_comment", ("as did", "declined"))),
    ),
    Case(
        "3-en-partial-met-but-no-price",
        'Bloomberg reported that Orbit Labs had held talks to buy Helix Robotics for $800 million. "We did meet '
        'them, but we never discussed a price," Orbit Labs chief executive Tom Hale said.',
        "2023-06-08",
        claims=(C("held talks to buy Helix Robotics", source="Bloomberg"),),
        responses=(R(("Orbit Labs", "Tom Hale"), "partial", "never discussed a price"),),
    ),
    Case(
        "3-en-does-not-comment-on-rumours",
        "Nordwind Bank is preparing a bid for a Dutch online lender, the Handelsblatt reported. Nordwind said "
        "it does not comment on market rumours.",
        "2023-06-08",
        claims=(C("preparing a bid for a Dutch online lender", source="Handelsblatt"),),
        responses=(R("Nordwind", "no_comment", "does not comment on market rumours"),),
    ),
    Case(
        "3-zh-weishoudao-tongzhi",
        "据财联社报道，监管部门拟要求云帆汽车暂停旗下车型的 OTA 升级。云帆汽车相关负责人表示，公司目前未收到相关通知。",
        "2023-06-08",
        claims=(C("暂停旗下车型的 OTA 升级", source="财联社"),),
        responses=(R("云帆汽车", "unaware", "未收到相关通知"),),
    ),
    Case(
        "3-zh-weishoudao-yaoyue",  # an offer or proposal not received: no information of the approach
        "据晨报报道，星河汽车正在洽谈收购蓝鲸电池。蓝鲸电池董事长在业绩说明会上表示，公司未收到任何收购要约。",
        "2025-03-01",
        claims=(C("洽谈收购蓝鲸电池", source="晨报"),),
        responses=(R("蓝鲸电池", "unaware", "未收到任何收购要约"),),
    ),
    Case(
        "3-en-not-received-offer",
        "Nova Motors is in talks to buy Bluewhale Batteries, the Morning Ledger reported, citing people familiar with "
        "the matter. Bluewhale's chairman told an earnings call that the company had not received any takeover offer.",
        "2025-03-01",
        claims=(C("in talks to buy Bluewhale Batteries", source="Morning Ledger"),),
        responses=(R("Bluewhale", "deny", "had not received any takeover offer"),),
    ),
    Case(
        "3-zh-xiaoxi-bushi",
        "网传星河科技将在年底前裁员 20%。星河科技相关人士表示，该消息不实。",
        "2023-06-08",
        claims=(C("年底前裁员 20%", lacks=("网传",), source=None),),
        responses=(R("星河科技", "deny", "消息不实"),),
    ),
    Case(
        "3-zh-xi-jia-xiaoxi",
        "有网友爆料称，蓝鲸汽车合肥工厂已全面停工。蓝鲸汽车官方微博随后发文称，上述内容系假消息。",
        "2023-06-08",
        claims=(C("合肥工厂已全面停工", lacks=("爆料",), source=None),),
        responses=(R("蓝鲸汽车", "deny", "系假消息"),),
    ),
    Case(
        "3-zh-bucunzai-wenti",
        "有消息称，蓝海银行多家网点出现储户取款困难。蓝海银行表示，不存在兑付问题，各网点业务正常。",
        "2023-06-08",
        claims=(C("取款困难", lacks=("消息称",), source=None, anonymous=True),),
        responses=(R("蓝海银行", "deny", "不存在兑付问题"),),
    ),
    Case(
        "3-zh-kaolv-suoyou-xuanze",
        "据彭博社报道，知情人士称，星河科技正考虑出售旗下芯片设计业务。星河科技发言人表示，公司会考虑所有选择，"
        "但目前尚未做出任何决定。",
        "2023-06-08",
        claims=(C("考虑出售旗下芯片设计业务", source="彭博社", anonymous=True),),
        responses=(R("星河科技", "partial", ("会考虑所有选择", "尚未做出任何决定")),),
    ),
    Case(
        "3-zh-quote-without-stance-verb",
        "据晚点报道，云帆汽车曾与星河科技商谈合并。云帆汽车 CEO 张远在采访中说：“我们从来没有和星河科技谈过合并。”",
        "2023-06-08",
        claims=(C("商谈合并", source="晚点"),),
        responses=(R(("云帆汽车", "张远"), "deny", "从来没有和星河科技谈过合并"),),
    ),
    Case(
        "3-zh-two-responders-no-comment",
        "据 36氪 报道，星河科技正在洽谈收购云帆汽车的电池业务。星河科技拒绝置评，云帆汽车则未回复记者的置评请求。",
        "2023-06-08",
        claims=(C("洽谈收购云帆汽车的电池业务", source="36氪"),),
        responses=(R("星河科技", "no_comment", "拒绝置评"), R("云帆汽车", "no_comment", "未回复")),
    ),
    Case(
        "3-zh-hant-xiaoxi-bushi",
        "有消息指，北辰電子將裁減三成員工。北辰電子回應稱，消息不實，公司並無裁員計劃。",
        "2023-06-08",
        claims=(C("裁減三成員工", source=None),),
        responses=(R("北辰電子", "deny", ("消息不實", "並無裁員計劃")),),
    ),
    Case(
        "3-en-described-as-speculation",
        "New Delhi, Aug 31 Shipping major Coastal Lines on Tuesday described the reports of a stake sale to "
        "Orion Capital as speculation.",
        "2023-08-31",
        title="Coastal Lines calls stake sale reports speculation",
        claims=(C("stake sale to Orion Capital"),),
        responses=(R("Coastal Lines", "deny", "speculation"),),
        exact_claims=False,
    ),
    Case(
        "3-en-called-the-story-baseless",
        "The Daily Courier reported that Globex will close its Leeds warehouse. Globex called the story baseless.",
        "2023-08-31",
        claims=(C("close its Leeds warehouse", source="Daily Courier"),),
        responses=(R("Globex", "deny", "baseless"),),
    ),
    Case(
        "3-zh-the-cause-named",
        "网传江城银行多地用户收到重复扣款短信。江城银行表示，系统升级导致少量用户收到了测试短信，资金不受影响。",
        "2023-04-29",
        claims=(C("收到重复扣款短信"),),
        responses=(R("江城银行", "confirm", "系统升级导致"),),
        exact_claims=False,
    ),
    Case(
        "3-en-the-cause-named",
        "The Daily Courier reported that Harbour Telecom customers lost service in a nationwide outage on Tuesday. "
        "Harbour Telecom said the outage was caused by a faulty software update.",
        "2023-04-29",
        claims=(C("nationwide outage"),),
        responses=(R("Harbour Telecom", "confirm", "caused by a faulty software update"),),
        exact_claims=False,
    ),
    Case(
        "3-zh-a-statement-then-says",
        "网传星河游戏将于下月关服。官方随后发布声明，称游戏将正常运营，请玩家不要相信谣言。",
        "2023-07-13",
        claims=(C("将于下月关服"),),
        responses=(R("星河游戏", "deny", ("正常运营", "谣言")),),
    ),
    Case(
        "3-en-a-statement-then-says",
        "Globex will close its Leeds plant, the Daily Courier reported. In a statement, the company said the report "
        "was false.",
        "2023-07-13",
        claims=(C("close its Leeds plant", source="Daily Courier"),),
        responses=(R("Globex", "deny", "false"),),
    ),
    Case(
        "3-zh-rumour-word-and-unaware-before-a-formula",
        "据报道，星河集团拟赴港上市。星河集团董秘表示，公司未收到任何相关通知，一切以公司公告为准。另有消息称星河手机将退出印度市场，"
        "星河手机方面向记者表示，该消息系谣传。",
        "2023-07-13",
        claims=(C("拟赴港上市", lacks="据报道", anonymous=True), C("退出印度市场")),
        responses=(R("星河集团", "unaware", "未收到", to="赴港上市"), R("星河手机", "deny", "谣传", to="退出印度市场")),
    ),
    Case(
        "3-en-representatives-for-both",
        "Globex is said to be nearing a deal for Initech. Representatives for Globex and Initech declined to comment.",
        "2023-09-22",
        claims=(C("nearing a deal for Initech"),),
        responses=(R("Globex", "no_comment", "declined to comment"), R("Initech", "no_comment", "declined to comment")),
    ),
    Case(
        "3-zh-but-staff-said",
        "安全研究人员发现星河汽车的数字钥匙存在中继攻击漏洞，可在十秒内解锁车辆。研究人员已经向星河汽车披露了该问题，但工作人员表示，"
        "这不构成一个重大风险。",
        "2023-09-22",
        claims=(C("数字钥匙存在中继攻击漏洞"),),
        responses=(R("星河汽车", ("deny", "partial"), "不构成一个重大风险"),),
    ),
    Case(
        "3-zh-generic-party-words",
        "据外媒报道，星河游戏新作将延期至明年发售。对此，开发商发言人拒绝置评。\n\n"
        "网传星河游戏将停服。对此，星河游戏运营团队表示，游戏运营一切正常，请玩家放心。",
        "2023-09-22",
        title="星河游戏新作被曝延期",
        claims=(C("延期至明年发售"), C("将停服")),
        responses=(R("星河游戏", "no_comment", "拒绝置评", to="延期"), R("星河游戏", "deny", "运营一切正常", to="停服")),
    ),
    Case(
        "3-en-generic-party-words",
        "Globex's next game will be delayed to next year, Eurogamer reported. The developer declined to comment.",
        "2023-09-22",
        claims=(C("delayed to next year", source="Eurogamer"),),
        responses=(R("Globex", "no_comment", "declined to comment"),),
    ),
    Case(
        "3-zh-will-not-and-investigating",
        "爆料称星河手机将取消耳机孔。星河手机产品经理在微博上回应网友：不会取消。\n\n"
        "另有网友称星河汽车存在刹车失灵问题。星河汽车方面对此回应，目前正在调查中。",
        "2023-09-22",
        claims=(C("取消耳机孔"), C("刹车失灵问题", subjects=("星河汽车",))),
        responses=(R("星河手机", "deny", "不会取消", to="耳机孔"), R("星河汽车", "no_comment", "正在调查", to="刹车")),
    ),
    Case(
        "3-en-will-not-and-investigating",
        "Globex will drop the headphone jack from its next phone, a leaker claimed. A Globex product manager replied: "
        "\"We won't remove it.\"\n\n"
        "Separately, owners reported brake failures in Initech cars, the Daily Courier reported. Initech said it was "
        "investigating the reports.",
        "2023-09-22",
        claims=(C("drop the headphone jack", lacks="leaker", source=None), C("brake failures", source="Daily Courier")),
        responses=(R("Globex", "deny", "won't remove it", to="headphone"),
                   R("Initech", "no_comment", "investigating", to="brake")),
    ),
    Case(
        "3-zh-abnormal-trading-notice",
        "有媒体报道星河股份将被北辰集团收购。星河股份晚间发布股票交易异常波动公告称，经自查，公司不存在应披露而未披露的重大事项。",
        "2023-09-22",
        claims=(C("将被北辰集团收购", lacks="有媒体报道", anonymous=True),),
        responses=(R("星河股份", "deny", "不存在应披露而未披露"),),
    ),
    Case(
        "3-en-not-aware-of-a-material-development",
        "Globex shares jumped after a report that it would be bought by Initech. In a regulatory filing, Globex said "
        "it was not aware of any material development that warranted disclosure.",
        "2023-09-22",
        claims=(C("bought by Initech"),),
        responses=(R("Globex", "unaware", "not aware of any material development"),),
    ),
    Case(
        "3-zh-hant-rumour-and-answer-in-one-sentence",
        "業界盛傳星河將在台灣設廠，星河總經理受訪時表示「沒有聽說」。",
        "2023-09-22",
        claims=(C("將在台灣設廠", lacks=("沒有聽說", "盛傳")),),
        responses=(R("星河", "unaware", "沒有聽說"),),
    ),
    Case(
        "3-zh-hant-no-such-thing-and-speculation",
        "市場傳出星河金控將出售旗下壽險公司，星河金控今日發布澄清稿，強調並無此事。\n\n"
        "據外電報導，北辰航空計畫明年裁員一成。北辰航空回應，相關報導純屬臆測。",
        "2023-09-22",
        claims=(C("出售旗下壽險公司", lacks="傳出"), C("裁員一成", source=None)),
        responses=(R("星河金控", "deny", "並無此事", to="壽險"), R("北辰航空", "deny", "純屬臆測", to="裁員")),
    ),
    Case(
        "3-en-rumour-and-answer-in-one-sentence",
        "Globex is rumoured to be planning a plant in Texas, but its chief executive told reporters he had not heard "
        "of any such plan.",
        "2023-09-22",
        claims=(C("planning a plant in Texas", lacks="not heard"),),
        responses=(R("Globex", "unaware", "not heard"),),
    ),
    Case(
        "3-en-asked-and-she-said-no",
        "Globex is rumoured to be pursuing legal action against the leaker. Fans asked Globex chief Jane Doe if it "
        "was true, and she said, \u201cNo, that story is made up from start to finish.\u201d",
        "2023-09-22",
        claims=(C("pursuing legal action"),),
        responses=(R("Globex", "deny", "made up from start to finish"),),
    ),
    Case(
        "3-en-pushed-back-played-down-committed",
        "Globex is considering closing its Ohio plant, the Daily Courier reported on Monday. Globex pushed back on the "
        "report.\n\nInitech will cut 1,000 jobs, the Daily Courier reported. Initech played down the rumours.\n\n"
        "Umbrella plans to shut its Leeds depot, the Daily Courier reported. An Umbrella spokesperson said the company "
        "\"remains fully committed\" to the depot.",
        "2023-09-22",
        claims=(C("closing its Ohio plant"), C("cut 1,000 jobs"), C("shut its Leeds depot")),
        responses=(R("Globex", "deny", "pushed back", to="Ohio"), R("Initech", "deny", "played down", to="1,000"),
                   R("Umbrella", "deny", "committed", to="Leeds")),
    ),
    Case(
        "3-zh-committed-and-played-down",
        "据南方日报报道，星河汽车考虑关闭其广州工厂。星河汽车回应称，公司将继续坚守广州工厂。",
        "2023-09-22",
        claims=(C("关闭其广州工厂", source="南方日报"),),
        responses=(R("星河汽车", "deny", "继续坚守"),),
    ),
    Case(
        "3-zh-staff-answer-far-below",
        "网传星河汽车的数字钥匙存在中继攻击漏洞，可在十秒内解锁车辆。攻击需要两台设备配合。第一台设备靠近车主的手机。"
        "第二台设备靠近车辆。两台设备之间通过网络转发信号。整个过程不需要接触车辆。所需硬件在网上就能买到。研究人员已公开演示。"
        "星河汽车工作人员表示，这不构成一个重大风险。",
        "2023-09-22",
        claims=(C("数字钥匙存在中继攻击漏洞"),),
        responses=(R("星河汽车", ("deny", "partial"), "不构成一个重大风险"),),
        exact_claims=False,
    ),
    Case(
        "3-en-quoted-formulas-without-a-stance-verb",
        "Globex is considering closing its Ohio plant, the Daily Courier reported. \"That is not on the table,\" a "
        "Globex spokesperson said.\n\nInitech is weighing a sale of its chip unit, the Daily Courier reported. "
        "\"We have nothing to add,\" an Initech spokesman said.\n\nUmbrella is in talks to buy Hooli, the Daily "
        "Courier reported. An Umbrella spokeswoman was unaware of any talks, saying: \"We have nothing to say on this.\"",
        "2023-09-22",
        claims=(C("closing its Ohio plant"), C("sale of its chip unit"), C("talks to buy Hooli")),
        responses=(R("Globex", "deny", "not on the table", to="Ohio"),
                   R("Initech", "no_comment", "nothing to add", to="chip"),
                   R("Umbrella", "unaware", "unaware of any talks", to="Hooli")),
    ),
    Case(
        "3-zh-quoted-formulas-without-a-stance-verb",
        "据南方日报报道，星河汽车考虑关闭其广州工厂。星河汽车发言人表示：“这不在我们的考虑范围内。”",
        "2023-09-22",
        claims=(C("关闭其广州工厂", source="南方日报"),),
        responses=(R("星河汽车", "deny", "不在我们的考虑范围内"),),
    ),
    Case(
        "3-zh-listed-company-replies",
        "有媒体报道称，星河股份将收购北辰科技。星河股份回复称，双方确有接触，但尚未签署任何协议。\n\n"
        "另有报道称，南山药业将出售旗下医院。南山药业晚间公告称，公司正在筹划出售相关资产，相关事项尚存在重大不确定性。\n\n"
        "市场传闻东湖电子获得大客户订单。东湖电子在互动平台表示，不便透露具体客户信息，具体以公司后续公告为准。",
        "2023-09-22",
        claims=(C("收购北辰科技"), C("出售旗下医院"), C("获得大客户订单")),
        responses=(R("星河股份", "partial", "确有接触", to="北辰"), R("南山药业", "partial", "正在筹划", to="医院"),
                   R("东湖电子", "no_comment", "不便透露", to="订单")),
    ),
    Case(
        "3-en-listed-company-replies",
        "Globex will buy Initech, the Daily Courier reported. In a filing, Globex said the two companies had held "
        "talks but had not signed any agreement.",
        "2023-09-22",
        claims=(C("buy Initech"),),
        responses=(R("Globex", "partial", "had held talks"),),
    ),
    # The reply told first, the rumour it answers after it ("此前有消息称…"): the reply is
    # read again once the claim is known, as English leads are ("Acme confirmed…. The
    # confirmation follows a report…"); a reply verb or a speaker frame must carry it.
    Case(
        "3-zh-reply-before-the-rumour",
        "6 月 5 日，星河科技回应称，公司目前没有出售成都工厂的计划。此前有消息称，星河科技正考虑出售其成都工厂。",
        "2023-06-05",
        claims=(C("考虑出售其成都工厂", lacks=("回应",), source=None, anonymous=True),),
        responses=(R("星河科技", "deny", "没有出售成都工厂的计划"),),
    ),
    Case(
        "3-zh-spokesman-reply-before-the-report",
        "云帆汽车相关负责人表示，公司近期并无赴港上市的安排。\n\n"
        "此前有媒体报道称，云帆汽车已秘密递交赴港上市申请，最快年内挂牌。",
        "2023-06-05",
        claims=(C("秘密递交赴港上市申请", lacks=("并无",)),),
        responses=(R("云帆汽车", "deny", "并无赴港上市的安排"),),
    ),
    Case(
        "3-en-confirmation-before-the-report",
        "Nordwind Bank confirmed on Tuesday that it was in early talks with Baltic Trust. The confirmation follows a "
        "Daily Courier report that the lender was weighing an offer for its smaller rival.",
        "2023-06-06",
        claims=(C("weighing an offer for its smaller rival"),),
        responses=(R("Nordwind Bank", "confirm", "in early talks"),),
    ),
    # A party named only by what it is ("the Bavarian carmaker", "这家深圳手机制造商"): the
    # responder is the claim's party it stands for; of several, the one the report
    # introduced by that kind.
    Case(
        "3-en-descriptor-declined",
        "Acme Motors is weighing the sale of its truck unit, the Daily Courier reported, citing people familiar "
        "with the matter.\n\nThe Bavarian carmaker declined to comment.",
        "2023-06-06",
        claims=(C("weighing the sale of its truck unit", source="Daily Courier"),),
        responses=(R("Acme Motors", "no_comment", "declined to comment"),),
    ),
    Case(
        "3-en-descriptor-of-two-parties",
        "Chipmaker Norland Semiconductor is in talks to buy Globex's sensor business, the Daily Courier reported, "
        "citing people familiar with the matter.\n\nThe Dutch chipmaker declined to comment.",
        "2023-06-06",
        claims=(C("in talks to buy Globex", source="Daily Courier"),),
        responses=(R("Norland Semiconductor", "no_comment", "declined to comment"),),
    ),
    Case(
        "3-zh-descriptor-declined",
        "据云帆财经报道，北辰电子正在考虑出售其芯片业务。这家深圳手机制造商拒绝置评。",
        "2023-06-06",
        claims=(C("考虑出售其芯片业务", source="云帆财经"),),
        responses=(R("北辰电子", "no_comment", "拒绝置评"),),
    ),
    Case(
        "3-zh-descriptor-of-two-parties",
        "据云帆财经报道，芯片制造商北辰半导体正与星河科技洽谈收购其传感器业务。该芯片制造商未回应记者的置评请求。",
        "2023-06-06",
        claims=(C("洽谈收购其传感器业务", source="云帆财经"),),
        responses=(R("北辰半导体", "no_comment", "未回应"),),
    ),
    # Two parties answering in clauses of one sentence, each named: one response each, each
    # with its own words and stance.
    Case(
        "3-en-two-parties-two-clauses",
        "Acme Motors is in talks to buy Globex's battery unit, the Daily Courier reported, citing people familiar "
        "with the matter.\n\nAcme declined to comment, but Globex denied it was in talks with anyone.",
        "2023-06-06",
        claims=(C("in talks to buy Globex", source="Daily Courier"),),
        responses=(R("Acme", "no_comment", "declined to comment"), R("Globex", "deny", "denied it was in talks")),
    ),
    Case(
        "3-en-two-parties-and-no-reply",
        "Acme Motors is in talks to buy Globex's battery unit, the Daily Courier reported, citing people familiar "
        "with the matter.\n\nAcme declined to comment, and Globex did not respond to a request for comment.",
        "2023-06-06",
        claims=(C("in talks to buy Globex", source="Daily Courier"),),
        responses=(R("Acme", "no_comment", "declined to comment"), R("Globex", "no_comment", "did not respond")),
    ),
    Case(
        "3-zh-two-parties-two-clauses",
        "据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子拒绝置评，星河科技也未回复记者的置评请求。",
        "2023-06-06",
        claims=(C("洽谈收购其芯片业务", source="云帆财经"),),
        responses=(R("北辰电子", "no_comment", "拒绝置评"), R("星河科技", "no_comment", "未回复")),
    ),
    Case(
        "3-zh-two-parties-deny-and-no-reply",
        "据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子未回应，星河科技否认了双方正在洽谈的说法。",
        "2023-06-06",
        claims=(C("洽谈收购其芯片业务", source="云帆财经"),),
        responses=(R("北辰电子", "no_comment", "未回应"), R("星河科技", "deny", "否认")),
        exact_claims=False,
    ),    # Answers in words the stance cues missed: silence and "no news to share" (no_comment),
    # a confirmation not given (no_comment, not confirm), contact admitted but the deal
    # not (partial), no dealings of any kind with the party named (deny).
    Case(
        '3-en-remained-silent',
        "Acme Motors is in talks to buy Globex's battery unit, the Daily Courier reported, citing people familiar with the matter.\n\nAcme has so far remained silent on the matter.",
        "2023-06-06",
        claims=(C('in talks to buy Globex', source='Daily Courier'),),
        responses=(R('Acme', 'no_comment', 'remained silent'),),
    ),
    Case(
        '3-zh-baochi-chenmo',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。截至发稿，北辰电子对此保持沉默。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'no_comment', '保持沉默'),),
    ),
    Case(
        '3-zh-wei-biaotai',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子至今未对此事表态。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'no_comment', '表态'),),
    ),
    Case(
        '3-zh-bingwei-zhengshi',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子并未证实这一消息。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'no_comment', '并未证实'),),
    ),
    Case(
        '3-zh-wufa-queren',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子方面表示无法确认该消息。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'no_comment', '无法确认'),),
    ),
    Case(
        '3-en-no-news-to-share',
        'Acme Motors is in talks to buy Globex\'s battery unit, the Daily Courier reported, citing people familiar with the matter.\n\n"We have no news to share at this time," an Acme spokesperson said.',
        "2023-06-06",
        claims=(C('in talks to buy Globex', source='Daily Courier'),),
        responses=(R('Acme', 'no_comment', 'no news to share'),),
    ),
    Case(
        '3-zh-meiyou-xiaoxi-fenxiang',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子发言人表示：“我们目前没有任何消息可以分享。”',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'no_comment', '可以分享'),),
    ),
    Case(
        '3-zh-youguo-jiechu-dan',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。星河科技则表示，双方确实有过接触，但尚未达成任何协议。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('星河科技', 'partial', '有过接触'),),
    ),
    Case(
        '3-en-held-talks-but-no-agreement',
        "Acme Motors is in talks to buy Globex's battery unit, the Daily Courier reported, citing people familiar with the matter.\n\nGlobex said the two sides had held preliminary discussions but no agreement had been reached.",
        "2023-06-06",
        claims=(C('in talks to buy Globex', source='Daily Courier'),),
        responses=(R('Globex', 'partial', 'preliminary discussions'),),
    ),
    Case(
        '3-en-no-decision-made',
        'Acme Motors is in talks to buy Globex\'s battery unit, the Daily Courier reported, citing people familiar with the matter.\n\nAcme said it was "always looking at opportunities" but had not made any decision.',
        "2023-06-06",
        claims=(C('in talks to buy Globex', source='Daily Courier'),),
        responses=(R('Acme', 'partial', ('decision', 'opportunities')),),
    ),
    Case(
        '3-en-not-been-approached',
        'Acme Motors is in talks to buy Globex\'s battery unit, the Daily Courier reported, citing people familiar with the matter.\n\nGlobex said it "has not been approached" by anyone about the unit.',
        "2023-06-06",
        claims=(C('in talks to buy Globex', source='Daily Courier'),),
        responses=(R('Globex', 'deny', 'not been approached'),),
    ),
    Case(
        '3-zh-congwei-jiu-shangtan',
        '据云帆财经报道，北辰电子正与星河科技洽谈收购其芯片业务。北辰电子随后发布澄清公告称，公司从未与星河科技就收购事宜进行过任何商谈。',
        "2023-06-06",
        claims=(C('洽谈收购其芯片业务', source='云帆财经'),),
        responses=(R('北辰电子', 'deny', '从未与星河科技'),),
    ),    # Colloquial verdicts on a rumour ("别信，假的", "纯属瞎编", "completely made up", "a hoax"):
    # deny; "has yet to comment (on the report)" as the whole clause: no_comment.
    Case(
        "3-en-made-up",
        "A new Starfall sequel is in development at Cloudsail Games, according to a report from Games Courier, citing sources.\n\nCloudsail CEO Jane Roe tweeted that the rumour is \"completely made up.\"",
        "2023-06-06",
        claims=(C("sequel is in development", source="Games Courier"),),
        responses=(R("Cloudsail", "deny", "made up"),),
    ),
    Case(
        "3-zh-bie-xin-jia-de",
        "有网友爆料称，北辰手机将在下月发布搭载自研芯片的新机。对此北辰手机总裁在微博上回复网友称：“别信，假的。”",
        "2023-06-06",
        claims=(C("下月发布搭载自研芯片的新机"),),
        responses=(R("北辰手机", "deny", "别信"),),
    ),
    Case(
        "3-zh-chunshu-xiabian",
        "有网友爆料称，北辰手机将在下月发布搭载自研芯片的新机。北辰手机产品经理随后在微博回复：纯属瞎编。",
        "2023-06-06",
        claims=(C("下月发布搭载自研芯片的新机"),),
        responses=(R("北辰手机", "deny", "瞎编"),),
    ),
    Case(
        "3-en-has-yet-to-comment",
        "A new Starfall sequel is in development at Cloudsail Games, according to a report from Games Courier, citing sources.\n\nCloudsail has yet to comment on the report.",
        "2023-06-06",
        claims=(C("sequel is in development", source="Games Courier"),),
        responses=(R("Cloudsail", "no_comment", "yet to comment"),),
    ),
    Case(
        "3-zh-zhijin-shangwei-huiying",
        "有网友爆料称，北辰手机将在下月发布搭载自研芯片的新机。截至发稿，北辰手机尚未回应。",
        "2023-06-06",
        claims=(C("下月发布搭载自研芯片的新机"),),
        responses=(R("北辰手机", "no_comment", "尚未回应"),),
    ),    # Reported speech that answers without a stance verb: operations going on as before
    # ("continue to operate as normal", "business as usual", "一切如常"), the report set against
    # the facts ("与事实不符"), "premature, no decisions" (partial); "该工作室" is the claim's party.
    Case(
        '3-en-continue-to-operate-as-normal',
        "Acme Motors plans to close its Ohio plant next year, the Daily Courier reported, citing people familiar with the matter.\n\nAcme said the Ohio plant would continue to operate as normal.",
        "2023-06-06",
        claims=(C('close its Ohio plant'),),
        responses=(R('Acme', 'deny', 'continue to operate'),),
    ),
    Case(
        '3-en-business-as-usual',
        "Acme Motors plans to close its Ohio plant next year, the Daily Courier reported, citing people familiar with the matter.\n\nAn Acme spokeswoman said it was \"business as usual\" at the plant.",
        "2023-06-06",
        claims=(C('close its Ohio plant'),),
        responses=(R('Acme', 'deny', 'business as usual'),),
    ),
    Case(
        '3-en-premature-no-decisions',
        "Acme Motors plans to close its Ohio plant next year, the Daily Courier reported, citing people familiar with the matter.\n\nAcme said the report was \"premature\" and that no decisions had been taken.",
        "2023-06-06",
        claims=(C('close its Ohio plant'),),
        responses=(R('Acme', 'partial', ('premature', 'no decisions')),),
    ),
    Case(
        '3-zh-yiqie-ruchang',
        "据云帆财经报道，北辰电子计划明年关闭其西安工厂。北辰电子相关负责人表示，目前工厂生产经营一切如常。",
        "2023-06-06",
        claims=(C('关闭其西安工厂'),),
        responses=(R('北辰电子', 'deny', '一切如常'),),
    ),
    Case(
        '3-zh-yu-shishi-bufu',
        "据云帆财经报道，北辰电子计划明年关闭其西安工厂。北辰电子回应称，报道内容与事实严重不符。",
        "2023-06-06",
        claims=(C('关闭其西安工厂'),),
        responses=(R('北辰电子', 'deny', '与事实严重不符'),),
    ),
    Case(
        '3-zh-descriptor-studio',
        "据外媒报道，云帆游戏正在开发《星海》续作。该工作室随后发表声明，称相关报道并不属实。",
        "2023-06-06",
        claims=(C('开发《星海》续作'),),
        responses=(R('云帆游戏', 'deny', '并不属实'),),
    ),    # No comment in so many words: "not in a position to say", "would only say", 无可奉告,
    # 不方便透露; a refusal whose object is quoted keeps its clause as the quote.
    Case(
        '3-en-not-in-a-position-to-say',
        "Acme Motors is exploring a sale of its truck unit, the Daily Courier reported on Monday, citing people familiar with the matter.\n\nReached by phone, Acme's chief financial officer, Tom Lee, said the company was \"not in a position to say anything.\"",
        "2023-06-06",
        claims=(C('sale of its truck unit'),),
        responses=(R('Acme', 'no_comment', 'not in a position to say'),),
    ),
    Case(
        '3-en-would-not-comment-quoted-object',
        "Acme Motors is exploring a sale of its truck unit, the Daily Courier reported on Monday, citing people familiar with the matter.\n\nAn Acme spokesman said the company would not comment on \"rumors and speculation.\"",
        "2023-06-06",
        claims=(C('sale of its truck unit'),),
        responses=(R('Acme', 'no_comment', 'would not comment'),),
    ),
    Case(
        '3-en-would-only-say',
        "Acme Motors is exploring a sale of its truck unit, the Daily Courier reported on Monday, citing people familiar with the matter.\n\nAcme would only say that it \"continually evaluates\" its portfolio.",
        "2023-06-06",
        claims=(C('sale of its truck unit'),),
        responses=(R('Acme', 'no_comment', ('only say', 'continually evaluates')),),
    ),
    Case(
        '3-zh-wuke-fenggao',
        "据云帆财经报道，北辰电子计划明年关闭其西安工厂。北辰电子相关负责人对此表示“无可奉告”。",
        "2023-06-06",
        claims=(C('关闭其西安工厂'),),
        responses=(R('北辰电子', 'no_comment', '无可奉告'),),
    ),
    Case(
        '3-zh-bu-fangbian-toulu',
        "据云帆财经报道，北辰电子计划明年关闭其西安工厂。北辰电子工作人员称，具体情况不方便透露。",
        "2023-06-06",
        claims=(C('关闭其西安工厂'),),
        responses=(R('北辰电子', 'no_comment', '不方便透露'),),
    ),    # A standing refusal: "never comments on rumours", "从不对市场传闻发表评论".
    Case(
        "3-en-never-comments-on-rumours",
        "Acme Motors is exploring a sale of its truck unit, the Daily Courier reported on Monday, citing people "
        "familiar with the matter.\n\nAn Acme spokeswoman said the company never comments on market rumours.",
        "2023-06-06",
        claims=(C("sale of its truck unit"),),
        responses=(R("Acme", "no_comment", "never comments"),),
    ),
    Case(
        "3-zh-congbu-pinglun-chuanwen",
        "据云帆财经报道，北辰电子计划明年关闭其西安工厂。北辰电子发言人表示，公司从不对市场传闻发表评论。",
        "2023-06-06",
        claims=(C("关闭其西安工厂"),),
        responses=(R("北辰电子", "no_comment", "从不对市场传闻发表评论"),),
    ),
    # -- genre probe, round ex-12d: how gadget and games news reports a reply --
    Case(
        "3-zh-phrase-quoted-inside-the-reply",
        "网传云杉航空将关闭西安客服中心。云杉航空相关负责人回复称，西安客服中心“正在进行业务调整”，但具体方案尚未确定。",
        "2024-05-10",
        claims=(C("关闭西安客服中心", source=None, anonymous=True),),
        responses=(R("云杉航空", "partial", "具体方案尚未确定"),),
        notes="a phrase quoted inside reported speech is not the whole reply; a move conceded with its details open is partial",
    ),
    Case(
        "3-en-phrase-quoted-inside-the-reply",
        "Lumio is winding down its Beam speakers, according to a report from Gadget Wire. "
        "Lumio told reporters that it has \"nothing to share\" about Beam's future but that existing speakers will keep working.",
        "2024-05-10",
        lang="en",
        claims=(C("winding down its Beam speakers", source="Gadget Wire"),),
        responses=(R("Lumio", ("no_comment", "partial"), "about Beam's future"),),
    ),
    Case(
        "3-zh-the-party-the-reporter-called",
        "有网友发现，某电商平台上架了《霜月传说》国行版的预售页面，标价268元。"
        "记者就此联系了国内代理商青松互娱，客服人员表示，国行版价格目前尚未公布，请以官方消息为准。\n\n"
        "网传云杉汽车将裁员。记者致电云杉汽车，客服人员表示，没有收到相关通知。",
        "2024-05-10",
        claims=(C("预售页面", source=None, anonymous=True), C("云杉汽车将裁员", source=None, anonymous=True)),
        responses=(
            R("青松互娱", "no_comment", "尚未公布", to="预售页面"),
            R("云杉汽车", "unaware", "没有收到", to="裁员"),
        ),
        notes="记者联系了/致电 X，客服人员表示…: X answers, though the claim did not name it",
    ),
]

# ---------------------------------------------------------------------------------
# 4. Digests: several items, each its own story; a response belongs to its own item.
# ---------------------------------------------------------------------------------

FAMILY_4 = [
    Case(
        "4-zh-numbered-jike-zaozhidao",
        "1、据 36氪 报道，知情人士透露，星河科技正在研发一款自研手机操作系统，最快年内亮相。\n\n"
        "2、云帆汽车回应赴港上市传闻：公司目前没有赴港上市的计划。\n\n"
        "3、据彭博社报道，北辰电子正考虑出售旗下显示面板业务。",
        "2023-05-10",
        title="极客早知道 2023 年 5 月 10 日",
        claims=(
            C("自研手机操作系统", source="36氪", anonymous=True, not_subjects=("北辰电子", "云帆汽车")),
            C("赴港上市", lacks=("回应",), not_subjects=("星河科技", "北辰电子")),
            C("出售旗下显示面板业务", source="彭博社", not_subjects=("星河科技", "云帆汽车")),
        ),
        responses=(R("云帆汽车", "deny", "没有赴港上市的计划", to="赴港上市"),),
    ),
    Case(
        "4-zh-headed-8dian1ke",
        "星河科技被曝自研芯片\n\n"
        "据 The Information 报道，星河科技已组建一支 300 人的芯片团队，计划 2025 年推出首款自研手机芯片。\n\n"
        "云帆汽车回应降价传闻\n\n"
        "近日有网友爆料称，云帆汽车将在下月对旗下全系车型降价 2 万元。对此，云帆汽车客服表示，目前未收到降价通知。\n\n"
        "蓝海银行将关闭部分网点\n\n"
        "蓝海银行发布公告称，将于 6 月底前关闭 5 家位于郊区的网点。",
        "2023-05-10",
        title="8点1氪｜星河科技被曝自研芯片；云帆汽车回应降价传闻；蓝海银行将关闭部分网点",
        claims=(
            C("芯片团队", source="The Information", not_subjects=("云帆汽车", "蓝海银行")),
            C("降价 2 万元", lacks=("爆料",), source=None, not_subjects=("星河科技", "蓝海银行")),
        ),
        # a heading restating its item's claim may add a second prediction of that claim
        exact_claims=False,
        no_claim_with=("郊区的网点",),
        responses=(R("云帆汽车", "unaware", "未收到降价通知", to="降价"),),
    ),
    Case(
        "4-zh-bracket-headed",
        "【云帆汽车被曝将推出 10 万元级车型】据 36氪 报道，云帆汽车正在开发一款售价 10 万元左右的入门级纯电轿车，预计明年上市。\n\n"
        "【星河科技回应裁员传闻】星河科技相关负责人回应称，网传“星河科技年底裁员 30%”的消息不实，公司目前经营正常。\n\n"
        "【蓝海银行一季度净利增长 8%】蓝海银行发布一季报，一季度实现净利润 52 亿元，同比增长 8%。",
        "2023-04-28",
        claims=(
            C("入门级纯电轿车", source="36氪", not_subjects=("星河科技", "蓝海银行")),
            C("年底裁员 30%", lacks=("回应",), source=None, not_subjects=("云帆汽车", "蓝海银行")),
        ),
        exact_claims=False,  # the bracketed headlines restate their item's claim
        no_claim_with=("52 亿元", "净利"),
        responses=(R("星河科技", "deny", "消息不实", to="裁员"),),
    ),
    Case(
        "4-en-numbered-morning-briefing",
        "1. Acme Motors is exploring a sale of its Ohio plant, Bloomberg reported on Monday, citing people "
        "familiar with the matter.\n\n"
        "2. Nordwind Bank plans to cut 900 jobs in its investment bank, according to an internal memo seen by "
        "Reuters. A Nordwind spokesman declined to comment.\n\n"
        "3. Orbit Labs shipped 2 million headsets in the first quarter, up 40% from a year earlier, according "
        "to IDC.",
        "2023-06-06",
        title="Morning Briefing: Acme, Nordwind, Orbit",
        claims=(
            C("exploring a sale of its Ohio plant", source="Bloomberg", anonymous=True, on="2023-06-05",
              not_subjects=("Orbit", "Nordwind")),
            C("cut 900 jobs", lacks=("according to",), source="Reuters", not_subjects=("Acme", "Orbit")),
        ),
        no_claim_with=("2 million headsets",),
        responses=(R("Nordwind", "no_comment", "declined to comment", to="900 jobs"),),
    ),
    Case(
        "4-en-headed-tech-briefing",
        "Orbit Labs readies smart ring\n\n"
        "Orbit Labs is preparing to launch a smart ring next spring, The Information reported, citing two "
        "people involved in the project.\n\n"
        "Globex answers takeover talk\n\n"
        "Globex said it was not aware of any approach after Sky News reported that the private equity firm "
        "Harbor Peak was considering an offer for the company.\n\n"
        "Nordwind opens Vienna office\n\n"
        "Nordwind Bank opened a new office in Vienna on Monday, adding 60 staff.",
        "2023-06-06",
        title="Tech morning briefing",
        claims=(
            C("launch a smart ring", source="The Information", anonymous=True, not_subjects=("Globex", "Nordwind")),
            C("considering an offer", lacks=("not aware",), source="Sky News", not_subjects=("Orbit", "Nordwind")),
        ),
        no_claim_with=("Vienna",),
        responses=(R("Globex", "unaware", "not aware of any approach", to="considering an offer"),),
    ),
]

# ---------------------------------------------------------------------------------
# 5. Clean fields: subjects are names, sources are named originators or None, claim
#    text starts at a clause boundary, a dateline is not part of a claim.
# ---------------------------------------------------------------------------------

FAMILY_5 = [
    Case(
        "5-zh-subject-not-zhengzai",
        "消息称，星河科技正在与云帆汽车洽谈成立合资公司。",
        "2023-06-08",
        claims=(C("洽谈成立合资公司", lacks=("消息称",), source=None, anonymous=True,
                  subjects=("星河科技", "云帆汽车"), not_subjects=("正在",)),),
    ),
    Case(
        "5-zh-subject-not-jijiang-tuichu",
        "据爆料，星河科技即将推出一款售价 999 元的智能手表。",
        "2023-06-08",
        claims=(C("智能手表", lacks=("爆料",), source=None, subjects=("星河科技",), not_subjects=("即将",)),),
    ),
    Case(
        "5-zh-subject-not-suowei",
        "有消息称，星河科技所谓的“百亿造车计划”已经暂停。",
        "2023-06-08",
        claims=(C("已经暂停", lacks=("消息称",), source=None, subjects=("星河科技",), not_subjects=("所谓",)),),
    ),
    Case(
        "5-zh-source-not-gai-bozhu",
        "根据博主“芯片观察员”的最新曝料，星河科技正在测试一款 200W 快充。该博主还称，这款快充将首发于年底发布的 X10。",
        "2023-06-08",
        claims=(C("200W 快充", lacks=("曝料",), source="芯片观察员"),),
    ),
    Case(
        "5-zh-source-not-zhiqian",
        "之前有爆料称，云帆汽车的首款 SUV 将在 9 月上市。",
        "2023-06-08",
        claims=(C("首款 SUV 将在 9 月上市", lacks=("爆料", "之前"), source=None),),
    ),
    Case(
        "5-zh-source-not-gongyinglian",
        "供应链消息称，星河科技下一代旗舰将采用潜望式长焦镜头。",
        "2023-06-08",
        claims=(C("潜望式长焦镜头", lacks=("消息称", "供应链"), source=None, anonymous=True),),
    ),
    Case(
        "5-zh-lead-in-renshi-cheng",
        "一位接近云帆汽车管理层的人士称，公司正在考虑将总部迁往上海。",
        "2023-06-08",
        claims=(C("将总部迁往上海", lacks=("人士", "称，"), source=None, anonymous=True),),
    ),
    Case(
        "5-zh-dateline-dian",
        "财联社 5 月 4 日电，据知情人士透露，星河科技拟在香港设立国际总部。",
        "2023-05-04",
        outlet="财联社",
        claims=(C("在香港设立国际总部", lacks=("日电", "透露"), source=("财联社", None), anonymous=True),),
    ),
    Case(
        "5-en-source-not-the-paper",
        "The Harbor Journal ran a long piece on Sunday about Acme Motors' troubled truck business. Acme is "
        "preparing to sell the unit, the paper reported, citing people familiar with the matter.",
        "2023-06-06",
        claims=(C("preparing to sell the unit", lacks=("the paper",), source="Harbor Journal", anonymous=True),),
    ),
    Case(
        "5-en-lead-in-said-that",
        "People familiar with the matter said that Acme Motors is close to naming a new chief executive.",
        "2023-06-06",
        claims=(C("close to naming a new chief executive", lacks=("said that", "familiar"), source=None,
                  anonymous=True, subjects=("Acme",)),),
    ),
    Case(
        "5-en-plain-dateline",
        "March 2, 2022 — Acme Motors is in talks to acquire the battery maker Voltic, Reuters reported, citing "
        "three people familiar with the matter.",
        "2022-03-02",
        claims=(C("in talks to acquire the battery maker Voltic", lacks=("2022", "March", "—"), source="Reuters",
                  anonymous=True),),
    ),
    Case(
        "5-en-subject-not-so-called",
        "Acme Motors' so-called Model Zero, a budget electric car, will go on sale next March, according to "
        "people familiar with the plans.",
        "2023-06-06",
        claims=(C("will go on sale next March", lacks=("according to",), source=None, anonymous=True,
                  subjects=("Acme",), not_subjects=("so-called",)),),
    ),
    Case(
        "5-zh-exposed-leaves-no-particle",
        "有网友在社交媒体上曝光了星河 12 的真机谍照，显示其将采用曲面屏。",
        "2023-07-13",
        claims=(C("星河 12 的真机谍照", lacks=("曝光", "网友"), source=None),),
    ),
    Case(
        "5-zh-a-firm-not-its-kind-or-report",
        "韩国券商东海证券日前发布了最新研究报告。报告指出，星河电子可能不得不向北辰显示寻求面板供应。\n\n"
        "另外，TrendPoint 的分析师在研究报告中称，星河手机明年的出货量可能下降一成。",
        "2023-07-13",
        claims=(C("向北辰显示寻求面板供应", source="东海证券"), C("出货量可能下降一成", source="TrendPoint")),
    ),
    Case(
        "5-zh-er-continues-the-same-claim",
        "消息人士称，星河及其合作伙伴北辰也会优先考虑美国，而材料供应商南山也在考虑于美国开设工厂。",
        "2023-07-13",
        claims=(C("优先考虑美国，而材料供应商南山也在考虑于美国开设工厂", anonymous=True),),
    ),
    Case(
        "5-en-while-continues-the-same-claim",
        "Globex and its partner Initech will favour the US, while supplier Umbrella is also considering a plant "
        "there, people familiar with the matter said.",
        "2023-07-13",
        claims=(C("while supplier Umbrella is also considering a plant", anonymous=True),),
    ),    # What a firm is, written before its name ("电动车制造商星河汽车", "芯片巨头北辰半导体",
    # "Chipmaker Globex", "Electric vehicle maker Globex"), is no part of the name: not in the
    # subjects, not in the responder.
    Case(
        "5-zh-descriptor-before-the-firm",
        "据东方财经报道，电动车制造商星河汽车正在与云帆科技洽谈合作。电动车制造商星河汽车回应称，消息不实。",
        "2023-07-13",
        claims=(C("正在与云帆科技洽谈合作", source="东方财经", subjects=("星河汽车", "云帆科技"),
                  not_subjects=("制造商",)),),
        responses=(R("星河汽车", "deny", "消息不实"),),
    ),
    Case(
        "5-zh-giant-before-the-firm",
        "据东方财经报道，芯片巨头北辰半导体计划在越南建厂。北辰半导体拒绝置评。",
        "2023-07-13",
        claims=(C("计划在越南建厂", subjects=("北辰半导体",), not_subjects=("巨头",)),),
        responses=(R("北辰半导体", "no_comment", "拒绝置评"),),
    ),
    Case(
        "5-en-descriptor-before-the-firm",
        "Chipmaker Globex is in talks to buy Nordwind, the Daily Courier reported. A spokesperson for chipmaker "
        "Globex declined to comment.",
        "2023-07-13",
        claims=(C("in talks to buy Nordwind", source="Daily Courier", subjects=("Globex", "Nordwind"),
                  not_subjects=("Chipmaker",)),),
        responses=(R("Globex", "no_comment", "declined to comment"),),
    ),
    Case(
        "5-en-several-word-descriptor",
        "Electric vehicle maker Globex is weighing a bid for Nordwind, people familiar with the matter said.",
        "2023-07-13",
        claims=(C("weighing a bid for Nordwind", subjects=("Globex", "Nordwind"), not_subjects=("Electric",)),),
    ),    # A page whose headline, and perhaps byline, runs into the first paragraph: the claim
    # starts where the body does.
    Case(
        "5-en-headline-glued-to-the-first-paragraph",
        "Globex to shut Leeds warehouse - report Globex plans to shut its Leeds warehouse next spring, the Daily "
        "Courier reported on Monday, citing people familiar with the matter. Globex declined to comment.",
        "2023-07-13",
        title="Globex to shut Leeds warehouse - report",
        claims=(C("plans to shut its Leeds warehouse", lacks=("- report", "to shut Leeds"), source="Daily Courier",
                  anonymous=True),),
        responses=(R("Globex", "no_comment", "declined to comment"),),
    ),
    Case(
        "5-en-headline-and-byline-glued",
        "Globex to shut Leeds warehouseBy Mary Poe, Staff WriterGlobex plans to shut its Leeds warehouse next "
        "spring, the Daily Courier reported on Monday.",
        "2023-07-13",
        title="Globex to shut Leeds warehouse",
        claims=(C("plans to shut its Leeds warehouse", lacks=("Poe", "Writer", "warehouseBy"), source="Daily Courier",
                  subjects=("Globex",), not_subjects=("Poe", "Writer")),),
    ),
    Case(
        "5-en-byline-glued-below-the-headline",
        "Globex to shut Leeds warehouse\nBy Mary Poe | July 13, 2023 Globex plans to shut its Leeds warehouse next "
        "spring, people familiar with the matter said.",
        "2023-07-13",
        title="Globex to shut Leeds warehouse",
        claims=(C("plans to shut its Leeds warehouse", lacks=("Poe", "2023"), anonymous=True, subjects=("Globex",),
                  not_subjects=("Poe",)),),
    ),
    Case(
        "5-zh-headline-glued-to-the-first-paragraph",
        "北辰药业被曝拟出售两家医院北辰药业计划出售旗下两家医院，交易最快下月宣布，知情人士透露。",
        "2023-07-13",
        title="北辰药业被曝拟出售两家医院",
        claims=(C("计划出售旗下两家医院", lacks=("被曝",), anonymous=True, subjects=("北辰药业",)),),
    ),
    # A count is not a name ("三家潜在买家"), nor a common noun that opens a sentence ("Talks about …").
    Case(
        "5-zh-count-is-not-a-subject",
        "星河科技正在考虑出售其手机业务，据彭博社报道。\n\n消息人士透露，星河科技已与三家潜在买家接触。",
        "2023-06-06",
        claims=(C("考虑出售其手机业务", source="彭博社"),
                C("已与三家潜在买家接触", subjects=("星河科技",), not_subjects=("三家",))),
    ),
    Case(
        "5-en-opening-noun-is-not-a-subject",
        "Talks about a merger with Globex took place at a board meeting earlier this month, the Daily Courier "
        "reported, citing unnamed sources.",
        "2023-06-06",
        claims=(C("merger with Globex", source="Daily Courier", subjects=("Globex",), not_subjects=("Talks",)),),
    ),
]

# ---------------------------------------------------------------------------------
# 6. Negatives (precision): no claim, and no wrong stance.
# ---------------------------------------------------------------------------------

FAMILY_6 = [
    Case(
        "6-en-own-announcement",
        "Acme Motors said it will open a battery plant in Kentucky next year, creating 1,500 jobs.",
        "2023-06-06",
    ),
    Case(
        "6-en-market-data",
        "Global smartphone shipments rose 5% in the second quarter, according to Canalys, with Orbit Labs "
        "gaining two points of market share.",
        "2023-07-20",
    ),
    Case(
        "6-en-background-and-opinion",
        "Nordwind Bank, founded in 1872, is Germany's fifth-largest lender by assets. Its shares have fallen 20% "
        "this year. Several analysts say the bank's cost-cutting strategy is sound.",
        "2023-06-06",
    ),
    Case(
        "6-en-outlet-citing-itself",
        "Acme Motors opened its new Texas plant on Monday, as Reuters first reported in January. The plant "
        "employs about 2,000 people.",
        "2023-06-06",
        outlet="Reuters",
    ),
    Case(
        "6-en-did-not-deny",
        "Acme Motors is in talks to buy Globex, Bloomberg reported. In a statement, Acme did not deny the report.",
        "2023-06-06",
        claims=(C("in talks to buy Globex", source="Bloomberg"),),
        exact_responses=False,
        forbid_stances=("deny",),
    ),
    Case(
        "6-en-declined-to-confirm-or-deny",
        "Bloomberg reported that Acme Motors had hired Harbor Peak Partners to find a buyer for its truck unit. "
        "Acme declined to confirm or deny the report.",
        "2023-06-06",
        claims=(C("find a buyer for its truck unit", source="Bloomberg"),),
        responses=(R("Acme", "no_comment", "declined to confirm or deny"),),
    ),
    Case(
        "6-zh-own-announcement-xuanbu",
        "星河科技今日宣布，将在武汉投资 50 亿元建设研发中心，预计 2025 年投入使用。",
        "2023-06-06",
    ),
    Case(
        "6-zh-market-data",
        "据 Canalys 数据，今年二季度国内智能手机出货量同比增长 5%，星河科技位列第三。",
        "2023-07-20",
    ),
    Case(
        "6-zh-background-facts",
        "星河科技成立于 2012 年，总部位于深圳，去年营收 320 亿元，员工超过 2 万人。",
        "2023-06-06",
    ),
    Case(
        "6-zh-opinion",
        "业内人士认为，价格战对整个新能源汽车行业的长期发展不利。",
        "2023-06-06",
    ),
    Case(
        "6-zh-outlet-citing-itself",
        "36氪获悉，星河科技今日在北京召开发布会，正式发布新款平板电脑，售价 2999 元。",
        "2023-06-06",
        outlet="36氪",
    ),
    Case(
        "6-zh-bing-wei-fouren",
        "据彭博社报道，星河科技正与云帆汽车洽谈合作造车。星河科技方面并未否认这一消息。",
        "2023-06-06",
        claims=(C("洽谈合作造车", source="彭博社"),),
        exact_responses=False,
        forbid_stances=("deny",),
    ),
    Case(
        "6-zh-jujue-zhengshi-huo-fouren",
        "据 The Information 报道，星河科技计划裁撤海外销售团队。对此，星河科技拒绝证实或否认。",
        "2023-06-06",
        claims=(C("裁撤海外销售团队", source="The Information"),),
        responses=(R("星河科技", "no_comment", "拒绝证实或否认"),),
    ),
    Case(
        "6-zh-a-research-report-s-figures",
        "市场研究机构星图数据发布十月应用下载榜。报告显示，星河短视频以超过 5600 万次下载排名第二，同比增长 12%。",
        "2023-11-13",
        claims=(),
    ),
    Case(
        "6-zh-a-detail-of-an-announcement",
        "星河租车宣布，将从北辰汽车订购 6.5 万辆电动汽车。据悉，这批新车订单将在五年内完成交付。",
        "2023-04-05",
        claims=(),
    ),    # The title again as a Markdown heading or a line of its own, perhaps after a byline,
    # with other punctuation or without the site's name: the title, not a claim of the body.
    Case(
        "6-zh-title-repeated-as-a-heading",
        "作者：李四\n\n## 云帆汽车被曝将关闭西安工厂，裁员约三千人\n\n"
        "6 月 5 日消息，据东方财经报道，云帆汽车计划关闭其西安工厂，裁员约三千人。\n\n云帆汽车对此不予置评。",
        "2023-06-05",
        title="云帆汽车被曝将关闭西安工厂 裁员约三千人 - 南方快讯",
        claims=(C("计划关闭其西安工厂", source="东方财经"),),
        responses=(R("云帆汽车", "no_comment", "不予置评"),),
        no_claim_with=("#", "被曝"),
    ),
    Case(
        "6-en-title-repeated-as-a-heading",
        "By Jane Roe\n\n## Globex Reportedly Weighing Sale Of Its Chip Unit\n\n"
        "Globex is weighing a sale of its chip unit, the Daily Courier reported on Monday, citing people familiar "
        "with the matter.",
        "2023-06-05",
        title="Globex reportedly weighing sale of its chip unit | Northern Tech Wire",
        claims=(C("weighing a sale of its chip unit", source="Daily Courier", anonymous=True),),
        no_claim_with=("#", "Reportedly"),
    ),
]


# ---------------------------------------------------------------------------------
# 7. The kinds of report users read that the families above do not cover: exchange
#    clarifications and investor-relations replies, Hong Kong and Taiwan Traditional
#    Chinese, digests whose item answers a rumour in its heading, leaked papers, a
#    one-word verdict, a takeover-code statement, "Reports that P are false".
# ---------------------------------------------------------------------------------

FAMILY_7 = [
    Case(
        "7-zh-clarification-notice-checked-by-the-company",
        "星河药业今日发布澄清公告。近日，有媒体报道称公司核心产品将被纳入集采，价格降幅或超过七成。"
        "经公司核实，上述报道内容不属实，公司未收到任何相关通知。",
        "2024-05-10",
        claims=(C("纳入集采", source=None, anonymous=True, subjects=("星河药业",)),),
        responses=(R("星河药业", "deny", "不属实"),),
    ),
    Case(
        "7-zh-exchange-inquiry-reply-names-the-rumour",
        "上交所日前就相关传闻向北辰矿业发出问询函。北辰矿业在回复中表示，关于公司拟出售锂矿资产的传闻，"
        "公司目前不存在应披露而未披露的重大事项。",
        "2024-05-10",
        claims=(C("出售锂矿资产", lacks=("问询函",), source=None, subjects=("北辰矿业",)),),
        responses=(R("北辰矿业", "deny", "不存在应披露而未披露"),),
        no_claim_with=("问询函",),
    ),
    Case(
        "7-zh-investor-question-on-a-platform",
        "有投资者在互动易平台提问：网传公司已进入某新能源车企供应链，是否属实？"
        "星河电子回复称，公司与多家整车厂保持沟通，具体合作情况请以公司公告为准。",
        "2024-05-10",
        claims=(C("进入某新能源车企供应链", lacks=("是否属实",), source=None, subjects=("星河电子",)),),
        responses=(R("星河电子", "no_comment", "以公司公告为准"),),
    ),
    Case(
        "7-zh-quoted-matter-taken-up",
        "针对“星河快递将全面涨价”一事，星河快递客服回应称，目前并未接到涨价通知。",
        "2024-05-10",
        claims=(C("星河快递将全面涨价", lacks=("针对", "一事"), source=None),),
        responses=(R("星河快递", "unaware", "并未接到涨价通知"),),
    ),
    Case(
        "7-zh-leaked-internal-mail",
        "一份流传的内部邮件显示，云帆集团将在年底前关闭上海研发中心。"
        "云帆集团相关负责人向记者表示，邮件内容不实，公司已报警处理。",
        "2024-05-10",
        claims=(C("关闭上海研发中心", lacks=("内部邮件",), source=None, anonymous=True, subjects=("云帆集团",)),),
        responses=(R("云帆集团", "deny", "不实"),),
    ),
    Case(
        "7-zh-blogger-and-a-one-word-verdict",
        "有博主在微博爆料称，星河手机下一代旗舰将首发2亿像素主摄。对此，星河手机产品经理在评论区回复“假的”。",
        "2024-05-10",
        claims=(C("首发2亿像素主摄", source=None, anonymous=True, subjects=("星河手机",)),),
        responses=(R("星河手机", "deny", "假的"),),
    ),
    Case(
        "7-zh-digest-item-answers-in-its-heading",
        "1. 据路透社报道，星河汽车计划在墨西哥建厂。\n2. 消息称，云帆手机下月将发布折叠屏新机。\n"
        "3. 东湖银行回应裁员传闻：系正常人员调整。",
        "2024-05-10",
        claims=(
            C("墨西哥建厂", source="路透社", subjects=("星河汽车",)),
            C("折叠屏新机", source=None, anonymous=True, subjects=("云帆手机",)),
            C("裁员", lacks=("回应",), source=None, subjects=("东湖银行",)),
        ),
        responses=(R("东湖银行", "partial", "正常人员调整", to="裁员"),),
    ),
    Case(
        "7-zh-hant-taiwan-media-and-no-comment",
        "台灣媒體報導，星河半導體將在高雄興建第三座先進封裝廠。對此，星河半導體表示，不評論市場傳聞，一切以公司公告為準。",
        "2024-05-10",
        claims=(C("高雄興建第三座先進封裝廠", source=None, subjects=("星河半導體",)),),
        responses=(R("星河半導體", "no_comment", "不評論市場傳聞"),),
        no_claim_with=("公司公告",),
    ),
    Case(
        "7-zh-hant-hong-kong-statement-later",
        "據了解，東海銀行擬裁減香港區約百名員工。東海銀行其後發聲明澄清，指有關報道失實，銀行並無裁員計劃。",
        "2024-05-10",
        claims=(C("裁減香港區約百名員工", source=None, anonymous=True, subjects=("東海銀行",)),),
        responses=(R("東海銀行", "deny", "失實"),),
    ),
    Case(
        "7-en-credit-at-the-end-then-the-company-s-formula",
        "Acme Inc has held preliminary talks to acquire software maker Initech, the Financial Times reported on "
        "Thursday. Acme said in a statement it does not comment on market rumours.",
        "2024-05-10",
        lang="en",
        claims=(C("preliminary talks to acquire software maker Initech", lacks=("Financial Times",),
                  source="Financial Times", subjects=("Acme",)),),
        responses=(R("Acme", "no_comment", "does not comment on market rumours"),),
    ),
    Case(
        "7-en-takeover-statement-confirms-the-approach",
        "The board of Northwind notes the recent press speculation and confirms that it is in discussions with "
        "Contoso regarding a possible offer for the company.",
        "2024-05-10",
        lang="en",
        claims=(C("in discussions with Contoso", lacks=("speculation",), source=None),),
        responses=(R("Northwind", "confirm", "confirms"),),
    ),
    Case(
        "7-en-a-statement-confirming-a-denial-is-no-claim",
        '"In response to media reports, we confirm that Northwind has not entered into any negotiation with '
        'Contoso," a company statement said.',
        "2024-05-10",
        lang="en",
        exact_claims=False,
        no_claim_with=("has not entered",),
        exact_responses=False,
    ),
    Case(
        "7-en-reports-that-p-are-false",
        "Reports that Initech will close its Austin office are untrue, the company said. "
        "Claims that Acme is preparing a bid for Globex are wide of the mark, a spokesman for Acme said.",
        "2024-05-10",
        lang="en",
        claims=(
            C("Initech will close its Austin office", lacks=("untrue", "Reports"), source=None),
            C("Acme is preparing a bid for Globex", lacks=("wide of the mark", "Claims"), source=None),
        ),
        responses=(
            R("Initech", "deny", "untrue", to="Austin"),
            R("Acme", "deny", "wide of the mark", to="bid for Globex"),
        ),
    ),
    Case(
        "7-en-reply-a-day-after-the-report",
        'Northwind Airlines said on Friday it was "not in talks" with any potential buyer, a day after Bloomberg '
        'News reported that the carrier was exploring a sale.',
        "2024-05-10",
        lang="en",
        claims=(C("exploring a sale", source="Bloomberg News", subjects=("Northwind",)),),
        responses=(R("Northwind Airlines", "deny", "not in talks"),),
    ),
    Case(
        "7-en-asked-about-reports-then-a-named-officer",
        'Asked about reports that the company was weighing a listing in Hong Kong, Globex chief financial '
        'officer Tom Lee said: "That is pure speculation."',
        "2024-05-10",
        lang="en",
        claims=(C("weighing a listing in Hong Kong", lacks=("Tom Lee", "said"), source=None),),
        responses=(R("Globex", "deny", "pure speculation"),),
    ),
    Case(
        "7-en-confirming-an-earlier-report-by",
        "Contoso confirmed on Wednesday that it had approached Fabrikam about a possible takeover, confirming an "
        "earlier report by The Times.",
        "2024-05-10",
        lang="en",
        claims=(C("approached Fabrikam", lacks=("confirmed",), source="The Times", subjects=("Contoso",)),),
        responses=(R("Contoso", "confirm", "confirmed"),),
    ),
    Case(
        "7-zh-notice-notes-the-reports-and-confirms-none",
        "北辰地产发布公告称，注意到近期有关公司将被收购的媒体报道，公司确认目前并无任何有关收购的磋商。",
        "2024-05-10",
        claims=(C("将被收购", lacks=("注意到", "确认"), source=None, subjects=("北辰地产",)),),
        responses=(R("北辰地产", "deny", "并无任何有关收购的磋商"),),
    ),
    Case(
        "7-zh-netizen-posts-a-paper-and-the-bank-disowns-it",
        "有网友在社交平台曝出东湖银行内部降薪文件，称员工绩效工资将下调三成。东湖银行相关负责人表示，网传文件并非该行文件。",
        "2024-05-10",
        claims=(C("绩效工资将下调三成", source=None, anonymous=True),),
        responses=(R("东湖银行", "deny", "并非该行文件"),),
        no_claim_with=("并非",),
    ),
    Case(
        "7-zh-credits-with-their-reporter-or-exclusive",
        "财联社记者从接近星河汽车的人士处获悉，星河汽车计划于明年在港股上市。\n\n"
        "据《晚点LatePost》独家报道，东湖电商正在内部测试一款即时零售应用。",
        "2024-05-10",
        claims=(
            C("港股上市", source="财联社", anonymous=True),
            C("即时零售应用", source="晚点LatePost"),
        ),
        exact_responses=False,
    ),
    Case(
        "7-zh-denied-a-move-of-its-own",
        "星河科技否认了将出售游戏业务的报道，并强调游戏业务是公司的核心战略之一。",
        "2024-05-10",
        claims=(C("出售游戏业务", lacks=("报道", "否认"), source=None, subjects=("星河科技",)),),
        responses=(R("星河科技", "deny", "否认"),),
    ),
    Case(
        "7-en-outlet-understands-and-it-is-understood",
        "Sky News understands that Globex has appointed Lazard to find a buyer for its German unit. "
        "Globex declined to comment.\n\n"
        'It is understood that Initech is preparing to shut two of its UK call centres. An Initech spokesman '
        'said: "We don\'t comment on speculation."',
        "2024-05-10",
        lang="en",
        claims=(
            C("appointed Lazard", lacks=("understands",), source="Sky News"),
            C("shut two of its UK call centres", lacks=("understood",), source=None, anonymous=True),
        ),
        responses=(
            R("Globex", "no_comment", "declined to comment", to="Lazard"),
            R("Initech", "no_comment", "comment on speculation", to="call centres"),
        ),
    ),
    Case(
        "7-en-a-company-understanding-something-is-no-credit",
        "Acme understands that customers want cheaper phones, and will cut prices next month.",
        "2024-05-10",
        lang="en",
        claims=(),
    ),
    Case(
        "7-en-per-sources-and-yet-to-respond",
        "Per sources, Umbrella is in the final stages of negotiations to buy a stake in Wayne Biotech. "
        "Umbrella has yet to respond to our request for comment.",
        "2024-05-10",
        lang="en",
        claims=(C("final stages of negotiations", lacks=("Per sources",), source=None, anonymous=True),),
        responses=(R("Umbrella", "no_comment", "yet to respond"),),
    ),
    Case(
        "7-en-nothing-decided-qualifies",
        "South Korea's Maeil Business Newspaper reported on Tuesday that Samsong is considering a bid for the chip "
        "designer. Samsong said nothing had been decided.",
        "2024-05-10",
        lang="en",
        claims=(C("considering a bid", source="Maeil Business Newspaper"),),
        responses=(R("Samsong", "partial", "nothing had been decided"),),
    ),
    Case(
        "7-zh-said-to-be-developing-and-a-flaw-that-was-found",
        "星河科技被曝正在研发智能眼镜，预计明年发布。星河科技对此不予置评。\n\n"
        "北辰汽车去年被曝出车机系统存在安全漏洞。",
        "2024-05-10",
        claims=(C("正在研发智能眼镜", lacks=("被曝",), source=None, anonymous=True, subjects=("星河科技",)),),
        responses=(R("星河科技", "no_comment", "不予置评"),),
        no_claim_with=("安全漏洞",),
    ),
    Case(
        "7-zh-screenshot-and-a-notice-that-denies",
        "网传截图显示，东湖外卖将向商家加收2%的技术服务费。东湖外卖客服表示，目前未收到相关通知，以平台公告为准。\n\n"
        "北辰手机官方微博发文辟谣称，网传“北辰手机将退出印度市场”系谣言，公司将依法追究造谣者责任。",
        "2024-05-10",
        claims=(
            C("加收2%的技术服务费", lacks=("截图",), source=None, anonymous=True),
            C("北辰手机将退出印度市场", lacks=("谣言",), source=None),
        ),
        responses=(
            R("东湖外卖", "unaware", "未收到相关通知", to="技术服务费"),
            R("北辰手机", "deny", "谣言", to="印度市场"),
        ),
    ),
    Case(
        "7-zh-hant-statement-calls-the-report-inaccurate",
        "東湖集團今日發表聲明，指近日有關集團將被私有化的報道並不準確，集團並未收到任何私有化建議。",
        "2024-05-10",
        claims=(C("將被私有化", lacks=("報道",), source=None, subjects=("東湖集團",)),),
        responses=(R("東湖集團", "deny", "並不準確"),),
    ),
    Case(
        "7-zh-nothing-that-can-be-disclosed",
        "另有消息人士称，云帆汽车正在考虑在欧洲设立第二工厂。云帆汽车方面表示暂无可以披露的信息。",
        "2024-05-10",
        claims=(C("欧洲设立第二工厂", source=None, anonymous=True),),
        responses=(R("云帆汽车", "no_comment", "暂无可以披露"),),
    ),
    Case(
        "7-zh-replies-that-bound-or-defer",
        "网传北辰超市将关闭全部北京门店。北辰超市公关负责人告诉记者，“只调整了两家门店，其他门店正常营业”。\n\n"
        "消息称，星河视频将上调会员价格。星河视频客服人员表示，暂时没有接到调价的通知，具体以官方公布为准。\n\n"
        "有消息指出，北辰航空计划订购50架新飞机。北辰航空对此表示暂不回应。",
        "2024-05-10",
        claims=(
            C("关闭全部北京门店", source=None, anonymous=True),
            C("上调会员价格", source=None, anonymous=True),
            C("订购50架新飞机", source=None, anonymous=True),
        ),
        responses=(
            R("北辰超市", "partial", "只调整了两家门店", to="北京门店"),
            R("星河视频", "unaware", "没有接到调价的通知", to="会员价格"),
            R("北辰航空", "no_comment", "暂不回应", to="新飞机"),
        ),
    ),
    Case(
        "7-zh-a-founder-leaving-is-not-yet-public",
        "据36氪报道，云帆科技创始人已离职。云帆科技随后在官方公众号发布声明称，该报道严重失实，公司已委托律师处理。",
        "2024-05-10",
        claims=(C("创始人已离职", source="36氪"),),
        responses=(R("云帆科技", "deny", "失实"),),
    ),
    Case(
        "7-zh-admitted-but-not-final-is-one-partial-answer",
        "知情人士透露，东湖游戏正在与一家中东主权基金洽谈融资。东湖游戏对此表示，确实正在接触多家投资方，但尚未最终确定。",
        "2024-05-10",
        claims=(C("中东主权基金洽谈融资", source=None, anonymous=True),),
        responses=(R("东湖游戏", "partial", "尚未最终确定"),),
    ),
    Case(
        "7-en-would-not-confirm-and-not-going-to-comment",
        "Acme is close to a deal to acquire Vandelay Industries, CNBC reported. Acme would not confirm the report.\n\n"
        'Fabrikam is weighing a bid for Northwind, Sky News reported. Fabrikam\'s chief executive said on a conference '
        'call that the company was "not going to comment on market speculation."',
        "2024-05-10",
        lang="en",
        claims=(
            C("acquire Vandelay Industries", source="CNBC"),
            C("weighing a bid for Northwind", source="Sky News"),
        ),
        responses=(
            R("Acme", "no_comment", "would not confirm", to="Vandelay"),
            R("Fabrikam", "no_comment", "not going to comment", to="Northwind"),
        ),
    ),
    Case(
        "7-en-according-to-a-named-outlet-is-not-anonymous",
        "Pixelphone will launch a subscription service in June, according to a report by 9to5Google.\n\n"
        "According to Bloomberg's sources, Globex will cut its dividend.",
        "2024-05-10",
        lang="en",
        claims=(
            C("subscription service in June", source="9to5Google", anonymous=False),
            C("Globex will cut its dividend", lacks=("sources",), source="Bloomberg", anonymous=True),
        ),
    ),
    Case(
        "7-zh-word-going-round-and-a-switchboard-answer",
        "坊间流传北辰物流将被拆分上市。记者致电北辰物流，接听电话的工作人员表示，“没有听说这个消息”。",
        "2024-05-10",
        claims=(C("拆分上市", lacks=("流传",), source=None, anonymous=True, subjects=("北辰物流",)),),
        responses=(R("北辰物流", "unaware", "没有听说"),),
    ),
    Case(
        "7-en-exchange-clarification-and-filing",
        'Globex Ltd clarified to the exchanges that the news about its plan to raise funds through a QIP was '
        '"speculative in nature".\n\n'
        "Initech said in an exchange filing on Friday that it was in preliminary discussions with Vandelay regarding "
        "a possible merger, responding to an Economic Times report.",
        "2024-05-10",
        lang="en",
        claims=(
            C("raise funds through a QIP", lacks=("speculative",), source=None),
            C("preliminary discussions with Vandelay", lacks=("responding",), source="Economic Times"),
        ),
        responses=(
            R("Globex", "deny", "speculative", to="QIP"),
            R("Initech", "partial", "preliminary discussions", to="Vandelay"),
        ),
    ),
    Case(
        "7-zh-games-leaker-and-publisher",
        "知名爆料人Tom Henderson表示，《星际远征2》将于明年3月发售。发行商云帆娱乐随后在官方Discord上澄清，该作的发售日期尚未确定。\n\n"
        "据外媒VGC报道，星河工作室的新作将在今年夏天公布。对此，星河工作室在推特上回应称，“我们目前没有什么可以分享的”。",
        "2024-05-10",
        claims=(
            C("明年3月发售", source="Tom Henderson", anonymous=False),
            C("今年夏天公布", source="VGC"),
        ),
        responses=(
            R("云帆娱乐", ("unaware", "partial", "no_comment"), "尚未确定", to="明年3月"),
            R("星河工作室", "no_comment", "没有什么可以分享", to="今年夏天"),
        ),
    ),
    Case(
        "7-zh-a-game-s-title-is-what-the-official-answers-for",
        "日前网上有消息称《北辰战记》将登陆Switch平台。不过官方很快就辟谣了，表示这只是玩家的猜测。",
        "2024-05-10",
        claims=(C("登陆Switch平台", source=None, anonymous=True, subjects=("北辰战记",)),),
        responses=(R("北辰战记", "deny", "辟谣"),),
    ),
    Case(
        "7-zh-confirmed-in-part-the-rest-kept",
        "此前有传闻称，星河娱乐将裁撤其上海工作室。星河娱乐发言人向IGN证实，公司确实进行了一些人员调整，但上海工作室将继续运营。\n\n"
        "对于网上流传的“星河汽车全员降薪”消息，星河汽车官方今日作出回应，称该消息系谣言，已报警处理。",
        "2024-05-10",
        claims=(
            C("裁撤其上海工作室", source=None, anonymous=True),
            C("星河汽车全员降薪", lacks=("称",), source=None),
        ),
        responses=(
            R("星河娱乐", "partial", "继续运营", to="上海工作室"),
            R("星河汽车", "deny", "谣言", to="降薪"),
        ),
    ),
    Case(
        "7-en-blog-credits-after-and-rumours-out-of-somewhere",
        "Apple is reportedly planning to bring back the Touch ID sensor on next year's iPhone, per a new report "
        "from Mark Gurman at Bloomberg.\n\n"
        "A new rumor out of China suggests that Pixelphone will ship a periscope camera on its next flagship.",
        "2024-05-10",
        lang="en",
        claims=(
            C("bring back the Touch ID sensor", lacks=("per a new report",)),
            C("periscope camera", lacks=("rumor",), source=None, anonymous=True),
        ),
    ),
    Case(
        "7-en-an-article-saying-and-the-company-s-own-inquiry",
        "Initech stock fell 5% on Monday following a Wall Street Journal article saying regulators were "
        "investigating the company's accounting practices.\n\n"
        '"We are aware of the speculation but we don\'t have anything to share at this time," a Contoso '
        "spokesperson said when asked about reports the company was preparing a new foldable.",
        "2024-05-10",
        lang="en",
        claims=(
            C("regulators were investigating", source="Wall Street Journal"),
            C("preparing a new foldable", source=None),
        ),
        responses=(R("Contoso", "no_comment", "anything to share", to="foldable"),),
    ),
    Case(
        "7-zh-hant-taiwan-supply-chain-and-analysts",
        "據業界消息，星河電子已取得北辰科技的先進製程訂單，預計明年量產。對此，星河電子發言體系表示，不回應市場臆測。\n\n"
        "供應鏈透露，雲帆光電下半年將調漲報價一成。雲帆光電表示，不評論單一客戶及價格。\n\n"
        "法人預估，東湖半導體第三季營收將季增兩成。",
        "2024-05-10",
        claims=(
            C("先進製程訂單", source=None, anonymous=True, subjects=("星河電子",)),
            C("調漲報價一成", source=None, anonymous=True, subjects=("雲帆光電",)),
            C("營收將季增兩成", source=None, subjects=("東湖半導體",)),
        ),
        responses=(
            R("星河電子", "no_comment", "不回應市場臆測", to="製程訂單"),
            R("雲帆光電", "no_comment", "不評論", to="報價"),
        ),
    ),
    Case(
        "7-zh-hant-hong-kong-reports-and-no-concrete-plan",
        "有報道指星河地產正洽售旗下商廈。星河地產回覆本報查詢時表示，不會評論市場傳聞。\n\n"
        "消息人士透露，北辰航空計劃明年在港上市，集資約50億元。北辰航空發言人表示，公司一直有研究不同的融資方案，但暫未有具體計劃。",
        "2024-05-10",
        claims=(
            C("洽售旗下商廈", source=None, anonymous=True),
            C("明年在港上市", source=None, anonymous=True),
        ),
        responses=(
            R("星河地產", "no_comment", "不會評論", to="商廈"),
            R("北辰航空", ("deny", "partial"), "暫未有具體計劃", to="上市"),
        ),
    ),
    Case(
        "7-en-briefing-headline-repeats-the-denial-below",
        "Morning Briefing: Acme denies merger talk; Globex said to weigh sale\n\n"
        "Acme denies merger talk\n"
        'Acme Corp on Monday denied a report in the Daily Planet that it was in merger talks with Vandelay. '
        '"There are no talks," a spokesman said.\n\n'
        "Globex said to weigh sale\n"
        "Globex is weighing a sale of its printing unit, people familiar with the matter said. Globex declined to comment.",
        "2024-05-10",
        lang="en",
        claims=(
            C("merger talks with Vandelay", source="Daily Planet"),
            C("sale of its printing unit", source=None, anonymous=True),
        ),
        responses=(
            R("Acme", "deny", ("There are no talks", "denied"), to="Vandelay"),
            R("Globex", "no_comment", "declined to comment", to="printing unit"),
        ),
    ),
    Case(
        "7-zh-a-view-of-the-move-just-announced",
        "星河汽车今日宣布，将在合肥建设第二工厂，总投资100亿元，预计2025年投产。星河汽车董事长表示，新工厂将主要生产纯电动车型。"
        "业内人士认为，此举将进一步巩固星河汽车在华东地区的布局。",
        "2024-05-10",
        claims=(),
    ),
    Case(
        "7-credits-after-the-claim-and-verification-notes",
        "星河汽车将推出全新子品牌，据36氪报道。一辆货车在高速公路上起火，据新华社报道。\n\n"
        "Initech plans to cut 300 jobs, according to a person familiar with the matter. Reuters could not "
        "immediately verify the report. Initech declined to comment.",
        "2024-05-10",
        claims=(
            C("全新子品牌", lacks=("据36氪",), source="36氪"),
            C("Initech plans to cut 300 jobs", lacks=("according to",), source=None, anonymous=True),
        ),
        responses=(R("Initech", "no_comment", "declined to comment", to="300 jobs"),),
        no_claim_with=("起火",),
    ),
    Case(
        "7-zh-an-announcement-that-bears-out-a-leak-and-a-community-reply",
        "此前曾有爆料称，北辰游戏的新作将登陆PS5平台。今日，北辰游戏官方宣布该作将于明年登陆PS5，证实了此前的爆料。\n\n"
        "有玩家在论坛发帖称，《云帆传说》将推出手游版本。官方随后在社区回复：“目前没有相关计划。”",
        "2024-05-10",
        claims=(
            C("登陆PS5平台", source=None, anonymous=True, subjects=("北辰游戏",)),
            C("推出手游版本", source=None, anonymous=True, subjects=("云帆传说",)),
        ),
        responses=(
            R("北辰游戏", "confirm", "证实", to="PS5"),
            R("云帆传说", "deny", "没有相关计划", to="手游"),
        ),
    ),
    Case(
        "7-en-unanswered-unconfirmed-and-authentic-but",
        "Globex is exploring a sale of its lab unit, Reuters reported. Calls to Globex went unanswered on Sunday.\n\n"
        "Nimbus is close to buying a stake in Vega Motors, Nikkei reported. Nimbus said it \"cannot confirm\" the report. "
        "The Information could not immediately confirm the report.\n\n"
        "Umbrella will raise prices next month, according to a leaked memo. An Umbrella representative said the memo "
        'was "authentic but outdated".',
        "2024-05-10",
        lang="en",
        claims=(
            C("sale of its lab unit", source="Reuters"),
            C("stake in Vega Motors", source="Nikkei"),
            C("raise prices next month", source=None, anonymous=True),
        ),
        responses=(
            R("Globex", "no_comment", "went unanswered", to="lab unit"),
            R("Nimbus", "no_comment", "cannot confirm", to="Vega"),
            R("Umbrella", "partial", "authentic but outdated", to="raise prices"),
        ),
    ),
    Case(
        "7-zh-listed-companies-in-talks-but-not-yet",
        "据财联社报道，星河新材拟收购一家锂电池企业。星河新材随后在投资者互动平台表示，公司确实在与相关方接洽，但尚未签署任何协议。\n\n"
        "知情人士称，云帆物流将于下周向港交所递交上市申请。云帆物流方面对此回应称，“公司有上市计划，但具体时间表尚未确定”。\n\n"
        "有消息称，东湖电气正在筹划重大资产重组。截至记者发稿，东湖电气未就此发布公告。",
        "2024-05-10",
        claims=(
            C("收购一家锂电池企业", source="财联社"),
            C("递交上市申请", source=None, anonymous=True),
            C("重大资产重组", source=None, anonymous=True),
        ),
        responses=(
            R("星河新材", "partial", "尚未签署任何协议", to="锂电池"),
            R("云帆物流", "partial", "尚未确定", to="上市申请"),
            R("东湖电气", "no_comment", "未就此发布公告", to="重组"),
        ),
    ),
    Case(
        "7-en-a-party-s-own-publication-is-no-report",
        "According to Acme's website, the new model will go on sale in June. According to the company's annual "
        "report, revenue rose 12% to $4.2 billion last year.",
        "2024-05-10",
        lang="en",
        claims=(),
    ),
    Case(
        "7-zh-foreign-media-reporter-s-own-and-options-under-review",
        "韩国媒体BusinessKorea报道称，星河电子已向北辰显示下达折叠屏面板订单。北辰显示方面拒绝证实该消息。\n\n"
        "据日经新闻报道，星河半导体正考虑在日本建设新工厂。星河半导体表示，“我们一直在评估各种选项，但尚未做出任何决定。”\n\n"
        "据21世纪经济报道记者了解，云帆保险正在与多家银行洽谈代销合作。",
        "2024-05-10",
        claims=(
            C("折叠屏面板订单", source="BusinessKorea"),
            C("日本建设新工厂", source="日经新闻"),
            C("洽谈代销合作", lacks=("记者",), source="21世纪经济报道", not_subjects=("多家银行",)),
        ),
        responses=(
            R("北辰显示", "no_comment", "拒绝证实", to="面板订单"),
            R("星河半导体", "partial", "尚未做出任何决定", to="新工厂"),
        ),
    ),
    Case(
        "7-en-the-outlet-s-report-said",
        "The Nikkei Asia report, which cited unnamed sources, said Nimbus would cut output by a third. Nimbus said "
        "it does not comment on production plans.\n\n"
        "A Bloomberg News report on Friday said Globex had hired advisers. Globex spokesman Tim Ross said the "
        "company does not comment on market rumours.",
        "2024-05-10",
        lang="en",
        claims=(
            C("cut output by a third", lacks=("report",), source="Nikkei Asia", anonymous=True),
            C("Globex had hired advisers", lacks=("report",), source="Bloomberg News"),
        ),
        responses=(
            R("Nimbus", "no_comment", "does not comment", to="output"),
            R("Globex", "no_comment", "does not comment", to="advisers"),
        ),
    ),
    Case(
        "7-credits-with-a-two-word-demonym-and-citing-insiders-after",
        "Acme will stop making TVs, South Korean newspaper Maeil reported. Acme denied the report. \"We have no plans "
        "to exit the TV business,\" an Acme spokesperson said.\n\n"
        "星河汽车将与云帆科技成立合资公司，据路透社援引知情人士报道。星河汽车对此回应称，“不予置评”。"
        "云帆科技则表示，双方确实在洽谈合作，但尚未签署任何协议。",
        "2024-05-10",
        claims=(
            C("stop making TVs", source="Maeil"),
            C("成立合资公司", lacks=("据路透社",), source="路透社", anonymous=True),
        ),
        responses=(
            R("Acme", "deny", ("no plans to exit", "denied"), to="TVs"),
            R("星河汽车", "no_comment", "不予置评", to="合资公司"),
            R("云帆科技", "partial", "尚未签署任何协议", to="合资公司"),
        ),
    ),
    Case(
        "7-en-verb-first-credits-bullets-and-a-confirmation-qualified-next",
        "Solace Beverages is close to a deal to buy energy drink maker Volt Brew for roughly $900 million, said a "
        "person familiar with the talks, who asked not to be identified. Volt Brew's founder said he was unaware of "
        "any talks.\n\n"
        "Good morning. Here's what you need to know. • Fenwick Bank is weighing a sale of its wealth unit, Reuters "
        "reports. • Ridley Media is in talks to buy podcast startup Echofy, per Axios.\n\n"
        "Kingsfield Mining confirmed on Monday that it is in early-stage talks with Durango Metals about a merger, "
        "following a Bloomberg report over the weekend. It said no agreement had been reached.\n\n"
        "Apple's next iPad Pro will switch to a titanium frame, according to analyst Ming-Chi Kuo. Apple has not commented.",
        "2024-05-10",
        lang="en",
        claims=(
            C("deal to buy energy drink maker Volt Brew", lacks=("person familiar",), source=None, anonymous=True),
            C("sale of its wealth unit", lacks=("Good morning",), source="Reuters"),
            C("buy podcast startup Echofy", lacks=("per Axios",), source="Axios"),
            C("early-stage talks with Durango Metals", source="Bloomberg"),
            C("titanium frame", source="Ming-Chi Kuo"),
        ),
        responses=(
            R("Volt Brew", "unaware", "unaware", to="Volt Brew"),
            R("Kingsfield Mining", "partial", ("confirmed", "no agreement"), to="Durango"),
            R("Apple", "no_comment", "has not commented", to="titanium"),
        ),
    ),
    Case(
        "7-en-a-named-insider-is-named-and-a-poll-is-no-rumour",
        "Nimbus Games is remaking its 2009 shooter, according to insider Tom Henderson. Business Insider first "
        "reported the hiring spree.\n\n"
        "Analysts expect the Federal Reserve to hold rates steady in June, according to a Reuters poll of economists.",
        "2024-05-10",
        lang="en",
        claims=(C("remaking its 2009 shooter", source="Tom Henderson", anonymous=False),),
        exact_claims=False,
        no_claim_with=("Federal Reserve",),
    ),
    Case(
        "7-zh-red-team-notices-checks-and-qualified-confirmations",
        "晚间，恒远药业发布澄清公告称，近日有媒体报道公司旗下减肥药HY-207三期临床数据造假，经核实，上述报道内容不属实。\n\n"
        "市傳大灣電訊擬以每股8元私有化，公司未有回應。\n\n"
        "有消息称航宇精工为某国产大飞机供应钛合金结构件。航宇精工回复称：公司确为该机型提供部分钛合金结构件，具体订单金额不便披露。\n\n"
        "网传蓝鲸物流将裁员30%。蓝鲸物流方面回应称，公司确实在进行组织架构调整，但裁员比例远没有传闻中那么高。",
        "2024-05-10",
        claims=(
            C("三期临床数据造假", lacks=("经核实",), source=None, subjects=("恒远药业",)),
            C("每股8元私有化", lacks=("未有回應",), source=None, anonymous=True),
            C("钛合金结构件", source=None, anonymous=True),
            C("裁员30%", source=None, anonymous=True),
        ),
        responses=(
            R("恒远药业", "deny", "不属实", to="临床数据"),
            R("大灣電訊", "no_comment", "未有回應", to="私有化"),
            R("航宇精工", "confirm", "确为该机型提供", to="钛合金"),
            R("蓝鲸物流", "partial", "远没有传闻中那么高", to="裁员"),
        ),
    ),
    Case(
        "7-zh-red-team-investor-question-and-leads-with-a-deadline",
        "有投资者在互动易平台提问，市场传闻公司正与华为洽谈鸿蒙座舱合作，是否属实？锦程电子回复称，公司目前未与华为开展相关合作，请以公司公告为准。\n\n"
        "據悉，鴻達精密已拿下北美電動車大廠新款車型的車身結構件訂單，最快明年首季出貨。對於相關訊息，鴻達精密表示不回應單一客戶訊息。",
        "2024-05-10",
        claims=(
            C("洽谈鸿蒙座舱合作", lacks=("是否属实",), source=None, subjects=("锦程电子",)),
            C("車身結構件訂單", source=None, anonymous=True, subjects=("鴻達精密",)),
        ),
        responses=(
            R("锦程电子", "deny", "未与华为开展相关合作", to="鸿蒙"),
            R("鴻達精密", "no_comment", "不回應", to="訂單"),
        ),
        forbid_stances=("confirm",),
    ),
    Case(
        "7-red-team-speakers-places-and-onlookers",
        "网传果核科技将裁员。果核科技一贯不对传闻作出回应。\n\n"
        "網傳遠洋匯通將出售貨櫃碼頭。遠洋匯通昨晚發聲明否認。\n\n"
        "有业内人士认为，新能源车价格战短期内难以结束，行业整合仍将持续。",
        "2024-05-10",
        claims=(
            C("果核科技将裁员", source=None, anonymous=True),
            C("出售貨櫃碼頭", source=None, anonymous=True),
        ),
        responses=(
            R("果核科技", "no_comment", "不对传闻作出回应", to="裁员"),
            R("遠洋匯通", "deny", "否認", to="碼頭"),
        ),
        no_claim_with=("价格战",),
    ),
    Case(
        "7-en-red-team-asked-about-a-report-and-places",
        'Asked about a report that the airline would order 40 widebody jets from Airbus, Skyline Air\'s chief '
        'executive said only that the fleet review would conclude "in the coming months."\n\n'
        "Acme will build a plant in Texas and hire staff in Hong Kong, Reuters reported.",
        "2024-05-10",
        lang="en",
        claims=(
            C("40 widebody jets from Airbus", lacks=("chief executive", "fleet review"), source=None),
            C("build a plant in Texas", source="Reuters", subjects=("Acme",), not_subjects=("Texas", "Hong Kong")),
        ),
        exact_responses=False,
    ),
    Case(
        "7-en-red-team-2-unnamed-groups-and-scoop-wording",
        "Bhavani Finserv is set to raise Rs 2,500 crore through a share sale next week, people aware of the matter "
        "said. Bhavani declined to comment.\n\n"
        "It is learnt that Suryoday Polymers is in advanced talks to acquire a stake in Krona Chemicals.\n\n"
        "Orvana Retail plans to shut 40 stores, industry sources said Tuesday.\n\n"
        "Nimbus will cut output, according to three current and former employees.\n\n"
        "Orbix is seeking a buyer, per two sources familiar with the deal.\n\n"
        "Sky News can exclusively reveal that Pemberton Leisure has appointed advisers to sell its hotels.\n\n"
        "Halcyon Studios is developing a sequel, a move first reported by Semafor.\n\n"
        "Marlow Bank is preparing to sell its card unit, I'm told.\n\n"
        "Polish newspaper Puls Biznesu reported last week that Veyra Appliances would close its Wroclaw plant.",
        "2024-05-10",
        lang="en",
        claims=(
            C("raise Rs 2,500 crore", lacks=("aware",), source=None, anonymous=True, not_subjects=("Rs",)),
            C("advanced talks to acquire a stake", lacks=("learnt",), source=None, anonymous=True),
            C("shut 40 stores", lacks=("industry sources",), source=None, anonymous=True),
            C("Nimbus will cut output", lacks=("employees",), source=None, anonymous=True),
            C("Orbix is seeking a buyer", lacks=("per two",), source=None, anonymous=True),
            C("appointed advisers", source="Sky News"),
            C("developing a sequel", lacks=("Semafor",), source="Semafor"),
            C("sell its card unit", lacks=("told",), source=None, anonymous=True),
            C("close its Wroclaw plant", source="Puls Biznesu"),
        ),
        responses=(R("Bhavani", "no_comment", "declined to comment", to="Rs 2,500"),),
    ),
    Case(
        "7-en-red-team-2-stopping-short-of-confirming",
        "Sorvik is in talks to buy Delmar, Reuters reported. Sorvik stopped short of confirming the talks, saying "
        "only that it reviews opportunities.",
        "2024-05-10",
        lang="en",
        claims=(C("talks to buy Delmar", source="Reuters"),),
        responses=(R("Sorvik", "no_comment", "stopped short of confirming", to="Delmar"),),
    ),
    Case(
        "7-en-red-team-2-a-studio-s-no-to-a-rumour",
        'Brightmoor Games is making a sequel to Lantern Hollow, according to a rumor. "We\'ve seen the chatter. '
        'We\'re not making a sequel right now, sorry!" the studio wrote.',
        "2024-05-10",
        lang="en",
        claims=(C("making a sequel to Lantern Hollow", lacks=("rumor",), source=None, anonymous=True),),
        responses=(R("Brightmoor Games", "deny", "not making a sequel", to="Lantern Hollow"),),
    ),
    Case(
        "7-zh-red-team-2-answers-of-facts-notices-and-hong-kong-leads",
        "针对外界传出鼎盛电子将砍单三成的消息，鼎盛电子昨天回应，目前订单能见度已看到第四季，产能仍维持满载。\n\n"
        "对于网传《幻海奇缘》将于年底停服的说法，游戏官方客服回应称：“游戏会正常运营，请玩家放心。”\n\n"
        "华光新能发布股票交易异常波动公告称，公司关注到市场传闻公司参与某固态电池项目投资，经核实，公司未参与该项目。\n\n"
        "有指，本地連鎖藥房康泰堂正部署來年在港分拆上市。康泰堂發言人回覆本報查詢時稱，集團一向不會就市場揣測作出評論。\n\n"
        "在资本市场，“据悉”“消息称”式的新闻屡见不鲜。笔者认为，投资者应理性看待各类传闻，以上市公司公告为准。",
        "2024-05-10",
        claims=(
            C("鼎盛电子将砍单三成", lacks=("回应",), source=None),
            C("将于年底停服", lacks=("说法",), source=None, subjects=("幻海奇缘",)),
            C("参与某固态电池项目投资", source=None, subjects=("华光新能",), not_subjects=("某固态电池项目投资",)),
            C("在港分拆上市", source=None, anonymous=True),
        ),
        responses=(
            R("鼎盛电子", ("partial", "deny"), "产能仍维持满载", to="砍单"),
            R("幻海奇缘", "deny", "正常运营", to="停服"),
            R("华光新能", "deny", "未参与该项目", to="固态电池"),
            R("康泰堂", "no_comment", "不會就市場揣測作出評論", to="分拆上市"),
        ),
        no_claim_with=("公告为准", "屡见不鲜"),
    ),
    Case(
        "7-en-red-team-2-weekday-titles-citing-people-and-a-paper-standing-by",
        "Castellan Foods said on Monday it \"does not comment on market speculation.\" The statement came after the "
        "Sunday Times reported that Castellan was exploring a sale of its frozen foods arm.\n\n"
        "Mint reported on Tuesday, citing two people aware of the development, that Orvana Retail plans to shut 40 "
        "loss-making stores.\n\n"
        "Halden Resources denied a Wall Street Journal report that it had approached Tarrow Mining about a merger. "
        "The Journal said it stands by its reporting.\n\n"
        "Actress Jana Morell is in final negotiations to star in Halcyon Studios' adaptation of Ember Tide, "
        "individuals close to the production say. Reps for Morell and Halcyon did not immediately respond.",
        "2024-05-10",
        lang="en",
        claims=(
            C("sale of its frozen foods arm", source="Sunday Times"),
            C("shut 40 loss-making stores", source="Mint", anonymous=True),
            C("approached Tarrow Mining", source="Wall Street Journal"),
            C("final negotiations to star", lacks=("individuals",), source=None, anonymous=True),
        ),
        exact_responses=False,
        no_claim_with=("stands by",),
    ),
    Case(
        "7-red-team-3-datelines-and-qualified-answers",
        "MUMBAI, May 10 (Reuters) - Vega Bank is likely to tighten rules on unsecured loans, three banking sources "
        "told Reuters.\n\n"
        "Fjordvik is bidding for the Oslo ferry contract, Dagens Naeringsliv reported. Fjordvik confirmed it had "
        "submitted a bid but declined to give details.\n\n"
        "Kessler Bau is preparing to shed a third of its workforce, business magazine Wirtschaftsblick reported, "
        "citing company insiders.\n\n"
        "Drugmaker Calloway Therapeutics is exploring options including a sale of the company, Bloomberg News reported.\n\n"
        "Daesan Electronics will invest 3 trillion won in a new chip plant, according to a regulatory filing.",
        "2024-05-10",
        lang="en",
        claims=(
            C("tighten rules on unsecured loans", lacks=("MUMBAI", "Reuters) -"), source="Reuters", anonymous=True,
              not_subjects=("MUMBAI",)),
            C("bidding for the Oslo ferry contract", source="Dagens Naeringsliv"),
            C("shed a third of its workforce", source="Wirtschaftsblick", anonymous=True),
            C("exploring options including a sale", source="Bloomberg News"),
        ),
        responses=(R("Fjordvik", "confirm", "confirmed", to="ferry"),),
        no_claim_with=("3 trillion won",),
    ),
    Case(
        "7-zh-red-team-3-datelines-hong-kong-and-taiwan-replies",
        "【中央社記者台北10日電】外電引述消息人士報導，晶達科技將在日本設廠。\n\n"
        "有報道指港聯通將出售旗下數據中心業務。港聯通發言人表示，目前未有任何出售決定。\n\n"
        "市場傳出國泰興金控有意併購華南聯合銀行。國泰興金控今（10）日澄清，目前並無任何併購計畫。華南聯合銀行也表示，未接獲任何洽詢。\n\n"
        "网传星河物流将关闭30%仓库。星河物流回应称，公司确实在优化仓网布局，但“关闭30%”的说法并不准确。\n\n"
        "业内人士分析认为，银行上调存量房贷利率的可能性不大。",
        "2024-05-10",
        claims=(
            C("在日本設廠", lacks=("中央社",), source=None, anonymous=True),
            C("出售旗下數據中心業務", source=None, anonymous=True),
            C("併購華南聯合銀行", source=None, anonymous=True),
            C("关闭30%仓库", source=None, anonymous=True),
        ),
        responses=(
            R("港聯通", "partial", "未有任何出售決定", to="數據中心"),
            R("國泰興金控", "deny", "並無任何併購計畫", to="併購"),
            R("華南聯合銀行", "unaware", "未接獲任何洽詢", to="併購"),
            R("星河物流", "partial", "并不准确", to="仓库"),
        ),
        no_claim_with=("房贷利率",),
    ),
    Case(
        "7-red-team-3-a-notice-confirming-in-part-and-an-action-bearing-out-a-report",
        "市場消息指，順捷物流正洽購港運通。港運通今日午間發公告證實，公司正與一名潛在買家進行初步磋商，但尚未訂立任何具約束力協議。\n\n"
        "Redgum Resources has rejected a takeover approach from Bellwether Mining, confirming a report in The "
        "Australian Financial Review.",
        "2024-05-10",
        claims=(
            C("洽購港運通", source=None, anonymous=True),
            C("rejected a takeover approach", lacks=("confirming",), source="Australian Financial Review"),
        ),
        responses=(
            R("港運通", "partial", "尚未訂立", to="洽購"),
            R("Redgum Resources", "confirm", "confirming", to="takeover"),
        ),
    ),
    Case(
        "7-red-team-4-pages-and-posts",
        "网传星河汽车将停产。星河汽车回应称，对此并不知情。\n\n"
        "据《电子日报》报道，启明芯片的5纳米工艺已经进入试产阶段。\n\n"
        "市场昨（19）日传出，联鼎电子有意收购晶采光电。\n\n"
        "Halcyon Media will cut 300 jobs, Variety reported. A Halcyon spokesperson said the figure was \"not accurate\".\n\n"
        "Earlier this month, an anonymous poster on a car forum claimed that Tessaline Motors has cancelled its budget Model R.\n\n"
        "“据报道”“知情人士透露”“网传”成了科技新闻里最常见的几个词。",
        "2024-05-10",
        claims=(
            C("星河汽车将停产", source=None, anonymous=True),
            C("进入试产阶段", source="电子日报"),
            C("收购晶采光电", lacks=("传出",), source=None, anonymous=True),
            C("cut 300 jobs", source="Variety"),
            C("cancelled its budget Model R", lacks=("poster",), source=None, anonymous=True),
        ),
        responses=(
            R("星河汽车", "unaware", "并不知情", to="停产"),
            R("Halcyon", "deny", "not accurate", to="300 jobs"),
        ),
        no_claim_with=("最常见",),
    ),
    # Round 5 probes (clarifications, investor-relations replies, Hong Kong and Taiwan press,
    # wires): an admission and then a "但" is a partial answer, in either script, and a
    # quoted aside 「市場傳言過於誇大」 names no new source.
    Case(
        "7-probe5-admission-then-but-with-staff-telling-an-outlet",
        "网传云杉科技成都研发中心将裁员四成。对此，云杉科技证券部工作人员向商业日报记者表示，公司确实对部分团队进行了调整，"
        "但不存在大规模裁员，网传数字与事实不符。",
        "2026-07-08",
        claims=(C("成都研发中心将裁员四成", source=None, anonymous=True),),
        responses=(R("云杉科技", "partial", "确实对部分团队进行了调整"),),
        no_claim_with=("确实", "事实不符"),
    ),
    Case(
        "7-probe5-traditional-admission-then-but-and-a-quoted-aside",
        "據供應鏈消息，晨星光電將於下半年調漲面板報價兩成。晨星光電總經理王大同今日在法說會上回應，確實會調整部分產品價格，"
        "但幅度不會到兩成，「市場傳言過於誇大」。",
        "2026-08-19",
        claims=(C("調漲面板報價兩成", source=None, anonymous=True),),
        responses=(R("晨星光電", "partial", "調整部分產品價格"),),
    ),
    Case(
        "7-probe5-a-notice-on-the-exchange-admits-contact-after-a-self-media-post",
        "6月19日，有自媒体发文称，晨曦重工拟以约20亿元收购一家意大利机床企业。6月20日，晨曦重工在上交所发布澄清公告称，"
        "公司确与该企业进行过初步接触，但双方尚未签署任何协议。",
        "2026-06-20",
        claims=(C("收购一家意大利机床企业", lacks=("自媒体",), source=None),),
        responses=(R("晨曦重工", "partial", "进行过初步接触"),),
    ),
    Case(
        "7-probe5-a-circle-where-the-rumour-comes-out",
        "法人圈傳出，封測廠立晶科技已拿下日系大廠先進封裝訂單，明年營收可望倍增。立晶科技今日發布重大訊息澄清，公司不評論單一客戶及訂單。",
        "2026-04-22",
        claims=(C("拿下日系大廠先進封裝訂單", lacks=("傳出",), source=None, anonymous=True),),
        responses=(R("立晶科技", "no_comment", "不評論"),),
    ),
    Case(
        "7-probe5-an-ir-reply-that-has-not-learnt-of-it",
        "据财经周刊援引知情人士报道，北辰光学正在洽谈出售其安防镜头业务。北辰光学在深交所互动易平台答复投资者提问时表示，"
        "公司未获悉相关信息，如有应披露事项，将严格履行信息披露义务。",
        "2026-09-03",
        claims=(C("出售其安防镜头业务", source="财经周刊", anonymous=True),),
        responses=(R("北辰光学", "unaware", "未获悉相关信息"),),
    ),
    Case(
        "7-probe5-a-filing-not-made-zh-and-en",
        "据医药日报报道，华岭制药的一款降压新药已向药监部门提交上市申请。华岭制药董秘在上证e互动回复投资者称，该产品仍处于三期临床阶段，"
        "尚未提交上市申请，请投资者以公司公告为准。\n\n"
        "Ardent Biotech has filed for a listing in Hong Kong, the Harbour Ledger reported. Ardent said it has not filed for a listing "
        "and has no timetable.",
        "2026-05-12",
        claims=(
            C("一款降压新药已向药监部门提交上市申请", source="医药日报"),
            C("filed for a listing in Hong Kong", source="Harbour Ledger"),
        ),
        responses=(
            R("华岭制药", "deny", "尚未提交上市申请", to="降压新药"),
            R("Ardent", "deny", "has not filed", to="Hong Kong"),
        ),
    ),
    Case(
        "7-probe5-a-credit-going-on-with-adding-that",
        "Corvid Motors held talks with Pelham Batteries about a joint battery venture, Nikkan Daily reported on Thursday, adding that "
        "the two sides discussed a price.\n\n"
        "Pelham said it was not aware of any talks.\n\n"
        "Brask Foods is weighing a sale of its frozen unit, German newspaper Tageskurier reported on Monday, adding that bids are due in June.",
        "2026-05-15",
        claims=(
            C("held talks with Pelham Batteries", lacks=("adding", "on Thursday"), source="Nikkan Daily"),
            C("weighing a sale of its frozen unit", lacks=("adding",), source="Tageskurier"),
        ),
        responses=(R("Pelham", "unaware", "not aware", to="Pelham Batteries"),),
    ),
    Case(
        "7-probe5-a-lead-answer-in-reported-speech-is-kept",
        "今日，青川市网信办辟谣称，网传“全市中小学明日停课”的截图系伪造。网传截图称，全市中小学将于明日起停课三天。"
        "青川市网信办表示，请勿轻信谣言。\n\n"
        "网传云帆银行将暂停房贷业务。云帆银行发布通报称，经核查，网传的“暂停房贷通知”系不法分子伪造。",
        "2026-07-01",
        title="网信办：停课截图系伪造",
        claims=(C("明日起停课三天", source=None, anonymous=True), C("暂停房贷业务", source=None, anonymous=True)),
        responses=(
            R("青川市网信办", "deny", "截图系伪造", to="停课"),
            R("云帆银行", "deny", "系不法分子伪造", to="房贷"),
        ),
        exact_responses=False,
    ),
]

FAMILIES = {1: FAMILY_1, 2: FAMILY_2, 3: FAMILY_3, 4: FAMILY_4, 5: FAMILY_5, 6: FAMILY_6, 7: FAMILY_7}
CASES = [case for family in FAMILIES.values() for case in family]

# What is never a subject, a source or a responder: function words, fragments and
# pronoun-like references (compared whitespace-free and case-insensitively).
BAD_NAMES = {
    "所谓", "正在", "即将", "即将推出", "该博主", "博主", "之前", "此前", "供应链", "公司", "该公司", "对此",
    "媒体", "该媒体", "该报", "报道", "知情人士", "消息人士", "人士", "网友", "其", "他", "她", "他们",
    "the", "it", "its", "he", "she", "they", "we", "the paper", "the newspaper", "the report", "the company",
    "the bank", "sources", "people", "people familiar", "a spokeswoman", "a spokesman", "spokeswoman",
    "spokesman", "so-called", "the ceo",
}
# Nor any name containing these.
BAD_NAME_PARTS = ("所谓", "正在", "即将", "该博主", "知情人士", "消息人士", "people familiar", "the paper", "so-called")
# How a claim never starts: a lead-in left behind.
BAD_STARTS_ZH = ("称", "，", "、", "：", "；", "”", "人士称", "表示", "透露", "爆料", "曝料", "报道称", "据")
BAD_STARTS_EN = ("that ", "said ", "says ", ", ", "— ", "- ", "reported ", "citing ")


# ---------------------------------------------------------------------------------


def _n(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").casefold()


def _is_bad_name(name: str | None) -> bool:
    n = _n(name)
    return len(n) < 2 or n in BAD_NAMES or any(_n(part) in n for part in BAD_NAME_PARTS)


def _name_matches(expected: str, got: str | None) -> bool:
    e, g = _n(expected), _n(got)
    return bool(e and g) and (e in g or g in e) and not _is_bad_name(got)


def _alternatives(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def _run(case: Case) -> dict:
    lang = case.lang or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in case.text) else "en")
    report = Report(text=case.text, title=case.title, outlet=case.outlet, language=lang,
                    published=PartialDate.parse(case.published))
    return extract(report).to_json()


def _clean_field_problems(got: dict) -> list[str]:
    """Family 5's rules hold in every case."""
    problems = []
    for i, claim in enumerate(got["claims"]):
        text = (claim["text"] or "").strip()
        if not text:
            problems.append(f"claim {i} has empty text")
            continue
        if text.startswith(BAD_STARTS_ZH) or text.casefold().startswith(BAD_STARTS_EN):
            problems.append(f"claim {i} starts with a lead-in: {text!r}")
        if re.match(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    r" \d{1,2}, \d{4}", text):
            problems.append(f"claim {i} starts with a dateline: {text!r}")
        for subject in claim["subjects"]:
            if _is_bad_name(subject):
                problems.append(f"claim {i} has a subject that is not a name: {subject!r}")
        if claim["source"] is not None and _is_bad_name(claim["source"]):
            problems.append(f"claim {i} has a source that is not a named originator: {claim['source']!r}")
    for j, response in enumerate(got["responses"]):
        if _is_bad_name(response["responder"]):
            problems.append(f"response {j} has a responder that is not a name: {response['responder']!r}")
        if not (response["quote"] or "").strip():
            problems.append(f"response {j} has an empty quote")
    return problems


def _claim_problems(case: Case, got: dict) -> tuple[list[str], dict[int, int]]:
    """Problems with the claims, and which extracted claim each expected one matched."""
    problems, matched = [], {}
    claims = got["claims"]
    for k, want in enumerate(case.claims):
        found = [i for i, c in enumerate(claims) if _n(want.has) in _n(c["text"]) and i not in matched.values()]
        if not found:
            problems.append(f"no claim containing {want.has!r}")
            continue
        i = found[0]
        matched[k] = i
        claim = claims[i]
        for lack in _alternatives(want.lacks):
            if lack and _n(lack) in _n(claim["text"]):
                problems.append(f"claim {i} should not contain {lack!r}: {claim['text']!r}")
        if want.source is not ANY:
            allowed = _alternatives(want.source)
            ok = any(claim["source"] is None if a is None else _name_matches(a, claim["source"]) for a in allowed)
            if not ok:
                problems.append(f"claim {i} source {claim['source']!r}, expected one of {allowed!r}")
        if want.anonymous is not None and claim["anonymous"] is not want.anonymous:
            problems.append(f"claim {i} anonymous {claim['anonymous']!r}, expected {want.anonymous!r}")
        for subject in want.subjects:
            if not any(_name_matches(subject, s) for s in claim["subjects"]):
                problems.append(f"claim {i} subjects {claim['subjects']!r} lack {subject!r}")
        for subject in want.not_subjects:
            if any(_n(subject) in _n(s) for s in claim["subjects"]):
                problems.append(f"claim {i} subjects {claim['subjects']!r} should not include {subject!r}")
        if want.on is not None and claim["reported_on"] != want.on:
            problems.append(f"claim {i} reported_on {claim['reported_on']!r}, expected {want.on!r}")
    if case.exact_claims and len(claims) != len(case.claims):
        problems.append(f"{len(claims)} claims, expected {len(case.claims)}")
    for bad in case.no_claim_with:
        for i, c in enumerate(claims):
            if _n(bad) in _n(c["text"]):
                problems.append(f"claim {i} should not exist (contains {bad!r}): {c['text']!r}")
    return problems, matched


def _response_problems(case: Case, got: dict) -> list[str]:
    problems, used = [], set()
    claims, responses = got["claims"], got["responses"]
    for want in case.responses:
        names = _alternatives(want.responder)
        candidates = [j for j, r in enumerate(responses)
                      if j not in used and any(_name_matches(n, r["responder"]) for n in names)]
        quotes = [_n(q) for q in _alternatives(want.quote)]
        best = [j for j in candidates if any(q in _n(responses[j]["quote"]) for q in quotes)] or candidates
        if not best:
            problems.append(f"no response by {want.responder!r}")
            continue
        j = best[0]
        used.add(j)
        r = responses[j]
        if r["stance"] not in _alternatives(want.stance):
            problems.append(f"response {j} by {r['responder']!r} stance {r['stance']!r}, expected {want.stance!r}")
        if not any(q in _n(r["quote"]) for q in quotes):
            problems.append(f"response {j} quote {r['quote']!r} should contain {want.quote!r}")
        to = want.to if want.to is not None else (case.claims[0].has if len(case.claims) == 1 else None)
        if r["claim"] is None:
            problems.append(f"response {j} by {r['responder']!r} is not linked to a claim")
        elif to is not None:
            if not (0 <= r["claim"] < len(claims)) or _n(to) not in _n(claims[r["claim"]]["text"]):
                linked = claims[r["claim"]]["text"] if 0 <= r["claim"] < len(claims) else r["claim"]
                problems.append(f"response {j} is linked to {linked!r}, expected the claim containing {to!r}")
    if case.exact_responses and len(responses) != len(case.responses):
        problems.append(f"{len(responses)} responses, expected {len(case.responses)}")
    for j, r in enumerate(responses):
        if r["stance"] in case.forbid_stances:
            problems.append(f"response {j} by {r['responder']!r} should not be {r['stance']!r}: {r['quote']!r}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_extraction_family(case: Case):
    got = _run(case)
    claim_problems, _ = _claim_problems(case, got)
    problems = claim_problems + _response_problems(case, got) + _clean_field_problems(got)
    shown = {"claims": got["claims"], "responses": got["responses"]}
    assert not problems, "\n".join(problems) + "\n\ngot: " + json.dumps(shown, ensure_ascii=False, indent=1)


def test_the_table_is_well_formed():
    """Ids are unique and every family has cases in both languages."""
    assert len({case.id for case in CASES}) == len(CASES)
    for number, family in FAMILIES.items():
        assert all(case.id.startswith(f"{number}-") for case in family)
        assert any("-en-" in case.id for case in family) and any("-zh-" in case.id for case in family)
    for case in CASES:
        for want in case.claims:
            assert want.has, case.id
        if len(case.claims) != 1:
            assert all(r.to is not None for r in case.responses), f"{case.id}: say which claim each response answers"


def test_nothing_to_share_answers_without_a_claim():
    """"目前没有任何消息可以分享" / "nothing to announce" is an answer in its own right: kept
    (with no claim) even when the report states none."""
    for text in ("最近不少玩家在讨论《星海》续作。对此，云帆游戏官方在推特上表示，目前没有任何消息可以分享。",
                 'Fans have been discussing a Starfall sequel. Asked about the rumours, Cloudsail said it has "nothing to '
                 'announce at this time."'):
        got = _run(Case("x", text, "2023-06-06"))
        assert [(r["responder"], r["stance"]) for r in got["responses"]] in (
            [("云帆游戏", "no_comment")], [("Cloudsail", "no_comment")]), got
