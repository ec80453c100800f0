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

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from vigil.errors import SourceError
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
from vigil.scale.session import connect
from vigil.scale.stage import StageWriter
from vigil.scale.worker import UNREADABLE, ExtractActor

__all__ = ["extract_items", "ingest_ray", "known_hashes"]

PARQUET = ".parquet"
_IN_FLIGHT = 2  # batches queued per actor


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


def _inputs(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """What the actors read, in input order: a file each, and a Parquet file's row groups each
    (so one large Parquet file is still read by many actors)."""
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
                out.append({"path": name, "group": UNREADABLE, "first": 0})  # reported; the batch goes on
                continue
            first = 0
            for group in range(metadata.num_row_groups):
                out.append({"path": name, "group": group, "first": first})
                first += metadata.row_group(group).num_rows
    return out


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

    started = connect(address)
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
