"""Cue phrases, data only: how reports attribute claims and how parties respond.

Every cue is (name, literal, pattern). `literal` lists plain substrings, separated by
"|", at least one of which every match of the pattern contains (lower-cased, for
English); "&" starts a further such group ("据&报道|消息": 据 and one of 报道, 消息),
for cues whose first word is common ("据" of 数据). The extractor finds them in a
sentence before it tries any regex. Substring tests are far cheaper than regexes, and most sentences
carry no cue at all. A pattern that adds a branch must add its literal, or the branch
never fires (tests/extract/test_cues.py checks this on our samples and the corpus). `name` is
what `--explain` shows as the cue that fired.

Attribution patterns may capture:
  src   the credited outlet, person or firm
  anon  present when the credit is to unnamed people
Where the proposition stands relative to the cue is the pattern's `where`:
  "after"  据彭博社报道，<claim> / Bloomberg reported that <claim>
  "before" <claim>, Bloomberg reported.
  "around" the claim is the sentence minus the cue (reportedly, 据悉)
"""

from __future__ import annotations

# Chinese -------------------------------------------------------------------------

# Separator-free run of a name in Chinese text: no sentence or clause punctuation.
_ZH_NAME = r"[^，。；：:,;！？!?“”\"「」\n]"
# Where a name can start: the sentence's start or after punctuation or a space. Trying every
# character as a start multiplies a lazy name's cost by the clause's length.
_ZH_START = r"(?:^|(?<=[，,。；;：:\s“”「」]))"

# Who a pen name belongs to: "知名爆料者“白鸦”", "业内人士「老鹰」", "数据挖掘者“银狐”"
_ZH_PEN_ROLE = (r"(?:据)?(?:知名|著名|资深|一位|一名|某位|有|另一位)?(?:游戏|数码|科技|汽车|手机)?"
                r"(?:爆料者|爆料人|爆料大神|业内人士|内部人士|数据挖掘者|数据挖掘大神|数据挖掘|挖掘者|解包者|博主|舅舅党|内鬼|推主|主播|UP主|分析师)")

ZH_ATTRIBUTION: tuple[tuple[str, str, str, str], ...] = (
    # (name, literal, where, pattern)
    # "据其爆料，…", "据他透露，…": the leaker just named goes on (before "据…报道" would credit "其")
    ("据其爆料", "据&其|他|她|该博主|该爆料", "after",
     r"(?:^|(?<=[，,。；\s]))(?:另|而|此外，?)?据(?:其|他|她|该博主|该爆料者|该爆料人)(?:的)?(?:最新)?(?:爆料|透露|消息|说法|介绍|描述)(?:称|显示)?[，,：:]"),
    # "业内人士“老鹰”在社交媒体上透露，…": a role, then the pen name it goes by, is a named credit
    ("爆料者“X”透露", "“|「&透露|爆料|称|表示|指出|曝光|放出消息", "after",
     rf"{_ZH_START}{_ZH_PEN_ROLE}\s*[“「](?P<src>[^”」，。]{{2,20}})[”」]\s*(?:近日|日前|此前|最新|今日|也|还|则|再次|随后)?"
     rf"(?:在[^，。；“”]{{1,16}}?)?(?:发文|发帖|发推|发视频|直播时)?(?:爆料称|爆料|透露称|透露|声称|称|表示|指出|曝光了?|放出消息称)[，,：:]"),
    # "数据挖掘者“银狐”在补丁文件中发现了…": what the named dataminer found is the claim
    ("挖掘者“X”发现", "“|「&发现|找到|挖出|解包出", "after",
     rf"{_ZH_START}{_ZH_PEN_ROLE}\s*[“「](?P<src>[^”」，。]{{2,20}})[”」]\s*(?:近日|日前|此前|最新|今日|也|还|则|再次)?"
     rf"(?=在[^，。；]{{1,30}}?(?:中|里|内)(?:发现|找到|挖出|解包出))"),
    # "据21世纪经济报道记者了解，…": the outlet's own reporter (before "据…报道", which would cut its name)
    # "據《明報》了解，…": an outlet's own finding, without "记者"
    ("据X了解", "据&了解", "after",
     rf"据\s*(?P<src>《[^》]{{2,12}}》|{_ZH_NAME}{{2,12}}?(?:报|社|网|台|新闻|财经|日报|时报|周刊))\s*(?:独家)?了解(?:到)?[，,：:]"),
    # "…，一位参与该项目的投行人士对记者表示。", "…，知情人士称。": unnamed people after the claim
    ("…，知情人士称", "人士|知情者&称|表示|透露|说", "before",
     r"[，,——]\s*(?:据)?(?P<anon>(?:一位|多位|两位|数位|几位|有)?[^，。；]{0,14}?(?:知情人士|消息人士|人士|知情者))(?:对[^，。；]{1,8}?|向[^，。；]{1,8}?)?(?:表示|称|透露|说)(?:了上述消息)?\s*[。.！!]?\s*$"),
    ("据X记者了解", "记者&了解|获悉|调查|独家", "after",
     rf"据\s*(?P<src>{_ZH_NAME}{{2,30}}?)\s*记者(?:独家)?(?:了解|获悉|调查|从[^，。；]{{1,20}}?处获悉)(?:到)?[，,：:]?"),
    ("据…援引…", "援引|引述", "after",
     rf"(?:据\s*)?(?P<src>{_ZH_NAME}{{1,30}}?)\s*(?:的报道)?\s*(?:援引|引述)\s*(?:一位|一名|两位|两名|三名|多位|多名|数名|几位)?(?P<anon>知情人士|消息人士|业内人士|内部人士|匿名人士|相关人士)?{_ZH_NAME}{{0,16}}?(?:的)?(?:消息|说法|报道|报导|话)?(?:称|表示|指出|透露|说|报道|报导)?[，,：:]?"),
    ("据…报道", "据&报道|报导|报告|消息|爆料|披露|文章|新闻|透露|调查|反馈", "after",
     rf"据\s*(?P<src>{_ZH_NAME}{{1,30}}?)\s*(?:等多[个家]媒体)?(?:的)?(?:最新)?(?:的)?(?:一份|一篇)?(?:报道|报导|报告|消息|爆料|披露|文章|新闻(?=[，,：:])|透露|调查|反馈)(?:称|指出|显示|说)?[，,：:]?"),
    ("从知情人士处获悉", "处", "after",
     rf"{_ZH_START}(?P<src>{_ZH_NAME}{{1,24}}?)\s*从(?P<anon>知情人士|消息人士|业内人士|内部人士|[^，。]{{1,12}}?人士)处(?:获悉|了解到|得知)[，,：:]?"),
    ("知情人士", "人士|知情者|消息源|供应链&称|表示|透露|指出|说|爆料|获悉|消息|分析|告诉|向", "after",
     r"(?:据\s*)?(?P<anon>知情人士|消息人士|业内人士|内部人士|匿名人士|相关人士|接近[^，。]{1,12}?的人士|供应链人士|供应链消息|供应链|不愿透露姓名的人士|知情者|消息源)(?:处)?\s*(?:还|也|则|进一步|同时|更|最新)?(?:称|表示|透露|指出|说|爆料|获悉|消息|分析|(?:告诉|向)\s*(?P<src>[^，。；：:,“”]{2,16}?)\s*(?:透露|表示|证实|称)?(?=[，,：:]))[，,：:]?"),
    ("消息称", "消息|传闻|传言|爆料|网传|媒体称|媒体报|外媒报", "after",
     r"(?<![“「\"])(?:此前|近日|日前|最新|另有|又有|还有|也有|有)?(?P<anon>(?:网络|网上|市场|坊间|业内|行业|供应链)?(?:传出的?)?(?:消息|传闻|传言|爆料)|网传|(?:外媒|媒体|多家媒体|海外媒体|国外媒体)(?=称|报道[，,：:]|报导[，,：:]))(?:人士)?(?:称|指出|指|表示|说|报道|报导)[，,：:]?"),
    ("传出消息", "传出", "after",
     r"(?P<anon>(?:业内|市场|网上|坊间|行业|供应链)?传出(?:的)?消息)(?:称|显示|表示)?[，,：:]"),
    ("有报道称", "报道|报导|文章", "after",
     r"(?:此前|近日|日前|早前)?(?:曾|另|也|还|又)?(?<!没)有(?:媒体|外媒|海外媒体|国外媒体|多家媒体|自媒体|营销号)?(?P<anon>报道|报导|文章)(?:称|指出|指|显示|(?<=[媒体]报道)|(?<=[媒体]报导))[，,：:]?"),
    ("用…的话说", "话说|说法|描述", "after",
     rf"(?:用|按照|根据|依据)\s*(?P<src>{_ZH_NAME}{{1,20}}?)\s*(?:的)?(?:话说|说法|描述)[，,：:]?"),
    ("网传", "传|有指", "after",
     # (not "网传文件并非…": a reply naming the paper that went round)
     r"(?<![就对关述该此于类种些“「\"])(?<!没有)(?P<anon>(?:坊间|网上|网络上|市场上|业内)?流传(?:着|出)?(?:[一多两几](?:张|份|段|则|篇|条|封|组)[^，。；“”]{1,8}?[，,]\s*(?:声称|宣称|称|显示|内容显示)(?=[\u4e00-\u9fff《“A-Za-z0-9]))|(?:坊间|网上|网络上|市场上|业内)?流传(?:着)?(?:消息)?(?=称|说|[，,：:]|[\u4e00-\u9fff]{2,}(?:将|正|拟|已|或))|网传(?!的?(?:文件|图片|截图|视频|内容|信息|邮件|通知|说法|数字|数据|数额|金额|名单|言论)(?!称|显示))|据传|传闻(?!中|里|所)|传言(?!中|里|所)|盛传|(?<![没未])有传言|(?<![没未])有传闻|(?:市场|业界|业内|坊间|网上|供应链|产业链|[\u4e00-\u9fff]{1,3}圈)(?:[今昨前]\s*[（(]\d{1,2}[）)]\s*日|昨日|今日|近日|日前)?传出|市传|(?<![没未])有传(?=[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:将|拟|正|已|或|要))|^传(?=[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:将|拟|正|已|或|要))|(?<![没未])有指(?=[，,]))(?:称|说|指)?[，,：:]?"),
    ("…报道称", "报道|报导|文章|消息|信息", "after",
     rf"{_ZH_START}(?:据|而|另据|此外|同时)?(?P<src>{_ZH_NAME}{{2,30}}?)\s*(?:发布|发表|分享|放出|透露)?的?(?:报道|报导|文章|消息|信息)(?:中)?(?:[^，。；]{{0,12}}?)(?:称|指出|显示|表示|写道)[，,：:]?"),
    # "新华社在文章中指出，…", "X 的分析师在研究报告中称：…": a credit told where it was said
    ("X 在文章中指出", "文章|报道|报告|研报|推文|博文|节目|专栏|播客|视频&称|指出|表示|写道|透露|提到", "after",
     rf"{_ZH_START}(?P<src>{_ZH_NAME}{{2,30}}?)\s*在(?:其|一份|一篇|最新的?|近日的?)?{_ZH_NAME}{{0,8}}?(?:文章|报道|报告|研报|推文|博文|节目|专栏|播客|视频)(?:中)?(?:称|指出|表示|写道|透露|提到)[，,：:]?"),
    ("…披露/爆料", "披露|爆料|曝料|透露|放出消息", "after",
     rf"{_ZH_START}(?P<src>{_ZH_NAME}{{2,30}}?)\s*(?:最新|近日|此前|日前)?(?<![应未需须予])(?:披露|爆料称|爆料|曝料称|曝料|透露称|透露|放出消息称)(?!的|人|者|大神|而|义务|信息)[，,：:]?"),
    # "@数码闲聊站 称，…": a handle is a named leaker
    ("@X 称", "@&称|表示|爆料|透露|发文|发帖|曝光", "after",
     r"(?:^|(?<=[，,。；\s]))(?P<src>@[\w\u4e00-\u9fff.·-]{2,30})\s*(?:今日|近日|日前|最新|也|还|则)?(?:在[^，。；]{1,12}?)?(?:发文称|发帖称|爆料称|称|表示|爆料|透露|曝光)[，,：:]?"),
    # "韩媒 TheElec 报道，…": a foreign outlet introduced by where it is from
    ("X 媒报道", "媒&报道|报导", "after",
     rf"{_ZH_START}(?P<src>[韩日美英德法俄港台印外]媒\s*{_ZH_NAME}{{2,24}}?)\s*(?:最新)?(?:报道|报导)(?:称|指出)?[，,：:]"),
    ("网友/博主称", "发帖称|发文称|爆料|透露|猜测|曝光|声称|发现|反馈称|称|放出|晒出|曝出|爆出", "after",
     rf"{_ZH_START}(?P<anon>{_ZH_NAME}{{0,16}}?(?:网友|用户|博主|自媒体|爆料人|消息源|爆料者|员工|研究人员|研究员|网安人员|安全人员|开发者|玩家|车主|外媒|高管|工程师|挖掘者|解包者))[^，。]{{0,24}}?(?:发帖称|发文称|爆料称|爆料|透露|猜测|曝光|声称|发现|反馈称|称|放出|晒出|曝出|爆出)了?[，,：:]?"),
    # "知名爆料人 X 表示，…": a leaker's word, however it is said (a user's "表示" is an opinion)
    ("爆料人表示", "爆料人|爆料者|消息源|泄密者&表示|指出|认为", "after",
     rf"{_ZH_START}(?P<anon>{_ZH_NAME}{{0,16}}?(?:爆料人|爆料者|消息源|泄密者))[^，。]{{0,24}}?(?:表示|指出|认为)[，,：:]?"),
    ("分析师预测", "预测|预计|预期|认为|估计|指出|判断|预估|推估&分析师|证券|研究|研报|建投|机构|咨询|资本|观察人士|业界|业内|专业版|专家|券商|郭明錤|投行|法人", "after",
     rf"(?P<src>{_ZH_NAME}{{0,24}}?(?:分析师|证券|研究|研报|建投|机构|咨询|资本|观察人士|业界|业内|专业版|专家|券商|郭明錤|投行|法人){_ZH_NAME}{{0,24}}?)\s*(?:普遍|也|则|还)?(?:预测|预计|预期|认为|估计|指出|判断|预估|推估)[，,：:]?"),
    ("…预测", "预测", "after",
     rf"(?P<src>{_ZH_NAME}{{2,24}}?)\s*(?:最新)?预测[，,：:]?"),
    # "根据泄露的内部文件，…": a leak with no one named is unnamed-sourced
    ("泄露的文件", "泄露|流出|曝光|外泄|泄漏", "after",
     r"(?:据|根据|从)\s*(?:一份|多份|一些)?(?P<anon>(?:泄露|流出|曝光|外泄|泄漏)(?:出来)?的[^，。；]{0,8}?(?:文件|文档|邮件|备忘录|截图|资料|信息|数据|幻灯片|PPT|图片|代码))(?:中)?(?:显示|称|指出|来看)?[，,：:]?"),
    # "X 的配置已经曝光，…", "发售日期遭到泄露": a leak with no one named
    ("…已经曝光", "曝光|泄露|泄漏|流出|外泄", "around",
     r"(?P<anon>(?:已经|已|再次|疑似|近日|日前|提前)?(?:遭到|被)?(?:曝光|泄露|泄漏|流出|外泄))了?[，,]"),
    # "一份流传的内部邮件显示，…", "内部信中提到，…": a company's own papers, passed on by no one named
    ("内部邮件显示", "内部&显示|称|指出|提到|写道|表示", "after",
     r"(?:^|(?<=[，,。；\s]))(?:据|根据|从)?\s*(?:一份|多份|一封|这份|该|其)?(?:网上|网络上)?(?:流传|网传|泄露|流出|曝光|外泄|泄漏)?(?:出来)?的?(?:一份|一封)?"
     r"(?P<anon>内部(?:邮件|文件|文档|信|信件|通知|备忘录|纪要|会议纪要|截图|PPT|讲话|聊天记录))(?:中|里)?(?:显示|称|指出|提到|写道|表示)[，,：:]"),
    # "网上曝光的一组谍照显示，…": leaked pictures or papers, no one named
    ("曝光的谍照显示", "曝光|泄露|流出|泄漏", "after",
     r"(?P<anon>(?:网上|网络上|近日|日前|此前)?(?:曝光|泄露|流出|泄漏)(?:出来)?的(?:一组|一张|多张|几张|这组|这张)?(?:谍照|照片|图片|渲染图|截图|实拍图|真机图|海报|文件|文档|资料|信息))(?:显示|来看|中可以看到|表明)[，,：:]?"),
    # "星河科技被曝正在研发…": the subject said, by no one named, to be doing it
    # (only before a move not yet public: "被曝出安全漏洞" tells of a flaw found, which is news)
    ("被曝", "被曝|被爆|被传", "around",
     r"(?P<anon>被曝|被爆|被传)(?=(?:将|正在|正与|计划|拟|或将|或|有望|考虑|准备|即将|要|已经|已|秘密|悄悄|暂停|叫停)[^，。；]{3})"),
    # "星河汽车将推出全新子品牌，据36氪报道。": the credit after the claim
    ("…，据X报道", "据&报道|报导|消息", "before",
     rf"[，,]\s*据\s*(?P<src>{_ZH_NAME}{{2,20}}?)\s*(?:援引(?P<anon>知情人士|消息人士|业内人士|内部人士|匿名人士|[^，。；]{{1,8}}?人士)?)?(?:的)?(?:最新)?(?:报道|报导|消息)(?:称)?\s*[。.！!]?\s*$"),
    ("据悉", "据悉|据称|据了解|据说|据报道|据报导|据传闻|据报", "around", r"(?<![“「\"])(?P<anon>据悉|据称|据了解|据说|据报道|据报导|据传闻|据报(?![道导告]))(?![”」\"])[，,：:]?"),
    ("报道称", "报道|报导|消息|文章", "after", r"^(?:另据|此外|同时|而|另外)?(?:该|此|上述|相关)?(?:报道|报导|消息|文章)(?:还|也|中)?(?:称|指出|显示|表示|提到)[，,：:]?"),
    # a research report's findings are published figures; only what it foresees is a claim (hedge required)
    ("报告称", "报告", "after", r"^(?:另据|此外|同时|而|另外)?(?:该|此|上述|相关)?(?:研究)?报告(?:还|也|中)?(?:称|指出|显示|表示|提到)[，,：:]?"),
    # "他透露，…" right after a leaker or analyst was named: the same person goes on
    ("他透露", "他|她|其|该博主|该分析师|对方&透露|表示|称|爆料|指出|预测|预计|认为", "after",
     r"(?:^|(?<=[，,。；\s]))(?:而|此外|同时|另外|不过)?(?:他们|他|她|该博主|该分析师|该爆料者|该爆料人)(?:还|也|则|此前|进一步|同时)?(?:透露|表示|称|爆料|指出|预测|预计|认为)[，,：:]"),
    ("有网友反馈", "反馈&网友|用户|玩家|车主", "after",
     r"(?:此前|近日|日前|也|还|另)?有(?:多名|多位|部分|不少|很多|大量|一些)?[^，。]{0,8}?(?P<anon>网友|用户|玩家|车主)反馈[，,：:]"),
    # "爆料显示，…", "根据最新曝料，…", "现有消息表明，…", "据最新反馈，…": the news of a leak or rumour itself
    ("爆料显示", "据|显示|表明|指出|称|透露&爆料|曝料|消息|信息|反馈|传闻|传言", "after",
     r"(?:^|(?<=[，,。；\s]))(?:而|另外|此外|不过|同时)?(?:(?:据|根据)(?:(?P<src>[^，。；：:]{2,20}?)的)?(?:此前|之前|最新|现有|目前|日前|近期|近日|新的|另一)?(?:的)?"
     r"(?P<anon>爆料|曝料|消息|信息|反馈|传闻|传言)(?:来源)?(?:显示|表明|指出|称|透露|来看)?"
     r"|(?:此前|之前|最新|现有|目前|日前|近期|近日|新的|另一|有)?(?:的)?(?P<noun>爆料|曝料|消息|传闻|传言)(?:来源)?(?:显示|表明|指出|称|透露))[，,：:]"),
    # A third party named as the one who says it: an outlet, a leaker, an analyst ("Digitimes 认为，…",
    # "彭博社的 Gurman 则表示，…", "数码博主 @X 表示，…"); _is_third_party checks who it is.
    ("X 表示/认为", "表示|认为|称|透露|指出|预计|爆料|获悉", "after",
     rf"(?:^|(?<=[，,。；\s]))(?:同时|此外|另外|而|不过)?(?P<src>{_ZH_NAME}{{2,24}}?)\s*(?:此前|之前|日前|近日|最新|则|也|还|曾|再次|进一步)?"
     rf"(?:从[^，。]{{1,16}}?处?)?(?:表示|认为|称|透露|指出|预计|爆料|获悉)[，,：:]"),
)

