"""Which language a text is in, by the share of CJK characters among its letters."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """`zh`, `en`, or `und` when there are hardly any letters."""
    sample = text[:20_000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cjk + latin < 3:
        return "und"
    # A Chinese character carries about a word; an English word is ~5 letters.
    return "zh" if cjk * 4 >= latin * 0.5 else "en"
