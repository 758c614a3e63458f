"""The feed registry: what `update` polls, added, listed and removed with checks.

A feed is an RSS or Atom address, a web page to re-read, or a local folder of
report files. Reading what a feed answers is readers/feed.py's job.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError, NotFound
from ..models import LANGUAGES, Feed
from ..readers import fetch as fetching
from ..store import Store

_NAME_CHARS = re.compile(r"[^\w.-]+")


# -- the registry -------------------------------------------------------------


def add_feed(store: Store, address: str, *, name: str | None = None, language: str | None = None,
             full_text: bool = False, check_seconds: float | None = None) -> Feed:
    """Register a feed; InputError (exit 2) for anything that could never be polled.

    With `check_seconds`, an address is fetched once first, within that many seconds,
    and refused when it does not answer with a page (a typo answering 404 would
    otherwise fail quietly in every cron run)."""
    address, kind = _normalise_address(address)
    if language is not None and language not in LANGUAGES:
        raise InputError(f"unknown language {language!r}: choose from {', '.join(LANGUAGES)}")
    if full_text and kind == "folder":
        raise InputError("--full-text applies to RSS and Atom addresses, not to folders")
    name = (name or "").strip() or _default_name(address, kind)
    _refuse_clash(store, name, address)  # before the fetch, so a clash is told at once
    if check_seconds is not None and kind == "url":
        check_answers(address, check_seconds)
    with store.write():
        _refuse_clash(store, name, address)
        feed_id = store.add_feed(name, address, kind, language, full_text)
    return next(f for f in store.feeds() if f.id == feed_id)


def check_answers(address: str, seconds: float) -> None:
    """Fetch `address` once; InputError naming it and the server's answer when that fails."""
    try:
        fetching.fetch(address, deadline=seconds)
    except fetching.FetchError as err:
        raise InputError(f"not added: {err} (to add it anyway: --no-check)") from None


def _refuse_clash(store: Store, name: str, address: str) -> None:
    clash = store.feed_with(name=name, address=address)
    if clash is not None:
        what = "name" if clash.name == name else "address"
        raise InputError(f"a feed with that {what} exists already: {clash.name} ({clash.address})")


def remove_feed(store: Store, name: str) -> Feed:
    with store.write():
        feed = store.feed_with(name=name)
        if feed is None:
            raise NotFound(f"no feed named {name!r}; see: claimtrack feed list")
        store.remove_feed(feed.id)
    return feed


def _normalise_address(address: str) -> tuple[str, str]:
    address = address.strip()
    if not address:
        raise InputError("give a feed address or folder")
    try:
        parts = urlsplit(address)
        scheme, host, _port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError as err:  # `http://[::1`: an unclosed IPv6 bracket, a bad port
        raise InputError(f"{address}: not a valid address ({err})") from None
    if scheme in ("http", "https"):
        if not host:
            raise InputError(f"{address}: not a complete address")
        return address, "url"
    if len(scheme) > 1:  # file:, ftp:, javascript: …; one letter is a Windows drive
        raise InputError(f"{address}: only http and https addresses, or a local folder, can be polled")
    folder = Path(address).expanduser()
    if not folder.is_dir():
        raise InputError(f"{address}: no such folder (a feed is an http(s) address or a folder)")
    # Absolute, so cron finds it whatever its working folder.
    return str(folder.resolve()), "folder"


def _default_name(address: str, kind: str) -> str:
    if kind == "folder":
        base = Path(address).name
    else:
        parts = urlsplit(address)
        base = (parts.hostname or "feed") + parts.path.rstrip("/")
    return _NAME_CHARS.sub("-", base).strip("-")[:60] or "feed"
