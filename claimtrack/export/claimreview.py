"""schema.org ClaimReview JSON-LD for every exported claim that has a verdict.

Rating scale (documented in docs/json.md): 1 false, 2 retracted, 3 partly true,
5 true; best 5, worst 1. An `unresolvable` verdict rates nothing, so such claims are
left out. The output is safe to paste inside `<script type="application/ld+json">`:
`<`, `>` and `&` are written as JSON escapes, so no text can close the script tag.
"""

from __future__ import annotations

from ..models import EventKind, Verdict
from ..text.safe import json_dumps
from ..text.safe import safe_url
from .select import RenderOptions, Selection, report_for

RATING = {
    Verdict.FALSE: (1, "False"),
    Verdict.RETRACTED: (2, "Retracted"),
    Verdict.PARTLY_TRUE: (3, "Partly true"),
    Verdict.TRUE: (5, "True"),
}
BEST, WORST = 5, 1
_KIND_TYPE = {"person": "Person"}


def rated(selection: Selection) -> int:
    """How many exported claims get a review: those whose latest verdict has a rating."""
    return sum(1 for r in selection.records if r.detail.verdicts and r.detail.verdicts[-1].verdict in RATING)


def render_claimreview(selection: Selection, options: RenderOptions) -> str:
    reviews = [r for r in (_review(record, selection, options) for record in selection.records) if r]
    text = json_dumps({"@context": "https://schema.org", "@graph": reviews})
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)  # these only ever occur inside JSON strings
    return text + "\n"


def _review(record, selection: Selection, options: RenderOptions) -> dict | None:
    verdicts = record.detail.verdicts
    if not verdicts or verdicts[-1].verdict not in RATING:
        return None
    verdict = verdicts[-1]
    value, name = RATING[verdict.verdict]
    claim = record.claim
    item: dict = {"@type": "Claim"}
    if claim.source:
        item["author"] = {"@type": _KIND_TYPE.get(selection.entity_kinds.get(claim.source, ""), "Organization"),
                          "name": claim.source}
    if claim.first_reported:
        item["datePublished"] = str(claim.first_reported)
    appearances = _appearances(record, selection)
    if appearances:
        item["appearance"] = [{"@type": "CreativeWork", "url": url} for url in appearances]
        item["firstAppearance"] = item["appearance"][0]
    review: dict = {
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST,
                         "worstRating": WORST, "alternateName": name},
        "author": {"@type": "Organization", "name": options.reviewer},
    }
    if verdict.decided_on:
        review["datePublished"] = str(verdict.decided_on)
    base = safe_url(options.base_url)
    if base:
        review["url"] = f"{base}#claim-{claim.id}"
    evidence = safe_url(verdict.evidence)
    if evidence:
        review["citation"] = [{"@type": "CreativeWork", "url": evidence}]
    return review


def _appearances(record, selection: Selection) -> list[str]:
    """http(s) addresses of the reports that carried the claim, first report first."""
    urls: list[str] = []
    for step in record.steps:
        if step.event.kind not in (EventKind.REPORTED, EventKind.MENTIONED):
            continue
        report = report_for(record, step, selection.reports)
        url = safe_url(step.event.url) or safe_url(report["url"] if report else None)
        if url and url not in urls:
            urls.append(url)
    return urls
