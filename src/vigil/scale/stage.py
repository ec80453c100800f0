"""Extractions staged as Parquet: one `seq`-ordered file per run of the writer, so that
`vigil ingest --from-stage DIR` links again, in the same order, without extracting."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType

from vigil.errors import SourceError
from vigil.registry.db import Database
from vigil.registry.ingesting import IngestReport, Item, ItemResult, store_items
from vigil.registry.settings import Settings
from vigil.scale import records

__all__ = ["StageWriter", "ingest_stage", "read_stage"]

_ROWS_PER_GROUP = 1_000


class StageWriter:
    """Appends records, in the writer's order, to `DIR/extractions-NNNNN.parquet` (a new file
    each run, so a folder can hold several runs and is read back in file-name order)."""

    def __init__(self, folder: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        number = len(list(folder.glob("extractions-*.parquet")))
        self.path = folder / f"extractions-{number:05d}.parquet"
        self._schema = pa.schema([("seq", pa.int64()), ("source", pa.string()), ("record", pa.string())])
        self._writer = pq.ParquetWriter(self.path, self._schema, compression="zstd")
        self._rows: list[tuple[int, str | None, str]] = []
        self._seq = 0

    def add(self, item: Item) -> Item:
        source = item.source if isinstance(item, SourceError) else getattr(item, "document", item).source
        self._rows.append((self._seq, source, records.dumps(item)))
        self._seq += 1
        if len(self._rows) >= _ROWS_PER_GROUP:
            self.flush()
        return item

    def flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            columns = list(zip(*self._rows, strict=True))
            self._writer.write_table(pa.Table.from_arrays([list(c) for c in columns], schema=self._schema))
            self._rows.clear()

    def close(self) -> None:
        self.flush()
        self._writer.close()

    def __enter__(self) -> StageWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def read_stage(folder: Path) -> Iterator[Item]:
    """The staged items, file by file and in `seq` order within each."""
    import pyarrow.parquet as pq

    files = sorted(folder.glob("extractions-*.parquet"))
    if not files:
        raise SourceError("no staged extractions (extractions-*.parquet) here", source=str(folder))
    for path in files:
        previous = -1
        for batch in pq.ParquetFile(path).iter_batches(columns=["seq", "record"], batch_size=256):
            rows = zip(batch.column("seq").to_pylist(), batch.column("record").to_pylist(), strict=True)
            for seq, text in rows:
                if seq <= previous:
                    raise SourceError(f"staged rows out of order at seq {seq}", source=str(path))
                previous = seq
                yield records.loads(text)


def ingest_stage(
    db: Database,
    folder: Path,
    *,
    settings: Settings | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """Link and store staged extractions: the writer's half of an ingest, nothing extracted."""
    items: Iterable[Item] = read_stage(folder)
    return store_items(db, items, settings=settings or Settings.from_env(), on_item=on_item)
