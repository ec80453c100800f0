"""The fetcher's SSRF guard: every private range by its decision function, and redirects and
DNS rebinding against a real server on 127.0.0.1 only (no other address ever gets traffic:
the resolvers here answer loopback addresses, and the other cases test the decision alone).
"""

from __future__ import annotations

import ipaddress

import pytest

from tests.fixtures.http_server import LocalServer, Reply
from vigil.errors import SourceError
from vigil.ingest.fetch import Fetcher, address_rule

ONLY_127_0_0_1 = ["127.0.0.1/32"]

# One address at the start and one at the end of every range a fetch must not reach.
FORBIDDEN = [
    "0.0.0.0", "0.255.255.255",  # "this network"
    "10.0.0.0", "10.255.255.255",
    "100.64.0.0", "100.127.255.255",  # carrier-grade NAT
    "127.0.0.1", "127.255.255.254",
    "169.254.0.1", "169.254.169.254", "169.254.255.254",
    "172.16.0.0", "172.31.255.255",
    "192.0.2.1", "198.51.100.7", "203.0.113.9",  # documentation
    "192.168.0.0", "192.168.255.255",
    "198.18.0.0", "198.19.255.255",  # benchmarking
    "224.0.0.1", "239.255.255.250",  # multicast
    "240.0.0.1", "255.255.255.255",
    "::", "::1",
    "fc00::1", "fdff:ffff::1",  # unique local
    "fe80::1", "febf:ffff::1",  # link-local
    "fec0::1",  # site-local (deprecated, still private)
    "ff02::1", "ff0e::1",
    "2001:db8::1",  # documentation
    "100::1",  # discard-only
    # IPv4 hidden in IPv6: mapped, NAT64, 6to4
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:192.168.1.1",
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::1", "2002:a00:1::", "2002:c0a8:101::1", "2002:a9fe:a9fe::",
]  # fmt: skip
PUBLIC = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::1", "::ffff:8.8.8.8",
          "2002:808:808::1"]  # fmt: skip


@pytest.mark.parametrize("address", FORBIDDEN)
def test_every_private_range_is_refused(address: str) -> None:
    assert address_rule(ipaddress.ip_address(address)) is not None, address


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert address_rule(ipaddress.ip_address(address)) is None


def test_dns_rebinding_through_a_redirect_is_refused(http_server: LocalServer) -> None:
    """news.example first resolves to the allowed 127.0.0.1, then (rebound) to 127.0.0.2."""
    http_server.page("/story", "<p>story</p>")
    answers = {"news.example": iter(["127.0.0.1", "127.0.0.2"])}
    asked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        if host[0].isdigit():
            return [host]
        if host == "mixed.example":  # an answer with one forbidden address is a rebinding attempt
            return ["127.0.0.1", "127.0.0.2"]
        return [next(answers[host])]

    base = f"http://news.example:{http_server.port}"
    to_mixed = Reply(status=302, headers={"Location": f"http://mixed.example:{http_server.port}/x"})
    go = http_server.route("/go", to_mixed).replace("127.0.0.1", "news.example")
    with Fetcher(allow=ONLY_127_0_0_1, resolver=resolver, timeout=5) as fetcher:
        assert fetcher.fetch(f"{base}/story").body == b"<p>story</p>"
        with pytest.raises(SourceError, match="mixed.example resolves to 127.0.0.2, which is a loopback"):
            fetcher.fetch(go)
    # a new client resolves again, and gets the rebound answer: refused before connecting
    again = Fetcher(allow=ONLY_127_0_0_1, resolver=resolver, timeout=5)
    with again, pytest.raises(SourceError, match="news.example resolves to 127.0.0.2"):
        again.fetch(f"{base}/story")
    assert [r.path for r in http_server.requests] == ["/story", "/go"]


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.2:{port}/x",
        "http://[::ffff:127.0.0.2]:{port}/x",
        "http://[::1]:{port}/x",
        "http://2130706434:{port}/x",  # 127.0.0.2 as one number
        "http://0x7f000002:{port}/x",
    ],
)
def test_a_redirect_to_another_loopback_spelling_is_refused(http_server: LocalServer, location: str) -> None:
    reply = Reply(status=302, headers={"Location": location.format(port=http_server.port)})
    url = http_server.route("/go", reply)
    with Fetcher(allow=ONLY_127_0_0_1, timeout=5) as fetcher, pytest.raises(SourceError, match="refused"):
        fetcher.fetch(url)
    assert [r.path for r in http_server.requests] == ["/go"]
