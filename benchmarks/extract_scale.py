"""Time extracting one report that holds many claims: does the cost grow with the
claims, or with their square? (issue 13: 2,000 claims in one page took 84 s.)

    python benchmarks/extract_scale.py [--repeat 5] [--sizes 500 2000 8000] [--src PATH]

The report is generated here, from our own sentences: each credits an outlet with a
different deal ("据彭博社报道，恒达集团正在洽谈收购…"), so no two state one proposition and
every claim is kept, but one in ten restates an earlier claim, which is merged into it.
With `--denials` each sentence is instead a party denying the rumour it names
("恒达科技否认了收购…的传闻"): a reply is checked against a bounded window of recent
claims, so that page too should cost linearly. The table shows the median of
`--repeat` runs of `extract`, their min – max, and the median per claim, which stays
flat when extraction is linear. `--src` times another checkout of claimtrack (as
extract_speed.py does), e.g. the commit before a change.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extract_speed import noise_probe  # noqa: E402

_CHARS = "安宝北博创达大德东方丰福港光广国海汉航和恒华辉佳建江金京景聚凯康科蓝乐联隆美明南宁鹏普奇启瑞润森山上尚胜盛天通威文武祥欣新信星兴旭亚阳扬耀益逸永优宇远云泽长振正中众卓"
_OUTLETS = ("彭博社", "路透社", "财新", "36氪", "界面新闻")
_DEALS = ("洽谈收购", "计划出售", "考虑投资", "准备关闭", "拟合并")


def report_text(claims: int, seed: int = 7) -> str:
    """A report of about `claims` attributed sentences, one a paragraph."""
    rng = random.Random(seed)

    def name(length: int) -> str:
        return "".join(rng.choice(_CHARS) for _ in range(length))

    lines: list[str] = []
    for _ in range(claims):
        roll = rng.random()
        if roll < 0.1 and lines:
            lines.append(rng.choice(lines).replace("报道", "援引知情人士报道"))
        else:
            lines.append(f"据{rng.choice(_OUTLETS)}报道，{name(3)}集团正在{rng.choice(_DEALS)}{name(2)}公司"
                         f"旗下位于{name(2)}的{rng.randint(1, 99)}号工厂。")
    return "\n\n".join(lines)


def denials_text(replies: int, seed: int = 7) -> str:
    """A page of `replies` denials, each naming the rumour it answers."""
    rng = random.Random(seed)

    def name(length: int) -> str:
        return "".join(rng.choice(_CHARS) for _ in range(length))

    return "\n\n".join(f"{name(4)}科技否认了{rng.choice(_DEALS)}{name(4)}电子旗下工厂的传闻。" for _ in range(replies))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 8000])
    parser.add_argument("--denials", action="store_true", help="a page of denials instead of attributed claims")
    parser.add_argument("--src", type=Path, default=HERE.parent, help="the checkout whose claimtrack to time")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    import claimtrack
    from claimtrack.extract import extract
    from claimtrack.models import Report

    print(f"claimtrack from {Path(claimtrack.__file__).parent}")
    print(f"noise probe at start: {noise_probe():.1f} ms")
    extract(Report(text=report_text(50), title="测试", language="zh"))  # warm up: patterns, the starter list
    header = f"{'sentences':>9} {'KB':>5} {'claims':>6} {'extract s: median':>18} {'min – max':>14} {'ms per claim':>12}"
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        report = Report(text=(denials_text if args.denials else report_text)(size), title="测试", language="zh")
        times, found = [], 0
        for _ in range(args.repeat):
            began = time.perf_counter()
            found = len(extract(report).claims)
            times.append(time.perf_counter() - began)
        median = statistics.median(times)
        print(f"{size:>9} {len(report.text.encode('utf-8')) // 1024:>5} {found:>6} {median:>18.2f} "
              f"{min(times):>6.2f} – {max(times):<5.2f} {median / max(found, 1) * 1000:>12.2f}")
    print(f"noise probe at end: {noise_probe():.1f} ms")


if __name__ == "__main__":
    main()
