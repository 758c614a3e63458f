"""Hexo/Jekyll posts: YAML front matter, then an HTML or Markdown body.

The front matter is read with libyaml's safe loader but without implicit typing, so
every scalar stays the string the author wrote (`id: 0123` is "0123", `NO` is "NO",
`date:` is whatever text was there). Aliases are refused: a few hundred bytes of
nested aliases expand to billions of nodes as soon as anything walks them.
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import ReadError
from ..models import Report
from .language import detect_language
from .published import parse_published
from .text import markdown_text

_MAX_HEADER = 64 * 1024
_OPEN = re.compile(r"\A\s*---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


@cache
def _yaml():
    """PyYAML and a safe loader with no implicit resolvers (plain scalars are strings).
    Imported on first need: most front matter is plain `key: value` lines read without
    it, and ingesting known files never parses any (≈20 ms of start-up saved)."""
    import yaml

    class StringLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    StringLoader.yaml_implicit_resolvers = {}
    return yaml, StringLoader


def has_front_matter(text: str) -> bool:
    return bool(_OPEN.match(text))


def split_front_matter(text: str, location: str) -> tuple[dict, str]:
    """(front matter mapping, body); ReadError when the header is broken."""
    start = _OPEN.match(text)
    if not start:
        return {}, text
    close = _CLOSE.search(text, start.end())
    if not close:
        raise ReadError(f"{location}: front matter has no closing '---' line")
    header = text[start.end(): close.start()]
    body = text[close.end():]
    if len(header) > _MAX_HEADER:
        raise ReadError(f"{location}: front matter is larger than {_MAX_HEADER // 1024} KB")
    return _load(header, location), body


def _load(header: str, location: str) -> dict:
    simple = _simple_mapping(header)
    if simple is not None:
        return simple
    if "*" in header and _has_alias(header):
        raise ReadError(f"{location}: front matter uses YAML aliases, which are not accepted")
    yaml, loader = _yaml()
    try:
        data = yaml.load(header, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise ReadError(f"{location}: broken front matter{where}: {problem}") from None
    except RecursionError:
        raise ReadError(f"{location}: front matter is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReadError(f"{location}: front matter is not a list of 'key: value' lines")
    return data


# A line the YAML loader would read as `key: string` with nothing to interpret: a
# single-quoted string, or a plain one that starts with no indicator and holds no
# ": " or " #". Most posts' front matter is only such lines; the loader costs ≈15 µs.
# (matched against the line without its trailing spaces: a lazy value followed by
# " *" rescanned a long run of spaces at every step, quadratic in the line)
_SIMPLE_LINE = re.compile(
    r"\A([A-Za-z_][A-Za-z0-9_-]*+): +(?:'((?:[^']|'')*+)'|([^-?:,\[\]{}#&*!|>'\"%@`\s](?:(?!: | #)[^\t])*?))"
)


def _simple_mapping(header: str) -> dict | None:
    """The mapping a header of only simple lines gives, without the loader; None
    when any line needs it (the loader then reads the whole header)."""
    mapping: dict[str, str] = {}
    for line in header.split("\n"):
        if not line:
            continue
        stripped = line.rstrip(" ")
        m = _SIMPLE_LINE.fullmatch(stripped)
        if m is None or not line.isprintable() or stripped.endswith(":"):  # "a: " opens a mapping
            return None
        key, quoted, plain = m.groups()
        mapping[key] = quoted.replace("''", "'") if quoted is not None else plain
    return mapping


def _has_alias(header: str) -> bool:
    yaml, loader = _yaml()
    try:
        for event in yaml.parse(header, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                return True
    except yaml.YAMLError:
        return False  # the loader reports the syntax error with its position
    return False


def field(meta: dict, *keys: str) -> str | None:
    """The first of `keys` that holds a non-empty scalar, as a one-line string."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return " ".join(str(value).split())
    return None


def string_list(value) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list):
        return tuple(" ".join(str(v).split()) for v in value if isinstance(v, (str, int, float)) and str(v).strip())
    return ()


def read_post(text: str, location: str):
    """A Hexo/Jekyll post -> Report."""
    meta, body = split_front_matter(text, location)
    body_text = markdown_text(body)
    title = field(meta, "title") or ""
    language = field(meta, "lang", "language")
    language = language.lower()[:2] if language and language.lower()[:2] in ("zh", "en") else None
    language = language or detect_language(title + "\n" + body_text)
    author = field(meta, "author")
    outlet = field(meta, "source", "outlet", "publisher", "site", "site_name") or author
    return Report(
        text=body_text,
        title=title,
        outlet=outlet,
        author=author,
        language=language,
        published=parse_published(field(meta, "date", "published", "pubDate", "created"), language),
        url=field(meta, "url", "link", "permalink", "source_url"),
        categories=string_list(meta.get("categories")) + string_list(meta.get("tags")),
    )
