"""Bytes to text: byte-order mark, then the declared charset, then detection.

GBK text is commonly labelled `gb2312`, and Big5-HKSCS `big5`; decoding with the
narrow label loses characters, so labels are widened to the superset codec first.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels seen in the wild mapped to the codec that decodes everything they promise.
_WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
}

# Python codecs that are no character set a document can be written in: `undefined`
# fails on any input, the escapes and IDNA turn markup into other text, and UTF-7 is
# a known way to smuggle markup (browsers dropped it). Bytes-to-bytes transforms
# (rot13, hex, base64, zlib, bz2, uu, quopri) are told apart by the codec itself.
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"})

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)


def codec_for(label: str | None) -> str | None:
    """The Python codec to use for a declared label, or None when it is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WIDER.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # `_is_text_encoding` is what str.decode itself checks before refusing rot13 & co.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None  # a label naming no character set is ignored like an unknown one
    return _WIDER.get(info.name, info.name)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first few kilobytes."""
    head = data[:4096]
    m = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def decode(data: bytes, location: str, declared: str | None = None) -> str:
    """Decode `data`; ReadError when it is not text at all."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise ReadError(f"{location}: starts with a {codec} byte-order mark but is not {codec}") from None
    if b"\x00" in data[:8192]:
        raise ReadError(f"{location}: not a text file (contains NUL bytes)")
    for label in (declared, declared_charset(data)):
        codec = codec_for(label)
        # Past the NUL test the bytes are ASCII-compatible, so a UTF-16/32 label is
        # wrong: decoded so, an ASCII page turns into CJK garbage without an error.
        # Browsers ignore such a <meta> likewise.
        if codec and not codec.startswith(("utf-16", "utf-32")):
            try:
                return data.decode(codec)
            except UnicodeError:
                continue  # a wrong label, common for GBK pages labelled utf-8: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data, location)


def _detect(data: bytes, location: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ReadError(f"{location}: cannot tell its character encoding (binary data?)")
    codec = codec_for(best.encoding) or "utf-8"
    # Chinese single-byte lookalikes are a known misdetection; prefer a CJK codec
    # that decodes the whole document cleanly.
    for candidate in (codec, "gb18030", "big5hkscs"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode(codec, errors="replace")
