"""Fetch RSS/Atom feeds from untrusted URLs without hanging the worker or reaching internal hosts.

Why not ``feedparser.parse(url)``: it has no timeout, no size cap and follows redirects anywhere, so one
slow or hostile feed could stall the worker, fill memory or make the portal call internal services
(cloud metadata at 169.254.169.254, the database host, ...). :func:`fetch_feed` instead guarantees:

* http/https only; redirects are followed by hand, and every hop's host is resolved and refused if ANY
  address is not public (see :func:`is_forbidden_address`). A refused address is never connected to.
* Pinning against DNS rebinding: the default transport's network backend resolves, checks and dials the
  checked IP itself; TLS still verifies the certificate for the host name (httpcore passes the origin
  host as ``server_hostname``). A caller-supplied ``transport`` only gets the per-hop pre-check.
* One wall-clock deadline for the whole call: every socket connect/read/write is clamped to the time
  left, so a server trickling bytes cannot outlive ``timeout``.
* A byte cap: a larger ``Content-Length`` is refused up front; the body is read raw and decoded here
  (one gzip/deflate coding at most, stacked codings refused) with zlib bounded to the cap, so the cap
  holds on the decoded bytes as they are produced (a decompression bomb stops at the cap).
* No proxy/netrc from the environment (``trust_env=False``): a proxy would void the check.

Pure Python (no Django), called from the worker, never from a request.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import socket
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass

import httpcore
import httpx

from portal.feeds.parsing import FeedItem, ParseResult, parse_feed  # noqa: F401  (re-exported)

logger = logging.getLogger(__name__)

USER_AGENT = "SchoolPortalFeedReader/1.0 (RSS/Atom)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
CONNECT_TIMEOUT = 5.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}

MESSAGES = {
    "timeout": "Quá thời gian chờ khi tải nguồn tin.",
    "too_large": "Nguồn tin vượt quá dung lượng cho phép ({limit}).",
    "forbidden_address": "Địa chỉ nguồn tin trỏ tới mạng nội bộ, không được phép.",
    "bad_scheme": "Địa chỉ nguồn tin phải bắt đầu bằng http:// hoặc https://.",
    "bad_url": "Địa chỉ nguồn tin không hợp lệ.",
    "dns": "Không tìm thấy tên miền của nguồn tin.",
    "http_error": "Máy chủ nguồn tin trả về lỗi HTTP {status}.",
    "bad_redirect": "Máy chủ nguồn tin chuyển hướng nhưng không cho biết địa chỉ mới.",
    "too_many_redirects": "Nguồn tin chuyển hướng quá nhiều lần.",
    "connection": "Không kết nối được tới máy chủ nguồn tin.",
    "bad_encoding": "Máy chủ nguồn tin trả về dữ liệu nén bị lỗi.",
    "unexpected": "Lỗi không xác định khi tải nguồn tin.",
}


@dataclass(frozen=True)
class FetchResult:
    """Outcome of one fetch; ``error`` is shown to editors, ``error_code`` is for logs and logic."""

    status: str  # "ok" | "not_modified" | "error"
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    final_url: str = ""
    error: str | None = None
    error_code: str | None = None
    http_status: int | None = None
    content_type: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class FetchError(Exception):
    """Internal control flow: carries an error code (and message parameters) up to ``fetch_feed``."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def format_size(num_bytes: int) -> str:
    """Human size in Vietnamese style (decimal comma): 2_000_000 -> "2 MB", 1_500_000 -> "1,5 MB"."""
    if num_bytes >= 1_000_000:
        text, unit = f"{num_bytes / 1_000_000:.1f}", "MB"
    elif num_bytes >= 1_000:
        text, unit = f"{num_bytes / 1_000:.1f}", "KB"
    else:
        return f"{num_bytes} byte"
    return f"{text.removesuffix('.0').replace('.', ',')} {unit}"


