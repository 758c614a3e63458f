"""RSS/Atom bytes -> entries, safely, and an entry as a report.

Feeds are parsed from bytes we fetched ourselves (under a deadline and a size cap,
see readers/fetch.py), never by handing an address to a feed library: feedparser's
own fetching has no timeout, inflates gzip bombs and reads `file://`.

Parsing uses lxml with entity resolution, DTD loading and network access off, and a
feed that declares its own entities is refused outright, as defusedxml does: the
expat here (2.5.0) predates the 2.6.0 fixes, and no legitimate feed needs them.
A feed that is not well-formed is read as far as it goes (lxml's recover mode):
entries that parse are kept and the problem is reported, feedparser's `bozo`.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import html as html_lib
from html.entities import name2codepoint
import re
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..errors import ReadError
from ..models import Feed, Report
from .charset import decode
from .fetch import address_problem
from .html import fragment_text
from .language import detect_language
from .published import parse_published

MAX_TITLE = 2_000  # characters; a longer "title" is an attack or a broken feed
MAX_BODY = 1_000_000
MAX_LINK = 2_048
MAX_KEY = 500

_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_ENTITY_DECL = re.compile(rb"<!ENTITY|<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y", re.I)
# XML's own five are left to the parser by the pattern itself: escaped HTML in a
# summary is thousands of &lt; and &gt; per feed, each a call otherwise.
_NAMED_REF = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)[\s>]")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20]")
# A child counts as an entry's field only in the feed's own namespace (or none):
# `media:title` is no title and `atom:link` inside an RSS item no link. Dublin Core
# and content:encoded are read under their own prefix.
_RSS_HOMES = frozenset({"", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
                        "http://backend.userland.com/rss2", "http://backend.userland.com/rss"})
_ATOM_HOMES = frozenset({"", "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"})
_MODULES = {"http://purl.org/dc/elements/1.1/": "dc:", "http://purl.org/rss/1.0/modules/content/": "content:"}
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
_HTML_TYPES = frozenset({"html", "text/html"})
_XHTML_TYPES = frozenset({"xhtml", "application/xhtml+xml"})
_CLOSING = {tag: re.compile(rb"</(?:[\w.-]++:)?" + tag + rb"\s*+>") for tag in (b"entry", b"item")}



@dataclass(frozen=True)
class Entry:
    """One RSS item or Atom entry, as plain strings."""

    key: str  # the entry's id, else its link, else a hash of what it says
    title: str = ""
    link: str | None = None  # an http(s) address, or None
    refused_link: str | None = None  # a link with any other scheme, kept as text only
    html: str = ""  # content when the feed carries it, else the summary
    has_content: bool = False
    published: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    format: str | None  # rss, atom, rdf; None when it is no feed at all
    title: str = ""
    entries: tuple[Entry, ...] = ()
    problems: tuple[str, ...] = ()  # not well-formed: feedparser's bozo
    refused: tuple[str, ...] = ()  # links with schemes we never follow
    fatal: str | None = None  # nothing could be read, and why

    @property
    def bozo(self) -> bool:
        return bool(self.problems) or self.fatal is not None


def looks_like_feed(data: bytes) -> bool:
    """Whether fetched bytes are RSS or Atom rather than a web page."""
    head = data[:4096].replace(b"\x00", b"")
    return bool(_FEED_ROOT.search(head)) and b"<html" not in head.lower()


def parse_feed(data: bytes, base_url: str | None = None) -> ParsedFeed:
    """Entries from RSS 0.9x/1.0/2.0 or Atom bytes; never raises on bad input."""
    if _ENTITY_DECL.search(data[:65536]):
        return ParsedFeed(None, fatal="the feed declares XML entities; refused (entity expansion attacks)")
    payload = _prepared(data)
    try:
        root, problems = _parse_xml(payload)
    except Exception as err:  # lxml raises a handful of types on hostile input
        return ParsedFeed(None, fatal=f"not XML ({err.__class__.__name__}: {_short(str(err))})")
    if root is None:
        return ParsedFeed(None, problems=tuple(problems), fatal="not a feed: no XML document found")
    fmt = _format_of(root)
    if fmt is None:
        return ParsedFeed(None, problems=tuple(problems), fatal=f"not a feed: the document is <{_local(root)}>")
    entries, refused = _entries(root, fmt, base_url)
    if problems:
        entries, cut = _complete_only(entries, payload, fmt)
        if cut:
            problems.append(f"the feed ends early: {cut} unfinished entr{'y' if cut == 1 else 'ies'} "
                            "left for the next run")
    homes = _homes(root, fmt)
    title = _cap(_text(_find(root if fmt == "atom" else _channel(root, homes), homes, "title")), MAX_TITLE)
    return ParsedFeed(fmt, title, tuple(entries), tuple(problems), tuple(refused))


def _complete_only(entries: list[Entry], payload: bytes, fmt: str) -> tuple[list[Entry], int]:
    """Drop entries whose closing tag never came (a truncated download).

    Recover mode closes them at the end of the data, so a cut-off entry would look
    whole, with half a title, and be stored again in full once the feed is read
    whole. Truncation only removes closing tags from the end, so the entries
    without one are the last ones.
    """
    closed = len(_CLOSING[b"entry" if fmt == "atom" else b"item"].findall(payload))
    missing = max(0, len(entries) - closed)
    return (entries[: len(entries) - missing], missing) if missing else (entries, 0)


def _prepared(data: bytes) -> bytes:
    """UTF-8 bytes without an XML declaration, HTML entities made numeric.

    Decoding here rather than in libxml2 lets the project's charset rules apply (GBK
    labelled gb2312, Big5-HKSCS labelled big5). RSS often uses HTML entities such as
    `&nbsp;` that XML does not define; numeric references keep them.
    """
    try:
        text = decode(data, "feed")
    except ReadError:
        return data  # let libxml2 sniff (UTF-16 without a BOM) or fail
    text = _XML_DECL.sub("", text, count=1)
    text = _NAMED_REF.sub(_numeric_ref, text)
    return text.encode("utf-8")


def _numeric_ref(m: re.Match) -> str:
    point = name2codepoint.get(m.group(1))
    return f"&#{point};" if point else m.group(0)


def _parse_xml(payload: bytes):
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, recover=True, remove_comments=True, remove_pis=True, encoding=None,
    )
    root = etree.fromstring(payload, parser) if payload.strip() else None
    problems = [f"not well-formed: line {e.line}: {_short(e.message)}" for e in list(parser.error_log)[:3]]
    if root is not None:
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None and any(True for _ in dtd.iterentities()):
            return None, ["the feed declares XML entities; refused (entity expansion attacks)"]
    return root, problems


def _format_of(root) -> str | None:
    name = _local(root).lower()
    return {"rss": "rss", "feed": "atom", "rdf": "rdf"}.get(name)


def _local(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _namespace(el) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def _children(el, homes: frozenset, *names: str):
    return [c for c in el if _local(c).lower() in names and _namespace(c) in homes]


def _find(el, homes: frozenset, *names: str):
    if el is None:
        return None
    found = _children(el, homes, *names)
    return found[0] if found else None


def _first_children(el, homes: frozenset) -> dict:
    """Each child's lower-case name (`dc:date` for a module's) -> its first child of
    that name: one pass over an entry for all its fields, not one per field (a feed
    has hundreds). Children of other namespaces (media:, atom: in RSS) are left out."""
    first: dict = {}
    for child in el:
        namespace = _namespace(child)
        prefix = "" if namespace in homes else _MODULES.get(namespace)
        if prefix is not None:
            first.setdefault(prefix + _local(child).lower(), child)
    return first


def _homes(root, fmt: str) -> frozenset:
    own = _namespace(root) if fmt != "rdf" else ""  # rdf:RDF's own is RDF's, not RSS 1.0's
    return (_ATOM_HOMES if fmt == "atom" else _RSS_HOMES) | {own}


def _channel(root, homes: frozenset):
    channel = _find(root, homes, "channel")
    return root if channel is None else channel


def _text(el) -> str:
    if el is None:
        return ""
    return "".join(t for t in el.itertext() if isinstance(t, str)).strip()


def _inner_html(el) -> str:
    """Atom `type="xhtml"` content is markup inside the element, not text. Its
    elements lose their namespace, so `<xhtml:script>` is still a script to drop."""
    parts = [html_lib.escape(el.text or "", quote=False)]
    for child in el:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions are removed at parsing anyway
        plain = copy.deepcopy(child)
        for node in plain.iter():
            if isinstance(node.tag, str):
                # (an undeclared prefix stays in the name when recovering: "x:script")
                name = _local(node).rsplit(":", 1)[-1]
                try:
                    node.tag = name
                except ValueError:  # no valid name left
                    node.tag = "span"
        etree.cleanup_namespaces(plain)
        parts.append(etree.tostring(plain, encoding="unicode", with_tail=True))
    return "".join(parts)


def _atom_value(el) -> tuple[str, bool]:
    """An Atom text construct as (value, whether it is HTML): `type` text, html or
    xhtml (Atom 0.3: a MIME type, and `mode` xml, escaped or base64)."""
    kind = (el.get("type") or "text").strip().lower()
    mode = (el.get("mode") or "").strip().lower()
    if mode == "base64":
        try:
            value = base64.b64decode(_text(el), validate=False).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            value = ""
        return value, kind in _HTML_TYPES or kind in _XHTML_TYPES
    if kind in _XHTML_TYPES or mode == "xml":
        return _inner_html(el), True
    return _text(el), kind in _HTML_TYPES or mode == "escaped"


def _plain(value: str, is_html: bool) -> str:
    """A title as one line of text: markup dropped (scripts with their text), the
    text it escaped kept."""
    if is_html:
        return " ".join(fragment_text(value).split())
    return value.strip()


def _rss_title(el) -> str:
    """RSS does not say whether a title is text or HTML; markup in one is read as HTML,
    and entities escaped twice (`&amp;amp;`) as the text they mean."""
    text = _text(el)
    return _plain(text, True) if "<" in text else html_lib.unescape(text).strip()


def _entries(root, fmt: str, base_url: str | None) -> tuple[list[Entry], list[str]]:
    homes = _homes(root, fmt)
    if fmt == "atom":
        items = _children(root, homes, "entry")
    elif fmt == "rss":
        items = _children(_channel(root, homes), homes, "item")
    else:
        items = [el for el in root.iter() if _local(el).lower() == "item" and _namespace(el) in homes]
    entries, refused = [], []
    for item in items:
        entry = _atom_entry(item, homes, base_url) if fmt == "atom" else _rss_entry(item, homes, base_url)
        if entry.refused_link:
            why = address_problem(entry.refused_link) or "only http and https addresses are followed"
            refused.append(f"entry {_short(entry.title or entry.key)!r}: link {_short(entry.refused_link)!r} "
                           f"refused: {why}")
        entries.append(entry)
    return entries, refused


def _rss_entry(item, homes: frozenset, base_url: str | None) -> Entry:
    first = _first_children(item, homes)
    content = _text(first.get("content:encoded"))
    html = content or _text(first.get("description"))
    link_text = _text(first.get("link"))
    guid_el = first.get("guid")
    guid = _text(guid_el)
    # A guid is a permalink unless it says otherwise (RSS 2.0); only an absolute
    # http(s) one stands in for a missing <link>, never a bare id resolved as relative.
    if not link_text and guid and (guid_el.get("isPermaLink") or "true").strip().lower() == "true" \
            and urlsplit(guid).scheme.lower() in ("http", "https"):
        link_text = guid
    ident = guid or (item.get(_RDF_ABOUT) or "").strip()  # RSS 1.0 names its items with rdf:about
    published = _text(first.get("pubdate")) or _text(first.get("dc:date")) or None
    author = _text(first.get("dc:creator")) or _text(first.get("author")) or None
    return _entry(ident, _rss_title(first.get("title")), link_text, html, bool(content), published, author, base_url)


def _atom_entry(item, homes: frozenset, base_url: str | None) -> Entry:
    href = ""
    for link in _children(item, homes, "link"):
        if (link.get("rel") or "alternate") == "alternate":
            href = link.get("href") or ""
            break
    first = _first_children(item, homes)
    content = first.get("content")
    summary = first.get("summary")
    body = ""
    for el in (content, summary):
        if el is not None:
            value, is_html = _atom_value(el)
            body = value if is_html else html_lib.escape(value, quote=False)  # text stays text
            if body.strip():
                break
    has_content = content is not None and bool(_text(content))
    published = (_text(first.get("published")) or _text(first.get("updated")) or _text(first.get("issued"))
                 or _text(first.get("modified")) or None)  # the last two: Atom 0.3
    author = _text(_find(first.get("author"), homes, "name")) or None
    title = first.get("title")
    return _entry(_text(first.get("id")), _plain(*_atom_value(title)) if title is not None else "", href, body,
                  has_content, published, author, base_url)


def _entry(ident: str, title: str, link_text: str, html: str, has_content: bool,
           published: str | None, author: str | None, base_url: str | None) -> Entry:
    link, refused = _checked_link(link_text, base_url)
    title, html = _cap(title, MAX_TITLE), _cap(html, MAX_BODY)
    if ident:
        key = "id:" + _cap(ident, MAX_KEY)
    elif link or refused:
        key = "link:" + _cap(link or refused, MAX_KEY)
    else:
        key = "hash:" + hashlib.sha256(f"{title}\n{html}".encode("utf-8", "replace")).hexdigest()
    return Entry(key=key, title=title, link=link, refused_link=refused, html=html,
                 has_content=has_content, published=_cap(published, 200) or None,
                 author=_cap(author, 200) or None)


def _checked_link(text: str, base_url: str | None) -> tuple[str | None, str | None]:
    """(http(s) address, None) or (None, the refused text); relative links resolve
    against the feed's own address."""
    text = _cap(text.strip(), MAX_LINK)
    if not text:
        return None, None
    try:
        absolute = urljoin(base_url, text) if base_url else text
        parts = urlsplit(absolute)
    except ValueError:
        return None, text
    if parts.scheme.lower() in ("http", "https") and parts.hostname and not _CONTROL_OR_SPACE.search(absolute):
        return absolute, None
    return None, text


def _cap(text: str | None, limit: int) -> str:
    return (text or "")[:limit]


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- entries as reports -------------------------------------------------------


def entry_report(entry: Entry, feed: Feed) -> Report:
    """A report from what the feed itself says about an entry."""
    text = fragment_text(entry.html) if entry.html else ""
    title = entry.title  # already text: the parser read it as its feed says
    language = feed.language or detect_language(title + "\n" + text)
    return Report(
        text=text, title=title.strip(), author=entry.author, language=language,
        published=parse_published(entry.published, language) if entry.published else None,
        url=entry.link, origin="feed", location=entry.link or feed.address,
    )


def with_entry_fallbacks(page: Report, entry: Entry, feed: Feed) -> Report:
    """A linked page's report, completed from the entry where the page says nothing.

    Only fields outside the content hash are filled, so re-reading the page later
    gives the same hash and a stealth-edit check compares like with like.
    """
    summary = entry_report(entry, feed)
    return replace(
        page,
        published=page.published or summary.published,
        author=page.author or summary.author,
        language=feed.language or page.language,
    )
