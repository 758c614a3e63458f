"""Text from outside shown safely: control, bidi and zero-width characters made visible.

Rich stops markup only when text is passed as `Text`, and passes ESC/OSC sequences
through untouched, so every string that came from a report or a user goes through
`visible` before it reaches a terminal or an export.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

# What a terminal would act on or show as nothing: C0 controls except tab and newline,
# DEL, C1 controls; bidi marks, embeddings, overrides and isolates (U+061C, U+200E-F,
# U+202A-E, U+2066-9); zero-width and invisible format characters (soft hyphen U+00AD,
# combining grapheme joiner U+034F, Mongolian vowel separator U+180E, U+200B-D, word
# joiner and invisible operators U+2060-F, BOM, interlinear annotation U+FFF9-B, musical
# format U+1D173-A, tags U+E0000-7F); blank letters that pass for a name (Hangul fillers
# U+115F, U+1160, U+3164, U+FFA0; Khmer U+17B4-5); line and paragraph separators.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_INVISIBLE}]")
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{_INVISIBLE}]")


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
    return _JSON_UNSAFE.sub(lambda m: _json_escape(m.group(0)), text)


def _json_escape(ch: str) -> str:
    """`\\uXXXX`, or a surrogate pair of them beyond U+FFFF (a tag character)."""
    return json.dumps(ch)[1:-1]


_SCHEME = re.compile(r"https?://[^/?#\s]", re.IGNORECASE)
_URL_SAFE = "-._~:/?#@!$&*+,;=%"


def safe_url(url: str | None) -> str | None:
    """An http(s) address ready for a link destination, or None for anything else.

    `javascript:`, `data:`, mixed-case or entity-encoded schemes and addresses with
    control characters or spaces are refused, not repaired.
    """
    if not url:
        return None
    url = url.strip()
    if not _SCHEME.match(url) or any(ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what could end the destination or a table cell: ( ) < > | " ' \ ` [ ].
    return quote(url, safe=_URL_SAFE)
