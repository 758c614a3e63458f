"""HTML to visible text, and a web page's metadata (meta tags, Open Graph, JSON-LD, <time>)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

# Block-level tags start and end a line of the text; inline ones (<strong>, <a>) do
# not. Ends too: "<h1>Headline</h1><time>date</time>" is two lines, not one claim
# text with a date glued on.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "pre", "dd", "dt", "hr",
})
_BLOCK_EDGE = re.compile(r"<(?=/?(?:" + "|".join(sorted(_BLOCK_TAGS, reverse=True)) + r")\b)", re.I)
_DROP = (
    "script, style, noscript, template, nav, aside, form, iframe, svg, canvas, select, button,"
    " object, embed, [hidden], [aria-hidden=true]"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Runs of spaces other than a single " ": matching every lone space between words
# made this substitution cost more than parsing the HTML.
_ODD_SPACES = ("  ", "\t", "\r", "\f", "\v", "\u00a0", "\u3000")  # what _SPACES would replace
_SPACES = re.compile(r"[\t\r\f\v\u00a0\u3000][ \t\r\f\v\u00a0\u3000]*| [ \t\r\f\v\u00a0\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class PageMeta:
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


def _parse(html: str):
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_BLOCK_EDGE.sub("\n<", html))
    if "<time" in html or "<TIME" in html:
        _own_line_for_block_times(tree)
    return tree


def _own_line_for_block_times(tree) -> None:
    """A <time> beside block elements (a dateline under the headline) is a line of its
    own; inside a sentence ("published <time>today</time> at noon") it stays inline."""
    for node in tree.css("time"):
        parent = node.parent
        if parent is not None and any(child.tag in _BLOCK_TAGS for child in parent.iter()):
            node.insert_before("\n")
            node.insert_after("\n")


_DROP_HINTS = ("hidden", "style", *(f"<{tag}" for tag in (
    "script", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "canvas", "select", "button",
    "object", "embed")))


def _may_hide(html: str) -> bool:
    """Whether anything `_DROP` or a hiding style could select is in the markup at all:
    most post bodies have none, and substring tests cost a third of the CSS queries."""
    lowered = html.lower()
    return any(hint in lowered for hint in _DROP_HINTS)


def drop_invisible(tree_node) -> None:
    """Remove what is never text: scripts, navigation, forms, hidden parts."""
    for node in tree_node.css(_DROP):
        node.decompose()
    for node in tree_node.css("[style]"):
        if _HIDDEN_STYLE.search(node.attributes.get("style") or ""):
            node.decompose()


def _clean(tree_node, may_hide: bool = True) -> str:
    if may_hide:
        drop_invisible(tree_node)
    return tidy(tree_node.text(separator="", deep=True))


def tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line, keep paragraph breaks."""
    # (one substitution over the whole text: _SPACES never spans a line break; and
    # none when substring tests find nothing it would change, as in most posts)
    if any(c in text for c in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def fragment_text(html: str) -> str:
    """The visible text of an HTML fragment (a post body)."""
    tree = _parse(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    return _clean(root, _may_hide(html))


def page_text_and_meta(html: str) -> tuple[str, PageMeta]:
    """A whole web page: its main text (without navigation and hidden parts) and metadata."""
    tree = _parse(html)
    meta = _meta(tree)
    main = None
    for selector in ("article", "[itemprop=articleBody]", "main", "[role=main]"):
        candidates = tree.css(selector)
        if candidates:
            main = max(candidates, key=lambda n: len(n.text() or ""))
            if len((main.text() or "").strip()) >= 200:
                break
            main = None
    if main is None:
        main = tree.body or tree.root
        if main is not None:
            for node in main.css("header, footer"):
                node.decompose()
    text = _clean(main) if main is not None else ""
    return text, meta


def _meta(tree) -> PageMeta:
    props: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        value = (attrs.get("content") or "").strip()
        if key and value and key not in props:
            props[key] = value
    ld = _json_ld(tree)
    title_node = tree.css_first("title")
    h1 = tree.css_first("h1")
    time_node = tree.css_first("time[datetime]")
    link = tree.css_first("link[rel=canonical]")
    return PageMeta(
        title=_first(
            props.get("og:title"),
            ld.get("headline"),
            props.get("twitter:title"),
            title_node.text() if title_node else None,
            h1.text() if h1 else None,
        )
        or "",
        outlet=_first(props.get("og:site_name"), ld.get("publisher"), props.get("application-name")),
        author=_first(props.get("author"), props.get("article:author"), ld.get("author")),
        published=_first(
            props.get("article:published_time"),
            ld.get("datePublished"),
            props.get("og:published_time"),
            props.get("pubdate"),
            props.get("publishdate"),
            props.get("publish-date"),
            props.get("parsely-pub-date"),
            props.get("date"),
            props.get("dc.date"),
            props.get("dc.date.issued"),
            props.get("datepublished"),
            time_node.attributes.get("datetime") if time_node else None,
        ),
        url=_first(props.get("og:url"), link.attributes.get("href") if link else None),
    )


def _first(*values) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle"}


def _json_ld(tree) -> dict[str, str]:
    """headline, datePublished, publisher and author from the first news-like JSON-LD object."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.lower() in _NEWS_TYPES for k in kinds):
                continue
            return {
                "headline": _name(item.get("headline")),
                "datePublished": _name(item.get("datePublished")),
                "publisher": _name(item.get("publisher")),
                "author": _name(item.get("author")),
            }
    return {}


def _ld_items(data, depth: int = 0):
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_items(data["@graph"], depth + 1)


def _name(value) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else ""
