"""RSS and Atom feeds: each entry becomes an article, from its full content or its linked page;
a `Watcher` polls feeds and folders and hands on only what it has not seen.

Feeds are always fetched by the guarded `Fetcher` and handed to feedparser as bytes, never
as a URL: feedparser would otherwise fetch by itself, past the address rules.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import feedparser

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.ingest.fetch import FEED_TYPES, HTML_TYPES, TEXT_TYPES, Fetcher
from vigil.ingest.html import decode_html, extract_html, fragment_text
from vigil.model import Document

__all__ = [
    "FULL_TEXT_WORDS",
    "Feed",
    "FeedItem",
    "PollResult",
    "SourceState",
    "WatchState",
    "Watcher",
    "feed_documents",
    "item_document",
    "looks_like_feed",
    "parse_feed",
    "parse_interval",
]

FULL_TEXT_WORDS = 120
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL
)


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
    language: str | None = None,
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
        return make_document(text, source=name, published=when, language=language, **meta)
    page = fetcher.fetch(item.link, accept=HTML_TYPES + TEXT_TYPES)
    if page.content_type in TEXT_TYPES:
        text = decode_html(page.body, source=name, charset=page.charset)
        return make_document(text, source=name, published=when, language=language, **meta)
    html = decode_html(page.body, source=name, charset=page.charset)
    doc = extract_html(
        html,
        source=name,
        url=page.url,
        published=when,
        outlet=feed.title,
        author=item.author,
        title=item.title,
        language=language,
    )
    return replace(doc, title=item.title or doc.title, published=item.published or doc.published)


def feed_documents(
    feed: Feed,
    *,
    source: str,
    fetcher: Fetcher | None = None,
    published: date | None = None,
    items: Iterable[FeedItem] | None = None,
    language: str | None = None,
) -> Iterator[tuple[FeedItem, Document | SourceError]]:
    """Each entry (or just `items`) with its document or the reason it could not be read, in feed order."""
    for item in feed.items if items is None else items:
        try:
            yield (
                item,
                item_document(
                    item, feed, source=source, fetcher=fetcher, published=published, language=language
                ),
            )
        except SourceError as exc:
            yield item, exc


# --- watching ---------------------------------------------------------------------------------

MAX_ATTEMPTS = 3
SEEN_LIMIT = 5000


@dataclass
class SourceState:
    """What a watch remembers of one feed or folder between polls."""

    seen: list[str] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    checked: str | None = None


class WatchState:
    """Seen entries per source, kept in a small JSON file written atomically after each source."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sources: dict[str, SourceState] = {}
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SourceError(f"cannot read the watch state: {exc}", source=str(path)) from exc
            known = {f.name for f in fields(SourceState)}
            for key, value in data.get("sources", {}).items():
                self.sources[key] = SourceState(**{k: v for k, v in value.items() if k in known})

    def of(self, source: str) -> SourceState:
        return self.sources.setdefault(source, SourceState())

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": 1, "sources": {key: asdict(value) for key, value in self.sources.items()}}
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


@dataclass
class PollResult:
    """One source's poll: `new` articles handed on, `failed` entries, or why the whole source failed."""

    source: str
    outcome: str  # "new", "unchanged", "not-modified", "failed"
    new: int = 0
    failed: list[SourceError] = field(default_factory=list)
    error: str | None = None


OnDocuments = Callable[[list[Document]], object]


