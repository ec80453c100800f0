"""Extraction: persons, events and quotes with offsets into the cleaned text.

Shared, language-neutral parts live here (`pipeline` routes by language, `findings`,
`cohorts`, `assemble`, `dates`); each language is a package (`en/`, `ru/`, `be/`) holding its
model loading, lexicons and patterns. `languages.EXTRACTORS` says which are extracted.
"""

from vigil.extract.pipeline import EXTRACTOR_VERSION, Extractor

__all__ = ["EXTRACTOR_VERSION", "Extractor"]
