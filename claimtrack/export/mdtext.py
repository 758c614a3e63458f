"""Text from reports made inert in markdown, and links limited to http(s).

Exports are read by CommonMark renderers (GitHub, GitLab, markdown-it) and by
Python-Markdown, whose escape rules differ: `\\<` is an escape in CommonMark but a
literal backslash before raw HTML in Python-Markdown. So characters that open HTML
or entities become entities (`&lt;`, `&amp;`), which every renderer decodes to the
character itself, and only characters both renderers can backslash-escape are
escaped with a backslash. Data is never placed at the start of a line, so it cannot
open a heading, list, quote or code block; newlines inside it become spaces.
"""

from __future__ import annotations

import re

from ..text.safe import one_line, safe_url

# Characters both CommonMark and Python-Markdown accept after a backslash.
_BACKSLASH = set("\\`*_[]")
# Characters that open HTML, entities, math or strikethrough somewhere.
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "$": "&#36;", "~": "&#126;"}


def inline(text: str | None) -> str:
    """`text` as literal inline markdown on one line."""
    out = []
    for ch in " ".join(one_line(text).split()):
        if ch in _BACKSLASH:
            out.append("\\" + ch)
        else:
            out.append(_ENTITY.get(ch, ch))
    return "".join(out)


def cell(text: str | None, empty: str = "—") -> str:
    """`text` as one table cell: inline text that also cannot end the cell early."""
    escaped = inline(text).replace("|", "\\|")
    return escaped or empty


def link(label: str | None, url: str | None, empty: str = "—") -> str:
    """A markdown link when `url` is http(s); otherwise the label (or address) as text."""
    target = safe_url(url)
    if target is None:
        return cell(label or url, empty)
    return f"[{cell(label or url)}]({target})"
