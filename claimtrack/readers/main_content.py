"""A web page's main content: the report without the page around it.

trafilatura tells the story's own blocks from related headlines, "more on this story"
and share boxes, captions, banners and footers, all of which the page reader's own
choice (the largest `<article>`, else `<main>`, else the body) keeps. `page.py` keeps
that choice when this one finds little.
"""

from __future__ import annotations

# trafilatura takes about a second per megabyte of markup (shared/research/perf.md);
# a larger page is read by the page reader alone, as before.
MAX_MARKUP_CHARS = 2_000_000
# trafilatura's blocks: each one is a line of the report (the extractor splits
# sentences at line breaks; a heading run into its paragraph makes a garbage claim).
_BLOCKS = ("p", "head", "item", "list", "quote", "table", "row", "cell", "lb", "div")
# Promotions trafilatura keeps: it takes the first <article> of a page as the story,
# even a newsletter or app advert in the sidebar, and has no word for "promo".
_PROMOTIONS = ", ".join((
    *(f"[{attr}*={token} i]" for token in ("promo", "newsletter") for attr in ("class", "id")),
    *(f"[{attr}*=sidebar i] article" for attr in ("class", "id")),
))
_NEVER_PRUNED = {"html", "body", "main"}


def main_text(html: str) -> str | None:
    """The main text of a whole web page, one block a line; None when it finds none."""
    if len(html) > MAX_MARKUP_CHARS:
        return None
    markup = _markup(html)
    if not markup:
        return None
    try:
        from trafilatura import bare_extraction
    except ImportError:  # a broken install (lxml without lxml_html_clean): pages read as before
        return None
    try:
        document = bare_extraction(
            markup,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            deduplicate=False,  # its cache is process-wide: a page like an earlier one would vanish
            with_metadata=False,  # title, date and outlet come from the page reader's meta reading
        )
    except Exception:  # noqa: BLE001 - a heuristic failing on odd markup: the page reader's text stands
        return None
    body = getattr(document, "body", None)
    if body is None or _whole_page_dump(body):
        return None
    return _block_lines(body)


def _whole_page_dump(body) -> bool:
    """trafilatura's last resort, every text run of the page on a line of one paragraph,
    inline ones too ("据\n晨报\n报道"): the page reader does that job better."""
    return len(body) == 1 and body[0].tag == "p" and "\n" in (body[0].text or "")


def _markup(html: str) -> str:
    """The page as the extractor gets it: nothing hidden (it would bring a hidden line
    back), no promotions."""
    from selectolax.lexbor import LexborHTMLParser

    from .html import drop_invisible

    tree = LexborHTMLParser(html)
    if tree.root is None:
        return ""
    drop_invisible(tree.root)
    promotions = [n for n in tree.css(_PROMOTIONS) if n.tag not in _NEVER_PRUNED]
    if promotions:
        # a class on a wrapper ("page-with-newsletter") must not take the story with it
        page_chars = len((tree.body or tree.root).text() or "")
        for node in promotions:
            if node.css_first("h1") is None and len(node.text() or "") * 2 < page_chars:
                node.decompose()
    return tree.html or ""


def _block_lines(body) -> str:
    """trafilatura's XML body as text: each block on its own line, no list or table marks."""
    from .html import tidy

    for node in body.iter(*_BLOCKS):
        node.text = "\n" + (node.text or "")
        node.tail = "\n" + (node.tail or "")
    text = tidy("".join(body.itertext()))
    return "\n".join(line for line in text.split("\n") if line)