class Watcher:
    """Polls feeds (URLs or files) and folders, handing only new articles to `on_documents`.

    An entry counts as seen once `on_documents` has taken it, so a crash or a failing
    registry means it is offered again; an entry whose page cannot be read is retried on
    the next polls and given up after `MAX_ATTEMPTS`. ETag and Last-Modified are stored
    only after success, for the same reason.
    """

    def __init__(
        self,
        *,
        state: WatchState,
        fetcher: Fetcher,
        on_documents: OnDocuments,
        published: date | None = None,
        log: logging.Logger | None = None,
    ) -> None:
        self.state = state
        self.fetcher = fetcher
        self.on_documents = on_documents
        self.published = published
        self.log = log or logging.getLogger("vigil.watch")

    def poll_all(self, sources: Iterable[str]) -> list[PollResult]:
        results = []
        for source in sources:
            try:
                result = self.poll(source)
            except Exception as exc:  # one broken source must not stop the others
                self.log.exception("%s: failed", source)
                result = PollResult(source, "failed", error=f"{type(exc).__name__}: {exc}")
            results.append(result)
        return results

    def poll(self, source: str) -> PollResult:
        state = self.state.of(source)
        state.checked = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            if source.lower().startswith(("http://", "https://")):
                result = self._poll_feed_url(source, state)
            else:
                result = self._poll_path(Path(source), state)
        except SourceError as exc:
            self.log.warning("%s: %s", source, exc.message)
            result = PollResult(source, "failed", error=exc.message)
        self.state.save()
        return result

    def _poll_feed_url(self, url: str, state: SourceState) -> PollResult:
        page = self.fetcher.fetch(
            url,
            accept=FEED_TYPES + TEXT_TYPES + HTML_TYPES,
            etag=state.etag,
            last_modified=state.last_modified,
        )
        if page.not_modified:
            self.log.info("%s: not modified", url)
            return PollResult(url, "not-modified")
        feed = parse_feed(page.body, source=url)
        result = self._take(url, feed, state)
        if result.outcome != "failed":
            state.etag, state.last_modified = page.etag, page.last_modified
        return result

    def _poll_path(self, path: Path, state: SourceState) -> PollResult:
        source = str(path)
        if not path.exists():
            raise SourceError("no such file or folder", source=source)
        if path.is_file() and (path.suffix.lower() in FEED_SUFFIXES or _sniff_feed(path)):
            stamp = _stamp(path)
            if stamp == state.etag:
                self.log.info("%s: not modified", source)
                return PollResult(source, "not-modified")
            result = self._take(source, parse_feed(path.read_bytes(), source=source), state)
            if result.outcome != "failed":
                state.etag = stamp
            return result
        from vigil.ingest.read import expand_paths
        from vigil.ingest.sources import FOLDER_SUFFIXES, iter_documents

        seen = set(state.seen)
        fresh = [(p, f"{p}@{_stamp(p)}") for p in expand_paths([path], suffixes=FOLDER_SUFFIXES)]
        fresh = [(p, key) for p, key in fresh if key not in seen]
        docs: list[Document] = []
        failed: list[SourceError] = []
        for file, _key in fresh:
            for result in iter_documents([file], published=self.published, fetcher=self.fetcher):
                (docs if isinstance(result, Document) else failed).append(result)  # type: ignore[arg-type]
        return self._hand_on(source, state, docs, failed, [key for _p, key in fresh], {})

    def _take(self, source: str, feed: Feed, state: SourceState) -> PollResult:
        seen = set(state.seen)
        new = [item for item in feed.items if item.key not in seen]
        docs: list[Document] = []
        failed: list[SourceError] = []
        done: list[str] = []
        retry: dict[str, int] = {}
        for item, result in feed_documents(
            feed, source=source, fetcher=self.fetcher, published=self.published, items=new
        ):
            if isinstance(result, Document):
                docs.append(result)
                done.append(item.key)
                continue
            failed.append(result)
            attempts = state.failures.get(item.key, 0) + 1
            self.log.warning("%s: %s (attempt %d of %d)", source, result, attempts, MAX_ATTEMPTS)
            if attempts >= MAX_ATTEMPTS:
                done.append(item.key)
            else:
                retry[item.key] = attempts
        return self._hand_on(source, state, docs, failed, done, retry)

    def _hand_on(
        self,
        source: str,
        state: SourceState,
        docs: list[Document],
        failed: list[SourceError],
        done: list[str],
        retry: dict[str, int],
    ) -> PollResult:
        if docs:
            try:
                self.on_documents(docs)
            except Exception as exc:
                self.log.exception("%s: handing on %d articles failed", source, len(docs))
                return PollResult(source, "failed", failed=failed, error=f"{type(exc).__name__}: {exc}")
        state.seen = (state.seen + done)[-SEEN_LIMIT:]
        for key in done:
            state.failures.pop(key, None)
        state.failures.update(retry)
        outcome = "new" if docs else "unchanged"
        self.log.info("%s: %d new articles, %d failed", source, len(docs), len(failed))
        return PollResult(source, outcome, new=len(docs), failed=failed)

    def run(
        self,
        sources: list[str],
        *,
        every: float,
        once: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> list[PollResult]:
        """Poll every source, then again every `every` seconds (once only with `once`)."""
        while True:
            results = self.poll_all(sources)
            if once:
                return results
            sleep(every)


FEED_SUFFIXES = (".xml", ".rss", ".atom")


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return looks_like_feed(stream.read(4096))
    except OSError:
        return False


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{info.st_mtime_ns}:{info.st_size}"


_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|h|m|s)?", re.IGNORECASE)


def parse_interval(text: str) -> float:
    """Seconds in "15m", "1h30m", "90s", "90" (seconds); a ValueError for anything else."""
    text = text.strip()
    pos, total = 0, 0.0
    for match in _INTERVAL.finditer(text):
        if match.start() != pos or (not match.group(2) and match.end() != len(text)):
            break
        unit = (match.group(2) or "s").lower()
        total += float(match.group(1)) * {"h": 3600, "m": 60, "s": 1, "ms": 0.001}[unit]
        pos = match.end()
    if not text or pos != len(text) or total <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 90s, 15m, 1h)")
    return total
