"""Documents, extractions and input errors as plain JSON-able dicts, to cross process and
machine boundaries (and to be staged as Parquet) without losing a field."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from vigil.errors import SourceError, UnsupportedLanguage
from vigil.model import Document, Extraction

__all__ = ["Record", "dumps", "from_record", "loads", "to_record"]

Record = dict[str, Any]
Item = Document | Extraction | SourceError

# what Extraction.to_json leaves out of the document, yet the registry stores
_DOCUMENT_EXTRAS = ("outlet", "url", "author", "removed_paragraphs")


def _document(doc: Document) -> Record:
    out = asdict(doc)
    out["published"] = doc.published.isoformat() if doc.published else None
    return out


def to_record(item: Item) -> Record:
    """`{"kind": ..., "source": ..., "data": ...}`; an extraction keeps `vigil extract`'s contract."""
    if isinstance(item, UnsupportedLanguage):
        return {"kind": "unsupported", "source": item.source, "data": {"language": item.language}}
    if isinstance(item, SourceError):
        return {"kind": "error", "source": item.source, "data": {"message": item.message}}
    if isinstance(item, Extraction):
        data = item.to_json()
        data["document"] = {key: getattr(item.document, key) for key in _DOCUMENT_EXTRAS}
        return {"kind": "extraction", "source": item.document.source, "data": data}
    return {"kind": "document", "source": item.source, "data": _document(item)}


def from_record(record: Record) -> Item:
    kind, source, data = record["kind"], record["source"], record["data"]
    if kind == "unsupported":
        return UnsupportedLanguage(data["language"], source=source)
    if kind == "error":
        return SourceError(data["message"], source=source)
    if kind == "extraction":
        extraction = Extraction.from_json(data)
        extraction.document = replace(extraction.document, **data.get("document", {}))
        return extraction
    published = data.get("published")
    return Document(**{**data, "published": date.fromisoformat(published) if published else None})


def dumps(item: Item) -> str:
    return json.dumps(to_record(item), ensure_ascii=False)


def loads(text: str) -> Item:
    return from_record(json.loads(text))
