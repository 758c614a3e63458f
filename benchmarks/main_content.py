"""Web pages: how much of the page around the report each reader keeps, and its cost.

    python benchmarks/main_content.py                 # fixtures, 60 generated pages, 40 plain ones
    python benchmarks/main_content.py --pages 200 --repeat 9 --json out.json

The pages are the fixtures under tests/fixtures/pages/ (with their sidecars) and pages
generated here, the same for the same --seed: a story from make_reports.py (the
project's own sample paragraphs and filler) set in one of four layouts a news site
uses, with a cookie banner, navigation, share links, a captioned picture, a "more on
this story" box, related and most-read headlines (some worded as rumours, as real ones
are), a promotion, readers' comments and a footer, in English or Chinese; and, as a
control, make_reports.py's pages of the story alone.

Per reader, pooled over the pages: the share of the text's characters (spaces and
line breaks not counted) that are not the story's (headline and paragraphs), the
share of the story's paragraphs it keeps whole, the claims the extractor finds in
what is not the story, and the median of each page's median time. "old" is the page
reader alone (readers/html.py, `page_text_and_meta`); "new" is `read_page`, which
runs the page reader (for the metadata and the fallback) and the main-content
extractor.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

FIXTURES = HERE.parent / "tests" / "fixtures" / "pages"
LAYOUTS = ("article-in-main", "div-with-sidebar-promo", "main-only", "plain-divs")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    story: tuple[str, ...]  # headline, then paragraphs


# -- generated pages -----------------------------------------------------------

EN = {
    "cookie": ["We use cookies to improve your experience and to show you relevant advertising.",
               "By clicking Accept you agree to our cookie policy.", "Accept all"],
    "nav": ["Home", "News", "Business", "Technology", "Markets", "Opinion"],
    "share": ["Share on Facebook", "Share on Twitter", "Share by email", "Copy link"],
    "byline": "By {reporter}, technology correspondent",
    "caption": "{c} showed its new production line to visitors last month. Photograph: staff",
    "more": "More on this story",
    "related": "Related stories",
    "most_read": "Most read",
    "comments": "Readers' comments",
    "headlines": [
        "{c} shares fall after a profit warning",
        "{c} is said to be exploring a sale of its chip unit, people familiar with the matter say",
        "{c} in talks to buy a rival, sources say",
        "Regulator opens inquiry into the battery market",
        "Five things to know before the markets open",
        "{c} to cut 300 jobs as orders slow",
        "{c} plans to list its cloud arm next year, according to people familiar with the plans",
    ],
    "promo": ["Sign up to our morning briefing",
              "The day's most important business and technology news, with analysis from our reporters, delivered "
              "to your inbox every weekday before seven. Free for registered readers; unsubscribe at any time with "
              "one click. Our newsletters also bring you invitations to reader events and early access to our "
              "investigations."],
    "comment_lines": ["I heard {c} is in talks to merge with its biggest rival, which would explain a lot.",
                      "Shares will be back up by Friday, mark my words.",
                      "Great reporting as always."],
    "footer": ["Copyright 2024 The Example Courier. All rights reserved.", "About us", "Contact",
               "Privacy policy", "Terms of use"],
    "reporters": ["Ada Brook", "Tom Vale", "Maya Fenn", "Leo Marsh"],
}
ZH = {
    "cookie": ["本网站使用Cookie以改善您的浏览体验并展示相关广告。", "继续浏览即表示您同意我们的Cookie政策。", "接受"],
    "nav": ["首页", "新闻", "财经", "科技", "汽车", "评论"],
    "share": ["分享到微信", "分享到微博", "分享到QQ空间", "复制链接"],
    "byline": "记者 {reporter}",
    "caption": "图为{c}上月向参观者展示的新生产线。图片来源：本报资料图",
    "more": "延伸阅读",
    "related": "相关新闻",
    "most_read": "热门排行",
    "comments": "网友评论",
    "headlines": [
        "{c}发布业绩预警 股价应声下跌",
        "知情人士称{c}正考虑出售旗下芯片业务",
        "消息称{c}正洽谈收购一家竞争对手",
        "监管部门对电池市场展开调查",
        "开盘前需要了解的五件事",
        "{c}计划裁员三百人 订单增长放缓",
        "据悉{c}拟明年分拆云业务上市",
    ],
    "promo": ["下载本报客户端",
              "第一时间获取最新财经资讯、独家深度报道和实时行情数据，每天早晨还有精选早报推送。新用户注册即可免费阅读"
              "全部付费栏目三十天，更有机会参加线下读者活动，与资深记者面对面交流，了解新闻背后的故事。客户端还提供自选股"
              "提醒、上市公司公告速递和专家在线问答等功能，所有内容均可离线保存，随时随地查看，让您不错过任何一条重要的"
              "市场动态，欢迎扫描下方二维码下载安装。"],
    "comment_lines": ["听说{c}正在和最大的竞争对手谈合并，难怪最近股价这么强。", "周五之前肯定涨回来。", "写得好，支持。"],
    "footer": ["Copyright © 2024 示例商报 版权所有", "关于我们", "联系我们", "隐私政策", "广告服务"],
    "reporters": ["林晓", "周岚", "陈默", "许青"],
}


def _text_of(paragraph_html: str) -> str:
    return " ".join(html_lib.unescape(_TAG.sub("", paragraph_html)).split())


def _links(items: list[str], cls: str) -> str:
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/n/{i}">{html_lib.escape(t)}</a></li>'
                                           for i, t in enumerate(items)) + "</ul>"


def generated_pages(count: int, seed: int) -> list[Page]:
    from make_reports import EN_COMPANIES, ZH_COMPANIES, _samples, make_post

    rnd = random.Random(seed)
    samples = _samples()
    pages = []
    for i in range(count):
        title, body, _ = make_post(i, rnd, samples)
        paragraphs = [line for line in body.split("\n") if _text_of(line)]
        zh = bool(re.search(r"[\u4e00-\u9fff]", "".join(paragraphs)))
        words, names = (ZH, ZH_COMPANIES) if zh else (EN, EN_COMPANIES)
        layout = LAYOUTS[i % len(LAYOUTS)]
        html = _page(title, paragraphs, layout, words, names, rnd)
        story = (title, *(_text_of(p) for p in paragraphs))
        pages.append(Page(f"gen-{i:03d}-{'zh' if zh else 'en'}-{layout}", html, story))
    return pages


def _page(title: str, paragraphs: list[str], layout: str, w: dict, names: list[str], rnd: random.Random) -> str:
    c = rnd.choice(names)
    heads = [h.format(c=rnd.choice(names)) for h in rnd.sample(w["headlines"], 6)]
    esc = html_lib.escape
    cookie = (f'<div class="cookie-banner" id="consent"><p>{esc(w["cookie"][0])}</p><p>{esc(w["cookie"][1])} '
              f'<a href="#">{esc(w["cookie"][2])}</a></p></div>')
    nav = "<header><a href='/' class='logo'>Courier</a><nav>" + " ".join(
        f"<a href='/{n}'>{esc(n)}</a>" for n in w["nav"]) + "</nav></header>"
    share = '<div class="share-tools">' + "".join(f'<a href="#">{esc(s)}</a>' for s in w["share"]) + "</div>"
    byline = f'<p class="byline">{esc(w["byline"].format(reporter=rnd.choice(w["reporters"])))}</p>'
    figure = (f'<figure><img src="/img/{rnd.randint(1, 999)}.jpg" alt="">'
              f'<figcaption>{esc(w["caption"].format(c=c))}</figcaption></figure>')
    more = f'<div class="more-on-this-story"><h2>{esc(w["more"])}</h2>{_links(heads[:3], "links")}</div>'
    related = f'<section class="related-stories"><h2>{esc(w["related"])}</h2>{_links(heads[3:5], "links")}</section>'
    most_read = f'<div class="most-read"><h2>{esc(w["most_read"])}</h2>{_links(heads[5:], "ranked")}</div>'
    promo = (f'<article class="promo"><h2>{esc(w["promo"][0])}</h2><p>{esc(w["promo"][1])}</p>'
             f'<p><a href="/signup">{esc(w["promo"][0])}</a></p></article>')
    comments = (f'<div class="comments"><h3>{esc(w["comments"])}</h3>' + "".join(
        f'<div class="comment"><p>{esc(t.format(c=c))}</p></div>' for t in w["comment_lines"]) + "</div>")
    footer_items = "".join(f"<p>{esc(t)}</p>" for t in w["footer"])
    # the picture after the second paragraph, the "more" box after the fourth, as sites place them
    body = list(paragraphs)
    body.insert(min(2, len(body)), figure)
    body.insert(min(5, len(body)), more)
    story = "\n".join(body)
    h1 = f"<h1>{esc(title)}</h1>"
    if layout == "article-in-main":
        main = (f"<main><article class='story'>{h1}{byline}{share}<div class='story-body'>{story}</div>{share}"
                f"{related}</article>{promo}</main>{most_read}")
        footer = f"<footer>{footer_items}</footer>"
    elif layout == "div-with-sidebar-promo":
        main = (f"<div class='wrap'><div class='main-col'>{h1}{byline}{share}<div class='text'>{story}</div>"
                f"{related}</div><div class='sidebar'>{promo}{most_read}</div></div>")
        footer = f"<div class='site-footer'>{footer_items}</div>"
    elif layout == "main-only":
        main = f"<main>{h1}{byline}{share}{story}{related}{comments}</main>{most_read}"
        footer = f"<footer>{footer_items}</footer>"
    else:  # plain-divs: no element says what anything is
        main = (f"<div id='page'><div class='col-left'>{h1}{byline}{story}{share}{related}{comments}</div>"
                f"<div class='col-right'>{most_read}</div></div>")
        footer = f"<div class='bottom'>{footer_items}</div>"
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<script>var analytics = {{page: 1}};</script></head><body>{cookie}{nav}{main}{footer}</body></html>")


def plain_pages(count: int, seed: int) -> list[Page]:
    """make_reports.py's web pages: the story alone in an <article>, as `update` fetches
    them in the update benchmark; nothing to remove, so what it costs and loses."""
    from make_reports import _posts, page_html

    pages = []
    for stem, title, body, day in _posts(count, seed):
        paragraphs = [_text_of(line) for line in body.split("\n") if _text_of(line)]
        pages.append(Page(f"plain-{stem}", page_html(title, body, day), (title, *paragraphs)))
    return pages


def fixture_pages() -> list[Page]:
    pages = []
    for path in sorted(FIXTURES.glob("*.html")):
        want = json.loads(path.with_name(path.stem + ".expect.json").read_text("utf-8"))
        pages.append(Page(path.name, path.read_text("utf-8"), (want["headline"], *want["paragraphs"])))
    return pages


# -- measuring -------------------------------------------------------------------


@dataclass
class Tally:
    chars: int = 0
    boilerplate: int = 0
    paragraphs: int = 0
    kept: int = 0
    claims: int = 0
    boilerplate_claims: int = 0

    def add(self, other: Tally) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))


def score(text: str, page: Page, extract_claims: bool) -> Tally:
    story = "\n".join(page.story)
    tally = Tally()
    for line in text.split("\n"):
        size = len("".join(line.split()))
        tally.chars += size
        if line.strip() and line.strip() not in story:
            tally.boilerplate += size
    lines = set(text.split("\n"))
    tally.paragraphs = len(page.story) - 1
    tally.kept = sum(p in lines for p in page.story[1:])
    if extract_claims:
        from claimtrack.extract import extract
        from claimtrack.models import Report

        claims = extract(Report(text=text, title=page.story[0], language="und")).claims
        tally.claims = len(claims)
        tally.boilerplate_claims = sum(c.text not in story for c in claims)
    return tally


def timed(fn, html: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(html)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=60, help="generated pages besides the fixtures")
    parser.add_argument("--plain", type=int, default=40, help="pages of the story alone (make_reports.py's)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=7, help="timings per page and reader (median taken)")
    parser.add_argument("--no-claims", action="store_true", help="skip running the extractor on each text")
    parser.add_argument("--json", type=Path, help="also write the per-page figures here")
    args = parser.parse_args(argv)

    from claimtrack.readers.html import page_text_and_meta
    from claimtrack.readers.page import read_page

    readers = {"old": lambda html: page_text_and_meta(html)[0], "new": lambda html: read_page(html, "page.html").text}
    for reader in readers.values():
        reader("<html><body><article><p>warm up: imports and caches</p></article></body></html>")
    fixtures, generated = fixture_pages(), generated_pages(args.pages, args.seed)
    plain = plain_pages(args.plain, args.seed)
    pages = fixtures + generated + plain
    groups = {"fixtures": fixtures, "generated": generated, "fixtures + generated": fixtures + generated,
              "story alone (4 KB)": plain}
    rows, per_page = [], []
    results: dict[tuple[str, str], tuple[Tally, list[float]]] = {}
    for page in pages:
        record = {"page": page.name, "bytes": len(page.html.encode())}
        for name, reader in readers.items():
            text = reader(page.html)
            tally = score(text, page, not args.no_claims)
            seconds = timed(reader, page.html, args.repeat)
            record[name] = {**vars(tally), "ms": seconds * 1000}
            for group, members in groups.items():
                if page.name in {m.name for m in members}:
                    total, times = results.setdefault((group, name), (Tally(), []))
                    total.add(tally)
                    times.append(seconds)
        per_page.append(record)

    print(f"{len(fixtures)} fixture pages, {len(generated)} generated with boilerplate and {len(plain)} without "
          f"(seed {args.seed}); median of {args.repeat} timings per page")
    print("| pages | reader | boilerplate share | story paragraphs kept | claims from boilerplate | median ms/page |")
    print("|---|---|---:|---:|---:|---:|")
    for group, members in groups.items():
        for name in readers:
            total, times = results[(group, name)]
            share = total.boilerplate / total.chars if total.chars else 0.0
            claims = f"{total.boilerplate_claims} of {total.claims}" if not args.no_claims else "–"
            row = (f"| {group} ({len(members)}) | {name} | {share:.1%} | {total.kept}/{total.paragraphs} | {claims} "
                   f"| {statistics.median(times) * 1000:.2f} |")
            rows.append(row)
            print(row)
    if args.json:
        args.json.write_text(json.dumps(per_page, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
