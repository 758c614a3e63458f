"""The hostile-input corpus: every case is generated here, never copied from elsewhere.

Each case is a file name, a function giving its bytes, and what should happen when
`claimtrack ingest` reads it, written beside it as `<file>.expect.json` (one sidecar
per odd case, as feedparser's test corpus does). `python -m tests.hostile.make DIR`
writes the whole corpus to DIR for a look by hand.

Expectations:
  outcome      "failed" (one-line error naming the file, exit 1, database unchanged),
               "stored" (read as ordinary text: exit 0, a report stored), or "either"
  error        a piece of the error message when it failed
  seconds      wall-clock budget for ingest and extract
  rss_mb       peak memory budget of a child process reading it (measured when set)
  text         pieces the stored claims must contain (the text survived decoding)
  published    the report's date once stored (null: unknown)
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

LEAD = "Xiaomi is in talks to buy Kepler Motors for $2 billion, Bloomberg reported, citing people familiar with the matter."
LEAD_ZH = "据彭博社援引知情人士报道，小米正与北汽集团商谈代工生产电动汽车。"
REPLY = "Kepler Motors declined to comment."

# Text that must stay inert wherever it is shown: rich markup, terminal escapes,
# C1 controls, bidi and zero-width characters, markdown and HTML injection.
MARKUP = "[bold]loud[/] [/] [link=https://evil.example]click[/link] [maybe]"
ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\x1bP1$qm\x1b\\\x1b]52;c;Zm9v\x07"
C1 = "\x9b31m\x9d0;t\x07\x90dcs\x9c\x85"
BIDI = "\u202eevil\u202c \u2066iso\u2069 \u202aemb\u202c"
ZERO_WIDTH = "zero\u200bwidth\u200c\u200d\u2060\ufeff"
INJECTION = ("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "
             "<javascript:alert(1)> a | b | c")
HEADING = "\n# heading from data\n"
SECRET_PATH = "/etc/passwd"


def _post(title: str, body: str, *, date: str | None = "2024-03-04", extra: str = "") -> str:
    # JSON strings are YAML double-quoted strings: escapes carry any character in.
    head = f"---\ntitle: {json.dumps(title)}\n"
    if date is not None:
        head += f"date: {json.dumps(date)}\n"
    return head + extra + "---\n\n" + body + "\n"


def _story(company: str = "Xiaomi", target: str = "Kepler Motors", middle: str = "") -> str:
    return (f"{company} is in talks to buy {target}{middle} for $2 billion, Bloomberg reported, "
            f"citing people familiar with the matter.\n\n{target} declined to comment.")


def _nested(depth: int, tag: str = "div") -> str:
    return (f"<{tag}>" * depth) + LEAD + (f"</{tag}>" * depth)


def _gbk_page() -> bytes:
    html = (f'<html><head><meta charset="utf-8"><title>小米商谈代工</title></head>'
            f"<body><article><p>{LEAD_ZH}</p><p>北汽集团表示没有听说过此事。</p></article></body></html>")
    return html.encode("gbk")


def _mixed(*, utf16: bool = False) -> bytes:
    data = (_story() + "\n\n").encode("utf-8") + LEAD_ZH.encode("gbk") + "\n\nCafé déjà vu.\n".encode("latin-1")
    return data + ("末尾的一句话。".encode("utf-16-le") if utf16 else b"")


# Python codecs that are no character set: bytes-to-bytes transforms and `undefined`.
NOT_CHARSETS = ("rot13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "undefined")


def _not_charsets() -> list[Case]:
    """A page labelled with each: the label is ignored, as an unknown one is."""
    return [Case(f"charset-label-{label}", f"label-{label}.html",
                 lambda label=label: f'<html><head><meta charset="{label}"></head><body><p>{LEAD}</p></body></html>',
                 {"text": ["Kepler Motors"]})
            for label in NOT_CHARSETS]


def _zh_page(published: str) -> str:
    return (f'<html><head><meta property="article:published_time" content="{published}"><title>小米商谈代工</title>'
            f"</head><body><article><p>{LEAD_ZH}</p></article></body></html>")


def _big(size: int) -> Callable[[], bytes]:
    def build() -> bytes:
        line = (LEAD + "\n").encode()
        return line * (size // len(line) + 1)
    return build


def _xxe_html() -> str:
    return ('<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
            f"<html><body><article><p>&xxe; &lol2; {LEAD}</p><p>{REPLY}</p></article></body></html>")


def _xxe_post() -> str:
    return _post("Entity &xxe; report", f'<!DOCTYPE p [<!ENTITY xxe SYSTEM "file://{SECRET_PATH}">]>\n'
                 f"<p>&xxe;</p><p>{LEAD}</p><p>{REPLY}</p>")


def _billion_laughs_html() -> str:
    ents = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return f"<!DOCTYPE html [{ents}]><html><body><p>&a9; {LEAD}</p></body></html>"


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    build: Callable[[], bytes | str]
    expect: dict = field(default_factory=dict)

    def data(self) -> bytes:
        value = self.build()
        return value.encode("utf-8") if isinstance(value, str) else value

    def sidecar(self) -> dict:
        return {"outcome": "stored", "seconds": 10, **self.expect}


def _cases() -> list[Case]:
    cases = [
        # -- nothing, or not text at all -------------------------------------------------
        Case("empty", "empty.md", lambda: b"", {"outcome": "failed", "error": "empty report"}),
        Case("only-whitespace", "blank.txt", lambda: b" \r\n\t\n   \n", {"outcome": "failed", "error": "empty report"}),
        Case("binary-with-nul", "binary.html", lambda: bytes(range(256)) * 64,
             {"outcome": "failed", "error": "not a text file"}),
        Case("binary-png-as-md", "image.md", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(4000),
             {"outcome": "failed", "error": "not a text file"}),
        Case("binary-no-nul", "noise.txt", lambda: bytes((i * 151 + 7) % 254 + 1 for i in range(20_000)),
             {"outcome": "failed", "error": "character encoding"}),
        Case("utf16-bom-odd-length", "odd16.txt", lambda: b"\xff\xfe" + "abc".encode("utf-16-le") + b"x",
             {"outcome": "failed", "error": "byte-order mark"}),
        Case("too-large-50mb", "huge.txt", _big(50 * 1024 * 1024),
             {"outcome": "failed", "error": "larger than 20 MB", "seconds": 3, "rss_mb": 100}),
        # -- broken HTML -----------------------------------------------------------------
        Case("truncated-html", "truncated.html",
             lambda: f"<html><head><title>Cut off</title></head><body><article><p>{LEAD}</p><p>{REPLY}</p><p>Then th"
                     "<a href=\"https://exa",
             {"text": ["Kepler Motors"]}),
        Case("unclosed-tags", "unclosed.html",
             lambda: "<html><body>" + "<div><p><span><b><i>" * 50 + LEAD + "<p>" + REPLY,
             {"text": ["Kepler Motors"]}),
        Case("nested-10000-div", "deep.html", lambda: "<html><body>" + _nested(10_000) + "</body></html>",
             {"outcome": "either", "seconds": 10, "rss_mb": 200}),
        Case("nested-10000-unclosed", "deep-unclosed.html",
             lambda: "<html><body>" + "<div><span>" * 10_000 + LEAD,
             {"outcome": "either", "seconds": 10, "rss_mb": 200}),
        Case("nested-10000-in-post", "deep-post.md", lambda: _post("Deep", _nested(10_000, "blockquote")),
             {"outcome": "either", "seconds": 10, "rss_mb": 200}),
        Case("nested-markdown-quotes", "deep-quotes.md", lambda: ">" * 10_000 + " " + LEAD,
             {"outcome": "either", "seconds": 10}),
        Case("comment-pairs-page", "comments.html",  # CMS output; the feed check once backtracked on it for ever
             lambda: "<!-- cms -->\n<!DOCTYPE html>\n" + "<!-- block --><!-- /block -->\n" * 2000
                     + f"<html><body><article><p>{LEAD}</p><p>{REPLY}</p></article></body></html>",
             {"text": ["Kepler Motors"], "seconds": 10}),
        Case("one-2mb-token", "token.txt", lambda: "x" * (2 * 1024 * 1024),
             {"outcome": "either", "seconds": 10, "rss_mb": 200}),
        # 1 MB of one-letter lines: joining them line by line took 6 s (quadratic).
        Case("many-short-lines", "lines.txt", lambda: ("a\n" * 500_000) + LEAD, {"seconds": 4}),
        # -- front matter ----------------------------------------------------------------
        Case("front-matter-broken-yaml", "broken-yaml.md",
             lambda: f"---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "broken front matter"}),
        Case("front-matter-unclosed", "no-close.md", lambda: f"---\ntitle: Never closed\n\n{LEAD}\n",
             {"outcome": "failed", "error": "no closing '---'"}),
        Case("front-matter-list", "list.md", lambda: f"---\n- title\n- date\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "not a list of 'key: value'"}),
        Case("front-matter-scalar", "scalar.md", lambda: f"---\njust a sentence\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "not a list of 'key: value'"}),
        Case("front-matter-python-tag", "python.md",
             lambda: f"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "front matter"}),
        Case("front-matter-alias-bomb", "aliases.md",
             lambda: "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
                     + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
                               for p, c in zip("abcdefgh", "bcdefghi"))
                     + f"---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "aliases", "seconds": 3}),
        Case("front-matter-nested-dict-title", "dict-title.md",
             lambda: f"---\ntitle:\n  en: {{deep: [1, 2, {{x: y}}]}}\ndate: [2024, 1]\ntags: {{a: b}}\n---\n\n{_story()}\n",
             {"text": ["Kepler Motors"]}),
        Case("front-matter-deep-flow", "deep-flow.md", lambda: "---\ntitle: " + "[" * 5000 + "]" * 5000 + f"\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "nesting depth", "seconds": 5}),
        Case("front-matter-raw-c1", "raw-c1.md", lambda: f"---\ntitle: C1 {C1}\n---\n\n{LEAD}\n",
             {"outcome": "failed", "error": "broken front matter"}),
        # -- encodings -------------------------------------------------------------------
        Case("gbk-labelled-utf8", "gbk.html", _gbk_page, {"text": ["小米"]}),
        Case("utf8-bom", "bom8.md", lambda: b"\xef\xbb\xbf" + _post("BOM", _story()).encode("utf-8"),
             {"text": ["Kepler Motors"], "published": "2024-03-04"}),
        Case("utf16le-bom", "bom16le.txt", lambda: b"\xff\xfe" + _story().encode("utf-16-le"),
             {"text": ["Kepler Motors"]}),
        Case("utf16be-bom", "bom16be.md", lambda: b"\xfe\xff" + _post("BE", _story()).encode("utf-16-be"),
             {"text": ["Kepler Motors"]}),
        # UTF-8, GBK and Latin-1 in one file: no one encoding reads it, and guessing would garble it.
        Case("mixed-encodings", "mixed.txt", _mixed, {"outcome": "failed", "error": "character encoding"}),
        Case("mixed-with-utf16", "mixed16.txt", lambda: _mixed(utf16=True), {"outcome": "failed", "error": "NUL"}),
        Case("gb18030-labelled-big5", "wrong-label.html",
             lambda: ('<html><head><meta charset="big5"></head><body><p>' + LEAD_ZH + "</p></body></html>").encode("gb18030"),
             {"outcome": "either"}),
        Case("unknown-charset-label", "bogus-label.html",
             lambda: f'<html><head><meta charset="x-no-such-codec"></head><body><p>{LEAD}</p></body></html>',
             {"text": ["Kepler Motors"]}),
        *_not_charsets(),
        Case("utf16-meta-on-ascii", "meta16.html",
             lambda: f'<html><head><meta charset="utf-16"><title>Talks</title></head><body><p>{LEAD}</p></body></html>',
             {"text": ["Kepler Motors"]}),
        # -- absurd dates ----------------------------------------------------------------
        Case("date-year-0", "year0.md", lambda: _post("Year zero", _story(), date="0000-01-01"), {"published": None}),
        Case("date-year-9999", "year9999.md", lambda: _post("Far future", _story(), date="9999-12-31T23:59:59+14:00"),
             {"published": "9999-12-31"}),
        Case("date-feb-30", "feb30.md", lambda: _post("No such day", _story(), date="2022-02-30"), {"published": None}),
        Case("date-plus-14", "plus14.md", lambda: _post("Kiribati", _story(), date="2022-08-26T01:00:00+14:00"),
             {"published": "2022-08-26"}),
        Case("date-minus-12", "minus12-zh.md",
             lambda: _post("小米", LEAD_ZH + "\n\n北汽集团表示没有听说过此事。", date="2022-08-26T20:00:00-12:00",
                           extra="lang: zh\n"),
             {"published": "2022-08-27"}),
        Case("date-cst-chinese", "cst.md",
             lambda: _post("小米", LEAD_ZH, date="Fri, 26 Aug 2022 23:14:53 CST", extra="lang: zh-CN\n"),
             {"published": "2022-08-26"}),
        Case("date-garbage", "garbage-date.md", lambda: _post("When?", _story(), date="the 32nd of Smarch, year -1"),
             {"published": None}),
        Case("date-in-text-absurd", "2024-02-30-body.txt",
             lambda: "On 0000年0月0日 and 9999年12月32日 and February 30, 2022 and 2022-13-45: " + _story(),
             {"published": None}),
        # a Chinese page's date is taken on Beijing time: these two leave the calendar there
        Case("date-overflow-beijing-late", "late-zh.html", lambda: _zh_page("9999-12-31T23:00:00-05:00"),
             {"published": None, "text": ["北汽集团"]}),
        Case("date-overflow-beijing-early", "early-zh.html", lambda: _zh_page("0001-01-01T01:00:00+14:00"),
             {"published": None, "text": ["北汽集团"]}),
        Case("date-huge-year", "huge-year.md", lambda: _post("Big", _story(), date="99999999999999999999-01-01"),
             {"published": None}),
        # -- hostile text that must be stored as text and shown inertly ------------------
        Case("markup-in-title-and-claim", "markup.md",
             lambda: _post(f"Title {MARKUP}", _story("Acme", f"Kepler {MARKUP} Motors")),
             {"text": ["[bold]loud[/]"], "render": True}),
        Case("escapes-in-title-and-claim", "escapes.md",
             lambda: _post(f"Title {ESCAPES}", _story("Borealis", f"Kepler Motors {ESCAPES}")),
             {"render": True}),
        Case("c1-controls", "c1.md", lambda: _post(f"C1 {C1}", _story("Cobalt", middle=f" {C1}")),
             {"text": ["\x9b31m"], "render": True}),
        Case("bidi-and-zero-width", "bidi.md",
             lambda: _post(f"Bidi {BIDI} {ZERO_WIDTH}", _story("Dynamo", middle=f" {BIDI} {ZERO_WIDTH}")), {"render": True}),
        Case("markdown-injection", "inject.md",
             lambda: _post(f"Inject {INJECTION}", _story("Ember", middle=f" {INJECTION}") + HEADING + _story("Apple", "Beats", " | x |")),
             {"render": True}),
        Case("html-injection-page", "inject.html",
             lambda: f"<html><head><title>{INJECTION.replace('<', '&lt;')}</title></head><body><article>"
                     f"<p>Xiaomi is in talks to buy &lt;script&gt;alert(1)&lt;/script&gt; Kepler Motors, Bloomberg reported, "
                     f"citing people familiar with the matter.</p><script>document.write('Apple will buy Tesla, Reuters reported')</script>"
                     f"<p>Kepler Motors said: &quot;[x](javascript:alert(1)) we deny it&quot;.</p></article></body></html>",
             {"render": True}),
        Case("chinese-hostile", "zh-hostile.md",
             lambda: _post(f"小米 {ESCAPES}", f"据彭博社援引知情人士报道，小米正与{BIDI}北汽集团商谈[bold]代工[/]生产电动汽车{C1}。\n\n"
                           f"北汽集团回应称：“没有听说过此事{ESCAPES}。”", extra="lang: zh\n"),
             {"render": True}),
        Case("control-chars-everywhere", "controls.txt",
             lambda: "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) + "\n\n" + _story("Fathom", middle=" \x07\x08\x7f"),
             {"outcome": "either", "render": True}),
        # -- entities and external references --------------------------------------------
        Case("xxe-in-html", "xxe.html", _xxe_html, {"text": ["Kepler Motors"], "forbid": ["root:", "file:"]}),
        Case("xxe-in-post", "xxe.md", _xxe_post, {"text": ["Kepler Motors"], "forbid": ["root:", "file:"]}),
        Case("billion-laughs-html", "laughs.html", _billion_laughs_html,
             {"seconds": 5, "rss_mb": 150, "forbid": ["hahahahahahahahahaha"]}),
        Case("rss-file-with-xxe", "feed.xml",
             lambda: '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                     f"<rss><channel><item><title>&xxe;</title><description>{LEAD}</description></item></channel></rss>",
             {"outcome": "failed", "error": "RSS or Atom feed, not a report"}),
        Case("atom-file", "feed.atom.txt",
             lambda: f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                     f"<title>{LEAD}</title></entry></feed>",
             {"outcome": "failed", "error": "RSS or Atom feed, not a report"}),
    ]
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "case names repeat"
    return cases


CASES = _cases()
BY_NAME = {case.name: case for case in CASES}


def write_case(case: Case, folder: Path) -> tuple[Path, dict]:
    """Write one case and its sidecar to `folder`; (path, expectations)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.file
    path.write_bytes(case.data())
    expect = case.sidecar()
    (folder / f"{case.file}.expect.json").write_text(json.dumps(expect, indent=1) + "\n", encoding="utf-8")
    return path, expect


def read_sidecar(path: Path) -> dict:
    return json.loads(path.with_name(path.name + ".expect.json").read_text(encoding="utf-8"))


def write_all(folder: Path, *, skip: tuple[str, ...] = ()) -> list[Path]:
    return [write_case(c, folder)[0] for c in CASES if c.name not in skip]


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for written in write_all(target):
        print(written)
