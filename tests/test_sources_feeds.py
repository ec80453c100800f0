"""Feeds and URLs through `iter_documents`, served by the local HTTP server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.fixtures.http_server import LocalServer, Reply
from vigil.errors import SourceError
from vigil.ingest.feeds import looks_like_feed, parse_feed
from vigil.ingest.fetch import Fetcher
from vigil.ingest.sources import iter_documents
from vigil.model import Document

PAGES = Path(__file__).parent / "data" / "pages"
RSS = "application/rss+xml; charset=utf-8"
FULL = " ".join(
    ["Ihar Losik, a blogger and journalist for Radio Liberty, was released from a colony in Navapolatsk"]
    + ["after serving most of his fifteen-year sentence, his wife Darya said on Friday."] * 12
)


def rss(base: str, *items: str, title: str = "Minsk Monitor") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    )


def item(
    guid: str,
    title: str,
    link: str | None = None,
    content: str | None = None,
    date: str = "Sat, 21 Jun 2025 13:40:00 GMT",
) -> str:
    parts = [f"<guid isPermaLink='false'>{guid}</guid>", f"<title>{title}</title>"]
    parts.append(f"<pubDate>{date}</pubDate>")
    if link:
        parts.append(f"<link>{link}</link>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    parts.append("<description>Short teaser.</description>")
    return "<item>" + "".join(parts) + "</item>"


def test_a_feed_url_yields_each_entry(http_server: LocalServer) -> None:
    base = http_server.url
    http_server.page("/news/fourteen", (PAGES / "minsk-monitor-release.html").read_bytes())
    http_server.page("/news/teacher", (PAGES / "rights-blog-court.html").read_bytes())
    feed = rss(
        base,
        item("mm-1", "Fourteen freed", f"{base}/news/fourteen"),
        item("mm-2", "Losik released", f"{base}/news/losik", content=f"<p>{FULL}</p>"),
        item("mm-3", "Gone", f"{base}/news/deleted"),
        item("mm-4", "Teacher jailed", f"{base}/news/teacher", date="Thu, 14 Nov 2024 09:05:00 GMT"),
    )
    url = http_server.page("/feed.xml", feed, content_type=RSS)
    with Fetcher(allow=["127.0.0.1/32"]) as fetcher:
        results = list(iter_documents([url], fetcher=fetcher))
    assert [type(r).__name__ for r in results] == ["Document", "Document", "SourceError", "Document"]
    fourteen, losik, teacher = (r for r in results if isinstance(r, Document))
    assert fourteen.title == "Fourteen freed" and fourteen.published == date(2025, 6, 21)
    assert fourteen.url == f"{base}/news/fourteen" and fourteen.source == fourteen.url
    assert fourteen.author == "Hanna Sakalova" and "Free them all" not in fourteen.text
    assert fourteen.outlet == "Minsk Monitor"
    assert losik.text.startswith("Ihar Losik") and losik.outlet == "Minsk Monitor"
    assert teacher.published == date(2024, 11, 14)
    assert "HTTP 404" in str(results[2])
    # the entry with full content was not fetched
    assert "/news/losik" not in [r.path for r in http_server.requests]


def test_a_url_serving_a_page_and_one_refused(http_server: LocalServer) -> None:
    page = http_server.page("/p", (PAGES / "rights-blog-court.html").read_bytes())
    with Fetcher(allow=["127.0.0.1/32"]) as fetcher:
        [doc] = iter_documents([page], fetcher=fetcher)
    assert isinstance(doc, Document) and doc.source == page and doc.url == page
    [refused] = iter_documents([page])
    assert isinstance(refused, SourceError)
    rule = "127.0.0.1 is a loopback address (use --allow-private to allow)"
    assert refused.message == f"refused {page}: {rule}"
    [allowed] = iter_documents([page], allow_private=True)
    assert isinstance(allowed, Document)
    # the CLIs type their arguments as paths, which fold "//"
    [from_path] = iter_documents([Path(page)], allow_private=True)
    assert isinstance(from_path, Document) and from_path.source == page


def test_feed_served_as_plain_xml_or_without_type_is_recognised(http_server: LocalServer) -> None:
    body = rss(http_server.url, item("x-1", "Losik", content=f"<p>{FULL}</p>"))
    url = http_server.route("/untyped", Reply(body.encode(), headers={}))
    xml = http_server.page("/typed", body, content_type="text/xml")
    with Fetcher(allow=["127.0.0.1/32"]) as fetcher:
        results = list(iter_documents([url, xml], fetcher=fetcher))
    assert [r.title for r in results] == ["Losik", "Losik"]


def test_a_malformed_feed_is_a_source_error(http_server: LocalServer, tmp_path: Path) -> None:
    url = http_server.page("/bad.xml", "<rss><channel><item><title>x</ite", content_type=RSS)
    broken = tmp_path / "broken.rss"
    broken.write_bytes(b"garbage, not a feed")
    with Fetcher(allow=["127.0.0.1/32"]) as fetcher:
        results = list(iter_documents([url, broken], fetcher=fetcher))
    assert all(isinstance(r, SourceError) for r in results)
    assert "not a feed" in str(results[-1])


def test_atom_file_with_content(tmp_path: Path) -> None:
    atom = tmp_path / "feed.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Rights Watch</title><id>urn:rw</id><updated>2025-06-21T10:00:00Z</updated>"
        "<entry><id>urn:rw:1</id><title>Losik freed</title><updated>2025-06-20T10:00:00Z</updated>"
        f'<content type="html">&lt;p&gt;{FULL}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    [doc] = iter_documents([atom])
    assert (doc.title, doc.published, doc.outlet, doc.source) == (
        "Losik freed",
        date(2025, 6, 20),
        "Rights Watch",
        f"{atom}#urn:rw:1",
    )


def test_parse_feed_and_sniffing() -> None:
    feed = parse_feed(rss("http://x", item("a", "A", "http://x/a"), item("b", "B")).encode(), source="f")
    assert [(i.key, i.link) for i in feed.items] == [("a", "http://x/a"), ("b", None)]
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed(b"<!DOCTYPE html><html>")