def is_forbidden_address(address: str) -> bool:
    """True unless ``address`` is a globally routable unicast IP outside every special-purpose block.

    Why so broad: Python 3.11's flags do not look inside IPv4-mapped/6to4/NAT64/Teredo IPv6 addresses,
    and ``is_private`` misses CGNAT (100.64/10), so both the embedded IPv4 and ``is_global`` are checked.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and is_forbidden_address(str(embedded)):
            return True
    flags = ("is_loopback", "is_private", "is_link_local", "is_multicast", "is_reserved", "is_unspecified")
    if not ip.is_global or any(getattr(ip, flag) for flag in flags):
        return True
    return any(ip in network for network in SPECIAL_PURPOSE_NETWORKS if network.version == ip.version)


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")

# The IANA special-purpose address registries (iana-ipv4-special-registry, iana-ipv6-special-registry)
# and deprecated blocks of the address-space registries, written out: Python's flags follow whatever
# the interpreter's release knew (3.11 calls 192.88.99.0/24, fec0::/10 and 3fff::/20 global), and a
# feed has no reason to live in any of these blocks, even the few the registry marks globally reachable.
SPECIAL_PURPOSE_NETWORKS = tuple(
    ipaddress.ip_network(block)
    for block in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",  # private use
        "100.64.0.0/10",  # shared address space (CGNAT)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link local
        "172.16.0.0/12",  # private use
        "192.0.0.0/24",  # IETF protocol assignments (PCP/TURN anycast, DS-Lite, NAT64 discovery...)
        "192.0.2.0/24",  # documentation (TEST-NET-1)
        "192.31.196.0/24",  # AS112-v4
        "192.52.193.0/24",  # AMT
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",  # private use
        "192.175.48.0/24",  # direct delegation AS112 service
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation (TEST-NET-2)
        "203.0.113.0/24",  # documentation (TEST-NET-3)
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved
        "255.255.255.255/32",  # limited broadcast
        "::/128",  # unspecified
        "::1/128",  # loopback
        "::ffff:0:0/96",  # IPv4-mapped
        "64:ff9b:1::/48",  # local-use IPv4/IPv6 translation
        "100::/64",  # discard-only
        "100:0:0:1::/64",  # dummy IPv6 prefix
        "2001::/23",  # IETF protocol assignments (Teredo, ORCHID, AMT, AS112...)
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4
        "2620:4f:8000::/48",  # direct delegation AS112 service
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing (SRv6) SIDs
        "fc00::/7",  # unique local
        "fe80::/10",  # link local
        "fec0::/10",  # deprecated site-local
        "ff00::/8",  # multicast
    )
)


class _Deadline:
    """One wall-clock budget shared by DNS, every hop and every socket operation."""

    def __init__(self, seconds: float):
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def check(self) -> float:
        left = self.remaining()
        if left <= 0:
            raise FetchError("timeout")
        return left

    def clamp(self, timeout: float | None, exc_class: type[Exception]) -> float:
        """Shorten a socket timeout to the time left; raise ``exc_class`` once the deadline passed."""
        left = self.remaining()
        if left <= 0:
            raise exc_class("feed fetch deadline exceeded")
        return left if timeout is None else min(timeout, left)

    def timeouts(self) -> httpx.Timeout:
        left = self.check()
        return httpx.Timeout(connect=min(CONNECT_TIMEOUT, left), read=left, write=left, pool=left)


def _host_key(host: str, port: int) -> str:
    host = host.lower()
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class _AddressGuard:
    """Resolves a host and refuses it unless every address is public (or the host:port is allowed)."""

    def __init__(self, allow_private_hosts: frozenset[str], deadline: _Deadline):
        self._allowed = frozenset(h.lower() for h in allow_private_hosts)
        self._deadline = deadline

    def addresses(self, host: str, port: int) -> list[str]:
        addresses = self._resolve(host, port)
        if _host_key(host, port) not in self._allowed and any(map(is_forbidden_address, addresses)):
            logger.info("feed fetch refused %s:%s -> %s", host, port, addresses)
            raise FetchError("forbidden_address")
        return addresses

    def _resolve(self, host: str, port: int) -> list[str]:
        """getaddrinfo has no timeout of its own, so it runs in a daemon thread bounded by the deadline."""
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        outcome: dict[str, object] = {}

        def lookup():
            try:
                outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError) as exc:
                outcome["error"] = exc

        worker = threading.Thread(target=lookup, name="feed-dns", daemon=True)
        worker.start()
        worker.join(max(self._deadline.remaining(), 0))
        if worker.is_alive():
            raise FetchError("timeout")
        if "error" in outcome or not outcome.get("infos"):
            raise FetchError("dns")
        return list(dict.fromkeys(info[4][0] for info in outcome["infos"]))


class _DeadlineStream(httpcore.NetworkStream):
    """Socket stream whose every read/write waits at most until the fetch deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline):
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        timeout = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout), self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects only to addresses it has just resolved and checked itself (defeats DNS rebinding)."""

    def __init__(self, guard: _AddressGuard, deadline: _Deadline):
        self._guard = guard
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        last_error: Exception | None = None
        for address in self._guard.addresses(host, port):
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self._deadline.clamp(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise last_error or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not used for feeds")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@contextmanager
def _httpx_errors():
    """Re-raise httpcore errors as the httpx class of the same name (httpx mirrors httpcore's names)."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TimeoutException)(str(exc)) from exc
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TransportError)(str(exc)) from exc


