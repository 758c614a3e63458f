"""Build a realistic claimtrack database of any size through the library's own API.

    python benchmarks/make_db.py --claims 10000 --out /tmp/bench-10k.db

Claims in Chinese and English about a pool of companies, from a pool of outlets
and leakers, spread over years; most get two or three responses of mixed stances,
some a verdict. Seeded, so the same arguments give the same database.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtrack import record  # noqa: E402
from claimtrack.dates.partial import PartialDate  # noqa: E402
from claimtrack.models import NewClaim, NewResponse, NewVerdict, Stance, Verdict  # noqa: E402
from claimtrack.store import Store  # noqa: E402

COMPANIES_ZH = ["小米", "华为", "腾讯", "阿里巴巴", "字节跳动", "比亚迪", "宁德时代", "蔚来", "百度", "京东",
                "美团", "联想", "荣耀", "理想汽车", "小鹏汽车", "北汽集团", "台积电", "中芯国际", "大疆", "网易"]
COMPANIES_EN = ["Apple", "Microsoft", "Google", "Amazon", "Meta", "Tesla", "Nvidia", "Intel", "Samsung", "Sony",
                "Qualcomm", "AMD", "Netflix", "Uber", "Airbnb", "Spotify", "Oracle", "IBM", "Cisco", "Adobe"]
OUTLETS = ["Bloomberg", "Reuters", "The Information", "36氪", "晚点LatePost", "财新", "21世纪经济报道",
           "The Wall Street Journal", "Nikkei", "DigiTimes", "郭明錤", "Mark Gurman", None]
ZH_TEMPLATES = ["{a}正在洽谈收购{b}旗下的{n}号业务", "{a}计划在{y}年推出第{n}代自研芯片", "{a}将裁员约{n}%，主要涉及{b}合作部门",
                "{a}与{b}就联合生产第{n}款电动汽车进行谈判", "{a}拟以{n}亿美元出售部分{b}股份"]
EN_TEMPLATES = ["{a} is in talks to acquire {b}'s unit number {n}", "{a} plans to launch its {n}th in-house chip in {y}",
                "{a} will cut about {n}% of staff in its {b} partnership team", "{a} and {b} discuss jointly building car model {n}",
                "{a} weighs selling a ${n} billion stake in {b}"]
QUOTES = {Stance.DENY: ["纯属谣言", "This report is inaccurate."], Stance.NO_COMMENT: ["不予置评", "declined to comment"],
          Stance.UNAWARE: ["没有听说过此事", "is not aware of any such plan"], Stance.CONFIRM: ["消息属实", "We can confirm."],
          Stance.PARTIAL: ["确有接触，但尚未达成协议", "Talks took place but no agreement was reached."]}


def make(path: Path, claims: int, seed: int = 7) -> float:
    rnd = random.Random(seed)
    start = date(2014, 1, 1)  # so that every date below (at most 4,300 days on) is past: the tracker refuses future ones
    began = time.perf_counter()
    with Store.open(path) as store:
        for index in range(claims):
            if index % 1000 == 0:
                if store.conn.in_transaction:
                    store.conn.execute("COMMIT")
                store.conn.execute("BEGIN IMMEDIATE")
            zh = rnd.random() < 0.5
            pool = COMPANIES_ZH if zh else COMPANIES_EN
            a, b = rnd.sample(pool, 2)
            n, y = rnd.randint(2, 999), rnd.randint(2017, 2030)
            text = rnd.choice(ZH_TEMPLATES if zh else EN_TEMPLATES).format(a=a, b=b, n=n, y=y)
            day = start + timedelta(days=rnd.randint(0, 3600))
            source = rnd.choice(OUTLETS)
            claim = record.add_claim(store, NewClaim(
                text=text, source=source, subjects=(a, b), anonymous=source is None or rnd.random() < 0.6,
                reported_on=PartialDate.of(day), url=f"https://example.org/{index}",
            ))
            for r in range(rnd.choice([0, 2, 2, 3, 3])):
                stance = rnd.choice(list(Stance))
                record.respond(store, claim.id, NewResponse(
                    responder=rnd.choice([a, b]), stance=stance, quote=QUOTES[stance][0 if zh else 1],
                    responded_on=PartialDate.of(day + timedelta(days=rnd.randint(0, 20))),
                ))
            if rnd.random() < 0.3:
                record.resolve(store, claim.id, NewVerdict(
                    verdict=rnd.choice(list(Verdict)),
                    decided_on=PartialDate.of(day + timedelta(days=rnd.randint(30, 700))),
                ))
        store.conn.execute("COMMIT")
        store.conn.execute("PRAGMA optimize")
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists; remove it first")
    seconds = make(args.out, args.claims, args.seed)
    print(f"{args.out}: {args.claims} claims in {seconds:.1f} s")


if __name__ == "__main__":
    main()
