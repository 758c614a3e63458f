"""Plain text and Markdown bodies to the text the extractor reads."""

from __future__ import annotations

import re

from .html import fragment_text, tidy
from ..dates.in_text import find_dates

_TERMINAL = tuple(".!?。！？；;:：…\"”’」』)）")
# Each pattern stops scanning at the next character that could start another match
# ("<" in a tag, "[" or "(" in a link, the opening mark in emphasis): a page of
# 64 KB of "[" or "<p" would otherwise be scanned to its end from every position.
_HTML_HINT = re.compile(r"<(?:p|div|br|span|a|strong|h[1-6]|img|section|article)\b[^<>]*+>", re.I)
_MD_URL = r"\((?:[^)(]|\([^()]*+\))*+\)"  # one level of parentheses, as in Wikipedia addresses
_MD_IMAGE = re.compile(r"!\[[^\[\]]*+\]" + _MD_URL)
_MD_LINK = re.compile(r"\[([^\[\]]*+)\]" + _MD_URL)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.M)
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.M)
_MD_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", re.M)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*+){3,}$", re.M)


def looks_like_html(body: str) -> bool:
    tags = _HTML_HINT.finditer(body, 0, 20_000)
    return next(tags, None) is not None and next(tags, None) is not None  # two tags settle it


def markdown_text(body: str) -> str:
    """Markdown with its syntax removed: images dropped, links to their words."""
    if looks_like_html(body):
        return fragment_text(body)
    text = _MD_IMAGE.sub("", body)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_LIST.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return tidy(text)


def plain_text(body: str) -> tuple[str, str]:
    """(title, text) of a plain-text report.

    Hard-wrapped lines are joined back into paragraphs: a line that does not end a
    sentence continues on the next when the next starts in lower case or the line is
    long (wrapped prose); a short line without an ending is a heading.
    """
    lines = [line.strip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []  # the paragraph's pieces, joined once: joining line by line is quadratic
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append("".join(current))
                current = []
            continue
        if current:
            current.append(_separator(current[-1], line))
        current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        ends = line.endswith(_TERMINAL)
        continues = following and not ends and (following[:1].islower() or len(line) >= 45)
        if not continues:
            paragraphs.append("".join(current))
            current = []
    if current:
        paragraphs.append("".join(current))
    title = ""
    if paragraphs and len(paragraphs[0]) <= 150 and not paragraphs[0].endswith(tuple(".。!！?？")):
        title = paragraphs[0]
    return title, tidy("\n\n".join(paragraphs))


# "March 2, 2022 — ", "2 March 2022 - ", "BERLIN, March 2, 2022 — ": a wire story's dateline
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,30},\s*)?(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})|\d{4}-\d{2}-\d{2})"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)\s*",
    re.M,
)


def dateline(text: str):
    """(date, text without it) for a dateline that opens one of the report's first paragraphs."""
    for m in _DATELINE.finditer(text, 0, 2000):
        found = find_dates(m.group("date"), None)
        if found:
            return found[0].date, text[: m.start()] + text[m.end():]
    return None, text


def _separator(left: str, right: str) -> str:
    if left[-1:].isascii() or right[:1].isascii():
        return " "
    return ""  # Chinese wraps without spaces
