"""Hexo/Jekyll posts: YAML front matter read safely, scalars kept as written."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import ReadError
from claimtrack.readers import read_report
from claimtrack.readers.post import split_front_matter


def post(header: str, body: str = "<p>正文内容在这里。</p>") -> bytes:
    return f"---\n{header}\n---\n{body}\n".encode("utf-8")


def test_scalars_stay_strings():
    meta, _ = split_front_matter("---\nid: 0123\nflag: NO\nversion: 1.10\ntitle: 2022\ndate: 2022-08-26 14:00:00\n---\nbody", "x.md")
    assert meta == {"id": "0123", "flag": "NO", "version": "1.10", "title": "2022", "date": "2022-08-26 14:00:00"}


def test_python_tags_are_refused_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    data = post(f"title: x\nboom: !!python/object/apply:os.system ['touch {marker}']")
    with pytest.raises(ReadError, match="front matter"):
        read_report("evil.md", data)
    assert not marker.exists()


def test_alias_bomb_is_rejected_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    start = time.monotonic()
    with pytest.raises(ReadError, match="aliases"):
        read_report("bomb.md", post("\n".join(lines)))
    assert time.monotonic() - start < 1.0


def test_missing_closing_line_names_the_file():
    with pytest.raises(ReadError, match=r"^broken\.md: .*closing"):
        read_report("broken.md", b"---\ntitle: no end\n<p>body</p>\n")


def test_broken_yaml_gives_one_line_with_position():
    with pytest.raises(ReadError) as err:
        read_report("bad.md", post('title: "unclosed\nother: [1, 2'))
    assert "bad.md" in str(err.value) and "\n" not in str(err.value)


def test_rfc2822_date_is_taken_in_beijing_time_for_chinese_posts():
    report = read_report("p.md", post("title: 测试\ndate: Fri, 26 Aug 2022 20:14:53 GMT", "<p>这是一篇中文报道的正文。</p>"))
    assert str(report.published) == "2022-08-27"
    assert report.language == "zh"


def test_iso_date_and_bom_and_crlf():
    data = "\ufeff---\r\ntitle: Crlf post\r\ndate: 2021-12-12 15:03:43\r\n---\r\n<p>An English body here.</p>\r\n".encode("utf-8")
    report = read_report("crlf.md", data)
    assert report.title == "Crlf post"
    assert str(report.published) == "2021-12-12"
    assert report.language == "en"


def test_markdown_body_drops_images_and_link_targets():
    body = "# 标题\n\n![cover](https://img.example/x.png)\n\n据悉，[某公司](https://example.com) 将于下月发布新品。"
    report = read_report("md.md", post("title: 标题\nsource: 某媒体", body))
    assert "img.example" not in report.text and "example.com" not in report.text
    assert "某公司 将于下月发布新品" in report.text
    assert report.outlet == "某媒体"


# Lines as people write them, and lines that look simple but are not: indicators,
# comments, quotes of both kinds, colons, tabs, odd line breaks, empty values.
_KEYS = st.sampled_from(["title", "date", "author", "tags", "lang", "x-y", "on", "_k"])
_PLAIN = st.sampled_from(list("ab1 :-小米") + ["''", "10:00"])
_ODD = st.sampled_from(list("#'\"*&!|>%@`[]{},?~\t\u3000\u2028\x85：") + [": ", " #"])
_VALUES = st.lists(st.one_of(_PLAIN, _PLAIN, _PLAIN, _ODD), max_size=10).map("".join)
_LINES = st.lists(st.tuples(_KEYS, st.sampled_from([": ", ": ", ":", ":  ", " : "]), _VALUES,
                            st.sampled_from(["", "'", "'", '"'])), max_size=4)


@settings(max_examples=800, deadline=None)
@given(_LINES)
def test_simple_front_matter_is_read_as_the_yaml_loader_reads_it(lines):
    import yaml

    from claimtrack.readers.post import _simple_mapping, _yaml

    header = "\n".join(f"{key}{colon}{quote}{value}{quote}" for key, colon, value, quote in lines) + "\n"
    fast = _simple_mapping(header)
    if fast is None:
        return  # not simple: the loader reads it
    assert fast == (yaml.load(header, Loader=_yaml()[1]) or {})


def test_simple_front_matter_keeps_quotes_and_times():
    header = "title: 'It''s 10: a test'\ndate: 2024-05-01 10:00:00\nauthor: 小米 # not a comment?\n"
    meta, _ = split_front_matter(f"---\n{header}---\nbody", "p.md")
    assert meta["title"] == "It's 10: a test" and meta["date"] == "2024-05-01 10:00:00"
    assert meta["author"] == "小米"  # " #" starts a comment: the loader reads it, as before
