"""`vigil ingest --engine ray`: a pool of Ray actors reads and extracts across a cluster; this
process links and stores, in input order, so the registry is the one a single process would build.

The inputs are files (read by Vigil's own readers in the actors, so sources, cleaning and error
messages are the single-process ones) and row groups of Parquet files (read with pyarrow, their
records named as a JSONL corpus's lines are). Each actor builds one `Extractor`, so a
language's pipelines load once per actor. Ray Core's actors are used directly, not Ray Data:
on a small machine Ray Data's executor and its helper actors (stats, autoscaling, locality)
cost more CPU than the order, backpressure and retries it would add, and these take a few
lines here (`extract_items`).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from vigil.errors import SourceError
from vigil.model import Document
from vigil.registry.articles import text_hash
from vigil.registry.db import Database
from vigil.registry.ingesting import (
    Copies,
    IngestReport,
    Item,
    ItemResult,
    store_items,
)
from vigil.registry.models import Article
from vigil.registry.settings import Settings
from vigil.scale import records
from vigil.scale.stage import StageWriter

__all__ = [
    "INSTALL",
    "ExtractActor",
    "extract_items",
    "ingest_ray",
    "known_hashes",
    "ray_missing",
]

INSTALL = "pip install 'vigil[ray]'"
PARQUET = ".parquet"
_READ_BATCH = 64
_IN_FLIGHT = 2  # batches queued per actor
_UNREADABLE = -2  # the row group of an input that is not a readable Parquet file


def ray_missing() -> str | None:
    """A one-line remedy when the Ray extra is not installed, else None."""
    try:
        import pyarrow  # noqa: F401
        import ray  # noqa: F401
    except ImportError:
        return f"--engine ray and --from-stage need Ray, an optional extra: {INSTALL}"
    return None


def known_hashes(db: Database) -> set[str]:
    """Text hashes the writer would take as known without their extraction: copies, and
    articles stored by this extractor version. Actors skip extracting these."""
    from vigil.extract import EXTRACTOR_VERSION

    with db.session() as session:
        rows = session.scalars(
            select(Article.text_hash).where(
                or_(Article.canonical_id.is_not(None), Article.extractor_version == EXTRACTOR_VERSION)
            )
        )
        return set(rows)


def _read_files(
    inputs: list[dict[str, Any]], *, published: date | None
) -> Iterator[list[Document | SourceError]]:
    """Inputs to document records, in chunks: a file (a text, an HTML page, a JSONL or CSV
    corpus) read by Vigil's readers, or one row group of a Parquet file (`group` >= 0)."""
    from vigil.ingest.sources import iter_documents

    out: list[Document | SourceError] = []
    for given in inputs:
        path, group, first = given["path"], given["group"], given["first"]
        results: Iterable[Document | SourceError]
        if int(group) == _UNREADABLE:
            results = [SourceError("not a readable Parquet file", source=str(path))]
        elif int(group) >= 0:
            results = _parquet_rows(Path(str(path)), int(group), int(first), published=published)
        else:
            results = iter_documents([Path(str(path))], published=published)
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


def _inputs(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """The reading tasks' inputs, in input order: a file each, and a Parquet file's row groups
    each (so one large Parquet file is still read by many tasks)."""
    import pyarrow.parquet as pq

    from vigil.ingest.read import expand_paths
    from vigil.ingest.sources import FOLDER_SUFFIXES, is_url

    out: list[dict[str, Any]] = []
    for given in paths:
        if is_url(given) or str(given) == "-":
            raise SourceError(
                "--engine ray reads files and folders; ingest URLs, feeds and - without it", source=str(given)
            )
        for path in expand_paths([Path(given)], suffixes=(*FOLDER_SUFFIXES, PARQUET)):
            name = str(path.resolve())
            if path.suffix.lower() != PARQUET:
                out.append({"path": name, "group": -1, "first": 0})
                continue
            try:
                metadata = pq.ParquetFile(path).metadata
            except (OSError, ValueError):  # pyarrow's errors for a file that is not Parquet
                out.append({"path": name, "group": _UNREADABLE, "first": 0})  # reported; the batch goes on
                continue
            first = 0
            for group in range(metadata.num_row_groups):
                out.append({"path": name, "group": group, "first": first})
                first += metadata.row_group(group).num_rows
    return out


def _connect(address: str | None) -> bool:
    """Join the cluster at `address`, or start a local Ray; True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    ray.init(
        address=address,
        include_dashboard=False,
        logging_level=logging.ERROR,  # not Ray's notes on token auth for a local instance
        configure_logging=True,
        log_to_driver=False,
    )
    return True


def _batches(inputs: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(inputs), size):
        yield inputs[start : start + size]


def extract_items(
    db: Database,
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    language: str | None = None,
    actors: int | None = None,
    batch_size: int = 16,
) -> Iterator[Item]:
    """What the writer stores, in input order, extracted by a pool of actors on the Ray cluster
    this process is connected to; articles the registry already holds are passed on unextracted.

    Each actor holds at most `_IN_FLIGHT` batches (the next one queued while it works, so it
    never waits for the writer), a new batch goes to the actor with the fewest, and results are
    taken in input order, so memory stays bounded however large the corpus. A lost actor is
    restarted and its batches retried (`max_restarts`, `max_task_retries`)."""
    import ray

    inputs = _inputs(paths)
    size = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
    actor_class = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=-1)(ExtractActor)
    known = [ray.put(known_hashes(db))]
    pool = [actor_class.remote(language=language, published=published) for _ in range(size)]
    load = dict.fromkeys(range(size), 0)
    pending: deque[tuple[int, Any]] = deque()
    batches = _batches(inputs, batch_size)

    def submit() -> None:
        for batch in batches:
            index = min(load, key=load.__getitem__)
            method = pool[index].extract.options(
                num_returns="streaming", _generator_backpressure_num_objects=_IN_FLIGHT
            )
            pending.append((index, method.remote(batch, known)))
            load[index] += 1
            if min(load.values()) >= _IN_FLIGHT:
                return

    try:
        submit()
        while pending:
            index, chunks = pending.popleft()
            for ref in chunks:
                for text in ray.get(ref):
                    yield records.loads(text)
            load[index] -= 1
            submit()
    finally:
        for actor in pool:
            ray.kill(actor)


def ingest_ray(
    db: Database,
    *,
    paths: Sequence[str | Path],
    published: date | None = None,
    language: str | None = None,
    address: str | None = None,
    actors: int | None = None,
    batch_size: int = 16,
    stage: Path | None = None,
    settings: Settings | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """Extract `paths` on Ray (joining `address`, or a local Ray started and stopped here),
    then link and store here, one transaction per article; with `stage`, also keep the
    extractions there as Parquet."""
    import ray

    started = _connect(address)
    try:
        copies = Copies(db)
        items = extract_items(
            db, paths, published=published, language=language, actors=actors, batch_size=batch_size
        )
        settings = settings or Settings.from_env()
        if stage is None:
            return store_items(db, items, settings=settings, copies=copies, on_item=on_item)
        with StageWriter(stage) as writer:
            staged = (writer.add(item) for item in items)
            return store_items(db, staged, settings=settings, copies=copies, on_item=on_item)
    finally:
        if started:
            ray.shutdown()
