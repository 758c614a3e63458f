"""Terms for full-text search over claims, in Chinese and English.

SQLite's unicode61 tokenizer treats a run of Chinese characters as one token, and a
trigram index cannot find two-character words such as 小米 or 北汽. So claim text is
indexed as our own terms: each Latin/digit word as it is, and each CJK character and
each pair of adjacent CJK characters as a term written in hex (`u5c0f`, `u5c0f7c73`),
which unicode61 keeps intact. A query becomes the AND of its terms; the caller then
checks the literal words against the text, so bigram hits that are not adjacent in
the right order do not count.
"""

from __future__ import annotations

import re

from .keys import nfkc

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK}]")
_HEX_TERM = re.compile(r"u(?:[0-9a-f]{4}){1,2}")


def _hex(chars: str) -> str:
    return "u" + "".join(f"{ord(c):04x}" for c in chars)


def _terms(text: str, *, with_unigrams: bool) -> list[str]:
    text = nfkc(text).casefold()
    terms: list[str] = []
    for run in _TOKEN.findall(text):
        if not _IS_CJK.match(run):
            terms.append(run)
            continue
        if len(run) == 1 or with_unigrams:
            terms.extend(_hex(c) for c in run)
        terms.extend(_hex(run[i : i + 2]) for i in range(len(run) - 1))
    return terms


def index_terms(text: str) -> list[str]:
    return _terms(text, with_unigrams=True)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every term of the query, or None if empty."""
    terms = list(dict.fromkeys(_terms(query, with_unigrams=False)))
    if not terms:
        return None
    # Latin words match as prefixes so "iphone" finds "iPhones".
    return " AND ".join(f'"{t}"' if _is_hex_term(t) else f'"{t}"*' for t in terms)


def _is_hex_term(term: str) -> bool:
    return term.startswith("u") and bool(_HEX_TERM.fullmatch(term))


def query_words(query: str) -> list[str]:
    """The literal pieces of a query that must each appear in a matching claim."""
    return [w for w in nfkc(query).split() if w.strip()]
