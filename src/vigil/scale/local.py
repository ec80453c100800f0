"""`vigil ingest --workers N`: extraction in N processes, linking and storing in this one.

The standard library's process pool fits: each worker builds one `Extractor` (its spaCy
pipelines load once, on the first document in their language) and receives chunks of
documents; at most a window of chunks is in flight, so memory stays bounded on any corpus,
and results are taken back in submission order, so the writer stores in input order.
spaCy's own `nlp.pipe(n_process=...)` would parallelise only the spaCy part and ship parsed
`Doc`s back; Vigil's rules after the parse are most of the cost, so whole documents go out
and finished extractions come back.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from pathlib import Path

from vigil.errors import SourceError
from vigil.model import Document
from vigil.registry.db import Database
from vigil.registry.ingesting import (
    Copies,
    IngestReport,
    Item,
    ItemResult,
    store_items,
    wants_extraction,
)
from vigil.registry.settings import Settings
from vigil.scale import records
from vigil.scale.worker import extract_documents, start_worker

__all__ = ["ingest_parallel", "plan_parallel"]

_Pending = tuple[list[Document | SourceError], set[int], Future[list[records.Record]] | None]


def plan_parallel(
    db: Database,
    documents: Iterable[Document | SourceError],
    *,
    workers: int,
    copies: Copies,
    language: str | None = None,
    chunk_size: int = 8,
    window: int | None = None,
) -> Iterator[Item]:
    """Like `ingesting.plan`, with extraction in `workers` processes: input order is kept, and
    at most `window` chunks (default two per worker) wait for extraction at any time."""
    from vigil.extract import Extractor

    languages = Extractor(language=language).languages
    window = window or 2 * workers
    context = multiprocessing.get_context("spawn")  # no forked copy of the writer's connections
    pending: deque[_Pending] = deque()

    def take() -> Iterator[Item]:
        chunk, wanted, future = pending.popleft()
        results = iter(future.result()) if future is not None else iter(())
        for item in chunk:
            yield records.from_record(next(results)) if id(item) in wanted else item

    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=start_worker, initargs=(language,)
    ) as pool:
        try:
            # every worker starts now (a fresh interpreter importing the pipelines' libraries, a
            # few seconds) while this process reads the first documents, not after it
            for _ in range(workers):
                pool.submit(extract_documents, [])
            stream = iter(documents)
            while chunk := list(islice(stream, chunk_size)):
                wanted = [d for d in chunk if wants_extraction(db, d, languages=languages, copies=copies)]
                future = pool.submit(extract_documents, wanted) if wanted else None
                pending.append((chunk, {id(d) for d in wanted}, future))
                while len(pending) > window:
                    yield from take()
            while pending:
                yield from take()
        finally:
            pool.shutdown(cancel_futures=True)


def ingest_parallel(
    db: Database,
    *,
    paths: Sequence[str | Path],
    workers: int,
    published: date | None = None,
    allow_private: bool = False,
    language: str | None = None,
    settings: Settings | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """`service.ingest` with extraction spread over `workers` processes; one writer stores."""
    from vigil.ingest.sources import iter_documents

    copies = Copies(db)
    documents = iter_documents(paths, published=published, allow_private=allow_private)
    items = plan_parallel(db, documents, workers=workers, copies=copies, language=language)
    return store_items(db, items, settings=settings or Settings.from_env(), copies=copies, on_item=on_item)
