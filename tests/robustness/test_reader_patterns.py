"""Every regular expression the readers and the feed parser run on text from outside,
timed on adversarial 64 KB inputs: none may backtrack super-linearly.

A page starting with a comment, a DOCTYPE and then pairs of adjacent comments (as CMS
output often does) once held every reader for minutes in the feed check; a linear
pattern takes milliseconds on any of these, a quadratic one seconds, an exponential
one forever. The patterns are collected from the modules, so a new one is timed too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import claimtrack.readers

SIZE = 64 * 1024
LIMIT = 1.0  # seconds; linear patterns take milliseconds


def _modules():
    names = ["claimtrack.update.sources", "claimtrack.readers"]
    names += [f"claimtrack.readers.{m.name}" for m in pkgutil.iter_modules(claimtrack.readers.__path__)]
    return [importlib.import_module(name) for name in names]


def _patterns() -> dict[str, re.Pattern]:
    found: dict[str, re.Pattern] = {}
    for module in _modules():
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else [(None, value)]
            for key, item in values:
                if isinstance(item, re.Pattern):
                    label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}" + (f"[{key!r}]" if key else "")
                    found[label] = item
    return found


def _fill(head: str, unit: str, tail: str = "") -> str:
    return head + unit * ((SIZE - len(head) - len(tail)) // max(1, len(unit))) + tail


# Runs that keep a match open without closing it: comments, tags, links, emphasis,
# rules, front matter values, dates, entities, closing tags and plain long runs.
ADVERSARIAL = {
    "comment-pairs": _fill("<!-- a -->\n<!DOCTYPE html>\n", "<!-- x --><!-- y -->\n", "<p>page</p>"),
    "comment-pairs-feed": _fill('<?xml version="1.0"?><!-- a --><!DOCTYPE rss>', "<!-- x --><!-- y -->", "<html>"),
    "unclosed-comments": _fill("", "<!-- -"),
    "dashes-in-comment": _fill("<!--", "- -", "x"),
    "processing-instructions": _fill("", "<?x "),
    "doctype-subsets": _fill("<!DOCTYPE rss [", "] ]", "x"),
    "open-tags": _fill("", "<p "),
    "lt": _fill("", "<"),
    "meta": _fill("", "<meta charset= "),
    "xml-decl": _fill("<?xml ", " encoding=' "),
    "brackets": _fill("", "["),
    "images": _fill("", "!["),
    "link-openings": _fill("", "[a]("),
    "link-urls": _fill("", "[a](x"),
    "parens": _fill("[a](", "("),
    "stars": _fill("", "*a "),
    "double-stars": _fill("**a", " *a"),
    "tildes": _fill("", "~~a "),
    "underscores": _fill("", "__a "),
    "rule-dashes": _fill("", "- ", "x"),
    "rule-lines": _fill("", "-\n", "x"),
    "hashes": _fill("", "#"),
    "spaces": _fill("a: b", " ", "x"),
    "tabs-and-spaces": _fill("", "\t ", "x"),
    "blank-lines": _fill("", "\n \n", "x"),
    "wide-spaces": _fill("", "\u3000 \u00a0", "x"),
    "quoted-value": _fill("a: '", "''", "x"),
    "plain-value": _fill("title: a", ": #", "x"),
    "years": _fill("2022", " ", "x"),
    "cjk-dates": _fill("", "2022年 "),
    "digits": _fill("", "1"),
    "datelines": _fill("", "BERLIN, March "),
    "entities": _fill("", "&a"),
    "long-entity": _fill("&", "a", ";"),
    "closing-tags": _fill("</", "a"),
    "closing-items": _fill("", "</item "),
    "styles": _fill("display", " ", "x"),
    "cst": _fill("", "CST"),
    "cjk": _fill("", "中文"),
    "letters": _fill("", "x"),
}


@pytest.mark.parametrize("name", sorted(_patterns()))
def test_reader_pattern_is_linear_on_adversarial_input(name):
    pattern = _patterns()[name]
    slowest = (0.0, "")
    for kind, text in ADVERSARIAL.items():
        subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        for use in (pattern.findall, pattern.match, pattern.fullmatch):
            started = time.perf_counter()
            use(subject)
            slowest = max(slowest, (time.perf_counter() - started, f"{use.__name__} on {kind}"))
    assert slowest[0] < LIMIT, f"{name}: {slowest[0]:.2f} s for {slowest[1]}"


def test_the_patterns_that_hung_readers_are_among_those_timed():
    timed = _patterns()
    assert {"readers._FEED_START", "readers._HTML_START", "post._SIMPLE_LINE", "text._MD_LINK"} <= set(timed)
    assert len(timed) >= 30