# Words that make an unattributed sentence a rumour rather than a fact.
ZH_HEDGES: tuple[str, ...] = (
    "或将", "或于", "有望", "可能", "疑似", "据称", "传闻", "计划", "拟", "考虑", "将于", "预计", "或会", "即将", "将在",
    "将搭载", "将采用", "将配备", "将推出", "将发布", "将支持", "或在", "或为", "最快", "订单",
)

# "据 X 报道" also carries the news itself: a fire, a ruling, a statistic, a law. What
# one outlet credits to another is a claim only when its proposition is not yet public:
# it hedges, plans or negotiates, concerns a deal, launch, layoff or price, leaks, or
# passes on someone's allegation. (Unnamed sources make it a claim regardless.)
ZH_UNDISCLOSED: tuple[str, ...] = (
    # hedges, plans, intentions
    "将", "或", "拟", "计划", "打算", "考虑", "准备", "有望", "预计", "可能", "即将", "希望", "不会", "据称", "传",
    # under way, out of sight
    "正在", "正与", "洽谈", "商谈", "谈判", "接触", "悄悄", "秘密", "内部", "尚未", "暂未",
    # people leaving, firms closing or under scrutiny: what a firm would not announce itself yet
    "离职", "辞职", "卸任", "出走", "倒闭", "破产", "解散", "停产", "关停", "被约谈", "被调查",
    # done in private, or alleged: an order placed, a deal signed, a plant shut, books cooked
    "下单", "签署", "签约", "关闭", "虚增", "造假", "撤出", "减持", "暂停", "叫停", "砍单", "试产", "流片", "量产",
    # a time still to come
    "下周", "下月", "下个月", "明年", "年内", "年底前", "晚些时候",
    # deals, money, people, products
    "收购", "入股", "投资", "融资", "合作", "上市", "IPO", "裁员", "裁撤", "降价", "涨价", "售价", "定价", "价格", "订单",
    # leaks
    "曝光", "泄露", "渲染图", "谍照", "曝料", "爆料",
)
# Someone's account passed on: "车主张先生称…", "据其妻子称…" (an allegation, not a record).
ZH_ALLEGATION = r"(?:先生|女士|车主|用户|网友|消费者|员工|患者|家属|妻子|丈夫|父亲|母亲)[^，。；]{0,12}?(?:表示|称|反映|投诉|声称|透露)"
# Public record: with these, only a firm plan word (not a bare "将") keeps a credit a claim.
ZH_PUBLIC_RECORD: tuple[str, ...] = (
    "法案", "法院", "判决", "判处", "诉讼", "和解", "起诉", "警方", "火灾", "起火", "事故", "地震", "死亡", "猝死",
    "去世", "数据显示", "报告显示", "研报显示", "统计显示", "调查显示", "同比增长", "同比下降", "环比",
)
ZH_FIRM_PLAN: tuple[str, ...] = ("拟", "计划", "打算", "考虑", "洽谈", "商谈", "谈判", "有望", "可能", "或将", "据称")

