"""Fetch an http(s) address: one total deadline, a size cap and a redirect limit.

Everything that touches the network goes through `fetch`, so tests swap this one
function. A per-read socket timeout alone does not bound a server that drips one
byte a second, so the deadline is checked between reads as well.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from ..errors import ReadError

DEADLINE_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "claimtrack/0.1 (+https://github.com/claimtrack)"


@dataclass(frozen=True)
class Fetched:
    url: str  # the final address, after redirects
    data: bytes
    content_type: str | None = None
    charset: str | None = None
    status: int = 200  # 304 when a conditional request found nothing new (data is empty)
    etag: str | None = None
    last_modified: str | None = None


class FetchError(ReadError):
    """A failed fetch; `status` is the server's answer when there was one, and
    `transient` says whether trying again later may succeed (timeouts, 5xx, 429)."""

    def __init__(self, message: str, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status
        self.transient = transient


def check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ReadError(f"{url}: only http and https addresses can be fetched")


@lru_cache(maxsize=4)
def _opener(max_redirects: int):
    """An opener that follows at most `max_redirects` redirects, to http(s) only.

    Built once: building one per request (its handlers, a class) cost ≈0.3 ms, a
    tenth of an update run where fifty feeds answer 304.
    """
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = max_redirects

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            check_address(newurl)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

        def http_error_302(self, req, fp, code, msg, headers):
            target = headers.get("Location") or headers.get("URI")
            if target:
                check_address(urljoin(req.full_url, target))
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return urllib.request.build_opener(_Redirects)


def fetch(
    url: str,
    *,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url`; FetchError (a ReadError) on any failure, naming the address.

    `headers` adds request headers, e.g. If-None-Match for a conditional request;
    a 304 answer comes back as a Fetched with status 304 and no data.
    """
    import urllib.error
    import urllib.request

    check_address(url)
    opener = _opener(max_redirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity", **(headers or {})}
    )
    start = time.monotonic()
    try:
        with opener.open(request, timeout=min(deadline, 10.0)) as reply:
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - start > deadline:
                    raise FetchError(f"{url}: no complete answer within {deadline:g} s", transient=True)
                chunk = reply.read1(65536) if hasattr(reply, "read1") else reply.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
                chunks.append(chunk)
            data = b"".join(chunks)
            if (reply.headers.get("Content-Encoding") or "").lower() == "gzip":
                data = _gunzip(data, max_bytes, url)
            return Fetched(
                url=reply.geturl(),
                data=data,
                content_type=reply.headers.get_content_type(),
                charset=reply.headers.get_content_charset(),
                etag=reply.headers.get("ETag"),
                last_modified=reply.headers.get("Last-Modified"),
            )
    except ReadError:
        raise
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(url=url, data=b"", status=304, etag=err.headers.get("ETag"),
                           last_modified=err.headers.get("Last-Modified"))
        if err.code in (301, 302, 303, 307, 308):
            raise FetchError(f"{url}: more than {max_redirects} redirects", err.code) from None
        raise FetchError(f"{url}: the server answered {err.code} {err.reason}", err.code,
                         transient=err.code in (408, 425, 429) or err.code >= 500) from None
    except urllib.error.URLError as err:
        raise FetchError(f"{url}: cannot fetch ({err.reason})", transient=True) from None
    except (TimeoutError, OSError) as err:
        raise FetchError(f"{url}: cannot fetch ({err.__class__.__name__}: {err})", transient=True) from None
    except ValueError as err:
        raise FetchError(f"{url}: cannot fetch ({err.__class__.__name__}: {err})") from None


def _gunzip(data: bytes, max_bytes: int, url: str) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise FetchError(f"{url}: broken gzip data") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB when unpacked")
    return out
