"""Fetch an http(s) address: one total deadline, a size cap and a redirect limit.

Everything that touches the network goes through `fetch`, so tests swap this one
function. A per-read socket timeout alone does not bound a server that drips one
byte (or one header line) at a time, so one deadline covers connecting, redirects,
headers and body, and a timer ends the connection when it passes. Whatever a server
answers, the caller gets a Fetched or a one-line FetchError, never another exception.
"""

from __future__ import annotations

import re
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache, partial
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from ..errors import ReadError

DEADLINE_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "claimtrack/0.1 (+https://github.com/claimtrack)"
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")  # spaces and control characters, C0 and C1
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


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


def address_problem(url: str) -> str | None:
    """What is wrong with `url` as an address to fetch, in a few words; None when nothing is.

    Non-ASCII is fine (`as_uri` encodes it); spaces and control characters are not,
    and the user is told which one it is rather than just "only http and https".
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number from 0 to 65535
    except ValueError as err:
        return f"not a valid address ({err})"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http and https addresses can be fetched"
    if not parts.hostname:
        return "no host name in the address"
    bad = _UNSAFE.search(url)
    if bad:
        char = bad.group()
        if char == " ":
            return "the address contains a space (write it as %20)"
        return f"the address contains the control character U+{ord(char):04X}"
    try:
        _ascii_host(parts.hostname)
    except UnicodeError:
        return "the host name cannot be encoded for DNS (IDNA)"
    return None


def check_address(url: str) -> None:
    problem = address_problem(url)
    if problem:
        raise FetchError(f"{_printable(url)}: {problem}")


def _printable(url: str) -> str:
    """`url` with its control characters written as escapes, so a message naming it
    stays one line."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() == " " else f"\\x{ord(m.group()):02x}", url)


def as_uri(url: str) -> str:
    """`url` as the ASCII address servers expect: an IRI's host in IDNA (例子.测试 ->
    xn--fsqu00a.xn--0zwm56d), the rest of it percent-encoded as UTF-8 (/新闻.html ->
    /%E6%96%B0%E9%97%BB.html). An ASCII address is left exactly as it is."""
    if url.isascii():
        return url
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
        netloc = _percent(userinfo) + at + _ascii_host(host) + colon + port
    return urlunsplit((parts.scheme, netloc, _percent(parts.path), _percent(parts.query), _percent(parts.fragment)))


def _ascii_host(host: str) -> str:
    return host if host.isascii() else host.encode("idna").decode("ascii")


def _percent(text: str) -> str:
    return _NON_ASCII.sub(lambda m: quote(m.group(), safe=""), text)


class _Refused(Exception):
    """A redirect we will not follow; worded at the top, with the address asked for."""


class _Deadline:
    """One deadline for connecting, the headers and the body together.

    A socket timeout restarts with every byte, so a server sending one header line
    every 2 s never trips it; and headers are read inside http.client, where no loop
    of ours can look at the clock. So when the deadline passes a timer shuts down
    whichever socket is open, which ends any read in progress at once.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def remaining(self) -> float:
        return max(self.ends - time.monotonic(), 0.01)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _watched(base: type) -> type:
    """An http.client connection class whose sockets the request's deadline can shut."""

    class Connection(base):
        def __init__(self, *args, deadline: _Deadline, **kwargs):
            super().__init__(*args, **kwargs)
            self._deadline = deadline
            self._create_connection = self._connect

        def _connect(self, address, timeout, source_address=None):
            sock = socket.create_connection(address, timeout, source_address)
            self._deadline.watch(sock)
            return sock

    return Connection


@lru_cache(maxsize=4)
def _opener(max_redirects: int):
    """An opener that follows at most `max_redirects` redirects, to http(s) only, and
    whose connections obey the deadline each request carries.

    Built once: building one per request (its handlers, a class) cost ≈0.3 ms, a
    tenth of an update run where fifty feeds answer 304.
    """
    import http.client
    import urllib.request

    http_connection = _watched(http.client.HTTPConnection)
    https_connection = _watched(http.client.HTTPSConnection)

    class _HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(partial(http_connection, deadline=req.deadline), req)

    class _HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(partial(https_connection, deadline=req.deadline), req, context=self._context)

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = max_redirects

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            problem = address_problem(newurl)
            if problem:
                raise _Refused(f"redirected to {newurl}: {problem}")
            new = super().redirect_request(req, fp, code, msg, headers, newurl)
            if new is not None:
                new.deadline = req.deadline  # one deadline for every hop
            return new

        def http_error_302(self, req, fp, code, msg, headers):
            # Checked before urllib parses it: "http://[::1" or a port of 99999 would
            # otherwise escape as an exception of its own.
            target = headers.get("Location") or headers.get("URI")
            if target:
                problem = _redirect_problem(req.full_url, target)
                if problem:
                    raise _Refused(f"redirected to {target}: {problem}")
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return urllib.request.build_opener(_HTTP, _HTTPS, _Redirects)


