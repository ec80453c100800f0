"""`vigil ingest --engine ray`: Ray Data reads and extracts across a cluster; this process links
and stores, in input order, so the registry is the one a single process would build.

The dataset is one row per input file (read by Vigil's own readers in Ray tasks, so sources,
cleaning and error messages are the single-process ones) or per row group of a Parquet file
(read with pyarrow, its records named as a JSONL corpus's lines are). An actor
pool extracts: each actor builds one `Extractor`, so a language's pipelines load once per
actor. Ray Data's streaming executor keeps order (`preserve_order`) and applies backpressure
(a bounded number of batches in flight per actor, and object-store limits), so memory stays
bounded on any corpus. Ray Data restarts a lost actor and retries its batch (its defaults:
`max_restarts=-1`, `max_task_retries=-1`).
"""

from __future__ import annotations

import logging
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
    "dataset",
    "extract_items",
    "ingest_ray",
    "known_hashes",
    "ray_missing",
]

INSTALL = "pip install 'vigil[ray]'"
PARQUET = ".parquet"
_READ_BATCH = 64
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


def _read_files(batch: dict[str, Any], *, published: date | None) -> Iterator[dict[str, list[str]]]:
    """Inputs to document records: a file (a text, an HTML page, a JSONL or CSV corpus) read by
    Vigil's readers, or one row group of a Parquet file (`group` >= 0)."""
    from vigil.ingest.sources import iter_documents

    out: list[str] = []
    for path, group, first in zip(batch["path"], batch["group"], batch["first"], strict=True):
        results: Iterable[Document | SourceError]
        if int(group) == _UNREADABLE:
            results = [SourceError("not a readable Parquet file", source=str(path))]
        elif int(group) >= 0:
            results = _parquet_rows(Path(str(path)), int(group), int(first), published=published)
        else:
            results = iter_documents([Path(str(path))], published=published)
        for result in results:
            out.append(records.dumps(result))
            if len(out) >= _READ_BATCH:
                yield {"record": out}
                out = []
    if out:
        yield {"record": out}


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
    """One extraction actor: the pipelines load once, then batches of document records stream
    through; what the writer will take as known is passed on unextracted."""

    def __init__(self, *, language: str | None, known: set[str]) -> None:
        from vigil.extract import Extractor

        self.extractor = Extractor(language=language)
        self.languages = self.extractor.languages
        self.known = known

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        texts = [str(text) for text in batch["record"]]
        items = [records.loads(text) for text in texts]
        wanted = [
            item
            for item in items
            if isinstance(item, Document)
            and item.language in self.languages
            and text_hash(item.text) not in self.known
        ]
        results = iter(self.extractor.extract_many(wanted))
        wanted_ids = {id(item) for item in wanted}
        return {
            "record": [
                records.dumps(next(results)) if id(item) in wanted_ids else text
                for item, text in zip(items, texts, strict=True)
            ]
        }


class ReadExtractActor(ExtractActor):
    """An extraction actor that also reads its inputs: on one machine or a small cluster,
    separate reading tasks cost more (an interpreter each, with the readers and the language
    detector, and every text through the object store) than reading where it is extracted."""

    def __init__(self, *, language: str | None, known: set[str], published: date | None) -> None:
        super().__init__(language=language, known=known)
        self.published = published

    def __call__(self, batch: dict[str, Any]) -> Iterator[dict[str, list[str]]]:  # type: ignore[override]
        for chunk in _read_files(batch, published=self.published):
            yield super().__call__(chunk)


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


def dataset(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    language: str | None = None,
    known: set[str] | None = None,
    actors: int | None = None,
    batch_size: int = 16,
) -> Any:
    """The Ray dataset of records (extractions, documents passed on, input errors), in input order.

    Each actor reads the inputs it extracts (a file, or a Parquet row group) with Vigil's own
    readers: separate reading tasks cost an interpreter each and a trip through the object
    store (on 2 cores: 37 articles/s with them, 42 without), and `ray.data.read_parquet` plans
    its reading with a file-listing task that asks for a whole CPU, which never starts when the
    actors hold every CPU (a local Ray on a 2-core machine waited forever); nor would it name
    records as a JSONL corpus does."""
    import ray
    from ray.data import ActorPoolStrategy, DataContext

    context = DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    size = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
    return ray.data.from_items(_inputs(paths)).map_batches(
        ReadExtractActor,
        fn_constructor_kwargs={"language": language, "known": known or set(), "published": published},
        batch_size=batch_size,
        batch_format="numpy",
        compute=ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=2),
        num_cpus=1,
    )


def _connect(address: str | None) -> bool:
    """Join the cluster at `address`, or start a local Ray; True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    ray.init(
        address=address,
        include_dashboard=False,
        logging_level=logging.WARNING,
        configure_logging=True,
        log_to_driver=False,
    )
    return True


def extract_items(
    db: Database,
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    language: str | None = None,
    actors: int | None = None,
    batch_size: int = 16,
) -> Iterator[Item]:
    """What the writer stores, in input order, extracted on the Ray cluster this process is
    connected to; articles the registry already holds are passed on unextracted."""
    ds = dataset(
        paths,
        published=published,
        language=language,
        known=known_hashes(db),
        actors=actors,
        batch_size=batch_size,
    )
    for batch in ds.iter_batches(batch_size=batch_size, batch_format="numpy", prefetch_batches=2):
        for text in batch["record"]:
            yield records.loads(str(text))


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
