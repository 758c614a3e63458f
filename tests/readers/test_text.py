"""Plain text and Markdown, encodings, languages and hostile files."""

from __future__ import annotations

import pytest

from claimtrack.errors import ReadError
from claimtrack.readers import read_report
from claimtrack.readers.language import detect_language

ZH = "据晨报报道，知情人士称，某公司正在洽谈收购一家芯片设计企业，涉及金额约十亿元。镕喆两字也在这里。"


def test_hard_wrapped_lines_are_joined_and_headline_becomes_title():
    data = b"Short headline here\n\nThe company said on Monday that it\nwould open a new plant next year.\n"
    report = read_report("n.txt", data)
    assert report.title == "Short headline here"
    assert "that it would open a new plant" in report.text


def test_date_from_file_name_when_the_text_has_none():
    assert str(read_report("en-outlet-2019-03-28-story.txt", b"Plain words only.").published) == "2019-03-28"


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "big5"])
def test_chinese_encodings_are_detected(codec):
    text = ZH if codec != "big5" else "據晨報報道，知情人士稱，某公司正在洽談收購一家晶片設計企業，涉及金額約十億元。"
    report = read_report("zh.txt", text.encode(codec))
    assert report.text == text
    assert report.language == "zh"


def test_gbk_page_labelled_gb2312_keeps_every_character():
    html = f'<html><head><meta charset="gb2312"><title>测试</title></head><body><p>{ZH}</p></body></html>'
    report = read_report("gb.html", html.encode("gbk"))
    assert ZH in report.text


def test_gbk_page_labelled_utf8_is_still_read():
    html = f'<html><head><meta charset="utf-8"></head><body><p>{ZH}</p></body></html>'
    assert ZH in read_report("liar.html", html.encode("gbk")).text


def test_utf16_with_bom_and_utf8_bom():
    assert read_report("u16.txt", "正文内容，第二句。".encode("utf-16")).text == "正文内容，第二句。"
    assert read_report("u8.txt", "\ufeffplain words.".encode("utf-8")).text == "plain words."


def test_binary_file_is_a_clear_read_error():
    with pytest.raises(ReadError, match=r"^img\.png: not a text file"):
        read_report("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_empty_and_missing_files():
    with pytest.raises(ReadError, match="empty"):
        read_report("empty.txt", b"")
    with pytest.raises(ReadError, match="empty"):
        read_report("blank.txt", b"  \n\n ")
    with pytest.raises(ReadError, match="no such file"):
        read_report("/no/such/report.md")


def test_a_folder_is_not_a_report(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_report(str(tmp_path))


def test_language_by_share_of_cjk():
    assert detect_language("Apple 与 Google 都在做 AI 眼镜，苹果预计明年发布。") == "zh"
    assert detect_language("Reuters reported that 小米 is in talks with a carmaker in Beijing.") == "en"
    assert detect_language("1234 5678") == "und"
