"""What runs in an extraction process: a `--workers` pool process (`start_worker`,
`extract_documents`) or a Ray actor (`ExtractActor`, which also reads its inputs). Kept apart
from the writer's side (`local`, `cluster`) so that these interpreters import the readers and
the pipelines, not the registry, SQLAlchemy or the near-copy index: about a second of every
worker's start on a slow core."""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from vigil.errors import SourceError
from vigil.model import Document, text_hash
from vigil.scale import records

__all__ = ["UNREADABLE", "ExtractActor", "extract_documents", "start_worker"]

UNREADABLE = -2  # the row group of an input that is not a readable Parquet file
_READ_BATCH = 64
_extractor: Any = None  # a pool process's own


def start_worker(language: str | None) -> None:
    """A `--workers` process's initializer: its `Extractor`, and an exit that skips the
    interpreter's teardown. The process holds nothing to flush or close, and tearing down the
    loaded pipelines took about a second of the pool's shutdown, which the whole ingest waited for."""
    global _extractor
    from vigil.extract import Extractor

    atexit.register(os._exit, 0)
    _extractor = Extractor(language=language)


def extract_documents(documents: list[Document]) -> list[records.Record]:
    """A chunk of documents extracted in a `--workers` process."""
    assert _extractor is not None
    return [records.to_record(result) for result in _extractor.extract_many(documents)]


def _read_files(
    inputs: list[dict[str, Any]], *, published: date | None
) -> Iterator[list[Document | SourceError]]:
    """Inputs to document records, in chunks: a file (a text, an HTML page, a JSONL or CSV
    corpus) read by Vigil's readers, or one row group of a Parquet file (`group` >= 0)."""
    from vigil.ingest.sources import iter_documents

    out: list[Document | SourceError] = []
    for given in inputs:
        path, group = Path(given["path"]), given["group"]
        results: Iterable[Document | SourceError]
        if group == UNREADABLE:
            results = [SourceError("not a readable Parquet file", source=str(path))]
        elif group >= 0:
            results = _parquet_rows(path, group, given["first"], published=published)
        else:
            results = iter_documents([path], published=published)
        for result in results:
            out.append(result)
            if len(out) >= _READ_BATCH:
                yield out
                out = []
    if out:
        yield out


def _parquet_rows(
    path: Path, group: int, first: int, *, published: date | None
) -> Iterator[Document | SourceError]:
    """The records of one row group, read as a JSONL corpus's lines are: columns `text` or `html`,
    `title`, `url`, `published`, `outlet`, `author`; the source is the `source` column, else
    `FILE:ROW` (counted from 1 over the whole file, as JSONL lines are)."""
    import pyarrow.parquet as pq

    from vigil.ingest.corpus import record_document

    table = pq.ParquetFile(path).read_row_group(group)
    for number, row in enumerate(table.to_pylist(), start=first + 1):
        source = str(row.get("source") or f"{path}:{number}")
        try:
            yield record_document(row, source=source, published=published)
        except SourceError as exc:
            yield exc


class ExtractActor:
    """One extraction actor: reads the inputs it is given (a file, or a Parquet row group) with
    Vigil's own readers and extracts them; the pipelines load once per actor. What the writer
    will take as known is passed on unextracted.

    Reading where the text is extracted saves a trip through the object store and the reading
    workers' interpreters (on 2 cores: 37 articles/s with separate reading tasks, 42 without)."""

    def __init__(self, *, language: str | None, published: date | None) -> None:
        from vigil.extract import Extractor

        self.extractor = Extractor(language=language)
        self.languages = self.extractor.languages
        self.published = published
        self._known: tuple[str, set[str]] = ("", set())

    def extract(self, inputs: list[dict[str, Any]], known: list[Any]) -> Iterator[list[str]]:
        """Records (extractions, documents passed on, input errors) of `inputs`, in their order,
        in chunks: a large JSONL or CSV corpus streams back instead of returning whole.

        `known` holds one Ray reference to the set of known text hashes, stored once for all
        actors and fetched on an actor's first batch (again after a restart). It travels with
        each batch rather than to the constructor: Ray warns about restartable actors whose
        constructor arguments live in the object store."""
        hashes = self._hashes(known[0])
        for chunk in _read_files(inputs, published=self.published):
            yield self._extract(chunk, hashes)

    def _hashes(self, ref: Any) -> set[str]:
        import ray

        if self._known[0] != ref.hex():
            self._known = (ref.hex(), ray.get(ref))
        return self._known[1]

    def _extract(self, items: list[Document | SourceError], known: set[str]) -> list[str]:
        wanted = [
            item
            for item in items
            if isinstance(item, Document)
            and item.language in self.languages
            and text_hash(item.text) not in known
        ]
        results = iter(self.extractor.extract_many(wanted))
        wanted_ids = {id(item) for item in wanted}
        return [records.dumps(next(results) if id(item) in wanted_ids else item) for item in items]
