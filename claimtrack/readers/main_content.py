"""A web page's main content: the report without the page around it.

trafilatura tells the story's own blocks from related headlines, "more on this story"
and share boxes, captions, banners and footers, all of which the page reader's own
choice (the largest `<article>`, else `<main>`, else the body) keeps. `page.py` keeps
that choice when this one finds little.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .html import drop_invisible, tidy

# trafilatura takes a second or two per megabyte of markup, measured on this kind of machine:
# a page whose visible markup is larger is read by the page reader alone, as before.
MAX_MARKUP_CHARS = 1_000_000
# Past this many tags trafilatura runs without its second opinions (readability and
# jusText), whose cost grows with the square of the paragraphs: 20,000 one-line
# <article>s took 47 s with them, 4 s without. News pages have a few hundred to a
# few thousand.
FULL_MODE_MAX_TAGS = 6_000
# trafilatura's blocks: each one is a line of the report (the extractor splits
# sentences at line breaks; a heading run into its paragraph makes a garbage claim).
_BLOCKS = ("p", "head", "item", "list", "quote", "table", "row", "cell", "lb", "div")
# Promotions trafilatura keeps: it takes the first <article> of a page for the story,
# even a newsletter or app advert in the sidebar, and has no word for "promo".
_PROMOTIONS = ", ".join(f"[{attr}*={token} i]" for token in ("promo", "newsletter") for attr in ("class", "id"))
_SIDEBARS = "[class*=sidebar i], [id*=sidebar i]"
_NEVER_PRUNED = {"html", "body", "main"}
_MAX_CANDIDATES = 64  # each costs a walk of its subtree: a page of 10,000 nested promos must not cost 10,000


def main_text(html: str) -> str | None:
    """The main text of a whole web page, one block a line; None when it finds none."""
    markup = _markup(html)
    if not markup or len(markup) > MAX_MARKUP_CHARS:
        return None
    try:
        from trafilatura import bare_extraction
    except ImportError:  # a broken install (lxml without lxml_html_clean): pages read as before
        return None
    try:
        document = bare_extraction(
            markup,
            fast=markup.count("<") > FULL_MODE_MAX_TAGS,
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
    tree = LexborHTMLParser(html)
    if tree.root is None:
        return ""
    drop_invisible(tree.root)
    promotions = tree.css(_PROMOTIONS)[:_MAX_CANDIDATES]
    sidebars = tree.css(_SIDEBARS)[:_MAX_CANDIDATES]
    if promotions or sidebars:
        # a word on a wrapper ("layout-with-sidebar", "page-newsletter-signup") must not
        # take the story with it: what holds the headline or half the text stays
        page_chars = len((tree.body or tree.root).text() or "")

        def aside(node) -> bool:
            return (node.tag not in _NEVER_PRUNED and node.css_first("h1") is None
                    and len(node.text() or "") * 2 < page_chars)

        sidebar_articles = [a for bar in sidebars if aside(bar) for a in bar.css("article")]
        for node in [n for n in promotions if aside(n)] + sidebar_articles:
            node.decompose()
    return tree.html or ""


def _block_lines(body) -> str:
    """trafilatura's XML body as text: each block on its own line, no list or table marks."""
    for node in body.iter(*_BLOCKS):
        node.text = "\n" + (node.text or "")
        node.tail = "\n" + (node.tail or "")
    text = tidy("".join(body.itertext()))
    return "\n".join(line for line in text.split("\n") if line)
