"""The guarded fetcher against a real HTTP server on 127.0.0.1 (the only address these tests use)."""

from __future__ import annotations

import ipaddress
import ssl

import pytest

from tests.fixtures.http_server import LocalServer, Reply
from vigil.errors import SourceError
from vigil.ingest.fetch import FEED_TYPES, HTML_TYPES, Fetcher, address_rule

LOCAL = ["127.0.0.1/32"]


@pytest.fixture
def fetcher():
    with Fetcher(allow=LOCAL, timeout=2.0, max_bytes=100_000) as f:
        yield f


@pytest.mark.parametrize(
    ("address", "rule"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("::ffff:192.168.1.1", "private"),
        ("64:ff9b::a00:1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "cloud-metadata"),
        ("fd00:ec2::254", "cloud-metadata"),
        ("100.100.100.200", "cloud-metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("100.64.0.1", "shared (carrier-grade NAT)"),
        ("240.0.0.1", "private"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:8.8.8.8", None),
    ],
)
def test_address_rules(address: str, rule: str | None) -> None:
    assert address_rule(ipaddress.ip_address(address)) == rule


def test_fetches_a_page(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.page("/a.html", "<html><body>hi</body></html>", etag='"v1"')
    got = fetcher.fetch(url, accept=HTML_TYPES)
    assert (got.status, got.content_type, got.charset, got.etag) == (200, "text/html", "utf-8", '"v1"')
    assert got.body == b"<html><body>hi</body></html>"


def test_loopback_is_refused_by_default_with_the_rule_named(http_server: LocalServer) -> None:
    url = http_server.page("/x", "secret")
    with Fetcher() as fetcher, pytest.raises(SourceError) as err:
        fetcher.fetch(url)
    assert err.value.message == (
        f"refused {url}: 127.0.0.1 is a loopback address (use --allow-private to allow)"
    )
    assert http_server.requests == []


def test_allow_private_lifts_the_rules(http_server: LocalServer) -> None:
    url = http_server.page("/x", "fine", content_type="text/plain")
    with Fetcher(allow_private=True) as fetcher:
        assert fetcher.fetch(url).body == b"fine"


def test_connects_to_the_checked_address_and_sends_the_host_name(
    http_server: LocalServer,
) -> None:
    http_server.page("/story", "<p>story</p>")
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    with Fetcher(allow=LOCAL, resolver=resolver) as fetcher:
        got = fetcher.fetch(f"http://news.example:{http_server.port}/story")
    assert got.body == b"<p>story</p>"
    assert calls == ["news.example"]
    assert http_server.requests[-1].headers["host"] == f"news.example:{http_server.port}"


def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    with (
        Fetcher(resolver=lambda host, port: ["8.8.8.8", "10.0.0.7"]) as fetcher,
        pytest.raises(SourceError, match=r"evil\.example resolves to 10\.0\.0\.7, which is a private"),
    ):
        fetcher.fetch("http://evil.example/")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud-metadata address"),
        ("http://10.0.0.1/admin", "10.0.0.1 is a private address"),
        ("http://[::ffff:192.168.0.1]/", "::ffff:192.168.0.1 is a private address"),
        ("http://[::1]:9/", "::1 is a loopback address"),
        ("file:///etc/passwd", "only http and https URLs are fetched"),
    ],
)
def test_a_redirect_to_a_forbidden_address_is_refused(
    http_server: LocalServer, fetcher: Fetcher, target: str, message: str
) -> None:
    url = http_server.route("/go", Reply(status=302, headers={"Location": target}))
    with pytest.raises(SourceError) as err:
        fetcher.fetch(url)
    assert err.value.message.startswith(f"refused {target}")
    assert message in err.value.message
    assert [r.path for r in http_server.requests] == ["/go"]


def test_redirects_are_followed_within_limits(http_server: LocalServer, fetcher: Fetcher) -> None:
    http_server.route("/r1", Reply(status=301, headers={"Location": "/r2"}))
    http_server.route("/r2", Reply(status=302, headers={"Location": f"{http_server.url}/end"}))
    http_server.page("/end", "<p>end</p>")
    got = fetcher.fetch(f"{http_server.url}/r1")
    assert got.url == f"{http_server.url}/end" and got.body == b"<p>end</p>"

    http_server.route("/loop", Reply(status=302, headers={"Location": "/loop"}))
    with pytest.raises(SourceError, match="too many redirects"):
        fetcher.fetch(f"{http_server.url}/loop")


def test_not_found(http_server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(SourceError, match="HTTP 404 Not Found"):
        fetcher.fetch(f"{http_server.url}/missing")


def test_slow_endpoint_times_out(http_server: LocalServer) -> None:
    url = http_server.route("/slow", Reply(b"late", delay=1.0, headers={"Content-Type": "text/html"}))
    with Fetcher(allow=LOCAL, timeout=0.2) as fetcher, pytest.raises(SourceError, match="timed out"):
        fetcher.fetch(url)


def test_oversize_body_is_refused(http_server: LocalServer, fetcher: Fetcher) -> None:
    big = http_server.page("/big", b"x" * 200_000)
    with pytest.raises(SourceError, match="too large"):
        fetcher.fetch(big)
    # a server that does not declare the length is cut off while reading
    chunked = Reply(b"y" * 200_000, headers={"Content-Type": "text/html"}, chunked=True)
    sneaky = http_server.route("/sneaky", chunked)
    with pytest.raises(SourceError, match="too large"):
        fetcher.fetch(sneaky)


def test_wrong_content_type_is_refused(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.page("/logo.png", b"\x89PNG....", content_type="image/png")
    with pytest.raises(SourceError, match="unexpected content type image/png"):
        fetcher.fetch(url, accept=HTML_TYPES + FEED_TYPES)


def test_conditional_request(http_server: LocalServer, fetcher: Fetcher) -> None:
    def handler(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(status=304, headers={"ETag": '"v1"'})
        return Reply(b"<rss/>", headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    url = http_server.route("/feed", handler)
    assert fetcher.fetch(url).etag == '"v1"'
    again = fetcher.fetch(url, etag='"v1"')
    assert again.not_modified and again.body == b""


@pytest.mark.parametrize("host", ["2130706433", "0x7f.1", "127.1", "localhost", "[::ffff:127.0.0.1]"])
def test_loopback_spellings_are_refused_after_resolution(http_server: LocalServer, host: str) -> None:
    with Fetcher() as fetcher, pytest.raises(SourceError, match="is a loopback address"):
        fetcher.fetch(f"http://{host}:{http_server.port}/x")
    assert http_server.requests == []


def test_https_to_the_checked_address_keeps_sni_and_certificate_checks(
    https_server: LocalServer, tls_certificate
) -> None:
    """The connection goes to the resolved IP, yet TLS is for the URL's host name."""
    https_server.page("/story", "<p>story</p>")
    cert, _key = tls_certificate

    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with Fetcher(allow=LOCAL, resolver=resolver, verify=ssl.create_default_context(cafile=cert)) as fetcher:
        got = fetcher.fetch(f"https://news.example:{https_server.port}/story")
        assert got.body == b"<p>story</p>"
        assert https_server.server_names[-1] == "news.example"
        assert https_server.requests[-1].headers["host"] == f"news.example:{https_server.port}"
        with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            fetcher.fetch(f"https://other.example:{https_server.port}/story")
