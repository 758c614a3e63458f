"""Text from outside shown safely: control, bidi and zero-width characters made visible.

Rich stops markup only when text is passed as `Text`, and passes ESC/OSC sequences
through untouched, so every string that came from a report or a user goes through
`visible` before it reaches a terminal or an export.
"""

from __future__ import annotations

import json
import re

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/
# isolates, zero-width characters and the BOM.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2028\u2029]")


def _marker(m: re.Match) -> str:
    ch = m.group(0)
    code = ord(ch)
    if code < 0x20:
        return "^" + chr(code + 0x40)  # ESC -> ^[, NUL -> ^@
    if code == 0x7F:
        return "^?"
    return f"<U+{code:04X}>"


def visible(text: str | None, *, keep_newlines: bool = True) -> str:
    """`text` with every unsafe character replaced by a visible marker (`^[`, `<U+202E>`)."""
    if not text:
        return ""
    out = _UNSAFE.sub(_marker, text)
    if not keep_newlines:
        out = out.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return out


def one_line(text: str | None) -> str:
    return visible(text, keep_newlines=False)


def json_dumps(obj, *, indent: int | None = 2) -> str:
    """JSON whose bytes are safe on a terminal; the decoded data is unchanged."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
