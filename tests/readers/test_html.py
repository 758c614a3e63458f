"""Web pages: metadata from meta tags, Open Graph, JSON-LD and <time>; main text only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.readers import read_report
from claimtrack.readers.html import tidy


def page(head: str, body: str) -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode("utf-8")


def test_json_ld_and_time_fallbacks():
    head = '<title>Fallback title</title><script type="application/ld+json">[{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2023-05-04", "publisher": {"name": "Ledger"}}]</script>'
    report = read_report("a.html", page(head, "<p>Some words of the story are here.</p>"))
    assert (report.title, report.outlet, str(report.published)) == ("From JSON-LD", "Ledger", "2023-05-04")


def test_time_element_when_nothing_else():
    report = read_report("b.html", page("<title>T</title>", '<time datetime="2020-02-29T10:00:00Z">x</time><p>Body text that matters.</p>'))
    assert str(report.published) == "2020-02-29"
    assert report.title == "T"


def test_navigation_scripts_styles_hidden_and_comments_are_not_text():
    body = (
        "<nav>menu words</nav><script>var x = 'script words';</script><style>.a{color:red}</style>"
        "<div style='display: none'>hidden words</div><span aria-hidden='true'>aria words</span>"
        "<!-- comment words --><p>visible words &amp; more</p>"
    )
    text = read_report("c.html", page("<title>T</title>", body)).text
    assert text == "visible words & more"


def test_unclosed_tags_still_give_text():
    report = read_report("d.html", b"<html><body><p>first part<div><b>second part")
    assert "first part" in report.text and "second part" in report.text


def test_inline_tags_do_not_break_words_but_blocks_do():
    report = read_report("e.html", page("", "<p>据<strong>晨报</strong>报道</p><p>第二段</p>"))
    assert report.text.split("\n")[0] == "据晨报报道"
    assert "第二段" in report.text


def test_block_ends_separate_text_and_a_dateline_time_is_its_own_line():
    from claimtrack.readers.html import fragment_text

    assert fragment_text("<div><h2>青禾科技拟入驻</h2><time>Wed, 16 Feb 2022</time><span>记者 林远</span></div>"
                         "<p>第一段</p>尾注").split("\n") == [
        "青禾科技拟入驻", "", "Wed, 16 Feb 2022", "记者 林远", "", "第一段", "尾注"]
    assert fragment_text("<ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote>after").split() == [
        "one", "two", "quoted", "after"]
    # a <time> inside a sentence, among inline siblings only, stays in the sentence
    assert fragment_text("<p>据报道，双方于<time>2月16日</time>签约。</p>") == "据报道，双方于2月16日签约。"
    assert fragment_text("<span>Posted <time>today</time> by Lin</span>") == "Posted today by Lin"


def test_big_page_is_read(tmp_path):
    paragraph = "<p>" + "Ordinary words in a long page. " * 30 + "</p>\n"
    data = page("<title>Big</title>", paragraph * 11500)
    assert len(data) > 10 * 1024 * 1024
    path = tmp_path / "big.html"
    path.write_bytes(data)
    report = read_report(str(path))
    assert report.title == "Big" and report.language == "en"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 小\t\r\n\u00a0\u3000\u2003\x1c\f\v"), max_size=80))
def test_tidy_changes_only_whitespace(text):
    tidied = tidy(text)
    assert tidied.split() == text.split()  # every word kept, in order
    assert "  " not in tidied and "\n\n\n" not in tidied
    assert all(line == line.strip() for line in tidied.split("\n"))
