"""Generate realistic reports to ingest, from the project's own samples, with varied
names, numbers and dates: Hexo posts (`--format post`), web pages (`page`) or one
RSS feed of them (`feed`).

    python benchmarks/make_reports.py --count 10000 --out /tmp/posts
    python benchmarks/make_reports.py --count 100 --format feed --out /tmp/feed.xml

Each post is about 4 KB: a rumour paragraph from a sample, padded with ordinary
news paragraphs (also ours) of one to three sentences as long as real reports'
sentences, so the extractor sees the same mix and density as in real feeds.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from html import escape
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GENERATION = 3  # bump when the posts change, so cached folders of the old ones are not reused
BEIJING = timezone(timedelta(hours=8))  # pages and feeds date their posts 10:00 Beijing time
ZH_COMPANIES = ["星河电子", "蓝海芯片", "云杉汽车", "北辰科技", "天枢网络", "白鹭医疗", "青木能源", "赤城半导体"]
EN_COMPANIES = ["Galaxy Electronics", "Bluesea Chips", "Spruce Motors", "Polaris Tech", "Orion Networks",
                "Heron Health", "Aoki Energy", "Redwall Semiconductor"]
# Ordinary news sentences of the length real reports have: the corpus measures
# ≈136–150 bytes a sentence, 27–30 sentences per 4 KB (benchmarks/density.py). Shorter
# filler would give twice the sentences per post and time a text no outlet writes.
ZH_FILLER = [
    "{c}今日发布了新一代产品，售价与上一代持平，并表示新品将在本季度末之前进入{n}个城市的门店销售。",
    "数据显示，{c}上季度营收同比增长 {n}%，主要得益于企业客户需求回暖以及硬件业务亏损收窄。",
    "{c}表示，将继续加大在研发方面的投入，今年计划新增约{n}名工程师，重点投向芯片和软件两个方向。",
    "分析人士认为，随着更多企业进入这一市场、主要零部件价格持续下降，行业竞争在今年仍将加剧。",
    "{c}此前已在多个城市开设线下门店，并计划在明年再增加约{n}家，其中大部分位于三四线城市。",
    "在上周举行的行业大会上，{c}展示了其最新的生产线，单条产线的月产能已经达到{n}万台左右。",
]
EN_FILLER = [
    "{c} released a new product today at the same price as the last one, and said it would reach stores in "
    "{n} cities before the end of the quarter.",
    "{c} said revenue grew {n}% in the last quarter, helped by stronger demand from business customers and a "
    "smaller loss in its hardware unit.",
    "Analysts expect competition to intensify this year as more firms enter the market and prices for the main "
    "components keep falling.",
    "{c} has opened stores in several cities over the past year and plans to add about {n} more, most of them "
    "in smaller towns.",
    "Shares of {c} closed {n} cents higher on Tuesday after the company repeated its forecast for the full year "
    "and announced a small buyback.",
    "At an industry fair last week, {c} showed its newest production line, which it said can now turn out about "
    "{n},000 units a month.",
]
FILLER_PER_PARAGRAPH = (1, 3)  # sentences in an ordinary paragraph, at least and at most
IMAGE_SHARE = 0.1  # of ordinary paragraphs that are a picture


def _samples() -> list[tuple[str, str]]:
    folder = resources.files("claimtrack").joinpath("samples")
    out = []
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".md")):
        text = folder.joinpath(name).read_text("utf-8")
        body = text.split("---", 2)[2]
        paragraphs = [re.sub(r"</?p>", "", p).strip() for p in body.strip().split("\n") if p.strip()]
        out.append(("zh" if re.search(r"[\u4e00-\u9fff]{6}", body) else "en", "\n".join(paragraphs[1:])))
    return out


def _vary(text: str, lang: str, rnd: random.Random) -> str:
    names = ZH_COMPANIES if lang == "zh" else EN_COMPANIES
    for old in ("小米", "北汽集团", "北汽蓝谷", "开普勒科技", "Nimbus Motors", "Orbital Cells", "Apple"):
        text = text.replace(old, rnd.choice(names))
    return re.sub(r"\d+", lambda m: str(rnd.randint(2, 99)), text)


def make_post(index: int, rnd: random.Random, samples) -> tuple[str, str, date]:
    """(title, HTML body, day) of one post: the rumour's paragraphs, then ordinary ones."""
    lang, rumour = rnd.choice(samples)
    names = ZH_COMPANIES if lang == "zh" else EN_COMPANIES
    paragraphs = [f"<p>{escape(p)}</p>" for p in _vary(rumour, lang, rnd).split("\n")]
    while sum(len(p.encode()) for p in paragraphs) < 3600:
        paragraphs.append(_ordinary_paragraph(lang, names, rnd))
    day = date(2019, 1, 1) + timedelta(days=rnd.randint(0, 2000))
    title = f"{rnd.choice(names)} {index}"
    return title, "\n".join(paragraphs), day


