"""Turning what the user names (files, folders ...) into documents, one failure at a time.

`iter_documents` yields a `Document` or a `SourceError` per input so that a batch goes on
with the rest and reports what failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.ingest.read import expand_paths, read_text
from vigil.model import Document


def iter_documents(
    paths: list[Path], *, published: date | None = None
) -> Iterator[Document | SourceError]:
    """One cleaned document (or the reason it could not be read) per input file."""
    for path in expand_paths(paths):
        try:
            yield make_document(read_text(path), source=str(path), published=published)
        except SourceError as exc:
            yield exc
