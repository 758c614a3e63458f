"""Web pages: main text and metadata."""

from __future__ import annotations

from ..models import Report
from .html import page_text_and_meta
from .language import detect_language
from .main_content import main_text
from .published import parse_published

# Below this share of the page reader's text, the main-content extractor has missed
# the story (one paragraph, a comment, nothing): the page reader's text is kept. Pages
# seldom hold more boilerplate than story, so a right answer is well above it.
MIN_SHARE = 0.25


def read_page(html: str, location: str) -> Report:
    text, meta = page_text_and_meta(html)
    text = choose_text(main_text(html), text)
    language = detect_language(meta.title + "\n" + text)
    return Report(
        text=text,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        language=language,
        published=parse_published(meta.published, language),
        url=meta.url,
    )


def choose_text(main: str | None, page: str) -> str:
    """The main content when there is enough of it, else the page reader's text."""
    if main and len(main) >= MIN_SHARE * len(page):
        return main
    return page