def _redirect_problem(base: str, target: str) -> str | None:
    # http.client reads headers as Latin-1; a Location in raw UTF-8 is text again here.
    try:
        target = target.encode("latin-1").decode("utf-8")
    except UnicodeError:
        pass
    try:
        return address_problem(urljoin(base, target))
    except ValueError as err:
        return f"not a valid address ({err})"


def fetch(
    url: str,
    *,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url`; FetchError (a ReadError) on any failure, naming the address.

    `deadline` covers everything: connecting, every redirect, headers and body.
    `headers` adds request headers, e.g. If-None-Match for a conditional request;
    a 304 answer comes back as a Fetched with status 304 and no data.
    """
    import urllib.error
    import urllib.request

    check_address(url)
    request = urllib.request.Request(
        as_uri(url), headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity", **(headers or {})}
    )
    with _Deadline(deadline) as clock:
        request.deadline = clock
        try:
            return _get(request, url, clock, max_bytes, max_redirects)
        except ReadError:
            raise
        except urllib.error.HTTPError as err:
            if err.code == 304 and not clock.expired:
                return Fetched(url=url, data=b"", status=304, etag=err.headers.get("ETag"),
                               last_modified=err.headers.get("Last-Modified"))
            raise _failure(url, err, max_redirects) from None
        except Exception as err:  # every way a server or an address can fail, worded in _failure
            if clock.expired or _timed_out(err):
                raise _late(url, clock) from None
            raise _failure(url, err, max_redirects) from None


def _get(request, url: str, clock: _Deadline, max_bytes: int, max_redirects: int) -> Fetched:
    with _opener(max_redirects).open(request, timeout=clock.remaining()) as reply:
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = reply.read1(65536) if hasattr(reply, "read1") else reply.read(65536)
            if clock.expired:  # the timer shut the socket: what came so far is not all
                raise _late(url, clock)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
            chunks.append(chunk)
        missing = getattr(reply, "length", None)
        if missing:  # the connection closed before Content-Length bytes came
            raise FetchError(f"{url}: the answer stopped after {size} of the {size + missing} bytes announced",
                             transient=True)
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


def _timed_out(err: Exception) -> bool:
    return isinstance(err, TimeoutError) or isinstance(getattr(err, "reason", None), TimeoutError)


def _late(url: str, clock: _Deadline) -> FetchError:
    return FetchError(f"{url}: no complete answer within {clock.seconds:g} s", transient=True)


def _failure(url: str, err: Exception, max_redirects: int) -> ReadError:
    """The one-line reason for a failed fetch, and whether trying again may help."""
    import http.client
    import urllib.error

    if isinstance(err, _Refused):
        return FetchError(f"{url}: {err}")
    if isinstance(err, urllib.error.HTTPError):
        if err.code in (301, 302, 303, 307, 308):
            return FetchError(f"{url}: more than {max_redirects} redirects", err.code)
        return FetchError(f"{url}: the server answered {err.code} {_short(err.reason)}", err.code,
                          transient=err.code in (408, 425, 429) or err.code >= 500)
    if isinstance(err, http.client.RemoteDisconnected):
        return FetchError(f"{url}: the server closed the connection without answering", transient=True)
    if isinstance(err, http.client.BadStatusLine):
        return FetchError(f"{url}: not an HTTP answer (status line {_short(err.line)})")
    if isinstance(err, http.client.LineTooLong):
        return FetchError(f"{url}: a malformed answer ({err})")
    if isinstance(err, http.client.IncompleteRead):
        return FetchError(f"{url}: the answer broke off (bad chunked encoding or a dropped connection)",
                          transient=True)
    if isinstance(err, http.client.HTTPException):
        return FetchError(f"{url}: a malformed answer ({_short(err)})")
    if isinstance(err, urllib.error.URLError):
        return FetchError(f"{url}: cannot fetch ({_short(err.reason)})", transient=True)
    if isinstance(err, OSError):
        return FetchError(f"{url}: cannot fetch ({err.__class__.__name__}: {_short(err)})", transient=True)
    # ValueError, OverflowError (a port past 65535), UnicodeError …
    return FetchError(f"{url}: cannot fetch ({err.__class__.__name__}: {_short(err)})")


def _short(text, limit: int = 120) -> str:
    text = str(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _gunzip(data: bytes, max_bytes: int, url: str) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise FetchError(f"{url}: broken gzip data") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB when unpacked")
    return out