class _CoreResponseStream(httpx.SyncByteStream):
    def __init__(self, stream):
        self._stream = stream

    def __iter__(self):
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


@functools.lru_cache(maxsize=1)
def _ssl_context():
    """Loading the CA bundle costs tens of milliseconds; an SSLContext is safe to share."""
    return httpx.create_ssl_context()


class _PinnedTransport(httpx.BaseTransport):
    """httpx transport over an httpcore pool with :class:`_PinnedBackend` (public APIs only).

    httpx.HTTPTransport does not accept a network backend, hence this small adapter (same shape as
    ``httpx.HTTPTransport.handle_request``).
    """

    def __init__(self, backend: httpcore.NetworkBackend):
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(), max_connections=4, http1=True, http2=False, network_backend=backend
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            core_response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_CoreResponseStream(core_response.stream),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def _checked_url(url: str | httpx.URL, guard: _AddressGuard) -> httpx.URL:
    """Validate scheme and host of one hop, resolving the host (refusal happens before any connect)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise FetchError("bad_url") from None
    if parsed.scheme not in DEFAULT_PORTS:
        raise FetchError("bad_scheme")
    if not parsed.raw_host:
        raise FetchError("bad_url")
    host = parsed.raw_host.decode("ascii")
    guard.addresses(host, parsed.port or DEFAULT_PORTS[parsed.scheme])
    return parsed


# Content codings decoded here, never by httpx: its decoders have no output bound and it applies stacked
# codings ("gzip, gzip") one after the other, so a 7 KB body could grow to gigabytes in memory.
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class _BoundedDecoder:
    """zlib decompression that never produces more than ``limit`` bytes in total (counted as decoded)."""

    def __init__(self, coding: str, limit: int):
        self._coding = coding
        self._limit = limit
        self._z = zlib.decompressobj(_WBITS[coding])
        self._started = False
        self.total = 0

    def decode(self, data: bytes) -> bytes:
        out = []
        while data:
            if self._z.eof:  # bytes after the end of the stream: a second member or junk, refused
                raise FetchError("bad_encoding")
            try:
                piece = self._z.decompress(data, self._limit - self.total + 1)
            except zlib.error:
                if self._coding == "deflate" and not self._started:  # raw deflate without zlib header
                    self._z, self._started = zlib.decompressobj(-zlib.MAX_WBITS), True
                    continue
                raise FetchError("bad_encoding") from None
            self._started = True
            self.total += len(piece)
            if self.total > self._limit:
                raise FetchError("too_large")
            out.append(piece)
            data = self._z.unconsumed_tail
        return b"".join(out)

    def finish(self) -> bytes:
        if not self._z.eof:
            raise FetchError("bad_encoding")
        return b""


def _content_coding(response: httpx.Response) -> str | None:
    """The one content coding to undo, None for identity; stacked or unknown codings are refused."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) > 1 or codings[0] not in _WBITS:
        raise FetchError("bad_encoding")
    return codings[0]


