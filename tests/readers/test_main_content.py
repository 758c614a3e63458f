"""A web page gives the report, not the page around it: related headlines, "More on
this story", share links, captions, promotions, cookie banners and footers stay out.

One page per case under fixtures/pages/ (written for these tests, the stories made
up), expectations in a JSON sidecar; the main-content extractor's misses fall back to
the page reader's own text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.readers import read_report
from claimtrack.readers.html import page_text_and_meta
from claimtrack.readers.main_content import MAX_MARKUP_CHARS, main_text

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.html"))


def expected(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expect.json").read_text("utf-8"))


def page(body: str, head: str = "<title>T</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode("utf-8")


STORY = [
    "Harrow Mills is said to be weighing a sale of its paper division, according to people familiar with the matter.",
    "The division makes packaging for food companies and had sales of about 200 million pounds last year.",
    "A spokeswoman for Harrow Mills said the company did not comment on speculation.",
    "The company has sold two smaller businesses since its new chief executive took over in the spring.",
]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_page_gives_the_story_and_none_of_the_page_around_it(path: Path):
    want = expected(path)
    report = read_report(str(path))
    for key, value in want["report"].items():
        assert str(getattr(report, key)) == value, key
    lines = report.text.split("\n")
    for paragraph in want["paragraphs"]:
        assert paragraph in lines  # whole, and a line of its own
    for piece in want["boilerplate"]:
        assert piece not in report.text


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_claims_come_from_the_story_only(path: Path):
    want = expected(path)
    story = "\n".join([want["headline"], *want["paragraphs"]])
    claims = [c.text for c in extract(read_report(str(path))).claims]
    for claim in want["claims"]:
        assert any(claim in got for got in claims), (claim, claims)
    for got in claims:
        assert got in story, got


def test_promo_article_is_not_taken_for_the_story():
    # the page reader alone read the app advert in the sidebar and nothing else
    path = PAGES / "zh-story-promo-article.html"
    text = read_report(str(path)).text
    assert "东岸商报记者从知情人士处获悉" in text and "下载东岸商报客户端" not in text
    before = page_text_and_meta(path.read_text("utf-8"))[0]
    assert "下载东岸商报客户端" in before and "东岸商报记者从知情人士处获悉" not in before


def test_when_the_extractor_finds_little_the_page_reader_answers():
    path = PAGES / "en-column-extractor-misses.html"
    html = path.read_text("utf-8")
    assert main_text(html) == "Southern Wire, Quay Street"  # what the extractor makes of it
    assert read_report(str(path)).text == page_text_and_meta(html)[0]


def test_an_empty_or_failing_extractor_leaves_the_page_reader_text(monkeypatch):
    import trafilatura

    path = PAGES / "en-story-with-boilerplate.html"
    before = page_text_and_meta(path.read_text("utf-8"))[0]
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    assert read_report(str(path)).text == before

    def broken(*args, **kwargs):
        raise AssertionError("odd markup")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert read_report(str(path)).text == before


def test_without_the_extractor_installed_pages_read_as_before(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` raises ImportError
    path = PAGES / "zh-story-promo-article.html"
    report = read_report(str(path))
    assert report.text == page_text_and_meta(path.read_text("utf-8"))[0]
    assert report.title == "消息称青岚科技正与海澄电池洽谈合资建厂"


def test_blocks_are_lines_without_list_or_table_marks():
    body = (
        "<article><h1>Harrow Mills weighs paper sale</h1>"
        f"<p>{STORY[0]}</p><h2>Background</h2><p>{STORY[1]}<br>{STORY[2]}</p>"
        "<ul><li>Founded in 1921 in a river town.</li><li>Employs about 3,000 people.</li></ul>"
        "<table><tr><td>Revenue</td><td>1.2 billion pounds</td></tr></table>"
        f"<blockquote>{STORY[3]}</blockquote></article>"
    )
    lines = read_report("blocks.html", page(body)).text.split("\n")
    for line in ("Background", *STORY, "Founded in 1921 in a river town.", "Employs about 3,000 people.",
                 "Revenue", "1.2 billion pounds"):
        assert line in lines
    assert not [line for line in lines if line.startswith(("- ", "|"))]


def test_hidden_parts_stay_hidden():
    body = (
        "<article>" + "".join(f"<p>{s}</p>" for s in STORY)
        + "<p hidden>Sources said the hidden attribute line must not be read.</p>"
        + "<p style='display: none'>Sources said the display none line must not be read.</p>"
        + "<div aria-hidden='true'>Sources said the aria hidden line must not be read.</div>"
        + "<template><p>Sources said the template line must not be read.</p></template></article>"
    )
    text = read_report("hidden.html", page(body)).text
    assert STORY[0] in text
    assert "must not be read" not in text


@pytest.mark.parametrize("wrapper", ["layout with-newsletter-signup", "page has-sidebar", "promo-rail"])
def test_a_promotion_word_on_a_wrapper_does_not_take_the_story_with_it(wrapper):
    body = (
        f"<div class='{wrapper}'><article><h1>Harrow Mills weighs paper sale</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
        + "<div class='newsletter-box'><p>Sign up to our morning newsletter for free today.</p></div>"
        + "<div class='sidebar'><article><h2>Our app</h2><p>Read every story offline with our new app, "
        + "free for the first month for every registered reader.</p></article></div></div>"
    )
    text = read_report("wrapper.html", page(body)).text
    assert all(s in text.split("\n") for s in STORY)
    assert "Sign up to our morning newsletter" not in text
    assert "Read every story offline" not in text


def test_a_very_large_page_is_left_to_the_page_reader():
    assert main_text("<p>" + "x" * MAX_MARKUP_CHARS + "</p>") is None


def test_a_page_of_thousands_of_blocks_is_read_in_seconds():
    # 8,000 one-line articles: ≈1.7 s here; ≈10 s with trafilatura's second opinions
    # (jusText's cost grows with the square of the paragraphs), which such pages skip
    items = "".join(f"<div><article><p>{'w ' * 19}{i}</p></article></div>" for i in range(8000))
    start = time.monotonic()
    report = read_report("items.html", page(items))
    assert time.monotonic() - start < 6
    assert report.text.split("\n")[-1] == "w " * 19 + "7999"


def test_posts_markdown_and_cli_start_never_load_the_extractor(tmp_path):
    post = tmp_path / "2024-05-01-post.md"
    post.write_text("---\ntitle: A post\n---\n\n<p>" + STORY[0] + "</p>\n<h2>Related</h2>\n<ul><li>Old news</li></ul>\n",
                    encoding="utf-8")
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n" + STORY[1] + "\n", encoding="utf-8")
    script = (
        "import sys\nimport claimtrack.cli\nfrom claimtrack.readers import read_report\n"
        f"post = read_report({str(post)!r})\nread_report({str(note)!r})\n"
        "assert 'trafilatura' not in sys.modules, 'loaded'\n"
        "print(post.text)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    # a post is already just the article: what it holds is kept
    assert [line for line in done.stdout.split("\n") if line] == [STORY[0], "Related", "Old news"]
