"""Fetching pages and feeds over HTTP without becoming a way into the machine's own network.

A URL named by a user or a feed could point at `127.0.0.1`, a router, or a cloud metadata
service. The `Fetcher` therefore resolves every host itself, refuses loopback, private,
link-local, multicast, reserved, unspecified and cloud-metadata addresses (IPv4, IPv6 and
IPv4 inside IPv6) unless told otherwise, and then connects to exactly the address it
checked, so a DNS answer that changes between check and connect gains nothing. Redirects are
followed by hand, one checked hop at a time. Bodies are capped in size and time and must
carry an expected content type.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from vigil.errors import SourceError

__all__ = [
    "FEED_TYPES",
    "HTML_TYPES",
    "TEXT_TYPES",
    "AddressRefused",
    "Fetched",
    "Fetcher",
    "address_rule",
]

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
)
TEXT_TYPES = ("text/plain",)

USER_AGENT = "Vigil/0.1 (+https://github.com/vigil; news reader for a political-prisoner registry)"
REDIRECTS = (301, 302, 303, 307, 308)

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack ...
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.170.23",  # AWS EKS pod identity
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (classic)
        "fd00:ec2::254",  # AWS over IPv6
        "fd00:ec2::23",
    )
)
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(ip: IP) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64 or 6to4), if any."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in _NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if ip.sixtofour is not None:  # 2002::/16 carries an IPv4 address in bits 16-48
            return ip.sixtofour
    return None


def address_rule(ip: IP | str) -> str | None:
    """The rule that forbids connecting to `ip` ("loopback", "private" ...), or None if it is public."""
    ip = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    ip = _embedded_ipv4(ip) or ip
    if ip in _METADATA:
        return "cloud-metadata"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:  # fec0::/10, deprecated yet private
        return "private"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private:
        return "private"
    if ip in _SHARED:
        return "shared (carrier-grade NAT)"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "non-global"
    return None


class AddressRefused(Exception):
    """Raised inside the transport when a host resolves to a forbidden address."""

    def __init__(self, host: str, ip: str, rule: str) -> None:
        self.host, self.ip, self.rule = host, ip, rule
        article = "an" if rule[0] in "aeiou" else "a"
        named = ip if _same_address(host, ip) else f"{host} resolves to {ip}, which"
        super().__init__(f"{named} is {article} {rule} address (use --allow-private to allow)")


def _same_address(host: str, ip: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == ipaddress.ip_address(ip)
    except ValueError:
        return False


def _show(ip: IP) -> str:
    """IPv4-mapped addresses in their readable form (Python 3.11 prints ::ffff:c0a8:1)."""
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return f"::ffff:{mapped}" if mapped else str(ip)


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks, and connects to the checked address; TLS still uses the URL's host name."""

    def __init__(self, *, allow_private: bool, allow: tuple[Network, ...], resolver: Resolver) -> None:
        self.allow_private = allow_private
        self.allow = allow
        self.resolver = resolver

    def _refusal(self, ip: IP) -> str | None:
        if self.allow_private or any(ip in net for net in self.allow):
            return None
        embedded = _embedded_ipv4(ip)
        if embedded is not None and any(embedded in net for net in self.allow):
            return None
        return address_rule(ip)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self.resolver(host.strip("[]"), port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
        ips = [ipaddress.ip_address(a.split("%")[0]) for a in addresses]
        for ip in ips:  # any forbidden answer refuses the host: a mixed answer is a rebinding attempt
            rule = self._refusal(ip)
            if rule:
                raise AddressRefused(host.strip("[]"), _show(ip), rule)
        last: Exception | None = None
        for ip in ips:
            try:
                return super().connect_tcp(str(ip), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        assert last is not None
        raise last


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport with the connection pool's network backend swapped for the guarded one.

    httpx has no public hook for the backend; rebuilding `_pool` keeps everything else
    (HTTP/1.1, TLS with SNI for the URL's host, keep-alive) exactly httpx's.
    """

    def __init__(self, backend: _GuardedBackend, *, verify: ssl.SSLContext | str | bool = True) -> None:
        super().__init__(verify=verify, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=10,
            max_keepalive_connections=5,
            keepalive_expiry=5.0,
            network_backend=backend,
        )


@dataclass(frozen=True)
class Fetched:
    """A fetched body and what the server said about it."""

    url: str
    status: int
    content_type: str | None
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """A guarded HTTP client: checked addresses, hop-by-hop redirects, size, time and type limits.

    `allow_private` lifts the address rules (a newsroom's intranet); `allow` lifts them for
    named networks only (tests on 127.0.0.1, one internal mirror).
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allow: Iterable[str | Network] = (),
        timeout: float = 15.0,
        deadline: float = 60.0,
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
        resolver: Resolver | None = None,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        backend = _GuardedBackend(
            allow_private=allow_private,
            allow=tuple(ipaddress.ip_network(n) if isinstance(n, str) else n for n in allow),
            resolver=resolver or _system_resolver,
        )
        self._client = httpx.Client(
            transport=_GuardedTransport(backend, verify=verify),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        accept: Collection[str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET `url`, following redirects; a `SourceError` naming the rule for anything refused.

        `accept` lists the content types wanted (a missing Content-Type passes, the parser
        decides); `etag` and `last_modified` make the request conditional (status 304).
        """
        headers = {"Accept": ", ".join(accept) if accept else "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        hop = url
        for _ in range(self.max_redirects + 1):
            _check_scheme(hop, source=url)
            with (
                self._failures(url, hop, "fetching", "fetch"),
                self._client.stream("GET", hop, headers=headers) as response,
            ):
                if response.status_code in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        message = f"HTTP {response.status_code} redirect without Location"
                        raise SourceError(message, source=url)
                    hop = urljoin(str(response.url), location)
                    continue
                return self._read(url, response, accept=accept, started=started)
        raise SourceError(f"too many redirects (more than {self.max_redirects})", source=url)

    def post(self, url: str, *, body: bytes, headers: Mapping[str, str]) -> Fetched:
        """POST `body` to `url` under the same address rules; redirects are not followed (a
        webhook receiver answers itself) and the answer's status is returned, not raised."""
        _check_scheme(url, source=url)
        with (
            self._failures(url, url, "posting to", "post to"),
            self._client.stream("POST", url, content=body, headers=dict(headers)) as response,
        ):
            mime, charset = _content_type(response.headers.get("content-type"))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                chunks.append(chunk[: max(0, 65536 - size)])
                size += len(chunk)
                if size >= 65536:
                    break
            return Fetched(str(response.url), response.status_code, mime, charset, b"".join(chunks))

    @contextmanager
    def _failures(self, url: str, hop: str, doing: str, do: str) -> Iterator[None]:
        """Refused addresses, time-outs and transport errors as one `SourceError` naming `hop`."""
        try:
            yield
        except AddressRefused as exc:
            raise SourceError(f"refused {hop}: {exc}", source=url) from exc
        except httpx.TimeoutException as exc:
            raise SourceError(f"timed out {doing} {hop} (limit {self.timeout:g}s)", source=url) from exc
        except httpx.HTTPError as exc:
            raise SourceError(f"cannot {do} {hop}: {exc or type(exc).__name__}", source=url) from exc

    def _read(
        self, url: str, response: httpx.Response, *, accept: Collection[str] | None, started: float
    ) -> Fetched:
        status = response.status_code
        where = "" if str(response.url) == url else f" from {response.url}"
        mime, charset = _content_type(response.headers.get("content-type"))
        if status == 304:
            return Fetched(
                str(response.url),
                status,
                mime,
                charset,
                b"",
                response.headers.get("etag"),
                response.headers.get("last-modified"),
            )
        if status >= 400 or status < 200:
            raise SourceError(f"HTTP {status} {response.reason_phrase}{where}", source=url)
        if accept and mime and mime not in accept:
            raise SourceError(f"unexpected content type {mime}{where}", source=url)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"too large ({int(declared):,} bytes; limit {self.max_bytes:,})", source=url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise SourceError(f"too large (over {self.max_bytes:,} bytes)", source=url)
            if time.monotonic() - started > self.deadline:
                raise SourceError(f"took longer than {self.deadline:g}s", source=url)
            chunks.append(chunk)
        return Fetched(
            url=str(response.url),
            status=status,
            content_type=mime,
            charset=charset,
            body=b"".join(chunks),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )


def _check_scheme(url: str, *, source: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"refused {url}: only http and https URLs are fetched", source=source)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip("\"' ").lower()
    return mime.strip().lower() or None, charset
