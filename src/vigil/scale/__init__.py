"""Ingest at scale: extraction in several processes (`local`) or by Ray actors (`cluster`),
the extraction side of both in `worker`, and linking and storing in one writer, so that the
same inputs in the same order build the same registry. `records` turns what crosses a process
boundary into plain dicts; `stage` keeps extractions as Parquet so linking can be re-run
without re-extracting. Nothing is imported here: each side imports only what it runs.
"""