def _read_body(response: httpx.Response, max_bytes: int, deadline: _Deadline) -> bytes:
    """Read the body raw and decode it here; both the wire bytes and the decoded bytes are capped."""
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError("too_large")
    coding = _content_coding(response)
    decoder = _BoundedDecoder(coding, max_bytes) if coding else None
    chunks, raw_total = [], 0
    for chunk in response.iter_raw():
        raw_total += len(chunk)
        if raw_total > max_bytes:
            raise FetchError("too_large")
        deadline.check()
        chunks.append(decoder.decode(chunk) if decoder else chunk)
    if decoder:
        chunks.append(decoder.finish())
    return b"".join(chunks)


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 10.0,
    max_bytes: int = 2_000_000,
    max_redirects: int = 5,
    allow_private_hosts: frozenset[str] = frozenset(),
    transport: httpx.BaseTransport | None = None,
) -> FetchResult:
    """Download a feed; never raises for network or content problems, returns a FetchResult instead.

    ``etag``/``last_modified`` are the values stored from the previous fetch; a 304 answer gives
    ``status="not_modified"``. ``allow_private_hosts`` holds exact ``"host:port"`` strings (IPv6 as
    ``"[::1]:8000"``) exempt from the address check; it exists for tests against a local server and
    applies per hop, so a redirect from an allowed host to any other internal address is still refused.
    A given ``transport`` is closed when the call ends.
    """
    deadline = _Deadline(timeout)
    guard = _AddressGuard(allow_private_hosts, deadline)
    if transport is None:
        transport = _PinnedTransport(_PinnedBackend(guard, deadline))
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current: str | httpx.URL = url
    try:
        with httpx.Client(transport=transport, follow_redirects=False, trust_env=False) as client:
            for _hop in range(max_redirects + 1):
                target = _checked_url(current, guard)
                request = client.build_request("GET", target, headers=headers, timeout=deadline.timeouts())
                response = client.send(request, stream=True)
                try:
                    if response.status_code in REDIRECT_STATUSES:
                        location = response.headers.get("location", "").strip()
                        if not location:
                            raise FetchError("bad_redirect", status=response.status_code)
                        current = response.url.join(location)
                        continue
                    return _result_for(response, etag, last_modified, max_bytes, deadline)
                finally:
                    response.close()
            raise FetchError("too_many_redirects")
    except FetchError as exc:
        code, params = exc.code, exc.params
    except httpx.TimeoutException:
        code, params = "timeout", {}
    except httpx.InvalidURL:
        code, params = "bad_url", {}
    except httpx.DecodingError:
        code, params = "bad_encoding", {}
    except (httpx.HTTPError, OSError):
        code, params = "connection", {}
    except Exception:  # a broken feed must never kill the worker loop
        logger.exception("unexpected error fetching feed %s", url)
        code, params = "unexpected", {}
    status = params.get("status")
    message = MESSAGES[code].format(limit=format_size(max_bytes), status=status)
    return FetchResult(status="error", error=message, error_code=code, final_url=str(current), http_status=status)


def _result_for(response, etag, last_modified, max_bytes, deadline) -> FetchResult:
    final_url = str(response.url)
    if response.status_code == 304:
        return FetchResult(
            status="not_modified",
            etag=response.headers.get("etag") or etag,
            last_modified=response.headers.get("last-modified") or last_modified,
            final_url=final_url,
            http_status=304,
        )
    if not 200 <= response.status_code < 300:
        raise FetchError("http_error", status=response.status_code)
    return FetchResult(
        status="ok",
        content=_read_body(response, max_bytes, deadline),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        final_url=final_url,
        http_status=response.status_code,
        content_type=response.headers.get("content-type"),
    )
