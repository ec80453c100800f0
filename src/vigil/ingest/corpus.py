"""Corpora: many articles in one JSONL or CSV file, one article per line or row.

Columns (JSON keys): `text` or `html` (one is needed), and optionally `title`, `url`,
`published`, `outlet`, `author`. A bad line is reported with its file and line number and
the rest of the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.model import Document

__all__ = ["COLUMNS", "iter_csv", "iter_jsonl", "parse_date", "record_document"]

COLUMNS = ("text", "html", "title", "url", "published", "outlet", "author")
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


def parse_date(value: object) -> date | None:
    """A publication date from ISO 8601 (date or date-time) or RFC 2822; None when empty.

    Raises ValueError for a value that is there but unreadable, so the caller can say which line.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"cannot read date {text!r}") from None


def record_document(
    record: Mapping[str, Any], *, source: str, published: date | None = None, language: str | None = None
) -> Document:
    """One corpus record as a document; the record's own fields win over what its HTML says.
    `language`, if given, is taken as the record's language instead of detecting it."""
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise SourceError("no text or html field", source=source)
    try:
        record_date = parse_date(record.get("published"))
    except ValueError as exc:
        raise SourceError(f"published: {exc}", source=source) from exc
    fields = {key: _string(record.get(key)) for key in ("title", "url", "outlet", "author")}
    if isinstance(text, str) and text.strip():
        when = record_date or published
        return make_document(text, source=source, published=when, language=language, **fields)
    from vigil.ingest.html import extract_html  # trafilatura: only for records that carry HTML

    doc = extract_html(html, source=source, published=published, language=language, **fields)  # type: ignore[arg-type]
    given = {key: value for key, value in fields.items() if value}
    return replace(doc, **given, published=record_date or doc.published)


def _string(value: object) -> str | None:
    return (str(value).strip() or None) if value is not None else None


def iter_jsonl(
    stream: BinaryIO | Iterable[bytes],
    *,
    source: str,
    published: date | None = None,
    language: str | None = None,
) -> Iterator[Document | SourceError]:
    """One document per non-blank line; a line that is not a JSON object becomes a SourceError."""
    for number, raw in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            yield SourceError("not UTF-8", source=where)
            continue
        except json.JSONDecodeError as exc:
            yield SourceError(f"not JSON ({exc.msg} at column {exc.colno})", source=where)
            continue
        if not isinstance(record, dict):
            yield SourceError(f"not a JSON object but {type(record).__name__}", source=where)
            continue
        try:
            yield record_document(record, source=where, published=published, language=language)
        except SourceError as exc:
            yield exc


def iter_csv(
    stream: BinaryIO, *, source: str, published: date | None = None, language: str | None = None
) -> Iterator[Document | SourceError]:
    """One document per row of a CSV file with a header row naming the columns."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(text)
        header = [name.strip().lower() for name in reader.fieldnames or []]
        if "text" not in header and "html" not in header:
            columns = ", ".join(header) or "none"
            yield SourceError(f"no text or html column (columns: {columns})", source=source)
            return
        reader.fieldnames = header
        start = reader.line_num + 1
        for row in reader:
            where = f"{source}:{start}"
            start = reader.line_num + 1
            if None in row:
                yield SourceError("more fields than columns", source=where)
                continue
            try:
                yield record_document(row, source=where, published=published, language=language)
            except SourceError as exc:
                yield exc
    except UnicodeDecodeError:
        yield SourceError("not UTF-8", source=source)
    except csv.Error as exc:
        yield SourceError(f"not CSV: {exc}", source=source)
    finally:
        text.detach()


def open_corpus(path: Path) -> BinaryIO:
    """Open a corpus file for streaming; a SourceError when it cannot be opened."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
