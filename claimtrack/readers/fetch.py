"""Fetch an http(s) address: one total deadline, a size cap and a redirect limit.

Everything that touches the network goes through `fetch`, so tests swap this one
function. A per-read socket timeout alone does not bound a server that drips one
byte a second, so the deadline is checked between reads as well.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
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


def check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ReadError(f"{url}: only http and https addresses can be fetched")


def fetch(
    url: str,
    *,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET `url`; ReadError on any failure, naming the address."""
    import urllib.error
    import urllib.request

    check_address(url)

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

    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity"}
    )
    start = time.monotonic()
    try:
        with opener.open(request, timeout=min(deadline, 10.0)) as reply:
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - start > deadline:
                    raise ReadError(f"{url}: no complete answer within {deadline:g} s")
                chunk = reply.read1(65536) if hasattr(reply, "read1") else reply.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise ReadError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
                chunks.append(chunk)
            data = b"".join(chunks)
            if (reply.headers.get("Content-Encoding") or "").lower() == "gzip":
                data = _gunzip(data, max_bytes, url)
            return Fetched(
                url=reply.geturl(),
                data=data,
                content_type=reply.headers.get_content_type(),
                charset=reply.headers.get_content_charset(),
            )
    except ReadError:
        raise
    except urllib.error.HTTPError as err:
        if err.code in (301, 302, 303, 307, 308):
            raise ReadError(f"{url}: more than {max_redirects} redirects") from None
        raise ReadError(f"{url}: the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise ReadError(f"{url}: cannot fetch ({err.reason})") from None
    except (TimeoutError, OSError, ValueError) as err:
        raise ReadError(f"{url}: cannot fetch ({err.__class__.__name__}: {err})") from None


def _gunzip(data: bytes, max_bytes: int, url: str) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise ReadError(f"{url}: broken gzip data") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise ReadError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB when unpacked")
    return out
