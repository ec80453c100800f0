"""Which languages Vigil extracts, and where each one's extractor lives.

Each entry names a class by import path so that a language's models load only when the
first document in that language arrives. A language package registers nothing at import
time; adding one is adding a line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Protocol

from vigil.model import Document, Extraction

EXTRACTORS: dict[str, str] = {
    "en": "vigil.extract.en.extractor:EnglishExtractor",
    "ru": "vigil.extract.ru.extractor:RussianExtractor",
    "be": "vigil.extract.be.extractor:BelarusianExtractor",
}


class LanguageExtractor(Protocol):
    """What the pipeline needs of a language: documents in, extractions out, in order."""

    def extract_many(
        self, documents: Iterable[Document], *, batch_size: int = 16
    ) -> Iterator[Extraction]: ...


def supported() -> tuple[str, ...]:
    return tuple(EXTRACTORS)


def load(language: str) -> LanguageExtractor:
    """A new extractor for `language` (its models loaded); KeyError if Vigil has none."""
    module, _, name = EXTRACTORS[language].partition(":")
    return getattr(importlib.import_module(module), name)()


__all__ = ["EXTRACTORS", "LanguageExtractor", "load", "supported"]
