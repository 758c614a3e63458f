"""Stage 1: a file, web page or post -> Report.

`read_report` is the one entry point; each format is a small module. Every problem a
user can cause comes back as a ReadError whose one-line message names the input.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..dates.partial import PartialDate
from ..errors import ReadError
from ..models import Report
from . import fetch as fetching
from .charset import decode
from .files import read_file
from .language import detect_language
from .page import read_page
from .post import has_front_matter, read_post
from .text import dateline, markdown_text, plain_text

_SLUG_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Every piece of these two can match a given text in one way only (a comment cannot
# contain "-->", an internal DTD subset ends at the first "]" before ">") and nothing
# is given back (possessive), so a page that does not match fails in linear time.
# With `<!--.*?-->` a page of adjacent comment pairs backtracked exponentially: 1 KB
# with 20 pairs took 1.6 s, doubling with each pair, and a real 62 KB page never ended.
_COMMENT = r"<!--(?:[^-]|-(?!->))*+-->"
_HTML_START = re.compile(r"\A\s*+(?:" + _COMMENT + r"\s*+)*+<(?:!doctype\s+html|html|head|body)\b", re.I)
# An RSS/Atom document: read as plain text it would store its markup (and any DOCTYPE) as claims.
_PROLOGUE = r"(?:(?:" + _COMMENT + r"|<\?[^>]*+>)\s*+)*+"  # the XML declaration, comments, processing instructions
_FEED_START = re.compile(
    r"\A\s*+" + _PROLOGUE + r"(?:<!doctype[^>\[]*+(?:\[(?:[^\]]|\](?!\s*>))*+\])?\s*+>\s*+" + _PROLOGUE + r")?"
    r"<(?:rss|feed|rdf:rdf)\b",
    re.I,
)

__all__ = ["read_report", "ReadError"]


def read_report(location: str, data: bytes | None = None) -> Report:
    """Read the report at `location` (a path or an http(s) address).

    `data`, when given, is the report's bytes and `location` only names it.
    """
    origin = "file"
    declared = None
    url = None
    if location.lower().startswith(("http://", "https://")):
        origin, url = "url", location
        if data is None:
            got = fetching.fetch(location)
            data, declared, url = got.data, got.charset, got.url
    elif data is None:
        data = read_file(location)
    if not data or not data.strip():
        raise ReadError(f"{location}: empty report")

    text = decode(data, location, declared)
    try:
        return _parse(text, location, origin, url)
    except RecursionError:
        raise ReadError(f"{location}: nested too deeply to read") from None


def _parse(text: str, location: str, origin: str, url: str | None) -> Report:
    suffix = Path(url or location).suffix.lower()
    if _FEED_START.match(text[:65536]):
        raise ReadError(f"{location}: an RSS or Atom feed, not a report (claimtrack update reads feeds)")
    if has_front_matter(text):
        report = read_post(text, location)
    elif suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(text[:4096]):
        report = read_page(text, location)
    elif suffix in (".md", ".markdown"):
        report = Report(text=markdown_text(text))
    else:
        title, body = plain_text(text)
        published, body = dateline(body)
        report = Report(text=body, title=title, published=published)
    language = report.language if report.language != "und" else detect_language(report.title + "\n" + report.text)
    published = report.published
    if published is None:
        published = _date_from_name(location)
    return Report(
        text=report.text,
        title=report.title,
        outlet=report.outlet,
        author=report.author,
        language=language,
        published=published,
        url=report.url or url,
        origin=origin,
        location=location,
        categories=report.categories,
    )


def _date_from_name(location: str):
    """A `YYYY-MM-DD` in the file name, as archives name their files."""
    m = _SLUG_DATE.search(Path(location).name)
    if not m:
        return None
    try:
        return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