def _ordinary_paragraph(lang: str, names: list[str], rnd: random.Random) -> str:
    """One to three filler sentences with the inline markup blogs carry (links, bold,
    images): the corpus's posts hold a median of ≈24 opening tags per 4 KB and these
    ≈28 (benchmarks/density.py)."""
    if rnd.random() < IMAGE_SHARE:
        return f'<p><img src="/images/{rnd.randint(1, 9999)}.jpg" alt="{escape(rnd.choice(names))}"></p>'
    sentences = []
    for _ in range(rnd.randint(*FILLER_PER_PARAGRAPH)):
        company, number = rnd.choice(names), rnd.randint(2, 60)
        linked = f'<a href="/tags/{names.index(company)}/">{escape(company)}</a>' if rnd.random() < 0.35 \
            else escape(company)
        shown = f"<strong>{number}</strong>" if rnd.random() < 0.2 else str(number)
        sentences.append(escape(rnd.choice(ZH_FILLER if lang == "zh" else EN_FILLER)).format(c=linked, n=shown))
    return f"<p>{('' if lang == 'zh' else ' ').join(sentences)}</p>"


def _posts(count: int, seed: int):
    """(file stem, title, HTML body, day) of `count` posts, the same for the same seed."""
    rnd = random.Random(seed)
    samples = _samples()
    for i in range(count):
        title, body, day = make_post(i, rnd, samples)
        yield f"{day.isoformat()}-{i:05d}", title, body, day


def write_posts(out: Path, count: int, seed: int = 11) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, title, body, day in _posts(count, seed):
        path = out / f"{stem}.md"
        path.write_text(f"---\ntitle: '{title}'\nauthor: sample\ndate: {day.isoformat()} 10:00:00\n---\n\n{body}\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def page_html(title: str, body: str, day: date) -> str:
    """A post as a news web page, dated the way sites do (article:published_time)."""
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="article:published_time" content="{day.isoformat()}T10:00:00+08:00"></head>'
            f"<body><article><h1>{escape(title)}</h1>\n{body}\n</article></body></html>\n")


def rss_feed(title: str, items: list[tuple[str, str, str, str, date]]) -> str:
    """RSS 2.0 of (guid, link, title, body, day) items, newest first, as most feeds carry
    them: a summary (the first paragraph) and a link to the whole page."""
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>']
    for guid, link, item_title, body, day in items:
        summary = body.split("\n", 1)[0]
        published = format_datetime(datetime.combine(day, time(10), BEIJING))
        out.append(f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link>"
                   f"<guid isPermaLink=\"false\">{escape(guid)}</guid><pubDate>{published}</pubDate>"
                   f"<description>{escape(summary)}</description></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


def write_pages(out: Path, count: int, seed: int = 11) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, title, body, day in _posts(count, seed):
        path = out / f"{stem}.html"
        path.write_text(page_html(title, body, day), encoding="utf-8")
        paths.append(path)
    return paths


def write_feed(out: Path, count: int, seed: int = 11, base: str = "https://example.org/") -> Path:
    """One RSS file of `count` entries whose links are `base` + the page's file name."""
    items = [(f"{stem}.html", f"{base}{stem}.html", title, body, day) for stem, title, body, day in _posts(count, seed)]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(rss_feed("claimtrack sample feed", items[::-1]), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="a folder; for --format feed, the file")
    parser.add_argument("--format", choices=("post", "page", "feed"), default="post")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if args.format == "feed":
        print(f"{args.count} entries in {write_feed(args.out, args.count, args.seed)}")
        return
    paths = (write_pages if args.format == "page" else write_posts)(args.out, args.count, args.seed)
    print(f"{len(paths)} {args.format}s in {args.out}")


if __name__ == "__main__":
    main()