# Inside the attribution lead-in: words that are never the credited source.
ZH_NOT_SOURCE: tuple[str, ...] = (
    "此前", "近日", "日前", "今日", "今天", "随后", "同时", "另外", "此外", "不过", "但是", "而", "最新", "还有",
    "报道", "消息", "有", "外媒", "媒体", "网络", "网上", "多家媒体", "相关", "据", "曾有", "曝光", "此前曝光",
    "市场观察人士", "观察人士", "业界", "业内", "业内人士", "分析人士", "专家", "机构", "分析师", "行业人士",
    "供应链", "产业链", "渠道", "知情者", "内部", "官方", "外电", "法人", "业界消息", "自媒体", "自媒体文章", "营销号",
)

# English ------------------------------------------------------------------------

_EN_SRC = r"(?P<src>(?:[Tt]he |[Aa]n? )?(?:[A-Z][\w&.'’-]*|\d+\w*)(?:\s+(?:[A-Z][\w&.'’-]*|of|de|for|&|and))*)"
_EN_TIME = r"(?:\s+(?:on|late|early|earlier|last|this|in)\s+[\w-]+(?:\s+(?:the\s+)?(?:day|week|month|morning|evening|afternoon|night))?|\s+today|\s+yesterday|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
# "… told Reuters": the outlet that carried unnamed people's words is the claim's source.
_EN_TOLD = r"(?P<src>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
# "…, Nikkei reported on Thursday, adding that the two sides discussed a price": a further detail
# of the same report after its credit (the claim is what comes before)
_EN_ADDING = r"(?:,\s*(?:adding|saying|noting|writing)\s+(?:that\s+)?[^.;]{1,200})?"
_EN_REPORT_NOUN = r"(?:report|story|article|piece|note|research note|newsletter|investigation|paper|newspaper)s?"
_EN_SAY = r"(?:reported|reports|said|says|wrote|writes|revealed|indicated|suggested|claimed|claims|stated|noted|added|predicted|predicts|expects|expected|forecast|forecasts|believes|found)"

# Unnamed people: "sources", "a person with direct knowledge of the matter", "two people
# briefed on the plans", "a senior executive who asked not to be named" (an executive or
# official is unnamed only with such a qualifier: "company officials said" is the company)
_EN_QUALIFIER = r"\s+(?:familiar|close|with|who|briefed|involved|knowledgeable|in\s+the\s+know|at|inside|within|from|aware|speaking|privy|tracking|working)\b[^,.;]{0,80}?"
# "people aware of the matter", "two people with direct knowledge", "industry sources", "three current
# and former employees", "upstream component suppliers": unnamed groups, however qualified
_EN_GROUP = (
    r"(?:(?:a|an|one|two|three|four|five|several|multiple|other|\d+)\s+)?"
    r"(?:(?:industry|banking|investment|government|trade|market|supply-chain|supply|chain|component|upstream|downstream"
    r"|current|former|and|senior|top|regional|local|foreign|overseas|diplomatic|military|unnamed|anonymous)\s+){1,4}"
    r"(?:people|persons|sources|individuals|insiders|officials|executives|employees|staffers|suppliers|bankers|a\s+source|a\s+person|one\s+person|an\s+insider)"
)
_EN_UNNAMED = (
    r"(?:(?:a|an|one|two|three|four|five|several|multiple|some|other|\d+)\s+)?(?:(?:senior|current|former|top|company|industry|government)\s+(?:and\s+former\s+)?){0,2}"
    r"(?:(?:people|persons|sources?|person|insiders?(?!\s+[A-Z]))(?:" + _EN_QUALIFIER + r")?"
    r"|(?:executives?|officials?|employees?|bankers?|managers?|staff(?:ers)?)" + _EN_QUALIFIER + r")"
    r"|" + _EN_GROUP + r"(?:" + _EN_QUALIFIER + r")?"
)

