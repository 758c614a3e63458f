"""Web pages: main text and metadata."""

from __future__ import annotations

from ..models import Report
from .html import page_text_and_meta
from .language import detect_language
from .published import parse_published


def read_page(html: str, location: str) -> Report:
    text, meta = page_text_and_meta(html)
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
