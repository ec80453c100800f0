"""Ingest at scale: extraction in several processes (`local`) or on a Ray cluster (`cluster`),
linking and storing in one writer so that the same inputs in the same order build the same
registry. `records` turns what crosses a process boundary into plain dicts; `stage` keeps
extractions as Parquet so linking can be re-run without re-extracting.
"""

from vigil.scale.local import ingest_parallel

__all__ = ["ingest_parallel"]
