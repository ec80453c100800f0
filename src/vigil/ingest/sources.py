"""Turning what the user names into documents, one failure at a time.

An input is a text file, an HTML page (file or URL), an RSS/Atom feed (file or URL), a JSONL
or CSV corpus, a folder of any of these (searched recursively), or `-` for standard input.
`iter_documents` yields a `Document` or a `SourceError` per article, in input order, so a
batch goes on with the rest and reports what failed.
"""

from __future__ import annotations

import queue
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.ingest.read import MAX_BYTES, decode, expand_paths, read_text
from vigil.model import Document

if TYPE_CHECKING:
    from vigil.ingest.fetch import Fetcher

# The readers of pages, feeds, corpora and URLs (trafilatura, feedparser, httpx) are imported
# by the branch that needs them: a folder of .txt files starts without them.

__all__ = ["FOLDER_SUFFIXES", "Source", "is_url", "iter_documents", "read_ahead"]

Source = str | Path
Result = Document | SourceError
_Lazy = Callable[[], "Fetcher"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES[:2], ".jsonl", ".csv")
STDIN = "-"
_PATH_URL = re.compile(r"^(https?):/(?!/)", re.IGNORECASE)
T = TypeVar("T")


def is_url(source: Source) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _as_source(source: Source) -> Source:
    """Undo what `Path` does to a URL or `-` typed on a command line (`https:/host/...`)."""
    if isinstance(source, Path):
        text = str(source)
        if text == STDIN:
            return STDIN
        match = _PATH_URL.match(text)
        if match:
            return f"{match.group(1)}://{text[match.end() :]}"
    return source


def iter_documents(
    paths: Iterable[Source],
    *,
    published: date | None = None,
    allow_private: bool = False,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
    language: str | None = None,
) -> Iterator[Result]:
    """One cleaned document (or the reason it could not be read) per article in `paths`.

    `published` dates the articles whose source gives no date (a text file), anchoring
    their relative dates. URLs are fetched by `fetcher`, or by a guarded one made here that
    refuses private addresses unless `allow_private`. `language` (`--lang`) is every
    article's language: none is detected.
    """
    own: Fetcher | None = None

    def get_fetcher() -> Fetcher:
        nonlocal own
        if fetcher is not None:
            return fetcher
        if own is None:
            from vigil.ingest.fetch import Fetcher

            own = Fetcher(allow_private=allow_private)
        return own

    try:
        for given in paths:
            source = _as_source(given)
            if source == STDIN:
                yield from _read_stdin(
                    stdin or sys.stdin.buffer, published=published, fetcher=get_fetcher, language=language
                )
            elif is_url(source):
                yield from _read_url(
                    str(source), published=published, fetcher=get_fetcher(), language=language
                )
            else:
                for path in expand_paths([Path(source)], suffixes=FOLDER_SUFFIXES):
                    yield from _read_file(path, published=published, fetcher=get_fetcher, language=language)
    finally:
        if own is not None:
            own.close()


def read_ahead(items: Iterable[T], *, size: int = 64) -> Iterator[T]:
    """`items` in their order, read by a background thread from now on, up to `size` ahead.

    Reading then overlaps with the consumer's own work: lingua's language detection releases the
    GIL, so it runs while spaCy loads and parses (loading lingua's models does not release it).
    An exception raised while reading is raised here, where its item would have come; closing
    the returned iterator stops the reader.
    """
    buffer: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(maxsize=size)
    stop = threading.Event()
    end = object()

    def read() -> None:
        # blocking puts, no polling: a reader waking up to look would take the GIL from the model
        source = iter(items)
        try:
            for item in source:
                buffer.put((item, None))
                if stop.is_set():
                    return
            buffer.put((end, None))
        except BaseException as exc:  # handed to the consumer, which raises it
            buffer.put((end, exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    def consume() -> Iterator[T]:
        try:
            while True:
                item, error = buffer.get()
                if item is end:
                    if error is not None:
                        raise error
                    return
                yield item  # type: ignore[misc]
        finally:
            stop.set()
            while True:  # room for the put a stopped reader may be waiting on; it then sees `stop`
                try:
                    buffer.get_nowait()
                except queue.Empty:
                    break

    threading.Thread(target=read, name="vigil-read-ahead", daemon=True).start()
    return consume()


def _read_file(
    path: Path, *, published: date | None, fetcher: _Lazy, language: str | None
) -> Iterator[Result]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES or suffix == ".csv":
            from vigil.ingest.corpus import iter_csv, iter_jsonl, open_corpus

            with open_corpus(path) as stream:
                reader = iter_jsonl if suffix in JSONL_SUFFIXES else iter_csv
                yield from reader(stream, source=source, published=published, language=language)
        elif suffix in HTML_SUFFIXES:
            from vigil.ingest.html import extract_html

            yield extract_html(_read_bytes(path), source=source, published=published, language=language)
        elif suffix in FEED_SUFFIXES:
            from vigil.ingest.feeds import feed_documents, parse_feed

            feed = parse_feed(_read_bytes(path), source=source)
            documents = feed_documents(
                feed, source=source, fetcher=fetcher(), published=published, language=language
            )
            for _item, result in documents:
                yield result
        else:
            yield make_document(read_text(path), source=source, published=published, language=language)
    except SourceError as exc:
        yield exc


def _read_url(
    url: str, *, published: date | None, fetcher: Fetcher, language: str | None
) -> Iterator[Result]:
    from vigil.ingest.fetch import FEED_TYPES, HTML_TYPES, TEXT_TYPES

    try:
        page = fetcher.fetch(url, accept=HTML_TYPES + FEED_TYPES + TEXT_TYPES)
        yield from _read_bytes_as(
            page.body,
            source=url,
            published=published,
            fetcher=lambda: fetcher,
            content_type=page.content_type,
            charset=page.charset,
            url=page.url,
            language=language,
        )
    except SourceError as exc:
        yield exc


def _read_stdin(
    stream: BinaryIO, *, published: date | None, fetcher: _Lazy, language: str | None
) -> Iterator[Result]:
    source = "<stdin>"
    try:
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise SourceError(f"too large (limit {MAX_BYTES:,} bytes)", source=source)
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if first == b"{":
            from vigil.ingest.corpus import iter_jsonl

            yield from iter_jsonl(data.splitlines(), source=source, published=published, language=language)
            return
        yield from _read_bytes_as(
            data, source=source, published=published, fetcher=fetcher, language=language
        )
    except SourceError as exc:
        yield exc


def _read_bytes_as(
    data: bytes,
    *,
    source: str,
    published: date | None,
    fetcher: _Lazy,
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Iterator[Result]:
    """Bytes whose kind comes from a content type or, failing that, from a look at them."""
    from vigil.ingest.feeds import feed_documents, looks_like_feed, parse_feed
    from vigil.ingest.fetch import FEED_TYPES, HTML_TYPES
    from vigil.ingest.html import decode_html, extract_html, looks_like_html

    if (content_type in FEED_TYPES and not looks_like_html(data)) or looks_like_feed(data):
        feed = parse_feed(data, source=source)
        documents = feed_documents(
            feed, source=source, fetcher=fetcher(), published=published, language=language
        )
        for _item, result in documents:
            yield result
    elif content_type in HTML_TYPES or looks_like_html(data):
        html = decode_html(data, source=source, charset=charset)
        yield extract_html(html, source=source, url=url, published=published, language=language)
    else:
        text = decode_html(data, source=source, charset=charset) if charset else decode(data, source=source)
        yield make_document(text, source=source, published=published, url=url, language=language)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"too large ({size:,} bytes; limit {MAX_BYTES:,})", source=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
