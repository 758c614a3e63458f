"""Traditional Chinese read with the Simplified cues, and the words given back as written.

The cue lexicons are written in Simplified characters; a report from Hong Kong or Taiwan
("據彭博社報導…否認") would match none of them. It is read through a Simplified copy of
the same length, so every span found in the copy sits at the same place in the original,
and the extracted fields are given back in the report's own characters.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from enum import Enum
from functools import lru_cache

# Frequent characters that only Traditional text uses: one is enough to convert.
_TRADITIONAL = re.compile("[這們說於與為會來對時後過還點據報導稱認應實傳聞從並將經開關發業們個網們電車價萬]")


def is_traditional(text: str) -> bool:
    return bool(_TRADITIONAL.search(text))


@lru_cache(maxsize=1)
def _converter():
    import opencc  # here: ≈85 ms to import, and only Traditional text needs it

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The same text in Simplified characters, character for character."""
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    # a phrase rule changed the length: convert one character at a time instead
    return "".join(_char(c) for c in text)


@lru_cache(maxsize=8192)
def _char(c: str) -> str:
    out = _converter().convert(c)
    return out if len(out) == 1 else c


class Restorer:
    """Gives back, for a string found in the Simplified copy, the original's characters."""

    def __init__(self, original: str, simplified: str):
        self.original, self.simplified = original, simplified

    def __call__(self, value):
        if isinstance(value, str) and value:
            at = self.simplified.find(value)
            if at >= 0:
                return self.original[at: at + len(value)]
            return value
        if isinstance(value, tuple):
            return tuple(self(v) for v in value)
        return value

    def item(self, item):
        """A frozen dataclass with each text field given back as written."""
        return replace(item, **{f.name: self(getattr(item, f.name)) for f in fields(item)
                                if isinstance(getattr(item, f.name), (str, tuple))
                                and not isinstance(getattr(item, f.name), Enum)})  # a stance is a word of ours
