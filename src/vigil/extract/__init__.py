"""Extraction: persons, events and quotes with offsets into the cleaned text.

Shared, language-neutral parts live here (`pipeline` routes by language, `findings`,
`cohorts`, `assemble`, `dates`); each language is a package (`en/`, `ru/`, `be/`) holding its
model loading, lexicons and patterns. `languages.EXTRACTORS` says which are extracted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vigil.extract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from vigil.extract.pipeline import Extractor

__all__ = ["EXTRACTOR_VERSION", "Extractor"]


def __getattr__(name: str) -> Any:
    """`Extractor` on first use: importing any part of `vigil.extract` (a number reader, the
    version) must not import spaCy — the writer of a parallel ingest never parses."""
    if name == "Extractor":
        from vigil.extract.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
