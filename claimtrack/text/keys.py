"""Every "is this the same text?" key, in one place, and the NFKC they all start from.

- `wording_key`: the same wording whatever the punctuation, spacing or case (matching
  claims, a party repeating a quote);
- `name_key`: two spellings of one name, or of one claim's text in an export's identity;
- `spacing_key`: the same text however it is spaced (a report re-read for edits);
- `title_key`: a title repeated as a report's first line, site suffix and all.

Each is part of what is stored or exported (keys in columns, identities in dumps and
feeds): changing one changes what old data means, so they change only with a migration.

NFKC, fast on Chinese text:

`unicodedata.normalize("NFKC", …)` is quick on text that is already normal, but
Chinese prose always carries full-width punctuation ("，", "："), and then CPython
recomposes the whole string: ≈170 µs for a 4 KB report, the largest single cost of
hashing one. Replacing those few characters by their compatibility decomposition
first gives the same NFKD, hence the same NFKC, and usually leaves a string the
quick check passes.
"""

from __future__ import annotations

import re
import unicodedata

# The full-width forms common in Chinese prose, each with its NFKD (which is also its NFKC).
_COMMON_WIDE = tuple((wide, unicodedata.normalize("NFKD", wide)) for wide in "，：；！？（）…　％～")


def nfkc(text: str) -> str:
    """Exactly `unicodedata.normalize("NFKC", text)`."""
    if text.isascii():
        return text
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_NAME_NOISE = re.compile(r"[\s·・.,，、'\"“”‘’《》「」()（）_-]+")
_SPACE = re.compile(r"\s+")


def wording_key(text: str) -> str:
    """NFKC, case-folded, letters and digits only."""
    return _NOT_WORD.sub("", nfkc(text)).casefold()


def name_key(name: str) -> str:
    """The form two spellings of one name share: NFKC, case-folded, no spaces or dots."""
    return _NAME_NOISE.sub("", nfkc(name)).casefold()


def spacing_key(text: str | None) -> str:
    """NFKC with every run of white space one space, none at the ends."""
    return " ".join(nfkc(text or "").split())


def title_key(text: str) -> str:
    """A title compared without spaces and site suffix ("… | IT之家")."""
    text = _SPACE.sub("", text or "")
    return text.split("|")[0].rstrip("。.")