EN_ATTRIBUTION: tuple[tuple[str, str, str, str], ...] = (
    ("report by X said", "report|story|article|piece|note|newsletter|investigation|paper", "after",
     rf"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Aa] separate|[Aa] recent|[Aa] new)\s+(?:media\s+)?{_EN_REPORT_NOUN}\s+(?P<src>(?:by|from|in|on|published)\b[^.;]{{0,80}}?)\s+{_EN_SAY}(?:\s+that)?\s+"),
    ("a report that", "report|story|article&that|quoted|cited|said|says|saying|suggesting|claiming", "after",
     rf"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Ii]ts)\s+(?:(?:newly\s+)?(?:released|published|recent|new|earlier|separate|latest)\s+)?(?:{_EN_SRC}[’']?s?\s+)?(?:media\s+|news\s+|press\s+)?(?:report|story|article)"
     rf"(?:\s+(?:by|from|in)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?P<src2>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}))?(?:\s+on\s+[\w .]{{1,14}}?)?"
     rf"\s+(?:that|which\s+(?:said|says|claimed|claims|suggested)|saying|suggesting|claiming|(?:quoted|cited)\s+[^.;]{{1,60}}?\s+as\s+saying)(?:\s+that)?\s+"),
    # "The Nikkei Asia report, which cited unnamed sources, said …", "A Bloomberg News report on Friday said …"
    ("X report said", "report|story|article&said|says|claimed|suggested|added", "after",
     rf"\b(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]nother)\s+(?:report|story|article)\b){_EN_SRC}\s+(?:report|story|article)(?:\s+(?:on|late|early|last)\s+\w+)?(?:,\s+(?:which|that|citing)\b[^,;.]{{1,80}},)?\s+(?:said|says|claimed|suggested|added)(?:\s+that)?\s+"),
    ("X story that claims", "that&report|story|article|piece|note|newsletter|investigation|paper", "after",
     rf"\b{_EN_SRC}\s+{_EN_REPORT_NOUN}\b[^.;]{{0,40}}?\bthat\s+(?:claims?|says?|said|reports?|suggests?)(?:\s+that)?\s+"),
    ("X reported that", "report|revealed|wrote|writes&that", "after",
     rf"\b{_EN_SRC}\s+(?:had\s+|has\s+|have\s+|also\s+|first\s+|previously\s+|earlier\s+)?(?:reported|reports|revealed|wrote|writes)\b{_EN_TIME}(?:,\s*citing[^,]{{1,80}},)?\s+that\s+"),
    # "Sky News understands that …", "Reuters has learned that …": an outlet's own sourcing (only an outlet's)
    ("OUTLET understands that", "understands|learned|learnt|can reveal|can exclusively reveal|hears&that", "after",
     rf"\b{_EN_SRC}\s+(?:understands|hears|(?:has\s+)?(?:exclusively\s+)?learn(?:ed|t)|can\s+(?:exclusively\s+)?reveal)\s+that\s+"),
    ("analyst predicted that", "analyst|leaker|tipster|insider&that", "after",
     rf"\b(?:[Aa]nalyst|[Aa]nalysts|[Ll]eaker|[Tt]ipster|[Ii]nsider)s?\s+{_EN_SRC}[^.;]{{0,80}}?\s+(?:predicted|predicts|expects|expected|said|says|told|claims|claimed|believes|forecast|forecasts|reported|reports|wrote|writes|noted|stated)\b[^.;]{{0,40}}?\bthat\s+"),
    ("analysts at X expect", "analyst&at|from|with", "after",
     rf"\b[Aa]nalysts?\s+(?:at|from|with)\s+{_EN_SRC}\s+(?:expect|expects|predict|predicts|forecast|forecasts|believe|believes|estimate|estimates|said|say|wrote|told\s+[\w ]{{2,30}}?\s+that)\b\s*(?:that\s+)?"),
    ("X, citing people familiar", "citing", "before",
     rf",\s*{_EN_SRC}(?:,\s+(?:the|an?)\s+[^,.;]{{2,60}},)?\s+(?:had\s+|has\s+)?(?:reported|reports|said|says|wrote|writes|revealed)\b{_EN_TIME},?\s+citing\s+(?P<anon>[^.;]{{3,90}})"),
    ("…, X reported", "report|said|says|wrote|writes|revealed|claim|learned|learnt|understands|can reveal&,", "before",
     rf",\s*(?:according\s+to\s+)?{_EN_SRC}(?:,\s+(?:the|an?)\s+[^,.;]{{2,60}},)?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:had\s+|has\s+)?(?:reported|reports|said|says|wrote|writes|revealed|claimed|claims|explained|added|noted|learned|learnt|understands|can\s+reveal)\b{_EN_TIME}[^.;,]{{0,50}}{_EN_ADDING}(?:[.;]|$)"),
    # "…, German newspaper Handelsblatt reported on Monday": the outlet after what it is
    ("…, newspaper X reported", "newspaper|daily|paper|magazine|outlet|website|broadcaster|agency|site|publication|wire&,", "before",
     rf",\s*(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,2}})?(?:business\s+|financial\s+|news\s+|trade\s+|tech\s+|local\s+|state\s+)?(?:newspaper|daily|paper|magazine|outlet|website|broadcaster|news\s+agency|agency|site|publication|wire)\s+(?:the\s+)?{_EN_SRC}\s+(?:had\s+|has\s+)?(?:reported|said|wrote|revealed)\b{_EN_TIME}[^.;,]{{0,50}}(?:,\s*(?:citing|without\s+citing)[^.;]{{1,80}})?{_EN_ADDING}(?:[.;]|$)"),
    # "As first reported by Axios, …", "Per a report from 9to5Mac, …"
    ("as reported by X", "reported by|report from|report by|report in|story from|story by", "after",
     rf"\b(?:[Aa]s\s+(?:first\s+|previously\s+|earlier\s+|originally\s+)?reported\s+(?:by|in)|(?:[Pp]er|[Aa]s\s+per|[Aa]ccording\s+to)\s+(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+|fresh\s+)?(?:report|story|article)\s+(?:from|by|in))\s+{_EN_SRC},\s*"),
    # "In a note to clients, Morgan Stanley analyst Jane Doe said …": the analyst by name
    ("X analyst Y said", "analyst", "after",
     r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+analysts?\s+(?P<src>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|wrote|writes|expects|predicted|predicts|believes|noted|told\s+[\w ]{2,30}?)\b\s*(?:that\s+)?"),
    # "Analyst Jeff Pu of Haitong expects …"
    ("Analyst X of Y expects", "analyst&expect|predict|said|says|believe|wrote|note", "after",
     r"\b[Aa]nalyst\s+(?P<src>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:of|at|from|with)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:said|says|wrote|writes|expects|predicted|predicts|believes|noted)\b\s*(?:that\s+)?"),
    # "…, says a Spanish newspaper", "…, reported the Financial Times"
    ("…, says X", "says|said|reported|reports|wrote&,", "before",
     rf",\s*(?:says|said|reported|reports|wrote)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_EN_SRC}(?:\s+(?:report|story|article))?[^.;,]{{0,50}}(?:[.;]|$)"),
    ("X, an analyst at Y, wrote that", "analyst&that", "after",
     rf"\b{_EN_SRC},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?analyst\s+(?:at|with|from|for)\s+[^,]{{2,40}},\s+(?:said|says|wrote|writes|predicted|predicts|expects|believes|noted|estimated|estimates)\b[^.;]{{0,40}}?\bthat\s+(?:(?:he|she|they)\s+(?:thought|believed|expected|thinks|believes|expects)\s+(?:that\s+)?)?"),
    # "…, dataminer Ravi Sen said in a post on X": a named leaker or researcher after the claim
    ("…, tipster X said", "tipster|leaker|dataminer|data miner|researcher|reverse engineer|insider&,", "before",
     r",\s*(?:the\s+|prolific\s+|well-known\s+|noted\s+|reliable\s+)?(?:[Tt]ipster|[Ll]eaker|[Dd]atamin(?:er|ers)|[Dd]ata\s+min(?:er|ers)|(?:app|security|software)\s+researcher|reverse\s+engineer|[Ii]nsider)\s+"
     r"(?P<src>@?[A-Z][\w&.'’@-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:has\s+)?(?:said|says|claimed|claims|revealed|reported|reports|posted|wrote|writes|found|discovered)\b[^.;]{0,80}?(?:[.;]|$)"),
    # "…, according to code found by app researcher Mia Holt": what someone dug out of an app or game
    ("…, according to code found by X", "found by|discovered by|spotted by|uncovered by|unearthed by|dug up by", "before",
     r",\s*(?:according\s+to|based\s+on|per)\s+(?:the\s+|a\s+|an\s+|new\s+)*(?:code|strings|files|references|evidence|findings|teardown|APK\s+teardown|assets|data)\s+(?:found|discovered|spotted|uncovered|unearthed|dug\s+up)\s+(?:in\s+[^,.;]{1,40}?\s+)?by\s+"
     r"(?:(?:the\s+|an?\s+)?(?:app\s+researcher|researcher|reverse\s+engineer|dataminer|data\s+miner|developer|tipster|leaker|user)\s+)?(?P<src>@?[A-Z][\w&.'’@-]*(?:\s+[A-Z][\w&.'’-]*){0,3})[^.;]{0,40}?(?:[.;]|$)"),
    # "…, a leaker claimed": an unnamed leaker or insider as the credit
    ("…, a leaker claimed", "leaker|tipster|insider&,", "before",
     r",\s*(?P<anon>(?:an?|one|the|another)\s+(?:[\w-]+\s+)?(?:leaker|tipster|insider))\s+(?:claimed|claims|said|says|reported|reports|wrote|writes|suggested|suggests|revealed)\b[^.;]{0,60}?(?:[.;]|$)"),
    # "…, the paper reported, citing …": the outlet named earlier in the report
    ("…, the paper reported", "paper|publication|outlet|magazine|network|agency|broadcaster|website|daily|wire", "before",
     r",\s*(?P<src>the\s+(?:paper|newspaper|publication|outlet|magazine|network|agency|broadcaster|website|daily|wire\s+service))\s+(?:reported|said|wrote|added)\b[^.;]{0,120}?(?:[.;]|$)"),
    ("…, sources said", "people|persons|source|person|insider|executive|official|employee|banker|manager|individual|supplier|staff", "before",
     rf",\s*(?:according\s+to\s+)?(?P<anon>(?:several\s+|two\s+|three\s+|four\s+|multiple\s+)?(?:people|persons|sources|individuals|a\s+source|a\s+person|one\s+person|insiders|an\s+insider)(?:\s+(?:familiar|close|with|briefed|involved|aware|privy|knowledgeable|in\s+the\s+know)[^,.]{{0,60}})?"
     rf"|{_EN_GROUP}(?:{_EN_QUALIFIER})?"
     rf"|(?:an?|one|two|three|several)\s+(?:senior\s+|former\s+|current\s+)?(?:executive|official|employee|banker|manager)s?\s+(?:who|speaking)\s+[^,.;]{{0,60}}?(?:named|identified|anonymity|publicly))\s+(?:said|say|told(?:\s+{_EN_TOLD})?|added)\b[^.;]{{0,120}}?(?:[.;]|$)"),
    # "…, said a person familiar with the talks, who asked not to be identified": the verb first
    ("…, said a person familiar", "said|says&people|person|source|insider", "before",
     r",\s*(?:said|says|according\s+to)\s+(?P<anon>(?:a|an|one|two|three|four|several|multiple)\s+(?:people|persons|sources?|person|insiders?)\s+(?:familiar|close|with|briefed|involved|knowledgeable|in\s+the\s+know)\b[^.;]{0,120}?)(?:[.;]|$)"),
    ("a memo seen by X", "seen by|reviewed by|obtained by|viewed by", "before",
     rf",?\s*according\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}(?:memo|document|letter|e-?mail|presentation|filing|note|message)s?\s+(?:seen|reviewed|obtained|viewed)\s+by\s+{_EN_SRC}"),
    ("according to X", "according to", "around",
     rf"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?P<anon>{_EN_UNNAMED}"
     rf"|(?:leaked|internal|confidential|private)\s+(?:[a-z-]+\s+){{0,2}}(?:documents?|memos?|e-?mails?|slides|files|messages|presentations?)\b[^,.;]{{0,40}}|(?:[a-z]+[\s’'s]+){{0,3}}{_EN_SRC}(?:(?:[’']s?)?\s+(?:report|note|story|article|sources|research note|website|statement|filing|announcement|press release|blog|annual report)[^,.;]{{0,50}})?)[,.]?\s*"),
    ("sources said", "people|persons|source|person|insider|executive|individual", "after",
     rf"\b(?P<anon>(?:[Pp]eople|[Pp]ersons|[Ss]ources|[Aa]\s+source|[Aa]\s+person|[Oo]ne\s+person|[Ii]nsiders|[Aa]n\s+insider|[Ee]xecutives|[Ii]ndividuals)\s+(?:familiar|close|with\s+(?:direct\s+)?knowledge|briefed|aware|privy|knowledgeable|in\s+the\s+know)[^,.]{{0,60}}?)\s+(?:said|say|told\s+(?:{_EN_TOLD}|\w+)|added)\b{_EN_TIME},?\s+(?:that\s+)?"),
    ("OUTLET said", "report|said|says|wrote|writes|reveal", "after",
     rf"\b{_EN_SRC}\s+(?:had\s+|has\s+|also\s+|first\s+|earlier\s+)?(?:reported|reports|said|says|wrote|writes|revealed)\b{_EN_TIME}(?:,\s*citing[^,]{{1,80}},)?\s+(?:that\s+)?(?=\w)"),
    ("X, citing sources, said", "citing", "after",
     rf"\b{_EN_SRC},\s+citing\s+(?P<anon>[^,]{{3,80}}),\s+(?:reported|reports|said|says|wrote|writes)\b{_EN_TIME}\s+(?:that\s+)?"),
    ("X cited people in reporting", "cited&reporting|saying|said", "after",
     rf"\b{_EN_SRC}\s+cited\s+(?P<anon>[^.;]{{3,80}}?)\s+(?:in\s+reporting|as\s+saying|who\s+said|saying)\s+(?:that\s+)?"),
    # "…, a move first reported by Semafor.", "…, as first reported by Semafor."
    ("…, first reported by X", "first reported by|previously reported by", "before",
     rf",\s*(?:(?:a|the)\s+(?:move|plan|deal|decision|development|story)\s+|as\s+)?(?:first|previously|earlier)\s+reported\s+by\s+{_EN_SRC}[^.;,]{{0,30}}(?:[.;]|$)"),
    # "…, I'm told.", "We're told that …": the writer's own unnamed sources
    ("I'm told", "i'm told|i’m told|we're told|we’re told|i am told|we are told|i have been told|i've been told|i’ve been told", "around",
     r"(?:,\s*)?\b(?P<anon>(?:I|[Ww]e)(?:[’']m|[’']re|\s+am|\s+are|[’']ve\s+been|\s+have\s+been)\s+told)\b(?:\s+that)?[,.]?\s*"),
    # "…, per Axios.": a credit after the claim in two words
    ("…, per X", ", per ", "before", rf",\s*per\s+{_EN_SRC}\s*[.;]?\s*$"),
    # "Sources tell us that …", "Tipster Digital Chat Station says …" (a tipster by name)
    ("sources tell us", "tell us|tells us&source|insider", "after",
     r"\b(?P<anon>[Ss]ources|[Aa]\s+source|[Ii]nsiders)\s+(?:tell|tells|have\s+told)\s+(?:us|me)\b,?\s+(?:that\s+)?"),
    ("tipster X says", "tipster|leaker|dataminer|data miner&say|said|claim|found|discover|report|reveal|post|share", "after",
     r"(?<!the\s)(?<!The\s)\b(?:[Tt]ipster|[Ll]eaker|[Dd]atamin(?:er|ers)|[Dd]ata\s+min(?:er|ers))\s+(?P<src>@?[A-Z][\w&.'’@-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:has\s+|have\s+)?(?:says?|said|claims?|claimed|found|discovered|reports?|reported|revealed|posted|shared)\b(?:\s+that)?\s+"),
    ("…, per sources familiar", ", per&source", "before",
     r",\s*(?:as\s+)?per\s+(?P<anon>(?:\w+\s+){0,2}sources\b[^.;]{0,80}?)(?:[.;]|$)"),
    ("per sources", "per&source", "after",
     r"\b(?:[Pp]er|[Aa]s\s+per)\s+(?P<anon>(?:\w+\s+){0,2}sources)\b[^,.;]{0,40},\s*"),
    ("as per media reports", "report|rumo", "after",
     r"\b(?:[Aa]s\s+per|[Pp]er|[Aa]ccording\s+to)\s+(?:the\s+|a\s+|some\s+|several\s+|recent\s+|earlier\s+|multiple\s+|new\s+)*(?P<anon>(?:media|press|news)\s+reports?|reports|rumou?rs?)\b[^,.;]{0,40},\s*"),
    ("…, according to a rumor", "according to&rumo", "before",
     r",\s*according\s+to\s+(?:a|the|some|recent|new|\s)*(?P<anon>rumou?rs?)\b[^.;,]{0,40}(?:[.;]|$)"),
    # "Sources told Reuters that …": unnamed sources need no "familiar with" to be unnamed
    ("sources told X", "source|insider", "after",
     rf"\b(?P<anon>[Ss]ources|[Aa]\s+source|[Ii]nsiders|[Aa]n\s+insider|(?:[Uu]nnamed|[Aa]nonymous)\s+sources)(?:\s+(?:at|in|within|inside|close\s+to)\s+[^,.;]{{1,40}}?)?\s+(?:told\s+{_EN_TOLD}|said|say|have\s+said)\b{_EN_TIME},?\s+(?:that\s+)?"),
    # "The report also said …", "The paper further reported that …": the report just credited
    # goes on to another point (whose credit is that report's; see claims._another_point)
    ("the report also said", "also|further&said|reported|wrote|claimed|noted|added|stated|says|reports", "after",
     r"^(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:report|paper|newspaper|story|article|publication|outlet|agency|note)\s+(?:also|further)\s+"
     r"(?:said|reported|wrote|claimed|noted|added|stated|says|reports)\b,?\s+(?:that\s+)?"),
    ("reportedly", "reportedly", "around", r"\b(?P<anon>reportedly)\b\s*"),
    # "It is understood that …": hearsay with no one named
    ("it is understood", "it is understood|it is rumo|it is learn", "after",
     r"\b[Ii]t\s+is\s+(?:also\s+)?(?P<anon>understood|rumou?red|learnt|learned)\s+that\s+"),
    ("is said to", " said to| understood to| believed to| thought to| tipped to| rumored to| rumoured to", "around",
     r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+|widely\s+|further\s+)?(?P<anon>said|understood|believed|thought|tipped|rumou?red)\s+to\b"),
    ("rumoured", "rumo|speculation", "around",
     r"\b(?P<anon>rumou?red\s+to|rumou?rs?\s+(?:that|say|said|suggest\w*)|speculation\s+that"
     # "Rumours have been swirling that …", "speculation has mounted that …": the rumour going round
     r"|(?:[Rr]umou?rs?|[Ss]peculation)\s+(?:(?:have|has|had)\s+(?:been\s+)?|are\s+|were\s+|is\s+)?(?:swirling|circulating|spreading|flying|emerged|surfaced|mounting|mounted|persisted|growing|grown)"
     r"(?:\s+(?:for\s+(?:some\s+)?(?:weeks|months|days|years)|online|recently|again|in\s+recent\s+(?:weeks|months|days)))?\s+that)\b\s*"),
    # "A new rumor out of China suggests that …": what the rumour says follows it
    ("a rumor suggests that", "rumo&suggest|claim|indicat|say", "after",
     r"\b(?:[Aa]n?\s+|[Tt]he\s+)?(?:new\s+|latest\s+|fresh\s+)?(?P<anon>[Rr]umou?rs?)\s+(?:out\s+of|from|in|on)\s+[^,.;]{1,30}?\s+(?:suggests?|claims?|indicates?|says?)\s+(?:that\s+)?"),
    # "…, per a new report from Mark Gurman at Bloomberg": the credit after the claim
    ("…, per a report from X", "per a|per the|as per", "before",
     rf",\s*(?:as\s+)?per\s+(?:a|an|the)\s+(?:new\s+|recent\s+|fresh\s+)?(?:report|story|article)\s+(?:from|by|in)\s+{_EN_SRC}(?:\s+(?:at|of|from)\s+(?:[A-Z][\w&.'’-]*\s*){{1,3}})?[^.;,]{{0,20}}(?:[.;]|$)"),
    # "an anonymous poster on a car forum claimed that …": someone online with no name
    ("an anonymous poster claimed", "anonymous&claim|said|posted|wrote|alleged", "after",
     r"\b(?:[Aa]n?\s+)?(?P<anon>anonymous\s+(?:poster|user|commenter|employee|account|tipster|reader|redditor))\b[^,.;]{0,40}?\s+(?:(?:claimed|claims|said|says|alleged)\s+(?:that\s+)?|(?:posted|wrote)\s+that\s+)"),
    # "rumor has it that …", "we got word that …", "word is that …": hearsay with no one named
    ("rumor has it", "rumo|word", "after",
     r"\b(?P<anon>[Rr]umou?r\s+has\s+it|(?:[Ww]e|[Ii])\s+(?:also\s+|just\s+|recently\s+|have\s+)?(?:got|had|gotten|received)\s+word|[Ww]ord\s+(?:is|has\s+it))(?:\s+that)?[,:]?\s+"),
    ("media reports", "media report|press report|news report", "after",
     rf"\b(?P<anon>(?:[Mm]edia|[Pp]ress|[Nn]ews)\s+reports?)\s+(?:(?:said|say|have\s+said|had\s+said|suggested|claimed){_EN_TIME}\s+(?:that\s+)?|that|suggesting|saying|speculating|indicating)(?:\s+that)?\s*"),
    ("citing sources", "citing", "around",
     r",?\s*citing\s+(?P<anon>(?:unnamed|anonymous|several|two|three|multiple)?\s*(?:people|persons|sources|a\s+source|a\s+person|suppliers|insiders|executives|those)[^.;]{0,80})"),
)

# Figures already published ("shipped 2 million units, up 40%, according to IDC"): market data, not a claim.
EN_MARKET_DATA = (r"\b(?:up|down|rose|fell|grew|declined|increased|decreased|shipped|sold|jumped|dropped)\b[^.;]{0,60}?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion)"
                  r"|\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:rise|drop|increase|decrease|growth|decline)")
EN_HEDGE = r"\b(?:will|would|may|might|could|plans?|planning|expected|expects|considering|weighing|exploring|talks|seeking|intends?|set\s+to|aims?)\b"

# Referring to an earlier report: continues the last claim rather than starting one.
EN_CONTINUATION: tuple[str, ...] = (
    "the report said", "the report says", "the paper said", "the paper's sources", "the newspaper said",
    "the report added", "according to the report", "the story said", "the sources said", "the person said",
    "according to the analyst", "the analyst said", "the note said",
)

# The claim inside the answer: "Acme denied a Bloomberg report that it was weighing a
# sale", "某公司否认收购某公司的传闻". A reply that names what it answers carries the claim
# (FactBank's nesting: P according to the report, denied by the subject). Each pattern
# captures the proposition `p` and may capture the report's outlet `src`.
_EN_RUMOUR_NOUN = r"(?i:(?:media\s+|press\s+|news\s+|newspaper\s+|recent\s+|earlier\s+)?(?:reports?|story|stories|articles?|speculation|rumou?rs?|claims?|suggestions?|allegations?|news(?=\s+(?:about|of|that|regarding))))"
EN_REPORTED_OBJECT: tuple[str, ...] = (
    rf"(?:(?:[Aa]n?|[Tt]he|[Tt]hese|[Tt]hose)\s+)?(?:{_EN_SRC}[’']?s?\s+)?{_EN_RUMOUR_NOUN}"
    rf"(?:\s+(?:in|by|from|on)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?P<src2>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}))?"
    r"\s+(?:that|saying|suggesting|claiming|which\s+said|alleging)\s+(?P<p>[^;]{12,300})",
    rf"\b{_EN_RUMOUR_NOUN}\s+(?:of|about)\s+(?P<p>[^,;.]{{8,160}})",
    # "denied on Monday that it was planning to close …": the proposition denied is the claim
    r"\bden(?:y|ies|ied|ying)\b(?:\s+(?!that\b)[\w,]+){0,3}?\s+that\s+(?P<p>(?:it|they|he|she|the\s+\w+|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:\w+\s+){0,2}?(?:was|were|is|are|had|has|have|would|will|could|planned|plans|intended|intends)\b[^;]{8,300})",
    # "In response to recent press speculation, the Board of X confirms that P", "X notes the press
    # speculation and confirms that P": a takeover-code statement answers the rumour by stating it
    rf"\b(?:[Ii]n\s+response\s+to|[Ff]ollowing|[Rr]esponding\s+to|[Ii]n\s+light\s+of|notes?|noted|[Aa]fter)\s+(?:the\s+)?(?:recent\s+|today[’']s\s+|press\s+|media\s+|market\s+)*"
    rf"(?:speculation|reports?|rumou?rs?|articles?|press\s+comment)\b[^.;]{{0,120}}?\b(?:confirms?|confirmed|can\s+confirm)\s+that\s+(?![^;]{{0,40}}?\b(?:not|no|never)\b)(?P<p>[^;]{{12,300}})",
    # "confirmed that P, confirming an earlier report by The Times": the report it bears out
    r"\b(?:confirm(?:s|ed)?|said|says|stated)\b(?:\s+[\w,]+){0,6}?\s+that\s+(?![^;]{0,40}?\b(?:not|no|never)\b)(?P<p>[^;]{12,240}?),\s*(?:confirming|following|after|in\s+line\s+with|as\s+reported\s+in|responding\s+to|in\s+response\s+to|reacting\s+to)\s+(?:an?\s+|the\s+)?(?:earlier\s+|recent\s+|previous\s+)?"
    r"(?:(?:media\s+|press\s+)?(?:reports?|story|article)s?\s+(?:by|in|from)\s+)?(?P<src2>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:\s+(?:report|story|article))?",
    # "Redgum has rejected a takeover approach, confirming a report in the AFR": what it did bears the report out
    r"^(?P<p>[A-Z][^;]{12,200}?),\s*(?:confirming|in\s+line\s+with)\s+(?:an?\s+|the\s+)?(?:earlier\s+|recent\s+|previous\s+)?(?:media\s+)?(?:report|story|article)s?\s+(?:in|by|from)\s+"
    r"(?P<src2>(?:the\s+|The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})",
    # "dismissing reports the pair are planning a merger": the "that" left out
    rf"\b{_EN_RUMOUR_NOUN}\s+(?P<p>(?:the|it|its|he|she|they|[A-Z][\w&.'’-]*)\s+(?:[\w'’-]+\s+){{0,3}}?(?:is|are|was|were|has|had|have|will|would|could|might|may|plans?|planned|planning)\b[^;]{{8,300}})",
)
ZH_REPORTED_OBJECT: tuple[str, ...] = (
    # "不存在媒体报道所称的大规模裁员情况"
    r"(?:媒体|网传|市场|此前|有关)?(?:报道|传闻|网传|传言)(?:所称|所说|中提到|提及|称)的(?P<p>[^，。；：:“”]{4,40}?)(?:的)?(?:情况|事项|问题|消息|计划|事宜|行为)?(?=[，。；！？]|$)",
    # "星河否认将关闭利兹工厂": the move denied is the claim
    r"否认(?:了)?(?:公司|其|该公司|自己)?(?P<p>(?:将|正在|已经|已|计划|拟|有意|打算|准备)[^，。；：:“”]{4,40}?)(?:的(?:报道|传闻|消息|说法|传言))?(?=[，。；]|$)",
    r"(?:否认|回应|辟谣|驳斥|澄清|回复|证实|确认|针对|对于|关于|有关|就)了?(?:称)?[，,：:\s]*(?:此前|近日|日前|网上|网络上|网传|市场|有关|关于|外界|媒体)?(?:流传|传出)?(?:的)?"
    r"(?:(?P<src>[^，。；：:“”]{2,12}?)(?:报道|所称|爆料)的|(?P<src2>[^，。；：:“”]{2,12}?)(?:关于|有关))?[“「]?(?P<p>[^，。；：:“”「」]{2,60}?)[”」]?(?:的)?(?:传闻|传言|消息|报道|说法|爆料|猜测)",
    # "网传“X 将退出印度市场”系谣言": the rumour quoted, then the verdict on it
    r"(?:网传|网上流传|所谓|有关|关于)(?:的)?[“「](?P<p>[^”」]{4,60})[”」](?:的)?(?:消息|说法|传闻|传言|一事)?(?=(?:系|是|为|属于?|纯属|均为)(?:谣言|谣传|不实|虚假|假消息))",
    # "要求公司说明媒体报道的“拟收购云图科技控股权”是否属实": an inquiry quoting the report
    r"(?:媒体|市场|网络|网上)?(?:报道|传闻|传言|消息)(?:中)?的[“「](?P<p>[^”」]{4,60})[”」]",
    # "公司关注到市场传闻公司参与某项目投资": the notice names the rumour before telling it
    r"(?:注意到|关注到)(?:近期|近日|日前|今日|有)?(?:市场|媒体|网络|网上|相关)?(?:传闻|报道|消息|传言)(?:称)?(?P<p>[^，。；：:“”]{4,60})",
    # "注意到近期有关公司将被收购的媒体报道": a listed company's notice names what it answers
    r"(?:注意到|关注到)(?:近期|近日|日前|今日|今天|有)?(?:有关|关于)?(?:的)?(?P<p>[^，。；：:“”]{4,60}?)的(?:媒体|市场|网络|相关)?(?:报道|传闻|消息|传言|文章)",
    # "针对“X 将全面涨价”一事，…回应称": the quoted matter a reply takes up
    r"(?:针对|对于|关于|就|回应)(?:网传|网上|此前|近日|有关|外界)?[“「](?P<p>[^”」]{4,60})[”」](?:一事|事件|的(?:问题|质疑|情况))",
)

# Responses ------------------------------------------------------------------------

# (stance, literal, pattern); zh patterns match the sentence as written.
ZH_STANCE: tuple[tuple[str, str, str], ...] = (
    ("no_comment", "置评", r"(?:不予|拒绝|未予|未|没有|不作|暂不|不便|未作)[^，。]{0,8}?置评"),
    ("no_comment", "回应", r"(?:不予|拒绝|暂无|未|没有|尚未|暂未|未作|未予|不作|暂不|暂时不|未有|并未|(?<![就对会])不)(?:对[^，。；]{1,8}?|就[^，。；]{1,8}?)?(?:正面|任何|官方)?(?:作出|做出|给出)?(?:任何)?回应"),
    ("no_comment", "评论", r"(?:没有|未|不予|拒绝|暂无|(?<![就对])不(?:会|便)?)(?:对此|对此事|就此|对[^，。；]{1,10}?|就[^，。；]{1,10}?)?(?:消息|报道)?(?:立即|立刻|马上)?(?:发表|作出|做出|给出)?(?:任何)?评论"),
    ("no_comment", "复", r"(?:未|没有|尚未|暂未|未有)(?:立即)?(?:回复|答复)"),
    ("no_comment", "接通|关机|合适|适当", r"(?:未能|无法|没有|未)接通|处于关机|(?:会|将)在(?:合适|适当)的时(?:候|机)(?:公布|披露|宣布|公开|说明)"),
    ("no_comment", "公告|声明|通报", r"(?:没有|未|暂无)(?:任何)?(?:后续)?(?:公告|声明|通报)|未就此(?:事)?(?:发布|发表|作出|做出)(?:任何)?(?:公告|声明|回应)"),
    ("no_comment", "回避", r"回避"),
    # "无可奉告", "不便多说", "不方便透露": no comment in so many words
    ("no_comment", "无可奉告|不便多|不方便", r"无可奉告|不便多(?:说|谈|讲)|不方便(?:透露|回应|回答|评论|说明|多说)"),
    ("no_comment", "无人接听", r"(?:电话|致电)[^，。；]{0,8}?无人接听"),
    ("no_comment", "证实|确认&拒绝|不愿", r"(?:拒绝|不愿)(?:予以)?(?:证实|确认)"),
    # "并未证实这一消息", "无法确认": a confirmation not given is no answer
    ("no_comment", "证实|确认&未|无法|不能|没有", r"(?:并未|尚未|未能|未予以|未予|未|无法|不能|没有)(?:对此|就此|公开)?(?:证实|确认)(?!了)"),
    # "对此保持沉默", "未对此事表态": said nothing
    ("no_comment", "沉默|三缄其口|表态", r"(?:保持|选择)沉默|三缄其口|(?:未|没有|尚未|暂未|不愿|拒绝)(?:对此|就此|对此事|就此事|公开)?(?:作出|做出|进行)?(?:任何)?(?:公开)?表态"),
    # "目前正在调查中": an answer that does not yet take a side
    ("no_comment", "调查|核查|了解", r"(?:正在|目前正在|正|仍在)(?:进一步)?(?:调查|核查|了解情况)|(?:调查|核查)中"),
    ("no_comment", "为准|公布|披露", r"(?:一切)?以(?:官方|公司|平台)?(?:后续|最终|正式)*(?:的)?(?:发布的?|公布的?|对外)?(?:公告|公布|发布|信息|消息|披露|通知)为准|(?:没有|暂无|尚无)(?:可以|可|能够)?(?:对外)?(?:公布|披露)的"),
    ("no_comment", "不便", r"不便(?:透露|回应|回答|说明|披露|评论)"),
    # "我们目前没有什么可以分享的": nothing to share is no answer
    ("no_comment", "分享|透露|公布|宣布", r"(?:没有|暂无|并无|尚无)(?:什么|任何)?(?:更多|新的|其他|进一步)?(?:的)?(?:消息|信息|内容|细节|情况)?(?:可以|能够|可)(?:分享|透露|公布|宣布)"),
    ("unaware", "听", r"(?:没有|未|没)(?:听说|听过)"),
    ("unaware", "接到|收到|获得|得到|接获", r"(?:未|没有|尚未|还未|暂未)(?:接到|收到|获得|得到|接获)[^，。]{0,10}?(?:消息|通知|信息|情况|洽询|询问|申请|邀请|要约|报价|提议|邀约)(?!的)"),
    # "公司未获悉相关信息": an investor-relations reply that has not learnt of the matter
    ("unaware", "获悉|知悉|获知|听闻", r"(?:未|没有|尚未|并未|从未|未曾)(?:获悉|知悉|获知|听闻)"),
    ("unaware", "不知情|不了解|不清楚", r"不知情|并不知情|不了解|不清楚|尚不清楚|并不清楚"),
    ("unaware", "查到|发现|确定", r"(?:未|没有)(?:查到|发现)|尚未确定|无法确定"),
    ("deny", "否认", r"否认"),
    # "回复“假的”", "没这回事": a one-word verdict on the rumour
    ("deny", "假的|没有的事|没这回事", r"[“「](?:这是|都是|是)?假的[。！!]?[”」]|没有的事|没这回事"),
    # "别信，假的", "纯属瞎编": a colloquial verdict on the rumour
    ("deny", "别信|不要信|不要相信|瞎说|胡说|乱说|瞎编|胡编|乱编|假的",
     r"别信|不要(?:相)?信|瞎说|胡说|乱说|瞎编|胡编|乱编|(?<=[，,：:“「])\s*(?:都是|是)?假的(?=[。！!”」，,]|$)"),
    ("deny", "不实|失实|谣言|辟谣|虚构|子虚乌有|假消息|是假的|不属实|造谣|谣传|无稽之谈|捏造|杜撰|假新闻|不靠谱",
     r"不实|失实|谣言|辟谣|纯属虚构|子虚乌有|假消息|是假的|不属实|并不属实|造谣|(?:系|是|属于?|纯属)谣传|无稽之谈|捏造|杜撰|假新闻|不靠谱"),
    ("deny", "计划|打算|安排&没有|无|并未|未有", r"(?:没有|并无|并未|暂无|无|暂未有|未有|暂时没有)(?:此|这个|这项|这一|相关|任何|具体|[^，。；！？]{1,12}?的)?(?:计划|打算|安排)"),
    ("deny", "不存在|不构成", r"不存在|不构成"),
    ("deny", "此事|其事|臆测|猜测|揣测|推测", r"(?:并无|没有|绝无|无)(?:此事|其事)|(?:纯属|属于|只是|仅为|系|都是)(?:市场|外界|媒体)?(?:的)?(?:臆测|猜测|揣测|推测)"),
    # "截图系伪造", "该文件为假冒": the thing circulated is forged, a verdict on the rumour
    ("deny", "伪造|假冒|捏造|合成|P图", r"(?:系|是|为|属于?|均为|均系)(?:他人|不法分子|有人)?(?:恶意)?(?:伪造|假冒|捏造|合成|P图)"),
    # "公司目前未与华为开展相关合作": no dealings with the party named
    ("deny", "参与&未|没有|从未", r"(?:未|没有|并未|从未)参与"),
    ("deny", "开展|进行|有&合作|接触|洽谈|谈判|商谈|磋商|协商|沟通",
     r"(?:未|没有|并未|尚未|从未|未曾)与[^，。；]{1,24}?(?:开展|进行|有)过?(?:任何)?(?:相关)?(?:的)?(?:合作|接触|洽谈|谈判|商谈|磋商|协商|沟通)"),
    # "尚未提交上市申请", "从未向药监局递交过申请": the filing a report tells of has not been made
    ("deny", "提交|递交|申报|提出&申请", r"(?:尚未|并未|从未|未曾|没有|未)(?:向[^，。；]{1,16}?)?(?:提交|递交|申报|提出)(?:过)?(?:任何)?[^，。；]{0,8}?申请"),
    ("deny", "签署|签订|达成|订立&协议|合同|意向|协议", r"(?:未|没有|并未|尚未|从未)(?:与[^，。；]{1,16}?)?(?:签署|签订|达成|订立)(?:过)?(?:任何)?(?:相关)?(?:的)?[^，。；]{0,6}?(?:协议|合同|意向)"),
    # "将继续坚守/深耕…": staying put answers a report of leaving
    ("deny", "继续|坚守|扎根", r"(?:将|会)?继续(?:坚守|深耕|扎根|留在)|坚守|扎根"),
    # "这不在我们的考虑范围内", "从未考虑过": the move is not even considered
    ("deny", "考虑|计划", r"不在[^，。；]{0,6}?(?:考虑|计划)(?:范围)?(?:内|之内|之中)|(?:从未|从没|没有|并未|未曾)考虑过?"),
    ("deny", "不会", r"(?:并|绝|也|都)?不会(?!影响|有太大|太|很)"),
    ("deny", "并未|不是|并非|没有|并无", r"并未|并不是|并非|不是|没有|并无"),
    ("deny", "错误|不准确|有误|误读|误解", r"(?:报道|说法|消息|描述|传闻|信息|传言)[^，。]{0,6}?(?:错误|不准确|有误)|误读|误解"),
    ("deny", "正常|如常|照常", r"(?:一切|运营|经营|生产|运转|营业)[^，。；]{0,4}?(?:正常|如常|照常)|(?:正常|照常)(?:运营|推进|经营|生产|营业)"),
    # "报道内容与事实严重不符": the report does not match the facts
    ("deny", "不符", r"与(?:客观)?事实(?:严重|完全|明显|并)?不符|(?:严重|完全)?不符合事实"),
    # "只调整了两家门店", "公司只是调整了部分产线": the move is smaller than reported
    # "…，但上海工作室将继续运营": the move confirmed in part, the rest kept
    ("partial", "但&继续|仍将|仍会|照常", r"但[^，。；]{0,12}?(?:将|会)?(?:继续|仍将|仍会|照常)(?:运营|营业|开发|保留|存在|经营|运作|开放)"),
    # "双方确实有过接触，但尚未达成任何协议": the contact admitted, the deal not
    ("partial", "有过&但|不过", r"(?<![没未无])(?:确实|的确|曾经|曾|确)?有过[^，。；]{0,6}?(?:接触|沟通|交流|洽谈|商谈|磋商)[^。；]{0,24}?(?:但|不过)"),
    ("partial", "只|仅", r"(?:只|仅|仅仅)(?:是)?(?:对)?(?:调整|优化|整合|合并|缩减|关闭|涉及)了?"),
    # "经协同 X 核实，原因为…所致": the party explains the reported event, so takes it as fact
    ("confirm", "核实|核查|排查|查证&原因|所致|系", r"经(?:[^，。]{0,12}?)(?:核实|核查|排查|查证)[，,]?[^。]{0,40}?(?:原因为|原因是|系因|系|是由于|所致)"),
    ("confirm", "证实|确认|属实|官宣|承认", r"(?<!未)(?<!无法)(?<!不能)(?<!没有)(?<!未予)(?<!未予以)(?<!拒绝)(?<!不愿)(?:证实|确认)|(?<![若如果])(?<!如果)(?<!若消息)(?<![不未否])属实|官宣|承认"),
    # the party names the cause of the reported event, so takes it as fact: "X 表示，系统升级导致…"
    ("confirm", "导致|所致|原因是|原因为|系因", r"(?:是|系)?(?:由于)?[^，。；]{2,30}?(?:导致|所致)|原因(?:是|为)|系因"),
    # the party gives the reason for the reported move, so takes it as fact: "裁员是为了…"
    ("confirm", "为了|旨在|因为|出于", r"(?:裁员|收购|合作|调整|涨价|降价|关闭|关停|停产|撤出|重组|裁撤)(?:主要)?(?:是为了|旨在|是因为|是出于)"),
    ("partial", "可能性|不排除|正在评估|尚未决定|尚无定论|仍在|考虑|不确定性|最终|敲定|在评估|在研究|做出|作出|定案|决定", r"未有定案|尚无定案|尚未定案|(?:未有|尚未有|暂未有|没有)(?:任何)?[^，。；]{0,6}?决定|可能性|不排除|正在评估|(?:一直|正|仍)在(?:评估|研究)|尚未(?:做出|作出)(?:任何)?(?:最终)?决定|尚未决定|尚无定论|尚未最终(?:确定|决定|敲定)|尚未敲定|仍在(?:讨论|洽谈)|考虑(?:所有|各种|一切)(?:的)?(?:选择|可能|选项|方案)|存在(?:重大|较大)?不确定性"),
    # "公司正在筹划…", "双方确有接触": the party tells of the move as under way
    ("confirm", "筹划|确有|确实有|确实在|确实正在|计划|确为|确实为|确实是", r"正在筹划|(?:确有|确实有)(?:接触|洽谈|沟通|此事|此计划|合作意向)"
     r"|确实(?:正)?在(?:与[^，。；]{1,12}?)?(?:接洽|接触|洽谈|沟通|商谈|进行|调整|推进|开发|研发|测试|优化|评估|研究|考虑|筹备|规划)|(?<![没无])有(?:上市|收购|融资|合作|扩产|裁员)计划"
     r"|确为|确实为|确实是|确有(?!不确定)"),
)

# After a weak denial ("不是…问题"), words that concede part of the claim: the reply
# rejects one reading but admits the rest, a partial.
ZH_CONCESSION: tuple[str, ...] = (
    "可能出现", "可能会出现", "有概率", "有一定概率", "确实", "的确", "存在一定", "一定程度", "个别", "少数", "部分",
)

# Verbs of speech that make a sentence a party's statement.
ZH_SPEECH: tuple[str, ...] = (
    "回应", "表示", "称", "说", "强调", "声明", "否认", "辟谣", "证实", "确认", "置评", "回复", "澄清", "指出", "透露",
    "答复", "告诉", "评论", "通报", "承认", "回避", "官宣", "回答", "公告", "宣布",
)

# Words between a name and a speech verb that name the speaker's role, not the speaker.
ZH_ROLE_WORDS: tuple[str, ...] = (
    "投资者关系部门", "投资者关系部", "投资者关系", "证券部", "发言体系", "董秘", "董事会秘书", "的相关人士", "相关人士", "相关负责人", "负责人",
    "方面", "官方微博", "官方", "客服人员", "客服代表", "售后人员", "销售人员", "客服", "发言人", "工作人员", "人士", "内部人士", "公关", "高管", "通讯副总裁",
    "社长", "董事长", "总裁", "首席执行官", "首席运营官", "首席财务官", "创始人", "CEO", "COO", "CFO", "CTO", "员工", "部门", "内部",
    "运营团队", "开发团队", "团队", "项目组", "产品经理", "制作人", "总经理", "副总裁", "市场部", "品牌部",
)

EN_STANCE: tuple[tuple[str, str, str], ...] = (
    ("no_comment", "declin|refus|not|n't|n’t|no comment",
     r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+(?:immediately\s+)?to\s+(?:comment|respond|confirm)|\b(?:did|does|do|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:comment|respond|reply|confirm(?!\s+(?:or|nor)\s+deny))|\bno\s+comment\b"
     r"|\b(?:not|n[’']t)\s+(?:going\s+to\s+|able\s+to\s+|in\s+a\s+position\s+to\s+)?comment(?:ing)?\s+on\s+(?:any\s+)?(?:rumou?rs|speculation|market)"),
    ("no_comment", "not|n't|n’t|yet to", r"\b(?:did|does|has|have)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:respond|responded|reply|replied|return(?:ed)?|commented)\b|\b(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|comment)\s+(?:to\s+(?:a|an|our|the|several|repeated|multiple)\s+(?:\w+\s+)?requests?|to\s+(?:a|an|our)\s+(?:e-?mail|query|inquiry|enquiry))\b"
     # "Cloudsail has yet to comment on the report.": the whole clause, nothing else told in it
     r"|\b(?:has|have|had)\s+(?:so\s+far\s+|still\s+)?yet\s+to\s+(?:publicly\s+|officially\s+)?(?:respond|reply|comment)(?:\s+(?:on|to)\s+(?:the|these|those|this|that|such)\s+(?:reports?|rumou?rs?|speculation|matter|story|claims?|news))?\s*[.;]?\s*$"),
    ("no_comment", "neither&nor", r"\b[Nn]either\b[^.;]{1,60}?\bnor\b[^.;]{1,60}?\b(?:responded|replied|commented|returned)\b"),
    ("no_comment", "stopped short|stop short", r"\bstop(?:ped|s)?\s+short\s+of\s+(?:confirming|denying|commenting)"),
    # "Calls to Globex went unanswered", "said it cannot confirm the report": no answer given
    ("no_comment", "unanswered", r"\b(?:calls?|e-?mails?|messages?|requests?|inquiries|queries)\s+(?:to|for|seeking|sent\s+to)\s+[^.;]{0,40}?\b(?:went|were|was|have\s+gone|has\s+gone|remain(?:ed|s)?)\s+unanswered\b"),
    ("no_comment", "confirm&cannot|can't|can’t|could not|couldn't|couldn’t|unable", r"\b(?:cannot|can[’']t|could\s*not|couldn[’']t|(?:was|is|were|are)\s+unable\s+to)\s+[“\"]?(?:immediately\s+|independently\s+)?confirm(?!\s+(?:or|nor)\s+deny)"),
    ("no_comment", "reached|available&could|comment", r"\bcould\s*(?:not|n[’']t)\s+(?:immediately\s+)?be\s+reached\b|\b(?:not|un)\s*(?:immediately\s+)?available\s+(?:for|to)\s+comment\b"),
    # "had no immediate comment", "declined comment", "did not wish to comment", "policy is not to comment"
    ("no_comment", "comment",
     r"\b(?:no|without)\s+(?:immediate\s+|further\s+|official\s+)?comment\b|\bdeclin\w*\s+(?:to\s+(?:provide|give|make|offer)\s+)?(?:a\s+|any\s+|further\s+|immediate\s+)?comment"
     r"|\b(?:not|n[’']t)\s+(?:wish|want)\s+to\s+comment|\b(?:policy|practice)\b[^.;]{0,40}?\bnot\s+to\s+comment|\b(?:not|n[’']t)\s+comment\s+on\b"),
    # "not something that has been announced", "nothing to announce": neither yes nor no
    ("no_comment", "announce&not|n't|n’t|nothing", r"\b(?:not\s+something\s+(?:that\s+)?(?:has|had)\s+been|(?:has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?been|nothing\s+(?:has\s+been|to))\s+announce"),
    ("no_comment", "declin&discuss|say|speculate|elaborate|detail|name|confirm", r"\bdeclin\w*\s+to\s+(?:discuss|say|speculate|elaborate|give\s+(?:any\s+)?details|provide\s+(?:any\s+)?details|name|confirm)\b"),
    # "has remained silent on the matter", "kept quiet": said nothing
    ("no_comment", "silent|tight-lipped|mum|kept quiet|keep quiet|keeps quiet",
     r"\b(?:remain(?:ed|s)?|stay(?:ed|s)?|kept|keeps|(?:has|have|had)\s+been)\s+(?:largely\s+|publicly\s+|so\s+far\s+)?(?:silent|tight-lipped|mum)\b|\bk(?:ept|eeps?)\s+quiet\b"),
    # "We have no news to share", "no updates to provide"
    ("no_comment", "news to|details to|update to|updates to|announcement to|announcements to",
     r"\bno\s+(?:further\s+|new\s+|more\s+)?(?:news|details|updates?|announcements?)\s+to\s+(?:provide|share|give|announce|report)\b"),
    # "not in a position to say anything", "would only say that …": an answer that says nothing
    # "Acme never comments on market rumours": a standing refusal
    ("no_comment", "never comment", r"\bnever\s+comments?\s+on\b"),
    ("no_comment", "position to|only say", r"\bnot\s+in\s+a\s+position\s+to\s+(?:say|comment|discuss|confirm|share|disclose)\b|\b(?:would|will)\s+only\s+say\b"),
    ("no_comment", "drawn|elaborate|information to", r"\b(?:would|could|did|will)\s*(?:not|n[’']t)\s+be\s+drawn\b|\brefused\s+to\s+be\s+drawn\b|\bdeclined\s+to\s+elaborate\b|\bno\s+(?:further\s+)?information\s+to\s+(?:provide|share|give)\b"),
    ("unaware", "aware|heard|knowledge", r"\b(?:not|n[’']t|un)\s*aware\b|\b(?:has|had|have)\s*(?:not|n[’']t)\s+heard\b|\bno\s+knowledge\s+of\b"),
    # (not the bare noun: "shares fell on the denial" tells of a reply, "issued a denial" is one)
    ("deny", "den", r"\bden(?:y|ies|ied|ying)\b|\b(?:issued|released|made|published)\s+(?:a|an)\s+(?:\w+\s+)?denial\b"),
    ("deny", "not accurate|not correct|not entirely|not fully|not quite|true|false|fiction|inaccurate|baseless|unfounded|nonsense|wrong|the case|speculative|no basis|categorical|incorrect|misleading|the mark|groundless|foundation",
     r"\b(?:not|n[’']t)\s+(?:\w+\s+)?true\b|[“\"]?\bnot\s+(?:entirely\s+|fully\s+|quite\s+)?(?:accurate|correct)\b|\buntrue\b|\bfalse\b|\bfictions?\b|\binaccurate\b|\bincorrect\b|\bmisleading\b|\bbaseless\b|\bunfounded\b|\bnonsense\b"
     r"|\b(?:is|are|was|were|\w+’s|\w+'s)\s+(?:\w+\s+)?wrong\b|\b(?:not|n[’']t)\s+(?:\w+\s+)?the\s+case\b|\b(?:is|are|was|were|as)\s+[“\"]?(?:purely\s+|pure\s+|merely\s+)?speculative\b|\bno\s+basis\b|\bcategorical(?:ly)?\b"
     r"|\b(?:wide\s+of|off)\s+the\s+mark\b|\bgroundless\b|\bwithout\s+foundation\b"),
    ("deny", "reject|refut|disput|dismiss|rebut|rebuff|counter",
     r"\b(?:reject|refut|disput|dismiss|rebut|rebuff)(?:e|es|ed|ing|s)?\b[^.;]{0,40}?\b(?:reports?|claims?|speculation|rumou?rs?|story|stories|article|suggestions?|allegations?)\b"
     r"|\bcounter(?:ing|ed)\s+(?:a|the)\s+(?:\w+\s+){0,3}(?:report|story|article)"),
    ("deny", "not|n't|n’t", r"(?:\b(?:is|are|was|were|am)|[’'](?:re|s|m))\s*[“\"]?(?:not|n[’']t)\s+(?:currently\s+|now\s+)?(?:looking\s+to|planning\s+to|in\s+(?:any\s+)?(?:such\s+)?(?:talks|discussions?|negotiations?)|talking\s+to|negotiating|engaged\s+in|for\s+sale|selling)\b"
     r"|\b(?:do|does|did)\s*(?:not|n[’']t)\s+(?:plan|intend)\s+to\b|\bhas\s+no\s+intention\b"),
    ("deny", "no&plan|discussion|talks|negotiation|agreement|intention|truth|such", r"\bno\s+(?:such\s+|current\s+|immediate\s+)?(?:plans?|discussions?|talks|negotiations?|agreement|intention|truth)\b|\bno\s+such\b"),
    ("deny", "not|n't|n’t|nor", r"\b(?:has|have|had|is|are|was|were|do|does|did)\s*(?:not|n[’']t)\s+(?:\w+\s+)?(?:entered|received|had|held|been\s+in|in\s+talks|considering|consider|planning|plan|made(?!\s+(?:any|a|the)\s+(?:final\s+|firm\s+)?decisions?)|engaged|approached|contacted)\b|\bnor\s+(?:have|has|had|do|does|did)\b"),
    # "has not filed for a listing", "did not submit an application": the filing reported was not made
    ("deny", "filed|file|submitted|submit|applied|apply&not|n't|n’t",
     r"\b(?:has|have|had|did|does|do)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:filed|file|submitted|submit|applied|apply)\s+(?:for|an?|any)\b"),
    ("deny", "change|impact|stable|normal|unchanged|usual", r"\bno\s+(?:special\s+|significant\s+|material\s+)?(?:changes?|impact)\b|\b(?:remain(?:s|ed)?|were|was|is|are)\s+(?:stable|normal|unchanged)\b|\b(?:progressing|operating|running)\s+normally\b"
     # "would continue to operate as normal", "it is business as usual": nothing reported is happening
     r"|\b(?:(?:will|would)\s+)?continu(?:e|es|ed|ing)\s+to\s+(?:operate|run|function|trade|produce)\s+(?:as\s+normal|normally)\b|\bbusiness\s+as\s+usual\b"),
    # "pushed back on the report", "poured cold water on speculation", "quashed rumours"
    ("deny", "push|cold water|shot down|shoot|quash|scotch|hose",
     r"\b(?:push(?:ed|es|ing)?\s+back\s+(?:on|against)|pour(?:ed|s|ing)?\s+cold\s+water\s+on|sh(?:ot|oots?|ooting)\s+down|quash(?:ed|es|ing)?|scotch(?:ed|es|ing)?|hos(?:ed|es|ing)\s+down)\b"
     r"[^.;]{0,40}?\b(?:reports?|claims?|speculation|rumou?rs?|story|stories|suggestions?|talk)\b"),
    ("deny", "play|downplay", r"\b(?:play(?:ed|s|ing)?\s+down|downplay(?:ed|s|ing)?)\b[^.;]{0,40}?\b(?:reports?|claims?|speculation|rumou?rs?|story|stories|suggestions?)\b"),
    # "remains fully committed to the plant": staying put answers a report of leaving
    ("deny", "committed", r"\bremain(?:s|ed)?\s+(?:fully\s+|firmly\s+|deeply\s+|very\s+much\s+)?committed[\"”’']?\s+to\b"),
    # "described the reports as speculation", "called the story baseless": a verdict on the report
    ("deny", "describ|call|term|label|brand|characteri",
     r"(?:\b(?:describ|term|label|brand|characteri[sz])\w*\b[^.;]{0,100}?\bas|\bcall(?:ed|s|ing)?\s+(?:it|them|this|that|these|those|"
     r"the\s+(?:[\w-]+\s+){0,6}?(?:reports?|story|stories|claims?|articles?|rumou?rs?|speculation|news))(?:\s+as)?)"
     r"\s+(?:(?:mere|pure|purely|market|media|just)\s+)?(?:speculations?|speculative|untrue|false|baseless|unfounded|rumou?rs?|fake|hearsay|fabricated|fabrications?|nonsense)\b"),
    # a stance carried by the quoted words alone: '"This is pure speculation," X said', '"No, we are not"'
    # "the rumour is completely made up", "a hoax"
    ("deny", "made up|made-up|fabricated|hoax", r"\b(?:completely\s+|totally\s+|entirely\s+|simply\s+)?made[\s-]up\b|\bfabricated\b|\b(?:a|an)\s+(?:\w+\s+)?hoax\b"),
    ("deny", "speculation|rumo|fiction|fabrication|nonsense|no,|no.|no!|not at all|absolutely not|certainly not",
     r"\b(?:pure|mere|just|simply|complete|total|idle)\s+(?:speculation|rumou?rs?|fiction|fabrication|nonsense)\b"
     r"|[“\"]\s*(?:No|Not\s+at\s+all|Absolutely\s+not|Certainly\s+not)[,.!]?(?:\s|[”\"])"),
    ("deny", "won't|won’t|will not|not going to", r"[“\"]\s*(?:No[,.]?\s+)?(?:We|I)\s+(?:won[’']t|will\s+not|are\s+not\s+going\s+to|am\s+not\s+going\s+to)\b(?!\s+(?:comment|speculate|get\s+into|go\s+into|discuss|say))"),
    # "That is not on the table", "not something we are looking at", "without merit"
    ("deny", "table|looking at|considering|merit|working on|not making|not developing|not building|not selling|not closing|not shutting|not leaving|not exiting|not moving",
     r"\bnot\s+on\s+the\s+table\b|\b(?:is|are|was|were|[’']s|[’']re)\s+[“\"]?not\s+(?:currently\s+)?(?:working\s+on|making|developing|building|selling|closing|shutting|leaving|exiting|moving)\b|\bnot\s+something\s+(?:that\s+)?we\s*(?:are|[’']re)\s+(?:looking\s+at|considering|pursuing|planning)\b|\b(?:without|no)\s+(?:any\s+)?merit\b"),
    # "We have nothing to add", "we won't speculate", "would be announced in due course": a reply that says nothing
    ("no_comment", "nothing|speculate|get into|in due course|when appropriate|anything to|engage in speculation",
     r"\bnothing\s+(?:further\s+|more\s+)?to\s+(?:add|say|share|announce)\b|\b(?:not|n[’']t)\s+engage\s+in\s+speculation\b|\b(?:do\s+not|don[’']t|does\s+not|doesn[’']t)\s+have\s+anything\s+(?:further\s+|more\s+|new\s+)?to\s+(?:add|say|share|announce)\b|\b(?:won[’']t|will\s+not|not\s+going\s+to|do\s+not|don[’']t)\s+(?:speculate|get\s+into|go\s+into)\b"
     r"|\b(?:would|will)\s+be\s+(?:announced|disclosed)\b[^.;]{0,30}?\b(?:in\s+due\s+course|when\s+appropriate|as\s+required)"),
    # "said it was investigating the reports": an answer that does not yet take a side
    # (the party's own inquiry: "regulators were investigating the company" is the claim, not an answer)
    ("no_comment", "investigat|looking into",
     r"\b(?:it|we|they|the\s+(?:company|firm|group|bank))\s*(?:is|was|are|were|[’']re|[’']s)\s+[“\"]?(?:currently\s+|now\s+)?(?:investigating|looking\s+into)\b"
     r"|\b(?:investigating|looking\s+into)\s+(?:the|these|those)\s+(?:reports?|claims?|allegations?|matter|issue|complaints?)\b"),
    ("partial", "but", r"\b(?:did|do|have|had|has)\s+(?:\w+\s+)?(?:meet|met|speak|spoken|talk|talked|hold|held)\b[^.;]{0,60}?\bbut\s+(?:we\s+|they\s+|it\s+)?(?:never|did\s*not|didn[’']t|have\s*not|haven[’']t|has\s*not|hasn[’']t|had\s*not|hadn[’']t|no)\b"),
    # "the memo was \"authentic but outdated\"": true, but not as told
    ("partial", "but&authentic|genuine|accurate|correct|true", r"\b(?:authentic|genuine|accurate|correct|true)\s+but\b"),
    ("confirm", "confirm|acknowledg", r"(?<!short\sof\s)\bconfirm(?:s|ed|ing)?\b|\backnowledg(?:ed|es|ing)\b"),
    ("confirm", "authentic|genuine", r"\b(?:is|was|are|were)\s+[“\"]?(?:authentic|genuine)\b"),
    ("confirm", "part of|aimed at|intended to|designed to|meant to|necessary to",
     r"\b(?:the\s+)?(?:layoffs|job\s+cuts|cuts|acquisition|restructuring|price\s+increases?|closures?)\s+(?:were|was|are|is)\s+"
     r"(?:being\s+made\s+|made\s+)?(?:part\s+of|aimed\s+at|intended\s+to|designed\s+to|meant\s+to|necessary\s+to)\b"),
    # the party names the cause of the reported event, so takes it as fact: "the outage was caused by an update"
    ("confirm", "caused by|result of|due to", r"\b(?:was|were|had\s+been)\s+(?:caused\s+by|the\s+result\s+of|due\s+to)\b"),
    ("partial", "explor|review|evaluat|assess&option|possibilit|alternative|opportunit",
     r"\b(?:explor|review|evaluat|assess)\w*[\"”’']?\s+(?:\w+\s+){0,3}(?:options|possibilities|alternatives|opportunities)\b"),
    ("partial", "decision&not|n't|n’t", r"\b(?:has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:taken|made|reached)\s+(?:any|a|the)\s+(?:final\s+)?decision"),
    ("partial", "decision|preliminary|exploratory|progressed|certainty|decided|finali|determined|premature", r"\b(?:has|have|had)\s*[“\"]?(?:not|n[’']t)\s+(?:yet\s+)?(?:finali[sz]ed|decided|determined)\b|\bnothing\s+(?:has\s+|had\s+)?(?:yet\s+)?been\s+(?:decided|finali[sz]ed|determined)\b|\bno\s+(?:final\s+|firm\s+)?decisions?\b|\b(?:was|is|were|are|as)\s+[“\"]?premature\b|\bpreliminary\b|\bexploratory\b|\bnever\s+progressed\b|\bno\s+certainty\b"),
)

# English speech verbs (a party's statement) and the words for "the company itself".
EN_SPEECH: tuple[str, ...] = (
    "said", "says", "say", "told", "stated", "added", "responded", "replied", "declined", "denied", "denies",
    "confirmed", "confirms", "clarified", "statement", "did not", "does not", "doesn't", "didn't", "would not",
    "could not", "refused", "spokes", "reads", "comment", "respond", "acknowledged",
)
EN_SELF_REFERENCES: tuple[str, ...] = (
    "the company", "the firm", "the group", "the carmaker", "the automaker", "the studio", "the bank", "the startup",
    "the electronics manufacturer", "the manufacturer", "the retailer", "the operator", "the chipmaker", "it", "we",
    "the developer", "the publisher", "the maker", "the brand", "the platform", "the lender", "the insurer", "the airline",
)
ZH_SELF_REFERENCES: tuple[str, ...] = (
    "该公司", "公司", "官方", "该集团", "对方", "我们", "开发商", "发行商", "厂商", "运营方", "品牌方", "平台方",
    "游戏", "该游戏", "该作", "游戏方",
)

# Role words around an English responder's name ("a Microsoft spokeswoman").
EN_ROLE_WORDS: tuple[str, ...] = (
    "spokesperson", "spokeswoman", "spokesman", "spokespeople", "representative", "rep", "official", "officials",
    "executive", "executives", "CEO", "chief executive", "chairman", "president", "press office", "statement",
)

# Name endings to drop: "Luxshare Precision Industry Co Ltd" -> "Luxshare Precision Industry".
EN_CORPORATE_SUFFIXES: tuple[str, ...] = (
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "SA", "S.A.",
    "AB", "NV", "N.V.", "BV", "A/S", "SE", "GmbH", "Holdings", "Group", "Limited", "Incorporated", "Company",
)

# Capitalised words that start sentences but are not names.
# Places and peoples: where a claim happens, not whom it is about ("a plant in Texas").
EN_PLACES: tuple[str, ...] = tuple(
    "Korea Japan China Taiwan Germany Britain France India Italy Spain Israel Russia Canada Australia America Europe "
    "Asia Africa Brazil Mexico Sweden Switzerland Singapore Vietnam Indonesia Thailand Malaysia Ireland Poland Turkey "
    "Texas California Ohio Georgia Arizona Nevada Michigan Florida London Paris Berlin Tokyo Seoul Beijing Shanghai "
    "Shenzhen Austin Dublin Oslo Munich Mumbai Delhi Bangalore Taipei German Japanese Chinese Taiwanese Korean "
    "American British French Italian Indian Swedish Dutch Spanish Australian Canadian European Israeli Russian "
    "Mexican Brazilian Irish Vietnamese".split()
) + ("South Korea", "Hong Kong", "New York", "the UK", "the US", "U.S.", "Silicon Valley", "Asked")

EN_NOT_NAMES: tuple[str, ...] = (
    "The", "A", "An", "In", "On", "It", "Its", "This", "That", "These", "Those", "However", "But", "And", "Meanwhile",
    "Earlier", "Later", "Last", "Also", "According", "Currently", "We", "Our", "He", "She", "They", "Reliable",
    "Separately", "Analysts", "Analyst", "Sources", "People", "When", "While", "After", "Before", "If", "Responding",
    "Reporting", "Editing", "Writing", "Here", "There", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mr", "Ms", "Mrs", "Dr", "Another", "Both", "Neither", "Some", "Many",
    "Shares", "Stocks", "Investors", "Officials", "Executives", "Chinese", "American", "Japanese", "European",
    "German", "French", "British", "Korean", "Taiwanese", "U.S.", "US", "UK", "EU", "CEO", "Board", "Directors", "Claims", "Reports", "Rumours", "Rumors", "Speculation", "Asked",
    "Since", "Then", "Now", "Still", "Yet", "Instead", "Despite", "Although", "Though", "As", "At", "For", "With",
    # common nouns that open a sentence ("Talks about a merger …"), never a party
    "Talks", "Discussions", "Negotiations", "Plans", "Details", "Sales", "Prices", "Production", "Shipments", "Demand",
    "Layoffs", "Jobs", "News", "Staff", "Employees", "Workers", "Fans", "Users", "Customers", "Rumours", "Negotiators",
    # capitalised common nouns, never a party
    "TV", "EV", "EVs", "AI", "IPO", "M&A", "CFO", "COO", "CTO", "GPU", "CPU", "OLED", "LCD", "PC", "PCs", "5G", "4G",
)
