"""Generate realistic reports to ingest, from the project's own samples, with varied
names, numbers and dates: Hexo posts (`--format post`), web pages (`page`) or one
RSS feed of them (`feed`).

    python benchmarks/make_reports.py --count 10000 --out /tmp/posts

Each post is about 4 KB: a rumour paragraph from a sample, padded with ordinary
news paragraphs (also ours), so the extractor sees the same mix as in real feeds.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, timedelta
from html import escape
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ZH_COMPANIES = ["星河电子", "蓝海芯片", "云杉汽车", "北辰科技", "天枢网络", "白鹭医疗", "青木能源", "赤城半导体"]
EN_COMPANIES = ["Galaxy Electronics", "Bluesea Chips", "Spruce Motors", "Polaris Tech", "Orion Networks",
                "Heron Health", "Aoki Energy", "Redwall Semiconductor"]
ZH_FILLER = ["{c}今日发布了新一代产品，售价与上一代持平。", "数据显示，{c}上季度营收同比增长 {n}%。",
             "{c}表示，将继续加大在研发方面的投入。", "分析人士认为，行业竞争在今年仍将加剧。",
             "{c}此前已在多个城市开设线下门店。"]
EN_FILLER = ["{c} released a new product today at the same price as the last one.",
             "{c} said revenue grew {n}% in the last quarter.", "Analysts expect competition to intensify this year.",
             "{c} has opened stores in several cities.", "Shares of {c} closed {n} cents higher on Tuesday."]


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
    lang, rumour = rnd.choice(samples)
    rumour = _vary(rumour, lang, rnd)
    filler = ZH_FILLER if lang == "zh" else EN_FILLER
    names = ZH_COMPANIES if lang == "zh" else EN_COMPANIES
    paragraphs = rumour.split("\n")
    while sum(len(p.encode()) for p in paragraphs) < 3600:
        paragraphs.append(rnd.choice(filler).format(c=rnd.choice(names), n=rnd.randint(2, 60)))
    day = date(2019, 1, 1) + timedelta(days=rnd.randint(0, 2000))
    title = f"{rnd.choice(names)} {index}"
    return title, "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs), day


def write_posts(out: Path, count: int, seed: int = 11) -> list[Path]:
    rnd = random.Random(seed)
    samples = _samples()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        title, body, day = make_post(i, rnd, samples)
        path = out / f"{day.isoformat()}-{i:05d}.md"
        path.write_text(f"---\ntitle: '{title}'\nauthor: sample\ndate: {day.isoformat()} 10:00:00\n---\n\n{body}\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    paths = write_posts(args.out, args.count, args.seed)
    print(f"{len(paths)} posts in {args.out}")


if __name__ == "__main__":
    main()
