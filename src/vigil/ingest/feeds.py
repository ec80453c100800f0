"""RSS and Atom feeds: each entry becomes an article, from its full content or its linked page.

Feeds are always fetched by the guarded `Fetcher` and handed to feedparser as bytes, never
as a URL: feedparser would otherwise fetch by itself, past the address rules.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

import feedparser

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.ingest.fetch import HTML_TYPES, TEXT_TYPES, Fetcher
from vigil.ingest.html import decode_html, extract_html, fragment_text
from vigil.model import Document

__all__ = ["FULL_TEXT_WORDS", "Feed", "FeedItem", "feed_documents", "item_document", "looks_like_feed",
           "parse_feed"]

FULL_TEXT_WORDS = 120
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
                         re.DOTALL)


@dataclass
class FeedItem:
    """One entry: `key` identifies it across polls (guid, else link, else a hash of title and date)."""

    key: str
    link: str | None = None
    title: str | None = None
    published: date | None = None
    author: str | None = None
    content: str | None = None
    summary: str | None = None


@dataclass
class Feed:
    title: str | None = None
    link: str | None = None
    items: list[FeedItem] = field(default_factory=list)


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes are an RSS or Atom document (for URLs served as plain XML or with no type)."""
    return bool(_FEED_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def parse_feed(data: bytes, *, source: str) -> Feed:
    """Parse feed bytes; a SourceError for something that is not a feed at all.

    A feed with a small syntax error still yields the entries feedparser could read.
    """
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise SourceError(f"not a feed: {reason}", source=source)
    meta = parsed.feed
    return Feed(
        title=_clean(meta.get("title")),
        link=meta.get("link"),
        items=[_item(entry) for entry in parsed.entries],
    )


def _item(entry: Any) -> FeedItem:
    link = entry.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser copies an Atom id such as urn:uuid:... into `link`
    published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    title = _clean(entry.get("title"))
    key = entry.get("id") or link
    if not key:
        key = "sha1:" + hashlib.sha1(f"{title}|{published}|{entry.get('summary', '')}".encode()).hexdigest()
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return FeedItem(
        key=str(key),
        link=link,
        title=title,
        published=published,
        author=_clean(entry.get("author")),
        content=max(contents, key=len) if contents else None,
        summary=entry.get("summary") or None,
    )


def _struct_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).date()
    except (OverflowError, ValueError, TypeError):
        return None


def _clean(value: object) -> str | None:
    return (" ".join(str(value).split()) or None) if value else None


def item_document(
    item: FeedItem,
    feed: Feed,
    *,
    source: str,
    fetcher: Fetcher | None = None,
    published: date | None = None,
) -> Document:
    """The article behind one entry.

    Full content in the feed (`content:encoded`, Atom `content`) is used as is; otherwise
    the linked page is fetched and its main text extracted; a summary is the last resort.
    The entry's title and date win over the page's guesses.
    """
    name = item.link or f"{source}#{item.key}"
    when = item.published or published
    meta = {"title": item.title, "outlet": feed.title, "url": item.link, "author": item.author}
    content = fragment_text(item.content) if item.content else ""
    if len(content.split()) >= FULL_TEXT_WORDS or not (item.link and fetcher):
        text = content if content.strip() else fragment_text(item.summary or "")
        if not text.strip():
            raise SourceError("entry has neither content nor a link to fetch", source=name)
        return make_document(text, source=name, published=when, **meta)
    page = fetcher.fetch(item.link, accept=HTML_TYPES + TEXT_TYPES)
    if page.content_type in TEXT_TYPES:
        text = decode_html(page.body, source=name, charset=page.charset)
        return make_document(text, source=name, published=when, **meta)
    html = decode_html(page.body, source=name, charset=page.charset)
    doc = extract_html(html, source=name, url=page.url, published=when, outlet=feed.title,
                       author=item.author, title=item.title)
    return replace(doc, title=item.title or doc.title, published=item.published or doc.published)


def feed_documents(
    feed: Feed,
    *,
    source: str,
    fetcher: Fetcher | None = None,
    published: date | None = None,
    items: Iterable[FeedItem] | None = None,
) -> Iterator[tuple[FeedItem, Document | SourceError]]:
    """Each entry (or just `items`) with its document or the reason it could not be read, in feed order."""
    for item in feed.items if items is None else items:
        try:
            yield item, item_document(item, feed, source=source, fetcher=fetcher, published=published)
        except SourceError as exc:
            yield item, exc
